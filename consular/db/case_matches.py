"""Which cases match a search, for the case list, read case by case instead of match by match.

Part of the database seam (:mod:`consular.db.dialect`). The case list needs every matching
case up to a limit (for its true total or "1,000+"), not every matching row: a word found in
every contact note of every case ("embassy": 1.9 million rows at 100,000 cases) has its first
1,000 cases in the first few thousand cases read. Read row by row, newest first, those cases
cost tens of thousands of rows (every matching entry of each), and on PostgreSQL each row is a
heap visit that tests its search vector: seconds at 100,000 cases.

On PostgreSQL, when a word or prefix is found in most cases ("embassy", "ka", "welfare kit"),
a loose scan of the ``case_id`` index, highest case first, stops at the first matching entry of
each case and jumps to the next lower case id: the cost follows the cases read, not the
matches. When the matching cases are fewer, reading the rows (as before) stays: the loose scan
would read every entry of each case that does not match.

On SQLite the row-by-row reading through FTS5 stays (:func:`consular.db.dialect.matching_rows`):
FTS5 reads its lists from the end cheaply and cannot test one case's entries on its own.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

from consular.db import search_windows
from consular.db.dialect import _match_expression

# The loose scan pays, for every case it passes that does not match, a test of each of its
# entries (about 10 microseconds each on PostgreSQL 15). Below LOOSE_MIN_ROWS matching entries
# (the planner's estimate) the rows are read as before: the sample (5-10 ms) would cost more
# than it saves. Above it, the share of cases that match
# is measured on the newest SAMPLE_CASES cases (an EXISTS per case: one entry read for a case
# that matches, up to SAMPLE_ENTRIES for one that does not) and the loose scan is taken when it is
# expected to test at most LOOSE_BUDGET entries. The estimate alone misleads: "welfare kit" is
# estimated at 104,000 matching entries at 100,000 cases (its words taken as independent) where
# it has about 590,000, in 99% of the cases (rows read: 8.5-9.9 s; loose: 86 ms), while
# "sharma" (59,000 estimated) is in 10% of the cases (rows: 200 ms; loose: seconds).
LOOSE_MIN_ROWS = 5_000
SAMPLE_CASES = 16
SAMPLE_ENTRIES = 48
LOOSE_BUDGET = 50_000


def _need_to_know(params: dict, visible_cases: set[int] | None) -> str:
    """Restricted entries count only in the cases the actor may read. In the query, whatever
    the number of those cases (an array), since a case reached through a restricted entry it
    may not count would otherwise hide the same case's other, readable matches."""
    if visible_cases is None:
        return ""
    params["visible"] = sorted(visible_cases)
    params["false"] = False
    return " AND (d.restricted = :false OR d.case_id = ANY(:visible))"


# The match test in a form the GIN index cannot serve (the function behind ``@@``): a step of
# the loose scan or of the sample reads one case's entries through the ``case_id`` index and
# tests each; offered the GIN index, the planner would read every match of the word for each
# case (5 ms a case for "sharma" at 100,000 cases: the sample took 160 ms instead of 2).
_TESTED = "ts_match_vq(d.search_vector, to_tsquery('simple', :tsq))"


def _sampled_share(conn: Connection, filters: str, params: dict) -> tuple[int, int, float]:
    """(cases with a match, cases read) among the newest SAMPLE_CASES cases, reading at most
    SAMPLE_ENTRIES entries of each (newest first), and the entries per case in the database
    (from the planner's statistics), in one round trip. A long case without a match would
    cost all of its entries (the newest 32 cases of the 100,000-case server have 22,020:
    290 ms); a long case whose first entries do not match counts as not matching, which errs
    towards reading the rows."""
    sql = (
        "SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM (SELECT d.search_vector, d.restricted, "
        "d.case_id FROM search_documents d WHERE d.case_id = c.id ORDER BY d.case_id DESC LIMIT :entries) d "
        f"WHERE {_TESTED} {filters})), "
        "(SELECT greatest(reltuples, 1) FROM pg_class WHERE relname = 'search_documents') "
        "/ (SELECT greatest(reltuples, 1) FROM pg_class WHERE relname = 'cases') "
        "FROM (SELECT id FROM cases ORDER BY id DESC LIMIT :sample) c"
    )
    read, matched, per_case = conn.execute(
        text(sql), {**params, "sample": SAMPLE_CASES, "entries": SAMPLE_ENTRIES}
    ).one()
    return matched, read, float(per_case or 1.0)


def choose_plan(
    conn: Connection, where: str, filters: str, params: dict, limit: int = 1000, known: dict | None = None
) -> str:
    """ "loose" or "rows" (see the module's description and LOOSE_MIN_ROWS). ``known``: see
    :func:`consular.db.search_windows.estimate`."""
    if search_windows.estimate(conn, where, filters, params, known) < LOOSE_MIN_ROWS:
        return "rows"
    matched, read, per_case = _sampled_share(conn, filters, params)
    if not matched:
        return "rows"
    share = matched / read
    # Cases passed to find ``limit`` matching ones, each read whole when it does not match.
    tests = limit / share * (1 - share) * per_case + limit
    return "loose" if tests <= LOOSE_BUDGET else "rows"


def matching_cases(
    conn: Connection,
    groups: list[list[str]],
    *,
    limit: int,
    visible_cases: set[int] | None = None,
    prefix: bool = True,
    known: dict | None = None,
) -> list[tuple[int, int]] | None:
    """(case id, id of a matching entry of it) for up to ``limit`` cases with a matching entry
    of their own, highest case id first (counterparts, which belong to no case, are
    :func:`matching_counterparts`); the entry is the first the ``case_id`` index gives, in
    practice the case's newest match. None when reading the rows costs less (see
    :func:`choose_plan`), and always on SQLite: read them with
    :func:`consular.db.dialect.matching_rows`. ``visible_cases`` as in
    :func:`consular.db.dialect.search_candidates`; ``prefix`` false matches the last word as a
    whole word only."""
    if conn.dialect.name != "postgresql" or not groups:
        return None
    params: dict = {"limit": limit}
    where = _match_expression(conn, groups, params, prefix)
    filters = _need_to_know(params, visible_cases)
    if choose_plan(conn, where, filters, params, limit, known) != "loose":
        return None
    # Each step reads the case_id index downwards from the last case found and stops at the
    # first matching entry: one row for a case where the word is common.
    sql = f"""
        WITH RECURSIVE found(case_id, doc_id) AS (
            (SELECT d.case_id, d.id FROM search_documents d
             WHERE d.case_id IS NOT NULL AND {_TESTED} {filters}
             ORDER BY d.case_id DESC LIMIT 1)
            UNION ALL
            SELECT n.case_id, n.id FROM found CROSS JOIN LATERAL (
                SELECT d.case_id, d.id FROM search_documents d
                WHERE d.case_id < found.case_id AND {_TESTED} {filters}
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
