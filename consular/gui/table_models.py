"""Table models shared by the lists: the roles every model answers (raw sort value, the
record, its id), an in-memory model of records and the proxy that sorts on raw values."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from consular.gui.times import TimeDisplay

SORT_ROLE = Qt.UserRole + 1
OBJECT_ROLE = Qt.UserRole + 2
ID_ROLE = Qt.UserRole + 3


class RecordTableModel(QAbstractTableModel):
    """A table of plain records (service views with an ``id``), one per row, held in memory.

    For lists that are short by nature (a case's tasks, milestones, documents). Subclasses
    set ``HEADERS`` and ``TIME_COLUMNS`` (refreshed when the time display switches zone),
    may override ``order``, and implement ``data``.
    """

    HEADERS: tuple[str, ...] = ()
    TIME_COLUMNS: tuple[int, ...] = ()

    def __init__(self, times: TimeDisplay, parent=None):
        super().__init__(parent)
        self.times = times
        self._rows: list = []

    def order(self, rows) -> list:
        return list(rows)

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = self.order(rows)
        self.endResetModel()

    def record_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def times_changed(self) -> None:
        if self._rows and self.TIME_COLUMNS:
            self.dataChanged.emit(
                self.index(0, min(self.TIME_COLUMNS)), self.index(len(self._rows) - 1, max(self.TIME_COLUMNS))
            )

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None


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
