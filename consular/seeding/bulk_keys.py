"""The duplicate finder's keys of a PostgreSQL bulk load, written by ``COPY``.

After the synthetic generator's load every person's and counterpart's ``match_keys`` rows are
worked out once (:func:`consular.services.match_keys.refresh_all` does it for the services,
through SQLAlchemy's executemany ``INSERT`` with the table's two indexes kept row by row). At
100,000 cases that is about two million rows: 50 s, 28 s of them the generator's CPU. Here the
same rows (:func:`consular.repositories.match_keys.key_rows`), in the same order (so with the
same ids from the same sequence), go through one ``COPY`` per entity, with the table's two
secondary indexes dropped for it and built again afterwards, each once.
"""

from __future__ import annotations

from sqlalchemy import delete

from consular.db import dialect
from consular.db.tool_models import MatchKey
from consular.repositories import match_keys as match_keys_repo
from consular.services import match_keys

__all__ = ["refresh_all"]


def refresh_all(conn) -> int:
    """What :func:`consular.services.match_keys.refresh_all` writes, for a PostgreSQL bulk load
    (``conn``: a Connection, inside a transaction); elsewhere that function itself. Returns the
    number of keys written."""
    if conn.dialect.name != "postgresql":
        return match_keys.refresh_all(conn)
    table = MatchKey.__table__
    indexes = conn.exec_driver_sql(
        "SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
        "WHERE x.indrelid = 'match_keys'::regclass AND NOT x.indisprimary ORDER BY i.relname"
    ).all()
    for name, _definition in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    written = 0
    for entity in ("person", "counterpart"):
        conn.execute(delete(MatchKey).where(MatchKey.entity == entity))
        rows = match_keys_repo.key_rows(conn, entity)  # the services' keys, in their order
        dialect.bulk_insert_tuples(conn, table, list(match_keys_repo.KEY_COLUMNS), rows)
        written += len(rows)
    for _name, definition in indexes:
        conn.exec_driver_sql(definition)
    return written
