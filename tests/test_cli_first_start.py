"""The command line on a first start: --demo, a mistyped --db, unknown drivers, odd bytes,
limits, option names in errors, the display check, demo folders, and --as-of."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from consular import paths
from consular.cli import launch
from consular.cli.main import main
from consular.db import migrate
from consular.domain.clock import end_of_day
from consular.services.database import data_as_of
from tests.test_cli import REF, assert_one_line_error, run


def test_demo_with_a_command_runs_it_on_a_throwaway_demo(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", None)
    default = paths.default_database_path()
    code = main(["--demo", "--user", "cli.tester", "cases", "list", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert REF in {row["reference"] for row in json.loads(out)}
    assert "Demo as of 21 October 2025" in err
    assert not default.exists(), "--demo must not create the default database"
    assert list(tmp_path.glob("consular-demo-*")) == [], "the throwaway demo is removed afterwards"


def test_demo_refuses_db(capsys, tmp_path):
    code = main(["--demo", "--db", str(tmp_path / "x.db"), "cases", "list"])
    assert_one_line_error(code, *capsys.readouterr(), "--demo makes its own database")


def test_mistyped_db_is_refused_and_not_created(capsys, tmp_path):
    typo = tmp_path / "tpyo.db"
    for args in (["cases", "list"], ["search", "kay"], ["seed", "demo"]):
        code, out, err = run(capsys, typo, *args)
        assert_one_line_error(code, out, err, "There is no database at", "db upgrade")
        assert not typo.exists()
    code, out, _ = run(capsys, typo, "db", "upgrade")
    assert code == 0 and typo.exists() and migrate.head_revision() in out


def test_default_database_is_not_created_by_a_read_command(capsys):
    default = paths.default_database_path()
    default.unlink(missing_ok=True)
    code = main(["cases", "list"])
    assert_one_line_error(code, *capsys.readouterr(), "There is no database at")
    assert not default.exists()


@pytest.mark.parametrize(
    "url, fragments",
    [
        ("mysql://u@localhost/x", ["SQLite files and PostgreSQL", "mysql"]),
        ("foo://u@localhost/x", ["SQLite files and PostgreSQL", "foo"]),
        ("postgresql+pg8000://u@localhost/x", ["needs the pg8000 driver", "[postgres]"]),
    ],
)
def test_unknown_or_missing_driver_is_one_line(capsys, url, fragments):
    code = main(["--db", url, "cases", "list"])
    assert_one_line_error(code, *capsys.readouterr(), *fragments)


def test_postgres_without_psycopg_names_the_extra():
    """psycopg hidden from the import system, in a separate interpreter."""
    code = (
        "import sys; sys.modules['psycopg'] = None\n"
        "from consular.cli.main import main\n"
        "sys.exit(main(['--db', 'postgresql+psycopg://u@localhost/x', 'cases', 'list']))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert "psycopg" in lines[0] and "[postgres]" in lines[0]


def test_readme_mentions_the_postgres_extra():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    assert "[postgres]" in readme


def test_invalid_utf8_argument_is_one_line(capsys, demo_path):
    bad = b"\xffkayes".decode("utf-8", "surrogateescape")
    for args in (["search", bad], ["cases", "show", bad], ["cases", "list", "--post", bad]):
        code, out, err = run(capsys, demo_path, *args)
        assert_one_line_error(code, out, err, "not valid UTF-8", "0xff")


def test_console_script_with_invalid_utf8_bytes(tmp_path):
    script = Path(sys.executable).parent / "consular"
    result = subprocess.run([os.fsencode(script), b"search", b"\xff"], capture_output=True, timeout=120)
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr and b"not valid UTF-8" in result.stderr


def test_search_limit_below_one_is_refused_with_the_option_name(capsys, demo_path):
    for limit in ("0", "-3"):
        code, out, err = run(capsys, demo_path, "search", "kay", "--limit", limit)
        assert_one_line_error(code, out, err, "between 1 and", "(option: --limit)")
        assert out == ""
    code, out, _ = run(capsys, demo_path, "search", "kay", "--limit", "1", "--json")
    assert code == 0 and len(json.loads(out)) == 1


def test_error_suffix_names_the_option_not_the_field(capsys, demo_path, tmp_path):
    code, _out, err = run(
        capsys, demo_path, "brief", REF, "--redact", "--include-restricted", "-o", str(tmp_path / "b.pdf")
    )
    assert code != 0 and "field:" not in err and "include_restricted" not in err
    assert "--include-restricted" in err


def test_unknown_post_is_refused_like_an_unknown_status(capsys, demo_path):
    code, out, err = run(capsys, demo_path, "cases", "list", "--post", "XXX")
    assert_one_line_error(code, out, err, "no post 'XXX'", "BAM", "(option: --post)")
    code, out, err = run(capsys, demo_path, "cases", "list", "--status", "sleeping")
    assert code != 0 and "sleeping" in err
    code, out, _ = run(capsys, demo_path, "cases", "list", "--post", "bam", "--json")
    assert code == 0 and {row["post"] for row in json.loads(out)} == {"BAM"}


# --- the display check, before Qt can abort ------------------------------------------------


def test_no_display_is_said_in_one_line():
    problem = launch.display_problem({}, platform="linux")
    assert problem and "No display" in problem and "xvfb-run" in problem
    assert launch.display_problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert launch.display_problem({"WAYLAND_DISPLAY": "wayland-0"}, platform="linux") is None
    assert "WAYLAND_DISPLAY" in launch.display_problem({"QT_QPA_PLATFORM": "wayland"}, platform="linux")


def test_missing_xcb_libraries_are_named_with_their_debian_packages():
    absent = {"xcb-cursor", "xkbcommon-x11"}

    def find(name):
        return None if name in absent else f"lib{name}.so"

    problem = launch.display_problem({"DISPLAY": ":0"}, find_library=find, platform="linux")
    assert problem and "apt-get install libxcb-cursor0 libxkbcommon-x11-0" in problem
    assert launch.display_problem({"DISPLAY": ":0"}, find_library=lambda n: "x.so", platform="linux") is None
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    for package in launch.XCB_LIBRARIES.values():
        assert package in readme, f"README does not list {package}"


def test_gui_without_a_display_exits_2_with_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "consular", "--db", str(tmp_path / "x.db")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().startswith("consular: No display") and len(result.stderr.strip().splitlines()) == 1


# --- demo folders -------------------------------------------------------------------------


def test_demo_folder_is_private_and_owned(tmp_path):
    path = launch.create_demo_database(tmp_path / "consular-demo-x")
    folder = path.parent
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / launch.OWNER_FILE).read_text().strip() == str(os.getpid())


def test_sweep_removes_folders_whose_owner_is_gone(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / "consular-demo-stale"
    stale.mkdir()
    (stale / launch.OWNER_FILE).write_text(f"{dead.pid}\n")
    (stale / launch.DEMO_FILE_NAME).write_text("x")
    live = tmp_path / "consular-demo-live"
    live.mkdir()
    (live / launch.OWNER_FILE).write_text(f"{os.getpid()}\n")
    fresh = tmp_path / "consular-demo-being-made"
    fresh.mkdir()
    other = tmp_path / "not-a-demo"
    other.mkdir()
    assert launch.sweep_stale_demo_folders(tmp_path) == [stale]
    assert not stale.exists() and live.exists() and fresh.exists() and other.exists()


def test_sigterm_during_a_demo_command_leaves_no_folder(tmp_path):
    """A demo command killed with SIGTERM still removes its folder."""
    env = {**os.environ, "TMPDIR": str(tmp_path), "CONSULAR_USER": "cli.tester"}
    # The real `consular --demo cases list`, with its handler replaced by one that waits.
    code = (
        "import sys, time\n"
        "from consular.cli import cmd_cases, main\n"
        "def slow(args):\n"
        "    print('ready', flush=True)\n"
        "    time.sleep(60)\n"
        "cmd_cases.run_list = slow\n"  # registered as the handler when the parser is built
        "sys.exit(main.main(['--demo', 'cases', 'list']))\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        assert len(list(tmp_path.glob("consular-demo-*"))) == 1
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 128 + signal.SIGTERM
    assert list(tmp_path.glob("consular-demo-*")) == []


# --- the clock from the command line --------------------------------------------------------


def test_demo_as_of_comes_from_its_data(demo_db):
    day = data_as_of(demo_db)
    # The last event of seeds/demo (a contact in the Langtang case), not today's date.
    assert day is not None and day.isoformat() == "2025-10-21"
    assert end_of_day(day).isoformat() == "2025-10-21T23:59:59+00:00"


def test_as_of_shows_days_held_on_that_day(capsys, demo_path):
    code, out, err = run(capsys, demo_path, "--as-of", "2025-07-25", "cases", "show", REF, "--json")
    assert code == 0, err
    assert "As of 25 July 2025" in err
    data = json.loads(out)
    # Kayes: taken 1 July 2025 (local); on 25 July 2025 they had been held 24 whole days.
    held = [p for p in data["participants"] if p["role"] == "hostage"]
    assert held and {p["days_in_captivity"] for p in held} == {24}
    assert data["days_since_incident"] == 24
    code, out, _ = run(capsys, demo_path, "--as-of", "2025-07-25", "cases", "show", REF)
    assert "held for 24 days" in out and "days in captivity" not in out


def test_as_of_refuses_changes_and_bad_dates(capsys, demo_path):
    code, out, err = run(capsys, demo_path, "--as-of", "2025-07-25", "void", "contact", "1", "--reason", "x")
    # The "As of ..." note, then the refusal in one line.
    assert code == 2 and "Traceback" not in err
    note, refusal = err.strip().splitlines()
    assert note.startswith("As of 25 July 2025")
    assert refusal.startswith("consular: ") and "as of 2025-07-25" in refusal and "changes are refused" in refusal
    code, out, err = run(capsys, demo_path, "--as-of", "25/07/2025", "cases", "list")
    assert_one_line_error(code, out, err, "not a date", "(option: --as-of)")
    code, out, err = run(capsys, demo_path, "--as-of", "2999-01-01", "cases", "list")
    assert_one_line_error(code, out, err, "in the future")


def test_void_command_marks_the_entry_and_lists_it_struck(capsys, demo_path):
    code, out, _ = run(capsys, demo_path, "contacts", "list", REF, "--json")
    first = json.loads(out)[0]
    code, out, err = run(capsys, demo_path, "--user", "v.iyer", "void", "contact", str(first["id"]), "--reason", "Dup")
    assert code == 0, err
    assert f"Voided contact #{first['id']} of {REF}: Dup" in out
    code, out, _ = run(capsys, demo_path, "contacts", "list", REF, "--json")
    assert first["id"] not in {c["id"] for c in json.loads(out)}
    code, out, _ = run(capsys, demo_path, "contacts", "list", REF, "--include-voided")
    [line] = [row for row in out.splitlines() if row.startswith(f"{first['id']} ")]
    assert "VOIDED by Vikram Iyer: Dup" in line


def test_void_help_documents_the_command(capsys):
    with pytest.raises(SystemExit):
        main(["void", "--help"])
    out = capsys.readouterr().out
    for fragment in ("--reason", "status", "milestone", "contact", "task", "supervisor"):
        assert fragment in out


def test_the_window_opens_the_demo_as_of_its_data(tmp_path):
    """The launcher registers the demo's clock; the window opens the file like any other."""
    from consular.services import cases
    from consular.services import database as database_service

    path = launch.create_demo_database(tmp_path / "consular-demo-gui")
    clock = database_service.demo_clock_for(path)
    database_service.use_clock_for(path, clock)
    try:
        opened = database_service.open_database(str(path), "v.iyer", mode="open")
        try:
            assert opened.ctx.as_of_label == "Demo as of 21 October 2025"
            kayes = cases.get_case(opened.ctx, REF)
            # Taken 1 July 2025; on 21 October 2025 they had been held 112 days, not 500+.
            assert {p.days_in_captivity() for p in kayes.hostages} == {112}
        finally:
            opened.dispose()
    finally:
        database_service.use_clock_for(path, None)
    opened = database_service.open_database(str(path), "v.iyer", mode="open")
    try:
        assert opened.ctx.as_of_label is None
    finally:
        opened.dispose()
