"""The duplicate finder's keys of a PostgreSQL bulk load, written by ``COPY``.

After the synthetic generator's load every person's and counterpart's ``match_keys`` rows are
worked out once (:func:`consular.services.match_keys.refresh_all` does it for the services,
through SQLAlchemy's executemany ``INSERT`` with the table's two indexes kept row by row). At
100,000 cases that is about two million rows: 50 s, 28 s of them the generator's CPU. Here the
same rows, in the same order (so with the same ids from the same sequence), go through one
``COPY`` per entity, with the two secondary indexes dropped for it and built again afterwards,
each once. The keys themselves are the services' (:mod:`consular.domain.name_match`).
"""

from __future__ import annotations

from sqlalchemy import delete, select

from consular.db import dialect
from consular.db.models import Counterpart, Person
from consular.db.tool_models import MatchKey
from consular.domain.name_match import counterpart_keys, person_keys
from consular.services import match_keys

__all__ = ["refresh_all"]

_COLUMNS = ["entity", "entity_id", "kind", "key"]


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
    for entity, model, columns, keys_of in (
        ("person", Person, (Person.id, Person.full_name, Person.name_native, Person.passport_number), person_keys),
        ("counterpart", Counterpart, (Counterpart.id, Counterpart.name, Counterpart.phone), counterpart_keys),
    ):
        conn.execute(delete(MatchKey).where(MatchKey.entity == entity))
        # As the services order them: records by id, each record's keys sorted, so that the
        # keys' ids follow from the data alone.
        query = select(*columns).where(model.merged_into_id.is_(None)).order_by(model.id)
        rows = [
            (entity, record_id, kind, key)
            for record_id, *values in conn.execute(query)
            for kind, key in sorted(keys_of(*values))
        ]
        dialect.bulk_insert_tuples(conn, table, _COLUMNS, rows)
        written += len(rows)
    for _name, definition in indexes:
        conn.exec_driver_sql(definition)
    return written
