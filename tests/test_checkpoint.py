"""WAL checkpoints run in the background, not inside a commit, and nothing is lost."""

from __future__ import annotations

import shutil
import sqlite3
import time

import pytest
from sqlalchemy import text

from consular.db import checkpoint
from consular.db.engine import open_database

BIG = b"x" * (6 * 1024 * 1024)  # more pages than SQLite's default auto-checkpoint (1,000 x 4 KiB)


def in_main_file(path, tmp_path) -> int:
    """Rows of ``scratch`` in the database file alone (WAL left out), read with sqlite3."""
    alone = tmp_path / "alone.db"
    shutil.copyfile(path, alone)
    conn = sqlite3.connect(alone)
    try:
        return conn.execute("SELECT count(*) FROM scratch").fetchone()[0]
    except sqlite3.OperationalError:  # the table itself is still only in the WAL
        return 0
    finally:
        conn.close()


def wait_until(condition, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "wal.db")
    with database.engine.begin() as conn:
        # alembic_version: the file is ours (a foreign file's connections are opened read-only).
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
        conn.execute(text("CREATE TABLE scratch (id INTEGER PRIMARY KEY, data BLOB)"))
    yield database
    database.dispose()


def test_connections_keep_the_in_commit_checkpoint_only_as_a_far_off_safety_net(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == checkpoint.SAFETY_PAGES
        assert conn.exec_driver_sql("PRAGMA journal_size_limit").scalar() == checkpoint.WAL_SIZE_LIMIT
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL: durability unchanged


def test_a_big_commit_is_not_checkpointed_inline_and_dispose_folds_it_in(db, tmp_path, monkeypatch):
    monkeypatch.setattr(checkpoint, "IDLE_SECONDS", 60.0)  # no background pass during this test
    monkeypatch.setattr(checkpoint, "MAX_DELAY_SECONDS", 60.0)
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO scratch (data) VALUES (:d)"), {"d": BIG})
    # With SQLite's default, this commit would have checkpointed 1,500 pages before returning.
    assert in_main_file(db.path, tmp_path) == 0
    db.checkpointer.close()  # what dispose does first
    assert in_main_file(db.path, tmp_path) == 1
    # The database is still usable after dispose: the next write gets a new background pass.
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO scratch (data) VALUES (:d)"), {"d": b"y"})
    assert db.checkpointer._thread is not None


def test_writes_that_pause_are_checkpointed_in_the_background(db, tmp_path, monkeypatch):
    monkeypatch.setattr(checkpoint, "IDLE_SECONDS", 0.2)
    before = db.checkpointer.runs
    for i in range(3):
        with db.engine.begin() as conn:
            conn.execute(text("INSERT INTO scratch (id, data) VALUES (:i, :d)"), {"i": i, "d": b"z" * 10_000})
    wait_until(lambda: db.checkpointer.runs > before and in_main_file(db.path, tmp_path) == 3)


def test_writes_that_never_pause_are_still_checkpointed(db, tmp_path, monkeypatch):
    monkeypatch.setattr(checkpoint, "IDLE_SECONDS", 0.5)
    monkeypatch.setattr(checkpoint, "MAX_DELAY_SECONDS", 0.3)
    deadline = time.monotonic() + 30
    i = 0
    while db.checkpointer.runs == 0 or in_main_file(db.path, tmp_path) == 0:
        assert time.monotonic() < deadline, "no checkpoint while writing"
        with db.engine.begin() as conn:  # a write every 50 ms: never idle for 0.5 s
            conn.execute(text("INSERT INTO scratch (id, data) VALUES (:i, :d)"), {"i": i, "d": b"w"})
        i += 1
        time.sleep(0.05)
