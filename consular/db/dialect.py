"""The one seam for database-specific SQL.

Everything else in consular is portable SQLAlchemy. What differs between the embedded SQLite
default and a shared PostgreSQL server lives here:

- connection set-up (SQLite pragmas: foreign keys, WAL, busy timeout) and how a writing
  transaction starts (``BEGIN IMMEDIATE`` on SQLite, see :data:`WRITE_OPTION`);
- the full-text index over ``search_documents`` and the queries that find matches in it
  (FTS5 with prefix indexes on SQLite; on PostgreSQL a stored, weighted ``tsvector`` column
  with a GIN index). Ranking and snippets are computed in Python from the matched rows
  (consular.services.search_rank), so they read the same on both engines;
- mapping driver errors (locked, disk full, not a database, conflicts) to typed user errors.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Table, event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from consular.db import fts_merge, fts_prefix, search_windows
from consular.domain.errors import (
    ConflictError,
    DatabaseLockedError,
    DiskFullError,
    NotConsularDatabaseError,
    UserError,
)
from consular.i18n import translate

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

# The FTS5 table (SQLite), the stored search vector and its GIN index (PostgreSQL) are made by
# migrations 0001 and 0007; autogenerate must ignore them since they are not in the ORM metadata.
SEAM_OBJECT_NAMES = frozenset({"search_fts", "ix_search_documents_fts", "search_vector"})
SEAM_TABLE_PREFIXES = ("search_fts_",)


# Bytes of pending terms FTS5 holds in memory before writing them out as a new segment: 1 MiB
# by default (what every ordinary write keeps). A rebuild of millions of documents with 1 MiB
# writes thousands of small segments, each with its four indexes (words and 1- to 3-letter
# prefixes), and merges them again and again; a bigger buffer writes fewer, bigger segments.
_FTS_DEFAULT_HASHSIZE = 1024 * 1024
_FTS_BULK_HASHSIZE = 64 * 1024 * 1024
# Documents indexed per transaction by a bulk rebuild. FTS5's own 'rebuild' is one transaction,
# so at 100,000 cases gigabytes of new index pages pass through the page cache into the WAL and
# are merged from there. In bounded steps, each committed and checkpointed, the WAL stays small;
# with the bigger buffer this took 38% less CPU at 10,000 cases (14.0 s instead of 22.7 s).
_FTS_BULK_STEP = 200_000
# FTS5's own defaults, for the bulk build only: it merges as it goes, as it always did.
_FTS_BUILD_MERGES = (("automerge", 4), ("crisismerge", 16))


def rebuild_search_index(conn: Connection, bulk: bool = False) -> None:
    """Re-derive the full-text index from ``search_documents`` (after bulk loads).

    ``bulk`` (SQLite; ``conn`` outside a transaction): in steps of :data:`_FTS_BULK_STEP`
    documents, each its own transaction, with a large FTS5 write buffer for the rebuild only (the
    table's configuration is as before afterwards). The index holds the same documents either
    way: each step is what the insert trigger does for a row, for many rows at once. The build
    merges its segments as it goes (FTS5's default ``automerge`` and ``crisismerge``); afterwards
    the table keeps :data:`consular.db.fts_merge.SETTINGS`, so ordinary writes never merge.
    """
    if conn.dialect.name != "sqlite":
        conn.execute(text("REINDEX INDEX ix_search_documents_fts"))
        return
    if not bulk:
        conn.execute(text("INSERT INTO search_fts(search_fts) VALUES ('rebuild')"))
        return
    configure = text("INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', :size)")
    with conn.begin():
        conn.execute(configure, {"size": _FTS_BULK_HASHSIZE})
        for key, value in _FTS_BUILD_MERGES:
            conn.execute(text("INSERT INTO search_fts(search_fts, rank) VALUES (:k, :v)"), {"k": key, "v": value})
        conn.execute(text("INSERT INTO search_fts(search_fts) VALUES ('delete-all')"))
        low, high = conn.execute(text("SELECT min(id), max(id) FROM search_documents")).one()
    for start in range(low or 0, (high or -1) + 1, _FTS_BULK_STEP):
        with conn.begin():
            conn.execute(
                text(
                    "INSERT INTO search_fts(rowid, title, body) SELECT id, title, body FROM search_documents "
                    "WHERE id >= :start AND id < :end ORDER BY id"
                ),
                {"start": start, "end": start + _FTS_BULK_STEP},
            )
        with conn.begin():  # a deferred BEGIN holds no snapshot: the checkpoint can run
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
    with conn.begin():
        conn.execute(configure, {"size": _FTS_DEFAULT_HASHSIZE})  # this connection's FTS5 too
        conn.execute(text("DELETE FROM search_fts_config WHERE k = 'hashsize'"))  # as the migration left it
    restore_search_settings(conn)


def restore_search_settings(conn: Connection) -> None:
    """After a bulk build of the full-text index (SQLite; ``conn`` outside a transaction): the
    table's stored configuration back to what ordinary writes run with
    (:data:`consular.db.fts_merge.SETTINGS`: no merge work inside a write)."""
    with conn.begin():
        for key, value in fts_merge.SETTINGS:
            conn.execute(text("INSERT INTO search_fts(search_fts, rank) VALUES (:k, :v)"), {"k": key, "v": value})


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
    executemany; on PostgreSQL through psycopg, ``COPY ... FROM STDIN`` (several times faster
    than executemany: one stream, no statement per row); elsewhere executemany."""
    if not rows:
        return
    quoted = ", ".join(conn.dialect.identifier_preparer.quote(c) for c in columns)
    if conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
        # The COPY runs on the connection's own transaction, like any statement of ``conn``.
        cursor = conn.connection.driver_connection.cursor()
        with cursor, cursor.copy(f"COPY {table.name} ({quoted}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
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


# Memory for PostgreSQL's index builds during a bulk load (at least; a server set higher keeps
# its own): the GIN index of 4 million search documents is built in a few passes, not hundreds.
_PG_BULK_MAINTENANCE_KB = 1024 * 1024


@contextlib.contextmanager
def bulk_load_settings(conn: Connection) -> Iterator[None]:
    """Connection settings for a bulk load, restored afterwards. On SQLite a larger page cache
    keeps the pages being filled in memory instead of re-reading and re-writing them (the
    secondary indexes are best left out of the load: :func:`deferred_indexes`). On PostgreSQL
    the session does not wait for the WAL flush at each commit (``synchronous_commit=off``: a
    crash may lose the last commits of the load, never consistency) and builds indexes with
    more ``maintenance_work_mem``."""
    if conn.dialect.name == "postgresql":
        sql = "SELECT setting::bigint FROM pg_settings WHERE name = 'maintenance_work_mem'"
        current = conn.exec_driver_sql(sql).scalar()
        conn.exec_driver_sql("SET synchronous_commit = off")
        if current < _PG_BULK_MAINTENANCE_KB:
            conn.exec_driver_sql(f"SET maintenance_work_mem = '{_PG_BULK_MAINTENANCE_KB}kB'")
        conn.commit()
        try:
            yield
        finally:
            if conn.in_transaction():
                conn.rollback()
            conn.exec_driver_sql("RESET synchronous_commit")
            conn.exec_driver_sql("RESET maintenance_work_mem")
            conn.commit()
        return
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
def deferred_indexes(
    conn: Connection, tables: list[str], timed=None, search_index=None, search_beside=None
) -> Iterator[None]:
    """Load ``tables`` without their secondary indexes and without feeding the full-text index
    row by row; put everything back afterwards and rebuild the full-text index once.

    Drops the indexes the migrations made on ``tables`` (not those behind primary keys and
    unique constraints) and, on SQLite, the triggers on ``search_documents``; afterwards runs
    their own saved ``CREATE`` statements, so the schema comes back exactly as it was, then
    :func:`rebuild_search_index`. On PostgreSQL the GIN index on the stored search vector
    (:data:`SEAM_OBJECT_NAMES`) is dropped too and built once at the end: kept, every row would
    go through its pending list and the index be rebuilt anyway; and so are the tables' foreign
    keys, added back (and so checked) after the indexes, under their own names. ``timed(name)``, if given, is
    a context manager factory wrapped around each step of the end ("indexes", "search index").
    ``search_index(conn)``, if given, makes the full-text index on SQLite instead of
    :func:`rebuild_search_index` (the synthetic generator's, built beside the load: see
    :mod:`consular.seeding.search_build`).
    ``search_beside(index_statements, key_statements)``, if given, is handed the GIN index's
    ``CREATE`` and ``search_documents``' foreign keys on PostgreSQL before the other indexes are
    made, instead of running them here (the synthetic generator builds the GIN index on a second
    connection beside the steps that follow: see :mod:`consular.seeding.gin_build`).
    Each step commits on its own, and an error during the load still puts everything back; but a process killed during
    the load leaves the database without those indexes and triggers, so load into a database
    you can throw away.
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
        search_creates = []
    else:
        saved = conn.exec_driver_sql(
            "SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x "
            "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
            f"WHERE t.relname IN ({names}) AND t.relnamespace = current_schema()::regnamespace "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) ORDER BY i.relname"
        ).all()
        drops = [f'DROP INDEX "{name}"' for name, _sql in saved]
        creates = [sql for name, sql in saved if name not in SEAM_OBJECT_NAMES]
        search_creates = [sql for name, sql in saved if name in SEAM_OBJECT_NAMES]
        # Foreign keys too: kept, each row of the load looks its parents up (about 3 µs of
        # server CPU per key and row); added back, each is checked by one query over the table.
        keys = conn.exec_driver_sql(
            "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
            "JOIN pg_class t ON t.oid = c.conrelid "
            f"WHERE c.contype = 'f' AND t.relname IN ({names}) AND t.relnamespace = current_schema()::regnamespace "
            "ORDER BY c.conname"
        ).all()
        drops = [f'ALTER TABLE {table} DROP CONSTRAINT "{name}"' for table, name, _sql in keys] + drops
        adds = [(table, f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {sql}') for table, name, sql in keys]
        # Built beside, the GIN index holds a SHARE lock on search_documents, which adding its
        # keys would wait for: those are the caller's, after the build.
        search_keys = [sql for table, sql in adds if search_beside is not None and table == "search_documents"]
        creates += [sql for _table, sql in adds if sql not in search_keys]
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
        timed = timed or (lambda _name: contextlib.nullcontext())
        beside = conn.dialect.name != "sqlite" and search_beside is not None
        if beside:
            search_beside(search_creates, search_keys)
        with timed("indexes"), conn.begin():
            for statement in creates:
                conn.exec_driver_sql(statement)
        if not beside:
            with timed("search index"):
                if conn.dialect.name == "sqlite":
                    (search_index or functools.partial(rebuild_search_index, bulk=True))(conn)
                with conn.begin():
                    for statement in search_creates:  # PostgreSQL: made anew, so built once
                        conn.exec_driver_sql(statement)


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
    # The same word characters as the FTS5 tokenizer (categories L* M* N*): combining marks
    # belong to the word, as a Devanagari or Telugu name is letters plus vowel signs and
    # viramas (category M), and splitting there would cut "वर्मा" into pieces.
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def _latin_folds() -> tuple[str, str]:
    """(accented, plain): Latin letters with diacritics and their plain lower-case letters,
    as FTS5's ``remove_diacritics 2`` folds them. PostgreSQL's index folds with the same pair
    (``translate``), so "Yélimané" and "yelimane" find the same rows on both engines."""
    accented, plain = [], []
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        parts = unicodedata.normalize("NFD", ch)
        if (
            len(parts) > 1
            and parts[0].isascii()
            and parts[0].isalpha()
            and all(unicodedata.category(c) == "Mn" for c in parts[1:])
        ):
            accented.append(ch)
            plain.append(parts[0].lower())
    return "".join(accented), "".join(plain)


ACCENTED, PLAIN = _latin_folds()
# Separators PostgreSQL's parser would otherwise read as part of a token: "ABJ-2021-0028" is a
# word and two signed integers to it, "a.b@x.org" an e-mail, and under the C locale any
# non-ASCII character is a letter ("…", "—"). They become spaces before parsing.
PG_SEPARATORS = (
    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
    "\u00a0\u2009\u200b\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00ab\u00bb\u00b7\u2022"
)
_FOLD = str.maketrans(ACCENTED, PLAIN)


def fold(text: str) -> str:
    """Lower case without Latin diacritics, one character for one (offsets are kept)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two characters
        lowered = "".join(c.lower()[0] for c in text)
    return lowered.translate(_FOLD)


MAX_TERMS = 12


def search_groups(query: str) -> list[list[str]]:
    """Words of a user query, folded, in groups: what was typed without a space ("ABJ-2021",
    "WOR-44007") is one group, matched as a phrase; punctuation and operators are dropped."""
    groups: list[list[str]] = []
    count = 0
    for chunk in (query or "").split():
        words: list[str] = []
        current: list[str] = []
        for ch in chunk + " ":
            if _word_char(ch):
                current.append(ch)
            elif current:
                words.append(fold("".join(current)))
                current = []
        words = words[: MAX_TERMS - count]
        if words:
            groups.append(words)
            count += len(words)
    return groups


def search_terms(query: str) -> list[str]:
    """Words of a user query, folded; punctuation and FTS operators are dropped."""
    return [word for group in search_groups(query) for word in group]


@dataclass(frozen=True)
class Candidate:
    """A matching ``search_documents`` row with its text, for ranking and snippets."""

    document_id: int
    entity: str
    entity_id: int
    case_id: int | None
    title: str
    body: str
    restricted: bool


def prepare_search(conn: Connection) -> None:
    """Settings for a search's transaction. PostgreSQL: no JIT. A GIN read of a medium word is
    costed above ``jit_above_cost``, and compiling it took 7-19 ms of a 20-130 ms statement at
    100,000 cases, where nothing runs long enough to win it back."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SET LOCAL jit = off"))


def _search_filters(params: dict, case_id: int | None, include_restricted: bool, visible_cases: set[int] | None) -> str:
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
    elif visible_cases is not None:
        # Need-to-know inside the query, so that the bounded candidate set is filled with rows
        # the actor may see, and no restricted text ever reaches ranking or snippets.
        names = []
        for n, visible in enumerate(sorted(visible_cases)):
            params[f"v{n}"] = visible
            names.append(f":v{n}")
        params["false"] = False
        allowed = f" OR d.case_id IN ({', '.join(names)})" if names else ""
        filters += f" AND (d.restricted = :false{allowed})"
    return filters


# Prefix lengths with an index of their own (FTS5 ``prefix='1 2 3'``, migration 0007): a
# longer prefix makes FTS5 merge the lists of every word that starts so before returning the
# first row (a cost that grows with the matches), so a longer last word is tried as a whole
# word first (see consular.services.search), and then read as the words it stands for
# (consular.db.fts_prefix).
INDEXED_PREFIXES = (1, 2, 3)


def _match_expression(
    conn: Connection, groups: list[list[str]], params: dict, prefix: bool = True, words: dict | None = None
) -> str:
    """The WHERE clause matching every group (a group as a phrase, the last word as a prefix
    unless ``prefix`` is false). ``words``: see :func:`consular.db.fts_prefix.words`."""
    if conn.dialect.name == "sqlite":
        phrases = ['"' + " ".join(group).replace('"', '""') + '"' for group in groups]
        if prefix:
            phrases[-1] = _sqlite_last_phrase(conn, groups[-1], words)
        # AND spelled out: FTS5 reads two phrases side by side as AND, but not a phrase beside "(".
        params["match"] = " AND ".join(phrases)
        return "search_fts MATCH :match"
    # Terms hold word characters only, so no tsquery operator can get through; quoting keeps
    # a lone number or a word like "and" a lexeme.
    parts = []
    for n, group in enumerate(groups):
        lexemes = ["'" + word + "'" for word in group]
        if prefix and n == len(groups) - 1:
            lexemes[-1] += ":*"
        parts.append(" <-> ".join(lexemes) if len(lexemes) > 1 else lexemes[0])
    params["tsq"] = " & ".join("(" + p + ")" for p in parts)
    last = groups[-1]
    if prefix and len(last) > 1 and len(last[-1]) <= max(INDEXED_PREFIXES):
        # A short prefix ending a phrase ("BGW-20": 'bgw' <-> '20':*) makes GIN merge every
        # lexeme that starts so ('20':* is every number from 20 on: 118 ms of index scan at
        # 100,000 cases, against 1 ms for 'bgw'). The index is asked for the other words, and
        # each row it gives is tested for the whole query: the same rows.
        params["tsq_index"] = " & ".join(["(" + p + ")" for p in parts[:-1]] + ["'" + w + "'" for w in last[:-1]])
        return (
            "d.search_vector @@ to_tsquery('simple', :tsq_index) "
            "AND ts_match_vq(d.search_vector, to_tsquery('simple', :tsq))"
        )
    return "d.search_vector @@ to_tsquery('simple', :tsq)"


def _sqlite_last_phrase(conn: Connection, group: list[str], words: dict | None) -> str:
    """The last group with its last word as a prefix: ``"w1 w2"*``, or, for a word longer than
    the indexed prefixes, the same phrase once for each word of the index it can stand for
    (:mod:`consular.db.fts_prefix`), which FTS5 reads lazily instead of merging first."""
    phrase = '"' + " ".join(group).replace('"', '""') + '"'
    if len(group[-1]) <= max(INDEXED_PREFIXES):
        return phrase + "*"
    found = fts_prefix.words(conn, group[-1], words)
    if not found:  # None: too many words or no vocabulary; []: no word, and the prefix costs nothing
        return phrase + "*"
    alternatives = ['"' + " ".join([*group[:-1], word]).replace('"', '""') + '"' for word in found]
    return alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"


# Holds every column of a match list (``matching_rows``), which SQLite reads from it instead of
# from the rows with their text, when told to: for ``d.id = rowid`` it would take the table
# (migration 0029).
MATCH_LIST_INDEX = "ix_search_documents_match_list"


def _has_match_list_index(conn: Connection) -> bool:
    """Whether the file has :data:`MATCH_LIST_INDEX` (naming a missing index is an error in
    SQLite). A file opened read-only because it is damaged is not upgraded, and may be older
    than revision 0029; once seen, the index is remembered for the connection."""
    if conn.info.get(MATCH_LIST_INDEX):
        return True
    found = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (MATCH_LIST_INDEX,)
    ).first()
    conn.info[MATCH_LIST_INDEX] = found is not None
    return found is not None


def _from_clause(
    conn: Connection, where: str, filters: str, params: dict, limit: int, known: dict | None = None
) -> tuple[str, str]:
    """The FROM clause and the ORDER BY key that walk the matches newest first (see
    :func:`consular.db.search_windows.plan` for PostgreSQL's choice)."""
    if conn.dialect.name == "sqlite":
        return "search_fts JOIN search_documents d ON d.id = search_fts.rowid", "search_fts.rowid"
    how, _matches, _total = search_windows.plan(conn, where, filters, params, limit, known)
    return "search_documents d", "d.id" if how == "walk" else "d.id + 0"  # else GIN, then a top-N sort


def search_candidates(
    conn: Connection,
    groups: list[list[str]],
    *,
    limit: int,
    case_id: int | None = None,
    include_restricted: bool = True,
    visible_cases: set[int] | None = None,
    prefix: bool = True,
    words: dict | None = None,
) -> list[Candidate]:
    """Up to ``limit`` matching rows, newest first (highest id), with their text.

    The cut is in index order: both engines walk the match list from its end and stop after
    ``limit`` rows, so the cost follows ``limit`` and not the number of matches (a word in
    every contact note costs what a rare one does). ``case_id`` keeps the records of one case,
    counting the counterparts linked to it (their rows belong to no case, as a counterpart may
    serve several). ``visible_cases`` (need-to-know) keeps restricted rows of other cases out.
    ``prefix`` false matches the last word as a whole word only. ``words``: a dict kept for one
    read transaction, so that a long prefix's words and PostgreSQL's estimate of the matches are
    read once (see :func:`consular.db.fts_prefix.words`, :func:`consular.db.search_windows.estimate`);
    with :data:`consular.db.search_windows.AHEAD` in it, PostgreSQL may read the rows with the
    first window of :func:`matching_rows` over the same matches, which then follows.
    """
    if not groups:
        return []
    params: dict = {"limit": limit}
    where = _match_expression(conn, groups, params, prefix, words)
    filters = _search_filters(params, case_id, include_restricted, visible_cases)
    columns = "d.id, d.entity, d.entity_id, d.case_id, d.title, d.body, d.restricted"
    if conn.dialect.name == "sqlite":
        source, order = _from_clause(conn, where, filters, params, limit)
        sql = f"SELECT {columns} FROM {source} WHERE {where} {filters} ORDER BY {order} DESC LIMIT :limit"
        rows = list(conn.execute(text(sql), params))
    else:
        how, matches, total = search_windows.plan(conn, where, filters, params, limit, words)
        rows = None
        if how == "walk" and words is not None and words.get(search_windows.AHEAD):
            # Not walked: read with the case list's first window of its stream, which follows.
            rows = search_windows.read_ahead(conn, where, filters, params, matches, total, limit, words)
        if rows is None and how != "windows":
            order = "d.id" if how == "walk" else "d.id + 0"
            sql = f"SELECT {columns} FROM search_documents d WHERE {where} {filters} ORDER BY {order} DESC LIMIT :limit"
            rows = list(conn.execute(text(sql), params))
        elif rows is None:
            sql = (
                f"SELECT {columns} FROM search_documents d WHERE {where} {filters} {{window}} "
                "ORDER BY d.id + 0 DESC LIMIT :limit"
            )
            rows = search_windows.read(conn, sql, params, matches, total, limit, words, (where, filters))
    return [Candidate(r[0], r[1], r[2], r[3], r[4] or "", r[5] or "", bool(r[6])) for r in rows]


def matching_rows(
    conn: Connection,
    groups: list[list[str]],
    *,
    limit: int,
    case_id: int | None = None,
    include_restricted: bool = True,
    visible_cases: set[int] | None = None,
    prefix: bool = True,
    words: dict | None = None,
    cases: int | None = None,
) -> Iterator[tuple[int, str, int, int | None]]:
    """(document id, entity, entity id, case id) of up to ``limit`` matches, newest first,
    streamed: the caller stops reading when it has enough (distinct cases for a case list).

    Read through the driver's own cursor: tens of thousands of small rows cost a tenth of what
    they cost as SQLAlchemy rows. The LIMIT also tells PostgreSQL's planner to walk the
    primary key backwards for a common word instead of sorting every match. SQLite reads the
    columns from :data:`MATCH_LIST_INDEX`. ``words``: as in :func:`search_candidates`. ``cases``:
    the distinct cases the reader stops at, if it does (PostgreSQL sizes its reads for them)."""
    if not groups:
        return
    params: dict = {"limit": limit}
    where = _match_expression(conn, groups, params, prefix, words)
    filters = _search_filters(params, case_id, include_restricted, visible_cases)
    if conn.dialect.name == "postgresql":
        # Windows when they suit the rows a reader is likely to take (a case list's first
        # cases), not ``limit``, a ceiling that is rarely reached.
        how, matches, total = search_windows.plan(
            conn, where, filters, params, min(limit, search_windows.ROWS_FIRST_WINDOW), words
        )
        if how == "windows":
            yield from search_windows.stream(conn, where, filters, params, matches, total, limit, cases, words)
            return
    if conn.dialect.name == "sqlite":
        indexed = f" INDEXED BY {MATCH_LIST_INDEX}" if _has_match_list_index(conn) else ""
        source = f"search_fts JOIN search_documents d{indexed} ON d.id = search_fts.rowid"
        order = "search_fts.rowid"
    else:
        source, order = _from_clause(conn, where, filters, params, limit, words)
    sql = (
        f"SELECT d.id, d.entity, d.entity_id, d.case_id FROM {source} WHERE {where} {filters} "
        f"ORDER BY {order} DESC LIMIT :limit"
    )
    if conn.dialect.name == "sqlite":
        cursor = conn.connection.dbapi_connection.cursor()
    else:
        sql = re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", sql)  # psycopg's named parameters
        # A server-side cursor: rows come as they are read, and the planner favours a plan that
        # returns the first ones fast (a client-side one would run the whole query first).
        cursor = conn.connection.dbapi_connection.cursor(name="consular_matching_rows")
    try:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(500):
            yield from rows
    finally:
        cursor.close()


def search_documents_text(conn: Connection, ids: list[int]) -> dict[int, Candidate]:
    """The rows ``ids`` of ``search_documents`` with their text."""
    found: dict[int, Candidate] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        params = {f"i{n}": value for n, value in enumerate(chunk)}
        names = ", ".join(f":i{n}" for n in range(len(chunk)))
        sql = (
            "SELECT d.id, d.entity, d.entity_id, d.case_id, d.title, d.body, d.restricted "
            f"FROM search_documents d WHERE d.id IN ({names})"
        )
        for r in conn.execute(text(sql), params):
            found[r[0]] = Candidate(r[0], r[1], r[2], r[3], r[4] or "", r[5] or "", bool(r[6]))
    return found


def search_documents_flags(conn: Connection, ids: list[int]) -> dict[int, tuple[bool, int | None]]:
    """Document id -> (restricted, case id) of the rows ``ids``, without their text."""
    found: dict[int, tuple[bool, int | None]] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        params = {f"i{n}": value for n, value in enumerate(chunk)}
        names = ", ".join(f":i{n}" for n in range(len(chunk)))
        sql = f"SELECT d.id, d.restricted, d.case_id FROM search_documents d WHERE d.id IN ({names})"
        for r in conn.execute(text(sql), params):
            found[r[0]] = (bool(r[1]), r[2])
    return found


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
            translate(
                "db.dialect",
                "Someone else changed this record while you were editing it. Reload it, check "
                "their change, then apply yours again.",
            )
        )
    if isinstance(exc, IntegrityError):
        return ConflictError(
            translate(
                "db.dialect",
                "The change clashes with a record saved at the same time ({first_line}). Reload and try again.",
            ).format(first_line=_first_line(exc.orig))
        )
    where = f"'{target}'" if target else "the database"
    known = _driver_error(exc, where) if isinstance(exc, DBAPIError) else None
    if known is None and opening:
        return NotConsularDatabaseError(
            translate("db.dialect", "{where} cannot be read as a consular database ({name}).").format(
                where=where, name=exc.__class__.__name__
            )
        )
    return known


def _driver_error(exc: DBAPIError, where: str) -> UserError | None:
    message = str(getattr(exc, "orig", exc)).lower()
    if "database is locked" in message or "database table is locked" in message:
        return DatabaseLockedError(
            translate("db.dialect", "The database is busy in another program or window; try again in a moment.")
        )
    if "disk is full" in message or "no space left" in message or "database or disk is full" in message:
        return DiskFullError(translate("db.dialect", "The disk is full; nothing was saved. Free some space and retry."))
    if "file is not a database" in message or "malformed" in message:
        return NotConsularDatabaseError(
            translate(
                "db.dialect", "{value} is not a consular database, or it is damaged. Open a backup copy instead."
            ).format(value=where[0].upper() + where[1:])
        )
    if "unable to open database file" in message:
        return UserError(
            translate("db.dialect", "Cannot open {where}: its folder does not exist or cannot be written to.").format(
                where=where
            )
        )
    if "readonly database" in message or "read-only" in message:
        return UserError(
            translate("db.dialect", "Cannot write to {where}: the file is read-only for you.").format(where=where)
        )
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
        return UserError(translate("db.dialect", "Cannot connect to {where}: {first}").format(where=where, first=first))
    return None


def _first_line(exc) -> str:
    return str(exc).splitlines()[0][:120] if exc else "integrity error"


# --- reports across cases (consular.repositories.reports) --------------------------------


def month_of(dialect_name: str, column):
    """The UTC month of a timestamp column as 'YYYY-MM' text. SQLite keeps naive UTC text
    (``strftime`` reads it); PostgreSQL keeps ``timestamptz``, formatted in UTC whatever the
    session's zone."""
    from sqlalchemy import func

    if dialect_name == "sqlite":
        return func.strftime("%Y-%m", column)
    return func.to_char(func.timezone("UTC", column), "YYYY-MM")


def days_between(dialect_name: str, start, end):
    """Days (fractional) from ``start`` to ``end``, two timestamp expressions."""
    from sqlalchemy import func

    if dialect_name == "sqlite":
        return func.julianday(end) - func.julianday(start)
    return func.extract("epoch", end - start) / 86400.0


# --- Home (consular.repositories.dashboard) ------------------------------------------------


def older_than_days(dialect_name: str, column, now, days):
    """``column < now - days`` with ``days`` an integer column counting days of 24 hours, as
    one condition: exact to the microsecond, as ``now - timedelta(days=n)`` is in Python. None
    on SQLite, whose timestamps are text with no exact arithmetic: the caller binds one cutoff
    per value of ``days`` instead."""
    if dialect_name == "sqlite":
        return None
    from sqlalchemy import literal, literal_column
    from sqlalchemy.types import Interval

    from consular.db.types import UTCDateTime

    # Hours, not days: a PostgreSQL day of an interval follows the session's time zone (23 or
    # 25 hours across a change of clocks); hours are always exact.
    return column < literal(now, UTCDateTime()) - days * literal_column("INTERVAL '24 hours'", Interval())
