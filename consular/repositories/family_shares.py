"""Queries of the *shareable with family* markings (table family_shares)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from consular.db.family_models import FamilyShare
from consular.db.models import (
    CaseCounterpart,
    CaseParticipant,
    ContactEntry,
    ContactRevision,
    CounterpartVetting,
    Demand,
    Document,
    FamilyLiaison,
    HostageStatusEvent,
    Milestone,
    PolQuestion,
    ProofOfLifeCheck,
)

#: The kinds of entry that can be marked, and the column of family_shares naming each.
COLUMNS = {"contact": "contact_id", "milestone": "milestone_id", "status": "status_event_id"}


def kind_of(share: FamilyShare) -> tuple[str, int]:
    for kind, column in COLUMNS.items():
        value = getattr(share, column)
        if value is not None:
            return kind, value
    raise LookupError(f"family share #{share.id} marks nothing")


def share_for(session: Session, kind: str, entry_id: int) -> FamilyShare | None:
    return session.scalar(select(FamilyShare).where(getattr(FamilyShare, COLUMNS[kind]) == entry_id))


def shares_of_case(session: Session, case_id: int) -> list[FamilyShare]:
    return list(session.scalars(select(FamilyShare).where(FamilyShare.case_id == case_id).order_by(FamilyShare.id)))


def _window(stmt, column, start: datetime | None, end: datetime | None):
    if start is not None:
        stmt = stmt.where(column >= start)
    if end is not None:
        stmt = stmt.where(column < end)
    return stmt


def shared_contacts(session: Session, case_id: int, start: datetime | None, end: datetime | None):
    """(share, contact) pairs of the case's marked contacts that stand: not voided, not restricted."""
    stmt = (
        select(FamilyShare, ContactEntry)
        .join(ContactEntry, ContactEntry.id == FamilyShare.contact_id)
        .where(
            FamilyShare.case_id == case_id,
            ContactEntry.voided_at.is_(None),
            ContactEntry.restricted.is_(False),
        )
    )
    return list(session.execute(_window(stmt, ContactEntry.occurred_at, start, end)))


def shared_milestones(session: Session, case_id: int, start: datetime | None, end: datetime | None):
    """(share, milestone) pairs of the case's marked milestones that stand: not voided, not restricted."""
    stmt = (
        select(FamilyShare, Milestone)
        .join(Milestone, Milestone.id == FamilyShare.milestone_id)
        .where(FamilyShare.case_id == case_id, Milestone.voided_at.is_(None), Milestone.restricted.is_(False))
    )
    return list(session.execute(_window(stmt, Milestone.occurred_at, start, end)))


def shared_statuses(session: Session, case_id: int, start: datetime | None, end: datetime | None):
    """(share, status event, hostage person id) of the case's marked status changes that stand."""
    stmt = (
        select(FamilyShare, HostageStatusEvent, CaseParticipant.person_id)
        .join(HostageStatusEvent, HostageStatusEvent.id == FamilyShare.status_event_id)
        .join(CaseParticipant, CaseParticipant.id == HostageStatusEvent.participant_id)
        .where(FamilyShare.case_id == case_id, HostageStatusEvent.voided_at.is_(None))
    )
    return list(session.execute(_window(stmt, HostageStatusEvent.effective_at, start, end)))


def liaisons(session: Session, case_id: int) -> list[FamilyLiaison]:
    return list(
        session.scalars(select(FamilyLiaison).where(FamilyLiaison.case_id == case_id).order_by(FamilyLiaison.id))
    )


def restricted_texts(session: Session, case_id: int) -> list[tuple[str, str]]:
    """(where, text) of every piece of restricted content of a case that a family letter must
    never repeat: restricted contacts (and restricted earlier revisions), restricted
    milestones, proof-of-life questions and checks, demands, the vetting of the case's
    counterparts, restricted documents. Voided entries included: voiding hides, it does not
    make shareable. ``where`` names the record; a name field's ends in "(name)"."""
    out: list[tuple[str, str]] = []

    def add(where: str, *texts) -> None:
        out.extend((where, t) for t in texts if t and t.strip())

    for c in session.scalars(
        select(ContactEntry).where(ContactEntry.case_id == case_id, ContactEntry.restricted.is_(True))
    ):
        add(f"restricted contact #{c.id}", c.subject, c.notes, c.outcome)
    contact_ids = select(ContactEntry.id).where(ContactEntry.case_id == case_id)
    for r in session.scalars(
        select(ContactRevision).where(ContactRevision.contact_id.in_(contact_ids), ContactRevision.restricted.is_(True))
    ):
        add(f"restricted revision {r.revision} of contact #{r.contact_id}", r.subject, r.notes, r.outcome)
    for m in session.scalars(select(Milestone).where(Milestone.case_id == case_id, Milestone.restricted.is_(True))):
        add(f"restricted milestone #{m.id}", m.title, m.description, m.source)
    for q in session.scalars(select(PolQuestion).where(PolQuestion.case_id == case_id)):
        add(f"proof-of-life question #{q.id}", q.question, q.expected_answer, q.note)
    milestone_ids = select(Milestone.id).where(Milestone.case_id == case_id)
    for check in session.scalars(select(ProofOfLifeCheck).where(ProofOfLifeCheck.milestone_id.in_(milestone_ids))):
        add(f"the check of proof of life #{check.milestone_id}", check.answer_received, check.assessment_basis)
    for d in session.scalars(select(Demand).where(Demand.case_id == case_id)):
        add(f"demand #{d.id}", d.details, d.response_note)
        add(f"demand #{d.id} (name)", d.made_by)
    counterpart_ids = select(CaseCounterpart.counterpart_id).where(CaseCounterpart.case_id == case_id)
    for vet in session.scalars(
        select(CounterpartVetting).where(CounterpartVetting.counterpart_id.in_(counterpart_ids))
    ):
        add(f"the vetting of counterpart #{vet.counterpart_id}", vet.basis)
        add(f"the vetting of counterpart #{vet.counterpart_id} (name)", vet.vetted_by)
    for doc in session.scalars(select(Document).where(Document.case_id == case_id, Document.restricted.is_(True))):
        add(f"restricted document #{doc.id}", doc.description)
    return out


def shared_keys(session: Session, case_id: int) -> frozenset[tuple[str, int]]:
    """(kind, entry id) of every marking of a case: for the timeline's ``shareable`` field."""
    rows = session.execute(
        select(FamilyShare.contact_id, FamilyShare.milestone_id, FamilyShare.status_event_id).where(
            FamilyShare.case_id == case_id
        )
    )
    keys = set()
    for contact_id, milestone_id, status_id in rows:
        for kind, value in (("contact", contact_id), ("milestone", milestone_id), ("status", status_id)):
            if value is not None:
                keys.add((kind, value))
    return frozenset(keys)
