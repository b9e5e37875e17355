"""``consular void KIND ID --reason TEXT``: void an entry recorded by mistake."""

from __future__ import annotations

import argparse

from consular.cli.common import print_json, runtime
from consular.i18n import translate
from consular.services import voiding


def register(subparsers) -> None:
    kinds = [k.value for k in voiding.VoidableKind]
    parser = subparsers.add_parser(
        "void",
        help=translate("cli.cmd_void", "void a hostage status entry, milestone, contact or task recorded by mistake"),
        description=translate(
            "cli.cmd_void",
            "Void an entry with a reason. It stays in the history, marked voided with who voided it, "
            "when and why, and the voiding is audited; from then on it is left out of counts, the "
            "dashboard, briefs, the timeline and exports. Voiding a hostage status entry recomputes "
            "the person's current status from the entries that remain (the days held still count "
            "from the start of the captivity). Only the entry's author or a supervisor may void it.",
        ),
        epilog=translate(
            "cli.cmd_void",
            "Examples: consular void contact 412 --reason 'Logged on the wrong case'; consular void "
            "status 37 --reason 'Release was a rumour, not confirmed'. IDs are shown by `consular "
            "contacts list REF` and by `consular cases show REF --json` "
            "(participants[].status_history, milestones, tasks).",
        ),
    )
    parser.add_argument(
        "kind",
        choices=kinds,
        metavar="KIND",
        help=translate("cli.cmd_void", "what to void: {values}").format(values=", ".join(kinds)),
    )
    parser.add_argument("entry_id", type=int, metavar="ID", help=translate("cli.cmd_void", "the entry's id"))
    parser.add_argument(
        "--reason",
        required=True,
        metavar="TEXT",
        help=translate("cli.cmd_void", "why it is voided (kept in the history)"),
    )
    parser.add_argument("--json", action="store_true", help=translate("cli.cmd_void", "print a JSON object"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        result = voiding.void_entry(rt.ctx, args.kind, args.entry_id, reason=args.reason)
    finally:
        rt.opened.dispose()
    if args.json:
        print_json(result.to_json())
    else:
        line = translate("cli.cmd_void", "Voided {kind} #{id} of {reference}: {reason}").format(
            kind=result.kind.label.lower(),
            id=result.entry_id,
            reference=result.case_reference,
            reason=result.void_reason,
        )
        if result.current_status:
            line += translate("cli.cmd_void", " (status now: {status})").format(status=result.current_status)
        print(line)
    return 0
