"""How the status brief looks: page sizes, margins and colours, paragraph styles, safe text,
times in the case's zone and UTC, the page furniture drawn on every page (classification
marking, running head, footer with the content hash, the draft watermark) and the table kit
the sections use. See :mod:`consular.reports.brief_pdf` for the document and what it promises.

No Qt, no ORM.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    Paragraph,
    Table,
    TableStyle,
)

from consular import reports
from consular.domain.timeutil import zone
from consular.i18n import using_language
from consular.reports import fonts
from consular.reports.fonts import printable
from consular.reports.words import stamp

PAGE_SIZES = {"A4": A4, "LETTER": LETTER}

MARGIN_X = 16 * mm
MARGIN_TOP = 21 * mm
MARGIN_BOTTOM = 24 * mm

INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#5b6470")
RULE = colors.HexColor("#b8bec6")
HEADER_BG = colors.HexColor("#e8ecf1")
BOX_BG = colors.HexColor("#f4f6f8")
MARKING = colors.HexColor("#b00020")
ALERT = colors.HexColor("#b00020")
WATERMARK = colors.Color(0.69, 0.0, 0.13, alpha=0.13)

# A table row cannot split across pages, so what goes into a cell is cut to this length; the
# full text is in the case record. Free text outside tables is never cut.
CELL_MAX = 600
ONE_LINE_MAX = 400
# A milestone's description is printed in full up to this length (about two pages); a brief
# is read at a glance, and the whole text stays in the case record.
DESCRIPTION_MAX = 12_000


# --- text -------------------------------------------------------------------------------------

# --- styles -----------------------------------------------------------------------------------


def brief_styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    base = ParagraphStyle("body", fontName=fonts.SANS, fontSize=9, leading=12, textColor=INK)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=fonts.SANS_BOLD, fontSize=20, leading=24, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", base, fontName=fonts.SANS_BOLD, fontSize=12.5, leading=16, spaceAfter=6),
        "h2": ParagraphStyle(
            "h2",
            base,
            fontName=fonts.SANS_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            textColor=colors.HexColor("#123a63"),
            keepWithNext=1,
        ),
        "h2free": ParagraphStyle(
            "h2free",
            base,
            fontName=fonts.SANS_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            textColor=colors.HexColor("#123a63"),
        ),
        "h3": ParagraphStyle(
            "h3",
            base,
            fontName=fonts.SANS_BOLD,
            fontSize=9.5,
            leading=12.5,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "meta": ParagraphStyle("meta", base, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10),
        "cellbold": ParagraphStyle("cellbold", base, fontName=fonts.SANS_BOLD, fontSize=8, leading=10),
        "head": ParagraphStyle("head", base, fontName=fonts.SANS_BOLD, fontSize=7.5, leading=9.5, textColor=MUTED),
        "small": ParagraphStyle("small", base, fontSize=7.5, leading=9.5, textColor=MUTED),
        "devhead": ParagraphStyle("devhead", base, fontSize=8.5, leading=11, spaceBefore=6, textColor=MUTED),
        "devtitle": ParagraphStyle("devtitle", base, fontName=fonts.SANS_BOLD, fontSize=9.5, leading=12.5),
        "devtext": ParagraphStyle("devtext", base, leftIndent=8, spaceBefore=1.5),
        "more": ParagraphStyle("more", base, fontSize=8, leading=10, textColor=MUTED, spaceBefore=2),
        "notice": ParagraphStyle("notice", base, fontName=fonts.SANS_BOLD, fontSize=8.5, leading=11, textColor=ALERT),
        "foot": ParagraphStyle("foot", base, fontSize=7, leading=8.5, textColor=MUTED),
        "footc": ParagraphStyle("footc", base, fontSize=7, leading=8.5, textColor=MUTED, alignment=TA_CENTER),
        "footr": ParagraphStyle("footr", base, fontSize=7, leading=8.5, textColor=MUTED, alignment=TA_RIGHT),
    }


def markup_text(text: str | None, *, bold: bool = False, one_line: bool = False, limit: int | None = None) -> str:
    return fonts.markup(text, bold=bold, one_line=one_line, limit=limit)


def native_name(name: str | None) -> str | None:
    """A name in its own script, or None when the shipped fonts cannot draw that script
    (the name in Latin letters is printed anyway; a marker would add nothing)."""
    if not name:
        return None
    with using_language("en"):  # the markers are looked for in English
        clean = printable(name, one_line=True)
    return None if "script]" in clean and "script]" not in name else name


def raw_para(markup: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of markup assembled from :func:`markup_text` pieces and trusted tags, set by
    the text path both PDFs share (:func:`consular.reports.fonts.paragraph`)."""
    return fonts.paragraph(markup, style)


def para(
    text: str | None,
    style: ParagraphStyle,
    *,
    bold: bool = False,
    one_line: bool = False,
    limit: int | None = None,
    prefix: str = "",
) -> Paragraph:
    """A Paragraph of user text (escaped, fonts by script); ``prefix`` is trusted markup."""
    return raw_para(prefix + markup_text(text, bold=bold, one_line=one_line, limit=limit), style)


# --- times ------------------------------------------------------------------------------------


class BriefClock:
    """Formats instants in the case's zone (and in UTC where the brief says so)."""

    def __init__(self, tz: str, as_of: datetime):
        self.zone = zone(tz)
        self.tz = tz
        self.year = as_of.astimezone(self.zone).year
        offset = as_of.astimezone(self.zone).strftime("%z")
        self.offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
        self.place = tz.rsplit("/", 1)[-1].replace("_", " ")

    # Every time is returned as Paragraph markup (month names may be in Devanagari, which
    # needs its font): put it in a Paragraph through raw_para, never on the canvas as it is.

    def local(self, at: datetime | None) -> str:
        if at is None:
            return "—"
        return markup_text(stamp(at.astimezone(self.zone), "%d %b %Y %H:%M"))

    def short(self, at: datetime | None) -> str:
        """'25 Jul 14:05' within the brief's year, with the year otherwise."""
        if at is None:
            return "—"
        local = at.astimezone(self.zone)
        return markup_text(stamp(local, "%d %b %H:%M" if local.year == self.year else "%d %b %Y %H:%M"))

    def day(self, at: datetime | None) -> str:
        if at is None:
            return "—"
        local = at.astimezone(self.zone)
        return markup_text(stamp(local, "%d %b" if local.year == self.year else "%d %b %Y"))

    @staticmethod
    def utc(at: datetime) -> str:
        return markup_text(stamp(at.astimezone(zone("UTC")), "%d %b %Y %H:%M UTC"))


# --- page furniture ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PageFurniture:
    marking: str
    running_head: str
    running_right: str
    generated: str
    hash_text: str
    draft: bool
    #: "Audit chain head 1042:9f3a1c07b2e4", beside the marking at the foot of every page.
    anchor: str = ""


def canvas_class(furniture: PageFurniture, styles: dict[str, ParagraphStyle]):
    class BriefCanvas(pdfcanvas.Canvas):
        """Defers each page so the footer can say 'Page X of Y' once Y is known."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._furniture(number, total)
                super().showPage()
            super().save()

        def _furniture(self, number: int, total: int) -> None:
            width, height = self._pagesize
            inner = width - 2 * MARGIN_X
            self.saveState()
            for y in (height - 10 * mm, 7 * mm):
                canvas_text(self, furniture.marking, width / 2, y, size=10, bold=True, colour=MARKING, span=inner)
            if furniture.anchor:
                canvas_text(
                    self,
                    furniture.anchor,
                    width - MARGIN_X,
                    7 * mm,
                    size=7,
                    colour=MUTED,
                    align="right",
                    span=inner * 0.3,
                )
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, height - 16.5 * mm, width - MARGIN_X, height - 16.5 * mm)
            self.line(MARGIN_X, 18.5 * mm, width - MARGIN_X, 18.5 * mm)
            self.restoreState()
            head = raw_para(furniture.running_head, styles["foot"])
            head.wrapOn(self, inner * 0.62, 20 * mm)
            head.drawOn(self, MARGIN_X, height - 15.5 * mm)
            right = raw_para(furniture.running_right, styles["footr"])
            right.wrapOn(self, inner * 0.38, 20 * mm)
            right.drawOn(self, width - MARGIN_X - inner * 0.38, height - 15.5 * mm)
            gen = raw_para(furniture.generated, styles["foot"])
            _, gen_h = gen.wrapOn(self, inner * 0.42, 20 * mm)
            gen.drawOn(self, MARGIN_X, 17.3 * mm - gen_h)
            page = raw_para(
                markup_text(reports.words.tr("Page {number} of {total}").format(number=number, total=total)),
                styles["footc"],
            )
            page.wrapOn(self, inner * 0.16, 20 * mm)
            page.drawOn(self, MARGIN_X + inner * 0.42, 17.3 * mm - 8.5)
            digest = raw_para(furniture.hash_text, styles["footr"])
            _, dig_h = digest.wrapOn(self, inner * 0.42, 20 * mm)
            digest.drawOn(self, MARGIN_X + inner * 0.58, 17.3 * mm - dig_h)
            if furniture.draft:
                draw_watermark(self, width, height)

    return BriefCanvas


def draw_watermark(canvas, width: float, height: float) -> None:
    # Drawn last and translucent, over the text: table and box backgrounds would hide it
    # if it were drawn underneath.
    canvas.saveState()
    canvas.translate(width / 2, height / 2)
    canvas.rotate(55)
    canvas_text(canvas, reports.words.tr("DRAFT"), 0, -40, size=120, bold=True, colour=WATERMARK, span=height)
    canvas.restoreState()


def canvas_text(
    canvas,
    text: str,
    x: float,
    y: float,
    *,
    size: float,
    colour,
    bold: bool = False,
    align: str = "centre",
    span: float,
) -> None:
    """One line of plain ``text`` on the canvas with its baseline at ``y``: centred on ``x``,
    or ending at ``x`` (``align="right"``), or starting there (``"left"``). Latin, Greek and
    Cyrillic are drawn as a string; a line in Devanagari (a marking, "Page 2 of 5" in Hindi)
    goes through a one-line Paragraph ``span`` points wide, which picks the script's font
    and shapes it; a string would print empty boxes."""
    text = printable(text, one_line=True)
    if not fonts.needs_shaping(text):
        canvas.setFillColor(colour)
        canvas.setFont(fonts.SANS_BOLD if bold else fonts.SANS, size)
        draw = {"centre": canvas.drawCentredString, "right": canvas.drawRightString, "left": canvas.drawString}
        draw[align](x, y, text)
        return
    alignment = {"centre": TA_CENTER, "right": TA_RIGHT, "left": TA_LEFT}[align]
    style = ParagraphStyle(
        f"canvas-{size}-{bold}-{align}",
        fontName=fonts.SANS_BOLD if bold else fonts.SANS,
        fontSize=size,
        leading=size * 1.25,
        textColor=colour,
        alignment=alignment,
    )
    line = fonts.paragraph(fonts.markup(text, bold=bold), style)
    _, h = line.wrap(span, size * 10)
    left = {"centre": x - span / 2, "right": x - span, "left": x}[align]
    # A Paragraph's first baseline sits one font size below its top (leading aside).
    line.drawOn(canvas, left, y - h + size * 1.02)


# --- tables ---------------------------------------------------------------------------------


def cell_table(rows: list[list], widths: list[float], *, header: bool = True, extra: list | None = None) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1, hAlign="LEFT")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), HEADER_BG), ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED)]
    table.setStyle(TableStyle(style + (extra or [])))
    return table


def fractions(total: float, parts: list[float]) -> list[float]:
    """Column widths that add up exactly to ``total`` (no table wider than the frame)."""
    scale = total / sum(parts)
    widths = [p * scale for p in parts]
    widths[-1] = total - sum(widths[:-1])
    return widths


def alert_text(text: str) -> str:
    """``text`` (trusted markup: a translated word such as "OVERDUE" through markup_text, or a
    fixed string) in the alert colour and bold."""
    return f'<font color="{ALERT.hexval()}"><b>{text}</b></font>'


def alert(text: str) -> str:
    """Plain ``text`` (translated words) as an alert: escaped, fonts by script, red and bold."""
    return alert_text(markup_text(text))


def fill(sentence: str, **values) -> str:
    """A translated ``sentence`` (``reports.words.tr("since {date}")``) as markup for
    :func:`raw_para`: escaped, in the fonts of its script, its ``{placeholders}`` filled with
    ``values`` that are markup already (times from :class:`BriefClock`, :func:`markup_text`
    pieces, :func:`alert_text`). Placeholders are filled after the escaping, by name only, so
    a brace or ampersand in a translation cannot break the markup."""
    # Each stretch between placeholders is marked up on its own: marked up whole, a
    # placeholder touching a Devanagari danda ("{text}।") would be cut into runs of two fonts.
    out = []
    for piece in _PLACEHOLDER.split(sentence):
        name = piece[1:-1] if _PLACEHOLDER.fullmatch(piece) else None
        out.append(str(values[name]) if name in values else markup_text(piece))
    return "".join(out)


_PLACEHOLDER = re.compile(r"(\{\w+\})")


def text_para(sentence: str, style: ParagraphStyle, **values) -> Paragraph:
    """A Paragraph of a translated sentence (see :func:`fill`)."""
    return raw_para(fill(sentence, **values), style)
