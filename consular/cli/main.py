"""``consular [--db TARGET] [--user NAME] COMMAND ...``; with no command, the desktop app."""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys

from consular import __version__
from consular.cli.common import DB_ENV, DEMO_USER, user_error_text
from consular.domain.errors import UserError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="consular",
        description="Case tracking for consular staff: cases, people, contact log, briefs, timelines. "
        "Without a command, opens the desktop app.",
        epilog=f"TARGET is a SQLite file path or a SQLAlchemy URL (postgresql+psycopg://user@host/db); "
        f"the {DB_ENV} environment variable does the same. Default: consular.db in the user's data folder. "
        "Every command except 'db init', 'db upgrade' and 'db current' needs a signed-in account "
        "(--user, or --demo); a new database gets its first administrator from 'consular db init --admin NAME'.",
    )
    parser.add_argument(
        "--db", metavar="TARGET", help=f"database file or URL (default: ${DB_ENV} or the user data folder)"
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="sign in as this user (default: $CONSULAR_USER); the password is read from the file named by "
        "$CONSULAR_PASSWORD_FILE (yours, mode 600) or asked on the terminal",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=f"use a fresh, throwaway demo database seeded from seeds/ and sign in as its supervisor {DEMO_USER}",
    )
    parser.add_argument("--version", action="version", version=f"consular {__version__}")
    parser.add_argument("--verbose", action="store_true", help="log database and migration details to stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    import consular.cli as cli_package

    for info in sorted(pkgutil.iter_modules(cli_package.__path__), key=lambda m: m.name):
        if info.name.startswith("cmd_"):
            importlib.import_module(f"consular.cli.{info.name}").register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        if args.command is None:
            from consular.cli.launch import launch_gui

            return launch_gui(args)
        return int(args.handler(args) or 0)
    except UserError as exc:
        print(f"consular: {user_error_text(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("consular: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
