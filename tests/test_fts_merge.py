"""The full-text index's merge work runs when writes pause, never inside a write, and leaves
the index finding what a rebuilt one finds (consular.db.fts_merge)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import time

import pytest

from consular.db import checkpoint, fts_merge
from consular.db.engine import open_database
from consular.services import contacts, counterparts, search
from consular.services import database as database_service
from consular.services.context import ServiceContext, actor_for
from tests.fixtures_db import TEST_PASSWORD
from tests.service_helpers import open_case

# FTS5's automerge works once per 64 leaves written: enough Log contacts to write more.
WRITES = 80
WORDS = ("embassy", "gendarmerie", "ransom", "call", "e*", "ca*", "ra*", "g*", "emb*", "number*", "7*")


def wait_until(condition, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


def raw(path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None, timeout=10)


def segments(path) -> int:
    conn = raw(path)
    try:
        return fts_merge.segment_count(conn)
    finally:
        conn.close()


def matches(conn) -> dict[str, list[int]]:
    return {
        q: [r[0] for r in conn.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid", (q,))]
        for q in WORDS
    }


def log(ctx, case: tuple[str, int], n: int, start: int = 0) -> None:
    reference, counterpart_id = case
    for i in range(start, start + n):
        contacts.log_contact(
            ctx,
            reference,
            occurred_at="2025-07-02T10:00",
            channel="phone",
            counterpart_ids=[counterpart_id],
            subject=f"Call number {i} about the ransom",
            notes=f"The embassy called the gendarmerie, call {i}: {7 * i} kilometres east.",
        )


@pytest.fixture
def case(ctx) -> tuple[str, int]:
    reference = open_case(ctx).reference
    police = counterparts.add_counterpart(ctx, reference, name="Commissaire Diarra", category="police")
    return reference, police.id


def test_the_settings_are_stored_in_the_table_for_every_process(ctx, case):
    conn = raw(ctx.database.path)
    try:
        assert fts_merge.stored_settings(conn)["automerge"] == "0"
        assert fts_merge.stored_settings(conn)["crisismerge"] == str(fts_merge.CRISIS_SEGMENTS)
        # Set again: nothing to write.
        assert fts_merge.configure(conn) is False
    finally:
        conn.close()


def test_a_write_never_merges_segments(ctx, case):
    ctx.database.checkpointer.merge_enabled = False
    before = segments(ctx.database.path)
    log(ctx, case, WRITES)
    # One new segment per Log contact: with FTS5's default automerge (4) the writes that fill
    # 64 leaves merge a level (see the next test).
    assert segments(ctx.database.path) == before + WRITES


def test_with_fts5_defaults_writes_do_merge(ctx, case):
    """The counter-check of the test above: the stored settings are what keeps merges out."""
    ctx.database.checkpointer.merge_enabled = False
    conn = raw(ctx.database.path)
    conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 4)")
    conn.close()
    before = segments(ctx.database.path)
    log(ctx, case, WRITES)
    assert segments(ctx.database.path) < before + WRITES


def test_merges_wait_while_writes_keep_coming_then_run_when_idle(ctx, case, monkeypatch):
    monkeypatch.setattr(checkpoint, "IDLE_SECONDS", 1.0)
    before = segments(ctx.database.path)
    started, i = time.monotonic(), 0
    while time.monotonic() - started < 2.0:  # one write begins right after another: never idle
        log(ctx, case, 1, i)
        i += 1
    assert ctx.database.checkpointer.merge_steps == 0
    assert segments(ctx.database.path) == before + i
    wait_until(lambda: ctx.database.checkpointer.merge_steps > 0 and segments(ctx.database.path) < before + i)
    assert segments(ctx.database.path) <= 4


def test_merged_index_finds_what_a_rebuilt_index_finds(ctx, case, tmp_path):
    ctx.database.checkpointer.merge_enabled = False
    log(ctx, case, 40)
    path = ctx.database.path
    many = segments(path)
    conn = raw(path)
    try:
        unmerged = matches(conn)
        assert fts_merge.merge_for(conn, 30.0, pages=4) > 0  # small steps: several of them
        assert segments(path) < many
        conn.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
        merged = matches(conn)
    finally:
        conn.close()
    rebuilt_path = tmp_path / "rebuilt.db"
    shutil.copyfile(path, rebuilt_path)
    for suffix in ("-wal",):
        if (path.parent / (path.name + suffix)).exists():
            shutil.copyfile(path.parent / (path.name + suffix), tmp_path / ("rebuilt.db" + suffix))
    other = raw(rebuilt_path)
    try:
        other.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
        rebuilt = matches(other)
    finally:
        other.close()
    assert merged == rebuilt == unmerged
    assert all(merged[q] for q in ("embassy", "e*", "ra*", "7*"))
    # And through the app's search.
    assert len(search.search(ctx, "gendarmerie")) > 0


def test_a_cli_like_handle_merges_what_it_wrote_when_disposed(ctx, case):
    path = ctx.database.path
    ctx.database.checkpointer.merge_enabled = False
    log(ctx, case, 20)
    ctx.database.checkpointer.merge_enabled = True
    many = segments(path)
    ctx.database.dispose()  # what the CLI does at exit
    assert segments(path) < many


def test_a_handle_that_only_signed_in_leaves_the_merge_work_to_others(ctx, case):
    """Signing in writes an audit entry, not the index: a read-only command's exit (``cases
    list``) does not pay for merge work others left (at 100,000 cases 0.25-0.6 s each time)."""
    path = ctx.database.path
    ctx.database.checkpointer.merge_enabled = False
    log(ctx, case, 20)
    ctx.database.dispose()  # merging off: the segments stay
    many = segments(path)
    opened = database_service.open_database(path, "admin", mode="open", sign_in=True, password=TEST_PASSWORD)
    try:
        assert opened.ctx.actor.username == "admin"  # signing in committed (its audit entry)
    finally:
        opened.dispose()
    assert segments(path) == many, "a handle that wrote no search document merged at its close"
    # The counter-check: a handle that wrote one merges at its close.
    again = open_database(path)
    try:
        log(ServiceContext(again, actor_for(again, "admin")), case, 1, start=100)
    finally:
        again.dispose()
    assert segments(path) < many + 1


def test_a_second_process_with_fts5_defaults_still_works(ctx, case):
    """Another process (an older copy of the app, the sqlite3 shell) that writes with FTS5's
    defaults: its writes are found, and our next handle stores the settings again."""
    path = ctx.database.path
    log(ctx, case, 5)
    ctx.database.dispose()
    script = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)\n"
        "c.execute(\"INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', 4)\")\n"
        "c.execute(\"INSERT INTO search_fts(search_fts, rank) VALUES ('crisismerge', 16)\")\n"
        "for i in range(6):\n"
        '    c.execute("INSERT INTO search_documents (entity, entity_id, case_id, title, body, restricted) '
        "VALUES ('note', ?, NULL, 'Zanzibar note', 'written elsewhere', 0)\", (900 + i,))\n"
        "print(c.execute(\"SELECT count(*) FROM search_fts WHERE search_fts MATCH 'zanzibar'\").fetchone()[0])\n"
    )
    out = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "6"
    reopened = open_database(path)
    try:
        again = ServiceContext(reopened, actor_for(reopened, "admin"))
        log(again, case, 3, 100)
        conn = raw(path)
        try:
            assert fts_merge.stored_settings(conn)["automerge"] == "0"
            assert matches(conn)["embassy"]
            assert len(conn.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH 'zanzibar'").fetchall()) == 6
        finally:
            conn.close()
    finally:
        reopened.dispose()
