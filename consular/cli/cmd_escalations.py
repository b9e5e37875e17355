"""``consular escalations``: the signed-in supervisor's escalation queue."""

from __future__ import annotations

import argparse

from consular.cli.common import print_json, runtime, table
from consular.services import escalation


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "escalations",
        help="your escalation queue as case supervisor: overdue family-contact plans and tasks",
        description="Family-contact plans and tasks of the cases you supervise that are overdue by more than "
        "CONSULAR_ESCALATE_AFTER_DAYS days (default 3), longest overdue first. Supervisors and administrators.",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON object (items, totals)")
    parser.add_argument("--limit", type=int, default=100, metavar="N", help="at most N of each kind (default 100)")
    parser.set_defaults(handler=run_escalations)


def run_escalations(args: argparse.Namespace) -> int:
    rt = runtime(args)
    queue = escalation.my_queue(rt.ctx, limit=max(1, args.limit))
    if args.json:
        print_json(queue.to_json())
        return 0
    if not queue.items:
        print(f"Nothing overdue by more than {queue.after_days} days on the cases {queue.supervisor} supervises.")
        return 0
    kinds = {escalation.FAMILY: "family", escalation.TASK: "task"}
    rows = [[i.reference, kinds[i.kind], f"{i.days_overdue} d", f"{i.due_at:%Y-%m-%d}", i.text] for i in queue.items]
    print(table(rows, ["CASE", "KIND", "OVERDUE", "DUE", "WHAT"]))
    shown = len(queue.items)
    more = f" ({queue.total - shown} more not listed; raise --limit)" if queue.total > shown else ""
    print(
        f"\n{queue.total} overdue by more than {queue.after_days} days: {queue.family_total} family contact plans, "
        f"{queue.task_total} tasks{more}."
    )
    return 0
