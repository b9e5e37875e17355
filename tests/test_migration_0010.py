"""Revision 0010 (demands, vetting) upgrades a database with data in it: a follow-up task of a
restricted contact, indexed as public before, becomes restricted in the search index; the new
tables take demands and vetting decisions on the upgraded file."""

from __future__ import annotations

import re

from sqlalchemy import text

from consular import paths
from consular.db import migrate
from consular.db.engine import open_database
from tests.fixtures_db import sqlite_rows

SCRIPT = next(paths.migrations_dir().glob("versions/*_0010_*.py"))


def down_revision() -> str:
    return re.search(r'^down_revision = "([^"]+)"', SCRIPT.read_text(), re.M).group(1)


def test_0010_restricts_follow_ups_of_restricted_contacts_in_the_index(tmp_path):
    database = open_database(tmp_path / "old.db")
    migrate.upgrade(database, down_revision())
    stamp = "'2025-07-01 07:00:00+00:00'"
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (id, username, display_name, role, active, created_at, failed_sign_ins) "
                f"VALUES (1, 'a.sharma', 'Anjali Sharma', 'caseworker', 1, {stamp}, 0)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO posts (id, code, name, kind, country, city, timezone) "
                "VALUES (1, 'BAM', 'Embassy', 'embassy', 'ML', 'Bamako', 'Africa/Bamako')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO cases (id, reference, post_id, ref_year, ref_seq, title, kind, status, priority, "
                "incident_at, incident_country, timezone, attribution_level, classification, lead_caseworker_id, "
                f"created_at, updated_at, version) VALUES (1, 'BAM-2025-0001', 1, 2025, 1, 'Kayes', 'hostage_taking', "
                f"'active', 'high', {stamp}, 'ML', 'Africa/Bamako', 'unknown', 'restricted', 1, {stamp}, {stamp}, 1)"
            )
        )
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
