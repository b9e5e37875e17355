"""Shared by the migration upgrade tests: a database at a revision's down_revision holding an
old case, written with raw SQL (the ORM models already describe the newest schema)."""

from __future__ import annotations

import re
from pathlib import Path

from alembic import command
from sqlalchemy import text

from consular import paths
from consular.db import migrate
from consular.db.engine import Database, open_database

STAMP = "'2025-07-01 07:00:00+00:00'"


def down_revision(revision: str) -> str:
    """The down_revision written in ``revision``'s script (never hard-coded in a test)."""
    script = next(paths.migrations_dir().glob(f"versions/*_{revision}_*.py"))
    return re.search(r'^down_revision = "([^"]+)"', script.read_text(), re.M).group(1)


def downgrade(database: Database, revision: str) -> None:
    """Take ``database`` down to ``revision`` through alembic, in one transaction."""
    with database.engine.begin() as conn:
        config = migrate.alembic_config(database)
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def old_case_database(path: Path, revision: str) -> Database:
    """A database upgraded to the revision before ``revision``, holding two users (a.sharma,
    caseworker; v.iyer, supervisor), the post BAM and the case BAM-2025-0001 (ids 1)."""
    database = open_database(path)
    migrate.upgrade(database, down_revision(revision))
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (id, username, display_name, role, active, created_at) VALUES "
                f"(1, 'a.sharma', 'Anjali Sharma', 'caseworker', 1, {STAMP}), "
                f"(2, 'v.iyer', 'Vikram Iyer', 'supervisor', 1, {STAMP})"
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
                f"'hostage_taking', 'active', 'high', {STAMP}, 'ML', 'Africa/Bamako', "
                f"'unknown', 'restricted', 1, 2, {STAMP}, {STAMP}, 1)"
            )
        )
    return database
