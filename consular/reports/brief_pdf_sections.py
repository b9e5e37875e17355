"""The sections of the status brief, in reading order: title block, summary, nationals held,
developments, contacts, family liaison and tasks. Each takes the :class:`BriefData` and returns
flowables; :func:`consular.reports.brief_pdf.render_brief` stacks them.

No Qt, no ORM.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Spacer,
)

from consular import reports
from consular.i18n import format_number
from consular.reports.brief_data import BriefData, BriefDevelopment, LastContact, withheld
from consular.reports.brief_pdf_style import (
    BOX_BG,
    CELL_MAX,
    DESCRIPTION_MAX,
    MUTED,
    ONE_LINE_MAX,
    BriefClock,
    alert,
    cell_table,
    fill,
    fractions,
    markup_text,
    native_name,
    para,
    raw_para,
    text_para,
)
from consular.reports.fonts import printable


def heads(titles: list[str], s) -> list:
    """A table's header row of translated column titles."""
    return [para(title, s["head"]) for title in titles]


def title_block(data: BriefData, s, clock: BriefClock, width: float) -> list:
    story = [
        para(reports.words.tr("Status brief"), s["title"]),
        raw_para(
            f"{markup_text(data.reference, bold=True)} — "
            f"{markup_text(data.title, bold=True, one_line=True, limit=ONE_LINE_MAX)}",
            s["subtitle"],
        ),
    ]
    zone = {"place": markup_text(clock.place), "tz": markup_text(clock.tz), "offset": markup_text(clock.offset)}
    as_of = fill(
        reports.words.tr("{utc} · {local} {place} time ({tz}, {offset})"),
        utc=clock.utc(data.as_of),
        local=clock.local(data.as_of),
        **zone,
    )
    period = fill(
        reports.words.tr("{start} to {end} {place} time — {basis}"),
        start=clock.local(data.period_start),
        end=clock.local(data.period_end),
        basis=markup_text(data.period_basis, one_line=True),
        place=zone["place"],
    )
    rows = [
        (reports.words.tr("As of"), as_of),
        (
            reports.words.tr("Prepared by"),
            f"{markup_text(data.prepared_by, one_line=True)}, {markup_text(data.post, one_line=True)}",
        ),
        (reports.words.tr("Period covered"), period),
        (
            reports.words.tr("Times"),
            fill(reports.words.tr("In the case's local zone ({tz}, {offset}) unless marked UTC."), **zone),
        ),
    ]
    table_rows = [[para(label, s["meta"], bold=True), raw_para(value, s["meta"])] for label, value in rows]
    story.append(
        cell_table(
            table_rows,
            fractions(width, [1.1, 6]),
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
        story.append(para(notice, s["notice"]))
    return story


def summary_section(data: BriefData, s, clock: BriefClock, width: float) -> list:
    sm = data.summary

    def label(text):
        return para(text, s["cell"], bold=True)

    def value(text, **kw):
        return para(text, s["cell"], **kw)

    counts = [reports.words.tr("%n held", "", sm.hostages_held)]
    if sm.hostages_missing:  # not known to be held: never counted as held
        counts.append(reports.words.tr("%n missing", "", sm.hostages_missing))
    counts.append(reports.words.tr("%n released", "", sm.hostages_released))
    if sm.hostages_other:
        counts.append(reports.words.tr("%n other (see table)", "", sm.hostages_other))
    hostages = reports.words.tr("{counts} — %n national(s) concerned", "", sm.hostages_total).format(
        counts=", ".join(counts)
    )

    def last(c: LastContact, shown: str) -> str:
        if c.withheld:
            if c.at:
                return fill(reports.words.tr("{when}; later contact on record (restricted)"), when=shown)
            return markup_text(reports.words.tr("on record (restricted)"))
        return shown if c.at else markup_text(reports.words.tr("none recorded"))

    def labelled(name: str, text: str) -> str:
        return fill(reports.words.tr("{label}: {text}"), label=f"<b>{name}</b>", text=text)

    authorities = (
        "<br/>".join(
            labelled(
                markup_text(c.label),
                last(c, f"{clock.short(c.at)} {markup_text(f'({c.counterpart})', one_line=True, limit=120)}"),
            )
            for c in sm.last_contact_authorities
        )
        or "—"
    )
    families = "<br/>".join(
        labelled(markup_text(c.label, one_line=True, limit=160), last(c, clock.short(c.at)))
        for c in sm.last_contact_families
    ) or markup_text(reports.words.tr("No next of kin recorded"))
    status = reports.words.tr("{status} (priority {priority})").format(status=sm.status, priority=sm.priority.lower())
    rows = [
        [label(reports.words.tr("Kind")), value(sm.kind), label(reports.words.tr("Status")), value(status)],
        [
            label(reports.words.tr("Incident")),
            raw_para(clock.local(sm.incident_at), s["cell"]),
            label(reports.words.tr("Place")),
            value(f"{sm.place}, {sm.country}" if sm.place else sm.country, limit=CELL_MAX),
        ],
        [
            label(reports.words.tr("Days since incident")),
            value(format_number(sm.days_since_incident)),
            label(reports.words.tr("Attribution")),
            value(sm.attribution, limit=CELL_MAX),
        ],
        [label(reports.words.tr("Hostages")), value(hostages), "", ""],
        [label(reports.words.tr("Last contact with authorities")), raw_para(authorities, s["cell"]), "", ""],
        [label(reports.words.tr("Last contact with families")), raw_para(families, s["cell"]), "", ""],
    ]
    widths = fractions(width, [1.25, 2.6, 1.0, 2.6])
    table = cell_table(
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
    return [para(reports.words.tr("Summary"), s["h2"]), table]


def hostages_section(data: BriefData, s, clock: BriefClock, width: float) -> list:
    # "Nationals concerned", not "held": a national unaccounted for is missing, not known to be held.
    story = [para(reports.words.tr("Nationals concerned"), s["h2"])]
    if not data.hostages:
        return [*story, para(reports.words.tr("No nationals recorded as hostages in this case."), s["body"])]
    head = [
        reports.words.tr("Name"),
        reports.words.tr("Age"),
        reports.words.tr("Status since"),
        reports.words.tr("Held or missing"),
        reports.words.tr("Proof of life"),
        reports.words.tr("Latest welfare report"),
    ]
    rows = [heads(head, s)]
    for h in data.hostages:
        name = markup_text(h.name, bold=True, one_line=True, limit=200)
        if native_name(h.name_native):
            name += f"<br/>{markup_text(h.name_native, one_line=True, limit=200)}"
        status = (
            f"<b>{markup_text(h.status)}</b><br/>"
            + fill(reports.words.tr("since {date}"), date=clock.day(h.status_since))
            if h.status_since
            else markup_text(h.status)
        )
        welfare = (
            f"{clock.day(h.welfare_at)}: {markup_text(h.welfare_note, one_line=True, limit=CELL_MAX)}"
            if h.welfare_note
            else ("" if h.welfare_withheld else markup_text(reports.words.tr("None recorded")))
        )
        if h.welfare_withheld:
            if h.welfare_note:
                welfare += "<br/>" + fill(reports.words.tr("Later report: {withheld}"), withheld=alert(withheld()))
            else:
                welfare += alert(withheld())
        if h.medical_watch_overdue:
            welfare += "<br/>" + alert(
                reports.words.tr("MEDICAL NEEDS: NO WELFARE NEWS FOR OVER %n DAY(S)", "", h.welfare_alert_days)
            )
        proof = _proof_cell(h, clock)
        rows.append(
            [
                raw_para(name, s["cell"]),
                raw_para(format_number(h.age) if h.age is not None else "—", s["cell"]),
                raw_para(status, s["cell"]),
                raw_para(_situation(h), s["cell"]),
                raw_para(proof, s["cell"]),
                raw_para(welfare, s["cell"]),
            ]
        )
    story.append(cell_table(rows, fractions(width, [2.1, 0.5, 1.25, 1.05, 1.25, 3.35])))
    return story


def development_block(d: BriefDevelopment, s, clock: BriefClock) -> list:
    # Never a call inside an f-string: lupdate does not look there, and it would go untranslated.
    restricted = alert(reports.words.tr("RESTRICTED"))
    tag = f" · {restricted}" if d.restricted else ""
    if d.withheld:
        # Its date and "Restricted": nothing of what it is (a proof of life, a demand ...).
        return [
            CondPageBreak(30),
            raw_para(f"<b>{clock.local(d.at)}</b> · {markup_text(d.kind)}{tag}", s["devhead"]),
            para(d.title, s["devtitle"], one_line=True),
        ]
    about = f" · {markup_text(d.hostage_name, one_line=True)}" if d.hostage_name else ""
    # No keep-with-next here: a long description chained to its heading would be pushed
    # whole to the next page, leaving this one half empty. A conditional break keeps a
    # heading from being stranded at the foot of a page instead.
    parts = [
        CondPageBreak(60),
        raw_para(f"<b>{clock.local(d.at)}</b> · {markup_text(d.kind)}{about}{tag}", s["devhead"]),
        para(d.title, s["devtitle"], bold=True, one_line=True),
    ]
    if d.description:
        for block in printable(d.description, limit=DESCRIPTION_MAX).split("\n\n"):
            if block.strip():
                parts.append(para(block.strip(), s["devtext"]))
    if d.source:
        parts.append(
            para(
                d.source,
                ParagraphStyle("src", s["small"], leftIndent=8),
                one_line=True,
                limit=ONE_LINE_MAX,
                prefix=markup_text(reports.words.tr("Source: ")),
            )
        )
    return parts


def developments_section(data: BriefData, s, clock: BriefClock) -> list:
    heading = reports.words.tr("Key developments in the period ({count})").format(
        count=format_number(len(data.developments))
    )
    story = [CondPageBreak(90), para(heading, s["h2free"])]
    if data.developments_withheld:
        n = data.developments_withheld
        story.append(
            para(
                reports.words.tr("%Ln restricted development(s) of the period, shown by date only.", "", n),
                s["notice"],
            )
        )
    if not data.developments:
        story.append(para(reports.words.tr("No new developments recorded in the period."), s["body"]))
        if data.latest_before_withheld:
            story.append(
                para(reports.words.tr("Latest development before the period: on record (restricted)."), s["more"])
            )
        if data.latest_development_before is not None:
            story.append(
                para(
                    reports.words.tr("Latest development before the period that this brief may show:")
                    if data.latest_before_withheld
                    else reports.words.tr("Latest development before the period:"),
                    s["more"],
                )
            )
            story += development_block(data.latest_development_before, s, clock)
        return story
    for development in data.developments:
        story += development_block(development, s, clock)
    return story


def contacts_section(data: BriefData, s, clock: BriefClock, width: float) -> list:
    if data.restricted_withheld:
        heading = reports.words.tr("Contacts in the period ({shown} shown, {restricted} restricted: date only)")
    else:
        heading = reports.words.tr("Contacts in the period ({shown})")
    heading = heading.format(
        shown=format_number(data.contacts_total), restricted=format_number(data.restricted_withheld)
    )
    story = [para(heading, s["h2"])]
    if not data.contact_groups:
        story.append(
            para(
                reports.words.tr("No unrestricted contacts logged in the period.")
                if data.restricted_withheld
                else reports.words.tr("No contacts logged in the period."),
                s["body"],
            )
        )
    else:
        show_restricted = data.include_restricted
        head = [reports.words.tr("Counterpart category"), reports.words.tr("Contacts")]
        head += [reports.words.tr("of which restricted")] if show_restricted else []
        head += [reports.words.tr("Latest")]
        rows = [heads(head, s)]
        for g in data.contact_groups:
            row = [para(g.category, s["cell"]), para(format_number(g.count), s["cell"])]
            if show_restricted:
                row.append(para(format_number(g.restricted_count), s["cell"]))
            row.append(raw_para(clock.short(g.last_at), s["cell"]))
            rows.append(row)
        parts = [3, 1, 1.3, 1.6] if show_restricted else [3, 1, 1.6]
        story.append(cell_table(rows, fractions(width * 0.62, parts)))
        story.append(Spacer(0, 4))
        for g in data.contact_groups:
            counted = reports.words.tr("{category} — %Ln contact(s)", "", g.count)
            story.append(text_para(counted, s["h3"], category=markup_text(g.category, bold=True)))
            when_head = [
                reports.words.tr("When"),
                reports.words.tr("Channel"),
                reports.words.tr("With"),
                reports.words.tr("Summary", "column of a contact's subject"),
            ]
            rows = [heads(when_head, s)]
            for line in g.lines:
                tag = alert(reports.words.tr("RESTRICTED")) + " " if line.restricted else ""
                follow_up = markup_text(reports.words.tr("(follow-up)"))
                follow = f' <font color="#5b6470">{follow_up}</font>' if line.follow_up_needed else ""
                rows.append(
                    [
                        raw_para(clock.short(line.at), s["cell"]),
                        raw_para(f"{markup_text(line.channel)}<br/>{markup_text(line.direction.lower())}", s["cell"]),
                        para(line.counterparts, s["cell"], one_line=True, limit=300),
                        para(line.subject, s["cell"], one_line=True, limit=ONE_LINE_MAX, prefix=tag)
                        if not follow
                        else raw_para(
                            tag + markup_text(line.subject, one_line=True, limit=ONE_LINE_MAX) + follow, s["cell"]
                        ),
                    ]
                )
            story.append(cell_table(rows, fractions(width, [1.05, 0.95, 2.2, 5.2])))
            if g.more:
                more = reports.words.tr(
                    "… and %Ln more contact(s) in this category in the period, not listed (newest listed first).",
                    "",
                    g.more,
                )
                story.append(para(more, s["more"]))
    if data.withheld_contacts:
        story += withheld_contacts_block(data, s, clock, width)
    return story


WITHHELD_PER_ROW = 4


def withheld_contacts_block(data: BriefData, s, clock: BriefClock, width: float) -> list:
    """Each restricted contact of the period the reader may not see: when, and "Restricted".
    No channel, counterpart or category: any of them would tell who it was with."""
    n = len(data.withheld_contacts)
    story = [
        text_para(
            reports.words.tr("{date_only} — %Ln restricted contact(s)", "", n),
            s["h3"],
            date_only="<b>" + markup_text(reports.words.tr("Date only")) + "</b>",
        ),
        para(reports.words.tr("Content withheld (need-to-know): only the date is shown."), s["more"]),
    ]
    # Four to a row: a busy week can hold hundreds, and each says no more than its date.
    restricted = markup_text(reports.words.tr("Restricted"))
    cells = [raw_para(f"{clock.short(at)} · {restricted}", s["cell"]) for at in data.withheld_contacts]
    cells += [""] * (-len(cells) % WITHHELD_PER_ROW)
    rows = [cells[i : i + WITHHELD_PER_ROW] for i in range(0, len(cells), WITHHELD_PER_ROW)]
    story.append(cell_table(rows, fractions(width, [1] * WITHHELD_PER_ROW), header=False))
    return story


def family_section(data: BriefData, s, clock: BriefClock, width: float) -> list:
    story = [para(reports.words.tr("Family liaison"), s["h2"])]
    if not data.family:
        return [*story, para(reports.words.tr("No next of kin recorded."), s["body"])]
    head = [
        reports.words.tr("Next of kin"),
        reports.words.tr("Of", "the national a next of kin is family of"),
        reports.words.tr("Agreed plan"),
        reports.words.tr("Last contact"),
        reports.words.tr("Next contact"),
    ]
    rows = [heads(head, s)]
    overdue_rows = []
    for index, f in enumerate(data.family, start=1):
        name = markup_text(f.name, bold=True, one_line=True, limit=200)
        if native_name(f.name_native):
            name += f"<br/>{markup_text(f.name_native, one_line=True, limit=200)}"
        name += f"<br/>{markup_text(f.relationship, one_line=True, limit=80)}"
        if f.overdue:
            due = alert(reports.words.tr("OVERDUE")) + (
                "<br/>" + fill(reports.words.tr("was due {when}"), when=clock.short(f.next_due_at))
                if f.next_due_at
                else "<br/>" + markup_text(reports.words.tr("no contact logged yet"))
            )
            overdue_rows.append(index)
        else:
            due = clock.short(f.next_due_at) if f.next_due_at else "—"
        rows.append(
            [
                raw_para(name, s["cell"]),
                para(f.hostage_name, s["cell"], one_line=True, limit=200),
                para(f.plan, s["cell"], one_line=True, limit=CELL_MAX),
                raw_para(family_last(f, clock), s["cell"]),
                raw_para(due, s["cell"]),
            ]
        )
    story.append(cell_table(rows, fractions(width, [2.3, 1.7, 2.6, 1.2, 1.3])))
    story += family_officers(data, s, clock)
    return story


def family_officers(data: BriefData, s, clock: BriefClock) -> list:
    """Per next of kin: their liaison officer since when (and the earlier ones, with why the
    officer changed), and the last family update they were given."""
    story = [para(reports.words.tr("Liaison officers and last family updates"), s["h3"])]
    for f in data.family:
        if f.officer:
            officer = markup_text(f.officer, one_line=True, limit=200)
            if f.officer_since:
                officer = fill(
                    reports.words.tr("{officer} since {date}"), officer=officer, date=clock.day(f.officer_since)
                )
        else:
            officer = alert(reports.words.tr("NO LIAISON OFFICER"))
        for c in f.officer_changes:
            officer += fill(
                reports.words.tr("; changed on {date} from {officer}, {reason}"),
                date=clock.day(c.at),
                officer=markup_text(c.from_officer, one_line=True, limit=200),
                reason=markup_text(c.reason.rstrip("."), one_line=True, limit=300),
            )
        if f.last_update_at:
            told = fill(
                reports.words.tr("Last told {when} ({channel}): {text}."),
                when=clock.short(f.last_update_at),
                channel=markup_text(f.last_update_channel or "", one_line=True),
                text=markup_text((f.last_update_text or "").rstrip("."), one_line=True, limit=300),
            )
        else:
            told = markup_text(reports.words.tr("No family update logged."))
        if f.last_update_withheld:
            told += " " + fill(reports.words.tr("Later: {withheld}."), withheld=alert(withheld()))
        name = markup_text(f.name, bold=True, one_line=True, limit=200)
        line = fill(reports.words.tr("{name} — officer: {officer}."), name=name, officer=officer)
        story.append(raw_para(f"{line} {told}", s["body"]))
    return story


def family_last(f, clock: BriefClock) -> str:
    shown = clock.short(f.last_contact_at) if f.last_contact_at else ""
    if f.last_contact_withheld:
        if shown:
            return f"{shown}<br/>" + fill(reports.words.tr("Later: {withheld}"), withheld=alert(withheld()))
        return alert(withheld())
    return shown or markup_text(reports.words.tr("None logged"))


def demands_section(data: BriefData, s, clock: BriefClock, width: float) -> list:
    """Demands received in the period and those still unanswered, each flagged when its
    intermediary was not vetted then. Without restricted content: only how many stand."""
    if not data.demands_on_record:
        return []
    heading = reports.words.tr("Demands ({count} on record)").format(count=format_number(data.demands_on_record))
    story = [para(heading, s["h2"])]
    if not data.include_restricted:
        return [
            *story,
            text_para(
                reports.words.tr("{restricted}: demands are listed only in a brief for the case team."),
                s["body"],
                restricted=alert(reports.words.tr("RESTRICTED")),
            ),
        ]
    if not data.demands:
        return [*story, para(reports.words.tr("None received in the period; none unanswered."), s["body"])]
    head = [
        reports.words.tr("Received"),
        reports.words.tr("Demand"),
        reports.words.tr("Made by / via"),
        reports.words.tr("Deadline"),
        reports.words.tr("Response"),
    ]
    rows = [heads(head, s)]
    for d in data.demands:
        via = markup_text(d.made_by)
        if d.via:
            via += "<br/>" + fill(reports.words.tr("via {intermediary}"), intermediary=markup_text(d.via))
        if d.via_not_vetted:
            flag = reports.words.tr("INTERMEDIARY {vetting}").format(vetting=d.via_not_vetted.upper())
            via += "<br/>" + alert(flag)
        response = markup_text(d.response) + (
            f"<br/>{markup_text(d.response_note, one_line=True, limit=CELL_MAX)}" if d.response_note else ""
        )
        rows.append(
            [
                raw_para(clock.short(d.received_at), s["cell"]),
                para(d.what, s["cell"], one_line=True, limit=120),
                raw_para(via, s["cell"]),
                raw_para(clock.short(d.deadline_at) if d.deadline_at else "—", s["cell"]),
                raw_para(response, s["cell"]),
            ]
        )
    story.append(cell_table(rows, fractions(width, [1.2, 1.6, 2.2, 1.2, 2.6])))
    return story


def linked_cases_section(data: BriefData, s, clock: BriefClock, width: float) -> list:
    """Cases linked with this one: kind, reference and post, title and status, and why. A case
    the reader may not see in full shows its reference and post only."""
    if not data.linked_cases:
        return []
    heading = reports.words.tr("Linked cases ({count})").format(count=format_number(len(data.linked_cases)))
    story = [para(heading, s["h2"])]
    head = [
        reports.words.tr("Link"),
        reports.words.tr("Case"),
        reports.words.tr("Title and status"),
        reports.words.tr("Why linked"),
    ]
    rows = [heads(head, s)]
    for link in data.linked_cases:
        if link.withheld:
            what = alert(withheld()) + "<br/>" + markup_text(reports.words.tr("ask that case's team"))
        else:
            what = markup_text(link.title or "", one_line=True, limit=CELL_MAX) + (
                f"<br/>{markup_text(link.status)}" if link.status else ""
            )
        rows.append(
            [
                para(link.kind, s["cell"], one_line=True, limit=40),
                raw_para(f"{markup_text(link.reference, bold=True)}<br/>{markup_text(link.post)}", s["cell"]),
                raw_para(what, s["cell"]),
                para(link.note or "—", s["cell"], one_line=True, limit=CELL_MAX),
            ]
        )
    story.append(cell_table(rows, fractions(width, [1.1, 1.4, 3.0, 3.4])))
    return story


def repatriation_section(data: BriefData, s, clock: BriefClock, width: float) -> list:
    """Each released national's repatriation checklist: done / open / overdue with owners and dates."""
    if not data.repatriation:
        return []
    story = [CondPageBreak(120), para(reports.words.tr("Repatriation"), s["h2"])]
    for r in data.repatriation:
        if r.overdue:
            counts = reports.words.tr("{done} done, {open} open ({overdue} overdue)")
        else:
            counts = reports.words.tr("{done} done, {open} open")
        counts = counts.format(done=r.done, open=r.open, overdue=r.overdue)
        if r.not_applicable:
            counts = reports.words.tr("{counts}, {count} not applicable").format(counts=counts, count=r.not_applicable)
        story.append(
            text_para(
                reports.words.tr("{name}, released {when}: {counts}"),
                s["body"],
                name=f"<b>{markup_text(r.name)}</b>",
                when=clock.short(r.released_at),
                counts=markup_text(counts),
            )
        )
        head = [
            reports.words.tr("Item"),
            reports.words.tr("Owner"),
            reports.words.tr("Due"),
            reports.words.tr("State"),
            reports.words.tr("Facts"),
        ]
        rows = [heads(head, s)]
        for i in r.items:
            state = markup_text(_state(i.state))
            if i.state == "overdue":
                state = alert(reports.words.tr("OVERDUE"))
            if i.closed_at:
                state += f"<br/>{clock.short(i.closed_at)}"
            rows.append(
                [
                    para(i.item, s["cell"], one_line=True, limit=120),
                    para(i.owner or reports.words.tr("Unassigned"), s["cell"], one_line=True, limit=120),
                    raw_para(clock.short(i.due_at) if i.due_at else "—", s["cell"]),
                    raw_para(state, s["cell"]),
                    para(i.facts or "—", s["cell"], one_line=True, limit=CELL_MAX),
                ]
            )
        table = cell_table(rows, fractions(width, [1.8, 1.4, 1.2, 1.3, 3.3]))
        table.splitInRow = 0  # an item's row stays on one page: its state and date belong together
        story.append(table)
    return story


def tasks_section(data: BriefData, s, clock: BriefClock, width: float) -> list:
    overdue = sum(1 for t in data.tasks if t.overdue)
    if overdue:
        heading = reports.words.tr("Open tasks ({count}, {overdue} overdue)")
    else:
        heading = reports.words.tr("Open tasks ({count})")
    story = [para(heading.format(count=format_number(len(data.tasks)), overdue=format_number(overdue)), s["h2"])]
    if not data.tasks:
        return [*story, para(reports.words.tr("No open tasks."), s["body"])]
    head = [
        reports.words.tr("Due"),
        reports.words.tr("Task"),
        reports.words.tr("Owner"),
        reports.words.tr("Priority"),
    ]
    rows = [heads(head, s)]
    for t in data.tasks:
        due = clock.short(t.due_at) if t.due_at else markup_text(reports.words.tr("No due date"))
        if t.overdue:
            due = alert(reports.words.tr("OVERDUE")) + f"<br/>{due}"
        rows.append(
            [
                raw_para(due, s["cell"]),
                para(t.title, s["cell"], one_line=True, limit=CELL_MAX),
                para(t.owner or reports.words.tr("Unassigned"), s["cell"], one_line=True, limit=120),
                raw_para(f"{markup_text(t.priority)}<br/>{markup_text(t.status.lower())}", s["cell"]),
            ]
        )
    story.append(cell_table(rows, fractions(width, [1.2, 5.2, 1.6, 0.9])))
    return story


def _situation(h) -> str:
    """ "held for 416 days", "missing for 12 days", "released after 120 days" (the service's
    words); a bare count only for data written without them."""
    if h.situation:
        return markup_text(h.situation)
    if h.missing:
        if h.days_missing is None:
            return markup_text(reports.words.tr("missing"))
        return markup_text(reports.words.tr("missing for %n day(s)", "", h.days_missing))
    if h.days_in_captivity is None:
        return "—"
    return markup_text(reports.words.tr("%n day(s)", "", h.days_in_captivity))


def _state(state: str) -> str:
    """A repatriation checklist item's state as the brief prints it."""
    if state == "done":
        return reports.words.tr("Done", "a checklist item")
    if state == "open":
        return reports.words.tr("Open", "a checklist item")
    if state == "not applicable":
        return reports.words.tr("Not applicable")
    return state.capitalize()


def _proof_cell(h, clock) -> str:
    """The proof-of-life cell: the last verified one, the last received when it is not
    verified, the overdue flag, and "restricted" when a later one is withheld."""
    parts = []
    if h.last_verified_proof_of_life:
        parts.append(fill(reports.words.tr("Verified: {when}"), when=clock.short(h.last_verified_proof_of_life)))
    if h.last_proof_of_life and h.last_proof_of_life != h.last_verified_proof_of_life:
        parts.append(fill(reports.words.tr("{when} (not verified)"), when=clock.short(h.last_proof_of_life)))
    if h.proof_of_life_overdue:
        days = h.proof_of_life_alert_days
        parts.append(alert(reports.words.tr("NONE VERIFIED FOR OVER %n DAY(S)", "", days)))
    if h.proof_of_life_withheld:
        if parts:
            parts.append(fill(reports.words.tr("Later: {withheld}"), withheld=alert(withheld())))
        else:
            parts.append(alert(withheld()))
    return "<br/>".join(parts) or markup_text(reports.words.tr("None recorded"))
