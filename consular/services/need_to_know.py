"""Need-to-know: who may read a case's restricted content.

Restricted content (contacts, milestones and documents marked restricted: proofs of life,
demands, the intermediaries' dealings) is readable by the case's team (its lead caseworker,
its supervisor and the members added with :mod:`consular.services.teams`) and by every
supervisor and administrator (action ``restricted.all_cases`` of the role matrix). Everyone
else sees that a restricted entry exists (its date and the word "restricted"), never its
content, and is refused ``include_restricted``.

Queries only; the services call these inside their own transaction.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session, aliased

from consular.db.models import Case, CaseTeamMember, ContactEntry
from consular.domain.enums import MilestoneKind
from consular.domain.errors import PermissionDeniedError
from consular.i18n import translate
from consular.services.context import ServiceContext
from consular.services.permissions import can

# Milestones of these kinds are restricted whatever the person recording them ticks.
ALWAYS_RESTRICTED_MILESTONES = frozenset({MilestoneKind.DEMAND, MilestoneKind.PROOF_OF_LIFE})


def sees_all(ctx: ServiceContext) -> bool:
    return can(ctx, "restricted.all_cases")


# The team rule, stated once: a case's team is its lead caseworker, its supervisor and the
# members of case_team_members. The three questions below ask it in the shape each caller needs.


def _leads(user_id: int, case) -> ColumnElement[bool]:
    """``user_id`` is the lead caseworker or the supervisor of ``case`` (the entity or an alias)."""
    return or_(case.lead_caseworker_id == user_id, case.supervisor_id == user_id)


def _member(user_id: int, case_id) -> ColumnElement[bool]:
    """``user_id`` was added to the team of the case ``case_id`` (a column or a value) names."""
    return and_(CaseTeamMember.case_id == case_id, CaseTeamMember.user_id == user_id)


def team_case_ids(ctx: ServiceContext, session: Session) -> set[int]:
    """Ids of the cases whose team the actor is on (lead, supervisor or member): two index
    reads, the cases they lead or supervise and the teams they were added to."""
    me = ctx.actor.user_id
    led = select(Case.id).where(_leads(me, Case))
    member = select(CaseTeamMember.case_id).where(CaseTeamMember.user_id == me)
    return set(session.scalars(led)) | set(session.scalars(member))


def visible_cases(ctx: ServiceContext, session: Session) -> set[int] | None:
    """None when the actor may read every case's restricted content, else the case ids they may."""
    return None if sees_all(ctx) else team_case_ids(ctx, session)


def on_team(ctx: ServiceContext, case_id) -> ColumnElement[bool] | None:
    """None when the actor may read every case's restricted content, else a SQL condition: the
    actor is on the team of the case ``case_id`` (a column) names. The rule of
    :func:`team_case_ids` asked row by row, for a page of a list over many cases (Home), where
    fetching every case of a busy caseworker's team would cost more than the page."""
    return None if sees_all(ctx) else _on_team(ctx.actor.user_id, case_id)


def _on_team(user_id: int, case_id) -> ColumnElement[bool]:
    team_case = aliased(Case)
    return or_(
        exists().where(team_case.id == case_id, _leads(user_id, team_case)), exists().where(_member(user_id, case_id))
    )


def may_see(ctx: ServiceContext, session: Session, case_id: int | None) -> bool:
    """True when the actor may read restricted content of case ``case_id``."""
    if sees_all(ctx):
        return True
    if case_id is None:
        return False
    return bool(session.scalar(select(_on_team(ctx.actor.user_id, case_id))))


def withheld_tasks(ctx: ServiceContext, session: Session, tasks) -> set[int]:
    """Ids of the ``tasks`` (ORM rows) the actor must see as placeholders: follow-ups raised
    by a restricted contact of a case whose restricted content they may not read."""
    visible = visible_cases(ctx, session)
    if visible is None:
        return set()
    suspects = {t.contact_id: t for t in tasks if t.contact_id is not None and t.case_id not in visible}
    if not suspects:
        return set()
    restricted = set(
        session.scalars(
            select(ContactEntry.id).where(ContactEntry.id.in_(list(suspects)), ContactEntry.restricted.is_(True))
        )
    )
    return {t.id for cid, t in suspects.items() if cid in restricted}


def refuse(ctx: ServiceContext, reference: str) -> PermissionDeniedError:
    return PermissionDeniedError(
        translate(
            "services.need_to_know",
            "{display_name} is not on the team of case {reference}, so restricted content "
            "(proofs of life, demands, intermediaries) cannot be included. Ask the case's "
            "supervisor to add you: consular cases team {reference} add {username}",
        ).format(display_name=ctx.actor.display_name, reference=reference, username=ctx.actor.username)
    )


def require_for(ctx: ServiceContext, session: Session, case_id: int, reference: str) -> None:
    """Raise PermissionDeniedError unless the actor may read case ``case_id``'s restricted content."""
    if not may_see(ctx, session, case_id):
        raise refuse(ctx, reference)
