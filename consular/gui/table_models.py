"""The table kit every list uses: the roles every model answers (raw sort value, the record,
its id), columns declared as data (:class:`Column`), the paged database-sorted model for big
lists (:class:`PagedTableModel`), the in-memory one for short lists (:class:`RecordTableModel`)
and the proxy that sorts those on raw values."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QHeaderView, QStyleOptionHeader

from consular.gui import ops, settings
from consular.gui.theme import muted_colour
from consular.gui.times import TimeDisplay

SORT_ROLE = Qt.UserRole + 1
OBJECT_ROLE = Qt.UserRole + 2
ID_ROLE = Qt.UserRole + 3


class RawSortProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE (raw values), with empty values last."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left, right) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is not None and b is None
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


class VoidedFilterProxy(RawSortProxy):
    """A :class:`RawSortProxy` that can hide voided entries (records with ``voided_at``).
    Subclasses add their own conditions in :meth:`accepts`."""

    def __init__(self, parent=None, *, show_voided: bool = True):
        super().__init__(parent)
        self.show_voided = show_voided

    def change_filter(self, **values) -> None:
        """Set filter attributes and filter again."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+: invalidateFilter() is deprecated
            self.beginFilterChange()
            self.__dict__.update(values)
            self.endFilterChange()
        else:
            self.__dict__.update(values)
            self.invalidateFilter()

    def set_show_voided(self, show: bool) -> None:
        self.change_filter(show_voided=show)

    def accepts(self, record) -> bool:
        return True

    def filterAcceptsRow(self, row, parent) -> bool:
        record = self.sourceModel().record_at(row)
        if record is None:
            return False
        if not self.show_voided and getattr(record, "voided_at", None) is not None:
            return False
        return self.accepts(record)


def show_voided_box(key: settings.Key, toggled: Callable[[bool], None]) -> QCheckBox:
    """The "Show voided entries" toggle of a list, remembered under ``key``; ``toggled(show)``
    runs when the user flips it (the box starts from the setting, without calling it)."""
    box = QCheckBox(QCoreApplication.translate("table_models", "Show voided entries"))
    box.setAccessibleName(QCoreApplication.translate("table_models", "Show voided entries"))
    box.setToolTip(
        QCoreApplication.translate(
            "table_models", "Voided entries stay in the history, struck through, with who voided them and why"
        )
    )
    box.setChecked(bool(settings.get(key)))

    def changed(show: bool) -> None:
        settings.put(key, show)
        toggled(show)

    box.toggled.connect(changed)
    return box


# --- columns as data ----------------------------------------------------------------------

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_SORT = int(SORT_ROLE)
_OBJECT = int(OBJECT_ROLE)
_ID = int(ID_ROLE)
_HORIZONTAL = Qt.Orientation.Horizontal
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROOT = QModelIndex()

Cell = Callable[[Any, Any], Any]  # (record, model) -> a value for one role


def _nothing(_record, _model):
    return None


@dataclass(frozen=True)
class Column:
    """One column of a list, declared once: what it shows and how it sorts.

    Every function takes ``(record, model)``; the model carries what a cell may need besides
    the record (the time display, "now", the search's explanations, colours).
    """

    header: str
    value: Cell  # the text shown
    sort_value: Cell = _nothing  # the raw value the proxy (or a test) sorts on
    sort_key: str | None = None  # the database's sort key; None: the database cannot sort by it
    sort_inverted: bool = False  # the key runs opposite to the column's values
    tooltip: Cell = _nothing
    header_tip: str | None = None
    alignment: int | None = None
    width_em: float | None = None  # default width in ems (the font's M)...
    width_px: int | None = None  # ...or in pixels
    stretch: bool = False  # takes the spare width
    foreground: Cell = _nothing
    font: Cell = _nothing
    decoration: Cell = _nothing
    accessible: Cell | None = None  # default: "<header>: <text>"
    is_time: bool = False  # shown in the case's or the user's zone (refreshed on a switch)


def void_note(record, times) -> str | None:
    """ "Voided by X on D: reason" for a voided entry (a view with ``voided_at``), else None."""
    if getattr(record, "voided_at", None) is None:
        return None
    if record.void_reason:
        return QCoreApplication.translate("table_models", "Voided by {name} on {when}: {reason}").format(
            name=record.voided_by or "?", when=times.fmt(record.voided_at), reason=record.void_reason
        )
    return QCoreApplication.translate("table_models", "Voided by {name} on {when}").format(
        name=record.voided_by or "?", when=times.fmt(record.voided_at)
    )


def _struck_font(base: QFont | None) -> QFont:
    font = QFont(base) if base is not None else QFont()
    font.setStrikeOut(True)
    return font


def voidable(column: Column) -> Column:
    """The same column, showing a voided entry struck through, in the muted colour, with who
    voided it and why first in its tooltip. Entries stay in the history; this is how a list
    tells them apart (the record needs ``voided_at``, ``voided_by``, ``void_reason``; the
    model a ``times``)."""
    foreground, font, tooltip = column.foreground, column.font, column.tooltip

    def voided_foreground(record, model):
        return muted_colour() if record.voided_at is not None else foreground(record, model)

    def voided_font(record, model):
        return _struck_font(font(record, model)) if record.voided_at is not None else font(record, model)

    def voided_tooltip(record, model):
        tip = tooltip(record, model)
        note = void_note(record, model.times)
        if note is None:
            return tip
        return f"{note}\n\n{tip}" if tip else note

    return replace(column, foreground=voided_foreground, font=voided_font, tooltip=voided_tooltip)


_UP = QStyleOptionHeader.SortIndicator.SortUp
_DOWN = QStyleOptionHeader.SortIndicator.SortDown


class SortHeader(QHeaderView):
    """A horizontal header whose sort arrow points the way the values run: up while they
    ascend (A to Z, fewest days first), down while they descend.

    Qt draws ``AscendingOrder`` as ``SortDown`` (a downward arrow), the opposite of what the
    column shows; every sortable list takes this header instead of the stock one."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)

    def initStyleOptionForIndex(self, option, logical_index: int) -> None:
        super().initStyleOptionForIndex(option, logical_index)
        if option.sortIndicator == _UP:
            option.sortIndicator = _DOWN
        elif option.sortIndicator == _DOWN:
            option.sortIndicator = _UP


def use_sort_header(view) -> SortHeader:
    """Give a table view the :class:`SortHeader` (before its columns are sized)."""
    header = SortHeader(view)
    view.setHorizontalHeader(header)
    return header


def apply_column_sizes(view, columns: tuple[Column, ...]) -> None:
    """Give a table view's header the widths and the stretching column the columns declare,
    never narrower than the column's title (titles are longer in French: "Dernier contact")."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Interactive)
    em = view.fontMetrics().horizontalAdvance("M")
    title_metrics = header.fontMetrics()
    model = view.model()
    for number, column in enumerate(columns):
        if column.stretch:
            header.setSectionResizeMode(number, QHeaderView.Stretch)
        width = column.width_px
        if width is None and column.width_em is not None:
            width = int(column.width_em * em) + 24
        if width is None:
            continue
        title = model.headerData(number, Qt.Horizontal, Qt.DisplayRole) if model is not None else None
        if title:
            # The title, the sort arrow and the section's margins.
            width = max(width, title_metrics.horizontalAdvance(str(title)) + 30)
        header.resizeSection(number, width)


class ColumnsModel(QAbstractTableModel):
    """A table whose columns are :class:`Column` objects and whose rows are records held in
    ``_rows``: every role is answered from the column declarations."""

    COLUMNS: tuple[Column, ...] = ()
    #: The translation context the columns' headers and header tips were marked in
    #: (``QT_TRANSLATE_NOOP(TR_CONTEXT, "Reference")``); None: shown as declared.
    TR_CONTEXT: str | None = None

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def header_text(self, section: int) -> str:
        """The column's header in the user's language."""
        header = self.COLUMNS[section].header
        return QCoreApplication.translate(self.TR_CONTEXT, header) if self.TR_CONTEXT else header

    def record_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def column_of(self, header: str) -> int:
        return next(i for i, c in enumerate(self.COLUMNS) if c.header == header)

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=_DISPLAY):
        if orientation != _HORIZONTAL or not 0 <= section < len(self.COLUMNS):
            return None
        if role == _DISPLAY:
            return self.header_text(section)
        if role == _TOOLTIP:
            tip = self.COLUMNS[section].header_tip
            return QCoreApplication.translate(self.TR_CONTEXT, tip) if tip and self.TR_CONTEXT else tip
        return None

    def data(self, index, role=_DISPLAY):
        # Hot path (every visible cell, every role, every repaint): plain int comparisons only.
        row_number = index.row()
        if not index.isValid() or not 0 <= row_number < len(self._rows):
            return None
        record, column = self._rows[row_number], self.COLUMNS[index.column()]
        role = int(role)
        if role == _DISPLAY:
            return column.value(record, self)
        if role == _SORT:
            return column.sort_value(record, self)
        if role == _OBJECT:
            return record
        if role == _ID:
            return getattr(record, "id", None)
        if role == _TOOLTIP:
            return column.tooltip(record, self)
        if role == _FOREGROUND:
            return column.foreground(record, self)
        if role == _FONT:
            return column.font(record, self)
        if role == _ALIGNMENT:
            return column.alignment
        if role == _DECORATION:
            return column.decoration(record, self)
        if role == _ACCESSIBLE:
            if column.accessible is not None:
                return column.accessible(record, self)
            return QCoreApplication.translate("table_models", "{column}: {value}").format(
                column=self.header_text(index.column()),
                value=column.value(record, self) or QCoreApplication.translate("table_models", "none"),
            )
        return None

    def times_changed(self) -> None:
        """The time display switched zone: repaint the time columns."""
        times = [i for i, c in enumerate(self.COLUMNS) if c.is_time]
        if self._rows and times:
            self.dataChanged.emit(self.index(0, min(times)), self.index(len(self._rows) - 1, max(times)))

    def repaint_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))


# --- paged, database-sorted ----------------------------------------------------------------

Page = tuple[int | None, list]  # (how many match, if counted; the rows of the page)


class PagedTableModel(ColumnsModel):
    """Records a page at a time, in the database's order, as the view scrolls (``canFetchMore``
    / ``fetchMore``); pages arrive in the background (ops.query) and results of a superseded
    query (filter or sort changed meanwhile) are dropped.

    A subclass gives ``page_source()``, built on the GUI thread from the current filter and
    sort: a function ``(offset, limit) -> (total or None, rows)`` run in a worker. A page
    shorter than asked ends the list; a total, when given, says how many there are.
    """

    loading_changed = Signal(bool)
    count_changed = Signal(int)
    page_loaded = Signal(int)  # rows now loaded
    load_failed = Signal(object)

    def __init__(self, parent=None, *, page_size: int):
        super().__init__(parent)
        self.page_size = page_size
        self._total: int | None = None  # how many match, when known
        self._more = False  # whether the database has rows not fetched yet
        self._loading = False
        self._generation = 0

    def page_source(self) -> Callable[[int, int], Page] | None:
        """The fetch for the current query, or None when there is nothing to load. Each list
        overrides it; a model with no query (the base) is simply empty."""
        return None

    # --- state ----------------------------------------------------------------------------

    @property
    def total(self) -> int | None:
        """How many match (None until counted)."""
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    def is_loading(self) -> bool:
        return self._loading

    def is_exhausted(self) -> bool:
        return not self._more and not self._loading

    def _set_loading(self, value: bool) -> None:
        if value != self._loading:
            self._loading = value
            self.loading_changed.emit(value)

    # --- loading --------------------------------------------------------------------------

    def clear_and_fetch(self) -> None:
        """Empty the table at once and fetch the first page."""
        self.beginResetModel()
        self._generation += 1
        self._rows, self._total, self._more = [], None, False
        self._set_loading(False)
        self.endResetModel()
        self._start_fetch(0, self.page_size)

    def replace_and_fetch(self, limit: int, *, reset: bool) -> None:
        """Fetch the first ``limit`` rows again; the rows on screen stay until they arrive
        (no flashing empty list). ``reset`` False keeps the view's scroll position when the
        number of rows is unchanged."""
        self._generation += 1
        self._start_fetch(0, limit, replace_all=True, reset=reset)

    def _start_fetch(self, offset: int, limit: int, *, replace_all: bool = False, reset: bool = False) -> None:
        source = self.page_source()
        if source is None:
            self.beginResetModel()
            self._rows, self._total, self._more = [], 0, False
            self.endResetModel()
            self._set_loading(False)
            self.count_changed.emit(0)
            return
        generation = self._generation

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._more = False
            self._set_loading(False)
            if self._total is None:
                self._total = len(self._rows)
            self.load_failed.emit(exc)

        self._set_loading(True)
        ops.query(
            self,
            lambda: source(offset, limit),
            on_done=lambda page: self._fetched(generation, offset, limit, page, replace_all, reset),
            on_error=failed,
        )

    def _fetched(self, generation: int, offset: int, limit: int, page: Page, replace_all: bool, reset: bool) -> None:
        if generation != self._generation:
            return  # a newer query has started; these rows belong to the old one
        total, rows = page
        if replace_all:
            if not reset and len(rows) == len(self._rows):
                self._rows = rows
                self.repaint_all()
            else:
                self.beginResetModel()
                self._rows = rows
                # Nothing more while the reset is announced, so views do not ask for a second
                # page before anyone scrolled; set just after.
                self._more = False
                self.endResetModel()
        elif rows and offset == len(self._rows):
            # Still "loading" while the rows go in: a view or tester reacting to the insert
            # signals must not start a second fetch from the same offset.
            self.beginInsertRows(_ROOT, len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        if total is not None:
            self._total = total
        elif len(rows) < limit and not replace_all:
            self._total = len(self._rows)  # a short page ends the list (it may have shrunk)
        self._more = len(self._rows) < self._total if self._total is not None else len(rows) >= limit
        self._set_loading(False)
        if total is not None:
            self.count_changed.emit(total)
        self.page_loaded.emit(len(self._rows))

    def canFetchMore(self, parent=_ROOT) -> bool:
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent=_ROOT) -> None:
        if self.canFetchMore(parent):
            self._start_fetch(len(self._rows), self.page_size)


# --- in memory ------------------------------------------------------------------------------


class RecordTableModel(ColumnsModel):
    """A table of plain records (service views with an ``id``), one per row, held in memory.

    For lists that are short by nature (a case's tasks, milestones, documents); sorted on
    the client through :class:`RawSortProxy`. Subclasses declare ``COLUMNS`` and may override
    ``order``.
    """

    def __init__(self, times: TimeDisplay, parent=None):
        super().__init__(parent)
        self.times = times

    def order(self, rows) -> list:
        return list(rows)

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = self.order(rows)
        self.endResetModel()

    def row_of(self, record_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)
