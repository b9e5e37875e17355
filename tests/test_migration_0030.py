"""Revision 0030: on PostgreSQL a ``search_documents`` row up to 8,160 bytes is kept whole in its
page (``toast_tuple_target``), where a contact note's document used to have its vector moved to
the TOAST relation; the rows already there are kept as they are, and every vector still finds
its row. On SQLite nothing changes."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from consular.db import migrate
from consular.db.engine import open_database
from consular.services import search
from consular.services.context import ServiceContext, actor_for
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import down_revision, old_case_database

# About the size of a contact note's document at scale: a body of ~1,100 characters whose
# vector (~1.8 kB, 150 words) takes the row past PostgreSQL's default target of 2,032 bytes.
BODY = " ".join(f"w{n:03d}x kayes" for n in range(150))
INSERT = text(
    "INSERT INTO search_documents (id, entity, entity_id, title, body, restricted) "
    "VALUES (:id, 'note', :id, 'Call with the prefect of Kayes', :body, false)"
)


def _downgrade(database, revision: str) -> None:
    with database.engine.begin() as conn:
        config = migrate.alembic_config(database)
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def _toasted(conn) -> int:
    """Values of search_documents held out of line, in its TOAST relation."""
    toast = conn.execute(
        text("SELECT reltoastrelid::regclass::text FROM pg_class WHERE oid = 'search_documents'::regclass")
    ).scalar()
    return conn.execute(text(f"SELECT count(*) FROM {toast}")).scalar()


def _options(conn) -> list[str]:
    return conn.execute(
        text("SELECT coalesce(reloptions, '{}') FROM pg_class WHERE oid = 'search_documents'::regclass")
    ).scalar()


def _found(conn) -> list[int]:
    return (
        conn.execute(
            text(
                "SELECT id FROM search_documents WHERE search_vector @@ to_tsquery('simple', 'w149x & kayes') ORDER BY id"
            )
        )
        .scalars()
        .all()
    )


@pytest.mark.postgres
def test_0030_keeps_new_documents_whole_on_postgresql(pg_url):
    database = open_database(pg_url)
    try:
        migrate.upgrade(database, down_revision("0030"))
        with database.engine.begin() as conn:
            conn.execute(INSERT, {"id": 1, "body": BODY})
            assert 2032 < conn.execute(text("SELECT pg_column_size(s.*) FROM search_documents s")).scalar() < 8160
            before = _toasted(conn)
            assert before > 0  # the default target: the row was cut, its vector moved out of line
            vector = conn.execute(text("SELECT search_vector::text FROM search_documents WHERE id = 1")).scalar()

        migrate.upgrade(database, "0030")
        with database.engine.begin() as conn:
            assert "toast_tuple_target=8160" in _options(conn)
            assert _toasted(conn) == before  # the row already there stays as it is
            conn.execute(INSERT, {"id": 2, "body": BODY})
            assert _toasted(conn) == before  # the new one is kept whole
            vectors = conn.execute(text("SELECT search_vector::text FROM search_documents ORDER BY id")).scalars()
            assert list(vectors) == [vector, vector]
            assert _found(conn) == [1, 2]

        _downgrade(database, down_revision("0030"))
        with database.engine.begin() as conn:
            assert not any(option.startswith("toast_tuple_target") for option in _options(conn))
            conn.execute(INSERT, {"id": 3, "body": BODY})
            assert _toasted(conn) > before
            assert _found(conn) == [1, 2, 3]
        migrate.upgrade(database, "head")
    finally:
        database.dispose()


def test_0030_changes_nothing_on_sqlite(tmp_path):
    database = old_case_database(tmp_path / "old.db", "0030")
    try:
        with database.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO search_documents (entity, entity_id, case_id, title, body, restricted) "
                    "VALUES ('note', 1, 1, 'Call with the prefect of Kayes', :body, 0)"
                ),
                {"body": BODY},
            )
        schema = sqlite_rows(database.path, "SELECT type, name, sql FROM sqlite_master ORDER BY name")
        rows = sqlite_rows(database.path, "SELECT * FROM search_documents ORDER BY id")
        migrate.upgrade(database, "0030")
        assert sqlite_rows(database.path, "SELECT type, name, sql FROM sqlite_master ORDER BY name") == schema
        assert sqlite_rows(database.path, "SELECT * FROM search_documents ORDER BY id") == rows
        ctx = ServiceContext(database, actor_for(database, "a.sharma"))
        assert [hit.reference for hit in search.search(ctx, "w149x")] == ["BAM-2025-0001"]
    finally:
        database.dispose()
