"""What the detention services return: plain views of a detained national's record, charges,
hearings, consular visits and notes verbales (see :mod:`consular.services.detention`), and
the functions that make them from the ORM rows. A restricted record read by someone outside
the case team keeps only its date (``withheld``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from consular.db.detention_models import (
    ConsularVisit,
    Detention,
    DetentionCharge,
    DetentionHearing,
    DetentionPlace,
    NoteVerbale,
)
from consular.domain.enums import ChargeStatus, VisitDecision
from consular.domain.timeutil import whole_days
from consular.i18n import translate
from consular.reports.words import stamp
from consular.services.convert import WITHHELD
from consular.services.views import JsonMixin

# --- views ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlaceView(JsonMixin):
    place: str
    since: datetime | None


@dataclass(frozen=True)
class DetentionView(JsonMixin):
    """A detained national: by whom, where (and where before), and their lawyer."""

    id: int
    case_id: int
    person_id: int
    person_name: str
    authority: str | None
    place: str | None
    place_since: datetime | None
    lawyer_name: str | None
    lawyer_firm: str | None
    lawyer_phone: str | None
    lawyer_appointed_at: datetime | None
    version: int
    #: Every place recorded, oldest first (the last is the current one).
    places: list[PlaceView] = field(default_factory=list)

    def lawyer_text(self) -> str:
        if not self.lawyer_name:
            return translate("services.detention_views", "no lawyer recorded")
        parts = [self.lawyer_name]
        if self.lawyer_firm:
            parts.append(self.lawyer_firm)
        if self.lawyer_phone:
            parts.append(self.lawyer_phone)
        text = ", ".join(parts)
        if self.lawyer_appointed_at is None:
            return text
        return translate("services.detention_views", "{lawyer} (appointed {day})").format(
            lawyer=text, day=stamp(self.lawyer_appointed_at, "%d %b %Y")
        )


@dataclass(frozen=True)
class _RecordView(JsonMixin):
    id: int
    case_id: int
    detention_id: int
    person_id: int
    person_name: str
    restricted: bool
    version: int
    recorded_by: str
    recorded_by_id: int | None
    recorded_at: datetime
    voided_at: datetime | None
    void_reason: str | None
    #: Restricted, and the reader is not on the case team: only the date is real.
    withheld: bool


@dataclass(frozen=True)
class ChargeView(_RecordView):
    text: str
    filed_at: datetime
    status: ChargeStatus | None
    status_at: datetime | None


@dataclass(frozen=True)
class HearingView(_RecordView):
    held_at: datetime
    court: str
    outcome: str | None
    next_at: datetime | None
    #: The date passed and no outcome is recorded.
    overdue: bool = False


@dataclass(frozen=True)
class NoteView(_RecordView):
    reference: str
    sent_at: datetime
    addressed_to: str
    subject: str
    answered_at: datetime | None
    answer_summary: str | None
    #: Unanswered after ``Settings.note_answer_days`` days.
    overdue: bool = False
    days_waiting: int | None = None


@dataclass(frozen=True)
class VisitView(_RecordView):
    requested_at: datetime
    note_id: int | None
    note_reference: str | None
    decision: VisitDecision | None
    decided_at: datetime | None
    visit_at: datetime | None
    visited_by: str | None
    findings: str | None
    welfare_observed: str | None
    #: No decision after ``Settings.visit_answer_days`` days.
    overdue: bool = False
    days_waiting: int | None = None

    @property
    def visited(self) -> bool:
        return self.visit_at is not None and self.decision == VisitDecision.GRANTED


@dataclass(frozen=True)
class DetentionFile(JsonMixin):
    """Everything recorded about the detention in one case (each list oldest first)."""

    reference: str
    detentions: list[DetentionView]
    charges: list[ChargeView]
    hearings: list[HearingView]
    visits: list[VisitView]
    notes: list[NoteView]
    #: The reader sees restricted content of this case.
    team: bool
    visit_answer_days: int
    note_answer_days: int

    def standing(self, rows):
        return [r for r in rows if r.voided_at is None]


# --- making them ---


def record_base(row, detention: Detention, *, withheld: bool) -> dict:
    return {
        "id": row.id,
        "case_id": row.case_id,
        "detention_id": row.detention_id,
        "person_id": detention.person_id,
        "person_name": detention.person.full_name,
        "restricted": row.restricted,
        "version": row.version,
        "recorded_by": WITHHELD if withheld else row.recorded_by.display_name,
        "recorded_by_id": None if withheld else row.recorded_by_id,
        "recorded_at": row.recorded_at,
        "voided_at": row.voided_at,
        "void_reason": None if withheld else row.void_reason,
        "withheld": withheld,
    }


def detention_view(session: Session, d: Detention) -> DetentionView:
    places = session.scalars(
        select(DetentionPlace).where(DetentionPlace.detention_id == d.id).order_by(DetentionPlace.id)
    )
    return DetentionView(
        id=d.id,
        case_id=d.case_id,
        person_id=d.person_id,
        person_name=d.person.full_name,
        authority=d.authority,
        place=d.place,
        place_since=d.place_since,
        lawyer_name=d.lawyer_name,
        lawyer_firm=d.lawyer_firm,
        lawyer_phone=d.lawyer_phone,
        lawyer_appointed_at=d.lawyer_appointed_at,
        version=d.version,
        places=[PlaceView(p.place, p.since) for p in places],
    )


def charge_view(row: DetentionCharge, d: Detention, *, withheld: bool) -> ChargeView:
    return ChargeView(
        **record_base(row, d, withheld=withheld),
        text=WITHHELD if withheld else row.text,
        filed_at=row.filed_at,
        status=None if withheld else row.status,
        status_at=None if withheld else row.status_at,
    )


def hearing_view(row: DetentionHearing, d: Detention, *, now: datetime, withheld: bool) -> HearingView:
    return HearingView(
        **record_base(row, d, withheld=withheld),
        held_at=row.held_at,
        court=WITHHELD if withheld else row.court,
        outcome=None if withheld else row.outcome,
        next_at=None if withheld else row.next_at,
        overdue=row.voided_at is None and row.outcome_recorded_at is None and row.held_at < now,
    )


def note_view(row: NoteVerbale, d: Detention, *, now: datetime, answer_days: int, withheld: bool) -> NoteView:
    waiting = whole_days(row.sent_at, now) if row.answered_at is None else None
    return NoteView(
        **record_base(row, d, withheld=withheld),
        reference=WITHHELD if withheld else row.reference,
        sent_at=row.sent_at,
        addressed_to=WITHHELD if withheld else row.addressed_to,
        subject=WITHHELD if withheld else row.subject,
        answered_at=row.answered_at,
        answer_summary=None if withheld else row.answer_summary,
        overdue=row.voided_at is None and waiting is not None and waiting >= answer_days,
        days_waiting=waiting,
    )


def visit_view(row: ConsularVisit, d: Detention, *, now: datetime, answer_days: int, withheld: bool) -> VisitView:
    pending = row.decision == VisitDecision.PENDING
    waiting = whole_days(row.requested_at, now) if pending else None
    return VisitView(
        **record_base(row, d, withheld=withheld),
        requested_at=row.requested_at,
        note_id=None if withheld else row.note_id,
        note_reference=None if withheld or row.note is None else row.note.reference,
        decision=row.decision,
        decided_at=row.decided_at,
        visit_at=None if withheld else row.visit_at,
        visited_by=None if withheld else row.visited_by,
        findings=None if withheld else row.findings,
        welfare_observed=None if withheld else row.welfare_observed,
        overdue=row.voided_at is None and waiting is not None and waiting >= answer_days,
        days_waiting=waiting,
    )
