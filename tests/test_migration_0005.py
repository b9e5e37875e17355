"""Revision 0005 (audit chain, version columns) upgrades a database that holds data."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.script import ScriptDirectory

from consular.db import migrate
from consular.db.engine import open_database
from consular.services import audit_chain, people
from consular.services.context import ServiceContext, actor_for

REVISION = "0005"


def down_revision() -> str:
    script = ScriptDirectory.from_config(migrate.alembic_config()).get_revision(REVISION)
    return script.down_revision


def raw(path, sql, params=()):
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(sql, params).fetchall()
        connection.commit()
        return rows
    finally:
        connection.close()


@pytest.fixture(autouse=True)
def own_anchors(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSULAR_DATA_DIR", str(tmp_path / "data"))


def test_upgrade_chains_existing_entries_and_versions_existing_records(tmp_path):
    path = tmp_path / "old.db"
    database = open_database(path)
    migrate.upgrade(database, down_revision())
    database.dispose()
    # Data as an older consular wrote it (raw SQL: today's models describe the new schema).
    now = "2025-07-01 06:00:00.000000"
    raw(
        path,
        "INSERT INTO users (id, username, display_name, role, active, created_at) "
        "VALUES (1, 'admin', 'Admin', 'admin', 1, ?)",
        (now,),
    )
    raw(
        path,
        "INSERT INTO persons (id, full_name, medical_needs, created_at, updated_at) VALUES (1, 'Ravi', 'none', ?, ?)",
        (now, now),
    )
    raw(path, "INSERT INTO counterparts (id, name, category, created_at) VALUES (1, 'Diarra', 'police', ?)", (now,))
    for i, action in enumerate(["user.register", "person.add", "person.edit"], start=1):
        raw(
            path,
            "INSERT INTO audit_entries (id, at, actor_id, action, entity, entity_id, after) "
            "VALUES (?, ?, 1, ?, ?, ?, ?)",
            (i, f"2025-07-01 06:0{i}:00", action, action.split(".")[0], 1, '{"x": 1}'),
        )

    database = open_database(path)
    migrate.upgrade(database, REVISION)
    assert raw(path, "SELECT version FROM persons") == [(1,)]
    assert raw(path, "SELECT version FROM counterparts") == [(1,)]
    assert raw(path, "SELECT id, seq FROM audit_entries ORDER BY id") == [(1, 1), (2, 2), (3, 3)]
    assert raw(path, "SELECT seq, legacy_seq FROM audit_chain_head") == [(3, 3)]

    report = audit_chain.verify(database)
    assert report.ok, report.problems
    assert any("chained at upgrade" in note for note in report.notes)

    # The chain goes on, signed, from the migrated head; an edit of an old row is still caught.
    migrate.upgrade(database)  # on to the head: today's services need today's schema (0004's accounts)
    ctx = ServiceContext(database, actor_for(database, "admin"))
    people.edit_person(ctx, 1, expected_version=1, medical_needs="Type 1 diabetic")
    report = audit_chain.verify(database)
    assert report.ok and report.signatures_checked >= 1
    raw(path, "UPDATE audit_entries SET after = '{\"x\": 2}' WHERE seq = 2")
    assert audit_chain.verify(database).first_problem.seq == 2
    database.dispose()
