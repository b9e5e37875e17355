"""A report chart on the screen: paints the primitives :func:`consular.reports.charts.layout`
gives for the widget's size, so the screen shows the same chart the PDF prints
(:func:`consular.reports.charts.to_drawing` paints the same primitives with reportlab)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from consular.gui import theme
from consular.reports import charts

# The chart is laid out in points, as on paper, and drawn this many pixels per point: text
# keeps the proportions the layout measured it with, so labels fit as they do in the PDF.
SCALE = 1.3
# The layout's ink colours, read for a dark background (the bars keep their palette).
_DARK_INK = {charts.INK: "#e6e9ee", charts.MUTED: "#a9b1bc", charts.GRID: "#3a4250"}


class ChartWidget(QWidget):
    """Draws one :data:`consular.reports.charts.Chart`."""

    def __init__(self, chart: charts.Chart, parent=None):
        super().__init__(parent)
        self.chart = chart
        self.setObjectName(f"chart_{chart.key}")
        self.setAccessibleName(chart.title)
        self.setAccessibleDescription(describe(chart))
        self.setToolTip(describe(chart))
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setMinimumWidth(320)
        self.setFixedHeight(self._height())

    def _height(self) -> int:
        if isinstance(self.chart, charts.SparkTable):
            return int(charts.spark_height(self.chart, 12) * SCALE)
        return int(180 * SCALE)

    def sizeHint(self) -> QSize:
        return QSize(460, self._height())

    def primitives(self) -> list:
        """What is painted at the current size, in points (tests read it)."""
        return charts.layout(self.chart, self.width() / SCALE, self.height() / SCALE)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.Base))
        painter.scale(SCALE, SCALE)
        dark = theme.is_dark()
        base = QFont(self.font())
        points_per_unit = 72.0 / max(self.logicalDpiY(), 1)
        for p in self.primitives():
            if isinstance(p, charts.Rect):
                painter.fillRect(QRectF(p.x, p.y, p.w, p.h), QColor(p.fill))
            elif isinstance(p, charts.Line):
                painter.setPen(QPen(QColor(self._ink(p.color, dark)), p.width))
                painter.drawLine(QPointF(p.x1, p.y1), QPointF(p.x2, p.y2))
            elif isinstance(p, charts.Polyline):
                painter.setPen(QPen(QColor(p.color), p.width + 0.4))
                painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in p.points]))
            elif isinstance(p, charts.Text) and p.text:
                font = QFont(base)
                font.setPointSizeF(p.size * points_per_unit)  # p.size device units, before the scale
                font.setBold(p.bold)
                painter.setFont(font)
                painter.setPen(QColor(self._ink(p.color, dark)))
                width = QFontMetricsF(font).horizontalAdvance(p.text)
                x = p.x - (width / 2 if p.anchor == "middle" else width if p.anchor == "end" else 0)
                painter.drawText(QPointF(x, p.y), p.text)
        painter.end()

    @staticmethod
    def _ink(color: str, dark: bool) -> str:
        return _DARK_INK.get(color, color) if dark else color


def describe(chart: charts.Chart) -> str:
    """The chart's figures as a sentence (tooltip, screen readers)."""
    if isinstance(chart, charts.SparkTable):
        rows = "; ".join(f"{r.label} {r.total:,.0f}" for r in chart.rows[:12])
        return f"{chart.title}: {rows or QCoreApplication.translate('chart_widget', 'nothing')}"
    parts = []
    for i, category in enumerate(chart.categories):
        values = ", ".join(f"{s.name} {s.values[i]:,.0f}" for s in chart.series)
        parts.append(f"{category}: {values}")
    return f"{chart.title}. " + (
        "; ".join(parts) if parts else QCoreApplication.translate("chart_widget", "Nothing to show")
    )


__all__ = ["ChartWidget", "describe"]
