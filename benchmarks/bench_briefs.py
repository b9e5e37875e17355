"""Status briefs: how long the demo case's brief takes, and a brief of a case with 5,000
contacts in its period.

The databases are built once and cached in the temp folder (delete them, or pass
``--rebuild``, after a schema change): the demo seeds through the services, and the busy
case through the services for the case, its hostages and counterparts, then its 5,000
contacts by bulk insert, because logging them one at a time would time the contact
service, not the brief.

    python benchmarks/bench_briefs.py [--contacts N] [--runs N] [--rebuild]
    QT_QPA_PLATFORM=offscreen python -m pytest benchmarks/bench_briefs.py -s -q

Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select

from consular.db.engine import open_database
from consular.db.migrate import ensure_schema
from consular.db.models import ContactCounterpart, ContactEntry
from consular.reports.brief_pdf import render_brief
from consular.seeding.demo import load_demo
from consular.services import briefs, cases, counterparts, people
from consular.services.context import ServiceContext, actor_for

DEMO_REF = "BAM-2025-0001"
DEMO_AS_OF = datetime(2025, 7, 25, 18, 0, tzinfo=UTC)
BUSY_AS_OF = datetime(2025, 9, 1, 12, 0, tzinfo=UTC)
CACHE = Path(tempfile.gettempdir()) / "consular-bench-briefs"
SUBJECTS = [
    "Call with the gendarmerie on the search north of {town}",
    "Employer update on staff movements and site security at {town}",
    "Family call: no news, welfare questions, contact plan confirmed",
    "Media enquiry about reports of a demand; referred to the statement",
    "Governor's office: convoy restrictions on the road to {town}",
    "Intermediary message offering to carry a letter; not answered",
    "MEA desk: daily brief, lines for the press, next steps",
]
TOWNS = ["Kayes", "Ségou", "Diboli", "Nioro du Sahel", "Kéniéba"]
CATEGORIES = [
    "host_government",
    "police",
    "military",
    "employer",
    "family",
    "media",
    "ngo",
    "other_government",
    "intermediary",
    "other",
]


def demo_database(rebuild: bool = False):
    path = CACHE / "demo.db"
    if rebuild or not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        database = open_database(path)
        ensure_schema(database)
        load_demo(database)  # as the seed's administrator
        return database
    database = open_database(path)
    ensure_schema(database)
    return database


def busy_case(database, contacts: int, rebuild: bool = False) -> str:
    """A case with ``contacts`` contacts in the week before BUSY_AS_OF (built once)."""
    ctx = ServiceContext(database, actor_for(database, "v.iyer"))
    title = f"Synthetic case with {contacts:,} contacts in a week"
    existing = [c for c in cases.list_cases(ctx, limit=5000) if c.title == title]
    if existing and not rebuild:
        return existing[0].reference
    rng = random.Random(11)
    detail = cases.open_case(
        ctx,
        post_code="BAM",
        title=title,
        kind="hostage_taking",
        incident_at="2025-08-01T05:30+00:00",
        incident_country="ML",
        incident_town="Ségou",
        incident_region="Ségou Region",
    )
    reference = detail.reference
    for i in range(4):
        people.add_person(
            ctx,
            reference,
            role="hostage",
            full_name=f"Synthetic National {i + 1}",
            name_native="रवि कुमार वर्मा" if i == 0 else None,
            passport_number=f"Z{7000000 + i}",
            date_of_birth=f"198{i}-03-1{i}",
        )
    ids = [
        counterparts.add_counterpart(ctx, reference, name=f"{c.replace('_', ' ').title()} contact {n}", category=c).id
        for c in CATEGORIES
        for n in range(3)
    ]
    with database.session() as session:
        start_id = (session.scalar(select(func.max(ContactEntry.id))) or 0) + 1
        rows, links = [], []
        span = timedelta(days=7).total_seconds()
        for n in range(contacts):
            at = BUSY_AS_OF - timedelta(seconds=rng.uniform(60, span))
            subject = rng.choice(SUBJECTS).format(town=rng.choice(TOWNS))
            rows.append(
                {
                    "id": start_id + n,
                    "case_id": detail.id,
                    "occurred_at": at,
                    "duration_minutes": rng.randint(2, 90),
                    "channel": rng.choice(["phone", "email", "in_person", "message"]),
                    "direction": "outgoing",
                    "subject": subject,
                    "notes": " ".join([subject] * rng.randint(3, 30)),
                    "outcome": None,
                    "follow_up_needed": rng.random() < 0.2,
                    "restricted": rng.random() < 0.08,
                    "recorded_at": at,
                    "recorded_by_id": ctx.actor.user_id,
                    "updated_at": at,
                    "revision": 1,
                }
            )
            for counterpart in rng.sample(ids, rng.choice([1, 1, 1, 2])):
                links.append({"contact_id": start_id + n, "counterpart_id": counterpart})
        session.execute(insert(ContactEntry), rows)
        session.execute(insert(ContactCounterpart), links)
    return reference


def _time(fn, runs: int) -> tuple[float, float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), min(times), result


def run(contacts: int = 5000, runs: int = 5, rebuild: bool = False, out=sys.stdout) -> dict[str, float]:
    started = time.perf_counter()
    database = demo_database(rebuild)
    reference = busy_case(database, contacts, rebuild)
    print(f"databases ready in {time.perf_counter() - started:.1f} s ({CACHE})", file=out)
    ctx = ServiceContext(database, actor_for(database, "v.iyer"))
    figures: dict[str, float] = {}
    folder = Path(tempfile.mkdtemp(prefix="bench-briefs-"))
    for label, ref, as_of, since in (
        ("demo case BAM-2025-0001 (since 18 Jul)", DEMO_REF, DEMO_AS_OF, "2025-07-18"),
        (f"synthetic case, {contacts:,} contacts in the period", reference, BUSY_AS_OF, BUSY_AS_OF - timedelta(days=7)),
    ):
        data_t, _, data = _time(
            lambda ref=ref, since=since, as_of=as_of: briefs.brief_data(ctx, ref, since=since, as_of=as_of), runs
        )
        render_t, _, _rendered = _time(lambda data=data: render_brief(data), runs)
        issue_t, best, result = _time(
            lambda ref=ref, since=since, as_of=as_of: briefs.issue_brief(
                ctx, ref, folder / "brief.pdf", since=since, as_of=as_of
            ),
            runs,
        )
        print(
            f"{label}:\n"
            f"  gather {data_t * 1000:7.1f} ms   render {render_t * 1000:7.1f} ms   "
            f"issue (gather+render+write+record) {issue_t * 1000:7.1f} ms median, {best * 1000:.1f} ms best\n"
            f"  {result.page_count} pages, {result.path.stat().st_size / 1024:.0f} KiB, "
            f"{data.contacts_total:,} contacts shown as {sum(len(g.lines) for g in data.contact_groups)} lines",
            file=out,
        )
        figures[label] = issue_t
    database.dispose()
    return figures


def test_bench_briefs():
    run(runs=3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached databases")
    args = parser.parse_args(argv)
    run(args.contacts, args.runs, args.rebuild)
    return 0


if __name__ == "__main__":
    sys.exit(main())
