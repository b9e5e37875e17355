"""``consular users ...`` (administrators) and ``consular passwd`` (everyone): accounts."""

from __future__ import annotations

import argparse

from consular.cli.common import (
    add_password_file_option,
    new_password,
    print_json,
    runtime,
    table,
)
from consular.domain.clock import wall_now
from consular.domain.enums import UserRole
from consular.domain.lockout import state_text
from consular.i18n import translate
from consular.services import accounts, permissions

ROLES = ", ".join(r.value for r in UserRole)


def register(subparsers) -> None:
    group = subparsers.add_parser(
        "users",
        help=translate("cli.cmd_users", "manage accounts (administrators)"),
        description=translate(
            "cli.cmd_users",
            "Add, list, disable and enable accounts, change roles and reset passwords. "
            "Administrators only. Roles: viewer (reads), caseworker (reads and records), supervisor "
            "(also closes cases, manages case teams, reads every case's restricted content), admin "
            "(also manages accounts).",
        ),
    )
    commands = group.add_subparsers(dest="users_command", metavar="ACTION", required=True)

    add = commands.add_parser(
        "add",
        help=translate("cli.cmd_users", "add an account"),
        description=translate("cli.cmd_users", "Add an account; its password is asked twice or read from a file."),
    )
    add.add_argument("name", metavar="NAME", help=translate("cli.cmd_users", "user name, e.g. a.sharma"))
    add.add_argument(
        "--role", metavar="R", required=True, help=translate("cli.cmd_users", "one of: {roles}").format(roles=ROLES)
    )
    add.add_argument("--display-name", metavar="TEXT", help=translate("cli.cmd_users", "full name (default: NAME)"))
    add.add_argument("--email", metavar="ADDRESS", help=translate("cli.cmd_users", "e-mail address"))
    add_password_file_option(add)
    add.set_defaults(handler=run_add)

    listing = commands.add_parser(
        "list",
        help=translate("cli.cmd_users", "list accounts"),
        description=translate("cli.cmd_users", "List every account and its state."),
    )
    listing.add_argument("--json", action="store_true", help=translate("cli.cmd_users", "print a JSON array"))
    listing.set_defaults(handler=run_list)

    disable = commands.add_parser(
        "disable",
        help=translate("cli.cmd_users", "disable an account"),
        description=translate("cli.cmd_users", "Disable an account."),
    )
    disable.add_argument("name", metavar="NAME")
    disable.set_defaults(handler=run_disable)

    enable = commands.add_parser(
        "enable",
        help=translate("cli.cmd_users", "enable a disabled account"),
        description=translate("cli.cmd_users", "Enable an account and clear its lockout."),
    )
    enable.add_argument("name", metavar="NAME")
    enable.set_defaults(handler=run_enable)

    set_role = commands.add_parser(
        "set-role",
        help=translate("cli.cmd_users", "change an account's role"),
        description=translate("cli.cmd_users", "Change a role."),
    )
    set_role.add_argument("name", metavar="NAME")
    set_role.add_argument(
        "role", metavar="ROLE", help=translate("cli.cmd_users", "one of: {roles}").format(roles=ROLES)
    )
    set_role.set_defaults(handler=run_set_role)

    reset = commands.add_parser(
        "reset-password",
        help=translate("cli.cmd_users", "set another account's password (and unlock it)"),
        description=translate(
            "cli.cmd_users", "Set an account's password, asked twice or read from --password-file; clears a lockout."
        ),
    )
    reset.add_argument("name", metavar="NAME")
    add_password_file_option(reset)
    reset.set_defaults(handler=run_reset)

    passwd = subparsers.add_parser(
        "passwd",
        help=translate("cli.cmd_users", "change your own password"),
        description=translate(
            "cli.cmd_users",
            "Change the signed-in user's password: sign in as usual, then give the new one twice on "
            "the terminal (or in --password-file). The current password is the one you signed in "
            "with.",
        ),
    )
    add_password_file_option(passwd)
    passwd.set_defaults(handler=run_passwd)


def run_add(args: argparse.Namespace) -> int:
    rt = runtime(args)
    permissions.require(rt.ctx, "accounts.add_user")  # before asking for a password
    password = new_password(args, args.name)
    account = accounts.add_user(
        rt.ctx, args.name, role=args.role, password=password, display_name=args.display_name, email=args.email
    )
    print(
        translate("cli.cmd_users", "Added {username} ({value}).").format(
            username=account.username, value=account.role.value
        )
    )
    return 0


def _state(a, now) -> str:
    if not a.active:
        return "disabled"
    if a.locked_until is not None and a.locked_until > now:
        return state_text(a.locked_until, now)
    if not a.has_password:
        return translate("cli.cmd_users", "no password")
    return translate("cli.cmd_users", "active")


def run_list(args: argparse.Namespace) -> int:
    rt = runtime(args)
    rows = accounts.list_accounts(rt.ctx)
    if args.json:
        print_json([a.to_json() for a in rows])
        return 0
    last = "{:%Y-%m-%d %H:%M}"
    now = wall_now()  # lockouts run on the real time, whatever clock the data is shown by
    print(
        table(
            [
                [
                    a.username,
                    a.display_name,
                    a.role.value,
                    _state(a, now),
                    last.format(a.last_sign_in_at) if a.last_sign_in_at else "never",
                ]
                for a in rows
            ],
            [
                translate("cli.cmd_users", "USER"),
                translate("cli.cmd_users", "NAME"),
                translate("cli.cmd_users", "ROLE"),
                translate("cli.cmd_users", "STATE"),
                translate("cli.cmd_users", "LAST SIGN-IN (UTC)"),
            ],
        )
    )
    return 0


def run_disable(args: argparse.Namespace) -> int:
    account = accounts.disable_user(runtime(args).ctx, args.name)
    print(translate("cli.cmd_users", "Disabled {username}.").format(username=account.username))
    return 0


def run_enable(args: argparse.Namespace) -> int:
    account = accounts.enable_user(runtime(args).ctx, args.name)
    print(translate("cli.cmd_users", "Enabled {username}.").format(username=account.username))
    return 0


def run_set_role(args: argparse.Namespace) -> int:
    account = accounts.set_role(runtime(args).ctx, args.name, args.role)
    print(
        translate("cli.cmd_users", "{username} is now {value}.").format(
            username=account.username, value=account.role.value
        )
    )
    return 0


def run_reset(args: argparse.Namespace) -> int:
    rt = runtime(args)
    permissions.require(rt.ctx, "accounts.reset_password")
    password = new_password(args, args.name)
    account = accounts.reset_password(rt.ctx, args.name, password)
    print(
        translate("cli.cmd_users", "Set a new password for {username}; the account is unlocked.").format(
            username=account.username
        )
    )
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    rt = runtime(args, keep_password=True)
    current = rt.password
    password = new_password(args, rt.ctx.actor.username)
    accounts.change_password(rt.ctx, current, password)
    print(translate("cli.cmd_users", "Changed the password of {username}.").format(username=rt.ctx.actor.username))
    return 0
