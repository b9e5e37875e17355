"""Signing in and managing accounts from the command line, as a script or a person would."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from consular.cli import common
from consular.cli.main import main
from tests.fixtures_db import TEST_PASSWORD, sqlite_rows

ADMIN_PW = "first admin phrase"


def pw_file(folder: Path, name: str, text: str, mode: int = 0o600) -> Path:
    path = folder / name
    path.write_text(text + "\n")
    path.chmod(mode)
    return path


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("consular: ") and "Traceback" not in err, err
    return lines[0]


@pytest.fixture
def fresh(tmp_path, monkeypatch, capsys):
    """A database made by `db init --admin boss`, with boss signed in through a 0600 file."""
    db = tmp_path / "new.db"
    admin_pw = pw_file(tmp_path, "admin.pw", ADMIN_PW)
    assert main(["--db", str(db), "db", "init", "--admin", "boss", "--password-file", str(admin_pw)]) == 0
    assert "its administrator is boss" in capsys.readouterr().out
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(admin_pw))
    monkeypatch.setenv("CONSULAR_USER", "boss")
    return db


def test_nothing_runs_without_signing_in(tmp_path, capsys, monkeypatch):
    db = tmp_path / "new.db"
    monkeypatch.delenv("CONSULAR_USER", raising=False)
    assert main(["--db", str(db), "cases", "list"]) == 2
    assert "db init --admin NAME" in one_line_error(capsys)  # no such file: how to make one
    assert main(["--db", str(db), "db", "upgrade"]) == 0  # a schema, but no administrator
    capsys.readouterr()
    assert main(["--db", str(db), "cases", "list"]) == 2
    assert "--user NAME" in one_line_error(capsys)
    # A database without an administrator can be used for nothing else.
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(pw_file(tmp_path, "pw", TEST_PASSWORD)))
    assert main(["--db", str(db), "--user", "someone", "cases", "list"]) == 2
    assert "db init --admin" in one_line_error(capsys)
    assert sqlite_rows(db, "SELECT count(*) FROM users") == [(0,)]


def test_db_init_then_users_add_list_and_sign_in(fresh, tmp_path, capsys, monkeypatch):
    worker_pw = pw_file(tmp_path, "worker.pw", TEST_PASSWORD)
    add = ["users", "add", "a.sharma", "--role", "caseworker", "--display-name", "Anjali Sharma"]
    code = main(["--db", str(fresh), *add, "--password-file", str(worker_pw)])
    assert code == 0 and "Added a.sharma (caseworker)" in capsys.readouterr().out
    assert main(["--db", str(fresh), "users", "list", "--json"]) == 0
    listed = {a["username"]: a for a in json.loads(capsys.readouterr().out)}
    assert listed["a.sharma"]["role"] == "caseworker" and listed["a.sharma"]["has_password"] is True
    assert "password_hash" not in listed["boss"]
    # The caseworker signs in with their own password and may not manage accounts.
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(worker_pw))
    assert main(["--db", str(fresh), "--user", "a.sharma", "cases", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--db", str(fresh), "--user", "a.sharma", "users", "list"]) == 2
    assert "only administrators may" in one_line_error(capsys)
    # Sign-ins are audited.
    rows = sqlite_rows(fresh, "SELECT action FROM audit_entries WHERE action LIKE 'auth.%'")
    assert ("auth.sign_in",) in rows


def test_db_init_twice_is_refused_before_asking(fresh, capsys):
    assert main(["--db", str(fresh), "db", "init", "--admin", "other"]) == 2
    assert "already has an administrator" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("mode", "why"),
    [(0o644, "others can access it (mode 644); run chmod 600"), (0o640, "mode 640"), (0o604, "mode 604")],
)
def test_a_password_file_others_can_read_is_refused_saying_why(fresh, tmp_path, capsys, monkeypatch, mode, why):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(pw_file(tmp_path, "loose.pw", ADMIN_PW, mode)))
    assert main(["--db", str(fresh), "cases", "list"]) == 2
    assert why in one_line_error(capsys)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="changing a file's owner needs root")
def test_a_password_file_owned_by_someone_else_is_refused(fresh, tmp_path, capsys, monkeypatch):
    path = pw_file(tmp_path, "theirs.pw", ADMIN_PW)
    os.chown(path, 4242, -1)
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(path))
    assert main(["--db", str(fresh), "cases", "list"]) == 2
    assert "belongs to another user (uid 4242)" in one_line_error(capsys)


def test_missing_or_empty_password_files(fresh, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(tmp_path / "absent.pw"))
    assert main(["--db", str(fresh), "cases", "list"]) == 2
    assert "there is no file" in one_line_error(capsys)
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(pw_file(tmp_path, "empty.pw", "")))
    assert main(["--db", str(fresh), "cases", "list"]) == 2
    assert "is empty" in one_line_error(capsys)


def test_without_a_terminal_or_a_file_the_password_is_not_guessed(fresh, capsys, monkeypatch):
    monkeypatch.delenv("CONSULAR_PASSWORD_FILE")
    assert main(["--db", str(fresh), "cases", "list"]) == 2  # pytest's stdin is not a terminal
    assert "CONSULAR_PASSWORD_FILE" in one_line_error(capsys)


class FakeTerminal:
    """getpass on a terminal: answers in turn, and remembers the prompts."""

    def __init__(self, *answers: str):
        self.answers, self.prompts = list(answers), []

    def __call__(self, prompt: str = "") -> str:
        self.prompts.append(prompt)
        return self.answers.pop(0)


def test_passwords_are_asked_twice_on_a_terminal(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("CONSULAR_PASSWORD_FILE")
    db = tmp_path / "t.db"
    monkeypatch.setattr(common.sys.stdin, "isatty", lambda: True, raising=False)
    terminal = FakeTerminal("first admin phrase", "first admin phrasx")
    monkeypatch.setattr(common.getpass, "getpass", terminal)
    assert main(["--db", str(db), "db", "init", "--admin", "boss"]) == 2
    assert "differ" in one_line_error(capsys)
    terminal = FakeTerminal(ADMIN_PW, ADMIN_PW, ADMIN_PW)
    monkeypatch.setattr(common.getpass, "getpass", terminal)
    assert main(["--db", str(db), "db", "init", "--admin", "boss"]) == 0
    assert main(["--db", str(db), "--user", "boss", "cases", "list"]) == 0
    assert terminal.prompts[0].startswith("New password for boss") and terminal.prompts[2].startswith(
        "Password for boss on"
    )


def test_five_wrong_passwords_lock_and_the_admin_unlocks(fresh, tmp_path, capsys, monkeypatch):
    worker_pw = pw_file(tmp_path, "worker.pw", TEST_PASSWORD)
    add = ["users", "add", "k.reddy", "--role", "viewer", "--password-file", str(worker_pw)]
    assert main(["--db", str(fresh), *add]) == 0
    capsys.readouterr()
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(pw_file(tmp_path, "wrong.pw", "not the password")))
    for _ in range(5):
        assert main(["--db", str(fresh), "--user", "k.reddy", "cases", "list"]) == 2
    assert (
        capsys.readouterr()
        .err.splitlines()[-1]
        .endswith("Account locked after 5 failed attempts. Try again in 5 minutes.")
    )
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(worker_pw))
    assert main(["--db", str(fresh), "--user", "k.reddy", "cases", "list"]) == 2
    assert "Account locked after 5 failed attempts. Try again in" in one_line_error(capsys)
    new_pw = pw_file(tmp_path, "new.pw", "a fresh pass phrase")
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(tmp_path / "admin.pw"))
    assert main(["--db", str(fresh), "users", "reset-password", "k.reddy", "--password-file", str(new_pw)]) == 0
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(new_pw))
    assert main(["--db", str(fresh), "--user", "k.reddy", "cases", "list"]) == 0
    assert sqlite_rows(fresh, "SELECT count(*) FROM audit_entries WHERE action = 'auth.lockout'") == [(1,)]


def test_disable_set_role_and_passwd(fresh, tmp_path, capsys, monkeypatch):
    worker_pw = pw_file(tmp_path, "worker.pw", TEST_PASSWORD)
    main(["--db", str(fresh), "users", "add", "m.pillai", "--role", "viewer", "--password-file", str(worker_pw)])
    assert main(["--db", str(fresh), "users", "set-role", "m.pillai", "supervisor"]) == 0
    assert main(["--db", str(fresh), "users", "disable", "m.pillai"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(worker_pw))
    assert main(["--db", str(fresh), "--user", "m.pillai", "cases", "list"]) == 2
    assert "disabled" in one_line_error(capsys)
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(tmp_path / "admin.pw"))
    assert main(["--db", str(fresh), "users", "enable", "m.pillai"]) == 0
    # Disabling removed the account's key slot (the file is encrypted): a password set by an
    # administrator gives it one again.
    assert main(["--db", str(fresh), "users", "reset-password", "m.pillai", "--password-file", str(worker_pw)]) == 0
    # passwd: signed in with the current password (from the file), the new one from another.
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(worker_pw))
    new_pw = pw_file(tmp_path, "mine.pw", "my own new phrase")
    assert main(["--db", str(fresh), "--user", "m.pillai", "passwd", "--password-file", str(new_pw)]) == 0
    assert main(["--db", str(fresh), "--user", "m.pillai", "cases", "list"]) == 2  # the old one no longer works
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(new_pw))
    capsys.readouterr()
    assert main(["--db", str(fresh), "--user", "m.pillai", "users", "list"]) == 2
    assert "(supervisor) may not" in one_line_error(capsys)


def test_demo_signs_in_the_demo_supervisor_by_itself(capsys, monkeypatch):
    monkeypatch.delenv("CONSULAR_PASSWORD_FILE", raising=False)
    assert main(["--demo", "cases", "team", "BAM-2025-0001", "--json"]) == 0
    out, err = capsys.readouterr()
    assert "signed in as v.iyer" in err
    assert {m["user"]["username"]: m["part"] for m in json.loads(out)} == {"a.sharma": "lead", "v.iyer": "supervisor"}


def test_case_team_add_and_remove(demo_path, demo_password_file, capsys, monkeypatch):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))
    ref = "BAM-2025-0001"
    db = ["--db", str(demo_path)]
    assert main([*db, "--user", "a.sharma", "cases", "team", ref, "add", "k.reddy"]) == 2
    assert "may not add a user to a case's team" in one_line_error(capsys)
    assert main([*db, "--user", "v.iyer", "cases", "team", ref, "add", "k.reddy"]) == 0
    assert "k.reddy" in capsys.readouterr().out
    assert main([*db, "--user", "v.iyer", "cases", "team", ref, "remove", "a.sharma"]) == 2
    assert "is the case's lead" in one_line_error(capsys)
    assert main([*db, "--user", "v.iyer", "cases", "team", ref, "remove", "k.reddy"]) == 0
    assert "k.reddy" not in capsys.readouterr().out
    actions = sqlite_rows(demo_path, "SELECT action FROM audit_entries WHERE action LIKE 'case.team%'")
    assert actions == [("case.team_add",), ("case.team_remove",)]


def test_users_list_says_how_long_a_lock_has_left():
    from datetime import UTC, datetime, timedelta

    from consular.cli.cmd_users import _state
    from consular.domain.enums import UserRole
    from consular.services.views import AccountView

    now = datetime(2025, 7, 20, 9, 0, tzinfo=UTC)
    account = AccountView(
        id=1,
        username="k.reddy",
        display_name="Kiran Reddy",
        role=UserRole.CASEWORKER,
        email=None,
        active=True,
        has_password=True,
        locked_until=now + timedelta(minutes=3, seconds=20),
        failed_sign_ins=5,
        last_sign_in_at=None,
    )
    assert _state(account, now) == "locked (4 minutes left)"
    assert _state(account, now + timedelta(minutes=3)) == "locked (less than a minute left)"
    assert _state(account, now + timedelta(minutes=4)) == "active"
