"""A timeline holds one object per distinct recorder, people, subject and kind (issue 13:
peak RSS < 250 MB). A 20,000-event case came back with 20,000 copies of its few recorders'
names, people and subjects: ~8 MB of the GUI's resident memory, for equal values."""

from __future__ import annotations

from consular.services.context import ServiceContext, actor_for
from consular.services.timeline import TimelineFilter, case_timeline
from tests.demo_data import CASEWORKER, KAYES


def test_equal_values_of_a_timeline_are_one_object(demo_db):
    ctx = ServiceContext(demo_db, actor_for(demo_db, CASEWORKER))
    events = case_timeline(ctx, KAYES, TimelineFilter(include_restricted=True)).events
    recorders = [e.recorded_by for e in events if e.recorded_by]
    assert len(recorders) > len(set(recorders))  # the case has recorders with several entries
    seen: dict = {}
    for event in events:
        for value in (event.recorded_by, event.people, event.title, event.subtype, event.counterpart_ids):
            if value:
                assert seen.setdefault(value, value) is value, value
