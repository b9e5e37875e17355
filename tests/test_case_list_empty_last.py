"""The case list sorted newest first by a column that can be empty (last contact, next task
due) reads its page from two index ranges (filled values, then empty ones): every page, with
or without a filter, holds the cases that ordering the whole table would put there, on SQLite
and PostgreSQL. The expected order is worked out here from the rows read independently."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select, update

from consular.db.engine import open_database
from consular.db.migrate import ensure_schema
from consular.db.models import Case
from consular.domain.enums import CaseStatus
from consular.domain.filters import CaseFilter
from consular.repositories import cases as repo
from consular.seeding.synthetic import generate
from consular.services import accounts
from tests.fixtures_db import TEST_PASSWORD, checkpoint_and_close, sqlite_rows

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
KEYS = ("last_contact_at", "next_task_due")


def seed(database, cases: int) -> None:
    ensure_schema(database)
    accounts.init_database(database, "bench", TEST_PASSWORD)
    generate(database, cases=cases, seed=5, username="bench", progress=False, batch_size=32, now=NOW)
    with database.session(write=True) as session:  # some cases never contacted: both ranges have rows
        ids = list(session.scalars(select(Case.id).order_by(Case.id)))
        session.execute(update(Case).where(Case.id.in_(ids[::9])).values(last_contact_at=None))


@pytest.fixture(scope="module")
def synthetic_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("empty-last") / "synthetic.db"
    database = open_database(path)
    seed(database, 90)
    checkpoint_and_close(database)
    return path


def expected_ids(rows, key_index: int, status: str | None) -> list[int]:
    """(id, status, last_contact_at, next_task_due) rows in ``key DESC NULLS LAST, id DESC``."""
    chosen = [r for r in rows if status is None or r[1] == status]
    filled = sorted((r for r in chosen if r[key_index] is not None), key=lambda r: (r[key_index], r[0]), reverse=True)
    empty = sorted((r for r in chosen if r[key_index] is None), key=lambda r: r[0], reverse=True)
    return [r[0] for r in filled + empty]


def paged_ids(database, sort: str, flt, size: int, total: int) -> list[int]:
    ids = []
    with database.session() as session:
        for offset in range(0, total + size, size):
            ids += [row.id for row in repo.summary_rows(session, flt, sort=sort, offset=offset, limit=size)]
    return ids


def check_every_page(database, rows) -> None:
    for key_index, sort in enumerate(KEYS, start=2):
        for status in (None, CaseStatus.ACTIVE.value):
            expected = expected_ids(rows, key_index, status)
            assert any(rows[i][key_index] is None for i in range(len(rows)))
            assert any(rows[i][key_index] is not None for i in range(len(rows)))
            flt = CaseFilter(statuses=[CaseStatus(status)]) if status else None
            for size in (7, 200):
                assert paged_ids(database, sort, flt, size, len(rows)) == expected, (sort, status, size)


def test_every_page_on_sqlite(synthetic_path):
    rows = sqlite_rows(synthetic_path, "SELECT id, status, last_contact_at, next_task_due FROM cases")
    database = open_database(synthetic_path)
    try:
        check_every_page(database, rows)
    finally:
        database.dispose()


@pytest.mark.postgres
def test_every_page_on_postgresql(pg_url):
    import psycopg

    database = open_database(pg_url)
    try:
        seed(database, 40)
        with psycopg.connect(pg_url.replace("postgresql+psycopg://", "postgresql://")) as conn:
            rows = conn.execute("SELECT id, status, last_contact_at, next_task_due FROM cases").fetchall()
        check_every_page(database, rows)
    finally:
        database.dispose()
