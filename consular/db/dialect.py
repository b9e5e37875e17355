"""The one seam for database-specific SQL.

Everything else in consular is portable SQLAlchemy. What differs between the embedded SQLite
default and a shared PostgreSQL server lives here:

- connection set-up (SQLite pragmas: foreign keys, WAL, busy timeout) and how a writing
  transaction starts (``BEGIN IMMEDIATE`` on SQLite, see :data:`WRITE_OPTION`);
- the full-text index over ``search_documents`` and the query that uses it
  (FTS5 with bm25 and snippet() on SQLite, a GIN ``tsvector`` index with ``ts_rank`` and
  ``ts_headline`` on PostgreSQL);
- mapping driver errors (locked, disk full, not a database, conflicts) to typed user errors.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Table, event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from consular.domain.errors import (
    ConflictError,
    DatabaseLockedError,
    DiskFullError,
    NotConsularDatabaseError,
    UserError,
)

BUSY_TIMEOUT_MS = 10_000
# Execution option marking a connection whose transaction may write (see configure_engine).
WRITE_OPTION = "consular_write"


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
        # journal_mode, synchronous, secure_delete and the cipher key: consular.db.engine's
        # creator, which first checks that the file is ours.
        cursor.close()

    @event.listens_for(engine, "begin")
    def _sqlite_begin(conn):
        # A transaction that may write takes the write lock at BEGIN IMMEDIATE, so a second
        # writer waits there on busy_timeout. Begun as a plain (deferred) BEGIN, its first
        # write would have to upgrade a read snapshot, and when another writer committed in
        # between SQLite refuses at once (SQLITE_BUSY) without waiting. In WAL mode readers
        # are not blocked by it: plain-BEGIN readers keep reading the last committed state
        # while one writer holds the lock.
        immediate = conn.get_execution_options().get(WRITE_OPTION)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


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


def refresh_statistics(conn: Connection) -> None:
    """Give the query planner table statistics.

    Without them SQLite may pick ``ix_tasks_status_due_at`` for the case list's "next task
    due" subquery and scan every open task for every case (seconds per page at 100,000
    cases). ``analysis_limit`` keeps ANALYZE to a sample, so it costs milliseconds even on a
    database of several gigabytes.
    """
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA analysis_limit=1000")
        conn.exec_driver_sql("ANALYZE")
    else:
        conn.execute(text("ANALYZE"))


def has_statistics(conn: Connection) -> bool:
    """Whether the planner has statistics (SQLite keeps them in sqlite_stat1)."""
    if conn.dialect.name != "sqlite":
        return True  # PostgreSQL's autovacuum keeps them
    return (
        conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type='table' AND name='sqlite_stat1'").first()
        is not None
    )


# SQLite's bound-variable limit is 32,766 since 3.32; stay well below it.
_SQLITE_MAX_PARAMS = 30_000
_processors: dict[tuple[str, str], list] = {}


def bulk_insert(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Insert many rows fast, with the same column types (and so the same stored values)
    as an ORM insert. All rows must have the same keys.

    On SQLite the rows go in as multi-row ``INSERT ... VALUES (...), (...)`` statements:
    the FTS5 index behind ``search_documents`` is fed by a trigger, and FTS5 flushes its
    pending terms at every statement, so one statement per row (executemany) is ten times
    slower. Elsewhere the driver's executemany is used.
    """
    if not rows:
        return
    columns = list(rows[0])
    key = (conn.dialect.name, table.name + ":" + ",".join(columns))
    processors = _processors.get(key)
    if processors is None:
        processors = [table.c[name].type.bind_processor(conn.dialect) for name in columns]
        _processors[key] = processors
    pairs = list(zip(columns, processors, strict=True))
    quoted = ", ".join(conn.dialect.identifier_preparer.quote(c) for c in columns)
    if conn.dialect.name == "sqlite":
        per_statement = max(1, _SQLITE_MAX_PARAMS // len(columns))
        placeholder = "(" + ", ".join("?" * len(columns)) + ")"
        for start in range(0, len(rows), per_statement):
            chunk = rows[start : start + per_statement]
            params = [p(row[c]) if p else row[c] for row in chunk for c, p in pairs]
            sql = f"INSERT INTO {table.name} ({quoted}) VALUES " + ", ".join([placeholder] * len(chunk))
            conn.exec_driver_sql(sql, tuple(params))
        return
    compiled = table.insert().compile(dialect=conn.dialect, column_keys=columns)
    if compiled.positional:
        order = [columns.index(name) for name in compiled.positiontup]
        params = [tuple(p(row[c]) if p else row[c] for c, p in (pairs[i] for i in order)) for row in rows]
    else:
        params = [{c: p(row[c]) if p else row[c] for c, p in pairs} for row in rows]
    conn.exec_driver_sql(compiled.string, params)


# Rows per multi-row INSERT in bulk_insert_tuples: few enough that the driver's cache of
# prepared statements (two per table) stays small; a statement for thousands of rows takes
# megabytes once prepared, and a varying row count prepares a new one every time.
_ROWS_PER_STATEMENT = 256


def bulk_insert_tuples(conn: Connection, table: Table, columns: list[str], rows: list[tuple]) -> None:
    """Insert rows whose values are already bound (see :func:`bulk_insert`), as tuples in
    ``columns`` order. On SQLite, fixed-size multi-row ``VALUES`` statements (FTS5 flushes its
    pending terms at every statement, when its triggers are in place) and the remainder with
    executemany; elsewhere executemany."""
    if not rows:
        return
    quoted = ", ".join(conn.dialect.identifier_preparer.quote(c) for c in columns)
    if conn.dialect.name != "sqlite":
        placeholders = ", ".join(["%s"] * len(columns))
        conn.exec_driver_sql(f"INSERT INTO {table.name} ({quoted}) VALUES ({placeholders})", rows)
        return
    placeholder = "(" + ", ".join("?" * len(columns)) + ")"
    per_statement = max(1, min(_ROWS_PER_STATEMENT, _SQLITE_MAX_PARAMS // len(columns)))
    whole = len(rows) - len(rows) % per_statement
    if whole:
        sql = f"INSERT INTO {table.name} ({quoted}) VALUES " + ", ".join([placeholder] * per_statement)
        for start in range(0, whole, per_statement):
            conn.exec_driver_sql(sql, tuple(itertools.chain.from_iterable(rows[start : start + per_statement])))
    if whole < len(rows):
        conn.exec_driver_sql(f"INSERT INTO {table.name} ({quoted}) VALUES {placeholder}", rows[whole:])


@contextlib.contextmanager
def bulk_load_settings(conn: Connection) -> Iterator[None]:
    """Connection settings for a bulk load, restored afterwards. On SQLite a larger page cache
    keeps the pages being filled in memory instead of re-reading and re-writing them (the
    secondary indexes are best left out of the load: :func:`deferred_indexes`)."""
    if conn.dialect.name != "sqlite":
        yield
        return
    previous = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql("PRAGMA cache_size=-131072")  # 128 MiB
    conn.commit()
    try:
        yield
    finally:
        if conn.in_transaction():
            conn.rollback()
        conn.exec_driver_sql(f"PRAGMA cache_size={int(previous)}")
        conn.commit()


@contextlib.contextmanager
def deferred_indexes(conn: Connection, tables: list[str]) -> Iterator[None]:
    """Load ``tables`` without their secondary indexes and without feeding the full-text index
    row by row; put everything back afterwards and rebuild the full-text index once.

    Drops the indexes the migrations made on ``tables`` (not those behind primary keys and
    unique constraints) and, on SQLite, the triggers on ``search_documents``; afterwards runs
    their own saved ``CREATE`` statements, so the schema comes back exactly as it was, then
    :func:`rebuild_search_index`. On PostgreSQL the full-text index (:data:`SEAM_OBJECT_NAMES`)
    stays and is rebuilt at the end. Each step commits on its own, and an error during the
    load still puts everything back; but a process killed during the load leaves the database
    without those indexes and triggers, so load into a database you can throw away.
    """
    names = ", ".join(f"'{t}'" for t in tables if re.fullmatch(r"[a-z_]+", t))
    if conn.dialect.name == "sqlite":
        saved = conn.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
            f"((type = 'index' AND tbl_name IN ({names})) OR (type = 'trigger' AND tbl_name = 'search_documents')) "
            "ORDER BY type, name"
        ).all()
        drops = [f'DROP {kind.upper()} "{name}"' for kind, name, _sql in saved]
        creates = [sql for _kind, _name, sql in saved]
    else:
        saved = conn.exec_driver_sql(
            "SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x "
            "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
            f"WHERE t.relname IN ({names}) AND t.relnamespace = current_schema()::regnamespace "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) ORDER BY i.relname"
        ).all()
        saved = [(name, sql) for name, sql in saved if name not in SEAM_OBJECT_NAMES]
        drops = [f'DROP INDEX "{name}"' for name, _sql in saved]
        creates = [sql for _name, sql in saved]
    if conn.in_transaction():
        conn.commit()
    with conn.begin():
        for statement in drops:
            conn.exec_driver_sql(statement)
    try:
        yield
    finally:
        if conn.in_transaction():
            conn.rollback()
        with conn.begin():
            for statement in creates:
                conn.exec_driver_sql(statement)
        with conn.begin():
            rebuild_search_index(conn)


def sync_id_sequences(conn: Connection, tables: list[str]) -> None:
    """After rows were inserted with explicit ids (bulk loads), move PostgreSQL's id sequences
    past them so the next ordinary insert does not collide. SQLite needs nothing."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        if not re.fullmatch(r"[a-z_]+", table):
            raise ValueError(f"unexpected table name {table!r}")
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"
            )
        )


def _word_char(ch: str) -> bool:
    # Combining marks belong to the word: a Devanagari or Telugu name is letters plus vowel
    # signs and viramas (category M), and splitting there would cut "वर्मा" into pieces.
    return ch.isalnum() or ch == "_" or unicodedata.category(ch).startswith("M")


def search_terms(query: str) -> list[str]:
    """Words of a user query, lower-cased; punctuation and FTS operators are dropped."""
    words: list[str] = []
    current: list[str] = []
    for ch in (query or "") + " ":
        if _word_char(ch):
            current.append(ch)
        elif current:
            words.append("".join(current).lower())
            current = []
    return words[:12]


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
    """Best matches first. Every word must match; the last word also matches as a prefix.

    ``case_id`` keeps the records of one case, counting the counterparts linked to it (their
    index rows belong to no case, as a counterpart may serve several).
    """
    terms = search_terms(query)
    if not terms:
        return []
    params: dict = {"limit": limit}
    filters = ""
    if case_id is not None:
        filters += (
            " AND (d.case_id = :case_id OR (d.entity = 'counterpart' AND d.entity_id IN "
            "(SELECT counterpart_id FROM case_counterparts WHERE case_id = :case_id)))"
        )
        params["case_id"] = case_id
    if not include_restricted:
        filters += " AND d.restricted = :false"
        params["false"] = False
    if conn.dialect.name == "sqlite":
        return _fts5_search(conn, terms, filters, params)
    # search_terms keeps only word characters, so no tsquery operator can get through.
    lexemes = list(terms)
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
    return [RawHit(r[0], r[1], r[2], r[3], r[4], r[5] or "", bool(r[6]), float(r[7] or 0)) for r in rows]


def _fts5_search(conn: Connection, terms: list[str], filters: str, params: dict) -> list[RawHit]:
    # One query: ranking with bm25 over every match is what costs (about 0.4 s for a word in
    # 175,000 of 420,000 documents); fetching snippets separately for the page of hits was
    # measured slower, as FTS5 re-runs a prefix query for each rowid asked for.
    quoted = ['"' + t.replace('"', '""') + '"' for t in terms]
    quoted[-1] += "*"
    params["match"] = " ".join(quoted)
    sql = f"""
        SELECT d.id, d.entity, d.entity_id, d.case_id, d.title,
               snippet(search_fts, -1, '[', ']', ' … ', 12) AS snip, d.restricted,
               bm25(search_fts, 4.0, 1.0) AS score
        FROM search_fts JOIN search_documents d ON d.id = search_fts.rowid
        WHERE search_fts MATCH :match {filters}
        ORDER BY score LIMIT :limit"""
    return [
        RawHit(r[0], r[1], r[2], r[3], r[4], r[5] or "", bool(r[6]), float(r[7] or 0))
        for r in conn.execute(text(sql), params)
    ]


# --- errors -----------------------------------------------------------------------------


def translate_error(exc: BaseException, target: str | None = None, *, opening: bool = False) -> UserError | None:
    """The one map from database errors to typed user errors; None for one we don't know.

    Called only through :func:`consular.services.errors.translated`, which the two boundaries
    enter: every service transaction and every open/check/upgrade of a database.
    ``target`` (the database's display name) is put in messages about opening it. With
    ``opening``, a driver error we cannot name still means "this is not a database we can
    read" rather than a bug in consular.
    """
    if isinstance(exc, StaleDataError):
        return ConflictError(
            "Someone else changed this record while you were editing it. "
            "Reload it, check their change, then apply yours again."
        )
    if isinstance(exc, IntegrityError):
        return ConflictError(
            f"The change clashes with a record saved at the same time ({_first_line(exc.orig)}). Reload and try again."
        )
    where = f"'{target}'" if target else "the database"
    known = _driver_error(exc, where) if isinstance(exc, DBAPIError) else None
    if known is None and opening:
        return NotConsularDatabaseError(f"{where} cannot be read as a consular database ({exc.__class__.__name__}).")
    return known


def _driver_error(exc: DBAPIError, where: str) -> UserError | None:
    message = str(getattr(exc, "orig", exc)).lower()
    if "database is locked" in message or "database table is locked" in message:
        return DatabaseLockedError("The database is busy in another program or window; try again in a moment.")
    if "disk is full" in message or "no space left" in message or "database or disk is full" in message:
        return DiskFullError("The disk is full; nothing was saved. Free some space and retry.")
    if "file is not a database" in message or "malformed" in message:
        return NotConsularDatabaseError(
            f"{where[0].upper() + where[1:]} is not a consular database, or it is damaged. Open a backup copy instead."
        )
    if "unable to open database file" in message:
        return UserError(f"Cannot open {where}: its folder does not exist or cannot be written to.")
    if "readonly database" in message or "read-only" in message:
        return UserError(f"Cannot write to {where}: the file is read-only for you.")
    if any(
        s in message
        for s in (
            "connection refused",
            "could not connect",
            "connection failed",
            "could not translate host name",
            "timeout expired",
            "password authentication failed",
            "no password supplied",
        )
    ) or ("database" in message and "does not exist" in message):
        first = " ".join(str(getattr(exc, "orig", exc)).split())[:200]
        return UserError(f"Cannot connect to {where}: {first}")
    return None


def _first_line(exc) -> str:
    return str(exc).splitlines()[0][:120] if exc else "integrity error"
