"""What every command shares: opening the database, signing in, printing, errors.

Signing in: ``--user NAME`` (or CONSULAR_USER) and a password, read from the file named by
CONSULAR_PASSWORD_FILE (it must be the user's own and readable by no one else) or else asked
on the terminal. ``--demo`` makes a throwaway demo database and signs in its demo user.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import shlex
import stat
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from consular import paths
from consular.domain.clock import Clock, FixedClock, parse_as_of
from consular.domain.errors import UserError, ValidationError
from consular.i18n import translate

if TYPE_CHECKING:
    from consular.services.context import ServiceContext
    from consular.services.database import OpenedDatabase

DB_ENV = "CONSULAR_DB"
USER_ENV = "CONSULAR_USER"
PASSWORD_FILE_ENV = "CONSULAR_PASSWORD_FILE"
# consular --demo signs in as this seed supervisor (sees every case, may close them).
DEMO_USER = "v.iyer"


class CommandError(UserError):
    """A problem with the command line itself (bad option value, missing argument)."""


def database_target(args: argparse.Namespace) -> str:
    """``--db``, else ``CONSULAR_DB``, else the default file in the user's data folder."""
    return args.db or os.environ.get(DB_ENV) or str(paths.default_database_path())


def clock_for(args: argparse.Namespace) -> Clock | None:
    """``--as-of DATE``: a read-only clock on that day; the ``--demo`` clock; else None (real time)."""
    raw = getattr(args, "as_of", None)
    if raw:
        return FixedClock(parse_as_of(raw, "as_of"))
    return getattr(args, "clock", None)


def require_existing(target: str) -> None:
    """Refuse a SQLite file that does not exist: only ``consular db upgrade`` creates one, so a
    mistyped ``--db`` never silently becomes a new empty database."""
    if "://" in target:
        return
    path = Path(target).expanduser()
    if not path.parent.is_dir():
        raise CommandError(
            translate(
                "cli.common", "There is no database at {path}: the folder {parent} does not exist. Check the path."
            ).format(path=path, parent=path.parent)
        )
    if not path.exists():
        raise CommandError(
            translate(
                "cli.common",
                "There is no database at {path}. Check the path, or create one there with `consular --db "
                "{value} db init --admin NAME` (or an empty schema with `db upgrade`).",
            ).format(path=path, value=shlex.quote(str(path)))
        )


def open_for(args: argparse.Namespace, *, sign_in: bool = True, password: str | None = None) -> OpenedDatabase:
    """Open the existing target database through the service entry point (upgrading an older
    schema, which is said on stderr with where the backup is) and sign in: ``--user`` or
    CONSULAR_USER with ``password``, else the password from CONSULAR_PASSWORD_FILE or the
    terminal. With ``--demo`` (a throwaway demo database), signed in as DEMO_USER."""
    # Here, not at the top: `consular --help` and `--version` import no services (see main).
    from consular.services import database as database_service

    target = database_target(args)
    require_existing(target)
    name = None
    if sign_in and getattr(args, "demo", False):
        # main._run_on_demo made a throwaway demo database and pointed --db at it.
        from consular.seeding.demo import DEMO_PASSWORD

        name, password = DEMO_USER, DEMO_PASSWORD
    elif sign_in:
        # A database that cannot be opened at all (unknown driver, no server) says so before
        # anyone is asked for a name or a password.
        database_service.schema_status(target)
        name = user_name(args)
        if password is None:
            password = signing_in_password(name, _display(target))
    opened = database_service.open_database(
        target, name, sign_in=sign_in, mode="open", clock=clock_for(args), password=password
    )
    if opened.backup is not None:
        print(
            translate("cli.common", "Upgraded the database schema; the previous file was kept as {backup}").format(
                backup=opened.backup
            ),
            file=sys.stderr,
        )
    return opened


def _display(target: str) -> str:
    return target if "://" not in target else target.split("@")[-1]


@dataclass
class Runtime:
    """The opened database and the acting user's context for one command."""

    opened: OpenedDatabase
    ctx: ServiceContext
    # The password signed in with, kept only when asked for (consular passwd needs it).
    password: str | None = None

    @property
    def database(self):
        return self.opened.database


# Every database a command opened through :func:`runtime`: ``consular.cli.main`` disposes them
# when the command ends, whether or not the command did (a live engine keeps its file open, and
# its checkpoint thread with it, until the collector runs).
_OPENED: list[OpenedDatabase] = []


def dispose_opened() -> None:
    """Dispose every database :func:`runtime` opened (twice is harmless)."""
    while _OPENED:
        _OPENED.pop().dispose()


def runtime(args: argparse.Namespace, *, keep_password: bool = False) -> Runtime:
    """Open the database and sign in (see :func:`open_for`)."""
    password = None
    if keep_password:
        if getattr(args, "demo", False):
            raise CommandError(translate("cli.common", "The demo accounts' passwords cannot be changed."))
        name = user_name(args)
        password = signing_in_password(name, _display(database_target(args)))
    opened = open_for(args, password=password)
    _OPENED.append(opened)
    if getattr(args, "as_of", None) and opened.ctx.as_of_label:
        print(
            translate("cli.common", "{as_of_label} (--as-of): records as they stood then.").format(
                as_of_label=opened.ctx.as_of_label
            ),
            file=sys.stderr,
        )
    return Runtime(opened, opened.ctx, password)


def user_name(args: argparse.Namespace) -> str:
    name = (getattr(args, "user", None) or os.environ.get(USER_ENV) or "").strip()
    if not name:
        raise CommandError(
            translate(
                "cli.common", "Sign in first: pass --user NAME (or set {user_env}); the password is asked next."
            ).format(user_env=USER_ENV)
        )
    return name


def signing_in_password(name: str, where: str) -> str:
    """The sign-in password: from the file named by CONSULAR_PASSWORD_FILE, else the terminal."""
    source = os.environ.get(PASSWORD_FILE_ENV)
    if source:
        return read_password_file(source, PASSWORD_FILE_ENV)
    return ask_password(translate("cli.common", "Password for {name} on {where}: ").format(name=name, where=where))


def read_password_file(path: str | Path, what: str = "--password-file") -> str:
    """The first line of a password file that belongs to the user and no one else can read.

    Refuses, in one line saying why, a file that is missing, not a regular file, owned by
    someone else, or readable or writable by group or others.
    """
    file = Path(path).expanduser()
    try:
        info = file.stat()
    except FileNotFoundError:
        raise CommandError(
            translate("cli.common", "{what}: there is no file {file}.").format(what=what, file=file)
        ) from None
    except OSError as exc:
        raise CommandError(
            translate("cli.common", "{what}: cannot read {file}: {strerror}.").format(
                what=what, file=file, strerror=exc.strerror
            )
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise CommandError(
            translate("cli.common", "{what}: {file} is not a regular file.").format(what=what, file=file)
        )
    if hasattr(os, "getuid"):  # POSIX; on Windows the file's ACL is the user's business
        if info.st_uid != os.getuid():
            raise CommandError(
                translate(
                    "cli.common", "{what}: refusing {file}: it belongs to another user (uid {st_uid}), not you."
                ).format(what=what, file=file, st_uid=info.st_uid)
            )
        if info.st_mode & 0o077:
            raise CommandError(
                translate(
                    "cli.common",
                    "{what}: refusing {file}: others can access it (mode {value:o}); run chmod 600 {file}.",
                ).format(what=what, file=file, value=stat.S_IMODE(info.st_mode))
            )
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(
            translate("cli.common", "{what}: cannot read {file}: {exc}.").format(what=what, file=file, exc=exc)
        ) from None
    password = text.splitlines()[0] if text else ""
    if not password:
        raise CommandError(
            translate("cli.common", "{what}: {file} is empty; put the password on its first line.").format(
                what=what, file=file
            )
        )
    return password


def ask_password(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise CommandError(
            translate(
                "cli.common",
                "A password is needed and there is no terminal to ask on: set {password_file_env} to a "
                "file (mode 600) holding it.",
            ).format(password_file_env=PASSWORD_FILE_ENV)
        )
    return getpass.getpass(prompt)


def new_password(args: argparse.Namespace, whose: str) -> str:
    """A password being set: from ``--password-file`` if given, else asked twice on the terminal."""
    if getattr(args, "password_file", None):
        return read_password_file(args.password_file)
    if not sys.stdin.isatty():
        raise CommandError(
            translate(
                "cli.common", "A new password is needed and there is no terminal to ask on: use --password-file F."
            )
        )
    first = getpass.getpass(translate("cli.common", "New password for {whose}: ").format(whose=whose))
    second = getpass.getpass(translate("cli.common", "Type it again: "))
    if first != second:
        raise CommandError(translate("cli.common", "The two passwords differ; nothing was changed."))
    return first


def add_password_file_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-file",
        metavar="F",
        help=translate(
            "cli.common", "read the new password from the first line of F (yours, mode 600) instead of asking twice"
        ),
    )


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def user_error_text(exc: UserError, options: dict[str, str] | None = None) -> str:
    """The message, followed by the command-line option it is about when there is one
    (``(option: --include-restricted)``). Internal field names are never shown."""
    if isinstance(exc, ValidationError) and exc.field and options:
        option = options.get(exc.field)
        if option and option not in exc.message:
            return translate("cli.common", "{message} (option: {option})").format(message=exc.message, option=option)
    return exc.message


def display_width(text: str) -> int:
    """Columns ``text`` takes on a terminal: combining marks (Devanagari's virama, nasal and most
    vowel signs) take none, wide East Asian characters two."""
    width = 0
    for ch in text:
        if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns (with an ellipsis) and padded to exactly ``width``."""
    if display_width(text) > width:
        while text and display_width(text) > width - 1:
            text = text[:-1]
        text += "…"
    return text + " " * (width - display_width(text))


def table(rows: list[list[str]], headers: list[str]) -> str:
    """A plain aligned text table for terminals (aligned by display width, so Hindi headings
    and names line up too)."""
    widths = [display_width(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = min(max(widths[i], display_width(cell)), 60)

    def fmt(row):
        return "  ".join(_fit(c, widths[i]) for i, c in enumerate(row)).rstrip()

    lines = [fmt(headers), fmt(["-" * w for w in widths])]
    lines += [fmt(r) for r in rows]
    return "\n".join(lines)
