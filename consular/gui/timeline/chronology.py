"""The zoomable chronology: every event on a horizontal time axis in the case's zone, one lane
per event type, a band per national for the days in captivity and a marker for today.

It zooms from hours to months (Ctrl+wheel, +/-, the zoom buttons) and paints only what is
visible (see :mod:`consular.gui.timeline.chronology_paint`). This module holds its data,
geometry, zoom and scrolling, and input.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip

from consular.domain.timeline import EventType, TimelineEvent
from consular.domain.timeutil import UTC, utcnow, whole_days
from consular.gui.text import html_escape
from consular.gui.timeline.chronology_paint import ChronologyPainting, ChronologyText


@dataclass(frozen=True)
class _Band:
    name: str
    start: float
    end: float | None
    text: str


class ChronologyView(ChronologyPainting, QAbstractScrollArea):
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
        self.setAccessibleName(self.tr("Chronology"))
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
        self._index_lanes(lanes)
        self._zone = ZoneInfo(zone_name)
        now_dt = now or utcnow()
        self._now = now_dt.timestamp()
        self._bands = [self._band(span, now_dt) for span in captivity]
        self._frame()
        self._current = -1
        if keep is not None:
            self._current = next((i for i, e in enumerate(self._events) if e.id == keep), -1)
        if not self._fitted:
            self.fit()
            self._fitted = bool(self._events)
        else:
            self._update_scrollbars()
        self.viewport().update()

    def _index_lanes(self, lanes: list[EventType]) -> None:
        """Per lane, its events' times (sorted, for bisection) and their indices."""
        self._lanes = list(lanes)
        self._lane_times = {lane: [] for lane in self._lanes}
        self._lane_index = {lane: [] for lane in self._lanes}
        for i, (event, t) in enumerate(zip(self._events, self._times, strict=True)):
            if event.type in self._lane_times:
                self._lane_times[event.type].append(t)
                self._lane_index[event.type].append(i)

    @staticmethod
    def _band(span, now: datetime) -> _Band:
        end = span.end.timestamp() if span.end else None
        days = whole_days(span.start, span.end or now)
        words = ChronologyText()
        text = words.held(span.name, days) if span.end is None else words.released(span.name, days, span.status)
        return _Band(span.name, span.start.timestamp(), end, text)

    def _frame(self) -> None:
        """The scrollable span (events, bands and today, padded) and the "whole case" span."""
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
        return ChronologyText().span(seconds)

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
                    f"{found.local_time.strftime('%Y-%m-%d %H:%M %Z')}"  # i18n: ISO time, as the list shows it
                    + (f"<br>{html_escape(', '.join(found.people))}" if found.people else "")
                    + (f"<br><i>{ChronologyText().restricted()}</i>" if found.restricted else "")
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
