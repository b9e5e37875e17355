"""Revision 0030: on PostgreSQL ``search_vector`` is stored without a compression attempt
(``STORAGE EXTERNAL``): a contact note's vector, which never compressed, goes out of line as
before; a vector that would compress is now stored whole, uncompressed; the rows already there
are kept as they are and every vector still finds its row. On SQLite nothing changes."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from consular.db import migrate
from consular.db.engine import open_database
from consular.services import search
from consular.services.context import ServiceContext, actor_for
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import down_revision, downgrade, old_case_database

# About the size of a contact note's document at scale: a body of ~1,100 characters whose
# vector (~1.8 kB, 150 words) takes the row past PostgreSQL's TOAST target of 2,032 bytes.
NOTE = " ".join(f"w{n:03d}x kayes" for n in range(150))
# A vector that pglz does compress: long words that differ only at their ends.
REPETITIVE = " ".join(f"averyveryverylongwordnumber{n:04d}" for n in range(200))
INSERT = text(
    "INSERT INTO search_documents (id, entity, entity_id, title, body, restricted) "
    "VALUES (:id, 'note', :id, 'Call with the prefect of Kayes', :body, false)"
)


def _toasted(conn) -> int:
    """Values of search_documents held out of line, in its TOAST relation (chunks)."""
    toast = conn.execute(
        text("SELECT reltoastrelid::regclass::text FROM pg_class WHERE oid = 'search_documents'::regclass")
    ).scalar()
    return conn.execute(text(f"SELECT count(DISTINCT chunk_id) FROM {toast}")).scalar()


def _storage(conn) -> str:
    return conn.execute(
        text(
            "SELECT attstorage FROM pg_attribute WHERE attrelid = 'search_documents'::regclass "
            "AND attname = 'search_vector'"
        )
    ).scalar()


def _vectors(conn) -> list[str]:
    return conn.execute(text("SELECT search_vector::text FROM search_documents ORDER BY id")).scalars().all()


def _found(conn, word: str) -> list[int]:
    return (
        conn.execute(
            text("SELECT id FROM search_documents WHERE search_vector @@ to_tsquery('simple', :word) ORDER BY id"),
            {"word": word},
        )
        .scalars()
        .all()
    )


@pytest.mark.postgres
def test_0030_stores_vectors_without_compressing_them_on_postgresql(pg_url):
    database = open_database(pg_url)
    try:
        migrate.upgrade(database, down_revision("0030"))
        with database.engine.begin() as conn:
            assert _storage(conn) == "x"
            conn.execute(INSERT, {"id": 1, "body": NOTE})
            conn.execute(INSERT, {"id": 2, "body": REPETITIVE})
            assert _toasted(conn) == 2  # both vectors out of line
            # The note's vector was tried and did not compress; the repetitive one did.
            assert conn.execute(
                text("SELECT pg_column_compression(search_vector) FROM search_documents ORDER BY id")
            ).scalars().all() == [None, "pglz"]
            vectors = _vectors(conn)

        migrate.upgrade(database, "0030")
        with database.engine.begin() as conn:
            assert _storage(conn) == "e"
            assert _vectors(conn) == vectors  # the rows already there are as they were
            conn.execute(INSERT, {"id": 3, "body": NOTE})
            conn.execute(INSERT, {"id": 4, "body": REPETITIVE})
            assert _toasted(conn) == 4  # out of line as before: the table's rows stay narrow
            assert conn.execute(
                text("SELECT pg_column_compression(search_vector) FROM search_documents ORDER BY id")
            ).scalars().all() == [None, "pglz", None, None]
            assert _vectors(conn) == vectors + vectors
            assert _found(conn, "w149x & kayes") == [1, 3]
            assert _found(conn, "averyveryverylongwordnumber0199") == [2, 4]

        downgrade(database, down_revision("0030"))
        with database.engine.begin() as conn:
            assert _storage(conn) == "x"
            conn.execute(INSERT, {"id": 5, "body": REPETITIVE})
            compressed = conn.execute(
                text("SELECT pg_column_compression(search_vector) FROM search_documents WHERE id = 5")
            ).scalar()
            assert compressed == "pglz"
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
                {"body": NOTE},
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
