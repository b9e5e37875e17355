"""Revision 0023: the case list sorted by priority, status or title walks an index.

The upgrade keeps the cases and indexes them; the page query's ORDER BY is the indexed
expression itself (checked with the database's own plan: no sort of every case), and the
order is still the enums' own (low → critical, open → closed), not A–Z."""

from __future__ import annotations

import itertools
import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.dialects import sqlite

from consular.db import migrate
from consular.repositories.cases import summary_statement
from consular.services import cases
from consular.services.context import ServiceContext, actor_for
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import STAMP, down_revision, old_case_database

# (status, priority, title) of the cases added to the old database, ids 2..9.
ROWS = [
    ("closed", "low", "Tessalit"),
    ("open", "critical", "Gao"),
    ("resolved", "normal", "Mopti"),
    ("active", "critical", "Bandiagara"),
    ("open", "high", "Ansongo"),
    ("closed", "critical", "Kidal"),
    ("resolved", "low", "Douentza"),
    ("open", "normal", "Segou"),
]
PRIORITY = ["low", "normal", "high", "critical"]
STATUS = ["open", "active", "resolved", "closed"]


@pytest.fixture
def upgraded(tmp_path):
    database = old_case_database(tmp_path / "old.db", "0023")
    with database.engine.begin() as conn:
        for n, (status, priority, title) in enumerate(ROWS, start=2):
            conn.execute(
                text(
                    "INSERT INTO cases (id, reference, post_id, ref_year, ref_seq, title, kind, status, priority, "
                    "incident_at, incident_country, timezone, attribution_level, classification, "
                    "lead_caseworker_id, supervisor_id, created_at, updated_at, version) VALUES "
                    f"({n}, 'BAM-2025-000{n}', 1, 2025, {n}, '{title}', 'hostage_taking', '{status}', '{priority}', "
                    f"{STAMP}, 'ML', 'Africa/Bamako', 'unknown', 'restricted', 1, 2, {STAMP}, {STAMP}, 1)"
                )
            )
    assert sqlite_rows(database.path, "SELECT version_num FROM alembic_version") == [(down_revision("0023"),)]
    migrate.upgrade(database, "0023")
    yield database
    database.dispose()


def _page_plan(path, sort: str, descending: bool) -> str:
    sql = str(
        summary_statement(None, sort=sort, descending=descending, limit=200).compile(
            dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}
        )
    )
    conn = sqlite3.connect(path)
    try:
        return "\n".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql))
    finally:
        conn.close()


def test_0023_indexes_the_cases_and_keeps_them(upgraded):
    indexes = {row[1] for row in sqlite_rows(upgraded.path, "PRAGMA index_list('cases')")}
    assert {"ix_cases_priority_rank", "ix_cases_status_rank", "ix_cases_title_id"} <= indexes
    assert sqlite_rows(upgraded.path, "SELECT count(*) FROM cases") == [(9,)]


@pytest.mark.parametrize(
    ("sort", "index"),
    [("priority", "ix_cases_priority_rank"), ("status", "ix_cases_status_rank"), ("title", "ix_cases_title_id")],
)
@pytest.mark.parametrize("descending", [False, True])
def test_0023_the_first_page_walks_the_index(upgraded, sort, index, descending):
    plan = _page_plan(upgraded.path, sort, descending)
    page_part = plan.split("SCAN page")[0]  # the inner query: picks the page's ids
    assert index in page_part, plan
    assert "TEMP B-TREE" not in page_part, plan  # no sort of every case


def test_0023_the_list_keeps_the_enums_order(upgraded):
    migrate.upgrade(upgraded)
    ctx = ServiceContext(upgraded, actor_for(upgraded, "v.iyer"))
    for sort, order in (("priority", PRIORITY), ("status", STATUS)):
        for descending in (False, True):
            rows = cases.list_cases(ctx, sort=sort, descending=descending, limit=3)
            everyone = cases.list_cases(ctx, sort=sort, descending=descending, limit=100)
            ranks = [order.index(getattr(r, sort).value) for r in everyone]
            assert ranks == sorted(ranks, reverse=descending)
            ids = [r.id for r in everyone]
            # Ties by id, in the sort's direction; the first page is the head of the whole list.
            for a, b in itertools.pairwise(everyone):
                if getattr(a, sort) == getattr(b, sort):
                    assert (a.id > b.id) if descending else (a.id < b.id)
            assert [r.id for r in rows] == ids[:3]
            second = cases.list_cases(ctx, sort=sort, descending=descending, offset=3, limit=3)
            assert [r.id for r in second] == ids[3:6]
