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
from consular.i18n import translate
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
        status = (
            ""
            if c.status == ChargeStatus.PENDING
            else translate("services.detention_timeline", "{status} on {day}").format(
                status=c.status.label, day=_day(c.status_at, b.zone)
            )
        )
        _add(
            b,
            EventType.CHARGE,
            "charge",
            c,
            c.filed_at,
            translate("services.detention_timeline", "Charge filed against {person}").format(person=person),
            _lines(c.text, status or translate("services.detention_timeline", "Pending")),
            person,
            pid,
            by,
            subtype=c.status.value,
        )


def add_hearings(b, records) -> None:
    for h, person, pid, by in _rows(records, "hearings"):
        _add(
            b,
            EventType.HEARING,
            "hearing",
            h,
            h.held_at,
            translate("services.detention_timeline", "Court hearing: {court}").format(court=h.court),
            _lines(
                translate("services.detention_timeline", "Concerning {person}").format(person=person),
                h.outcome or translate("services.detention_timeline", "No outcome recorded"),
                translate("services.detention_timeline", "Next hearing: {day}").format(day=_day(h.next_at, b.zone))
                if h.next_at
                else None,
            ),
            person,
            pid,
            by,
        )


def add_visits(b, records) -> None:
    for v, person, pid, by in _rows(records, "visits"):
        via = (
            translate("services.detention_timeline", "By note verbale {reference}").format(reference=v.note.reference)
            if v.note is not None
            else None
        )
        _add(
            b,
            EventType.CONSULAR_VISIT,
            "visit",
            v,
            v.requested_at,
            translate("services.detention_timeline", "Consular visit to {person} requested").format(person=person),
            _lines(via),
            person,
            pid,
            by,
            stage="requested",
            subtype="requested",
        )
        if v.decision != VisitDecision.PENDING:
            _add(
                b,
                EventType.CONSULAR_VISIT,
                "visit",
                v,
                v.decided_at,
                translate("services.detention_timeline", "Consular visit to {person}: {decision}").format(
                    person=person, decision=v.decision.label.lower()
                ),
                _lines(
                    translate("services.detention_timeline", "Requested on {day}").format(
                        day=_day(v.requested_at, b.zone)
                    )
                ),
                person,
                pid,
                by,
                stage="decided",
                subtype=v.decision.value,
            )
        if v.visit_at is not None and v.decision == VisitDecision.GRANTED:
            _add(
                b,
                EventType.CONSULAR_VISIT,
                "visit",
                v,
                v.visit_at,
                translate("services.detention_timeline", "Consular visit to {person}").format(person=person),
                _lines(
                    translate("services.detention_timeline", "Visited by {visited_by}").format(visited_by=v.visited_by)
                    if v.visited_by
                    else None,
                    translate("services.detention_timeline", "Findings: {findings}").format(findings=v.findings)
                    if v.findings
                    else None,
                    translate("services.detention_timeline", "Welfare observed: {welfare_observed}").format(
                        welfare_observed=v.welfare_observed
                    )
                    if v.welfare_observed
                    else None,
                ),
                person,
                pid,
                by,
                stage="visited",
                subtype="visited",
            )


def add_notes_verbales(b, records) -> None:
    for n, person, pid, by in _rows(records, "notes"):
        _add(
            b,
            EventType.NOTE_VERBALE,
            "note_verbale",
            n,
            n.sent_at,
            translate("services.detention_timeline", "Note verbale {reference} sent").format(reference=n.reference),
            _lines(
                translate("services.detention_timeline", "To {addressed_to}: {subject}").format(
                    addressed_to=n.addressed_to, subject=n.subject
                ),
                translate("services.detention_timeline", "Concerning {person}").format(person=person),
            ),
            person,
            pid,
            by,
            stage="sent",
            subtype="sent",
        )
        if n.answered_at is not None:
            _add(
                b,
                EventType.NOTE_VERBALE,
                "note_verbale",
                n,
                n.answered_at,
                translate("services.detention_timeline", "Note verbale {reference} answered").format(
                    reference=n.reference
                ),
                _lines(n.answer_summary),
                person,
                pid,
                by,
                stage="answered",
                subtype="answered",
            )
