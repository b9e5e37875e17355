"""Revision 0012 (entries shareable with family) upgrades a database with data in it: the
contacts, milestones and status history written before stay as they were, nothing is shared
until someone marks it, and the upgraded file takes markings (one per entry)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from consular.db import migrate
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import STAMP, old_case_database


def test_0012_adds_family_shares_and_keeps_the_entries(tmp_path):
    database = old_case_database(tmp_path / "old.db", "0012")
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO contact_entries (id, case_id, occurred_at, channel, direction, subject, "
                "follow_up_needed, restricted, recorded_at, recorded_by_id, updated_at, revision) "
                f"VALUES (1, 1, {STAMP}, 'phone', 'outgoing', 'Call to the family', 0, 0, {STAMP}, 1, {STAMP}, 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO milestones (id, case_id, kind, occurred_at, title, restricted, recorded_at, "
                "recorded_by_id, version) "
                f"VALUES (1, 1, 'public_statement', {STAMP}, 'MEA statement', 0, {STAMP}, 1, 1)"
            )
        )
    before = sqlite_rows(database.path, "SELECT * FROM contact_entries") + sqlite_rows(
        database.path, "SELECT * FROM milestones"
    )
    migrate.upgrade(database, "0012")
    path = database.path
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [("0012",)]
    after = sqlite_rows(path, "SELECT * FROM contact_entries") + sqlite_rows(path, "SELECT * FROM milestones")
    assert after == before
    assert sqlite_rows(path, "SELECT count(*) FROM family_shares") == [(0,)]
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO family_shares (case_id, contact_id, wording, marked_at, marked_by_id) "
                f"VALUES (1, 1, 'We called you', {STAMP}, 1)"
            )
        )
    assert sqlite_rows(path, "SELECT contact_id, milestone_id, wording, version FROM family_shares") == [
        (1, None, "We called you", 1)
    ]
    with pytest.raises(IntegrityError), database.engine.begin() as conn:  # one marking per entry
        conn.execute(
            text(f"INSERT INTO family_shares (case_id, contact_id, marked_at, marked_by_id) VALUES (1, 1, {STAMP}, 1)")
        )
    database.dispose()
