"""Figures for the foundation at scale: case list, counts, search, one big case, a write.

A script, not a test: it prints a table and asserts nothing about speed.

    python benchmarks/bench_foundation.py                  # 10,000 cases (builds in ~1-2 min)
    python benchmarks/bench_foundation.py --cases 100000   # ten years ministry-wide (~20 min
                                                           # to build, ~8 GB of disk)
    python benchmarks/bench_foundation.py --db other.db    # a database of your own

The synthetic database is kept (default: consular-bench-N.db in the temp folder) and reused
by later runs; --rebuild makes it again. Each timing is the median of several runs on a warm
cache. The EXPLAIN QUERY PLAN of the case-list query is printed to show which indexes the
list uses (it never reads contact_entries).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from consular.db.engine import open_database
from consular.db.migrate import ensure_schema
from consular.db.models import Case, ContactEntry, Person, SearchDocument
from consular.domain.enums import CaseKind, CaseStatus
from consular.domain.filters import SORT_KEYS, CaseFilter
from consular.domain.timeutil import utcnow
from consular.repositories.cases import summary_statement
from consular.seeding.synthetic import generate
from consular.services import cases, contacts, counterparts, dashboard, search
from consular.services.context import ServiceContext, actor_for


def timed(fn, repeat: int = 5) -> tuple[float, object]:
    """Median wall time in milliseconds over ``repeat`` runs, after one warm-up run."""
    result = fn()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def build(path: Path, cases_wanted: int, rebuild: bool) -> None:
    if rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    database = open_database(path)
    try:
        ensure_schema(database)
        with database.session() as session:
            have = session.scalar(select(func.count(Case.id)))
        if have < cases_wanted:
            print(f"Generating {cases_wanted - have:,} synthetic cases into {path} ...", file=sys.stderr)
            started = time.perf_counter()
            ensure_bench_admin(database)
            generate(database, cases=cases_wanted - have, seed=have + 1, username="bench")
            print(f"... {time.perf_counter() - started:.1f} s", file=sys.stderr)
    finally:
        database.dispose()


def explain_list(database) -> list[str]:
    lines = []
    with database.engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            return ["(EXPLAIN QUERY PLAN is shown for SQLite only)"]
        for sort, flt in (
            ("incident_at", None),
            ("last_contact_at", None),
            ("incident_at", CaseFilter(statuses=[CaseStatus.ACTIVE])),
        ):
            sql = (
                summary_statement(flt, sort=sort)
                .compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})
                .string
            )
            plan = [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
            lines.append(f"list sorted by {sort}{' (status filter)' if flt else ''}:")
            lines += [f"    {step}" for step in plan]
            if any("contact_entries" in step for step in plan):
                lines.append("    !! the case list reads contact_entries")
    return lines


def ensure_bench_admin(database) -> None:
    """Benchmarks act as 'bench', the administrator of their throwaway database."""
    import secrets

    from consular.services import accounts

    if not accounts.has_admin(database):
        accounts.init_database(database, "bench", secrets.token_urlsafe(24))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000, help="synthetic cases to have (default 10000)")
    parser.add_argument("--db", help="database file or URL (default: consular-bench-N.db in the temp folder)")
    parser.add_argument("--rebuild", action="store_true", help="delete and regenerate the default database")
    parser.add_argument("--repeat", type=int, default=5, help="runs per timing (median is shown)")
    args = parser.parse_args(argv)

    target = args.db or str(Path(tempfile.gettempdir()) / f"consular-bench-{args.cases}.db")
    if "://" not in target:
        build(Path(target), args.cases, args.rebuild and not args.db)
    database = open_database(target)
    ensure_schema(database)
    ensure_bench_admin(database)
    ctx = ServiceContext(database, actor_for(database, "bench"))
    with database.session() as session:
        sizes = {
            "cases": session.scalar(select(func.count(Case.id))),
            "people": session.scalar(select(func.count(Person.id))),
            "contacts": session.scalar(select(func.count(ContactEntry.id))),
            "search documents": session.scalar(select(func.count(SearchDocument.id))),
        }
        big_case = session.execute(
            select(Case.reference, func.count(ContactEntry.id))
            .join(ContactEntry, ContactEntry.case_id == Case.id)
            .group_by(Case.id)
            .order_by(func.count(ContactEntry.id).desc())
            .limit(1)
        ).one()
        rare = session.scalar(
            select(Person.passport_number)
            .where(Person.passport_number.is_not(None))
            .order_by(Person.id.desc())
            .limit(1)
        )
    print(f"Database: {database.describe()}")
    print("Size: " + ", ".join(f"{n:,} {what}" for what, n in sizes.items()))
    print()

    rows: list[tuple[str, float, str]] = []
    for key in SORT_KEYS:
        ms, page = timed(lambda key=key: cases.list_cases(ctx, sort=key, limit=200), args.repeat)
        rows.append((f"list_cases first page (200) by {key}", ms, f"{len(page)} rows"))
    ms, page = timed(lambda: cases.list_cases(ctx, offset=sizes["cases"] // 2, limit=200), args.repeat)
    rows.append(("list_cases page in the middle (offset N/2)", ms, f"{len(page)} rows"))
    active = CaseFilter(statuses=[CaseStatus.ACTIVE])
    ms, page = timed(lambda: cases.list_cases(ctx, active, sort="last_contact_at", limit=200), args.repeat)
    rows.append(("list_cases active, by last contact", ms, f"{len(page)} rows"))
    for label, flt in (
        ("count_cases (all)", None),
        ("count_cases status=active", active),
        ("count_cases kind+post", CaseFilter(kinds=[CaseKind.ABDUCTION], post_codes=["ABJ"])),
    ):
        ms, n = timed(lambda flt=flt: cases.count_cases(ctx, flt), args.repeat)
        rows.append((label, ms, f"{n:,}"))
    for label, word in (
        ("search common word 'embassy'", "embassy"),
        ("search prefix 'embas'", "embas"),
        (f"search rare word (passport {rare})", rare or "zzz"),
        ("search two words 'family medicines'", "family medicines"),
    ):
        ms, hits = timed(lambda word=word: search.search(ctx, word, limit=50), args.repeat)
        rows.append((label, ms, f"{len(hits)} hits"))
    ms, detail = timed(lambda: cases.get_case(ctx, big_case[0]), args.repeat)
    rows.append((f"get_case of the biggest case ({big_case[0]})", ms, f"{detail.contact_count} contacts"))
    ms, page = timed(lambda: contacts.list_contacts(ctx, big_case[0], limit=500), args.repeat)
    rows.append(("list_contacts of that case (page of 500)", ms, f"{len(page)} rows"))
    ms, dash = timed(lambda: dashboard.dashboard(ctx), max(1, args.repeat // 2))
    rows.append(("dashboard", ms, f"{len(dash.overdue_tasks)} overdue tasks shown"))
    with_whom = [c.id for c in counterparts.case_counterparts(ctx, big_case[0])[:1]]  # a contact needs somebody
    ms, entry = timed(
        lambda: contacts.log_contact(
            ctx,
            big_case[0],
            counterpart_ids=with_whom,
            occurred_at=utcnow(),
            channel="phone",
            subject="Benchmark call",
            notes="Timing a write. " * 40,
        ),
        args.repeat,
    )
    rows.append(("log_contact (one write, audited, indexed)", ms, f"entry #{entry.id}"))

    width = max(len(r[0]) for r in rows)
    print(f"{'operation'.ljust(width)}  {'median ms':>10}  result")
    print(f"{'-' * width}  {'-' * 10}  ------")
    for label, ms, note in rows:
        print(f"{label.ljust(width)}  {ms:10.1f}  {note}")
    print()
    print("\n".join(explain_list(database)))
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
