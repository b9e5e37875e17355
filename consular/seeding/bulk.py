"""Rows for a bulk load: collected per transaction with their ids allocated, then written with
SQLAlchemy Core ``insert()`` in executemany batches, parents before children.

The synthetic generator (:mod:`consular.seeding.synthetic`) fills a :class:`RowBatch` per
transaction and hands it to :func:`write_batch`. Audit rows join the hash chain on the way in.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import func, select

from consular.db import dialect
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


def write_batch(conn, batch: RowBatch) -> Counter:
    """Insert the batch's rows table by table (inside the caller's transaction); returns how
    many rows went into each table."""
    written: Counter = Counter()
    for name in INSERT_ORDER:
        rows = batch.rows.get(name)
        if rows and name == "audit_entries":
            audit_chain.append_rows(conn, rows)  # bulk rows join the hash chain too
        if rows:
            dialect.bulk_insert(conn, T[name], rows)
            written[name] += len(rows)
    dialect.sync_id_sequences(conn, [n for n in ID_TABLES if batch.rows.get(n)])
    return written
