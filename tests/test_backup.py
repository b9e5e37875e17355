"""Backups while others write, restore that verifies first, and the full check."""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import stat
import threading
import time
from pathlib import Path

import pytest

from consular.db import cipher, engine, keyslots
from consular.domain.errors import DamagedDatabaseError, PermissionDeniedError, UserError
from consular.services import at_rest, audit_chain, backup
from consular.services.context import ServiceContext, actor_for

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


@contextlib.contextmanager
def signed_in(path: Path, key: bytes | None, user: str = ADMIN):
    """A context on the database at ``path`` acting as ``user`` (the administrator by default)."""
    database = engine.open_database(path, key=key)
    try:
        yield ServiceContext(database, actor_for(database, user))
    finally:
        database.dispose()


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
        with signed_in(path, key) as ctx:
            result = backup.backup(ctx, tmp_path / "copy.db")
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
        with signed_in(path, key) as ctx:
            result = backup.backup(ctx, tmp_path / "copy.db")
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
    with signed_in(path, key) as ctx, pytest.raises(UserError, match="already exists"):
        backup.backup(ctx, tmp_path / "taken.db")
    assert (tmp_path / "taken.db").read_text() == "keep me"


def make_backup(path: Path, key: bytes, out: Path | None) -> Path:
    with signed_in(path, key) as ctx:
        return backup.backup(ctx, out).path


def test_restore_refuses_a_tampered_backup_and_changes_nothing(encrypted, tmp_path):
    path, key = encrypted
    copy = make_backup(path, key, tmp_path / "copy.db")
    data = bytearray(copy.read_bytes())
    data[len(data) - 100] ^= 0x04  # the last page: only a check of every page sees it
    copy.write_bytes(bytes(data))
    live_before = path.read_bytes()
    with signed_in(path, key) as ctx, pytest.raises(DamagedDatabaseError, match="did not verify"):
        backup.restore(ctx, copy, key)
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
    with signed_in(path, key) as ctx:
        result = backup.restore(ctx, copy, key)
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
    with signed_in(path, key) as ctx, pytest.raises(DamagedDatabaseError, match="no consular database"):
        backup.restore(ctx, other, key)


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
    with signed_in(path, key, "s.kapoor") as ctx:  # the viewer who signed in first that day
        made = backup.daily_backup(ctx, keep=2, folder=folder)
        again = backup.daily_backup(ctx, keep=2, folder=folder)
    assert made is not None and again is None
    names = sorted(p.name for p in folder.iterdir())
    expected = ["demo-20260103.db", "demo-20260103.db.keys", made.path.name, made.path.name + ".keys"]
    assert names == sorted([*expected, "other-20260101.db"])
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert keyslots.unlock(made.path, ADMIN, PASSWORD) == key


# --- the role matrix and the audit trail ----------------------------------------------------


def audit_rows(path: Path, key: bytes | None, action: str) -> list[dict]:
    conn = cipher.connect(path, key)
    try:
        rows = conn.execute(
            "SELECT a.after, u.username FROM audit_entries a JOIN users u ON u.id = a.actor_id "
            "WHERE a.action = ? ORDER BY a.seq",
            (action,),
        ).fetchall()
    finally:
        conn.close()
    return [{**json.loads(after), "by": who} for after, who in rows]


def test_a_backup_is_audited_with_its_file_size_digest_and_head(encrypted, tmp_path):
    path, key = encrypted
    out = tmp_path / "audited.db"
    with signed_in(path, key, "v.iyer") as ctx:  # a supervisor
        result = backup.backup(ctx, out)
    [entry] = audit_rows(path, key, "database.backup")
    assert entry["by"] == "v.iyer"
    assert entry["file"] == str(out)
    assert entry["size"] == out.stat().st_size == result.size
    assert entry["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest() == result.sha256
    # The head recorded is the copy's own: its last audit entry.
    conn = cipher.connect(out, key)
    try:
        seq, chain = conn.execute("SELECT seq, chain FROM audit_chain_head").fetchone()
    finally:
        conn.close()
    assert entry["head"] == f"{seq}:{chain[:12]}"


@pytest.mark.parametrize("who", ["a.sharma", "s.kapoor"])
def test_caseworkers_and_viewers_may_not_back_up_to_a_file(encrypted, tmp_path, who):
    path, key = encrypted
    with signed_in(path, key, who) as ctx, pytest.raises(PermissionDeniedError, match="back the database up"):
        backup.backup(ctx, tmp_path / "nope.db")
    assert not (tmp_path / "nope.db").exists()
    assert audit_rows(path, key, "database.backup") == []


def test_only_an_administrator_may_restore(encrypted, tmp_path):
    path, key = encrypted
    copy = make_backup(path, key, tmp_path / "copy.db")
    with signed_in(path, key, "v.iyer") as ctx, pytest.raises(PermissionDeniedError, match="administrators"):
        backup.restore(ctx, copy, key)
    assert not list(path.parent.glob("*.replaced-*"))


def test_the_restore_is_recorded_in_the_restored_database_and_it_verifies(encrypted, tmp_path):
    path, key = encrypted
    copy = make_backup(path, key, tmp_path / "copy.db")
    with signed_in(path, key) as ctx:
        before_head = audit_chain.current_head(ctx)
        result = backup.restore(ctx, copy, key)
    [entry] = audit_rows(path, key, "database.restore")
    assert entry["by"] == ADMIN
    assert entry["from"] == str(copy)
    assert entry["sha256"] == hashlib.sha256(copy.read_bytes()).hexdigest()
    assert entry["backup_head"] == result.report.head.short
    assert entry["forked_at"] == result.report.head.seq == result.forked_at
    assert entry["replaced_head"] == before_head.short
    assert entry["fork"] == result.fork and len(result.fork) == 12
    assert audit_rows(result.replaced, key, "database.restore") == []  # the replaced file knows nothing of it
    database = engine.open_database(path, key=key)
    try:
        report = audit_chain.verify(database)
        assert report.ok, [p.message for p in report.problems]
        assert report.head.fork == result.fork
        assert report.head.short.endswith("@" + result.fork)
    finally:
        database.dispose()


# --- restores fork the history: anchors of a rolled-back history are not rewrites -----------


def _verify(path: Path, key: bytes, anchors=(), *, recorded: bool = True):
    database = engine.open_database(path, key=key)
    try:
        return audit_chain.verify(database, anchors=anchors, use_recorded_anchors=recorded)
    finally:
        database.dispose()


@pytest.fixture
def restored_after_writes(encrypted, tmp_path):
    """A backup taken, more audited work on the live file and an anchor printed from it, then
    the backup restored and written to: the anchor's position is taken by other entries."""
    path, key = encrypted
    copy = make_backup(path, key, tmp_path / "copy.db")
    with signed_in(path, key) as ctx:
        backup.backup(ctx, tmp_path / "later-1.db")
        backup.backup(ctx, tmp_path / "later-2.db")
        old_anchor = audit_chain.head(ctx)  # printed (and recorded) before the restore
        result = backup.restore(ctx, copy, key)
    with signed_in(path, key) as ctx:
        backup.backup(ctx, tmp_path / "after-restore.db")  # new entries at the old anchor's positions
        backup.backup(ctx, tmp_path / "after-restore-2.db")
        new_anchor = audit_chain.head(ctx)
    return path, key, old_anchor, new_anchor, result


def test_an_anchor_printed_before_a_restore_is_reported_as_rolled_back_not_rewritten(restored_after_writes):
    path, key, old_anchor, new_anchor, result = restored_after_writes
    old_seq = int(old_anchor.split(":")[0])
    assert "@" not in old_anchor and old_seq > result.forked_at
    assert new_anchor.endswith("@" + result.fork)
    assert int(new_anchor.split(":")[0]) == old_seq  # the same position, another entry
    for report in (_verify(path, key), _verify(path, key, [old_anchor], recorded=False)):
        assert report.ok, [p.message for p in report.problems]
        assert report.rolled_back_anchors == 1
        note = next(n for n in report.notes if "rolled back" in n)
        assert old_anchor in note and f"{result.report.head.seq}" in note and "Not a rewrite" in note
    # The history since the restore is pinned by the new anchor, as any history is.
    pinned = _verify(path, key, [new_anchor], recorded=False)
    assert pinned.ok and pinned.anchors_checked == 1


def test_a_rewrite_after_a_restore_is_still_a_rewrite(restored_after_writes):
    path, key, _old_anchor, new_anchor, result = restored_after_writes
    seq = int(new_anchor.split(":")[0])
    # The entry the new anchor pins is rewritten: its text edited and every hash from it recomputed
    # is what a forger does; here only the anchor can tell (checked without the key).
    forged = f"{seq}:{'0' * 12}@{result.fork}"
    report = _verify(path, key, [forged], recorded=False)
    assert not report.ok
    assert any(p.kind == "anchor" and "does not match" in p.message for p in report.problems)
    # An untagged anchor inside the shared part (before the fork point) is checked, not excused.
    early = f"{result.forked_at}:{'0' * 12}"
    report = _verify(path, key, [early], recorded=False)
    assert not report.ok and report.rolled_back_anchors == 0
    # A real edit of an entry after the fork is named, and the recorded new anchor no longer matches.
    conn = cipher.connect(path, key, isolation_level=None)
    conn.execute("UPDATE audit_entries SET after = replace(after, 'after-restore', 'elsewhere') WHERE seq = ?", (seq,))
    conn.close()
    report = _verify(path, key)
    assert not report.ok
    assert any(p.seq == seq and p.kind in ("edited", "anchor") for p in report.problems)
    assert report.rolled_back_anchors == 1  # the old anchor is still told apart


def test_an_anchor_of_a_fork_this_database_does_not_record_fails(restored_after_writes):
    _path, key, _old, new_anchor, result = restored_after_writes
    # The file the restore replaced never saw the restore: the new history's anchor is not its own.
    report = _verify(result.replaced, key, [new_anchor], recorded=False)
    assert not report.ok
    assert any(p.kind == "anchor" and f"fork {result.fork}" in p.message for p in report.problems)


def test_restoring_again_from_an_older_history_rolls_back_the_first_restores_anchors(encrypted, tmp_path):
    """Restore the wrong backup, print an anchor, then restore the right (newer) one: the newer
    backup verifies although this machine holds an anchor of the first restore's history, and
    after the second restore that anchor is reported as rolled back, not as a rewrite."""
    path, key = encrypted
    first = make_backup(path, key, tmp_path / "first.db")
    with signed_in(path, key) as ctx:
        for n in range(4):  # more work before the newer backup than after the first restore
            backup.backup(ctx, tmp_path / f"work-{n}.db")
    newer = make_backup(path, key, tmp_path / "newer.db")
    with signed_in(path, key) as ctx:
        wrong = backup.restore(ctx, first, key)
    with signed_in(path, key) as ctx:
        backup.backup(ctx, tmp_path / "on-the-wrong-one.db")
        wrong_anchor = audit_chain.head(ctx)  # recorded on this machine
    assert wrong_anchor.endswith("@" + wrong.fork)
    with signed_in(path, key) as ctx:
        right = backup.restore(ctx, newer, key)
    assert int(wrong_anchor.split(":")[0]) <= right.forked_at  # inside the newer backup's span
    [entry] = [e for e in audit_rows(path, key, "database.restore") if e["fork"] == right.fork]
    assert entry["replaced_forks"] == [wrong.fork]
    report = _verify(path, key)
    assert report.ok, [p.message for p in report.problems]
    assert report.rolled_back_anchors == 1
    assert any(wrong_anchor in n and "rolled back" in n for n in report.notes)
