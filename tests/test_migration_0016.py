"""Revision 0016 (linked cases, the supervisor index) upgrades a database holding cases and tasks."""

from __future__ import annotations

from sqlalchemy import text

from consular.db import migrate
from consular.services import case_links, escalation
from consular.services.context import ServiceContext, actor_for
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import STAMP, down_revision, old_case_database


def test_0016_upgrades_a_database_with_cases_and_an_overdue_task(tmp_path):
    database = old_case_database(tmp_path / "old.db", "0016")
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO cases (id, reference, post_id, ref_year, ref_seq, title, kind, status, priority, "
                "incident_at, incident_country, timezone, attribution_level, classification, lead_caseworker_id, "
                "supervisor_id, created_at, updated_at, version) VALUES (2, 'BAM-2025-0002', 1, 2025, 2, 'Kayes 2', "
                f"'hostage_taking', 'active', 'high', {STAMP}, 'ML', 'Africa/Bamako', "
                f"'unknown', 'restricted', 1, 2, {STAMP}, {STAMP}, 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO tasks (id, case_id, title, due_at, priority, status, created_at, created_by_id, version) "
                f"VALUES (1, 1, 'Call the family', {STAMP}, 'normal', 'open', {STAMP}, 1, 1)"
            )
        )
    assert sqlite_rows(database.path, "SELECT version_num FROM alembic_version") == [(down_revision("0016"),)]
    migrate.upgrade(database, "0016")
    assert sqlite_rows(database.path, "SELECT count(*) FROM case_links") == [(0,)]
    indexes = {row[1] for row in sqlite_rows(database.path, "PRAGMA index_list('cases')")}
    assert "ix_cases_supervisor_id_status" in indexes
    migrate.upgrade(database)

    supervisor = ServiceContext(database, actor_for(database, "v.iyer"))
    assert case_links.list_links(supervisor, "BAM-2025-0001") == []
    link = case_links.link_cases(supervisor, "BAM-2025-0001", "BAM-2025-0002", kind="same_incident")
    assert link.other_reference == "BAM-2025-0002"
    [task] = escalation.my_queue(supervisor).items
    assert task.text == "Call the family" and task.reference == "BAM-2025-0001"
    database.dispose()
