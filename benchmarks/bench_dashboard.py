"""Home's panels one by one, Log contact's tail (with its statements per call), the case-list
sorts, each beside a raw baseline measured in the same run, optionally while other processes
write. (``cases list --json`` and start-up are benchmarks/bench_cli.py's.)

A script, not a test: it prints figures and asserts nothing about speed.

    python benchmarks/bench_dashboard.py --db /tmp/big.db                 # a SQLite file
    python benchmarks/bench_dashboard.py --db postgresql+psycopg://...    # a server
    python benchmarks/bench_dashboard.py --cases 10000                    # builds a file first
    python benchmarks/bench_dashboard.py --db DB --writers 2              # two GUI-like writers too
    python benchmarks/bench_dashboard.py --db DB --plans-on BIG.db --only panels,writes

Rows (median of ``--repeat`` runs after a warm-up unless said):

- each Home panel on its own (``services.dashboard.PANELS`` and "My escalations", read as the
  supervisor with the most active cases), with the number of statements it runs; raw baseline:
  the very reads the panel ran (not its writes: the families panel's audited read writes an
  audit entry and links it), replayed through the raw driver (sqlite3 / psycopg) on a read-only
  connection, so the ratio is what the service adds to the database's own work. Then the whole service call,
  as the administrator and as the busiest caseworker (need-to-know applies), a supervisor's
  whole Home (the service call and "My escalations"), and its peak Python memory (tracemalloc);
- on SQLite, every panel statement's ``EXPLAIN QUERY PLAN``, on this database and (``--plans-on``)
  on another file opened read-only (the shared 100,000-case database), with each full
  ``SCAN`` of a table flagged;
- Log contact through the service (audited, indexed): p50 / p95 / p99 over ``--writes`` calls
  and the statements per call (counted by an event listener); raw baseline: the same number of
  single-row inserts with a commit each through the raw driver. Also how long each call held
  the audit chain's head (from locking it, by its read or on PostgreSQL by the write of the
  links, to the database's answer to the commit: every other writer waits that long), how long
  locking it took (waiting for another writer's commit, on a server), and how many calls found
  the head they had seen before the lock moved on (their links then written after the new one);
- the case list's first page (200) in every sort order, both directions: the worst, and the
  two derived sorts (hostages held, next task due); raw baseline: the first page of ids.

``--writers N`` starts N processes that log and correct contacts through the services (a
person at the keyboard, sped up: one write every ``--writer-pause`` seconds) for as long as
the measurements run, then prints how many writes they made. On SQLite they queue for the
write lock; on PostgreSQL they lock only their own case.

The database is written to (Log contact adds ``--writes`` contacts): use a copy.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SECTIONS = ("panels", "writes", "list")


def timed(fn, repeat: int) -> tuple[float, object]:
    """Median wall milliseconds after a warm-up; ``timed.cpu``: the median CPU milliseconds of
    this process (on a loaded machine the wall time is mostly waiting for a core)."""
    result = fn()
    times, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    timed.cpu = statistics.median(cpu)
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
    """The raw driver on the same database: sqlite3 for a file, psycopg for a server; replays
    go to a second connection that cannot write (``reader``)."""

    def __init__(self, target: str):
        self.sqlite = "://" not in target
        if self.sqlite:
            import sqlite3

            self.conn = sqlite3.connect(target, isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = FULL")
            self.reader = sqlite3.connect(target, isolation_level=None, timeout=30)
            self.reader.execute("PRAGMA query_only = ON")
        else:
            import psycopg

            url = target.replace("postgresql+psycopg://", "postgresql://")
            self.conn = psycopg.connect(url, autocommit=True)
            # Every statement its own transaction, none of which may write: a replayed write would
            # be a second, stale write (the audit chain's head put back behind later entries).
            self.reader = psycopg.connect(url, autocommit=True, options="-c default_transaction_read_only=on")

    def rows(self, sql: str, params=()) -> list:
        sql = sql if self.sqlite else sql.replace("?", "%s")
        return self.conn.execute(sql, params).fetchall()

    def replay(self, statements: list[tuple[str, object]]) -> None:
        """Run reads (:func:`reads_only`) exactly as SQLAlchemy sent them (its driver's
        parameter style), on the connection that cannot write."""
        for sql, params in statements:
            cursor = self.reader.execute(sql, params or ())
            if cursor.description is not None:
                cursor.fetchall()

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
        self.reader.close()
        self.conn.close()


# A statement that writes or locks rows, whatever it starts with: on PostgreSQL the audit chain's
# links are written by one statement that begins "WITH new_head AS (UPDATE audit_chain_head".
_WRITES = re.compile(
    r"\b(INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|FOR\s+(NO\s+KEY\s+)?UPDATE|FOR\s+(KEY\s+)?SHARE)\b", re.I
)


def reads_only(statements: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """The statements that only read: a SELECT or WITH that neither writes nor locks a row."""
    return [
        (sql, params)
        for sql, params in statements
        if sql.lstrip().upper().startswith(("SELECT", "WITH")) and not _WRITES.search(sql)
    ]


class Statements:
    """Every statement an engine sends while ``recording`` (an event listener on the engine), and
    when the audit chain's head was read (locked, on a server): ``head_asked`` / ``head_got``,
    ``perf_counter`` times before and after that statement; ``committed``: when the session's
    commit had returned from the database (the head's lock released)."""

    def __init__(self, engine):
        from sqlalchemy import event
        from sqlalchemy.orm import Session

        self.seen: list[tuple[str, object]] = []
        self.recording = False
        self.head_asked = self.head_got = self.committed = None
        event.listen(engine, "before_cursor_execute", self._on)
        event.listen(engine, "after_cursor_execute", self._done)
        event.listen(Session, "after_commit", self._committed)

    def _on(self, _conn, _cursor, statement, parameters, _context, _executemany) -> None:
        if self.recording:
            self.seen.append((statement, parameters))
            if self.head_asked is None and _locks_chain_head(statement):
                self.head_asked = time.perf_counter()

    def _done(self, _conn, _cursor, statement, _parameters, _context, _executemany) -> None:
        if self.recording and self.head_got is None and _locks_chain_head(statement):
            self.head_got, self.head_got_cpu = time.perf_counter(), time.thread_time()

    def _committed(self, _session) -> None:
        if self.recording and self.head_got is not None and self.committed is None:
            self.committed, self.committed_cpu = time.perf_counter(), time.thread_time()

    def capture(self, fn) -> list[tuple[str, object]]:
        self.seen, self.recording = [], True
        try:
            fn()
        finally:
            self.recording = False
        return self.seen


def _locks_chain_head(statement: str) -> bool:
    """The first statement of a write that locks the chain head: its locking read, or on
    PostgreSQL the write of the links guarded by the head seen before (no read)."""
    statement = statement.lstrip()
    return statement.startswith("WITH new_head") or (
        statement.startswith("SELECT") and "FROM audit_chain_head" in statement
    )


def _head_moved_on(statements: list[tuple[str, object]]) -> bool:
    """A guarded write of the links found the head moved on (they were then written after it)."""
    writes = [sql for sql, _ in statements if sql.startswith("WITH new_head")]
    return bool(writes) and "was_seq" in writes[0] and len(writes) > 1


def figure(figures: list, name: str, ms: float, note: str = "", baseline: float | None = None) -> None:
    figures.append((name, ms, note, baseline))
    target = os.environ.get("CONSULAR_BENCH_FIGURES")
    if target:
        row = {"name": name, "value": round(ms, 3), "unit": "ms"}
        if baseline is not None:
            row["baseline"] = round(baseline, 3)
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(row) + "\n")


def explain(conn, statements: list[tuple[str, object]]) -> list[str]:
    """EXPLAIN QUERY PLAN of each SELECT (SQLite), its full table scans flagged."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    lines = []
    for sql, params in statements:
        if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
            continue
        plan = [row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params or ()).fetchall()]
        scans = [p for p in plan if full_scan(p, tables)]
        head = " ".join(sql.split())[:110]
        lines.append(f"    {'SCAN! ' if scans else 'ok    '}{head}")
        lines += [f"          {p}" for p in plan]
    return lines


def full_scan(plan_line: str, tables: set[str]) -> bool:
    """A plan step that reads a whole table in no index's order (not a subquery's rows)."""
    words = plan_line.split()
    return len(words) >= 2 and words[0] == "SCAN" and words[1] in tables and " USING " not in plan_line


# --- the writer processes -------------------------------------------------------------------


def writer(target: str, stop_file: str, pause: float, seed: int) -> int:
    """Log contacts (and correct one in five) on random active cases until ``stop_file`` exists;
    prints the number of writes."""
    from sqlalchemy import select

    from consular.db.engine import open_database
    from consular.db.models import Case, CaseCounterpart
    from consular.domain.enums import CaseStatus
    from consular.domain.errors import DatabaseLockedError
    from consular.domain.timeutil import utcnow
    from consular.services import contacts
    from consular.services.context import ServiceContext, actor_for

    database = open_database(target)
    ctx = ServiceContext(database, actor_for(database, "bench"))
    rng = random.Random(seed)
    with database.session() as session:
        pairs = session.execute(
            select(Case.reference, CaseCounterpart.counterpart_id)
            .join(CaseCounterpart, CaseCounterpart.case_id == Case.id)
            .where(Case.status.in_([CaseStatus.OPEN, CaseStatus.ACTIVE]))
            .limit(2000)
        ).all()
    done, busy, last = 0, 0, None
    while not os.path.exists(stop_file):
        reference, counterpart = rng.choice(pairs)
        try:
            if last is not None and done % 5 == 4:
                contacts.edit_contact(ctx, last, outcome=f"Corrected by writer {seed}, write {done}")
            else:
                last = contacts.log_contact(
                    ctx,
                    reference,
                    counterpart_ids=[counterpart],
                    occurred_at=utcnow(),
                    channel="phone",
                    subject=f"Writer {seed} call {done}",
                    notes="A concurrent session writing. " * 20,
                ).id
            done += 1
        except DatabaseLockedError:  # what a person would see: "busy, try again"; so do they
            busy += 1
        time.sleep(pause)
    database.dispose()
    print(done, busy)
    return 0


class Writers:
    def __init__(self, target: str, count: int, pause: float):
        self.stop = Path(tempfile.gettempdir()) / f"bench-dashboard-writers-{os.getpid()}.stop"
        self.stop.unlink(missing_ok=True)
        here = str(Path(__file__).resolve())
        self.procs = [
            subprocess.Popen(
                [sys.executable, here, "--writer", target, str(self.stop), str(pause), str(n + 1)],
                stdout=subprocess.PIPE,
                text=True,
            )
            for n in range(count)
        ]
        self.started = time.perf_counter()

    def finish(self) -> tuple[int, int, float]:
        """(writes made, writes refused as busy, seconds)."""
        self.stop.touch()
        writes = busy = 0
        for proc in self.procs:
            out, _ = proc.communicate(timeout=300)
            if proc.returncode != 0:
                raise SystemExit(f"a writer process failed (exit {proc.returncode})")
            made, refused = (int(n) for n in out.split())
            writes, busy = writes + made, busy + refused
        self.stop.unlink(missing_ok=True)
        return writes, busy, time.perf_counter() - self.started


# --- the measurements ----------------------------------------------------------------------


def measure_panels(args, ctx, database, raw, figures, supervisor_ctx, caseworker_ctx) -> None:
    from consular.services import dashboard, escalation

    stmts = Statements(database.engine)
    plans: list[str] = []
    panels = [(name, lambda fn=fn: run_panel(ctx, fn)) for name, fn in panel_calls(dashboard).items()]
    if supervisor_ctx is not None:
        panels.append(("my escalations", lambda: escalation.my_queue(supervisor_ctx)))
    for name, call in panels:
        ms, _ = timed(call, args.repeat)
        cpu = timed.cpu
        captured = stmts.capture(call)
        reads = reads_only(captured)
        base_ms, _ = timed(lambda r=reads: raw.replay(r), args.repeat)
        note = f"{len(captured)} statements ({len(reads)} reads); CPU {cpu:.1f} ms, raw {timed.cpu:.1f}"
        figure(figures, f"panel {name}", ms, note, base_ms)
        if raw.sqlite:
            plans.append(f"  {name}:")
            plans += explain(raw.conn, reads)
            if args.plans_on:
                import sqlite3

                other = sqlite3.connect(f"file:{args.plans_on}?mode=ro", uri=True)
                plans.append(f"   on {args.plans_on}:")
                plans += explain(other, reads)
                other.close()
    base_ms, _ = timed(lambda: raw.rows("SELECT status, count(*) FROM cases GROUP BY status"), args.repeat)
    for who, reader in (("administrator", ctx), ("busiest caseworker", caseworker_ctx)):
        if reader is None:
            continue
        ms, dash = timed(lambda r=reader: dashboard.dashboard(r), args.repeat)
        cpu = timed.cpu
        count = len(stmts.capture(lambda r=reader: dashboard.dashboard(r)))
        note = f"{count} statements, CPU {cpu:.1f} ms; {dash.family_total:,} families due, {dash.held_total:,} held"
        figure(figures, f"dashboard, whole service call ({who})", ms, note, base_ms)
    if supervisor_ctx is not None:  # what a supervisor's Home reads: the panels and "My escalations"
        ms, _ = timed(lambda: (dashboard.dashboard(supervisor_ctx), escalation.my_queue(supervisor_ctx)), args.repeat)
        cpu = timed.cpu
        count = len(stmts.capture(lambda: (dashboard.dashboard(supervisor_ctx), escalation.my_queue(supervisor_ctx))))
        figure(figures, "Home with My escalations (supervisor)", ms, f"{count} statements, CPU {cpu:.1f} ms", base_ms)
    tracemalloc.start()
    dashboard.dashboard(ctx)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    figures.append(("dashboard peak Python memory", peak / 2**20, "MiB (not ms)", None))
    if plans:
        print("Plans of the panels' statements (SQLite EXPLAIN QUERY PLAN):")
        print("\n".join(plans))


def panel_calls(dashboard) -> dict:
    """``services.dashboard.PANELS``; for code from before it existed (a "before" run with
    PYTHONPATH at an older checkout), the same calls spelled out."""
    if hasattr(dashboard, "PANELS"):
        return dashboard.PANELS
    from consular.repositories import family as family_repo
    from consular.services import need_to_know
    from consular.services.detention_overdue import overdue_requests

    return {
        "cases by status": lambda ctx, session, now, limit: session.execute(
            dashboard.select(dashboard.Case.status, dashboard.func.count()).group_by(dashboard.Case.status)
        ).all(),
        "family liaison due": lambda ctx, session, now, limit: dashboard._families_due(ctx, session, now, limit),
        "held nationals": lambda ctx, session, now, limit: dashboard._held_nationals(ctx, session, now, limit),
        "recent activity": lambda ctx, session, now, limit: dashboard._recent_activity(session, 15),
        "overdue tasks": lambda ctx, session, now, limit: dashboard._overdue_tasks(ctx, session, now, limit + 1),
        "tell the family": lambda ctx, session, now, limit: family_repo.open_tell_items(
            session, need_to_know.visible_cases(ctx, session), limit
        ),
        "overdue detention requests": lambda ctx, session, now, limit: overdue_requests(ctx, limit=limit),
    }


def run_panel(ctx, panel, list_limit: int = 50):
    with ctx.transaction() as session:
        return panel(ctx, session, ctx.now(), list_limit)


def measure_writes(args, ctx, database, raw, figures, big: str) -> None:
    from consular.domain.errors import DatabaseLockedError
    from consular.domain.timeutil import utcnow
    from consular.services import contacts, counterparts

    stmts = Statements(database.engine)
    with_whom = [c.id for c in counterparts.case_counterparts(ctx, big)[:1]]
    segments_before = fts_segments(raw)
    times, counts, cpu, busy, waited, held, held_cpu, moved_on, parts = [], [], [], 0, [], [], [], 0, []
    for i in range(args.writes):
        stmts.seen, stmts.recording, stmts.head_asked, stmts.head_got, stmts.committed = [], True, None, None, None
        # This thread's CPU: the background checkpoint and merge thread's is not the call's.
        started, started_cpu = time.perf_counter(), time.thread_time()
        try:
            contacts.log_contact(
                ctx,
                big,
                counterpart_ids=with_whom,
                occurred_at=utcnow(),
                channel="phone",
                subject=f"Benchmark call {i}",
                notes="Timing a write. " * 40,
            )
        except DatabaseLockedError:  # the busy timeout passed: counted, and its time kept
            busy += 1
        ended = time.perf_counter()
        times.append((ended - started) * 1000)
        cpu.append((time.thread_time() - started_cpu) * 1000)
        stmts.recording = False
        counts.append(len(stmts.seen))
        moved_on += _head_moved_on(stmts.seen)
        if stmts.head_got is not None:  # asked for the chain head (waiting while another writer held it) ...
            waited.append((stmts.head_got - stmts.head_asked) * 1000)
            held.append((stmts.committed - stmts.head_got) * 1000)  # ... and held it until the commit returned
            held_cpu.append((stmts.committed_cpu - stmts.head_got_cpu) * 1000)
            parts.append((times[-1], waited[-1], held[-1], cpu[-1] - held_cpu[-1]))  # CPU outside the hold
    if args.show_statements:
        print("Statements of the last Log contact:")
        for sql, _ in stmts.seen:
            print("   ", " ".join(sql.split())[:150])
    raw_times = []
    case_id = raw.rows("SELECT id FROM cases WHERE reference = ?", (big,))[0][0]
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
    note = f"{args.writes} calls ({busy} refused as busy), {statistics.median(counts):.0f} statements per call"
    for p in (50, 95, 99):
        cpu_note = f"{note}; CPU p{p} {percentile(cpu, p):.1f} ms"
        figure(figures, f"log_contact p{p}", percentile(times, p), cpu_note, percentile(raw_times, p))
    figure(figures, "log_contact worst", max(times), f"CPU worst {max(cpu):.1f} ms", max(raw_times))
    if held:  # every other writer waits while one holds the head: what a second session adds
        for p in (50, 99):
            note = f"locking the head took p{p} {percentile(waited, p):.1f} ms; CPU held p{p} "
            note += f"{percentile(held_cpu, p):.2f} ms"
            figure(figures, f"log_contact: audit chain head held p{p}", percentile(held, p), note)
        note = "(count, not ms) calls whose head, seen before the lock, had moved on: written after the new one"
        figures.append(("log_contact: head moved on", moved_on, note, None))
        # Where the slowest calls' time went (means over the slowest 1%, at least 3 calls).
        slow = sorted(parts, reverse=True)[: max(3, len(parts) // 100)]
        total, wait, hold, spent = (statistics.mean(p[i] for p in slow) for i in range(4))
        note = f"{len(slow)} slowest: waiting for the head {wait:.1f}, holding it {hold:.1f}, CPU besides {spent:.1f}, "
        note += f"the rest (the server's answers, waiting for a core) {total - wait - hold - spent:.1f} ms"
        figure(figures, "log_contact: the slowest calls", total, note)
    if database.checkpointer is not None:
        figures.append(("WAL checkpoints in the background", database.checkpointer.runs, "(count, not ms)", None))
        steps = getattr(database.checkpointer, "merge_steps", None)  # None: code before the idle merges
        if steps is not None:
            figures.append(("full-text merge steps in the background", steps, "(count, not ms)", None))
    if segments_before is not None:
        note = f"(count, not ms) before the writes: {segments_before}"
        figures.append(("full-text segments after the writes", fts_segments(raw), note, None))


def fts_segments(raw) -> int | None:
    """Segments of the FTS5 index (SQLite): every query reads each one."""
    if not raw.sqlite:
        return None
    return raw.rows("SELECT count(DISTINCT segid) FROM search_fts_idx")[0][0]


def measure_list(args, ctx, raw, figures) -> None:
    from consular.domain.filters import SORT_KEYS
    from consular.services import cases

    base_ms, _ = timed(
        lambda: raw.rows("SELECT id FROM cases ORDER BY incident_at DESC, id DESC LIMIT 200"), args.repeat
    )
    worst = (0.0, "")
    for key in SORT_KEYS:
        for descending in (True, False):
            ms, _ = timed(lambda k=key, d=descending: cases.list_cases(ctx, sort=k, descending=d), args.repeat)
            label = f"{key} {'desc' if descending else 'asc'}"
            if key in ("hostages_held", "next_task_due"):
                figure(figures, f"case list first page by {label}", ms, "", base_ms)
            worst = max(worst, (ms, label))
    figure(figures, "case list first page, worst sort", worst[0], worst[1], base_ms)


def readers(database) -> tuple:
    """(the supervisor with the most active cases, the caseworker leading the most) as contexts."""
    from sqlalchemy import func, select

    from consular.db.models import Case, User
    from consular.domain.enums import CaseStatus, UserRole
    from consular.services.context import ServiceContext, actor_for

    found = []
    with database.session() as session:
        for column, role in ((Case.supervisor_id, UserRole.SUPERVISOR), (Case.lead_caseworker_id, UserRole.CASEWORKER)):
            name = session.scalar(
                select(User.username)
                .join(Case, column == User.id)
                .where(User.role == role, User.active.is_(True), Case.status.in_([CaseStatus.OPEN, CaseStatus.ACTIVE]))
                .group_by(User.id)
                .order_by(func.count().desc(), User.id)
                .limit(1)
            )
            found.append(None if name is None else ServiceContext(database, actor_for(database, name)))
    return tuple(found)


def main(argv: list[str] | None = None) -> int:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--writer":
        target, stop_file, pause, seed = sys.argv[2:6]
        return writer(target, stop_file, float(pause), int(seed))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="database file or URL (default: build consular-bench-N.db in the temp folder)")
    parser.add_argument("--cases", type=int, default=10_000, help="cases to build when --db is not given")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--writes", type=int, default=300, help="Log contact calls for the percentiles")
    parser.add_argument("--writers", type=int, default=0, help="processes writing while the measurements run")
    parser.add_argument("--writer-pause", type=float, default=0.05, help="seconds between a writer's writes")
    parser.add_argument("--plans-on", metavar="FILE", help="also EXPLAIN the panels' statements on this SQLite file")
    parser.add_argument("--show-statements", action="store_true", help="print the statements of one Log contact")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated sections of {SECTIONS}")
    parser.add_argument("--json", metavar="OUT", help="also write the figures to OUT as JSON")
    args = parser.parse_args(argv)
    sections = set(args.only.split(","))

    import bench_foundation
    from sqlalchemy import func, select

    from consular.db.engine import open_database
    from consular.db.migrate import ensure_schema
    from consular.db.models import Case, ContactEntry
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
        big = session.execute(  # the case with the most contacts: the longest log to keep up to date
            select(Case.reference)
            .join(ContactEntry, ContactEntry.case_id == Case.id)
            .group_by(Case.id)
            .order_by(func.count(ContactEntry.id).desc())
            .limit(1)
        ).scalar_one()
    raw = Raw(target if "://" in target else str(database.path))
    figures: list[tuple[str, float, str, float | None]] = []  # (row, ms, note, baseline ms)
    print(
        f"Database: {database.describe()} ({database.engine.dialect.name}); {n_cases:,} cases, {n_contacts:,} contacts"
    )
    print(f"ensure_schema (upgrade if due): {upgrade_ms:.0f} ms; load average {os.getloadavg()[0]:.2f}")

    writers = Writers(target, args.writers, args.writer_pause) if args.writers else None
    try:
        if "panels" in sections:
            supervisor_ctx, caseworker_ctx = readers(database)
            measure_panels(args, ctx, database, raw, figures, supervisor_ctx, caseworker_ctx)
        if "writes" in sections:
            measure_writes(args, ctx, database, raw, figures, big)
        if "list" in sections:
            measure_list(args, ctx, raw, figures)
    finally:
        if writers is not None:
            writes, busy, seconds = writers.finish()
            print(f"{args.writers} writer processes made {writes:,} writes in {seconds:.1f} s ({busy} refused as busy)")
    raw.close()
    database.dispose()

    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
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
