""" "Tell the family" items: a significant development a hostage's family must be told of.

The services that record a development open the items in their own transaction, so a proof
of life, a status change, a public statement or a demand about the family is never on record
without its item:

- a proof of life (:func:`consular.services.proof_of_life.record_proof_of_life`);
- a hostage status change (:func:`consular.services.people.change_hostage_status`);
- a milestone of kind ``public_statement`` (:func:`consular.services.milestones.add_milestone_in_session`);
- a demand about the family (:func:`consular.services.demands.record_demand` with ``about_family``).

One item per hostage concerned (a development about the whole case opens one for each of its
hostages), due ``Settings.tell_family_hours`` hours (default 24, CONSULAR_TELL_FAMILY_HOURS)
after it opens. An item is done when a family update covering it is recorded (by default one
told after the development happened)
(:mod:`consular.services.family_updates`), or closed by hand with a reason. Voiding the
development closes its open items; voiding the family update that closed items opens them again.

An item of a restricted development (a proof of life, a demand, a restricted milestone) is
itself restricted: outside the case team it is not shown at all (not even that it exists),
on the dashboard, in lists or in search.

This module holds the in-transaction helpers; the user actions are in
:mod:`consular.services.family_updates`.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from consular.db.family_models import TellFamilyItem
from consular.db.models import Case, CaseParticipant
from consular.domain.enums import ParticipantRole, TellKind
from consular.services.audit import snapshot
from consular.services.context import ServiceContext
from consular.services.permissions import action

ITEM_FIELDS = [
    "case_id",
    "hostage_person_id",
    "kind",
    "record_id",
    "restricted",
    "opened_at",
    "due_at",
    "done_at",
    "done_by_id",
    "done_reason",
    "family_update_id",
]
DONE_FIELDS = ["done_at", "done_by_id", "done_reason", "family_update_id"]


def _hostages(session: Session, case: Case, person_id: int | None) -> list[int]:
    if person_id is not None:
        return [person_id]
    return list(
        session.scalars(
            select(CaseParticipant.person_id)
            .where(CaseParticipant.case_id == case.id, CaseParticipant.role == ParticipantRole.HOSTAGE)
            .order_by(CaseParticipant.id)
        )
    )


@action("tell_family.open_items_in_session")
def open_items_in_session(
    ctx: ServiceContext,
    session: Session,
    case: Case,
    kind: TellKind,
    record_id: int,
    *,
    hostage_person_id: int | None,
    restricted: bool,
) -> list[TellFamilyItem]:
    """Open one item per hostage concerned (``hostage_person_id``; None: every hostage of the
    case) for the development ``kind`` #``record_id``, in ``session``'s transaction, each audited
    (``tell_item.open``). Due ``ctx.settings.tell_family_hours`` after now."""
    now = ctx.now()
    due = now + timedelta(hours=ctx.settings.tell_family_hours)
    items = []
    for person_id in _hostages(session, case, hostage_person_id):
        item = TellFamilyItem(
            case_id=case.id,
            hostage_person_id=person_id,
            kind=kind,
            record_id=record_id,
            restricted=bool(restricted),
            opened_at=now,
            due_at=due,
        )
        session.add(item)
        items.append(item)
    session.flush()
    for item in items:
        ctx.audit(session, "tell_item.open", "tell_item", item.id, case_id=case.id, after=snapshot(item, ITEM_FIELDS))
    return items


@action("tell_family.mark_done")
def mark_done(
    ctx: ServiceContext, session: Session, item: TellFamilyItem, *, reason: str | None, family_update_id: int | None
) -> None:
    """Close one open item (audited ``tell_item.done``); the caller has checked it may."""
    before = snapshot(item, DONE_FIELDS)
    item.done_at, item.done_by_id = ctx.now(), ctx.actor.user_id
    item.done_reason, item.family_update_id = reason, family_update_id
    session.flush()
    ctx.audit(
        session,
        "tell_item.done",
        "tell_item",
        item.id,
        case_id=item.case_id,
        before=before,
        after=snapshot(item, DONE_FIELDS),
    )


@action("tell_family.development_voided_in_session")
def development_voided_in_session(ctx: ServiceContext, session: Session, kind: TellKind, record_id: int) -> int:
    """The development ``kind`` #``record_id`` was voided: its open items are closed (there is
    nothing to tell). Returns how many."""
    items = list(
        session.scalars(
            select(TellFamilyItem).where(
                TellFamilyItem.kind == kind, TellFamilyItem.record_id == record_id, TellFamilyItem.done_at.is_(None)
            )
        )
    )
    for item in items:
        mark_done(ctx, session, item, reason=f"The {kind.english_label.lower()} was voided.", family_update_id=None)
    return len(items)


@action("tell_family.update_voided_in_session")
def update_voided_in_session(ctx: ServiceContext, session: Session, family_update_id: int) -> int:
    """The family update #``family_update_id`` was voided: the items it closed are open again
    (the family was not told after all). Returns how many."""
    items = list(session.scalars(select(TellFamilyItem).where(TellFamilyItem.family_update_id == family_update_id)))
    for item in items:
        before = snapshot(item, DONE_FIELDS)
        item.done_at = item.done_by_id = item.done_reason = item.family_update_id = None
        session.flush()
        ctx.audit(
            session,
            "tell_item.reopen",
            "tell_item",
            item.id,
            case_id=item.case_id,
            before=before,
            after=snapshot(item, DONE_FIELDS),
        )
    return len(items)


__all__ = ["development_voided_in_session", "mark_done", "open_items_in_session", "update_voided_in_session"]
