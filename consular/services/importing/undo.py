"""What undoing an import batch does to the records it created, and what stops it.

Contacts are voided through the voiding service (kept in the history, struck through). A
person the batch added leaves the case (their place in it, their first status entry, and the
person too when the batch created them), each removal audited so the audit chain's last state
of the record is "gone". A case the batch opened is removed the way a purge removes a case.

Before anything changes, every record is checked for later work that depends on it (a contact
logged with an imported counterpart, a status change of an imported hostage, an edit); the
first one found refuses the undo with a message naming it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, func, select

from consular.db import models as m
from consular.db.tool_models import ImportBatch, ImportBatchRecord
from consular.domain.errors import ConflictError
from consular.i18n import translate
from consular.services import search_index
from consular.services.context import ServiceContext
from consular.services.purge import purge_in_session
from consular.services.voiding import void_entry_in_session


@dataclass
class UndoResult:
    batch_id: int
    voided_contacts: list[int] = field(default_factory=list)
    removed_people: list[int] = field(default_factory=list)
    removed_participants: list[int] = field(default_factory=list)
    removed_cases: list[str] = field(default_factory=list)
    #: Counterparts created by the batch that stay: the voided contacts still name them.
    kept_counterparts: list[int] = field(default_factory=list)

    def counts(self) -> dict:
        return {
            "voided_contacts": self.voided_contacts,
            "removed_people": self.removed_people,
            "removed_participants": self.removed_participants,
            "removed_cases": self.removed_cases,
            "kept_counterparts": self.kept_counterparts,
        }

    def summary(self) -> str:
        parts = []
        if self.voided_contacts:
            parts.append(f"{len(self.voided_contacts)} contact(s) voided")
        if self.removed_participants:
            parts.append(f"{len(self.removed_participants)} person(s) taken out of their case")
        if self.removed_cases:
            parts.append(f"{len(self.removed_cases)} case(s) removed ({', '.join(self.removed_cases)})")
        if self.kept_counterparts:
            parts.append(f"{len(self.kept_counterparts)} new counterpart(s) kept (the voided contacts name them)")
        return f"Import #{self.batch_id} undone: " + ("; ".join(parts) or "it had created nothing") + "."


def _ids(records: list[ImportBatchRecord], entity: str) -> list[int]:
    return [r.entity_id for r in records if r.entity == entity]


def _count(session, stmt) -> int:
    return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0


def _refuse(batch: ImportBatch, what: str) -> None:
    raise ConflictError(
        translate(
            "services.importing.undo",
            "Import #{id} cannot be undone: {what}. Void or remove that first, or correct the records by hand.",
        ).format(id=batch.id, what=what)
    )


def _later_edits(session, batch: ImportBatch, records: list[ImportBatchRecord]) -> None:
    """An audited change to a record of the batch after the import (an edit, a status change)."""
    run = session.scalar(
        select(m.AuditEntry.id).where(
            m.AuditEntry.action == "import.run",
            m.AuditEntry.entity == "import_batch",
            m.AuditEntry.entity_id == batch.id,
        )
    )
    if run is None:
        return
    for record in records:
        # A participant's changes are audited on its person; counterparts stay after an undo.
        if record.entity in ("participant", "counterpart"):
            continue
        entity = record.entity
        entry = session.scalar(
            select(m.AuditEntry)
            .where(
                m.AuditEntry.id > run,
                m.AuditEntry.entity == entity,
                m.AuditEntry.entity_id == record.entity_id,
                m.AuditEntry.action.not_like("read.%"),
                m.AuditEntry.action.not_like("%.sync"),
                # A contact voided since is voided already: the undo leaves it as it is.
                m.AuditEntry.action != "entry.void",
            )
            .limit(1)
        )
        if entry is not None:
            _refuse(
                batch,
                f"{entity} #{record.entity_id} (row {record.row_number}) was changed afterwards "
                f"({entry.action} by {entry.actor.display_name} at {entry.at:%Y-%m-%d %H:%M} UTC)",
            )


def _check_cases(session, batch, case_ids: list[int]) -> None:
    for case_id in case_ids:
        case = session.get(m.Case, case_id)
        if case is None:
            continue
        for label, stmt in (
            ("people", select(m.CaseParticipant.id).where(m.CaseParticipant.case_id == case_id)),
            ("contacts", select(m.ContactEntry.id).where(m.ContactEntry.case_id == case_id)),
            ("milestones", select(m.Milestone.id).where(m.Milestone.case_id == case_id)),
            ("tasks", select(m.Task.id).where(m.Task.case_id == case_id)),
            ("documents", select(m.Document.id).where(m.Document.case_id == case_id)),
            ("demands", select(m.Demand.id).where(m.Demand.case_id == case_id)),
            ("counterparts", select(m.CaseCounterpart.case_id).where(m.CaseCounterpart.case_id == case_id)),
            ("status changes", select(m.CaseStatusChange.id).where(m.CaseStatusChange.case_id == case_id).offset(1)),
            ("briefs", select(m.BriefRecord.id).where(m.BriefRecord.case_id == case_id)),
        ):
            if _count(session, stmt):
                _refuse(batch, f"{case.reference} has {label} recorded since it was imported")


def _check_people(session, batch, person_ids: list[int], participant_ids: list[int]) -> None:
    for participant_id in participant_ids:
        participant = session.get(m.CaseParticipant, participant_id)
        if participant is None:
            continue
        name = participant.person.full_name
        events = _count(
            session, select(m.HostageStatusEvent.id).where(m.HostageStatusEvent.participant_id == participant_id)
        )
        if events > 1:
            _refuse(batch, f"{name}'s status history has entries recorded since the import")
        pid, cid = participant.person_id, participant.case_id
        for label, stmt in (
            (
                "milestones",
                select(m.Milestone.id).where(m.Milestone.case_id == cid, m.Milestone.hostage_person_id == pid),
            ),
            ("demands", select(m.Demand.id).where(m.Demand.case_id == cid, m.Demand.hostage_person_id == pid)),
            (
                "next of kin",
                select(m.FamilyLiaison.id).where(
                    m.FamilyLiaison.case_id == cid,
                    (m.FamilyLiaison.hostage_person_id == pid) | (m.FamilyLiaison.kin_person_id == pid),
                ),
            ),
        ):
            if _count(session, stmt):
                _refuse(batch, f"{name} has {label} recorded since the import")
    mine = set(participant_ids)
    for person_id in person_ids:
        others = session.scalars(select(m.CaseParticipant.id).where(m.CaseParticipant.person_id == person_id)).all()
        if set(others) - mine:
            person = session.get(m.Person, person_id)
            _refuse(batch, f"{person.full_name} has since been added to another case")
        if _count(session, select(m.Counterpart.id).where(m.Counterpart.person_id == person_id)):
            _refuse(batch, f"person #{person_id} is now also a counterpart")


def _check_contacts(session, batch, contact_ids: list[int]) -> None:
    for contact_id in contact_ids:
        for label, stmt in (
            ("a task", select(m.Task.id).where(m.Task.contact_id == contact_id, m.Task.voided_at.is_(None))),
            ("a demand", select(m.DemandLink.id).where(m.DemandLink.contact_id == contact_id)),
            ("a correction", select(m.ContactRevision.id).where(m.ContactRevision.contact_id == contact_id)),
        ):
            if _count(session, stmt):
                _refuse(batch, f"contact #{contact_id} has {label} recorded since the import")
    # Counterparts the batch created stay (the voided contacts name them), so a contact logged
    # with one since depends on nothing that goes.


def undo_batch(ctx: ServiceContext, session, batch: ImportBatch, reason: str) -> UndoResult:
    """Check, then undo every record of ``batch`` in ``session`` (the caller audits the undo)."""
    records = list(batch.records)
    cases = _ids(records, "case")
    persons = _ids(records, "person")
    participants = _ids(records, "participant")
    contacts = _ids(records, "contact")
    counterparts = _ids(records, "counterpart")
    _later_edits(session, batch, records)
    _check_cases(session, batch, cases)
    _check_people(session, batch, persons, participants)
    _check_contacts(session, batch, contacts)

    result = UndoResult(batch.id)
    why = f"Import #{batch.id} undone: {reason}"
    for contact_id in contacts:
        entry = session.get(m.ContactEntry, contact_id)
        if entry is not None and entry.voided_at is None:
            void_entry_in_session(ctx, session, "contact", contact_id, reason=why)
            result.voided_contacts.append(contact_id)
    result.kept_counterparts = counterparts
    for participant_id in participants:
        participant = session.get(m.CaseParticipant, participant_id)
        if participant is None:
            continue
        case_id, person_id = participant.case_id, participant.person_id
        session.execute(delete(m.HostageStatusEvent).where(m.HostageStatusEvent.participant_id == participant_id))
        search_index.remove(session, "person", participant_id)
        session.delete(participant)
        session.flush()
        result.removed_participants.append(participant_id)
        if person_id in persons:
            person = session.get(m.Person, person_id)
            for identifier in list(person.identifiers):
                session.delete(identifier)
            session.delete(person)
            session.flush()
            result.removed_people.append(person_id)
            # The chain's last state of the person is "gone" (see audit_chain).
            ctx.audit(session, "person.import_undone", "person", person_id, case_id=case_id)
    for case_id in cases:
        case = session.get(m.Case, case_id)
        if case is not None:
            result.removed_cases.append(case.reference)
            purge_in_session(ctx, session, case)
    return result
