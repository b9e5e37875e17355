"""``consular demands …`` and ``consular vetting …``: the demands register, and the vetting of
the intermediaries they come through."""

from __future__ import annotations

import argparse

from consular.cli.common import print_json, runtime, table
from consular.domain.enums import Channel, DemandKind, DemandResponse, VettingStatus
from consular.i18n import translate
from consular.services import demands, vetting

KINDS = [k.value for k in DemandKind]
RESPONSES = [r.value for r in DemandResponse]
CHANNELS = [c.value for c in Channel]
DECISIONS = [s.value for s in VettingStatus if s != VettingStatus.UNVETTED]


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "demands",
        help=translate("cli.cmd_demands", "the demands register: every demand, its deadline and the response"),
        description=translate(
            "cli.cmd_demands",
            "Every demand made by the captors or on their behalf: when, by whom, through which "
            "intermediary or channel, what (money with amount and currency, a prisoner release, a "
            "political demand), the hostage it names, the deadline and the response. Always "
            "restricted: only the case team (and supervisors) read it; others see that a demand "
            "exists and when. A demand through an intermediary not vetted at the time is flagged. "
            "Void one recorded by mistake with `consular void demand ID --reason …`.",
        ),
    )
    commands = parser.add_subparsers(dest="demands_command", metavar="ACTION", required=True)

    p = commands.add_parser("list", help=translate("cli.cmd_demands", "a case's demands, newest first"))
    p.add_argument("reference", metavar="REF")
    p.add_argument("--include-voided", action="store_true")
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_demands", "print JSON"))
    p.set_defaults(handler=run_list)

    p = commands.add_parser("add", help=translate("cli.cmd_demands", "record a demand"))
    p.add_argument("reference", metavar="REF")
    p.add_argument(
        "--at",
        required=True,
        metavar="WHEN",
        help=translate("cli.cmd_demands", "when it was received, in the case's zone"),
    )
    p.add_argument(
        "--by",
        required=True,
        metavar="WHO",
        help=translate("cli.cmd_demands", "who made it, as they present themselves"),
    )
    p.add_argument("--kind", required=True, choices=KINDS)
    p.add_argument("--details", required=True, metavar="TEXT")
    p.add_argument(
        "--amount", metavar="N", help=translate("cli.cmd_demands", "money demands: the amount, a whole number (500000)")
    )
    p.add_argument(
        "--currency", metavar="CODE", help=translate("cli.cmd_demands", "money demands: EUR, USD, XOF, INR …")
    )
    p.add_argument(
        "--via",
        type=int,
        metavar="COUNTERPART_ID",
        help=translate("cli.cmd_demands", "the intermediary it came through"),
    )
    p.add_argument("--channel", choices=CHANNELS)
    p.add_argument(
        "--hostage", type=int, metavar="PERSON_ID", help=translate("cli.cmd_demands", "the hostage it names")
    )
    p.add_argument("--deadline", metavar="WHEN")
    p.add_argument(
        "--contact",
        type=int,
        action="append",
        default=[],
        metavar="ID",
        help=translate("cli.cmd_demands", "a linked contact"),
    )
    p.add_argument(
        "--document",
        type=int,
        action="append",
        default=[],
        metavar="ID",
        help=translate("cli.cmd_demands", "a linked document"),
    )
    p.add_argument(
        "--about-family",
        action="store_true",
        help=translate(
            "cli.cmd_demands", "a threat to the family or a demand made on them: opens a 'tell the family' item"
        ),
    )
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_demands", "print JSON"))
    p.set_defaults(handler=run_add)

    p = commands.add_parser("respond", help=translate("cli.cmd_demands", "record the response to a demand"))
    p.add_argument("demand_id", type=int, metavar="ID")
    p.add_argument("response", choices=RESPONSES)
    p.add_argument(
        "--note", metavar="TEXT", help=translate("cli.cmd_demands", "what was answered, or to whom it was referred")
    )
    p.add_argument("--at", metavar="WHEN", help=translate("cli.cmd_demands", "when (default: now)"))
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_demands", "print JSON"))
    p.set_defaults(handler=run_respond)

    v = subparsers.add_parser(
        "vetting",
        help=translate("cli.cmd_demands", "intermediaries' vetting: under vetting, vetted, rejected, with the basis"),
        description=translate(
            "cli.cmd_demands",
            "An intermediary's dated vetting history. Anyone may record 'under_vetting'; only "
            "supervisors decide 'vetted' or 'rejected'. The basis is need-to-know (the teams of the "
            "cases the counterpart is linked to, and supervisors).",
        ),
    )
    vcommands = v.add_subparsers(dest="vetting_command", metavar="ACTION", required=True)
    p = vcommands.add_parser("set", help=translate("cli.cmd_demands", "record a vetting decision"))
    p.add_argument("counterpart_id", type=int, metavar="COUNTERPART_ID")
    p.add_argument("status", choices=DECISIONS)
    p.add_argument("--basis", required=True, metavar="TEXT")
    p.add_argument(
        "--vetted-by",
        metavar="WHO",
        help=translate("cli.cmd_demands", "who did the vetting (e.g. the MFA crisis cell)"),
    )
    p.add_argument(
        "--at",
        metavar="WHEN",
        help=translate("cli.cmd_demands", "when it was decided, with its UTC offset (default: now)"),
    )
    p.set_defaults(handler=run_vet)
    p = vcommands.add_parser("history", help=translate("cli.cmd_demands", "a counterpart's vetting history"))
    p.add_argument("counterpart_id", type=int, metavar="COUNTERPART_ID")
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_demands", "print JSON"))
    p.set_defaults(handler=run_history)


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else "—"


def run_list(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        rows = demands.list_demands(rt.ctx, args.reference, include_voided=args.include_voided)
    finally:
        rt.opened.dispose()
    if args.json:
        print_json([d.to_json() for d in rows])
        return 0
    if not rows:
        print(translate("cli.cmd_demands", "No demands recorded."))
        return 0
    lines = []
    for d in rows:
        if d.withheld:
            lines.append([str(d.id), _when(d.received_at), "restricted", "", "", ""])
            continue
        via = d.via or "—"
        if d.flagged:
            via += translate("cli.cmd_demands", " [{vetting} INTERMEDIARY]").format(vetting=d.via_vetting.label.upper())
        response = d.response.label if d.response else "—"
        lines.append(
            [
                str(d.id) + (translate("cli.cmd_demands", " (voided)") if d.voided_at else ""),
                _when(d.received_at),
                d.what(),
                d.made_by,
                via,
                translate("cli.cmd_demands", "{response}; deadline {deadline}").format(
                    response=response, deadline=_when(d.deadline_at)
                ),
            ]
        )
    print(
        table(
            lines,
            [
                translate("cli.cmd_demands", "ID"),
                translate("cli.cmd_demands", "Received"),
                translate("cli.cmd_demands", "Demand"),
                translate("cli.cmd_demands", "Made by"),
                translate("cli.cmd_demands", "Via"),
                translate("cli.cmd_demands", "Response"),
            ],
        )
    )
    return 0


def run_add(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        view = demands.record_demand(
            rt.ctx,
            args.reference,
            received_at=args.at,
            made_by=args.by,
            kind=args.kind,
            details=args.details,
            amount=args.amount,
            currency=args.currency,
            via_counterpart_id=args.via,
            channel=args.channel,
            hostage_person_id=args.hostage,
            deadline_at=args.deadline,
            contact_ids=args.contact,
            document_ids=args.document,
            about_family=args.about_family,
        )
    finally:
        rt.opened.dispose()
    if args.json:
        print_json(view.to_json())
    else:
        if view.flagged:
            text = translate("cli.cmd_demands", "Recorded demand #{id}: {what} — via an {vetting} intermediary.")
        else:
            text = translate("cli.cmd_demands", "Recorded demand #{id}: {what}.")
        vetting = view.via_vetting.label.lower() if view.flagged else ""
        print(text.format(id=view.id, what=view.what(), vetting=vetting))
    return 0


def run_respond(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        view = demands.respond(rt.ctx, args.demand_id, response=args.response, note=args.note, responded_at=args.at)
    finally:
        rt.opened.dispose()
    if args.json:
        print_json(view.to_json())
    else:
        print(
            translate("cli.cmd_demands", "Demand #{id}: {value}.").format(id=view.id, value=view.response.label.lower())
        )
    return 0


def run_vet(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        view = vetting.set_vetting(
            rt.ctx,
            args.counterpart_id,
            status=args.status,
            basis=args.basis,
            vetted_by=args.vetted_by,
            decided_at=args.at,
        )
    finally:
        rt.opened.dispose()
    print(
        translate("cli.cmd_demands", "{counterpart_name}: {value} ({when}).").format(
            counterpart_name=view.counterpart_name, value=view.status.label.lower(), when=_when(view.decided_at)
        )
    )
    return 0


def run_history(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        rows = vetting.vetting_history(rt.ctx, args.counterpart_id)
    finally:
        rt.opened.dispose()
    if args.json:
        print_json([r.to_json() for r in rows])
    elif not rows:
        print(translate("cli.cmd_demands", "Never vetted: unvetted."))
    else:
        print(
            table(
                [[_when(r.decided_at), r.status.label, r.decided_by, r.vetted_by or "—", r.basis] for r in rows],
                [
                    translate("cli.cmd_demands", "Decided"),
                    translate("cli.cmd_demands", "Status"),
                    translate("cli.cmd_demands", "Recorded by"),
                    translate("cli.cmd_demands", "Vetted by"),
                    translate("cli.cmd_demands", "Basis"),
                ],
            )
        )
    return 0
