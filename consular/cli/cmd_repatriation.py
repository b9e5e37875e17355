"""``consular repatriation …``: the checklist that brings a released national home."""

from __future__ import annotations

import argparse

from consular.cli.common import print_json, runtime, table
from consular.domain.repatriation import PsychosocialSupport
from consular.i18n import translate
from consular.services import repatriation
from consular.services.repatriation import ChecklistItemView, ChecklistView

SUPPORT = [s.value for s in PsychosocialSupport]


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "repatriation",
        help=translate(
            "cli.cmd_repatriation", "the repatriation checklist of each released national: items, owners, due dates"
        ),
        description=translate(
            "cli.cmd_repatriation",
            "When a national is recorded released, rescued or escaped, a checklist opens in the same "
            "step: travel document, medical assessment, flight and escort, reception at arrival, "
            "reunion with the family, debrief (by whom), psychosocial support (offered, accepted, "
            "declined) and follow-up contacts at 30 and 90 days. Each item is a task of the case, "
            "owned by the lead caseworker and due a set time after the release: it is overdue on the "
            "dashboard and in `consular tasks list` like any task. ITEM is the number `repatriation "
            "show` prints. Void an item entered by mistake with `consular void task TASK_ID --reason "
            "…`.",
        ),
    )
    commands = parser.add_subparsers(dest="repatriation_command", metavar="ACTION", required=True)

    p = commands.add_parser("show", help=translate("cli.cmd_repatriation", "a case's checklists, item by item"))
    p.add_argument("reference", metavar="REF")
    p.add_argument("--include-voided", action="store_true")
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_repatriation", "print JSON"))
    p.set_defaults(handler=run_show)

    p = commands.add_parser(
        "open",
        help=translate(
            "cli.cmd_repatriation", "open a released national's checklist by hand (a release recorded earlier)"
        ),
    )
    p.add_argument("reference", metavar="REF")
    p.add_argument(
        "--person",
        type=int,
        required=True,
        metavar="PERSON_ID",
        help=translate("cli.cmd_repatriation", "the released national"),
    )
    p.add_argument(
        "--released-at",
        metavar="WHEN",
        help=translate("cli.cmd_repatriation", "default: when their current status began"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_repatriation", "print JSON"))
    p.set_defaults(handler=run_open)

    p = commands.add_parser("done", help=translate("cli.cmd_repatriation", "mark an item done, with its facts"))
    p.add_argument("item_id", type=int, metavar="ITEM")
    p.add_argument(
        "--at",
        metavar="WHEN",
        help=translate("cli.cmd_repatriation", "when it was done, in the case's zone (default: now)"),
    )
    p.add_argument("--note", metavar="TEXT")
    p.add_argument(
        "--debrief-by",
        metavar="WHO",
        help=translate("cli.cmd_repatriation", "the debrief: who held it (an agency or an officer)"),
    )
    p.add_argument(
        "--support",
        choices=SUPPORT,
        help=translate("cli.cmd_repatriation", "psychosocial support: offered, accepted or declined"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_repatriation", "print JSON"))
    p.set_defaults(handler=run_done)

    p = commands.add_parser("assign", help=translate("cli.cmd_repatriation", "give an item an owner and/or a due date"))
    p.add_argument("item_id", type=int, metavar="ITEM")
    p.add_argument("--to", metavar="USER", help=translate("cli.cmd_repatriation", "the owner's username"))
    p.add_argument(
        "--due", metavar="WHEN", help=translate("cli.cmd_repatriation", "the due date (and time), in the case's zone")
    )
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_repatriation", "print JSON"))
    p.set_defaults(handler=run_assign)

    p = commands.add_parser(
        "na", help=translate("cli.cmd_repatriation", "mark an item not applicable, with the reason")
    )
    p.add_argument("item_id", type=int, metavar="ITEM")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument(
        "--at",
        metavar="WHEN",
        help=translate("cli.cmd_repatriation", "when it was decided, in the case's zone (default: now)"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_repatriation", "print JSON"))
    p.set_defaults(handler=run_na)


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else "—"


def _state(item: ChecklistItemView) -> str:
    if item.state in ("done", "not applicable") and item.completed_at:
        return f"{item.state} {item.completed_at:%Y-%m-%d}"
    return item.state.upper() if item.state == "overdue" else item.state


def _print_checklist(c: ChecklistView) -> None:
    print(
        translate("cli.cmd_repatriation", "{person_name} (person #{person_id}), released {when}: {value}").format(
            person_name=c.person_name, person_id=c.person_id, when=_when(c.released_at), value=c.summary()
        )
    )
    rows = [[str(i.id), i.label, i.owner or "—", _when(i.due_at), _state(i), i.facts()] for i in c.items]
    print(
        table(
            rows,
            [
                translate("cli.cmd_repatriation", "Item"),
                translate("cli.cmd_repatriation", "What"),
                translate("cli.cmd_repatriation", "Owner"),
                translate("cli.cmd_repatriation", "Due"),
                translate("cli.cmd_repatriation", "State"),
                translate("cli.cmd_repatriation", "Facts"),
            ],
        )
    )


def run_show(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        rows = repatriation.checklists(rt.ctx, args.reference, include_voided=args.include_voided)
    finally:
        rt.opened.dispose()
    if args.json:
        print_json([c.to_json() for c in rows])
        return 0
    if not rows:
        print(
            translate(
                "cli.cmd_repatriation",
                "No repatriation checklist: nobody in this case is recorded released, rescued or escaped.",
            )
        )
        return 0
    for n, c in enumerate(rows):
        if n:
            print()
        _print_checklist(c)
    return 0


def run_open(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        view = repatriation.open_checklist(rt.ctx, args.reference, args.person, released_at=args.released_at)
    finally:
        rt.opened.dispose()
    if args.json:
        print_json(view.to_json())
    else:
        _print_checklist(view)
    return 0


def _item_result(args, view: ChecklistItemView) -> int:
    if args.json:
        print_json(view.to_json())
    else:
        facts = view.facts()
        print(
            translate("cli.cmd_repatriation", "Item {id} ({label}): {state}; owner {value}, due {when}").format(
                id=view.id, label=view.label, state=view.state, value=view.owner or "—", when=_when(view.due_at)
            )
            + (translate("cli.cmd_repatriation", "; {facts}").format(facts=facts) if facts else "")
            + "."
        )
    return 0


def run_done(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        view = repatriation.complete_item(
            rt.ctx, args.item_id, at=args.at, note=args.note, debrief_by=args.debrief_by, psychosocial=args.support
        )
    finally:
        rt.opened.dispose()
    return _item_result(args, view)


def run_assign(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        view = repatriation.assign_item(rt.ctx, args.item_id, owner=args.to, due_at=args.due)
    finally:
        rt.opened.dispose()
    return _item_result(args, view)


def run_na(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        view = repatriation.mark_not_applicable(rt.ctx, args.item_id, args.reason, at=args.at)
    finally:
        rt.opened.dispose()
    return _item_result(args, view)
