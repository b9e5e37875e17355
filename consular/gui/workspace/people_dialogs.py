"""The People tab's dialogs: add or edit a person, record a hostage's status or a proof of
life, add a next of kin or change the agreed contact plan.

The person and next-of-kin dialogs show a Qt-free form (``consular.gui.forms.people_forms``)
that holds their defaults and works out what an edit changes.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consular.domain.enums import (
    Channel,
    HostageStatus,
    ParticipantRole,
    PolAssessment,
    PolMedium,
    PolQuestionState,
    WelfareCondition,
)
from consular.domain.errors import ValidationError
from consular.domain.validation import COUNTRIES
from consular.gui import ops
from consular.gui.conflicts import diff_records
from consular.gui.form_rows import enum_combo, select_data
from consular.gui.forms.people_forms import PERSON_TEXT_ROWS, HostageStatusForm, KinForm, PersonForm
from consular.gui.times import ZonedDateTimeEdit
from consular.gui.workspace.forms import FormDialog, text_or_none, users_combo
from consular.services import cases, people, proof_of_life, welfare
from consular.services.views import LiaisonView, ParticipantView, PersonView, PolQuestionView, ProofOfLifeView


def country_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem("—", None)
    for code, country in sorted(COUNTRIES.items(), key=lambda kv: kv[1]):
        combo.addItem(f"{country} ({code})", code)
    return combo


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
        title = f"Edit {person.full_name}" if person else "Add person"
        super().__init__(title, parent, icon_name="people", save_text="Save" if person else "Add person")
        self.ctx, self.reference, self.person = ctx, reference, person
        self.role = None
        if person is None:
            self.role = self.add_field("Role", enum_combo(ParticipantRole, "Role"), "role")
            select_data(self.role, role)
        self.inputs: dict[str, QLineEdit] = {}
        for field, label, placeholder in self.TEXT_FIELDS:
            edit = QLineEdit()
            edit.setPlaceholderText(placeholder)
            self.inputs[field] = self.add_field(label, edit, field)
            if field == "full_name":
                self.nationality = self.add_field("Nationality", country_combo("Nationality"), "nationality")
                select_data(self.nationality, "IN")
        self.medical = self.add_field("Medical needs", QPlainTextEdit(), "medical_needs")
        self.medical.setFixedHeight(60)
        self.notes = self.add_field("Notes", QPlainTextEdit(), "notes")
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
            f"Status of {participant.name}",
            parent,
            icon_name="hostage",
            save_text="Record status",
            intro=f"Now recorded as {participant.hostage_status.label.lower()}" if participant.hostage_status else None,
            enter_saves=True,
        )
        self.ctx, self.reference, self.participant = ctx, reference, participant
        members = [s for s in HostageStatus if s != participant.hostage_status]
        self.status = self.add_field(
            "New status",
            enum_combo(HostageStatus, "New status", members=members, blank="— choose the new status —"),
            "status",
        )
        self.when = ZonedDateTimeEdit(case_zone, times_mode, "Since", field="effective_at")
        self.when.set_value(ctx.now().replace(second=0, microsecond=0))
        self.add_field("Since", self.when, "effective_at")
        self.source = self.add_field("Source", QLineEdit(), "source", accessible="Source of the information")
        self.source.setPlaceholderText("Who or what says so, e.g. 'Embassy liaison officer, call with the governor'")
        self.confirm = QLineEdit()
        self.confirm.setPlaceholderText(participant.name)
        self.confirm_row = self.add_field(
            "Confirm", self.confirm, "confirm_name", accessible=f"Type {participant.name} to confirm"
        )
        self.confirm_hint = QLabel()
        self.confirm_hint.setWordWrap(True)
        self.confirm_hint.setProperty("role", "muted")
        self.confirm_hint.setAccessibleName("What to confirm")
        self.form.insertRow(self.form.rowCount() - 1, "", self.confirm_hint)
        self.note = self.add_field("Note", QPlainTextEdit(), "note", accessible="Note")
        self.note.setFixedHeight(80)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        self.status.setFocus()

    def _status_changed(self, *_args) -> None:
        form = self.current_form()
        needed = form.needs_confirmation
        self.form.setRowVisible(self.confirm_row.parentWidget(), needed)
        self.form.setRowVisible(self.confirm_hint, needed)
        self.confirm_hint.setText(form.confirmation_prompt() + "." if needed else "")
        self.confirm.setAccessibleDescription(form.confirmation_prompt() if needed else "")
        self.source.setPlaceholderText(
            "Required: who or what says so" if needed else "Who or what says so (optional for this status)"
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
            f"Proof of life: {participant.name}",
            parent,
            icon_name="hostage",
            save_text="Record proof of life",
            enter_saves=True,
        )
        self.ctx, self.reference, self.participant = ctx, reference, participant
        self.questions: dict[int, PolQuestionView] = {}
        self.when = ZonedDateTimeEdit(case_zone, times_mode, "Received", field="occurred_at")
        self.when.set_value(ctx.now().replace(second=0, microsecond=0))
        self.add_field("Received", self.when, "occurred_at")
        self.medium = self.add_field("Medium", enum_combo(PolMedium, "Medium"), "medium")
        select_data(self.medium, PolMedium.AUDIO.value)
        self.description = self.add_field(
            "What", QPlainTextEdit(), "description", accessible="What the proof of life shows"
        )
        self.description.setPlaceholderText("e.g. Audio message, 40 s, names the date; voice confirmed by wife")
        self.description.setMinimumHeight(60)
        self.source = self.add_field("Source", QLineEdit(), "source", accessible="Source")
        self.question = self.add_field("Question put", QComboBox(), "question_id", accessible="Question put")
        self.question.addItem("Loading the agreed questions…", None)
        self.question.setEnabled(False)
        self.question.currentIndexChanged.connect(self._question_changed)
        self.expected = QLabel()
        self.expected.setAccessibleName("Expected answer")
        self.expected.setWordWrap(True)
        self.expected.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.add_field("Expected", self.expected)
        self.answer = self.add_field("Answer received", QLineEdit(), "answer_received", accessible="Answer received")
        self.matched = QComboBox()
        for text, value in (("—", None), ("Yes, it matched", True), ("No, it did not match", False)):
            self.matched.addItem(text, value)
        self.add_field("Answer matched", self.matched, "answer_matched")
        self.claimed = ZonedDateTimeEdit(case_zone, times_mode, "Date the proof claims", field="claimed_at")
        self.add_field("Claims to be from", self.claimed, "claimed_at")
        self.established = ZonedDateTimeEdit(case_zone, times_mode, "Date established", field="established_at")
        self.add_field("Established as", self.established, "established_at")
        self.assessment = self.add_field("Assessment", enum_combo(PolAssessment, "Assessment"), "assessment")
        self.basis = self.add_field("Basis", QPlainTextEdit(), "assessment_basis", accessible="Basis of the assessment")
        self.basis.setPlaceholderText("What the assessment rests on: voice compared with, answer, metadata…")
        self.basis.setMinimumHeight(50)
        self.restricted_note = QLabel("Always restricted: only the case team reads a proof of life and its check.")
        self.restricted_note.setWordWrap(True)
        self.add_field("", self.restricted_note, accessible="Restricted")
        self._question_changed()
        self.description.setFocus()
        ops.query(self, lambda: proof_of_life.list_questions(ctx, reference, participant.person.id), self._questions)

    def _questions(self, questions: list[PolQuestionView]) -> None:
        usable = [q for q in questions if q.state.usable and not q.withheld]
        self.questions = {q.id: q for q in usable}
        self.question.clear()
        self.question.addItem("— none put —" if usable else "— no agreed question to put —", None)
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
        title = f"Contact plan: {liaison.kin.full_name}" if liaison else "Add next of kin"
        super().__init__(title, parent, icon_name="family", save_text="Save" if liaison else "Add next of kin")
        self.ctx, self.reference, self.liaison = ctx, reference, liaison
        if liaison is None:
            self.hostage = QComboBox()
            self.hostage.setAccessibleName("Next of kin of")
            for p in hostages:
                self.hostage.addItem(display_name(p.person), p.person.id)
            if hostage_person_id is not None:
                self.hostage.setCurrentIndex(max(0, self.hostage.findData(hostage_person_id)))
            self.add_field("Next of kin of", self.hostage, "hostage_person_id")
            self.full_name = self.add_field("Name", QLineEdit(), "full_name", accessible="Name of next of kin")
            self.name_native = self.add_field("Name in own script", QLineEdit(), "name_native")
        self.relationship = self.add_field("Relationship", QLineEdit(), "relationship")
        self.relationship.setPlaceholderText("e.g. Wife, Father, Brother")
        self.phone = self.add_field("Phone", QLineEdit(), "phone")
        self.email = self.add_field("E-mail", QLineEdit(), "email")
        self.address = self.add_field("Address", QLineEdit(), "address")
        self.language = self.add_field("Preferred language", QLineEdit(), "preferred_language")
        self.preferred_channel = self.add_field(
            "Preferred channel", enum_combo(Channel, "Preferred channel", blank="—"), "preferred_channel"
        )
        plan = QWidget()
        row = QHBoxLayout(plan)
        row.setContentsMargins(0, 0, 0, 0)
        self.every = QSpinBox()
        self.every.setAccessibleName("Contact every how many days")
        self.every.setRange(0, 365)
        self.every.setSpecialValueText("no agreed plan")
        self.every.setPrefix("every ")
        self.every.setSuffix(" days")
        self.plan_channel = enum_combo(Channel, "Plan channel", blank="any channel")
        self.plan_owner = users_combo("Plan owner", users, blank="— nobody —")
        row.addWidget(self.every)
        row.addWidget(QLabel("by"))
        row.addWidget(self.plan_channel)
        row.addWidget(QLabel("owner"))
        row.addWidget(self.plan_owner, 1)
        self.add_field(
            "Agreed contact", plan, "contact_every_days", "plan_channel", "plan_owner", accessible="Agreed contact plan"
        )
        self.may_share = self.add_field("What may be shared", QPlainTextEdit(), "may_share")
        self.may_share.setFixedHeight(60)
        self.notes = self.add_field("Notes", QPlainTextEdit(), "notes")
        self.notes.setFixedHeight(60)
        if liaison is not None:
            self.show_form(KinForm.from_liaison(liaison))
            # The officer changes only with a reason, on the Family tab (services/liaison_officers.py).
            self.plan_owner.setEnabled(False)
            self.plan_owner.setToolTip("Change the family liaison officer on the Family tab: the reason is recorded")
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


# --- proof of life: assessing, and the question bank -------------------------------------


class AssessProofDialog(FormDialog):
    """Assess (or re-assess) one of a national's proofs of life: genuine, doubtful or false,
    with its basis. Only a proof assessed genuine counts as the last *verified* one."""

    def __init__(self, ctx, proofs: list[ProofOfLifeView], *, times, parent=None):
        super().__init__("Assess a proof of life", parent, icon_name="hostage", save_text="Save assessment")
        self.ctx, self.proofs = ctx, {p.id: p for p in proofs}
        self.proof = self.add_field("Proof of life", QComboBox(), "milestone_id")
        for p in proofs:
            medium = p.medium.label.lower() if p.medium else "medium not recorded"
            self.proof.addItem(f"{times.fmt(p.occurred_at)} — {p.title} ({medium}; {p.assessment.label.lower()})", p.id)
        members = [a for a in PolAssessment if a != PolAssessment.PENDING]
        self.assessment = self.add_field(
            "Assessment", enum_combo(PolAssessment, "Assessment", members=members), "assessment"
        )
        self.basis = self.add_field("Basis", QPlainTextEdit(), "basis", accessible="Basis of the assessment")
        self.basis.setPlaceholderText("What it rests on: the answer, the voice compared with…, the metadata…")
        self.basis.setMinimumHeight(80)
        self.established = ZonedDateTimeEdit(times.case_zone, times.mode, "Date established", field="established_at")
        self.add_field("Established as", self.established, "established_at")
        self.medium = self.add_field("Medium", enum_combo(PolMedium, "Medium", blank="— as recorded —"), "medium")
        self.proof.currentIndexChanged.connect(self._proof_changed)
        self._proof_changed()
        self.basis.setFocus()

    def _proof_changed(self) -> None:
        proof = self.proofs.get(self.proof.currentData())
        if proof is None:
            return
        if proof.assessment != PolAssessment.PENDING:
            select_data(self.assessment, proof.assessment.value)
            self.basis.setPlainText(proof.assessment_basis or "")
        # A proof recorded before checks existed has no medium yet: it must be given.
        self.medium.setEnabled(proof.medium is None)
        select_data(self.medium, proof.medium.value if proof.medium else PolMedium.MESSAGE.value)

    def validate(self):
        text = self.established.edit.text().strip()
        problem = self.established.problem() if text else None
        return [ValidationError("established_at", problem)] if problem else []

    def prepare(self):
        proof = self.proofs[self.proof.currentData()]
        ctx = self.ctx
        values = {
            "assessment": self.assessment.currentData(),
            "basis": self.basis.toPlainText(),
            "established_at": self.established.value() if self.established.edit.text().strip() else None,
            "medium": self.medium.currentData() if proof.medium is None else None,
            "expected_version": proof.check_version,
        }
        return lambda: proof_of_life.assess(ctx, proof.id, **values)


class QuestionDialog(FormDialog):
    """Add a proof-of-life question, or edit one still drafted or agreed (``question=``). With
    a next of kin picked it is agreed with them; otherwise it stays drafted."""

    def __init__(
        self,
        ctx,
        reference: str,
        hostage: ParticipantView,
        family: list[LiaisonView],
        *,
        question: PolQuestionView | None = None,
        agree: bool = False,
        parent=None,
    ):
        title = (
            "Mark the question agreed"
            if agree
            else (f"Edit question for {hostage.name}" if question else f"New question for {hostage.name}")
        )
        super().__init__(title, parent, icon_name="family", save_text="Save" if question else "Add question")
        self.ctx, self.reference, self.hostage, self.question, self.agree = ctx, reference, hostage, question, agree
        self.text = self.add_field("Question", QPlainTextEdit(), "question", accessible="Question")
        self.text.setPlaceholderText("Something only the national would know, agreed with the family")
        self.text.setMinimumHeight(60)
        self.answer = self.add_field("Expected answer", QLineEdit(), "expected_answer", accessible="Expected answer")
        self.kin = self.add_field("Agreed with", QComboBox(), "agreed_with_person_id", accessible="Agreed with")
        self.kin.addItem("— not yet agreed (drafted) —", None)
        for k in family:
            self.kin.addItem(f"{k.kin.full_name} ({k.relationship})", k.kin.id)
        self.note = self.add_field("Note", QLineEdit(), "note", accessible="Note")
        if question is not None:
            self.text.setPlainText(question.question)
            self.answer.setText(question.expected_answer or "")
            self.note.setText(question.note or "")
            self.kin.setEnabled(agree)
            for widget in (self.text, self.answer, self.note):
                widget.setEnabled(not agree)
            if agree and self.kin.count() > 1:
                self.kin.setCurrentIndex(1)
        (self.kin if agree else self.text).setFocus()

    def validate(self):
        if self.agree and self.kin.currentData() is None:
            return [ValidationError("agreed_with_person_id", "Say which next of kin agreed the question.")]
        return []

    def prepare(self):
        ctx, ref, pid, q = self.ctx, self.reference, self.hostage.person.id, self.question
        if q is None:
            values = {
                "question": self.text.toPlainText(),
                "expected_answer": self.answer.text(),
                "agreed_with_person_id": self.kin.currentData(),
                "note": text_or_none(self.note.text()),
            }
            return lambda: proof_of_life.add_question(ctx, ref, pid, **values)
        if self.agree:
            kin = self.kin.currentData()
            return lambda: proof_of_life.update_question(
                ctx, q.id, state="agreed", agreed_with_person_id=kin, expected_version=q.version
            )
        values = {
            "question": self.text.toPlainText(),
            "expected_answer": self.answer.text(),
            "note": text_or_none(self.note.text()),
        }
        return lambda: proof_of_life.update_question(ctx, q.id, expected_version=q.version, **values)


def _bank_summary(total: int, ready: int) -> str:
    questions = "No questions yet" if total == 0 else ("1 question" if total == 1 else f"{total} questions")
    return f"{questions}; {ready} agreed and ready to put." if total else f"{questions}."


class QuestionBankDialog(QDialog):
    """A national's proof-of-life questions: add, edit, mark agreed with the family, retire as
    compromised. Answers are hidden until "Show answers" is ticked (someone may be looking
    over a shoulder). Outside the case team the rows show only their state."""

    changed = Signal()
    COLUMNS = ("Question", "Expected answer", "State", "Agreed with", "Agreed on")

    def __init__(self, ctx, reference: str, hostage: ParticipantView, family: list[LiaisonView], parent=None):
        super().__init__(parent)
        self.ctx, self.reference, self.hostage, self.family = ctx, reference, hostage, family
        self.rows: list[PolQuestionView] = []
        self.setWindowTitle(f"Proof-of-life questions: {hostage.name}")
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Questions agreed with the family beforehand, whose answers only the national can know. "
            "Restricted: only the case team reads them. A question put in a proof of life becomes used; "
            "retire one whose answer may be known as compromised."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setAccessibleName("Proof-of-life questions")
        self.table.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        layout.addWidget(self.table, 1)
        self.show_answers = QCheckBox("Show answers")
        self.show_answers.toggled.connect(self._fill)
        row = QHBoxLayout()
        row.addWidget(self.show_answers)
        row.addStretch(1)
        self.add_button = self._button(row, "Add question…", self.add)
        self.edit_button = self._button(row, "Edit…", self.edit)
        self.agree_button = self._button(row, "Mark agreed…", self.mark_agreed)
        self.compromise_button = self._button(row, "Mark compromised…", self.mark_compromised)
        close = self._button(row, "Close", self.accept)
        close.setDefault(True)
        layout.addLayout(row)
        self.status = QLabel("Loading…")
        self.status.setAccessibleName("Status")
        layout.addWidget(self.status)
        self.resize(900, 420)
        self.reload()

    def _button(self, row: QHBoxLayout, text: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(text.rstrip("…"))
        b.setAutoDefault(False)
        b.clicked.connect(lambda _checked=False: slot())
        row.addWidget(b)
        return b

    def reload(self) -> None:
        ctx, ref, pid = self.ctx, self.reference, self.hostage.person.id
        ops.query(self, lambda: proof_of_life.list_questions(ctx, ref, pid), self._loaded)

    def _loaded(self, rows: list[PolQuestionView]) -> None:
        self.rows = rows
        withheld = any(q.withheld for q in rows)
        self.status.setText(
            "Restricted: you are not on this case's team, so only the questions' states show."
            if withheld
            else _bank_summary(len(rows), sum(q.state.usable for q in rows))
        )
        self._fill()

    def _fill(self) -> None:
        selected = self.current()
        self.table.setRowCount(len(self.rows))
        show = self.show_answers.isChecked()
        for r, q in enumerate(self.rows):
            answer = q.expected_answer if show and q.expected_answer else ("••••••" if q.expected_answer else "—")
            agreed_on = q.agreed_at.strftime("%Y-%m-%d") if q.agreed_at else "—"
            for c, text in enumerate((q.question, answer, q.state.label, q.agreed_with or "—", agreed_on)):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, q.id)
                self.table.setItem(r, c, item)
            if selected is not None and q.id == selected.id:
                self.table.selectRow(r)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self._update_buttons()

    def current(self) -> PolQuestionView | None:
        items = self.table.selectedItems()
        if not items:
            return None
        ident = items[0].data(Qt.UserRole)
        return next((q for q in self.rows if q.id == ident), None)

    def _update_buttons(self) -> None:
        q = self.current()
        readable = not any(r.withheld for r in self.rows) and self.ctx.actor.can_write
        self.add_button.setEnabled(readable)
        editable = readable and q is not None
        self.edit_button.setEnabled(editable and q.state in (PolQuestionState.DRAFTED, PolQuestionState.AGREED))
        self.agree_button.setEnabled(editable and q.state == PolQuestionState.DRAFTED and bool(self.family))
        self.compromise_button.setEnabled(editable and q.state != PolQuestionState.COMPROMISED)

    def _form(self, dialog: FormDialog) -> FormDialog:
        dialog.saved.connect(lambda _result: (self.reload(), self.changed.emit()))
        dialog.open()
        return dialog

    def add(self) -> FormDialog:
        return self._form(QuestionDialog(self.ctx, self.reference, self.hostage, self.family, parent=self))

    def edit(self) -> FormDialog | None:
        q = self.current()
        if q is None or not self.edit_button.isEnabled():
            return None
        return self._form(QuestionDialog(self.ctx, self.reference, self.hostage, self.family, question=q, parent=self))

    def mark_agreed(self) -> FormDialog | None:
        q = self.current()
        if q is None or not self.agree_button.isEnabled():
            return None
        return self._form(
            QuestionDialog(self.ctx, self.reference, self.hostage, self.family, question=q, agree=True, parent=self)
        )

    def mark_compromised(self, confirm: bool = True) -> None:
        q = self.current()
        if q is None or not self.compromise_button.isEnabled():
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                "Mark compromised",
                "Mark this question compromised? Its answer may be known to others; it can never be put again.",
            )
            if answer != QMessageBox.Yes:
                return
        ctx = self.ctx
        ops.write(
            self,
            lambda: proof_of_life.update_question(ctx, q.id, state="compromised", expected_version=q.version),
            lambda _view: (self.reload(), self.changed.emit()),
            lambda exc: self.status.setText(getattr(exc, "message", "Not saved: an unexpected error.")),
        )


# --- welfare -----------------------------------------------------------------------------


class WelfareDialog(FormDialog):
    """Record a welfare report about a national (or, unticked, about all of the case's): the
    one-line summary, the condition, medication needs and whether supply was arranged."""

    def __init__(
        self, ctx, reference: str, participant: ParticipantView, *, case_zone: str, times_mode: str, parent=None
    ):
        super().__init__(
            f"Welfare report: {participant.name}", parent, icon_name="hostage", save_text="Record welfare report"
        )
        self.ctx, self.reference, self.participant = ctx, reference, participant
        self.when = ZonedDateTimeEdit(case_zone, times_mode, "Reported", field="occurred_at")
        self.when.set_value(ctx.now().replace(second=0, microsecond=0))
        self.add_field("Reported", self.when, "occurred_at")
        self.summary = self.add_field("Summary", QLineEdit(), "title", accessible="Summary")
        self.summary.setPlaceholderText("e.g. Seen by a released hostage on 3 Aug: thin but walking")
        self.condition = self.add_field("Condition", enum_combo(WelfareCondition, "Condition"), "condition")
        select_data(self.condition, WelfareCondition.UNKNOWN.value)
        self.medication = self.add_field(
            "Medication needs", QLineEdit(), "medication_needs", accessible="Medication needs"
        )
        self.medication.setText(participant.person.medical_needs or "")
        self.supply = QComboBox()
        for text, value in (("— not known —", None), ("Yes, supply arranged", True), ("No, not arranged", False)):
            self.supply.addItem(text, value)
        self.add_field("Supply arranged", self.supply, "supply_arranged")
        self.description = self.add_field("Details", QPlainTextEdit(), "description", accessible="Details")
        self.description.setMinimumHeight(60)
        self.source = self.add_field("Source", QLineEdit(), "source", accessible="Source")
        self.only_this = QCheckBox(f"About {participant.name} only (untick: about every national of the case)")
        self.only_this.setChecked(True)
        self.add_field("", self.only_this, accessible="About this national only")
        self.restricted = QCheckBox("Restricted (case team only)")
        self.add_field("", self.restricted, "restricted", accessible="Restricted")
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
