"""Charts of the reports across cases: one description, one layout, two painters.

Why this way, and not QtCharts or matplotlib: the GUI venv has PySide6-Essentials only
(QtCharts is in the ~300 MB Addons wheel), and matplotlib would be a second large dependency
for a handful of bar charts. More to the point, a report must show the *same* picture on the
screen and on paper. So a chart is a plain dataclass (:class:`BarChart`, :class:`SparkTable`)
built by the service from the report's figures; :func:`layout` turns it into drawing
primitives (rectangles, lines, polylines, text) in a box of a given size, y downwards; and
two small painters draw those primitives: :func:`to_drawing` into a reportlab
``Drawing`` (vector graphics in the PDF) and ``consular.gui.chart_widget`` with a QPainter
on the screen. Everything that decides what a chart shows (scales, ticks, which labels fit,
colours) is here, once, and is tested without Qt or a PDF.

No Qt, no ORM.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from consular import reports

# Okabe–Ito: tells series apart for readers with colour-blindness, on screen and in print.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
INK = "#1b1f24"
MUTED = "#5b6470"
GRID = "#d5dae0"


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class BarChart:
    """Bars per category: one bar per series side by side, or stacked."""

    key: str
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str = ""
    stacked: bool = False

    @property
    def empty(self) -> bool:
        return not self.categories or not any(v for s in self.series for v in s.values)


@dataclass(frozen=True)
class SparkRow:
    label: str
    values: tuple[float, ...]
    total: float


@dataclass(frozen=True)
class SparkTable:
    """A table of rows (a country, say) with a total and a sparkline of the values by period."""

    key: str
    title: str
    periods: tuple[str, ...]
    rows: tuple[SparkRow, ...]
    total_header: str = ""  #: "" means "Total" in the current language

    @property
    def empty(self) -> bool:
        return not self.rows


Chart = BarChart | SparkTable


# --- primitives ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str
    width: float = 0.6


@dataclass(frozen=True)
class Polyline:
    points: tuple[tuple[float, float], ...]
    color: str
    width: float = 1.2


@dataclass(frozen=True)
class Text:
    """``y`` is the baseline; ``anchor`` start, middle or end."""

    x: float
    y: float
    text: str
    size: float = 7.5
    color: str = INK
    anchor: str = "start"
    bold: bool = False


Primitive = Rect | Line | Polyline | Text


def text_width(text: str, size: float) -> float:
    """A fair estimate of a sans-serif string's width (layout decisions only)."""
    return 0.56 * size * len(text)


def nice_ceiling(value: float) -> tuple[float, float]:
    """(top of the axis, step): the smallest 1-2-5 step that gives at most 5 gridlines."""
    if value <= 0:
        return 1.0, 1.0
    raw = value / 4
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * power
        if step >= raw:
            break
    if step < 1 and value >= 1:
        step = 1
    top = math.ceil(value / step - 1e-9) * step
    return top, step


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def layout(chart: Chart, width: float, height: float) -> list[Primitive]:
    """The primitives that draw ``chart`` in a ``width`` × ``height`` box (y downwards)."""
    if isinstance(chart, SparkTable):
        return _spark_layout(chart, width, height)
    return _bar_layout(chart, width, height)


def _bar_layout(chart: BarChart, width: float, height: float) -> list[Primitive]:
    out: list[Primitive] = [Text(0, 11, chart.title, 9, INK, bold=True)]
    if chart.empty:
        out.append(
            Text(width / 2, height / 2, reports.words.tr("Nothing to show for this selection"), 8, MUTED, "middle")
        )
        return out
    legend = len(chart.series) > 1
    top_pad, bottom_pad = 22.0, 26.0 + (14 if legend else 0)
    n = len(chart.categories)
    if chart.stacked:
        peak = max(sum(s.values[i] for s in chart.series) for i in range(n))
    else:
        peak = max(max(s.values) for s in chart.series)
    axis_top, step = nice_ceiling(peak)
    left = max(text_width(_number(axis_top), 7) + 8, 26.0)
    plot_w, plot_h = max(width - left - 6, 10.0), max(height - top_pad - bottom_pad, 10.0)
    base_y = top_pad + plot_h

    def y_of(value: float) -> float:
        return base_y - plot_h * (value / axis_top)

    tick = 0.0
    while tick <= axis_top + 1e-9:
        y = y_of(tick)
        out.append(Line(left, y, left + plot_w, y, GRID, 0.5))
        out.append(Text(left - 4, y + 2.5, _number(tick), 7, MUTED, "end"))
        tick += step
    if chart.unit:
        out.append(Text(left + plot_w, 11, chart.unit, 7, MUTED, "end"))
    slot = plot_w / n
    bar_group = slot * 0.72
    for i in range(n):
        x0 = left + slot * i + (slot - bar_group) / 2
        if chart.stacked:
            running = 0.0
            for k, s in enumerate(chart.series):
                value = s.values[i]
                if value > 0:
                    y_top = y_of(running + value)
                    out.append(Rect(x0, y_top, bar_group, y_of(running) - y_top, PALETTE[k % len(PALETTE)]))
                running += value
        else:
            each = bar_group / len(chart.series)
            for k, s in enumerate(chart.series):
                value = s.values[i]
                if value > 0:
                    y_top = y_of(value)
                    out.append(Rect(x0 + k * each, y_top, each * 0.92, base_y - y_top, PALETTE[k % len(PALETTE)]))
    out.append(Line(left, base_y, left + plot_w, base_y, MUTED, 0.8))
    # Category labels: every k-th one, so that they never overlap.
    widest = max(text_width(c, 7) for c in chart.categories) + 4
    every = max(1, math.ceil(widest / slot))
    for i in range(0, n, every):
        label = chart.categories[i]
        out.append(Text(left + slot * (i + 0.5), base_y + 11, label, 7, INK, "middle"))
    if legend:
        x = left
        y = height - 4
        for k, s in enumerate(chart.series):
            out.append(Rect(x, y - 7, 8, 8, PALETTE[k % len(PALETTE)]))
            out.append(Text(x + 11, y, s.name, 7, INK))
            x += 11 + text_width(s.name, 7) + 12
    return out


SPARK_ROW = 15.0


def _spark_layout(chart: SparkTable, width: float, height: float) -> list[Primitive]:
    out: list[Primitive] = [Text(0, 11, chart.title, 9, INK, bold=True)]
    if chart.empty:
        out.append(
            Text(width / 2, height / 2, reports.words.tr("Nothing to show for this selection"), 8, MUTED, "middle")
        )
        return out
    label_w = min(max(text_width(r.label, 7.5) for r in chart.rows) + 10, width * 0.4)
    total_x = label_w + 44
    spark_x0, spark_x1 = total_x + 14, width - 4
    y = 28.0
    span = f"{chart.periods[0]} – {chart.periods[-1]}" if chart.periods else ""
    out.append(Text(0, y - 6, "", 7, MUTED))
    out.append(Text(total_x, y - 6, chart.total_header or reports.words.tr("Total"), 7, MUTED, "end", bold=True))
    out.append(Text(spark_x0, y - 6, span, 7, MUTED, bold=True))
    out.append(Line(0, y - 2, width, y - 2, GRID, 0.5))
    room = int((height - y) // SPARK_ROW)
    for row in chart.rows[: max(room, 0)]:
        base = y + SPARK_ROW - 4
        out.append(Text(0, base, row.label, 7.5, INK))
        out.append(Text(total_x, base, _number(row.total), 7.5, INK, "end"))
        values = row.values
        if values:
            peak = max(values) or 1.0
            n = len(values)
            dx = (spark_x1 - spark_x0) / max(n - 1, 1)
            top, bottom = y + 2, y + SPARK_ROW - 2
            points = tuple((spark_x0 + i * dx, bottom - (bottom - top) * (v / peak)) for i, v in enumerate(values))
            out.append(Line(spark_x0, bottom, spark_x1, bottom, GRID, 0.4))
            out.append(Polyline(points, PALETTE[0], 1.1))
            last_x, last_y = points[-1]
            out.append(Rect(last_x - 1.5, last_y - 1.5, 3, 3, PALETTE[5]))
        y += SPARK_ROW
    hidden = len(chart.rows) - max(room, 0)
    if hidden > 0:
        more = reports.words.tr("and %Ln more (see the table)", "", hidden)
        out.append(Text(0, min(y + 10, height - 2), more, 7, MUTED))
    return out


def spark_height(chart: SparkTable, rows: int | None = None) -> float:
    """The height that shows ``rows`` rows (default: all) of a spark table."""
    n = len(chart.rows) if rows is None else min(rows, len(chart.rows))
    return 34 + SPARK_ROW * max(n, 1)


# --- the PDF painter ------------------------------------------------------------------------


def to_drawing(chart: Chart, width: float, height: float):
    """``chart`` as a reportlab ``Drawing`` (vector graphics; flows like an image in a PDF)."""
    from reportlab.graphics.shapes import Drawing, PolyLine, String
    from reportlab.graphics.shapes import Line as RLLine
    from reportlab.graphics.shapes import Rect as RLRect
    from reportlab.lib import colors

    from consular.reports import fonts

    fonts.register_fonts()
    drawing = Drawing(width, height)
    for p in layout(chart, width, height):
        if isinstance(p, Rect):
            drawing.add(RLRect(p.x, height - p.y - p.h, p.w, p.h, fillColor=colors.HexColor(p.fill), strokeColor=None))
        elif isinstance(p, Line):
            drawing.add(
                RLLine(
                    p.x1, height - p.y1, p.x2, height - p.y2, strokeColor=colors.HexColor(p.color), strokeWidth=p.width
                )
            )
        elif isinstance(p, Polyline):
            flat = [c for x, y in p.points for c in (x, height - y)]
            drawing.add(PolyLine(flat, strokeColor=colors.HexColor(p.color), strokeWidth=p.width))
        elif isinstance(p, Text) and p.text:
            drawing.add(
                String(
                    p.x,
                    height - p.y,
                    fonts.printable(p.text, one_line=True),
                    fontName=fonts.SANS_BOLD if p.bold else fonts.SANS,
                    fontSize=p.size,
                    fillColor=colors.HexColor(p.color),
                    textAnchor=p.anchor,
                )
            )
    return drawing
