"""Tools › Find duplicates…: candidate duplicate people and counterparts with a score and why,
Merge… (the side-by-side :class:`~consular.gui.merge_dialog.MergeDialog`), and Recent merges
with Undo.

Everything is read and written in the background (``ops``). Finding is for staff; merging and
undoing for supervisors and administrators: for anyone else the buttons say why they are
greyed out, and the services check again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consular.gui import ops
from consular.gui.merge_dialog import MergeDialog
from consular.gui.table_models import OBJECT_ROLE, RIGHT, Column, RawSortProxy, RecordTableModel, use_sort_header
from consular.gui.text import bold_html
from consular.gui.times import TimeDisplay
from consular.i18n import QT_TRANSLATE_NOOP
from consular.services import duplicates, merge, permissions


def _cases(refs: tuple[str, ...]) -> str:
    return ", ".join(refs) or QCoreApplication.translate("duplicates_dialog", "no case")


class DuplicateTableModel(RecordTableModel):
    TR_CONTEXT = "DuplicateTableModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("DuplicateTableModel", "Score"),
            lambda c, _: f"{c.score:.2f}",
            lambda c, _: c.score,
            alignment=RIGHT,
            width_em=5,
        ),
        Column(
            QT_TRANSLATE_NOOP("DuplicateTableModel", "A"),
            lambda c, _: f"#{c.a_id} {c.a_name}",
            lambda c, _: c.a_name.casefold(),
            tooltip=lambda c, _: _cases(c.a_cases),
            width_em=18,
        ),
        Column(
            QT_TRANSLATE_NOOP("DuplicateTableModel", "B"),
            lambda c, _: f"#{c.b_id} {c.b_name}",
            lambda c, _: c.b_name.casefold(),
            tooltip=lambda c, _: _cases(c.b_cases),
            width_em=18,
        ),
        Column(
            QT_TRANSLATE_NOOP("DuplicateTableModel", "Why"),
            lambda c, _: c.why(),
            lambda c, _: c.why(),
            tooltip=lambda c, _: c.why(),
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("DuplicateTableModel", "Cases"),
            lambda c, _: f"{_cases(c.a_cases)} / {_cases(c.b_cases)}",
            lambda c, _: c.a_cases + c.b_cases,
            width_em=20,
        ),
    )
    COL_SCORE, COL_A, COL_B, COL_WHY, COL_CASES = range(len(COLUMNS))


class MergeTableModel(RecordTableModel):
    TR_CONTEXT = "MergeTableModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("MergeTableModel", "Merge"),
            lambda m, _: f"#{m.merge_id}",
            lambda m, _: m.merge_id,
            alignment=RIGHT,
            width_em=5,
        ),
        Column(
            QT_TRANSLATE_NOOP("MergeTableModel", "Merged"),
            lambda m, _: f"{m.entity} #{m.loser_id} {m.loser_name}",
            lambda m, _: m.loser_name,
            width_em=22,
        ),
        Column(
            QT_TRANSLATE_NOOP("MergeTableModel", "Into"),
            lambda m, _: f"#{m.winner_id} {m.winner_name}",
            lambda m, _: m.winner_name,
            width_em=22,
        ),
        Column(
            QT_TRANSLATE_NOOP("MergeTableModel", "When, by"),
            lambda m, model: f"{model.times.fmt(m.merged_at)}, {m.merged_by}",
            lambda m, _: m.merged_at,
            is_time=True,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("MergeTableModel", "Undone"),
            lambda m, model: model.times.fmt(m.undone_at) if m.undone_at else "",
            lambda m, _: m.undone_at.timestamp() if m.undone_at else 0,
            width_em=14,
        ),
    )


def _table(name: str, model, sort_column: int) -> tuple[QTableView, RawSortProxy]:
    proxy = RawSortProxy(model)
    proxy.setSourceModel(model)
    table = QTableView()
    table.setAccessibleName(name)
    table.setModel(proxy)
    use_sort_header(table)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, Qt.DescendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    for i, column in enumerate(model.COLUMNS):  # widths: the headers are translated by the model
        if column.stretch:
            header.setSectionResizeMode(i, QHeaderView.Stretch)
        elif column.width_em:
            table.setColumnWidth(i, int(column.width_em * table.fontMetrics().horizontalAdvance("M")))
    return table, proxy


class DuplicatesDialog(QDialog):
    """Candidate duplicates of one kind (people or counterparts), and the recent merges."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.merge_dialog: MergeDialog | None = None
        self.may_merge = permissions.can(ctx, "merge.merge")
        self.setWindowTitle(self.tr("Find duplicates"))
        self.setObjectName("duplicates_dialog")
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(
            min(1200, screen.width() - 40) if screen else 1200, min(720, screen.height() - 60) if screen else 720
        )
        times = TimeDisplay("UTC", "user")
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Find duplicate")))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What to find duplicates of"))
        self.kind.addItem(self.tr("people"), "person")
        self.kind.addItem(self.tr("counterparts"), "counterpart")
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.kind)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        bar.addWidget(self.refresh_button)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Stop looking for duplicates"))
        self.cancel_button.setToolTip(self.tr("Stop looking: nothing is listed until you refresh"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        bar.addWidget(self.cancel_button)
        bar.addStretch(1)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Duplicates found"))
        self.status.setProperty("role", "muted")
        bar.addWidget(self.status)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setAccessibleName(self.tr("Merge"))
        self.merge_button.clicked.connect(self.merge_selected)
        bar.addWidget(self.merge_button)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Vertical)
        self.model = DuplicateTableModel(times, self)
        self.table, self.proxy = _table(self.tr("Candidate duplicates"), self.model, DuplicateTableModel.COL_SCORE)
        self.table.doubleClicked.connect(lambda _i: self.merge_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        splitter.addWidget(self.table)

        recent = QWidget()
        recent_layout = QVBoxLayout(recent)
        recent_layout.setContentsMargins(0, 0, 0, 0)
        recent_bar = QHBoxLayout()
        recent_bar.addWidget(QLabel(bold_html(self.tr("Recent merges"))))
        recent_bar.addStretch(1)
        self.undo_button = QPushButton(self.tr("Undo merge…"))
        self.undo_button.setAccessibleName(self.tr("Undo merge"))
        self.undo_button.clicked.connect(self.undo_selected)
        recent_bar.addWidget(self.undo_button)
        recent_layout.addLayout(recent_bar)
        self.merges = MergeTableModel(times, self)
        self.merges_table, self.merges_proxy = _table(self.tr("Recent merges"), self.merges, 0)
        self.merges_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        recent_layout.addWidget(self.merges_table)
        splitter.addWidget(recent)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self._update_buttons()
        self.refresh()

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        entity = self.kind.currentData()
        self.cancel()  # a search still running for the other kind, or from before
        self.model.set_rows([])
        self.status.setText(self.tr("Looking for duplicates…"))
        self.cancel_button.show()
        op = ops.query(
            self,
            lambda progress: duplicates.find_duplicates(self.ctx, entity, progress=progress),
            lambda rows: self._found(entity, rows),
            with_progress=True,
            on_progress=lambda done, total: self._progressed(entity, done, total),
            on_finished=lambda: self._find_finished(op),
        )
        self.find_op = op
        if self.may_merge:
            self.merges_op = ops.query(self, lambda: merge.list_merges(self.ctx), self._merges_loaded)

    def cancel(self) -> None:
        """Stop the search under way (the worker stops at its next progress report)."""
        op = getattr(self, "find_op", None)
        if op is not None and not op.finished:
            op.cancel()
            self.status.setText(self.tr("Stopping…"))

    def _progressed(self, entity: str, done: int, total: int) -> None:
        op = self.find_op
        if entity == self.kind.currentData() and not op.cancelled and total:
            self.status.setText(
                self.tr("Looking for duplicates… {percent}%").format(percent=min(100, 100 * done // total))
            )

    def _find_finished(self, op) -> None:
        if op is not self.find_op:
            return  # an earlier search, cancelled when this one started
        self.cancel_button.hide()
        if op.cancelled:
            self.status.setText(self.tr("Stopped: refresh to look again"))

    def _found(self, entity: str, rows) -> None:
        if entity != self.kind.currentData():
            return  # the user switched meanwhile; that search's result comes next
        self.model.set_rows(rows)
        if entity == "person":
            found = (
                self.tr("%n candidate pair(s) of people", "", len(rows))
                if rows
                else self.tr("No candidate duplicate people")
            )
        else:
            found = (
                self.tr("%n candidate pair(s) of counterparts", "", len(rows))
                if rows
                else self.tr("No candidate duplicate counterparts")
            )
        self.status.setText(found)
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _merges_loaded(self, rows) -> None:
        self.merges.set_rows(rows)
        self._update_buttons()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(OBJECT_ROLE) if rows else None

    def selected_merge(self):
        rows = self.merges_table.selectionModel().selectedRows()
        return rows[0].data(OBJECT_ROLE) if rows else None

    def _update_buttons(self) -> None:
        refused = None if self.may_merge else self.tr("Only supervisors and administrators merge records")
        self.merge_button.setEnabled(refused is None and self.selected() is not None)
        self.merge_button.setToolTip(
            refused or self.tr("Merge the selected pair: choose per field, then every link moves")
        )
        chosen = self.selected_merge() if self.may_merge else None
        self.undo_button.setEnabled(chosen is not None and chosen.undone_at is None)
        self.undo_button.setToolTip(refused or self.tr("Put the merged record and all its links back"))

    # --- merging --------------------------------------------------------------------------

    def merge_selected(self) -> MergeDialog | None:
        pair = self.selected()
        if pair is None or not self.may_merge:
            return None
        self.merge_dialog = MergeDialog(self.ctx, pair.entity, pair.a_id, pair.b_id, self)
        self.merge_dialog.merged.connect(lambda _r: self.refresh())
        self.merge_dialog.finished.connect(self.merge_dialog.deleteLater)
        self.merge_dialog.open()
        return self.merge_dialog

    def undo_selected(self, *, confirm: bool = True) -> None:
        chosen = self.selected_merge()
        if chosen is None or chosen.undone_at is not None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Undo merge"),
                self.tr(
                    "Undo merge #{merge}? #{loser_id} {loser} comes back with every link it had, and "
                    "#{winner_id} {winner} gets its values from before."
                ).format(
                    merge=chosen.merge_id,
                    loser_id=chosen.loser_id,
                    loser=chosen.loser_name,
                    winner_id=chosen.winner_id,
                    winner=chosen.winner_name,
                ),
            )
            if answer != QMessageBox.Yes:
                return
        self.undo_op = ops.write(
            self,
            lambda: merge.undo_merge(self.ctx, chosen.merge_id),
            lambda _r: self.refresh(),
            label=self.tr("Undoing…"),
        )
