"""The one seam for database-specific SQL.

Everything else in consular is portable SQLAlchemy. What differs between the embedded SQLite
default and a shared PostgreSQL server lives here:

- connection set-up (SQLite pragmas: foreign keys, WAL, busy timeout);
- the full-text index over ``search_documents`` and the query that uses it
  (FTS5 with bm25 and snippet() on SQLite, a GIN ``tsvector`` index with ``ts_rank`` and
  ``ts_headline`` on PostgreSQL);
- mapping driver errors (locked, disk full, not a database) to typed user errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from consular.domain.errors import (
    DatabaseLockedError,
    DiskFullError,
    NotConsularDatabaseError,
)

BUSY_TIMEOUT_MS = 10_000


def configure_engine(engine: Engine) -> None:
    """Install per-connection settings for the engine's dialect."""
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection, _record):  # pragma: no branch - runs per connection
        # pysqlite's own transaction handling would issue BEGIN lazily; let SQLAlchemy do it.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _sqlite_begin(conn):
        # BEGIN IMMEDIATE would serialise readers too; a plain BEGIN plus busy_timeout is what
        # a desktop tool with short write transactions needs.
        conn.exec_driver_sql("BEGIN")


# --- full-text search -------------------------------------------------------------------

# The FTS5 table / GIN index themselves are created by the initial migration; autogenerate
# must ignore them since they are not in the ORM metadata.
SEAM_OBJECT_NAMES = frozenset({"search_fts", "ix_search_documents_fts"})
SEAM_TABLE_PREFIXES = ("search_fts_",)


def rebuild_search_index(conn: Connection) -> None:
    """Re-derive the full-text index from ``search_documents`` (after bulk loads)."""
    if conn.dialect.name == "sqlite":
        conn.execute(text("INSERT INTO search_fts(search_fts) VALUES ('rebuild')"))
    else:
        conn.execute(text("REINDEX INDEX ix_search_documents_fts"))


_WORD = re.compile(r"\w+", re.UNICODE)


def search_terms(query: str) -> list[str]:
    """Words of a user query, lower-cased; punctuation and FTS operators are dropped."""
    return [w.lower() for w in _WORD.findall(query or "")][:12]


@dataclass(frozen=True)
class RawHit:
    document_id: int
    entity: str
    entity_id: int
    case_id: int | None
    title: str
    snippet: str
    restricted: bool
    rank: float


def full_text_search(
    conn: Connection,
    query: str,
    *,
    limit: int = 50,
    case_id: int | None = None,
    include_restricted: bool = True,
) -> list[RawHit]:
    """Best matches first. Every word must match; the last word also matches as a prefix."""
    terms = search_terms(query)
    if not terms:
        return []
    params: dict = {"limit": limit}
    filters = ""
    if case_id is not None:
        filters += " AND d.case_id = :case_id"
        params["case_id"] = case_id
    if not include_restricted:
        filters += " AND d.restricted = :false"
        params["false"] = False
    if conn.dialect.name == "sqlite":
        quoted = ['"' + t.replace('"', '""') + '"' for t in terms]
        quoted[-1] += "*"
        params["match"] = " ".join(quoted)
        sql = f"""
            SELECT d.id, d.entity, d.entity_id, d.case_id, d.title,
                   snippet(search_fts, -1, '[', ']', ' … ', 12) AS snip, d.restricted,
                   bm25(search_fts, 4.0, 1.0) AS rank
            FROM search_fts JOIN search_documents d ON d.id = search_fts.rowid
            WHERE search_fts MATCH :match {filters}
            ORDER BY rank LIMIT :limit"""
    else:
        lexemes = [re.sub(r"[^\w]", "", t) for t in terms]
        lexemes = [lx for lx in lexemes if lx]
        if not lexemes:
            return []
        lexemes[-1] += ":*"
        params["tsq"] = " & ".join(lexemes)
        doc = "to_tsvector('simple', coalesce(d.title, '') || ' ' || coalesce(d.body, ''))"
        sql = f"""
            SELECT d.id, d.entity, d.entity_id, d.case_id, d.title,
                   ts_headline('simple', coalesce(d.title, '') || ' ' || coalesce(d.body, ''),
                               to_tsquery('simple', :tsq),
                               'StartSel=[, StopSel=], MaxWords=14, MinWords=5, MaxFragments=1')
                       AS snip,
                   d.restricted,
                   -ts_rank({doc}, to_tsquery('simple', :tsq)) AS rank
            FROM search_documents d
            WHERE {doc} @@ to_tsquery('simple', :tsq) {filters}
            ORDER BY rank LIMIT :limit"""
    rows = conn.execute(text(sql), params).all()
    return [
        RawHit(r[0], r[1], r[2], r[3], r[4], r[5] or "", bool(r[6]), float(r[7] or 0))
        for r in rows
    ]


# --- errors -----------------------------------------------------------------------------


def translate_error(exc: BaseException):
    """Map a driver error to a typed user error, or return None if it is not one we know."""
    if not isinstance(exc, (DBAPIError, OperationalError)):
        return None
    message = str(getattr(exc, "orig", exc)).lower()
    if "database is locked" in message or "database table is locked" in message:
        return DatabaseLockedError(
            "The database is busy in another program or window; try again in a moment."
        )
    if "disk is full" in message or "no space left" in message or "database or disk is full" in message:
        return DiskFullError("The disk is full; nothing was saved. Free some space and retry.")
    if "file is not a database" in message or "malformed" in message:
        return NotConsularDatabaseError(
            "The file is not a consular database, or it is damaged. Open a backup copy instead."
        )
    return None
