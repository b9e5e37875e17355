"""Backups while others write, restore that verifies first, and the full check."""

from __future__ import annotations

import shutil
import stat
import threading
import time
from pathlib import Path

import pytest

from consular.db import cipher, engine, keyslots
from consular.domain.errors import DamagedDatabaseError, UserError
from consular.services import at_rest, backup

PASSWORD = "long enough passphrase"
ADMIN = "n.joshi"


@pytest.fixture(autouse=True)
def _cheap_argon2(monkeypatch):
    monkeypatch.setenv(keyslots.PROFILE_ENV, "test")


@pytest.fixture
def encrypted(demo_path, tmp_path) -> tuple[Path, bytes]:
    path = tmp_path / "live" / "demo.db"
    path.parent.mkdir()
    shutil.copyfile(demo_path, path)
    at_rest.encrypt_database(path, ADMIN, PASSWORD)
    return path, keyslots.unlock(path, ADMIN, PASSWORD)


def count(path: Path, key: bytes | None, table: str) -> int:
    conn = cipher.connect(path, key)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_a_backup_taken_while_another_connection_writes_is_whole_and_keeps_the_slots(encrypted, tmp_path):
    path, key = encrypted
    setup = cipher.connect(path, key, isolation_level=None)
    setup.execute("PRAGMA journal_mode=WAL")
    setup.execute("CREATE TABLE writes(id INTEGER PRIMARY KEY, body TEXT)")
    setup.close()
    stop = threading.Event()
    written = []

    def writer():
        conn = cipher.connect(path, key, isolation_level=None, timeout=10)
        try:
            while not stop.is_set():
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO writes(body) VALUES (?)", ("x" * 500,))
                conn.execute("COMMIT")
                written.append(1)
                time.sleep(0.001)  # a busy office, not a tight loop that never lets the lock go
        finally:
            conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 50:
            time.sleep(0.01)
        database = engine.open_database(path, key=key)
        try:
            result = backup.backup(database, tmp_path / "copy.db")
        finally:
            database.dispose()
        during = len(written)
        while len(written) < during + 50:  # the writer was never blocked for good
            time.sleep(0.01)
    finally:
        stop.set()
        thread.join()
    copy = tmp_path / "copy.db"
    assert result.path == copy and result.keys == keyslots.keys_path(copy)
    assert result.method == "snapshot"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(keyslots.keys_path(copy).stat().st_mode) == 0o600
    assert cipher.file_kind(copy) == "encrypted"
    # The copy opens with its own key file, under the same password.
    copy_key = keyslots.unlock(copy, ADMIN, PASSWORD)
    assert copy_key == key
    assert 50 <= count(copy, key, "writes") <= len(written)
    assert count(copy, key, "cases") == count(path, key, "cases")
    checked = backup.verify_backup(copy, key)
    assert checked.ok, checked.problems
    assert not list(tmp_path.glob(".*partial*"))


def test_a_reader_of_an_old_snapshot_makes_the_backup_copy_page_by_page(encrypted, tmp_path):
    path, key = encrypted
    writer = cipher.connect(path, key, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    old_reader = cipher.connect(path, key, isolation_level=None)
    old_reader.execute("BEGIN")
    cases_then = old_reader.execute("SELECT count(*) FROM cases").fetchone()[0]
    posts_then = old_reader.execute("SELECT count(*) FROM posts").fetchone()[0]
    writer.execute("UPDATE posts SET name = name || ' (edited)'")
    writer.close()
    try:
        database = engine.open_database(path, key=key)
        try:
            result = backup.backup(database, tmp_path / "copy.db")
        finally:
            database.dispose()
    finally:
        old_reader.execute("COMMIT")
        old_reader.close()
    assert result.method == "backup-api"
    copy = tmp_path / "copy.db"
    assert count(copy, key, "cases") == cases_then
    conn = cipher.connect(copy, key)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM posts")]
    finally:
        conn.close()
    assert len(names) == posts_then and all(
        n.endswith("(edited)") for n in names
    )  # the newest state, not the old reader's
    assert backup.verify_backup(copy, key).ok


def test_a_backup_never_overwrites(encrypted, tmp_path):
    path, key = encrypted
    (tmp_path / "taken.db").write_text("keep me")
    database = engine.open_database(path, key=key)
    try:
        with pytest.raises(UserError, match="already exists"):
            backup.backup(database, tmp_path / "taken.db")
    finally:
        database.dispose()
    assert (tmp_path / "taken.db").read_text() == "keep me"


def make_backup(path: Path, key: bytes, out: Path) -> Path:
    database = engine.open_database(path, key=key)
    try:
        return backup.backup(database, out).path
    finally:
        database.dispose()


def test_restore_refuses_a_tampered_backup_and_changes_nothing(encrypted, tmp_path):
    path, key = encrypted
    copy = make_backup(path, key, tmp_path / "copy.db")
    data = bytearray(copy.read_bytes())
    data[len(data) - 100] ^= 0x04  # the last page: only a check of every page sees it
    copy.write_bytes(bytes(data))
    live_before = path.read_bytes()
    with pytest.raises(DamagedDatabaseError, match="did not verify"):
        backup.restore(copy, path, key)
    assert path.read_bytes() == live_before
    assert not list(path.parent.glob("*.replaced-*"))


def test_restore_puts_the_backup_and_its_keys_back_and_keeps_what_it_replaced(encrypted, tmp_path):
    path, key = encrypted
    copy = make_backup(path, key, tmp_path / "copy.db")
    cases = count(path, key, "cases")
    conn = cipher.connect(path, key, isolation_level=None)
    conn.execute("DELETE FROM case_status_changes")
    conn.close()
    keyslots.add_slot(path, key, "k.reddy", "added after the backup")
    result = backup.restore(copy, path, key)
    assert result.report.ok
    assert count(path, key, "case_status_changes") > 0
    assert count(path, key, "cases") == cases
    assert keyslots.load(path).names() == [ADMIN]  # the backup's slots came back with it
    assert result.replaced is not None and result.replaced.exists()
    assert count(result.replaced, key, "case_status_changes") == 0
    assert keyslots.exists(result.replaced)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_restore_refuses_a_file_that_is_not_a_consular_database(encrypted, tmp_path):
    path, key = encrypted
    other = tmp_path / "other.db"
    conn = cipher.connect(other, key)
    conn.execute("CREATE TABLE notes(body TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(DamagedDatabaseError, match="no consular database"):
        backup.restore(other, path, key)


def test_check_passes_a_sound_file_and_names_a_damaged_page(encrypted, tmp_path):
    path, key = encrypted
    database = engine.open_database(path, key=key)
    try:
        assert backup.check(database).ok
    finally:
        database.dispose()
    damaged = tmp_path / "damaged.db"
    data = bytearray(path.read_bytes())
    data[4096 * 3 + 50] ^= 0x01
    damaged.write_bytes(bytes(data))
    database = engine.open_database(damaged, key=key, read_only="test")
    try:
        report = backup.check(database)
    finally:
        database.dispose()
    assert not report.ok
    assert any("page 4" in p or "HMAC" in p for p in report.problems), report.problems


def test_the_latest_backup_is_the_newest_one_beside_the_file(encrypted, tmp_path):
    path, key = encrypted
    assert backup.latest_backup(path) is None
    first = make_backup(path, key, None)
    assert backup.latest_backup(path) == first


def test_the_daily_backup_is_made_once_a_day_and_keeps_the_newest_n(encrypted, tmp_path):
    path, key = encrypted
    folder = tmp_path / "daily"
    folder.mkdir()
    for day in ("20260101", "20260102", "20260103"):  # earlier days' backups
        (folder / f"demo-{day}.db").write_bytes(b"old")
        (folder / f"demo-{day}.db.keys").write_text("{}")
    (folder / "other-20260101.db").write_bytes(b"another database's")
    database = engine.open_database(path, key=key)
    try:
        made = backup.daily_backup(database, keep=2, folder=folder)
        again = backup.daily_backup(database, keep=2, folder=folder)
    finally:
        database.dispose()
    assert made is not None and again is None
    names = sorted(p.name for p in folder.iterdir())
    expected = ["demo-20260103.db", "demo-20260103.db.keys", made.path.name, made.path.name + ".keys"]
    assert names == sorted([*expected, "other-20260101.db"])
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert keyslots.unlock(made.path, ADMIN, PASSWORD) == key
