"""How the chronology paints itself, one named step per layer: alternate lanes, grid, captivity
bands, markers, axis, today line, gutter.

Markers: per lane the painter jumps from one pixel column to the next by bisection, so a
zoomed-out view of 20,000 events costs at most one marker per MARKER pixels per lane.
"""

from __future__ import annotations

import bisect
from datetime import datetime

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF

from consular.domain.timeline import EventType
from consular.gui.icons import icon
from consular.gui.theme import restricted_colour
from consular.gui.timeline import axis
from consular.gui.timeline.event_types import TYPE_ICONS, type_colour
from consular.i18n import format_date


class ChronologyText(QObject):
    """The chronology's words (a QObject, so that ``tr`` gives Qt's plural forms; the view's
    painting half is a plain mixin)."""

    def held(self, name: str, days: int) -> str:
        return self.tr("{name}: held %n day(s)", "", days).format(name=name)

    def released(self, name: str, days: int, status: str) -> str:
        return self.tr("{name}: %n day(s) in captivity, {status}", "", days).format(name=name, status=status)

    def span(self, seconds: float) -> str:
        if seconds < 2 * 86400:
            return self.tr("%n hour(s) shown", "", round(seconds / 3600))
        if seconds < 90 * 86400:
            return self.tr("%n day(s) shown", "", round(seconds / 86400))
        return self.tr("%n month(s) shown", "", round(seconds / (30.44 * 86400)))

    def events(self, count: int) -> str:
        return self.tr("{count} event(s)", "", count).format(count=f"{count:,}")

    def no_events(self) -> str:
        return self.tr("No events to show")

    def today(self) -> str:
        return self.tr("Today")

    def restricted(self) -> str:
        return self.tr("Restricted")


class ChronologyPainting:
    """The painting half of :class:`~consular.gui.timeline.chronology.ChronologyView` (mixed
    into it; it uses the view's geometry: ``_x``, ``_time_at``, ``_lane_top``, the lanes)."""

    # --- painting --------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.Antialiasing)
        width, height = self.viewport().width(), self.viewport().height()
        painter.fillRect(self.viewport().rect(), self.palette().base())
        self.last_painted = 0
        t_left, t_right = self._time_at(self.GUTTER), self._time_at(width)
        ticks, _unit = self._ticks(t_left, t_right)
        self._paint_lanes(painter, width)
        self._paint_grid(painter, height, ticks)
        self._paint_bands(painter, width, t_left, t_right)
        self._paint_markers(painter, width, t_left, t_right)
        self._paint_axis(painter, width, ticks, t_left)
        self._paint_today(painter, height)
        self._paint_gutter(painter, height)
        if not self._events:
            self._paint_empty(painter, width, height)
        painter.end()

    def _paint_empty(self, painter: QPainter, width: int, height: int) -> None:
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(
            QRect(self.GUTTER, self.AXIS_HEIGHT, width - self.GUTTER, height - self.AXIS_HEIGHT),
            Qt.AlignCenter,
            ChronologyText().no_events(),
        )

    def _paint_lanes(self, painter: QPainter, width: int) -> None:
        alternate = self.palette().alternateBase()
        for number in range(len(self._lanes)):
            if number % 2:
                painter.fillRect(QRect(0, self._lane_top(number), width, self.LANE_HEIGHT), alternate)

    def _ticks(self, t_left: float, t_right: float) -> tuple[list[axis.Tick], str]:
        """Tick instants in the shown zone with labels; a bold tick starts a day (or month)."""
        return axis.ticks(t_left, t_right, self._spp, self._zone)

    def _axis_colours(self) -> tuple[QColor, QColor, QColor]:
        """Text, faint grid line, strong (major) grid line."""
        text_colour = self.palette().text().color()
        grid = QColor(text_colour)
        grid.setAlpha(28)
        strong = QColor(text_colour)
        strong.setAlpha(60)
        return text_colour, grid, strong

    def _paint_grid(self, painter: QPainter, height: int, ticks: list[axis.Tick]) -> None:
        """A vertical line per tick through the lanes, under the markers."""
        _text, grid, strong = self._axis_colours()
        for moment, _label, major in ticks:
            x = self._x(moment)
            if x >= self.GUTTER:
                painter.setPen(QPen(strong if major else grid, 1))
                painter.drawLine(QPointF(x, self.AXIS_HEIGHT), QPointF(x, height))

    def _paint_axis(self, painter: QPainter, width: int, ticks: list[axis.Tick], t_left: float) -> None:
        """The axis band on top: tick marks with labels that do not overlap, and at the left
        the day the view starts on and the zone."""
        text_colour, _grid, strong = self._axis_colours()
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
        self._paint_axis_corner(painter, font, metrics, text_colour, t_left)

    def _paint_axis_corner(
        self, painter: QPainter, font: QFont, metrics: QFontMetrics, text_colour: QColor, t_left: float
    ) -> None:
        # Where the view starts, so an hour axis still says which day it is.
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_colour)
        left_day = format_date(datetime.fromtimestamp(t_left, self._zone), "EEE dd MMM y")
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
                    label = event.title if nxt - i == 1 else ChronologyText().events(nxt - i)
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
        today = ChronologyText().today()
        label_width = QFontMetrics(font).horizontalAdvance(today)
        left_of_line = x + 4 + label_width > self.viewport().width()
        painter.drawText(QPointF(x - 4 - label_width if left_of_line else x + 4, self.AXIS_HEIGHT - 24), today)
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
