"""Revision 0021 (a covering index on contacts for the reports) upgrades a database with
contacts in it: they stay as they were, the index exists, and a period's contacts by month
and channel are then read from the index alone (SQLite's plan says COVERING INDEX)."""

from __future__ import annotations

from sqlalchemy import text

from consular.db import migrate
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import STAMP, old_case_database

INDEX = "ix_contact_entries_occurred_at_voided_at_channel_case_id"


def test_0021_indexes_contacts_for_the_reports(tmp_path):
    database = old_case_database(tmp_path / "old.db", "0021")
    with database.engine.begin() as conn:
        for cid, channel in ((1, "phone"), (2, "email")):
            conn.execute(
                text(
                    "INSERT INTO contact_entries (id, case_id, occurred_at, channel, direction, subject, "
                    "follow_up_needed, restricted, recorded_at, recorded_by_id, updated_at, revision) "
                    f"VALUES (:id, 1, {STAMP}, :channel, 'incoming', 'Call', 0, 0, {STAMP}, 1, {STAMP}, 1)"
                ),
                {"id": cid, "channel": channel},
            )
    path = database.path
    assert sqlite_rows(path, f"SELECT count(*) FROM sqlite_master WHERE name = '{INDEX}'") == [(0,)]
    migrate.upgrade(database, "0021")
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [("0021",)]
    assert sqlite_rows(path, f"SELECT count(*) FROM sqlite_master WHERE name = '{INDEX}'") == [(1,)]
    assert sqlite_rows(path, "SELECT id, channel FROM contact_entries ORDER BY id") == [(1, "phone"), (2, "email")]
    query = (
        "SELECT strftime('%Y-%m', occurred_at), channel, count(*) FROM contact_entries "
        "WHERE occurred_at >= '2025-01-01' AND occurred_at < '2026-01-01' AND voided_at IS NULL GROUP BY 1, 2"
    )
    plan = " ".join(str(r[-1]) for r in sqlite_rows(path, "EXPLAIN QUERY PLAN " + query))
    assert f"COVERING INDEX {INDEX}" in plan
    assert sorted(sqlite_rows(path, query)) == [("2025-07", "email", 1), ("2025-07", "phone", 1)]
    database.dispose()
