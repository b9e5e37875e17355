"""``consular escalations``: the signed-in supervisor's escalation queue."""

from __future__ import annotations

import argparse

from consular.cli.common import print_json, runtime, table
from consular.i18n import translate
from consular.services import escalation


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "escalations",
        help=translate(
            "cli.cmd_escalations", "your escalation queue as case supervisor: overdue family-contact plans and tasks"
        ),
        description=translate(
            "cli.cmd_escalations",
            "Family-contact plans and tasks of the cases you supervise that are overdue by more than "
            "CONSULAR_ESCALATE_AFTER_DAYS days (default 3), longest overdue first. Supervisors and "
            "administrators.",
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("cli.cmd_escalations", "print a JSON object (items, totals)")
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=100,
        metavar="N",
        help=translate("cli.cmd_escalations", "at most N of each kind (default 100)"),
    )
    parser.set_defaults(handler=run_escalations)


def run_escalations(args: argparse.Namespace) -> int:
    rt = runtime(args)
    queue = escalation.my_queue(rt.ctx, limit=max(1, args.limit))
    if args.json:
        print_json(queue.to_json())
        return 0
    if not queue.items:
        print(
            translate(
                "cli.cmd_escalations",
                "Nothing overdue by more than {after_days} days on the cases {supervisor} supervises.",
            ).format(after_days=queue.after_days, supervisor=queue.supervisor)
        )
        return 0
    kinds = {escalation.FAMILY: "family", escalation.TASK: "task"}
    rows = [[i.reference, kinds[i.kind], f"{i.days_overdue} d", f"{i.due_at:%Y-%m-%d}", i.text] for i in queue.items]
    print(
        table(
            rows,
            [
                translate("cli.cmd_escalations", "CASE"),
                translate("cli.cmd_escalations", "KIND"),
                translate("cli.cmd_escalations", "OVERDUE"),
                translate("cli.cmd_escalations", "DUE"),
                translate("cli.cmd_escalations", "WHAT"),
            ],
        )
    )
    shown = len(queue.items)
    more = (
        translate("cli.cmd_escalations", " ({count} more not listed; raise --limit)").format(count=queue.total - shown)
        if queue.total > shown
        else ""
    )
    print(
        "\n"
        + translate(
            "cli.cmd_escalations",
            "{total} overdue by more than {after_days} days: {family_total} family contact plans, "
            "{task_total} tasks{more}.",
        ).format(
            total=queue.total,
            after_days=queue.after_days,
            family_total=queue.family_total,
            task_total=queue.task_total,
            more=more,
        )
    )
    return 0
