"""The People tab's proof-of-life dialogs: assess a proof of life, and a national's bank of
questions agreed with the family (add, edit, mark agreed, retire as compromised).

Split from :mod:`consular.gui.workspace.people_dialogs`, which re-exports them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from consular.domain.enums import PolAssessment, PolMedium, PolQuestionState
from consular.domain.errors import ValidationError
from consular.gui import ops
from consular.gui.form_rows import enum_combo, select_data
from consular.gui.times import ZonedDateTimeEdit
from consular.gui.workspace.forms import FormDialog, text_or_none
from consular.i18n import QT_TRANSLATE_NOOP
from consular.services import proof_of_life
from consular.services.views import LiaisonView, ParticipantView, PolQuestionView, ProofOfLifeView

# --- proof of life: assessing, and the question bank -------------------------------------


class AssessProofDialog(FormDialog):
    """Assess (or re-assess) one of a national's proofs of life: genuine, doubtful or false,
    with its basis. Only a proof assessed genuine counts as the last *verified* one."""

    def __init__(self, ctx, proofs: list[ProofOfLifeView], *, times, parent=None):
        super().__init__(
            self.tr("Assess a proof of life"), parent, icon_name="hostage", save_text=self.tr("Save assessment")
        )
        self.ctx, self.proofs = ctx, {p.id: p for p in proofs}
        self.proof = self.add_field(self.tr("Proof of life"), QComboBox(), "milestone_id")
        for p in proofs:
            medium = p.medium.label.lower() if p.medium else self.tr("medium not recorded")
            text = self.tr("{when} — {title} ({medium}; {assessment})").format(
                when=times.fmt(p.occurred_at), title=p.title, medium=medium, assessment=p.assessment.label.lower()
            )
            self.proof.addItem(text, p.id)
        members = [a for a in PolAssessment if a != PolAssessment.PENDING]
        self.assessment = self.add_field(
            self.tr("Assessment"), enum_combo(PolAssessment, self.tr("Assessment"), members=members), "assessment"
        )
        self.basis = self.add_field(
            self.tr("Basis"), QPlainTextEdit(), "basis", accessible=self.tr("Basis of the assessment")
        )
        self.basis.setPlaceholderText(self.tr("What it rests on: the answer, the voice compared with…, the metadata…"))
        self.basis.setMinimumHeight(80)
        self.established = ZonedDateTimeEdit(
            times.case_zone, times.mode, self.tr("Date established"), field="established_at"
        )
        self.add_field(self.tr("Established as"), self.established, "established_at")
        self.medium = self.add_field(
            self.tr("Medium"), enum_combo(PolMedium, self.tr("Medium"), blank=self.tr("— as recorded —")), "medium"
        )
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
        if agree:
            title = self.tr("Mark the question agreed")
        elif question:
            title = self.tr("Edit question for {name}").format(name=hostage.name)
        else:
            title = self.tr("New question for {name}").format(name=hostage.name)
        super().__init__(
            title, parent, icon_name="family", save_text=self.tr("Save") if question else self.tr("Add question")
        )
        self.ctx, self.reference, self.hostage, self.question, self.agree = ctx, reference, hostage, question, agree
        self.text = self.add_field(self.tr("Question"), QPlainTextEdit(), "question", accessible=self.tr("Question"))
        self.text.setPlaceholderText(self.tr("Something only the national would know, agreed with the family"))
        self.text.setMinimumHeight(60)
        self.answer = self.add_field(
            self.tr("Expected answer"), QLineEdit(), "expected_answer", accessible=self.tr("Expected answer")
        )
        self.kin = self.add_field(
            self.tr("Agreed with"), QComboBox(), "agreed_with_person_id", accessible=self.tr("Agreed with")
        )
        self.kin.addItem(self.tr("— not yet agreed (drafted) —"), None)
        for k in family:
            self.kin.addItem(f"{k.kin.full_name} ({k.relationship})", k.kin.id)
        self.note = self.add_field(self.tr("Note"), QLineEdit(), "note", accessible=self.tr("Note"))
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
            return [ValidationError("agreed_with_person_id", self.tr("Say which next of kin agreed the question."))]
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
    if not total:
        return QCoreApplication.translate("QuestionBankDialog", "No questions yet.")
    return QCoreApplication.translate(
        "QuestionBankDialog", "%n question(s); {ready} agreed and ready to put.", "", total
    ).format(ready=ready)


class QuestionBankDialog(QDialog):
    """A national's proof-of-life questions: add, edit, mark agreed with the family, retire as
    compromised. Answers are hidden until "Show answers" is ticked (someone may be looking
    over a shoulder). Outside the case team the rows show only their state."""

    changed = Signal()
    COLUMNS = (
        QT_TRANSLATE_NOOP("QuestionBankDialog", "Question"),
        QT_TRANSLATE_NOOP("QuestionBankDialog", "Expected answer"),
        QT_TRANSLATE_NOOP("QuestionBankDialog", "State"),
        QT_TRANSLATE_NOOP("QuestionBankDialog", "Agreed with"),
        QT_TRANSLATE_NOOP("QuestionBankDialog", "Agreed on"),
    )

    def __init__(self, ctx, reference: str, hostage: ParticipantView, family: list[LiaisonView], parent=None):
        super().__init__(parent)
        self.ctx, self.reference, self.hostage, self.family = ctx, reference, hostage, family
        self.rows: list[PolQuestionView] = []
        self.setWindowTitle(self.tr("Proof-of-life questions: {name}").format(name=hostage.name))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Questions agreed with the family beforehand, whose answers only the national can know. "
                "Restricted: only the case team reads them. A question put in a proof of life becomes used; "
                "retire one whose answer may be known as compromised."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setAccessibleName(self.tr("Proof-of-life questions"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        layout.addWidget(self.table, 1)
        self.show_answers = QCheckBox(self.tr("Show answers"))
        self.show_answers.toggled.connect(self._fill)
        row = QHBoxLayout()
        row.addWidget(self.show_answers)
        row.addStretch(1)
        self.add_button = self._button(row, self.tr("Add question…"), self.tr("Add question"), self.add)
        self.edit_button = self._button(row, self.tr("Edit…"), self.tr("Edit"), self.edit)
        self.agree_button = self._button(row, self.tr("Mark agreed…"), self.tr("Mark agreed"), self.mark_agreed)
        self.compromise_button = self._button(
            row, self.tr("Mark compromised…"), self.tr("Mark compromised"), self.mark_compromised
        )
        close = self._button(row, self.tr("Close"), self.tr("Close"), self.accept)
        close.setDefault(True)
        layout.addLayout(row)
        self.status = QLabel(self.tr("Loading…"))
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)
        self.resize(900, 420)
        self.reload()

    def _button(self, row: QHBoxLayout, text: str, name: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(name)
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
            self.tr("Restricted: you are not on this case's team, so only the questions' states show.")
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
            agreed_on = QLocale().toString(q.agreed_at.date(), "d MMM yyyy") if q.agreed_at else "—"
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
                self.tr("Mark compromised"),
                self.tr(
                    "Mark this question compromised? Its answer may be known to others; it can never be put again."
                ),
            )
            if answer != QMessageBox.Yes:
                return
        ctx = self.ctx
        ops.write(
            self,
            lambda: proof_of_life.update_question(ctx, q.id, state="compromised", expected_version=q.version),
            lambda _view: (self.reload(), self.changed.emit()),
            lambda exc: self.status.setText(getattr(exc, "message", self.tr("Not saved: an unexpected error."))),
        )


__all__ = ["AssessProofDialog", "QuestionBankDialog", "QuestionDialog"]
