"""Revision 0020 adds saved_filters to a database with data in it: the old case is untouched,
and a filter saved through the service on the upgraded file is read back."""

from __future__ import annotations

from sqlalchemy import text

from consular.db import migrate
from consular.services import saved_filters
from consular.services.context import ServiceContext, actor_for
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import old_case_database


def test_0020_adds_saved_filters(tmp_path):
    database = old_case_database(tmp_path / "old.db", "0020")
    migrate.upgrade(database, "0020")
    path = database.path
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [("0020",)]
    assert sqlite_rows(path, "SELECT reference FROM cases") == [("BAM-2025-0001",)]
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO saved_filters (owner_id, list_name, name, definition, created_at, updated_at) "
                "VALUES (1, 'cases', 'Old style', '{\"statuses\": [\"active\"]}', '2025-07-01', '2025-07-01')"
            )
        )
    assert sqlite_rows(path, "SELECT version, shared_post_id FROM saved_filters") == [(1, None)]
    migrate.upgrade(database)
    ctx = ServiceContext(database, actor_for(database, "a.sharma"))
    saved_filters.save_filter(ctx, "cases", "Mine", {"sort": "title"}, share_with="BAM")
    names = [(f.name, f.shared_with) for f in saved_filters.list_filters(ctx, "cases")]
    assert names == [("Mine", "BAM"), ("Old style", None)]
    database.dispose()
