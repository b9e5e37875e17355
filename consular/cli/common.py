"""What every command shares: opening the database, the acting user, printing, errors."""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass

from consular import paths
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


def open_for(args: argparse.Namespace, *, sign_in: bool = True) -> OpenedDatabase:
    """Open the target database through the service entry point (upgrading an older schema,
    which is said on stderr with where the backup is)."""
    opened = database_service.open_database(database_target(args), getattr(args, "user", None), sign_in=sign_in)
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
    return Runtime(opened, opened.ctx)


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def user_error_text(exc: UserError) -> str:
    if isinstance(exc, ValidationError) and exc.field and exc.field.replace("_", " ") not in exc.message.lower():
        return f"{exc.message} (field: {exc.field})"
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
