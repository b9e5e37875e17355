"""A report across cases as PDF: the brief's page furniture (classification marking at the
head and foot of every page, the audit chain head beside the foot marking, "Page X of Y"),
a summary box, the charts as vector drawings (:func:`consular.reports.charts.to_drawing`,
the same layout the Reports screen paints) and the tables.

A long table (the held nationals of a big database) prints its first
:data:`ROW_LIMIT` rows and says how many more the XLSX, CSV
and JSON files hold: a report of this kind is read at a glance, and 300 pages are not.

No Qt, no ORM.
"""

from __future__ import annotations

import hashlib
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer

from consular import reports
from consular.reports import charts as chart_kit
from consular.reports.brief_pdf_style import (
    BOX_BG,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_SIZES,
    RULE,
    PageFurniture,
    brief_styles,
    canvas_class,
    canvas_text,
    cell_table,
    fill,
    fractions,
    markup_text,
    para,
)
from consular.reports.fonts import printable
from consular.reports.report_data import DAYS, INT, PCT, Report, ReportTable, cell_text
from consular.reports.words import stamp

#: Rows of a table printed in the PDF; the CSV, JSON and XLSX files hold them all.
ROW_LIMIT = 400
_NUMERIC = (INT, DAYS, PCT)


def build_pdf(report: Report, handle: BinaryIO, *, page_size: str = "A4") -> int:
    """Write ``report`` as a landscape PDF to ``handle``; returns the page count."""
    pagesize = landscape(PAGE_SIZES[page_size.strip().upper()])
    s = brief_styles()
    width = pagesize[0] - 2 * MARGIN_X
    generated = markup_text(stamp(report.generated_at, "%d %b %Y %H:%M UTC"))
    digest = hashlib.sha256(repr((report.tables, report.summary)).encode("utf-8")).hexdigest()
    furniture = PageFurniture(
        marking=report.marking,
        running_head=f"{markup_text(report.title)} · {markup_text(report.scope.describe(), one_line=True)}",
        running_right=fill(reports.words.tr("As of {when}"), when=generated),
        generated=fill(
            reports.words.tr("Generated {when} by {name}"),
            when=generated,
            name=markup_text(report.generated_by, one_line=True, limit=80),
        ),
        hash_text=fill(reports.words.tr("Figures SHA-256 {hash}"), hash=f"<b>{digest[:12]}</b>"),
        draft=False,
        anchor=reports.words.tr("Audit chain head {head}").format(head=report.chain_head) if report.chain_head else "",
    )
    doc = BaseDocTemplate(
        handle,
        pagesize=pagesize,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=report.title,
        author=printable(report.generated_by, one_line=True),
        subject=reports.words.tr("{marking} report: {scope}").format(
            marking=report.marking, scope=report.scope.describe()
        ),
        creator="consular",
        invariant=1,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        width,
        pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="report", frames=[frame])])
    story: list = [
        para(report.title, s["title"]),
        para(report.scope.describe(), s["subtitle"]),
        _summary(report, s, width),
        Spacer(0, 8),
    ]
    story += _charts(report, s, width)
    for table in report.tables:
        story += _table(table, s, width)
    if report.notes:
        story.append(para(reports.words.tr("Notes"), s["h2"]))
        story += [para(n, s["small"]) for n in report.notes]
    end = ParagraphStyle("end", s["small"], alignment=TA_CENTER)
    story += [Spacer(0, 8), para(reports.words.tr("— End of report —"), end)]
    doc.build(story, canvasmaker=canvas_class(furniture, s))
    return doc.page


def _summary(report: Report, s, width: float):
    cells = [[para(label, s["head"]) for label, _ in report.summary], [para(v, s["h3"]) for _, v in report.summary]]
    n = max(len(report.summary), 1)
    return cell_table(
        cells,
        fractions(width, [1] * n),
        header=False,
        extra=[("BACKGROUND", (0, 0), (-1, -1), BOX_BG), ("BOX", (0, 0), (-1, -1), 0.5, RULE)],
    )


def _charts(report: Report, s, width: float) -> list:
    """Bar charts two to a row; a spark table across the page."""
    out: list = []
    bars = [c for c in report.charts if isinstance(c, chart_kit.BarChart)]
    for i in range(0, len(bars), 2):
        pair = bars[i : i + 2]
        each = (width - 12) / 2
        drawings = [ChartFlowable(c, each, 170) for c in pair]
        row = cell_table([drawings + [""] * (2 - len(drawings))], [each + 6, each + 6], header=False)
        out += [KeepTogether([row]), Spacer(0, 6)]
    for spark in (c for c in report.charts if isinstance(c, chart_kit.SparkTable)):
        rows = min(len(spark.rows), 30)
        out += [ChartFlowable(spark, width, chart_kit.spark_height(spark, rows)), Spacer(0, 6)]
    return out


class ChartFlowable(Flowable):
    """A chart drawn straight on the page from :func:`consular.reports.charts.layout`, as
    :func:`~consular.reports.charts.to_drawing` draws it, except that its words go through
    :func:`~consular.reports.brief_pdf_style.canvas_text`: a title or label in Devanagari (a
    report printed in Hindi) is set in its font and shaped, where a graphics String would
    print empty boxes."""

    def __init__(self, chart, width: float, height: float):
        super().__init__()
        self.chart, self.width, self.height = chart, width, height

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        canv, h = self.canv, self.height
        for p in chart_kit.layout(self.chart, self.width, self.height):
            if isinstance(p, chart_kit.Rect):
                canv.setFillColor(colors.HexColor(p.fill))
                canv.rect(p.x, h - p.y - p.h, p.w, p.h, stroke=0, fill=1)
            elif isinstance(p, chart_kit.Line):
                canv.setStrokeColor(colors.HexColor(p.color))
                canv.setLineWidth(p.width)
                canv.line(p.x1, h - p.y1, p.x2, h - p.y2)
            elif isinstance(p, chart_kit.Polyline):
                canv.setStrokeColor(colors.HexColor(p.color))
                canv.setLineWidth(p.width)
                path = canv.beginPath()
                (x0, y0), *rest = p.points
                path.moveTo(x0, h - y0)
                for x, y in rest:
                    path.lineTo(x, h - y)
                canv.drawPath(path, stroke=1, fill=0)
            elif isinstance(p, chart_kit.Text) and p.text:
                align = {"start": "left", "middle": "centre", "end": "right"}[p.anchor]
                span = {"left": self.width - p.x, "centre": self.width, "right": p.x}[align]
                canvas_text(
                    canv,
                    p.text,
                    p.x,
                    h - p.y,
                    size=p.size,
                    bold=p.bold,
                    colour=colors.HexColor(p.color),
                    align=align,
                    span=max(span, 40.0),
                )


def _table(table: ReportTable, s, width: float) -> list:
    out: list = [para(table.title, s["h2"])]
    if not table.rows:
        return [*out, para(reports.words.tr("Nothing in this selection."), s["small"])]
    body = s["body"]
    right = ParagraphStyle("num", body, alignment=2)
    head_right = ParagraphStyle("headnum", s["head"], alignment=2)
    head = [para(c.header, head_right if c.kind in _NUMERIC else s["head"]) for c in table.columns]
    rows = [head]
    for row in table.rows[:ROW_LIMIT]:
        rows.append(
            [
                para(cell_text(v, c.kind), right if c.kind in _NUMERIC else body, one_line=True, limit=120)
                for c, v in zip(table.columns, row, strict=True)
            ]
        )
    weights = [1.0 if c.kind in _NUMERIC else 1.6 for c in table.columns]
    out.append(cell_table(rows, fractions(width, weights)))
    if len(table.rows) > ROW_LIMIT:
        more = len(table.rows) - ROW_LIMIT
        more_rows = reports.words.tr("%Ln more row(s) in the XLSX, CSV and JSON forms of this report.", "", more)
        out.append(para(more_rows, s["more"]))
    if table.note:
        out.append(para(table.note, s["small"]))
    return out
