"""Revision 0004 (accounts and case teams) upgrades a database with data in it."""

from __future__ import annotations

import re

import pytest
from alembic import command
from sqlalchemy import text

from consular import paths
from consular.db import migrate
from consular.db.engine import open_database
from consular.db.migrate import alembic_config
from consular.domain.errors import SignInError
from consular.services import accounts
from consular.services.context import ServiceContext
from tests.fixtures_db import sqlite_rows

SCRIPT = next(paths.migrations_dir().glob("versions/*_0004_*.py"))


def down_revision() -> str:
    return re.search(r'^down_revision = "([^"]+)"', SCRIPT.read_text(), re.M).group(1)


@pytest.fixture
def old_database(tmp_path):
    """A database at 0004's down_revision holding users, a case and milestones (raw SQL: the
    ORM models are already at the new schema)."""
    database = open_database(tmp_path / "old.db")
    migrate.upgrade(database, down_revision())
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (id, username, display_name, role, active, created_at) VALUES "
                "(1, 'a.sharma', 'Anjali Sharma', 'caseworker', 1, '2025-01-01 00:00:00+00:00'), "
                "(2, 'v.iyer', 'Vikram Iyer', 'supervisor', 1, '2025-01-01 00:00:00+00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO posts (id, code, name, kind, country, city, timezone) "
                "VALUES (1, 'BAM', 'Embassy', 'embassy', 'ML', 'Bamako', 'Africa/Bamako')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO cases (id, reference, post_id, ref_year, ref_seq, title, kind, status, priority, "
                "incident_at, incident_country, timezone, attribution_level, classification, lead_caseworker_id, "
                "supervisor_id, created_at, updated_at, version) VALUES (1, 'BAM-2025-0001', 1, 2025, 1, 'Kayes', "
                "'hostage_taking', 'active', 'high', '2025-07-01 06:00:00+00:00', 'ML', 'Africa/Bamako', "
                "'unknown', 'restricted', 1, 2, '2025-07-01 07:00:00+00:00', '2025-07-01 07:00:00+00:00', 1)"
            )
        )
        for mid, kind, restricted in ((1, "demand", 0), (2, "proof_of_life", 0), (3, "release", 0)):
            conn.execute(
                text(
                    "INSERT INTO milestones (id, case_id, kind, occurred_at, title, restricted, recorded_at, "
                    "recorded_by_id) VALUES (:id, 1, :kind, '2025-07-02 00:00:00+00:00', :title, :r, "
                    "'2025-07-02 00:00:00+00:00', 1)"
                ),
                {"id": mid, "kind": kind, "title": f"{kind} title", "r": restricted},
            )
            conn.execute(
                text(
                    "INSERT INTO search_documents (entity, entity_id, case_id, title, body, restricted) "
                    "VALUES ('milestone', :id, 1, :title, '', 0)"
                ),
                {"id": mid, "title": f"{kind} title"},
            )
    yield database
    database.dispose()


def test_0004_keeps_users_and_restricts_demands_and_proofs_of_life(old_database):
    path = old_database.path
    migrate.upgrade(old_database, "0004")
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [("0004",)]
    assert sqlite_rows(
        path, "SELECT username, role, active, password_hash, failed_sign_ins, locked_until FROM users ORDER BY id"
    ) == [("a.sharma", "caseworker", 1, None, 0, None), ("v.iyer", "supervisor", 1, None, 0, None)]
    assert sqlite_rows(path, "SELECT id, restricted FROM milestones ORDER BY id") == [(1, 1), (2, 1), (3, 0)]
    assert sqlite_rows(path, "SELECT entity_id, restricted FROM search_documents ORDER BY entity_id") == [
        (1, 1),
        (2, 1),
        (3, 0),
    ]
    assert sqlite_rows(path, "SELECT count(*) FROM case_team_members") == [(0,)]


def test_after_0004_no_one_signs_in_until_db_init_appoints_an_administrator(old_database):
    migrate.upgrade(old_database, "head")
    with pytest.raises(SignInError, match="no administrator yet"):
        accounts.sign_in(old_database, "v.iyer", "any password at all")
    accounts.init_database(old_database, "v.iyer", "the first admin phrase")
    admin = ServiceContext(old_database, accounts.sign_in(old_database, "v.iyer", "the first admin phrase"))
    listed = {a.username: a for a in accounts.list_accounts(admin)}
    assert listed["v.iyer"].role.value == "admin" and listed["a.sharma"].has_password is False
    accounts.reset_password(admin, "a.sharma", "her new pass phrase")
    assert accounts.sign_in(old_database, "a.sharma", "her new pass phrase").role.value == "caseworker"


def test_0004_downgrades_cleanly(old_database):
    migrate.upgrade(old_database, "0004")

    with old_database.engine.begin() as conn:
        config = alembic_config(old_database)
        config.attributes["connection"] = conn
        command.downgrade(config, down_revision())
    names = {r[0] for r in sqlite_rows(old_database.path, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "case_team_members" not in names
    columns = {r[1] for r in sqlite_rows(old_database.path, "PRAGMA table_info(users)")}
    assert "password_hash" not in columns and "username" in columns
