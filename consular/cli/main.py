"""``consular [--db TARGET] [--user NAME] COMMAND ...``; with no command, the desktop app."""

from __future__ import annotations

import argparse
import logging
import shutil
import sys

from consular import __version__, paths
from consular.cli import commands
from consular.cli.common import DB_ENV, DEMO_USER, CommandError, dispose_opened, user_error_text
from consular.domain.errors import UserError


def build_parser(command: str | None = None, *, every: bool = False) -> argparse.ArgumentParser:
    """The whole command line. Only ``command``'s module (each one's, with ``every``) is imported
    and registers its options; the other commands are there by name and help line
    (:mod:`consular.cli.commands`), so ``--help`` and ``--version`` import no services."""
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
        help="use a fresh demo database seeded from seeds/ (in a temporary folder, deleted afterwards), "
        f"signed in as its supervisor {DEMO_USER}, "
        "shown as of the last day of its data; with a command, the command runs on it",
    )
    parser.add_argument(
        "--as-of",
        metavar="DATE",
        help="show the records as they stood at the end of DATE (YYYY-MM-DD, UTC) or at an ISO date and time: "
        "days held, overdue tasks and briefs are computed for that moment; changes are refused",
    )
    parser.add_argument("--version", action="version", version=f"consular {__version__}")
    parser.add_argument("--verbose", action="store_true", help="log database and migration details to stderr")
    commands.register(parser.add_subparsers(dest="command", metavar="COMMAND"), command, every=every)
    return parser


def _not_utf8(argv: list[str]) -> str | None:
    """The first argument that is not valid UTF-8 text (Python keeps such bytes as surrogates)."""
    for index, arg in enumerate(argv, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError as exc:
            byte = ord(arg[exc.start]) - 0xDC00 if 0xDC80 <= ord(arg[exc.start]) <= 0xDCFF else None
            shown = f"byte 0x{byte:02x}" if byte is not None else "a character that cannot be encoded"
            return f"argument {index} is not valid UTF-8 text ({shown}); check the terminal's character encoding."
    return None


def option_names(parser: argparse.ArgumentParser) -> dict[str, str]:
    """Every option's destination → the name typed on the command line (``--include-restricted``)."""
    names: dict[str, str] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                for dest, name in option_names(sub).items():
                    names.setdefault(dest, name)
        elif action.option_strings:
            long = [o for o in action.option_strings if o.startswith("--")]
            names.setdefault(action.dest, (long or action.option_strings)[0])
        elif action.dest not in (argparse.SUPPRESS, None):
            names.setdefault(
                action.dest, (action.metavar if isinstance(action.metavar, str) else None) or action.dest.upper()
            )
    return names


def _run_on_demo(args: argparse.Namespace) -> int:
    """``consular --demo COMMAND``: the command on a throwaway demo database, removed afterwards."""
    from consular.cli.launch import create_demo_database, sweep_stale_demo_folders, terminate_cleanly
    from consular.services.database import demo_clock_for

    if args.db:
        raise CommandError("--demo makes its own database; leave out --db.")
    sweep_stale_demo_folders()
    with terminate_cleanly():
        path = create_demo_database()
        try:
            args.db = str(path)
            args.clock = demo_clock_for(path)
            print(
                f"{args.clock.label or 'Demo'}: a throwaway demo database (fictional data), signed in as {DEMO_USER}.",
                file=sys.stderr,
            )
            return int(args.handler(args) or 0)
        finally:
            shutil.rmtree(path.parent, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    # Before anything is written: the database, logs, backups, briefs and exports are private.
    paths.private_umask()
    argv = sys.argv[1:] if argv is None else list(argv)
    problem = _not_utf8(argv)
    if problem:
        print(f"consular: {problem}", file=sys.stderr)
        return 2
    # First which command (--help and --version end here), then that command's options in full.
    parser = build_parser()
    command = commands.parsed_command(parser, argv)
    if command is not None:
        parser = build_parser(command)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        if args.command is None:
            from consular.cli.launch import launch_gui

            return launch_gui(args)
        if args.demo:
            return _run_on_demo(args)
        return int(args.handler(args) or 0)
    except UserError as exc:
        print(f"consular: {user_error_text(exc, option_names(parser))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("consular: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:
        dispose_opened()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
