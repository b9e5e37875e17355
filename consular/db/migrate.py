"""Schema management through alembic: check, back up, upgrade.

The app upgrades an older database on start after copying the file aside
(``<name>.before-<revision>-<timestamp>.bak``). A database written by a newer consular is
refused rather than touched.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from consular import paths
from consular.db import cipher, keyslots
from consular.db.dialect import WRITE_OPTION
from consular.db.engine import Database
from consular.domain.clock import wall_now
from consular.domain.errors import NotConsularDatabaseError, SchemaTooNewError
from consular.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Iterator

    from alembic.config import Config
    from sqlalchemy.engine import Connection

SQLITE_HEADER = b"SQLite format 3\x00"

# Alembic (and mako and pygments through it) costs a tenth of a second to import, on every
# start. It is imported only when an upgrade is due: whether one is due is read from the
# revision scripts' own ``revision = "..."`` / ``down_revision = "..."`` lines and from the
# database's alembic_version table.
_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+)$", re.M)


def alembic_config(database: Database | None = None) -> Config:
    from alembic.config import Config

    config = Config(str(paths.alembic_ini()))
    config.set_main_option("script_location", str(paths.migrations_dir()))
    if database is not None:
        # Escape % for configparser; env.py prefers the passed-in connection anyway.
        config.set_main_option("sqlalchemy.url", database.url.render_as_string(hide_password=False).replace("%", "%%"))
    return config


def _revision_graph() -> dict[str, tuple[str, ...]]:
    """revision id -> its down revisions, read from the scripts' text (no alembic import)."""
    return _read_graph(paths.migrations_dir())


@functools.lru_cache(maxsize=8)
def _read_graph(directory: Path) -> dict[str, tuple[str, ...]]:
    graph: dict[str, tuple[str, ...]] = {}
    for script in sorted((directory / "versions").glob("*.py")):
        found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        revision = _literal(found["revision"])
        down = _literal(found.get("down_revision", "None"))
        graph[revision] = tuple(down) if isinstance(down, tuple | list) else (() if down is None else (down,))
    return graph


def _literal(source: str):
    import ast

    return ast.literal_eval(source.strip())


def known_revisions() -> set[str]:
    return set(_revision_graph())


def head_revision() -> str:
    """The newest revision of the scripts (the one no other revision builds on)."""
    graph = _revision_graph()
    below = {down for downs in graph.values() for down in downs}
    heads = [rev for rev in graph if rev not in below]
    if len(heads) != 1:  # a broken chain: let alembic say what is wrong
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(alembic_config()).get_current_head()
    return heads[0]


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as conn:
        return _stamped_revision(conn, inspect(conn).get_table_names())


def _stamped_revision(conn, tables) -> str | None:
    if "alembic_version" not in tables:
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_sqlite_file(path: Path, *, keyed: bool = False) -> None:
    """Refuse a file that exists but is not a SQLite database, before SQLite touches it.
    With ``keyed`` (an SQLCipher key was given) any header is accepted: the key decides."""
    if keyed or not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise NotConsularDatabaseError(
            translate("db.migrate", "Cannot read '{path}': {strerror}.").format(path=path, strerror=exc.strerror)
        ) from None
    if header != SQLITE_HEADER and keyslots.exists(path):
        raise NotConsularDatabaseError(
            translate(
                "db.migrate",
                "'{path_name}' is an encrypted consular database: sign in with your user name and password to open it.",
            ).format(path_name=path.name)
        )
    if header != SQLITE_HEADER:
        raise NotConsularDatabaseError(
            translate(
                "db.migrate",
                "'{path_name}' is not a consular database (it is not a SQLite file). Choose a "
                ".db file made by consular, or create a new one. (If it is an encrypted consular "
                "database, its key file {name} is missing: restore both from a backup.)",
            ).format(path_name=path.name, name=keyslots.keys_path(path).name)
        )


def state(database: Database) -> str:
    """'empty', 'current', 'old', 'newer' or 'foreign' (tables but not ours)."""
    if database.path is not None:
        check_sqlite_file(database.path, keyed=database.encrypted)
    # A driver error here escapes as it is: the caller's boundary
    # (consular.services.errors.translated, opening=True) says what it means for the user.
    with database.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = _stamped_revision(conn, tables)
    if revision is None:
        return "empty" if not (tables - {"alembic_version"}) else "foreign"
    if revision == head_revision():
        return "current"
    if revision not in known_revisions():
        return "newer"
    return "old"


def backup_sqlite(database: Database, revision: str | None) -> Path | None:
    """Copy a SQLite database aside with the online backup API (safe with WAL), encrypted
    like its source, with its key slots beside it."""
    path = database.path
    if path is None or not path.exists():
        return None
    stamp = wall_now().strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.before-{revision or 'none'}-{stamp}.bak")
    online_backup(path, database.key, target)
    return target


def online_backup(source_path: Path, key: bytes | None, target: Path) -> str:
    """Copy ``source_path`` into the new file ``target`` (0600), under the same key, then the
    ``.keys`` sidecar. Writers of the source go on meanwhile. Returns the method used.

    First choice, a snapshot copy of the file's bytes (:func:`_snapshot_copy`): pages are
    copied as they are, still encrypted, at the speed of a file copy. When that cannot be had
    (not in WAL mode, or a long-running reader keeps the log from being folded in), SQLite's
    online backup API, which decrypts and re-encrypts every page (about 4x slower).
    """
    if target.exists():
        raise FileExistsError(target)
    method = "snapshot" if _snapshot_copy(source_path, key, target) else "backup-api"
    if method == "backup-api":
        source = cipher.connect(source_path, key)
        try:
            dest = cipher.connect(target, key)
            try:
                os.chmod(target, 0o600)
                # A new file, renamed into place only when complete: no journal needed.
                dest.execute("PRAGMA journal_mode = OFF")
                dest.execute("PRAGMA synchronous = OFF")
                # With pages=-1 the copy is one read transaction: a consistent snapshot.
                source.backup(dest, pages=-1)
            finally:
                dest.close()
        finally:
            source.close()
        _fsync(target)
    if key is not None and keyslots.exists(source_path):
        slots = keyslots.load(source_path)
        keyslots.save(slots, keyslots.keys_path(target))
    return method


def _snapshot_copy(source_path: Path, key: bytes | None, target: Path) -> bool:
    """Copy the database file's bytes as of one moment, while writers go on.

    1. Take the write lock (BEGIN IMMEDIATE) so no commit lands for a moment.
    2. Checkpoint: the WAL is folded into the file. If a reader of an older snapshot keeps a
       frame from being copied, give up (False).
    3. Start a read transaction: its snapshot is exactly the file as it now is. Release the
       write lock: writers go on, appending to the WAL.
    4. Copy the file. While the read transaction lasts no checkpoint may write a frame newer
       than its snapshot into the file, and every older one is in it already, so the bytes
       do not change under the copy.

    Encrypted pages are copied as they are: same key, same salt, every HMAC still valid.
    """
    writer = cipher.connect(source_path, key, isolation_level=None, timeout=10)
    reader = cipher.connect(source_path, key, isolation_level=None, timeout=10)
    try:
        if writer.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            return False
        try:
            writer.execute("BEGIN IMMEDIATE")
        except cipher.OperationalError:
            return False  # writers kept the lock for the whole busy timeout: copy page by page instead
        try:
            busy, log, done = reader.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            if busy or log != done:
                return False
            reader.execute("BEGIN")
            # SQLCipher answers page_size as text.
            page_size = int(reader.execute("PRAGMA page_size").fetchone()[0])
            pages = int(reader.execute("PRAGMA page_count").fetchone()[0])
        finally:
            writer.execute("ROLLBACK")
        size = page_size * pages
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with open(source_path, "rb") as src:
                _copy_bytes(src.fileno(), fd, size)
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            target.unlink(missing_ok=True)
            raise
        os.close(fd)
        reader.execute("COMMIT")
        return True
    finally:
        reader.close()
        writer.close()


def _copy_bytes(src: int, dst: int, size: int) -> None:
    """The first ``size`` bytes of ``src`` into ``dst``, in the kernel where it can."""
    offset = 0
    while offset < size:
        try:
            sent = os.sendfile(dst, src, offset, min(size - offset, 1 << 30))
        except (AttributeError, OSError):
            sent = 0
        if sent == 0:  # no sendfile here: read and write
            os.lseek(src, offset, os.SEEK_SET)
            chunk = os.read(src, min(size - offset, 8 << 20))
            if not chunk:
                raise OSError("the database file ended before its last page")
            os.write(dst, chunk)
            sent = len(chunk)
        offset += sent


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def upgrade(database: Database, revision: str = "head") -> Path | None:
    """Bring the schema to ``revision``; returns the backup file made first, if any.

    Raises :class:`SchemaTooNewError` for a database from a newer consular and
    :class:`NotConsularDatabaseError` for a file that has other tables.
    """
    current_state = state(database)
    if current_state == "newer":
        raise SchemaTooNewError(
            translate(
                "db.migrate",
                "'{describe}' was written by a newer version of consular (schema "
                "{current_revision}); update consular to open it.",
            ).format(describe=database.describe(), current_revision=current_revision(database))
        )
    if current_state == "foreign":
        raise NotConsularDatabaseError(
            translate(
                "db.migrate",
                "'{describe}' holds tables that are not consular's; choose a consular database or a new file.",
            ).format(describe=database.describe())
        )
    if current_state == "current" and revision == "head":
        return None
    backup = None
    if current_state == "old":
        backup = backup_sqlite(database, current_revision(database))
    from alembic import command

    with _write_transaction(database) as conn:
        config = alembic_config(database)
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    return backup


def ensure_schema(database: Database) -> Path | None:
    """What the app and CLI call on start: upgrade to head (backing up first if needed),
    then make sure the query planner has statistics (a sampled ANALYZE, once)."""
    from consular.db.dialect import has_statistics, refresh_statistics

    backup = upgrade(database, "head")
    with database.engine.begin() as conn:
        missing = not has_statistics(conn)
    if missing:
        with _write_transaction(database) as conn:
            if not has_statistics(conn):  # another process may have made them meanwhile
                refresh_statistics(conn)
    return backup


@contextlib.contextmanager
def _write_transaction(database: Database) -> Iterator[Connection]:
    """A transaction that starts as a write (BEGIN IMMEDIATE on SQLite): it reads before it
    writes, and begun as a plain read it would fail as busy, without waiting, whenever another
    connection (another window, this handle's idle full-text merge) committed in between."""
    with database.engine.connect() as conn:
        conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            yield conn
