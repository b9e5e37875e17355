"""The status brief's Detention section, gathered inside the brief's own transaction: for each
detained national the authority, the place, the lawyer, the charges, the last and next
hearing, the last consular visit with the welfare observed, and the requests still open with
the days they have waited (overdue as the settings say).

Restricted records: without restricted content a restricted charge is counted, not listed;
a restricted last visit gives its date and "On record (restricted)" for its welfare; a
restricted open request is listed as "restricted" with its date. A redacted brief leaves the
lawyer's phone out and masks the texts like the rest of the brief (``clean``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from consular import reports
from consular.db.detention_models import ConsularVisit, Detention, DetentionCharge, DetentionHearing, NoteVerbale
from consular.domain.enums import ChargeStatus, VisitDecision
from consular.domain.timeutil import as_utc, whole_days
from consular.reports.brief_data import BriefDetainee, BriefOpenRequest, withheld


def detention_section(
    session, case, as_of: datetime, *, shown: bool, redact: bool, clean, visit_days: int, note_days: int
) -> list[BriefDetainee]:
    """The Detention section's content as of ``as_of`` (records dated later are left out)."""
    detentions = list(session.scalars(select(Detention).where(Detention.case_id == case.id).order_by(Detention.id)))
    if not detentions:
        return []

    def rows(model, column):
        stmt = select(model).where(model.case_id == case.id, model.voided_at.is_(None), column <= as_of)
        return list(session.scalars(stmt.order_by(column, model.id)).unique())

    charges = rows(DetentionCharge, DetentionCharge.filed_at)
    hearings = list(
        session.scalars(
            select(DetentionHearing)
            .where(DetentionHearing.case_id == case.id, DetentionHearing.voided_at.is_(None))
            .order_by(DetentionHearing.held_at, DetentionHearing.id)
        )
    )
    visits = rows(ConsularVisit, ConsularVisit.requested_at)
    notes = rows(NoteVerbale, NoteVerbale.sent_at)
    result = []
    for d in detentions:
        mine = [c for c in charges if c.detention_id == d.id]
        listed = [c for c in mine if shown or not c.restricted]
        charge_lines = []
        for c in listed:
            status = c.status.label.lower()
            if c.status != ChargeStatus.PENDING and c.status_at is not None:
                status = reports.words.tr("{status} {date}", "a charge's status and its date").format(
                    status=status, date=_day(c.status_at)
                )
            line = reports.words.tr("{charge} ({status}; filed {date})").format(
                charge=clean(c.text), status=status, date=_day(c.filed_at)
            )
            charge_lines.append(line)
        own_hearings = [h for h in hearings if h.detention_id == d.id and (shown or not h.restricted)]
        held = [h for h in own_hearings if as_utc(h.held_at) <= as_of]
        coming = [h for h in own_hearings if as_utc(h.held_at) > as_of]
        last = held[-1] if held else None
        next_at = None
        if coming:
            next_at = as_utc(coming[0].held_at)
        elif last is not None and last.next_at is not None and as_utc(last.next_at) > as_of:
            next_at = as_utc(last.next_at)
        made = [
            v
            for v in visits
            if v.detention_id == d.id
            and v.decision == VisitDecision.GRANTED
            and v.visit_at is not None
            and as_utc(v.visit_at) <= as_of
        ]
        last_visit = max(made, key=lambda v: v.visit_at) if made else None
        welfare = None
        if last_visit is not None:
            welfare = withheld() if last_visit.restricted and not shown else clean(last_visit.welfare_observed)
        open_requests = []
        for v in visits:
            if v.detention_id == d.id and v.decision == VisitDecision.PENDING:
                days = whole_days(v.requested_at, as_of)
                what = (
                    reports.words.tr("Consular visit request (restricted)")
                    if v.restricted and not shown
                    else reports.words.tr("Consular visit request")
                )
                open_requests.append(BriefOpenRequest(what, as_utc(v.requested_at), days, days >= visit_days))
        for n in notes:
            answered = n.answered_at is not None and as_utc(n.answered_at) <= as_of
            if n.detention_id == d.id and not answered:
                days = whole_days(n.sent_at, as_of)
                what = (
                    reports.words.tr("Note verbale (restricted)")
                    if n.restricted and not shown
                    else reports.words.tr("Note verbale {reference}").format(reference=clean(n.reference))
                )
                open_requests.append(BriefOpenRequest(what, as_utc(n.sent_at), days, days >= note_days))
        open_requests.sort(key=lambda r: r.since)
        lawyer = None
        if d.lawyer_name:
            parts = [d.lawyer_name, d.lawyer_firm, None if redact else d.lawyer_phone]
            lawyer = clean(", ".join(p for p in parts if p))
        result.append(
            BriefDetainee(
                name=clean(d.person.full_name),
                authority=clean(d.authority),
                place=clean(d.place),
                place_since=as_utc(d.place_since) if d.place_since else None,
                lawyer=lawyer,
                charges=charge_lines,
                charges_withheld=len(mine) - len(listed),
                last_hearing_at=as_utc(last.held_at) if last else None,
                last_hearing=(
                    clean(last.court) + ": " + (clean(last.outcome) or reports.words.tr("no outcome recorded"))
                )
                if last
                else None,
                next_hearing_at=next_at,
                last_visit_at=as_utc(last_visit.visit_at) if last_visit else None,
                last_visit_welfare=welfare,
                open_requests=open_requests,
            )
        )
    return result


def _day(at: datetime) -> str:
    """'10 Jul 2025', month in the brief's language."""
    return reports.words.stamp(as_utc(at), "%d %b %Y")
