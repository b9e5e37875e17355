"""The Return tab: the repatriation checklist of each released national.

One row per item: whose return it is, the item, its owner, when it is due, its state (done,
open, overdue, not applicable) and its facts (who held the debrief, the answer to the offer of
support, why an item does not apply). Overdue items are flagged in the warning colour. The
items are tasks of the case, so they are also in the Tasks tab and on the dashboard; this tab
is where their facts are recorded. A checklist opens by itself when a national is recorded
released, rescued or escaped (People tab, Change status…); "Open checklist…" is for a release
recorded before that.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from consular.domain.errors import ValidationError
from consular.domain.repatriation import ITEM_ORDER, RETURNED_ALIVE, PsychosocialSupport
from consular.gui import ops
from consular.gui.form_rows import bar_button, enum_combo, select_data
from consular.gui.forms.return_forms import AssignItemForm, ItemDoneForm, NotApplicableForm
from consular.gui.icons import icon
from consular.gui.table_models import OBJECT_ROLE, Column, RawSortProxy, RecordTableModel, use_sort_header
from consular.gui.text import html_escape, multiline_html
from consular.gui.theme import muted_colour, warning_colour
from consular.gui.times import TimeDisplay, ZonedDateTimeEdit
from consular.gui.workspace.forms import FormDialog, users_combo
from consular.i18n import QT_TRANSLATE_NOOP
from consular.services import repatriation
from consular.services.repatriation import (
    DONE,
    NOT_APPLICABLE,
    OPEN,
    OVERDUE,
    VOIDED,
    ChecklistItemView,
    ChecklistView,
)

_ORDER = {kind: i for i, kind in enumerate(ITEM_ORDER)}
# An item's state as the list says it.
_STATES = {
    OPEN: QT_TRANSLATE_NOOP("ReturnItemTableModel", "Open"),
    OVERDUE: QT_TRANSLATE_NOOP("ReturnItemTableModel", "Overdue"),
    DONE: QT_TRANSLATE_NOOP("ReturnItemTableModel", "Done"),
    NOT_APPLICABLE: QT_TRANSLATE_NOOP("ReturnItemTableModel", "Not applicable"),
    VOIDED: QT_TRANSLATE_NOOP("ReturnItemTableModel", "Voided"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReturnItemTableModel", text)


def state_label(state: str) -> str:
    """``done`` → "Done", in the language."""
    return _tr(_STATES[state]) if state in _STATES else state.capitalize()


@dataclass(frozen=True)
class ReturnRow:
    """An item with whose checklist it is on (the table's record)."""

    id: int  # the item's
    person: str
    released_at: object
    item: ChecklistItemView


def _state_text(r: ReturnRow, m) -> str:
    item = r.item
    if item.state in (DONE, NOT_APPLICABLE) and item.completed_at:
        return QCoreApplication.translate("ReturnItemTableModel", "{state} {day}").format(
            state=state_label(item.state), day=m.times.fmt_date(item.completed_at)
        )
    return state_label(item.state)


def _state_colour(r: ReturnRow, _m):
    if r.item.state == OVERDUE:
        return warning_colour()
    if r.item.state == NOT_APPLICABLE:
        return muted_colour()
    return None


class ReturnItemTableModel(RecordTableModel):
    TR_CONTEXT = "ReturnItemTableModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("ReturnItemTableModel", "National"),
            lambda r, _: r.person,
            lambda r, _: (r.person.lower(), _ORDER[r.item.kind]),
        ),
        Column(
            QT_TRANSLATE_NOOP("ReturnItemTableModel", "Item"),
            lambda r, _: r.item.label,
            lambda r, _: (_ORDER[r.item.kind], r.person.lower()),
        ),
        Column(
            QT_TRANSLATE_NOOP("ReturnItemTableModel", "Owner"),
            lambda r, _: r.item.owner or "—",
            lambda r, _: (r.item.owner or "").lower(),
        ),
        Column(
            QT_TRANSLATE_NOOP("ReturnItemTableModel", "Due"),
            lambda r, m: m.times.fmt(r.item.due_at) if r.item.due_at else "—",
            lambda r, _: r.item.due_at.timestamp() if r.item.due_at else float("inf"),
            foreground=_state_colour,
            is_time=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReturnItemTableModel", "State"),
            _state_text,
            lambda r, _: r.item.state,
            decoration=lambda r, _: (
                icon("warning") if r.item.state == OVERDUE else (icon("task-done") if r.item.state == DONE else None)
            ),
            foreground=_state_colour,
            tooltip=lambda r, _: (
                QCoreApplication.translate("ReturnItemTableModel", "Past its due date and not done")
                if r.item.state == OVERDUE
                else ""
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("ReturnItemTableModel", "Facts"),
            lambda r, _: r.item.facts(),
            lambda r, _: r.item.facts(),
            tooltip=lambda r, _: r.item.facts(),
        ),
    )
    COL_PERSON, COL_ITEM, COL_OWNER, COL_DUE, COL_STATE, COL_FACTS = range(len(COLUMNS))

    def order(self, rows) -> list:
        return sorted(rows, key=lambda r: (r.released_at, r.person, _ORDER[r.item.kind]))


class ReturnTab(QWidget):
    changed = Signal()
    loaded = Signal()

    def __init__(self, ctx, reference: str, times: TimeDisplay, parent=None):
        super().__init__(parent)
        self.ctx, self.reference, self.times = ctx, reference, times
        self.hostages: list = []
        self.users: list = []
        self.checklists: list[ChecklistView] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.done_button = bar_button(bar, self.tr("Done…"), self.tr("Mark the selected item done"), self.mark_done)
        self.assign_button = bar_button(
            bar, self.tr("Owner and due…"), self.tr("Give the selected item an owner or a due date"), self.assign
        )
        self.na_button = bar_button(
            bar, self.tr("Not applicable…"), self.tr("Mark the selected item not applicable"), self.not_applicable
        )
        self.open_button = bar_button(
            bar,
            self.tr("Open checklist…"),
            self.tr("Open the checklist of a released national who has none"),
            self.open_checklist,
        )
        bar.addStretch(1)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Return summary"))
        self.summary.setProperty("role", "muted")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.model = ReturnItemTableModel(times, self)
        self.proxy = RawSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Repatriation checklist"))
        self.table.setModel(self.proxy)
        use_sort_header(self.table)
        self.table.setSortingEnabled(False)  # the checklist's own order: national, then item
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ReturnItemTableModel.COL_FACTS, QHeaderView.Stretch)
        for col, width in ((0, 150), (1, 200), (2, 130), (3, 150), (4, 170)):
            header.resizeSection(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.table.doubleClicked.connect(lambda _index: self.mark_done())
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Selected item in full"))
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([360, 140])
        layout.addWidget(splitter, 1)
        self._update_buttons()

    # --- data ---------------------------------------------------------------------------

    def set_detail(self, detail) -> None:
        self.hostages = list(detail.hostages)
        self._update_buttons()

    def set_users(self, users) -> None:
        self.users = list(users)

    def reload(self) -> None:
        ctx, ref = self.ctx, self.reference
        ops.query(self, lambda: repatriation.checklists(ctx, ref), self._loaded)

    def _loaded(self, checklists: list[ChecklistView]) -> None:
        selected = self.current()
        self.checklists = checklists
        rows = [ReturnRow(i.id, c.person_name, c.released_at, i) for c in checklists for i in c.items]
        self.model.set_rows(rows)
        if not checklists:
            self.summary.setText(
                self.tr(
                    "No repatriation checklist. One opens by itself when a national is recorded released, rescued "
                    "or escaped (People tab, Change status…)."
                )
            )
        else:
            self.summary.setText(
                "   ·   ".join(
                    self.tr("{name}, released {day}: {summary}").format(
                        name=c.person_name, day=self.times.fmt_date(c.released_at), summary=c.summary()
                    )
                    for c in checklists
                )
            )
        if selected is not None:
            self.select_item(selected.id)
        self._selected()
        self.loaded.emit()

    def current(self) -> ChecklistItemView | None:
        index = self.table.currentIndex()
        row = index.data(OBJECT_ROLE) if index.isValid() else None
        return row.item if row is not None else None

    def select_item(self, item_id: int) -> bool:
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def times_changed(self) -> None:
        self.model.layoutChanged.emit()
        self._selected()

    def _selected(self) -> None:
        self._update_buttons()
        item = self.current()
        self.detail.setHtml(self._html(item) if item else "")

    def _html(self, item: ChecklistItemView) -> str:
        t = self.times
        closed = ""
        if item.completed_at:
            closed = t.fmt(item.completed_at)
            if item.completed_by:
                closed = self.tr("{when} by {name}").format(when=closed, name=item.completed_by)
        state = state_label(item.state)
        rows = [
            (QCoreApplication.translate("ReturnItemTableModel", "Item"), item.label),
            (QCoreApplication.translate("ReturnItemTableModel", "Owner"), item.owner or "—"),
            (QCoreApplication.translate("ReturnItemTableModel", "Due"), t.fmt(item.due_at) if item.due_at else "—"),
            (QCoreApplication.translate("ReturnItemTableModel", "State"), f"{state}, {closed}" if closed else state),
        ]
        if item.debrief_by:
            rows.append((self.tr("Debrief by"), item.debrief_by))
        if item.psychosocial:
            rows.append((self.tr("Support"), item.psychosocial.label))
        if item.na_reason:
            rows.append((self.tr("Why not applicable"), item.na_reason))
        cells = "".join(
            f"<tr><td style='padding-right:14px'><b>{html_escape(k)}</b></td><td>{html_escape(v)}</td></tr>"
            for k, v in rows
        )
        warn = (
            f"<p style='color:{warning_colour().name()}'><b>" + self.tr("Overdue.") + "</b></p>"
            if item.state == OVERDUE
            else ""
        )
        missing = (
            f"<p style='color:{warning_colour().name()}'>"
            + self.tr("Ticked done in the Tasks tab without its facts: press Done… to record them.")
            + "</p>"
            if item.state == DONE and item.missing_facts()
            else ""
        )
        note = f"<p>{multiline_html(item.note)}</p>" if item.note and item.note != item.na_reason else ""
        return f"{warn}{missing}<table cellspacing='2'>{cells}</table>{note}"

    def _without_checklist(self) -> list:
        have = {c.person_id for c in self.checklists}
        return [h for h in self.hostages if h.hostage_status in RETURNED_ALIVE and h.person.id not in have]

    def _update_buttons(self) -> None:
        item = self.current()
        writer = self.ctx.actor.can_write
        is_open = item is not None and item.status.is_open
        self.done_button.setEnabled(writer and item is not None and (is_open or item.missing_facts()))
        self.assign_button.setEnabled(writer and is_open)
        self.na_button.setEnabled(writer and is_open)
        self.open_button.setEnabled(writer and bool(self._without_checklist()))

    # --- actions ------------------------------------------------------------------------

    def _open(self, dialog: FormDialog) -> FormDialog:
        dialog.saved.connect(lambda _result: (self.reload(), self.changed.emit()))
        dialog.open()
        return dialog

    def mark_done(self) -> FormDialog | None:
        item = self.current()
        if item is None or not self.done_button.isEnabled():
            return None
        return self._open(ItemDoneDialog(self.ctx, item, self.times, parent=self))

    def assign(self) -> FormDialog | None:
        item = self.current()
        if item is None or not self.assign_button.isEnabled():
            return None
        return self._open(AssignItemDialog(self.ctx, item, self.users, self.times, parent=self))

    def not_applicable(self) -> FormDialog | None:
        item = self.current()
        if item is None or not self.na_button.isEnabled():
            return None
        return self._open(NotApplicableDialog(self.ctx, item, parent=self))

    def open_checklist(self) -> FormDialog | None:
        if not self.open_button.isEnabled():
            return None
        return self._open(OpenChecklistDialog(self.ctx, self.reference, self._without_checklist(), parent=self))


class ItemDoneDialog(FormDialog):
    """Mark an item done: when, a note, and its fact (debrief: by whom; support: the answer)."""

    def __init__(self, ctx, item: ChecklistItemView, times: TimeDisplay, parent=None):
        super().__init__(
            self.tr("Done: {item}").format(item=item.label),
            parent,
            icon_name="task-done",
            save_text=self.tr("Mark done"),
        )
        self.ctx, self.item = ctx, item
        start = ItemDoneForm.for_item(item, ctx.now())
        self.facts_only = start.facts_only
        self.at = ZonedDateTimeEdit(times.case_zone, times.mode, self.tr("Done on"), field="at")
        self.at.set_value(start.at)
        self.at.setEnabled(not start.facts_only)
        self.add_field(self.tr("Done on"), self.at, "at")
        self.debrief_by = self.support = None
        if start.asks_debrief_by:
            self.debrief_by = self.add_field(self.tr("Debrief by"), QLineEdit(start.debrief_by), "debrief_by")
            self.debrief_by.setPlaceholderText(self.tr("The agency or officer who held it"))
        if start.asks_support:
            self.support = self.add_field(
                self.tr("Support"),
                enum_combo(PsychosocialSupport, self.tr("Support"), blank=self.tr("— choose —")),
                "psychosocial",
            )
            if start.psychosocial:
                select_data(self.support, start.psychosocial.value)
        self.note = self.add_field(self.tr("Note"), QPlainTextEdit(), "note", accessible=self.tr("Note"))
        self.note.setMinimumHeight(70)
        (self.debrief_by or self.support or self.note).setFocus()

    def form_state(self) -> ItemDoneForm:
        return ItemDoneForm(
            kind=self.item.kind,
            at=None if self.at.problem() else self.at.value(),
            at_problem=self.at.problem(),
            note=self.note.toPlainText(),
            debrief_by=self.debrief_by.text() if self.debrief_by else "",
            psychosocial=(
                PsychosocialSupport(self.support.currentData()) if self.support and self.support.currentData() else None
            ),
            facts_only=self.facts_only,
        )

    def validate(self):
        return self.form_state().validate(now=self.ctx.now())

    def prepare(self):
        ctx, item, kwargs = self.ctx, self.item, self.form_state().service_kwargs()
        return lambda: repatriation.complete_item(ctx, item.id, expected_version=item.version, **kwargs)


class AssignItemDialog(FormDialog):
    """Give an item an owner and/or a due date."""

    def __init__(self, ctx, item: ChecklistItemView, users, times: TimeDisplay, parent=None):
        super().__init__(
            self.tr("Owner and due date: {item}").format(item=item.label),
            parent,
            icon_name="task",
            save_text=self.tr("Save"),
        )
        self.ctx, self.item = ctx, item
        start = AssignItemForm.for_item(item)
        self.owner = self.add_field(
            self.tr("Owner"), users_combo(self.tr("Owner"), users, current=start.owner), "owner"
        )
        self.due = ZonedDateTimeEdit(times.case_zone, times.mode, self.tr("Due"), field="due_at")
        if start.due_at:
            self.due.set_value(start.due_at)
        self.add_field(self.tr("Due"), self.due, "due_at")
        self.owner.setFocus()

    def form_state(self) -> AssignItemForm:
        problem = self.due.problem() if self.due.edit.text().strip() else None
        return AssignItemForm(
            owner=self.owner.currentData(),
            due_at=None if problem or not self.due.edit.text().strip() else self.due.value(),
            due_problem=problem,
            current_owner=self.item.owner_username,
            current_due=self.item.due_at,
        )

    def validate(self):
        return self.form_state().validate()

    def prepare(self):
        ctx, item, kwargs = self.ctx, self.item, self.form_state().service_kwargs()
        return lambda: repatriation.assign_item(ctx, item.id, expected_version=item.version, **kwargs)


class NotApplicableDialog(FormDialog):
    """Mark an item not applicable, with the reason."""

    def __init__(self, ctx, item: ChecklistItemView, parent=None):
        super().__init__(
            self.tr("Not applicable: {item}").format(item=item.label), parent, save_text=self.tr("Mark not applicable")
        )
        self.ctx, self.item = ctx, item
        self.reason = self.add_field(
            self.tr("Why"), QPlainTextEdit(), "reason", accessible=self.tr("Why it does not apply")
        )
        self.reason.setPlaceholderText(self.tr("e.g. passport found intact: no travel document needed"))
        self.reason.setMinimumHeight(70)
        self.reason.setFocus()

    def form_state(self) -> NotApplicableForm:
        return NotApplicableForm(self.reason.toPlainText())

    def validate(self):
        return self.form_state().validate()

    def prepare(self):
        ctx, item, kwargs = self.ctx, self.item, self.form_state().service_kwargs()
        return lambda: repatriation.mark_not_applicable(ctx, item.id, expected_version=item.version, **kwargs)


class OpenChecklistDialog(FormDialog):
    """Open the checklist of a released national who has none (released before checklists existed)."""

    def __init__(self, ctx, reference: str, hostages, parent=None):
        super().__init__(
            self.tr("Open a repatriation checklist"),
            parent,
            save_text=self.tr("Open checklist"),
            intro=self.tr("The items are given to the case's lead caseworker, due from the release."),
        )
        self.ctx, self.reference = ctx, reference
        self.person = self.add_field(self.tr("National"), QComboBox(), "person_id", accessible=self.tr("National"))
        for h in hostages:
            self.person.addItem(
                self.tr("{name} ({status})").format(name=h.name, status=h.hostage_status.label.lower()), h.person.id
            )
        self.person.setFocus()

    def validate(self):
        if self.person.currentData() is None:
            return [ValidationError("person_id", self.tr("Choose the national."))]
        return []

    def prepare(self):
        ctx, ref, pid = self.ctx, self.reference, self.person.currentData()
        return lambda: repatriation.open_checklist(ctx, ref, pid)
