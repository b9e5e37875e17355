"""Rows for a bulk load: collected per transaction with their ids allocated, then written with
SQLAlchemy Core ``insert()`` in executemany batches, parents before children.

The synthetic generator (:mod:`consular.seeding.synthetic`) fills a :class:`RowBatch` per
transaction and hands it to :func:`write_batch`. Audit rows join the hash chain on the way in.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from consular.db import dialect, pg_bulk
from consular.db.models import Base
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
    return " ".join(str(p) for p in parts if p)


class RowBatch:
    """Rows for one transaction, with ids allocated past the tables' current maxima."""

    def __init__(self, max_ids: dict[str, int]):
        self.next_ids = dict(max_ids)
        self.rows: dict[str, list[dict]] = defaultdict(list)
        self.references: list[str] = []

    @classmethod
    def opened_on(cls, conn) -> RowBatch:
        """An empty batch whose ids continue from the tables' maxima as ``conn`` sees them."""
        return cls(
            {name: conn.execute(select(func.coalesce(func.max(T[name].c.id), 0))).scalar_one() for name in ID_TABLES}
        )

    def add(self, table: str, **values) -> int | None:
        if table in self.next_ids:
            self.next_ids[table] += 1
            values["id"] = self.next_ids[table]
        self.rows[table].append(values)
        return values.get("id")

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


def prepare(batch: RowBatch, dialect, cases: int) -> PreparedBatch:
    """Convert a batch's values with the columns' own bind processors for ``dialect`` (the
    same conversion an ORM insert does), so writing it costs the driver only. It may run in
    another process than the writing."""
    tables = []
    for name in INSERT_ORDER:
        rows = batch.rows.get(name)
        if not rows or name == "audit_entries":
            continue
        columns = list(rows[0])
        processors = [T[name].c[c].type.bind_processor(dialect) for c in columns]
        pairs = list(zip(columns, processors, strict=True))
        tables.append((name, columns, [tuple(p(row[c]) if p else row[c] for c, p in pairs) for row in rows]))
    return PreparedBatch(tables, batch.rows.get("audit_entries", []), list(batch.references), cases)


def write_prepared(conn, prepared: PreparedBatch) -> Counter:
    """Insert a prepared batch table by table, parents first (inside the caller's
    transaction); returns how many rows went into each table."""
    written: Counter = Counter()
    for name, columns, rows in prepared.tables:
        pg_bulk.insert_tuples(conn, T[name], columns, rows)  # COPY on PostgreSQL, with search vectors
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
