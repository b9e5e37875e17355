"""One place that turns a database target into an engine and sessions.

A target is either a SQLite file path or any SQLAlchemy URL
(``postgresql+psycopg://user@host/db``).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event, exc
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from consular.db import checkpoint, cipher, clean_close, dialect
from consular.domain.errors import UserError
from consular.i18n import translate

# "Saved" means on disk: with FULL, SQLite fsyncs the WAL at every commit, so a power cut
# loses nothing that was acknowledged (NORMAL may lose the last commits). Its cost is in
# benchmarks/bench_at_rest.py.
SYNCHRONOUS = "FULL"
# Page cache per connection (negative: KiB). Decrypting a page costs more than reading it, so
# a page once decrypted is worth keeping: 64 MiB (measured in benchmarks/bench_at_rest.py).
CACHE_SIZE_KIB = 65536
# A plaintext file's pages are in the operating system's cache already, and reading one from
# there costs little more than finding it in SQLite's: 8 MiB. The GUI holds several connections
# (the pool, background operations), each of whose caches filled to 64 MiB in the end; at
# 100,000 cases search and the case list's first page took the same CPU with either size.
PLAINTEXT_CACHE_SIZE_KIB = 8192
FILE_MODE = 0o600
# A server connection back in the pool for longer than this is pinged before it is handed out
# again (the server may have restarted, a firewall may have dropped an idle connection); one
# used more recently is not: a round trip before every service call (SQLAlchemy's pre-ping) was
# one of Log contact's fifteen.
PING_AFTER_IDLE_SECONDS = 5.0
_LAST_USED = "consular_last_used"


def url_for(target: str | os.PathLike) -> URL:
    """The SQLAlchemy URL for a SQLite path or URL text."""
    raw = os.fspath(target)
    if "://" in raw:
        try:
            return make_url(raw)
        except ArgumentError:
            raise UserError(
                translate("db.engine", "'{raw}' is not a database URL or file path.").format(raw=raw)
            ) from None
    path = Path(raw).expanduser()
    if path.is_dir():
        raise UserError(
            translate("db.engine", "'{raw}' is a folder; give the path of a database file inside it.").format(raw=raw)
        )
    return URL.create("sqlite+pysqlite", database=str(path.resolve()))


@dataclass
class Database:
    """An engine plus its session factory. Services open one short session per call."""

    engine: Engine
    sessions: sessionmaker[Session]
    # The SQLCipher key of an encrypted SQLite file (None: plaintext or a server). Held in
    # memory for the life of the handle: adding a key slot and backing up need it.
    key: bytes | None = None
    # Why this database is open read-only (a damaged file), else None.
    read_only_reason: str | None = None
    # WAL checkpoints in the background (a SQLite file written to), see consular.db.checkpoint.
    checkpointer: checkpoint.Checkpointer | None = None
    # Checked on open and found sound (or vouched for by a clean close, see consular.db.clean_close):
    # a clean close of this handle may then spare the next open its check.
    vouched: bool = False

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The file of a SQLite database (None for an in-memory or server database)."""
        if self.is_sqlite and self.url.database not in (None, "", ":memory:"):
            return Path(self.url.database)
        return None

    def describe(self) -> str:
        """A display form of the target, without any password."""
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    @contextlib.contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """A session in a transaction: commit on success, roll back on any error.

        ``write``: the transaction may write, so on SQLite it starts with BEGIN IMMEDIATE and
        waits its turn behind another writer instead of failing later (see dialect).
        """
        with self.sessions.begin() as session:
            if write:
                session.connection(execution_options={dialect.WRITE_OPTION: True})
            yield session

    def dispose(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.close()
        self.engine.dispose()
        if self.vouched and self.read_only_reason is None and self.path is not None:
            # The last connection is closed: SQLite has folded the log back into the file.
            clean_close.record(self.path)


def open_database(
    target: str | os.PathLike, *, key: bytes | None = None, read_only: str | None = None, echo: bool = False
) -> Database:
    """Create the engine for ``target``. Does not create tables: see :mod:`consular.db.migrate`.

    ``key``: the raw SQLCipher key of an encrypted SQLite file (a new file is created encrypted
    under it). ``read_only``: open a SQLite file read-only, saying why (every connection gets
    ``query_only``).
    """
    url = url_for(target)
    # A statement's values (a contact's notes) stay out of SQLAlchemy's error messages, which end
    # up in logs and crash reports.
    kwargs: dict = {"echo": echo, "future": True, "hide_parameters": True}
    if url.get_backend_name() == "sqlite":
        path = url.database
        if path in (None, "", ":memory:"):
            path = ":memory:"
        # Every SQLite connection goes through our creator: sqlcipher3 (sqlite3 plus the codec)
        # and the raw key, which never travels as text a passphrase could be pasted into; a
        # plaintext file through the standard sqlite3 (see consular.db.cipher).
        kwargs["creator"] = lambda: _connect_sqlite(path, key, read_only)
        kwargs["module"] = cipher.driver(key)
        # The connection used last is handed out next: its page cache holds the pages just read
        # (decrypted, on SQLCipher), and a write on another pooled connection would make it drop
        # them all. First in, first out would rotate the connections and lose the cache.
        kwargs["pool_use_lifo"] = True
    engine = create_engine(url, **kwargs)
    dialect.configure_engine(engine)
    if url.get_backend_name() != "sqlite":
        _ping_when_idle(engine)
    database = Database(engine, sessionmaker(engine, expire_on_commit=False), key=key, read_only_reason=read_only)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:") and not read_only:
        database.checkpointer = checkpoint.install(engine, url.database)
    return database


def _ping_when_idle(engine: Engine) -> None:
    """SQLAlchemy's pre-ping, for connections idle longer than :data:`PING_AFTER_IDLE_SECONDS`:
    a dead one is replaced with the rest of the pool (as the pre-ping does), unseen by the call."""

    def used(_dbapi_connection, record) -> None:
        record.info[_LAST_USED] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection, record, _proxy) -> None:
        if time.monotonic() - record.info.get(_LAST_USED, float("-inf")) <= PING_AFTER_IDLE_SECONDS:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as error:
            raise exc.InvalidatePoolError() from error

    event.listen(engine, "connect", used)  # a new connection needs no ping
    event.listen(engine, "checkin", used)


def _connect_sqlite(path: str, key: bytes | None, read_only: str | None):
    if path != ":memory:" and not os.path.exists(path):
        # Made here with 0600, so SQLite's WAL and SHM files (created with the database's
        # mode) are private too, whatever the umask.
        with contextlib.suppress(FileNotFoundError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    conn = cipher.connect(
        path, key, check_same_thread=False, timeout=dialect.BUSY_TIMEOUT_MS / 1000, isolation_level=None
    )
    try:
        if key is not None:
            # SQLCipher logs HMAC failures to stderr itself; we say what they mean instead.
            conn.execute("PRAGMA cipher_log_level = NONE")
        # Reads page 1: a wrong key or a damaged first page fails here, before any write.
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        ours = not tables or "alembic_version" in tables
        if not ours or read_only:
            # A foreign file (tables but no consular schema) is never modified, not even
            # switched to WAL; a damaged one is only read.
            conn.execute("PRAGMA query_only = ON")
        else:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
        # Deleted content is overwritten with zeros, so purged text does not linger in free pages.
        conn.execute("PRAGMA secure_delete = ON")
        cache_kib = CACHE_SIZE_KIB if key is not None else PLAINTEXT_CACHE_SIZE_KIB
        conn.execute(f"PRAGMA cache_size = -{cache_kib}")
    except BaseException:
        conn.close()
        raise
    return conn
