"""``consular [--db TARGET] [--user NAME] [--lang LANG] COMMAND ...``; with no command, the desktop app."""

from __future__ import annotations

import argparse
import gc
import logging
import shutil
import sys

from consular import __version__, paths
from consular.cli import commands, language
from consular.cli.common import DB_ENV, DEMO_USER, CommandError, dispose_opened, user_error_text
from consular.domain.errors import UserError
from consular.i18n import LANGUAGES, translate


def build_parser(command: str | None = None, *, every: bool = False) -> argparse.ArgumentParser:
    """The whole command line. Only ``command``'s module (each one's, with ``every``) is imported
    and registers its options; the other commands are there by name and help line
    (:mod:`consular.cli.commands`), so ``--help`` and ``--version`` import no services."""
    language.install_argparse_translation()
    parser = argparse.ArgumentParser(
        prog="consular",
        description=translate(
            "cli.main",
            "Case tracking for consular staff: cases, people, contact log, briefs, timelines. "
            "Without a command, opens the desktop app.",
        ),
        epilog=translate(
            "cli.main",
            "TARGET is a SQLite file path or a SQLAlchemy URL (postgresql+psycopg://user@host/db); "
            "the {db_env} environment variable does the same. Default: consular.db in the user's "
            "data folder. Every command except 'db init', 'db upgrade' and 'db current' needs a "
            "signed-in account (--user, or --demo); a new database gets its first administrator from "
            "'consular db init --admin NAME'.",
        ).format(db_env=DB_ENV),
    )
    parser.add_argument(
        "--db",
        metavar="TARGET",
        help=translate("cli.main", "database file or URL (default: ${db_env} or the user data folder)").format(
            db_env=DB_ENV
        ),
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=translate(
            "cli.main",
            "sign in as this user (default: $CONSULAR_USER); the password is read from the file "
            "named by $CONSULAR_PASSWORD_FILE (yours, mode 600) or asked on the terminal",
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate(
            "cli.main",
            "use a fresh demo database seeded from seeds/ (in a temporary folder, deleted "
            "afterwards), signed in as its supervisor {demo_user}, shown as of the last day of its "
            "data; with a command, the command runs on it",
        ).format(demo_user=DEMO_USER),
    )
    parser.add_argument(
        "--as-of",
        metavar="DATE",
        help=translate(
            "cli.main",
            "show the records as they stood at the end of DATE (YYYY-MM-DD, UTC) or at an ISO date "
            "and time: days held, overdue tasks and briefs are computed for that moment; changes are "
            "refused",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=tuple(LANGUAGES),
        metavar="LANG",
        help=translate(
            "cli.main",
            "the language of the messages and help: {choices} (default: from $LANGUAGE, $LC_ALL, "
            "$LC_MESSAGES or $LANG, else en)",
        ).format(choices=", ".join(LANGUAGES)),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"consular {__version__}",
        help=translate("argparse", "show program's version number and exit"),
    )
    parser.add_argument(
        "--verbose", action="store_true", help=translate("cli.main", "log database and migration details to stderr")
    )
    commands.register(parser.add_subparsers(dest="command", metavar="COMMAND"), command, every=every)
    return parser


def _not_utf8(argv: list[str]) -> str | None:
    """The first argument that is not valid UTF-8 text (Python keeps such bytes as surrogates)."""
    for index, arg in enumerate(argv, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError as exc:
            byte = ord(arg[exc.start]) - 0xDC00 if 0xDC80 <= ord(arg[exc.start]) <= 0xDCFF else None
            shown = (
                translate("cli.main", "byte 0x{byte:02x}").format(byte=byte)
                if byte is not None
                else translate("cli.main", "a character that cannot be encoded")
            )
            return translate(
                "cli.main",
                "argument {index} is not valid UTF-8 text ({shown}); check the terminal's character encoding.",
            ).format(index=index, shown=shown)
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
        raise CommandError(translate("cli.main", "--demo makes its own database; leave out --db."))
    sweep_stale_demo_folders()
    with terminate_cleanly():
        path = create_demo_database()
        try:
            args.db = str(path)
            args.clock = demo_clock_for(path)
            print(
                translate(
                    "cli.main", "{label}: a throwaway demo database (fictional data), signed in as {demo_user}."
                ).format(label=args.clock.label or translate("cli.main", "Demo"), demo_user=DEMO_USER),
                file=sys.stderr,
            )
            return int(args.handler(args) or 0)
        finally:
            shutil.rmtree(path.parent, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    """Run the command line ``argv`` (default: the program's own, ``sys.argv``; the process
    then ends with the returned status)."""
    try:
        return _main(argv)
    finally:
        if argv is None:
            # The program ends here: what is left goes with the process. The interpreter's
            # collections at exit would first walk every object of the ~500 modules a command
            # imports (0.2 s CPU of `cases list --json --limit 1`'s 1.2); frozen, they are
            # skipped. Databases were disposed, files closed, and atexit handlers still run.
            gc.freeze()


def _main(argv: list[str] | None) -> int:
    # Before anything is written: the database, logs, backups, briefs and exports are private.
    paths.private_umask()
    argv = sys.argv[1:] if argv is None else list(argv)
    # The language first: every help text and message below is built in it.
    language.choose(argv)
    problem = _not_utf8(argv)
    if problem:
        print(translate("cli.main", "consular: {problem}").format(problem=problem), file=sys.stderr)
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
        print(
            translate("cli.main", "consular: {user_error_text}").format(
                user_error_text=user_error_text(exc, option_names(parser))
            ),
            file=sys.stderr,
        )
        return 2
    except KeyboardInterrupt:
        print(translate("cli.main", "consular: interrupted; nothing half-written was kept."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:
        dispose_opened()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
