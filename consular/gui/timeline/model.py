"""The list under the chronology: the events of a timeline as a lazily fetched table model,
and the proxy that sorts it."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from consular.domain.timeline import TimelineEvent
from consular.gui.icons import icon
from consular.gui.table_models import ID_ROLE, OBJECT_ROLE, SORT_ROLE, RawSortProxy
from consular.gui.theme import restricted_colour
from consular.gui.timeline.event_types import TYPE_ICONS, type_colour
from consular.i18n import QT_TRANSLATE_NOOP

_ROOT = QModelIndex()


class TimelineTableModel(QAbstractTableModel):
    """The events of a timeline, oldest first. Rows are handed to the view in batches
    (``canFetchMore``/``fetchMore``) so that 20,000 events open at once."""

    COL_WHEN, COL_TYPE, COL_TITLE, COL_PEOPLE, COL_RECORDED_BY, COL_ACCESS = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("TimelineTableModel", "When (case time)"),
        QT_TRANSLATE_NOOP("TimelineTableModel", "Type"),
        QT_TRANSLATE_NOOP("TimelineTableModel", "Title"),
        QT_TRANSLATE_NOOP("TimelineTableModel", "People"),
        QT_TRANSLATE_NOOP("TimelineTableModel", "Recorded by"),
        QT_TRANSLATE_NOOP("TimelineTableModel", "Access"),
    )
    BATCH = 2000

    def __init__(self, parent=None):
        super().__init__(parent)
        self._events: list[TimelineEvent] = []
        self._rows_by_id: dict[str, int] = {}
        self._fetched = 0
        self._zone: ZoneInfo | None = None  # None: each event's own case time
        self._caption = self.tr("case time")

    def set_zone(self, zone_name: str | None, caption: str) -> None:
        """Show times in ``zone_name`` (None: case time), called ``caption`` in the header."""
        self._zone = ZoneInfo(zone_name) if zone_name else None
        self._caption = caption
        self.headerDataChanged.emit(Qt.Horizontal, self.COL_WHEN, self.COL_WHEN)
        if self._fetched:
            self.dataChanged.emit(self.index(0, self.COL_WHEN), self.index(self._fetched - 1, self.COL_WHEN))

    def shown_time(self, event: TimelineEvent) -> datetime:
        return event.at.astimezone(self._zone) if self._zone is not None else event.local_time

    # --- data in ---------------------------------------------------------------------

    def set_events(self, events: list[TimelineEvent]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self._rows_by_id = {e.id: i for i, e in enumerate(self._events)}
        self._fetched = min(len(self._events), self.BATCH)
        self.endResetModel()

    def event_at(self, row: int) -> TimelineEvent | None:
        return self._events[row] if 0 <= row < self._fetched else None

    def row_of(self, event_id: str) -> int:
        """The row of an event (fetching rows up to it); -1 if it is not in the model."""
        row = self._rows_by_id.get(event_id, -1)
        if row >= 0:
            self.ensure_fetched(row)
        return row

    def ensure_fetched(self, row: int) -> None:
        if row >= self._fetched and row < len(self._events):
            self.beginInsertRows(QModelIndex(), self._fetched, row)
            self._fetched = row + 1
            self.endInsertRows()

    @property
    def total(self) -> int:
        return len(self._events)

    # --- Qt model --------------------------------------------------------------------

    def canFetchMore(self, parent=_ROOT) -> bool:
        return not parent.isValid() and self._fetched < len(self._events)

    def fetchMore(self, parent=_ROOT) -> None:
        if parent.isValid():
            return
        end = min(len(self._events), self._fetched + self.BATCH)
        if end > self._fetched:
            self.beginInsertRows(QModelIndex(), self._fetched, end - 1)
            self._fetched = end
            self.endInsertRows()

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.HEADERS):
            if section == self.COL_WHEN:
                return self.tr("When ({caption})").format(caption=self._caption)
            return QCoreApplication.translate("TimelineTableModel", self.HEADERS[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        event = self.event_at(index.row())
        if event is None:
            return None
        col = index.column()
        if role == Qt.DisplayRole:
            if col == self.COL_WHEN:
                return self.shown_time(event).strftime("%Y-%m-%d %H:%M")
            if col == self.COL_TYPE:
                return event.type.label
            if col == self.COL_TITLE:
                return event.title
            if col == self.COL_PEOPLE:
                return ", ".join(event.people)
            if col == self.COL_RECORDED_BY:
                return event.recorded_by or ""
            if col == self.COL_ACCESS:
                return self.tr("Restricted") if event.restricted else ""
            return None
        if role == SORT_ROLE:
            if col == self.COL_WHEN:
                return (event.at, event.type.rank, event.source.id)
            if col == self.COL_TYPE:
                return event.type.rank
            if col == self.COL_ACCESS:
                return int(event.restricted)
            return (self.data(index, Qt.DisplayRole) or "").lower()
        if role == OBJECT_ROLE:
            return event
        if role == ID_ROLE:
            return event.id
        if role == Qt.DecorationRole and col == self.COL_TYPE:
            return icon(TYPE_ICONS[event.type])
        if role == Qt.ForegroundRole:
            if col == self.COL_ACCESS and event.restricted:
                return restricted_colour()
            if col == self.COL_TYPE:
                return type_colour(event.type)
        if role == Qt.ToolTipRole:
            if col == self.COL_WHEN:
                return (
                    f"{self.shown_time(event).isoformat(timespec='seconds')} ({self._caption})\n"
                    f"{event.at.isoformat(timespec='seconds')} (UTC)"
                )
            if col in (self.COL_TITLE, self.COL_PEOPLE):
                return self.data(index, Qt.DisplayRole)
        if role == Qt.AccessibleTextRole:
            return self.data(index, Qt.DisplayRole)
        return None


class TimelineSortProxy(RawSortProxy):
    """Sorts on raw values, except that "oldest first" is the model's own order: the events
    arrive sorted, and re-sorting 20,000 rows in Python on every filter change or fetch
    would freeze the tab for seconds."""

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if column == TimelineTableModel.COL_WHEN and order == Qt.AscendingOrder:
            column = -1
        super().sort(column, order)
