"""SQLCipher 4: opening an encrypted SQLite file with a raw 256-bit key, and the file-level
operations that need the key (convert, rekey, verify every page).

The key is 32 random bytes. It reaches SQLCipher only as ``PRAGMA key = "x'<64 hex>'"``, built
here from bytes we generated or unwrapped, never from a passphrase: SQLAlchemy's pysqlcipher
dialect pastes a passphrase unescaped into ``pragma key="…"``, and a passphrase would also go
through SQLCipher's own (slower, weaker-than-Argon2id) PBKDF2. Passwords are turned into keys by
:mod:`consular.db.keyslots`.

SQLCipher 4 defaults are kept: AES-256-CBC per page, HMAC-SHA512 over every page (a changed
byte anywhere makes the page unreadable, never silently different), 4096-byte pages. With a
raw key there is no PBKDF2 at open.

Every SQLite connection of consular goes through :func:`connect`: an encrypted file through
sqlcipher3 (a drop-in sqlite3 with the codec and its own copy of SQLite), a plaintext one
through the standard library's sqlite3, so that one file is only ever opened by one copy of
SQLite in a process (two copies do not see each other's POSIX locks: sqlite.org/howtocorrupt.html
2.2.1). Catch :data:`DatabaseError` / :data:`OperationalError`, which name both drivers' classes.
"""

from __future__ import annotations

import os
import re
import secrets
import sqlite3
from pathlib import Path

import sqlcipher3.dbapi2 as dbapi

DatabaseError = (dbapi.DatabaseError, sqlite3.DatabaseError)
OperationalError = (dbapi.OperationalError, sqlite3.OperationalError)

KEY_BYTES = 32
# SQLCipher 4's page size, fixed when a file is created and needed again at every open: a file
# made with another size reads as "not a database". consular keeps the default (measured in
# benchmarks/bench_at_rest.py: 8 and 16 KiB pages did not help); the benchmark sets this to
# measure files made with other sizes.
DEFAULT_PAGE_SIZE = 4096
PAGE_SIZE = DEFAULT_PAGE_SIZE
SQLITE_HEADER = b"SQLite format 3\x00"

# SQLite's (and SQLCipher's) messages for a page that fails its HMAC or does not decrypt.
_DAMAGE_MARKERS = ("file is not a database", "malformed", "hmac", "corrupt")


class CipherError(Exception):
    """The key does not open the file, or the file's pages do not verify."""


def new_key() -> bytes:
    """A fresh random database key."""
    return secrets.token_bytes(KEY_BYTES)


def _key_literal(key: bytes) -> str:
    if not isinstance(key, bytes | bytearray) or len(key) != KEY_BYTES:
        raise ValueError("a database key is exactly 32 bytes")
    literal = bytes(key).hex()
    # Built from bytes: only hex digits can be in it. Checked anyway, as it goes into SQL.
    assert re.fullmatch(r"[0-9a-f]{64}", literal)
    return f"\"x'{literal}'\""


def apply_key(conn, key: bytes) -> None:
    """Give an open sqlcipher3 connection its raw key (before anything reads the file)."""
    conn.execute(f"PRAGMA key = {_key_literal(key)}")
    if PAGE_SIZE != DEFAULT_PAGE_SIZE:
        conn.execute(f"PRAGMA cipher_page_size = {int(PAGE_SIZE)}")


def driver(key: bytes | None):
    """The DB-API module for a file under ``key`` (sqlcipher3) or plaintext (sqlite3)."""
    return dbapi if key is not None else sqlite3


def connect(path: str | os.PathLike, key: bytes | None, *, codec: bool = False, **kwargs):
    """A DB-API connection to ``path``, keyed when ``key`` is given. ``codec``: through
    sqlcipher3 even without a key (to ATTACH an encrypted file to a plaintext one)."""
    module = dbapi if codec else driver(key)
    conn = module.connect(os.fspath(path), **kwargs)
    if key is not None:
        try:
            apply_key(conn, key)
        except BaseException:
            conn.close()
            raise
    return conn


def file_kind(path: str | os.PathLike) -> str:
    """'missing', 'empty', 'plaintext' (a SQLite header) or 'encrypted' (anything else: an
    SQLCipher file starts with its random salt; whether it is really ours needs the key)."""
    p = Path(path)
    if not p.exists():
        return "missing"
    if p.stat().st_size == 0:
        return "empty"
    with p.open("rb") as fh:
        header = fh.read(16)
    return "plaintext" if header == SQLITE_HEADER else "encrypted"


def is_damage(exc: BaseException) -> bool:
    return any(marker in str(exc).lower() for marker in _DAMAGE_MARKERS)


def verify_key(path: str | os.PathLike, key: bytes | None) -> None:
    """Raise CipherError unless ``key`` opens ``path`` (reads page 1 and the schema)."""
    conn = connect(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        raise CipherError(str(exc)) from None
    finally:
        conn.close()


def page_problems(conn) -> list[str]:
    """Every page's HMAC (``PRAGMA cipher_integrity_check``) then SQLite's own
    ``integrity_check``; an empty list when the file is sound. Plaintext files get only the
    second."""
    problems: list[str] = []
    try:
        if isinstance(conn, dbapi.Connection) and _is_keyed(conn):
            problems += [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
    except DatabaseError as exc:
        return [*problems, str(exc)]
    return problems + [r for r in rows if r != "ok"]


def _is_keyed(conn) -> bool:
    # cipher_provider is empty for a connection without a codec (a plaintext file).
    row = conn.execute("PRAGMA cipher_provider").fetchone()
    return bool(row and row[0])


def export(source: Path, source_key: bytes | None, target: Path, target_key: bytes | None) -> None:
    """Write a copy of ``source`` to the new file ``target`` under ``target_key`` (None:
    plaintext) with ``sqlcipher_export``: every table, index, trigger and the FTS5 shadow
    tables, page by page re-encrypted."""
    if target.exists():
        raise FileExistsError(target)
    conn = connect(source, source_key, codec=True)
    try:
        conn.isolation_level = None
        target_literal = _key_literal(target_key) if target_key is not None else "''"
        # ATTACH takes the key as a literal: built from bytes above, never from user text.
        conn.execute(f"ATTACH DATABASE ? AS target KEY {target_literal}", (os.fspath(target),))
        try:
            if target_key is not None and PAGE_SIZE != DEFAULT_PAGE_SIZE:
                conn.execute(f"PRAGMA target.cipher_page_size = {int(PAGE_SIZE)}")
            version = conn.execute("PRAGMA main.user_version").fetchone()[0]
            conn.execute("SELECT sqlcipher_export('target')")
            conn.execute(f"PRAGMA target.user_version = {int(version)}")
        finally:
            conn.execute("DETACH DATABASE target")
    finally:
        conn.close()


def rekey(path: Path, old_key: bytes, new_key_: bytes) -> None:
    """Re-encrypt every page of ``path`` under ``new_key_`` in place (``PRAGMA rekey``).
    The caller holds the only connection."""
    conn = connect(path, old_key)
    try:
        conn.isolation_level = None
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        # rekey needs a rollback journal; WAL is switched back on by the next open.
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute(f"PRAGMA rekey = {_key_literal(new_key_)}")
    finally:
        conn.close()
