"""PostgreSQL: the newest matches of a search read from the GIN index in windows of the newest
ids, and the choice between that, one GIN read, and walking the primary key from the end.

Part of the database seam (:mod:`consular.db.dialect`, whose search statements use it). A
window ANDs the GIN list with a range of the key, so only the window's rows are visited; the
rows are those one query over every match gives, in the same order: every id outside the
windows read is lower than every id inside them. The case list's stream of matches
(:func:`stream`) sizes its windows for the cases it needs and reads what is left below them
in one GIN read without a key range when that costs less than the range; where its ranked
candidates would be walked, they are read with the stream's first window instead
(:func:`read_ahead`), so that window's GIN list is paid once.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator

from sqlalchemy import text
from sqlalchemy.engine import Connection

# PostgreSQL's three ways to the newest ``limit`` matches, chosen from the planner's estimate of
# the matches (its cost model underrates testing a row's vector, so the choice is ours):
# - walk the primary key from the end, testing each row's stored vector (about 6 us a row at
#   100,000 cases) until ``limit`` match: limit * rows / matches rows tested;
# - take every match from the GIN index (about 0.3 us each) and visit each one's row (about
#   2.5 us, a page each), then keep the newest: "Reddy" (36,000 matches) 105 ms;
# - the same GIN list ANDed with a window of the newest ids that should hold ``limit`` matches
#   (the window's key range costs about 0.05 us an id), visiting only the window's rows:
#   "Reddy" 18-32 ms, "hostage" (42,000, walked before: 348 ms) 21 ms.
# Windows pay when matches ** 2 > limit * rows / WINDOW_FACTOR (about 13,000 matches at 4.2
# million rows); below, one GIN read is as cheap. The walk pays when matches ** 2 > factor *
# limit * rows, with factor 20 for one whole word, whose estimate is good, and 1 (as before)
# for a prefix, a phrase or several words: the planner takes words as independent and
# under-counts ("welfare kit": 104,000 estimated, 590,000 found, walked in 8 ms where windows
# took 182 ms; the prefix "daugh" 19 ms walked, 45 ms in windows).
WALK_FACTOR_ONE_WORD = 20
WINDOW_FACTOR = 10
# A window spans this many times the ids expected to hold the rows wanted (matches spread evenly),
# and grows this many times when it did not hold them.
WINDOW_MARGIN = 3
WINDOW_GROWTH = 8
WINDOW_MIN_IDS = 1_000


def _key(kind: str, where: str, filters: str, params: dict) -> tuple:
    """What ``known`` keeps about one statement's matches (whatever its limit) under."""
    return (kind, where, filters, repr(sorted((k, v) for k, v in params.items() if k != "limit")))


def estimate(conn: Connection, where: str, filters: str, params: dict, known: dict | None = None) -> float:
    """The planner's estimate of the rows matching ``where`` and ``filters``: asked once per read
    transaction when the caller keeps ``known`` for it (the case list's filter needs the same
    statement's estimate up to four times; nothing it reads can change under the read)."""
    key = _key("estimate", where, filters, params)
    if known is not None and key in known:
        return known[key]
    plan = conn.execute(text(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM search_documents d WHERE {where} {filters}"), params)
    document = plan.scalar()
    if isinstance(document, str):
        document = json.loads(document)
    matches = float(document[0]["Plan"]["Plan Rows"])
    if known is not None:
        known[key] = matches
    return matches


def _rows_in_table(conn: Connection, known: dict | None) -> float:
    if known is not None and "rows in search_documents" in known:
        return known["rows in search_documents"]
    total = float(conn.execute(text("SELECT reltuples FROM pg_class WHERE relname = 'search_documents'")).scalar() or 0)
    total = max(total, 1.0)
    if known is not None:
        known["rows in search_documents"] = total
    return total


def plan(
    conn: Connection, where: str, filters: str, params: dict, limit: int, known: dict | None = None
) -> tuple[str, float, float]:
    """("walk", "windows" or "gin", estimated matches, rows in the table): see above.
    ``known``: see :func:`estimate`."""
    matches, total = estimate(conn, where, filters, params, known), _rows_in_table(conn, known)
    query = params.get("tsq", "")
    one_word = not any(op in query for op in (":*", "&", "<->"))
    walk_factor = WALK_FACTOR_ONE_WORD if one_word else 1
    if matches * matches > walk_factor * limit * total:
        return "walk", matches, total
    if matches * matches * WINDOW_FACTOR > limit * total:
        return "windows", matches, total
    return "gin", matches, total


def windows(conn: Connection, matches: float, total: float, wanted: int) -> Iterator[tuple[int, int]]:
    """Id ranges (low, high], newest first, together covering every id: each spans enough ids to
    hold about ``wanted`` matches with a margin, the next one ``WINDOW_GROWTH`` times more."""
    top = conn.execute(text("SELECT max(id) FROM search_documents")).scalar() or 0
    ids_per_row = max(top / total, 1.0)
    span = max(int(wanted * WINDOW_MARGIN * total / max(matches, 1.0) * ids_per_row), WINDOW_MIN_IDS)
    high = top
    while high > 0:
        low = max(high - span, 0)
        yield low, high
        high, span = low, span * WINDOW_GROWTH


def read(
    conn: Connection,
    sql: str,
    params: dict,
    matches: float,
    total: float,
    limit: int,
    known: dict | None = None,
    match: tuple[str, str] = ("", ""),
) -> list[tuple]:
    """``sql`` (``{window}`` in its WHERE, ordered newest first, LIMIT :limit) run on windows of
    the newest ids until ``limit`` rows are found. The rows are those of the whole query: every
    id outside the windows read is lower than every id inside them. With ``known`` (see
    :func:`estimate`), the ids read and their cases are kept for :func:`stream` to size its first
    window from: the rows start with ``d.id, d.entity, d.entity_id, d.case_id``, and ``match`` is
    the statement's (where, filters)."""
    found: list[tuple] = []
    window = " AND d.id > :window_low AND d.id <= :window_high"
    top = covered = 0
    for low, high in windows(conn, matches, total, limit):
        top = top or high
        rows = conn.execute(
            text(sql.format(window=window)),
            {**params, "window_low": low, "window_high": high, "limit": limit - len(found)},
        ).all()
        found.extend(rows)
        covered = top - low
        if len(found) >= limit:
            covered = top - found[-1][0] + 1  # every match from the last row up was read
            break
    if known is not None:
        cases = {row[3] for row in found if row[3] is not None}
        known[_key("read", *match, params)] = (covered, [row[0] for row in found], cases)
    return found


# The case list's first window is sized for this many matching rows (1,000 cases, a few rows each):
# the plan's choice between windows and one GIN read for it (dialect.matching_rows).
ROWS_FIRST_WINDOW = 2_000

# The case list reads the matches until it has its cases (1,000), and how many rows that takes
# differs by word: at 100,000 cases "hostage" has 25,000 cases in 42,000 matches (its 1,000th case
# 190,000 ids from the newest), "kay" 2,260 cases in 36,000 (1.9 million ids back: 16,000 rows).
# Costs on PostgreSQL 15 at 100,000 cases, in ids of a window's key range (about 0.047 us each):
# a matching row's page about BLOCK_IDS (1.5 us; "kay" has 3 matches a page, "hostage" one), and
# its recheck and sort ROW_IDS. The stream's first window is sized for ROWS_FIRST_WINDOW rows
# (with WINDOW_MARGIN: it holds the 1,000 cases of "hostage", "daughter", "sharma", "Reddy"), or
# from the cases the newest matches already read held (the case list's ranked candidates, when
# FOUND_BEFORE_MIN or more), whichever is narrower, or is no window at all: one GIN read of every
# match, with no key range, when the candidates' cases say it costs less ("kay": 28 cases in the
# newest 62,000 ids). After a window the rest is read in a window sized from the cases it held
# (CASES_MARGIN), or in one such read.
ROW_IDS = 6
_CURSORS = itertools.count(1)  # names of the server-side cursors of streams' last reads
BLOCK_IDS = 32
CASES_MARGIN = 1.25
FOUND_BEFORE_MIN = 20  # the newest 400 matches of "daughter" are all in the 20,000-event case


# known[AHEAD] (any true value), set by the case list before it reads its ranked candidates: the
# stream of the same statement follows (:func:`read_ahead`).
AHEAD = "the case list streams its matches after its candidates"


def _top(conn: Connection, known: dict | None) -> tuple[int, float]:
    """(the highest id, ids a page) of ``search_documents``: the rows lie in id order in the table
    (ids are handed out as they are written), so the pages a window's rows are on are counted
    from their ids. Asked once per read when the caller keeps ``known``."""
    if known is not None and "top of search_documents" in known:
        return known["top of search_documents"]
    top, ids_per_block = conn.execute(
        text(
            "SELECT max(id), (SELECT reltuples / greatest(relpages, 1) FROM pg_class "
            "WHERE relname = 'search_documents') FROM search_documents"
        )
    ).one()
    found = (top or 0, max(float(ids_per_block or 1.0), 1.0))
    if known is not None:
        known["top of search_documents"] = found
    return found


def read_ahead(
    conn: Connection, where: str, filters: str, params: dict, matches: float, total: float, limit: int, known: dict
) -> list[tuple] | None:
    """The case list's ranked candidates (the newest ``limit`` matches: id, entity, entity_id,
    case_id, title, body, restricted) read together with its stream's first window: one window of the newest
    ids sized as :func:`stream` sizes its first, every match in it kept in ``known`` for the
    stream to give before reading below it. Each window pays the whole GIN list of the word
    (about 20 ms for "daughter" at 100,000 cases, 50 for the prefix "daugh":* whose lexemes
    GIN merges), so the candidates' window and the stream's first were paying it twice for the
    same newest rows. None (nothing read) when the stream would not start with a window, or the
    window holds fewer than ``limit`` matches: then read the candidates as before."""
    if plan(conn, where, filters, params, ROWS_FIRST_WINDOW, known)[0] != "windows":
        return None
    top, _ids_per_block = _top(conn, known)
    span = first_span(top, matches, ROWS_FIRST_WINDOW)
    if span is None:
        return None
    low = max(top - span, 0)
    sql = (
        f"SELECT d.id, d.entity, d.entity_id, d.case_id FROM search_documents d WHERE {where} {filters} "
        "AND d.id > :window_low AND d.id <= :window_high ORDER BY d.id + 0 DESC"
    )
    sql = re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", sql)  # psycopg's named parameters
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute(sql, {**params, "window_low": low, "window_high": top})
        rows = cursor.fetchall()
    finally:
        cursor.close()
    known[_key("ahead", where, filters, params)] = (low, top, rows)
    if len(rows) < limit:
        return None
    # Their text by id, through the driver's cursor: an array, not hundreds of parameters.
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute(
            "SELECT d.id, d.title, d.body, d.restricted FROM search_documents d WHERE d.id = ANY(%(ids)s)",
            {"ids": [row[0] for row in rows[:limit]]},
        )
        texts = {row[0]: row[1:] for row in cursor.fetchall()}
    finally:
        cursor.close()
    return [(*row, *texts[row[0]]) for row in rows[:limit] if row[0] in texts]


def first_span(top: int, matches: float, rows: int) -> int | None:
    """The ids of the stream's first window: enough to hold ``rows`` matches at the planner's
    density, with a margin; None when that is every id, or costs more than reading every match
    (a page each)."""
    span = max(int(rows * WINDOW_MARGIN * top / max(matches, 1.0)), WINDOW_MIN_IDS)
    if span >= top or span >= (ROW_IDS + BLOCK_IDS) * matches:
        return None
    return span


def next_span(top: int, high: int, found: int, rows: int, blocks: int, wanted: int, matches: float) -> int | None:
    """The ids of the next window below ``high``, once the windows above it (``top`` down to
    ``high``) held ``rows`` matching rows on ``blocks`` pages, of ``found`` cases (or rows) of
    the ``wanted``; None when one read of every match below ``high`` costs less (or nothing
    was found to size a window from)."""
    if found <= 0 or rows <= 0:
        return None
    covered = max(top - high, 1)
    # At least half the ids read so far, so that an underestimate costs few more reads (and a
    # reader that wants more than it said gets them).
    span = max(int(max(wanted - found, 0) * covered / found * CASES_MARGIN), covered // 2, WINDOW_MIN_IDS)
    per_row = ROW_IDS + BLOCK_IDS * blocks / rows
    rest = max(matches - rows, rows / covered * high)
    if span >= high or span + per_row * rows / covered * span >= per_row * rest:
        return None
    return span


def stream(
    conn: Connection,
    where: str,
    filters: str,
    params: dict,
    matches: float,
    total: float,
    limit: int,
    cases: int | None = None,
    known: dict | None = None,
) -> Iterator[tuple[int, str, int, int | None]]:
    """:func:`consular.db.dialect.matching_rows` on PostgreSQL for a word with many matches:
    the GIN matches of the newest ids in windows, each window's rows newest first, then the
    rest in one read, so the stream is the same as one query's and a reader that stops early
    has not paid for every match's row. ``cases``: the distinct cases the reader stops at (the
    windows are sized for them; without it, for ``limit`` rows). ``known``: see :func:`estimate`;
    when :func:`read_ahead` read the first window of the same statement in it, its rows are given
    without reading it again; when :func:`read` read the newest matches of the same statement in
    it (the case list's ranked candidates), the first window is sized from what they held."""
    head = f"SELECT d.id, d.entity, d.entity_id, d.case_id FROM search_documents d WHERE {where} {filters} "
    in_window = head + "AND d.id > :window_low AND d.id <= :window_high ORDER BY d.id + 0 DESC LIMIT :limit"
    # The key written so that its index is not read: a range over most of the table costs more
    # than the rows it would spare.
    below = head + "AND d.id + 0 <= :window_high ORDER BY d.id + 0 DESC LIMIT :limit"
    in_window, below = (re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", s) for s in (in_window, below))  # psycopg's
    top, ids_per_block = _top(conn, known)
    wanted = cases if cases is not None else limit
    high, left, rows_read, seen, blocks = top, limit, 0, set(), set()
    span = first_span(top, matches, min(limit, ROWS_FIRST_WINDOW))
    before = known.get(_key("read", where, filters, params)) if known is not None else None
    ahead = known.get(_key("ahead", where, filters, params)) if known is not None else None
    if ahead is not None:
        # Every match in (low, top], newest first, read with the candidates (read_ahead): the
        # stream's first window, given as if read here.
        low, top, rows = ahead
        rows = rows[:limit]
        left -= len(rows)
        rows_read += len(rows)
        yield from rows
        seen.update(row[3] for row in rows if row[3] is not None)
        blocks.update(int(row[0] // ids_per_block) for row in rows)
        high = low
        found = len(seen) if cases is not None else rows_read
        span = next_span(top, high, found, rows_read, len(blocks), wanted, matches)
    elif before is not None:
        covered, ids, cases_before = before
        found = len(cases_before) if cases is not None else len(ids)
        if found >= FOUND_BEFORE_MIN:
            pages = len({int(i // ids_per_block) for i in ids})
            more = next_span(top, top - covered, found, len(ids), pages, wanted, matches)
            span = None if more is None else min(covered + more, span or top)
    while high > 0 and left > 0:
        if span is None:
            # The rest in one read, fetched as the reader takes it.
            # A name of its own: a stream dropped unread keeps its cursor until collected.
            cursor = conn.connection.dbapi_connection.cursor(name=f"consular_matching_rest_{next(_CURSORS)}")
            try:
                cursor.execute(below, {**params, "window_high": high, "limit": left})
                while rows := cursor.fetchmany(500):
                    yield from rows
            finally:
                cursor.close()
            return
        low = max(high - span, 0)
        cursor = conn.connection.dbapi_connection.cursor()
        try:
            cursor.execute(in_window, {**params, "window_low": low, "window_high": high, "limit": left})
            rows = cursor.fetchall()
        finally:
            cursor.close()
        left -= len(rows)
        rows_read += len(rows)
        yield from rows
        # Counted only when the reader wants more (most stop inside the first window).
        seen.update(row[3] for row in rows if row[3] is not None)
        blocks.update(int(row[0] // ids_per_block) for row in rows)
        high = low
        found = len(seen) if cases is not None else rows_read
        span = next_span(top, high, found, rows_read, len(blocks), wanted, matches)
