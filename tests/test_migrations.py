"""Schema management: creating, upgrading (with a backup first), refusing what is not ours.

"A database made by an older consular" is produced honestly: the real migrations directory
is copied and a test-only no-op revision 9999 is added on top of the shipped head, making
the shipped head an old schema that must be backed up and upgraded. Each shipped revision
has its own upgrade test from the one before it (test_migration_0005.py, test_voiding.py,
test_brief_issue.py).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from consular import paths
from consular.db import migrate
from consular.db.dialect import SEAM_OBJECT_NAMES, SEAM_TABLE_PREFIXES
from consular.db.engine import open_database
from consular.db.models import EXPRESSION_INDEXES, Base
from consular.domain.errors import NotConsularDatabaseError, SchemaTooNewError
from consular.services import cases
from consular.services import database as database_service
from tests.demo_data import CASEWORKER
from tests.fixtures_db import add_reference_data
from tests.service_helpers import open_case

SHIPPED_HEAD = migrate.head_revision()
TEST_REVISION = f'''"""Test-only revision on top of the shipped ones.

Revision ID: 9999
Revises: {SHIPPED_HEAD}
"""
from alembic import op
import sqlalchemy as sa

revision = "9999"
down_revision = "{SHIPPED_HEAD}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(sa.text("UPDATE cases SET title = title"))


def downgrade() -> None:
    pass
'''


def include_object(obj, name, type_, reflected, compare_to):
    """The same filter as migrations/env.py: seam objects (FTS) are not in the metadata."""
    if type_ == "index" and name in EXPRESSION_INDEXES:
        return False
    return not (name in SEAM_OBJECT_NAMES or (name or "").startswith(SEAM_TABLE_PREFIXES))


def schema_drift(database) -> list:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object, "compare_type": True})
        return compare_metadata(context, Base.metadata)


@pytest.fixture
def newer_migrations(tmp_path, monkeypatch):
    """A migrations directory whose head is the test-only 9999."""
    target = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), target, ignore=shutil.ignore_patterns("__pycache__"))
    (target / "versions" / "20990101_9999_test_only.py").write_text(TEST_REVISION)
    monkeypatch.setattr(paths, "migrations_dir", lambda: target)
    return target


def test_empty_database_upgrades_to_head(tmp_path):
    database = open_database(tmp_path / "new.db")
    assert migrate.state(database) == "empty"
    assert migrate.ensure_schema(database) is None  # nothing to back up
    assert migrate.state(database) == "current"
    assert migrate.current_revision(database) == migrate.head_revision() == SHIPPED_HEAD
    names = set(inspect(database.engine).get_table_names())
    assert {"cases", "contact_entries", "audit_entries", "search_documents", "search_fts"} <= names
    assert migrate.ensure_schema(database) is None  # second start: nothing to do
    database.dispose()


def test_models_and_migrations_agree(database):
    """The `alembic check` of the test suite: autogenerate finds nothing to add or change."""
    assert schema_drift(database) == []


def test_upgrade_from_an_older_revision_keeps_data_and_backs_up(tmp_path, newer_migrations):
    # The shipped head is the older schema here: the services putting data in need its columns.
    database = open_database(tmp_path / "old.db")
    migrate.upgrade(database, SHIPPED_HEAD)
    ctx = add_reference_data(database)
    reference = open_case(ctx).reference
    assert migrate.state(database) == "old"

    backup = migrate.ensure_schema(database)
    assert migrate.state(database) == "current" and migrate.current_revision(database) == "9999"
    assert cases.get_case(ctx, reference).title.startswith("Three nationals")
    # The copy taken before the upgrade is a working database at the old revision.
    assert backup is not None and backup.exists() and f"before-{SHIPPED_HEAD}" in backup.name
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(SHIPPED_HEAD,)]
        assert copy.execute("SELECT reference FROM cases").fetchall() == [(reference,)]
    finally:
        copy.close()
    database.dispose()


def test_cli_db_upgrade_reports_the_backup(tmp_path, newer_migrations, capsys):
    from consular.cli.main import main

    path = tmp_path / "old.db"
    database = open_database(path)
    migrate.upgrade(database, SHIPPED_HEAD)
    database.dispose()
    assert main(["--db", str(path), "db", "current"]) == 0
    assert "state:    old" in capsys.readouterr().out
    assert main(["--db", str(path), "db", "upgrade"]) == 0
    out = capsys.readouterr().out
    assert f"from schema {SHIPPED_HEAD} to 9999" in out and ".bak" in out
    backup = Path(out.split("kept in ")[1].strip())
    assert backup.exists()


def test_backup_sqlite_copies_a_consistent_database(ctx, tmp_path):
    open_case(ctx)
    backup = migrate.backup_sqlite(ctx.database, "0001")
    copy = open_database(backup)
    assert migrate.state(copy) == "current"
    with copy.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM cases")).scalar() == 1
    copy.dispose()


def test_database_from_a_newer_consular_is_refused(database):
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    assert migrate.state(database) == "newer"
    with pytest.raises(SchemaTooNewError, match="newer version of consular"):
        migrate.ensure_schema(database)


def test_database_with_other_tables_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    database = open_database(path)
    assert migrate.state(database) == "foreign"
    with pytest.raises(NotConsularDatabaseError, match="not consular's"):
        migrate.ensure_schema(database)
    database.dispose()


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("These are my notes, not a database.\n" * 20)
    database = open_database(path)
    with pytest.raises(NotConsularDatabaseError, match="not a SQLite file"):
        migrate.ensure_schema(database)
    database.dispose()
    assert path.read_text().startswith("These are my notes")  # untouched


def test_a_truncated_sqlite_file_gives_a_clear_error(demo_path, tmp_path):
    data = demo_path.read_bytes()
    path = tmp_path / "truncated.db"
    path.write_bytes(data[: len(data) // 3])
    # Driver errors are put into words at the service boundary that opens a database.
    with pytest.raises(NotConsularDatabaseError, match="damaged"):
        opened = database_service.open_database(path, sign_in=False)
        # If the first pages survived, the damage shows when the data is read.
        try:
            cases.list_cases(add_reference_data(opened.database))
        finally:
            opened.dispose()


def test_the_service_entry_point_backs_up_upgrades_and_says_so(tmp_path, newer_migrations):
    """services.database.open_database, which both faces call, on a database older than 9999."""
    path = tmp_path / "old.db"
    database = open_database(path)
    migrate.upgrade(database, SHIPPED_HEAD)
    reference = open_case(add_reference_data(database)).reference
    database.dispose()

    opened = database_service.open_database(path, CASEWORKER, mode="open")
    try:
        assert (opened.before.state, opened.before.revision, opened.before.head) == ("old", SHIPPED_HEAD, "9999")
        assert opened.upgraded and not opened.created
        assert opened.backup is not None and opened.backup.exists() and f"before-{SHIPPED_HEAD}" in opened.backup.name
        assert migrate.current_revision(opened.database) == "9999"
        assert opened.ctx.actor.username == CASEWORKER
        assert cases.get_case(opened.ctx, reference).reference == reference
    finally:
        opened.dispose()
