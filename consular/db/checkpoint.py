"""WAL checkpoints off the write path (SQLite).

By default SQLite folds the write-ahead log back into the database file inside the commit
that crosses 1,000 pages (about one Log contact in 64): that commit then writes and fsyncs
megabytes, which was the whole p99 of Log contact. Here a short-lived background thread runs
``PRAGMA wal_checkpoint(PASSIVE)`` once writes pause for :data:`IDLE_SECONDS` (or every
:data:`MAX_DELAY_SECONDS` while they never pause). A passive checkpoint never blocks writers
or readers, and commits keep ``synchronous = FULL``: a commit is on disk, in the WAL, when it
returns, checkpointed or not.

The WAL cannot grow without bound:

- the app's connections keep SQLite's own automatic checkpoint as a safety net, but at
  :data:`SAFETY_PAGES` instead of 1,000, so it only runs inside a commit if the background
  thread could not keep up for that many pages (about 40 MB);
- ``journal_size_limit`` (:data:`WAL_SIZE_LIMIT`) truncates a log left bigger than that on disk
  when it is next reset, giving the space back after a burst.

:meth:`Checkpointer.close` (called when the database is disposed) runs a last passive
checkpoint; SQLite itself checkpoints and removes the log when the last connection closes.

The same thread does the full-text index's merge work once writes pause (see
:mod:`consular.db.fts_merge`): in small steps, each its own transaction, stopping as soon as
this process writes again; and :meth:`Checkpointer.close` merges for a moment more if this
handle wrote search documents (the end of a CLI command that logged a contact; not one that
only signed in).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import threading
import time

from sqlalchemy import event
from sqlalchemy.engine import Engine

from consular.db import dialect, fts_merge

log = logging.getLogger(__name__)

IDLE_SECONDS = 0.5  # writes paused this long: checkpoint
MAX_DELAY_SECONDS = 5.0  # writes never pause: checkpoint at least this often anyway
SAFETY_PAGES = 10_000  # SQLite's in-commit auto-checkpoint, only if the thread falls behind
WAL_SIZE_LIMIT = 64 * 1024 * 1024  # bytes of WAL file kept on disk after a reset


class Checkpointer:
    """Runs the WAL checkpoints of one SQLite engine in a background thread."""

    def __init__(self, engine: Engine, wal_path: str):
        self.engine = engine
        self.wal_path = wal_path
        self._lock = threading.Lock()
        self._last_write = 0.0
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._wake = threading.Event()  # set by close: stop sleeping now
        self.runs = 0  # checkpoints done (for tests and benchmarks)
        self.merge_steps = 0  # full-text merge steps done (for tests and benchmarks)
        self.merge_enabled = True  # tests turn it off to see what writes alone do
        self._merges_paused = 0  # a bulk load replaces the full-text index: no merge step meanwhile
        self._wrote = False  # this handle committed a write since it was opened or closed
        # This handle wrote the full-text index (a search document) since it was opened or closed:
        # only then does its close owe merge work. A command that only signs in (an audit entry)
        # adds no segment.
        self._wrote_index = False

    # --- called from the commit path: cheap ------------------------------------------------

    def wrote(self) -> None:
        """A transaction committed: make sure a checkpoint follows when writes pause."""
        self._last_write = time.monotonic()
        self._wrote = True
        with self._lock:
            if self._stopping or (self._thread is not None and self._thread.is_alive()):
                return
            self._thread = threading.Thread(target=self._run, name="consular-wal-checkpoint", daemon=True)
            self._thread.start()

    def wrote_index(self) -> None:
        """A statement of this handle changed the search documents (and so the full-text index)."""
        self._wrote_index = True

    def writing(self) -> None:
        """A write transaction begins: a merge pass in progress stops after its current step."""
        self._last_write = time.monotonic()

    def wal_bytes(self) -> int:
        """The WAL file's size (its length on disk, not how much of it is still to fold in)."""
        try:
            return os.stat(self.wal_path).st_size
        except OSError:
            return 0

    # --- the background thread -------------------------------------------------------------

    def _run(self) -> None:
        started = time.monotonic()
        while not self._stopping:
            now = time.monotonic()
            wait = self._last_write + IDLE_SECONDS - now
            if wait > 0 and now - started < MAX_DELAY_SECONDS:
                self._wake.wait(min(wait, IDLE_SECONDS))
                continue
            self.checkpoint()
            if self._idle():
                if self.merge(self._idle, rest=True):
                    self.checkpoint()
                if self._idle():
                    return  # idle: the next write starts a new thread
            started = time.monotonic()  # still writing: another pass within MAX_DELAY_SECONDS

    def checkpoint(self, mode: str | None = None) -> tuple[int, int, int] | None:
        """Run one checkpoint now (PASSIVE unless told); returns SQLite's
        (busy, log frames, checkpointed frames), or None if the database was unavailable."""
        if self.wal_bytes() == 0:
            return None  # no log (never written, or already folded in and removed): nothing to do
        mode = mode or "PASSIVE"
        try:
            raw = self.engine.raw_connection()
        except Exception:  # noqa: BLE001 - disposed or unreadable: nothing to checkpoint now
            return None
        try:
            row = raw.driver_connection.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
            self.runs += 1
            return tuple(row) if row else None
        except Exception as exc:  # noqa: BLE001 - a busy or closing database: the next pause retries
            log.debug("WAL checkpoint (%s) skipped: %s", mode, exc)
            return None
        finally:
            with contextlib.suppress(Exception):
                raw.close()

    def _merged(self, rest: bool):
        def on_step(seconds: float) -> None:
            self.merge_steps += 1
            if rest:
                self._wake.wait(seconds)

        return on_step

    def _idle(self) -> bool:
        return not self._stopping and time.monotonic() - self._last_write >= IDLE_SECONDS

    def merge(self, keep_going, rest: bool = False) -> int:
        """Full-text merge steps while ``keep_going()`` (see :mod:`consular.db.fts_merge`);
        returns how many merged. ``rest``: wait after each step as long as it took (woken by
        :meth:`close`). The settings that keep merges out of writes are stored first if the file
        lacks them (a file made by this process's own migrations, an older copy)."""
        if not self.merge_enabled or self._merges_paused:
            return 0
        asked = keep_going

        def keep_going() -> bool:
            return not self._merges_paused and asked()

        try:
            raw = self.engine.raw_connection()
        except Exception:  # noqa: BLE001 - disposed or unreadable: nothing to merge now
            return 0
        try:
            conn = raw.driver_connection
            if not fts_merge.has_index(conn):
                return 0
            fts_merge.configure(conn)
            steps = fts_merge.merge_while(conn, keep_going, on_step=self._merged(rest))
            return steps
        except Exception as exc:  # noqa: BLE001 - a busy or closing database: the next pause retries
            log.debug("full-text merge skipped: %s", exc)
            return 0
        finally:
            with contextlib.suppress(Exception):
                raw.close()

    @contextlib.contextmanager
    def merges_paused(self):
        """No full-text merge step while the block runs (checkpoints go on): the synthetic
        generator replaces the whole index at the end of its load, and a merge step between two
        of its transactions would work on an index half copied. A step already under way
        finishes (it holds the write lock until then)."""
        with self._lock:
            self._merges_paused += 1
        try:
            yield
        finally:
            with self._lock:
                self._merges_paused -= 1

    def close(self) -> None:
        """Stop the thread (after its current pass) and run a last passive checkpoint. A
        database used again after ``dispose`` gets a new thread at its next write."""
        with self._lock:
            self._stopping = True
            thread = self._thread
        self._wake.set()
        try:
            if thread is not None and thread is not threading.current_thread():
                thread.join(timeout=30)
            if (
                self._wrote and self._wrote_index
            ):  # one step at least, however slow the machine, then until the deadline
                deadline = time.monotonic() + fts_merge.CLOSE_SECONDS
                first = iter((True,))
                self.merge(lambda: next(first, False) or time.monotonic() < deadline)
            self.checkpoint("PASSIVE")
        finally:
            with self._lock:
                self._stopping, self._thread, self._wrote, self._wrote_index = False, None, False, False
                self._wake.clear()


_INDEX_WRITE = re.compile(r"\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?search_(?:documents|fts)\b", re.IGNORECASE)


def install(engine: Engine, path: str) -> Checkpointer:
    """Checkpoint ``engine``'s WAL in the background, keeping SQLite's in-commit checkpoint
    only as a far-off safety net. Returns the checkpointer (its ``close`` belongs at dispose)."""
    checkpointer = Checkpointer(engine, f"{path}-wal")

    @event.listens_for(engine, "connect")
    def _checkpoint_settings(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA wal_autocheckpoint = {SAFETY_PAGES}")
        dbapi_connection.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
        # Before this process's first write, no merge work inside a write (fts_merge). A file
        # busy past the timeout keeps FTS5's defaults until a later connection or idle pass.
        try:
            fts_merge.configure(dbapi_connection)
        except Exception as exc:  # noqa: BLE001
            log.debug("full-text settings not stored: %s", exc)

    # Inserted before the dialect's own "begin" listener, which runs BEGIN IMMEDIATE and may wait
    # there for another writer: a process waiting to write is not idle, so it starts no merge step.
    @event.listens_for(engine, "begin", insert=True)
    def _before_write(conn) -> None:
        if conn.get_execution_options().get(dialect.WRITE_OPTION):
            checkpointer.writing()

    @event.listens_for(engine, "commit")
    def _after_commit(_conn) -> None:
        checkpointer.wrote()

    # The search documents' triggers write the full-text index (and FTS5's own commands name it).
    @event.listens_for(engine, "before_cursor_execute")
    def _index_write(_conn, _cursor, statement: str, _parameters, _context, _executemany) -> None:
        if "search_" in statement and _INDEX_WRITE.match(statement):
            checkpointer.wrote_index()

    return checkpointer
