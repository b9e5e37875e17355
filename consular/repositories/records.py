"""Queries over what a case holds: people, liaisons, contacts, milestones, tasks, documents."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, selectinload

from consular.db.chunks import chunks
from consular.db.models import (
    Case,
    CaseCounterpart,
    CaseParticipant,
    ContactCounterpart,
    ContactEntry,
    ContactRevision,
    Counterpart,
    Demand,
    Document,
    FamilyLiaison,
    HostageStatusEvent,
    Milestone,
    ProofOfLifeCheck,
    Task,
)
from consular.domain.enums import MilestoneKind, ParticipantRole, PolAssessment, TaskStatus
from consular.domain.filters import ContactFilter


def participants(session: Session, case_id: int) -> list[CaseParticipant]:
    """The nationals concerned first, then everyone else, each in the order added."""
    return list(
        session.scalars(
            select(CaseParticipant)
            .where(CaseParticipant.case_id == case_id)
            .order_by(case((CaseParticipant.role == ParticipantRole.HOSTAGE, 0), else_=1), CaseParticipant.id)
        ).unique()
    )


def participant(session: Session, case_id: int, person_id: int) -> CaseParticipant | None:
    return session.scalar(
        select(CaseParticipant).where(CaseParticipant.case_id == case_id, CaseParticipant.person_id == person_id)
    )


def status_events(
    session: Session, participant_ids: list[int], *, include_voided: bool = False
) -> list[HostageStatusEvent]:
    """Status history in effective order; voided entries only when asked (for the history view)."""
    if not participant_ids:
        return []
    stmt = select(HostageStatusEvent).where(HostageStatusEvent.participant_id.in_(participant_ids))
    if not include_voided:
        stmt = stmt.where(HostageStatusEvent.voided_at.is_(None))
    return list(
        session.scalars(
            stmt.order_by(HostageStatusEvent.effective_at, HostageStatusEvent.id).options(
                selectinload(HostageStatusEvent.recorded_by)
            )
        )
    )


def last_proofs_of_life(session: Session, case_id: int) -> dict[int, datetime]:
    rows = session.execute(
        select(Milestone.hostage_person_id, func.max(Milestone.occurred_at))
        .where(
            Milestone.case_id == case_id,
            Milestone.kind == MilestoneKind.PROOF_OF_LIFE,
            Milestone.voided_at.is_(None),
        )
        .group_by(Milestone.hostage_person_id)
    )
    return {pid: at for pid, at in rows if pid is not None}


def last_verified_proofs_of_life(session: Session, case_id: int) -> dict[int, datetime]:
    """Per hostage, the latest proof of life assessed genuine (voided ones left out)."""
    rows = session.execute(
        select(Milestone.hostage_person_id, func.max(Milestone.occurred_at))
        .join(ProofOfLifeCheck, ProofOfLifeCheck.milestone_id == Milestone.id)
        .where(
            Milestone.case_id == case_id,
            Milestone.kind == MilestoneKind.PROOF_OF_LIFE,
            Milestone.voided_at.is_(None),
            ProofOfLifeCheck.assessment == PolAssessment.GENUINE,
        )
        .group_by(Milestone.hostage_person_id)
    )
    return {pid: at for pid, at in rows if pid is not None}


def last_welfare_reports(session: Session, case_id: int) -> dict[int | None, datetime]:
    """Per hostage person id, the latest welfare report about them; key None: the latest about
    every national of the case. Voided ones left out."""
    rows = session.execute(
        select(Milestone.hostage_person_id, func.max(Milestone.occurred_at))
        .where(
            Milestone.case_id == case_id,
            Milestone.kind == MilestoneKind.WELFARE_REPORT,
            Milestone.voided_at.is_(None),
        )
        .group_by(Milestone.hostage_person_id)
    )
    return dict(rows.all())


def hostage_milestone_dates(session: Session, case_ids: list[int]) -> tuple[dict, dict]:
    """For several cases at once, in one statement (their unvoided proofs of life and welfare
    reports, grouped by case and hostage): (case id, hostage person id) -> (the latest proof of
    life, the latest assessed genuine or None), and case id -> {hostage person id or None: the
    latest welfare report}."""
    if not case_ids:
        return {}, {}
    pol = Milestone.kind == MilestoneKind.PROOF_OF_LIFE
    genuine = and_(pol, ProofOfLifeCheck.assessment == PolAssessment.GENUINE)
    rows = session.execute(
        select(
            Milestone.case_id,
            Milestone.hostage_person_id,
            func.max(case((pol, Milestone.occurred_at))).label("last_pol"),
            func.max(case((genuine, Milestone.occurred_at))).label("verified"),
            func.max(case((Milestone.kind == MilestoneKind.WELFARE_REPORT, Milestone.occurred_at))).label("welfare"),
        )
        .outerjoin(ProofOfLifeCheck, ProofOfLifeCheck.milestone_id == Milestone.id)
        .where(
            Milestone.case_id.in_(case_ids),
            Milestone.kind.in_([MilestoneKind.PROOF_OF_LIFE, MilestoneKind.WELFARE_REPORT]),
            Milestone.voided_at.is_(None),
        )
        .group_by(Milestone.case_id, Milestone.hostage_person_id)
    ).all()
    proofs = {
        (r.case_id, r.hostage_person_id): (r.last_pol, r.verified)
        for r in rows
        if r.hostage_person_id is not None and r.last_pol is not None
    }
    welfare: dict[int, dict[int | None, datetime]] = {}
    for r in rows:
        if r.welfare is not None:
            welfare.setdefault(r.case_id, {})[r.hostage_person_id] = r.welfare
    return proofs, welfare


def latest_welfare(reports: dict[int | None, datetime], person_id: int) -> datetime | None:
    """The latest of the reports about ``person_id`` and those about everyone."""
    dates = [d for d in (reports.get(person_id), reports.get(None)) if d is not None]
    return max(dates) if dates else None


def pol_assessments(session: Session, milestone_ids: list[int]) -> dict[int, PolAssessment]:
    """Each proof of life's assessment (those recorded before checks existed are absent)."""
    if not milestone_ids:
        return {}
    rows = session.execute(
        select(ProofOfLifeCheck.milestone_id, ProofOfLifeCheck.assessment).where(
            ProofOfLifeCheck.milestone_id.in_(milestone_ids)
        )
    )
    return dict(rows.all())


def demands(session: Session, case_id: int) -> list[Demand]:
    """A case's standing demands (voided ones left out), newest first."""
    stmt = (
        select(Demand)
        .where(Demand.case_id == case_id, Demand.voided_at.is_(None))
        .order_by(Demand.received_at.desc(), Demand.id.desc())
    )
    return list(session.scalars(stmt).unique())


def liaisons(session: Session, case_id: int) -> list[FamilyLiaison]:
    return list(
        session.scalars(
            select(FamilyLiaison).where(FamilyLiaison.case_id == case_id).order_by(FamilyLiaison.id)
        ).unique()
    )


def last_contact_with(session: Session, case_id: int, counterpart_ids: list[int]) -> dict[int, datetime]:
    if not counterpart_ids:
        return {}
    rows = session.execute(
        select(ContactCounterpart.counterpart_id, func.max(ContactEntry.occurred_at))
        .join(ContactEntry, ContactEntry.id == ContactCounterpart.contact_id)
        .where(
            ContactEntry.case_id == case_id,
            ContactCounterpart.counterpart_id.in_(counterpart_ids),
            ContactEntry.voided_at.is_(None),
        )
        .group_by(ContactCounterpart.counterpart_id)
    )
    return {cid: at for cid, at in rows}


def last_contacts_by_case(session: Session, counterpart_ids: list[int]) -> dict[tuple[int, int], datetime]:
    """(case id, counterpart id) → last contact, for many counterparts at once."""
    result: dict[tuple[int, int], datetime] = {}
    ids = sorted(set(counterpart_ids))
    for chunk in chunks(ids, 5000):
        rows = session.execute(
            select(ContactEntry.case_id, ContactCounterpart.counterpart_id, func.max(ContactEntry.occurred_at))
            .join(ContactEntry, ContactEntry.id == ContactCounterpart.contact_id)
            .where(ContactCounterpart.counterpart_id.in_(chunk), ContactEntry.voided_at.is_(None))
            .group_by(ContactEntry.case_id, ContactCounterpart.counterpart_id)
        )
        result.update({(case_id, cp_id): at for case_id, cp_id, at in rows})
    return result


def case_counterparts(session: Session, case_id: int) -> list[Counterpart]:
    return list(
        session.scalars(
            select(Counterpart)
            .join(CaseCounterpart, CaseCounterpart.counterpart_id == Counterpart.id)
            .where(CaseCounterpart.case_id == case_id)
            .order_by(Counterpart.category, Counterpart.name)
        )
    )


def counterpart_link(session: Session, case_id: int, counterpart_id: int) -> CaseCounterpart | None:
    return session.get(CaseCounterpart, (case_id, counterpart_id))


def counterparts_named(session: Session, case_id: int, name: str) -> list[Counterpart]:
    """Case counterparts whose name matches ``name`` case-insensitively (exact first)."""
    lowered = name.lower()
    candidates = case_counterparts(session, case_id)
    exact = [c for c in candidates if c.name.lower() == lowered]
    if exact:
        return exact
    return [c for c in candidates if lowered in c.name.lower()]


def counterpart_case_references(session: Session, counterpart_ids: list[int]) -> dict[int, list[str]]:
    """For each counterpart, the references of the cases it is linked to (sorted)."""
    if not counterpart_ids:
        return {}
    rows = session.execute(
        select(CaseCounterpart.counterpart_id, Case.reference)
        .join(Case, Case.id == CaseCounterpart.case_id)
        .where(CaseCounterpart.counterpart_id.in_(counterpart_ids))
        .order_by(Case.reference)
    )
    found: dict[int, list[str]] = {}
    for counterpart_id, reference in rows:
        found.setdefault(counterpart_id, []).append(reference)
    return found


def find_counterparts(session: Session, text: str, *, limit: int = 20) -> list[Counterpart]:
    pattern = f"%{text.strip()}%"
    return list(
        session.scalars(
            select(Counterpart)
            .where(or_(Counterpart.name.ilike(pattern), Counterpart.organisation.ilike(pattern)))
            .where(Counterpart.merged_into_id.is_(None))  # a merged-away counterpart is only a tombstone
            .order_by(Counterpart.name)
            .limit(limit)
        )
    )


def contacts(
    session: Session,
    case_id: int,
    flt: ContactFilter | None = None,
    *,
    offset: int = 0,
    limit: int | None = 500,
    newest_first: bool = True,
) -> list[ContactEntry]:
    stmt = select(ContactEntry).where(ContactEntry.case_id == case_id)
    flt = flt or ContactFilter()
    if flt.channels:
        stmt = stmt.where(ContactEntry.channel.in_(flt.channels))
    if flt.since is not None:
        stmt = stmt.where(ContactEntry.occurred_at >= flt.since)
    if flt.until is not None:
        stmt = stmt.where(ContactEntry.occurred_at < flt.until)
    if not flt.include_restricted:
        stmt = stmt.where(ContactEntry.restricted.is_(False))
    if not flt.include_voided:
        stmt = stmt.where(ContactEntry.voided_at.is_(None))
    if flt.categories or flt.counterpart_ids:
        sub = select(ContactCounterpart.contact_id).join(
            Counterpart, Counterpart.id == ContactCounterpart.counterpart_id
        )
        if flt.categories:
            sub = sub.where(Counterpart.category.in_(flt.categories))
        if flt.counterpart_ids:
            sub = sub.where(Counterpart.id.in_(flt.counterpart_ids))
        stmt = stmt.where(ContactEntry.id.in_(sub))
    if flt.text:
        pattern = f"%{flt.text.strip()}%"
        stmt = stmt.where(
            or_(
                ContactEntry.subject.ilike(pattern),
                ContactEntry.notes.ilike(pattern),
                ContactEntry.outcome.ilike(pattern),
            )
        )
    order = ContactEntry.occurred_at.desc() if newest_first else ContactEntry.occurred_at.asc()
    stmt = stmt.order_by(order, ContactEntry.id.desc() if newest_first else ContactEntry.id.asc())
    stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    stmt = stmt.options(
        selectinload(ContactEntry.counterparts),
        selectinload(ContactEntry.staff_present),
        selectinload(ContactEntry.recorded_by),
    )
    return list(session.scalars(stmt))


def contact_count(session: Session, case_id: int) -> int:
    """Contacts that count: voided entries are left out."""
    return session.scalar(
        select(func.count(ContactEntry.id)).where(ContactEntry.case_id == case_id, ContactEntry.voided_at.is_(None))
    )


def latest_contact_at(session: Session, case_id: int) -> datetime | None:
    return session.scalar(
        select(func.max(ContactEntry.occurred_at)).where(
            ContactEntry.case_id == case_id, ContactEntry.voided_at.is_(None)
        )
    )


def revisions(session: Session, contact_id: int) -> list[ContactRevision]:
    return list(
        session.scalars(
            select(ContactRevision).where(ContactRevision.contact_id == contact_id).order_by(ContactRevision.revision)
        )
    )


def milestones(
    session: Session, case_id: int, *, include_voided: bool = False, offset: int = 0, limit: int | None = None
) -> list[Milestone]:
    """Oldest first; ``offset``/``limit`` give one page of that order (the case window's)."""
    stmt = select(Milestone).where(Milestone.case_id == case_id)
    if not include_voided:
        stmt = stmt.where(Milestone.voided_at.is_(None))
    stmt = stmt.order_by(Milestone.occurred_at, Milestone.id).options(selectinload(Milestone.recorded_by))
    if offset or limit is not None:
        stmt = stmt.offset(offset or None).limit(limit)
    return list(session.scalars(stmt).unique())


def tasks(
    session: Session,
    case_id: int | None = None,
    *,
    open_only: bool = False,
    assignee_id: int | None = None,
    due_before: datetime | None = None,
    limit: int | None = None,
    include_voided: bool = False,
    offset: int = 0,
) -> list[Task]:
    stmt = select(Task)
    if not include_voided:
        stmt = stmt.where(Task.voided_at.is_(None))
    if case_id is not None:
        stmt = stmt.where(Task.case_id == case_id)
    if open_only:
        stmt = stmt.where(Task.status.in_([TaskStatus.OPEN, TaskStatus.IN_PROGRESS]))
    if assignee_id is not None:
        stmt = stmt.where(Task.assignee_id == assignee_id)
    if due_before is not None:
        stmt = stmt.where(Task.due_at < due_before)
    stmt = stmt.order_by(Task.due_at.is_(None), Task.due_at, Task.id)
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt).unique())


def documents(session: Session, case_id: int, *, include_voided: bool = True) -> list[Document]:
    stmt = select(Document).where(Document.case_id == case_id)
    if not include_voided:
        stmt = stmt.where(Document.voided_at.is_(None))
    return list(session.scalars(stmt.order_by(Document.added_at.desc())))


def document_count(session: Session, case_id: int) -> int:
    """Documents of the case that count (a voided one counts for nothing)."""
    return session.scalar(
        select(func.count(Document.id)).where(Document.case_id == case_id, Document.voided_at.is_(None))
    )
