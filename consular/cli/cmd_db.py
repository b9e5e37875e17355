"""``consular db init``, ``db upgrade`` and ``db current``: the database and its first administrator."""

from __future__ import annotations

import argparse
import sys

from consular.cli.common import add_password_file_option, database_target, new_password, print_json
from consular.db import migrate
from consular.db.engine import open_database
from consular.services import accounts


def register(subparsers) -> None:
    db = subparsers.add_parser(
        "db",
        help="create or upgrade the database schema, or show its revision",
        description="Manage the database schema.",
    )
    commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)

    init = commands.add_parser(
        "init",
        help="create a database with its first administrator",
        description="Create the database (or bring its schema up to date) and appoint its first administrator, "
        "who then adds the other accounts with 'consular users add'. The password is asked twice on the "
        "terminal, or read from --password-file. Refused if the database already has an administrator.",
    )
    init.add_argument("--admin", metavar="NAME", required=True, help="user name of the first administrator")
    init.add_argument("--display-name", metavar="TEXT", help="the administrator's full name (default: NAME)")
    init.add_argument("--email", metavar="ADDRESS", help="the administrator's e-mail")
    add_password_file_option(init)
    init.set_defaults(handler=run_init)

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


def run_init(args: argparse.Namespace) -> int:
    database = open_database(database_target(args))
    try:
        if accounts.has_admin(database) if migrate.state(database) == "current" else False:
            # Said before asking for a password that would be thrown away.
            print(
                f"consular: {database.describe()} already has an administrator; they add accounts with "
                "'consular users add'.",
                file=sys.stderr,
            )
            return 2
        password = new_password(args, args.admin)
        backup = migrate.upgrade(database)
        if backup is not None:
            print(f"Upgraded the schema; the database as it was is kept in {backup}")
        account = accounts.init_database(
            database, args.admin, password, display_name=args.display_name, email=args.email
        )
        print(f"{database.describe()} is ready; its administrator is {account.username}.")
        print(f"Sign in with: consular --user {account.username} ...  (then: consular users add NAME --role ROLE)")
    finally:
        database.dispose()
    return 0


def run_upgrade(args: argparse.Namespace) -> int:
    database = open_database(database_target(args))
    try:
        before_state = migrate.state(database)
        before = migrate.current_revision(database) if before_state != "empty" else None
        backup = migrate.upgrade(database)
        head = migrate.head_revision()
        where = database.describe()
        if before_state == "current":
            print(f"{where} is already at the latest schema ({head}); nothing to do.")
        elif before_state == "empty":
            print(f"Created the consular schema ({head}) in {where}.")
        else:
            print(f"Upgraded {where} from schema {before} to {head}.")
        if backup is not None:
            print(f"The database as it was is kept in {backup}")
    finally:
        database.dispose()
    return 0


_MEANING = {
    "empty": "no consular schema yet; 'consular db upgrade' creates it",
    "current": "up to date",
    "old": "older schema; 'consular db upgrade' (or starting consular) upgrades it after a backup",
    "newer": "written by a newer consular; update consular to use it",
    "foreign": "holds tables that are not consular's",
    "missing": "no database file yet; 'consular db upgrade' creates it",
}


def run_current(args: argparse.Namespace) -> int:
    database = open_database(database_target(args))
    try:
        head = migrate.head_revision()
        if database.path is not None and not database.path.exists():
            # Connecting would create an empty file; looking must not change anything.
            state, revision = "missing", None
        else:
            state = migrate.state(database)
            revision = migrate.current_revision(database) if state not in ("empty", "foreign") else None
        if args.json:
            print_json({"database": database.describe(), "revision": revision, "head": head, "state": state})
        else:
            print(f"database: {database.describe()}")
            print(f"revision: {revision or 'none'}")
            print(f"head:     {head}")
            print(f"state:    {state} ({_MEANING[state]})")
    finally:
        database.dispose()
    return 0
