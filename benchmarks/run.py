"""Run every benchmark against one synthetic database and print its figures beside their baselines.

    python benchmarks/run.py --cases 10000                       # SQLite (the database is cached)
    python benchmarks/run.py --cases 10000 --db postgresql+psycopg://user@host/db --json out.json

Builds (or reuses) a synthetic SQLite database of ``--cases`` cases with one long
wrongful-detention case, cached by size and seed in ``--data`` (default
``benchmarks/data``), then runs each script of :data:`BENCHMARKS` in its own process with
sizes scaled to ``--cases``. With ``--db postgresql://...`` it also generates the same data
there (when that database is empty) and runs the scripts that take a URL against it.

Each script's figures come from the JSON lines it writes to ``$CONSULAR_BENCH_FIGURES``
(``{"name", "value", "unit", "baseline"?}``: see ``benchmarks/README.md``) or, for a script
that writes none, from its printed lines (``label ... 12.3 ms``, and ``label  base  measured
ratio`` tables). A figure whose script printed a baseline beside it (or that the registry
pairs with one) gets a ratio. Nothing is asserted: the exit status is non-zero only when a
script fails, so a benchmark that rots is noticed.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FIGURES_ENV = "CONSULAR_BENCH_FIGURES"
BENCH_USER = "bench"
PREPARE_FLAG = "--prepare-database"
BENCH_PASSWORD = "benchmark password 1"  # the synthetic database's administrator; throwaway data


@dataclass
class Sizes:
    """What each benchmark is given, scaled from the number of cases."""

    cases: int
    db: str  # the database (file path or URL) the scripts that take one measure
    engine: str  # "sqlite" or "postgresql"
    scratch: str = ""  # a folder of the script's own, emptied after it

    @property
    def events(self) -> int:  # the long case's events
        return 20_000 if self.cases >= 10_000 else max(500, 2 * self.cases)

    @property
    def contacts(self) -> int:  # contacts in the busy brief's week
        return 5000 if self.cases >= 10_000 else max(200, self.cases // 2)

    @property
    def audit_entries(self) -> int:
        return min(1_000_000, 100 * self.cases if self.cases >= 10_000 else 20 * self.cases)

    @property
    def small(self) -> bool:
        return self.cases < 10_000


@dataclass
class Benchmark:
    """One script of benchmarks/: its arguments for a given size, and on which engines it runs.

    ``pairs``: measured-figure prefix -> baseline-figure prefix, for scripts that print their
    baseline on a line of its own."""

    name: str
    script: str
    args: object  # Callable[[Sizes], list[str]]
    engines: tuple[str, ...] = ("sqlite",)
    pairs: dict[str, str] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)


# Adding a benchmark is one line here (a script that is not there yet is reported as skipped).
BENCHMARKS: list[Benchmark] = [
    Benchmark(
        "foundation",
        "bench_foundation.py",
        lambda s: ["--cases", str(s.cases), "--db", s.db, "--repeat", "3" if s.small else "5"],
        engines=("sqlite", "postgresql"),
    ),
    Benchmark(
        "cli",
        "bench_cli.py",
        lambda s: ["--db", s.db, "--repeat", "2" if s.small else "3"],
        engines=("sqlite", "postgresql"),
    ),
    # --cases too: without it bench_search fills the database up to its default 10,000 cases, and
    # every script after it (the GUI's peak RSS among them) measured a 10,000-case database.
    Benchmark(
        "search", "bench_search.py", lambda s: ["--db", s.db, "--cases", str(s.cases)], engines=("sqlite", "postgresql")
    ),
    Benchmark(
        "dashboard",
        "bench_dashboard.py",
        lambda s: ["--db", s.db, "--repeat", "3" if s.small else "5", "--writes", "100" if s.small else "300"],
        engines=("sqlite", "postgresql"),
    ),
    Benchmark(
        "reports",
        "bench_reports.py",
        lambda s: ["--db", s.db, "--repeat", "3" if s.small else "5"],
        engines=("sqlite", "postgresql"),
    ),
    Benchmark("case_list", "bench_case_list.py", lambda s: ["--db", s.db], env={"QT_QPA_PLATFORM": "offscreen"}),
    # Launch, first rows, Home, the biggest case and its tabs, peak RSS beside a bare window.
    Benchmark(
        "gui",
        "bench_gui.py",
        lambda s: ["--db", s.db, "--runs", "1" if s.small else "3"],
        engines=("sqlite", "postgresql"),
        env={"QT_QPA_PLATFORM": "offscreen"},
    ),
    # The synthetic database's long case (s.events events): exports on both engines.
    Benchmark(
        "timeline",
        "bench_timeline.py",
        lambda s: ["--db", s.db, "--repeat", "2" if s.small else "3"],
        engines=("sqlite", "postgresql"),
    ),
    Benchmark("briefs", "bench_briefs.py", lambda s: ["--contacts", str(s.contacts), "--runs", "3"]),
    Benchmark(
        "at_rest",
        "bench_at_rest.py",
        lambda s: [
            *("--cases", str(min(s.cases, 2000)), "--backup-mb", "64" if s.small else "1024"),
            *("--repeat", "3", "--folder", s.scratch),
            # The cipher page size x cache sweep rebuilds the database several times: full runs only.
            *(("--skip", "tuning") if s.small else ()),
        ],
    ),
    # Its own people (not the synthetic cases'): 10 per case, 100,000 from 10,000 cases up.
    Benchmark("duplicates", "bench_duplicates.py", lambda s: ["--people", str(min(100_000, 10 * s.cases))]),
    # A people file and a contacts file imported: the write lock held, beside raw executemany.
    Benchmark(
        "import",
        "bench_import.py",
        lambda s: ["--db", s.db, "--rows", "100" if s.small else "1000"],
        engines=("sqlite", "postgresql"),
    ),
    Benchmark(
        "audit_verify",
        "bench_audit_verify.py",
        lambda s: ["--entries", str(s.audit_entries)],
        pairs={"audit verify": "baseline: sqlite3 read"},
    ),
]


@dataclass
class Figure:
    bench: str
    engine: str
    name: str
    value: float
    unit: str
    baseline: float | None = None

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None


@dataclass
class Run:
    bench: str
    engine: str
    seconds: float
    returncode: int | None
    peak_rss_mb: float = 0.0
    cpu_seconds: float = 0.0
    note: str = ""


# --- the synthetic database --------------------------------------------------------------------


def _written_bytes() -> int:
    try:
        with open("/proc/self/io") as io:
            return next(int(line.split()[1]) for line in io if line.startswith("write_bytes"))
    except (OSError, StopIteration):
        return 0


def _generate(target: str, cases: int, seed: int, events: int) -> dict:
    """Generate into ``target`` (an empty database); returns what it cost."""
    from consular.db.engine import open_database
    from consular.db.migrate import ensure_schema
    from consular.seeding.synthetic import generate
    from consular.services import accounts

    database = open_database(target)
    try:
        ensure_schema(database)
        accounts.init_database(database, BENCH_USER, BENCH_PASSWORD)
        written, started = _written_bytes(), time.perf_counter()
        before = os.times()
        report = generate(database, cases=cases, seed=seed, username=BENCH_USER, long_case_events=events)
        after = os.times()
        seconds = time.perf_counter() - started
        if database.is_sqlite:
            with database.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.dispose()
    cpu = sum(after[i] - before[i] for i in range(4))  # user, system, children's user and system
    figures = {
        "cases": cases,
        "seed": seed,
        "long_case": report.long_case,
        "seconds": round(seconds, 1),
        "cpu_seconds": round(cpu, 1),
        "rows": sum(report.rows.values()),
        "written_mb": round((_written_bytes() - written) / 1e6, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "phases": report.phases,  # seconds per step of the generation, in order
        "phases_cpu": report.phases_cpu,  # and this process's CPU seconds in each
    }
    split = ", ".join(
        f"{name} {value:.1f} s ({report.phases_cpu[name]:.1f} CPU)" for name, value in report.phases.items()
    )
    print(f"Generated in {seconds:.1f} s ({cpu:.1f} s CPU): {split}", file=sys.stderr, flush=True)
    if database.path:
        figures["file_mb"] = round(database.path.stat().st_size / 1e6, 1)
    return figures


def sqlite_database(data: Path, cases: int, seed: int, events: int) -> tuple[Path, dict]:
    """The cached database for (cases, seed, schema), generated when missing; and its build figures."""
    from consular.db.migrate import head_revision

    data.mkdir(parents=True, exist_ok=True)
    # Keyed by the schema too: a database of an older schema would measure the old one.
    path = data / f"synthetic-{cases}-seed{seed}-schema{head_revision()}.db"
    marker = path.with_suffix(".json")  # written last: a half-built file is never reused
    if path.exists() and marker.exists():
        built = json.loads(marker.read_text())
        built["reused"] = True
        return path, built
    for suffix in ("", "-wal", "-shm", ".json"):
        Path(f"{path}{suffix}" if suffix != ".json" else marker).unlink(missing_ok=True)
    print(f"Generating {cases:,} synthetic cases into {path} ...", file=sys.stderr, flush=True)
    built = _generate(str(path), cases, seed, events)
    marker.write_text(json.dumps(built, indent=1))
    return path, built


def server_database(url: str, cases: int, seed: int, events: int) -> dict:
    """Generate into the server database ``url`` when it has no cases yet; it is reused when it
    has at least ``cases`` and its generation finished, and refused otherwise (a database with
    other data is not ours; one whose generation was killed has all its cases perhaps, but not
    its indexes, keys or statistics)."""
    from sqlalchemy import inspect

    from consular.db.engine import open_database

    database = open_database(url)
    try:
        have, finished = 0, 0
        if inspect(database.engine).has_table("cases"):
            with database.engine.connect() as conn:
                have = conn.exec_driver_sql("SELECT count(*) FROM cases").scalar()
                # The generator's summary entry is its last write, after every other step.
                finished = conn.exec_driver_sql(
                    "SELECT count(*) FROM audit_entries WHERE action = 'synthetic.generate'"
                ).scalar()
    finally:
        database.dispose()
    if have and not finished:
        raise SystemExit(f"{url} holds {have:,} cases of a generation that did not finish: give an empty database")
    if have >= cases:
        return {"cases": have, "reused": True}
    if have:
        raise SystemExit(f"{url} holds {have:,} cases, fewer than --cases {cases:,}: give an empty database")
    print(f"Generating {cases:,} synthetic cases into {url} ...", file=sys.stderr, flush=True)
    return _generate(url, cases, seed, events)


def _in_child(engine: str, where: str, cases: int, seed: int, events: int) -> tuple[str, dict]:
    """Find or build the database in a child process: this one stays small, so the peak RSS
    that each script's process inherits from it at fork stays small too."""
    command = [sys.executable, str(Path(__file__).resolve()), PREPARE_FLAG, engine, where, str(cases), str(seed)]
    result = subprocess.run(
        [*command, str(events)], cwd=ROOT, stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)}
    )
    if result.returncode:
        raise SystemExit(f"could not build the synthetic database (exit {result.returncode})")
    path, built = json.loads(result.stdout.decode().strip().splitlines()[-1])
    return path, built


def _prepare_main(engine: str, where: str, cases: str, seed: str, events: str) -> int:
    if engine == "sqlite":
        path, built = sqlite_database(Path(where), int(cases), int(seed), int(events))
        print(json.dumps([str(path), built]))
    else:
        print(json.dumps([where, server_database(where, int(cases), int(seed), int(events))]))
    return 0


# --- running the scripts and reading their figures --------------------------------------------

_FIGURE = re.compile(r"^\s*(?P<label>[^\d\s].*?)[\s:=(]+(?P<value>\d[\d,]*(?:\.\d+)?)\s?(?P<unit>ms|s|MB|GB|KB)\b")
_TABLE = re.compile(
    r"^\s*(?P<label>[^\d\s|].*?)\s+(?P<base>\d[\d,]*(?:\.\d+)?)\s+(?P<value>\d[\d,]*(?:\.\d+)?)\s+\d+(?:\.\d+)?x\s*$"
)


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def parse_printed(bench: Benchmark, engine: str, text: str) -> list[Figure]:
    """Figures from a script's printed lines: ``label ... 12.3 ms`` (the first number with a
    unit on the line), and ``label  baseline  measured  1.2x`` table rows."""
    figures: list[Figure] = []
    header_unit = _column_unit(text)
    for line in text.splitlines():
        line = line.rstrip()
        columns = re.match(r"^\s*(?P<label>\S.*?\S)\s{2,}(?P<value>\d[\d,]*\.\d+)(\s|$)", line)
        if match := _TABLE.match(line):
            label, value, base = match["label"].strip(), _number(match["value"]), _number(match["base"])
            figures.append(Figure(bench.name, engine, label, value, header_unit or "ms", base))
        elif columns and header_unit:
            figures.append(Figure(bench.name, engine, columns["label"], _number(columns["value"]), header_unit))
        elif match := _FIGURE.match(line):
            label = " ".join(match["label"].split()).rstrip(":=(").strip()
            figures.append(Figure(bench.name, engine, label, _number(match["value"]), match["unit"]))
    _pair(figures, bench.pairs)
    return figures


def _column_unit(text: str) -> str | None:
    """The unit of a printed table whose header names it ("median ms", "seconds")."""
    for line in text.splitlines()[:40]:
        lowered = line.lower()
        if "median ms" in lowered or re.search(r"\bms\b\s*$", lowered):
            return "ms"
        if re.search(r"\bseconds\b\s*$", lowered):
            return "s"
    return None


def _pair(figures: list[Figure], pairs: dict[str, str]) -> None:
    for measured_prefix, baseline_prefix in pairs.items():
        baseline = next((f for f in figures if f.name.startswith(baseline_prefix)), None)
        for figure in figures:
            if baseline and figure.baseline is None and figure.name.startswith(measured_prefix):
                figure.baseline = baseline.value


def read_json_figures(bench: Benchmark, engine: str, path: Path) -> list[Figure]:
    figures = []
    if path.exists():
        for line in path.read_text().splitlines():
            if line.strip():
                item = json.loads(line)
                figures.append(
                    Figure(
                        bench.name,
                        engine,
                        str(item["name"]),
                        float(item["value"]),
                        str(item.get("unit", "")),
                        None if item.get("baseline") is None else float(item["baseline"]),
                    )
                )
    return figures


def run_one(bench: Benchmark, sizes: Sizes, timeout: float) -> tuple[Run, list[Figure], str]:
    script = HERE / bench.script
    if not script.exists():
        return Run(bench.name, sizes.engine, 0.0, None, note="not there yet: skipped"), [], ""
    with tempfile.TemporaryDirectory(prefix="consular-bench-") as scratch:
        figures_file = Path(scratch) / "figures.jsonl"
        sizes = dataclasses.replace(sizes, scratch=scratch)
        env = {**os.environ, **bench.env, FIGURES_ENV: str(figures_file), "PYTHONPATH": str(ROOT)}
        command = [sys.executable, str(script), *bench.args(sizes)]
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        try:
            output = process.stdout.read()
            # wait4 gives this child's own peak RSS and CPU time.
            _pid, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
            process.stdout.close()
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        note = f"stopped after {timeout:.0f} s" if seconds >= timeout and process.returncode < 0 else ""
        text = output.decode(errors="replace")
        figures = read_json_figures(bench, sizes.engine, figures_file) or parse_printed(bench, sizes.engine, text)
    run = Run(
        bench.name,
        sizes.engine,
        round(seconds, 1),
        process.returncode,
        peak_rss_mb=round(usage.ru_maxrss / 1024, 1),
        cpu_seconds=round(usage.ru_utime + usage.ru_stime, 1),
        note=note,
    )
    return run, figures, text


# --- output ------------------------------------------------------------------------------------


def _fmt(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}"


def print_table(figures: list[Figure], runs: list[Run], out=sys.stdout) -> None:
    rows = [
        (f"{f.engine}/{f.bench}", f.name[:64], f"{_fmt(f.value)} {f.unit}", _fmt(f.baseline), _ratio(f.ratio))
        for f in figures
    ]
    header = ("benchmark", "figure", "measured", "baseline", "ratio")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(5)]
    print(" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)), file=out)
    print("-|-".join("-" * w for w in widths), file=out)
    for row in rows:
        print(" | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)), file=out)
    print(file=out)
    for run in runs:
        status = run.note or ("ok" if run.returncode == 0 else f"FAILED (exit {run.returncode})")
        print(
            f"{run.engine}/{run.bench}: {run.seconds:.1f} s, CPU {run.cpu_seconds:.1f} s, "
            f"peak RSS {run.peak_rss_mb:.0f} MB, {status}",
            file=out,
        )


def _ratio(ratio: float | None) -> str:
    return f"{ratio:.2f}x" if ratio is not None else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000, help="synthetic cases (default 10,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", help="also measure on this PostgreSQL database (URL; generated into when empty)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write every figure and run to OUT as JSON")
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("CONSULAR_BENCH_DATA", HERE / "data")))
    parser.add_argument("--only", nargs="+", metavar="NAME", help=f"run only these of {[b.name for b in BENCHMARKS]}")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per script (default 3600)")
    args = parser.parse_args(argv)
    if args.db and not args.db.startswith("postgresql"):
        parser.error("--db takes a postgresql:// URL (the SQLite database is built and cached in --data)")
    chosen = [b for b in BENCHMARKS if not args.only or b.name in args.only]

    events = Sizes(args.cases, "", "sqlite").events
    path, built = _in_child("sqlite", str(args.data), args.cases, args.seed, events)
    targets = [Sizes(args.cases, path, "sqlite")]
    generation = {"sqlite": built}
    if args.db:
        generation["postgresql"] = _in_child("postgresql", args.db, args.cases, args.seed, events)[1]
        targets.append(Sizes(args.cases, args.db, "postgresql"))
    for engine, figures in generation.items():
        print(f"synthetic database ({engine}): " + ", ".join(f"{k} {v}" for k, v in figures.items()), flush=True)

    runs: list[Run] = []
    figures: list[Figure] = []
    for sizes in targets:
        for bench in chosen:
            if sizes.engine not in bench.engines:
                continue
            print(f"== {sizes.engine}/{bench.name}", flush=True)
            run, found, text = run_one(bench, sizes, args.timeout)
            if run.returncode is not None and (run.returncode != 0 or run.note):
                print(text[-4000:], flush=True)
            runs.append(run)
            figures.extend(found)
    print()
    print_table(figures, runs)
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "date": datetime.now(UTC).isoformat(timespec="seconds"),
                    "machine": {
                        "platform": platform.platform(),
                        "python": platform.python_version(),
                        "cpus": os.cpu_count(),
                    },
                    "cases": args.cases,
                    "seed": args.seed,
                    "generation": generation,
                    "runs": [asdict(r) for r in runs],
                    "figures": [asdict(f) | {"ratio": f.ratio} for f in figures],
                },
                indent=1,
            )
        )
    failed = [r for r in runs if r.returncode not in (0, None) or r.note]
    return 1 if failed else 0


if __name__ == "__main__":
    if sys.argv[1:2] == [PREPARE_FLAG]:
        sys.exit(_prepare_main(*sys.argv[2:]))
    sys.exit(main())
