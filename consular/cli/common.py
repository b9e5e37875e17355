"""What every command shares: opening the database, the acting user, printing, errors."""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

from consular import paths
from consular.domain.clock import Clock, FixedClock, parse_as_of
from consular.domain.errors import UserError, ValidationError
from consular.services import database as database_service
from consular.services.context import ServiceContext
from consular.services.database import OpenedDatabase

DB_ENV = "CONSULAR_DB"


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
        raise CommandError(f"There is no database at {path}: the folder {path.parent} does not exist. Check the path.")
    if not path.exists():
        raise CommandError(
            f"There is no database at {path}. Check the path, or create one there with "
            f"`consular --db {shlex.quote(str(path))} db upgrade`."
        )


def open_for(args: argparse.Namespace, *, sign_in: bool = True) -> OpenedDatabase:
    """Open the existing target database through the service entry point (upgrading an older
    schema, which is said on stderr with where the backup is)."""
    target = database_target(args)
    require_existing(target)
    opened = database_service.open_database(
        target, getattr(args, "user", None), sign_in=sign_in, mode="open", clock=clock_for(args)
    )
    if opened.backup is not None:
        print(f"Upgraded the database schema; the previous file was kept as {opened.backup}", file=sys.stderr)
    return opened


@dataclass
class Runtime:
    """The opened database and the acting user's context for one command."""

    opened: OpenedDatabase
    ctx: ServiceContext

    @property
    def database(self):
        return self.opened.database


def runtime(args: argparse.Namespace) -> Runtime:
    opened = open_for(args)
    if getattr(args, "as_of", None) and opened.ctx.as_of_label:
        print(f"{opened.ctx.as_of_label} (--as-of): records as they stood then.", file=sys.stderr)
    return Runtime(opened, opened.ctx)


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def user_error_text(exc: UserError, options: dict[str, str] | None = None) -> str:
    """The message, followed by the command-line option it is about when there is one
    (``(option: --include-restricted)``). Internal field names are never shown."""
    if isinstance(exc, ValidationError) and exc.field and options:
        option = options.get(exc.field)
        if option and option not in exc.message:
            return f"{exc.message} (option: {option})"
    return exc.message


def table(rows: list[list[str]], headers: list[str]) -> str:
    """A plain aligned text table for terminals."""
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = min(max(widths[i], len(cell)), 60)

    def fmt(row):
        return "  ".join(
            (c if len(c) <= widths[i] else c[: widths[i] - 1] + "…").ljust(widths[i]) for i, c in enumerate(row)
        ).rstrip()

    lines = [fmt(headers), fmt(["-" * w for w in widths])]
    lines += [fmt(r) for r in rows]
    return "\n".join(lines)
