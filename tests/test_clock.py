"""One clock: nothing below the GUI reads the wall clock except consular/domain/clock.py, and
views count days from the moment their service read them (ctx.now())."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest

from consular.domain.clock import FixedClock, ShiftedClock, SystemClock, end_of_day, parse_as_of, wall_now
from consular.domain.errors import ValidationError
from consular.seeding import vocabulary as voc
from consular.seeding.synthetic import case_title
from consular.services import cases, dashboard, tasks
from consular.services.context import ServiceContext
from tests.service_helpers import add_hostage, aware, open_case

ROOT = Path(__file__).resolve().parent.parent / "consular"
LAYERS = ("services", "repositories", "reports", "seeding", "cli", "domain", "db")
DIRECT = re.compile(r"(?<!def )\b(?:datetime\.(?:now|utcnow|today)|date\.today|time\.time|utcnow)\(")


def direct_clock_reads(root: Path = ROOT) -> list[str]:
    found = []
    for layer in LAYERS:
        for path in sorted((root / layer).rglob("*.py")):
            if path == root / "domain" / "clock.py":
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if DIRECT.search(line.split("#")[0]):
                    found.append(f"{path.relative_to(root.parent)}:{number}: {line.strip()}")
    return found


def test_nothing_below_the_gui_reads_the_wall_clock_directly():
    assert direct_clock_reads() == []


def test_the_grep_finds_a_direct_read(tmp_path):
    """The check itself can fail: a planted call is found."""
    fake = tmp_path / "consular"
    (fake / "services").mkdir(parents=True)
    (fake / "services" / "bad.py").write_text("x = datetime.now(UTC)\ny = utcnow()\ndef utcnow():\n    pass\n")
    assert [line.split(": ", 1)[1] for line in direct_clock_reads(fake)] == ["x = datetime.now(UTC)", "y = utcnow()"]


def test_views_count_from_the_context_clock(ctx):
    ref = open_case(ctx).reference  # incident 1 July 2025 06:00 UTC
    add_hostage(ctx, ref)
    tasks.add_task(ctx, ref, title="Call the prefect", due_at="2025-07-12T10:00+00:00")
    then = ServiceContext(ctx.database, ctx.actor, ctx.settings, FixedClock(aware(2025, 7, 11, 6, 0)))
    detail = cases.get_case(then, ref)
    assert detail.days_since_incident() == 10 and detail.hostages[0].days_in_captivity() == 10
    assert not detail.tasks[0].is_overdue()
    assert cases.case_summary(then, ref).days_since_incident() == 10
    assert dashboard.dashboard(then).overdue_tasks == []
    later = ServiceContext(ctx.database, ctx.actor, ctx.settings, FixedClock(aware(2025, 7, 13, 6, 0)))
    assert [t.title for t in dashboard.dashboard(later).overdue_tasks] == ["Call the prefect"]
    assert cases.get_case(later, ref).tasks[0].is_overdue()
    assert cases.get_case(later, ref).to_json()["days_since_incident"] == 12


def test_clocks_and_their_labels():
    day = end_of_day(aware(2025, 7, 25).date())
    assert FixedClock(day).label == "As of 25 July 2025" and FixedClock(day).read_only
    demo = ShiftedClock(day)
    assert demo.label == "Demo as of 25 July 2025" and not demo.read_only
    assert timedelta(0) <= demo.now() - day < timedelta(seconds=5)
    assert SystemClock().label is None and SystemClock().as_of is None
    assert abs(SystemClock().now() - wall_now()) < timedelta(seconds=5)
    assert parse_as_of("2025-07-25") == day
    assert parse_as_of("2025-07-25T12:00+02:00") == aware(2025, 7, 25, 10, 0)
    for bad in ("25/07/2025", "2025-07-25T12:00", "2999-01-01"):
        with pytest.raises(ValidationError):
            parse_as_of(bad)


def test_synthetic_plurals_come_from_the_vocabulary():
    seaman = next(row for row in voc.OCCUPATIONS if row[0] == "Able seaman")
    template = "Indian {workers} taken from a work site near {town}"
    assert (
        case_title(template, 3, "Kayes", "Kayes Region", seaman)
        == "Indian able seamen taken from a work site near Kayes"
    )
    assert (
        case_title(template, 1, "Kayes", "Kayes Region", seaman)
        == "Indian able seaman taken from a work site near Kayes"
    )
    trekkers = next(row for row in voc.OCCUPATIONS if row[0] == "Trekker (tourist)")
    assert "trekkers" in case_title(template, 2, "Lukla", "Solukhumbu", trekkers)
    for titles in voc.CASE_TITLES.values():
        for title in titles:
            assert "{s}" not in title, title
    assert all(len(row) == 3 and row[2] for row in voc.OCCUPATIONS)
