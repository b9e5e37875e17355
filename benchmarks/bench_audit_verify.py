"""How long `consular audit verify` takes on a big audit trail, beside raw baselines.

A script, not a test: it prints figures and asserts nothing about speed.

    python benchmarks/bench_audit_verify.py                 # 1,000,000 entries
    python benchmarks/bench_audit_verify.py --entries 200000

Builds a SQLite database in the temp folder with N chained, signed audit entries (about
300 bytes of before/after JSON each, a state digest on every entry, over 50,000 records),
then times in the same run:

- ``verify`` of the chain: every link re-hashed, every HMAC checked, gaps, head, the
  last-state table built (records are of an untracked kind, so no record is read);
- baseline 1: read the same rows with the bare sqlite3 module and SHA-256 each entry's
  canonical bytes (no chaining, no HMAC, no comparison);
- baseline 2: SHA-256 over the same bytes already in memory (hashlib alone).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path


def build(path: Path, entries: int) -> None:
    from consular.db import audit_hash
    from consular.db.engine import open_database
    from consular.db.migrate import ensure_schema
    from consular.services import audit_chain

    database = open_database(path)
    ensure_schema(database)
    database.dispose()
    key = audit_chain.load_key(create=True)
    kid = audit_hash.key_id(key)
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO users (id, username, display_name, role, active, created_at) "
        "VALUES (1, 'bench', 'Bench', 'admin', 1, '2025-01-01 00:00:00.000000')"
    )
    [(chain_id,)] = connection.execute("SELECT chain_id FROM audit_chain_head").fetchall()
    previous = audit_hash.genesis(chain_id)
    rows = []
    started = time.perf_counter()
    for seq in range(1, entries + 1):
        day, second = f"2025-{1 + seq % 12:02d}-{1 + seq % 28:02d}", f"{seq % 60:02d}.{seq % 999999:06d}"
        at = f"{day} {seq % 24:02d}:{seq % 60:02d}:{second}"
        before = json.dumps({"notes": f"Previous note {seq} " + "x" * 100, "subject": "Call with the police"})
        after = json.dumps({"notes": f"Edited note {seq} " + "y" * 100, "subject": "Call with the police"})
        state = audit_hash.state_digest([seq % 50_000, "note", after])
        entity_id = seq % 50_000
        previous = audit_hash.link(
            previous,
            audit_hash.entry_bytes(seq, at, 1, "note.edit", "note", entity_id, None, before, after, state, kid),
        )
        rows.append(
            (seq, at, 1, "note.edit", "note", entity_id, before, after, seq, state, kid, previous.hex(),
             audit_hash.entry_mac(key, previous))
        )  # fmt: skip
        if len(rows) == 50_000:
            _insert(connection, rows)
            rows = []
    _insert(connection, rows)
    connection.execute(
        "UPDATE audit_chain_head SET seq = ?, chain = ?, key_id = ?, mac = ?",
        (entries, previous.hex(), kid, audit_hash.head_mac(key, chain_id, entries, previous.hex(), 0)),
    )
    connection.commit()
    connection.close()
    print(f"built {entries:,} entries in {time.perf_counter() - started:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")


def _insert(connection, rows) -> None:
    connection.executemany(
        "INSERT INTO audit_entries (id, at, actor_id, action, entity, entity_id, before, after, seq, state, key_id, "
        "chain, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def baseline_read_and_hash(path: Path) -> float:
    import hashlib

    from consular.db.audit_hash import entry_bytes

    started = time.perf_counter()
    connection = sqlite3.connect(path)
    cursor = connection.execute(
        "SELECT seq, at, actor_id, action, entity, entity_id, case_id, before, after, state, key_id "
        "FROM audit_entries ORDER BY seq"
    )
    sha = hashlib.sha256
    for row in cursor:
        sha(entry_bytes(*row)).digest()
    connection.close()
    return time.perf_counter() - started


def baseline_hash_only(path: Path) -> tuple[float, int]:
    import hashlib

    from consular.db.audit_hash import entry_bytes

    connection = sqlite3.connect(path)
    blobs = [
        entry_bytes(*row)
        for row in connection.execute(
            "SELECT seq, at, actor_id, action, entity, entity_id, case_id, before, after, state, key_id "
            "FROM audit_entries ORDER BY seq"
        )
    ]
    connection.close()
    sha = hashlib.sha256
    started = time.perf_counter()
    for blob in blobs:
        sha(blob).digest()
    return time.perf_counter() - started, sum(map(len, blobs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--keep", action="store_true", help="keep the database (path printed)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="consular-bench-audit-"))
    os.environ["CONSULAR_CONFIG_DIR"] = str(work / "config")  # a throwaway signing key
    os.environ["CONSULAR_DATA_DIR"] = str(work / "data")
    path = work / "audit.db"
    build(path, args.entries)

    from consular.db.engine import open_database
    from consular.services import audit_chain

    database = open_database(path)
    started = time.perf_counter()
    report = audit_chain.verify(database)
    verify_seconds = time.perf_counter() - started
    database.dispose()
    assert report.ok, report.problems[:3]
    assert report.entries == report.signatures_checked == args.entries

    read_hash = baseline_read_and_hash(path)
    hash_only, total_bytes = baseline_hash_only(path)
    rate = args.entries / verify_seconds
    print(f"python {sys.version.split()[0]}, sqlite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs")
    print(f"{'what':<58}{'seconds':>9}")
    print(f"{'audit verify (links + HMACs + head + last states)':<58}{verify_seconds:>9.2f}   ({rate:,.0f} entries/s)")
    print(f"{'baseline: sqlite3 read + SHA-256 of each entry':<58}{read_hash:>9.2f}")
    print(
        f"{'baseline: SHA-256 alone over the same bytes in memory':<58}{hash_only:>9.2f}   ({total_bytes / 1e6:.0f} MB)"
    )
    if args.keep:
        print(f"database kept: {path}")
    else:
        for p in sorted(work.rglob("*"), reverse=True):
            p.unlink() if p.is_file() else p.rmdir()
        work.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
