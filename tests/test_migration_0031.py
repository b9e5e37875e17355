"""Revision 0031: on PostgreSQL the full-text index is written through at once (``fastupdate``
off): the entries pending from before are merged by the upgrade, new documents leave nothing
pending, and every document is found before, across and after the change; the downgrade
brings the pending list back. On SQLite nothing changes."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from consular.db import migrate
from consular.db.engine import open_database
from consular.services import search
from consular.services.context import ServiceContext, actor_for
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import down_revision, downgrade, old_case_database

# Documents of a few words each, numbered so that each batch is found on its own.
INSERT = text(
    "INSERT INTO search_documents (entity, entity_id, title, body, restricted) "
    "SELECT 'note', :batch * 1000 + n, 'Call with the prefect of Kayes', 'batch' || :batch || ' family liaison ' || n, "
    "false FROM generate_series(1, :count) AS n"
)


def _options(conn) -> list[str] | None:
    return conn.execute(
        text("SELECT reloptions FROM pg_class WHERE oid = 'ix_search_documents_fts'::regclass")
    ).scalar()


def _pending_pages(conn) -> int:
    """The pages of the index's pending list, merged into it by the call (its answer)."""
    return conn.execute(text("SELECT gin_clean_pending_list('ix_search_documents_fts')")).scalar()


def _found(conn, word: str) -> int:
    return conn.execute(
        text("SELECT count(*) FROM search_documents WHERE search_vector @@ to_tsquery('simple', :word)"),
        {"word": word},
    ).scalar()


@pytest.mark.postgres
def test_0031_writes_the_full_text_index_through_on_postgresql(pg_url):
    database = open_database(pg_url)
    try:
        migrate.upgrade(database, down_revision("0031"))
        with database.engine.begin() as conn:
            assert _options(conn) is None
            conn.execute(INSERT, {"batch": 1, "count": 300})
        with database.engine.begin() as conn:
            assert _found(conn, "batch1") == 300  # found while pending: every search reads the list

        migrate.upgrade(database, "0031")
        with database.engine.begin() as conn:
            assert _options(conn) == ["fastupdate=off"]
            assert _pending_pages(conn) == 0  # the upgrade merged what was pending
            assert _found(conn, "batch1") == 300
            conn.execute(INSERT, {"batch": 2, "count": 300})
        with database.engine.begin() as conn:
            assert _pending_pages(conn) == 0  # written into the index, nothing pending
            assert _found(conn, "batch2") == 300
            assert _found(conn, "family & liaison") == 600

        downgrade(database, down_revision("0031"))
        with database.engine.begin() as conn:
            assert _options(conn) is None
            conn.execute(INSERT, {"batch": 3, "count": 300})
        with database.engine.begin() as conn:
            assert _pending_pages(conn) > 0  # PostgreSQL's default again: new words wait in the list
            assert _found(conn, "batch3") == 300
        migrate.upgrade(database, "head")
    finally:
        database.dispose()


def test_0031_changes_nothing_on_sqlite(tmp_path):
    database = old_case_database(tmp_path / "old.db", "0031")
    try:
        with database.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO search_documents (entity, entity_id, case_id, title, body, restricted) "
                    "VALUES ('note', 1, 1, 'Call with the prefect of Kayes', 'family liaison', 0)"
                )
            )
        schema = sqlite_rows(database.path, "SELECT type, name, sql FROM sqlite_master ORDER BY name")
        rows = sqlite_rows(database.path, "SELECT * FROM search_documents ORDER BY id")
        migrate.upgrade(database, "0031")
        assert sqlite_rows(database.path, "SELECT type, name, sql FROM sqlite_master ORDER BY name") == schema
        assert sqlite_rows(database.path, "SELECT * FROM search_documents ORDER BY id") == rows
        ctx = ServiceContext(database, actor_for(database, "a.sharma"))
        assert [hit.reference for hit in search.search(ctx, "liaison")] == ["BAM-2025-0001"]
    finally:
        database.dispose()
