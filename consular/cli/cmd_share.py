"""``consular share``: mark an entry shareable with family (what the family may be told)."""

from __future__ import annotations

import argparse

from consular.cli.common import print_json, runtime
from consular.i18n import translate
from consular.services import family_share

KINDS = ["contact", "milestone", "status"]


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "share",
        help=translate("cli.cmd_share", "mark a contact, milestone or hostage status change shareable with family"),
        description=translate(
            "cli.cmd_share",
            "Mark an entry shareable with family, so that family update letters (`consular letter`) "
            "tell it. --wording says what may be said, in plain words; without it the entry's own "
            "summary or title is said (a status change: its new status, in the letter's language). "
            "Running it again on a marked entry changes the wording. Restricted entries can never be "
            "marked, and restricting an entry takes its marking off. Only the case's team and "
            "supervisors mark; every change is audited.",
        ),
        epilog=translate(
            "cli.cmd_share",
            "IDs: a contact's id (`consular contacts list REF`); a milestone's id or a hostage "
            "status entry's id (`consular cases show REF --json`: milestones, and participants' "
            "status_history).",
        ),
    )
    parser.add_argument(
        "kind", choices=KINDS, metavar="contact|milestone|status", help=translate("cli.cmd_share", "the kind of entry")
    )
    parser.add_argument("entry_id", type=int, metavar="ID", help=translate("cli.cmd_share", "the entry's id"))
    parser.add_argument(
        "--wording",
        metavar="TEXT",
        help=translate("cli.cmd_share", "what the family may be told of it, in plain words"),
    )
    parser.add_argument(
        "--off", action="store_true", help=translate("cli.cmd_share", "take the marking off (not shareable any more)")
    )
    parser.add_argument("--json", action="store_true", help=translate("cli.cmd_share", "print the marking as JSON"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        current = family_share.get_share(rt.ctx, args.kind, args.entry_id)
        version = current.version if current is not None else None
        if args.off:
            removed = family_share.unmark(rt.ctx, args.kind, args.entry_id, expected_version=version)
            view = None
        else:
            view = family_share.mark(
                rt.ctx, args.kind, args.entry_id, wording=args.wording or None, expected_version=version
            )
    finally:
        rt.opened.dispose()
    if args.json:
        print_json(view.to_json() if view is not None else None)
    elif view is None:
        print(
            translate("cli.cmd_share", "The {kind} #{entry_id} is no longer shareable with family.").format(
                kind=args.kind, entry_id=args.entry_id
            )
            if removed
            else translate(
                "cli.cmd_share", "The {kind} #{entry_id} was not marked shareable with family; nothing changed."
            ).format(kind=args.kind, entry_id=args.entry_id)
        )
    else:
        said = f"“{view.wording}”" if view.wording else translate("cli.cmd_share", "its own summary")
        print(
            translate(
                "cli.cmd_share", "The {kind} #{entry_id} is shareable with family; the family is told {said}."
            ).format(kind=args.kind, entry_id=args.entry_id, said=said)
        )
    return 0
