"""The People tab's dialogs: add or edit a person, record a hostage's status or a proof of
life, add a next of kin or change the agreed contact plan.

The person and next-of-kin dialogs show a Qt-free form (``consular.gui.forms.people_forms``)
that holds their defaults and works out what an edit changes.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from consular.domain.enums import (
    Channel,
    HostageStatus,
    ParticipantRole,
    PolAssessment,
    PolMedium,
    WelfareCondition,
)
from consular.domain.errors import ValidationError
from consular.domain.validation import COUNTRIES
from consular.gui import ops
from consular.gui.conflicts import diff_records
from consular.gui.form_rows import enum_combo, select_data
from consular.gui.forms.new_case import country_name
from consular.gui.forms.people_forms import PERSON_TEXT_ROWS, HostageStatusForm, KinForm, PersonForm
from consular.gui.times import ZonedDateTimeEdit
from consular.gui.workspace.forms import FormDialog, text_or_none, users_combo
from consular.services import cases, people, proof_of_life, welfare
from consular.services.views import LiaisonView, ParticipantView, PersonView, PolQuestionView


def country_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem("—", None)
    for code, country in sorted(((c, country_name(c)) for c in COUNTRIES), key=lambda kv: kv[1].casefold()):
        combo.addItem(f"{country} ({code})", code)
    return combo


def _form_text(text: str) -> str:
    """A label or hint of ``gui.forms.people_forms`` (marked there), in the user's language."""
    return QCoreApplication.translate("gui.forms.people_forms", text) if text else ""


def display_name(person: PersonView) -> str:
    return f"{person.full_name} ({person.name_native})" if person.name_native else person.full_name


# --- dialogs -----------------------------------------------------------------------------


class PersonDialog(FormDialog):
    """Add a person to the case in a role, or edit a person's details (``person=``)."""

    TEXT_FIELDS = PERSON_TEXT_ROWS

    def __init__(
        self,
        ctx,
        reference: str,
        *,
        person: PersonView | None = None,
        role: ParticipantRole = ParticipantRole.HOSTAGE,
        parent=None,
    ):
        title = self.tr("Edit {name}").format(name=person.full_name) if person else self.tr("Add person")
        super().__init__(
            title, parent, icon_name="people", save_text=self.tr("Save") if person else self.tr("Add person")
        )
        self.ctx, self.reference, self.person = ctx, reference, person
        self.role = None
        if person is None:
            self.role = self.add_field(self.tr("Role"), enum_combo(ParticipantRole, self.tr("Role")), "role")
            select_data(self.role, role)
        self.inputs: dict[str, QLineEdit] = {}
        for field, label, placeholder in self.TEXT_FIELDS:
            edit = QLineEdit()
            edit.setPlaceholderText(_form_text(placeholder))
            self.inputs[field] = self.add_field(_form_text(label), edit, field)
            if field == "full_name":
                self.nationality = self.add_field(
                    self.tr("Nationality"), country_combo(self.tr("Nationality")), "nationality"
                )
                select_data(self.nationality, "IN")
        self.medical = self.add_field(self.tr("Medical needs"), QPlainTextEdit(), "medical_needs")
        self.medical.setFixedHeight(60)
        self.notes = self.add_field(self.tr("Notes"), QPlainTextEdit(), "notes")
        self.notes.setFixedHeight(60)
        self.show_form(PersonForm.from_person(person) if person is not None else PersonForm.new(role))
        if person is not None:
            self.inputs["full_name"].setFocus()
        else:
            self.role.setFocus()

    def show_form(self, form: PersonForm) -> None:
        for field, edit in self.inputs.items():
            edit.setText(form.text[field])
        select_data(self.nationality, form.nationality)
        self.medical.setPlainText(form.medical_needs)
        self.notes.setPlainText(form.notes)

    def current_form(self) -> PersonForm:
        """What the widgets hold, as a Qt-free form."""
        return PersonForm(
            text={field: edit.text() for field, edit in self.inputs.items()},
            nationality=self.nationality.currentData(),
            medical_needs=self.medical.toPlainText(),
            notes=self.notes.toPlainText(),
            role=self.role.currentData() if self.role is not None else None,
        )

    def values(self) -> dict:
        return self.current_form().values()

    def validate(self):
        return self.current_form().validate(today=self.ctx.now().date())

    def prepare(self):
        ctx, ref = self.ctx, self.reference
        form = self.current_form()
        if self.person is None:
            role, fields = form.role, form.add_fields()
            return lambda: people.add_person(ctx, ref, role=role, **fields)
        changes = form.changes(self.person)
        person_id, version = self.person.id, self.person.version

        def work():
            if changes:
                people.edit_person(ctx, person_id, expected_version=version, **changes)
            return person_id

        return work

    def reload_stored(self, show_changes) -> None:
        """After a stale save (ConflictPanel's Reload): the person as stored now, the typing
        kept on top of it, and what the other person changed."""
        ctx, ref, loaded = self.ctx, self.reference, self.person

        def reloaded(stored: PersonView | None) -> None:
            if stored is None:
                show_changes([])
                return
            merged, both = self.current_form().rebase(loaded, stored)
            self.person = stored
            self.show_form(merged)
            show_changes(diff_records(loaded, stored), kept=both)

        ops.query(self, lambda: stored_person(ctx, ref, loaded.id), reloaded)


def stored_person(ctx, reference: str, person_id: int) -> PersonView | None:
    """A person of the case as stored now (a participant, or a next of kin)."""
    detail = cases.get_case(ctx, reference)
    for participant in detail.participants:
        if participant.person.id == person_id:
            return participant.person
    for liaison in detail.next_of_kin:
        if liaison.kin.id == person_id:
            return liaison.kin
    return None


class HostageStatusDialog(FormDialog):
    """Record a new hostage status. Nothing is chosen beforehand; an outcome that ends the
    captivity (released, rescued, escaped, deceased) asks for its source and the person's
    name typed out as confirmation (``HostageStatusForm``). Enter records it."""

    def __init__(
        self, ctx, reference: str, participant: ParticipantView, *, case_zone: str, times_mode: str, parent=None
    ):
        super().__init__(
            self.tr("Status of {name}").format(name=participant.name),
            parent,
            icon_name="hostage",
            save_text=self.tr("Record status"),
            intro=self.tr("Now recorded as {status}").format(status=participant.hostage_status.label.lower())
            if participant.hostage_status
            else None,
            enter_saves=True,
        )
        self.ctx, self.reference, self.participant = ctx, reference, participant
        members = [s for s in HostageStatus if s != participant.hostage_status]
        self.status = self.add_field(
            self.tr("New status"),
            enum_combo(
                HostageStatus, self.tr("New status"), members=members, blank=self.tr("— choose the new status —")
            ),
            "status",
        )
        self.when = ZonedDateTimeEdit(case_zone, times_mode, self.tr("Since"), field="effective_at")
        self.when.set_value(ctx.now().replace(second=0, microsecond=0))
        self.add_field(self.tr("Since"), self.when, "effective_at")
        self.source = self.add_field(
            self.tr("Source"), QLineEdit(), "source", accessible=self.tr("Source of the information")
        )
        self.source.setPlaceholderText(
            self.tr("Who or what says so, e.g. 'Embassy liaison officer, call with the governor'")
        )
        self.confirm = QLineEdit()
        self.confirm.setPlaceholderText(participant.name)
        self.confirm_row = self.add_field(
            self.tr("Confirm"),
            self.confirm,
            "confirm_name",
            accessible=self.tr("Type {name} to confirm").format(name=participant.name),
        )
        self.confirm_hint = QLabel()
        self.confirm_hint.setWordWrap(True)
        self.confirm_hint.setProperty("role", "muted")
        self.confirm_hint.setAccessibleName(self.tr("What to confirm"))
        self.form.insertRow(self.form.rowCount() - 1, "", self.confirm_hint)
        self.note = self.add_field(self.tr("Note"), QPlainTextEdit(), "note", accessible=self.tr("Note"))
        self.note.setFixedHeight(80)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        self.status.setFocus()

    def _status_changed(self, *_args) -> None:
        form = self.current_form()
        needed = form.needs_confirmation
        self.form.setRowVisible(self.confirm_row.parentWidget(), needed)
        self.form.setRowVisible(self.confirm_hint, needed)
        prompt = self.tr("{prompt}.", "end of the sentence").format(prompt=form.confirmation_prompt())
        self.confirm_hint.setText(prompt if needed else "")
        self.confirm.setAccessibleDescription(form.confirmation_prompt() if needed else "")
        self.source.setPlaceholderText(
            self.tr("Required: who or what says so")
            if needed
            else self.tr("Who or what says so (optional for this status)")
        )
        self.refit()

    def current_form(self) -> HostageStatusForm:
        """What the widgets hold, as a Qt-free form."""
        data = self.status.currentData()
        return HostageStatusForm(
            person_name=self.participant.name,
            status=HostageStatus(data) if data is not None else None,
            effective_at=self.when.value_or_none(),
            effective_at_problem=self.when.problem() or "",
            source=self.source.text(),
            confirm_name=self.confirm.text() if self.confirm_row.parentWidget().isVisibleTo(self) else "",
            note=self.note.toPlainText(),
        )

    def validate(self):
        return self.current_form().validate(now=self.ctx.now())

    def prepare(self):
        ctx, ref, pid = self.ctx, self.reference, self.participant.person.id
        kwargs = self.current_form().service_kwargs()
        return lambda: people.change_hostage_status(ctx, ref, pid, **kwargs)


class ProofOfLifeDialog(FormDialog):
    """Record a proof of life with how it was checked; Enter records it (Ctrl+Enter from the
    text boxes).

    The question put is picked from the hostage's agreed questions (loaded in the background);
    the expected answer shows beside the answer received, so the caseworker can say whether it
    matched. An assessment other than "not yet assessed" needs its basis.
    """

    def __init__(
        self, ctx, reference: str, participant: ParticipantView, *, case_zone: str, times_mode: str, parent=None
    ):
        super().__init__(
            self.tr("Proof of life: {name}").format(name=participant.name),
            parent,
            icon_name="hostage",
            save_text=self.tr("Record proof of life"),
            enter_saves=True,
        )
        self.ctx, self.reference, self.participant = ctx, reference, participant
        self.questions: dict[int, PolQuestionView] = {}
        self.when = ZonedDateTimeEdit(case_zone, times_mode, self.tr("Received"), field="occurred_at")
        self.when.set_value(ctx.now().replace(second=0, microsecond=0))
        self.add_field(self.tr("Received"), self.when, "occurred_at")
        self.medium = self.add_field(self.tr("Medium"), enum_combo(PolMedium, self.tr("Medium")), "medium")
        select_data(self.medium, PolMedium.AUDIO.value)
        self.description = self.add_field(
            self.tr("What"), QPlainTextEdit(), "description", accessible=self.tr("What the proof of life shows")
        )
        self.description.setPlaceholderText(
            self.tr("e.g. Audio message, 40 s, names the date; voice confirmed by wife")
        )
        self.description.setMinimumHeight(60)
        self.source = self.add_field(self.tr("Source"), QLineEdit(), "source", accessible=self.tr("Source"))
        self.question = self.add_field(
            self.tr("Question put"), QComboBox(), "question_id", accessible=self.tr("Question put")
        )
        self.question.addItem(self.tr("Loading the agreed questions…"), None)
        self.question.setEnabled(False)
        self.question.currentIndexChanged.connect(self._question_changed)
        self.expected = QLabel()
        self.expected.setAccessibleName(self.tr("Expected answer"))
        self.expected.setWordWrap(True)
        self.expected.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.add_field(self.tr("Expected"), self.expected)
        self.answer = self.add_field(
            self.tr("Answer received"), QLineEdit(), "answer_received", accessible=self.tr("Answer received")
        )
        self.matched = QComboBox()
        for text, value in (("—", None), (self.tr("Yes, it matched"), True), (self.tr("No, it did not match"), False)):
            self.matched.addItem(text, value)
        self.add_field(self.tr("Answer matched"), self.matched, "answer_matched")
        self.claimed = ZonedDateTimeEdit(case_zone, times_mode, self.tr("Date the proof claims"), field="claimed_at")
        self.add_field(self.tr("Claims to be from"), self.claimed, "claimed_at")
        self.established = ZonedDateTimeEdit(case_zone, times_mode, self.tr("Date established"), field="established_at")
        self.add_field(self.tr("Established as"), self.established, "established_at")
        self.assessment = self.add_field(
            self.tr("Assessment"), enum_combo(PolAssessment, self.tr("Assessment")), "assessment"
        )
        self.basis = self.add_field(
            self.tr("Basis"), QPlainTextEdit(), "assessment_basis", accessible=self.tr("Basis of the assessment")
        )
        self.basis.setPlaceholderText(self.tr("What the assessment rests on: voice compared with, answer, metadata…"))
        self.basis.setMinimumHeight(50)
        self.restricted_note = QLabel(
            self.tr("Always restricted: only the case team reads a proof of life and its check.")
        )
        self.restricted_note.setWordWrap(True)
        self.add_field("", self.restricted_note, accessible=self.tr("Restricted"))
        self._question_changed()
        self.description.setFocus()
        ops.query(self, lambda: proof_of_life.list_questions(ctx, reference, participant.person.id), self._questions)

    def _questions(self, questions: list[PolQuestionView]) -> None:
        usable = [q for q in questions if q.state.usable and not q.withheld]
        self.questions = {q.id: q for q in usable}
        self.question.clear()
        self.question.addItem(self.tr("— none put —") if usable else self.tr("— no agreed question to put —"), None)
        for q in usable:
            self.question.addItem(q.question, q.id)
        self.question.setEnabled(bool(usable))

    def _question_changed(self) -> None:
        q = self.questions.get(self.question.currentData())
        self.expected.setText(q.expected_answer if q else "—")
        for widget in (self.answer, self.matched):
            widget.setEnabled(q is not None)

    @staticmethod
    def _optional(field: ZonedDateTimeEdit):
        return None if not field.edit.text().strip() else field.value()

    def validate(self):
        problems = []
        for field in (self.when, self.claimed, self.established):
            problem = field.problem() if field is self.when or field.edit.text().strip() else None
            if problem:
                problems.append(ValidationError(field.field, problem))
        return problems

    def prepare(self):
        ctx, ref, pid = self.ctx, self.reference, self.participant.person.id
        question_id = self.question.currentData()
        values = {
            "occurred_at": self.when.value(),
            "medium": self.medium.currentData(),
            "description": self.description.toPlainText(),
            "source": text_or_none(self.source.text()),
            "question_id": question_id,
            "answer_received": text_or_none(self.answer.text()) if question_id else None,
            "answer_matched": self.matched.currentData() if question_id else None,
            "claimed_at": self._optional(self.claimed),
            "established_at": self._optional(self.established),
            "assessment": self.assessment.currentData(),
            "assessment_basis": text_or_none(self.basis.toPlainText()),
        }
        return lambda: proof_of_life.record_proof_of_life(ctx, ref, pid, **values)


class NextOfKinDialog(FormDialog):
    """Add a next of kin with the agreed contact plan, or change the plan (``liaison=``)."""

    def __init__(
        self,
        ctx,
        reference: str,
        *,
        hostages: list[ParticipantView],
        users,
        liaison: LiaisonView | None = None,
        hostage_person_id: int | None = None,
        parent=None,
    ):
        title = (
            self.tr("Contact plan: {name}").format(name=liaison.kin.full_name)
            if liaison
            else self.tr("Add next of kin")
        )
        super().__init__(
            title, parent, icon_name="family", save_text=self.tr("Save") if liaison else self.tr("Add next of kin")
        )
        self.ctx, self.reference, self.liaison = ctx, reference, liaison
        if liaison is None:
            self.hostage = QComboBox()
            self.hostage.setAccessibleName(self.tr("Next of kin of"))
            for p in hostages:
                self.hostage.addItem(display_name(p.person), p.person.id)
            if hostage_person_id is not None:
                self.hostage.setCurrentIndex(max(0, self.hostage.findData(hostage_person_id)))
            self.add_field(self.tr("Next of kin of"), self.hostage, "hostage_person_id")
            self.full_name = self.add_field(
                self.tr("Name"), QLineEdit(), "full_name", accessible=self.tr("Name of next of kin")
            )
            self.name_native = self.add_field(self.tr("Name in own script"), QLineEdit(), "name_native")
        self.relationship = self.add_field(self.tr("Relationship"), QLineEdit(), "relationship")
        self.relationship.setPlaceholderText(self.tr("e.g. Wife, Father, Brother"))
        self.phone = self.add_field(self.tr("Phone"), QLineEdit(), "phone")
        self.email = self.add_field(self.tr("E-mail"), QLineEdit(), "email")
        self.address = self.add_field(self.tr("Address"), QLineEdit(), "address")
        self.language = self.add_field(self.tr("Preferred language"), QLineEdit(), "preferred_language")
        self.preferred_channel = self.add_field(
            self.tr("Preferred channel"),
            enum_combo(Channel, self.tr("Preferred channel"), blank="—"),
            "preferred_channel",
        )
        plan = QWidget()
        row = QHBoxLayout(plan)
        row.setContentsMargins(0, 0, 0, 0)
        self.every = QSpinBox()
        self.every.setAccessibleName(self.tr("Contact every how many days"))
        self.every.setRange(0, 365)
        self.every.setSpecialValueText(self.tr("no agreed plan"))
        self.every.setPrefix(self.tr("every ", "contact every N days"))
        # The unit follows the number: "every 1 day", "every 3 days".
        self.every.valueChanged.connect(lambda n: self.every.setSuffix(self.tr(" day(s)", "contact every N days", n)))
        self.every.setSuffix(self.tr(" day(s)", "contact every N days", 0))
        self.plan_channel = enum_combo(Channel, self.tr("Plan channel"), blank=self.tr("any channel"))
        self.plan_owner = users_combo(self.tr("Plan owner"), users, blank=self.tr("— nobody —"))
        row.addWidget(self.every)
        row.addWidget(QLabel(self.tr("by", "contact every N days by <channel>")))
        row.addWidget(self.plan_channel)
        row.addWidget(QLabel(self.tr("owner", "the plan's owner")))
        row.addWidget(self.plan_owner, 1)
        self.add_field(
            self.tr("Agreed contact"),
            plan,
            "contact_every_days",
            "plan_channel",
            "plan_owner",
            accessible=self.tr("Agreed contact plan"),
        )
        self.may_share = self.add_field(self.tr("What may be shared"), QPlainTextEdit(), "may_share")
        self.may_share.setFixedHeight(60)
        self.notes = self.add_field(self.tr("Notes"), QPlainTextEdit(), "notes")
        self.notes.setFixedHeight(60)
        if liaison is not None:
            self.show_form(KinForm.from_liaison(liaison))
            # The officer changes only with a reason, on the Family tab (services/liaison_officers.py).
            self.plan_owner.setEnabled(False)
            self.plan_owner.setToolTip(
                self.tr("Change the family liaison officer on the Family tab: the reason is recorded")
            )
            self.every.setFocus()
        else:
            self.show_form(KinForm.new(ctx.actor.username, hostage_person_id))
            self.hostage.setFocus()

    def show_form(self, form: KinForm) -> None:
        self.relationship.setText(form.relationship)
        self.phone.setText(form.phone)
        self.email.setText(form.email)
        self.address.setText(form.address)
        self.language.setText(form.preferred_language)
        select_data(self.preferred_channel, form.preferred_channel)
        self.every.setValue(form.contact_every_days or 0)
        select_data(self.plan_channel, form.plan_channel)
        if form.plan_owner is not None:
            index = self.plan_owner.findData(form.plan_owner)
        else:  # a saved plan names its owner by display name
            index = self.plan_owner.findText(form.plan_owner_name or "", Qt.MatchStartsWith)
            index = index if form.plan_owner_name else 0
        self.plan_owner.setCurrentIndex(max(0, index))
        # Shown when editing too: left empty, a save sent them as cleared.
        self.may_share.setPlainText(form.may_share)
        self.notes.setPlainText(form.notes)
        if self.liaison is None:
            self.full_name.setText(form.full_name)
            self.name_native.setText(form.name_native)

    def current_form(self) -> KinForm:
        """What the widgets hold, as a Qt-free form."""
        owner_index = self.plan_owner.currentIndex()
        adding = self.liaison is None
        return KinForm(
            hostage_person_id=self.hostage.currentData() if adding else self.liaison.hostage_person_id,
            full_name=self.full_name.text() if adding else self.liaison.kin.full_name,
            name_native=self.name_native.text() if adding else (self.liaison.kin.name_native or ""),
            relationship=self.relationship.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.text(),
            preferred_language=self.language.text(),
            preferred_channel=self.preferred_channel.currentData(),
            contact_every_days=self.every.value() or None,
            plan_channel=self.plan_channel.currentData(),
            plan_owner=self.plan_owner.currentData(),
            plan_owner_name=self.plan_owner.itemText(owner_index).split(" (")[0] if owner_index > 0 else None,
            may_share=self.may_share.toPlainText(),
            notes=self.notes.toPlainText(),
        )

    def validate(self):
        return self.current_form().validate(adding=self.liaison is None)

    def prepare(self):
        ctx, ref = self.ctx, self.reference
        form = self.current_form()
        if self.liaison is None:
            kwargs = form.add_kwargs()
            return lambda: people.add_next_of_kin(ctx, ref, **kwargs)
        old = self.liaison
        changes = form.changes(old)
        liaison_id, version = old.id, old.version
        return lambda: people.set_contact_plan(ctx, liaison_id, expected_version=version, **changes) if changes else old

    def reload_stored(self, show_changes) -> None:
        """After a stale save: the plan as stored now; what only they changed takes their
        value, what was typed here stays; what they changed is shown."""
        ctx, ref, loaded = self.ctx, self.reference, self.liaison

        def reloaded(found) -> None:
            stored = next((k for k in found if k.id == loaded.id), None)
            if stored is None:
                show_changes([])
                return
            mine, base, theirs = self.current_form(), KinForm.from_liaison(loaded), KinForm.from_liaison(stored)
            both, merged = set(), {}
            for name in [*mine.plan_values(), "plan_owner_name"]:
                if name == "plan_owner":
                    continue
                if getattr(mine, name) == getattr(base, name):
                    merged[name] = getattr(theirs, name)
                    if name == "plan_owner_name":
                        merged["plan_owner"] = theirs.plan_owner
                elif getattr(theirs, name) != getattr(base, name):
                    both.add(name)
            self.liaison = stored
            self.show_form(dataclasses.replace(mine, **merged))
            show_changes(diff_records(loaded, stored), kept=both)

        ops.query(self, lambda: people.list_next_of_kin(ctx, ref), reloaded)


# --- welfare -----------------------------------------------------------------------------


class WelfareDialog(FormDialog):
    """Record a welfare report about a national (or, unticked, about all of the case's): the
    one-line summary, the condition, medication needs and whether supply was arranged."""

    def __init__(
        self, ctx, reference: str, participant: ParticipantView, *, case_zone: str, times_mode: str, parent=None
    ):
        super().__init__(
            self.tr("Welfare report: {name}").format(name=participant.name),
            parent,
            icon_name="hostage",
            save_text=self.tr("Record welfare report"),
        )
        self.ctx, self.reference, self.participant = ctx, reference, participant
        self.when = ZonedDateTimeEdit(case_zone, times_mode, self.tr("Reported"), field="occurred_at")
        self.when.set_value(ctx.now().replace(second=0, microsecond=0))
        self.add_field(self.tr("Reported"), self.when, "occurred_at")
        self.summary = self.add_field(self.tr("Summary"), QLineEdit(), "title", accessible=self.tr("Summary"))
        self.summary.setPlaceholderText(self.tr("e.g. Seen by a released hostage on 3 Aug: thin but walking"))
        self.condition = self.add_field(
            self.tr("Condition"), enum_combo(WelfareCondition, self.tr("Condition")), "condition"
        )
        select_data(self.condition, WelfareCondition.UNKNOWN.value)
        self.medication = self.add_field(
            self.tr("Medication needs"), QLineEdit(), "medication_needs", accessible=self.tr("Medication needs")
        )
        self.medication.setText(participant.person.medical_needs or "")
        self.supply = QComboBox()
        for text, value in (
            (self.tr("— not known —"), None),
            (self.tr("Yes, supply arranged"), True),
            (self.tr("No, not arranged"), False),
        ):
            self.supply.addItem(text, value)
        self.add_field(self.tr("Supply arranged"), self.supply, "supply_arranged")
        self.description = self.add_field(
            self.tr("Details"), QPlainTextEdit(), "description", accessible=self.tr("Details")
        )
        self.description.setMinimumHeight(60)
        self.source = self.add_field(self.tr("Source"), QLineEdit(), "source", accessible=self.tr("Source"))
        self.only_this = QCheckBox(
            self.tr("About {name} only (untick: about every national of the case)").format(name=participant.name)
        )
        self.only_this.setChecked(True)
        self.add_field("", self.only_this, accessible=self.tr("About this national only"))
        self.restricted = QCheckBox(self.tr("Restricted (case team only)"))
        self.add_field("", self.restricted, "restricted", accessible=self.tr("Restricted"))
        self.summary.setFocus()

    def validate(self):
        problem = self.when.problem()
        return [ValidationError("occurred_at", problem)] if problem else []

    def prepare(self):
        ctx, ref = self.ctx, self.reference
        pid = self.participant.person.id if self.only_this.isChecked() else None
        values = {
            "occurred_at": self.when.value(),
            "summary": self.summary.text(),
            "condition": self.condition.currentData(),
            "medication_needs": text_or_none(self.medication.text()),
            "supply_arranged": self.supply.currentData(),
            "description": text_or_none(self.description.toPlainText()),
            "source": text_or_none(self.source.text()),
            "restricted": self.restricted.isChecked(),
        }
        return lambda: welfare.record_welfare(ctx, ref, pid, **values)
