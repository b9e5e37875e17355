"""The case list with a filter that matches few cases reads those cases first and sorts them
(``filter_first``); with a wider one it walks the sort's index. Both give the same pages, in
every sort order and direction, with each kind of filter, on SQLite and PostgreSQL; the place
sort puts cases without a town last in both directions. Whether a filter is "small" is counted
no further than the limit."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update

from consular.db.engine import open_database
from consular.db.models import Case, Post, User
from consular.domain.enums import CaseKind, CaseStatus
from consular.domain.filters import SORT_KEYS, CaseFilter
from consular.repositories import cases as repo
from tests.fixtures_db import checkpoint_and_close
from tests.test_case_list_empty_last import seed


def _seed(database, cases: int) -> None:
    seed(database, cases)
    with database.session(write=True) as session:  # some cases without a town: the place sort's empty values
        ids = list(session.scalars(select(Case.id).order_by(Case.id)))
        session.execute(update(Case).where(Case.id.in_(ids[::5])).values(incident_town=None))


@pytest.fixture(scope="module")
def synthetic_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("filter-first") / "synthetic.db"
    database = open_database(path)
    _seed(database, 60)
    checkpoint_and_close(database)
    return path


def _filters(session) -> list[CaseFilter]:
    lead = session.scalar(
        select(User.username).join(Case, Case.lead_caseworker_id == User.id).group_by(User.id).limit(1)
    )
    post = session.scalar(select(Post.code).join(Case, Case.post_id == Post.id).limit(1))
    some = list(session.scalars(select(Case.id).order_by(Case.id)))[::3]
    return [
        CaseFilter(statuses=[CaseStatus.ACTIVE, CaseStatus.OPEN]),
        CaseFilter(kinds=[CaseKind.HOSTAGE_TAKING, CaseKind.ABDUCTION]),
        CaseFilter(post_codes=[post]),
        CaseFilter(assignee_username=lead),
        CaseFilter(case_ids=some),
        CaseFilter(assignee_username="nobody.here"),
    ]


def _ids(session, flt, sort, descending, first, offset=0, limit=500) -> list[int]:
    stmt = repo.summary_statement(flt, sort=sort, descending=descending, offset=offset, limit=limit, filter_first=first)
    return [row.id for row in session.execute(stmt)]


def check_both_ways(database) -> None:
    with database.session() as session:
        for flt in _filters(session):
            for sort in SORT_KEYS:
                for descending in (False, True):
                    walked = _ids(session, flt, sort, descending, first=False)
                    first = _ids(session, flt, sort, descending, first=True)
                    assert first == walked, (flt, sort, descending)
                    paged = [
                        i
                        for o in range(0, len(walked) + 7, 7)
                        for i in _ids(session, flt, sort, descending, True, o, 7)
                    ]
                    assert paged == walked, (flt, sort, descending)
        # The place sort: cases without a town after those with one, in both directions.
        for descending in (False, True):
            rows = session.execute(
                repo.summary_statement(
                    CaseFilter(statuses=list(CaseStatus)), sort="place", descending=descending, filter_first=True
                )
            ).all()
            countries = [r.incident_country for r in rows]
            assert countries == sorted(countries, reverse=descending)
            for country in set(countries):
                towns = [r.incident_town for r in rows if r.incident_country == country]
                filled = [t for t in towns if t is not None]
                assert towns == filled + [None] * (len(towns) - len(filled))
                assert filled == sorted(filled, reverse=descending)


def test_both_ways_on_sqlite(synthetic_path):
    database = open_database(synthetic_path)
    try:
        check_both_ways(database)
    finally:
        database.dispose()


@pytest.mark.postgres
def test_both_ways_on_postgresql(pg_url):
    database = open_database(pg_url)
    try:
        _seed(database, 40)
        check_both_ways(database)
    finally:
        database.dispose()


def test_a_filter_is_small_below_the_limit_counted_no_further(synthetic_path, monkeypatch):
    database = open_database(synthetic_path)
    try:
        with database.session() as session:
            active = CaseFilter(statuses=[CaseStatus.ACTIVE])
            n = session.scalar(select(func.count()).where(Case.status == CaseStatus.ACTIVE))
            assert 0 < n < 60
            monkeypatch.setattr(repo, "FILTER_FIRST_BELOW", n)
            assert not repo._filter_is_small(session, active)
            monkeypatch.setattr(repo, "FILTER_FIRST_BELOW", n + 1)
            assert repo._filter_is_small(session, active)
            assert not repo._filter_is_small(session, None) and not repo._filter_is_small(session, CaseFilter())
            # The list reads the same either way.
            small = [r.id for r in repo.summary_rows(session, active, sort="place", limit=10)]
            monkeypatch.setattr(repo, "FILTER_FIRST_BELOW", 1)
            assert [r.id for r in repo.summary_rows(session, active, sort="place", limit=10)] == small
    finally:
        database.dispose()
