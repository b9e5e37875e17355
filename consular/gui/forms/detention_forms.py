"""The Detention tab's forms as plain data: a charge, a hearing, a consular visit request and a
note verbale as typed, what an edit changes, how a stale save is moved onto the stored version
(the shared ``_EditForm`` of :mod:`consular.gui.forms.record_forms`), and the checks that need
no database, each naming the field the service names (:mod:`consular.services.detention`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from consular.domain import validation as v
from consular.domain.enums import ChargeStatus, VisitDecision
from consular.domain.errors import ValidationError
from consular.gui.forms.record_forms import _collect, _EditForm
from consular.i18n import QT_TRANSLATE_NOOP, translate
from consular.services.detention_views import ChargeView, HearingView, NoteView, VisitView

# Whole sentences per outcome (a label dropped into a sentence reads wrong in French and Hindi).
_CHARGE_WHEN = {
    ChargeStatus.DROPPED: QT_TRANSLATE_NOOP("gui.forms.detention_forms", "Say when the charge was dropped."),
    ChargeStatus.CONVICTED: QT_TRANSLATE_NOOP("gui.forms.detention_forms", "Say when the charge was convicted."),
    ChargeStatus.ACQUITTED: QT_TRANSLATE_NOOP("gui.forms.detention_forms", "Say when the charge was acquitted."),
}
_DECISION_WHEN = {
    VisitDecision.GRANTED: QT_TRANSLATE_NOOP("gui.forms.detention_forms", "Say when the request was granted."),
    VisitDecision.REFUSED: QT_TRANSLATE_NOOP("gui.forms.detention_forms", "Say when the request was refused."),
    VisitDecision.NO_ANSWER: QT_TRANSLATE_NOOP(
        "gui.forms.detention_forms", "Say when the request was no answer (closed)."
    ),
}
_NOTE_REQUIRED = (
    ("reference", QT_TRANSLATE_NOOP("gui.forms.detention_forms", "Give its reference number.")),
    ("addressed_to", QT_TRANSLATE_NOOP("gui.forms.detention_forms", "Give to whom.")),
    ("subject", QT_TRANSLATE_NOOP("gui.forms.detention_forms", "Give its subject.")),
)
_SLACK = 15 * 60  # seconds: "now" typed a minute late is not the future


def _minute(value: datetime | None) -> datetime | None:
    return value.replace(second=0, microsecond=0) if value is not None else None


def _future(value: datetime | None, now: datetime | None) -> bool:
    return value is not None and now is not None and (value - now).total_seconds() > _SLACK


@dataclass(frozen=True)
class ChargeForm(_EditForm):
    FIELDS: ClassVar[tuple[str, ...]] = ("text", "filed_at", "status", "status_at", "restricted")

    text: str = ""
    filed_at: datetime | None = None
    status: ChargeStatus = ChargeStatus.PENDING
    status_at: datetime | None = None
    restricted: bool = False

    @classmethod
    def from_view(cls, c: ChargeView) -> ChargeForm:
        return cls(
            text=c.text,
            filed_at=_minute(c.filed_at),
            status=c.status or ChargeStatus.PENDING,
            status_at=_minute(c.status_at),
            restricted=c.restricted,
        )

    def validate(self, *, now: datetime | None = None) -> list[ValidationError]:
        errors: list[ValidationError] = []
        if not self.text:
            errors.append(ValidationError("text", translate("gui.forms.detention_forms", "Say what the charge is.")))
        _collect(errors, v.clean_text, self.text, "text", max_length=2_000, multiline=True)
        if self.filed_at is None:
            errors.append(
                ValidationError(
                    "filed_at", translate("gui.forms.detention_forms", "Give the date the charge was filed.")
                )
            )
        elif _future(self.filed_at, now):
            errors.append(
                ValidationError(
                    "filed_at",
                    translate(
                        "gui.forms.detention_forms", "The charge's filing date is in the future; check the date."
                    ),
                )
            )
        if self.status != ChargeStatus.PENDING and self.status_at is None:
            errors.append(
                ValidationError(
                    "status_at", translate("gui.forms.detention_forms", _CHARGE_WHEN[ChargeStatus(self.status)])
                )
            )
        if self.status_at is not None and self.filed_at is not None and self.status_at < self.filed_at:
            errors.append(
                ValidationError(
                    "status_at",
                    translate("gui.forms.detention_forms", "The status date is before the charge was filed."),
                )
            )
        return errors


@dataclass(frozen=True)
class HearingForm(_EditForm):
    FIELDS: ClassVar[tuple[str, ...]] = ("held_at", "court", "outcome", "next_at", "restricted")

    held_at: datetime | None = None
    court: str = ""
    outcome: str = ""
    next_at: datetime | None = None
    restricted: bool = False

    @classmethod
    def from_view(cls, h: HearingView) -> HearingForm:
        return cls(
            held_at=_minute(h.held_at),
            court=h.court,
            outcome=h.outcome or "",
            next_at=_minute(h.next_at),
            restricted=h.restricted,
        )

    def validate(self, *, now: datetime | None = None) -> list[ValidationError]:
        errors: list[ValidationError] = []
        if self.held_at is None:
            errors.append(
                ValidationError("held_at", translate("gui.forms.detention_forms", "Give the hearing's date."))
            )
        if not self.court:
            errors.append(ValidationError("court", translate("gui.forms.detention_forms", "Name the court.")))
        _collect(errors, v.clean_text, self.court, "court", max_length=300)
        if self.held_at is not None and self.next_at is not None and self.next_at < self.held_at:
            errors.append(
                ValidationError(
                    "next_at",
                    translate(
                        "gui.forms.detention_forms",
                        "The next hearing ({next}) is before this hearing ({held}); check both dates.",
                    ).format(next=f"{self.next_at:%Y-%m-%d}", held=f"{self.held_at:%Y-%m-%d}"),
                )
            )
        if self.outcome and _future(self.held_at, now):
            errors.append(
                ValidationError(
                    "outcome",
                    translate(
                        "gui.forms.detention_forms", "The hearing is still to come: record its outcome once held."
                    ),
                )
            )
        return errors


@dataclass(frozen=True)
class VisitForm(_EditForm):
    FIELDS: ClassVar[tuple[str, ...]] = (
        "requested_at",
        "note_id",
        "decision",
        "decided_at",
        "visit_at",
        "visited_by",
        "findings",
        "welfare_observed",
        "restricted",
    )

    requested_at: datetime | None = None
    note_id: int | None = None
    decision: VisitDecision = VisitDecision.PENDING
    decided_at: datetime | None = None
    visit_at: datetime | None = None
    visited_by: str = ""
    findings: str = ""
    welfare_observed: str = ""
    restricted: bool = False

    @classmethod
    def from_view(cls, r: VisitView) -> VisitForm:
        return cls(
            requested_at=_minute(r.requested_at),
            note_id=r.note_id,
            decision=r.decision or VisitDecision.PENDING,
            decided_at=_minute(r.decided_at),
            visit_at=_minute(r.visit_at),
            visited_by=r.visited_by or "",
            findings=r.findings or "",
            welfare_observed=r.welfare_observed or "",
            restricted=r.restricted,
        )

    @property
    def granted(self) -> bool:
        return self.decision == VisitDecision.GRANTED

    def validate(self, *, now: datetime | None = None) -> list[ValidationError]:
        errors: list[ValidationError] = []
        if self.requested_at is None:
            errors.append(
                ValidationError("requested_at", translate("gui.forms.detention_forms", "Give the date of the request."))
            )
        elif _future(self.requested_at, now):
            errors.append(
                ValidationError(
                    "requested_at",
                    translate("gui.forms.detention_forms", "The request's date is in the future; check the date."),
                )
            )
        pending = self.decision == VisitDecision.PENDING
        if not pending and self.decided_at is None:
            errors.append(
                ValidationError(
                    "decided_at", translate("gui.forms.detention_forms", _DECISION_WHEN[VisitDecision(self.decision)])
                )
            )
        if self.decided_at is not None and self.requested_at is not None and self.decided_at < self.requested_at:
            errors.append(
                ValidationError(
                    "decided_at",
                    translate(
                        "gui.forms.detention_forms",
                        "The decision ({decided}) is dated before the request ({requested}); check both.",
                    ).format(decided=f"{self.decided_at:%Y-%m-%d}", requested=f"{self.requested_at:%Y-%m-%d}"),
                )
            )
        if not self.granted and (self.visit_at or self.visited_by or self.findings or self.welfare_observed):
            errors.append(
                ValidationError(
                    "visit_at",
                    translate(
                        "gui.forms.detention_forms",
                        "A visit is recorded only on a granted request; choose Granted first.",
                    ),
                )
            )
        if (self.findings or self.welfare_observed) and (self.visit_at is None or _future(self.visit_at, now)):
            errors.append(
                ValidationError(
                    "findings",
                    translate(
                        "gui.forms.detention_forms", "Findings and welfare are recorded after the visit: give its date."
                    ),
                )
            )
        return errors


@dataclass(frozen=True)
class NoteForm(_EditForm):
    FIELDS: ClassVar[tuple[str, ...]] = (
        "reference",
        "sent_at",
        "addressed_to",
        "subject",
        "answered_at",
        "answer_summary",
        "restricted",
    )

    reference: str = ""
    sent_at: datetime | None = None
    addressed_to: str = ""
    subject: str = ""
    answered_at: datetime | None = None
    answer_summary: str = ""
    restricted: bool = False

    @classmethod
    def from_view(cls, n: NoteView) -> NoteForm:
        return cls(
            reference=n.reference,
            sent_at=_minute(n.sent_at),
            addressed_to=n.addressed_to,
            subject=n.subject,
            answered_at=_minute(n.answered_at),
            answer_summary=n.answer_summary or "",
            restricted=n.restricted,
        )

    def validate(self, *, now: datetime | None = None) -> list[ValidationError]:
        errors: list[ValidationError] = []
        for name, message in _NOTE_REQUIRED:
            if not getattr(self, name):
                errors.append(ValidationError(name, translate("gui.forms.detention_forms", message)))
        if self.sent_at is None:
            errors.append(
                ValidationError("sent_at", translate("gui.forms.detention_forms", "Give the date it was sent."))
            )
        if self.answered_at is not None:
            if self.sent_at is not None and self.answered_at < self.sent_at:
                errors.append(
                    ValidationError(
                        "answered_at",
                        translate("gui.forms.detention_forms", "The answer is dated before the note was sent."),
                    )
                )
            if not self.answer_summary:
                errors.append(
                    ValidationError(
                        "answer_summary",
                        translate("gui.forms.detention_forms", "Say what the answer said (a line is enough)."),
                    )
                )
        elif self.answer_summary:
            errors.append(
                ValidationError(
                    "answered_at",
                    translate("gui.forms.detention_forms", "Give the date of the answer as well as what it said."),
                )
            )
        return errors


__all__ = ["ChargeForm", "HearingForm", "NoteForm", "VisitForm"]
