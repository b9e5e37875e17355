"""The duplicate finder at scale, beside raw baselines: what finding duplicates costs at 100,000 people.

A script, not a test: it prints figures and asserts nothing about speed.

    python benchmarks/bench_duplicates.py [--people 100000] [--seed 1] [--keep FILE]

Builds a fresh SQLite database of ``--people`` people (given, middle and family names drawn
from the synthetic generator's Indian name lists, dates of birth, unique passports) and a fifth
as many counterparts, with 1% of the people entered a second time under another spelling
(Mohanty/Mohanti-like variants, same passport and date of birth): the planted pairs. Then:

- ``keys: build all`` — computing every person's and counterpart's match keys
  (``services.match_keys.refresh_all``, what revision 0018 and a bulk load do once);
- ``key refresh: one person`` — the cost the listener adds to a write that changes a name;
- ``finder: person`` / ``finder: counterpart`` — ``duplicates.find_duplicates`` through the
  service (the keys read from the index block by block with their records, each pair
  weighed on its evidence, the likely ones scored on their names); baseline: the same walk
  run raw through ``sqlite3``, every key with its record in index order, grouped into blocks
  (no pairing, no scoring, no views);
- ``every pair in Python`` — the naive alternative, comparing every pair's names: measured on
  a sample and extrapolated to N(N-1)/2 pairs (it is never run whole);
- recall: how many planted pairs the finder lists, and how many keys are too common
  (more than ``MAX_BLOCK`` records) to be joined on.

Figures go to ``$CONSULAR_BENCH_FIGURES`` when set (see benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_foundation import ensure_bench_admin  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from consular.db.engine import open_database  # noqa: E402
from consular.db.migrate import ensure_schema  # noqa: E402
from consular.db.models import Counterpart, Person  # noqa: E402
from consular.domain import name_match  # noqa: E402
from consular.repositories import match_keys as repo  # noqa: E402
from consular.seeding.vocabulary import LANGUAGES  # noqa: E402
from consular.services import duplicates  # noqa: E402
from consular.services import match_keys as keys_service  # noqa: E402
from consular.services.context import ServiceContext, actor_for  # noqa: E402

# Spellings a name reaches a file in: (from, to) replacements, one applied per variant.
VARIANTS = [("y", "i"), ("sh", "s"), ("s", "sh"), ("ee", "i"), ("i", "ee"), ("v", "w"), ("w", "v"), ("u", "oo")]
VARIANTS += [("a", "aa"), ("t", "th"), ("d", "dh"), ("k", "kh"), ("ou", "ow"), ("au", "ow"), ("ll", "l")]


def figure(name: str, value: float, unit: str, baseline: float | None = None) -> None:
    line = f"{name:<44} {value:>12.1f} {unit}"
    if baseline is not None:
        line += f"   baseline {baseline:>10.1f} {unit}   ratio {value / baseline if baseline else 0:.2f}"
    print(line)
    target = os.environ.get("CONSULAR_BENCH_FIGURES")
    if target:
        row = {"name": name, "value": round(value, 3), "unit": unit}
        if baseline is not None:
            row["baseline"] = round(baseline, 3)
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(row) + "\n")


def names() -> tuple[list[str], list[str]]:
    given = sorted({g[0] for lang in LANGUAGES.values() for g in lang["given"]})
    family = sorted({s[0] for lang in LANGUAGES.values() for s in lang["surname"]})
    return given, family


def variant(name: str, rng: random.Random) -> str:
    for _ in range(20):
        old, new = rng.choice(VARIANTS)
        if old in name.lower():
            index = name.lower().index(old)
            changed = name[:index] + new + name[index + len(old) :]
            return changed[0].upper() + changed[1:]
    return name + "h"


def build(path: Path, people: int, seed: int):
    rng = random.Random(seed)
    given, family = names()
    database = open_database(path)
    ensure_schema(database)
    ensure_bench_admin(database)
    now = datetime(2025, 7, 1, tzinfo=UTC)
    rows, planted = [], []
    for pid in range(1, people + 1):
        parts = [rng.choice(given)] + ([rng.choice(given)] if rng.random() < 0.5 else []) + [rng.choice(family)]
        rows.append(
            {
                "id": pid,
                "full_name": " ".join(parts),
                "date_of_birth": date(1950, 1, 1) + timedelta(days=rng.randrange(20_000)),
                "passport_number": f"{chr(65 + pid % 26)}{1_000_000 + pid:07d}",
                "nationality": "IN",
                "created_at": now,
                "updated_at": now,
            }
        )
    extra = []
    for n in range(people // 100):
        original = rng.choice(rows)
        twin = dict(original, id=people + n + 1, full_name=variant(original["full_name"], rng))
        extra.append(twin)
        planted.append((original["id"], twin["id"]))
    counterparts = [
        {
            "id": cid,
            "name": f"{rng.choice(given)} {rng.choice(family)}",
            "category": "other",
            "organisation": f"Agency {cid % 500}",
            "phone": f"+9198{rng.randrange(10**8):08d}",
            "created_at": now,
        }
        for cid in range(1, people // 5 + 1)
    ]
    started = time.perf_counter()
    with database.engine.begin() as conn:
        conn.execute(insert(Person), rows + extra)
        conn.execute(insert(Counterpart), counterparts)
    loaded = time.perf_counter() - started
    return database, planted, loaded


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (median shown)")
    parser.add_argument("--keep", help="write the database here instead of a temporary file")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="consular-bench-dup-"))
    path = Path(args.keep) if args.keep else folder / "duplicates.db"
    if path.exists():
        path.unlink()
    database, planted, loaded = build(path, args.people, args.seed)
    print(f"{args.people:,} people (+{len(planted):,} planted variants), {args.people // 5:,} counterparts in {path}")
    figure("load people and counterparts (bulk insert)", loaded, "s")

    started = time.perf_counter()
    with database.engine.begin() as conn:
        written = keys_service.refresh_all(conn)
    figure("keys: build all", time.perf_counter() - started, "s")
    figure("match_keys rows", written, "rows")

    with database.engine.begin() as conn:
        times = []
        for pid in random.Random(2).sample(range(1, args.people + 1), 200):
            t0 = time.perf_counter()
            repo.refresh(conn, "person", [pid])
            times.append((time.perf_counter() - t0) * 1000)
    figure("key refresh: one person", statistics.median(times), "ms")

    ctx = ServiceContext(database, actor_for(database, "bench"))
    # The raw baseline reads what the service reads, the same way: every key of the entity in
    # index order with its record joined by primary key, grouped into blocks of 2 to MAX_BLOCK
    # records in Python; no pairing, no evidence, no scoring, no views.
    raw_sql = {
        "person": "SELECT m.kind, m.key, p.id, p.full_name, p.name_native, p.date_of_birth, p.passport_number "
        "FROM match_keys m JOIN persons p ON p.id = m.entity_id WHERE m.entity = 'person' "
        "ORDER BY m.entity, m.kind, m.key",
        "counterpart": "SELECT m.kind, m.key, c.id, c.name, c.organisation, c.phone "
        "FROM match_keys m JOIN counterparts c ON c.id = m.entity_id WHERE m.entity = 'counterpart' "
        "ORDER BY m.entity, m.kind, m.key",
    }

    def raw_blocks(conn, entity: str) -> int:
        """Rows in blocks the finder would weigh."""
        rows = 0
        for _key, block in itertools.groupby(conn.execute(raw_sql[entity]), key=lambda r: (r[0], r[1])):
            members = list(block)
            if 2 <= len(members) <= repo.MAX_BLOCK:
                rows += len(members)
        return rows

    found_people = []
    for entity in ("person", "counterpart"):
        service, raw = [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            found = duplicates.find_duplicates(ctx, entity)
            service.append((time.perf_counter() - t0) * 1000)
            with sqlite3.connect(path) as conn:
                t0 = time.perf_counter()
                pairs = raw_blocks(conn, entity)
                raw.append((time.perf_counter() - t0) * 1000)
        figure(f"finder: {entity} (service)", statistics.median(service), "ms", statistics.median(raw))
        figure(f"finder: {entity} rows in shared keys", pairs, "rows")
        figure(f"finder: {entity} pairs listed", len(found), "pairs")
        if entity == "person":
            found_people = found

    listed = {(c.a_id, c.b_id) for c in found_people}
    recall = sum(1 for a, b in planted if (min(a, b), max(a, b)) in listed)
    figure("planted pairs listed", 100.0 * recall / max(1, len(planted)), "%")
    with sqlite3.connect(path) as conn:
        crowded = conn.execute(
            "SELECT count(*), coalesce(sum(n), 0) FROM (SELECT count(*) n FROM match_keys WHERE entity = 'person' "
            "AND kind = 'name' GROUP BY key HAVING count(*) > ?)",
            (repo.MAX_BLOCK,),
        ).fetchone()
    figure("name keys too common to join on", crowded[0], "keys")
    figure("people under those keys", crowded[1], "people")

    rng = random.Random(3)
    with sqlite3.connect(path) as conn:
        sample = [r[0] for r in conn.execute("SELECT full_name FROM persons ORDER BY random() LIMIT 2000")]
    t0 = time.perf_counter()
    for _ in range(2000):
        name_match.name_similarity(rng.choice(sample), rng.choice(sample))
    per_pair = (time.perf_counter() - t0) / 2000
    total = args.people + len(planted)
    figure("every pair in Python (extrapolated)", per_pair * total * (total - 1) / 2, "s")
    database.dispose()
    if not args.keep:
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
