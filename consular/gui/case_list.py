"""The case list: a lazy table model over ``services.cases.list_cases`` and the view around it
(search as you type, filters, count).

The model holds only the rows fetched so far, a page at a time, and asks for the next page
in the background when the view scrolls near the end; sorting is done by the database.
With 100,000 cases the GUI thread only ever handles one page of plain ``CaseSummary``
objects.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consular.domain.enums import CaseKind, CaseStatus
from consular.domain.errors import ValidationError
from consular.domain.timeutil import humanize_ago, in_zone, utcnow
from consular.domain.validation import country_name
from consular.gui import ops, settings, theme
from consular.gui.icons import icon
from consular.repositories.cases import CaseFilter
from consular.services import cases as case_service
from consular.services import search as search_service
from consular.services.context import ServiceContext
from consular.services.views import CaseSummary, PostView, UserView

log = logging.getLogger(__name__)

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
OBJECT_ROLE = int(Qt.ItemDataRole.UserRole) + 2
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_HORIZONTAL = Qt.Orientation.Horizontal
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_NO_FLAGS = Qt.ItemFlag.NoItemFlags

COL_REFERENCE = 0
COL_TITLE = 1
COL_KIND = 2
COL_STATUS = 3
COL_PLACE = 4
COL_DAYS = 5
COL_HOSTAGES = 6
COL_LAST_CONTACT = 7
COL_NEXT_TASK = 8
COL_WHY = 9
COLUMN_COUNT = 10

HEADERS = {
    COL_REFERENCE: "Reference",
    COL_TITLE: "Title",
    COL_KIND: "Kind",
    COL_STATUS: "Status",
    COL_PLACE: "Place",
    COL_DAYS: "Days",
    COL_HOSTAGES: "Held",
    COL_LAST_CONTACT: "Last contact",
    COL_NEXT_TASK: "Next task due",
    COL_WHY: "Why it matched",
}
HEADER_TIPS = {
    COL_DAYS: "Days since the incident",
    COL_HOSTAGES: "Nationals still held (or unaccounted for) / nationals concerned",
    COL_LAST_CONTACT: "Time since the last logged contact",
    COL_NEXT_TASK: "The earliest open task; overdue ones in orange",
    COL_WHY: "What the search found in this case",
}
# Column → (services sort key, whether the key runs opposite to the column's values).
SORT_KEY = {
    COL_REFERENCE: ("reference", False),
    COL_TITLE: ("title", False),
    COL_KIND: ("kind", False),
    COL_STATUS: ("status", False),
    COL_PLACE: ("place", False),
    COL_DAYS: ("incident_at", True),  # more days since the incident = earlier incident
    COL_HOSTAGES: ("hostages_held", False),
    COL_LAST_CONTACT: ("last_contact_at", False),
    COL_NEXT_TASK: ("next_task_due", False),
}
RELEVANCE = "relevance"  # sorting by "Why it matched": the search's own ranking

_STATUS_RANK = {status: rank for rank, status in enumerate(CaseStatus)}
SHORT_KIND = {
    CaseKind.ABDUCTION: "Abduction",
    CaseKind.HOSTAGE_TAKING: "Hostage-taking",
    CaseKind.WRONGFUL_DETENTION: "Wrongful detention",
    CaseKind.MISSING_PERSON: "Missing person",
    CaseKind.OTHER: "Other",
}
PAGE_SIZE = 200
_ROOT = QModelIndex()
SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 1000  # cases; "1,000+ match" asks for a narrower search


def format_local(when: datetime | None, zone_name: str) -> str:
    """'Tue 8 Jul 2025, 14:30 (Africa/Bamako)'."""
    if when is None:
        return ""
    local = in_zone(when, zone_name)
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M} ({zone_name})"


def due_text(due: datetime | None, now: datetime) -> str:
    """'overdue by 3 days', 'in 5 h', 'today'..."""
    if due is None:
        return ""
    seconds = (due - now).total_seconds()
    span = abs(seconds)
    if span < 3600:
        amount = f"{max(1, int(span // 60))} min"
    elif span < 86400:
        amount = f"{int(span // 3600)} h"
    else:
        days = int(span // 86400)
        amount = "1 day" if days == 1 else f"{days} days"
    return f"overdue by {amount}" if seconds < 0 else f"in {amount}"


_MARK = re.compile(r"\[([^\[\]]+)\]")


def marked_runs(text: str) -> list[tuple[str, bool]]:
    """Split a search snippet into (text, is_match) runs; matches come as [word]."""
    runs, at = [], 0
    for match in _MARK.finditer(text):
        if match.start() > at:
            runs.append((text[at : match.start()], False))
        runs.append((match.group(1), True))
        at = match.end()
    if at < len(text):
        runs.append((text[at:], False))
    return runs


class SnippetDelegate(QStyledItemDelegate):
    """Draws "Why it matched" with the matched words in bold (and without the brackets)."""

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SE_ItemViewItemText, opt, opt.widget).adjusted(2, 0, -2, 0)
        normal = QFont(opt.font)
        bold = QFont(opt.font)
        bold.setWeight(QFont.Bold)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        x, right = rect.left(), rect.right()
        for run, hit in marked_runs(text):
            font = bold if hit else normal
            metrics = QFontMetrics(font)
            width = metrics.horizontalAdvance(run)
            painter.setFont(font)
            if x + width > right:
                run = metrics.elidedText(run, Qt.ElideRight, max(0, right - x))
                painter.drawText(QRect(x, rect.top(), right - x, rect.height()), Qt.AlignVCenter, run)
                break
            painter.drawText(QRect(x, rect.top(), width + 1, rect.height()), Qt.AlignVCenter, run)
            x += width
        painter.restore()


class CaseTableModel(QAbstractTableModel):
    """Cases matching a filter, in the database's sort order, fetched a page at a time.

    ``rowCount`` is the number fetched so far; ``total`` the number that match. Pages are
    loaded in the background: ``fetchMore`` returns at once and rows are inserted when
    the page arrives. Results of a superseded query (filter, sort or search changed
    meanwhile) are dropped.
    """

    count_changed = Signal(int)
    loading_changed = Signal(bool)
    load_failed = Signal(object)

    def __init__(self, ctx: ServiceContext | None = None, parent=None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._ctx = ctx
        self._page_size = page_size
        self._rows: list[CaseSummary] = []
        self._total: int | None = None
        self._filter = CaseFilter()
        self._search_ids: list[int] | None = None
        self._why: dict[int, str] = {}
        self._sort_column = COL_DAYS
        self._sort_order = Qt.AscendingOrder  # fewest days first: the newest incident on top
        self._generation = 0
        self._loading = False
        self._now = utcnow()
        self._warning = theme.warning_colour()
        self._muted = theme.muted_colour()
        self._bold = QFont()
        self._bold.setWeight(QFont.Weight.DemiBold)
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        if ctx is not None:
            self.reload()

    # --- state --------------------------------------------------------------------------

    @property
    def ctx(self) -> ServiceContext | None:
        return self._ctx

    @property
    def total(self) -> int | None:
        """How many cases match (None until counted)."""
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def searching(self) -> bool:
        return self._search_ids is not None

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def set_context(self, ctx: ServiceContext | None) -> None:
        self._ctx = ctx
        self._search_ids, self._why = None, {}
        self._filter = CaseFilter()
        self.reload()

    def set_filter(self, flt: CaseFilter) -> None:
        self._filter = flt
        self.reload()

    def current_filter(self) -> CaseFilter:
        return self._filter

    def set_search(self, case_ids: list[int] | None, why: dict[int, str] | None = None) -> None:
        """Restrict to ``case_ids`` (best match first), explaining each with ``why``; None lifts it."""
        self._search_ids = list(case_ids) if case_ids is not None else None
        self._why = dict(why or {})
        if self._search_ids is None and self._sort_column == COL_WHY:
            self._sort_column, self._sort_order = COL_DAYS, Qt.AscendingOrder
        self.reload()

    def row_of(self, reference: str) -> int:
        for i, row in enumerate(self._rows):
            if row.reference == reference:
                return i
        return -1

    def summary(self, row: int) -> CaseSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- loading ------------------------------------------------------------------------

    def _effective_filter(self) -> CaseFilter:
        if self._search_ids is None:
            return self._filter
        return replace(self._filter, case_ids=self._search_ids)

    def _sort_args(self) -> tuple[str, bool]:
        if self._sort_column == COL_WHY:
            return RELEVANCE, False
        key, inverted = SORT_KEY.get(self._sort_column, ("incident_at", True))
        descending = self._sort_order == Qt.DescendingOrder
        return key, descending != inverted

    def _set_loading(self, value: bool) -> None:
        if value != self._loading:
            self._loading = value
            self.loading_changed.emit(value)

    def reload(self) -> None:
        """Count and fetch the first page again (new filter, sort or search).

        The rows on screen stay until the new ones arrive, so the list does not flash empty
        while the database works; results of an older query are dropped."""
        self._generation += 1
        self._now = utcnow()
        if self._ctx is None:
            self.beginResetModel()
            self._rows = []
            self._total = 0
            self.endResetModel()
            self._set_loading(False)
            self.count_changed.emit(0)
            return
        self._start_fetch(0, self._page_size, with_count=True, replace_all=True, reset=True)

    def refresh(self) -> None:
        """Fetch the rows shown so far again (after changes), keeping the scroll position
        when the number of rows is unchanged."""
        if self._ctx is None:
            return
        self._generation += 1
        self._now = utcnow()
        self._start_fetch(0, max(self._page_size, len(self._rows)), with_count=True, replace_all=True)

    def update_case(self, reference: str) -> None:
        """Re-read one case (after it was changed in its tab) without reordering the list."""
        if self._ctx is None or self.row_of(reference) < 0:
            return
        ctx, generation = self._ctx, self._generation

        def done(summary: CaseSummary) -> None:
            row = self.row_of(summary.reference)
            if generation != self._generation or row < 0:
                return
            self._rows[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

        ops.query(
            self,
            lambda: case_service.case_summary(ctx, reference),
            done,
            on_error=lambda exc: log.info("Case refresh: %s", exc),
        )

    def _start_fetch(
        self, offset: int, limit: int, *, with_count: bool = False, replace_all: bool = False, reset: bool = False
    ) -> None:
        ctx = self._ctx
        generation = self._generation
        flt = self._effective_filter()
        sort, descending = self._sort_args()
        ids = list(self._search_ids or [])

        def work():
            if sort == RELEVANCE:
                # The search ranked at most SEARCH_LIMIT ids: fetch them all at once (other
                # filters applied) and keep the search's order.
                if offset:
                    return None, []
                found = {s.id: s for s in case_service.list_cases(ctx, flt, limit=max(1, len(ids)))}
                rows = [found[i] for i in ids if i in found]
                return len(rows), rows
            rows = []
            remaining, at = limit, offset
            while remaining > 0:
                chunk = case_service.list_cases(
                    ctx, flt, sort=sort, descending=descending, offset=at, limit=min(remaining, 5000)
                )
                rows.extend(chunk)
                if len(chunk) < min(remaining, 5000):
                    break
                remaining -= len(chunk)
                at += len(chunk)
            total = case_service.count_cases(ctx, flt) if with_count else None
            return total, rows

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._set_loading(False)
            if self._total is None:
                self._total = len(self._rows)
            self.load_failed.emit(exc)

        self._set_loading(True)
        ops.query(
            self,
            work,
            on_done=lambda result: self._fetched(generation, offset, result, replace_all, reset),
            on_error=failed,
        )

    def _fetched(self, generation: int, offset: int, result, replace_all: bool, reset: bool = False) -> None:
        if generation != self._generation:
            return  # a newer query has started; these rows belong to the old one
        total, rows = result
        self._set_loading(False)
        if replace_all:
            if not reset and len(rows) == len(self._rows):
                self._rows = rows
                if rows:
                    self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, COLUMN_COUNT - 1))
            else:
                self.beginResetModel()
                self._rows = rows
                # Unknown while the reset is announced, so views do not ask for a second page
                # before anyone scrolled; the count is set just after.
                self._total = None
                self.endResetModel()
        elif rows and offset == len(self._rows):
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        if total is not None:
            self._total = total
            self.count_changed.emit(total)
        elif self._total is not None and len(rows) < self._page_size and not replace_all:
            # The list shrank since it was counted; stop asking for more.
            self._total = len(self._rows)

    def canFetchMore(self, parent=_ROOT) -> bool:
        if parent.isValid() or self._ctx is None or self._loading or self._total is None:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent=_ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        self._start_fetch(len(self._rows), self._page_size)

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        """Sorting is the database's job: reset and fetch the first page in the new order."""
        if column == COL_WHY and self._search_ids is None:
            return
        if column not in SORT_KEY and column != COL_WHY:
            return
        if (column, order) == (self._sort_column, self._sort_order) and (self._rows or self._loading):
            return
        self._sort_column, self._sort_order = column, order
        self.reload()

    def _tick(self) -> None:
        self._now = utcnow()
        if self._rows:
            for column in (COL_DAYS, COL_LAST_CONTACT, COL_NEXT_TASK):
                self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    # --- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index):
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def headerData(self, section: int, orientation, role=_DISPLAY):
        if orientation != _HORIZONTAL or not 0 <= section < COLUMN_COUNT:
            return None
        if role == _DISPLAY:
            return HEADERS[section]
        if role == _TOOLTIP:
            return HEADER_TIPS.get(section, HEADERS[section])
        return None

    def data(self, index, role=_DISPLAY):
        # Hot path (every visible cell, every role, every repaint): plain int comparisons only.
        # PySide6's short enum names (Qt.DisplayRole) cost ~20 µs per lookup.
        row_number = index.row()
        if not 0 <= row_number < len(self._rows) or not index.isValid():
            return None
        row = self._rows[row_number]
        column = index.column()
        if role == _DISPLAY:
            return self._display(row, column)
        if role == _FOREGROUND:
            if column == COL_NEXT_TASK and row.next_task_overdue(self._now):
                return self._warning
            if column == COL_LAST_CONTACT and row.last_contact_at is None:
                return self._muted
            return None
        if role == _FONT:
            if column == COL_REFERENCE or (column == COL_NEXT_TASK and row.next_task_overdue(self._now)):
                return self._bold
            return None
        if role == _ALIGNMENT:
            return _RIGHT if column in (COL_DAYS, COL_HOSTAGES) else None
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == OBJECT_ROLE:
            return row
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        if role == _ACCESSIBLE:
            text = self._display(row, column).replace("[", "").replace("]", "")
            return f"{HEADERS[column]}: {text or 'none'}"
        return None

    def refresh_colours(self) -> None:
        """Pick the warning and muted colours again (after the palette changed)."""
        self._warning = theme.warning_colour()
        self._muted = theme.muted_colour()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    def _display(self, row: CaseSummary, column: int) -> str:
        if column == COL_REFERENCE:
            return row.reference
        if column == COL_TITLE:
            return row.title
        if column == COL_KIND:
            return SHORT_KIND.get(row.kind, row.kind.label)
        if column == COL_STATUS:
            return row.status.label
        if column == COL_PLACE:
            country = country_name(row.country)
            return f"{row.place} ({country})" if row.place else country
        if column == COL_DAYS:
            return str(row.days_since_incident(self._now))
        if column == COL_HOSTAGES:
            return f"{row.hostages_held} / {row.hostages_total}" if row.hostages_total else "–"
        if column == COL_LAST_CONTACT:
            return humanize_ago(row.last_contact_at, self._now)
        if column == COL_NEXT_TASK:
            return due_text(row.next_task_due, self._now)
        if column == COL_WHY:
            return self._why.get(row.id, "")
        return ""

    def _sort_value(self, row: CaseSummary, column: int):
        return {
            COL_REFERENCE: row.reference,
            COL_TITLE: row.title,
            COL_KIND: row.kind.value,
            COL_STATUS: _STATUS_RANK[row.status],  # workflow order, as the database sorts it
            COL_PLACE: (row.country, row.place),
            COL_DAYS: row.days_since_incident(self._now),
            COL_HOSTAGES: row.hostages_held,
            COL_LAST_CONTACT: row.last_contact_at,
            COL_NEXT_TASK: row.next_task_due,
            COL_WHY: self._search_ids.index(row.id) if self._search_ids and row.id in self._search_ids else None,
        }.get(column)

    def _tooltip(self, row: CaseSummary, column: int) -> str | None:
        if column == COL_LAST_CONTACT:
            if row.last_contact_at is None:
                return "No contact logged yet"
            return f"Last contact: {format_local(row.last_contact_at, row.timezone)}"
        if column == COL_NEXT_TASK and row.next_task_due is not None:
            state = "Overdue" if row.next_task_overdue(self._now) else "Due"
            return f"{state}: {format_local(row.next_task_due, row.timezone)}"
        if column == COL_DAYS:
            return f"Incident: {format_local(row.incident_at, row.timezone)}"
        if column == COL_KIND:
            return row.kind.label
        if column == COL_HOSTAGES:
            return f"{row.hostages_held} held of {row.hostages_total} nationals concerned"
        if column == COL_WHY:
            why = self._why.get(row.id)
            return why.replace("[", "").replace("]", "") if why else None
        if column == COL_TITLE:
            return (
                f"{row.title}\nLead: {row.lead_caseworker or 'none'} · Post: {row.post_code} · "
                f"Priority: {row.priority.label}"
            )
        return None


class CaseListView(QWidget):
    """Search box, filters, count and the case table. Emits what the user wants to open."""

    open_requested = Signal(str)
    log_contact_requested = Signal(str)
    brief_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ctx: ServiceContext | None = None
        self._search_token = 0
        self._search_running = False
        self._search_again = False
        self._search_text = ""
        self._search_capped = False
        self.model = CaseTableModel(None, self)

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("case_search")
        self.search_box.setPlaceholderText("Search cases, people, counterparts and contact notes  (Ctrl+F)")
        self.search_box.setAccessibleName("Search cases")
        self.search_box.setAccessibleDescription(
            "Type to search titles, names, counterparts and contact notes; the list narrows as you type. "
            "Press Down or Enter to move to the results."
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.addAction(icon("search"), QLineEdit.LeadingPosition)
        self.search_box.setMinimumWidth(160)
        self.search_box.installEventFilter(self)

        self.status_filter = self._combo("Status filter", "status", "Show cases in this status")
        self.kind_filter = self._combo("Kind filter", "kind", "Show cases of this kind")
        self.post_filter = self._combo("Post filter", "post", "Show cases handled by this post")
        self.assignee_filter = self._combo(
            "Assigned to filter", "assignee", "Show cases this person leads or supervises"
        )
        self._fill_static_filters()

        self.count_label = QLabel("", self)
        self.count_label.setObjectName("case_count")
        self.count_label.setAccessibleName("Number of cases")
        self.count_label.setProperty("role", "muted")
        self.search_message = QLabel("", self)
        self.search_message.setAccessibleName("Search message")
        self.search_message.setProperty("overdue", True)
        self.search_message.setWordWrap(True)
        self.search_message.hide()

        self.table = QTableView(self)
        self.table.setObjectName("case_table")
        self.table.setAccessibleName("Cases")
        self.table.setAccessibleDescription("Press Enter to open the selected case; the menu key for more.")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.Stretch)
        self._default_widths()
        # Indicator first: enabling sorting sorts by whatever the header shows.
        column, order = self.model.sort_state()
        header.setSortIndicator(column, order)
        self.table.setSortingEnabled(True)
        self._show_why(False)
        self.table.setItemDelegateForColumn(COL_WHY, SnippetDelegate(self.table))
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)

        self.empty_label = QLabel("", self)
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty("role", "subheading")
        self.empty_label.setAccessibleName("No cases")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.search_box, 3)
        # The combos say what they filter ("All statuses", "Anyone"): no separate labels, so
        # the list still fits a window tiled to half a 1366-pixel screen.
        for combo in (self.status_filter, self.kind_filter, self.post_filter, self.assignee_filter):
            bar.addWidget(combo, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.search_message, 1)
        footer.addStretch(0)
        footer.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)

        QWidget.setTabOrder(self.search_box, self.status_filter)
        QWidget.setTabOrder(self.status_filter, self.kind_filter)
        QWidget.setTabOrder(self.kind_filter, self.post_filter)
        QWidget.setTabOrder(self.post_filter, self.assignee_filter)
        QWidget.setTabOrder(self.assignee_filter, self.table)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_box.returnPressed.connect(self.focus_results)
        for combo in (self.status_filter, self.kind_filter, self.post_filter, self.assignee_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.model.count_changed.connect(self._update_count)
        self.model.loading_changed.connect(lambda _l: self._update_count())
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._first_rows_arrived)
        self.model.load_failed.connect(self._load_failed)

        self._update_count()

    # --- construction helpers -----------------------------------------------------------

    def _combo(self, accessible: str, name: str, tip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"filter_{name}")
        combo.setAccessibleName(accessible)
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        return combo

    def _fill_static_filters(self) -> None:
        self.status_filter.addItem("All statuses", [])
        self.status_filter.addItem("Open or active", [CaseStatus.OPEN, CaseStatus.ACTIVE])
        for status in CaseStatus:
            self.status_filter.addItem(status.label, [status])
        self.kind_filter.addItem("All kinds", [])
        for kind in CaseKind:
            self.kind_filter.addItem(SHORT_KIND[kind], [kind])
            self.kind_filter.setItemData(self.kind_filter.count() - 1, kind.label, Qt.ToolTipRole)
        self.post_filter.addItem("All posts", [])
        self.assignee_filter.addItem("Anyone", None)

    def _default_widths(self) -> None:
        em = self.fontMetrics().horizontalAdvance("M")
        widths = {
            COL_REFERENCE: 8,
            COL_TITLE: 24,
            COL_KIND: 9,
            COL_STATUS: 4.5,
            COL_PLACE: 16,
            COL_DAYS: 3.2,
            COL_HOSTAGES: 3,
            COL_LAST_CONTACT: 6.5,
            COL_NEXT_TASK: 10,
            COL_WHY: 24,
        }
        for column, ems in widths.items():
            self.table.setColumnWidth(column, int(ems * em) + 24)

    def _show_why(self, shown: bool) -> None:
        """Show or hide the "Why it matched" column."""
        header = self.table.horizontalHeader()
        self.table.setColumnHidden(COL_WHY, not shown)
        # Title and, while searching, "Why it matched" share the spare width.
        header.setSectionResizeMode(COL_WHY, QHeaderView.Stretch if shown else QHeaderView.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.Stretch)
        column, order = self.model.sort_state()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (column, order):
            header.setSortIndicator(column, order)

    # --- context ------------------------------------------------------------------------

    def set_context(self, ctx: ServiceContext | None) -> None:
        self._ctx = ctx
        self._search_token += 1
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.search_message.hide()
        for combo in (self.status_filter, self.kind_filter, self.post_filter, self.assignee_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.model.set_context(ctx)
        self._show_why(False)

    def set_reference_data(self, posts: list[PostView], users: list[UserView], me: str | None) -> None:
        """Fill the post and assignee filters (kept selection when the same value exists)."""
        post_now = self.post_filter.currentData()
        user_now = self.assignee_filter.currentData()
        for combo in (self.post_filter, self.assignee_filter):
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
        for post in posts:
            self.post_filter.addItem(post.code, [post.code])
            self.post_filter.setItemData(self.post_filter.count() - 1, f"{post.name} ({post.city})", Qt.ToolTipRole)
        if me:
            self.assignee_filter.addItem("Mine", me)
        for user in users:
            if user.username != me:
                self.assignee_filter.addItem(user.display_name, user.username)
        for combo, value in ((self.post_filter, post_now), (self.assignee_filter, user_now)):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def current_filter(self) -> CaseFilter:
        return CaseFilter(
            statuses=list(self.status_filter.currentData() or []),
            kinds=list(self.kind_filter.currentData() or []),
            post_codes=list(self.post_filter.currentData() or []),
            assignee_username=self.assignee_filter.currentData() or None,
        )

    def show_status(self, statuses: list[CaseStatus]) -> None:
        """Filter by these statuses (from a dashboard tile)."""
        index = self.status_filter.findData(list(statuses))
        if index >= 0:
            self.status_filter.setCurrentIndex(index)

    def _filters_changed(self, _index: int = 0) -> None:
        self.model.set_filter(self.current_filter())

    # --- search -------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.ShortcutFocusReason)
        self.search_box.selectAll()

    def focus_results(self) -> None:
        """Move to the table, on the first row if nothing is selected."""
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.OtherFocusReason)
        if not self.table.currentIndex().isValid() or not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.model.index(0, COL_REFERENCE))

    def eventFilter(self, obj, event):
        if obj is self.search_box and event.type() == event.Type.KeyPress and event.key() == Qt.Key_Down:
            self.focus_results()
            return True
        return super().eventFilter(obj, event)

    def _run_search(self) -> None:
        text = self.search_box.text().strip()
        if self._ctx is None:
            return
        if self._search_running:
            self._search_again = True  # one search at a time; the newest text runs next
            return
        self._search_token += 1
        token = self._search_token
        if not text:
            self._search_text = ""
            self.search_message.hide()
            if self.model.searching:
                self.model.set_search(None)
            self._show_why(False)
            return
        ctx = self._ctx
        self._search_running = True

        def work():
            hits = search_service.matching_case_ids(ctx, text, limit=SEARCH_LIMIT)
            return list(hits), {case_id: hit.why for case_id, hit in hits.items()}

        def finished() -> None:
            self._search_running = False
            if self._search_again:
                self._search_again = False
                self._run_search()

        def done(result) -> None:
            stale = token != self._search_token or text != self.search_box.text().strip()
            if not stale:
                ids, why = result
                self._search_text = text
                self._search_capped = len(ids) >= SEARCH_LIMIT
                self.search_message.hide()
                self.model.set_search(ids, why)
                self._show_why(True)
            elif text != self.search_box.text().strip():
                self._search_again = True
            finished()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError) and token == self._search_token:
                self.search_message.setText(exc.message)
                self.search_message.show()
            elif token == self._search_token:
                from consular.gui.errors import show_error

                show_error(self, exc)
            finished()

        ops.query(self, work, on_done=done, on_error=failed)

    def search_pending(self) -> bool:
        return self._search_timer.isActive() or self._search_running

    # --- display ------------------------------------------------------------------------

    def _update_count(self, *_args) -> None:
        total = self.model.total
        if self._ctx is None:
            self.count_label.setText("No database open")
            self.empty_label.setText("No database is open. Use File → Open database… (Ctrl+O).")
            self.stack.setCurrentWidget(self.empty_label)
            return
        if total is None:
            self.count_label.setText("Counting…")
            return
        noun = "case" if total == 1 else "cases"
        if self.model.searching:
            more = "+" if self._search_capped else ""
            verb = "matches" if total == 1 and not more else "match"
            text = f"{total:,}{more} {noun} {verb} “{self._search_text}”"
        else:
            text = f"{total:,} {noun}"
        shown = self.model.rowCount()
        if shown and shown < total:
            text += f" · {shown:,} loaded"
        self.count_label.setText(text)
        if total == 0 and not self.model.loading:
            if self.model.searching:
                self.empty_label.setText(
                    f"No case matches “{self._search_text}”.\nTry fewer words, or clear the filters."
                )
            elif self.current_filter() != CaseFilter():
                self.empty_label.setText("No case matches these filters.")
            else:
                self.empty_label.setText("There are no cases yet. Open one with Case → New case… (Ctrl+N).")
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self.stack.setCurrentWidget(self.table)

    def _first_rows_arrived(self, _parent, first: int, _last: int) -> None:
        self._update_count()
        if first == 0 and self.table.hasFocus() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _load_failed(self, exc: BaseException) -> None:
        from consular.gui.errors import show_error

        self._update_count()
        show_error(self, exc)

    # --- actions ------------------------------------------------------------------------

    def selected_reference(self) -> str | None:
        index = self.table.currentIndex()
        summary = self.model.summary(index.row()) if index.isValid() else None
        return summary.reference if summary else None

    def select_reference(self, reference: str) -> bool:
        row = self.model.row_of(reference)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, COL_REFERENCE))
        self.table.scrollTo(self.model.index(row, COL_REFERENCE))
        return True

    def _activated(self, index) -> None:
        summary = self.model.summary(index.row()) if index.isValid() else None
        if summary is not None:
            self.open_requested.emit(summary.reference)

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            index = self.table.currentIndex()
        summary = self.model.summary(index.row()) if index.isValid() else None
        if summary is None:
            return
        menu = QMenu(self)
        menu.setAccessibleName(f"Actions for {summary.reference}")
        menu.addAction(icon("case"), f"Open {summary.reference}", lambda: self.open_requested.emit(summary.reference))
        menu.addAction(icon("log-contact"), "Log contact…", lambda: self.log_contact_requested.emit(summary.reference))
        menu.addAction(icon("brief"), "Print brief…", lambda: self.brief_requested.emit(summary.reference))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # --- state --------------------------------------------------------------------------

    def save_state(self) -> None:
        settings.put(settings.CASE_LIST_HEADER, self.table.horizontalHeader().saveState())

    def restore_state(self) -> None:
        state = settings.get(settings.CASE_LIST_HEADER)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.table.horizontalHeader().restoreState(state)
            self._show_why(self.model.searching)
            self._widths_set = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_widths_set", False):
            # First show without saved widths: on a wide screen the place gets some of the
            # room too, not only the title.
            self._widths_set = True
            em = self.fontMetrics().horizontalAdvance("M")
            width = self.table.viewport().width()
            self.table.setColumnWidth(COL_PLACE, max(int(16 * em) + 24, int(width * 0.16)))


__all__ = ["OBJECT_ROLE", "SORT_ROLE", "CaseListView", "CaseTableModel"]
