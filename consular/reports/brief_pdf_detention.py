"""The status brief's Detention section (a wrongful-detention case): one block per detained
national — authority, place, lawyer, charges, last and next hearing, last consular visit and
the welfare observed — and the open requests with the days they have waited."""

from __future__ import annotations

from reportlab.platypus import KeepTogether

from consular import reports
from consular.reports.brief_data import BriefData
from consular.reports.brief_pdf_style import (
    BriefClock,
    alert,
    cell_table,
    fill,
    fractions,
    markup_text,
    para,
    raw_para,
)


def detention_section(data: BriefData, s, clock: BriefClock, width: float) -> list:
    if not data.detention:
        return []
    story: list = []
    heading = [para(reports.words.tr("Detention"), s["h2"])]
    not_recorded = reports.words.tr("not recorded")
    for d in data.detention:
        place = markup_text(d.place or not_recorded)
        if d.place_since:
            place = fill(reports.words.tr("{place} (since {date})"), place=place, date=clock.day(d.place_since))
        charges = "<br/>".join(markup_text(c) for c in d.charges) or markup_text(reports.words.tr("No charge recorded"))
        if d.charges_withheld:
            hidden = reports.words.tr("%n restricted charge(s) not shown", "", d.charges_withheld)
            charges += "<br/>" + markup_text(hidden)
        last = (
            f"{clock.day(d.last_hearing_at)}: {markup_text(d.last_hearing, one_line=True, limit=300)}"
            if d.last_hearing_at
            else markup_text(reports.words.tr("None recorded"))
        )
        visit = (
            f"{clock.day(d.last_visit_at)}: "
            + markup_text(d.last_visit_welfare or reports.words.tr("no welfare noted"))
            if d.last_visit_at
            else alert(reports.words.tr("NO CONSULAR VISIT YET"))
        )

        def row(label: str, value):
            return [para(label, s["head"]), value]

        rows = [
            row(reports.words.tr("Detained national"), para(d.name, s["cell"])),
            row(reports.words.tr("Detaining authority"), para(d.authority or not_recorded, s["cell"])),
            row(reports.words.tr("Place of detention"), raw_para(place, s["cell"])),
            row(reports.words.tr("Lawyer"), para(d.lawyer or reports.words.tr("none recorded"), s["cell"])),
            row(reports.words.tr("Charges"), raw_para(charges, s["cell"])),
            row(reports.words.tr("Last hearing"), raw_para(last, s["cell"])),
            row(reports.words.tr("Next hearing"), raw_para(clock.day(d.next_hearing_at), s["cell"])),
            row(reports.words.tr("Last consular visit"), raw_para(visit, s["cell"])),
        ]
        # The heading goes with the first national's block: never alone at a page's foot.
        block = [*heading, cell_table(rows, fractions(width, [1.6, 5.4]), header=False)]
        heading = []
        if d.open_requests:
            head = [
                reports.words.tr("Open request"),
                reports.words.tr("Since"),
                reports.words.tr("Waiting"),
            ]
            lines = [[para(h, s["head"]) for h in head]]
            for r in d.open_requests:
                days = markup_text(reports.words.tr("%n day(s)", "", r.days_waiting))
                overdue = alert(reports.words.tr("OVERDUE"))
                waiting = f"{overdue} {days}" if r.overdue else days
                lines.append(
                    [para(r.what, s["cell"]), raw_para(clock.day(r.since), s["cell"]), raw_para(waiting, s["cell"])]
                )
            block.append(cell_table(lines, fractions(width, [4.0, 1.5, 1.5])))
        else:
            block.append(para(reports.words.tr("No request awaiting an answer."), s["body"]))
        story.append(KeepTogether(block))  # a national's facts and open requests on one page
    return story
