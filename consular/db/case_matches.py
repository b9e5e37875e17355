"""Which cases match a search, for the case list, read case by case instead of match by match.

Part of the database seam (:mod:`consular.db.dialect`). The case list needs every matching
case up to a limit (for its true total or "1,000+"), not every matching row: a word found in
every contact note of every case ("embassy": 1.9 million rows at 100,000 cases) has its first
1,000 cases in the first few thousand cases read. Read row by row, newest first, those cases
cost tens of thousands of rows (every matching entry of each), and on PostgreSQL each row is a
heap visit that tests its search vector: seconds at 100,000 cases.

On PostgreSQL, chosen from the planner's own estimate of the number of matching rows:

- **many matches per case** (a word or prefix found in most cases): a loose scan of the
  ``case_id`` index, highest case first, that stops at the first matching entry of each case
  and jumps to the next lower case id; the cost follows the cases read, not the matches;
- **fewer**: every match from the GIN index, grouped by case, newest match first (the order
  the row-by-row reading gave), which costs what the matches cost and no more.

On SQLite the row-by-row reading through FTS5 stays (:func:`consular.db.dialect.matching_rows`):
FTS5 reads its lists from the end cheaply and cannot test one case's entries on its own.
"""

from __future__ import annotations

import json

from sqlalchemy import text
from sqlalchemy.engine import Connection

from consular.db.dialect import _match_expression

# The loose scan pays, for every case it passes that does not match, a test of each of its
# entries; the grouped read pays for every match. Loose when the planner expects at least this
# many matching rows per case in the database, and at least LOOSE_MIN_ROWS of them (below
# that the grouped read costs a few tens of milliseconds at most). Measured at 10,000 cases
# (442,256 entries, PostgreSQL 15): "ka" (3.9 matches per case) 152 ms loose, 91 ms grouped;
# "welfare kit" (5.9) 34 / 192 ms; "embassy" (19) 71 / 358 ms; "daughter" (0.7) 560 / 12 ms.
# The grouped read grows with the database, the loose one with the cases it returns.
LOOSE_MATCHES_PER_CASE = 2.0
LOOSE_MIN_ROWS = 25_000


def _need_to_know(params: dict, visible_cases: set[int] | None) -> str:
    """Restricted entries count only in the cases the actor may read. In the query, whatever
    the number of those cases (an array), since a case reached through a restricted entry it
    may not count would otherwise hide the same case's other, readable matches."""
    if visible_cases is None:
        return ""
    params["visible"] = sorted(visible_cases)
    params["false"] = False
    return " AND (d.restricted = :false OR d.case_id = ANY(:visible))"


def _estimated_rows(conn: Connection, where: str, filters: str, params: dict) -> float:
    plan = conn.execute(text(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM search_documents d WHERE {where} {filters}"), params)
    document = plan.scalar()
    if isinstance(document, str):
        document = json.loads(document)
    return float(document[0]["Plan"]["Plan Rows"])


def choose_plan(conn: Connection, where: str, filters: str, params: dict) -> str:
    """ "loose" or "grouped" (see the module's description)."""
    rows = _estimated_rows(conn, where, filters, params)
    cases = conn.execute(text("SELECT reltuples FROM pg_class WHERE relname = 'cases'")).scalar() or 0
    if rows >= LOOSE_MIN_ROWS and rows >= LOOSE_MATCHES_PER_CASE * max(float(cases), 1.0):
        return "loose"
    return "grouped"


def matching_cases(
    conn: Connection,
    groups: list[list[str]],
    *,
    limit: int,
    visible_cases: set[int] | None = None,
    prefix: bool = True,
) -> list[tuple[int, int]] | None:
    """(case id, id of a matching entry of it) for up to ``limit`` cases with a matching entry
    of their own (counterparts, which belong to no case, are :func:`matching_counterparts`).

    Grouped: newest match first, with each case's newest matching entry. Loose: highest case id
    first, with the first matching entry the ``case_id`` index gives (in practice its newest
    one). None on SQLite: read the rows instead (:func:`consular.db.dialect.matching_rows`).
    ``visible_cases`` as in :func:`consular.db.dialect.search_candidates`; ``prefix`` false
    matches the last word as a whole word only."""
    if conn.dialect.name != "postgresql":
        return None
    if not groups:
        return []
    params: dict = {"limit": limit}
    where = _match_expression(conn, groups, params, prefix)
    filters = _need_to_know(params, visible_cases)
    if choose_plan(conn, where, filters, params) == "grouped":
        sql = (
            f"SELECT d.case_id, max(d.id) FROM search_documents d WHERE {where} {filters} "
            "AND d.case_id IS NOT NULL GROUP BY d.case_id ORDER BY max(d.id) DESC LIMIT :limit"
        )
    else:
        # Each step reads the case_id index downwards from the last case found and stops at the
        # first matching entry: one row for a case where the word is common.
        sql = f"""
            WITH RECURSIVE found(case_id, doc_id) AS (
                (SELECT d.case_id, d.id FROM search_documents d
                 WHERE d.case_id IS NOT NULL AND {where} {filters}
                 ORDER BY d.case_id DESC LIMIT 1)
                UNION ALL
                SELECT n.case_id, n.id FROM found CROSS JOIN LATERAL (
                    SELECT d.case_id, d.id FROM search_documents d
                    WHERE d.case_id < found.case_id AND {where} {filters}
                    ORDER BY d.case_id DESC LIMIT 1) n
            )
            SELECT case_id, doc_id FROM found LIMIT :limit"""
    return [(row[0], row[1]) for row in conn.execute(text(sql), params)]


def matching_counterparts(
    conn: Connection,
    groups: list[list[str]],
    *,
    limit: int,
    visible_cases: set[int] | None = None,
    prefix: bool = True,
) -> list[tuple[int, int]]:
    """(entry id, counterpart id) of up to ``limit`` matching counterparts, newest first."""
    if not groups:
        return []
    params: dict = {"limit": limit}
    where = _match_expression(conn, groups, params, prefix)
    filters = _need_to_know(params, visible_cases)
    sql = (
        f"SELECT d.id, d.entity_id FROM search_documents d WHERE d.entity = 'counterpart' AND {where} {filters} "
        "ORDER BY d.id DESC LIMIT :limit"
    )
    return [(row[0], row[1]) for row in conn.execute(text(sql), params)]
