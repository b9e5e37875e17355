"""The status brief's Detention section (a wrongful-detention case): one block per detained
national — authority, place, lawyer, charges, last and next hearing, last consular visit and
the welfare observed — and the open requests with the days they have waited."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Paragraph

from consular.reports.brief_data import BriefData
from consular.reports.brief_pdf_style import BriefClock, alert_text, cell_table, fractions, markup_text, para, raw_para


def detention_section(data: BriefData, s, clock: BriefClock, width: float) -> list:
    if not data.detention:
        return []
    story: list = []
    heading = [Paragraph("Detention", s["h2"])]
    for d in data.detention:
        place = markup_text(d.place or "not recorded") + (
            f" (since {clock.day(d.place_since)})" if d.place_since else ""
        )
        charges = "<br/>".join(markup_text(c) for c in d.charges) or "No charge recorded"
        if d.charges_withheld:
            charges += f"<br/>{d.charges_withheld} restricted charge(s) not shown"
        last = (
            f"{clock.day(d.last_hearing_at)}: {markup_text(d.last_hearing, one_line=True, limit=300)}"
            if d.last_hearing_at
            else "None recorded"
        )
        visit = (
            f"{clock.day(d.last_visit_at)}: {markup_text(d.last_visit_welfare or 'no welfare noted')}"
            if d.last_visit_at
            else alert_text("NO CONSULAR VISIT YET")
        )
        rows = [
            [Paragraph("Detained national", s["head"]), para(d.name, s["cell"])],
            [Paragraph("Detaining authority", s["head"]), para(d.authority or "not recorded", s["cell"])],
            [Paragraph("Place of detention", s["head"]), raw_para(place, s["cell"])],
            [Paragraph("Lawyer", s["head"]), para(d.lawyer or "none recorded", s["cell"])],
            [Paragraph("Charges", s["head"]), raw_para(charges, s["cell"])],
            [Paragraph("Last hearing", s["head"]), raw_para(last, s["cell"])],
            [Paragraph("Next hearing", s["head"]), Paragraph(clock.day(d.next_hearing_at), s["cell"])],
            [Paragraph("Last consular visit", s["head"]), raw_para(visit, s["cell"])],
        ]
        # The heading goes with the first national's block: never alone at a page's foot.
        block = [*heading, cell_table(rows, fractions(width, [1.6, 5.4]), header=False)]
        heading = []
        if d.open_requests:
            head = [Paragraph(h, s["head"]) for h in ("Open request", "Since", "Waiting")]
            lines = [head]
            for r in d.open_requests:
                days = "1 day" if r.days_waiting == 1 else f"{r.days_waiting} days"
                waiting = f"{alert_text('OVERDUE')} {days}" if r.overdue else days
                lines.append(
                    [para(r.what, s["cell"]), Paragraph(clock.day(r.since), s["cell"]), raw_para(waiting, s["cell"])]
                )
            block.append(cell_table(lines, fractions(width, [4.0, 1.5, 1.5])))
        else:
            block.append(Paragraph("No request awaiting an answer.", s["body"]))
        story.append(KeepTogether(block))  # a national's facts and open requests on one page
    return story
