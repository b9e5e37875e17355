"""A PostgreSQL bulk load's full-text (GIN) index, built on a second connection beside the
steps that follow the load.

After the synthetic generator's load (:mod:`consular.seeding.synthetic`) the server builds the
other indexes, adds the foreign keys back, and the generator works out the match
keys: one backend at a time, each busy on one core. The GIN index over ``search_documents``'
vectors is the biggest of those steps (79 s of 166 at 100,000 cases) and one backend's work, so
it is built beside them, on a second core, by a thread that waits on its own connection.

Locks: ``CREATE INDEX`` takes a SHARE lock on ``search_documents`` until it commits. The other
indexes on that table take the same lock (they do not conflict), nothing else the generator does
meanwhile writes that table, and adding its foreign keys (which would wait for the build) is
left to :meth:`GinBuild.finish`, after the build and the steps beside it. The build's thread
then takes the table's statistics (``ANALYZE``, 7 of 12 s at 10,000 cases), while the generator
takes the other tables'.
"""

from __future__ import annotations

import logging
import threading
import time

from consular.db import dialect
from consular.db.engine import Database

log = logging.getLogger(__name__)

__all__ = ["GIN_BUILD_MEMORY", "GIN_TABLE", "GinBuild", "GinBuildFailed"]

GIN_TABLE = "search_documents"
GIN_BUILD_MEMORY = "16MB"  # maintenance_work_mem for the GIN build (see GinBuild._build)


class GinBuildFailed(RuntimeError):
    """The full-text index could not be built beside the load's other steps."""


class GinBuild:
    """Builds the statements handed to :meth:`start` (``deferred_indexes``' ``search_beside``)
    in a thread, with ``maintenance_work_mem`` at :data:`GIN_BUILD_MEMORY`; :meth:`finish` waits
    for it and adds ``search_documents``' foreign keys."""

    def __init__(self, database: Database):
        self.database = database
        self.keys: list[str] = []
        self.seconds = 0.0  # the build's own wall time
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    def start(self, index_statements: list[str], key_statements: list[str]) -> None:
        self.keys = list(key_statements)
        self._thread = threading.Thread(target=self._build, args=(list(index_statements),), name="GIN index build")
        self._thread.start()

    def _build(self, statements: list[str]) -> None:
        started = time.perf_counter()
        try:
            # Its own session's settings (no wait for the WAL flush at commit), but a small
            # maintenance_work_mem of its own: a GIN build gathers each word's rows in memory
            # until that is full, and a smaller store is searched and grown in the processor's
            # caches. At 100,000 cases: 83 s with 1 GB, 71 with 128 MB, 59 with 16 MB or 4 MB;
            # the index the same size (384 MB).
            with self.database.engine.connect() as conn, dialect.bulk_load_settings(conn), conn.begin():
                conn.exec_driver_sql(f"SET LOCAL maintenance_work_mem = '{GIN_BUILD_MEMORY}'")
                for statement in statements:
                    conn.exec_driver_sql(statement)
            # Its statistics too, while the other thread takes the other tables'. (A SHARE UPDATE
            # EXCLUSIVE lock: it waits for the other indexes on the table to be committed.)
            with self.database.engine.begin() as conn:
                conn.exec_driver_sql(f"ANALYZE {GIN_TABLE}")
        except BaseException as exc:  # noqa: BLE001 - handed to the thread that waits for it
            self._error = exc
        self.seconds = time.perf_counter() - started

    def wait(self) -> None:
        """Wait for the build; raise :class:`GinBuildFailed` if it failed."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._error is not None:
            error, self._error = self._error, None
            raise GinBuildFailed(f"building the full-text index failed: {error}") from error

    def finish(self, conn) -> None:
        """Wait for the build, then add ``search_documents``' foreign keys on ``conn`` (outside a
        transaction): they are checked now, in one query each."""
        self.wait()
        with conn.begin():
            for statement in self.keys:
                conn.exec_driver_sql(statement)
        self.keys = []

    def close(self) -> None:
        """On the way out after a failure elsewhere: wait for the build (no statement runs on
        after the generator returned) and add the keys as the load's other indexes were; log an
        error of its own rather than hide the first."""
        try:
            self.wait()
            if self.keys:
                with self.database.engine.connect() as conn:
                    self.finish(conn)
        except Exception as exc:  # noqa: BLE001 - the first error is the one raised
            log.error("after a failed load, the full-text index or its foreign keys: %s", exc)
