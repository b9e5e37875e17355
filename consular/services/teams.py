"""Case teams: the lead, the supervisor and the members who may read restricted content."""

from __future__ import annotations

from sqlalchemy import select

from consular.db.models import Case, CaseTeamMember, User
from consular.domain.errors import ConflictError, NotFoundError, ValidationError
from consular.i18n import translate
from consular.services.cases import load_case
from consular.services.context import ServiceContext
from consular.services.convert import user_view
from consular.services.permissions import action
from consular.services.views import TeamMemberView


def _team(session, case: Case) -> list[TeamMemberView]:
    out = []
    if case.lead_caseworker is not None:
        out.append(TeamMemberView(user_view(case.lead_caseworker), "lead"))
    if case.supervisor is not None:
        out.append(TeamMemberView(user_view(case.supervisor), "supervisor"))
    stmt = (
        select(CaseTeamMember)
        .join(User, User.id == CaseTeamMember.user_id)
        .where(CaseTeamMember.case_id == case.id)
        .order_by(User.display_name)
    )
    out += [TeamMemberView(user_view(m.user), "member") for m in session.scalars(stmt)]
    return out


def _active_user(session, username: str) -> User:
    name = (username or "").strip().lower()
    if not name:
        raise ValidationError("user", translate("services.teams", "Name the user to add or remove (e.g. k.reddy)."))
    user = session.scalar(select(User).where(User.username == name))
    if user is None or not user.active:
        raise NotFoundError(
            translate("services.teams", "There is no active user '{name}' in this database.").format(name=name)
        )
    return user


@action("teams.case_team")
def case_team(ctx: ServiceContext, reference: str) -> list[TeamMemberView]:
    """The case's team: its lead, its supervisor, then the members by name."""
    with ctx.transaction() as session:
        return _team(session, load_case(session, reference))


@action("teams.add_member")
def add_member(ctx: ServiceContext, reference: str, username: str) -> list[TeamMemberView]:
    """Add ``username`` to the case's team (supervisors and administrators).

    Raises NotFoundError for an unknown case or user, ConflictError if they are already on it.
    """
    with ctx.writing() as session:
        case = load_case(session, reference)
        user = _active_user(session, username)
        if user.id in (case.lead_caseworker_id, case.supervisor_id):
            raise ConflictError(
                translate("services.teams", "{display_name} is already on the team of {reference}.").format(
                    display_name=user.display_name, reference=case.reference
                )
            )
        exists = session.scalar(
            select(CaseTeamMember.id).where(CaseTeamMember.case_id == case.id, CaseTeamMember.user_id == user.id)
        )
        if exists is not None:
            raise ConflictError(
                translate("services.teams", "{display_name} is already on the team of {reference}.").format(
                    display_name=user.display_name, reference=case.reference
                )
            )
        member = CaseTeamMember(
            case_id=case.id, user_id=user.id, added_at=ctx.clock.stamp(), added_by_id=ctx.actor.user_id
        )
        session.add(member)
        session.flush()
        ctx.audit(
            session, "case.team_add", "case_team_member", member.id, case_id=case.id, after={"user": user.username}
        )
        return _team(session, case)


@action("teams.remove_member")
def remove_member(ctx: ServiceContext, reference: str, username: str) -> list[TeamMemberView]:
    """Remove a member from the case's team. The lead and supervisor leave it only by being
    replaced on the case (``consular cases edit``). Raises NotFoundError if not a member."""
    with ctx.writing() as session:
        case = load_case(session, reference)
        user = _active_user(session, username)
        if user.id in (case.lead_caseworker_id, case.supervisor_id):
            part = "lead" if user.id == case.lead_caseworker_id else "supervisor"
            raise ConflictError(
                translate(
                    "services.teams", "{display_name} is the case's {part}; change the {part} of {reference} instead."
                ).format(display_name=user.display_name, part=part, reference=case.reference)
            )
        member = session.scalar(
            select(CaseTeamMember).where(CaseTeamMember.case_id == case.id, CaseTeamMember.user_id == user.id)
        )
        if member is None:
            raise NotFoundError(
                translate("services.teams", "{display_name} is not a member of the team of {reference}.").format(
                    display_name=user.display_name, reference=case.reference
                )
            )
        ctx.audit(
            session, "case.team_remove", "case_team_member", member.id, case_id=case.id, before={"user": user.username}
        )
        session.delete(member)
        session.flush()
        return _team(session, case)
