"""The timeline's exports are the same bytes whichever way they are produced.

``export_timeline`` (the service: one read, the anchor, the audit entry) against the events
the timeline builder gives (``case_timeline``) written by the format's writer with the same
header, on the demo's Kayes case and on a generated long wrongful-detention case, for the
team (restricted shown), an outsider (redacted: placeholders) and a masked copy. The CSV is
also checked against an independent writer of the documented format (csv module, the
formula guard, the chain head column), so a faster CSV writer cannot drift from it.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from datetime import UTC, datetime

import pytest

from consular.db.engine import open_database
from consular.db.migrate import ensure_schema
from consular.reports import timeline_export
from consular.seeding.synthetic import generate
from consular.services import accounts, audit
from consular.services.context import ServiceContext, actor_for
from consular.services.timeline import TimelineFilter, case_timeline, export_timeline
from tests.demo_data import CASEWORKER, KAYES, SUPERVISOR
from tests.fixtures_db import TEST_PASSWORD

VIEWS = {
    "team": TimelineFilter(include_restricted=True),
    "outsider": TimelineFilter(redact=True),
    "masked": TimelineFilter(redact=True, mask_names=True),
}
FORMATS = ("csv", "json", "ics", "xlsx")


@pytest.fixture(scope="module")
def long_case(tmp_path_factory):
    path = tmp_path_factory.mktemp("long") / "long.db"
    database = open_database(path)
    ensure_schema(database)
    accounts.init_database(database, "x.admin", TEST_PASSWORD)
    report = generate(
        database,
        cases=3,
        seed=4,
        progress=False,
        batch_size=8,
        long_case_events=1200,
        now=datetime(2026, 5, 1, tzinfo=UTC),
    )
    yield ServiceContext(database, actor_for(database, "x.admin")), report.long_case
    database.dispose()


@pytest.fixture
def demo(demo_db):
    """The demo's lead caseworker in Bamako (``demo_db`` is in fixtures_db.py)."""
    return ServiceContext(demo_db, actor_for(demo_db, CASEWORKER)), KAYES


def oracle_csv(timeline) -> bytes:
    """The documented CSV, written the plain way (one csv.writer row per event record)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(timeline_export.CSV_FIELDS)
    for event in timeline.events:
        record = timeline_export.event_record(event)
        writer.writerow(
            [
                record["id"],
                record["at"],
                record["local_time"],
                record["type"],
                timeline_export.safe_cell(record["title"]),
                timeline_export.safe_cell(record["detail"]),
                timeline_export.safe_cell("; ".join(record["people"])),
                timeline_export.safe_cell(record["recorded_by"]),
                "true" if record["restricted"] else "false",
                record["source"],
                "true" if record["shareable"] else "false",
                timeline.chain_head or "",
            ]
        )
    return buffer.getvalue().encode("utf-8-sig")


def export_entries(ctx, reference) -> list:
    """The case's timeline.export* audit entries, read by a supervisor (who may read the trail)."""
    reader = ServiceContext(ctx.database, actor_for(ctx.database, SUPERVISOR))
    return [a for a in audit.audit_trail(reader, reference) if a.action.startswith("timeline.export")]


def check_same_bytes(ctx, reference, tmp_path) -> int:
    checked = 0
    for view, flt in VIEWS.items():
        for fmt in FORMATS:
            path = tmp_path / f"{view}.{fmt}"
            exported = export_timeline(ctx, reference, fmt, path, flt)
            # The builder's events under the export's own header (time made, maker, anchor).
            built = case_timeline(ctx, reference, flt)
            built = dataclasses.replace(
                built,
                generated_at=exported.generated_at,
                generated_by=exported.generated_by,
                chain_head=exported.chain_head,
            )
            again = tmp_path / f"{view}-builder.{fmt}"
            timeline_export.write(fmt, built, again)
            assert path.read_bytes() == again.read_bytes(), (view, fmt)
            if fmt == "csv":
                assert path.read_bytes() == oracle_csv(built), view
            checked += 1
        assert any(e.restricted for e in built.events), view
        assert all(e.title == "Restricted" for e in built.events if e.restricted) == (view != "team")
    return checked


def test_demo_exports_are_the_builders_bytes(demo, tmp_path):
    ctx, reference = demo
    assert check_same_bytes(ctx, reference, tmp_path) == len(VIEWS) * len(FORMATS)
    # One audit entry per export, with the anchor it carries.
    entries = export_entries(ctx, reference)
    assert [e.action for e in entries] == ["timeline.export"] * (len(VIEWS) * len(FORMATS))
    assert all(":" in e.after["chain_head"] for e in entries)


def test_long_case_exports_are_the_builders_bytes(long_case, tmp_path):
    ctx, reference = long_case
    assert len(case_timeline(ctx, reference).events) >= 1000
    assert check_same_bytes(ctx, reference, tmp_path) == len(VIEWS) * len(FORMATS)


def test_the_csv_guards_formulas_and_carries_the_head(tmp_path):
    """The fast CSV writer's formula guard and columns, on text made to trip them."""
    from consular.domain.timeline import EventSource, EventType, Timeline, TimelineCase, TimelineEvent, TimelineScope

    at = datetime(2025, 1, 1, 12, tzinfo=UTC)
    events = [
        TimelineEvent(
            id=f"contact:{i}",
            at=at,
            local_time=at,
            type=EventType.CONTACT,
            title=title,
            detail=detail,
            people=people,
            recorded_by=by,
            restricted=False,
            source=EventSource("contact", i),
        )
        for i, (title, detail, people, by) in enumerate(
            [
                ("=SUM(A1)", "+1 555", ("@name",), "-x"),
                ("plain", "", (), None),
                ("\tTabbed", 'line\nbreak, "quoted"', ("a", "b"), "Zoë"),
            ],
            1,
        )
    ]
    case = TimelineCase(1, "T-1", "T", "Other", "Active", "RESTRICTED", "UTC", at, "", "Post")
    timeline = Timeline(case, TimelineScope(), at, "Tester", events, chain_head="7:abcdef012345")
    path = timeline_export.write_csv(timeline, tmp_path / "t.csv")
    assert path.read_bytes() == oracle_csv(timeline)
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(keepends=True)))
    assert rows[1][4] == "'=SUM(A1)" and rows[1][5] == "'+1 555" and rows[1][6] == "'@name" and rows[1][7] == "'-x"
    assert rows[3][4] == "'\tTabbed" and rows[3][6] == "a; b"
    assert {r[-1] for r in rows[1:]} == {"7:abcdef012345"}


@pytest.mark.parametrize("fmt", ["csv", "pdf"])
def test_a_cancelled_export_leaves_nothing_and_records_nothing(demo, tmp_path, fmt):
    from consular.domain.errors import Cancelled

    ctx, reference = demo
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"kayes.{fmt}"
    target.write_bytes(b"an earlier export")
    calls = []

    def cancel(done, total):
        calls.append(done)
        if done > 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        export_timeline(ctx, reference, fmt, target, VIEWS["team"], progress=cancel)
    assert target.read_bytes() == b"an earlier export"
    assert sorted(p.name for p in folder.iterdir()) == [target.name]  # no temporary file left
    assert export_entries(ctx, reference) == []
    # Any other failure of the writing is still recorded, as before.
    with pytest.raises(RuntimeError):
        export_timeline(ctx, reference, fmt, target, VIEWS["team"], progress=lambda d, t: _fail(d))
    assert [a.action for a in export_entries(ctx, reference)] == ["timeline.export.failed"]


def _fail(done):
    if done > 3:
        raise RuntimeError("disk went away")
