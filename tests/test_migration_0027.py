"""Revision 0027: ``case_status_counts`` is filled from the cases already there, and its
triggers keep it from then on (a case added, one changing status, one deleted); the relatives'
``plan_due_at`` and ``plan_due_active`` are filled from their plans, last contacts and cases' statuses."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from consular.db import migrate
from consular.domain.enums import CaseStatus
from consular.services import dashboard
from consular.services.context import ServiceContext, actor_for
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import STAMP, down_revision, old_case_database

# (id, status) of the cases added to the old database; case 1 is BAM-2025-0001, active.
STATUSES = [(2, "active"), (3, "closed"), (4, "closed"), (5, "open"), (6, "closed")]
LIAISONS = [
    (1, 1, 7, "2025-07-01 07:00:00.250000"),
    (2, 2, 3, None),
    (3, 3, 7, "2025-07-01 07:00:00.000000"),
    (4, 5, None, "2025-07-01 07:00:00.000000"),
]


def _insert_case(conn, n: int, status: str) -> None:
    conn.execute(
        text(
            "INSERT INTO cases (id, reference, post_id, ref_year, ref_seq, title, kind, status, priority, "
            "incident_at, incident_country, timezone, attribution_level, classification, "
            "lead_caseworker_id, supervisor_id, created_at, updated_at, version) VALUES "
            f"({n}, 'BAM-2025-{n:04d}', 1, 2025, {n}, 'Case {n}', 'hostage_taking', :status, 'high', "
            f"{STAMP}, 'ML', 'Africa/Bamako', 'unknown', 'restricted', 1, 2, {STAMP}, {STAMP}, 1)"
        ),
        {"status": status},
    )


@pytest.fixture
def upgraded(tmp_path):
    database = old_case_database(tmp_path / "old.db", "0027")
    with database.engine.begin() as conn:
        for n, status in STATUSES:
            _insert_case(conn, n, status)
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
        # (id, case, every days, last contact): active and contacted; active, never contacted;
        # a closed case's; no plan.
        for liaison_id, case_id, every, last in LIAISONS:
            conn.execute(
                text(
                    "INSERT INTO family_liaisons (id, case_id, kin_person_id, hostage_person_id, counterpart_id, "
                    "relationship_to_hostage, contact_every_days, last_contact_at, created_at) "
                    f"VALUES (:id, :case_id, 2, 1, 1, 'wife', :every, :last, {STAMP})"
                ),
                {"id": liaison_id, "case_id": case_id, "every": every, "last": last},
            )
    assert sqlite_rows(database.path, "SELECT version_num FROM alembic_version") == [(down_revision("0027"),)]
    migrate.upgrade(database, "0027")
    yield database
    database.dispose()


def _kept(path) -> dict[str, int]:
    return dict(sqlite_rows(path, "SELECT status, cases FROM case_status_counts WHERE cases > 0"))


def test_0027_fills_the_counts_and_keeps_them(upgraded):
    assert sqlite_rows(upgraded.path, "SELECT version_num FROM alembic_version") == [("0027",)]
    assert sqlite_rows(upgraded.path, "SELECT count(*) FROM cases") == [(6,)]
    assert _kept(upgraded.path) == {"active": 2, "closed": 3, "open": 1}
    ctx = ServiceContext(upgraded, actor_for(upgraded, "v.iyer"))
    assert dashboard.dashboard(ctx).cases_by_status == {
        CaseStatus.OPEN: 1,
        CaseStatus.ACTIVE: 2,
        CaseStatus.RESOLVED: 0,
        CaseStatus.CLOSED: 3,
    }
    with upgraded.engine.begin() as conn:
        _insert_case(conn, 7, "resolved")
        conn.execute(text("UPDATE cases SET status = 'active' WHERE id = 5"))
        conn.execute(text("DELETE FROM cases WHERE id = 6"))
    assert _kept(upgraded.path) == {"active": 3, "closed": 2, "resolved": 1}


def test_0027_fills_the_relatives_due(upgraded):
    assert sqlite_rows(upgraded.path, "SELECT id, plan_due_at, plan_due_active FROM family_liaisons ORDER BY id") == [
        (1, "2025-07-08 07:00:00.250000", 1),
        (2, None, 1),
        (3, "2025-07-08 07:00:00.000000", 0),
        (4, None, 0),
    ]
    with upgraded.engine.begin() as conn:  # kept from now on: the closed case reopens
        conn.execute(text("UPDATE cases SET status = 'active' WHERE id = 3"))
    assert sqlite_rows(upgraded.path, "SELECT plan_due_active FROM family_liaisons WHERE id = 3") == [(1,)]


def test_0027_downgrade_removes_the_table_and_its_triggers(upgraded):
    with upgraded.engine.begin() as conn:
        config = migrate.alembic_config(upgraded)
        config.attributes["connection"] = conn
        command.downgrade(config, down_revision("0027"))
    assert sqlite_rows(upgraded.path, "SELECT version_num FROM alembic_version") == [(down_revision("0027"),)]
    assert sqlite_rows(upgraded.path, "SELECT name FROM sqlite_master WHERE name LIKE 'case_status_counts%'") == []
    assert (
        sqlite_rows(
            upgraded.path,
            "SELECT name FROM sqlite_master WHERE name IN ('family_liaisons_due_ai', 'family_liaisons_due_au', "
            "'cases_due_active_au', 'ix_family_liaisons_due', 'ix_family_liaisons_due_last')",
        )
        == []
    )
    columns = [row[1] for row in sqlite_rows(upgraded.path, "PRAGMA table_info(family_liaisons)")]
    assert "last_contact_at" in columns and "plan_due_at" not in columns and "plan_due_active" not in columns
    with upgraded.engine.begin() as conn:  # the cases are still writable without the triggers
        _insert_case(conn, 7, "resolved")
