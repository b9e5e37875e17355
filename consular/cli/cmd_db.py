"""``consular db upgrade`` and ``consular db current``: the database schema."""

from __future__ import annotations

import argparse

from consular.cli.common import database_target, print_json
from consular.services import database as database_service


def register(subparsers) -> None:
    db = subparsers.add_parser(
        "db",
        help="create or upgrade the database schema, or show its revision",
        description="Manage the database schema.",
    )
    commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)

    upgrade = commands.add_parser(
        "upgrade",
        help="create the database or bring it to the latest schema",
        description="Create the database, or upgrade it to the latest schema. A SQLite file at an older "
        "schema is copied aside first; the copy's name is printed.",
    )
    upgrade.set_defaults(handler=run_upgrade)

    current = commands.add_parser(
        "current",
        help="print the schema revision the database is at",
        description="Print the database's schema revision, the newest revision "
        "this consular knows (head), and what that means.",
    )
    current.add_argument("--json", action="store_true", help="print a JSON object")
    current.set_defaults(handler=run_current)


def run_upgrade(args: argparse.Namespace) -> int:
    opened = database_service.open_database(database_target(args), sign_in=False)
    try:
        before, where, head = opened.before, opened.target, opened.before.head
        if before.state == "current":
            print(f"{where} is already at the latest schema ({head}); nothing to do.")
        elif before.state in ("empty", "missing"):
            print(f"Created the consular schema ({head}) in {where}.")
        else:
            print(f"Upgraded {where} from schema {before.revision} to {head}.")
        if opened.backup is not None:
            print(f"The database as it was is kept in {opened.backup}")
    finally:
        opened.dispose()
    return 0


def run_current(args: argparse.Namespace) -> int:
    status = database_service.schema_status(database_target(args))
    if args.json:
        print_json({"database": status.target, "revision": status.revision, "head": status.head, "state": status.state})
    else:
        print(f"database: {status.target}")
        print(f"revision: {status.revision or 'none'}")
        print(f"head:     {status.head}")
        print(f"state:    {status.state} ({status.meaning})")
    return 0
