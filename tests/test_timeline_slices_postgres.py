"""The timeline's contacts on PostgreSQL, read in slices (repositories/timeline._slices): the
same events whatever the slice, ties in time across a slice's edge included."""

from __future__ import annotations

from datetime import timedelta

import pytest

from consular.repositories import timeline as repo
from consular.services import contacts, counterparts
from consular.services.timeline import TimelineFilter, case_timeline
from tests.service_helpers import add_hostage, aware, open_case


@pytest.mark.postgres
def test_contacts_read_in_slices_give_the_same_timeline(pg_database, monkeypatch):
    from tests.fixtures_db import add_reference_data

    ctx = add_reference_data(pg_database)
    reference = open_case(ctx).reference
    add_hostage(ctx, reference)
    police = counterparts.add_counterpart(ctx, reference, name="Commissaire Diallo", category="police")
    start = aware(2025, 7, 2, 8)
    for i in range(23):
        contacts.log_contact(
            ctx,
            reference,
            # Three contacts at each time: a slice of 4 ends inside a group of ties.
            occurred_at=start + timedelta(hours=i // 3),
            channel="phone",
            subject=f"Call {i:02d}",
            counterpart_ids=[police.id],
            notes=f"Note {i}",
            restricted=i == 5,
        )
    flt = TimelineFilter(include_restricted=True)
    monkeypatch.setattr(repo, "SLICE", 10_000)
    whole = case_timeline(ctx, reference, flt).events
    for size in (1, 4, 23):
        monkeypatch.setattr(repo, "SLICE", size)
        assert case_timeline(ctx, reference, flt).events == whole, size
    calls = [e for e in whole if e.type.value == "contact"]
    assert sorted(e.title for e in calls) == [f"Call {i:02d}" for i in range(23)]
    # Placeholders (an outsider's view) too.
    monkeypatch.setattr(repo, "SLICE", 4)
    redacted = case_timeline(ctx, reference, TimelineFilter(redact=True)).events
    monkeypatch.setattr(repo, "SLICE", 10_000)
    assert redacted == case_timeline(ctx, reference, TimelineFilter(redact=True)).events
