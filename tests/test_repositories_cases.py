"""repositories.cases on its own, against the demo database read independently with sqlite3."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from consular.domain.enums import CaseKind, CaseStatus
from consular.domain.filters import SORT_KEYS, CaseFilter
from consular.repositories import cases as repo
from tests.demo_data import CASEWORKER, DELTA, KAYES, LANGTANG, LOME
from tests.repository_helpers import case_id

ALL = {KAYES, DELTA, LOME, LANGTANG}


def refs(rows) -> list[str]:
    return [row.reference for row in rows]


def test_by_reference(demo_session, oracle):
    case = repo.by_reference(demo_session, KAYES)
    assert case.id == case_id(oracle, KAYES) and "Kayes" in case.title
    assert repo.by_reference(demo_session, "BAM-1999-0001") is None


def test_max_sequence_is_the_highest_number_used_at_a_post_in_a_year(demo_session, oracle):
    post_id, year = oracle.execute("SELECT post_id, ref_year FROM cases WHERE reference = ?", (KAYES,)).fetchone()
    assert repo.max_sequence(demo_session, post_id, year) == 1
    assert repo.max_sequence(demo_session, post_id, year + 1) == 0


@pytest.mark.parametrize(
    "flt,expected",
    [
        (None, ALL),
        (CaseFilter(), ALL),
        (CaseFilter(statuses=[CaseStatus.CLOSED]), {DELTA}),
        (CaseFilter(statuses=[CaseStatus.ACTIVE, CaseStatus.OPEN]), {KAYES, LOME, LANGTANG}),
        (CaseFilter(kinds=[CaseKind.HOSTAGE_TAKING, CaseKind.MISSING_PERSON]), {KAYES, LANGTANG}),
        (CaseFilter(post_codes=["LFW"]), {LOME}),
        (CaseFilter(assignee_username=CASEWORKER), {KAYES}),
        (CaseFilter(statuses=[CaseStatus.CLOSED], post_codes=["BAM"]), set()),
    ],
)
def test_filters_count_and_list_the_same_cases(demo_session, flt, expected):
    assert repo.count(demo_session, flt) == len(expected)
    assert set(refs(repo.summary_rows(demo_session, flt))) == expected


def test_case_ids_filter(demo_session, oracle):
    ids = [case_id(oracle, LOME), case_id(oracle, DELTA)]
    assert set(refs(repo.summary_rows(demo_session, CaseFilter(case_ids=ids)))) == {LOME, DELTA}
    assert repo.count(demo_session, CaseFilter(case_ids=[])) == 0


@pytest.mark.parametrize("sort", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_pages_through_every_case_once(demo_session, sort, descending):
    whole = refs(repo.summary_rows(demo_session, sort=sort, descending=descending))
    assert sorted(whole) == sorted(ALL)
    paged = [
        ref
        for offset in range(4)
        for ref in refs(repo.summary_rows(demo_session, sort=sort, descending=descending, offset=offset, limit=1))
    ]
    assert paged == whole


def test_sorting_follows_the_values(demo_session, oracle):
    assert refs(repo.summary_rows(demo_session, sort="reference", descending=False)) == sorted(ALL)
    by_incident = [r for (r,) in oracle.execute("SELECT reference FROM cases ORDER BY incident_at DESC")]
    assert refs(repo.summary_rows(demo_session, sort="incident_at")) == by_incident
    # Status sorts in workflow order (active before closed), not alphabetically.
    assert refs(repo.summary_rows(demo_session, sort="status", descending=False))[-1] == DELTA


def test_summary_rows_carry_post_lead_and_hostage_counts(demo_session, oracle):
    rows = {row.reference: row for row in repo.summary_rows(demo_session)}
    for reference in ALL:
        cid = case_id(oracle, reference)
        held, total = oracle.execute(
            "SELECT sum(hostage_status IN ('held', 'unaccounted')), count(*) FROM case_participants "
            "WHERE case_id = ? AND role = 'hostage'",
            (cid,),
        ).fetchone()
        post = oracle.execute("SELECT p.code FROM posts p JOIN cases c ON c.post_id = p.id WHERE c.id = ?", (cid,))
        row = rows[reference]
        assert (row.hostages_held, row.hostages_total) == (held or 0, total)
        assert row.post_code == post.fetchone()[0]
    assert rows[KAYES].lead_caseworker == "Anjali Sharma"
    assert (rows[KAYES].hostages_held, rows[KAYES].hostages_total) == (3, 3)  # three nationals held at the factory


def test_cases_by_ids_and_open_cases_since(demo_session, oracle):
    ids = {case_id(oracle, r): r for r in ALL}
    assert {i: ref for i, (ref, _title) in repo.cases_by_ids(demo_session, list(ids)).items()} == ids
    assert repo.cases_by_ids(demo_session, []) == {}
    open_ids = {i for i, r in ids.items() if r != DELTA}
    assert set(repo.open_case_ids_since(demo_session, datetime(2000, 1, 1, tzinfo=UTC))) == open_ids
    assert repo.open_case_ids_since(demo_session, datetime(2999, 1, 1, tzinfo=UTC)) == []
