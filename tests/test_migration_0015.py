"""Revision 0015 (the repatriation checklist) upgrades a database with data in it: the tasks
already there are untouched, and the new tables take a checklist whose items are those tasks,
one item of a kind per checklist and one item per task."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from consular.db import migrate
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import STAMP, old_case_database


def test_0015_adds_the_checklist_over_existing_tasks(tmp_path):
    database = old_case_database(tmp_path / "old.db", "0015")
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO persons (id, full_name, created_at, updated_at) "
                f"VALUES (1, 'Ravi Kumar', {STAMP}, {STAMP})"
            )
        )
        conn.execute(
            text(
                "INSERT INTO tasks (id, case_id, title, priority, status, created_at, created_by_id, assignee_id, "
                f"due_at, version) VALUES (1, 1, 'Call the family', 'normal', 'open', {STAMP}, 1, 1, {STAMP}, 1)"
            )
        )
    migrate.upgrade(database, "0015")
    path = database.path
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [("0015",)]
    assert sqlite_rows(path, "SELECT id, title, status, assignee_id FROM tasks") == [(1, "Call the family", "open", 1)]
    assert sqlite_rows(path, "SELECT count(*) FROM repatriation_checklists") == [(0,)]
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO repatriation_checklists (id, case_id, person_id, released_at, opened_at, opened_by_id) "
                f"VALUES (1, 1, 1, {STAMP}, {STAMP}, 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO repatriation_items (checklist_id, task_id, kind, debrief_by) "
                "VALUES (1, 1, 'debrief', 'Intelligence Bureau')"
            )
        )
    assert sqlite_rows(
        path,
        "SELECT i.kind, i.debrief_by, i.version, t.title FROM repatriation_items i JOIN tasks t ON t.id = i.task_id",
    ) == [("debrief", "Intelligence Bureau", 1, "Call the family")]
    database.dispose()
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError):  # a second debrief on the same checklist
            conn.execute(
                f"INSERT INTO tasks (id, case_id, title, priority, status, created_at, created_by_id, version) "
                f"VALUES (2, 1, 'x', 'normal', 'open', {STAMP}, 1, 1)"
            )
            conn.execute("INSERT INTO repatriation_items (checklist_id, task_id, kind) VALUES (1, 2, 'debrief')")
        with pytest.raises(sqlite3.IntegrityError):  # a second checklist for the same person and case
            conn.execute(
                "INSERT INTO repatriation_checklists (case_id, person_id, released_at, opened_at, opened_by_id) "
                f"VALUES (1, 1, {STAMP}, {STAMP}, 1)"
            )
    finally:
        conn.close()
