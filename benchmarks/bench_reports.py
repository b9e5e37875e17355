"""Reports across cases (issue 14): each report's service call beside a raw SQL baseline
measured in the same run, for a supervisor (every case's restricted content) and for a
caseworker (need-to-know in the query), and the PDF of each.

A script, not a test: it prints figures and asserts nothing about speed.

    python benchmarks/bench_reports.py --db /tmp/big.db                 # a SQLite file
    python benchmarks/bench_reports.py --db postgresql+psycopg://...    # a server
    python benchmarks/bench_reports.py --cases 10000                    # builds a file first

Rows (median of ``--repeat`` runs after a warm-up):

- ``report NAME (supervisor)`` / ``(caseworker)``: :func:`consular.services.reports.run_report`
  over the default period (the twelve months up to the newest case), whole database;
  baseline: one raw query through the driver that reads the same rows once without the
  report's grouping (held: the held nationals' rows; monthly: the period's contacts counted;
  workload: open tasks counted per assignee; compliance: the relatives on a plan counted);
- ``report NAME pdf``: rendering the computed report to PDF bytes (reportlab), no baseline.

The issue's target: each report under 2 s on the 100,000-case database. The goal is the
service call; the PDF is shown so its cost is known.

Reads only: the database is not written to (the bench account is made if missing).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def timed(fn, repeat: int) -> tuple[float, object]:
    result = fn()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


BASELINES = {
    "held": "SELECT p.id, p.hostage_status_since FROM case_participants p JOIN cases c ON c.id = p.case_id "
    "WHERE p.role = 'hostage' AND p.hostage_status IN ('held', 'unaccounted') AND c.status IN ('open', 'active')",
    "monthly": "SELECT count(*) FROM contact_entries WHERE occurred_at >= ? AND occurred_at < ? AND voided_at IS NULL",
    "workload": "SELECT assignee_id, count(*) FROM tasks WHERE status IN ('open', 'in_progress') "
    "AND voided_at IS NULL GROUP BY assignee_id",
    "compliance": "SELECT count(*) FROM family_liaisons WHERE contact_every_days > 0",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="database file or URL (default: build consular-bench-N.db in the temp folder)")
    parser.add_argument("--cases", type=int, default=10_000, help="cases to build when --db is not given")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", metavar="OUT", help="also write the figures to OUT as JSON")
    args = parser.parse_args(argv)

    import tempfile

    import bench_foundation
    from bench_dashboard import Raw
    from sqlalchemy import func, select

    from consular.db.engine import open_database
    from consular.db.migrate import ensure_schema
    from consular.db.models import Case, CaseStatusChange, User
    from consular.domain.clock import FixedClock
    from consular.domain.enums import UserRole
    from consular.reports.report_pdf import build_pdf
    from consular.services import reports
    from consular.services.context import ServiceContext, Settings, actor_for, actor_of

    target = args.db or str(Path(tempfile.gettempdir()) / f"consular-bench-{args.cases}.db")
    if not args.db:
        bench_foundation.build(Path(target), args.cases, False)
    database = open_database(target)
    ensure_schema(database)
    bench_foundation.ensure_bench_admin(database)
    with database.session() as session:
        n_cases = session.scalar(select(func.count(Case.id)))
        newest = session.scalar(select(func.max(CaseStatusChange.changed_at)))
        # A caseworker who leads cases: need-to-know is then a real condition in the query.
        worker = session.scalars(
            select(User).join(Case, Case.lead_caseworker_id == User.id).where(User.role == UserRole.CASEWORKER).limit(1)
        ).first()
        worker_actor = actor_of(worker) if worker is not None else None
    # "Now" is the newest recorded change, so the default period holds the data whatever day
    # the database was generated on.
    clock = FixedClock((newest or datetime.now(UTC)) + timedelta(minutes=1))
    supervisor = ServiceContext(database, actor_for(database, "bench"), Settings(), clock)
    contexts = [("supervisor", supervisor)]
    if worker_actor is not None:
        contexts.append(("caseworker", ServiceContext(database, worker_actor, Settings(), clock)))
    raw = Raw(target if "://" in target else str(database.path))
    start, end = reports.default_period(clock.now().date())
    period = (f"{start.isoformat()} 00:00:00", f"{(end + timedelta(days=1)).isoformat()} 00:00:00")
    print(f"Database: {database.describe()} ({database.engine.dialect.name}); {n_cases:,} cases; period {start}–{end}")

    figures: list[tuple[str, float, str, float | None]] = []
    for name in reports.REPORTS:
        params = period if "?" in BASELINES[name] else ()
        base_ms, _ = timed(lambda n=name, p=params: raw.rows(BASELINES[n], p), args.repeat)
        report = None
        for who, ctx in contexts:
            ms, report = timed(lambda n=name, c=ctx: reports.run_report(c, n), args.repeat)
            rows = sum(len(t.rows) for t in report.tables)
            figures.append((f"report {name} ({who})", ms, f"{rows:,} rows in its tables", base_ms))
        pdf_ms, pages = timed(lambda r=report: build_pdf(r, io.BytesIO()), max(1, args.repeat // 2))
        figures.append((f"report {name} pdf", pdf_ms, f"{pages} pages", None))
    raw.close()
    database.dispose()

    width = max(len(f[0]) for f in figures)
    print(f"{'operation'.ljust(width)}  {'ms':>9}  {'baseline':>9}  {'ratio':>6}  note")
    for label, ms, note, base in figures:
        ratio = f"{ms / base:6.1f}" if base else "     –"
        base_text = f"{base:9.1f}" if base is not None else "        –"
        print(f"{label.ljust(width)}  {ms:9.1f}  {base_text}  {ratio}  {note}")
    out = os.environ.get("CONSULAR_BENCH_FIGURES")
    if out:
        with open(out, "a", encoding="utf-8") as fh:
            for label, ms, _note, base in figures:
                line = {"name": label, "value": round(ms, 2), "unit": "ms"}
                if base is not None:
                    line["baseline"] = round(base, 2)
                fh.write(json.dumps(line) + "\n")
    if args.json:
        keys = ("name", "ms", "note", "baseline")
        Path(args.json).write_text(json.dumps([dict(zip(keys, f, strict=True)) for f in figures], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
