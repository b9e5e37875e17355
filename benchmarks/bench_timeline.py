"""Timeline of a case with 20,000 events: how long the service and each export take.

Builds a throwaway SQLite database with one synthetic case (people, counterparts and the
case itself through the services; the 20,000 timeline records by bulk insert, because
logging them one by one through the services would time the services, not the
timeline), then prints the time to build the timeline and to write each format.

    python benchmarks/bench_timeline.py [--events N] [--keep DIR]
    python benchmarks/bench_timeline.py --db benchmarks/data/synthetic-10000-seed1-schema0013.db
    python benchmarks/bench_timeline.py --db postgresql+psycopg://user@host/bench
    QT_QPA_PLATFORM=offscreen python -m pytest benchmarks/bench_timeline.py -s -q

With ``--db`` it measures the long case of a synthetic database (run.py's, on SQLite or
PostgreSQL) instead of building one; the exports are recorded in that database's audit trail.
Each figure is the best of ``--repeat`` runs (wall time, with its CPU time), the CSV beside
the raw baseline (the case's rows through the bare driver and ``csv.writer``), the redacted
exports beside the team's. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
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
from consular.services.timeline import TimelineFilter, case_timeline, export_timeline

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


# The raw baseline: the case's rows of the sources that make most events, read through the
# driver (no SQLAlchemy), then written with csv.writer. What a CSV export cannot beat.
RAW_QUERIES = (
    "SELECT c.id, c.occurred_at, c.duration_minutes, c.channel, c.direction, c.subject, c.notes, c.outcome,"
    " c.follow_up_needed, c.restricted, u.display_name FROM contact_entries c JOIN users u"
    " ON u.id = c.recorded_by_id WHERE c.case_id = {p} AND c.voided_at IS NULL",
    "SELECT m.id, m.kind, m.occurred_at, m.title, m.description, m.source, m.restricted, u.display_name"
    " FROM milestones m JOIN users u ON u.id = m.recorded_by_id WHERE m.case_id = {p} AND m.voided_at IS NULL",
    "SELECT t.id, t.title, t.description, t.due_at, t.priority, t.status, t.created_at, t.completed_at,"
    " t.completion_note, u.display_name FROM tasks t JOIN users u ON u.id = t.created_by_id"
    " WHERE t.case_id = {p} AND t.voided_at IS NULL",
    "SELECT d.id, d.file_name, d.media_type, d.size_bytes, d.description, d.restricted, d.added_at,"
    " u.display_name FROM documents d JOIN users u ON u.id = d.added_by_id"
    " WHERE d.case_id = {p} AND d.voided_at IS NULL",
)


def raw_csv(database, case_id: int, path: Path) -> int:
    """Every row of :data:`RAW_QUERIES` for the case through the bare driver, into a CSV file."""
    import csv

    placeholder = "?" if database.is_sqlite else "%s"
    connection = database.engine.raw_connection()
    try:
        cursor = connection.cursor()
        n = 0
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            for query in RAW_QUERIES:
                cursor.execute(query.format(p=placeholder), (case_id,))
                rows = cursor.fetchall()
                writer.writerows(rows)
                n += len(rows)
        cursor.close()
        return n
    finally:
        connection.close()


def raw_xlsx(database, case_id: int, path: Path) -> int:
    """The rows of :data:`RAW_QUERIES` through the bare driver into a constant-memory workbook
    with ``write_row`` (no formats, no dates): what the workbook export cannot beat."""
    import xlsxwriter

    placeholder = "?" if database.is_sqlite else "%s"
    connection = database.engine.raw_connection()
    try:
        cursor = connection.cursor()
        workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
        sheet = workbook.add_worksheet("raw")
        n = 0
        for query in RAW_QUERIES:
            cursor.execute(query.format(p=placeholder), (case_id,))
            for row in cursor.fetchall():
                sheet.write_row(n, 0, [v if isinstance(v, (int, float)) else str(v) for v in row])
                n += 1
        workbook.close()
        cursor.close()
        return n
    finally:
        connection.close()


def raw_pdf(timeline, path: Path) -> int:
    """The PDF's strings drawn with ``canvas.drawString``, 60 lines a page, no layout: each
    event's title, its detail in lines of 110 characters and its facts line. What reportlab
    costs for the text alone, beside which the PDF export is measured."""
    from reportlab.pdfgen.canvas import Canvas

    from consular.reports import fonts

    fonts.register_fonts()
    canvas = Canvas(str(path))
    lines = 0

    def draw(text: str) -> None:
        nonlocal lines
        if lines and lines % 60 == 0:
            canvas.showPage()
        canvas.setFont(fonts.SANS, 8.5)
        canvas.drawString(50, 800 - 12 * (lines % 60), text)
        lines += 1

    for event in timeline.events:
        draw(f"{event.local_time:%H:%M} {event.type.value.upper()} {event.title}")
        for part in (event.detail or "").split("\n"):
            for start in range(0, len(part), 110):
                draw(part[start : start + 110])
        draw(f"{event.at:%Y-%m-%d %H:%M:%S} · {'; '.join(event.people)} · {event.recorded_by} · {event.id}")
    canvas.save()
    return lines


def longest_case(database) -> tuple[str, int]:
    """(reference, id) of the case with the most contact entries: the long case."""
    from sqlalchemy import func

    with database.session() as session:
        case_id = session.scalar(
            select(ContactEntry.case_id)
            .group_by(ContactEntry.case_id)
            .order_by(func.count(ContactEntry.id).desc())
            .limit(1)
        )
        return session.scalar(select(Case.reference).where(Case.id == case_id)), case_id


def timed(fn, repeat: int) -> tuple[float, float]:
    """Best wall seconds and best CPU seconds of ``repeat`` runs (on a shared machine the CPU
    time is the steadier of the two)."""
    walls, cpus = [], []
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return min(walls), min(cpus)


def figure(name: str, value: float, unit: str, baseline: float | None = None, note: str = "") -> None:
    line = f"  {name:<40} {value:10.1f} {unit}"
    if baseline is not None:
        line += f"   baseline {baseline:9.1f} {unit}   ratio {value / baseline if baseline else 0:5.2f}"
    print(line + (f"   {note}" if note else ""), flush=True)
    target = os.environ.get("CONSULAR_BENCH_FIGURES")
    if target:
        row = {"name": name, "value": round(value, 2), "unit": unit}
        if baseline is not None:
            row["baseline"] = round(baseline, 2)
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(row) + "\n")


def both(name: str, measured: tuple[float, float], baseline: tuple[float, float] | None = None) -> None:
    """A figure as wall time and as CPU time (steadier on a shared machine), each beside its baseline's."""
    figure(name, measured[0] * 1000, "ms", baseline and baseline[0] * 1000)
    figure(f"{name} (CPU)", measured[1] * 1000, "ms", baseline and baseline[1] * 1000)


def run(events: int = 20_000, keep: Path | None = None, db: str | None = None, repeat: int = 3) -> dict[str, float]:
    """Measure on the long case of ``db`` (a file or URL with synthetic data, e.g. run.py's;
    exports are recorded in its audit trail), or on a case of ``events`` events built in
    ``keep`` (or a temporary folder)."""
    folder = keep or Path(tempfile.mkdtemp(prefix="consular-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    figures: dict[str, float] = {}
    if db:
        database = open_database(db)
        reference, case_id = longest_case(database)
        ctx = ServiceContext(database, actor_for(database, "bench"))
    else:
        t0 = time.perf_counter()
        ctx, reference = build_case(folder, events)
        database = ctx.database
        figures["build database"] = time.perf_counter() - t0
        with database.session() as session:
            case_id = session.scalar(select(Case.id).where(Case.reference == reference))
    load = os.getloadavg()[0]
    print(f"Database: {database.describe()} ({database.engine.dialect.name}); load average {load:.1f}")
    team = TimelineFilter(include_restricted=True)
    redacted = TimelineFilter(redact=True)  # what an outsider gets: placeholders, identifiers masked
    timeline = case_timeline(ctx, reference, team)
    print(f"{reference}: {len(timeline.events):,} events")
    raw = timed(lambda: raw_csv(database, case_id, folder / "raw.csv"), repeat)
    both("raw fetch + csv.writer", raw)
    raw_book = timed(lambda: raw_xlsx(database, case_id, folder / "raw.xlsx"), repeat)
    both("raw fetch + xlsxwriter write_row", raw_book)
    raw_text = timed(lambda: raw_pdf(timeline, folder / "raw.pdf"), 1)
    both("reportlab drawString of the strings", raw_text)
    baselines = {"csv": raw, "xlsx": raw_book, "pdf": raw_text}
    both("timeline service", timed(lambda: case_timeline(ctx, reference, team), repeat))
    measured: dict[str, tuple[float, float]] = {}
    for fmt in ("csv", "json", "ics", "xlsx", "pdf"):
        path = folder / f"timeline{timeline_export.SUFFIXES[fmt]}"
        runs = 1 if fmt == "pdf" else repeat
        measured[fmt] = timed(lambda f=fmt, p=path: export_timeline(ctx, reference, f, p, team), runs)
        both(f"export {fmt}", measured[fmt], baselines.get(fmt))
        figures[f"export {fmt}"] = measured[fmt][0]
        figures[f"size {fmt} (MB)"] = path.stat().st_size / 1e6
    for fmt in ("csv", "pdf"):
        path = folder / f"redacted{timeline_export.SUFFIXES[fmt]}"
        runs = 1 if fmt == "pdf" else repeat
        # Beside the team's export of the same format: the cost of redaction.
        redacted_run = timed(lambda f=fmt, p=path: export_timeline(ctx, reference, f, p, redacted), runs)
        both(f"export {fmt}, redacted", redacted_run, measured[fmt])
    # The PDF beside reportlab on the prepared data: the same renderer over the timeline
    # already in memory (what the export adds is the reading, the hash and the record).
    prepared = timed(lambda: timeline_export.write_pdf(timeline, folder / "prepared.pdf"), 1)
    both("pdf from prepared data", prepared)
    both("export pdf, beside prepared data", measured["pdf"], prepared)
    for fmt in ("csv", "json", "ics", "xlsx", "pdf"):
        print(f"  size {fmt:<35} {figures[f'size {fmt} (MB)']:10.2f} MB")
    if db:
        database.dispose()
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
    parser.add_argument(
        "--db", help="measure the long case of this database (file or URL with synthetic data; exports are audited)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure, best kept (the PDF: one)")
    args = parser.parse_args(argv)
    run(args.events, args.keep, args.db, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
