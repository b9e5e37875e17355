"""Revision 0026: Home's and the case list's indexes at 100,000 cases.

The upgrade keeps the cases and the relatives' contact plans, and adds the indexes with the
columns the queries read from them alone: the active cases by (status, id), their planned
relatives with their ids, a supervisor's case ids, and the place sort. The case list sorted by
place, both directions, walks ``ix_cases_place`` (SQLite's own plan) and keeps its order."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.dialects import sqlite

from consular.db import migrate
from consular.repositories.cases import summary_statement
from consular.services import cases, dashboard
from consular.services.context import ServiceContext, actor_for
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import STAMP, down_revision, old_case_database

# (id, country, town) of the cases added to the old database; case 1 is BAM-2025-0001 (ML, no town).
PLACES = [(2, "NE", "Agadez"), (3, "ML", "Kidal"), (4, "ML", None), (5, "BF", "Djibo"), (6, "ML", "Gao")]


@pytest.fixture
def upgraded(tmp_path):
    database = old_case_database(tmp_path / "old.db", "0026")
    with database.engine.begin() as conn:
        for n, country, town in PLACES:
            conn.execute(
                text(
                    "INSERT INTO cases (id, reference, post_id, ref_year, ref_seq, title, kind, status, priority, "
                    "incident_at, incident_country, incident_town, timezone, attribution_level, classification, "
                    "lead_caseworker_id, supervisor_id, created_at, updated_at, version) VALUES "
                    f"({n}, 'BAM-2025-000{n}', 1, 2025, {n}, 'Case {n}', 'hostage_taking', 'active', 'high', "
                    f"{STAMP}, '{country}', :town, 'Africa/Bamako', 'unknown', 'restricted', 1, 2, "
                    f"{STAMP}, {STAMP}, 1)"
                ),
                {"town": town},
            )
        conn.execute(
            text(
                "INSERT INTO persons (id, full_name, created_at, updated_at) VALUES "
                f"(1, 'Ravi Kumar Verma', {STAMP}, {STAMP}), (2, 'Sunita Verma', {STAMP}, {STAMP})"
            )
        )
        conn.execute(
            text(
                "INSERT INTO counterparts (id, name, category, created_at) "
                f"VALUES (1, 'Sunita Verma', 'family', {STAMP})"
            )
        )
        conn.execute(
            text(
                "INSERT INTO family_liaisons (id, case_id, kin_person_id, hostage_person_id, counterpart_id, "
                "relationship_to_hostage, contact_every_days, created_at) "
                f"VALUES (1, 3, 2, 1, 1, 'wife', 7, {STAMP})"
            )
        )
    assert sqlite_rows(database.path, "SELECT version_num FROM alembic_version") == [(down_revision("0026"),)]
    with database.engine.begin() as conn:  # a file the app has opened has the planner's statistics
        conn.exec_driver_sql("ANALYZE")
    migrate.upgrade(database, "0026")
    yield database
    database.dispose()


def _columns(path, index: str) -> list[str]:
    return [row[2] for row in sqlite_rows(path, f"PRAGMA index_info('{index}')")]


def test_0026_adds_the_indexes_and_keeps_the_rows(upgraded):
    assert _columns(upgraded.path, "ix_cases_status_id") == ["status", "id"]
    assert _columns(upgraded.path, "ix_cases_place") == ["incident_country", "incident_town", "id"]
    assert _columns(upgraded.path, "ix_cases_supervisor_id_status") == ["supervisor_id", "status", "id"]
    assert _columns(upgraded.path, "ix_family_liaisons_case_id_plan_id") == [
        "case_id",
        "contact_every_days",
        "last_contact_at",
        "id",
    ]
    assert sqlite_rows(upgraded.path, "SELECT count(*) FROM cases") == [(6,)]
    analysed = {row[0] for row in sqlite_rows(upgraded.path, "SELECT idx FROM sqlite_stat1")}
    assert {"ix_cases_status_id", "ix_cases_place", "ix_family_liaisons_case_id_plan_id"} <= analysed
    assert sqlite_rows(upgraded.path, "SELECT id, case_id, contact_every_days FROM family_liaisons") == [(1, 3, 7)]


@pytest.mark.parametrize("descending", [False, True])
def test_0026_the_place_sort_walks_its_index(upgraded, descending):
    sql = str(
        summary_statement(None, sort="place", descending=descending, limit=200).compile(
            dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}
        )
    )
    conn = sqlite3.connect(upgraded.path)
    try:
        plan = "\n".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql))
    finally:
        conn.close()
    assert "ix_cases_place" in plan, plan


def test_0026_the_list_and_home_read_the_same_after_it(upgraded):
    migrate.upgrade(upgraded)
    ctx = ServiceContext(upgraded, actor_for(upgraded, "v.iyer"))
    places = {n: (country, town) for n, country, town in [(1, "ML", None), *PLACES]}
    ascending = sorted(places, key=lambda n: (places[n][0], places[n][1] is None, places[n][1] or "", n))
    descending = sorted(places, key=lambda n: (places[n][0], places[n][1] is not None, places[n][1] or "", n))[::-1]
    assert [r.id for r in cases.list_cases(ctx, sort="place", descending=False)] == ascending
    assert [r.id for r in cases.list_cases(ctx, sort="place", descending=True)] == descending
    # Pages of two, read one after another, are the whole list.
    pages = [cases.list_cases(ctx, sort="place", descending=True, offset=o, limit=2) for o in (0, 2, 4)]
    assert [r.id for page in pages for r in page] == descending
    board = dashboard.dashboard(ctx)
    assert board.family_total == 1 and board.family_overdue[0].reference == "BAM-2025-0003"
