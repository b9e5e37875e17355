"""Family liaison officers: the caseworker each next of kin deals with.

A family should see the same caseworker throughout. So the officer of a next of kin
(``FamilyLiaison.plan_owner_id``) is only ever changed here, by :func:`change_liaison_officer`
(or, in another change's transaction, :func:`assign_in_session`), and each change is recorded
with who made it, when and why (``liaison_officer_changes``), audited and shown on the brief:
"since 12 Jul 2025; changed on 12 Jul 2025 from Priya Das: moved to the crisis cell".
Adding a next of kin with an officer records the first assignment the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from consular.db.family_models import LiaisonOfficerChange
from consular.db.models import Case, FamilyLiaison, User
from consular.domain import validation as v
from consular.domain.errors import ValidationError
from consular.domain.timeutil import parse_datetime, require_aware
from consular.i18n import translate
from consular.services.audit import expect_version, snapshot
from consular.services.cases import load_case
from consular.services.context import ServiceContext
from consular.services.family_updates import find_liaison
from consular.services.permissions import action
from consular.services.reference_data import user_id_for
from consular.services.views import JsonMixin

CHANGE_FIELDS = ["liaison_id", "from_user_id", "to_user_id", "changed_at", "changed_by_id", "reason"]
FIRST_REASON = "Officer when the next of kin was added"


@dataclass(frozen=True)
class OfficerChangeView(JsonMixin):
    id: int
    changed_at: datetime
    from_officer: str | None
    to_officer: str | None
    changed_by: str
    reason: str


@dataclass(frozen=True)
class OfficerView(JsonMixin):
    """A next of kin's officer now, since when, and every change (oldest first)."""

    liaison_id: int
    kin_name: str
    relationship: str
    hostage_name: str
    officer: str | None
    officer_username: str | None
    since: datetime | None
    version: int
    changes: list[OfficerChangeView] = field(default_factory=list)

    @property
    def earlier(self) -> list[OfficerChangeView]:
        """The changes from one officer to another (not the first assignment)."""
        return [c for c in self.changes if c.from_officer is not None]


def _name(user: User | None) -> str | None:
    return user.display_name if user else None


def officer_view(session: Session, liaison: FamilyLiaison) -> OfficerView:
    changes = list(
        session.scalars(
            select(LiaisonOfficerChange)
            .where(LiaisonOfficerChange.liaison_id == liaison.id)
            .order_by(LiaisonOfficerChange.changed_at, LiaisonOfficerChange.id)
        ).unique()
    )
    since = changes[-1].changed_at if changes else (liaison.created_at if liaison.plan_owner_id else None)
    return OfficerView(
        liaison_id=liaison.id,
        kin_name=liaison.kin.full_name,
        relationship=liaison.relationship_to_hostage,
        hostage_name=liaison.hostage.full_name,
        officer=_name(liaison.plan_owner),
        officer_username=liaison.plan_owner.username if liaison.plan_owner else None,
        since=since,
        version=liaison.version,
        changes=[
            OfficerChangeView(
                c.id, c.changed_at, _name(c.from_user), _name(c.to_user), c.changed_by.display_name, c.reason
            )
            for c in changes
        ],
    )


@action("liaison_officers.assign_in_session")
def assign_in_session(
    ctx: ServiceContext,
    session: Session,
    liaison: FamilyLiaison,
    to_user_id: int | None,
    reason: str,
    *,
    first: bool = False,
    at: datetime | None = None,
) -> LiaisonOfficerChange | None:
    """Set ``liaison``'s officer to ``to_user_id`` in ``session``'s transaction, recording the
    change (audited ``liaison_officer.change``, and ``kin.officer`` for the next of kin unless
    ``first``: a new next of kin's own ``kin.add`` entry says who their officer is). None when
    it is already that officer."""
    if liaison.plan_owner_id == to_user_id:
        return None
    change = LiaisonOfficerChange(
        liaison_id=liaison.id,
        from_user_id=liaison.plan_owner_id,
        to_user_id=to_user_id,
        changed_at=at or ctx.now(),
        changed_by_id=ctx.actor.user_id,
        reason=reason,
    )
    session.add(change)
    before = {"plan_owner_id": liaison.plan_owner_id}
    liaison.plan_owner_id = to_user_id
    session.flush()
    ctx.audit(
        session,
        "liaison_officer.change",
        "liaison_officer_change",
        change.id,
        case_id=liaison.case_id,
        after=snapshot(change, CHANGE_FIELDS),
    )
    if first:
        return change
    ctx.audit(
        session,
        "kin.officer",
        "family_liaison",
        liaison.id,
        case_id=liaison.case_id,
        before=before,
        after={"plan_owner_id": to_user_id},
    )
    return change


@action("liaison_officers.change_liaison_officer")
def change_liaison_officer(
    ctx: ServiceContext,
    reference: str,
    *,
    kin: int | str,
    to_user: str | None,
    reason: str,
    changed_at: datetime | str | None = None,
    expected_version: int | None = None,
) -> OfficerView:
    """Make ``to_user`` (a username; None or "" for nobody) the family liaison officer of next
    of kin ``kin`` (family-liaison id or name) of case ``reference``, with a reason, as of
    ``changed_at`` (default now; not in the future, nor before the last change).

    Raises ValidationError (no reason, unknown user, the same officer, an inactive account),
    NotFoundError (no such case or next of kin), ConflictError (``expected_version``, the
    :attr:`OfficerView.version` loaded, is stale), PermissionDeniedError (a viewer)."""
    why = v.clean_text(reason, "reason", required=True, max_length=2_000, multiline=True, label="reason")
    with ctx.writing() as session:
        case = load_case(session, reference)
        liaison = find_liaison(session, case, kin)
        expect_version(session, liaison, expected_version, "family_liaison", f"{liaison.kin.full_name}'s record")
        to_id = user_id_for(session, to_user, "to_user")
        if to_id is not None and not session.get(User, to_id).active:
            raise ValidationError(
                "to_user",
                translate(
                    "services.liaison_officers", "The account '{to_user}' is disabled; pick an active caseworker."
                ).format(to_user=to_user),
            )
        if to_id == liaison.plan_owner_id:
            who = liaison.plan_owner.display_name if liaison.plan_owner else "nobody"
            raise ValidationError(
                "to_user",
                translate("services.liaison_officers", "{full_name}'s officer is already {who}.").format(
                    full_name=liaison.kin.full_name, who=who
                ),
            )
        at = _when(ctx, changed_at, case, session, liaison)
        assign_in_session(ctx, session, liaison, to_id, why, at=at)
        case.updated_at = ctx.now()
        session.flush()
        session.refresh(liaison)
        return officer_view(session, liaison)


def _when(ctx: ServiceContext, value, case: Case, session: Session, liaison: FamilyLiaison) -> datetime:
    if value in (None, ""):
        return ctx.now()
    at = parse_datetime(value, "changed_at", default_zone=case.timezone) if isinstance(value, str) else value
    at = require_aware(at, "changed_at")
    if (at - ctx.now()).total_seconds() > 15 * 60:
        raise ValidationError(
            "changed_at", translate("services.liaison_officers", "The change is in the future; check the date.")
        )
    last = session.scalar(
        select(LiaisonOfficerChange.changed_at)
        .where(LiaisonOfficerChange.liaison_id == liaison.id)
        .order_by(LiaisonOfficerChange.changed_at.desc())
        .limit(1)
    )
    if last is not None and at < last:
        raise ValidationError(
            "changed_at",
            translate(
                "services.liaison_officers", "The officer last changed on {last:%Y-%m-%d %H:%M} UTC; date this after."
            ).format(last=last),
        )
    return at


@action("liaison_officers.officers")
def officers(ctx: ServiceContext, reference: str) -> list[OfficerView]:
    """Each next of kin of the case with their officer, since when, and the changes."""
    with ctx.transaction() as session:
        case = load_case(session, reference)
        return officers_in_session(session, case)


def officers_in_session(session: Session, case: Case) -> list[OfficerView]:
    liaisons = session.scalars(
        select(FamilyLiaison).where(FamilyLiaison.case_id == case.id).order_by(FamilyLiaison.id)
    ).unique()
    return [officer_view(session, liaison) for liaison in liaisons]


__all__ = ["OfficerView", "assign_in_session", "change_liaison_officer", "officer_view", "officers"]
