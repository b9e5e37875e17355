"""The full-text index of a bulk load on SQLite, built beside it by a second process and copied
in (consular.seeding.search_build): the index FTS5's own 'rebuild' makes of the same documents,
and the rebuild when that process fails or the file is encrypted."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
import sys

from consular.db import fts_merge, keyslots
from consular.db.engine import open_database
from consular.seeding import search_build
from consular.seeding.synthetic import generate
from consular.services import people, search
from consular.services.context import ServiceContext, actor_for
from tests.test_synthetic_generation import NOW, new_database

# Words, 1- to 3-letter prefixes (each its own FTS5 prefix index), longer prefixes, a phrase,
# names and references: every kind of list the index holds.
MATCHES = ["embassy", "family", "ransom", "police", "e*", "ab*", "k*", "fam*", "emb*", '"consular visit"', "abj"]
SEARCHES = ["embassy", "ransom kidnappers", "fam", "e", "police station", "Reddy", "ABJ-20", "visit"]


def raw(path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None, timeout=10)


def index_state(conn) -> dict:
    """What a query of the index can see: every match list, each document's token counts and
    the totals FTS5 ranks with (its averages record)."""
    sql = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid"
    return {
        "matches": {q: [r[0] for r in conn.execute(sql, (q,))] for q in MATCHES},
        "docsize": conn.execute("SELECT id, sz FROM search_fts_docsize ORDER BY id").fetchall(),
        "averages": conn.execute("SELECT block FROM search_fts_data WHERE id = 1").fetchone(),
    }


def service_hits(database) -> dict[str, list]:
    ctx = ServiceContext(database, actor_for(database, "x"))
    return {q: [(h.reference, h.entity, h.entity_id, h.snippet) for h in search.search(ctx, q)] for q in SEARCHES}


def rebuilt_copy(database, tmp_path):
    """A copy of the database whose index FTS5 rebuilt from its documents in one statement."""
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "rebuilt.db"
    shutil.copyfile(database.path, copy)
    conn = raw(copy)
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    conn.close()
    return open_database(copy)


def leftovers(folder) -> list[str]:
    return [p.name for p in folder.iterdir() if ".search-" in p.name]


def test_the_index_built_beside_the_load_is_the_one_a_rebuild_makes(tmp_path, monkeypatch):
    # A small write buffer: the side process writes many segments and merges its crowded levels;
    # a few pages per copy transaction: the copy takes many.
    monkeypatch.setattr(search_build, "HASHSIZE", 256 * 1024)
    monkeypatch.setattr(search_build, "COPY_PAGES", 40)
    folder = tmp_path / "side"
    folder.mkdir()
    database = new_database(folder / "side.db")
    report = generate(
        database,
        cases=30,
        seed=4,
        progress=False,
        parallel=True,
        batch_size=4,
        transaction_cases=5,
        long_case_events=300,
        now=NOW,
    )
    conn = raw(database.path)
    documents = conn.execute("SELECT count(*) FROM search_documents").fetchone()[0]
    assert report.search_build["documents"] == documents > 1500
    assert report.search_build["merged"] and report.search_build["segments"] > 1
    assert conn.execute("SELECT count(*) FROM search_fts_data").fetchone()[0] > 3 * 40
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")  # raises if not
    # No level is left crowded: the app's idle merging has nothing to start.
    assert not fts_merge.merge_step(conn)
    built = index_state(conn)
    conn.close()
    assert all(built["matches"][q] for q in MATCHES)
    hits = service_hits(database)
    assert all(hits[q] for q in ("embassy", "e", "fam", "visit"))
    assert leftovers(folder) == []

    rebuilt = rebuilt_copy(database, tmp_path)
    try:
        conn = raw(rebuilt.path)
        assert index_state(conn) == built
        conn.close()
        assert service_hits(rebuilt) == hits
    finally:
        rebuilt.dispose()

    # Written through the triggers on the app's connections afterwards, the index stays sound.
    ctx = ServiceContext(database, actor_for(database, "x"))
    people.add_person(ctx, report.first_reference, role="witness", full_name="Zebediah Quillfeather")
    assert [h.reference for h in search.search(ctx, "Quillfeather")] == [report.first_reference]
    assert service_hits(database) == hits
    database.dispose()
    conn = raw(folder / "side.db")
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
    conn.close()


def test_when_the_index_process_dies_the_index_is_rebuilt_in_the_database(tmp_path, monkeypatch, caplog):
    started = search_build.SideBuild.__init__

    def killed_at_once(self, path):
        started(self, path)
        self._process.kill()

    monkeypatch.setattr(search_build.SideBuild, "__init__", killed_at_once)
    database = new_database(tmp_path / "fallback.db")
    with caplog.at_level(logging.WARNING, logger="consular.seeding.synthetic"):
        report = generate(database, cases=12, seed=2, progress=False, parallel=False, long_case_events=100, now=NOW)
    assert report.search_build == {}
    assert "rebuilding it" in caplog.text
    assert leftovers(tmp_path) == []
    conn = raw(database.path)
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
    built = index_state(conn)
    conn.close()
    assert built["matches"]["embassy"]
    rebuilt = rebuilt_copy(database, tmp_path)
    try:
        conn = raw(rebuilt.path)
        assert index_state(conn) == built
        conn.close()
    finally:
        rebuilt.dispose()
        database.dispose()


def test_an_encrypted_file_keeps_its_index_inside_it(tmp_path, caplog):
    """The side file would hold the index in clear: an encrypted database is rebuilt in place,
    without trying the side process first."""
    key = os.urandom(32)
    keyslots.create(tmp_path / "secret.db", key, bootstrap=True)
    database = new_database(tmp_path / "secret.db", key=key)
    try:
        with caplog.at_level(logging.WARNING, logger="consular.seeding.synthetic"):
            report = generate(database, cases=6, seed=3, progress=False, parallel=False, now=NOW)
        assert report.search_build == {}
        assert "rebuilding it" not in caplog.text
        assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("secret.db")) == []
        ctx = ServiceContext(database, actor_for(database, "x"))
        assert search.search(ctx, "embassy")
    finally:
        database.dispose()


def test_no_merge_step_runs_while_merges_are_paused(tmp_path):
    """The generator pauses the background merge work while its load replaces the index; a
    merge asked for meanwhile does nothing, and afterwards merging works again."""
    database = new_database(tmp_path / "paused.db")
    checkpointer = database.checkpointer
    checkpointer.merge_enabled = False
    report = generate(database, cases=3, seed=1, progress=False, parallel=False, now=NOW)
    ctx = ServiceContext(database, actor_for(database, "x"))
    for n in range(6):  # each write its own segment: more than FTS5's usermerge (4) on one level
        people.add_person(ctx, report.first_reference, role="witness", full_name=f"Witness Number{n}")
    conn = raw(database.path)
    before = fts_merge.segment_count(conn)
    checkpointer.merge_enabled = True
    with checkpointer.merges_paused():
        assert checkpointer.merge(lambda: True) == 0
        assert fts_merge.segment_count(conn) == before
    checkpointer.merge(lambda: True)
    assert fts_merge.segment_count(conn) < before
    conn.close()
    database.dispose()


def _dead_pid() -> int:
    """The process id of a process that has exited (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_side_file_left_by_a_killed_generator_is_deleted_by_the_next_load(tmp_path, caplog):
    """A generator killed outright (kill -9) leaves its side file (gigabytes at 100,000 cases):
    the next load beside the same database deletes it, and keeps one whose generator still runs
    and any other file."""
    database = new_database(tmp_path / "case.db")
    try:
        dead = _dead_pid()
        orphan = tmp_path / f".case.db.search-{dead}-abc123.tmp"
        orphans = [orphan, orphan.with_name(orphan.name + "-journal")]
        kept = [
            tmp_path / f".case.db.search-{os.getpid()}-xyz789.tmp",  # a generator at work
            tmp_path / f".other.db.search-{dead}-abc123.tmp",  # beside another database
            tmp_path / ".case.db.search-notapid.tmp",
        ]
        for path in orphans + kept:
            path.write_bytes(b"index pages")
        with caplog.at_level(logging.WARNING, logger="consular.seeding.search_build"):
            report = generate(database, cases=6, seed=4, progress=False, parallel=False, long_case_events=50, now=NOW)
        assert report.search_build["documents"] > 0  # the side build ran
        assert not any(p.exists() for p in orphans)
        assert all(p.exists() for p in kept)
        assert "removed 2 full-text side file(s)" in caplog.text
        assert sorted(leftovers(tmp_path)) == sorted(p.name for p in kept)
    finally:
        database.dispose()


def test_the_side_process_deletes_its_file_when_its_generator_vanishes(tmp_path):
    """The generator killed mid-load: the side process reads the end of its input with no "end"
    message, reports the failure and deletes its own file (nobody else would)."""
    new_database(tmp_path / "case.db").dispose()
    side = search_build.SideBuild(tmp_path / "case.db")
    assert side.scratch.exists()
    side._process.stdin.close()  # what the kernel does when the writer dies
    out = side._process.stdout.read()
    assert side._process.wait() == 0
    assert "the writer stopped without saying the load was over" in out
    assert not side.scratch.exists()
    side.close()
    assert leftovers(tmp_path) == []
