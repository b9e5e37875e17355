"""The command line at scale: start-up and ``consular cases list --json`` of every case, each
beside a raw baseline measured in the same run. A script, not a test: it asserts nothing.

    python benchmarks/bench_cli.py --db benchmarks/data/synthetic-10000-seed1.db
    python benchmarks/bench_cli.py --db postgresql+psycopg://postgres@127.0.0.1:5432/bench

Rows (each a new process, as a user runs it; best of ``--repeat``):

- ``consular --version`` and ``consular --help``; baseline: ``python -c "import sqlalchemy.orm"``;
- ``consular cases list --json`` of every case (signing in, opening the database and its checks
  included); baseline: a Python process reading the same columns through the raw driver
  (``sqlite3`` / ``psycopg``) and printing them with ``json.dumps``;
- the same with ``--limit 1``: the command's fixed cost (imports, Argon2 sign-in, opening);
- SQLite only: ``cases list --json --limit 1`` on a file not known to have been closed cleanly,
  so the open-time ``quick_check`` runs (``consular.db.clean_close``).

Every process reads its modules' bytecode from a cache in a scratch folder (written by the
first, untimed run), as an installed package's ``.pyc`` files are read: with
``PYTHONDONTWRITEBYTECODE`` set (as on the development VM) every run compiled each of
consular's modules from source again, a cost no user pays.

Signs in as the benchmark database's administrator (``run.py``: ``bench``, its password), so
each command writes its sign-in to the audit trail: use the benchmark's own database.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from run import BENCH_PASSWORD, BENCH_USER, FIGURES_ENV  # noqa: E402

# The baseline: interpreter start, the raw driver, one query of the list's columns, json.dumps.
RAW_SCRIPT = (
    "import json, sys\n"
    "if '://' in sys.argv[1]:\n"
    "    import psycopg; conn = psycopg.connect(sys.argv[1].replace('postgresql+psycopg://', 'postgresql://'))\n"
    "else:\n"
    "    import sqlite3; conn = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)\n"
    "rows = conn.execute('SELECT c.reference, c.title, c.kind, c.status, c.priority, p.code, "
    "c.incident_country, c.incident_town, c.incident_at, c.timezone, c.hostages_held, c.last_contact_at, "
    "c.next_task_due, u.display_name "
    "FROM cases c JOIN posts p ON p.id = c.post_id LEFT JOIN users u ON u.id = c.lead_caseworker_id "
    "ORDER BY c.incident_at DESC, c.id DESC').fetchall()\n"
    "keys = ('reference', 'title', 'kind', 'status', 'priority', 'post', 'country', 'place', 'incident_at', "
    "'timezone', 'hostages_held', 'last_contact_at', 'next_task_due', 'lead_caseworker')\n"
    "sys.stdout.write(json.dumps([dict(zip(keys, (v if v is None or isinstance(v, (int, str)) else str(v) "
    "for v in r))) for r in rows], ensure_ascii=False))\n"
)


def best_of(cmd: list[str], runs: int, env: dict, *, before=None, out: Path | None = None) -> float:
    """The fastest of ``runs`` runs of ``cmd``, in milliseconds (``before()`` runs untimed first).
    ``best_of.cpu``: the least CPU time (user + system) of those runs, in milliseconds: on a
    shared machine the wall time is mostly waiting for a core."""
    best = best_cpu = float("inf")
    for _ in range(runs):
        if before is not None:
            before()
        with open(out or os.devnull, "w") as sink:
            used = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=sink, env=env, cwd=ROOT)
            best = min(best, time.perf_counter() - started)
            now = resource.getrusage(resource.RUSAGE_CHILDREN)
            best_cpu = min(best_cpu, now.ru_utime + now.ru_stime - used.ru_utime - used.ru_stime)
    best_of.cpu = best_cpu * 1000
    return best * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="the benchmark database (file or URL)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per row; the fastest is shown (default 3)")
    parser.add_argument("--user", default=BENCH_USER, help=f"account to sign in as (default {BENCH_USER})")
    parser.add_argument("--password", default=BENCH_PASSWORD, help="its password (default: run.py's)")
    args = parser.parse_args(argv)

    from consular.db import clean_close

    target = args.db
    sqlite = "://" not in target
    scratch = Path(tempfile.mkdtemp(prefix="bench-cli-"))
    secret = scratch / "password"
    secret.write_text(args.password + "\n")
    secret.chmod(0o600)
    env = {**os.environ, "CONSULAR_PASSWORD_FILE": str(secret), "PYTHONPATH": str(ROOT)}
    env.pop(FIGURES_ENV, None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(scratch / "bytecode")
    cli = [sys.executable, "-m", "consular", "--db", target, "--user", args.user]
    figures: list[tuple[str, float, str, float | None]] = []
    cpu: dict[str, tuple[float, float | None]] = {}  # row: (CPU ms, baseline CPU ms)
    try:
        # Untimed: each kind of process once, to write the bytecode cache.
        for warm in ([sys.executable, "-c", "import sqlalchemy.orm"], [*cli, "--help"]):
            subprocess.run(warm, check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
        bare = best_of([sys.executable, "-c", "import sqlalchemy.orm"], max(args.repeat, 5), env)
        bare_cpu = best_of.cpu
        for label, option in (("consular --version", "--version"), ("consular --help", "--help")):
            figures.append((label, best_of([*cli, option], max(args.repeat, 5), env), "", bare))
            cpu[label] = (best_of.cpu, bare_cpu)

        listing = scratch / "cases.json"
        subprocess.run([sys.executable, "-c", RAW_SCRIPT, target], check=True, env=env, stdout=subprocess.DEVNULL)
        raw = best_of([sys.executable, "-c", RAW_SCRIPT, target], args.repeat, env)
        raw_cpu = best_of.cpu
        # One untimed run first: an upgrade or a first open's check is not what is measured.
        subprocess.run(
            [*cli, "cases", "list", "--json", "--limit", "1"], check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL
        )
        ms = best_of([*cli, "cases", "list", "--json"], args.repeat, env, out=listing)
        listed = len(json.loads(listing.read_text(encoding="utf-8")))
        figures.append(("cases list --json (all, CLI process)", ms, f"{listed:,} cases", raw))
        cpu[figures[-1][0]] = (best_of.cpu, raw_cpu)
        one = best_of([*cli, "cases", "list", "--json", "--limit", "1"], args.repeat, env)
        figures.append(("cases list --json --limit 1 (fixed cost)", one, "", raw))
        cpu[figures[-1][0]] = (best_of.cpu, raw_cpu)
        if sqlite:
            checked = best_of(
                [*cli, "cases", "list", "--json", "--limit", "1"],
                args.repeat,
                env,
                before=lambda: clean_close.forget(target),
            )
            figures.append(("cases list --json --limit 1, open-time check run", checked, "quick_check", raw))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    width = max(len(f[0]) for f in figures)
    print(f"Database: {target if sqlite else target.split('@')[-1]}; load average {os.getloadavg()[0]:.2f}")
    print(f"{'operation'.ljust(width)}  {'ms':>9}  {'baseline':>9}  {'ratio':>6}  {'CPU ms':>8}  {'base CPU':>8}  note")
    for label, ms, note, base in figures:
        ratio = f"{ms / base:5.2f}x" if base else "     –"
        base_text = f"{base:9.1f}" if base is not None else "        –"
        used, base_used = cpu.get(label, (None, None))
        cpu_text = f"{used:8.0f}  {base_used:8.0f}" if used is not None else f"{'–':>8}  {'–':>8}"
        print(f"{label.ljust(width)}  {ms:9.1f}  {base_text}  {ratio}  {cpu_text}  {note}")
    if os.environ.get(FIGURES_ENV):
        with open(os.environ[FIGURES_ENV], "a", encoding="utf-8") as fh:
            for label, ms, _note, base in figures:
                fh.write(json.dumps({"name": label, "value": round(ms, 1), "unit": "ms", "baseline": base}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
