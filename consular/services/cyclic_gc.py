"""Requests that run without Python's cyclic garbage collector.

A request (the case list's search, say) makes thousands of short-lived objects: rows, ids,
candidates. Each time the collector runs during it, the objects still in use are moved up a
generation, and once enough have been moved up the next collection walks every object the
program holds (the modules, the ORM's caches, the GUI): 45-65 ms of CPU at 100,000 cases in the
search benchmark, where the case list's whole filter takes 10-50. Run without the collector, the
request's objects are freed by their reference counts when it ends and are never moved up, so
those full collections come far less often, and never inside a request. Garbage with reference
cycles made meanwhile (by any thread) is collected once the collector runs again.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_depth = 0  # requests running now, in any thread
_was_enabled = False  # the collector's state before the first of them


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The block runs with the cyclic collector off; it is on again (if it was on before) once
    no block is running, whichever thread's ends last, after a collection of the youngest
    generation (well under a millisecond)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
                # The collection put off meanwhile, of the youngest objects only: what is left
                # of the request's is few, and those survivors are not moved up far enough to
                # bring on a full collection here, at the end of the request.
                gc.collect(0)
