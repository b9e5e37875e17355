"""The Detention tab's add/edit dialogs: the detention facts, a charge, a hearing, a consular
visit request (its decision and the visit) and a note verbale (its answer).

Each dialog shows a Qt-free form (:mod:`consular.gui.forms.detention_forms`), checks it
before saving, saves through :mod:`consular.services.detention` off the GUI thread, and on a
stale save offers Reload: the record as stored now, with the typing kept on top of it and
what the other person changed shown in the conflict panel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from consular.domain.enums import ChargeStatus, VisitDecision
from consular.domain.errors import ValidationError
from consular.gui import ops
from consular.gui.conflicts import diff_records
from consular.gui.form_rows import enum_combo, select_data
from consular.gui.forms.detention_forms import ChargeForm, HearingForm, NoteForm, VisitForm
from consular.gui.times import TimeDisplay, ZonedDateTimeEdit
from consular.gui.workspace.forms import FormDialog, day_text, text_or_none
from consular.i18n import QT_TRANSLATE_NOOP
from consular.services import detention

RESTRICTED_TEXT = QT_TRANSLATE_NOOP("detention_dialogs", "Restricted — only the case team reads it")


def _date_field(dialog: FormDialog, times: TimeDisplay, label: str, field: str) -> ZonedDateTimeEdit:
    edit = ZonedDateTimeEdit(times.case_zone, times.mode, label, field=field)
    dialog.add_field(label, edit, field)
    return edit


def _optional(edit: ZonedDateTimeEdit):
    """The instant typed, None for an empty field (a half-typed one raises its ValidationError)."""
    return edit.value() if edit.edit.text().strip() else None


def _set(edit: ZonedDateTimeEdit, value) -> None:
    if value is not None:
        edit.set_value(value)
    else:
        edit.edit.clear()


def _person_combo(nationals) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(QCoreApplication.translate("detention_dialogs", "National"))
    for person_id, name in nationals:
        combo.addItem(name, person_id)
    return combo


class _RecordDialog(FormDialog):
    """What the four record dialogs share: the national (new records), the restricted box, the
    form's own checks, saving new or changed, and Reload after a stale save."""

    FORM: type = ChargeForm
    WHAT = "record"

    def __init__(self, ctx, reference: str, record, *, nationals, times: TimeDisplay, title: str, save: str, parent):
        super().__init__(title, parent, icon_name="calendar", save_text=save)
        self.ctx, self.reference, self.record, self.times = ctx, reference, record, times
        self.person = None
        if record is None and len(nationals) > 1:
            self.person = self.add_field(self.tr("National"), _person_combo(nationals), "person_id")
        self._nationals = nationals

    def _restricted_box(self) -> QCheckBox:
        box = QCheckBox(QCoreApplication.translate("detention_dialogs", RESTRICTED_TEXT))
        box.setAccessibleName(self.tr("Restricted"))
        self.add_field("", box, "restricted", accessible=self.tr("Restricted"))
        return box

    def person_id(self):
        if self.person is not None:
            return self.person.currentData()
        return self._nationals[0][0] if self._nationals else None

    def validate(self):
        try:
            form = self.current_form()
        except ValidationError as exc:
            return [exc]
        return form.validate(now=self.ctx.now())

    def prepare(self):
        form = self.current_form()
        ctx, ref, loaded = self.ctx, self.reference, self.record
        if loaded is None:
            return self.create(ctx, ref, self.person_id(), form)
        changes = form.changes(loaded)
        edit = self.edit_function()

        def work():
            if not changes:
                return loaded
            return edit(ctx, loaded.id, expected_version=loaded.version, **changes)

        return work

    def reload_stored(self, show_changes) -> None:
        ctx, ref, loaded = self.ctx, self.reference, self.record
        kind = self.KIND

        def find(file):
            return next((r for r in getattr(file, kind) if r.id == loaded.id), None)

        def reloaded(stored) -> None:
            if stored is None:
                return
            try:
                mine = self.current_form()
            except ValidationError:
                mine = self.FORM.from_view(loaded)
            merged, both = mine.rebase(loaded, stored)
            self.record = stored
            self.show_form(merged)
            show_changes(diff_records(loaded, stored, self.FORM.FIELDS), kept=both)

        ops.query(self, lambda: find(detention.detention_file(ctx, ref, include_voided=True)), reloaded)


class ChargeDialog(_RecordDialog):
    FORM, KIND = ChargeForm, "charges"

    def __init__(self, ctx, reference, charge=None, *, nationals, times, parent=None):
        super().__init__(
            ctx, reference, charge, nationals=nationals, times=times, parent=parent,
            title=self.tr("Edit charge") if charge else self.tr("Record a charge"),
            save=self.tr("Save") if charge else self.tr("Record charge"),
        )  # fmt: skip
        self.text = self.add_field(self.tr("Charge"), QPlainTextEdit(), "text", accessible=self.tr("Charge"))
        self.text.setMinimumHeight(70)
        self.filed = _date_field(self, times, self.tr("Filed on"), "filed_at")
        self.status = self.add_field(self.tr("Status"), enum_combo(ChargeStatus, self.tr("Status")), "status")
        self.status_at = _date_field(self, times, self.tr("Status since"), "status_at")
        self.restricted = self._restricted_box()
        if charge is not None:
            self.show_form(ChargeForm.from_view(charge))
        else:
            self.filed.set_value(ctx.now().replace(second=0, microsecond=0))
        self.text.setFocus()

    def show_form(self, form: ChargeForm) -> None:
        self.text.setPlainText(form.text)
        _set(self.filed, form.filed_at)
        select_data(self.status, form.status)
        _set(self.status_at, form.status_at)
        self.restricted.setChecked(form.restricted)

    def current_form(self) -> ChargeForm:
        return ChargeForm(
            text=self.text.toPlainText(),
            filed_at=_optional(self.filed),
            status=ChargeStatus(self.status.currentData()),
            status_at=_optional(self.status_at),
            restricted=self.restricted.isChecked(),
        )

    def create(self, ctx, ref, person_id, f: ChargeForm):
        values = {"text": f.text, "filed_at": f.filed_at, "status": f.status, "status_at": f.status_at}
        return lambda: detention.record_charge(ctx, ref, person_id, restricted=f.restricted, **values)

    def edit_function(self):
        return detention.edit_charge


class HearingDialog(_RecordDialog):
    FORM, KIND = HearingForm, "hearings"

    def __init__(self, ctx, reference, hearing=None, *, nationals, times, parent=None):
        super().__init__(
            ctx, reference, hearing, nationals=nationals, times=times, parent=parent,
            title=self.tr("Edit hearing") if hearing else self.tr("Record a hearing"),
            save=self.tr("Save") if hearing else self.tr("Record hearing"),
        )  # fmt: skip
        self.held = _date_field(self, times, self.tr("Date"), "held_at")
        self.court = self.add_field(self.tr("Court"), QLineEdit(), "court", accessible=self.tr("Court"))
        self.outcome = self.add_field(self.tr("Outcome"), QPlainTextEdit(), "outcome", accessible=self.tr("Outcome"))
        self.outcome.setPlaceholderText(self.tr("Once the hearing is held: what was decided"))
        self.outcome.setMinimumHeight(70)
        self.next = _date_field(self, times, self.tr("Next hearing"), "next_at")
        self.restricted = self._restricted_box()
        if hearing is not None:
            self.show_form(HearingForm.from_view(hearing))
        (self.outcome if hearing is not None else self.court).setFocus()

    def show_form(self, form: HearingForm) -> None:
        _set(self.held, form.held_at)
        self.court.setText(form.court)
        self.outcome.setPlainText(form.outcome)
        _set(self.next, form.next_at)
        self.restricted.setChecked(form.restricted)

    def current_form(self) -> HearingForm:
        return HearingForm(
            held_at=_optional(self.held),
            court=self.court.text(),
            outcome=self.outcome.toPlainText(),
            next_at=_optional(self.next),
            restricted=self.restricted.isChecked(),
        )

    def create(self, ctx, ref, person_id, f: HearingForm):
        values = {"held_at": f.held_at, "court": f.court, "outcome": text_or_none(f.outcome), "next_at": f.next_at}
        return lambda: detention.record_hearing(ctx, ref, person_id, restricted=f.restricted, **values)

    def edit_function(self):
        return detention.edit_hearing


class VisitDialog(_RecordDialog):
    """A consular visit request; editing it records the decision and then the visit."""

    FORM, KIND = VisitForm, "visits"

    def __init__(self, ctx, reference, visit=None, *, nationals, notes, times, parent=None):
        super().__init__(
            ctx, reference, visit, nationals=nationals, times=times, parent=parent,
            title=self.tr("Consular visit") if visit else self.tr("Request a consular visit"),
            save=self.tr("Save") if visit else self.tr("Record request"),
        )  # fmt: skip
        self.requested = _date_field(self, times, self.tr("Requested on"), "requested_at")
        self.note = self.add_field(
            self.tr("By note verbale"), QComboBox(), "note_id", accessible=self.tr("By note verbale")
        )
        self.note.addItem(self.tr("— none —"), None)
        for n in notes:
            if not n.withheld:
                self.note.addItem(f"{n.reference} ({day_text(n.sent_at)})", n.id)
        self.decision = self.add_field(self.tr("Decision"), enum_combo(VisitDecision, self.tr("Decision")), "decision")
        self.decided = _date_field(self, times, self.tr("Decided on"), "decided_at")
        self.visit_at = _date_field(self, times, self.tr("Visit on"), "visit_at")
        self.visited_by = self.add_field(
            self.tr("Visited by"), QLineEdit(), "visited_by", accessible=self.tr("Visited by")
        )
        self.findings = self.add_field(
            self.tr("Findings"), QPlainTextEdit(), "findings", accessible=self.tr("Findings")
        )
        self.welfare = self.add_field(
            self.tr("Welfare observed"), QPlainTextEdit(), "welfare_observed", accessible=self.tr("Welfare observed")
        )
        for box in (self.findings, self.welfare):
            box.setMinimumHeight(60)
        self.restricted = self._restricted_box()
        if visit is not None:
            self.show_form(VisitForm.from_view(visit))
        else:
            self.requested.set_value(ctx.now().replace(second=0, microsecond=0))
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self._decision_changed()
        (self.decision if visit is not None else self.requested).setFocus()

    def _decision_changed(self) -> None:
        decided = self.decision.currentData() != VisitDecision.PENDING.value
        granted = self.decision.currentData() == VisitDecision.GRANTED.value
        self.decided.setEnabled(decided)
        for widget in (self.visit_at, self.visited_by, self.findings, self.welfare):
            widget.setEnabled(granted)

    def show_form(self, form: VisitForm) -> None:
        _set(self.requested, form.requested_at)
        if form.note_id is not None and self.note.findData(form.note_id) < 0:
            self.note.addItem(self.tr("Note verbale #{number}").format(number=form.note_id), form.note_id)
        select_data(self.note, form.note_id)
        select_data(self.decision, form.decision)
        _set(self.decided, form.decided_at)
        _set(self.visit_at, form.visit_at)
        self.visited_by.setText(form.visited_by)
        self.findings.setPlainText(form.findings)
        self.welfare.setPlainText(form.welfare_observed)
        self.restricted.setChecked(form.restricted)

    def current_form(self) -> VisitForm:
        decision = VisitDecision(self.decision.currentData())
        granted = decision == VisitDecision.GRANTED
        return VisitForm(
            requested_at=_optional(self.requested),
            note_id=self.note.currentData(),
            decision=decision,
            decided_at=_optional(self.decided) if decision != VisitDecision.PENDING else None,
            visit_at=_optional(self.visit_at) if granted else None,
            visited_by=self.visited_by.text() if granted else "",
            findings=self.findings.toPlainText() if granted else "",
            welfare_observed=self.welfare.toPlainText() if granted else "",
            restricted=self.restricted.isChecked(),
        )

    def create(self, ctx, ref, person_id, f: VisitForm):
        request = {"requested_at": f.requested_at, "note_id": f.note_id, "restricted": f.restricted}
        decided = f.decision != VisitDecision.PENDING
        outcome = {
            k: (None if val == "" else val)
            for k, val in {
                "decision": f.decision,
                "decided_at": f.decided_at,
                "visit_at": f.visit_at,
                "visited_by": f.visited_by,
                "findings": f.findings,
                "welfare_observed": f.welfare_observed,
            }.items()
        }

        def work():
            made = detention.request_visit(ctx, ref, person_id, **request)
            if not decided:
                return made
            return detention.edit_visit(ctx, made.id, expected_version=made.version, **outcome)

        return work

    def edit_function(self):
        return detention.edit_visit


class NoteDialog(_RecordDialog):
    """A note verbale; editing it records its answer."""

    FORM, KIND = NoteForm, "notes"

    def __init__(self, ctx, reference, note=None, *, nationals, times, parent=None):
        super().__init__(
            ctx, reference, note, nationals=nationals, times=times, parent=parent,
            title=self.tr("Note verbale") if note else self.tr("Record a note verbale"),
            save=self.tr("Save") if note else self.tr("Record note"),
        )  # fmt: skip
        self.ref = self.add_field(
            self.tr("Reference"), QLineEdit(), "reference", accessible=self.tr("Note reference number")
        )
        self.ref.setPlaceholderText(self.tr("e.g. NV/LFW/2025/114"))
        self.sent = _date_field(self, times, self.tr("Sent on"), "sent_at")
        self.to = self.add_field(self.tr("To"), QLineEdit(), "addressed_to", accessible=self.tr("Addressed to"))
        self.subject = self.add_field(self.tr("Subject"), QLineEdit(), "subject", accessible=self.tr("Subject"))
        self.answered = _date_field(self, times, self.tr("Answered on"), "answered_at")
        self.answer = self.add_field(
            self.tr("Answer"), QPlainTextEdit(), "answer_summary", accessible=self.tr("What the answer said")
        )
        self.answer.setMinimumHeight(60)
        self.restricted = self._restricted_box()
        if note is not None:
            self.show_form(NoteForm.from_view(note))
        else:
            self.sent.set_value(ctx.now().replace(second=0, microsecond=0))
        (self.answered if note is not None else self.ref).setFocus()

    def show_form(self, form: NoteForm) -> None:
        self.ref.setText(form.reference)
        _set(self.sent, form.sent_at)
        self.to.setText(form.addressed_to)
        self.subject.setText(form.subject)
        _set(self.answered, form.answered_at)
        self.answer.setPlainText(form.answer_summary)
        self.restricted.setChecked(form.restricted)

    def current_form(self) -> NoteForm:
        return NoteForm(
            reference=self.ref.text(),
            sent_at=_optional(self.sent),
            addressed_to=self.to.text(),
            subject=self.subject.text(),
            answered_at=_optional(self.answered),
            answer_summary=self.answer.toPlainText(),
            restricted=self.restricted.isChecked(),
        )

    def create(self, ctx, ref, person_id, f: NoteForm):
        values = {"note_reference": f.reference, "sent_at": f.sent_at, "addressed_to": f.addressed_to}
        answer = {"answered_at": f.answered_at, "answer_summary": text_or_none(f.answer_summary)}

        def work():
            made = detention.send_note(ctx, ref, person_id, subject=f.subject, restricted=f.restricted, **values)
            if f.answered_at is None:
                return made
            return detention.edit_note(ctx, made.id, expected_version=made.version, **answer)

        return work

    def edit_function(self):
        return detention.edit_note


class FactsDialog(FormDialog):
    """The detention facts of one national: the authority, the place (a new place is a
    transfer, dated), the lawyer."""

    def __init__(self, ctx, reference, facts, *, nationals, times, parent=None):
        super().__init__(self.tr("Detention facts"), parent, icon_name="calendar", save_text=self.tr("Save facts"))
        self.ctx, self.reference, self.facts = ctx, reference, facts
        self.person = None
        if facts is None and len(nationals) > 1:
            self.person = self.add_field(self.tr("National"), _person_combo(nationals), "person_id")
        self._nationals = nationals
        self.authority = self.add_field(
            self.tr("Detaining authority"), QLineEdit(), "authority", accessible=self.tr("Authority")
        )
        self.place = self.add_field(self.tr("Place of detention"), QLineEdit(), "place", accessible=self.tr("Place"))
        self.since = _date_field(self, times, self.tr("There since"), "place_since")
        self.lawyer = self.add_field(self.tr("Lawyer"), QLineEdit(), "lawyer_name", accessible=self.tr("Lawyer's name"))
        self.firm = self.add_field(self.tr("Firm"), QLineEdit(), "lawyer_firm", accessible=self.tr("Lawyer's firm"))
        self.phone = self.add_field(self.tr("Phone"), QLineEdit(), "lawyer_phone", accessible=self.tr("Lawyer's phone"))
        self.appointed = _date_field(self, times, self.tr("Appointed on"), "lawyer_appointed_at")
        if facts is not None:
            self.authority.setText(facts.authority or "")
            self.place.setText(facts.place or "")
            _set(self.since, facts.place_since)
            self.lawyer.setText(facts.lawyer_name or "")
            self.firm.setText(facts.lawyer_firm or "")
            self.phone.setText(facts.lawyer_phone or "")
            _set(self.appointed, facts.lawyer_appointed_at)
        else:
            _set(self.since, None)
            _set(self.appointed, None)
        self.authority.setFocus()

    def validate(self):
        problems = []
        for edit in (self.since, self.appointed):
            if edit.edit.text().strip() and edit.problem():
                problems.append(ValidationError(edit.field, edit.problem()))
        return problems

    def prepare(self):
        ctx, ref, facts = self.ctx, self.reference, self.facts
        person_id = facts.person_id if facts else (self.person.currentData() if self.person else None)
        since = _optional(self.since)
        moved = facts is None or (self.place.text().strip() or None) != facts.place
        values = {
            "authority": self.authority.text().strip(),
            "place": self.place.text().strip(),
            "place_since": since if (moved or (facts and since != facts.place_since)) and since else None,
            "lawyer_name": self.lawyer.text().strip(),
            "lawyer_firm": self.firm.text().strip(),
            "lawyer_phone": self.phone.text().strip(),
            "lawyer_appointed_at": _optional(self.appointed) or "",
        }
        version = facts.version if facts else None
        return lambda: detention.set_detention(ctx, ref, person_id, expected_version=version, **values)


__all__ = ["ChargeDialog", "FactsDialog", "HearingDialog", "NoteDialog", "VisitDialog"]
