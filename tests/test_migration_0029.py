"""Revision 0029: a covering index on ``search_documents`` for the match lists joined by id.

The upgrade keeps the rows and what a search finds; afterwards SQLite reads the case list's
match list (the ids the full-text index gives, joined to their entity, case and restricted
flag) from the index alone, not from the rows with their text. The downgrade removes it, on
both engines."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from consular.db import dialect, migrate
from consular.db.engine import open_database
from consular.services import search
from consular.services.context import ServiceContext, actor_for
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import down_revision, downgrade, old_case_database

NAME = "ix_search_documents_match_list"
COLUMNS = ["id", "case_id", "entity", "entity_id", "restricted"]


def _match_list_plan(database) -> list[str]:
    """SQLite's plan of the statement :func:`consular.db.dialect.matching_rows` runs for a
    need-to-know reader (caught as the driver runs it)."""
    statements: list[str] = []
    with database.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.set_trace_callback(statements.append)
        try:
            rows = list(dialect.matching_rows(conn, [["kayes"]], limit=100, visible_cases={1}))
        finally:
            raw.set_trace_callback(None)
        assert len(rows) == 40
        (statement,) = [s for s in statements if "search_fts MATCH" in s]
        return [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement)]


def _found(database) -> list[int]:
    ctx = ServiceContext(database, actor_for(database, "a.sharma"))
    return search.matching_cases(ctx, "kayes").case_ids


def test_0029_adds_the_covering_index_on_sqlite_and_finds_the_same(tmp_path):
    database = old_case_database(tmp_path / "old.db", "0029")
    try:
        with database.engine.begin() as conn:
            for n in range(1, 41):
                conn.execute(
                    text(
                        "INSERT INTO search_documents (entity, entity_id, case_id, title, body, restricted) "
                        "VALUES ('note', :n, 1, 'Contact', :body, :restricted)"
                    ),
                    {"n": n, "body": f"Call {n} from Kayes. " + "Long text. " * 200, "restricted": n % 3 == 0},
                )
        before = _found(database)
        rows = sqlite_rows(database.path, "SELECT * FROM search_documents ORDER BY id")
        assert before == [1]
        # Not yet upgraded (a damaged file is opened read-only, as it is): the match list is read
        # without naming the index it does not have.
        assert not any(NAME in step for step in _match_list_plan(database))

        migrate.upgrade(database, "0029")
        assert [row[2] for row in sqlite_rows(database.path, f"PRAGMA index_info('{NAME}')")] == COLUMNS
        # The match list is read from the index: no row with its text is visited.
        assert any(f"COVERING INDEX {NAME}" in step for step in _match_list_plan(database))
        assert sqlite_rows(database.path, "SELECT * FROM search_documents ORDER BY id") == rows
        assert _found(database) == before

        downgrade(database, down_revision("0029"))
        assert sqlite_rows(database.path, f"PRAGMA index_info('{NAME}')") == []
        assert _found(database) == before
    finally:
        database.dispose()


@pytest.mark.postgres
def test_0029_upgrade_and_downgrade_on_postgresql(pg_url):
    database = open_database(pg_url)
    query = text("SELECT indexdef FROM pg_indexes WHERE indexname = :name")
    try:
        migrate.upgrade(database, down_revision("0029"))
        with database.engine.connect() as conn:
            assert conn.execute(query, {"name": NAME}).scalar() is None
        migrate.upgrade(database, "0029")
        with database.engine.connect() as conn:
            definition = conn.execute(query, {"name": NAME}).scalar()
        assert definition.endswith("(id, case_id, entity, entity_id, restricted)")
        downgrade(database, down_revision("0029"))
        with database.engine.connect() as conn:
            assert conn.execute(query, {"name": NAME}).scalar() is None
        migrate.upgrade(database, "head")
    finally:
        database.dispose()
