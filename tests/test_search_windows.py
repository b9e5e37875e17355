"""Two things the case list's search does to stay the size of a page:

- on PostgreSQL, a word with many matches is read from the GIN index in windows of the newest
  ids (consular.db.dialect): the rows must be those one query over every match gives, in the
  same order, whether the cut falls inside the first window or several windows are read;
- the case list finds its cases (search.matching_cases) and explains only the rows it shows
  (search.explain_cases): together the same cases, order, hits and snippets as
  search.matching_case_ids, and no more than the actor may read.
"""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import text

from consular.db import dialect, search_windows
from consular.services import contacts, search
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import OTHER_CASEWORKER
from tests.service_helpers import open_case, someone


def _harbour_story(ctx: ServiceContext, cases: int = 6, notes: int = 4) -> list[str]:
    """``cases`` cases with ``notes`` contact notes each saying "harbour" (every other one
    restricted in the last case), with notes of other words between them."""
    refs = []
    for n in range(cases):
        ref = open_case(ctx, title=f"Dockers held at port {n}").reference
        refs.append(ref)
        for k in range(notes):
            for words, restricted in (("Harbour gate visit", n == cases - 1 and k % 2 == 0), ("Convoy news", False)):
                contacts.log_contact(
                    ctx,
                    ref,
                    counterpart_ids=someone(ctx, ref),
                    occurred_at=f"2025-07-{k + 1:02d}T10:00",
                    channel="phone",
                    subject="Call",
                    notes=f"{words} {n}-{k}.",
                    restricted=restricted,
                )
    return refs


def _all_matches_newest_first(conn, groups, prefix=True) -> list[int]:
    params: dict = {}
    where = dialect._match_expression(conn, groups, params, prefix)
    sql = f"SELECT d.id FROM search_documents d WHERE {where} ORDER BY d.id DESC"
    return [r[0] for r in conn.execute(text(sql), params)]


@pytest.mark.postgres
@pytest.mark.parametrize("limit", [1, 5, 17, 1000])
def test_windows_read_the_rows_one_query_reads(pg_database, monkeypatch, limit):
    from tests.fixtures_db import add_reference_data

    pg_ctx = add_reference_data(pg_database)
    _harbour_story(pg_ctx)
    groups = [["harbour"]]
    with pg_database.engine.connect() as conn:
        everything = _all_matches_newest_first(conn, groups)
        assert len(everything) == 24
        plain = [c.document_id for c in dialect.search_candidates(conn, groups, limit=limit)]
        plain_rows = [r[0] for r in dialect.matching_rows(conn, groups, limit=limit)]
        # Windows of a few ids each, growing 8x: the cut falls in the first window, or after
        # several.
        seen: list[tuple[int, int]] = []
        windows = search_windows.windows

        def recorded(*args):
            for window in windows(*args):
                seen.append(window)
                yield window

        monkeypatch.setattr(search_windows, "WINDOW_MIN_IDS", 1)
        monkeypatch.setattr(search_windows, "windows", recorded)
        # Far more matches estimated than rows: windows of one id, then 8, 64...
        monkeypatch.setattr(search_windows, "plan", lambda *args: ("windows", 1e12, 1e9))
        windowed = [c.document_id for c in dialect.search_candidates(conn, groups, limit=limit)]
        assert seen, "the windows were not used"
        if limit > 1:
            assert len(seen) > 1, seen
        # Windows cover every id once, newest first.
        assert all(low < high for low, high in seen)
        assert all(later[1] == earlier[0] for earlier, later in itertools.pairwise(seen))
    assert windowed == plain == everything[:limit]
    assert plain_rows == everything[:limit]


# The case list's stream (search_windows.stream) reads windows of the sizes first_span and
# next_span give, then the rest in one read (None): every shape of that sequence.
STREAM_SPANS = [[None], [1, None], [2, 1, None], [1] * 200, [3, 8, 64], [1, 5, None], [40, None]]


def _forced_spans(monkeypatch, spans: list[int | None]) -> list[tuple[int, int, int]]:
    """Make the stream read windows of ``spans`` ids (then the rest); returns the (high, found,
    rows read) each next_span was asked with."""
    asked: list[tuple[int, int, int]] = []
    left = iter(spans[1:])
    monkeypatch.setattr(search_windows, "first_span", lambda *args: spans[0])

    def next_span(top, high, found, rows, blocks, wanted, matches):
        asked.append((high, found, rows))
        return next(left, None)

    monkeypatch.setattr(search_windows, "next_span", next_span)
    return asked


@pytest.mark.postgres
def test_the_stream_reads_the_rows_one_query_reads(pg_database, monkeypatch):
    """Whatever windows the stream reads before the rest, it gives the rows one query gives, in
    its order: a row on the edge of a window (each id matches in turn) is neither lost nor read
    twice, and a reader's limit cuts it at the same row."""
    from tests.fixtures_db import add_reference_data

    pg_ctx = add_reference_data(pg_database)
    _harbour_story(pg_ctx)
    groups = [["harbour"]]
    monkeypatch.setattr(search_windows, "plan", lambda *args: ("windows", 1e9, 1e9))
    with pg_database.engine.connect() as conn:
        everything = _all_matches_newest_first(conn, groups)
        for spans, limit in itertools.product(STREAM_SPANS, [1, 5, 17, 1000]):
            asked = _forced_spans(monkeypatch, spans)
            rows = [r[0] for r in dialect.matching_rows(conn, groups, limit=limit)]
            counted = [r[0] for r in dialect.matching_rows(conn, groups, limit=limit, cases=2)]
            assert rows == counted == everything[:limit], (spans, limit)
            # next_span was told how far the windows had come and what they held.
            for high, _found, read in asked:
                assert read == len([i for i in everything if i > high][:limit]), (spans, limit)


@pytest.mark.postgres
@pytest.mark.parametrize("candidates", ["windows", "walked"])
def test_the_case_list_finds_the_same_cases_whatever_the_windows(ctx, pg_database, monkeypatch, candidates):
    """The case list on PostgreSQL finds, in order, the cases SQLite finds with each shape of
    windows, and an outsider not the restricted entries; its candidates read in windows, or
    with the stream's first window where they would be walked."""
    from tests.fixtures_db import add_reference_data

    pg_ctx = add_reference_data(pg_database)
    refs = _harbour_story(pg_ctx, cases=5, notes=3)
    assert _harbour_story(ctx, cases=5, notes=3) == refs
    monkeypatch.setattr(search, "CANDIDATES", 1)
    if candidates == "walked":
        monkeypatch.setattr(search_windows, "plan", _walked_then_windows)
    else:
        monkeypatch.setattr(search_windows, "plan", lambda *args: ("windows", 1e9, 1e9))
    pg_outsider = ServiceContext(pg_database, actor_for(pg_database, OTHER_CASEWORKER))
    outsider = ServiceContext(ctx.database, actor_for(ctx.database, OTHER_CASEWORKER))

    def found(c: ServiceContext, limit: int = 2000) -> list[tuple[str, str]]:
        matches = search.matching_cases(c, "harbour", limit=limit)
        hits = search.explain_cases(c, "harbour", matches.pending(matches.case_ids))
        return [(hits[cid].reference, hits[cid].snippet) for cid in matches.case_ids]

    expected, expected_three, expected_outsider = found(ctx), found(ctx, limit=3), found(outsider)
    assert {ref for ref, _ in expected} == set(refs)
    assert all("restricted" not in snippet for _, snippet in expected_outsider)
    for spans in STREAM_SPANS:
        _forced_spans(monkeypatch, spans)
        assert found(pg_ctx) == expected, spans
        _forced_spans(monkeypatch, spans)
        assert found(pg_ctx, limit=3) == expected_three, spans
        _forced_spans(monkeypatch, spans)
        assert found(pg_outsider) == expected_outsider, spans


# bench100k (4,238,277 rows, top id 4,240,173): the planner's estimate of the matches, what the
# newest ids read held (ids, cases, rows, pages), and the ids back to the 1,000th case.
TOP = 4_240_173
KAY = {"matches": 35_399, "covered": 179_673, "found": 91, "rows": 1_366, "blocks": 359}  # 1,892,234 back
KAY_CANDIDATES = {"matches": 35_399, "covered": 62_068, "found": 28, "rows": 400, "blocks": 109}
HOSTAGE = {"matches": 41_648, "covered": 152_714, "found": 783, "rows": 1_329, "blocks": 1_320}  # 188,046
DAUGHTER = {"matches": 54_357, "covered": 117_009, "found": 318, "rows": 3_117, "blocks": 2_263}  # 315,307
SHARMA = {"matches": 56_958, "covered": 111_665, "found": 240, "rows": 1_281, "blocks": 579}  # 410,403


def _next(word: dict) -> int | None:
    found, rows, blocks = word["found"], word["rows"], word["blocks"]
    return search_windows.next_span(TOP, TOP - word["covered"], found, rows, blocks, 1000, word["matches"])


def test_the_first_window_is_sized_for_the_rows_wanted():
    """The first window holds about three times the rows wanted at the planner's density: for
    2,000 rows, the 1,000 cases of "hostage", "daughter" and "sharma" in one read. None when
    it would span every id."""
    for word, back in ((HOSTAGE, 188_046), (DAUGHTER, 315_307), (SHARMA, 410_403)):
        span = search_windows.first_span(TOP, word["matches"], 2000)
        assert span == pytest.approx(6000 * TOP / word["matches"], rel=0.01)
        assert span > back
    assert search_windows.first_span(TOP, 5_000, 2000) is None
    assert search_windows.first_span(10_000, 5_000, 2000) is None  # the whole table


def test_the_rest_is_read_in_one_go_when_the_cases_are_far_back():
    """ "kay": 28 cases in the newest 62,000 ids (or 91 in 180,000), so the 1,000th is about two
    million ids back, where one read of the remaining 34,000 matches costs less than their key
    range. "hostage", "daughter" and "sharma": a window that holds the cases still needed, with a
    margin, and no wider."""
    assert _next(KAY) is None
    assert _next(KAY_CANDIDATES) is None
    for word, back in ((HOSTAGE, 188_046), (DAUGHTER, 315_307), (SHARMA, 410_403)):
        span = _next(word)
        assert span is not None and back < word["covered"] + span < 1.6 * back, span
    # The same cases on pages of their own (a match a page) make the rest dearer: still a window.
    assert _next({**KAY, "found": 300, "blocks": KAY["rows"]}) is not None
    # Nothing found yet: nothing to size a window from.
    assert search_windows.next_span(TOP, TOP - 1000, 0, 0, 0, 1000, 35_000) is None


@pytest.mark.postgres
def test_the_stream_sizes_its_first_window_from_the_candidates_read_before(pg_database, monkeypatch):
    """The case list's ranked candidates (the newest matches, read in windows) are kept in the
    read's dict: the stream of the same statement sizes its first window from the cases they
    held instead of guessing, and still gives the rows one query gives."""
    from tests.fixtures_db import add_reference_data

    pg_ctx = add_reference_data(pg_database)
    _harbour_story(pg_ctx)
    groups = [["harbour"]]
    monkeypatch.setattr(search_windows, "WINDOW_MIN_IDS", 1)
    monkeypatch.setattr(search_windows, "FOUND_BEFORE_MIN", 2)
    monkeypatch.setattr(search_windows, "plan", lambda *args: ("windows", 1e12, 1e9))
    asked: list[tuple] = []
    next_span = search_windows.next_span
    monkeypatch.setattr(search_windows, "next_span", lambda *args: asked.append(args) or next_span(*args))
    with pg_database.engine.connect() as conn:
        everything = _all_matches_newest_first(conn, groups)
        known: dict = {}
        candidates = dialect.search_candidates(conn, groups, limit=10, words=known)
        assert [c.document_id for c in candidates] == everything[:10]
        rows = [r[0] for r in dialect.matching_rows(conn, groups, limit=1000, cases=6, words=known)]
        assert rows == everything
        top = max(everything)
        # Asked first with what the candidates held: every match from the 10th newest up, of 3
        # cases (4 notes each, restricted ones included), before any window of its own.
        assert asked[0][1:5] == (everything[9] - 1, 3, 10, asked[0][4])
        assert asked[0][0] >= top
        # Without the dict, a first window of its own.
        assert [r[0] for r in dialect.matching_rows(conn, groups, limit=1000, cases=6)] == everything


def _walked_then_windows(conn, where, filters, params, limit, known=None):
    """The plan of "daugh" at 100,000 cases: its 400 candidates walked, its stream in windows."""
    return ("walk" if limit < search_windows.ROWS_FIRST_WINDOW else "windows", 1e12, 1e9)


def _statements_matching(conn) -> list[str]:
    """The statements ``conn`` runs from now on, through SQLAlchemy or the driver's own cursors."""
    seen: list[str] = []
    raw = conn.connection.dbapi_connection
    cursor = raw.cursor

    class Recorded:
        def __init__(self, made):
            self.made = made

        def execute(self, sql, *args, **kwargs):
            seen.append(str(sql))
            return self.made.execute(sql, *args, **kwargs)

        def __getattr__(self, name):
            return getattr(self.made, name)

    raw.cursor = lambda *args, **kwargs: Recorded(cursor(*args, **kwargs))
    return seen


@pytest.mark.postgres
@pytest.mark.parametrize("span", [1, 9, 20, 40, 10**9])
def test_the_case_list_reads_its_candidates_with_the_streams_first_window(pg_database, monkeypatch, span):
    """Where the case list's candidates would be walked and its stream read in windows (the
    prefix "daugh" at 100,000 cases), the candidates come from the stream's first window, read
    once: the same candidates with the same text, then the stream gives that window's rows and
    reads only below it, the rows one query gives. A window with fewer matches than candidates
    wanted: walked as before, the window's rows still given by the stream."""
    from tests.fixtures_db import add_reference_data

    pg_ctx = add_reference_data(pg_database)
    _harbour_story(pg_ctx)
    groups = [["harbour"]]
    monkeypatch.setattr(search_windows, "plan", _walked_then_windows)
    with pg_database.engine.connect() as conn:
        everything = _all_matches_newest_first(conn, groups)
        walked = dialect.search_candidates(conn, groups, limit=10)
        assert [c.document_id for c in walked] == everything[:10]
        monkeypatch.setattr(search_windows, "first_span", lambda *args: span)
        asked: list[tuple] = []
        monkeypatch.setattr(search_windows, "next_span", lambda *args: asked.append(args) or None)
        known = {search_windows.AHEAD: True}
        seen = _statements_matching(conn)
        assert dialect.search_candidates(conn, groups, limit=10, words=known) == walked
        rows = [r[0] for r in dialect.matching_rows(conn, groups, limit=2000, cases=6, words=known)]
        assert rows == everything
        top = conn.execute(text("SELECT max(id) FROM search_documents")).scalar()
        in_window = [i for i in everything if i > top - span]
        # Asked for the next window right after the first one's rows, read with the candidates.
        low = max(top - span, 0)
        assert (asked[0][1], asked[0][3]) == (low, len(in_window))
        tested = [sql for sql in seen if "search_vector @@" in sql]
        # The window, then the rest below it if any (once the window held the 10 candidates);
        # the walk, the window and the rest otherwise.
        walk, rest = int(len(in_window) < 10), int(low > 0)
        assert len(tested) == walk + 1 + rest, tested
