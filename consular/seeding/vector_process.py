"""The synthetic generator's third process on PostgreSQL: search vectors made between the row
worker and the writer, and the pipes' read-ahead.

:func:`consular.seeding.synthetic._from_worker` chains ``python -m consular.seeding.synthetic
--synthetic-worker --search-texts`` (the rows), this module run as ``python -m
consular.seeding.vector_process`` (each batch's ``search_documents`` vectors, by
:class:`consular.db.pg_bulk.VectorMaker`) and the writer (``COPY``). Each item on the pipes is
one pickle:

- from the worker: ``(titles, bodies, batch)``, the batch already pickled (bytes), which this
  process passes on without reading it;
- from here: ``(vectors, batch)``;
- on both: ``None`` at the end, or a ``str`` (a traceback) when the worker failed.

A pipe holds far less than a batch, so a process writing one waits until the next reads it all.
:func:`read_ahead` lets each reader take the next items while it works on one, so that no stage
waits for the one after it to finish its batch.
"""

from __future__ import annotations

import gc
import pickle
import queue
import sys
import threading
import traceback
from collections.abc import Iterator
from typing import BinaryIO

from consular.db import pg_bulk

__all__ = ["READ_AHEAD", "read_ahead", "vectors_main"]

READ_AHEAD = 2  # items read and unpickled beyond the one being worked on

_END = object()


class _Broken:
    """What :func:`read_ahead`'s thread hands over when reading failed otherwise than at the end."""

    def __init__(self, error: BaseException):
        self.error = error


def read_ahead(stream: BinaryIO, depth: int = READ_AHEAD) -> Iterator:
    """The pickles of ``stream`` in order, unpickled by a thread up to ``depth`` ahead of the
    caller. Ends at the end of the stream; an error while reading is raised to the caller. When
    the caller stops early, the thread stops at its next item (or when the stream ends)."""
    items: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def read() -> None:
        while True:
            try:
                item = pickle.load(stream)
            except EOFError:
                item = _END
            except BaseException as exc:  # noqa: BLE001 - raised in the caller's thread
                item = _Broken(exc)
            while not stop.is_set():
                try:
                    items.put(item, timeout=0.2)
                    break
                except queue.Full:
                    continue
            if stop.is_set() or item is _END or isinstance(item, _Broken):
                return

    thread = threading.Thread(target=read, name="pipe read-ahead", daemon=True)
    thread.start()
    try:
        while True:
            item = items.get()
            if item is _END:
                return
            if isinstance(item, _Broken):
                raise item.error
            yield item
    finally:
        stop.set()


def vectors_main(source: BinaryIO, out: BinaryIO) -> int:
    """The vector process: the worker's items on ``source``, each batch's vectors with its bytes
    on ``out``; the end and the worker's failure passed on as they came. Exit code 1 when the
    worker's output stopped without either (the writer reports the exit codes)."""
    maker = pg_bulk.VectorMaker()
    for item in read_ahead(source):
        if isinstance(item, tuple):
            try:
                titles, bodies, batch = item
                item = maker.column(titles, bodies), batch
            except Exception:  # noqa: BLE001 - as the worker's failures: the writer raises it
                item = traceback.format_exc()
        pickle.dump(item, out, protocol=pickle.HIGHEST_PROTOCOL)
        if not isinstance(item, tuple):
            out.flush()
            return 0
    return 1


if __name__ == "__main__":
    # The process holds lists of bytes and strings: nothing for the cyclic collector to find.
    # (Here, not in vectors_main: a caller in another process keeps its collector.)
    gc.disable()
    sys.exit(vectors_main(sys.stdin.buffer, sys.stdout.buffer))
