"""On PostgreSQL a long case's contacts are read ahead on a second connection, in a thread,
under the export's snapshot (repositories/timeline._read_beside, one_view): an export is one
state of the database, whatever others commit while it reads, and the reader never outlives
its caller."""

from __future__ import annotations

import csv
import gc
import threading

import pytest

from consular.repositories import timeline as repo
from consular.services import contacts, outputs
from consular.services.cases import load_case
from consular.services.timeline import TimelineFilter, export_timeline
from tests.fixtures_db import CASEWORKER, SUPERVISOR
from tests.service_helpers import aware, case_with_calls


def _case_with_contacts(ctx, n: int) -> tuple[str, int]:
    # Staff (read on this connection) beside the counterparts (read ahead on the other).
    return case_with_calls(ctx, n, staff=lambda i: [SUPERVISOR, CASEWORKER] if i % 2 else None)


def _readers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "timeline-read-ahead"]


@pytest.mark.postgres
def test_an_export_is_one_state_of_the_database_while_others_commit(pg_database, tmp_path, monkeypatch):
    from tests.fixtures_db import add_reference_data

    ctx = add_reference_data(pg_database)
    reference, police = _case_with_contacts(ctx, 7)
    with ctx.transaction() as session:
        head_before = outputs.anchor_text(outputs.read_anchor(session))
    monkeypatch.setattr(repo, "SLICE", 2)  # several slices, read ahead while others commit
    milestones = repo.milestones

    def committed_meanwhile(session, case_id, window):
        # Someone logs a contact (audited) after the export began reading (its contacts, their
        # staff and counterparts asked for first, read ahead beside), before it reads the
        # milestones (on the old sequential read, before the contacts themselves).
        contacts.log_contact(
            ctx,
            reference,
            occurred_at=aware(2025, 7, 2, 9, 30),
            channel="phone",
            subject="Late call",
            counterpart_ids=[police],
            staff_present=[SUPERVISOR],
        )
        return milestones(session, case_id, window)

    monkeypatch.setattr(repo, "milestones", committed_meanwhile)
    target = tmp_path / "t.csv"
    timeline = export_timeline(ctx, reference, "csv", target, TimelineFilter(include_restricted=True))
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["type"] == "contact"]
    # Neither the contact nor its audit entry: the rows and the head they carry are of one moment.
    assert [r["title"] for r in rows] == [f"Call {i:02d}" for i in range(7)]
    assert all(r["people"] == "Commissaire Diallo" for r in rows)
    assert [r["detail"].endswith("Staff present: Anjali Sharma, Vikram Iyer") for r in rows] == [
        i % 2 == 1 for i in range(7)
    ]
    assert timeline.chain_head == head_before
    assert {r["chain_head"] for r in rows} == {head_before}
    # The next export has it.
    monkeypatch.setattr(repo, "milestones", milestones)
    later = export_timeline(ctx, reference, "csv", target, TimelineFilter(include_restricted=True))
    assert "Late call" in [e.title for e in later.events]
    assert not _readers()


@pytest.mark.postgres
def test_the_read_ahead_stops_and_gives_back_its_connection_when_the_caller_stops(pg_database, monkeypatch):
    from tests.fixtures_db import add_reference_data

    ctx = add_reference_data(pg_database)
    reference, _ = _case_with_contacts(ctx, 12)
    monkeypatch.setattr(repo, "SLICE", 1)  # more slices than the two that may wait read ahead
    pool = pg_database.engine.pool
    with ctx.transaction() as session:
        case_id = load_case(session, reference).id
        rows = repo.contacts(session, case_id, repo.Window())
        assert next(rows)[5] == "Call 00"
        reader = _readers()
        assert len(reader) == 1
        del rows  # the caller stops half way (an error while building its events)
        gc.collect()
        reader[0].join(5)
        assert not reader[0].is_alive()
        assert pool.checkedout() == 1  # the session's own connection only
        # And one never read at all (the caller failed before its first row).
        unread = repo.contacts(session, case_id, repo.Window())
        reader = _readers()
        del unread
        gc.collect()
        for thread in reader:
            thread.join(5)
        assert not _readers()
        assert pool.checkedout() == 1


@pytest.mark.postgres
def test_a_failure_of_the_read_ahead_reaches_the_caller(pg_database, monkeypatch):
    from tests.fixtures_db import add_reference_data

    ctx = add_reference_data(pg_database)
    reference, _ = _case_with_contacts(ctx, 5)
    slices = repo._slices

    def failing(source, stmt, at, key):
        for n, rows in enumerate(slices(source, stmt, at, key)):
            if n == 2:
                raise RuntimeError("the server went away")
            yield rows

    monkeypatch.setattr(repo, "SLICE", 1)
    monkeypatch.setattr(repo, "_slices", failing)
    with ctx.transaction() as session:
        case_id = load_case(session, reference).id
        seen = []
        with pytest.raises(RuntimeError, match="the server went away"):
            seen.extend(row[5] for row in repo.contacts(session, case_id, repo.Window()))
        assert seen == ["Call 00", "Call 01"]
    assert not _readers()
    assert pg_database.engine.pool.checkedout() == 0
