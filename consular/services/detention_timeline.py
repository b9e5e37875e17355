"""The timeline's events from a wrongful detention's records (one assembler per event type,
listed in :data:`consular.services.timeline_events.ASSEMBLERS`): a charge filed; a court
hearing; a consular visit requested, decided (granted, refused, closed unanswered) and made;
a note verbale sent and answered. Restricted records become placeholders for anyone not shown
restricted content (the builder does that).

``b`` is the timeline's ``EventBuilder`` and ``records`` its ``CaseRecords``; this module
needs neither's code, only their attributes, so it does not import timeline_events."""

from __future__ import annotations

from datetime import datetime

from consular.domain.enums import ChargeStatus, VisitDecision
from consular.domain.timeline import EventSource, EventType
from consular.repositories import detention as repo


def _lines(*parts: str | None) -> str:
    return "\n".join(p.strip() for p in parts if p and p.strip())


def _day(value: datetime | None, zone) -> str:
    return value.astimezone(zone).strftime("%d %b %Y") if value is not None else ""


def _rows(records, key: str):
    return repo.timeline_rows(records.session, records.case.id, key, records.window.include_restricted)


def _add(b, event_type, entity, row, at, title, detail, person, pid, by, stage=None, subtype=None) -> None:
    if at is None or not b.inside(at):
        return
    b.add(
        event_type,
        EventSource(entity, row.id),
        at,
        title,
        detail,
        people=[person],
        recorded_by=by,
        restricted=row.restricted,
        subtype=subtype,
        person_ids=[pid],
        stage=stage,
    )


def add_charges(b, records) -> None:
    for c, person, pid, by in _rows(records, "charges"):
        status = "" if c.status == ChargeStatus.PENDING else f"{c.status.label} on {_day(c.status_at, b.zone)}"
        _add(
            b, EventType.CHARGE, "charge", c, c.filed_at, f"Charge filed against {person}",
            _lines(c.text, status or "Pending"), person, pid, by, subtype=c.status.value,
        )  # fmt: skip


def add_hearings(b, records) -> None:
    for h, person, pid, by in _rows(records, "hearings"):
        _add(
            b, EventType.HEARING, "hearing", h, h.held_at, f"Court hearing: {h.court}",
            _lines(
                f"Concerning {person}",
                h.outcome or "No outcome recorded",
                f"Next hearing: {_day(h.next_at, b.zone)}" if h.next_at else None,
            ),
            person, pid, by,
        )  # fmt: skip


def add_visits(b, records) -> None:
    for v, person, pid, by in _rows(records, "visits"):
        via = f"By note verbale {v.note.reference}" if v.note is not None else None
        _add(
            b, EventType.CONSULAR_VISIT, "visit", v, v.requested_at, f"Consular visit to {person} requested",
            _lines(via), person, pid, by, stage="requested", subtype="requested",
        )  # fmt: skip
        if v.decision != VisitDecision.PENDING:
            _add(
                b, EventType.CONSULAR_VISIT, "visit", v, v.decided_at,
                f"Consular visit to {person}: {v.decision.label.lower()}",
                _lines(f"Requested on {_day(v.requested_at, b.zone)}"), person, pid, by,
                stage="decided", subtype=v.decision.value,
            )  # fmt: skip
        if v.visit_at is not None and v.decision == VisitDecision.GRANTED:
            _add(
                b, EventType.CONSULAR_VISIT, "visit", v, v.visit_at, f"Consular visit to {person}",
                _lines(
                    f"Visited by {v.visited_by}" if v.visited_by else None,
                    f"Findings: {v.findings}" if v.findings else None,
                    f"Welfare observed: {v.welfare_observed}" if v.welfare_observed else None,
                ),
                person, pid, by, stage="visited", subtype="visited",
            )  # fmt: skip


def add_notes_verbales(b, records) -> None:
    for n, person, pid, by in _rows(records, "notes"):
        _add(
            b, EventType.NOTE_VERBALE, "note_verbale", n, n.sent_at, f"Note verbale {n.reference} sent",
            _lines(f"To {n.addressed_to}: {n.subject}", f"Concerning {person}"), person, pid, by,
            stage="sent", subtype="sent",
        )  # fmt: skip
        if n.answered_at is not None:
            _add(
                b, EventType.NOTE_VERBALE, "note_verbale", n, n.answered_at, f"Note verbale {n.reference} answered",
                _lines(n.answer_summary), person, pid, by, stage="answered", subtype="answered",
            )  # fmt: skip
