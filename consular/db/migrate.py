"""Schema management through alembic: check, back up, upgrade.

The app upgrades an older database on start after copying the file aside
(``<name>.before-<revision>-<timestamp>.bak``). A database written by a newer consular is
refused rather than touched.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from consular import paths
from consular.db.engine import Database
from consular.domain.clock import wall_now
from consular.domain.errors import NotConsularDatabaseError, SchemaTooNewError

SQLITE_HEADER = b"SQLite format 3\x00"


def alembic_config(database: Database | None = None) -> Config:
    config = Config(str(paths.alembic_ini()))
    config.set_main_option("script_location", str(paths.migrations_dir()))
    if database is not None:
        # Escape % for configparser; env.py prefers the passed-in connection anyway.
        config.set_main_option("sqlalchemy.url", database.url.render_as_string(hide_password=False).replace("%", "%%"))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that exists but is not a SQLite database, before SQLite touches it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise NotConsularDatabaseError(f"Cannot read '{path}': {exc.strerror}.") from None
    if header != SQLITE_HEADER:
        raise NotConsularDatabaseError(
            f"'{path.name}' is not a consular database (it is not a SQLite file). "
            "Choose a .db file made by consular, or create a new one."
        )


def state(database: Database) -> str:
    """'empty', 'current', 'old', 'newer' or 'foreign' (tables but not ours)."""
    if database.path is not None:
        check_sqlite_file(database.path)
    # A driver error here escapes as it is: the caller's boundary
    # (consular.services.errors.translated, opening=True) says what it means for the user.
    with database.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = MigrationContext.configure(conn).get_current_revision()
    if revision is None:
        return "empty" if not (tables - {"alembic_version"}) else "foreign"
    script = ScriptDirectory.from_config(alembic_config())
    if revision == script.get_current_head():
        return "current"
    try:
        script.get_revision(revision)
    except Exception:  # noqa: BLE001 - alembic raises several kinds for unknown ids
        return "newer"
    return "old"


def backup_sqlite(database: Database, revision: str | None) -> Path | None:
    """Copy a SQLite database aside with the online backup API (safe with WAL)."""
    path = database.path
    if path is None or not path.exists():
        return None
    stamp = wall_now().strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.before-{revision or 'none'}-{stamp}.bak")
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def upgrade(database: Database, revision: str = "head") -> Path | None:
    """Bring the schema to ``revision``; returns the backup file made first, if any.

    Raises :class:`SchemaTooNewError` for a database from a newer consular and
    :class:`NotConsularDatabaseError` for a file that has other tables.
    """
    current_state = state(database)
    if current_state == "newer":
        raise SchemaTooNewError(
            f"'{database.describe()}' was written by a newer version of consular "
            f"(schema {current_revision(database)}); update consular to open it."
        )
    if current_state == "foreign":
        raise NotConsularDatabaseError(
            f"'{database.describe()}' holds tables that are not consular's; choose a consular database or a new file."
        )
    if current_state == "current" and revision == "head":
        return None
    backup = None
    if current_state == "old":
        backup = backup_sqlite(database, current_revision(database))
    with database.engine.begin() as conn:
        config = alembic_config(database)
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    return backup


def ensure_schema(database: Database) -> Path | None:
    """What the app and CLI call on start: upgrade to head (backing up first if needed),
    then make sure the query planner has statistics (a sampled ANALYZE, once)."""
    from consular.db.dialect import has_statistics, refresh_statistics

    backup = upgrade(database, "head")
    with database.engine.begin() as conn:
        if not has_statistics(conn):
            refresh_statistics(conn)
    return backup
