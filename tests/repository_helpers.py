"""For the tests/test_repositories_*.py files (loaded as a plugin by tests/conftest.py): a
session on the demo database, and the same file read with plain sqlite3 as an independent
oracle for what the queries return."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest


@pytest.fixture
def demo_session(demo_db):
    with demo_db.session() as s:
        yield s


@pytest.fixture
def oracle(demo_db):
    conn = sqlite3.connect(demo_db.path)
    yield conn
    conn.close()


def case_id(oracle, reference: str) -> int:
    return oracle.execute("SELECT id FROM cases WHERE reference = ?", (reference,)).fetchone()[0]


def stored_utc(text: str) -> datetime:
    """A DATETIME column as SQLite holds it (naive UTC text), as an aware datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)
