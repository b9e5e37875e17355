"""The timeline's rows on PostgreSQL, read without a server-side cursor
(repositories/timeline._stream): every contact, with its counterparts and staff, in the CSV."""

from __future__ import annotations

import csv
from datetime import timedelta

import pytest

from consular.services import contacts, counterparts
from consular.services.timeline import TimelineFilter, export_timeline
from tests.service_helpers import add_hostage, aware, open_case


@pytest.mark.postgres
def test_a_timeline_export_on_postgres_holds_every_contact(pg_database, tmp_path):
    from tests.fixtures_db import add_reference_data

    ctx = add_reference_data(pg_database)
    reference = open_case(ctx).reference
    add_hostage(ctx, reference)
    police = counterparts.add_counterpart(ctx, reference, name="Commissaire Diallo", category="police")
    family = counterparts.add_counterpart(ctx, reference, name="Aminata Traore", category="family")
    start = aware(2025, 7, 2, 8)
    for i in range(25):
        contacts.log_contact(
            ctx,
            reference,
            occurred_at=start + timedelta(hours=i),
            channel="phone",
            subject=f"Call {i:02d}",
            counterpart_ids=[police.id, family.id] if i % 2 else [police.id],
            notes=f"Note {i}, with a comma",
            duration_minutes=5 + i,
        )
    target = tmp_path / "t.csv"
    timeline = export_timeline(ctx, reference, "csv", target, TimelineFilter(include_restricted=True))
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == [e.id for e in timeline.events]
    calls = [r for r in rows if r["type"] == "contact"]
    assert [r["title"] for r in calls] == [f"Call {i:02d}" for i in range(25)]
    assert [r["people"] for r in calls] == [
        "Aminata Traore; Commissaire Diallo" if i % 2 else "Commissaire Diallo" for i in range(25)
    ]
    assert all(f"Note {i}, with a comma" in r["detail"] for i, r in enumerate(calls))
