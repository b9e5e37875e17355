"""Reading the audit trail: a paged list of entries (newest first) with a filter bar (user,
action, dates) and the selected entry's before and after side by side.

:class:`AuditBrowser` is the one widget; a case's History tab shows it for one case
(``case_reference``), the Audit trail window (:class:`AuditWindow`, supervisors and
administrators) for the whole database, with Export…. Every read goes through
``services/audit`` in the background (the paged model uses ``ops.query``); the export runs
through ``ops.write`` because the service audits it.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consular.gui import ops
from consular.gui.form_rows import error_label
from consular.gui.table_models import OBJECT_ROLE, Column, ColumnsModel, PagedTableModel, apply_column_sizes
from consular.gui.text import number_text
from consular.gui.theme import warning_colour
from consular.gui.times import DateField, TimeDisplay
from consular.i18n import QT_TRANSLATE_NOOP
from consular.services import audit, reference_data
from consular.services.audit import AuditFilter
from consular.services.views import AuditView

PAGE_SIZE = 200
# Action families offered in the filter (the service matches "case" as case.*, and so on).
ACTION_FAMILIES = (
    "case",
    "contact",
    "person",
    "task",
    "milestone",
    "document",
    "counterpart",
    "kin",
    "brief",
    "timeline",
    "audit",
    "auth",
    "read",
    "user",
)


def _record(e: AuditView, _m) -> str:
    return f"{e.entity} #{e.entity_id}" if e.entity_id is not None else e.entity


def _who(e: AuditView, _m) -> str:
    return f"{e.actor} ({e.username})" if e.username and e.username != e.actor else e.actor


class AuditTableModel(PagedTableModel):
    """Audit entries, a page at a time, newest first, for the current :class:`AuditFilter`."""

    TR_CONTEXT = "AuditTableModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AuditTableModel", "When"),
            lambda e, m: m.times.fmt(e.at, seconds=True),
            sort_value=lambda e, _m: e.at,
            is_time=True,
            width_em=13,
        ),
        Column(QT_TRANSLATE_NOOP("AuditTableModel", "Who"), _who, sort_value=lambda e, _m: e.actor, width_em=14),
        Column(
            QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
            lambda e, _m: e.action,
            sort_value=lambda e, _m: e.action,
            width_em=12,
        ),
        Column(QT_TRANSLATE_NOOP("AuditTableModel", "Record"), _record, sort_value=_record, width_em=10),
        Column(
            QT_TRANSLATE_NOOP("AuditTableModel", "Case"),
            lambda e, _m: e.case_reference or "—",
            sort_value=lambda e, _m: e.case_reference,
            width_em=10,
        ),
        Column(
            QT_TRANSLATE_NOOP("AuditTableModel", "Entry"),
            lambda e, _m: (
                f"#{e.seq}" if e.seq is not None else QCoreApplication.translate("AuditTableModel", "unchained")
            ),
            sort_value=lambda e, _m: e.seq,
            header_tip=QT_TRANSLATE_NOOP("AuditTableModel", "Position in the audit chain"),
            stretch=True,
        ),
    )

    def __init__(self, ctx, times: TimeDisplay, parent=None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent, page_size=page_size)
        self.ctx = ctx
        self.times = times
        self.filter = AuditFilter()

    def set_filter(self, flt: AuditFilter) -> None:
        self.filter = flt
        self.clear_and_fetch()

    def page_source(self):
        ctx, flt = self.ctx, self.filter
        if ctx is None:
            return None

        def fetch(offset: int, limit: int):
            total = audit.count_entries(ctx, flt) if offset == 0 else None
            return total, audit.list_entries(ctx, flt, offset=offset, limit=limit)

        return fetch


def show_value(value) -> str:
    """A before/after value as text: strings as they are, nothing as a dash, the rest as JSON."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _changed(row, _m) -> bool:
    return row[1] != row[2]


def _bold_if_changed(row, m):
    if not _changed(row, m):
        return None
    font = QFont()
    font.setBold(True)
    return font


class ChangesTableModel(ColumnsModel):
    """One entry's fields with their value before and after, side by side; the fields that
    changed come first and are bold."""

    TR_CONTEXT = "ChangesTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ChangesTableModel", "Field"), lambda r, _m: r[0], font=_bold_if_changed, width_em=12),
        Column(
            QT_TRANSLATE_NOOP("ChangesTableModel", "Before"),
            lambda r, _m: show_value(r[1]),
            tooltip=lambda r, _m: show_value(r[1]),
            foreground=lambda r, m: warning_colour() if _changed(r, m) and r[1] is not None else None,
            width_em=22,
        ),
        Column(
            QT_TRANSLATE_NOOP("ChangesTableModel", "After"),
            lambda r, _m: show_value(r[2]),
            tooltip=lambda r, _m: show_value(r[2]),
            font=_bold_if_changed,
            stretch=True,
        ),
    )

    def set_entry(self, entry: AuditView | None) -> None:
        self.beginResetModel()
        rows = list(entry.changes) if entry is not None else []
        self._rows = sorted(rows, key=lambda r: (r[1] == r[2], r[0]))
        self.endResetModel()


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


class AuditBrowser(QWidget):
    """Filter bar, the paged list of entries and the selected entry's changes.

    ``case_reference`` fixes the case (a History tab); None lists the whole database (the
    service refuses that to anyone below supervisor).
    """

    filter_changed = Signal(object)

    def __init__(self, ctx, *, case_reference: str | None = None, times: TimeDisplay | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.case_reference = case_reference
        self.times = times or TimeDisplay("UTC")
        self._loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("User")))
        self.user_combo = QComboBox()
        self.user_combo.setAccessibleName(self.tr("Filter by user"))
        self.user_combo.addItem(self.tr("Anyone"), None)
        self.user_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        bar.addWidget(self.user_combo)
        bar.addWidget(QLabel(self.tr("Action")))
        self.action_combo = QComboBox()
        self.action_combo.setAccessibleName(self.tr("Filter by action"))
        self.action_combo.setEditable(True)
        self.action_combo.setInsertPolicy(QComboBox.NoInsert)
        self.action_combo.addItem(self.tr("Any"), None)
        for family in ACTION_FAMILIES:
            self.action_combo.addItem(f"{family}.*", family)
        self.action_combo.setToolTip(self.tr("A family (contact.*) or one action (contact.edit)"))
        self.action_combo.lineEdit().setPlaceholderText(self.tr("Any"))
        bar.addWidget(self.action_combo)
        # The one date field of the app (typed YYYY-MM-DD): a day that does not exist is refused
        # with a message, never moved to another day. "Today" is the service clock's.
        today = ctx.now().astimezone(UTC).date() if ctx is not None else datetime.now(UTC).date()
        self.since_check = QCheckBox(self.tr("From"))
        self.since_check.setAccessibleName(self.tr("Filter from a date"))
        self.since_edit = DateField(self.tr("From date (UTC)"), field="since")
        self.since_edit.set_value(today - timedelta(days=30))
        self.until_check = QCheckBox(self.tr("to"))
        self.until_check.setAccessibleName(self.tr("Filter up to a date"))
        self.until_edit = DateField(self.tr("To date (UTC), included"), field="until")
        self.until_edit.set_value(today)
        for edit in (self.since_edit, self.until_edit):
            edit.setEnabled(False)
        bar.addWidget(self.since_check)
        bar.addWidget(self.since_edit)
        bar.addWidget(self.until_check)
        bar.addWidget(self.until_edit)
        bar.addStretch(1)
        self.count_label = QLabel("")
        self.count_label.setAccessibleName(self.tr("Entries found"))
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.model = AuditTableModel(ctx, self.times, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Audit entries, newest first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        apply_column_sizes(self.table, AuditTableModel.COLUMNS)

        self.changes_model = ChangesTableModel(self)
        self.changes_table = QTableView()
        self.changes_table.setAccessibleName(self.tr("Before and after"))
        self.changes_table.setModel(self.changes_model)
        self.changes_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.changes_table.verticalHeader().hide()
        self.changes_table.setWordWrap(True)
        apply_column_sizes(self.changes_table, ChangesTableModel.COLUMNS)
        self.entry_label = QLabel(self.tr("Select an entry to see what it changed."))
        self.entry_label.setAccessibleName(self.tr("Selected entry"))
        self.entry_label.setWordWrap(True)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.entry_label)
        lower_layout.addWidget(self.changes_table, 1)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.error_label = error_label(self.tr("Why the audit trail cannot be shown"))
        layout.addWidget(self.error_label)

        # Typing an action or picking dates re-queries once the user pauses.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.apply_filter)
        self.user_combo.currentIndexChanged.connect(self.apply_filter)
        self.action_combo.currentIndexChanged.connect(self._action_picked)
        self.action_combo.lineEdit().textEdited.connect(lambda _t: self._debounce.start())
        for check, edit in ((self.since_check, self.since_edit), (self.until_check, self.until_edit)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.apply_filter)
            edit.dateChanged.connect(lambda _d: self._debounce.start())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.count_changed.connect(self._show_count)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.load_failed.connect(self._load_failed)

    # --- loading ------------------------------------------------------------------------

    def load(self) -> None:
        """Fill the user list and fetch the first page (on first show, or on Refresh)."""
        self._loaded = True
        ctx = self.ctx
        ops.query(self, lambda: reference_data.list_users(ctx, active_only=False), self._set_users)
        self.apply_filter()

    def refresh(self) -> None:
        self.apply_filter()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded and self.ctx is not None:
            self.load()

    def _set_users(self, users) -> None:
        current = self.user_combo.currentData()
        self.user_combo.blockSignals(True)
        self.user_combo.clear()
        self.user_combo.addItem(self.tr("Anyone"), None)
        for user in users:
            self.user_combo.addItem(f"{user.display_name} ({user.username})", user.username)
        index = self.user_combo.findData(current)
        self.user_combo.setCurrentIndex(max(index, 0))
        self.user_combo.blockSignals(False)

    def _action_picked(self, index: int) -> None:
        if index >= 0:
            self.apply_filter()

    def current_filter(self) -> AuditFilter:
        action = self.action_combo.currentData() if self.action_combo.currentIndex() > 0 else None
        typed = self.action_combo.currentText().strip()
        if typed and typed != self.action_combo.itemText(self.action_combo.currentIndex()):
            action = typed.removesuffix("*").removesuffix(".") if typed.endswith("*") else typed
        if typed in ("", "Any", self.tr("Any")):
            action = None
        since_day = self.since_edit.value_or_none() if self.since_check.isChecked() else None
        until_day = self.until_edit.value_or_none() if self.until_check.isChecked() else None
        since = _day_start(since_day) if since_day is not None else None
        until = _day_start(until_day) + timedelta(days=1) if until_day is not None else None
        return AuditFilter(
            case_reference=self.case_reference,
            username=self.user_combo.currentData(),
            action=action,
            since=since,
            until=until,
        )

    def date_problem(self) -> str | None:
        """Why a ticked From or To is not a date (None when both are usable)."""
        ticked = (
            (self.since_check, self.since_edit, self.tr("From")),
            (self.until_check, self.until_edit, self.tr("To")),
        )
        for check, edit, name in ticked:
            problem = edit.problem() if check.isChecked() else None
            if problem:
                return self.tr("{field}: {problem}").format(field=name, problem=problem)
        return None

    def apply_filter(self) -> None:
        self._debounce.stop()
        problem = self.date_problem()
        if problem:
            self.error_label.setText(
                self.tr("{problem} The filter was not changed.").format(
                    problem=problem.replace(" Nothing was changed.", "")
                )
            )
            self.error_label.show()
            return
        flt = self.current_filter()
        self.error_label.hide()
        self.count_label.setText(self.tr("Loading…"))
        self.changes_model.set_entry(None)
        self.entry_label.setText(self.tr("Select an entry to see what it changed."))
        self.model.set_filter(flt)
        self.filter_changed.emit(flt)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("{count} entry(s)", "", total).format(count=number_text(total)))

    def _page_loaded(self, _rows: int) -> None:
        if self.model.total == 0:
            self.count_label.setText(self.tr("No entries match"))

    def _load_failed(self, exc: BaseException) -> None:
        self.count_label.setText("")
        self.error_label.setText(getattr(exc, "message", None) or str(exc))
        self.error_label.show()

    # --- the selected entry -------------------------------------------------------------

    def selected_entry(self) -> AuditView | None:
        index = self.table.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))

    def _row_changed(self, current, _previous) -> None:
        entry = current.data(OBJECT_ROLE) if current.isValid() else None
        self.changes_model.set_entry(entry)
        if entry is None:
            self.entry_label.setText(self.tr("Select an entry to see what it changed."))
            return
        changed = sum(1 for _f, b, a in entry.changes if b != a)
        values = {
            "action": entry.action,
            "record": _record(entry, None),
            "case": entry.case_reference,
            "actor": entry.actor,
            "when": self.times.fmt(entry.at, seconds=True),
        }
        if entry.case_reference and not self.case_reference:
            text = self.tr(
                "<b>{action}</b> on {record} in {case} by {actor} at {when}: %n field(s) changed", "", changed
            )
        else:
            text = self.tr("<b>{action}</b> on {record} by {actor} at {when}: %n field(s) changed", "", changed)
        self.entry_label.setText(text.format(**values))


class AuditWindow(QDialog):
    """The whole database's audit trail (supervisors and administrators), with Export…."""

    exported = Signal(object)  # ExportResult

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Audit trail"))
        self.setAccessibleName(self.tr("Audit trail"))
        self.setWindowFlag(Qt.WindowMaximizeButtonHint, True)
        self.resize(1100, 680)
        layout = QVBoxLayout(self)
        self.browser = AuditBrowser(ctx, parent=self)
        layout.addWidget(self.browser, 1)
        row = QHBoxLayout()
        self.status = QLabel("")
        self.status.setAccessibleName(self.tr("Export status"))
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export the entries shown"))
        self.export_button.setToolTip(
            self.tr("Write the entries matching the filter to CSV or JSON, with the chain head")
        )
        self.export_button.clicked.connect(self.ask_export)
        row.addWidget(self.export_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)

    def ask_export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit trail"),
            "audit-trail.csv",
            "CSV (*.csv);;JSON (*.json)",  # i18n: file types
        )
        if path:
            fmt = "json" if path.lower().endswith(".json") or "JSON" in chosen else "csv"
            self.export_to(path, fmt)

    def export_to(self, path: str | Path, fmt: str = "csv") -> None:
        """Export what the filter shows, in the background (the export itself is audited)."""
        ctx, flt = self.ctx, self.browser.current_filter()
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))

        def done(result) -> None:
            self.status.setText(
                self.tr("Exported {count} entry(s) to {path} (chain head {head}).", "", result.rows).format(
                    count=number_text(result.rows), path=result.path, head=result.chain_head
                )
            )
            self.exported.emit(result)

        def failed(exc: BaseException) -> None:
            self.status.setText(self.tr("Not exported: {reason}").format(reason=getattr(exc, "message", None) or exc))

        ops.write(
            self,
            lambda: audit.export_entries(ctx, path, fmt=fmt, flt=flt),
            on_done=done,
            on_error=failed,
            on_finished=lambda: self.export_button.setEnabled(True),
            label=self.tr("Exporting the audit trail…"),
        )


__all__ = ["AuditBrowser", "AuditTableModel", "AuditWindow", "ChangesTableModel", "show_value"]
