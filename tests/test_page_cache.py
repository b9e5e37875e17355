"""Each SQLite connection's page cache: 64 MiB on an encrypted file (a decrypted page is worth
keeping), 8 MiB on a plaintext one (its pages sit in the operating system's cache anyway, and
the GUI holds several connections, each of whose caches otherwise grew to 64 MiB)."""

from __future__ import annotations

import sqlite3

from consular.db import cipher, engine
from consular.services import database as database_service


def _cache_kib(database) -> int:
    with database.engine.connect() as conn:
        return -conn.exec_driver_sql("PRAGMA cache_size").scalar()


def test_a_plaintext_file_gets_the_small_cache_and_an_encrypted_one_the_big(tmp_path):
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as conn:  # a plaintext file, as an older consular made them
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    database = engine.open_database(plain)
    try:
        assert cipher.file_kind(str(plain)) == "plaintext"
        assert _cache_kib(database) == engine.PLAINTEXT_CACHE_SIZE_KIB == 8192
    finally:
        database.dispose()

    opened = database_service.open_database(tmp_path / "new.db", mode="create", sign_in=False)
    try:
        assert opened.database.encrypted
        assert _cache_kib(opened.database) == engine.CACHE_SIZE_KIB == 65536
    finally:
        opened.dispose()
