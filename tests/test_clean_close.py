"""The open-time check is skipped for a file exactly as this app last closed it cleanly, and runs
again after anything else touched it: a changed byte, a crash that left a write-ahead log, a
copy, a damaged file (never vouched for)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat

import pytest

from consular.cli.main import main
from consular.db import clean_close
from consular.services import backup as backup_service
from consular.services import database as database_service
from tests.fixtures_db import DEMO_PASSWORD, copy_database, table_root_offset

ADMIN = "n.joshi"


@pytest.fixture
def checks(monkeypatch) -> list:
    """The files the open-time quick check ran on (the real check, counted)."""
    ran = []
    real = backup_service.quick_check

    def counted(database, *args, **kwargs):
        ran.append(database.path)
        return real(database, *args, **kwargs)

    monkeypatch.setattr(backup_service, "quick_check", counted)
    return ran


@pytest.fixture
def path(demo_template, tmp_path):
    return copy_database(demo_template, tmp_path / "demo.db")


def open_and_close(path, *, sign_in: bool = False):
    """Open through the service entry point (signing in writes an audit entry), then close."""
    password = DEMO_PASSWORD if sign_in else None
    opened = database_service.open_database(path, ADMIN, mode="open", sign_in=sign_in, password=password)
    damage = opened.damage
    opened.dispose()
    return damage


def test_a_file_closed_cleanly_opens_without_the_check_and_a_changed_one_with_it(path, checks):
    assert open_and_close(path) is None
    assert checks == [path]  # no marker yet: checked
    assert not os.path.exists(f"{path}-wal")
    assert clean_close.unchanged(path)
    assert open_and_close(path, sign_in=True) is None  # signing in wrote (audit), closing cleanly again
    assert open_and_close(path) is None
    assert checks == [path], "a file exactly as it was closed is not checked again"

    # Damage to a page in use (the contact log's root), written by something else: checked,
    # found, read-only.
    data = bytearray(path.read_bytes())
    start = table_root_offset(path)
    data[start : start + 4096] = bytes(range(256)) * 16
    path.write_bytes(bytes(data))
    opened = database_service.open_database(path, ADMIN, mode="open", sign_in=False)
    try:
        assert checks == [path, path]
        assert opened.damage is not None and "damaged or has been tampered with" in opened.damage.message
    finally:
        opened.dispose()
    # A damaged file is never vouched for: the next open checks (and finds it) again.
    assert not clean_close.unchanged(path)
    opened = database_service.open_database(path, ADMIN, mode="open", sign_in=False)
    try:
        assert opened.damage is not None
    finally:
        opened.dispose()
    assert checks == [path, path, path]


def test_the_same_bytes_written_back_still_count_as_a_change(path, checks):
    """Its modification time set back by hand: the change time still moved."""
    open_and_close(path)
    before = path.stat()
    path.write_bytes(path.read_bytes())
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    assert not clean_close.unchanged(path)
    open_and_close(path)
    assert checks == [path, path]


def test_a_write_ahead_log_left_behind_means_a_check(path, checks):
    open_and_close(path)
    # Another program (or a crashed one) with a transaction in the log, not folded back yet.
    other = sqlite3.connect(path)
    try:
        other.execute("PRAGMA wal_autocheckpoint = 0")
        other.execute("CREATE TABLE scratch (x)")
        other.execute("INSERT INTO scratch VALUES (1)")
        other.commit()
        assert os.path.getsize(f"{path}-wal") > 0
        assert not clean_close.unchanged(path)
        assert open_and_close(path) is None
        assert checks == [path, path]
    finally:
        other.close()


def test_a_copy_or_another_file_is_checked(path, tmp_path, checks):
    open_and_close(path)
    copy = shutil.copy2(path, tmp_path / "copy.db")
    assert not clean_close.unchanged(copy)
    open_and_close(copy)
    assert checks == [path, copy]


def test_the_marker_is_private_and_not_beside_the_database(path):
    before = sorted(p.name for p in path.parent.iterdir())
    open_and_close(path)
    assert sorted(p.name for p in path.parent.iterdir()) == before
    marker = clean_close._marker(path)
    assert marker.exists() and stat.S_IMODE(marker.stat().st_mode) == 0o600
    assert stat.S_IMODE(marker.parent.stat().st_mode) == 0o700
    assert str(path) in marker.read_text()


def test_a_cli_command_opens_a_cleanly_closed_file_without_the_check(path, checks, monkeypatch, tmp_path, capsys):
    secret = tmp_path / "pw"
    secret.write_text(DEMO_PASSWORD + "\n")
    secret.chmod(0o600)
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(secret))
    for _ in range(3):
        assert main(["--db", str(path), "--user", ADMIN, "cases", "list", "--json"]) == 0
    assert capsys.readouterr().out.count("BAM-2025-0001") == 3
    assert checks == [path]
