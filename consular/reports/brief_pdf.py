"""The status brief as a PDF (reportlab platypus), drawn from a plain :class:`BriefData`.

Every page carries the classification marking at top and bottom, and a footer with
"Page X of Y", when and by whom the brief was generated, and the first 12 characters of
the SHA-256 of the brief's *content* (its canonical JSON, see
:mod:`consular.reports.brief_data`), so a printed page can be matched to the record of
briefs issued. Not of the PDF bytes: those change with the page size, the fonts and the
reportlab version while the brief says the same thing (reportlab's own creation date and
document id are switched off here with ``invariant``, but that is not what the hash rests
on).

Text safety: everything from the database goes through :func:`consular.reports.fonts.markup`
(by way of :func:`_para`), which replaces characters that no shipped font can draw with a
readable marker such as "[Hebrew script]" instead of letting them print as empty boxes, then
escapes it for Paragraph markup with each word in the font of its script (Devanagari,
Gurmukhi, Odia, Telugu, Malayalam, and Urdu right to left; shaped when uharfbuzz is installed).
Table cells are Paragraphs in columns that add up to the frame width, long cells are cut to
a length a row can hold, and long free text is set as ordinary paragraphs that split across
pages.

No Qt, no ORM.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from consular.domain.timeutil import zone
from consular.reports import fonts
from consular.reports.brief_data import WITHHELD, BriefData, BriefDevelopment, LastContact, short_hash
from consular.reports.fonts import printable

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


@dataclass(frozen=True)
class RenderedBrief:
    pdf: bytes
    page_count: int


# --- text -------------------------------------------------------------------------------------

# --- styles -----------------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
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


def _markup(text: str | None, *, bold: bool = False, one_line: bool = False, limit: int | None = None) -> str:
    return fonts.markup(text, bold=bold, one_line=one_line, limit=limit)


def _native(name: str | None) -> str | None:
    """A name in its own script, or None when the shipped fonts cannot draw that script
    (the name in Latin letters is printed anyway; a marker would add nothing)."""
    if not name:
        return None
    clean = printable(name, one_line=True)
    return None if "script]" in clean and "script]" not in name else name


def _raw(markup: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of markup assembled from :func:`_markup` pieces and trusted tags, set by
    the text path both PDFs share (:func:`consular.reports.fonts.paragraph`)."""
    return fonts.paragraph(markup, style)


def _para(
    text: str | None,
    style: ParagraphStyle,
    *,
    bold: bool = False,
    one_line: bool = False,
    limit: int | None = None,
    prefix: str = "",
) -> Paragraph:
    """A Paragraph of user text (escaped, fonts by script); ``prefix`` is trusted markup."""
    return _raw(prefix + _markup(text, bold=bold, one_line=one_line, limit=limit), style)


# --- times ------------------------------------------------------------------------------------


class _Clock:
    """Formats instants in the case's zone (and in UTC where the brief says so)."""

    def __init__(self, tz: str, as_of: datetime):
        self.zone = zone(tz)
        self.tz = tz
        self.year = as_of.astimezone(self.zone).year
        offset = as_of.astimezone(self.zone).strftime("%z")
        self.offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
        self.place = tz.rsplit("/", 1)[-1].replace("_", " ")

    def local(self, at: datetime | None) -> str:
        if at is None:
            return "—"
        return at.astimezone(self.zone).strftime("%d %b %Y %H:%M")

    def short(self, at: datetime | None) -> str:
        """'25 Jul 14:05' within the brief's year, with the year otherwise."""
        if at is None:
            return "—"
        local = at.astimezone(self.zone)
        return local.strftime("%d %b %H:%M") if local.year == self.year else local.strftime("%d %b %Y %H:%M")

    def day(self, at: datetime | None) -> str:
        if at is None:
            return "—"
        local = at.astimezone(self.zone)
        return local.strftime("%d %b") if local.year == self.year else local.strftime("%d %b %Y")

    @staticmethod
    def utc(at: datetime) -> str:
        return at.astimezone(zone("UTC")).strftime("%d %b %Y %H:%M UTC")


# --- page furniture ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Furniture:
    marking: str
    running_head: str
    running_right: str
    generated: str
    hash_text: str
    draft: bool


def _canvas_class(furniture: _Furniture, styles: dict[str, ParagraphStyle]):
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
            self.setFillColor(MARKING)
            self.setFont(fonts.SANS_BOLD, 10)
            self.drawCentredString(width / 2, height - 10 * mm, furniture.marking)
            self.drawCentredString(width / 2, 7 * mm, furniture.marking)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, height - 16.5 * mm, width - MARGIN_X, height - 16.5 * mm)
            self.line(MARGIN_X, 18.5 * mm, width - MARGIN_X, 18.5 * mm)
            self.restoreState()
            head = _raw(furniture.running_head, styles["foot"])
            head.wrapOn(self, inner * 0.62, 20 * mm)
            head.drawOn(self, MARGIN_X, height - 15.5 * mm)
            right = Paragraph(furniture.running_right, styles["footr"])
            right.wrapOn(self, inner * 0.38, 20 * mm)
            right.drawOn(self, width - MARGIN_X - inner * 0.38, height - 15.5 * mm)
            gen = _raw(furniture.generated, styles["foot"])
            _, gen_h = gen.wrapOn(self, inner * 0.42, 20 * mm)
            gen.drawOn(self, MARGIN_X, 17.3 * mm - gen_h)
            page = Paragraph(f"Page {number} of {total}", styles["footc"])
            page.wrapOn(self, inner * 0.16, 20 * mm)
            page.drawOn(self, MARGIN_X + inner * 0.42, 17.3 * mm - 8.5)
            digest = Paragraph(furniture.hash_text, styles["footr"])
            _, dig_h = digest.wrapOn(self, inner * 0.42, 20 * mm)
            digest.drawOn(self, MARGIN_X + inner * 0.58, 17.3 * mm - dig_h)
            if furniture.draft:
                _watermark(self, width, height)

    return BriefCanvas


def _watermark(canvas, width: float, height: float) -> None:
    # Drawn last and translucent, over the text: table and box backgrounds would hide it
    # if it were drawn underneath.
    canvas.saveState()
    canvas.setFillColor(WATERMARK)
    canvas.setFont(fonts.SANS_BOLD, 120)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(55)
    canvas.drawCentredString(0, -40, "DRAFT")
    canvas.restoreState()


# --- sections ---------------------------------------------------------------------------------


def _table(rows: list[list], widths: list[float], *, header: bool = True, extra: list | None = None) -> Table:
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


def _fractions(total: float, parts: list[float]) -> list[float]:
    """Column widths that add up exactly to ``total`` (no table wider than the frame)."""
    scale = total / sum(parts)
    widths = [p * scale for p in parts]
    widths[-1] = total - sum(widths[:-1])
    return widths


def _alert(text: str) -> str:
    return f'<font color="{ALERT.hexval()}"><b>{text}</b></font>'


def _title_block(data: BriefData, s, clock: _Clock, width: float) -> list:
    story = [
        Paragraph("Status brief", s["title"]),
        _raw(
            f"{_markup(data.reference, bold=True)} — "
            f"{_markup(data.title, bold=True, one_line=True, limit=ONE_LINE_MAX)}",
            s["subtitle"],
        ),
    ]
    as_of = f"{clock.utc(data.as_of)} · {clock.local(data.as_of)} {clock.place} time ({clock.tz}, {clock.offset})"
    period = (
        f"{clock.local(data.period_start)} to {clock.local(data.period_end)} {clock.place} time — "
        f"{_markup(data.period_basis, one_line=True)}"
    )
    rows = [
        ("As of", as_of),
        ("Prepared by", f"{_markup(data.prepared_by, one_line=True)}, {_markup(data.post, one_line=True)}"),
        ("Period covered", period),
        ("Times", f"In the case's local zone ({clock.tz}, {clock.offset}) unless marked UTC."),
    ]
    table_rows = [[Paragraph(f"<b>{label}</b>", s["meta"]), _raw(value, s["meta"])] for label, value in rows]
    story.append(
        _table(
            table_rows,
            _fractions(width, [1.1, 6]),
            header=False,
            extra=[
                ("LINEBELOW", (0, 0), (-1, -1), 0, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ],
        )
    )
    for notice in data.notices:
        story.append(Spacer(0, 3))
        story.append(_para(notice, s["notice"]))
    return story


def _summary(data: BriefData, s, clock: _Clock, width: float) -> list:
    sm = data.summary

    def label(text):
        return Paragraph(f"<b>{text}</b>", s["cell"])

    def value(text, **kw):
        return _para(text, s["cell"], **kw)

    hostages = f"{sm.hostages_held} held"
    if sm.hostages_missing:
        hostages += f", {sm.hostages_missing} missing"  # not known to be held: never counted as held
    hostages += f", {sm.hostages_released} released"
    if sm.hostages_other:
        hostages += f", {sm.hostages_other} other (see table)"
    hostages += f" — {sm.hostages_total} national{'s' if sm.hostages_total != 1 else ''} concerned"

    def last(c: LastContact, shown: str) -> str:
        if c.withheld:
            return f"{shown}; later contact {WITHHELD.lower()}" if c.at else WITHHELD.lower()
        return shown if c.at else "none recorded"

    authorities = (
        "<br/>".join(
            f"<b>{_markup(c.label)}:</b> "
            + last(c, f"{clock.short(c.at)} {_markup(f'({c.counterpart})', one_line=True, limit=120)}")
            for c in sm.last_contact_authorities
        )
        or "—"
    )
    families = (
        "<br/>".join(
            f"<b>{_markup(c.label, one_line=True, limit=160)}:</b> {last(c, clock.short(c.at))}"
            for c in sm.last_contact_families
        )
        or "No next of kin recorded"
    )
    rows = [
        [label("Kind"), value(sm.kind), label("Status"), value(f"{sm.status} (priority {sm.priority.lower()})")],
        [
            label("Incident"),
            value(clock.local(sm.incident_at)),
            label("Place"),
            value(f"{sm.place}, {sm.country}" if sm.place else sm.country, limit=CELL_MAX),
        ],
        [
            label("Days since incident"),
            value(str(sm.days_since_incident)),
            label("Attribution"),
            value(sm.attribution, limit=CELL_MAX),
        ],
        [label("Hostages"), value(hostages), "", ""],
        [label("Last contact with authorities"), _raw(authorities, s["cell"]), "", ""],
        [label("Last contact with families"), _raw(families, s["cell"]), "", ""],
    ]
    widths = _fractions(width, [1.25, 2.6, 1.0, 2.6])
    table = _table(
        rows,
        widths,
        header=False,
        extra=[
            ("BACKGROUND", (0, 0), (-1, -1), BOX_BG),
            ("BOX", (0, 0), (-1, -1), 0.8, MUTED),
            ("SPAN", (1, 3), (3, 3)),
            ("SPAN", (1, 4), (3, 4)),
            ("SPAN", (1, 5), (3, 5)),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
    )
    return [Paragraph("Summary", s["h2"]), table]


def _hostages(data: BriefData, s, clock: _Clock, width: float) -> list:
    # "Nationals concerned", not "held": a national unaccounted for is missing, not known to be held.
    story = [Paragraph("Nationals concerned", s["h2"])]
    if not data.hostages:
        return [*story, Paragraph("No nationals recorded as hostages in this case.", s["body"])]
    head = ["Name", "Age", "Status since", "Held or missing", "Last proof of life", "Latest welfare report"]
    rows = [[Paragraph(h, s["head"]) for h in head]]
    for h in data.hostages:
        name = _markup(h.name, bold=True, one_line=True, limit=200)
        if _native(h.name_native):
            name += f"<br/>{_markup(h.name_native, one_line=True, limit=200)}"
        status = (
            f"<b>{_markup(h.status)}</b><br/>since {clock.day(h.status_since)}" if h.status_since else _markup(h.status)
        )
        welfare = (
            f"{clock.day(h.welfare_at)}: {_markup(h.welfare_note, one_line=True, limit=CELL_MAX)}"
            if h.welfare_note
            else ("" if h.welfare_withheld else "None recorded")
        )
        if h.welfare_withheld:
            welfare += ("<br/>Later report: " if h.welfare_note else "") + _alert(WITHHELD)
        proof = clock.short(h.last_proof_of_life) if h.last_proof_of_life else ""
        if h.proof_of_life_withheld:
            proof += ("<br/>Later: " if proof else "") + _alert(WITHHELD)
        proof = proof or "None recorded"
        rows.append(
            [
                _raw(name, s["cell"]),
                Paragraph(str(h.age) if h.age is not None else "—", s["cell"]),
                Paragraph(status, s["cell"]),
                Paragraph(_situation(h), s["cell"]),
                Paragraph(proof, s["cell"]),
                _raw(welfare, s["cell"]),
            ]
        )
    story.append(_table(rows, _fractions(width, [2.1, 0.5, 1.25, 1.05, 1.25, 3.35])))
    return story


def _situation(h) -> str:
    """ "held for 416 days", "missing for 12 days", "released after 120 days" (the service's
    words); a bare count only for data written without them."""
    if h.situation:
        return _markup(h.situation)
    if h.missing:
        return f"missing for {_days(h.days_missing)}" if h.days_missing is not None else "missing"
    return _days(h.days_in_captivity) if h.days_in_captivity is not None else "—"


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def _development(d: BriefDevelopment, s, clock: _Clock) -> list:
    tag = f" · {_alert('RESTRICTED')}" if d.restricted else ""
    about = f" · {_markup(d.hostage_name, one_line=True)}" if d.hostage_name else ""
    # No keep-with-next here: a long description chained to its heading would be pushed
    # whole to the next page, leaving this one half empty. A conditional break keeps a
    # heading from being stranded at the foot of a page instead.
    parts = [
        CondPageBreak(60),
        _raw(f"<b>{clock.local(d.at)}</b> · {_markup(d.kind)}{about}{tag}", s["devhead"]),
        _para(d.title, s["devtitle"], bold=True, one_line=True),
    ]
    if d.description:
        for block in printable(d.description, limit=DESCRIPTION_MAX).split("\n\n"):
            if block.strip():
                parts.append(_para(block.strip(), s["devtext"]))
    if d.source:
        parts.append(
            _para(
                d.source,
                ParagraphStyle("src", s["small"], leftIndent=8),
                one_line=True,
                limit=ONE_LINE_MAX,
                prefix="Source: ",
            )
        )
    return parts


def _developments(data: BriefData, s, clock: _Clock) -> list:
    story = [CondPageBreak(90), Paragraph(f"Key developments in the period ({len(data.developments)})", s["h2free"])]
    if data.developments_withheld:
        n = data.developments_withheld
        story.append(
            Paragraph(
                f"{n:,} restricted {'development' if n == 1 else 'developments'} of the period "
                f"{'is' if n == 1 else 'are'} on record and not included in this brief.",
                s["notice"],
            )
        )
    if not data.developments:
        story.append(
            Paragraph(
                "No other developments recorded in the period."
                if data.developments_withheld
                else "No new developments recorded in the period.",
                s["body"],
            )
        )
        if data.latest_before_withheld:
            story.append(Paragraph(f"Latest development before the period: {WITHHELD.lower()}.", s["more"]))
        if data.latest_development_before is not None:
            story.append(
                Paragraph(
                    "Latest development before the period that this brief may show:"
                    if data.latest_before_withheld
                    else "Latest development before the period:",
                    s["more"],
                )
            )
            story += _development(data.latest_development_before, s, clock)
        return story
    for development in data.developments:
        story += _development(development, s, clock)
    return story


def _contacts(data: BriefData, s, clock: _Clock, width: float) -> list:
    heading = f"Contacts in the period ({data.contacts_total:,}"
    heading += f" shown, {data.restricted_withheld:,} restricted not included)" if data.restricted_withheld else ")"
    story = [Paragraph(heading, s["h2"])]
    if not data.contact_groups:
        story.append(
            Paragraph(
                "No unrestricted contacts logged in the period."
                if data.restricted_withheld
                else "No contacts logged in the period.",
                s["body"],
            )
        )
    else:
        show_restricted = data.include_restricted
        head = ["Counterpart category", "Contacts"] + (["of which restricted"] if show_restricted else []) + ["Latest"]
        rows = [[Paragraph(h, s["head"]) for h in head]]
        for g in data.contact_groups:
            row = [_para(g.category, s["cell"]), Paragraph(f"{g.count:,}", s["cell"])]
            if show_restricted:
                row.append(Paragraph(f"{g.restricted_count:,}", s["cell"]))
            row.append(Paragraph(clock.short(g.last_at), s["cell"]))
            rows.append(row)
        parts = [3, 1, 1.3, 1.6] if show_restricted else [3, 1, 1.6]
        story.append(_table(rows, _fractions(width * 0.62, parts)))
        story.append(Spacer(0, 4))
        for g in data.contact_groups:
            noun = "contact" if g.count == 1 else "contacts"
            story.append(_raw(f"{_markup(g.category, bold=True)} — {g.count:,} {noun}", s["h3"]))
            rows = [[Paragraph(h, s["head"]) for h in ("When", "Channel", "With", "Summary")]]
            for line in g.lines:
                tag = _alert("RESTRICTED") + " " if line.restricted else ""
                follow = ' <font color="#5b6470">(follow-up)</font>' if line.follow_up_needed else ""
                rows.append(
                    [
                        Paragraph(clock.short(line.at), s["cell"]),
                        Paragraph(f"{_markup(line.channel)}<br/>{_markup(line.direction.lower())}", s["cell"]),
                        _para(line.counterparts, s["cell"], one_line=True, limit=300),
                        _para(line.subject, s["cell"], one_line=True, limit=ONE_LINE_MAX, prefix=tag)
                        if not follow
                        else _raw(tag + _markup(line.subject, one_line=True, limit=ONE_LINE_MAX) + follow, s["cell"]),
                    ]
                )
            story.append(_table(rows, _fractions(width, [1.05, 0.95, 2.2, 5.2])))
            if g.more:
                story.append(
                    Paragraph(
                        f"… and {g.more:,} more {'contact' if g.more == 1 else 'contacts'} in this category "
                        "in the period, not listed (newest listed first).",
                        s["more"],
                    )
                )
    if data.restricted_withheld:
        story.append(
            Paragraph(
                f"{data.restricted_withheld:,} restricted "
                f"{'entry' if data.restricted_withheld == 1 else 'entries'} in the period not included.",
                s["more"],
            )
        )
    return story


def _family(data: BriefData, s, clock: _Clock, width: float) -> list:
    story = [Paragraph("Family liaison", s["h2"])]
    if not data.family:
        return [*story, Paragraph("No next of kin recorded.", s["body"])]
    rows = [[Paragraph(h, s["head"]) for h in ("Next of kin", "Of", "Agreed plan", "Last contact", "Next contact")]]
    overdue_rows = []
    for index, f in enumerate(data.family, start=1):
        name = _markup(f.name, bold=True, one_line=True, limit=200)
        if _native(f.name_native):
            name += f"<br/>{_markup(f.name_native, one_line=True, limit=200)}"
        name += f"<br/>{_markup(f.relationship, one_line=True, limit=80)}"
        if f.overdue:
            due = _alert("OVERDUE") + (
                f"<br/>was due {clock.short(f.next_due_at)}" if f.next_due_at else "<br/>no contact logged yet"
            )
            overdue_rows.append(index)
        else:
            due = clock.short(f.next_due_at) if f.next_due_at else "—"
        rows.append(
            [
                _raw(name, s["cell"]),
                _para(f.hostage_name, s["cell"], one_line=True, limit=200),
                _para(f.plan, s["cell"], one_line=True, limit=CELL_MAX),
                Paragraph(_family_last(f, clock), s["cell"]),
                Paragraph(due, s["cell"]),
            ]
        )
    story.append(_table(rows, _fractions(width, [2.3, 1.7, 2.6, 1.2, 1.3])))
    return story


def _family_last(f, clock: _Clock) -> str:
    shown = clock.short(f.last_contact_at) if f.last_contact_at else ""
    if f.last_contact_withheld:
        return (f"{shown}<br/>Later: " if shown else "") + _alert(WITHHELD)
    return shown or "None logged"


def _tasks(data: BriefData, s, clock: _Clock, width: float) -> list:
    overdue = sum(1 for t in data.tasks if t.overdue)
    heading = f"Open tasks ({len(data.tasks)}"
    heading += f", {overdue} overdue)" if overdue else ")"
    story = [Paragraph(heading, s["h2"])]
    if not data.tasks:
        return [*story, Paragraph("No open tasks.", s["body"])]
    rows = [[Paragraph(h, s["head"]) for h in ("Due", "Task", "Owner", "Priority")]]
    for t in data.tasks:
        due = clock.short(t.due_at) if t.due_at else "No due date"
        if t.overdue:
            due = f"{_alert('OVERDUE')}<br/>{due}"
        rows.append(
            [
                Paragraph(due, s["cell"]),
                _para(t.title, s["cell"], one_line=True, limit=CELL_MAX),
                _para(t.owner or "Unassigned", s["cell"], one_line=True, limit=120),
                Paragraph(f"{t.priority}<br/>{t.status.lower()}", s["cell"]),
            ]
        )
    story.append(_table(rows, _fractions(width, [1.2, 5.2, 1.6, 0.9])))
    return story


# --- document ---------------------------------------------------------------------------------


def render_brief(data: BriefData, *, page_size: str = "A4") -> RenderedBrief:
    """The brief as PDF bytes and its page count. ``page_size``: "A4" (default) or "Letter"."""
    try:
        pagesize = PAGE_SIZES[page_size.strip().upper()]
    except KeyError:
        raise ValueError(f"unknown page size {page_size!r}") from None
    s = _styles()
    clock = _Clock(data.timezone, data.as_of)
    width = pagesize[0] - 2 * MARGIN_X
    digest = data.content_hash()

    marking = data.classification
    if data.redacted:
        marking += " — REDACTED COPY"
    if data.draft:
        marking += " — DRAFT"
    furniture = _Furniture(
        marking=marking,
        running_head=f"Status brief · {_markup(data.reference)}",
        running_right=f"As of {clock.utc(data.as_of)}",
        generated=f"Generated {clock.utc(data.as_of)} by {_markup(data.prepared_by, one_line=True, limit=80)}",
        hash_text=f"Content SHA-256 <b>{short_hash(digest)}</b>",
        draft=data.draft,
    )
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"Status brief {data.reference}",
        author=printable(data.prepared_by, one_line=True),
        subject=f"{data.classification} status brief",
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
    doc.addPageTemplates([PageTemplate(id="brief", frames=[frame])])

    story: list = []
    story += _title_block(data, s, clock, width)
    story += [KeepTogether(_summary(data, s, clock, width))]
    story += _hostages(data, s, clock, width)
    story += _developments(data, s, clock)
    story += _contacts(data, s, clock, width)
    story += _family(data, s, clock, width)
    story += _tasks(data, s, clock, width)
    story += [Spacer(0, 8), Paragraph("— End of brief —", ParagraphStyle("end", s["small"], alignment=TA_CENTER))]

    doc.build(story, canvasmaker=_canvas_class(furniture, s))
    return RenderedBrief(pdf=buffer.getvalue(), page_count=doc.page)


__all__ = ["PAGE_SIZES", "RenderedBrief", "render_brief"]
