"""Revision 0006 (drafts in the database) upgrades a database with data in it."""

from __future__ import annotations

import re

import pytest
from alembic import command
from sqlalchemy import text

from consular import paths
from consular.db import migrate
from consular.db.migrate import alembic_config
from consular.services import accounts, drafts
from consular.services.context import ServiceContext
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import old_case_database

REVISION = "0006"
SCRIPT = next(paths.migrations_dir().glob(f"versions/*_{REVISION}_*.py"))


def down_revision() -> str:
    return re.search(r'^down_revision = "([^"]+)"', SCRIPT.read_text(), re.M).group(1)


@pytest.fixture
def old_database(tmp_path):
    """A database at 0006's down_revision holding two users, a post and a case."""
    database = old_case_database(tmp_path / "old.db", REVISION)
    yield database
    database.dispose()


def test_0006_adds_an_empty_drafts_table_and_keeps_the_data(old_database):
    path = old_database.path
    migrate.upgrade(old_database, REVISION)
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [(REVISION,)]
    assert sqlite_rows(path, "SELECT username FROM users ORDER BY id") == [("a.sharma",), ("v.iyer",)]
    assert sqlite_rows(path, "SELECT reference, title FROM cases") == [("BAM-2025-0001", "Kayes")]
    assert sqlite_rows(path, "SELECT count(*) FROM drafts") == [(0,)]
    columns = {r[1]: r for r in sqlite_rows(path, "PRAGMA table_info(drafts)")}
    assert set(columns) == {
        "id",
        "owner_id",
        "case_id",
        "kind",
        "target",
        "payload",
        "created_at",
        "updated_at",
        "version",
    }
    # One draft per owner, case, kind and target: a second is refused by the database itself.
    insert = (
        "INSERT INTO drafts (owner_id, case_id, kind, target, payload, created_at, updated_at) "
        "VALUES (1, 1, 'contact', :target, '{}', '2025-07-02 00:00:00', '2025-07-02 00:00:00')"
    )
    with old_database.engine.begin() as conn:
        conn.execute(text(insert), {"target": ""})
        conn.execute(text(insert), {"target": "12"})  # an edit of contact 12 is another draft
    assert sqlite_rows(path, "SELECT target, version FROM drafts ORDER BY id") == [("", 1), ("12", 1)]
    with pytest.raises(Exception, match="UNIQUE"), old_database.engine.begin() as conn:
        conn.execute(text(insert), {"target": ""})
    # ... and it points at a real case and a real account.
    with pytest.raises(Exception, match="FOREIGN KEY"), old_database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO drafts (owner_id, case_id, kind, target, payload, created_at, updated_at) "
                "VALUES (1, 99, 'contact', '', '{}', '2025-07-02 00:00:00', '2025-07-02 00:00:00')"
            )
        )


def test_after_0006_the_services_keep_drafts(old_database):
    migrate.upgrade(old_database, "head")
    accounts.init_database(old_database, "v.iyer", "the first admin phrase")
    admin = ServiceContext(old_database, accounts.sign_in(old_database, "v.iyer", "the first admin phrase"))
    accounts.reset_password(admin, "a.sharma", "her new pass phrase")
    sharma = ServiceContext(old_database, accounts.sign_in(old_database, "a.sharma", "her new pass phrase"))
    saved = drafts.save_draft(sharma, "BAM-2025-0001", "contact", {"subject": "Call with the gendarmerie"})
    assert saved.version == 1
    assert drafts.load_draft(sharma, "bam-2025-0001", "contact").payload == {"subject": "Call with the gendarmerie"}
    assert drafts.load_draft(admin, "BAM-2025-0001", "contact") is None


def test_0006_downgrades_cleanly(old_database):
    migrate.upgrade(old_database, REVISION)
    with old_database.engine.begin() as conn:
        config = alembic_config(old_database)
        config.attributes["connection"] = conn
        command.downgrade(config, down_revision())
    names = {r[0] for r in sqlite_rows(old_database.path, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "drafts" not in names and "cases" in names
    assert sqlite_rows(old_database.path, "SELECT version_num FROM alembic_version") == [(down_revision(),)]
