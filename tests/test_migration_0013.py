"""Revision 0013 (family update log) upgrades a database with data in it: each next of kin
who had a liaison officer gets the first row of their officer history (from nobody, when they
were added), one without an officer gets none; demands read as not about the family; the new
tables take family updates and tell-the-family items on the upgraded file."""

from __future__ import annotations

from sqlalchemy import text

from consular.db import migrate
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import STAMP, old_case_database


def test_0013_starts_each_officer_history_and_keeps_demands(tmp_path):
    database = old_case_database(tmp_path / "old.db", "0013")
    with database.engine.begin() as conn:
        for pid, name in ((1, "Ravi Kumar Verma"), (2, "Sunita Verma"), (3, "Anil Verma")):
            conn.execute(
                text(f"INSERT INTO persons (id, full_name, created_at, updated_at) VALUES (:id, :n, {STAMP}, {STAMP})"),
                {"id": pid, "n": name},
            )
        conn.execute(
            text(
                "INSERT INTO case_participants (id, case_id, person_id, role, added_at) "
                f"VALUES (1, 1, 1, 'hostage', {STAMP}), (2, 1, 2, 'next_of_kin', {STAMP}), "
                f"(3, 1, 3, 'next_of_kin', {STAMP})"
            )
        )
        conn.execute(
            text(
                "INSERT INTO counterparts (id, name, category, created_at) "
                f"VALUES (1, 'Sunita Verma', 'family', {STAMP}), (2, 'Anil Verma', 'family', {STAMP})"
            )
        )
        conn.execute(
            text(
                "INSERT INTO family_liaisons (id, case_id, kin_person_id, hostage_person_id, counterpart_id, "
                "relationship_to_hostage, plan_owner_id, created_at, version) VALUES "
                f"(1, 1, 2, 1, 1, 'wife', 1, {STAMP}, 1), (2, 1, 3, 1, 2, 'brother', NULL, {STAMP}, 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO demands (id, case_id, received_at, made_by, kind, details, response, recorded_at, "
                f"recorded_by_id, version) VALUES (1, 1, {STAMP}, 'A caller', 'money', 'Pay', 'none', {STAMP}, 1, 1)"
            )
        )
    migrate.upgrade(database, "0013")
    path = database.path
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [("0013",)]
    assert sqlite_rows(
        path, "SELECT liaison_id, from_user_id, to_user_id, changed_at, changed_by_id FROM liaison_officer_changes"
    ) == [(1, None, 1, "2025-07-01 07:00:00+00:00", 1)]
    assert sqlite_rows(path, "SELECT id, about_family FROM demands") == [(1, 0)]
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO family_updates (id, case_id, liaison_id, told_at, told_by_id, channel, what_told, "
                f"restricted, recorded_at, recorded_by_id) VALUES (1, 1, 1, {STAMP}, 1, 'phone', 'Told', 0, {STAMP}, 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO tell_family_items (case_id, hostage_person_id, kind, record_id, restricted, opened_at, "
                f"due_at, done_at, family_update_id) VALUES (1, 1, 'family_demand', 1, 1, {STAMP}, {STAMP}, {STAMP}, 1)"
            )
        )
    assert sqlite_rows(path, "SELECT kind, family_update_id FROM tell_family_items") == [("family_demand", 1)]
    database.dispose()
