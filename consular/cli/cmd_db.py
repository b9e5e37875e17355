"""``consular db init``, ``db upgrade`` and ``db current``: the database and its first administrator."""

from __future__ import annotations

import argparse

from consular.cli.common import CommandError, add_password_file_option, database_target, new_password, print_json
from consular.services import accounts
from consular.services import database as database_service


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
    target = database_target(args)
    if database_service.schema_status(target).state == "current":
        # Said before asking for a password that would be thrown away.
        opened = database_service.open_database(target, sign_in=False, upgrade=False)
        try:
            if accounts.has_admin(opened.database):
                raise CommandError(
                    f"{opened.target} already has an administrator; they add accounts with 'consular users add'."
                )
        finally:
            opened.dispose()
    password = new_password(args, args.admin)
    opened = database_service.open_database(target, sign_in=False)
    try:
        if opened.backup is not None:
            print(f"Upgraded the schema; the database as it was is kept in {opened.backup}")
        account = accounts.init_database(
            opened.database, args.admin, password, display_name=args.display_name, email=args.email
        )
        print(f"{opened.target} is ready; its administrator is {account.username}.")
        print(f"Sign in with: consular --user {account.username} ...  (then: consular users add NAME --role ROLE)")
    finally:
        opened.dispose()
    return 0


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
