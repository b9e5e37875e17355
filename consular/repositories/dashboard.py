"""Queries behind the home dashboard: each panel one indexed query that returns its page."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import and_, func, or_, select, true, union_all, update
from sqlalchemy.orm import Session

from consular.db.models import (
    Case,
    CaseParticipant,
    ContactCounterpart,
    ContactEntry,
    FamilyLiaison,
    HostageStatusEvent,
    Person,
    Task,
)
from consular.domain.enums import CaseStatus, HostageStatus, ParticipantRole, TaskStatus

ACTIVE_STATUSES = (CaseStatus.OPEN, CaseStatus.ACTIVE)


def _last_contact_with_liaison():
    """The last unvoided contact of a liaison's case with its counterpart (correlated)."""
    return (
        select(func.max(ContactEntry.occurred_at))
        .join(ContactCounterpart, ContactCounterpart.contact_id == ContactEntry.id)
        .where(
            ContactCounterpart.counterpart_id == FamilyLiaison.counterpart_id,
            ContactEntry.case_id == FamilyLiaison.case_id,
            ContactEntry.voided_at.is_(None),
        )
        .correlate(FamilyLiaison)
        .scalar_subquery()
    )


def refresh_liaison_contacts(session: Session, case_ids: Iterable[int] | None = None) -> None:
    """Recompute ``family_liaisons.last_contact_at`` for the relatives of ``case_ids`` (None:
    every case) from the contacts, in one statement (each an index probe per relative)."""
    stmt = update(FamilyLiaison).values(last_contact_at=_last_contact_with_liaison())
    if case_ids is not None:
        ids = sorted(set(case_ids))
        if not ids:
            return
        stmt = stmt.where(FamilyLiaison.case_id.in_(ids))
    session.execute(stmt, execution_options={"synchronize_session": False})


def bump_liaison_contacts(session: Session, case_id: int, counterpart_ids: list[int], at: datetime) -> None:
    """A contact at ``at`` with ``counterpart_ids`` was just logged on the case: each of those
    relatives' last contact becomes ``at`` if it was earlier (or none). The same result as
    :func:`refresh_liaison_contacts` for a new, unvoided contact, reading only the relatives."""
    if not counterpart_ids:
        return
    session.execute(
        update(FamilyLiaison)
        .where(
            FamilyLiaison.case_id == case_id,
            FamilyLiaison.counterpart_id.in_(sorted(set(counterpart_ids))),
            or_(FamilyLiaison.last_contact_at.is_(None), FamilyLiaison.last_contact_at < at),
        )
        .values(last_contact_at=at),
        execution_options={"synchronize_session": False},
    )


def families_due(session: Session, now: datetime, limit: int) -> tuple[list[tuple[int, datetime | None]], int]:
    """Relatives of open and active cases whose agreed contact interval has passed since their
    last (unvoided) contact with the case, or who were never contacted: the first ``limit`` as
    (family liaison id, last contact), never-contacted first, then longest waiting; and how
    many there are in all.

    From the values the database keeps (revision 0027's triggers): ``plan_due_active`` (an open or
    active case, a plan of some days) and ``plan_due_at`` (the last contact plus those days of 24
    hours; null when never contacted). "Interval passed" is ``plan_due_at < now``, the same test as
    ``last < now - days``. The count is two ranges of ``ix_family_liaisons_due``; the page the
    never-contacted by id, then ``ix_family_liaisons_due_last`` walked in last-contact order.
    """
    active = FamilyLiaison.plan_due_active == true()
    never = and_(active, FamilyLiaison.plan_due_at.is_(None))
    passed = and_(active, FamilyLiaison.plan_due_at < now)

    def count(condition):
        return select(func.count()).select_from(FamilyLiaison).where(condition).scalar_subquery()

    total = session.scalar(select(count(never) + count(passed)))
    if not total:
        return [], 0
    page = select(FamilyLiaison.id, FamilyLiaison.last_contact_at)
    # By (plan_due_at, id), all null: ix_family_liaisons_due's own order (PostgreSQL does not
    # take "is null" for an equality, and would walk the primary key instead).
    rows = session.execute(page.where(never).order_by(FamilyLiaison.plan_due_at, FamilyLiaison.id).limit(limit)).all()
    if len(rows) < limit:
        rows += session.execute(
            page.where(passed).order_by(FamilyLiaison.last_contact_at, FamilyLiaison.id).limit(limit - len(rows))
        ).all()
    return [(row.id, row.last_contact_at) for row in rows], total


def overdue_task_ids(session: Session, now: datetime, limit: int) -> list[int]:
    """Ids of the first ``limit`` open or in-progress, unvoided tasks due before ``now``, the
    longest overdue first (then by id). One short index range per open status
    (``ix_tasks_status_due_at``), merged: never a sort of every overdue task."""
    per_status = [
        select(Task.id, Task.due_at)
        .where(Task.status == status, Task.due_at < now, Task.voided_at.is_(None))
        .order_by(Task.due_at, Task.id)
        .limit(limit)
        .subquery()
        for status in (TaskStatus.OPEN, TaskStatus.IN_PROGRESS)
    ]
    merged = union_all(*[select(sub.c.id, sub.c.due_at) for sub in per_status]).subquery("overdue")
    return list(session.scalars(select(merged.c.id).order_by(merged.c.due_at, merged.c.id).limit(limit)))


def _held_merged(limit: int):
    """The first ``limit`` hostages of each status still held or unaccounted for in open and
    active cases, as (id, since): one short range per status of
    ``ix_case_participants_hostage_status_since`` (walked in order, each row's case checked by
    key), never every active case and its participants."""
    per_status = [
        select(CaseParticipant.id, CaseParticipant.hostage_status_since.label("since"))
        .join(Case, Case.id == CaseParticipant.case_id)
        .where(
            CaseParticipant.hostage_status == status,
            CaseParticipant.role == ParticipantRole.HOSTAGE,
            Case.status.in_(ACTIVE_STATUSES),
        )
        .order_by(CaseParticipant.hostage_status_since, CaseParticipant.id)
        .limit(limit)
        .subquery()
        for status in (HostageStatus.HELD, HostageStatus.UNACCOUNTED)
    ]
    return union_all(*[select(sub.c.id, sub.c.since) for sub in per_status]).subquery("held")


def held_participant_ids(session: Session, limit: int) -> list[int]:
    """Ids of the first ``limit`` hostages of open and active cases still held or unaccounted
    for, the longest in that state first (then by id): the two statuses' ranges merged."""
    merged = _held_merged(limit)
    return list(session.scalars(select(merged.c.id).order_by(merged.c.since, merged.c.id).limit(limit)))


def held_page(session: Session, limit: int) -> tuple[list, int]:
    """The rows of :func:`held_participant_ids` in its order, each with what Home shows of it
    (``id``, ``case_id``, ``person_id``, ``hostage_status``, ``hostage_status_since``, the
    person's ``full_name`` and ``medical_needs``, the case's ``reference``), and
    :func:`held_total`: one statement, the page's rows joined by key after the page is cut."""
    merged = _held_merged(limit)
    page = select(merged.c.id, merged.c.since).order_by(merged.c.since, merged.c.id).limit(limit).subquery("page")
    rows = session.execute(
        select(
            CaseParticipant.id,
            CaseParticipant.case_id,
            CaseParticipant.person_id,
            CaseParticipant.hostage_status,
            CaseParticipant.hostage_status_since,
            Person.full_name,
            Person.medical_needs,
            Case.reference,
            _held_total().scalar_subquery().label("total"),
        )
        .select_from(page)
        .join(CaseParticipant, CaseParticipant.id == page.c.id)
        .join(Person, Person.id == CaseParticipant.person_id)
        .join(Case, Case.id == CaseParticipant.case_id)
        .order_by(page.c.since, page.c.id)
    ).all()
    return rows, (int(rows[0].total or 0) if rows else held_total(session))


def _held_total():
    return select(func.coalesce(func.sum(Case.hostages_held), 0)).where(Case.status.in_(ACTIVE_STATUSES))


def held_total(session: Session) -> int:
    """How many nationals are held or unaccounted for in open and active cases: the maintained
    per-case count (``cases.hostages_held``) summed from ``ix_cases_status_hostages_held`` alone."""
    return int(session.scalar(_held_total()) or 0)


def standing_status_events(session: Session, participant_ids: list[int]) -> list:
    """(``participant_id``, ``status``, ``effective_at``) of the participants' unvoided status
    entries in effective order: what a captivity's start is computed from, and nothing more
    (records.status_events loads the whole entries and who recorded them)."""
    if not participant_ids:
        return []
    return session.execute(
        select(HostageStatusEvent.participant_id, HostageStatusEvent.status, HostageStatusEvent.effective_at)
        .where(HostageStatusEvent.participant_id.in_(participant_ids), HostageStatusEvent.voided_at.is_(None))
        .order_by(HostageStatusEvent.effective_at, HostageStatusEvent.id)
    ).all()
