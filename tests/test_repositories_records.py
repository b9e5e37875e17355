"""repositories.records on its own: the contact log query behind every contact list, and
the smaller look-ups, against the demo database read independently with sqlite3."""

from __future__ import annotations

import pytest

from consular.domain.enums import Channel, CounterpartCategory
from consular.domain.filters import ContactFilter
from consular.repositories import records as repo
from tests.demo_data import DELTA, KAYES
from tests.repository_helpers import case_id, stored_utc


def contact_ids(oracle, sql: str, *params) -> list[int]:
    return [row[0] for row in oracle.execute(sql, params)]


def test_contacts_newest_first_and_counted(demo_session, oracle):
    cid = case_id(oracle, KAYES)
    entries = repo.contacts(demo_session, cid, limit=None)
    expected = contact_ids(
        oracle, "SELECT id FROM contact_entries WHERE case_id = ? ORDER BY occurred_at DESC, id DESC", cid
    )
    assert [e.id for e in entries] == expected and len(expected) > 20
    assert repo.contact_count(demo_session, cid) == len(expected)
    assert repo.latest_contact_at(demo_session, cid) == entries[0].occurred_at
    oldest = repo.contacts(demo_session, cid, limit=None, newest_first=False)
    assert [e.id for e in oldest] == [e.id for e in sorted(entries, key=lambda e: (e.occurred_at, e.id))]


def test_contacts_page_without_gaps_or_repeats(demo_session, oracle):
    cid = case_id(oracle, KAYES)
    whole = [e.id for e in repo.contacts(demo_session, cid, limit=None)]
    pages = [
        e.id for offset in range(0, len(whole), 7) for e in repo.contacts(demo_session, cid, offset=offset, limit=7)
    ]
    assert pages == whole


def test_contact_filter_by_channel_and_restriction(demo_session, oracle):
    cid = case_id(oracle, KAYES)
    phone = repo.contacts(demo_session, cid, ContactFilter(channels=[Channel.PHONE]), limit=None)
    assert {e.id for e in phone} == set(
        contact_ids(oracle, "SELECT id FROM contact_entries WHERE case_id = ? AND channel = 'phone'", cid)
    )
    open_only = repo.contacts(demo_session, cid, ContactFilter(include_restricted=False), limit=None)
    assert {e.id for e in open_only} == set(
        contact_ids(oracle, "SELECT id FROM contact_entries WHERE case_id = ? AND NOT restricted", cid)
    )
    assert open_only and not any(e.restricted for e in open_only)


def test_contact_filter_period_is_half_open(demo_session, oracle):
    cid = case_id(oracle, KAYES)
    times = [
        stored_utc(t)
        for (t,) in oracle.execute(
            "SELECT occurred_at FROM contact_entries WHERE case_id = ? ORDER BY occurred_at", (cid,)
        )
    ]
    since, until = times[3], times[10]
    inside = repo.contacts(demo_session, cid, ContactFilter(since=since, until=until), limit=None)
    assert sorted(e.occurred_at for e in inside) == [t for t in times if since <= t < until]


def test_contact_filter_by_counterpart_category_text_and_counterpart(demo_session, oracle):
    cid = case_id(oracle, KAYES)
    police = repo.contacts(demo_session, cid, ContactFilter(categories=[CounterpartCategory.POLICE]), limit=None)
    assert police and all(any(c.category == CounterpartCategory.POLICE for c in e.counterparts) for e in police)
    expected = contact_ids(
        oracle,
        "SELECT DISTINCT e.id FROM contact_entries e JOIN contact_counterparts cc ON cc.contact_id = e.id "
        "JOIN counterparts c ON c.id = cc.counterpart_id WHERE e.case_id = ? AND c.category = 'police'",
        cid,
    )
    assert sorted(e.id for e in police) == sorted(expected)

    word = "Gendarmerie"
    by_text = repo.contacts(demo_session, cid, ContactFilter(text=word.lower()), limit=None)
    expected = contact_ids(
        oracle,
        "SELECT id FROM contact_entries WHERE case_id = ? AND (subject LIKE ? OR notes LIKE ? OR outcome LIKE ?)",
        cid,
        *[f"%{word}%"] * 3,
    )
    assert sorted(e.id for e in by_text) == sorted(expected) and expected

    counterpart = police[0].counterparts[0]
    with_him = repo.contacts(demo_session, cid, ContactFilter(counterpart_ids=[counterpart.id]), limit=None)
    assert with_him and all(counterpart.id in {c.id for c in e.counterparts} for e in with_him)


def test_contacts_of_one_case_only(demo_session, oracle):
    kayes, delta = case_id(oracle, KAYES), case_id(oracle, DELTA)
    assert {e.case_id for e in repo.contacts(demo_session, delta, limit=None)} == {delta}
    assert not {e.id for e in repo.contacts(demo_session, delta, limit=None)} & {
        e.id for e in repo.contacts(demo_session, kayes, limit=None)
    }


def test_participants_and_counterparts_of_a_case(demo_session, oracle):
    cid = case_id(oracle, KAYES)
    people = repo.participants(demo_session, cid)
    assert sorted(p.id for p in people) == sorted(
        contact_ids(oracle, "SELECT id FROM case_participants WHERE case_id = ?", cid)
    )
    first = people[0]
    assert repo.participant(demo_session, cid, first.person_id).id == first.id
    assert repo.participant(demo_session, case_id(oracle, DELTA), first.person_id) is None

    linked = repo.case_counterparts(demo_session, cid)
    assert sorted(c.id for c in linked) == sorted(
        contact_ids(oracle, "SELECT counterpart_id FROM case_counterparts WHERE case_id = ?", cid)
    )
    name = "Company Commander, Gendarmerie Kayes"
    assert [c.name for c in repo.counterparts_named(demo_session, cid, name)] == [name]
    assert name in [c.name for c in repo.find_counterparts(demo_session, "gendarmerie")]
    assert repo.find_counterparts(demo_session, "no such counterpart anywhere") == []


@pytest.mark.parametrize("reference", [KAYES, DELTA])
def test_tasks_milestones_and_documents_belong_to_their_case(demo_session, oracle, reference):
    cid = case_id(oracle, reference)
    tasks = repo.tasks(demo_session, cid)
    assert sorted(t.id for t in tasks) == sorted(contact_ids(oracle, "SELECT id FROM tasks WHERE case_id = ?", cid))
    milestones = repo.milestones(demo_session, cid)
    assert sorted(m.id for m in milestones) == sorted(
        contact_ids(oracle, "SELECT id FROM milestones WHERE case_id = ?", cid)
    )
    assert repo.document_count(demo_session, cid) == len(repo.documents(demo_session, cid))
