"""``consular cases purge REF``: remove a closed case for good (administrators, retention rules)."""

from __future__ import annotations

import argparse
import sys

from consular.cli.common import CommandError, runtime
from consular.services import purge


def register_purge(commands) -> None:
    parser = commands.add_parser(
        "purge",
        help="remove a closed case and everything recorded on it, for good (administrators)",
        description="Remove a closed case entirely, as retention rules require: its records, its people and "
        "counterparts of no other case, its words in the search index, and the content of its audit entries "
        "(who did what and when is kept). No copy of its text is left in the database file. You are asked to "
        "type the reference again; in a script, pass it with --confirm.",
    )
    parser.add_argument("reference", metavar="REF", help="the closed case's reference")
    parser.add_argument("--confirm", metavar="REF", help="the reference typed again (for scripts)")
    parser.set_defaults(handler=run_purge)


def run_purge(args: argparse.Namespace) -> int:
    confirm = args.confirm
    if confirm is None:
        if not sys.stdin.isatty():
            raise CommandError("Purging cannot be undone: confirm with --confirm REF (the reference typed again).")
        confirm = input(f"This removes {args.reference} for good. Type its reference to confirm: ")
    rt = runtime(args)
    try:
        result = purge.purge_case(rt.ctx, args.reference, confirm=confirm)
    finally:
        rt.opened.dispose()
    total = sum(result.removed.values())
    print(
        f"Purged {result.reference}: {total} records removed; {result.audit_entries_emptied} audit entries kept "
        "without their content."
    )
    if not result.wal_cleared:
        print("Another window or program still has the database open: its write-ahead log is emptied when it closes.")
    return 0
