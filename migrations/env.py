"""Alembic environment for consular.

Uses the app's metadata, batch mode on SQLite (ALTER TABLE there is limited), and reuses a
connection passed in by the app (``config.attributes["connection"]``) so an upgrade runs in
the caller's transaction. Objects made by the dialect seam (FTS5 tables, the GIN index) are
not in the metadata and are ignored by autogenerate.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from consular.db.dialect import SEAM_OBJECT_NAMES, SEAM_TABLE_PREFIXES
from consular.db.engine import url_for
from consular.db.models import EXPRESSION_INDEXES, Base

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):
    if type_ == "index" and name in EXPRESSION_INDEXES:
        return False
    return not (name in SEAM_OBJECT_NAMES or (name or "").startswith(SEAM_TABLE_PREFIXES))


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
        compare_type=True,
    )


def _url() -> str:
    override = context.get_x_argument(as_dictionary=True).get("db")
    if override:
        return url_for(override).render_as_string(hide_password=False)
    return config.get_main_option("sqlalchemy.url")


def run_migrations_offline() -> None:
    context.configure(
        url=_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = engine_from_config({"sqlalchemy.url": _url()}, prefix="sqlalchemy.", poolclass=pool.NullPool)
    with engine.begin() as connection:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
