"""Generate synthetic data into a new SQLite file, or compare two such files row by row.

Proof that a change to the generator's row-making keeps its output: generate with the old code
and with the new (same seed, same ``now``), then compare every table's rows in id order.

    PYTHONPATH=/path/to/old python benchmarks/synthetic_rows_compare.py generate old.db
    PYTHONPATH=. python benchmarks/synthetic_rows_compare.py generate new.db
    PYTHONPATH=. python benchmarks/synthetic_rows_compare.py compare old.db new.db

On PostgreSQL (generated with ``now`` fixed, e.g. by ``generate`` given a database URL), a
digest per table made by the server, every column (``search_vector`` in its text form
included) of every row in key order; two databases compare by their digests:

    PYTHONPATH=. python benchmarks/synthetic_rows_compare.py digest postgresql+psycopg://...

and the CPU the row-making worker spends (``synthetic._batches`` and the pickling of its
batches, as in the worker process; no database), old and new back to back:

    PYTHONPATH=/path/to/old python benchmarks/synthetic_rows_compare.py cpu --cases 5000

Left out of the comparison: what the services stamp with the wall clock or a random salt
(the administrator's password hash and dates, the audit entries of setting up the database
and of the run's summary, and so the audit chain's hashes).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from itertools import zip_longest
from pathlib import Path

from sqlalchemy import select

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
UNSEEDED = {
    "users": {"password_hash", "password_changed_at", "created_at"},
    "audit_entries": {"chain", "mac"},
    "audit_chain_head": {"chain_id", "chain", "mac", "updated_at"},
}
SERVICE_STAMPED = {"user.init_admin", "user.create", "post.create", "synthetic.generate"}


def generate(path: Path, cases: int, seed: int, long_case_events: int, parallel: bool) -> None:
    from consular.db.engine import open_database
    from consular.db.migrate import ensure_schema
    from consular.seeding.synthetic import generate as generate_rows
    from consular.services import accounts

    database = open_database(path)
    ensure_schema(database)
    accounts.init_database(database, "admin", "compare password 1")
    wall, cpu = time.perf_counter(), time.process_time()
    report = generate_rows(
        database, cases=cases, seed=seed, progress=False, long_case_events=long_case_events, now=NOW, parallel=parallel
    )
    sys.stdout.write(
        f"{report.cases} cases, {sum(report.rows.values()):,} rows in {time.perf_counter() - wall:.1f} s "
        f"({time.process_time() - cpu:.1f} s CPU)\n"
    )
    database.dispose()


def worker_cpu(cases: int, seed: int, long_case_events: int, dialect_name: str, worker: bool) -> None:
    """CPU seconds of making ``cases`` cases (and the long case) as the worker does: the rows,
    prepared for ``dialect_name``'s driver, pickled. ``worker``: in the generator's own worker
    process (``synthetic._from_worker``), this process unpickling the batches as the writer
    does."""
    import gc
    import pickle
    import random

    from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
    from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

    from consular.domain.enums import UserRole
    from consular.seeding import vocabulary as voc
    from consular.seeding.bulk import ID_TABLES
    from consular.seeding.synthetic import _batches, _incident_plan
    from consular.seeding.synthetic_case import CaseMaker

    posts = [
        {
            "id": i + 1,
            "code": code,
            "country": country,
            "timezone": tz,
            "calling": calling,
            "police": police,
            "towns": towns,
        }
        for i, (code, _name, _kind, country, _city, tz, calling, police, towns) in enumerate(voc.POSTS)
    ]
    roles = [UserRole.CASEWORKER] * 3 + [UserRole.SUPERVISOR]
    staff = {
        p["code"]: [(2 + 4 * i + n, f"syn.{p['code'].lower()}{n + 1}", roles[n]) for n in range(4)]
        for i, p in enumerate(posts)
    }
    dialect = {"sqlite": SQLiteDialect_pysqlite, "postgresql": PGDialect_psycopg}[dialect_name]
    maker = CaseMaker(posts, staff, NOW, 1, seed)
    plan = _incident_plan(random.Random(seed), posts, NOW, cases)
    gc.collect()
    if worker:
        _worker_process_cpu(maker, plan, seed, dialect, long_case_events)
        return
    wall, cpu, size, long_cpu = time.perf_counter(), time.process_time(), 0, 0.0
    for prepared in _batches(maker, plan, seed, 250, dict.fromkeys(ID_TABLES, 0), dialect, long_case_events):
        size += len(pickle.dumps(prepared, protocol=pickle.HIGHEST_PROTOCOL))
        if not prepared.long_case:
            long_cpu = time.process_time()
    cpu_all = time.process_time() - cpu
    long_cpu = time.process_time() - long_cpu if long_case_events else 0.0
    per_1000 = (cpu_all - long_cpu) / cases * 1000
    sys.stdout.write(
        f"{cases} cases + long case of {long_case_events} events ({dialect_name}): {cpu_all:.2f} s CPU "
        f"({time.perf_counter() - wall:.2f} s wall), {per_1000:.3f} s CPU per 1,000 cases, long case {long_cpu:.2f} s; "
        f"{size / 1e6:.0f} MB pickled\n"
    )


def _worker_process_cpu(maker, plan, seed, dialect, long_case_events) -> None:
    import resource

    from consular.seeding.bulk import ID_TABLES
    from consular.seeding.synthetic import _from_worker

    job = (maker, plan, seed, 250, dict.fromkeys(ID_TABLES, 0), dialect, long_case_events)
    wall, cpu = time.perf_counter(), time.process_time()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    rows = sum(len(values) for prepared in _from_worker(job) for _name, _columns, values in prepared.tables)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    child = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    sys.stdout.write(
        f"{len(plan)} cases + long case of {long_case_events} events, {rows:,} rows: worker process {child:.2f} s CPU "
        f"({child / len(plan) * 1000:.3f} s per 1,000 cases, long case included), this process unpickling "
        f"{time.process_time() - cpu:.2f} s CPU, {time.perf_counter() - wall:.1f} s wall, "
        f"worker peak RSS {after.ru_maxrss / 1024:.0f} MB\n"
    )


def rows_of(path: Path):
    from consular.db.engine import open_database
    from consular.db.models import Base

    database = open_database(path)
    try:
        with database.engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                skip = UNSEEDED.get(table.name, set())
                result = conn.execute(select(table).order_by(*table.primary_key.columns)).mappings()
                rows = []
                for row in result:
                    values = {k: v for k, v in row.items() if k not in skip}
                    if table.name == "audit_entries" and row["action"] in SERVICE_STAMPED:
                        values.pop("at")
                    rows.append(values)
                yield table.name, rows
    finally:
        database.dispose()


def compare(old: Path, new: Path) -> int:
    differences, total = 0, 0
    for (name, old_rows), (_same, new_rows) in zip(rows_of(old), rows_of(new), strict=True):
        total += len(old_rows)
        if old_rows == new_rows:
            continue
        differences += 1
        for index, (a, b) in enumerate(zip_longest(old_rows, new_rows)):
            if a != b:
                sys.stdout.write(
                    f"{name}: {len(old_rows)} rows against {len(new_rows)}; first difference at {index}:\n"
                )
                sys.stdout.write(f"  old {a}\n  new {b}\n")
                break
    sys.stdout.write(f"{total:,} rows compared: {'identical' if not differences else f'{differences} tables differ'}\n")
    return 1 if differences else 0


def digests(url: str) -> dict[str, tuple[int, str]]:
    """(rows, md5 of the rows' md5s in key order) per table of the PostgreSQL database ``url``,
    without what :data:`UNSEEDED` and :data:`SERVICE_STAMPED` leave out."""
    from consular.db.engine import open_database
    from consular.db.models import Base

    database = open_database(url)
    found = {}
    try:
        with database.engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                row = "to_jsonb(t)" + "".join(f" - '{c}'" for c in sorted(UNSEEDED.get(table.name, ())))
                if table.name == "audit_entries":
                    stamped = ", ".join(f"'{a}'" for a in sorted(SERVICE_STAMPED))
                    row = f"(CASE WHEN t.action IN ({stamped}) THEN {row} - 'at' ELSE {row} END)"
                order = ", ".join(f"t.{c.name}" for c in table.primary_key.columns)
                found[table.name] = tuple(
                    conn.exec_driver_sql(
                        f"SELECT count(*), md5(coalesce(string_agg(md5(({row})::text), '' ORDER BY {order}), '')) "
                        f"FROM {table.name} t"
                    ).one()
                )
    finally:
        database.dispose()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate")
    gen.add_argument("path", type=Path)
    gen.add_argument("--cases", type=int, default=1000)
    gen.add_argument("--seed", type=int, default=1)
    gen.add_argument("--long-case-events", type=int, default=2000)
    gen.add_argument("--here", action="store_true", help="make the rows in this process, not in a worker")
    cpu = sub.add_parser("cpu")
    cpu.add_argument("--cases", type=int, default=5000)
    cpu.add_argument("--seed", type=int, default=1)
    cpu.add_argument("--long-case-events", type=int, default=20000)
    cpu.add_argument("--dialect", choices=["sqlite", "postgresql"], default="sqlite")
    cpu.add_argument("--worker", action="store_true", help="in the generator's worker process")
    cmp = sub.add_parser("compare")
    cmp.add_argument("old", type=Path)
    cmp.add_argument("new", type=Path)
    digest = sub.add_parser("digest")
    digest.add_argument("url")
    args = parser.parse_args()
    if args.command == "digest":
        for name, (count, md5) in digests(args.url).items():
            sys.stdout.write(f"{name}\t{count}\t{md5}\n")
        return 0
    if args.command == "generate":
        generate(args.path, args.cases, args.seed, args.long_case_events, not args.here)
        return 0
    if args.command == "cpu":
        worker_cpu(args.cases, args.seed, args.long_case_events, args.dialect, args.worker)
        return 0
    return compare(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
