"""What encryption at rest and durable commits cost: figures beside baselines measured in the
same run.

1. Everyday work on the same data, plaintext vs SQLCipher (a copy converted with
   ``db encrypt``): case list pages, counts, search, Log contact. Target: within 1.5x.
2. Log contact with ``synchronous=FULL`` (what consular uses) vs ``NORMAL``.
3. Backing up a big encrypted database (default 1 GB) with the online backup while another
   connection keeps writing, beside a plain file copy of the same file. Target: under 10 s.

    python benchmarks/bench_at_rest.py                      # 2,000 cases, 1 GB backup
    python benchmarks/bench_at_rest.py --cases 10000 --backup-mb 2048

Figures are printed, never asserted. Each timing is the median of several runs, warm cache.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from consular.db import cipher, engine, keyslots
from consular.db.migrate import ensure_schema
from consular.domain.timeutil import utcnow
from consular.seeding.synthetic import generate
from consular.services import accounts, at_rest, backup, cases, contacts, counterparts, search
from consular.services.context import ServiceContext, actor_for

PASSWORD = "benchmark password"


def timed(fn, repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def build(folder: Path, cases_wanted: int) -> tuple[Path, Path, bytes]:
    plain = folder / f"plain-{cases_wanted}.db"
    if not plain.exists():
        print(f"Generating {cases_wanted:,} synthetic cases ...", file=sys.stderr)
        database = engine.open_database(plain)
        ensure_schema(database)
        accounts.init_database(database, "bench", PASSWORD)  # generating data takes an administrator
        generate(database, cases=cases_wanted, seed=1, username="bench")
        with database.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        database.dispose()
    encrypted = folder / f"encrypted-{cases_wanted}.db"
    for p in (encrypted, keyslots.keys_path(encrypted)):
        p.unlink(missing_ok=True)
    shutil.copyfile(plain, encrypted)
    at_rest.encrypt_database(encrypted, "bench", PASSWORD)
    return plain, encrypted, keyslots.unlock(encrypted, "bench", PASSWORD)


def everyday(path: Path, key: bytes | None, repeat: int) -> dict[str, float]:
    database = engine.open_database(path, key=key)
    try:
        ctx = ServiceContext(database, actor_for(database, "bench"))
        ref = cases.list_cases(ctx, limit=1)[0].reference
        with_ids = [counterparts.case_counterparts(ctx, ref)[0].id]  # a contact is with somebody
        figures = {
            "case list: first page (200) by incident": timed(lambda: cases.list_cases(ctx, limit=200), repeat),
            "case list: first page by last contact": timed(
                lambda: cases.list_cases(ctx, sort="last_contact_at", limit=200), repeat
            ),
            "case list: count": timed(lambda: cases.count_cases(ctx), repeat),
            "search 'embassy' (50 hits)": timed(lambda: search.search(ctx, "embassy", limit=50), repeat),
            "search prefix 'embas'": timed(lambda: search.search(ctx, "embas", limit=50), repeat),
            "Log contact (one audited, indexed write)": timed(
                lambda: contacts.log_contact(
                    ctx,
                    ref,
                    counterpart_ids=with_ids,
                    occurred_at=utcnow(),
                    channel="phone",
                    subject="Bench",
                    notes="Timing a write. " * 40,
                ),
                repeat,
            ),
        }
    finally:
        database.dispose()
    return figures


def log_contact_with(path: Path, key: bytes | None, synchronous: str, repeat: int) -> float:
    saved = engine.SYNCHRONOUS
    engine.SYNCHRONOUS = synchronous
    try:
        database = engine.open_database(path, key=key)
        try:
            ctx = ServiceContext(database, actor_for(database, "bench"))
            ref = cases.list_cases(ctx, limit=1)[0].reference
            with_ids = [counterparts.case_counterparts(ctx, ref)[0].id]  # a contact is with somebody
            return timed(
                lambda: contacts.log_contact(
                    ctx,
                    ref,
                    counterpart_ids=with_ids,
                    occurred_at=utcnow(),
                    channel="phone",
                    subject="Bench",
                    notes="Timing a write. " * 40,
                ),
                repeat,
            )
        finally:
            database.dispose()
    finally:
        engine.SYNCHRONOUS = saved


def big_encrypted(folder: Path, megabytes: int) -> tuple[Path, bytes]:
    path = folder / f"big-{megabytes}.db"
    key = cipher.new_key()
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    conn = cipher.connect(path, key, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")  # building only
    conn.execute("CREATE TABLE filler(id INTEGER PRIMARY KEY, body BLOB)")
    conn.execute("CREATE TABLE writes(id INTEGER PRIMARY KEY, body TEXT)")
    rows = megabytes * 1024 // 4  # 4 KiB each
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "INSERT INTO filler(body) SELECT randomblob(4000) FROM n",
        (rows,),
    )
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    print(f"(built a {path.stat().st_size / 1e9:.2f} GB encrypted file in {time.perf_counter() - started:.1f} s)")
    return path, key


def backup_under_writes(path: Path, key: bytes, folder: Path) -> None:
    size = path.stat().st_size
    copy = folder / "plain-copy.bin"
    copy.unlink(missing_ok=True)
    started = time.perf_counter()
    shutil.copyfile(path, copy)
    fd = os.open(copy, os.O_RDONLY)
    os.fsync(fd)
    os.close(fd)
    raw_s = time.perf_counter() - started
    copy.unlink()

    stop = threading.Event()
    latencies: list[float] = []

    def writer():
        conn = cipher.connect(path, key, isolation_level=None, timeout=30)
        conn.execute("PRAGMA synchronous=FULL")
        try:
            while not stop.is_set():
                t = time.perf_counter()
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO writes(body) VALUES (?)", ("a contact note " * 30,))
                conn.execute("COMMIT")
                latencies.append((time.perf_counter() - t) * 1000)
                time.sleep(0.002)  # several hundred commits a second: far busier than any embassy
        finally:
            conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    time.sleep(0.3)
    before = len(latencies)
    database = engine.open_database(path, key=key)
    out = folder / "backup.db"
    for p in (out, keyslots.keys_path(out)):
        p.unlink(missing_ok=True)
    try:
        result = backup.backup(database, out)
    finally:
        database.dispose()
        during = latencies[before:]
        stop.set()
        thread.join()
    gb = size / 1e9
    print(f"plain file copy of {gb:.2f} GB (baseline, same run) : {raw_s:6.2f} s  ({gb / raw_s:.2f} GB/s)")
    print(
        f"consular db backup ({result.method}), writes going on: {result.seconds:6.2f} s  "
        f"({gb / result.seconds:.2f} GB/s; {result.seconds / raw_s:.1f}x the copy)"
    )
    if during:
        print(
            f"  writes committed during the backup: {len(during):,}; latency median "
            f"{statistics.median(during):.1f} ms, max {max(during):.1f} ms"
        )
    started = time.perf_counter()
    copy_db = engine.open_database(out, key=key, read_only="benchmark")
    try:
        verified = backup.check(copy_db)
    finally:
        copy_db.dispose()
    print(
        f"  verifying the backup (every HMAC, integrity_check): {time.perf_counter() - started:.2f} s, ok={verified.ok}"
    )
    out.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--backup-mb", type=int, default=1024, help="size of the database backed up (default 1024)")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--folder", help="where to build (default: a temporary folder, kept for reuse)")
    args = parser.parse_args(argv)
    os.environ.setdefault(keyslots.PROFILE_ENV, "production")  # the cost users pay; keyslots reads it as its default
    folder = Path(args.folder or Path(tempfile.gettempdir()) / "consular-bench-at-rest")
    folder.mkdir(parents=True, exist_ok=True)

    plain, encrypted, key = build(folder, args.cases)
    print(
        f"SQLCipher {cipher.dbapi.connect(':memory:').execute('PRAGMA cipher_version').fetchone()[0]}, "
        f"page {4096} B, cache {engine.CACHE_SIZE_KIB // 1024} MiB per connection, synchronous={engine.SYNCHRONOUS}"
    )
    print(f"{args.cases:,} synthetic cases; plaintext {plain.stat().st_size / 1e6:.0f} MB")
    print()
    base = everyday(plain, None, args.repeat)
    enc = everyday(encrypted, key, args.repeat)
    width = max(len(k) for k in base)
    print(f"{'operation'.ljust(width)}  {'plain ms':>9}  {'SQLCipher ms':>12}  ratio")
    for name in base:
        print(f"{name.ljust(width)}  {base[name]:9.1f}  {enc[name]:12.1f}  {enc[name] / base[name]:5.2f}x")
    print()
    normal = log_contact_with(encrypted, key, "NORMAL", args.repeat)
    full = log_contact_with(encrypted, key, "FULL", args.repeat)
    print(f"Log contact, encrypted: synchronous=NORMAL {normal:.1f} ms, FULL {full:.1f} ms ({full / normal:.2f}x)")
    print()
    started = time.perf_counter()
    keyslots.unlock(encrypted, "bench", PASSWORD)
    print(f"Unlocking a key slot (Argon2id t=3, 64 MiB, p=4): {(time.perf_counter() - started) * 1000:.0f} ms")
    print()
    big, big_key = big_encrypted(folder, args.backup_mb)
    backup_under_writes(big, big_key, folder)
    for p in (big, Path(f"{big}-wal"), Path(f"{big}-shm")):
        p.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
