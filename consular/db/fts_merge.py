"""FTS5 segment merges off the write path (SQLite).

Every write to ``search_fts`` adds a small segment to the full-text index. With FTS5's default
``automerge`` (4), the write that fills a level also does a share of the merge work of the
biggest mergeable level, and FTS5 only pauses a merge between two terms, so a Log contact
could write thousands of pages: all of a common word's or a short prefix's list. At 10,000
cases one Log contact wrote 200,000 pages (7.4 s of CPU) continuing the merge of the index a
bulk build had left; at 100,000 cases the p99 was 779 ms.

So the table's configuration (stored in ``search_fts_config``, read by every connection of every
process that opens the file) says :data:`SETTINGS`: no merge work inside a write
(``automerge=0``), and a crisis merge only when a level holds :data:`CRISIS_SEGMENTS` segments
(a safety net for a file only ever written by processes that never idle; the segments it merges
are the small ones of single writes). The merge work is done here instead, in small steps,
each its own short transaction (``INSERT INTO search_fts(search_fts, rank) VALUES ('merge', N)``):

- by the background thread of :mod:`consular.db.checkpoint` once writes pause, stopping as soon
  as this process writes again (the GUI, a second GUI, the CLI while it runs);
- for a bounded time when a database handle that wrote search documents is disposed (the end
  of a CLI command that changed a case record; a command that only signed in owes nothing).

A merge step leaves the index holding the same documents (FTS5's own merge); only the number
of segments a query reads changes, and ``usermerge`` (4, FTS5's default) keeps it at a few per
level. Durability is unchanged: each step commits like any write (``synchronous=FULL``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

log = logging.getLogger(__name__)

CRISIS_SEGMENTS = 1024
# What every write connection of the file runs with, stored in the FTS5 table's configuration.
SETTINGS: tuple[tuple[str, int], ...] = (("automerge", 0), ("crisismerge", CRISIS_SEGMENTS))
# Pages (of merged output) per step: FTS5 finishes the term it is on, so a step may write more.
STEP_PAGES = 64
# A passive WAL checkpoint after this many steps of one idle pass keeps the log short.
CHECKPOINT_EVERY_STEPS = 16
# At most this long merging when a handle that wrote the index is disposed (a CLI command's exit).
CLOSE_SECONDS = 0.25


def has_index(dbapi_connection) -> bool:
    """Whether the file has the FTS5 table (a new file before its migrations has not)."""
    row = dbapi_connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_fts_config'"
    ).fetchone()
    return row is not None


def stored_settings(dbapi_connection) -> dict[str, str]:
    return {str(k): str(v) for k, v in dbapi_connection.execute("SELECT k, v FROM search_fts_config")}


def configure(dbapi_connection) -> bool:
    """Store :data:`SETTINGS` in the table's configuration where it differs, in one short write
    transaction. Returns whether anything was written. Does nothing on a file without the index
    or a read-only connection. ``dbapi_connection`` is in autocommit mode (no open transaction)."""
    if not has_index(dbapi_connection):
        return False
    if dbapi_connection.execute("PRAGMA query_only").fetchone()[0]:
        return False
    current = stored_settings(dbapi_connection)
    missing = [(k, v) for k, v in SETTINGS if current.get(k) != str(v)]
    if not missing:
        return False
    dbapi_connection.execute("BEGIN IMMEDIATE")
    try:
        for key, value in missing:
            dbapi_connection.execute("INSERT INTO search_fts(search_fts, rank) VALUES (?, ?)", (key, value))
        dbapi_connection.execute("COMMIT")
    except BaseException:
        _rollback(dbapi_connection)
        raise
    return True


def merge_step(dbapi_connection, pages: int = STEP_PAGES) -> bool:
    """One merge step of about ``pages`` pages in its own transaction. True if it merged
    anything (FTS5 changes two or more rows when it works); False when nothing is left to
    merge (no level holds ``usermerge`` segments and no merge is under way)."""
    dbapi_connection.execute("BEGIN IMMEDIATE")
    try:
        before = dbapi_connection.execute("SELECT total_changes()").fetchone()[0]
        dbapi_connection.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('merge', ?)", (pages,))
        worked = dbapi_connection.execute("SELECT total_changes()").fetchone()[0] - before >= 2
        dbapi_connection.execute("COMMIT")
    except BaseException:
        _rollback(dbapi_connection)
        raise
    return worked


def _rollback(dbapi_connection) -> None:
    if dbapi_connection.in_transaction:
        dbapi_connection.execute("ROLLBACK")


def merge_while(
    dbapi_connection,
    keep_going: Callable[[], bool],
    pages: int = STEP_PAGES,
    on_step: Callable[[float], object] | None = None,
) -> int:
    """Merge steps while ``keep_going()`` says so and there is work; returns the steps that
    merged. A passive checkpoint follows every :data:`CHECKPOINT_EVERY_STEPS` steps.

    ``on_step(seconds)`` is called after each step with the time the step took: the background
    thread counts it and waits that long, so the write lock is free at least half the time while a long merge
    runs (a write of another process arriving mid-step waits for the rest of that one step)."""
    steps = 0
    while keep_going():
        started = time.monotonic()
        if not merge_step(dbapi_connection, pages):
            break
        steps += 1
        if steps % CHECKPOINT_EVERY_STEPS == 0:
            dbapi_connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
        if on_step is not None:
            on_step(time.monotonic() - started)
    return steps


def merge_for(dbapi_connection, seconds: float, pages: int = STEP_PAGES) -> int:
    """Merge steps for at most about ``seconds`` (a step once begun is finished)."""
    deadline = time.monotonic() + seconds
    return merge_while(dbapi_connection, lambda: time.monotonic() < deadline, pages)


def segment_count(dbapi_connection) -> int:
    """Segments a query of the index reads (for tests and benchmarks)."""
    return dbapi_connection.execute("SELECT count(DISTINCT segid) FROM search_fts_idx").fetchone()[0]
