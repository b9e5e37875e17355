"""Start-up of the command line: ``consular --help`` and ``--version`` import no command and no
service; a command imports its own module only; the help reads exactly as when every command
was imported up front."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import consular
from consular.cli import commands
from consular.cli.main import build_parser, main

ROOT = Path(consular.__file__).resolve().parent.parent


def modules_after(*argv: str) -> tuple[int, list[str], str]:
    """Run ``main(argv)`` in a fresh interpreter: its exit status, the consular/SQLAlchemy
    modules it had imported, and what it printed."""
    code = (
        "import io, json, sys, contextlib\n"
        "from consular.cli.main import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):\n"
        "    try:\n"
        "        status = main(sys.argv[1:])\n"
        "    except SystemExit as exc:\n"
        "        status = exc.code\n"
        "mods = sorted(m for m in sys.modules if m.split('.')[0] in ('consular', 'sqlalchemy', 'argon2',"
        " 'cryptography', 'reportlab'))\n"
        "print(json.dumps([status, mods, out.getvalue()]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code, *argv], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    status, mods, printed = json.loads(result.stdout.strip().splitlines()[-1])
    return status or 0, mods, printed


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["--db", "x.db", "--version"]])
def test_help_and_version_import_no_command_and_no_service(argv):
    status, mods, printed = modules_after(*argv)
    assert status == 0
    assert printed.startswith("consular 0") if "--version" in argv else "COMMAND" in printed
    heavy = [m for m in mods if m.startswith(("consular.services", "consular.db", "consular.cli.cmd_"))]
    heavy += [m for m in mods if m.split(".")[0] in ("sqlalchemy", "argon2", "cryptography", "reportlab")]
    assert heavy == []


def test_a_command_imports_its_own_module_only():
    status, mods, printed = modules_after("cases", "list", "--help")
    assert status == 0 and "--json" in printed
    assert [m for m in mods if m.startswith("consular.cli.cmd_")] == ["consular.cli.cmd_cases"]
    # Nor the services of the other `cases` actions: `cases list --json` of every case is
    # measured as a whole process (benchmarks/bench_cli.py).
    others = ("case_links", "purge", "saved_filters", "teams")
    assert [m for m in mods if m in {f"consular.services.{name}" for name in others}] == []
    # A command registered by a module beside another one (cmd_users: users and passwd).
    status, mods, printed = modules_after("passwd", "--help")
    assert status == 0 and "--password-file" in printed
    assert [m for m in mods if m.startswith("consular.cli.cmd_")] == ["consular.cli.cmd_users"]


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def test_the_help_is_word_for_word_the_one_of_every_command_imported(monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    eager = build_parser(every=True)
    assert build_parser().format_help() == eager.format_help()
    full = _subparsers(eager).choices
    for name in full:
        lazy = _subparsers(build_parser(name)).choices[name]
        assert lazy.format_help() == full[name].format_help(), name
        assert lazy.format_usage() == full[name].format_usage(), name


def test_every_command_module_is_listed_with_its_commands_and_help_lines():
    eager = _subparsers(build_parser(every=True))
    registered = [(action.dest, action.help) for action in eager._choices_actions]
    listed = [entry for module in commands.command_modules() for entry in commands.COMMANDS.get(module, ())]
    missing = [m for m in commands.command_modules() if m not in commands.COMMANDS]
    assert missing == [], f"add the commands of {missing} to consular.cli.commands.COMMANDS"
    assert listed == registered
    assert set(commands.COMMANDS) == set(commands.command_modules())


def test_a_module_not_listed_is_still_found(monkeypatch):
    monkeypatch.delitem(commands.COMMANDS, "cmd_search")
    parser = build_parser()
    assert "text" in [a.dest for a in _subparsers(parser).choices["search"]._actions]
    assert build_parser().format_help() == build_parser(every=True).format_help()


@pytest.mark.parametrize(
    "argv",
    [
        ["nosuch"],
        ["--db"],
        ["cases"],
        ["cases", "list", "--bogus"],
        ["cases", "list", "--sort", "nope"],
        ["--bogus", "search", "x"],
        ["users", "add"],
    ],
)
def test_mistakes_read_as_with_every_command_imported(capsys, monkeypatch, argv):
    monkeypatch.setenv("COLUMNS", "100")
    with pytest.raises(SystemExit) as eager:
        build_parser(every=True).parse_args(argv)
    expected = capsys.readouterr()
    with pytest.raises(SystemExit) as lazy:
        main(argv)
    assert (lazy.value.code, capsys.readouterr()) == (eager.value.code, expected)
    assert lazy.value.code == 2
