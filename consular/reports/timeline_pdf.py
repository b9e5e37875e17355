"""The timeline as a printable PDF chronology (reportlab).

Layout: the classification marking at the top and bottom of every page, a running
header with the case reference, "Page X of Y" and the audit chain head in the footer. The first page names the
case, the export's scope and whether it is redacted. Events follow under one heading per
day (in the case's zone): the local time in the margin, the type in its colour and the
title, then the detail, then a grey line with the UTC time and offset, the people, who
recorded it, the event id and its source record. Text in a script we ship no font for
prints as a marker such as "[Hebrew script]" (:func:`consular.reports.fonts.printable`), as
in the status brief.

An event is a few plain paragraphs, laid out as one flowable (:class:`EventBlock`), so a long
contact note simply continues on the next page, and a 20,000-event timeline is built in one
pass; the page total is filled in when the document is saved (the canvas keeps each page until
then).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from consular import reports
from consular.domain.timeline import TYPE_COLOURS, Timeline, TimelineEvent
from consular.i18n import format_number
from consular.reports import fonts
from consular.reports.brief_pdf_style import canvas_text
from consular.reports.words import stamp

Progress = Callable[[int, int], None]

PAGE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
MARKING_COLOUR = colors.HexColor("#B71C1C")
GREY = colors.HexColor("#616161")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=fonts.SANS, fontSize=9, leading=12)
    event_title = ParagraphStyle(
        "event_title",
        parent=base,
        fontName=fonts.SANS_BOLD,
        leftIndent=20 * mm,
        bulletIndent=0,
        bulletFontName=fonts.SANS_BOLD,
        bulletFontSize=9,
        spaceBefore=5,
    )
    event_detail = ParagraphStyle("event_detail", parent=base, fontSize=8.5, leading=11, leftIndent=20 * mm)
    event_meta = ParagraphStyle(
        "event_meta", parent=base, fontSize=7.5, leading=9.5, leftIndent=20 * mm, textColor=GREY, spaceBefore=1
    )
    styles = {
        "title": ParagraphStyle("title", parent=base, fontName=fonts.SANS_BOLD, fontSize=16, leading=20, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=14, spaceAfter=6),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "cell_label": ParagraphStyle(
            "cell_label", parent=base, fontName=fonts.SANS_BOLD, fontSize=8.5, leading=11, textColor=GREY
        ),
        "notice": ParagraphStyle(
            "notice",
            parent=base,
            fontName=fonts.SANS_BOLD,
            textColor=MARKING_COLOUR,
            alignment=TA_CENTER,
            spaceBefore=6,
            spaceAfter=6,
            borderColor=MARKING_COLOUR,
            borderWidth=0.8,
            borderPadding=4,
        ),
        "day": ParagraphStyle(
            "day",
            parent=base,
            fontName=fonts.SANS_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=2,
            textColor=colors.HexColor("#263238"),
        ),
        "event_title": event_title,
        "event_detail": event_detail,
        "event_meta": event_meta,
        "empty": ParagraphStyle("empty", parent=base, textColor=GREY, spaceBefore=12),
    }
    return styles


_COLOURS: dict[str, object] = {}


def _colour(hex_text: str):
    """A reportlab colour per type, made once."""
    if hex_text not in _COLOURS:
        _COLOURS[hex_text] = colors.HexColor(hex_text)
    return _COLOURS[hex_text]


# Widths of words already measured, per (font, size): a chronology's words repeat, and
# measuring a word (``stringWidth``) costs twenty dictionary look-ups. Emptied by each build.
_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def _measure(font: str, size: float) -> Callable[[str], float]:
    """``stringWidth`` of text in ``font`` at ``size``, remembered (the same float every time)."""
    cache = _WIDTHS.setdefault((font, size), {})
    get = cache.get

    def width(text: str) -> float:
        found = get(text)
        if found is None:
            found = cache[text] = stringWidth(text, font, size)
        return found

    return width


# Plain lines written without reportlab's per-line work (:func:`_text_lines`): the same PDF,
# byte for byte, as textLine writes; off, the tests compare the two.
FAST_LINES = True


def _split(text: str, font: str, size: float, max_width: float) -> list[str]:
    """reportlab's ``simpleSplit`` (the same lines, the same arithmetic), with remembered widths."""
    cache = _WIDTHS.setdefault((font, size), {})
    get = cache.get
    space = _measure(font, size)(" ")
    lines: list[str] = []
    for part in text.split("\n"):
        words: list[str] = []
        used = 0.0  # simpleSplit's -space + space + the first word's width is that width
        for word in part.split():
            w = get(word)  # _measure's look-up, inlined: this runs for every word of the PDF
            if w is None:
                w = cache[word] = stringWidth(word, font, size)
            if not words:
                words.append(word)
                used = w
            elif used + space + w <= max_width:
                words.append(word)
                used = used + space + w
            else:
                lines.append(" ".join(words))
                words = [word]
                used = w
        if words:
            lines.append(" ".join(words))
    return lines


class _QuickSplit:
    """A font's ``splitString`` (text to the font's subset codes) that encodes a line whose
    characters all have a code in the first subset already with one ``str.translate``.

    reportlab looks every character of every drawn string up one at a time in Python: a fifth
    of a 20,000-event PDF. Here a line made only of characters seen before (in this document,
    in subset 0: nearly every line of a chronology) is encoded in C; any other line goes
    through reportlab's own method, which gives new characters their codes, and its characters
    are learnt from the font's assignments afterwards. The result is the same list either way.
    """

    def __init__(self, font):
        self.font = font
        self.slow = type(font).splitString.__get__(font)

    def __call__(self, text, doc, encoding="utf-8"):
        if type(text) is not str or not text:  # shaped text (a str subclass), bytes, nothing
            return self.slow(text, doc, encoding)
        state = self.font.state.get(doc)
        if state is not None:
            known = state.__dict__.get("_quick_known")
            if known is not None and known.issuperset(text):
                return [(0, text.translate(state._quick_table).encode("latin-1"))]
        result = self.slow(text, doc, encoding)
        state = self.font.state[doc]
        if "_quick_known" not in state.__dict__:
            state._quick_known, state._quick_table = set(), {}
        assignments = state.assignments
        for char in set(text):
            code = ord(char)
            n = assignments.get(32 if code == 0xA0 else code)  # reportlab sets a no-break space as a space
            if n is not None and n < 256:
                state._quick_known.add(char)
                state._quick_table[code] = n
        return result


@contextlib.contextmanager
def _quick_text(names):
    """:class:`_QuickSplit` on the fonts ``names`` for the block (the same PDF, sooner)."""
    installed = []
    for name in names:
        font = pdfmetrics.getFont(name)
        if "splitString" not in font.__dict__ and hasattr(font, "state"):
            font.splitString = _QuickSplit(font)
            installed.append(font)
    try:
        yield
    finally:
        for font in installed:
            font.__dict__.pop("splitString", None)


def _offset(value: datetime) -> str:
    text = value.strftime("%z")
    return f"{text[:3]}:{text[3:]}" if text else "+00:00"


class PlainLines(Flowable):
    """Text in one font and colour, wrapped at spaces: what most of a chronology is.

    A reportlab Paragraph parses markup, builds fragments and measures every word again
    when it draws; for plain detail lines this does only the measuring, which makes a
    20,000-event PDF about twice as fast. Splits across pages between lines.
    """

    def __init__(self, text: str, style: ParagraphStyle, lines: list[str] | None = None, *, splittable: bool = True):
        super().__init__()
        self.text = text
        self.splittable = splittable
        self.style = style
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._lines = lines
        self._width = None

    def wrap(self, avail_width, avail_height):
        if self._lines is None or self._width != avail_width:
            usable = avail_width - self.style.leftIndent
            if not usable:
                self._lines = self.text.split("\n")
            else:
                self._lines = _split(self.text, self.style.fontName, self.style.fontSize, usable)
            self._width = avail_width
        self.width = avail_width
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        fits = int(avail_height // self.style.leading)
        if fits <= 0 or not self.splittable:
            return []
        if fits >= len(self._lines):
            return [self]
        first = PlainLines(self.text, self.style, self._lines[:fits])
        rest = PlainLines(self.text, self.style, self._lines[fits:])
        first._width = rest._width = avail_width
        rest.spaceBefore = 0
        return [first, rest]

    def draw(self):
        text = self.canv.beginText()
        self.paint(text, 0, {})
        self.canv.drawText(text)

    def paint(self, text, bottom: float, state: dict) -> None:
        """Put the lines into the text object ``text``, this flowable's foot at ``bottom``;
        ``state`` holds the font and colour the text object already has (set only if new)."""
        style = self.style
        text.setTextOrigin(style.leftIndent, bottom + self.height - style.fontSize)
        font = (style.fontName, style.fontSize, style.leading)
        if state.get("font") != font:
            text.setFont(*font)
            state["font"] = font
        if state.get("colour") is not style.textColor:
            text.setFillColor(style.textColor)
            state["colour"] = style.textColor
        _text_lines(text, self._lines)


def _text_lines(text, lines: list[str]) -> None:
    """``text.textLine(line)`` for each line. A line whose characters the font has already put
    in its first subset, while the text object is in that subset, is written as textLine would
    write it (the encoded string, ``Tj T*``, the cursor moved down a line) without reportlab's
    per-line font look-up, splitting and state saving: a fifth of a 20,000-event PDF."""
    quick = None
    if FAST_LINES and text._canvas.bottomup:
        font = pdfmetrics.getFont(text._fontname)
        if isinstance(font.__dict__.get("splitString"), _QuickSplit):
            state = font.state.get(text._canvas._doc)
            known = state.__dict__.get("_quick_known") if state is not None else None
            if known is not None:
                quick = (known.issuperset, state._quick_table, text._canvas._escape)
    if quick is None:
        for line in lines:
            text.textLine(line)
        return
    fits, table, escape = quick
    code = text._code
    for line in lines:
        if text._curSubset == 0 and type(line) is str and line and fits(line):
            text._x = text._x0
            text._y = text._y0 = text._y - text._leading
            code.append(f"({escape(line.translate(table).encode('latin-1'))}) Tj T*")
        else:
            text.textLine(line)


class PlainTitle(Flowable):
    """An event's title line without a Paragraph: the time in the margin, then words in one
    font (the style's) in runs of one colour each (the type's label in its colour, the title,
    the restricted marker in red), wrapped at spaces.

    A title Paragraph parsed its markup, built fragments and measured every word again when
    it drew: the biggest single cost of a 20,000-event PDF. Here each word is measured once
    (``stringWidth``, in C) and each line drawn as one string per colour. Splits across pages
    between lines, like a Paragraph (the time stays with the first line).
    """

    def __init__(self, time_text: str, runs: list[tuple[str, object]], style: ParagraphStyle, lines=None):
        super().__init__()
        self.time_text = time_text
        self.runs = runs
        self.style = style
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._lines = lines
        self._width = None

    def _break(self, usable: float) -> list[list[tuple[float, str, object]]]:
        measure = _measure(self.style.fontName, self.style.fontSize)
        space = measure(" ")
        lines: list[list[tuple[float, str, object]]] = []
        line: list[tuple[float, str, object]] = []
        x = 0.0
        for text, colour in self.runs:
            for word in text.split():
                width = measure(word)
                if line and x + space + width > usable:
                    lines.append(line)
                    line, x = [], 0.0
                elif line:
                    x += space
                line.append((x, word, colour))
                x += width
        lines.append(line)
        return lines

    def wrap(self, avail_width, avail_height):
        if self._lines is None or self._width != avail_width:
            self._lines = self._break(avail_width - self.style.leftIndent)
            self._width = avail_width
        self.width = avail_width
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        fits = int(avail_height // self.style.leading)
        if fits <= 0:
            return []
        if fits >= len(self._lines):
            return [self]
        first = PlainTitle(self.time_text, self.runs, self.style, self._lines[:fits])
        rest = PlainTitle("", self.runs, self.style, self._lines[fits:])
        first._width = rest._width = avail_width
        rest.spaceBefore = 0
        return [first, rest]

    def draw(self):
        text = self.canv.beginText()
        self.paint(text, 0, {})
        self.canv.drawText(text)

    def paint(self, text, bottom: float, state: dict) -> None:
        """Put the title into the text object ``text``, this flowable's foot at ``bottom``
        (``state`` as for :meth:`PlainLines.paint`)."""
        style = self.style
        y = bottom + self.height - style.fontSize
        text.setFont(style.fontName, style.fontSize)
        state.clear()
        if self.time_text:
            text.setFillColor(style.textColor)
            state["colour"] = style.textColor
            text.setTextOrigin(style.bulletIndent, y)
            text.textOut(self.time_text)
        for line in self._lines:
            # One string per run of one colour: the words of a run are a space apart.
            start = 0
            while start < len(line):
                colour = line[start][2]
                end = start
                while end + 1 < len(line) and line[end + 1][2] is colour:
                    end += 1
                if state.get("colour") is not colour:
                    text.setFillColor(colour)
                    state["colour"] = colour
                text.setTextOrigin(style.leftIndent + line[start][0], y)
                text.textOut(" ".join(word for _x, word, _c in line[start : end + 1]))
                start = end + 1
            y -= style.leading


# Events as one :class:`EventBlock` each (off: one flowable per line group, as before; the
# tests compare the two page by page).
EVENT_BLOCKS = True

# How far a flowable may overshoot the frame's foot and still fit (reportlab's frames._FUZZ).
_FUZZ = 1e-6


class EventBlock(Flowable):
    """One event's title, detail lines and facts line as a single flowable.

    The same lines as the separate flowables it replaces (:class:`PlainTitle`,
    :class:`PlainLines`), stacked with the same spaces and drawn in one text object: reportlab's
    frame does its per-flowable work (wrap, space, state save, draw, hooks) once per event
    instead of once per line group, which was most of a 20,000-event PDF's time. Page breaks
    fall where the separate flowables' did: it splits between the same lines, by the same rules
    (the title and detail split by line, the facts line never), and ``cond`` is the
    ``CondPageBreak`` that kept a title from sitting alone at the foot of a page.
    """

    def __init__(self, parts: list, *, cond: float = 0.0):
        super().__init__()
        self.parts = parts
        self.cond = cond
        self.spaceBefore = parts[0].spaceBefore
        self.spaceAfter = 0
        self._width = None

    def _break_before(self) -> bool:
        # What CondPageBreak(cond) asked for: the room left in the frame, before any space.
        frame = getattr(self, "_frame", None)
        return bool(self.cond) and frame is not None and frame._y - frame._y1p < self.cond

    def wrap(self, avail_width, avail_height):
        if self._width != avail_width:
            height = 0.0
            for n, part in enumerate(self.parts):
                height += part.wrap(avail_width, avail_height)[1] + (part.spaceBefore if n else 0)
            self.height = height
            self._width = avail_width
        self.width = avail_width
        if self._break_before():
            return avail_width, avail_height + 1  # does not fit: split() then asks for a new page
        return self.width, self.height

    def split(self, avail_width, avail_height):
        if self._break_before():
            return []
        self.wrap(avail_width, avail_height)
        used = 0.0
        parts = self.parts
        for n, part in enumerate(parts):
            space = part.spaceBefore if n else 0
            if used + space + part.height <= avail_height + _FUZZ:
                used += space + part.height
                continue
            room = avail_height - used - space
            pieces = part.split(avail_width, room) if room > 0 else []
            if len(pieces) == 1:
                head, tail = parts[: n + 1], parts[n + 1 :]
            elif pieces:
                head, tail = [*parts[:n], pieces[0]], [pieces[1], *parts[n + 1 :]]
            else:
                head, tail = parts[:n], parts[n:]
            if not head:
                return []
            if not tail:
                return [self]
            first, rest = EventBlock(head), EventBlock(tail)
            first.spaceBefore = self.spaceBefore
            index = getattr(self, "_event_index", None)
            if index is not None:
                rest._event_index = index
            return [first, rest]
        return [self]

    def draw(self):
        text = self.canv.beginText()
        bottom = self.height
        state: dict = {}
        for n, part in enumerate(self.parts):
            bottom -= part.height + (part.spaceBefore if n else 0)
            part.paint(text, bottom, state)
        self.canv.drawText(text)


_TITLE_WITH_START = 34  # points: the title line, a detail line and the facts line

# Words longer than this may not fit a line; such text goes through Paragraph, which
# breaks long words.
_LONG_WORD = 45


def _plain_ok(text: str) -> bool:
    return not fonts.needs_shaping(text) and max(map(len, text.split()), default=0) <= _LONG_WORD


def _paragraph(text: str, styles, name: str, **kwargs) -> Paragraph:
    """Markup set by the text path both PDFs share (:func:`consular.reports.fonts.paragraph`)."""
    return fonts.paragraph(text, styles[name], **kwargs)


def _event_flowables(event: TimelineEvent, styles) -> list:
    """Title line (time in the margin), detail lines, grey facts line.

    Separate paragraphs without inline markup, because reportlab breaks a paragraph of one
    plain run of text several times faster than one with tags and line breaks in it:
    that is most of the time a 20,000-event PDF takes.
    """
    colour = TYPE_COLOURS.get(event.type, "#000000")
    local = event.local_time
    plain_title = fonts.printable(event.title, one_line=True)
    label = event.type.label.upper()
    marker = _meta_words()["restricted"] if event.restricted else ""
    # In Hindi the label and marker are Devanagari: such a title is set as a Paragraph.
    if _plain_ok(f"{plain_title} {label} {marker}"):
        # Most titles: drawn as plain words (see PlainTitle), the label in its colour.
        runs = [(label, _colour(colour)), (plain_title, styles["event_title"].textColor)]
        if event.restricted:
            runs.append((marker, MARKING_COLOUR))
        title_flowable = PlainTitle(local.strftime("%H:%M"), runs, styles["event_title"])
    else:
        # Label, title and marker are separate words: glued with no-break spaces, a title that
        # starts or ends in an Indic or Arabic script was shaped with the label's font (boxes,
        # garbled glyphs, or a crash of the shaper for Arabic).
        title = f'<font color="{colour}">{fonts.markup(label)}</font>  {fonts.markup(event.title, bold=True)}'
        if event.restricted:
            title += f'  <font color="#B71C1C">{fonts.markup(marker)}</font>'
        title_flowable = _paragraph(title, styles, "event_title", bulletText=local.strftime("%H:%M"))
    # A title never sits alone at the foot of a page (cheaper than keepWithNext, which
    # lays out the title and what follows twice).
    flowables = [CondPageBreak(_TITLE_WITH_START), title_flowable]
    plain = isinstance(title_flowable, PlainTitle)
    gap = False
    # Plain lines are drawn without markup, so they are made printable here ("[Hebrew
    # script]" rather than boxes), as markup does for the rest.
    for line in fonts.printable(event.detail).split("\n"):
        if not line.strip():
            gap = True  # a blank line between paragraphs of a note stays visible
            continue
        if _plain_ok(line):
            paragraph = PlainLines(line.strip(), styles["event_detail"])
        else:
            paragraph = _paragraph(fonts.markup(line), styles, "event_detail")
            plain = False
        if gap:
            paragraph.spaceBefore = 4
            gap = False
        flowables.append(paragraph)
    tr = _meta_words()
    meta = [
        tr["local"].format(time=f"{local.strftime('%Y-%m-%d %H:%M:%S')} {_offset(local)}"),
        tr["utc"].format(time=event.at.strftime("%Y-%m-%d %H:%M:%S")),
    ]
    if event.people:
        meta.append(tr["people"].format(people="; ".join(event.people)))
    if event.recorded_by:
        meta.append(tr["recorded"].format(name=event.recorded_by))
    meta.append(tr["id"].format(id=event.id))
    meta.append(tr["source"].format(source=event.source))
    meta_text = fonts.printable(" · ".join(meta), one_line=True)
    # The facts line is never split over two pages: the event id must read as one.
    if _plain_ok(meta_text):
        flowables.append(PlainLines(meta_text, styles["event_meta"], splittable=False))
    else:
        flowables.append(KeepTogether([_paragraph(fonts.markup(meta_text), styles, "event_meta")]))
        plain = False
    if plain and EVENT_BLOCKS:
        # Nearly every event: its lines as one flowable (see EventBlock), the same page breaks.
        return [EventBlock(flowables[1:], cond=_TITLE_WITH_START)]
    return flowables


def _meta_words() -> dict[str, str]:
    """The words of an event's facts line in the current language (looked up once per PDF:
    a 20,000-event chronology asks for them 20,000 times)."""
    code = reports.words.language()
    if _META.get("language") != code:
        _META.clear()
        _META.update(
            language=code,
            local=reports.words.tr("Local {time}"),
            utc=reports.words.tr("UTC {time}"),
            people=reports.words.tr("People: {people}"),
            recorded=reports.words.tr("Recorded by {name}"),
            id=reports.words.tr("id {id}"),
            source=reports.words.tr("source {source}"),
            restricted=reports.words.tr("[RESTRICTED]"),
        )
    return _META


_META: dict[str, str] = {}


def _front_matter(timeline: Timeline, styles) -> list:
    case = timeline.case
    scope = timeline.scope
    story: list = [
        _paragraph(
            fonts.markup(reports.words.tr("Case timeline — {reference}").format(reference=case.reference)),
            styles,
            "title",
        ),
        _paragraph(fonts.markup(case.title), styles, "subtitle"),
    ]
    if scope.redacted:
        notice = reports.words.tr(
            "REDACTED COPY — personal identifiers (passport and ID numbers, phone numbers, e-mail "
            "addresses, dates of birth) are masked and restricted entries show only their date and type."
        )
        story.append(_paragraph(fonts.markup(notice), styles, "notice"))
    elif scope.include_restricted:
        notice = reports.words.tr(
            "This chronology INCLUDES RESTRICTED ENTRIES. Do not pass it to families or outside the case team."
        )
        story.append(_paragraph(fonts.markup(notice), styles, "notice"))
    incident = case.incident_at
    local_incident = incident.astimezone(ZoneInfo(case.timezone))
    rows = [
        (reports.words.tr("Case"), f"{case.kind} — {case.status}"),
        (reports.words.tr("Post"), case.post),
        (
            reports.words.tr("Incident"),
            reports.words.tr("{local} ({utc} UTC), {place}").format(
                local=f"{local_incident.strftime('%Y-%m-%d %H:%M')} {_offset(local_incident)}",
                utc=incident.strftime("%Y-%m-%d %H:%M"),
                place=case.place,
            ),
        ),
        (
            reports.words.tr("Times"),
            reports.words.tr("Local times are in the case's zone, {zone}; each event also gives UTC.").format(
                zone=case.timezone
            ),
        ),
        (reports.words.tr("Scope"), scope.describe()),
        (reports.words.tr("Events"), format_number(len(timeline.events))),
        (
            reports.words.tr("Generated"),
            reports.words.tr("{when} UTC by {name}").format(
                when=timeline.generated_at.strftime("%Y-%m-%d %H:%M"), name=timeline.generated_by
            ),
        ),
    ]
    table = Table(
        [
            [
                _paragraph(fonts.markup(label), styles, "cell_label"),
                _paragraph(fonts.markup(value), styles, "cell"),
            ]
            for label, value in rows
        ],
        colWidths=[24 * mm, PAGE[0] - 2 * MARGIN_X - 24 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.HexColor("#B0BEC5")),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story += [table, Spacer(1, 4 * mm)]
    return story


def _canvas_class(timeline: Timeline):
    case = timeline.case
    marking = case.classification.upper()
    running = reports.words.tr("{reference} — case timeline").format(reference=case.reference)
    footer = fonts.printable(f"{case.reference} · {case.timezone}", one_line=True)
    # The anchor sits beside the marking at the foot of every page: a printed copy pins the
    # audit history up to it (consular audit verify --anchor).
    anchor = reports.words.tr("Audit chain head {head}").format(head=timeline.chain_head) if timeline.chain_head else ""
    when = timeline.generated_at.strftime("%Y-%m-%d %H:%M")
    if timeline.scope.redacted:
        generated = reports.words.tr("Generated {when} UTC — REDACTED").format(when=when)
    else:
        generated = reports.words.tr("Generated {when} UTC").format(when=when)
    page_of = reports.words.tr("Page {number} of {total}")
    inner = PAGE[0] - 2 * MARGIN_X

    class NumberedCanvas(Canvas):
        """Keeps every page until save, then stamps markings and "Page X of Y"."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # reportlab API name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = PAGE
            self.saveState()
            # Strings where the text is Latin; a Paragraph (font by script, shaped) where it is
            # Devanagari (a timeline printed in Hindi): see canvas_text.
            for y in (height - 11 * mm, 8 * mm):
                canvas_text(self, marking, width / 2, y, size=11, bold=True, colour=MARKING_COLOUR, span=inner)
            canvas_text(self, running, MARGIN_X, height - 17 * mm, size=7.5, colour=GREY, align="left", span=inner / 2)
            canvas_text(
                self,
                generated,
                width - MARGIN_X,
                height - 17 * mm,
                size=7.5,
                colour=GREY,
                align="right",
                span=inner / 2,
            )
            self.setStrokeColor(colors.HexColor("#B0BEC5"))
            self.setLineWidth(0.5)
            self.line(MARGIN_X, height - 18.5 * mm, width - MARGIN_X, height - 18.5 * mm)
            self.line(MARGIN_X, 15.5 * mm, width - MARGIN_X, 15.5 * mm)
            canvas_text(self, footer, MARGIN_X, 12 * mm, size=7.5, colour=GREY, align="left", span=inner / 2)
            page = page_of.format(number=number, total=total)
            canvas_text(self, page, width - MARGIN_X, 12 * mm, size=7.5, colour=GREY, align="right", span=inner / 2)
            if anchor:
                canvas_text(
                    self, anchor, width - MARGIN_X, 8 * mm, size=7.5, colour=GREY, align="right", span=inner / 3
                )
            self.restoreState()

    return NumberedCanvas


class _Document(BaseDocTemplate):
    def __init__(self, filename, timeline: Timeline, progress: Progress | None, total: int):
        super().__init__(
            filename,
            pagesize=PAGE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=reports.words.tr("{reference} case timeline").format(reference=timeline.case.reference),
            author=timeline.generated_by,
            subject=f"{timeline.case.classification}: {timeline.case.title}",
            creator="consular",
            invariant=0,
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._progress = progress
        self._total = total
        # A progress callback may also take each finished page (the GUI shows "page N").
        self._on_page = getattr(progress, "page", None)

    def afterFlowable(self, flowable):  # reportlab API name
        index = getattr(flowable, "_event_index", None)
        if self._progress is not None and index is not None:
            # Laying out is the second half of the work; making paragraphs was the first.
            # Every event: a callback that cancels (by raising) stops the layout at once;
            # callers that show progress throttle it themselves.
            self._progress(self._total + index, 2 * self._total)

    def afterPage(self):  # reportlab API name
        if self._on_page is not None:
            self._on_page(self.page)


def build_pdf(timeline: Timeline, path, *, progress: Progress | None = None) -> None:
    """Write the chronology to ``path``, a file name or a binary file (not atomic by itself:
    see ``timeline_export.write_pdf``).

    ``progress(done, total)`` runs over ``2 × events``: making the paragraphs, then
    laying them out on pages (called for every event of the layout, so a callback that
    raises stops it at once); ``progress.page(number)``, when the callback has it, is called
    as each page is finished.
    """
    fonts.register_fonts()
    _WIDTHS.clear()
    styles = _styles()
    events = timeline.events
    total = len(events)
    step = max(1, total // 100)
    if progress is not None:
        progress(0, 2 * total)
    story = _front_matter(timeline, styles)
    if not events:
        story.append(
            _paragraph(fonts.markup(reports.words.tr("No events match this export's scope.")), styles, "empty")
        )
    current_day = None
    day_start = False
    for n, event in enumerate(events, 1):
        day = event.local_time.date()
        if day != current_day:
            current_day = day
            # Keep a day heading with at least the start of its first event.
            story.append(CondPageBreak(30 * mm))
            heading = stamp(event.local_time, "%A %d %B %Y").replace(" 0", " ")
            story.append(_paragraph(fonts.markup(heading), styles, "day"))
            day_start = True
        flowables = _event_flowables(event, styles)
        flowables[-1]._event_index = n
        if day_start and isinstance(flowables[0], EventBlock):
            # After a day heading the title's space is counted from a CondPageBreak, as before.
            story.append(CondPageBreak(_TITLE_WITH_START))
        day_start = False
        story.extend(flowables)
        if progress is not None and (n % step == 0 or n == total):
            progress(n, 2 * total)
    target = path if hasattr(path, "write") else os.fspath(path)
    document = _Document(target, timeline, progress, total)
    try:
        with _quick_text((fonts.SANS, fonts.SANS_BOLD)):
            document.build(story, canvasmaker=_canvas_class(timeline))
    finally:
        _WIDTHS.clear()
    if progress is not None:
        progress(2 * total, 2 * total)
