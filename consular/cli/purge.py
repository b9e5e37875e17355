"""``consular cases purge REF``: remove a closed case for good (administrators, retention rules)."""

from __future__ import annotations

import argparse
import sys

from consular.cli.common import CommandError, runtime
from consular.i18n import translate


def register_purge(commands) -> None:
    parser = commands.add_parser(
        "purge",
        help=translate("cli.purge", "remove a closed case and everything recorded on it, for good (administrators)"),
        description=translate(
            "cli.purge",
            "Remove a closed case entirely, as retention rules require: its records, its people and "
            "counterparts of no other case, its words in the search index, and the content of its "
            "audit entries (who did what and when is kept). No copy of its text is left in the "
            "database file. You are asked to type the reference again; in a script, pass it with "
            "--confirm.",
        ),
    )
    parser.add_argument("reference", metavar="REF", help=translate("cli.purge", "the closed case's reference"))
    parser.add_argument(
        "--confirm", metavar="REF", help=translate("cli.purge", "the reference typed again (for scripts)")
    )
    parser.set_defaults(handler=run_purge)


def run_purge(args: argparse.Namespace) -> int:
    confirm = args.confirm
    if confirm is None:
        if not sys.stdin.isatty():
            raise CommandError(
                translate(
                    "cli.purge", "Purging cannot be undone: confirm with --confirm REF (the reference typed again)."
                )
            )
        confirm = input(
            translate("cli.purge", "This removes {reference} for good. Type its reference to confirm: ").format(
                reference=args.reference
            )
        )
    from consular.services import purge  # here: `cases list` does not pay its import

    rt = runtime(args)
    try:
        result = purge.purge_case(rt.ctx, args.reference, confirm=confirm)
    finally:
        rt.opened.dispose()
    total = sum(result.removed.values())
    print(
        translate(
            "cli.purge",
            "Purged {reference}: {total} records removed; {audit_entries_emptied} audit entries kept "
            "without their content.",
        ).format(reference=result.reference, total=total, audit_entries_emptied=result.audit_entries_emptied)
    )
    if not result.wal_cleared:
        print(
            translate(
                "cli.purge",
                "Another window or program still has the database open: its write-ahead log is emptied when it closes.",
            )
        )
    return 0
