"""A next of kin's liaison officer is dated from when they took the family on: given when a
case is recorded after the fact (the demo's families from the case's opening), never in the
future; a later change keeps its own date."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from consular.domain.errors import ValidationError
from consular.services import cases, liaison_officers, people
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import CASEWORKER, KAYES, SUPERVISOR
from tests.service_helpers import add_hostage, open_case


def test_the_officer_is_dated_from_the_day_given_and_not_from_the_future(ctx):
    ref = open_case(ctx).reference
    pid = add_hostage(ctx, ref).person.id
    since = datetime(2025, 7, 2, 9, 0, tzinfo=UTC)
    kin = people.add_next_of_kin(
        ctx, ref, hostage_person_id=pid, full_name="Sunita Verma", relationship="spouse", plan_owner=CASEWORKER,
        officer_since="2025-07-02T09:00+00:00",
    )  # fmt: skip
    [view] = liaison_officers.officers(ctx, ref)
    assert view.liaison_id == kin.id and view.since == since and view.changes[0].changed_at == since
    with pytest.raises(ValidationError, match="in the future"):
        people.add_next_of_kin(
            ctx, ref, hostage_person_id=pid, full_name="Mahesh Verma", relationship="brother", plan_owner=CASEWORKER,
            officer_since=ctx.now() + timedelta(days=2),
        )  # fmt: skip
    # Without a date, the officer is dated from now.
    people.add_next_of_kin(
        ctx, ref, hostage_person_id=pid, full_name="Mahesh Verma", relationship="brother", plan_owner=CASEWORKER
    )
    latest = liaison_officers.officers(ctx, ref)[-1]
    assert abs((latest.since - ctx.now()).total_seconds()) < 60


def test_the_demo_families_have_had_their_officer_since_the_case_opened(demo_db):
    ctx = ServiceContext(demo_db, actor_for(demo_db, SUPERVISOR))
    detail = cases.get_case(ctx, KAYES)
    opened = min(h.changed_at for h in detail.status_history)
    found = liaison_officers.officers(ctx, KAYES)
    assert found and all(o.changes[0].changed_at == opened for o in found)
    subrat = next(o for o in found if o.kin_name == "Subrat Mohanty")
    assert [c.changed_at for c in subrat.changes][1:] == [datetime(2025, 7, 16, 10, 0, tzinfo=UTC)]
    assert subrat.since == datetime(2025, 7, 16, 10, 0, tzinfo=UTC)


def test_each_familys_officer_and_the_change_are_on_the_timeline(demo_db):
    from consular.domain.timeline import EventType
    from consular.services import timeline

    ctx = ServiceContext(demo_db, actor_for(demo_db, SUPERVISOR))
    events = [e for e in timeline.case_timeline(ctx, KAYES).events if e.type == EventType.OFFICER_CHANGE]
    assert len(events) == len(liaison_officers.officers(ctx, KAYES)) + 1
    [change] = [e for e in events if "→" in e.title]
    assert change.title == "Liaison officer for Subrat Mohanty (brother): Priyanka Das → Kiran Reddy"
    assert change.at == datetime(2025, 7, 16, 10, 0, tzinfo=UTC) and "Odia" in change.detail
    assert change.people == ("Subrat Mohanty",)
