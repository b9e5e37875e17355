"""Revision 0018 (duplicates and merges, voidable documents) upgrades a database with data in
it: the finder's keys are backfilled for existing people and counterparts, the new columns are
empty, and records audited before keep their audited state (the new columns count in it only
once set)."""

from __future__ import annotations

from sqlalchemy import select

from consular.db import audit_hash, migrate
from consular.services import audit_chain
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import STAMP, old_case_database


def state_without_new_columns(session, table: str, entity: str, record_id: int) -> str:
    """The state digest of a record over its audited columns less the ones 0018 adds: what the
    revision before computed for it."""
    model, columns = audit_chain.TRACKED[entity]
    late = audit_hash.LATE_COLUMNS[table]
    base = [c for c in columns if c.name not in late]
    assert len(base) == len(columns) - len(late)
    row = session.execute(select(*base).where(model.__table__.c.id == record_id)).one()
    return audit_hash.state_digest(row)


def test_0018_backfills_keys_and_keeps_audited_states(tmp_path):
    database = old_case_database(tmp_path / "old.db", "0018")
    with database.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO persons (id, full_name, name_native, passport_number, created_at, updated_at, version) VALUES "
            f"(1, 'Ramesh Mohanty', NULL, 'Z1234567', {STAMP}, {STAMP}, 1), "
            f"(2, 'Ramesh Mohanti', 'रमेश मोहंती', 'z-123 4567', {STAMP}, {STAMP}, 1)"
        )
        conn.exec_driver_sql(
            "INSERT INTO counterparts (id, name, category, phone, created_at, version) VALUES "
            f"(1, 'Cdt. Moussa Diarra', 'police', '+22376123456', {STAMP}, 1)"
        )
        conn.exec_driver_sql(
            "INSERT INTO documents (id, case_id, file_name, media_type, size_bytes, sha256, restricted, added_at, "
            f"added_by_id, version) VALUES (1, 1, 'a.pdf', 'application/pdf', 3, 'x', 0, {STAMP}, 1, 1)"
        )
    path = database.path
    migrate.upgrade(database, "0018")
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [("0018",)]
    assert sqlite_rows(path, "SELECT entity, entity_id, kind, key FROM match_keys ORDER BY 1, 2, 3, 4") == [
        ("counterpart", 1, "name", "dr ms"),
        ("counterpart", 1, "phone", "376123456"),
        ("person", 1, "name", "mnt rms"),
        ("person", 1, "passport", "Z1234567"),
        ("person", 2, "name", "mnt rms"),
        ("person", 2, "passport", "Z1234567"),
    ]
    assert sqlite_rows(path, "SELECT merged_into_id FROM persons") == [(None,), (None,)]
    assert sqlite_rows(path, "SELECT voided_at, voided_by_id, void_reason FROM documents") == [(None, None, None)]
    with database.session() as session:
        for table, entity, record_id in (
            ("persons", "person", 2),
            ("counterparts", "counterpart", 1),
            ("documents", "document", 1),
        ):
            assert audit_chain.record_state(session, entity, record_id) == state_without_new_columns(
                session, table, entity, record_id
            )
    database.dispose()
