"""Bulk loading into PostgreSQL: ``COPY`` with the search vectors computed on the client.

:func:`insert_tuples` is what the synthetic generator's writer calls for every table
(:mod:`consular.seeding.bulk`). On PostgreSQL through psycopg the rows go through ``COPY ...
FROM STDIN (FORMAT BINARY)`` (the server parses no text form of a timestamp or a number); for
``search_documents`` each row also brings its ``search_vector`` as computed by
:mod:`consular.db.pg_vectors` (NULL where that module leaves it to the server, and then
revision 0028's trigger computes it), in a binary ``COPY``: the load's backend then spends no
CPU on the vectors (about 100 µs a document when it computes them, 13 µs when it parses their
text form).
Elsewhere it is :func:`consular.db.dialect.bulk_insert_tuples`.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter

from sqlalchemy import Connection, Table

from consular.db import dialect, pg_vectors

__all__ = ["VectorMaker", "client_vectors", "forget_vectors", "insert_tuples"]

_VECTORS_KEY = "consular.pg_bulk.vectors"
_TYPES_KEY = "consular.pg_bulk.types"
_SHORT_BODY = 400  # characters: bodies up to this long have their vectors remembered
_SHORT_KEY = "consular.pg_bulk.vector_maker"  # the connection's VectorMaker
_SHORT_KEPT = 50_000  # short documents' vectors remembered per VectorMaker (some tens of MB at most)


def _vectors_here(conn: Connection) -> bool:
    """Whether this database takes client-made vectors: the column is a plain one (revision
    0028) and :func:`pg_vectors.usable` says the client's vectors are the server's. Asked once
    per connection."""
    known = conn.info.get(_VECTORS_KEY)
    if known is None:
        raw = conn.connection.driver_connection
        generated = raw.execute(
            "SELECT attgenerated FROM pg_attribute WHERE attrelid = 'search_documents'::regclass "
            "AND attname = 'search_vector' AND NOT attisdropped"
        ).fetchone()
        known = generated is not None and generated[0] == "" and pg_vectors.usable(raw)
        conn.info[_VECTORS_KEY] = known
    return known


def _vector_dumper(oid: int):
    """A psycopg dumper passing through tsvector's binary form, already made by
    :func:`pg_vectors.vector`. (psycopg is imported here: it is only installed for PostgreSQL.)"""
    from psycopg.adapt import Dumper
    from psycopg.pq import Format

    class BinaryVector(Dumper):
        format = Format.BINARY

        def dump(self, obj):
            return obj

    BinaryVector.oid = oid
    return BinaryVector


def _column_types(conn: Connection, raw, table: str, columns: list[str]) -> list[int]:
    """The columns' type oids, in order: a binary ``COPY`` must send each in its own type. Asked
    once per connection and table."""
    known = conn.info.setdefault(_TYPES_KEY, {})
    types = known.get((table, *columns))
    if types is None:
        oids = dict(
            raw.execute(
                "SELECT attname, atttypid::int FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0 "
                "AND NOT attisdropped",
                (table,),
            ).fetchall()
        )
        types = known[(table, *columns)] = [oids[c] for c in columns]
    return types


class VectorMaker:
    """Search vectors of ``search_documents`` rows (:func:`pg_vectors.vector`), a short
    document's remembered: a task's or milestone's title and note from a vocabulary come again
    across the whole load (up to :data:`_SHORT_KEPT` documents, then forgotten at once)."""

    def __init__(self) -> None:
        self.short: dict[tuple, bytes | None] = {}

    def column(self, titles: Iterable[str | None], bodies: Iterable[str | None]) -> list[bytes | None]:
        """One vector (or ``None``: the server's trigger makes it) per document, in order."""
        if len(self.short) > _SHORT_KEPT:
            self.short.clear()
        short, vector = self.short, pg_vectors.vector
        made = []
        for text in zip(titles, bodies, strict=True):
            if len(text[1] or "") > _SHORT_BODY:
                made.append(vector(*text))
                continue
            known = short.get(text)
            if known is None:
                known = short[text] = vector(*text)
            made.append(known)
        return made


def client_vectors(conn: Connection) -> bool:
    """Whether :func:`insert_tuples` sends ``search_documents``' vectors made on the client to this
    database (PostgreSQL through psycopg, the plain column of revision 0028, a C ``LC_CTYPE``):
    only then are the vectors of :class:`VectorMaker` worth making beforehand."""
    return conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg" and _vectors_here(conn)


def forget_vectors(conn: Connection) -> None:
    """Let go of the short documents' vectors :func:`insert_tuples` remembered on ``conn`` (at the
    end of a bulk load: the pooled connection lives on)."""
    conn.info.pop(_SHORT_KEY, None)


def insert_tuples(
    conn: Connection, table: Table, columns: list[str], rows: list[tuple], vectors: list[bytes | None] | None = None
) -> None:
    """Insert rows whose values are already bound, as tuples in ``columns`` order (see
    :func:`consular.db.dialect.bulk_insert_tuples`), inside the caller's transaction.

    ``vectors``: for ``search_documents``, the rows' vectors already made by a
    :class:`VectorMaker` (in another process: see :mod:`consular.seeding.synthetic`), one per
    row; without them they are made here. They are used only where :func:`client_vectors`
    says so."""
    if not rows:
        return
    if conn.dialect.name != "postgresql" or conn.dialect.driver != "psycopg":
        dialect.bulk_insert_tuples(conn, table, columns, rows)
        return
    with_vectors = table.name == "search_documents" and _vectors_here(conn)
    names = [*columns, "search_vector"] if with_vectors else columns
    quoted = ", ".join(conn.dialect.identifier_preparer.quote(c) for c in names)
    raw = conn.connection.driver_connection
    types = _column_types(conn, raw, table.name, names)
    if with_vectors and vectors is None:
        maker = conn.info.get(_SHORT_KEY)
        if maker is None:
            maker = conn.info[_SHORT_KEY] = VectorMaker()
        title, body = columns.index("title"), columns.index("body")
        vectors = maker.column(map(itemgetter(title), rows), map(itemgetter(body), rows))
    if with_vectors and len(vectors) != len(rows):
        raise ValueError(f"{len(vectors)} search vectors for {len(rows)} rows")
    with raw.cursor() as cursor:
        if with_vectors:
            cursor.adapters.register_dumper(None, _vector_dumper(types[-1]))
        with cursor.copy(f"COPY {table.name} ({quoted}) FROM STDIN (FORMAT BINARY)") as copy:
            copy.set_types(types)
            if not with_vectors:
                for row in rows:
                    copy.write_row(row)
                return
            for row, made in zip(rows, vectors, strict=True):
                copy.write_row((*row, made))
