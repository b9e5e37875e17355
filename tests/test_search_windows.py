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
        seen.clear()
        windowed_rows = [r[0] for r in dialect.matching_rows(conn, groups, limit=limit)]
        assert seen
        # Windows cover every id once, newest first.
        assert all(low < high for low, high in seen)
        assert all(later[1] == earlier[0] for earlier, later in itertools.pairwise(seen))
    assert windowed == plain == everything[:limit]
    assert windowed_rows == plain_rows == everything[:limit]


@pytest.mark.postgres
def test_windows_keep_need_to_know_and_the_cases_found(ctx, pg_database, monkeypatch):
    """The case list on PostgreSQL with every read windowed finds what SQLite finds, and an
    outsider does not see the case whose matches are restricted."""
    from tests.fixtures_db import add_reference_data

    pg_ctx = add_reference_data(pg_database)
    refs = _harbour_story(pg_ctx, cases=4, notes=2)
    assert _harbour_story(ctx, cases=4, notes=2) == refs
    monkeypatch.setattr(search, "CANDIDATES", 1)
    monkeypatch.setattr(search_windows, "WINDOW_MIN_IDS", 1)
    monkeypatch.setattr(search_windows, "plan", lambda *args: ("windows", 1e9, 1e9))

    def found(c: ServiceContext) -> dict[str, str]:
        return {h.reference: h.snippet for h in search.matching_case_ids(c, "harbour").values()}

    assert found(pg_ctx) == found(ctx)
    assert set(found(pg_ctx)) == set(refs)
    outsider = ServiceContext(pg_database, actor_for(pg_database, OTHER_CASEWORKER))
    shown = found(outsider)
    # The last case has readable matches too (odd notes): it is found through those.
    assert set(shown) == set(refs)
    assert all("restricted" not in s for s in shown.values())


def test_cases_found_then_explained_are_what_matching_case_ids_gives(ctx, monkeypatch):
    refs = _harbour_story(ctx)
    monkeypatch.setattr(search, "CANDIDATES", 3)  # a few ranked, the rest read after them
    whole = search.matching_case_ids(ctx, "harbour")
    found = search.matching_cases(ctx, "harbour")
    assert found.case_ids == list(whole)
    assert {whole[cid].reference for cid in found.case_ids} == set(refs)
    # Explained a page at a time, in any order, they read the same.
    explained: dict = {}
    for page in (found.case_ids[4:], found.case_ids[:2], found.case_ids[2:4]):
        explained.update(search.explain_cases(ctx, "harbour", found.pending(page)))
    assert explained == whole
    assert search.explain_cases(ctx, "harbour", found.pending([])) == {}
    capped = search.matching_cases(ctx, "harbour", limit=2)
    assert capped.case_ids == list(whole)[:2]  # "2 or more"
    assert search.matching_cases(ctx, "  ").case_ids == []


def test_explaining_an_entry_the_actor_may_not_read_shows_nothing(ctx):
    """The entries handed to explain_cases come from the face; a restricted one of a case
    outside the actor's cases explains nothing, even if asked for by id."""
    from consular.db.models import SearchDocument

    refs = _harbour_story(ctx, cases=2, notes=2)
    with ctx.database.session() as session:
        restricted = session.query(SearchDocument).filter(SearchDocument.restricted.is_(True)).all()
        assert restricted
        entries = {doc.case_id: doc.id for doc in restricted}
    assert set(search.explain_cases(ctx, "harbour", entries)) == set(entries)
    outsider = ServiceContext(ctx.database, actor_for(ctx.database, OTHER_CASEWORKER))
    assert search.explain_cases(outsider, "harbour", entries) == {}
    # Through the search itself the outsider still finds both cases, by their readable notes.
    found = search.matching_cases(outsider, "harbour")
    shown = search.explain_cases(outsider, "harbour", found.pending(found.case_ids))
    assert {h.reference for h in shown.values()} == set(refs)
    assert not any(h.restricted for h in shown.values())


@pytest.mark.postgres
def test_the_case_list_asks_the_planner_for_its_estimate_once(ctx, pg_database, monkeypatch):
    """A case list filter on PostgreSQL asks the planner once how many entries match: the ranked
    candidates, the choice between the case-by-case scan and the rows, and the match list read
    after them use the same estimate (a round trip and a planning each time before). It finds
    what SQLite finds."""
    from sqlalchemy import event

    from tests.fixtures_db import add_reference_data

    pg_ctx = add_reference_data(pg_database)
    assert _harbour_story(pg_ctx) == _harbour_story(ctx)
    monkeypatch.setattr(search, "CANDIDATES", 3)  # a few ranked, the rest read after them
    statements: list[str] = []
    event.listen(pg_database.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    found = search.matching_cases(pg_ctx, "harbour")
    assert len([s for s in statements if s.startswith("EXPLAIN")]) == 1, statements
    sqlite_found = search.matching_cases(ctx, "harbour")
    assert len(found.case_ids) == len(sqlite_found.case_ids) == 6

    def refs(c: ServiceContext, matches: search.CaseMatches) -> set[str]:
        return {hit.reference for hit in search.explain_cases(c, "harbour", matches.pending(matches.case_ids)).values()}

    assert refs(pg_ctx, found) == refs(ctx, sqlite_found)
