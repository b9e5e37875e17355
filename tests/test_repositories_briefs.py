"""repositories.briefs on its own: the per-period figures a situation brief prints, against
the demo database read independently with sqlite3."""

from __future__ import annotations

from datetime import UTC, datetime

from consular.domain.enums import CounterpartCategory
from consular.repositories import briefs as repo
from tests.demo_data import KAYES
from tests.repository_helpers import case_id, stored_utc

EVER = datetime(2000, 1, 1, tzinfo=UTC)
NEVER = datetime(2999, 1, 1, tzinfo=UTC)


def _period(oracle, cid):
    rows = oracle.execute("SELECT occurred_at FROM contact_entries WHERE case_id = ? ORDER BY occurred_at", (cid,))
    times = [stored_utc(t) for (t,) in rows]
    return times[4], times[20]


def test_contact_totals(demo_session, oracle):
    cid = case_id(oracle, KAYES)
    since, until = _period(oracle, cid)
    expected = oracle.execute(
        "SELECT count(*), sum(restricted) FROM contact_entries WHERE case_id = ? AND occurred_at >= ? "
        "AND occurred_at < ?",
        (cid, since.strftime("%Y-%m-%d %H:%M:%S.%f"), until.strftime("%Y-%m-%d %H:%M:%S.%f")),
    ).fetchone()
    assert repo.contact_totals(demo_session, cid, since, until) == (expected[0], expected[1])
    assert repo.contact_totals(demo_session, cid, NEVER, NEVER) == (0, 0)


def test_category_stats_count_each_contact_once_per_category(demo_session, oracle):
    cid = case_id(oracle, KAYES)
    stats = {s.category: s for s in repo.category_stats(demo_session, cid, EVER, NEVER, include_restricted=True)}
    expected = dict(
        oracle.execute(
            "SELECT c.category, count(DISTINCT e.id) FROM contact_entries e "
            "JOIN contact_counterparts cc ON cc.contact_id = e.id JOIN counterparts c ON c.id = cc.counterpart_id "
            "WHERE e.case_id = ? GROUP BY c.category",
            (cid,),
        )
    )
    assert {cat.value: s.count for cat, s in stats.items() if cat is not None} == expected
    hidden = {s.category: s for s in repo.category_stats(demo_session, cid, EVER, NEVER, include_restricted=False)}
    for category, stat in hidden.items():
        assert stat.restricted_count == 0
        assert stat.count == stats[category].count - stats[category].restricted_count


def test_recent_contacts_are_the_newest_of_the_category(demo_session, oracle):
    cid = case_id(oracle, KAYES)
    family = repo.recent_contacts(
        demo_session, cid, CounterpartCategory.FAMILY, EVER, NEVER, include_restricted=True, limit=3
    )
    assert len(family) == 3
    assert [e.occurred_at for e in family] == sorted((e.occurred_at for e in family), reverse=True)
    assert all(any(c.category == CounterpartCategory.FAMILY for c in e.counterparts) for e in family)
    newest = oracle.execute(
        "SELECT max(e.occurred_at) FROM contact_entries e JOIN contact_counterparts cc ON cc.contact_id = e.id "
        "JOIN counterparts c ON c.id = cc.counterpart_id WHERE e.case_id = ? AND c.category = 'family'",
        (cid,),
    ).fetchone()[0]
    assert family[0].occurred_at == stored_utc(newest)
    last = repo.last_contact_by_category(
        demo_session, cid, [CounterpartCategory.FAMILY, CounterpartCategory.MEDIA], until=NEVER, include_restricted=True
    )
    assert last[CounterpartCategory.FAMILY][0] == stored_utc(newest)
    assert (
        repo.last_contact_by_category(
            demo_session, cid, [CounterpartCategory.FAMILY], until=EVER, include_restricted=True
        )
        == {}
    )


def test_last_contact_with_each_counterpart(demo_session, oracle):
    cid = case_id(oracle, KAYES)
    expected = {
        counterpart: stored_utc(at)
        for counterpart, at in oracle.execute(
            "SELECT cc.counterpart_id, max(e.occurred_at) FROM contact_counterparts cc "
            "JOIN contact_entries e ON e.id = cc.contact_id WHERE e.case_id = ? GROUP BY cc.counterpart_id",
            (cid,),
        )
    }
    assert repo.last_contact_with(demo_session, cid, list(expected), until=NEVER, include_restricted=True) == expected
    assert repo.last_contact_with(demo_session, cid, [], until=NEVER, include_restricted=True) == {}
