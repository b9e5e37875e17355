"""Rows for a bulk load: collected per transaction with their ids allocated, then written with
SQLAlchemy Core ``insert()`` in executemany batches, parents before children.

The synthetic generator (:mod:`consular.seeding.synthetic`) fills a :class:`RowBatch` per
transaction and hands it to :func:`write_batch`. Audit rows join the hash chain on the way in.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import repeat
from operator import attrgetter, is_, itemgetter, methodcaller

from sqlalchemy import Boolean, func, select

from consular.db import dialect, pg_bulk
from consular.db.models import Base
from consular.db.types import StrEnum, UTCDateTime
from consular.services import audit_chain
from consular.services.search_index import BODY_MAX

T = Base.metadata.tables
# Parents before children, so foreign keys hold at every statement.
INSERT_ORDER = [
    "cases",
    "case_status_changes",
    "persons",
    "person_identifiers",
    "case_participants",
    "hostage_status_events",
    "counterparts",
    "case_counterparts",
    "family_liaisons",
    "contact_entries",
    "contact_counterparts",
    "contact_staff",
    "milestones",
    "tasks",
    "search_documents",
    "audit_entries",
]
ID_TABLES = [name for name in INSERT_ORDER if "id" in T[name].c]


def join_words(*parts) -> str:
    return " ".join([str(p) for p in parts if p])


class RowBatch:
    """Rows for one transaction, with ids allocated past the tables' current maxima.

    ``rows`` holds the rows being made, as dicts that later steps may still change;
    :meth:`seal` turns them into value tuples (``sealed``) once they are final."""

    def __init__(self, max_ids: dict[str, int]):
        self.next_ids = dict(max_ids)
        self.rows: dict[str, list[dict]] = defaultdict(list)
        self.sealed: dict[str, tuple[list[str], list[tuple]]] = {}
        self.references: list[str] = []

    @classmethod
    def opened_on(cls, conn) -> RowBatch:
        """An empty batch whose ids continue from the tables' maxima as ``conn`` sees them."""
        return cls(
            {name: conn.execute(select(func.coalesce(func.max(T[name].c.id), 0))).scalar_one() for name in ID_TABLES}
        )

    def add(self, table: str, **values) -> int | None:
        next_id = self.next_ids.get(table)
        if next_id is not None:
            values["id"] = self.next_ids[table] = next_id + 1
            self.rows[table].append(values)
            return next_id + 1
        self.rows[table].append(values)
        return values.get("id")

    def seal(self) -> None:
        """Take the rows made so far out of their dicts into tuples, in the columns of each
        table's first row (audit rows stay dicts). Done after each case, while its rows are
        still in the processor's caches: half the cost of doing it for the whole batch."""
        for table, rows in self.rows.items():
            if not rows or table == "audit_entries":
                continue
            sealed = self.sealed.get(table)
            if sealed is None:
                sealed = self.sealed[table] = (list(rows[0]), [])
            sealed[1].extend(_values(sealed[0], rows))
            rows.clear()

    def search(
        self, entity: str, entity_id: int, case_id: int | None, title: str, body: str = "", restricted: bool = False
    ) -> None:
        """The ``search_documents`` row the services would write for this record."""
        self.add(
            "search_documents",
            entity=entity,
            entity_id=entity_id,
            case_id=case_id,
            title=(title or "")[:400],
            body=(body or "")[:BODY_MAX],
            restricted=restricted,
        )


@dataclass
class PreparedBatch:
    """A batch's rows as the driver takes them: per table, the column names and a tuple of
    bound values per row (dates, enums already converted). Audit rows stay dicts: they join
    the hash chain only when written, at the head the database has then."""

    tables: list[tuple[str, list[str], list[tuple]]]
    audit: list[dict]
    references: list[str]
    cases: int
    long_case: bool = False
    # search_documents' vectors, one per row, when another process made them (PostgreSQL:
    # consular.seeding.synthetic's vector process); None: pg_bulk makes them while writing.
    vectors: list | None = None

    # Pickled (from the generator's worker to the writer) a column at a time, datetimes as one
    # string of their pickled states: the same values come out, for half the worker's pickling
    # CPU (no tuple per row to pickle and memoise, no reduce call per datetime).
    def __getstate__(self) -> dict:
        return self.__dict__ | {"tables": [_by_columns(*table) for table in self.tables]}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state | {"tables": [_by_rows(*table) for table in state["tables"]]})


_PICKLED_STATE = methodcaller("__reduce_ex__", 4)  # what pickle asks of a datetime (protocol > 3)
_DATETIME_STATE = 10  # bytes of a datetime's pickled state


def _by_columns(name: str, columns: list[str], rows: list[tuple]) -> tuple:
    """A table's rows as columns; a column of datetimes of one zone as their states (one
    ``bytes``) and the zone, its index in ``zones``."""
    packed, zones = [], {}
    if not rows:
        return name, columns, 0, packed, zones
    for index, (column, values) in enumerate(zip(columns, zip(*rows, strict=True), strict=True)):
        if isinstance(T[name].c[column].type, UTCDateTime) and all(map(is_, map(type, values), repeat(datetime))):
            zone = values[0].tzinfo
            if all(map(is_, map(_TZINFO, values), repeat(zone))):
                states = b"".join(map(itemgetter(0), map(itemgetter(1), map(_PICKLED_STATE, values))))
                if len(states) == _DATETIME_STATE * len(values):
                    packed.append(states)
                    zones[index] = zone
                    continue
        packed.append(values)
    return name, columns, len(rows), packed, zones


def _by_rows(name: str, columns: list[str], count: int, packed: list, zones: dict) -> tuple[str, list[str], list]:
    """:func:`_by_columns` undone: datetimes made from their states as unpickling makes them."""
    starts = range(0, _DATETIME_STATE * count, _DATETIME_STATE)
    ends = range(_DATETIME_STATE, _DATETIME_STATE * count + 1, _DATETIME_STATE)
    for index, zone in zones.items():
        states = map(packed[index].__getitem__, map(slice, starts, ends))
        packed[index] = tuple(map(datetime, states)) if zone is None else tuple(map(datetime, states, repeat(zone)))
    return name, columns, list(zip(*packed, strict=True)) if count else []


def prepare(batch: RowBatch, dialect, cases: int) -> PreparedBatch:
    """Convert a batch's values with the columns' own bind processors for ``dialect`` (the
    same conversion an ORM insert does), so writing it costs the driver only. It may run in
    another process than the writing.

    Column by column rather than value by value (the rows are made in the generator's worker
    process, whose CPU is most of a load's): the rows turned into columns and back in C
    (``itemgetter``, ``zip``), a column converted through ``map``, enums and booleans from a
    memo of what the processor returned for each value, UTC datetimes without a Python call
    per value."""
    tables = []
    for name in INSERT_ORDER:
        if name == "audit_entries":
            continue
        columns, values = batch.sealed.get(name, (None, []))
        rows = batch.rows.get(name)
        if rows:  # not sealed yet
            columns = columns or list(rows[0])
            values = values + _values(columns, rows)
        if not values:
            continue
        converters = _converters(name, columns, dialect)
        if converters:
            # Rows to columns and back: cheaper than one pass over the rows per column.
            by_column = list(zip(*values, strict=True))
            for index, convert in converters:
                by_column[index] = convert(by_column[index])
            values = list(zip(*by_column, strict=True))
        tables.append((name, columns, values))
    return PreparedBatch(tables, batch.rows.get("audit_entries", []), list(batch.references), cases)


def _values(columns: list[str], rows: list[dict]) -> list[tuple]:
    """The rows' values in ``columns`` order."""
    if len(columns) == 1:  # itemgetter of one name gives the value, not a 1-tuple
        return [(value,) for value in map(itemgetter(columns[0]), rows)]
    return list(map(itemgetter(*columns), rows))


def _converters(table: str, columns: list[str], dialect) -> list[tuple[int, Callable[[tuple], Iterable]]]:
    """(column index, converter of a column's values) for the columns of ``table`` whose type
    has a bind processor for ``dialect``; each gives exactly what the processor does."""
    found = []
    for index, column in enumerate(columns):
        column_type = T[table].c[column].type
        processor = column_type.bind_processor(dialect)
        if processor is None:
            continue
        if isinstance(column_type, StrEnum | Boolean):
            # A handful of values each: the processor's answer per value, kept for the batch.
            convert = functools.partial(map, _Memo(processor).__getitem__)
        elif isinstance(column_type, UTCDateTime):
            convert = functools.partial(_utc_datetimes, processor, naive=dialect.name == "sqlite")
        else:
            convert = functools.partial(map, processor)
        found.append((index, convert))
    return found


class _Memo(dict):
    """A bind processor's result per value, worked out once (values that compare equal, like an
    enum member and its value, convert alike)."""

    def __init__(self, processor: Callable):
        super().__init__()
        self.processor = processor

    def __missing__(self, value):
        self[value] = converted = self.processor(value)
        return converted


_TZINFO = attrgetter("tzinfo")


def _utc_datetimes(processor: Callable, values: tuple, *, naive: bool) -> Iterable:
    """:class:`UTCDateTime`'s processor over a column. The generator's datetimes are aware and
    in UTC, and for those the processor's answer needs no Python call per value:
    ``astimezone(UTC)`` of a UTC datetime is the datetime itself, and SQLite gets it without
    its zone (``UTCDateTime.process_bind_param``). A column with anything else (a ``None``,
    another zone, a subclass) goes through the processor."""
    if not (all(map(is_, map(type, values), repeat(datetime))) and all(map(is_, map(_TZINFO, values), repeat(UTC)))):
        return map(functools.partial(_utc_datetime, processor, naive), values)
    # Date and wall time put together again: the datetime without its zone (as
    # ``replace(tzinfo=None)`` makes it, and four times faster).
    return map(datetime.combine, map(datetime.date, values), map(datetime.time, values)) if naive else values


def _utc_datetime(processor: Callable, naive: bool, value):
    """One value of :func:`_utc_datetimes`'s column with a ``None`` or something else."""
    if value is None:
        return None
    if type(value) is datetime and value.tzinfo is UTC:
        return value.replace(tzinfo=None) if naive else value
    return processor(value)


def write_prepared(conn, prepared: PreparedBatch) -> Counter:
    """Insert a prepared batch table by table, parents first (inside the caller's
    transaction); returns how many rows went into each table."""
    written: Counter = Counter()
    for name, columns, rows in prepared.tables:
        vectors = prepared.vectors if name == "search_documents" else None
        pg_bulk.insert_tuples(conn, T[name], columns, rows, vectors)  # COPY on PostgreSQL, with search vectors
        written[name] += len(rows)
    if prepared.audit:
        audit_chain.append_rows(conn, prepared.audit)  # bulk rows join the hash chain too
        dialect.bulk_insert(conn, T["audit_entries"], prepared.audit)
        written["audit_entries"] += len(prepared.audit)
    dialect.sync_id_sequences(conn, [n for n in ID_TABLES if written[n]])
    return written


def write_batch(conn, batch: RowBatch) -> Counter:
    """Insert the batch's rows table by table (inside the caller's transaction); returns how
    many rows went into each table."""
    return write_prepared(conn, prepare(batch, conn.dialect, len(batch.references)))
