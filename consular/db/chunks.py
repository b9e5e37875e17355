"""Values for an ``IN (...)`` list, a statement's worth at a time.

SQLite refuses a statement with more bound parameters than ``SQLITE_MAX_VARIABLE_NUMBER``
(999 before 3.32, 32,766 since) and PostgreSQL's protocol stops at 65,535; a long ``IN`` list
also makes a slow plan. Code that looks records up by a list of ids of any length asks in
slices of :data:`IN_LIST_SIZE`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

IN_LIST_SIZE = 500


def chunks(items: Sequence[T], size: int = IN_LIST_SIZE) -> Iterator[Sequence[T]]:
    """``items`` in consecutive slices of at most ``size`` (none for an empty sequence)."""
    if size < 1:
        raise ValueError("size must be at least 1")
    for start in range(0, len(items), size):
        yield items[start : start + size]
