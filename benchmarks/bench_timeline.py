"""Timeline of a case with 20,000 events: how long the service and each export take.

Builds a throwaway SQLite database with one synthetic case (people, counterparts and the
case itself through the services; the 20,000 timeline records by bulk insert, because
logging them one by one through the services would time the services, not the
timeline), then prints the time to build the timeline and to write each format.

    python benchmarks/bench_timeline.py [--events N] [--keep DIR]
    QT_QPA_PLATFORM=offscreen python -m pytest benchmarks/bench_timeline.py -s -q

Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from consular.db.engine import open_database
from consular.db.migrate import ensure_schema
from consular.db.models import (
    Case,
    ContactCounterpart,
    ContactEntry,
    Document,
    Milestone,
    Task,
)
from consular.domain.enums import (
    Channel,
    Direction,
    MilestoneKind,
    Priority,
    TaskStatus,
)
from consular.reports import timeline_export
from consular.services import cases, counterparts, people, reference_data
from consular.services.context import ServiceContext, actor_for
from consular.services.timeline import TimelineFilter, case_timeline

REFERENCE_YEAR = 2023
WORDS = [
    "the",
    "gendarmerie",
    "confirmed",
    "that",
    "the",
    "search",
    "continues",
    "in",
    "the",
    "area",
    "north",
    "of",
    "the",
    "town",
    "and",
    "asked",
    "the",
    "embassy",
    "to",
    "keep",
    "the",
    "families",
    "informed",
    "through",
    "the",
    "agreed",
    "channel",
    "only;",
    "the",
    "employer",
    "will",
    "send",
    "the",
    "updated",
    "list",
    "of",
    "staff",
    "and",
    "the",
    "security",
    "company's",
    "report",
]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def build_case(folder: Path, events: int, seed: int = 7) -> tuple[ServiceContext, str]:
    """A database in ``folder`` with one case holding about ``events`` timeline events."""
    rng = random.Random(seed)
    database = open_database(folder / "bench.db")
    ensure_schema(database)
    ensure_bench_admin(database)
    ctx = ServiceContext(database, actor_for(database, "bench"))
    reference_data.save_user(ctx, username="bench.sup", display_name="Bench Supervisor", role="supervisor")
    reference_data.save_post(
        ctx,
        code="BNC",
        name="Embassy, Bench City",
        kind="embassy",
        country="ML",
        city="Bamako",
        timezone="Africa/Bamako",
    )
    detail = cases.open_case(
        ctx,
        post_code="BNC",
        title="Synthetic case with a long chronology",
        kind="hostage_taking",
        incident_at=f"{REFERENCE_YEAR}-01-05T06:00+00:00",
        incident_country="ML",
        incident_town="Kayes",
        timezone="America/New_York",
    )
    reference = detail.reference
    hostages = [
        people.add_person(
            ctx,
            reference,
            role="hostage",
            full_name=f"Hostage {i} Kumar",
            name_native="रवि वर्मा" if i == 0 else None,
            passport_number=f"Z{1000000 + i}",
        )
        for i in range(3)
    ]
    partners = [
        counterparts.add_counterpart(ctx, reference, name=f"Counterpart {i:02d}", category="police") for i in range(40)
    ]
    start = datetime(REFERENCE_YEAR, 1, 5, 7, tzinfo=UTC)
    span = timedelta(days=700).total_seconds()

    def when() -> datetime:
        return start + timedelta(seconds=rng.uniform(0, span))

    n_contacts = int(events * 0.6)
    n_milestones = int(events * 0.15)
    n_tasks = int(events * 0.08)  # each also completed: two events
    # The rest are documents, less the incident, the opening and the three hostages held.
    n_documents = events - n_contacts - n_milestones - 2 * n_tasks - 5
    user = ctx.actor.user_id
    with database.session() as session:
        case_id = session.scalar(select(Case.id).where(Case.reference == reference))
        rows = []
        for _ in range(n_contacts):
            at = when()
            rows.append(
                {
                    "case_id": case_id,
                    "occurred_at": at,
                    "duration_minutes": rng.randint(5, 90),
                    "channel": rng.choice(list(Channel)),
                    "direction": rng.choice(list(Direction)),
                    "subject": _text(rng, 8),
                    "notes": _text(rng, rng.randint(20, 120)),
                    "outcome": _text(rng, 10),
                    "follow_up_needed": rng.random() < 0.2,
                    "restricted": rng.random() < 0.1,
                    "recorded_at": at,
                    "recorded_by_id": user,
                    "updated_at": at,
                    "revision": 1,
                }
            )
        session.execute(insert(ContactEntry), rows)
        ids = list(session.scalars(select(ContactEntry.id).where(ContactEntry.case_id == case_id)))
        links = []
        for contact_id in ids:
            for partner in rng.sample(partners, rng.randint(1, 3)):
                links.append({"contact_id": contact_id, "counterpart_id": partner.id})
        session.execute(insert(ContactCounterpart), links)
        session.execute(
            insert(Milestone),
            [
                {
                    "case_id": case_id,
                    "kind": rng.choice(list(MilestoneKind)),
                    "occurred_at": (at := when()),
                    "title": _text(rng, 7),
                    "description": _text(rng, 40),
                    "source": "Synthetic",
                    "hostage_person_id": rng.choice(hostages).person.id,
                    "restricted": rng.random() < 0.05,
                    "recorded_at": at,
                    "recorded_by_id": user,
                }
                for _ in range(n_milestones)
            ],
        )
        session.execute(
            insert(Task),
            [
                {
                    "case_id": case_id,
                    "title": _text(rng, 6),
                    "description": _text(rng, 15),
                    "assignee_id": user,
                    "due_at": (at := when()) + timedelta(days=3),
                    "priority": rng.choice(list(Priority)),
                    "status": TaskStatus.DONE,
                    "created_at": at,
                    "created_by_id": user,
                    "completed_at": at + timedelta(days=rng.uniform(0.1, 5)),
                    "completed_by_id": user,
                    "completion_note": _text(rng, 10),
                }
                for _ in range(n_tasks)
            ],
        )
        session.execute(
            insert(Document),
            [
                {
                    "case_id": case_id,
                    "file_name": f"report-{i:05d}.pdf",
                    "media_type": "application/pdf",
                    "size_bytes": rng.randint(10_000, 5_000_000),
                    "sha256": "0" * 64,
                    "description": _text(rng, 12),
                    "restricted": False,
                    "added_at": when(),
                    "added_by_id": user,
                }
                for i in range(max(0, n_documents))
            ],
        )
    return ctx, reference


def run(events: int = 20_000, keep: Path | None = None) -> dict[str, float]:
    folder = keep or Path(tempfile.mkdtemp(prefix="consular-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    figures: dict[str, float] = {}
    t0 = time.perf_counter()
    ctx, reference = build_case(folder, events)
    figures["build database"] = time.perf_counter() - t0
    flt = TimelineFilter(include_restricted=True)
    t0 = time.perf_counter()
    timeline = case_timeline(ctx, reference, flt)
    figures["timeline service"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    case_timeline(ctx, reference, TimelineFilter(include_restricted=True, redact=True))
    figures["timeline service, redacted"] = time.perf_counter() - t0
    print(f"{reference}: {len(timeline.events):,} events")
    for fmt in timeline_export.FORMATS:
        path = folder / f"timeline{timeline_export.SUFFIXES[fmt]}"
        t0 = time.perf_counter()
        timeline_export.write(fmt, timeline, path)
        figures[f"export {fmt}"] = time.perf_counter() - t0
        figures[f"size {fmt} (MB)"] = path.stat().st_size / 1e6
    for name, value in figures.items():
        unit = "" if name.startswith("size") else " s"
        print(f"  {name:<28} {value:8.2f}{unit}")
    return figures


def test_timeline_20000_events(tmp_path):
    """Run under pytest (``-s`` to see the figures)."""
    run(20_000, tmp_path)


def ensure_bench_admin(database) -> None:
    """Benchmarks act as 'bench', the administrator of their throwaway database."""
    import secrets

    from consular.services import accounts

    if not accounts.has_admin(database):
        accounts.init_database(database, "bench", secrets.token_urlsafe(24))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--keep", type=Path, help="write the database and exports here")
    args = parser.parse_args(argv)
    run(args.events, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
