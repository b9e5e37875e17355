"""Giving memory back to the system after a big load or a burst of imports.

Building a long case's timeline in a worker thread allocates and frees tens of megabytes
(rows, texts, intermediate strings). glibc keeps what was freed for later allocations, so the
process stays that much bigger although Python holds none of it: after the 20,000-event case
about 10 MB (bench_gui, 10,000 cases). ``malloc_trim`` returns the free pages (the tops of
the heaps and, since glibc 2.8, whole free pages inside them). See also
:func:`consular.gui.app.limit_malloc_arenas`, which keeps the worker threads' arenas few.

Python's line cache is emptied first. PySide6 asks, at each ``from __future__ import ...`` of
every module imported after it (consular's and its libraries', about 700 of them), whether that
module uses PySide6, by reading its whole source through ``inspect.getsource``: every line of
every imported file then stays in :mod:`linecache` (about 24 MB of Python strings by the time a
case is open). Nothing of ours reads that cache; a traceback reads its few lines again.
"""

from __future__ import annotations

import linecache
import sys

_TRIM = None


def drop_source_lines() -> None:
    """Forget the source lines PySide6's import hook read (see the module's docstring)."""
    linecache.clearcache()


def release_free_memory() -> bool:
    """Forget the cached source lines, then return the C heap's free pages to the system
    (Linux, glibc); True when it could.

    A few milliseconds for a 250 MB process: call it after a big load, not in a loop."""
    global _TRIM
    drop_source_lines()
    if not sys.platform.startswith("linux"):
        return False
    if _TRIM is None:
        try:
            import ctypes

            _TRIM = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):  # musl and other C libraries have no malloc_trim
            _TRIM = False
    if not _TRIM:
        return False
    _TRIM(0)
    return True
