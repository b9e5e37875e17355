"""The family update letter as a PDF: a plain dated letter from the post to a next of kin.

Built from a :class:`FamilyLetter` whose every string is final (the service chose the words
from the language's template in resources/letters/ and the entries marked shareable with
family); this module only lays them out. No classification banner, no case reference, no
running head: it is a letter to a family. Each page's footer carries the small reference the
service gives (the audit chain head), in the letter's language.

Text in Devanagari (and the other shipped scripts) is set word by word in its script's Noto
font and shaped with HarfBuzz (:mod:`consular.reports.fonts`), so conjuncts and vowel signs
come out right.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from consular.reports import fonts
from consular.reports.output_file import open_output

MARGIN = 22 * mm
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")


@dataclass(frozen=True)
class LetterItem:
    date_text: str
    text: str


@dataclass(frozen=True)
class FamilyLetter:
    """A letter with every word final, in the order it is read."""

    language: str  #: template code, "en" or "hi"
    sender: list[str]  #: the post's name, then its place
    date_text: str
    recipient: list[str]  #: the next of kin's name, then their address lines (if known)
    subject: str
    salutation: str
    intro: str
    items_heading: str
    items: list[LetterItem]
    no_items: str  #: said instead of the items when there are none
    after: list[str]  #: closing, the liaison officer, how to reach the post
    sign_off: str
    signature: list[str]
    footer: str  #: with "{page}" where the page number goes
    title: str = "Family update"  #: the PDF's document title (metadata)
    extra: dict = field(default_factory=dict, compare=False)

    def all_text(self) -> list[str]:
        """Every string the letter prints (the footer without its page number): what the
        service checks against the case's restricted content."""
        texts = [*self.sender, self.date_text, *self.recipient, self.subject, self.salutation, self.intro]
        texts += [self.items_heading, self.no_items] if not self.items else [self.items_heading]
        for item in self.items:
            texts += [item.date_text, item.text]
        texts += [*self.after, self.sign_off, *self.signature, self.footer.replace("{page}", "")]
        return texts


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("letter", fontName=fonts.SANS, fontSize=11, leading=16, textColor=INK, spaceAfter=8)
    return {
        "body": base,
        "sender": ParagraphStyle("letter-sender", parent=base, fontSize=10, leading=14, spaceAfter=0),
        "date": ParagraphStyle("letter-date", parent=base, alignment=TA_RIGHT, spaceAfter=0),
        "to": ParagraphStyle("letter-to", parent=base, spaceAfter=0),
        "subject": ParagraphStyle("letter-subject", parent=base, fontName=fonts.SANS_BOLD, spaceBefore=6),
        "heading": ParagraphStyle("letter-heading", parent=base, fontName=fonts.SANS_BOLD, fontSize=11),
        "when": ParagraphStyle("letter-when", parent=base, fontSize=10, textColor=MUTED, spaceAfter=0),
        "item": ParagraphStyle("letter-item", parent=base, spaceAfter=0),
        "foot": ParagraphStyle("letter-foot", parent=base, fontSize=7, leading=9, textColor=MUTED, alignment=TA_RIGHT),
    }


def _p(text: str, style: ParagraphStyle, *, bold: bool = False):
    return fonts.paragraph(fonts.markup(text, bold=bold), style)


def render(letter: FamilyLetter, path: Path) -> None:
    """Write ``letter`` to ``path`` (created private, 0600, through output_file)."""
    fonts.register_fonts()
    st = _styles()
    width = A4[0] - 2 * MARGIN
    story: list = []
    head = Table(
        [
            [
                [_p(line, st["sender"], bold=i == 0) for i, line in enumerate(letter.sender)],
                _p(letter.date_text, st["date"]),
            ]
        ],
        colWidths=[width * 0.62, width * 0.38],
    )
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    story += [head, Spacer(1, 12 * mm)]
    story += [_p(line, st["to"]) for line in letter.recipient]
    story += [Spacer(1, 10 * mm), _p(letter.subject, st["subject"], bold=True), _p(letter.salutation, st["body"])]
    story.append(_p(letter.intro, st["body"]))
    story.append(_p(letter.items_heading, st["heading"], bold=True))
    if letter.items:
        rows = [[_p(item.date_text, st["when"]), _p(item.text, st["item"])] for item in letter.items]
        table = Table(rows, colWidths=[34 * mm, width - 34 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                    ("LINEBEFORE", (1, 0), (1, -1), 0.6, colors.HexColor("#c9d2dc")),
                    ("LEFTPADDING", (1, 0), (1, -1), 8),
                ]
            )
        )
        story += [table, Spacer(1, 4 * mm)]
    else:
        story.append(_p(letter.no_items, st["body"]))
    story += [_p(text, st["body"]) for text in letter.after]
    closing = [Spacer(1, 4 * mm), _p(letter.sign_off, st["body"])]
    closing += [_p(line, st["to"], bold=i == 0) for i, line in enumerate(letter.signature)]
    story.append(KeepTogether(closing))

    def furniture(canvas, doc) -> None:
        foot = _p(letter.footer.replace("{page}", str(doc.page)), st["foot"])
        foot.wrapOn(canvas, width, 12 * mm)
        foot.drawOn(canvas, MARGIN, 10 * mm)

    with open_output(path) as out:
        doc = SimpleDocTemplate(
            out,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=letter.title,
            author=letter.sender[0] if letter.sender else "",
            lang=letter.language,
        )
        doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
