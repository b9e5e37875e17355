"""``consular welfare …``: the welfare log — what is known of each hostage's health."""

from __future__ import annotations

import argparse

from consular.cli.cmd_pol import hostage_id
from consular.cli.common import print_json, runtime, table
from consular.domain.enums import WelfareCondition
from consular.i18n import translate
from consular.services import welfare

CONDITIONS = [c.value for c in WelfareCondition]


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "welfare",
        help=translate("cli.cmd_welfare", "the welfare log: condition, medication needs and supply, report by report"),
        description=translate(
            "cli.cmd_welfare",
            "Each welfare report says when it came, the reported condition (good, fair, poor, "
            "critical, unknown), medication needs and whether supply was arranged, and the source. A "
            "national with medical needs and no welfare report for CONSULAR_WELFARE_ALERT_DAYS days "
            "(default 14) is flagged by `cases show`, on the People tab and on the brief.",
        ),
        epilog=translate(
            "cli.cmd_welfare",
            "HOSTAGE is a person id or (part of) a hostage's name in the case; leave it out for a "
            "report about every national of the case.",
        ),
    )
    commands = parser.add_subparsers(dest="welfare_command", metavar="ACTION", required=True)
    p = commands.add_parser("add", help=translate("cli.cmd_welfare", "record a welfare report"))
    p.add_argument("reference", metavar="REF")
    p.add_argument("--hostage", metavar="HOSTAGE")
    p.add_argument(
        "--at",
        required=True,
        metavar="WHEN",
        help=translate("cli.cmd_welfare", "when it was reported, in the case's zone"),
    )
    p.add_argument("--summary", required=True, metavar="TEXT", help=translate("cli.cmd_welfare", "one line"))
    p.add_argument("--condition", choices=CONDITIONS, default="unknown")
    p.add_argument("--medication", metavar="TEXT", help=translate("cli.cmd_welfare", "medication needs"))
    p.add_argument("--supply", choices=["yes", "no"], help=translate("cli.cmd_welfare", "whether supply was arranged"))
    p.add_argument("--details", metavar="TEXT")
    p.add_argument("--source", metavar="TEXT")
    p.add_argument("--restricted", action="store_true", help=translate("cli.cmd_welfare", "case team only"))
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_welfare", "print JSON"))
    p.set_defaults(handler=run_add)
    p = commands.add_parser("list", help=translate("cli.cmd_welfare", "a case's welfare reports, newest first"))
    p.add_argument("reference", metavar="REF")
    p.add_argument("--hostage", metavar="HOSTAGE")
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_welfare", "print JSON"))
    p.set_defaults(handler=run_list)


def run_add(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        view = welfare.record_welfare(
            rt.ctx,
            args.reference,
            hostage_id(rt.ctx, args.reference, args.hostage),
            occurred_at=args.at,
            summary=args.summary,
            condition=args.condition,
            medication_needs=args.medication,
            supply_arranged=None if args.supply is None else args.supply == "yes",
            description=args.details,
            source=args.source,
            restricted=args.restricted,
        )
    finally:
        rt.opened.dispose()
    if args.json:
        print_json(view.to_json())
    else:
        who = view.hostage_name or translate("cli.cmd_welfare", "every national of the case")
        print(
            translate("cli.cmd_welfare", "Welfare report #{id} about {who}: {value}.").format(
                id=view.id, who=who, value=view.condition.label.lower()
            )
        )
    return 0


def run_list(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        rows = welfare.welfare_log(rt.ctx, args.reference, hostage_id(rt.ctx, args.reference, args.hostage))
    finally:
        rt.opened.dispose()
    if args.json:
        print_json([r.to_json() for r in rows])
    elif not rows:
        print(translate("cli.cmd_welfare", "No welfare reports."))
    else:
        print(
            table(
                [
                    [
                        str(r.id),
                        r.occurred_at.strftime("%Y-%m-%d %H:%M UTC"),
                        "restricted" if r.withheld else (r.hostage_name or "all"),
                        "" if r.withheld else r.condition.label,
                        "" if r.withheld else f"{r.medication_needs or '—'} {r.supply_text()}".strip(),
                        "" if r.withheld else r.summary,
                    ]
                    for r in rows
                ],
                [
                    translate("cli.cmd_welfare", "ID"),
                    translate("cli.cmd_welfare", "Reported"),
                    translate("cli.cmd_welfare", "About"),
                    translate("cli.cmd_welfare", "Condition"),
                    translate("cli.cmd_welfare", "Medication"),
                    translate("cli.cmd_welfare", "Summary"),
                ],
            )
        )
    return 0
