"""Encryption at rest: SQLCipher files, key slots, tampering, foreign and damaged files, modes.

Every test works on real files. Plain ``sqlite3`` (the standard library's, without the codec)
is the independent reader: it must not be able to read an encrypted file.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from consular import paths
from consular.db import cipher, engine, keyslots
from consular.domain.errors import DamagedDatabaseError, NotConsularDatabaseError, UnlockError
from consular.services import at_rest
from consular.services import database as database_service
from tests.fixtures_db import table_root_offset

PASSWORD = "long enough passphrase"
ADMIN = "n.joshi"
# Identifiers of the demo seed (seeds/demo/*.toml): passport numbers, a phone, a name.
DEMO_IDENTIFIERS = [b"Z3141592", b"Y2718281", b"X1618033", b"+22376410821", b"BAM-2025-0001"]


@pytest.fixture(autouse=True)
def _cheap_argon2(monkeypatch):
    monkeypatch.setenv(keyslots.PROFILE_ENV, "test")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def dump(path: Path, key: bytes | None) -> list:
    """Every row of every ordinary table, read through the codec."""
    conn = cipher.connect(path, key)
    try:
        rows = []
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
            )
        ]
        for name in names:
            rows.append((name, sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)))
        return rows
    finally:
        conn.close()


@pytest.fixture
def encrypted_demo(demo_path, tmp_path) -> tuple[Path, bytes]:
    """The demo database converted to SQLCipher, with a slot for ADMIN."""
    path = tmp_path / "enc" / "demo.db"
    path.parent.mkdir()
    shutil.copyfile(demo_path, path)
    result = at_rest.encrypt_database(path, ADMIN, PASSWORD)
    assert result.recovery_key
    return path, keyslots.unlock(path, ADMIN, PASSWORD)


# --- encryption ------------------------------------------------------------------------------


def test_a_new_database_is_encrypted_and_plain_sqlite_cannot_read_it(tmp_path):
    path = tmp_path / "new.db"
    opened = database_service.open_database(path, mode="create", sign_in=False)
    try:
        assert opened.database.encrypted
        at_rest.password_set(opened.database, ADMIN, PASSWORD)
        with opened.database.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        opened.dispose()
    assert path.read_bytes()[:16] != cipher.SQLITE_HEADER
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
    # Reopened through the slot: the schema is there.
    again = database_service.open_database(path, ADMIN, mode="open", sign_in=False, password=PASSWORD)
    try:
        assert again.before.state == "current"
    finally:
        again.dispose()


def test_no_identifier_of_the_demo_is_in_the_raw_bytes(encrypted_demo, demo_path):
    path, key = encrypted_demo
    plain = demo_path.read_bytes()
    assert all(ident in plain for ident in DEMO_IDENTIFIERS)  # the test can fail: they are in the plaintext
    raw = b"".join(p.read_bytes() for p in path.parent.iterdir() if p.is_file())
    for ident in DEMO_IDENTIFIERS:
        assert ident not in raw
    assert dump(path, key) == dump(demo_path, None)


def test_the_key_reaches_sqlcipher_only_as_32_raw_bytes(tmp_path):
    conn = cipher.dbapi.connect(str(tmp_path / "k.db"))
    try:
        with pytest.raises(ValueError):
            cipher.apply_key(conn, b"passphrase")  # a passphrase is refused before any SQL is built
        with pytest.raises(ValueError):
            cipher.apply_key(conn, "0" * 64)  # text too
    finally:
        conn.close()


def test_a_wrong_key_opens_nothing(encrypted_demo):
    path, _key = encrypted_demo
    with pytest.raises(cipher.CipherError):
        cipher.verify_key(path, cipher.new_key())


@pytest.mark.parametrize("seed", range(3))
def test_a_changed_byte_anywhere_is_detected_never_altered_data(encrypted_demo, tmp_path, seed):
    path, key = encrypted_demo
    original = dump(path, key)
    data = path.read_bytes()
    rng = random.Random(seed)
    page = 4096
    # Page 1 (salt and header), the middle, the last page, and random places.
    offsets = [3, 20, 100, len(data) // 2, len(data) - 10] + [rng.randrange(len(data)) for _ in range(10)]
    for offset in offsets:
        copy = tmp_path / f"tampered-{seed}-{offset}.db"
        damaged = bytearray(data)
        damaged[offset] ^= 1 << rng.randrange(8)
        copy.write_bytes(bytes(damaged))
        try:
            seen = dump(copy, key)
        except cipher.DatabaseError as exc:
            assert cipher.is_damage(exc), exc
        else:
            assert seen == original, f"byte {offset} (page {offset // page + 1}) changed the data read"
        # The full check names it, wherever it is (free pages included).
        conn = cipher.connect(copy, key)
        try:
            assert cipher.page_problems(conn), f"byte {offset} (page {offset // page + 1}) went unnoticed"
        finally:
            conn.close()


def test_a_tampered_first_page_is_refused_as_damaged_naming_the_latest_backup(encrypted_demo):
    path, _key = encrypted_demo
    backup = path.with_name(path.name + ".20260101T000000Z.bak")
    shutil.copyfile(path, backup)
    damaged = bytearray(path.read_bytes())
    damaged[200] ^= 0x10
    path.write_bytes(bytes(damaged))
    with pytest.raises(DamagedDatabaseError, match="damaged or has been tampered with") as caught:
        database_service.open_database(path, ADMIN, mode="open", sign_in=False, password=PASSWORD)
    assert str(backup) in str(caught.value)


def test_a_tampered_inner_page_opens_read_only_and_says_so(encrypted_demo):
    path, _key = encrypted_demo
    data = bytearray(path.read_bytes())
    # A page in the middle of a b-tree: the quick check on open reads it.
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    opened = database_service.open_database(path, ADMIN, mode="open", sign_in=False, password=PASSWORD)
    try:
        assert opened.damage is not None
        assert "damaged or has been tampered with" in opened.damage.message
        assert "No backup" in opened.damage.message
        with pytest.raises(Exception, match=r"readonly|read-only"), opened.database.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO posts(code, name) VALUES ('X', 'y')")
    finally:
        opened.dispose()


def test_an_encrypted_file_without_credentials_asks_for_them(encrypted_demo):
    path, _key = encrypted_demo
    with pytest.raises(UnlockError, match="encrypted"):
        database_service.open_database(path, mode="open", sign_in=False)
    with pytest.raises(UnlockError, match="Wrong user name or password"):
        database_service.open_database(path, ADMIN, mode="open", sign_in=False, password="not it")


# --- key slots -------------------------------------------------------------------------------


@pytest.fixture
def slotted(tmp_path) -> tuple[Path, bytes]:
    db = tmp_path / "x.db"
    db.write_bytes(b"")
    key = cipher.new_key()
    keyslots.create(db, key, replace=True)
    keyslots.add_slot(db, key, "a.sharma", "first password")
    return db, key


def test_each_account_unlocks_the_same_key_with_its_own_password(slotted):
    db, key = slotted
    keyslots.add_slot(db, key, "k.reddy", "another one")
    assert keyslots.unlock(db, "a.sharma", "first password") == key
    assert keyslots.unlock(db, "K.Reddy", "another one") == key
    with pytest.raises(keyslots.WrongPasswordError):
        keyslots.unlock(db, "a.sharma", "another one")
    with pytest.raises(keyslots.WrongPasswordError):
        keyslots.unlock(db, "nobody", "first password")
    text = keyslots.keys_path(db).read_text()
    assert key.hex() not in text and "first password" not in text
    assert mode(keyslots.keys_path(db)) == 0o600
    assert not [p for p in db.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_changed_password_rewraps_and_a_removed_slot_no_longer_unlocks(slotted):
    db, key = slotted
    keyslots.rewrap(db, key, "a.sharma", "second password")
    with pytest.raises(keyslots.WrongPasswordError):
        keyslots.unlock(db, "a.sharma", "first password")
    assert keyslots.unlock(db, "a.sharma", "second password") == key
    assert keyslots.remove_slot(db, "a.sharma")
    with pytest.raises(keyslots.WrongPasswordError):
        keyslots.unlock(db, "a.sharma", "second password")


def test_a_slot_moved_to_another_name_or_weakened_does_not_open(slotted):
    db, key = slotted
    keyslots.add_slot(db, key, "k.reddy", "another one")
    data = json.loads(keyslots.keys_path(db).read_text())
    mine = next(s for s in data["slots"] if s["name"] == "a.sharma")
    theirs = next(s for s in data["slots"] if s["name"] == "k.reddy")
    theirs.update({k: v for k, v in mine.items() if k != "name"})  # a.sharma's slot under k.reddy's name
    mine["kdf"]["t"] = 1 if mine["kdf"]["t"] != 1 else 2  # a changed cost is refused, not used
    keyslots.keys_path(db).write_text(json.dumps(data))
    with pytest.raises(keyslots.WrongPasswordError):
        keyslots.unlock(db, "k.reddy", "first password")
    with pytest.raises(keyslots.WrongPasswordError):
        keyslots.unlock(db, "a.sharma", "first password")


def test_slots_of_another_database_do_not_open_this_one(slotted, tmp_path):
    _db, key = slotted
    other = tmp_path / "other.db"
    other.write_bytes(b"")
    other_key = cipher.new_key()
    keyslots.create(other, other_key)
    with pytest.raises(keyslots.KeySlotError):
        keyslots.add_slot(other, key, "a.sharma", "first password")  # the wrong key for that file


def test_the_recovery_key_unlocks_once_every_password_is_lost(slotted):
    db, key = slotted
    recovery = keyslots.add_recovery(db, key)
    assert len(recovery.replace("-", "")) == 52
    keyslots.remove_slot(db, "a.sharma")
    assert keyslots.unlock_recovery(db, recovery.lower().replace("-", " ")) == key
    at_rest.recover_account(db, recovery, "a.sharma", "new password")
    assert keyslots.unlock(db, "a.sharma", "new password") == key
    newer = keyslots.add_recovery(db, key)
    with pytest.raises(keyslots.WrongPasswordError):
        keyslots.unlock_recovery(db, recovery)  # replaced
    assert keyslots.unlock_recovery(db, newer) == key


def test_a_missing_key_file_is_said_plainly(encrypted_demo):
    path, _key = encrypted_demo
    keyslots.keys_path(path).unlink()
    with pytest.raises(NotConsularDatabaseError, match=r"key file demo\.db\.keys is missing"):
        database_service.open_database(path, ADMIN, mode="open", sign_in=False, password=PASSWORD)


# --- converting and rekeying -----------------------------------------------------------------


def test_encrypt_converts_in_place_and_removes_the_plaintext(demo_path, tmp_path):
    path = tmp_path / "conv.db"
    shutil.copyfile(demo_path, path)
    before = dump(path, None)
    at_rest.encrypt_database(path, ADMIN, PASSWORD)
    assert cipher.file_kind(path) == "encrypted"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("conv")] == ["conv.db", "conv.db.keys"] or sorted(
        p.name for p in tmp_path.iterdir() if p.name.startswith("conv")
    ) == ["conv.db", "conv.db.keys"]
    key = keyslots.unlock(path, ADMIN, PASSWORD)
    assert dump(path, key) == before
    # The full-text index came along: search still finds a demo name.
    conn = cipher.connect(path, key)
    try:
        assert conn.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'Kayes'").fetchone()[0] > 0
    finally:
        conn.close()
    with pytest.raises(Exception, match="already encrypted"):
        at_rest.encrypt_database(path, ADMIN, PASSWORD)


def test_rekey_replaces_the_key_and_keeps_only_the_rekeying_slot(encrypted_demo):
    path, key = encrypted_demo
    keyslots.add_slot(path, key, "k.reddy", "another one")
    before = dump(path, key)
    recovery = at_rest.rekey_database(path, key, ADMIN, PASSWORD)
    new = keyslots.unlock(path, ADMIN, PASSWORD)
    assert new != key
    with pytest.raises(cipher.CipherError):
        cipher.verify_key(path, key)
    assert dump(path, new) == before
    assert keyslots.load(path).names() == [ADMIN]
    assert keyslots.unlock_recovery(path, recovery) == new


# --- foreign and damaged plaintext files --------------------------------------------------------


def test_a_foreign_sqlite_file_is_never_modified(tmp_path):
    path = tmp_path / "notes.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes(body) VALUES ('shopping list')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    with pytest.raises(NotConsularDatabaseError):
        database_service.open_database(path, mode="open", sign_in=False)
    assert database_service.schema_status(path).state == "foreign"
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]  # no WAL, no keys file


def test_a_damaged_plaintext_database_opens_read_only_naming_the_backup(demo_path, tmp_path):
    path = tmp_path / "broken.db"
    shutil.copyfile(demo_path, path)
    backup = tmp_path / "broken.db.20260101T000000Z.bak"
    shutil.copyfile(demo_path, backup)
    data = bytearray(path.read_bytes())
    # Scribble over a page in use: the contact log's root page.
    start = table_root_offset(path)
    data[start : start + 4096] = bytes(random.Random(1).randrange(256) for _ in range(4096))
    path.write_bytes(bytes(data))
    opened = database_service.open_database(path, mode="open", sign_in=False)
    try:
        assert opened.damage is not None, "the quick check on open must notice"
        assert str(backup) in opened.damage.message
        with pytest.raises(Exception, match=r"readonly|read-only"), opened.database.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO posts(code, name) VALUES ('X', 'y')")
    finally:
        opened.dispose()


# --- durability and modes ------------------------------------------------------------------------


def test_connections_are_durable_and_overwrite_deleted_content(encrypted_demo):
    path, key = encrypted_demo
    database = engine.open_database(path, key=key)
    try:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA cipher_page_size").scalar() == "4096"
    finally:
        database.dispose()


def test_database_wal_shm_and_keys_are_0600_whatever_the_umask(tmp_path):
    previous = os.umask(0o022)
    try:
        path = tmp_path / "modes.db"
        opened = database_service.open_database(path, mode="create", sign_in=False)
        try:
            at_rest.password_set(opened.database, ADMIN, PASSWORD)
            with opened.database.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM cases").scalar()
                files = {p.name: mode(p) for p in tmp_path.iterdir()}
        finally:
            opened.dispose()
    finally:
        os.umask(previous)
    assert {"modes.db", "modes.db-wal", "modes.db-shm", "modes.db.keys"} <= set(files)
    assert all(m == 0o600 for m in files.values()), files


def test_private_folders_are_0700(tmp_path, monkeypatch):
    loose = tmp_path / "data"
    loose.mkdir(mode=0o755)
    loose.chmod(0o755)
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(loose))
    assert mode(paths.data_dir()) == 0o700
    assert mode(paths.log_dir()) == 0o700


def test_the_cli_creates_files_private_to_their_owner(tmp_path):
    import subprocess
    import sys

    code = (
        "import os, sys; os.umask(0o022); from consular import paths; paths.private_umask(); "
        "open(sys.argv[1], 'w').write('x'); os.mkdir(sys.argv[2])"
    )
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "f"), str(tmp_path / "d")], check=True)
    assert mode(tmp_path / "f") == 0o600
    assert mode(tmp_path / "d") == 0o700
    # And the CLI's main() sets it before anything: checked on its source, as main() runs commands.
    import inspect

    from consular.cli import main as cli_main

    body = inspect.getsource(cli_main._main)  # main() wraps it: the command line runs here
    assert body.index("private_umask()") < body.index("parse_args")


def test_connection_security_says_what_protects_a_file(encrypted_demo, demo_path):
    path, key = encrypted_demo
    enc = engine.open_database(path, key=key)
    plain = engine.open_database(demo_path)
    try:
        assert at_rest.connection_security(enc).encrypted_at_rest is True
        assert at_rest.connection_security(enc).warning is None
        assert "not encrypted" in at_rest.connection_security(plain).warning
    finally:
        enc.dispose()
        plain.dispose()


def test_a_key_unlocked_in_this_process_reopens_without_asking_again(encrypted_demo):
    path, key = encrypted_demo
    with pytest.raises(UnlockError):
        database_service.open_database(path, mode="open", sign_in=False)
    at_rest.remember_key(path, key)
    try:
        opened = database_service.open_database(path, mode="open", sign_in=False)
        opened.dispose()
        # A password given is still checked: a wrong one does not ride on the remembered key.
        with pytest.raises(UnlockError):
            database_service.open_database(path, ADMIN, mode="open", sign_in=False, password="wrong")
    finally:
        at_rest.forget_key(path)


def test_the_demo_database_is_encrypted_too(tmp_path):
    from consular.cli.launch import create_demo_database

    path = create_demo_database(tmp_path / "demo")
    try:
        assert cipher.file_kind(path) == "encrypted"
        raw = b"".join(p.read_bytes() for p in path.parent.iterdir() if p.is_file())
        for ident in DEMO_IDENTIFIERS:
            assert ident not in raw
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(path).execute("SELECT count(*) FROM cases").fetchall()
        # Readable with its key: the demo is all there.
        conn = cipher.connect(path, at_rest.remembered_key(path))
        try:
            assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 4
        finally:
            conn.close()
        assert all(mode(p) == 0o600 for p in path.parent.glob(path.name + "*"))
    finally:
        at_rest.forget_key(path)


def test_a_new_database_opens_without_an_account_until_its_first_slot(tmp_path):
    path = tmp_path / "fresh.db"
    opened = database_service.open_database(path, mode="create", sign_in=False)
    key = opened.database.key
    opened.dispose()
    at_rest.forget_key(path)
    assert at_rest.is_bootstrapped(path)
    again = database_service.open_database(path, mode="open", sign_in=False)  # e.g. a later 'db init'
    try:
        at_rest.password_set(again.database, ADMIN, PASSWORD)
    finally:
        again.dispose()
    assert not at_rest.is_bootstrapped(path)
    assert key.hex() not in keyslots.keys_path(path).read_text()
    with pytest.raises(UnlockError):
        database_service.open_database(path, mode="open", sign_in=False)


def test_wrong_passwords_lock_the_slot_and_a_disabled_account_is_named(slotted, monkeypatch):
    db, key = slotted
    for _ in range(4):
        with pytest.raises(keyslots.WrongPasswordError):
            keyslots.unlock(db, "a.sharma", "guess", lockout_attempts=5)
    with pytest.raises(keyslots.LockedSlotError, match="Account locked after 5 failed attempts"):
        keyslots.unlock(db, "a.sharma", "guess", lockout_attempts=5)
    with pytest.raises(keyslots.LockedSlotError):  # even the right password, while locked
        keyslots.unlock(db, "a.sharma", "first password", lockout_attempts=5)
    keyslots.rewrap(db, key, "a.sharma", "reset by an admin")  # a reset clears the count
    assert keyslots.unlock(db, "a.sharma", "reset by an admin") == key
    keyslots.remove_slot(db, "a.sharma", disabled=True)
    with pytest.raises(keyslots.DisabledSlotError, match="disabled"):
        keyslots.unlock(db, "a.sharma", "reset by an admin")


def test_a_locked_slot_says_how_many_minutes_are_left(slotted):
    """The key slots of an encrypted file answer a locked account in the same words as the
    account check, counted by the clock they are given."""
    from datetime import UTC, datetime, timedelta

    from consular.domain.clock import FixedClock

    db, _key = slotted
    start = datetime(2025, 7, 20, 9, 0, tzinfo=UTC)

    def at(seconds: float) -> FixedClock:
        return FixedClock(start + timedelta(seconds=seconds), read_only=False)

    for i in range(2):
        with pytest.raises(keyslots.WrongPasswordError):
            keyslots.unlock(db, "a.sharma", "guess", lockout_attempts=3, lockout_minutes=10, clock=at(i))
    with pytest.raises(keyslots.LockedSlotError) as locked:
        keyslots.unlock(db, "a.sharma", "guess", lockout_attempts=3, lockout_minutes=10, clock=at(2))
    assert str(locked.value) == "Account locked after 3 failed attempts. Try again in 10 minutes."
    with pytest.raises(keyslots.LockedSlotError) as still:
        keyslots.unlock(db, "a.sharma", "first password", lockout_attempts=3, lockout_minutes=10, clock=at(542))
    assert str(still.value) == "Account locked after 3 failed attempts. Try again in 1 minute."
    with pytest.raises(keyslots.LockedSlotError) as nearly:
        keyslots.unlock(db, "a.sharma", "first password", lockout_attempts=3, lockout_minutes=10, clock=at(590))
    assert str(nearly.value).endswith("Try again in less than a minute.")
    assert keyslots.unlock(db, "a.sharma", "first password", lockout_attempts=3, lockout_minutes=10, clock=at(603))
