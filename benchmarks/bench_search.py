"""Search at scale, beside raw full-text queries on the same database, on SQLite and PostgreSQL.

A script, not a test: it prints figures and asserts nothing about speed.

    python benchmarks/bench_search.py --cases 10000                     # SQLite (built once, kept)
    python benchmarks/bench_search.py --cases 10000 --db postgresql+psycopg://.../bench
    python benchmarks/bench_search.py --cases 10000 --compare postgresql+psycopg://.../bench
    python benchmarks/bench_search.py --db DB --writers 2               # two GUI-like writers too

For each class of a fixed query list (rare, medium and common words, one- to three-letter and
longer prefixes, two- and three-word queries, names in Latin and native scripts, references,
reference prefixes and identifiers) it prints p50, p95 and the worst query time in ms of
``search.search`` (50 hits) and of the case list's text filter as the case list runs it
(``search.matching_cases``, up to 1,000 cases, then ``search.explain_cases`` for the first
screenful, ``WHY_FIRST`` rows: the rest are explained as they are shown), with "cpu" the CPU
time in this process of its slowest run in CPU (a loaded machine inflates it less than wall
time; a database server's is not in it), and beside them the raw baseline measured in the same
run: every match ranked with bm25 by FTS5 through ``sqlite3`` on SQLite, with ``ts_rank`` over
the tsvector through ``psycopg`` on PostgreSQL, top 50. The ratio is service p50 / raw p50.
Every query's timed runs follow a warm run of it (a raw baseline reads most of the table: the
run after it pays for that). Last it prints how many full collections of Python's garbage
collector ran inside timed runs. With ``--compare`` the same queries also run on a second
database (the other engine, same synthetic data) and the overlap of the top 10 cases of both
is printed per query.

``--writers N`` starts N processes that log and correct contacts through the services while
the queries run (bench_dashboard.py's writers: one write every ``--writer-pause`` seconds each),
as the issue's "two concurrent GUI sessions writing" asks, then prints how many writes they made.
Their contacts are indexed as they are written, so the newest matches move under the queries.
The database is written to: use a copy.

Without ``--db`` the database is consular-bench-N.db in the temp folder (shared with
bench_foundation.py); a file or a URL with fewer than N cases is topped up with synthetic
cases first.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, inspect, select

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_dashboard import Writers
from bench_foundation import ensure_bench_admin

from consular.db import dialect
from consular.db.engine import open_database
from consular.db.migrate import ensure_schema
from consular.db.models import Case, SearchDocument
from consular.seeding.synthetic import generate
from consular.services import search
from consular.services.context import ServiceContext, actor_for

WHY_FIRST = 50  # consular.gui.case_table.WHY_FIRST (not imported: it would load Qt)

QUERIES: dict[str, list[str]] = {
    "rare word": ["udupi", "kollam", "nashik", "kidnapped", "ransom"],
    "medium word": ["daughter", "kirkuk", "hostage", "sharma"],
    "common word": ["embassy", "family", "the", "welfare"],
    "prefix, 1 letter": ["s", "e", "k"],
    "prefix, 2 letters": ["ge", "em", "ka"],
    "prefix, 3 letters": ["gen", "emb", "kay"],
    "prefix, 4+ letters": ["embas", "daugh", "welf"],
    "two words": ["embassy family", "kirkuk daughter", "welfare kit"],
    "three words": ["family embassy welfare", "srinivas reddy hyderabad", "armed group kirkuk"],
    "name, Latin": ["Reddy", "Ayesha Siddiqui", "Jijo Kurian"],
    "name, native script": ["सुनील", "عائشہ", "ജിജോ", "ಕಾವ್ಯ ಶೆಟ್ಟಿ"],
    "reference": ["ABJ-2021-0002", "BGW-2023-0001", "ABJ-2016-0001"],
    "reference prefix": ["ABJ-2021", "BGW-20", "ABJ-2021-00"],
    "identifier": ["Z1512314", "WOR-44007", "V1591816"],
}


def build(target: str, cases_wanted: int):
    database = open_database(target)
    ensure_schema(database)
    ensure_bench_admin(database)
    with database.session() as session:
        have = session.scalar(select(func.count(Case.id)))
    if have < cases_wanted:
        print(f"Generating {cases_wanted - have:,} synthetic cases into {target} ...", file=sys.stderr)
        started = time.perf_counter()
        generate(database, cases=cases_wanted - have, seed=have + 1, username="bench")
        print(f"... {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return database


def raw_search(database, query: str):
    """Every match ranked, top 50: FTS5 bm25 via sqlite3, or ts_rank via psycopg."""
    terms = dialect.search_terms(query)
    if database.engine.dialect.name == "sqlite":
        quoted = ['"' + t.replace('"', '""') + '"' for t in terms]
        quoted[-1] += "*"
        sql = (
            "SELECT rowid, bm25(search_fts, 4.0, 1.0) AS s FROM search_fts WHERE search_fts MATCH ? ORDER BY s LIMIT 50"
        )
        params: tuple = (" ".join(quoted),)
        raw = database.engine.raw_connection()
    else:
        columns = {c["name"] for c in inspect(database.engine).get_columns("search_documents")}
        vector = (
            "search_vector"
            if "search_vector" in columns
            else "to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(body, ''))"
        )
        lexemes = ["'" + t + "'" for t in terms]
        lexemes[-1] += ":*"
        sql = (
            f"SELECT id, ts_rank({vector}, to_tsquery('simple', %s)) AS r FROM search_documents "
            f"WHERE {vector} @@ to_tsquery('simple', %s) ORDER BY r DESC LIMIT 50"
        )
        params = (" & ".join(lexemes),) * 2
        raw = database.engine.raw_connection()

    def run():
        cursor = raw.cursor()
        cursor.execute(sql, params)
        rows = cursor.fetchall()
        cursor.close()
        return rows

    return run, raw


class FullCollections:
    """The full collections of Python's cyclic garbage collector that ran inside timed runs: one
    walks every object the process holds (27-65 ms of CPU here at 100,000 cases), so a run it
    lands in is that much slower than the others."""

    def __init__(self) -> None:
        self.timing = False
        self.count = 0
        self.ms = 0.0
        self._started = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        if info["generation"] != 2 or not self.timing:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.count += 1
            self.ms += (time.perf_counter() - self._started) * 1000


COLLECTIONS = FullCollections()


def timings(fn, repeat: int, cpu: list[float] | None = None) -> list[float]:
    """Wall ms of ``repeat`` runs after a warm one; with ``cpu``, each run's CPU ms of this
    process appended to it."""
    fn()  # warm
    out = []
    for _ in range(repeat):
        COLLECTIONS.timing = True
        started, cpu_started = time.perf_counter(), time.process_time()
        fn()
        out.append((time.perf_counter() - started) * 1000)
        if cpu is not None:
            cpu.append((time.process_time() - cpu_started) * 1000)
        COLLECTIONS.timing = False
    return out


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def case_list_filter(ctx, query: str) -> None:
    """What the case list does for a search: find up to 1,000 cases, explain the first screenful."""
    found = search.matching_cases(ctx, query, limit=1000)
    search.explain_cases(ctx, query, found.pending(found.case_ids[:WHY_FIRST]))


def top_cases(ctx, query: str, n: int = 10) -> list[str]:
    refs: list[str] = []
    for hit in search.search(ctx, query, limit=200):
        if hit.reference and hit.reference not in refs:
            refs.append(hit.reference)
        if len(refs) == n:
            break
    return refs


def describe(database) -> str:
    with database.session() as session:
        cases = session.scalar(select(func.count(Case.id)))
        docs = session.scalar(select(func.count(SearchDocument.id)))
    return f"{database.engine.dialect.name}: {cases:,} cases, {docs:,} search documents"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000, help="synthetic cases to have (default 10000)")
    parser.add_argument("--db", help="database file or URL (default: consular-bench-N.db in the temp folder)")
    parser.add_argument("--compare", help="a second database (file or URL) with the same data, for the top-10 overlap")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per query (default 5)")
    parser.add_argument(
        "--classes", help="only these query classes, separated by ';' (e.g. 'medium word;prefix, 4+ letters')"
    )
    parser.add_argument("--writers", type=int, default=0, help="processes writing while the queries run")
    parser.add_argument("--writer-pause", type=float, default=0.05, help="seconds between a writer's writes")
    args = parser.parse_args(argv)

    target = args.db or str(Path(tempfile.gettempdir()) / f"consular-bench-{args.cases}.db")
    database = build(target, args.cases)
    ctx = ServiceContext(database, actor_for(database, "bench"))
    load = os.getloadavg()
    print(describe(database))
    print(
        f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}, {os.cpu_count()} cores; {args.repeat} runs per query"
    )
    chosen = {k: v for k, v in QUERIES.items() if not args.classes or k in args.classes.split(";")}
    header = (
        f"{'class':<22}{'search p50':>11}{'p95':>8}{'worst':>8}   {'cases p50':>10}{'p95':>8}{'worst':>8}{'cpu':>6}"
        f"   {'raw p50':>8}{'p95':>8}{'worst':>8}{'ratio':>7}  worst query"
    )
    print(header)
    writers = Writers(target, args.writers, args.writer_pause) if args.writers else None
    try:
        measure(args, ctx, database, chosen)
    finally:
        if writers is not None:
            writes, busy, seconds = writers.finish()
            print(f"{args.writers} writer processes made {writes:,} writes in {seconds:.1f} s ({busy} refused as busy)")
    database.dispose()
    return 0


def measure(args, ctx, database, chosen: dict[str, list[str]]) -> None:
    """The table's rows, then the top-10 overlap with ``--compare``."""
    every_search, every_raw, every_cases, every_cpu = [], [], [], []
    for klass, queries in chosen.items():
        s_times: list[float] = []
        c_times: list[float] = []
        r_times: list[float] = []
        c_cpu: list[float] = []
        worst_query, worst = "", -1.0
        for q in queries:
            ts = timings(lambda q=q: search.search(ctx, q, limit=50), args.repeat)
            tc = timings(lambda q=q: case_list_filter(ctx, q), args.repeat, c_cpu)
            run, raw = raw_search(database, q)
            try:
                tr = timings(run, args.repeat)
            finally:
                raw.close()
            s_times += ts
            c_times += tc
            r_times += tr
            if max(ts + tc) > worst:
                worst, worst_query = max(ts + tc), q
        every_search += s_times
        every_cases += c_times
        every_raw += r_times
        every_cpu += c_cpu
        ratio = statistics.median(s_times) / max(statistics.median(r_times), 0.01)
        print(
            f"{klass:<22}{pct(s_times, 0.5):>11.1f}{pct(s_times, 0.95):>8.1f}{max(s_times):>8.1f}   "
            f"{pct(c_times, 0.5):>10.1f}{pct(c_times, 0.95):>8.1f}{max(c_times):>8.1f}{max(c_cpu):>6.1f}   "
            f"{pct(r_times, 0.5):>8.1f}{pct(r_times, 0.95):>8.1f}{max(r_times):>8.1f}{ratio:>6.2f}x  {worst_query}"
        )
    print(
        f"{'all queries':<22}{pct(every_search, 0.5):>11.1f}{pct(every_search, 0.95):>8.1f}{max(every_search):>8.1f}   "
        f"{pct(every_cases, 0.5):>10.1f}{pct(every_cases, 0.95):>8.1f}{max(every_cases):>8.1f}{max(every_cpu):>6.1f}   "
        f"{pct(every_raw, 0.5):>8.1f}{pct(every_raw, 0.95):>8.1f}{max(every_raw):>8.1f}"
        f"{statistics.median(every_search) / max(statistics.median(every_raw), 0.01):>6.2f}x"
    )
    print(
        f"full collections of Python's garbage collector inside timed runs: {COLLECTIONS.count}"
        f" ({COLLECTIONS.ms:.1f} ms)"
    )
    if args.compare:
        other = open_database(args.compare)
        other_ctx = ServiceContext(other, actor_for(other, "bench"))
        print(f"\nTop-10 cases, {describe(database)} vs {describe(other)}:")
        below = 0
        for klass, queries in chosen.items():
            for q in queries:
                mine, theirs = top_cases(ctx, q), top_cases(other_ctx, q)
                shared = len(set(mine) & set(theirs))
                expected = min(10, len(mine), len(theirs))
                flag = "" if shared >= min(8, expected) else "   <-- below 8"
                below += bool(flag)
                print(f"  {klass:<22}{q:<28}{shared:>3} of {expected:<3}{flag}")
        print(f"queries below 8 shared: {below}")
        other.dispose()


if __name__ == "__main__":
    raise SystemExit(main())
