"""``consular cases list``, ``consular cases show REF``, ``consular cases team REF`` (and ``link``/``unlink``,
``purge``, registered from their own modules)."""

from __future__ import annotations

import argparse
import sys
import textwrap
from json.encoder import encode_basestring as json_text

from consular.cli.case_links import link_lines, register_links
from consular.cli.common import CommandError, print_json, runtime, table
from consular.cli.language import plural
from consular.cli.purge import register_purge
from consular.domain.enums import CaseKind, CaseStatus
from consular.domain.errors import ValidationError
from consular.domain.filters import SORT_KEYS, CaseFilter, CaseListSetup
from consular.domain.timeutil import humanize_ago, in_zone
from consular.domain.validation import country_name, format_phone
from consular.i18n import QT_TRANSLATE_NOOP, translate
from consular.services import case_listing, cases
from consular.services.context import DEFAULT_POL_ALERT_DAYS, DEFAULT_WELFARE_ALERT_DAYS
from consular.services.views import CaseDetail, PersonView, view_now

PAGE = 1000
JSON_BATCH = 2000  # cases read and written between two writes of `cases list --json`


def register(subparsers) -> None:
    group = subparsers.add_parser(
        "cases",
        help=translate("cli.cmd_cases", "list cases or show one case"),
        description=translate("cli.cmd_cases", "List cases, or show everything recorded on one case."),
    )
    commands = group.add_subparsers(dest="cases_command", metavar="ACTION", required=True)

    listing = commands.add_parser(
        "list",
        help=translate("cli.cmd_cases", "list cases (newest incident first)"),
        description=translate(
            "cli.cmd_cases",
            "List cases, newest incident first. Filters may be repeated or comma-separated (--status open,active).",
        ),
    )
    listing.add_argument(
        "--status",
        action="append",
        metavar="S",
        help=translate("cli.cmd_cases", "only cases with this status ({values})").format(
            values=", ".join(s.value for s in CaseStatus)
        ),
    )
    listing.add_argument(
        "--kind",
        action="append",
        metavar="K",
        help=translate("cli.cmd_cases", "only cases of this kind ({values})").format(
            values=", ".join(k.value for k in CaseKind)
        ),
    )
    listing.add_argument(
        "--post", action="append", metavar="CODE", help=translate("cli.cmd_cases", "only cases of this post (e.g. BAM)")
    )
    listing.add_argument(
        "--sort",
        default=None,
        choices=SORT_KEYS,
        metavar="KEY",
        help=translate("cli.cmd_cases", "sort by one of: {values} (default incident_at, or the saved filter's)").format(
            values=", ".join(SORT_KEYS)
        ),
    )
    listing.add_argument(
        "--saved",
        metavar="NAME",
        help=translate(
            "cli.cmd_cases",
            "apply a saved filter (yours, or one shared with a post; 'consular filters list'); "
            "--status, --kind and --post given as well replace its values",
        ),
    )
    listing.add_argument(
        "--out",
        metavar="FILE",
        help=translate(
            "cli.cmd_cases",
            "write the list to FILE (.csv or .xlsx) instead of printing it: an audited export that "
            "carries the audit chain head",
        ),
    )
    listing.add_argument(
        "--ascending", action="store_true", help=translate("cli.cmd_cases", "sort ascending instead of descending")
    )
    listing.add_argument(
        "--limit", type=int, metavar="N", default=0, help=translate("cli.cmd_cases", "at most N cases (default: all)")
    )
    listing.add_argument(
        "--json",
        action="store_true",
        help=translate(
            "cli.cmd_cases",
            "print a JSON array (reference, title, kind, status, country, place, incident_at, "
            "hostages_held, hostages_total, last_contact_at, ...)",
        ),
    )
    listing.set_defaults(handler=run_list)

    show = commands.add_parser(
        "show",
        help=translate("cli.cmd_cases", "show one case with its people, next of kin, milestones and tasks"),
        description=translate(
            "cli.cmd_cases",
            "Show one case: its facts, people (with identifiers and roles), next of kin and contact "
            "plans, milestones, tasks and the number of contacts.",
        ),
    )
    show.add_argument("reference", metavar="REF", help=translate("cli.cmd_cases", "case reference, e.g. BAM-2025-0001"))
    show.add_argument("--json", action="store_true", help=translate("cli.cmd_cases", "print a JSON object"))
    show.set_defaults(handler=run_show)
    register_purge(commands)
    register_links(commands)

    team = commands.add_parser(
        "team",
        help=translate("cli.cmd_cases", "show a case's team, or add or remove a member (supervisors)"),
        description=translate(
            "cli.cmd_cases",
            "Show the case's team (lead, supervisor, members), who may read its restricted content; "
            "with 'add USER' or 'remove USER', change its members (supervisors and administrators).",
        ),
    )
    team.add_argument("reference", metavar="REF", help=translate("cli.cmd_cases", "case reference, e.g. BAM-2025-0001"))
    team.add_argument(
        "change", nargs="?", choices=["add", "remove"], help=translate("cli.cmd_cases", "add or remove USER")
    )
    team.add_argument("member", nargs="?", metavar="USER", help=translate("cli.cmd_cases", "user name, e.g. k.reddy"))
    team.add_argument("--json", action="store_true", help=translate("cli.cmd_cases", "print a JSON array"))
    team.set_defaults(handler=run_team)


def _values(raw: list[str] | None) -> list[str]:
    return [part.strip() for item in raw or [] for part in item.split(",") if part.strip()]


def _list_setup(args: argparse.Namespace, rt) -> tuple[CaseFilter, str, bool, str]:
    """The filter, sort and direction asked for: a saved filter's, with what the options say
    on top; and the whole in words (for an export's About sheet)."""
    setup, said = CaseListSetup(), []
    if args.saved:
        from consular.services import saved_filters  # here: `cases list` does not pay its import

        found = saved_filters.find_filter(rt.ctx, "cases", args.saved)
        setup, dropped = CaseListSetup.from_definition(found.definition, me=rt.ctx.actor.username)
        said.append(translate("cli.cmd_cases", "saved filter '{name}'").format(name=found.name))
        if dropped:
            print(
                translate(
                    "cli.cmd_cases", "consular: the saved filter names values no longer known, left out: {values}"
                ).format(values=", ".join(dropped)),
                file=sys.stderr,
            )
    flt = setup.filter
    if args.status:
        flt.statuses = [CaseStatus.parse(s, "status") for s in _values(args.status)]
    if args.kind:
        flt.kinds = [CaseKind.parse(k, "kind") for k in _values(args.kind)]
    if args.post:
        flt.post_codes = [p.upper() for p in _values(args.post)]
    if setup.search:
        from consular.services import search  # only for a saved filter with words: not every list pays its import

        # The cases only: the list prints no "why", so none is read (nor audited as shown).
        flt.case_ids = search.matching_cases(rt.ctx, setup.search).case_ids
        said.append(translate("cli.cmd_cases", "search '{text}'").format(text=setup.search))
    sort = args.sort or setup.sort
    descending = False if args.ascending else (setup.descending if args.sort is None else True)
    if flt.statuses:
        said.append(
            translate("cli.cmd_cases", "status {values}").format(values=", ".join(s.value for s in flt.statuses))
        )
    if flt.kinds:
        said.append(translate("cli.cmd_cases", "kind {values}").format(values=", ".join(k.value for k in flt.kinds)))
    if flt.post_codes:
        said.append(translate("cli.cmd_cases", "post {values}").format(values=", ".join(flt.post_codes)))
    if flt.assignee_username:
        said.append(translate("cli.cmd_cases", "assigned to {user}").format(user=flt.assignee_username))
    if descending:
        said.append(translate("cli.cmd_cases", "sorted by {key} descending").format(key=sort))
    else:
        said.append(translate("cli.cmd_cases", "sorted by {key} ascending").format(key=sort))
    return flt, sort, descending, " · ".join(said)


def run_list(args: argparse.Namespace) -> int:
    if args.limit < 0:
        raise ValidationError(
            "limit",
            translate("cli.cmd_cases", "--limit must be 0 (all cases) or more; got {limit}.").format(limit=args.limit),
        )
    rt = runtime(args)
    flt, sort, descending, described = _list_setup(args, rt)
    args.sort, args.ascending = sort, not descending
    if args.out:
        from consular.services import lists  # the spreadsheet writers: only for --out

        rows = lists.export_case_list(rt.ctx, args.out, flt, sort=sort, descending=descending, described=described)
        print(plural("cli.cmd_cases", "Wrote %Ln case(s) to {out}.", rows).format(out=args.out))
        return 0
    wanted = args.limit if args.limit > 0 else None
    if args.json:
        # Streamed from one query: 100,000 cases are never all in memory, nor paged by offset.
        _write_json_array(
            case_listing.iter_case_json_values(
                rt.ctx, flt, sort=args.sort, descending=not args.ascending, limit=wanted, batch=JSON_BATCH
            )
        )
        return 0
    rows = []
    while wanted is None or len(rows) < wanted:
        size = PAGE if wanted is None else min(PAGE, wanted - len(rows))
        page = cases.list_cases(
            rt.ctx, flt, sort=args.sort, descending=not args.ascending, offset=len(rows), limit=size
        )
        rows.extend(page)
        if len(page) < size:
            break
    if not rows:
        print(translate("cli.cmd_cases", "No cases match."), file=sys.stderr)
        return 0
    print(
        table(
            [
                [
                    r.reference,
                    r.status.value,
                    r.kind.value,
                    r.priority.value,
                    f"{r.place}, {r.country}" if r.place else r.country,
                    in_zone(r.incident_at, r.timezone).strftime("%Y-%m-%d"),
                    f"{r.hostages_held}/{r.hostages_total}",
                    humanize_ago(r.last_contact_at, view_now(r)),
                    r.title,
                ]
                for r in rows
            ],
            [
                translate("cli.cmd_cases", "REFERENCE"),
                translate("cli.cmd_cases", "STATUS"),
                translate("cli.cmd_cases", "KIND"),
                translate("cli.cmd_cases", "PRIORITY"),
                translate("cli.cmd_cases", "PLACE"),
                translate("cli.cmd_cases", "INCIDENT"),
                translate("cli.cmd_cases", "HELD"),
                translate("cli.cmd_cases", "LAST CONTACT"),
                translate("cli.cmd_cases", "TITLE"),
            ],
        )
    )
    return 0


def _write_json_array(batches) -> None:
    """A JSON array, one case per line, written a batch at a time as the cases come.

    Each line is what ``json.dumps(CaseSummary.to_json(), ensure_ascii=False)`` gives (the
    tests parse it back and compare), put together from its values with json's own string
    encoder: encoding 100,000 dictionaries one by one cost more than reading them."""
    text = json_text
    line = "{" + ", ".join(f"{text(key)}: %s" for key in case_listing.JSON_KEYS) + "}"
    separator = "\n"
    write = sys.stdout.write
    write("[")
    for values in batches:
        if not values:
            continue
        lines = [
            line
            % (text(ref), text(title), text(kind), text(status), text(priority), text(post), text(country),
               text(place), text(incident), text(zone_name), days, held, total, text(last) if last else "null",
               text(due) if due else "null", "null" if lead is None else text(lead))
            for (ref, title, kind, status, priority, post, country, place, incident, zone_name, days, held, total,
                 last, due, lead) in values
        ]  # fmt: skip
        write(separator + ",\n".join(lines))
        separator = ",\n"
    write("\n]\n" if separator != "\n" else "]\n")


def run_team(args: argparse.Namespace) -> int:
    if args.change and not args.member:
        raise CommandError(
            translate(
                "cli.cmd_cases", "Name the user to {change}: consular cases team {reference} {change} USER"
            ).format(change=args.change, reference=args.reference)
        )
    if args.member and not args.change:
        raise CommandError(translate("cli.cmd_cases", "Say 'add' or 'remove' before the user name."))
    from consular.services import teams  # here: `cases list` does not pay its import

    rt = runtime(args)
    if args.change == "add":
        members = teams.add_member(rt.ctx, args.reference, args.member)
    elif args.change == "remove":
        members = teams.remove_member(rt.ctx, args.reference, args.member)
    else:
        members = teams.case_team(rt.ctx, args.reference)
    if args.json:
        print_json([m.to_json() for m in members])
    else:
        print(
            table(
                [[m.user.username, m.user.display_name, m.part] for m in members],
                [
                    translate("cli.cmd_cases", "USER"),
                    translate("cli.cmd_cases", "NAME"),
                    translate("cli.cmd_cases", "PART"),
                ],
            )
        )
    return 0


def run_show(args: argparse.Namespace) -> int:
    from consular.services import case_links  # here: `cases list` does not pay its import

    rt = runtime(args)
    detail = cases.get_case(rt.ctx, args.reference)
    links = case_links.list_links(rt.ctx, detail.reference)
    if args.json:
        print_json(detail.to_json() | {"linked_cases": [link.to_json() for link in links]})
    else:
        settings = rt.ctx.settings
        text = render_case(
            detail, alert_days=settings.proof_of_life_alert_days, welfare_days=settings.welfare_alert_days
        )
        print(text + ("\n\n" + "\n".join(link_lines(links)) if links else ""))
    return 0


def _when(detail: CaseDetail, value) -> str:
    if value is None:
        return "—"
    return detail.local(value).strftime("%Y-%m-%d %H:%M %Z")


def _wrap(text: str, indent: str = "  ") -> list[str]:
    out = []
    for paragraph in (text or "").split("\n"):
        if paragraph.strip():
            out.extend(textwrap.wrap(paragraph, width=96, initial_indent=indent, subsequent_indent=indent))
        else:
            out.append("")
    return out


def _field(label: str, value) -> str:
    """``label: value`` as the language writes it (French: ``label : value``)."""
    return translate("cli.cmd_cases", "{label}: {value}").format(label=translate("cli.cmd_cases", label), value=value)


def _person_lines(person: PersonView, indent: str) -> list[str]:
    fields = [
        (QT_TRANSLATE_NOOP("cli.cmd_cases", "name in own script"), person.name_native),
        (QT_TRANSLATE_NOOP("cli.cmd_cases", "gender"), person.gender),
        (
            QT_TRANSLATE_NOOP("cli.cmd_cases", "date of birth"),
            person.date_of_birth.isoformat() if person.date_of_birth else None,
        ),
        (
            QT_TRANSLATE_NOOP("cli.cmd_cases", "nationality"),
            country_name(person.nationality) if person.nationality else None,
        ),
        (QT_TRANSLATE_NOOP("cli.cmd_cases", "passport"), person.passport_number),
        (QT_TRANSLATE_NOOP("cli.cmd_cases", "home state"), person.home_state),
        (QT_TRANSLATE_NOOP("cli.cmd_cases", "home district"), person.home_district),
        (QT_TRANSLATE_NOOP("cli.cmd_cases", "employer"), person.employer),
        (QT_TRANSLATE_NOOP("cli.cmd_cases", "occupation"), person.occupation),
        (QT_TRANSLATE_NOOP("cli.cmd_cases", "languages"), person.languages),
        (QT_TRANSLATE_NOOP("cli.cmd_cases", "medical needs"), person.medical_needs),
        (QT_TRANSLATE_NOOP("cli.cmd_cases", "phone"), format_phone(person.phone) or None),
        (QT_TRANSLATE_NOOP("cli.cmd_cases", "e-mail"), person.email),
        (QT_TRANSLATE_NOOP("cli.cmd_cases", "notes"), person.notes),
    ]
    lines = [indent + _field(label, value) for label, value in fields if value]
    for ident in person.identifiers:
        issued = f" ({ident.issuing_country})" if ident.issuing_country else ""
        lines.append(f"{indent}{ident.kind}: {ident.value}{issued}")
    return lines


def render_case(
    d: CaseDetail, *, alert_days: int = DEFAULT_POL_ALERT_DAYS, welfare_days: int = DEFAULT_WELFARE_ALERT_DAYS
) -> str:
    """The readable text form of ``cases show`` in the current language; ``alert_days``: flag a
    national whose last verified proof of life is older than that."""
    place = ", ".join(x for x in (d.place, country_name(d.incident_country)) if x)
    if d.latitude is not None:
        place += f" ({d.latitude:.4f}, {d.longitude:.4f})"
    attribution = d.attribution_level.label
    if d.attribution_group:
        attribution += f" — {d.attribution_group}"
    if d.attribution_source:
        attribution += translate("cli.cmd_cases", " (source: {source})").format(source=d.attribution_source)
    lines = [
        f"{d.reference}  {d.title}",
        translate("cli.cmd_cases", "{classification} · status {status} · {kind} · priority {priority}").format(
            classification=d.classification.label, status=d.status.value, kind=d.kind.label, priority=d.priority.value
        ),
        translate("cli.cmd_cases", "Post: {code} — {name}").format(code=d.post.code, name=d.post.name),
        plural("cli.cmd_cases", "Incident: {when} ({timezone}), %n day(s) ago", d.days_since_incident()).format(
            when=_when(d, d.incident_at), timezone=d.timezone
        ),
        translate("cli.cmd_cases", "Place: {place}").format(place=place),
        translate("cli.cmd_cases", "Attribution: {attribution}").format(attribution=attribution),
        translate("cli.cmd_cases", "Lead caseworker: {lead} · supervisor: {supervisor}").format(
            lead=d.lead_caseworker.display_name if d.lead_caseworker else "—",
            supervisor=d.supervisor.display_name if d.supervisor else "—",
        ),
        translate(
            "cli.cmd_cases",
            "Contacts logged: {contacts} · last contact: {last} · documents: {documents} · version {version}",
        ).format(
            contacts=d.contact_count,
            last=_when(d, d.last_contact_at),
            documents=d.document_count,
            version=d.version,
        ),
    ]
    if d.circumstances:
        lines += ["", translate("cli.cmd_cases", "Circumstances:"), *_wrap(d.circumstances)]
    lines += ["", translate("cli.cmd_cases", "Status history ({count}):").format(count=len(d.status_history))]
    for h in d.status_history:
        frm = h.from_status.value if h.from_status else "—"
        lines.append(
            "  "
            + translate("cli.cmd_cases", "{when}  {from_status} → {to_status}  by {who}: {reason}").format(
                when=_when(d, h.changed_at),
                from_status=frm,
                to_status=h.to_status.value,
                who=h.changed_by,
                reason=h.reason,
            )
        )
    lines += ["", translate("cli.cmd_cases", "People ({count}):").format(count=len(d.participants))]
    for p in d.participants:
        head = f"  {p.person.full_name} — {p.role.label}"
        if p.hostage_status is not None:
            # "held for 416 days" / "missing for 12 days": the same words as every other face.
            head += f" — {p.situation_label()}"
            start = p.missing_since or p.captivity_started_at
            if start is not None:
                head += translate("cli.cmd_cases", " (since {when})").format(when=_when(d, start))
            if p.proof_of_life_withheld:
                head += translate("cli.cmd_cases", ", proof of life restricted to the case team")
            elif p.last_verified_proof_of_life:
                head += translate("cli.cmd_cases", ", last verified proof of life {when}").format(
                    when=_when(d, p.last_verified_proof_of_life)
                )
            elif p.hostage_status.in_captivity:
                head += translate("cli.cmd_cases", ", no verified proof of life")
            if p.last_proof_of_life and p.last_proof_of_life != p.last_verified_proof_of_life:
                head += translate("cli.cmd_cases", " (last received {when}, not verified)").format(
                    when=_when(d, p.last_proof_of_life)
                )
            if p.proof_of_life_overdue(alert_days):
                head += plural("cli.cmd_cases", " — PROOF OF LIFE OVERDUE (over %n day(s))", alert_days)
            if p.medical_watch_overdue(welfare_days):
                head += plural("cli.cmd_cases", " — MEDICAL NEEDS, NO WELFARE REPORT FOR OVER %n DAY(S)", welfare_days)
        lines.append(head)
        for e in p.status_history:
            entry = f"      {_when(d, e.effective_at)}  {e.status.label.lower()}"
            if e.source:
                entry += translate("cli.cmd_cases", " (source: {source})").format(source=e.source)
            if e.voided:
                entry += translate("cli.cmd_cases", "  [VOIDED by {who} on {when}: {reason}]").format(
                    who=e.voided_by or "?", when=_when(d, e.voided_at), reason=e.void_reason
                )
            lines.append(entry)
        lines += _person_lines(p.person, "      ")
    lines += ["", translate("cli.cmd_cases", "Next of kin ({count}):").format(count=len(d.next_of_kin))]
    for k in d.next_of_kin:
        overdue = translate("cli.cmd_cases", " — CONTACT OVERDUE") if k.is_overdue() else ""
        lines.append(
            "  "
            + translate("cli.cmd_cases", "{name} ({relationship} of {hostage}) — {plan}{overdue}").format(
                name=k.kin.full_name,
                relationship=k.relationship,
                hostage=k.hostage_name,
                plan=k.plan_text(),
                overdue=overdue,
            )
        )
        details = [
            (QT_TRANSLATE_NOOP("cli.cmd_cases", "phone"), format_phone(k.phone) or None),
            (QT_TRANSLATE_NOOP("cli.cmd_cases", "e-mail"), k.email),
            (QT_TRANSLATE_NOOP("cli.cmd_cases", "address"), k.address),
            (QT_TRANSLATE_NOOP("cli.cmd_cases", "language"), k.preferred_language),
            (
                QT_TRANSLATE_NOOP("cli.cmd_cases", "preferred channel"),
                k.preferred_channel.label if k.preferred_channel else None,
            ),
            (
                QT_TRANSLATE_NOOP("cli.cmd_cases", "last contact"),
                _when(d, k.last_contact_at) if k.last_contact_at else translate("cli.cmd_cases", "none logged"),
            ),
            (QT_TRANSLATE_NOOP("cli.cmd_cases", "may be told"), k.may_share),
            (QT_TRANSLATE_NOOP("cli.cmd_cases", "notes"), k.notes),
        ]
        lines += ["      " + _field(label, value) for label, value in details if value]
    lines += ["", translate("cli.cmd_cases", "Milestones ({count}):").format(count=len(d.milestones))]
    for m in d.milestones:
        flag = translate("cli.cmd_cases", " [RESTRICTED]") if m.restricted else ""
        who = f" ({m.hostage_name})" if m.hostage_name else ""
        lines.append(f"  {_when(d, m.occurred_at)}  {m.kind.label}{who}: {m.title}{flag}")
    lines += ["", translate("cli.cmd_cases", "Tasks ({count}):").format(count=len(d.tasks))]
    for t in d.tasks:
        status = t.status.value + (translate("cli.cmd_cases", " OVERDUE") if t.is_overdue() else "")
        due = _when(d, t.due_at) if t.due_at else translate("cli.cmd_cases", "no due date")
        lines.append(
            "  "
            + translate("cli.cmd_cases", "[{status}] due {due}  {title} — {assignee}").format(
                status=status, due=due, title=t.title, assignee=t.assignee or translate("cli.cmd_cases", "unassigned")
            )
        )
    return "\n".join(lines)
