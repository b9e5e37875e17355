"""Revision 0010 (demands, vetting) upgrades a database with data in it: a follow-up task of a
restricted contact, indexed as public before, becomes restricted in the search index; the new
tables take demands and vetting decisions on the upgraded file."""

from __future__ import annotations

from sqlalchemy import text

from consular.db import migrate
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import STAMP, old_case_database


def test_0010_restricts_follow_ups_of_restricted_contacts_in_the_index(tmp_path):
    database = old_case_database(tmp_path / "old.db", "0010")
    stamp = STAMP
    with database.engine.begin() as conn:
        for cid, restricted in ((1, 1), (2, 0)):
            conn.execute(
                text(
                    "INSERT INTO contact_entries (id, case_id, occurred_at, channel, direction, subject, "
                    "follow_up_needed, restricted, recorded_at, recorded_by_id, updated_at, revision) "
                    f"VALUES (:id, 1, {stamp}, 'phone', 'incoming', 'Call', 1, :r, {stamp}, 1, {stamp}, 1)"
                ),
                {"id": cid, "r": restricted},
            )
            conn.execute(
                text(
                    "INSERT INTO tasks (id, case_id, title, priority, status, contact_id, created_at, created_by_id, "
                    f"version) VALUES (:id, 1, :title, 'normal', 'open', :id, {stamp}, 1, 1)"
                ),
                {"id": cid, "title": f"Follow-up {cid}"},
            )
            conn.execute(
                text(
                    "INSERT INTO search_documents (entity, entity_id, case_id, title, body, restricted) "
                    "VALUES ('task', :id, 1, :title, '', 0)"
                ),
                {"id": cid, "title": f"Follow-up {cid}"},
            )
    migrate.upgrade(database, "0010")
    path = database.path
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [("0010",)]
    assert sqlite_rows(path, "SELECT entity_id, restricted FROM search_documents WHERE entity = 'task' ORDER BY 1") == [
        (1, 1),
        (2, 0),
    ]
    assert sqlite_rows(path, "SELECT count(*) FROM demands") == [(0,)]
    assert sqlite_rows(path, "SELECT count(*) FROM counterpart_vetting") == [(0,)]
    database.dispose()
