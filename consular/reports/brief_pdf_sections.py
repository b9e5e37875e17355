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
    Paragraph,
    Spacer,
)

from consular.domain.timeline import RESTRICTED_TITLE
from consular.reports.brief_data import WITHHELD, BriefData, BriefDevelopment, LastContact
from consular.reports.brief_pdf_style import (
    BOX_BG,
    CELL_MAX,
    DESCRIPTION_MAX,
    MUTED,
    ONE_LINE_MAX,
    BriefClock,
    alert_text,
    cell_table,
    fractions,
    markup_text,
    native_name,
    para,
    raw_para,
)
from consular.reports.fonts import printable


def title_block(data: BriefData, s, clock: BriefClock, width: float) -> list:
    story = [
        Paragraph("Status brief", s["title"]),
        raw_para(
            f"{markup_text(data.reference, bold=True)} — "
            f"{markup_text(data.title, bold=True, one_line=True, limit=ONE_LINE_MAX)}",
            s["subtitle"],
        ),
    ]
    as_of = f"{clock.utc(data.as_of)} · {clock.local(data.as_of)} {clock.place} time ({clock.tz}, {clock.offset})"
    period = (
        f"{clock.local(data.period_start)} to {clock.local(data.period_end)} {clock.place} time — "
        f"{markup_text(data.period_basis, one_line=True)}"
    )
    rows = [
        ("As of", as_of),
        ("Prepared by", f"{markup_text(data.prepared_by, one_line=True)}, {markup_text(data.post, one_line=True)}"),
        ("Period covered", period),
        ("Times", f"In the case's local zone ({clock.tz}, {clock.offset}) unless marked UTC."),
    ]
    table_rows = [[Paragraph(f"<b>{label}</b>", s["meta"]), raw_para(value, s["meta"])] for label, value in rows]
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
        return Paragraph(f"<b>{text}</b>", s["cell"])

    def value(text, **kw):
        return para(text, s["cell"], **kw)

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
            f"<b>{markup_text(c.label)}:</b> "
            + last(c, f"{clock.short(c.at)} {markup_text(f'({c.counterpart})', one_line=True, limit=120)}")
            for c in sm.last_contact_authorities
        )
        or "—"
    )
    families = (
        "<br/>".join(
            f"<b>{markup_text(c.label, one_line=True, limit=160)}:</b> {last(c, clock.short(c.at))}"
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
        [label("Last contact with authorities"), raw_para(authorities, s["cell"]), "", ""],
        [label("Last contact with families"), raw_para(families, s["cell"]), "", ""],
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
    return [Paragraph("Summary", s["h2"]), table]


def hostages_section(data: BriefData, s, clock: BriefClock, width: float) -> list:
    # "Nationals concerned", not "held": a national unaccounted for is missing, not known to be held.
    story = [Paragraph("Nationals concerned", s["h2"])]
    if not data.hostages:
        return [*story, Paragraph("No nationals recorded as hostages in this case.", s["body"])]
    head = ["Name", "Age", "Status since", "Held or missing", "Proof of life", "Latest welfare report"]
    rows = [[Paragraph(h, s["head"]) for h in head]]
    for h in data.hostages:
        name = markup_text(h.name, bold=True, one_line=True, limit=200)
        if native_name(h.name_native):
            name += f"<br/>{markup_text(h.name_native, one_line=True, limit=200)}"
        status = (
            f"<b>{markup_text(h.status)}</b><br/>since {clock.day(h.status_since)}"
            if h.status_since
            else markup_text(h.status)
        )
        welfare = (
            f"{clock.day(h.welfare_at)}: {markup_text(h.welfare_note, one_line=True, limit=CELL_MAX)}"
            if h.welfare_note
            else ("" if h.welfare_withheld else "None recorded")
        )
        if h.welfare_withheld:
            welfare += ("<br/>Later report: " if h.welfare_note else "") + alert_text(WITHHELD)
        if h.medical_watch_overdue:
            welfare += "<br/>" + alert_text(f"MEDICAL NEEDS: NO WELFARE NEWS FOR OVER {h.welfare_alert_days} DAYS")
        proof = _proof_cell(h, clock)
        rows.append(
            [
                raw_para(name, s["cell"]),
                Paragraph(str(h.age) if h.age is not None else "—", s["cell"]),
                Paragraph(status, s["cell"]),
                Paragraph(_situation(h), s["cell"]),
                Paragraph(proof, s["cell"]),
                raw_para(welfare, s["cell"]),
            ]
        )
    story.append(cell_table(rows, fractions(width, [2.1, 0.5, 1.25, 1.05, 1.25, 3.35])))
    return story


def development_block(d: BriefDevelopment, s, clock: BriefClock) -> list:
    tag = f" · {alert_text('RESTRICTED')}" if d.restricted else ""
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
                prefix="Source: ",
            )
        )
    return parts


def developments_section(data: BriefData, s, clock: BriefClock) -> list:
    story = [CondPageBreak(90), Paragraph(f"Key developments in the period ({len(data.developments)})", s["h2free"])]
    if data.developments_withheld:
        n = data.developments_withheld
        story.append(
            Paragraph(
                f"{n:,} restricted {'development' if n == 1 else 'developments'} of the period "
                f"{'shows' if n == 1 else 'show'} only {'its' if n == 1 else 'their'} date here.",
                s["notice"],
            )
        )
    if not data.developments:
        story.append(Paragraph("No new developments recorded in the period.", s["body"]))
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
            story += development_block(data.latest_development_before, s, clock)
        return story
    for development in data.developments:
        story += development_block(development, s, clock)
    return story


def contacts_section(data: BriefData, s, clock: BriefClock, width: float) -> list:
    heading = f"Contacts in the period ({data.contacts_total:,}"
    heading += f" shown, {data.restricted_withheld:,} restricted: date only)" if data.restricted_withheld else ")"
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
            row = [para(g.category, s["cell"]), Paragraph(f"{g.count:,}", s["cell"])]
            if show_restricted:
                row.append(Paragraph(f"{g.restricted_count:,}", s["cell"]))
            row.append(Paragraph(clock.short(g.last_at), s["cell"]))
            rows.append(row)
        parts = [3, 1, 1.3, 1.6] if show_restricted else [3, 1, 1.6]
        story.append(cell_table(rows, fractions(width * 0.62, parts)))
        story.append(Spacer(0, 4))
        for g in data.contact_groups:
            noun = "contact" if g.count == 1 else "contacts"
            story.append(raw_para(f"{markup_text(g.category, bold=True)} — {g.count:,} {noun}", s["h3"]))
            rows = [[Paragraph(h, s["head"]) for h in ("When", "Channel", "With", "Summary")]]
            for line in g.lines:
                tag = alert_text("RESTRICTED") + " " if line.restricted else ""
                follow = ' <font color="#5b6470">(follow-up)</font>' if line.follow_up_needed else ""
                rows.append(
                    [
                        Paragraph(clock.short(line.at), s["cell"]),
                        Paragraph(f"{markup_text(line.channel)}<br/>{markup_text(line.direction.lower())}", s["cell"]),
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
                story.append(
                    Paragraph(
                        f"… and {g.more:,} more {'contact' if g.more == 1 else 'contacts'} in this category "
                        "in the period, not listed (newest listed first).",
                        s["more"],
                    )
                )
    if data.withheld_contacts:
        story += withheld_contacts_block(data, s, clock, width)
    return story


WITHHELD_PER_ROW = 4


def withheld_contacts_block(data: BriefData, s, clock: BriefClock, width: float) -> list:
    """Each restricted contact of the period the reader may not see: when, and "Restricted".
    No channel, counterpart or category: any of them would tell who it was with."""
    n = len(data.withheld_contacts)
    story = [
        raw_para(f"<b>Date only</b> — {n:,} restricted {'contact' if n == 1 else 'contacts'}", s["h3"]),
        Paragraph("Content withheld (need-to-know): only the date is shown.", s["more"]),
    ]
    # Four to a row: a busy week can hold hundreds, and each says no more than its date.
    cells = [Paragraph(f"{clock.short(at)} · {RESTRICTED_TITLE}", s["cell"]) for at in data.withheld_contacts]
    cells += [""] * (-len(cells) % WITHHELD_PER_ROW)
    rows = [cells[i : i + WITHHELD_PER_ROW] for i in range(0, len(cells), WITHHELD_PER_ROW)]
    story.append(cell_table(rows, fractions(width, [1] * WITHHELD_PER_ROW), header=False))
    return story


def family_section(data: BriefData, s, clock: BriefClock, width: float) -> list:
    story = [Paragraph("Family liaison", s["h2"])]
    if not data.family:
        return [*story, Paragraph("No next of kin recorded.", s["body"])]
    rows = [[Paragraph(h, s["head"]) for h in ("Next of kin", "Of", "Agreed plan", "Last contact", "Next contact")]]
    overdue_rows = []
    for index, f in enumerate(data.family, start=1):
        name = markup_text(f.name, bold=True, one_line=True, limit=200)
        if native_name(f.name_native):
            name += f"<br/>{markup_text(f.name_native, one_line=True, limit=200)}"
        name += f"<br/>{markup_text(f.relationship, one_line=True, limit=80)}"
        if f.overdue:
            due = alert_text("OVERDUE") + (
                f"<br/>was due {clock.short(f.next_due_at)}" if f.next_due_at else "<br/>no contact logged yet"
            )
            overdue_rows.append(index)
        else:
            due = clock.short(f.next_due_at) if f.next_due_at else "—"
        rows.append(
            [
                raw_para(name, s["cell"]),
                para(f.hostage_name, s["cell"], one_line=True, limit=200),
                para(f.plan, s["cell"], one_line=True, limit=CELL_MAX),
                Paragraph(family_last(f, clock), s["cell"]),
                Paragraph(due, s["cell"]),
            ]
        )
    story.append(cell_table(rows, fractions(width, [2.3, 1.7, 2.6, 1.2, 1.3])))
    story += family_officers(data, s, clock)
    return story


def family_officers(data: BriefData, s, clock: BriefClock) -> list:
    """Per next of kin: their liaison officer since when (and the earlier ones, with why the
    officer changed), and the last family update they were given."""
    story = [Paragraph("Liaison officers and last family updates", s["h3"])]
    for f in data.family:
        officer = (
            markup_text(f.officer, one_line=True, limit=200)
            + (f" since {clock.day(f.officer_since)}" if f.officer_since else "")
            if f.officer
            else alert_text("NO LIAISON OFFICER")
        )
        for c in f.officer_changes:
            officer += (
                f"; changed on {clock.day(c.at)} from {markup_text(c.from_officer, one_line=True, limit=200)}, "
                f"{markup_text(c.reason.rstrip('.'), one_line=True, limit=300)}"
            )
        if f.last_update_at:
            channel = markup_text(f.last_update_channel or "", one_line=True)
            text = markup_text((f.last_update_text or "").rstrip("."), one_line=True, limit=300)
            told = f"last told {clock.short(f.last_update_at)} ({channel}): {text}"
        else:
            told = "no family update logged"
        if f.last_update_withheld:
            told += "; later: " + alert_text(WITHHELD)
        name = markup_text(f.name, bold=True, one_line=True, limit=200)
        story.append(raw_para(f"{name} — officer: {officer}. {told[0].upper()}{told[1:]}.", s["body"]))
    return story


def family_last(f, clock: BriefClock) -> str:
    shown = clock.short(f.last_contact_at) if f.last_contact_at else ""
    if f.last_contact_withheld:
        return (f"{shown}<br/>Later: " if shown else "") + alert_text(WITHHELD)
    return shown or "None logged"


def demands_section(data: BriefData, s, clock: BriefClock, width: float) -> list:
    """Demands received in the period and those still unanswered, each flagged when its
    intermediary was not vetted then. Without restricted content: only how many stand."""
    if not data.demands_on_record:
        return []
    story = [Paragraph(f"Demands ({data.demands_on_record} on record)", s["h2"])]
    if not data.include_restricted:
        return [
            *story,
            Paragraph(f"{alert_text('RESTRICTED')}: demands are listed only in a brief for the case team.", s["body"]),
        ]
    if not data.demands:
        return [*story, Paragraph("None received in the period; none unanswered.", s["body"])]
    rows = [[Paragraph(h, s["head"]) for h in ("Received", "Demand", "Made by / via", "Deadline", "Response")]]
    for d in data.demands:
        via = markup_text(d.made_by) + (f"<br/>via {markup_text(d.via)}" if d.via else "")
        if d.via_not_vetted:
            via += "<br/>" + alert_text(f"INTERMEDIARY {d.via_not_vetted.upper()}")
        response = markup_text(d.response) + (
            f"<br/>{markup_text(d.response_note, one_line=True, limit=CELL_MAX)}" if d.response_note else ""
        )
        rows.append(
            [
                Paragraph(clock.short(d.received_at), s["cell"]),
                para(d.what, s["cell"], one_line=True, limit=120),
                raw_para(via, s["cell"]),
                Paragraph(clock.short(d.deadline_at) if d.deadline_at else "—", s["cell"]),
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
    story = [Paragraph(f"Linked cases ({len(data.linked_cases)})", s["h2"])]
    rows = [[Paragraph(h, s["head"]) for h in ("Link", "Case", "Title and status", "Why linked")]]
    for link in data.linked_cases:
        if link.withheld:
            what = alert_text(WITHHELD) + "<br/>ask that case's team"
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
    story = [CondPageBreak(120), Paragraph("Repatriation", s["h2"])]
    for r in data.repatriation:
        counts = f"{r.done} done, {r.open} open" + (f" ({r.overdue} overdue)" if r.overdue else "")
        counts += f", {r.not_applicable} not applicable" if r.not_applicable else ""
        story.append(
            raw_para(
                f"<b>{markup_text(r.name)}</b>, released {clock.short(r.released_at)}: {markup_text(counts)}",
                s["body"],
            )
        )
        rows = [[Paragraph(h, s["head"]) for h in ("Item", "Owner", "Due", "State", "Facts")]]
        for i in r.items:
            state = markup_text(i.state.capitalize())
            if i.state == "overdue":
                state = alert_text("OVERDUE")
            if i.closed_at:
                state += f"<br/>{clock.short(i.closed_at)}"
            rows.append(
                [
                    para(i.item, s["cell"], one_line=True, limit=120),
                    para(i.owner or "Unassigned", s["cell"], one_line=True, limit=120),
                    Paragraph(clock.short(i.due_at) if i.due_at else "—", s["cell"]),
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
    heading = f"Open tasks ({len(data.tasks)}"
    heading += f", {overdue} overdue)" if overdue else ")"
    story = [Paragraph(heading, s["h2"])]
    if not data.tasks:
        return [*story, Paragraph("No open tasks.", s["body"])]
    rows = [[Paragraph(h, s["head"]) for h in ("Due", "Task", "Owner", "Priority")]]
    for t in data.tasks:
        due = clock.short(t.due_at) if t.due_at else "No due date"
        if t.overdue:
            due = f"{alert_text('OVERDUE')}<br/>{due}"
        rows.append(
            [
                Paragraph(due, s["cell"]),
                para(t.title, s["cell"], one_line=True, limit=CELL_MAX),
                para(t.owner or "Unassigned", s["cell"], one_line=True, limit=120),
                Paragraph(f"{t.priority}<br/>{t.status.lower()}", s["cell"]),
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
        return f"missing for {_days(h.days_missing)}" if h.days_missing is not None else "missing"
    return _days(h.days_in_captivity) if h.days_in_captivity is not None else "—"


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def _proof_cell(h, clock) -> str:
    """The proof-of-life cell: the last verified one, the last received when it is not
    verified, the overdue flag, and "restricted" when a later one is withheld."""
    parts = []
    if h.last_verified_proof_of_life:
        parts.append(f"Verified: {clock.short(h.last_verified_proof_of_life)}")
    if h.last_proof_of_life and h.last_proof_of_life != h.last_verified_proof_of_life:
        parts.append(f"{clock.short(h.last_proof_of_life)} (not verified)")
    if h.proof_of_life_overdue:
        parts.append(alert_text(f"NONE VERIFIED FOR OVER {h.proof_of_life_alert_days} DAYS"))
    if h.proof_of_life_withheld:
        parts.append(("Later: " if parts else "") + alert_text(WITHHELD))
    return "<br/>".join(parts) or "None recorded"
