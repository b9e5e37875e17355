"""Keeps ``search_documents`` in step with every write (called inside the write's session)."""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from consular.db.models import (
    Case,
    CaseParticipant,
    ContactEntry,
    Counterpart,
    Demand,
    Document,
    Milestone,
    PolQuestion,
    ProofOfLifeCheck,
    SearchDocument,
    Task,
    WelfareDetail,
)
from consular.db.repatriation_models import RepatriationItem
from consular.domain.validation import country_name

BODY_MAX = 100_000  # the index needs words, not a whole pasted dossier


def _join(*parts) -> str:
    return " ".join(str(p) for p in parts if p)


def upsert(
    session: Session,
    entity: str,
    entity_id: int,
    case_id: int | None,
    title: str,
    body: str = "",
    restricted: bool = False,
    *,
    new: bool = False,
) -> None:
    """Add or replace the search document of a record. ``new``: the record was just inserted
    and has none, so it is added without looking."""
    doc = (
        None
        if new
        else session.scalar(
            select(SearchDocument).where(SearchDocument.entity == entity, SearchDocument.entity_id == entity_id)
        )
    )
    title = (title or "")[:400]
    body = (body or "")[:BODY_MAX]
    if doc is None:
        session.add(
            SearchDocument(
                entity=entity, entity_id=entity_id, case_id=case_id, title=title, body=body, restricted=restricted
            )
        )
    else:
        doc.case_id, doc.title, doc.body, doc.restricted = case_id, title, body, restricted


def remove(session: Session, entity: str, entity_id: int) -> None:
    session.execute(
        delete(SearchDocument).where(SearchDocument.entity == entity, SearchDocument.entity_id == entity_id)
    )


def index_case(session: Session, case: Case) -> None:
    upsert(
        session,
        "case",
        case.id,
        case.id,
        f"{case.reference} {case.title}",
        _join(
            case.incident_site,
            case.incident_town,
            case.incident_region,
            country_name(case.incident_country),
            case.attribution_group,
            case.circumstances,
        ),
    )


def index_participant(session: Session, participant: CaseParticipant) -> None:
    p = participant.person
    upsert(
        session,
        "person",
        participant.id,
        participant.case_id,
        _join(p.full_name, p.name_native),
        _join(
            participant.role.english_label,
            p.occupation,
            p.employer,
            p.home_state,
            p.home_district,
            p.passport_number,
            *(i.value for i in p.identifiers),
        ),
    )


def index_counterpart(session: Session, counterpart: Counterpart) -> None:
    upsert(
        session,
        "counterpart",
        counterpart.id,
        None,
        counterpart.name,
        _join(counterpart.category.english_label, counterpart.role, counterpart.organisation),
    )


def contact_document(entry: ContactEntry) -> tuple[str, str]:
    """The title and body of a contact's search document, as :func:`upsert` stores them."""
    body = _join(entry.notes, entry.outcome, *(c.name for c in entry.counterparts))
    return (entry.subject or "")[:400], body[:BODY_MAX]


def index_contact(session: Session, entry: ContactEntry, *, new: bool = False) -> None:
    """``new``: the contact was just inserted, so it has no document and no follow-up task yet
    (two statements fewer on Log contact's write path)."""
    title, body = contact_document(entry)
    upsert(session, "contact", entry.id, entry.case_id, title, body, restricted=entry.restricted, new=new)
    if new:
        return
    # Its follow-up tasks say what it was about: they are as restricted as it is.
    session.execute(
        update(SearchDocument)
        .where(
            SearchDocument.entity == "task",
            SearchDocument.entity_id.in_(select(Task.id).where(Task.contact_id == entry.id)),
        )
        .values(restricted=entry.restricted)
    )


def index_milestone(session: Session, m: Milestone) -> None:
    # A welfare report's details are as restricted as its milestone: they go in its document.
    welfare = session.scalar(select(WelfareDetail).where(WelfareDetail.milestone_id == m.id))
    upsert(
        session,
        "milestone",
        m.id,
        m.case_id,
        m.title,
        _join(
            m.kind.english_label,
            m.description,
            m.source,
            welfare.condition.english_label if welfare else None,
            welfare.medication_needs if welfare else None,
        ),
        restricted=m.restricted,
    )


def index_demand(session: Session, d: Demand) -> None:
    """A demand: always restricted. Found by who made it, the intermediary, the amount and its words."""
    money = f"{d.amount} {d.currency}" if d.amount is not None else None
    upsert(
        session,
        "demand",
        d.id,
        d.case_id,
        f"{d.kind.english_label} demand: {d.made_by}",
        _join(d.details, money, d.via.name if d.via else None, d.response.english_label, d.response_note),
        restricted=True,
    )


def index_pol_question(session: Session, q: PolQuestion) -> None:
    """A proof-of-life question: restricted, and never its expected answer. A snippet would show
    the answer to whoever searched for it; the team reads it in the question bank, audited."""
    upsert(session, "pol_question", q.id, q.case_id, q.question, _join(q.state.english_label, q.note), restricted=True)


def index_pol_check(session: Session, check: ProofOfLifeCheck, m: Milestone) -> None:
    """How a proof of life was checked (medium, assessment and its basis): restricted. It has
    its own document because its milestone may be open to everyone while the check is not. Not
    the answer received: a right one is the expected answer, shown in the app only on request."""
    upsert(
        session,
        "pol_check",
        check.id,
        m.case_id,
        f"Proof of life check: {m.title}",
        _join(check.medium.english_label, check.assessment.english_label, check.assessment_basis),
        restricted=True,
    )


def index_task(session: Session, task: Task) -> None:
    """A task; restricted when it follows up a restricted contact (its title tells what about)."""
    contact = session.get(ContactEntry, task.contact_id) if task.contact_id else None
    restricted = bool(contact is not None and contact.restricted)
    body = _join(task.description, _repatriation_facts(session, task))
    upsert(session, "task", task.id, task.case_id, task.title, body, restricted=restricted)


def _repatriation_facts(session: Session, task: Task) -> str:
    """A repatriation checklist item's words (what it is, its facts), found with its task."""
    item = session.scalar(select(RepatriationItem).where(RepatriationItem.task_id == task.id))
    if item is None:
        return ""
    support = item.psychosocial.english_label if item.psychosocial else None
    return _join(
        "Repatriation", item.kind.english_label, item.debrief_by, support, item.na_reason, task.completion_note
    )


def index_document(session: Session, doc: Document) -> None:
    upsert(session, "document", doc.id, doc.case_id, doc.file_name, doc.description or "", restricted=doc.restricted)
