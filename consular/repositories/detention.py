"""Queries over the detention records (wrongful detention by a state): the dashboard's overdue
requests and the timeline's rows. No rules here: the services decide what the rows mean."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import literal, select, union_all
from sqlalchemy.orm import Session

from consular.db.detention_models import ConsularVisit, Detention, DetentionCharge, DetentionHearing, NoteVerbale
from consular.db.models import Case, Person, User
from consular.domain.enums import CaseStatus, VisitDecision

ACTIVE_STATUSES = (CaseStatus.OPEN, CaseStatus.ACTIVE)


def overdue_rows(
    session: Session, now: datetime, *, visit_days: int, note_days: int, case_ids: set[int] | None = None, limit: int
) -> list[tuple]:
    """(kind, record id, case id, reference, person name, since, restricted, label) of the
    overdue requests of active cases, the longest waiting first, at most ``limit``: visit
    requests without a decision for ``visit_days`` days, notes verbales unanswered for
    ``note_days`` days, hearings whose date passed without an outcome.

    One statement: a UNION ALL of three index range scans (consular_visits by (decision,
    requested_at), notes_verbales by (answered_at, sent_at), detention_hearings by
    (outcome_recorded_at, held_at)), each joined to its case and person by primary key.
    ``case_ids``: only these cases (None: every case)."""

    def part(model, kind: str, since_col, label_col, *where):
        stmt = (
            select(
                literal(kind).label("kind"),
                model.id.label("id"),
                model.case_id.label("case_id"),
                Case.reference.label("reference"),
                Person.full_name.label("person"),
                since_col.label("since"),
                model.restricted.label("restricted"),
                label_col.label("label"),
            )
            .join(Case, Case.id == model.case_id)
            .join(Detention, Detention.id == model.detention_id)
            .join(Person, Person.id == Detention.person_id)
            .where(model.voided_at.is_(None), Case.status.in_(ACTIVE_STATUSES), *where)
        )
        if case_ids is not None:
            stmt = stmt.where(model.case_id.in_(sorted(case_ids)))
        return stmt

    visits = part(
        ConsularVisit,
        "visit",
        ConsularVisit.requested_at,
        literal(""),
        ConsularVisit.decision == VisitDecision.PENDING,
        ConsularVisit.requested_at <= now - timedelta(days=visit_days),
    )
    notes = part(
        NoteVerbale,
        "note",
        NoteVerbale.sent_at,
        NoteVerbale.reference,
        NoteVerbale.answered_at.is_(None),
        NoteVerbale.sent_at <= now - timedelta(days=note_days),
    )
    hearings = part(
        DetentionHearing,
        "hearing",
        DetentionHearing.held_at,
        DetentionHearing.court,
        DetentionHearing.outcome_recorded_at.is_(None),
        DetentionHearing.held_at < now,
    )
    everything = union_all(visits, notes, hearings).subquery()
    stmt = select(everything).order_by(everything.c.since, everything.c.kind, everything.c.id).limit(limit)
    return [tuple(row) for row in session.execute(stmt)]


def _rows(session: Session, model, case_id: int, order, include_restricted: bool):
    stmt = (
        select(model, Person.full_name, Person.id, User.display_name)
        .join(Detention, Detention.id == model.detention_id)
        .join(Person, Person.id == Detention.person_id)
        .join(User, User.id == model.recorded_by_id)
        .where(model.case_id == case_id, model.voided_at.is_(None))
    )
    if not include_restricted:
        stmt = stmt.where(model.restricted.is_(False))
    return session.execute(stmt.order_by(order, model.id)).all()


_KINDS = {
    "charges": (DetentionCharge, DetentionCharge.filed_at),
    "hearings": (DetentionHearing, DetentionHearing.held_at),
    "visits": (ConsularVisit, ConsularVisit.requested_at),
    "notes": (NoteVerbale, NoteVerbale.sent_at),
}


def timeline_rows(session: Session, case_id: int, kind: str, include_restricted: bool = True) -> list:
    """One kind of record of a case (``charges``, ``hearings``, ``visits``, ``notes``) as
    (record, person name, person id, recorded by), oldest first, voided ones left out."""
    model, order = _KINDS[kind]
    return _rows(session, model, case_id, order, include_restricted)
