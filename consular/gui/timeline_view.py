"""The Timeline tab of a case: a drawn chronology above a list, and exports.

The chronology (:class:`ChronologyView`) puts every event on a horizontal time axis in
the case's zone, one lane per event type with its colour and icon, a band per national
for the days in captivity, and a marker for today. It zooms from hours to months
(Ctrl+wheel, +/-, the zoom buttons) and paints only what is visible: per lane it jumps
from one pixel column to the next by bisection, so a zoomed-out view of 20,000 events
costs at most one marker per pixel column.

The list (:class:`TimelineTableModel` behind a sorting proxy) holds the same events;
selecting in either selects in both. Double-click or Enter emits
``open_source(entity, id)``: ``contact``, ``milestone``, ``task``, ``document`` or
``case`` with the record's id, ``person`` with the person's id for a hostage status
change, and ``status_change`` for a case status change.

Events are loaded once through the timeline service in the background (restricted ones
included, marked as such); the type toggles, the restricted switch and the text filter
work on what was loaded. Exports run in the background with a progress bar and can be
cancelled.
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from consular.domain.timeline import TYPE_COLOURS, EventType, Timeline, TimelineEvent
from consular.domain.timeutil import UTC, utcnow, whole_days
from consular.gui import ops
from consular.gui.icons import icon
from consular.gui.ops import alive
from consular.gui.table_models import ID_ROLE, OBJECT_ROLE, SORT_ROLE, RawSortProxy
from consular.gui.text import html_escape, multiline_html
from consular.gui.theme import is_dark, restricted_colour
from consular.reports import timeline_export
from consular.services import timeline as timeline_service

log = logging.getLogger(__name__)

_ROOT = QModelIndex()
_SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect
    | QItemSelectionModel.SelectionFlag.Rows
    | QItemSelectionModel.SelectionFlag.Current
)

TYPE_ICONS = {
    EventType.INCIDENT: "warning",
    EventType.CASE_STATUS: "status",
    EventType.HOSTAGE_STATUS: "hostage",
    EventType.MILESTONE: "milestone",
    EventType.CONTACT: "contact",
    EventType.TASK: "task",
    EventType.TASK_DONE: "task-done",
    EventType.DOCUMENT: "document",
}


def type_colour(event_type: EventType) -> QColor:
    colour = QColor(TYPE_COLOURS[event_type])
    return colour.lighter(150) if is_dark() else colour


def source_target(event: TimelineEvent) -> tuple[str, int]:
    """Which record double-clicking an event opens: for a hostage status change, the person."""
    if event.source.entity == "hostage_status" and event.person_ids:
        return "person", event.person_ids[0]
    return event.source.entity, event.source.id


# --------------------------------------------------------------------------- the list


class TimelineTableModel(QAbstractTableModel):
    """The events of a timeline, oldest first. Rows are handed to the view in batches
    (``canFetchMore``/``fetchMore``) so that 20,000 events open at once."""

    COL_WHEN, COL_TYPE, COL_TITLE, COL_PEOPLE, COL_RECORDED_BY, COL_ACCESS = range(6)
    HEADERS = ("When (case time)", "Type", "Title", "People", "Recorded by", "Access")
    BATCH = 2000

    def __init__(self, parent=None):
        super().__init__(parent)
        self._events: list[TimelineEvent] = []
        self._rows_by_id: dict[str, int] = {}
        self._fetched = 0
        self._zone: ZoneInfo | None = None  # None: each event's own case time
        self._caption = "case time"

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
                return f"When ({self._caption})"
            return self.HEADERS[section]
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
                return "Restricted" if event.restricted else ""
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


# --------------------------------------------------------------------------- the chronology


@dataclass(frozen=True)
class _Band:
    name: str
    start: float
    end: float | None
    text: str


class ChronologyView(QAbstractScrollArea):
    """Events on a time axis, one lane per type. Indices are positions in the list given
    to :meth:`set_events` (the same order as the table model's rows)."""

    current_changed = Signal(int)
    activated = Signal(int)
    zoom_changed = Signal(float)

    GUTTER = 170
    AXIS_HEIGHT = 40
    BAND_HEIGHT = 20
    LANE_HEIGHT = 34
    MARKER = 6
    #: seconds per pixel: one hour is 1,200 px at the closest, three years 600 px at the farthest.
    MIN_SPP = 3.0
    MAX_SPP = 3 * 365 * 86400 / 600
    ZOOM_STEP = 1.5

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName("Chronology")
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.horizontalScrollBar().valueChanged.connect(self.viewport().update)
        self.verticalScrollBar().valueChanged.connect(self.viewport().update)
        self._events: list[TimelineEvent] = []
        self._times: list[float] = []
        self._lanes: list[EventType] = []
        self._lane_times: dict[EventType, list[float]] = {}
        self._lane_index: dict[EventType, list[int]] = {}
        self._bands: list[_Band] = []
        self._zone = ZoneInfo("UTC")
        self._t0 = 0.0
        self._t1 = 1.0
        self._spp = 3600.0
        self._left = 0.0  # time at the left edge of the drawing area (right of the gutter)
        self._current = -1
        self._now: float | None = None
        self._fitted = False
        self._fit = (0.0, 1.0)
        #: Markers drawn by the last paint (tests check that paint cost follows pixels, not events).
        self.last_painted = 0

    # --- data ------------------------------------------------------------------------

    def set_events(
        self,
        events: list[TimelineEvent],
        lanes: list[EventType],
        zone_name: str,
        captivity=(),
        now: datetime | None = None,
    ) -> None:
        keep = self._events[self._current].id if 0 <= self._current < len(self._events) else None
        self._events = list(events)
        self._times = [e.at.timestamp() for e in self._events]
        self._lanes = list(lanes)
        self._lane_times = {lane: [] for lane in self._lanes}
        self._lane_index = {lane: [] for lane in self._lanes}
        for i, (event, t) in enumerate(zip(self._events, self._times, strict=True)):
            if event.type in self._lane_times:
                self._lane_times[event.type].append(t)
                self._lane_index[event.type].append(i)
        self._zone = ZoneInfo(zone_name)
        now_dt = now or utcnow()
        self._now = now_dt.timestamp()
        self._bands = []
        for span in captivity:
            end = span.end.timestamp() if span.end else None
            days = whole_days(span.start, span.end or now_dt)
            text = (
                f"{span.name}: held {days} days"
                if span.end is None
                else f"{span.name}: {days} days in captivity, {span.status}"
            )
            self._bands.append(_Band(span.name, span.start.timestamp(), end, text))
        starts = self._times[:1] + [b.start for b in self._bands]
        ends = self._times[-1:] + [b.end or self._now for b in self._bands] + [self._now]
        if starts:
            self._t0, self._t1 = min(starts), max(ends)
        else:
            self._t0, self._t1 = self._now - 86400, self._now
        pad = max(3600.0, (self._t1 - self._t0) * 0.02)
        self._t0 -= pad
        self._t1 += pad
        # "Whole case" frames the events; the scroll range also reaches today and the bands.
        if self._times:
            fit_pad = max(1800.0, (self._times[-1] - self._times[0]) * 0.02)
            self._fit = (self._times[0] - fit_pad, self._times[-1] + fit_pad)
        else:
            self._fit = (self._t0, self._t1)
        self._current = -1
        if keep is not None:
            self._current = next((i for i, e in enumerate(self._events) if e.id == keep), -1)
        if not self._fitted:
            self.fit()
            self._fitted = bool(self._events)
        else:
            self._update_scrollbars()
        self.viewport().update()

    def event_at(self, index: int) -> TimelineEvent | None:
        return self._events[index] if 0 <= index < len(self._events) else None

    @property
    def current(self) -> int:
        return self._current

    @property
    def seconds_per_pixel(self) -> float:
        return self._spp

    @property
    def lanes(self) -> list[EventType]:
        return list(self._lanes)

    def visible_range(self) -> tuple[datetime, datetime]:
        width = max(1, self.viewport().width() - self.GUTTER)
        return (datetime.fromtimestamp(self._left, UTC), datetime.fromtimestamp(self._left + width * self._spp, UTC))

    def span_text(self) -> str:
        seconds = max(1, self.viewport().width() - self.GUTTER) * self._spp
        if seconds < 2 * 86400:
            return f"{seconds / 3600:.0f} hours shown"
        if seconds < 90 * 86400:
            return f"{seconds / 86400:.0f} days shown"
        return f"{seconds / (30.44 * 86400):.0f} months shown"

    # --- geometry --------------------------------------------------------------------

    def _x(self, t: float) -> float:
        return self.GUTTER + (t - self._left) / self._spp

    def _time_at(self, x: float) -> float:
        return self._left + (x - self.GUTTER) * self._spp

    def _content_height(self) -> int:
        return self.AXIS_HEIGHT + len(self._bands) * self.BAND_HEIGHT + len(self._lanes) * self.LANE_HEIGHT + 8

    def _lane_top(self, lane_number: int) -> int:
        return (
            self.AXIS_HEIGHT
            + len(self._bands) * self.BAND_HEIGHT
            + lane_number * self.LANE_HEIGHT
            - self.verticalScrollBar().value()
        )

    def _update_scrollbars(self) -> None:
        width = max(1, self.viewport().width() - self.GUTTER)
        total = (self._t1 - self._t0) / self._spp
        bar = self.horizontalScrollBar()
        maximum = int(max(0.0, total - width))
        bar.blockSignals(True)
        bar.setRange(0, maximum)
        bar.setPageStep(width)
        bar.setSingleStep(max(1, width // 10))
        self._left = min(max(self._left, self._t0), self._t0 + maximum * self._spp)
        bar.setValue(round((self._left - self._t0) / self._spp))
        bar.blockSignals(False)
        vbar = self.verticalScrollBar()
        vbar.setRange(0, max(0, self._content_height() - self.viewport().height()))
        vbar.setPageStep(self.viewport().height())

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self._left = self._t0 + self.horizontalScrollBar().value() * self._spp
        self.viewport().update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._fitted and self._events:
            self.fit()
            self._fitted = True
        self._update_scrollbars()

    def sizeHint(self) -> QSize:
        return QSize(
            900, self._content_height() + self.horizontalScrollBar().sizeHint().height() + 2 * self.frameWidth() + 2
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(400, self.AXIS_HEIGHT + 2 * self.LANE_HEIGHT)

    # --- zoom and scroll -------------------------------------------------------------

    def set_seconds_per_pixel(self, spp: float, anchor_x: float | None = None) -> None:
        spp = min(max(spp, self.MIN_SPP), self.MAX_SPP)
        width = max(1, self.viewport().width() - self.GUTTER)
        if anchor_x is None:
            if 0 <= self._current < len(self._times) and self._visible(self._times[self._current]):
                anchor_x = self._x(self._times[self._current])
            else:
                anchor_x = self.GUTTER + width / 2
        anchor_t = self._time_at(anchor_x)
        self._spp = spp
        self._left = anchor_t - (anchor_x - self.GUTTER) * spp
        self._update_scrollbars()
        self.viewport().update()
        self.zoom_changed.emit(self._spp)

    def _visible(self, t: float) -> bool:
        return self.GUTTER <= self._x(t) <= self.viewport().width()

    def zoom_in(self, anchor_x: float | None = None) -> None:
        self.set_seconds_per_pixel(self._spp / self.ZOOM_STEP, anchor_x)

    def zoom_out(self, anchor_x: float | None = None) -> None:
        self.set_seconds_per_pixel(self._spp * self.ZOOM_STEP, anchor_x)

    def fit(self) -> None:
        """Show the whole case (as far as the farthest zoom allows)."""
        width = max(1, self.viewport().width() - self.GUTTER - 2 * self.MARKER)
        start, end = self._fit
        self._spp = min(max((end - start) / width, self.MIN_SPP), self.MAX_SPP)
        self._left = start - self.MARKER * self._spp
        self._update_scrollbars()
        self.viewport().update()
        self.zoom_changed.emit(self._spp)

    def center_on(self, t: float) -> None:
        width = max(1, self.viewport().width() - self.GUTTER)
        self._left = t - width * self._spp / 2
        self._update_scrollbars()
        self.viewport().update()

    def go_today(self) -> None:
        if self._now is not None:
            self.center_on(self._now)

    def ensure_visible(self, index: int) -> None:
        if 0 <= index < len(self._times) and not self._visible(self._times[index]):
            self.center_on(self._times[index])
        if 0 <= index < len(self._events):
            lane = self._lanes.index(self._events[index].type) if self._events[index].type in self._lanes else -1
            if lane >= 0:
                top = self._lane_top(lane) + self.verticalScrollBar().value()
                vbar = self.verticalScrollBar()
                low = top - self.AXIS_HEIGHT - len(self._bands) * self.BAND_HEIGHT
                if (
                    top < vbar.value() + self.AXIS_HEIGHT
                    or top + self.LANE_HEIGHT > vbar.value() + self.viewport().height()
                ):
                    vbar.setValue(max(0, low))

    def set_current(self, index: int, *, emit: bool = False, ensure_visible: bool = True) -> None:
        if not 0 <= index < len(self._events):
            index = -1
        changed = index != self._current
        self._current = index
        if ensure_visible and index >= 0:
            self.ensure_visible(index)
        self.viewport().update()
        if emit and changed and index >= 0:
            self.current_changed.emit(index)

    # --- painting --------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.Antialiasing)
        palette = self.palette()
        width, height = self.viewport().width(), self.viewport().height()
        painter.fillRect(self.viewport().rect(), palette.base())
        self.last_painted = 0
        t_left, t_right = self._time_at(self.GUTTER), self._time_at(width)
        self._paint_lanes(painter, width)
        self._paint_ticks(painter, width, height, t_left, t_right, grid_only=True)
        self._paint_bands(painter, width, t_left, t_right)
        self._paint_markers(painter, width, t_left, t_right)
        self._paint_ticks(painter, width, height, t_left, t_right, grid_only=False)
        self._paint_today(painter, height)
        self._paint_gutter(painter, height)
        if not self._events:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(
                QRect(self.GUTTER, self.AXIS_HEIGHT, width - self.GUTTER, height - self.AXIS_HEIGHT),
                Qt.AlignCenter,
                "No events to show",
            )
        painter.end()

    def _paint_lanes(self, painter: QPainter, width: int) -> None:
        alternate = self.palette().alternateBase()
        for number in range(len(self._lanes)):
            if number % 2:
                painter.fillRect(QRect(0, self._lane_top(number), width, self.LANE_HEIGHT), alternate)

    def _ticks(self, t_left: float, t_right: float) -> tuple[list[tuple[float, str, bool]], str]:
        """Tick instants in the case's zone with labels; a bold tick starts a day (or month)."""
        spacing = 90 * self._spp
        hour_steps = (1, 2, 3, 6, 12)
        local_left = datetime.fromtimestamp(t_left, self._zone)
        ticks: list[tuple[float, str, bool]] = []
        step_hours = next((h for h in hour_steps if h * 3600 >= spacing), None)
        if step_hours is not None:
            start = local_left.replace(minute=0, second=0, microsecond=0)
            start = start.replace(hour=start.hour - start.hour % step_hours)
            day = start.date()
            while True:
                for hour in range(0, 24, step_hours):
                    moment = datetime(day.year, day.month, day.day, hour, tzinfo=self._zone).timestamp()
                    if moment > t_right:
                        return ticks, "hours"
                    if moment >= t_left - 3600:
                        label = (
                            datetime.fromtimestamp(moment, self._zone).strftime("%a %d %b")
                            if hour == 0
                            else f"{hour:02d}:00"
                        )
                        ticks.append((moment, label, hour == 0))
                day += timedelta(days=1)
        day_steps = next((d for d in (1, 2, 7, 14) if d * 86400 >= spacing), None)
        if day_steps is not None:
            day = local_left.date()
            if day_steps == 7:
                day -= timedelta(days=day.weekday())
            while True:
                moment = datetime(day.year, day.month, day.day, tzinfo=self._zone).timestamp()
                if moment > t_right:
                    return ticks, "days"
                label = day.strftime("%d %b") if day.day != 1 else day.strftime("%d %b %Y")
                ticks.append((moment, label.lstrip("0"), day.day == 1))
                day += timedelta(days=day_steps)
        month_steps = next((m for m in (1, 2, 3, 6) if m * 30 * 86400 >= spacing), 12)
        year, month = local_left.year, local_left.month
        month -= (month - 1) % month_steps
        while True:
            moment = datetime(year, month, 1, tzinfo=self._zone).timestamp()
            if moment > t_right:
                return ticks, "months"
            label = f"{year}" if month_steps == 12 else datetime(year, month, 1).strftime("%b %Y")
            ticks.append((moment, label, month == 1))
            month += month_steps
            while month > 12:
                month -= 12
                year += 1

    def _paint_ticks(
        self, painter: QPainter, width: int, height: int, t_left: float, t_right: float, *, grid_only: bool
    ) -> None:
        ticks, _unit = self._ticks(t_left, t_right)
        text_colour = self.palette().text().color()
        grid = QColor(text_colour)
        grid.setAlpha(28)
        strong = QColor(text_colour)
        strong.setAlpha(60)
        if grid_only:
            for moment, _label, major in ticks:
                x = self._x(moment)
                if x >= self.GUTTER:
                    painter.setPen(QPen(strong if major else grid, 1))
                    painter.drawLine(QPointF(x, self.AXIS_HEIGHT), QPointF(x, height))
            return
        painter.fillRect(QRect(0, 0, width, self.AXIS_HEIGHT), self.palette().window())
        painter.setPen(QPen(strong, 1))
        painter.drawLine(0, self.AXIS_HEIGHT - 1, width, self.AXIS_HEIGHT - 1)
        font = QFont(self.font())
        metrics = QFontMetrics(font)
        last_right = -1e9
        for moment, label, major in ticks:
            x = self._x(moment)
            if x < self.GUTTER - 1:
                continue
            painter.setPen(QPen(text_colour, 1))
            painter.drawLine(QPointF(x, self.AXIS_HEIGHT - (10 if major else 6)), QPointF(x, self.AXIS_HEIGHT - 1))
            font.setBold(major)
            painter.setFont(font)
            label_width = metrics.horizontalAdvance(label) + 8
            if x + 3 > last_right:
                painter.drawText(QPointF(x + 3, self.AXIS_HEIGHT - 14), label)
                last_right = x + 3 + label_width
        # Where the view starts, so an hour axis still says which day it is.
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_colour)
        left_day = datetime.fromtimestamp(t_left, self._zone).strftime("%a %d %b %Y")
        painter.drawText(QRect(6, 2, self.GUTTER - 8, self.AXIS_HEIGHT // 2), Qt.AlignLeft | Qt.AlignVCenter, left_day)
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(
            QRect(6, self.AXIS_HEIGHT // 2 - 2, self.GUTTER - 8, self.AXIS_HEIGHT // 2),
            Qt.AlignLeft | Qt.AlignVCenter,
            metrics.elidedText(self._zone.key, Qt.ElideLeft, self.GUTTER - 10),
        )

    def _paint_bands(self, painter: QPainter, width: int, t_left: float, t_right: float) -> None:
        colour = type_colour(EventType.HOSTAGE_STATUS)
        fill = QColor(colour)
        fill.setAlpha(60)
        for number, band in enumerate(self._bands):
            top = self.AXIS_HEIGHT + number * self.BAND_HEIGHT + 3
            end = band.end if band.end is not None else (self._now or t_right)
            if end < t_left or band.start > t_right:
                continue
            x0 = max(self.GUTTER, self._x(band.start))
            x1 = min(width, self._x(end))
            rect = QRectF(x0, top, max(2.0, x1 - x0), self.BAND_HEIGHT - 6)
            painter.setPen(Qt.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(self.palette().text().color())
            metrics = QFontMetrics(self.font())
            text = metrics.elidedText(band.text, Qt.ElideRight, int(rect.width()) - 8)
            painter.drawText(rect.adjusted(4, 0, 0, 0), Qt.AlignVCenter | Qt.AlignLeft, text)

    def _paint_markers(self, painter: QPainter, width: int, t_left: float, t_right: float) -> None:
        metrics = QFontMetrics(self.font())
        selected: tuple[QPointF, QColor] | None = None
        restricted = restricted_colour()
        margin = self.MARKER * self._spp
        for number, lane in enumerate(self._lanes):
            top = self._lane_top(number)
            if top + self.LANE_HEIGHT < self.AXIS_HEIGHT or top > self.viewport().height():
                continue
            times = self._lane_times[lane]
            indices = self._lane_index[lane]
            colour = type_colour(lane)
            y = top + self.LANE_HEIGHT / 2
            painter.setBrush(colour)
            i = bisect.bisect_left(times, t_left - margin)
            end = bisect.bisect_right(times, t_right + margin)
            while i < end:
                x = self._x(times[i])
                index = indices[i]
                event = self._events[index]
                # Everything under this marker is drawn as one (stacked) marker: jump past it.
                # Per lane that is at most one marker per MARKER pixels, however many events.
                nxt = bisect.bisect_left(times, self._time_at(x + self.MARKER), i + 1, end)
                self._draw_marker(
                    painter, lane, QPointF(x, y), colour, event.restricted, restricted, stacked=nxt - i > 1
                )
                self.last_painted += 1
                room = self._x(times[nxt]) - x - self.MARKER * 2 - 6 if nxt < end else width - x - self.MARKER * 2 - 6
                if room > 50:
                    label = event.title if nxt - i == 1 else f"{nxt - i:,} events"
                    title = metrics.elidedText(label, Qt.ElideRight, int(min(room, 260)))
                    painter.setPen(self.palette().text().color())
                    painter.drawText(QPointF(x + self.MARKER + 4, y + metrics.ascent() / 2 - 1), title)
                    painter.setPen(Qt.NoPen)
                i = nxt
            if 0 <= self._current < len(self._events) and self._events[self._current].type == lane:
                t = self._times[self._current]
                if t_left - margin <= t <= t_right + margin:
                    selected = (QPointF(self._x(t), y), colour)
        if selected is not None:
            point, colour = selected
            pen = QPen(self.palette().highlight().color(), 3)
            painter.setPen(pen)
            painter.setBrush(Qt.NoBrush)
            painter.drawEllipse(point, self.MARKER + 4, self.MARKER + 4)

    def _draw_marker(
        self,
        painter: QPainter,
        lane: EventType,
        point: QPointF,
        colour: QColor,
        is_restricted: bool,
        restricted: QColor,
        *,
        stacked: bool,
    ) -> None:
        r = self.MARKER + (1 if stacked else 0)
        painter.setPen(QPen(restricted, 2) if is_restricted else QPen(colour.darker(130), 1))
        painter.setBrush(colour)
        if lane in (EventType.MILESTONE, EventType.INCIDENT):
            painter.drawPolygon(
                QPolygonF(
                    [
                        point + QPointF(0, -r - 1),
                        point + QPointF(r + 1, 0),
                        point + QPointF(0, r + 1),
                        point + QPointF(-r - 1, 0),
                    ]
                )
            )
        elif lane == EventType.DOCUMENT:
            painter.drawRect(QRectF(point.x() - r + 1, point.y() - r + 1, 2 * r - 2, 2 * r - 2))
        else:
            painter.drawEllipse(point, r, r)
        if stacked:
            painter.setPen(QPen(colour.darker(160), 1))
            painter.drawLine(point + QPointF(-r, r + 3), point + QPointF(r, r + 3))

    def _paint_today(self, painter: QPainter, height: int) -> None:
        if self._now is None:
            return
        x = self._x(self._now)
        if x < self.GUTTER or x > self.viewport().width():
            return
        colour = QColor("#d32f2f")
        painter.setPen(QPen(colour, 2, Qt.DashLine))
        painter.drawLine(QPointF(x, self.AXIS_HEIGHT), QPointF(x, height))
        painter.setPen(colour)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        label_width = QFontMetrics(font).horizontalAdvance("Today")
        left_of_line = x + 4 + label_width > self.viewport().width()
        painter.drawText(QPointF(x - 4 - label_width if left_of_line else x + 4, self.AXIS_HEIGHT - 24), "Today")
        painter.setFont(self.font())

    def _paint_gutter(self, painter: QPainter, height: int) -> None:
        palette = self.palette()
        painter.fillRect(QRect(0, self.AXIS_HEIGHT, self.GUTTER, height - self.AXIS_HEIGHT), palette.window())
        painter.setPen(QPen(palette.mid().color(), 1))
        painter.drawLine(self.GUTTER - 1, 0, self.GUTTER - 1, height)
        for number, band in enumerate(self._bands):
            top = self.AXIS_HEIGHT + number * self.BAND_HEIGHT
            painter.setPen(palette.text().color())
            metrics = QFontMetrics(self.font())
            painter.drawText(
                QRect(28, top, self.GUTTER - 32, self.BAND_HEIGHT),
                Qt.AlignVCenter | Qt.AlignLeft,
                metrics.elidedText(band.name, Qt.ElideRight, self.GUTTER - 34),
            )
            icon("hostage").paint(painter, QRect(6, top + 2, 16, 16))
        for number, lane in enumerate(self._lanes):
            top = self._lane_top(number)
            if top + self.LANE_HEIGHT < self.AXIS_HEIGHT + len(self._bands) * self.BAND_HEIGHT:
                continue
            painter.fillRect(QRect(0, top + 6, 4, self.LANE_HEIGHT - 12), type_colour(lane))
            icon(TYPE_ICONS[lane]).paint(painter, QRect(10, top + (self.LANE_HEIGHT - 18) // 2, 18, 18))
            painter.setPen(palette.text().color())
            count = len(self._lane_times.get(lane, ()))
            metrics = QFontMetrics(self.font())
            text = metrics.elidedText(f"{lane.label} ({count:,})", Qt.ElideMiddle, self.GUTTER - 40)
            painter.drawText(QRect(34, top, self.GUTTER - 38, self.LANE_HEIGHT), Qt.AlignVCenter | Qt.AlignLeft, text)

    # --- input -----------------------------------------------------------------------

    def index_at(self, pos) -> int:
        """The event under a viewport position (nearest within a marker's reach), or -1."""
        if pos.x() < self.GUTTER or pos.y() < self.AXIS_HEIGHT + len(self._bands) * self.BAND_HEIGHT:
            return -1
        number = int(
            (pos.y() + self.verticalScrollBar().value() - self.AXIS_HEIGHT - len(self._bands) * self.BAND_HEIGHT)
            // self.LANE_HEIGHT
        )
        if not 0 <= number < len(self._lanes):
            return -1
        lane = self._lanes[number]
        times = self._lane_times[lane]
        t = self._time_at(pos.x())
        reach = (self.MARKER + 3) * self._spp
        i = bisect.bisect_left(times, t - reach)
        best, best_distance = -1, reach
        while i < len(times) and times[i] <= t + reach:
            distance = abs(times[i] - t)
            if distance <= best_distance:
                best, best_distance = self._lane_index[lane][i], distance
                if distance == 0:
                    break
            i += 1
        return best

    def marker_position(self, index: int) -> QPointF | None:
        """Where an event's marker is drawn in viewport coordinates (for tests and tooltips)."""
        event = self.event_at(index)
        if event is None or event.type not in self._lanes:
            return None
        lane = self._lanes.index(event.type)
        return QPointF(self._x(self._times[index]), self._lane_top(lane) + self.LANE_HEIGHT / 2)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            index = self.index_at(event.position())
            if index >= 0:
                self.set_current(index, emit=True, ensure_visible=False)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        index = self.index_at(event.position())
        if index >= 0:
            self.set_current(index, emit=True, ensure_visible=False)
            self.activated.emit(index)

    def viewportEvent(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            index = self.index_at(event.position() if hasattr(event, "position") else QPointF(event.pos()))
            found = self.event_at(index)
            if found is not None:
                text = (
                    f"<b>{html_escape(found.title)}</b><br>{found.type.label} · "
                    f"{found.local_time.strftime('%Y-%m-%d %H:%M %Z')}"
                    + (f"<br>{html_escape(', '.join(found.people))}" if found.people else "")
                    + ("<br><i>Restricted</i>" if found.restricted else "")
                )
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def wheelEvent(self, event) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.ControlModifier:
            steps = delta.y() / 120 if delta.y() else delta.x() / 120
            if steps:
                self.set_seconds_per_pixel(self._spp / (self.ZOOM_STEP**steps), event.position().x())
            event.accept()
            return
        if event.modifiers() & Qt.ShiftModifier:
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y() // 4)
            event.accept()
            return
        amount = delta.y() if abs(delta.y()) >= abs(delta.x()) else delta.x()
        bar = self.horizontalScrollBar()
        bar.setValue(bar.value() - int(amount / 120 * bar.singleStep()))
        event.accept()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key_Plus, Qt.Key_Equal) or event.matches(QKeySequence.ZoomIn):
            self.zoom_in()
        elif key == Qt.Key_Minus or event.matches(QKeySequence.ZoomOut):
            self.zoom_out()
        elif key in (Qt.Key_Right, Qt.Key_Down) and self._events:
            self.set_current(min(len(self._events) - 1, self._current + 1), emit=True)
        elif key in (Qt.Key_Left, Qt.Key_Up) and self._events:
            self.set_current(max(0, self._current - 1), emit=True)
        elif key == Qt.Key_Home and self._events:
            self.set_current(0, emit=True)
        elif key == Qt.Key_End and self._events:
            self.set_current(len(self._events) - 1, emit=True)
        elif key in (Qt.Key_Return, Qt.Key_Enter) and self._current >= 0:
            self.activated.emit(self._current)
        else:
            super().keyPressEvent(event)
            return
        event.accept()


# --------------------------------------------------------------------------- export dialog


class ExportDialog(QDialog):
    """Format, file, what to include. ``values()`` gives what :meth:`TimelineTab.export` takes."""

    def __init__(self, reference: str, start_folder: Path, types: list[EventType], parent=None):
        super().__init__(parent)
        self.setWindowTitle(f"Export the timeline of {reference}")
        self.reference = reference
        self.types = types
        form = QFormLayout()
        self.format = QComboBox()
        self.format.setAccessibleName("Format")
        for fmt in timeline_export.FORMATS:
            self.format.addItem(timeline_export.DESCRIPTIONS[fmt], fmt)
        self.path = QLineEdit(str(start_folder / f"{reference}-timeline.pdf"))
        self.path.setAccessibleName("File")
        browse = QPushButton("Choose…")
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.include_restricted = QCheckBox("Include restricted entries")
        self.redact = QCheckBox(
            "Redact personal identifiers (passport and ID numbers, phones, e-mails, "
            "dates of birth); leaves restricted entries out"
        )
        self.redact.setAccessibleName("Redact")
        self.redact.toggled.connect(self._redact_toggled)
        self.use_start = QCheckBox("From")
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.start.setAccessibleName("From date")
        self.use_end = QCheckBox("To")
        self.end = QDateEdit()
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("yyyy-MM-dd")
        self.end.setAccessibleName("To date")
        self.end.setDate(QDate.currentDate())
        for box, edit in ((self.use_start, self.start), (self.use_end, self.end)):
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
        dates = QHBoxLayout()
        for widget in (self.use_start, self.start, self.use_end, self.end):
            dates.addWidget(widget)
        dates.addStretch(1)
        self.scope = QLabel()
        self.scope.setWordWrap(True)
        self.scope.setProperty("role", "hint")
        shown = ", ".join(t.label.lower() for t in types) if len(types) < len(EventType) else "every type"
        self.scope.setText(
            f"Exports the event types shown now ({shown}). Dates are whole days in the case's time zone."
        )
        form.addRow("Format", self.format)
        form.addRow("File", path_row)
        form.addRow("", self.include_restricted)
        form.addRow("", self.redact)
        form.addRow("Dates", dates)
        form.addRow("", self.scope)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText("Export")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setProperty("role", "field-error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.format.setCurrentIndex(timeline_export.FORMATS.index("pdf"))
        self.resize(620, self.sizeHint().height())

    def _format_changed(self) -> None:
        fmt = self.format.currentData()
        path = Path(self.path.text().strip() or f"{self.reference}-timeline")
        self.path.setText(str(path.with_suffix(timeline_export.SUFFIXES[fmt])))

    def _redact_toggled(self, on: bool) -> None:
        if on:
            self.include_restricted.setChecked(False)
        self.include_restricted.setEnabled(not on)

    def _browse(self) -> None:
        fmt = self.format.currentData()
        suffix = timeline_export.SUFFIXES[fmt]
        path, _ = QFileDialog.getSaveFileName(
            self, "Export timeline as", self.path.text(), f"{timeline_export.DESCRIPTIONS[fmt]} (*{suffix})"
        )
        if path:
            self.path.setText(path if path.endswith(suffix) else path + suffix)

    def _accept(self) -> None:
        if not self.path.text().strip():
            self.error.setText("Choose a file to write.")
            self.error.show()
            return
        if self.use_start.isChecked() and self.use_end.isChecked() and self.start.date() > self.end.date():
            self.error.setText("The first day is after the last day.")
            self.error.show()
            return
        self.accept()

    def values(self) -> dict:
        def day(box, edit) -> date | None:
            if not box.isChecked():
                return None
            d = edit.date()
            return date(d.year(), d.month(), d.day())

        return {
            "fmt": self.format.currentData(),
            "path": Path(self.path.text().strip()).expanduser(),
            "include_restricted": self.include_restricted.isChecked() and not self.redact.isChecked(),
            "redact": self.redact.isChecked(),
            "start": day(self.use_start, self.start),
            "end": day(self.use_end, self.end),
            "types": list(self.types),
        }


# --------------------------------------------------------------------------- the tab


class TimelineTab(QWidget):
    """The Timeline tab: chronology, list, detail, filters and export."""

    open_source = Signal(str, int)
    loaded = Signal(int)  # number of events loaded
    export_finished = Signal(object)  # the Timeline written, or None when it failed/cancelled

    def __init__(self, ctx, reference: str, parent: QWidget | None = None, *, autoload: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        self.reference = reference
        self.timeline: Timeline | None = None
        self.events: list[TimelineEvent] = []  # what is shown, after the filters
        self._user_zone: str | None = None  # set: times in the user's zone ("my time")
        self._syncing = False
        self._export_op: ops.Op | None = None
        self._export_settled = False
        self._build()
        if autoload:
            self.refresh()

    # --- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        self.type_buttons: dict[EventType, QToolButton] = {}
        types_row = QHBoxLayout()
        types_row.setSpacing(2)
        for event_type in EventType:
            button = QToolButton()
            button.setCheckable(True)
            button.setChecked(True)
            button.setIcon(icon(TYPE_ICONS[event_type]))
            button.setText(event_type.label)
            button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
            button.setAccessibleName(f"Show {event_type.label.lower()}")
            button.setToolTip(f"Show or hide {event_type.label.lower()} events")
            button.setStyleSheet(f"QToolButton:checked {{ border-bottom: 3px solid {TYPE_COLOURS[event_type]}; }}")
            button.toggled.connect(self.apply_filters)
            self.type_buttons[event_type] = button
            types_row.addWidget(button)
        types_row.addStretch(1)

        self.show_restricted = QCheckBox("Restricted")
        self.show_restricted.setChecked(True)
        self.show_restricted.setToolTip("Show restricted entries (marked in red)")
        self.show_restricted.toggled.connect(self.apply_filters)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Filter by name or text…")
        self.search.setAccessibleName("Filter events")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filters)
        self.zoom_out_button = self._tool("−", "Zoom out (−, Ctrl+wheel)")
        self.zoom_in_button = self._tool("+", "Zoom in (+, Ctrl+wheel)")
        self.fit_button = self._tool("Whole case", "Show the whole case")
        self.today_button = self._tool("Today", "Go to today")
        self.zoom_label = QLabel()
        self.zoom_label.setProperty("role", "hint")
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("000 months shown") + 8)
        self.export_button = QPushButton(icon("export"), "Export…")
        self.export_button.setAccessibleName("Export timeline")
        self.export_button.clicked.connect(self.choose_export)
        self.refresh_button = self._tool("", "Reload the timeline")
        self.refresh_button.setIcon(icon("refresh"))
        self.refresh_button.setAccessibleName("Reload timeline")
        self.refresh_button.clicked.connect(self.refresh)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Export progress")
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel export")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_export)
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)

        tools = QHBoxLayout()
        tools.addWidget(self.show_restricted)
        tools.addWidget(self.search, 1)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.today_button, self.zoom_label):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.progress)
        tools.addWidget(self.cancel_button)
        tools.addWidget(self.refresh_button)
        tools.addWidget(self.export_button)

        self.chronology = ChronologyView()
        self.chronology.current_changed.connect(self._chronology_selected)
        self.chronology.activated.connect(self._chronology_activated)
        self.chronology.zoom_changed.connect(self._zoom_changed)
        self.zoom_out_button.clicked.connect(lambda: self.chronology.zoom_out())
        self.zoom_in_button.clicked.connect(lambda: self.chronology.zoom_in())
        self.fit_button.clicked.connect(self.chronology.fit)
        self.today_button.clicked.connect(self.chronology.go_today)

        self.model = TimelineTableModel(self)
        self.proxy = TimelineSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName("Timeline events")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(TimelineTableModel.COL_WHEN, Qt.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        for col, width in ((0, 130), (1, 140), (2, 420), (3, 200), (4, 130), (5, 80)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(TimelineTableModel.COL_TITLE, QHeaderView.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._table_selected)
        self.table.doubleClicked.connect(self._table_activated)
        self.table.installEventFilter(self)

        self.detail = QTextBrowser()
        self.detail.setAccessibleName("Event detail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(lambda _url: self.open_current())
        self.detail.setPlaceholderText("Select an event to read it here.")

        lower = QSplitter(Qt.Horizontal)
        lower.addWidget(self.table)
        lower.addWidget(self.detail)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 1)
        lower.setSizes([900, 380])
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.addWidget(self.chronology)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(types_row)
        layout.addLayout(tools)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

    def _tool(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        return button

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.table
            and event.type() == event.Type.KeyPress
            and event.key() in (Qt.Key_Return, Qt.Key_Enter)
        ):
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    # --- loading and filtering -------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the database in the background (restricted included; filtered here)."""
        self.status.setText("Loading the timeline…")
        ctx, reference = self.ctx, self.reference
        flt = timeline_service.TimelineFilter(include_restricted=True)

        def loaded(timeline: Timeline) -> None:
            if alive(self):
                self.set_timeline(timeline)

        def failed(exc: BaseException) -> None:
            if not alive(self):
                return
            self.status.setText("The timeline could not be loaded.")
            from consular.gui.errors import show_error

            show_error(self, exc)

        ops.query(
            self,
            lambda: timeline_service.case_timeline(ctx, reference, flt),
            on_done=loaded,
            on_error=failed,
        )

    def set_timeline(self, timeline: Timeline) -> None:
        first = self.timeline is None
        self.timeline = timeline
        self.apply_filters()
        if first:
            # Give the chronology the height its lanes need, the list the rest.
            wanted = self.chronology.sizeHint().height()
            total = sum(self.splitter.sizes()) or self.height()
            self.splitter.setSizes([min(wanted, max(200, total * 3 // 5)), max(150, total - wanted)])
        self.loaded.emit(len(timeline.events))

    def set_time_mode(self, mode: str, user_zone: str | None = None) -> None:
        """Show times in case time (``"case"``) or in ``user_zone`` (``"user"``): the list, the
        chronology's axis and the detail follow; the selection stays where it is."""
        if mode not in ("case", "user"):
            raise ValueError(f"Unknown time mode {mode!r}; use 'case' or 'user'")
        wanted = (user_zone or "UTC") if mode == "user" else None
        if wanted == self._user_zone:
            return
        self._user_zone = wanted
        self.model.set_zone(wanted, self.time_caption)
        self.apply_filters()

    @property
    def time_caption(self) -> str:
        return "my time" if self._user_zone else "case time"

    def shown_zone(self) -> str:
        """The zone times are shown in now."""
        if self._user_zone:
            return self._user_zone
        return self.timeline.case.timezone if self.timeline is not None else "UTC"

    def shown_types(self) -> list[EventType]:
        return [t for t, button in self.type_buttons.items() if button.isChecked()]

    def apply_filters(self) -> None:
        if self.timeline is None:
            return
        current = self.current_event()
        types = set(self.shown_types())
        restricted = self.show_restricted.isChecked()
        needle = self.search.text().strip().lower()

        def keep(event: TimelineEvent) -> bool:
            if event.type not in types or (event.restricted and not restricted):
                return False
            if needle:
                haystack = " ".join((event.title, event.detail, " ".join(event.people), event.recorded_by or ""))
                return needle in haystack.lower()
            return True

        self.events = [e for e in self.timeline.events if keep(e)]
        self._syncing = True
        try:
            self.model.set_events(self.events)
            self.chronology.set_events(
                self.events, [t for t in EventType if t in types], self.shown_zone(), self.timeline.case.captivity
            )
        finally:
            self._syncing = False
        total = len(self.timeline.events)
        shown = len(self.events)
        hidden = sum(1 for e in self.timeline.events if e.restricted)
        text = f"{shown:,} of {total:,} events" if shown != total else f"{total:,} events"
        if hidden:
            text += f" ({hidden:,} restricted)"
        self.status.setText(f"{text}. Times in {self.time_caption}, {self.shown_zone()}.")
        if current is not None:
            self.select_event(current.id)
        else:
            self._show_detail(None)

    # --- selection -------------------------------------------------------------------

    def current_event(self) -> TimelineEvent | None:
        return self.chronology.event_at(self.chronology.current)

    def select_event(self, event_id: str) -> bool:
        """Select an event in both views (False if it is not shown)."""
        row = self.model.row_of(event_id)
        if row < 0:
            self._show_detail(None)
            return False
        self._select_row(row, from_table=False)
        return True

    def _select_row(self, row: int, *, from_table: bool) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            if not from_table:
                self.model.ensure_fetched(row)
                proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectionModel().setCurrentIndex(proxy_index, _SELECT_ROW)
                self.table.scrollTo(proxy_index, QAbstractItemView.EnsureVisible)
            self.chronology.set_current(row, ensure_visible=True)
            self._show_detail(self.model.event_at(row))
        finally:
            self._syncing = False

    def _chronology_selected(self, index: int) -> None:
        self._select_row(index, from_table=False)

    def _table_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.proxy.mapToSource(current).row()
        self._select_row(row, from_table=True)

    def _chronology_activated(self, index: int) -> None:
        self._select_row(index, from_table=False)
        self.open_current()

    def _table_activated(self, index: QModelIndex) -> None:
        self.open_current()

    def open_current(self) -> None:
        event = self.current_event()
        if event is not None:
            entity, record_id = source_target(event)
            self.open_source.emit(entity, record_id)

    def _show_detail(self, event: TimelineEvent | None) -> None:
        if event is None:
            self.detail.clear()
            return
        colour = TYPE_COLOURS[event.type]
        shown = self.model.shown_time(event)
        parts = [
            f'<p><span style="color:{colour}; font-weight:bold">{html_escape(event.type.label)}</span>'
            + (
                f' &nbsp;<span style="color:{restricted_colour().name()}; font-weight:bold">RESTRICTED</span>'
                if event.restricted
                else ""
            )
            + f"<br><b>{html_escape(event.title)}</b></p>",
            (
                f"<p>{html_escape(shown.strftime('%A %d %B %Y, %H:%M'))} {self.time_caption} "
                f"({html_escape(shown.strftime('%Z, UTC%z'))})<br>"
                f"{html_escape(event.at.strftime('%Y-%m-%d %H:%M'))} UTC</p>"
            ),
        ]
        if event.people:
            parts.append(f"<p><b>People:</b> {html_escape(', '.join(event.people))}</p>")
        if event.detail:
            parts.append(f"<p>{multiline_html(event.detail)}</p>")
        facts = f"Recorded by {html_escape(event.recorded_by)}" if event.recorded_by else ""
        parts.append(
            f"<p style='color:gray'>{facts}<br>{html_escape(event.id)} · "
            f"<a href='open'>open {html_escape(str(event.source))}</a></p>"
        )
        self.detail.setHtml("".join(parts))

    def _zoom_changed(self, _spp: float) -> None:
        self.zoom_label.setText(self.chronology.span_text())
        self.zoom_in_button.setEnabled(self.chronology.seconds_per_pixel > ChronologyView.MIN_SPP)
        self.zoom_out_button.setEnabled(self.chronology.seconds_per_pixel < ChronologyView.MAX_SPP)

    # --- export ----------------------------------------------------------------------

    def choose_export(self) -> ExportDialog:
        """Open the export dialog (non-blocking); accepting it starts the export."""
        dialog = ExportDialog(self.reference, Path.home(), self.shown_types(), self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.export(**dialog.values()))
        dialog.open()
        return dialog

    def export(
        self,
        fmt: str,
        path: Path,
        *,
        include_restricted: bool = False,
        redact: bool = False,
        start: date | None = None,
        end: date | None = None,
        types: list[EventType] | None = None,
    ) -> ops.Op:
        """Write the timeline in the background, with the progress bar and Cancel."""
        flt = timeline_service.TimelineFilter(
            start=start,
            end=end,
            include_restricted=include_restricted,
            redact=redact,
            types=frozenset(types) if types and len(types) < len(EventType) else frozenset(),
        )
        ctx, reference = self.ctx, self.reference

        def work(progress: ops.Progress):
            # progress() raises Cancelled once the user cancelled
            return timeline_service.export_timeline(ctx, reference, fmt, path, flt, progress=progress)

        def done(timeline: Timeline) -> None:
            if not alive(self):
                return
            self._export_settled = True
            self._export_ended()
            count = len(timeline.events)
            self.status.setText(f"Exported {count:,} event{'s' if count != 1 else ''} to {path}.")
            self.export_finished.emit(timeline)

        def failed(exc: BaseException) -> None:
            if not alive(self):
                return
            self._export_settled = True
            self._export_ended()
            self.status.setText("The export failed; nothing was written.")
            self.export_finished.emit(None)
            from consular.gui.errors import show_error

            show_error(self, exc)

        self.progress.setRange(0, 0)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.export_button.setEnabled(False)
        self.status.setText(f"Exporting to {path}…")
        self._export_settled = False
        self._export_op = ops.write(
            self,
            work,
            on_done=done,
            on_error=failed,
            with_progress=True,
            on_progress=self._export_progressed,
            on_finished=self._op_finished,
        )
        return self._export_op

    def _op_finished(self) -> None:
        # A cancelled op reports neither success nor failure; its callbacks run right after
        # this signal, so look once they have had their turn.
        op = self._export_op
        QTimer.singleShot(0, lambda: self._settle(op))

    def _settle(self, op) -> None:
        if not alive(self) or op is not self._export_op:
            return
        self._export_op = None
        if not self._export_settled:
            self._export_ended()
            self.status.setText("Export cancelled; nothing was written.")
            self.export_finished.emit(None)

    def cancel_export(self) -> None:
        if self._export_op is not None:
            self._export_op.cancel()
            self.cancel_button.setEnabled(False)

    def _export_progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _export_ended(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        self.export_button.setEnabled(True)
