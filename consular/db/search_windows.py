"""PostgreSQL: the newest matches of a search read from the GIN index in windows of the newest
ids, and the choice between that, one GIN read, and walking the primary key from the end.

Part of the database seam (:mod:`consular.db.dialect`, whose search statements use it). A
window ANDs the GIN list with a range of the key, so only the window's rows are visited; the
rows are those one query over every match gives, in the same order: every id outside the
windows read is lower than every id inside them.
"""

from __future__ import annotations

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


def estimate(conn: Connection, where: str, filters: str, params: dict, known: dict | None = None) -> float:
    """The planner's estimate of the rows matching ``where`` and ``filters``: asked once per read
    transaction when the caller keeps ``known`` for it (the case list's filter needs the same
    statement's estimate up to four times; nothing it reads can change under the read)."""
    key = ("estimate", where, filters, repr(sorted((k, v) for k, v in params.items() if k != "limit")))
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


def read(conn: Connection, sql: str, params: dict, matches: float, total: float, limit: int) -> list[tuple]:
    """``sql`` (``{window}`` in its WHERE, ordered newest first, LIMIT :limit) run on windows of
    the newest ids until ``limit`` rows are found. The rows are those of the whole query: every
    id outside the windows read is lower than every id inside them."""
    found: list[tuple] = []
    window = " AND d.id > :window_low AND d.id <= :window_high"
    for low, high in windows(conn, matches, total, limit):
        rows = conn.execute(
            text(sql.format(window=window)),
            {**params, "window_low": low, "window_high": high, "limit": limit - len(found)},
        ).all()
        found.extend(rows)
        if len(found) >= limit:
            break
    return found


# The case list's first window is sized for this many matching rows (1,000 cases, a few rows each).
ROWS_FIRST_WINDOW = 2_000


def stream(
    conn: Connection, where: str, filters: str, params: dict, matches: float, total: float, limit: int
) -> Iterator[tuple[int, str, int, int | None]]:
    """:func:`consular.db.dialect.matching_rows` on PostgreSQL for a word with many matches: the GIN matches read in
    windows of the newest ids, each window's rows newest first, so the stream is the same as
    one query's and a reader that stops early has not paid for every match's row."""
    sql = (
        f"SELECT d.id, d.entity, d.entity_id, d.case_id FROM search_documents d WHERE {where} {filters} "
        "AND d.id > %(window_low)s AND d.id <= %(window_high)s ORDER BY d.id + 0 DESC LIMIT %(limit)s"
    )
    sql = re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", sql)  # psycopg's named parameters
    left = limit
    for low, high in windows(conn, matches, total, min(limit, ROWS_FIRST_WINDOW)):
        cursor = conn.connection.dbapi_connection.cursor()
        try:
            cursor.execute(sql, {**params, "window_low": low, "window_high": high, "limit": left})
            rows = cursor.fetchall()
        finally:
            cursor.close()
        left -= len(rows)
        yield from rows
        if left <= 0:
            return
