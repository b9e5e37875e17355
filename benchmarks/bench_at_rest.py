"""What encryption at rest and durable commits cost: figures beside baselines measured in the
same run.

1. Everyday work on the same data, plaintext vs SQLCipher (a copy converted with
   ``db encrypt``): case list pages, counts, search, Log contact. Target: within 1.5x.
2. Durability: Log contact with ``synchronous=FULL`` (what consular uses) vs ``NORMAL``, on
   plaintext and encrypted files, beside a raw sqlite3 baseline (one INSERT of the same note
   text and a commit, WAL mode) with each setting: what the fsync itself costs.
3. Tuning SQLCipher: ``cipher_page_size`` 4096 (the default) vs 8192 and 16384 (each a copy
   made with that size) and ``cache_size`` 2 MiB (SQLite's default) vs 64 MiB, for case list,
   search and Log contact, each against plaintext with the same cache.
4. Backing up a big encrypted database (default 1 GB) with the online backup while another
   connection keeps writing, beside a plain file copy of the same file. Target: under 10 s.

    python benchmarks/bench_at_rest.py                      # 2,000 cases, 1 GB backup
    python benchmarks/bench_at_rest.py --cases 10000 --backup-mb 2048
    python benchmarks/bench_at_rest.py --skip tuning,backup  # only sections 1 and 2

Figures are printed, never asserted. Each timing is the median of several runs, warm cache.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from consular.db import cipher, dialect, engine, keyslots, migrate
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


def encrypted_copy(plain: Path, folder: Path, page_size: int) -> tuple[Path, bytes]:
    """A copy of ``plain`` encrypted with ``page_size``-byte SQLCipher pages (as db encrypt does)."""
    path = folder / f"{plain.stem}-cipher{page_size}.db"
    for p in (path, keyslots.keys_path(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    key = cipher.new_key()
    with page_size_of(page_size):
        cipher.export(plain, None, path, key)
    return path, key


@contextlib.contextmanager
def page_size_of(page_size: int):
    saved = cipher.PAGE_SIZE
    cipher.PAGE_SIZE = page_size
    try:
        yield
    finally:
        cipher.PAGE_SIZE = saved


@contextlib.contextmanager
def cache_of(kib: int):
    saved = engine.CACHE_SIZE_KIB, engine.PLAINTEXT_CACHE_SIZE_KIB
    engine.CACHE_SIZE_KIB = engine.PLAINTEXT_CACHE_SIZE_KIB = kib  # plaintext compared with the same cache
    try:
        yield
    finally:
        engine.CACHE_SIZE_KIB, engine.PLAINTEXT_CACHE_SIZE_KIB = saved


def build(folder: Path, cases_wanted: int) -> tuple[Path, Path, bytes]:
    plain = folder / f"plain-{cases_wanted}.db"
    if not plain.exists():
        print(f"Generating {cases_wanted:,} synthetic cases ...", file=sys.stderr)
        database = engine.open_database(plain)
        ensure_schema(database)
        accounts.init_database(database, "bench", PASSWORD)  # the generator acts as the administrator
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


def log_contact_once(ctx: ServiceContext, ref: str):
    """Log contact as the dialog does it: with one of the case's counterparts, a long note."""
    with_whom = [c.id for c in counterparts.case_counterparts(ctx, ref)[:1]]
    if not with_whom:
        with_whom = [counterparts.add_counterpart(ctx, ref, name="Bench Counterpart", category="police").id]
    return lambda: contacts.log_contact(
        ctx,
        ref,
        counterpart_ids=with_whom,
        occurred_at=utcnow(),
        channel="phone",
        subject="Bench",
        notes="Timing a write. " * 40,
    )


def everyday(path: Path, key: bytes | None, repeat: int) -> dict[str, float]:
    database = engine.open_database(path, key=key)
    try:
        ctx = ServiceContext(database, actor_for(database, "bench"))
        ref = cases.list_cases(ctx, limit=1)[0].reference
        figures = {
            "case list: first page (200) by incident": timed(lambda: cases.list_cases(ctx, limit=200), repeat),
            "case list: first page by last contact": timed(
                lambda: cases.list_cases(ctx, sort="last_contact_at", limit=200), repeat
            ),
            "case list: count": timed(lambda: cases.count_cases(ctx), repeat),
            "search 'embassy' (50 hits)": timed(lambda: search.search(ctx, "embassy", limit=50), repeat),
            "search prefix 'embas'": timed(lambda: search.search(ctx, "embas", limit=50), repeat),
            "Log contact (one audited, indexed write)": timed(log_contact_once(ctx, ref), repeat),
        }
    finally:
        database.dispose()
    return figures


def tuned(path: Path, key: bytes | None, repeat: int) -> dict[str, float]:
    """Case list, search and Log contact: the three the 1.5x target names."""
    figures = everyday(path, key, repeat)
    return {
        "case list": figures["case list: first page (200) by incident"],
        "search": figures["search 'embassy' (50 hits)"],
        "Log contact": figures["Log contact (one audited, indexed write)"],
    }


def audited_read_placement(path: Path, key: bytes | None, repeat: int) -> tuple[float, float]:
    """Why search costs more on SQLCipher: the FTS query plus the audited read (``read.search``,
    written by ``ctx.record_read`` on a second pooled connection), with that write made while
    the read transaction is still open (as services/search.py does) vs after it closed. A write
    by another connection makes the reader's connection drop its whole page cache, so the next
    search decrypts every page again; written on the same, free connection, the cache stays."""
    database = engine.open_database(path, key=key)
    try:
        ctx = ServiceContext(database, actor_for(database, "bench"))

        def fts(session):
            groups = dialect.search_groups("embassy")
            dialect.search_candidates(session.connection(), groups, limit=400, include_restricted=True)

        def inside():
            with database.session() as session:
                fts(session)
                ctx.record_read("search", "search", None, query="embassy")

        def after():
            with database.session() as session:
                fts(session)
            ctx.record_read("search", "search", None, query="embassy")

        return timed(inside, repeat), timed(after, repeat)
    finally:
        database.dispose()


def raw_insert_with(folder: Path, key: bytes | None, synchronous: str, repeat: int) -> float:
    """The baseline: one INSERT of a Log-contact-sized note and a commit, WAL mode, no consular."""
    path = folder / f"raw-{synchronous}-{'enc' if key else 'plain'}.db"
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    conn = cipher.connect(path, key, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(f"PRAGMA synchronous={synchronous}")
        conn.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")
        body = "Timing a write. " * 40

        def insert():
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO notes(body) VALUES (?)", (body,))
            conn.execute("COMMIT")

        return timed(insert, repeat * 5)
    finally:
        conn.close()
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)


def log_contact_with(path: Path, key: bytes | None, synchronous: str, repeat: int) -> float:
    saved = engine.SYNCHRONOUS
    engine.SYNCHRONOUS = synchronous
    try:
        database = engine.open_database(path, key=key)
        try:
            ctx = ServiceContext(database, actor_for(database, "bench"))
            ref = cases.list_cases(ctx, limit=1)[0].reference
            return timed(log_contact_once(ctx, ref), repeat)
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
    out = folder / "backup.db"
    for p in (out, keyslots.keys_path(out)):
        p.unlink(missing_ok=True)
    try:
        # The copy that consular db backup makes (this file has no accounts to audit it); the
        # SHA-256 it records in the audit entry is timed apart.
        started = time.perf_counter()
        method = migrate.online_backup(path, key, out)
        copy_s = time.perf_counter() - started
    finally:
        during = latencies[before:]
        stop.set()
        thread.join()
    started = time.perf_counter()
    backup.file_sha256(out)
    digest_s = time.perf_counter() - started
    gb = size / 1e9
    print(f"plain file copy of {gb:.2f} GB (baseline, same run) : {raw_s:6.2f} s  ({gb / raw_s:.2f} GB/s)")
    print(
        f"consular db backup copy ({method}), writes going on: {copy_s:6.2f} s  "
        f"({gb / copy_s:.2f} GB/s; {copy_s / raw_s:.1f}x the copy)"
    )
    print(f"  + SHA-256 of the backup for its audit entry: {digest_s:.2f} s (total {copy_s + digest_s:.2f} s)")
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
    parser.add_argument("--skip", default="", help="comma-separated sections to skip: durability, tuning, backup")
    args = parser.parse_args(argv)
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    os.environ.setdefault(keyslots.PROFILE_ENV, "production")  # real Argon2 costs (keyslots and passwords)
    folder = Path(args.folder or Path(tempfile.gettempdir()) / "consular-bench-at-rest")
    folder.mkdir(parents=True, exist_ok=True)

    plain, encrypted, key = build(folder, args.cases)
    print(
        f"SQLCipher {cipher.dbapi.connect(':memory:').execute('PRAGMA cipher_version').fetchone()[0]}, "
        f"page {cipher.PAGE_SIZE} B, cache {engine.CACHE_SIZE_KIB // 1024} MiB per connection "
        f"({engine.PLAINTEXT_CACHE_SIZE_KIB // 1024} MiB on plaintext), "
        f"synchronous={engine.SYNCHRONOUS}; SQLite {sqlite3.sqlite_version} for plaintext"
    )
    print(
        f"{args.cases:,} synthetic cases; plaintext {plain.stat().st_size / 1e6:.0f} MB; load {os.getloadavg()[0]:.1f}"
    )
    print()
    print("1. Plaintext vs SQLCipher, as consular is configured (target: within 1.5x)")
    base = everyday(plain, None, args.repeat)
    enc = everyday(encrypted, key, args.repeat)
    width = max(len(k) for k in base)
    print(f"{'operation'.ljust(width)}  {'plain ms':>9}  {'SQLCipher ms':>12}  ratio")
    for name in base:
        print(f"{name.ljust(width)}  {base[name]:9.1f}  {enc[name]:12.1f}  {enc[name] / base[name]:5.2f}x")
    plain_in, plain_after = audited_read_placement(plain, None, args.repeat)
    enc_in, enc_after = audited_read_placement(encrypted, key, args.repeat)
    print("   search's audited read written while its read is open (as now) vs after it closed:")
    print(
        f"   inside: plain {plain_in:.1f} ms, SQLCipher {enc_in:.1f} ms ({enc_in / plain_in:.2f}x); "
        f"after: plain {plain_after:.1f} ms, SQLCipher {enc_after:.1f} ms ({enc_after / plain_after:.2f}x)"
    )
    print()
    if "durability" not in skip:
        print("2. Durability: synchronous=FULL (consular) vs NORMAL, ms per write (median)")
        print(f"{'':36}  {'NORMAL':>8}  {'FULL':>8}  FULL/NORMAL")
        rows = [
            (
                "raw sqlite3 INSERT+COMMIT, plaintext",
                raw_insert_with(folder, None, "NORMAL", args.repeat),
                raw_insert_with(folder, None, "FULL", args.repeat),
            ),
            (
                "raw sqlite3 INSERT+COMMIT, SQLCipher",
                raw_insert_with(folder, key, "NORMAL", args.repeat),
                raw_insert_with(folder, key, "FULL", args.repeat),
            ),
            (
                "Log contact, plaintext",
                log_contact_with(plain, None, "NORMAL", args.repeat),
                log_contact_with(plain, None, "FULL", args.repeat),
            ),
            (
                "Log contact, SQLCipher",
                log_contact_with(encrypted, key, "NORMAL", args.repeat),
                log_contact_with(encrypted, key, "FULL", args.repeat),
            ),
        ]
        for name, normal, full in rows:
            print(f"{name:36}  {normal:8.2f}  {full:8.2f}  {full / normal:6.2f}x  (+{full - normal:.2f} ms)")
        print()
    if "tuning" not in skip:
        print("3. Tuning SQLCipher: page size x cache, ms (median) and ratio to plaintext with the same cache")
        copies = {size: encrypted_copy(plain, folder, size) for size in (4096, 8192, 16384)}
        print(f"{'cache':>8}  {'cipher page':>11}  {'case list':>16}  {'search':>16}  {'Log contact':>16}")
        for kib in (2000, engine.CACHE_SIZE_KIB):
            with cache_of(kib):
                baseline = tuned(plain, None, args.repeat)
                cells = "  ".join(f"{baseline[k]:7.1f} (plain) " for k in baseline)
                print(f"{kib // 1000:>6}MB  {'plaintext':>11}  {cells}")
                for size, (path, size_key) in copies.items():
                    with page_size_of(size):
                        figures = tuned(path, size_key, args.repeat)
                    cells = "  ".join(f"{figures[k]:7.1f} ({figures[k] / baseline[k]:4.2f}x)" for k in figures)
                    print(f"{kib // 1000:>6}MB  {size:>11}  {cells}")
        for path, _key in copies.values():
            for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                p.unlink(missing_ok=True)
        print()
    started = time.perf_counter()
    keyslots.unlock(encrypted, "bench", PASSWORD)
    print(f"Unlocking a key slot (Argon2id t=3, 64 MiB, p=4): {(time.perf_counter() - started) * 1000:.0f} ms")
    print()
    if "backup" not in skip:
        big, big_key = big_encrypted(folder, args.backup_mb)
        backup_under_writes(big, big_key, folder)
        for p in (big, Path(f"{big}-wal"), Path(f"{big}-shm")):
            p.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
