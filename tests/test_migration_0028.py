"""Revision 0028: on PostgreSQL ``search_vector`` stops being generated and a trigger keeps it,
with the very values the generated column had; on SQLite nothing changes."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest
from alembic import command
from sqlalchemy import text

from consular.db import migrate
from consular.db.engine import open_database
from consular.services import search
from consular.services.context import ServiceContext, actor_for
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import down_revision, old_case_database
from tests.test_pg_bulk import HOSTILE, SERVER_ONLY

INSERT = text(
    "INSERT INTO search_documents (id, entity, entity_id, title, body, restricted) "
    "VALUES (:id, 'note', :id, :title, :body, false)"
)


def _vectors(conn) -> dict[int, str]:
    return dict(conn.execute(text("SELECT id, search_vector::text FROM search_documents ORDER BY id")).all())


def _generated(conn) -> str:
    return conn.execute(
        text(
            "SELECT attgenerated FROM pg_attribute WHERE attrelid = 'search_documents'::regclass "
            "AND attname = 'search_vector'"
        )
    ).scalar()


def test_0028_changes_nothing_on_sqlite(tmp_path):
    path = tmp_path / "old.db"
    database = old_case_database(path, "0028")
    try:
        # A fresh handle for the upgrade: the old one's background full-text merge, which
        # follows its writes once they pause, may take the write lock in the upgrade's middle.
        database.dispose()
        with contextlib.closing(sqlite3.connect(path)) as raw, raw:
            raw.execute(
                "INSERT INTO search_documents (entity, entity_id, case_id, title, body, restricted) "
                "VALUES ('case', 1, 1, 'BAM-2025-0001 Kayes', 'Seen near Yélimané', 0)"
            )
        database = open_database(path)
        schema = sqlite_rows(database.path, "SELECT type, name, sql FROM sqlite_master ORDER BY name")
        migrate.upgrade(database, "0028")
        assert sqlite_rows(database.path, "SELECT type, name, sql FROM sqlite_master ORDER BY name") == schema
        ctx = ServiceContext(database, actor_for(database, "a.sharma"))
        assert [hit.reference for hit in search.search(ctx, "yelimane")] == ["BAM-2025-0001"]
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0028_keeps_the_vectors_and_the_trigger_computes_the_same(pg_url):
    database = open_database(pg_url)
    try:
        migrate.upgrade(database, down_revision("0028"))
        rows = HOSTILE + SERVER_ONLY
        with database.engine.begin() as conn:
            for n, (title, body) in enumerate(rows, 1):
                conn.execute(INSERT, {"id": n, "title": title, "body": body})
            assert _generated(conn) == "s"
            generated = _vectors(conn)
        migrate.upgrade(database, "0028")
        with database.engine.begin() as conn:
            assert _generated(conn) == ""
            assert _vectors(conn) == generated  # kept, not recomputed
            # The same rows written again after the upgrade: the trigger gives the same vectors.
            conn.execute(text("DELETE FROM search_documents"))
            for n, (title, body) in enumerate(rows, 1):
                conn.execute(INSERT, {"id": n, "title": title, "body": body})
            assert _vectors(conn) == generated
            # Every update recomputes, as it did when the column was generated.
            conn.execute(text("UPDATE search_documents SET body = 'Seen near Diboli.' WHERE id = 1"))
            conn.execute(text("UPDATE search_documents SET search_vector = NULL, body = body WHERE id = 2"))
            after = _vectors(conn)
        assert "'diboli':" in after[1] and "'yelimane'" not in after[1] and after[2] == generated[2]
        with database.engine.begin() as conn:
            config = migrate.alembic_config(database)
            config.attributes["connection"] = conn
            command.downgrade(config, down_revision("0028"))
        with database.engine.connect() as conn:
            assert _generated(conn) == "s"
            assert _vectors(conn) == after
            assert (
                conn.execute(
                    text("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'search_documents_vector%'")
                ).scalar()
                == 0
            )
            index = conn.execute(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_search_documents_fts'")
            ).scalar()
        assert "gin (search_vector)" in index
        migrate.upgrade(database, "head")
    finally:
        database.dispose()
