"""Revision 0007 (prefix indexes on SQLite, a stored weighted search vector on PostgreSQL)
rebuilds the search index from the rows already in search_documents."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import text

from consular import paths
from consular.db import dialect, migrate
from consular.db.engine import open_database
from tests.fixtures_db import sqlite_rows

SCRIPT = next(paths.migrations_dir().glob("versions/*_0007_*.py"))
ROWS = [
    # entity, entity_id, title, body
    ("case", 1, "ABJ-2021-0028 Engineer taken near Warri", "Delta State Nigeria"),
    ("person", 1, "Ravi Kumar Verma रवि कुमार वर्मा", "Hostage Engineer X1618033 WOR-44007"),
    ("contact", 1, "Call with the gendarmerie", "Search continues near Yélimané; the convoy left."),
]


def down_revision() -> str:
    return re.search(r'^down_revision = "([^"]+)"', SCRIPT.read_text(), re.M).group(1)


def _fill(database) -> None:
    # Raw SQL: the ORM models are at the new schema. search_documents has no foreign key
    # needing a case for a NULL case_id.
    with database.engine.begin() as conn:
        for entity, entity_id, title, body in ROWS:
            conn.execute(
                text(
                    "INSERT INTO search_documents (entity, entity_id, case_id, title, body, restricted) "
                    "VALUES (:e, :i, NULL, :t, :b, :r)"
                ),
                {"e": entity, "i": entity_id, "t": title, "b": body, "r": False},
            )


def _found(database, query: str) -> list[str]:
    with database.engine.connect() as conn:
        return [d.entity for d in dialect.search_candidates(conn, dialect.search_groups(query), limit=10)]


def _check_search(database) -> None:
    assert _found(database, "ABJ-2021-0028") == ["case"]
    assert _found(database, "ABJ-2021") == ["case"]
    assert _found(database, "abj-20") == ["case"]
    assert _found(database, "2021-abj") == []
    assert _found(database, "WOR-44007") == ["person"]
    assert _found(database, "x16") == ["person"]
    assert _found(database, "वर्मा") == ["person"]
    assert _found(database, "yelimane") == ["contact"] and _found(database, "Yélim") == ["contact"]
    assert _found(database, "n") == ["contact", "case"]  # "near", newest first


def test_0007_rebuilds_the_sqlite_index_with_prefix_indexes(tmp_path):
    database = open_database(tmp_path / "old.db")
    try:
        migrate.upgrade(database, down_revision())
        _fill(database)
        migrate.upgrade(database, "0007")
        assert sqlite_rows(database.path, "SELECT version_num FROM alembic_version") == [("0007",)]
        [(sql,)] = sqlite_rows(database.path, "SELECT sql FROM sqlite_master WHERE name = 'search_fts'")
        assert "prefix='1 2 3'" in sql
        _check_search(database)
        # The triggers still keep the index in step.
        with database.engine.begin() as conn:
            conn.execute(text("UPDATE search_documents SET body = 'Seen near Diboli.' WHERE entity = 'contact'"))
        assert _found(database, "yelimane") == [] and _found(database, "dib") == ["contact"]
        migrate.upgrade(database, "head")
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0007_fills_the_postgres_search_vector_from_existing_rows(pg_url):
    database = open_database(pg_url)
    try:
        migrate.upgrade(database, down_revision())
        _fill(database)
        migrate.upgrade(database, "0007")
        with database.engine.connect() as conn:
            vectors = dict(conn.execute(text("SELECT entity, search_vector::text FROM search_documents")).all())
        assert "'abj':1A" in vectors["case"] and "'2021':2A" in vectors["case"] and "'delta':" in vectors["case"]
        assert "'yelimane':" in vectors["contact"] and "'warri'" not in vectors["contact"]
        assert "'x1618033'" in vectors["person"] and "'-44007'" not in vectors["person"]
        _check_search(database)
        with database.engine.begin() as conn:
            conn.execute(text("UPDATE search_documents SET body = 'Seen near Diboli.' WHERE entity = 'contact'"))
        assert _found(database, "yelimane") == [] and _found(database, "dib") == ["contact"]
        migrate.upgrade(database, "head")
    finally:
        database.dispose()
