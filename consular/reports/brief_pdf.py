"""The status brief as a PDF (reportlab platypus), drawn from a plain :class:`BriefData`.

Every page carries the classification marking at top and bottom, and a footer with
"Page X of Y", when and by whom the brief was generated, and the first 12 characters of
the SHA-256 of the brief's *content* (its canonical JSON, see
:mod:`consular.reports.brief_data`), so a printed page can be matched to the record of
briefs issued. Not of the PDF bytes: those change with the page size, the fonts and the
reportlab version while the brief says the same thing (reportlab's own creation date and
document id are switched off here with ``invariant``, but that is not what the hash rests
on). Beside the bottom marking sits the audit chain head the brief was issued at, an anchor
(``consular audit verify --anchor SEQ:HASH``).

Text safety: everything from the database goes through :func:`consular.reports.fonts.markup`
(by way of :func:`consular.reports.brief_pdf_style.para`), which replaces characters that no
shipped font can draw with a readable marker such as "[Hebrew script]" instead of letting them
print as empty boxes, then escapes it for Paragraph markup with each word in the font of its script (Devanagari,
Gurmukhi, Odia, Telugu, Malayalam, and Urdu right to left; shaped when uharfbuzz is installed).
Table cells are Paragraphs in columns that add up to the frame width, long cells are cut to
a length a row can hold, and long free text is set as ordinary paragraphs that split across
pages.

The look (styles, page furniture, table kit) is in :mod:`consular.reports.brief_pdf_style`,
the sections in :mod:`consular.reports.brief_pdf_sections`; this module assembles the document.

No Qt, no ORM.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
)

from consular import reports
from consular.reports.brief_data import BriefData, short_hash
from consular.reports.brief_pdf_detention import detention_section
from consular.reports.brief_pdf_sections import (
    contacts_section,
    demands_section,
    developments_section,
    family_section,
    hostages_section,
    linked_cases_section,
    repatriation_section,
    summary_section,
    tasks_section,
    title_block,
)
from consular.reports.brief_pdf_style import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_SIZES,
    BriefClock,
    PageFurniture,
    brief_styles,
    canvas_class,
    fill,
    markup_text,
    text_para,
)
from consular.reports.fonts import printable


@dataclass(frozen=True)
class RenderedBrief:
    pdf: bytes
    page_count: int


# --- document ---------------------------------------------------------------------------------


def render_brief(data: BriefData, *, page_size: str = "A4", chain_head: str | None = None) -> RenderedBrief:
    """The brief as PDF bytes and its page count. ``page_size``: "A4" (default) or "Letter".

    ``chain_head``: the audit chain head (``seq:hash``) to print beside the marking at the foot
    of every page, an anchor for ``consular audit verify --anchor``. Not part of the content
    hash: it says when the brief was issued, not what it says."""
    try:
        pagesize = PAGE_SIZES[page_size.strip().upper()]
    except KeyError:
        raise ValueError(f"unknown page size {page_size!r}") from None  # a programming error: not translated
    s = brief_styles()
    clock = BriefClock(data.timezone, data.as_of)
    width = pagesize[0] - 2 * MARGIN_X
    digest = data.content_hash()

    marking = data.classification
    if data.redacted:
        marking = reports.words.tr("{marking} — REDACTED COPY").format(marking=marking)
    if data.draft:
        marking = reports.words.tr("{marking} — DRAFT").format(marking=marking)
    furniture = PageFurniture(
        marking=marking,
        running_head=fill(reports.words.tr("Status brief · {reference}"), reference=markup_text(data.reference)),
        running_right=fill(reports.words.tr("As of {when}"), when=clock.utc(data.as_of)),
        generated=fill(
            reports.words.tr("Generated {when} by {name}"),
            when=clock.utc(data.as_of),
            name=markup_text(data.prepared_by, one_line=True, limit=80),
        ),
        hash_text=fill(reports.words.tr("Content SHA-256 {hash}"), hash=f"<b>{short_hash(digest)}</b>"),
        draft=data.draft,
        anchor=reports.words.tr("Audit chain head {head}").format(head=chain_head) if chain_head else "",
    )
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=reports.words.tr("Status brief {reference}").format(reference=data.reference),
        author=printable(data.prepared_by, one_line=True),
        subject=reports.words.tr("{marking} status brief").format(marking=data.classification),
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
    story += title_block(data, s, clock, width)
    story += [KeepTogether(summary_section(data, s, clock, width))]
    story += hostages_section(data, s, clock, width)
    story += developments_section(data, s, clock)
    story += demands_section(data, s, clock, width)
    story += detention_section(data, s, clock, width)
    story += contacts_section(data, s, clock, width)
    story += family_section(data, s, clock, width)
    story += repatriation_section(data, s, clock, width)
    story += tasks_section(data, s, clock, width)
    story += linked_cases_section(data, s, clock, width)
    end = ParagraphStyle("end", s["small"], alignment=TA_CENTER)
    story += [Spacer(0, 8), text_para(reports.words.tr("— End of brief —"), end)]

    doc.build(story, canvasmaker=canvas_class(furniture, s))
    return RenderedBrief(pdf=buffer.getvalue(), page_count=doc.page)


__all__ = ["PAGE_SIZES", "RenderedBrief", "render_brief"]
