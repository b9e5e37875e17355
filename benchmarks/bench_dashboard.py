"""Dashboard, case-list sorts, Log contact's tail, ``cases list --json`` and start-up, each
beside a raw baseline measured in the same run.

A script, not a test: it prints figures and asserts nothing about speed.

    python benchmarks/bench_dashboard.py --db /tmp/big.db                 # a SQLite file
    python benchmarks/bench_dashboard.py --db postgresql+psycopg://...    # a server
    python benchmarks/bench_dashboard.py --cases 10000                    # builds a file first

Rows (median of ``--repeat`` runs after a warm-up unless said):

- dashboard: the whole service call, its peak Python memory (tracemalloc), and a raw baseline
  (the status counts, one indexed query);
- the case list's first page (200) in every sort order, both directions: the worst, and the
  two derived sorts (hostages held, next task due); raw baseline: the ids of the first page by
  incident time;
- Log contact through the service (audited, indexed): p50 / p95 / p99 over ``--writes`` calls;
  raw baseline: the same number of single-row inserts with a commit each, on the same database
  through the raw driver;
- ``consular cases list --json`` of every case (a subprocess, sign-in and the opening checks
  included; best of 2); raw baseline: a Python process reading the same columns through the
  raw driver and printing them with ``json.dumps``;
- ``consular --version`` (a subprocess; best of 5); baseline: ``python -c "import sqlalchemy.orm"``.

The database is written to (Log contact adds ``--writes`` contacts): use a copy.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
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


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def best_of(cmd: list[str], runs: int, env: dict) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
        best = min(best, time.perf_counter() - started)
    return best * 1000


class Raw:
    """The raw driver on the same database: sqlite3 for a file, psycopg for a server."""

    def __init__(self, target: str):
        self.sqlite = "://" not in target
        if self.sqlite:
            import sqlite3

            self.conn = sqlite3.connect(target, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = FULL")
        else:
            import psycopg

            self.conn = psycopg.connect(target.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)

    def rows(self, sql: str, params=()) -> list:
        sql = sql if self.sqlite else sql.replace("?", "%s")
        return self.conn.execute(sql, params).fetchall()

    def write(self, sql: str, params) -> None:
        sql = sql if self.sqlite else sql.replace("?", "%s")
        if self.sqlite:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute(sql, params)
            self.conn.execute("COMMIT")
        else:
            with self.conn.transaction():
                self.conn.execute(sql, params)

    def close(self) -> None:
        self.conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="database file or URL (default: build consular-bench-N.db in the temp folder)")
    parser.add_argument("--cases", type=int, default=10_000, help="cases to build when --db is not given")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--writes", type=int, default=300, help="Log contact calls for the percentiles")
    parser.add_argument("--json", metavar="OUT", help="also write the figures to OUT as JSON")
    args = parser.parse_args(argv)

    import tempfile

    import bench_foundation
    from sqlalchemy import func, select

    from consular.db.engine import open_database
    from consular.db.migrate import ensure_schema
    from consular.db.models import Case, ContactEntry
    from consular.domain.filters import SORT_KEYS
    from consular.domain.timeutil import utcnow
    from consular.services import cases, contacts, counterparts, dashboard
    from consular.services.context import ServiceContext, actor_for

    target = args.db or str(Path(tempfile.gettempdir()) / f"consular-bench-{args.cases}.db")
    if not args.db:
        bench_foundation.build(Path(target), args.cases, False)
    database = open_database(target)
    started = time.perf_counter()
    ensure_schema(database)
    upgrade_ms = (time.perf_counter() - started) * 1000
    bench_foundation.ensure_bench_admin(database)
    ctx = ServiceContext(database, actor_for(database, "bench"))
    with database.session() as session:
        n_cases = session.scalar(select(func.count(Case.id)))
        n_contacts = session.scalar(select(func.count(ContactEntry.id)))
        big = session.execute(
            select(Case.reference, func.count(ContactEntry.id))
            .join(ContactEntry, ContactEntry.case_id == Case.id)
            .group_by(Case.id)
            .order_by(func.count(ContactEntry.id).desc())
            .limit(1)
        ).one()
    raw = Raw(target if "://" in target else str(database.path))
    figures: list[tuple[str, float, str, float | None]] = []  # (row, ms, note, baseline ms)

    print(
        f"Database: {database.describe()} ({database.engine.dialect.name}); {n_cases:,} cases, {n_contacts:,} contacts"
    )
    print(f"ensure_schema (upgrade if due): {upgrade_ms:.0f} ms")

    # --- dashboard
    base_ms, _ = timed(lambda: raw.rows("SELECT status, count(*) FROM cases GROUP BY status"), args.repeat)
    ms, dash = timed(lambda: dashboard.dashboard(ctx), args.repeat)
    tracemalloc.start()
    dashboard.dashboard(ctx)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    figures.append(
        (
            "dashboard (whole service call)",
            ms,
            f"{dash.family_total:,} families due, {dash.held_total:,} held; peak +{peak / 2**20:.1f} MiB",
            base_ms,
        )
    )

    # --- case list
    base_ms, _ = timed(
        lambda: raw.rows("SELECT id FROM cases ORDER BY incident_at DESC, id DESC LIMIT 200"), args.repeat
    )
    worst = (0.0, "")
    for key in SORT_KEYS:
        for descending in (True, False):
            ms, _ = timed(lambda k=key, d=descending: cases.list_cases(ctx, sort=k, descending=d), args.repeat)
            label = f"{key} {'desc' if descending else 'asc'}"
            if key in ("hostages_held", "next_task_due"):
                figures.append((f"case list first page by {label}", ms, "", base_ms))
            worst = max(worst, (ms, label))
    figures.append(("case list first page, worst sort", worst[0], worst[1], base_ms))

    # --- Log contact tail
    with_whom = [c.id for c in counterparts.case_counterparts(ctx, big[0])[:1]]
    times = []
    for i in range(args.writes):
        started = time.perf_counter()
        contacts.log_contact(
            ctx,
            big[0],
            counterpart_ids=with_whom,
            occurred_at=utcnow(),
            channel="phone",
            subject=f"Benchmark call {i}",
            notes="Timing a write. " * 40,
        )
        times.append((time.perf_counter() - started) * 1000)
    raw_times = []
    case_id = raw.rows("SELECT id FROM cases WHERE reference = ?", (big[0],))[0][0]
    for i in range(args.writes):
        now = utcnow().isoformat(sep=" ")
        started = time.perf_counter()
        raw.write(
            "INSERT INTO search_documents (entity, entity_id, case_id, title, body, restricted) "
            "VALUES ('bench', ?, ?, ?, ?, ?)",
            (10_000_000 + i, case_id, f"Raw call {i} {now}", "Timing a write. " * 40, False),
        )
        raw_times.append((time.perf_counter() - started) * 1000)
    raw.write("DELETE FROM search_documents WHERE entity = ?", ("bench",))
    for p in (50, 95, 99):
        figures.append((f"log_contact p{p}", percentile(times, p), f"{args.writes} calls", percentile(raw_times, p)))

    # --- CLI: cases list --json, and start-up
    from consular.services import accounts

    password = "bench-password-" + str(os.getpid())
    accounts.reset_password(ctx, "bench", password)
    secret = Path(tempfile.gettempdir()) / f"bench-dashboard-{os.getpid()}.pw"
    secret.write_text(password + "\n")
    secret.chmod(0o600)
    env = dict(os.environ, CONSULAR_PASSWORD_FILE=str(secret))
    cli = [sys.executable, "-m", "consular", "--db", target, "--user", "bench"]
    out = Path(tempfile.gettempdir()) / f"bench-dashboard-{os.getpid()}.json"
    try:
        best = float("inf")
        for _ in range(2):
            started = time.perf_counter()
            with out.open("w") as fh:
                subprocess.run([*cli, "cases", "list", "--json"], check=True, stdout=fh, env=env)
            best = min(best, time.perf_counter() - started)
        listed = len(json.loads(out.read_text()))
    finally:
        out.unlink(missing_ok=True)
        secret.unlink(missing_ok=True)

    # The baseline is a process too: interpreter start, the raw driver, one query, json.dumps.
    raw_script = (
        "import json, sys\n"
        "if '://' in sys.argv[1]:\n"
        "    import psycopg; conn = psycopg.connect(sys.argv[1].replace('postgresql+psycopg://', 'postgresql://'))\n"
        "else:\n"
        "    import sqlite3; conn = sqlite3.connect(sys.argv[1])\n"
        "rows = conn.execute('SELECT c.reference, c.title, c.kind, c.status, c.priority, p.code, "
        "c.incident_country, c.incident_town, c.incident_at, c.timezone, c.last_contact_at, u.display_name "
        "FROM cases c JOIN posts p ON p.id = c.post_id LEFT JOIN users u ON u.id = c.lead_caseworker_id "
        "ORDER BY c.incident_at DESC').fetchall()\n"
        "keys = ('reference', 'title', 'kind', 'status', 'priority', 'post', 'country', 'place', 'incident_at', "
        "'timezone', 'last_contact_at', 'lead_caseworker')\n"
        "sys.stdout.write(json.dumps([dict(zip(keys, (v if v is None else str(v) for v in r))) for r in rows]))\n"
    )
    raw_ms = best_of([sys.executable, "-c", raw_script, target], 2, env)
    figures.append(("cases list --json (all, CLI subprocess)", best * 1000, f"{listed:,} cases", raw_ms))
    bare = best_of([sys.executable, "-c", "import sqlalchemy.orm"], 5, env)
    figures.append(("consular --version", best_of([*cli, "--version"], 5, env), "", bare))
    raw.close()
    database.dispose()

    width = max(len(f[0]) for f in figures)
    print(f"{'operation'.ljust(width)}  {'ms':>9}  {'baseline':>9}  {'ratio':>6}  note")
    for label, ms, note, base in figures:
        ratio = f"{ms / base:6.1f}" if base else "     –"
        base_text = f"{base:9.1f}" if base is not None else "        –"
        print(f"{label.ljust(width)}  {ms:9.1f}  {base_text}  {ratio}  {note}")
    if args.json:
        Path(args.json).write_text(
            json.dumps([{"row": f[0], "ms": f[1], "note": f[2], "baseline_ms": f[3]} for f in figures], indent=1)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
