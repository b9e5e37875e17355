"""The full-text index of a bulk load (SQLite), built beside the database while the rows load.

The synthetic generator drops the ``search_documents`` triggers for a big load
(:func:`consular.db.dialect.deferred_indexes`) and used to rebuild the index inside the database
afterwards. That rebuild ran after the load, on one core, in the database's own journal (every
index page written to the WAL and again to the file, deleted pages zeroed by ``secure_delete``),
and FTS5's merges re-read their input pages from the file whenever the page cache was smaller
than a merge (the long case's very long word lists): at 100,000 cases it was most of the time.

Here a second process (``python -m consular.seeding.search_build``) builds the index while the
load runs: each time the load commits, the writer tells it the highest committed document id,
and it reads those documents back (committed rows only, through its own read-only connection)
and adds them to a contentless FTS5 table of the same definition in a throwaway file beside the
database: no journal, no fsync, one transaction, a write buffer of :data:`HASHSIZE` and no merges,
so the index is written once, in a few big segments, and never re-read. Between rows made by
the worker process and the writer's inserts, it uses the CPU time the writer leaves. When the
load is over, the writer copies the finished index's shadow tables (``search_fts_data``,
``_idx``, ``_docsize``; the table's configuration stays the database's) into the database
(:func:`copy_index`). FTS5's records do not depend on where the text is kept, so the index is
the one FTS5's ``rebuild`` makes of the same documents, in fewer segments (tests compare them:
``integrity-check`` and the same matches).

Only for a plaintext file: the throwaway file holds the index in clear (an encrypted database
keeps the rebuild, inside its own encrypted file). This module imports only the standard
library, so the child process starts in a few milliseconds.
"""

from __future__ import annotations

import contextlib
import glob
import json
import logging
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

CHILD_FLAG = "--search-index-child"
# FTS5's write buffer in the throwaway table (bytes of pending terms before a segment is
# written; FTS5's default is 1 MiB). At 10,000 cases the whole index fits in one segment; at
# 100,000 cases (4.24 million documents) in three, so no level holds enough segments to start a
# merge later (FTS5's ``usermerge`` is 4) and the app's idle merging finds nothing to do. With
# 1 GiB a segment held 1.2 million documents: four at 100,000 cases, one too many. The process
# holds about this much memory more (about 2 GB in all at 100,000 cases). A bigger buffer costs
# a little more per document (the pending terms outgrow the processor's caches: 2.0 s of CPU
# per 100,000 documents just after a segment is written, 3.9 s before the next).
HASHSIZE = 1536 * 1024 * 1024
# No merge while building: every segment is written once. A level of FTS5's structure holds
# segments of about the same size; if a very big load leaves MERGE_FROM or more on a level, they
# are merged once at the end (in the throwaway file, where a merge costs a third of what it does
# in the database).
MERGE_FROM = 4
_NO_CRISIS = 1_000_000
DOCUMENTS_PER_READ = 20_000
# Rows of search_fts_data (FTS5 pages of about 4 KB) copied per transaction into the database:
# its WAL stays about this size, checkpointed between transactions.
COPY_PAGES = 32_768
_STRUCTURE_ROWID = 10  # FTS5's structure record; 1 is the averages record, segments start at 2**37
log = logging.getLogger(__name__)
_EXTERNAL_CONTENT = re.compile(r"content\s*=\s*'search_documents'\s*,\s*content_rowid\s*=\s*'id'")


class BuildFailed(RuntimeError):
    """The side build did not finish (the caller rebuilds the index the old way)."""


class SideBuild:
    """The child process building the index of ``database_path``'s documents, and its file.

    The file is named after the generator's process id (``.<database name>.search-<pid>-<random letters>.tmp``), so that
    one left behind by a generator killed outright (``kill -9``, a power cut) is recognised and
    deleted by the next load beside the same database (:func:`remove_orphans`); a child whose
    writer vanished during the load deletes its own."""

    def __init__(self, database_path: Path):
        remove_orphans(database_path)
        fd, scratch = tempfile.mkstemp(
            prefix=f".{database_path.name}.search-{os.getpid()}-", suffix=".tmp", dir=database_path.parent
        )
        os.close(fd)
        self.scratch = Path(scratch)
        self.failed: str | None = None
        self.report: dict = {}
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "consular.seeding.search_build",
                CHILD_FLAG,
                str(database_path),
                scratch,
                str(HASHSIZE),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def committed(self, high_id: int) -> None:
        """Documents up to ``high_id`` are committed: the child may index them."""
        if self.failed is None:
            try:
                self._process.stdin.write(f"{int(high_id)}\n")
                self._process.stdin.flush()
            except OSError as exc:  # the child is gone; finish() says why
                self.failed = f"could not reach the index process: {exc}"

    def finish(self, high_id: int) -> dict:
        """Index up to ``high_id`` (every document there is now), wait for the child to write the
        file out, and return its report. Raises :class:`BuildFailed`."""
        self.committed(high_id)
        if self.failed is None:
            with contextlib.suppress(OSError):
                self._process.stdin.write("end\n")
                self._process.stdin.close()
        out = self._process.stdout.read()
        code = self._process.wait()
        lines = out.strip().splitlines()
        report = json.loads(lines[-1]) if code == 0 and lines else {"error": out or f"exit code {code}"}
        if "error" in report:
            raise BuildFailed(report["error"])
        if report["indexed_to"] != high_id:
            raise BuildFailed(f"indexed up to document {report['indexed_to']}, not {high_id}")
        self.report = report
        return report

    def close(self) -> None:
        """Stop the child if it still runs and delete the throwaway file."""
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        for stream in (self._process.stdin, self._process.stdout):
            with contextlib.suppress(OSError):
                stream.close()
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{self.scratch}{suffix}")


def _owner_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def remove_orphans(database_path: Path) -> list[Path]:
    """Delete the side files (and their journals) beside ``database_path`` whose generator is no
    longer running; returns them. A file whose process id is alive is kept (it may be another
    generator's, at work)."""
    pattern = re.compile(re.escape(f".{database_path.name}.search-") + r"(\d+)-[^/]*\.tmp(?:-journal|-wal|-shm)?")
    removed = []
    for path in database_path.parent.glob(f".{glob.escape(database_path.name)}.search-*.tmp*"):
        match = pattern.fullmatch(path.name)
        if match is None or _owner_alive(int(match.group(1))):
            continue
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    if removed:
        log.warning("removed %d full-text side file(s) left by a generator that was killed", len(removed))
    return removed


def copy_index(dbapi_connection, scratch: Path) -> None:
    """Replace the database's full-text index (``dbapi_connection``: a connection of its own,
    in autocommit mode, whose FTS5 table is not used afterwards) with the one built in
    ``scratch``.

    In transactions of :data:`COPY_PAGES` pages with a passive checkpoint between them, so the
    WAL stays small. The structure record, which says which segments the index has, is written
    in the last one; before it the old index's rows are gone and the new ones not yet named.
    The connection must be closed (not returned to a pool) afterwards: FTS5 keeps the structure
    it last read, and other connections notice only another connection's commits."""
    execute = dbapi_connection.execute
    execute("ATTACH DATABASE ? AS side_build", (str(scratch),))
    try:

        def write(*statements: tuple[str, tuple]) -> None:
            execute("BEGIN IMMEDIATE")
            try:
                for sql, params in statements:
                    execute(sql, params)
                execute("COMMIT")
            except BaseException:
                execute("ROLLBACK")
                raise
            execute("PRAGMA main.wal_checkpoint(PASSIVE)")

        write(
            ("DELETE FROM main.search_fts_data", ()),
            ("DELETE FROM main.search_fts_idx", ()),
            ("DELETE FROM main.search_fts_docsize", ()),
        )
        write(("INSERT INTO main.search_fts_docsize SELECT id, sz FROM side_build.search_fts_docsize ORDER BY id", ()))
        write(("INSERT INTO main.search_fts_idx SELECT segid, term, pgno FROM side_build.search_fts_idx", ()))
        low = _STRUCTURE_ROWID
        while True:
            row = execute(
                "SELECT id FROM side_build.search_fts_data WHERE id > ? ORDER BY id LIMIT 1 OFFSET ?",
                (low, COPY_PAGES),
            ).fetchone()
            high = row[0] if row else None
            insert = "INSERT INTO main.search_fts_data SELECT id, block FROM side_build.search_fts_data WHERE id > ?"
            if high is None:
                write((insert + " ORDER BY id", (low,)))
                break
            write((insert + " AND id < ? ORDER BY id", (low, high)))
            low = high - 1
        insert = "INSERT INTO main.search_fts_data SELECT id, block FROM side_build.search_fts_data"
        write((insert + " WHERE id <= ? ORDER BY id", (_STRUCTURE_ROWID,)))
    finally:
        execute("DETACH DATABASE side_build")


# --- the child process ---------------------------------------------------------------------


def _child_main(database_path: str, scratch: str, hashsize: str) -> int:
    """Index the documents the writer says are committed (one id per line on stdin, then
    ``end``) into ``scratch``; print a JSON report (or ``{"error": ...}``) as the last line."""
    started_wall, started_cpu = time.perf_counter(), time.process_time()
    try:
        report = _build(database_path, scratch, int(hashsize), sys.stdin)
    except Exception:  # noqa: BLE001 - the writer reads it and rebuilds the index the old way
        report = {"error": traceback.format_exc()}
        # The writer deletes the file when it closes; if it is gone (killed mid-load: no "end"
        # came), nobody else will.
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(f"{scratch}{suffix}")
    report["seconds"] = round(time.perf_counter() - started_wall, 3)
    report["cpu_seconds"] = round(time.process_time() - started_cpu, 3)
    try:
        sys.stdout.write(json.dumps(report) + "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # the writer is gone (killed): nobody to tell
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 1
    return 0


def _build(database_path: str, scratch: str, hashsize: int, messages) -> dict:
    source = sqlite3.connect(database_path, isolation_level=None, timeout=60)
    source.execute("PRAGMA query_only = ON")
    definition = source.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'search_fts'").fetchone()
    contentless, replaced = _EXTERNAL_CONTENT.subn("content=''", definition[0] if definition else "")
    if replaced != 1:
        raise BuildFailed(f"unexpected full-text table: {definition}")
    out = sqlite3.connect(scratch, isolation_level=None)
    out.execute("PRAGMA journal_mode = OFF")  # a throwaway file: nothing to roll back to
    out.execute("PRAGMA synchronous = OFF")
    out.execute(contentless)
    for key, value in (("hashsize", hashsize), ("automerge", 0), ("crisismerge", _NO_CRISIS)):
        out.execute("INSERT INTO search_fts(search_fts, rank) VALUES (?, ?)", (key, value))
    # One transaction for the whole build: FTS5 writes a segment at each commit (and whenever its
    # buffer is full), so committing per batch would make hundreds of small segments to merge.
    out.execute("BEGIN")
    indexed, documents = 0, 0
    select = "SELECT id, title, body FROM search_documents WHERE id > ? AND id <= ? ORDER BY id LIMIT ?"
    insert = "INSERT INTO search_fts(rowid, title, body) VALUES (?, ?, ?)"
    for line in messages:
        if line.strip() == "end":
            break
        high = int(line)
        while indexed < high:
            rows = source.execute(select, (indexed, high, DOCUMENTS_PER_READ)).fetchall()
            if not rows:
                indexed = high
                break
            # Single-row INSERTs in one executemany: a multi-row statement would make FTS5 write
            # out its buffer at every statement.
            out.executemany(insert, rows)
            indexed, documents = rows[-1][0], documents + len(rows)
    else:
        raise BuildFailed("the writer stopped without saying the load was over")
    source.close()
    merged = _merge_crowded_levels(out)
    out.execute("COMMIT")
    segments = out.execute("SELECT count(DISTINCT segid) FROM search_fts_idx").fetchone()[0]
    out.close()
    return {"indexed_to": indexed, "documents": documents, "segments": segments, "merged": merged}


def _merge_crowded_levels(out) -> bool:
    """Merge the levels that hold :data:`MERGE_FROM` segments or more (a load bigger than the
    write buffer holds several times over), so the app's idle merging (``usermerge`` 4) finds
    nothing to start. Returns whether it merged."""
    levels = _level_sizes(out.execute("SELECT block FROM search_fts_data WHERE id = ?", (_STRUCTURE_ROWID,)).fetchone())
    if max(levels, default=0) < MERGE_FROM:
        return False
    out.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('usermerge', ?)", (MERGE_FROM,))
    out.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('merge', ?)", (1_000_000_000,))
    return True


def _level_sizes(row) -> list[int]:
    """Segments per level of an FTS5 structure record (4-byte cookie, then varints: levels,
    segments, write counter; per level: segments being merged, segments, and per segment its
    id and first and last page)."""
    if row is None:
        return []
    block, position = row[0], 4
    values: list[int] = []

    def varint() -> int:
        nonlocal position
        value = 0
        for index in range(9):
            byte = block[position]
            position += 1
            if index == 8:
                return (value << 8) | byte
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                return value
        return value

    levels, _segments, _writes = varint(), varint(), varint()
    for _ in range(levels):
        _merging, count = varint(), varint()
        for _ in range(3 * count):
            varint()
        values.append(count)
    return values


if __name__ == "__main__" and sys.argv[1:2] == [CHILD_FLAG]:
    sys.exit(_child_main(*sys.argv[2:5]))
