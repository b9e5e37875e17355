"""Backups, restore and checks of a SQLite database, and what to say when a file is damaged.

- :func:`backup`: SQLite's online backup (a consistent snapshot while others keep writing),
  encrypted under the same key as its source, with the ``.keys`` sidecar beside it. Written
  under a temporary name and renamed once complete, 0600.
- :func:`restore`: verifies the backup first (every page, the schema, and the audit chain when
  that check is available), keeps the file it replaces, then puts the backup and its key file
  in place.
- :func:`check`: every page's HMAC and SQLite's integrity check.
- :func:`quick_check`: the bounded check run on every open.

A server database (PostgreSQL) is backed up with the server's tools (pg_dump); these refuse it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from consular import paths
from consular.db import cipher, keyslots, migrate
from consular.db.engine import Database
from consular.domain.clock import wall_now
from consular.domain.errors import DamagedDatabaseError, NotConsularDatabaseError, UserError
from consular.services import audit_chain

QUICK_CHECK_SECONDS = 2.0


@dataclass(frozen=True)
class Damage:
    """What is wrong with a database file, for the error line or the red banner."""

    path: Path | None
    problem: str
    latest_backup: Path | None

    @property
    def message(self) -> str:
        name = f"'{self.path.name}'" if self.path is not None else "The database"
        text = f"{name} is damaged or has been tampered with ({self.problem})."
        if self.latest_backup is not None:
            return f"{text} Latest backup: {self.latest_backup} (consular db restore FILE puts it back)."
        return f"{text} No backup of it was found."

    @classmethod
    def of(cls, path: Path | None, problem: str, *, encrypted: bool = False) -> Damage:
        del encrypted  # the wording is the same: a failed HMAC and a broken b-tree both mean "do not trust"
        return cls(path, _short(problem), latest_backup(path) if path is not None else None)


def _short(problem: str) -> str:
    return " ".join(str(problem).split())[:160]


def backups_dir() -> Path:
    """Where automatic backups go (0700)."""
    return paths.private_dir(paths.data_dir() / "backups")


def latest_backup(path: Path) -> Path | None:
    """The newest backup of the database ``path`` that we know of: ``<name>.*.bak`` beside it
    (made before upgrades and by 'db backup' by default) or ``<stem>-*.db`` in backups_dir()."""
    candidates = [p for p in path.parent.glob(f"{path.name}.*.bak") if p.is_file()]
    with contextlib.suppress(OSError):
        candidates += [p for p in backups_dir().glob(f"{path.stem}-*.db") if p.is_file()]
    if not candidates:
        return None
    return max(candidates, key=lambda p: p.stat().st_mtime)


def quick_check(database: Database, seconds: float = QUICK_CHECK_SECONDS) -> Damage | None:
    """SQLite's ``quick_check`` (on an encrypted file it reads, and so checks the HMAC of,
    every b-tree page), stopped after ``seconds``: None when sound or not finished in time.
    A file whose first page cannot be read raises the driver's error instead."""
    with database.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        deadline = time.monotonic() + seconds
        raw.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 20_000)
        try:
            rows = [str(r[0]) for r in raw.execute("PRAGMA quick_check(5)").fetchall()]
        except cipher.OperationalError as exc:
            if "interrupt" in str(exc).lower():
                return None
            if cipher.is_damage(exc):
                return Damage.of(database.path, str(exc))
            raise
        except cipher.DatabaseError as exc:
            if cipher.is_damage(exc):
                return Damage.of(database.path, str(exc))
            raise
        finally:
            raw.set_progress_handler(None, 0)
    bad = [r for r in rows if r != "ok"]
    return Damage.of(database.path, bad[0]) if bad else None


@dataclass
class CheckReport:
    target: str
    problems: list[str] = field(default_factory=list)
    audit: str | None = None  # the audit chain's verdict, when that check is available
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems


def _sqlite_path(database: Database) -> Path:
    if database.path is None:
        raise UserError(
            "Back up a server database with the server's own tools (pg_dump); consular backs up SQLite files."
        )
    return database.path


def check(database: Database) -> CheckReport:
    """Every page (HMAC on an encrypted file), SQLite's integrity and foreign-key checks, then
    the audit chain (``consular audit verify``)."""
    started = time.perf_counter()
    report = CheckReport(database.describe())
    path = _sqlite_path(database)
    report.problems += _page_problems(path, database.key)
    if not report.problems:
        conn = cipher.connect(path, database.key)
        try:
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            report.problems += [f"row {r[1]} of {r[0]} points to a missing {r[2]}" for r in fk[:20]]
        finally:
            conn.close()
    if not report.problems and migrate.state(database) == "current":
        verified = audit_chain.verify(database)
        report.problems += [p.message for p in verified.problems]
        report.audit = audit_chain.summary(verified)
    report.seconds = time.perf_counter() - started
    return report


def _page_problems(path: Path, key: bytes | None) -> list[str]:
    try:
        conn = cipher.connect(path, key)
    except cipher.DatabaseError as exc:
        return [str(exc)]
    try:
        if key is not None:
            conn.execute("PRAGMA cipher_log_level = NONE")
        return cipher.page_problems(conn)
    finally:
        conn.close()


@dataclass(frozen=True)
class BackupResult:
    path: Path
    keys: Path | None
    size: int
    seconds: float
    method: str = "snapshot"  # or "backup-api" (see consular.db.migrate.online_backup)


def default_backup_name(path: Path) -> Path:
    stamp = wall_now().strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.name}.{stamp}.bak")


def backup(database: Database, out: str | os.PathLike | None = None) -> BackupResult:
    """Copy ``database`` to ``out`` (default: ``<name>.<UTC time>.bak`` beside it) while others
    go on writing. The copy is encrypted like the source and its ``.keys`` file is written
    beside it. Refuses to overwrite an existing file. Raises UserError for a server database,
    an existing ``out`` or a missing folder."""
    source = _sqlite_path(database)
    target = Path(out).expanduser() if out is not None else default_backup_name(source)
    if target.exists():
        raise UserError(f"'{target}' already exists; choose a new file name for the backup.")
    if not target.parent.is_dir():
        raise UserError(f"The folder '{target.parent}' does not exist.")
    started = time.perf_counter()
    work = target.with_name(f".{target.name}.partial")
    for leftover in (work, keyslots.keys_path(work)):
        leftover.unlink(missing_ok=True)
    try:
        method = migrate.online_backup(source, database.key, work)
        if keyslots.exists(work):
            os.replace(keyslots.keys_path(work), keyslots.keys_path(target))
        os.replace(work, target)
    except BaseException:
        for leftover in (work, keyslots.keys_path(work)):
            leftover.unlink(missing_ok=True)
        raise
    keys = keyslots.keys_path(target) if database.key is not None else None
    return BackupResult(target, keys, target.stat().st_size, time.perf_counter() - started, method)


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    replaced: Path | None  # where the file that was there before was kept
    report: CheckReport


def verify_backup(backup_file: Path, key: bytes | None) -> CheckReport:
    """Everything :func:`check` does, plus: the file holds a consular schema this version can
    open. Nothing is written to the backup."""
    from consular.db import engine

    database = engine.open_database(backup_file, key=key, read_only="verifying a backup")
    try:
        report = check(database)
        if report.ok:
            state = migrate.state(database)
            if state in ("foreign", "empty"):
                report.problems.append("it holds no consular database")
            elif state == "newer":
                report.problems.append("it was written by a newer consular")
        return report
    finally:
        database.dispose()


def restore(backup_file: str | os.PathLike, target: str | os.PathLike, key: bytes | None) -> RestoreResult:
    """Put ``backup_file`` (and its ``.keys``) in place of the database ``target``, after it
    verifies. The file it replaces is kept as ``<name>.replaced-<time>`` with its key file.
    Nobody may have ``target`` open. ``key`` unlocks the backup (None for a plaintext one).

    Raises NotConsularDatabaseError if there is no such backup, DamagedDatabaseError if it does
    not verify (nothing is changed then)."""
    source = Path(backup_file).expanduser()
    dest = Path(target).expanduser()
    if not source.is_file():
        raise NotConsularDatabaseError(f"There is no backup file '{source}'.")
    report = verify_backup(source, key)
    if not report.ok:
        raise DamagedDatabaseError(
            f"The backup '{source.name}' did not verify, so nothing was restored: {report.problems[0]}"
        )
    stamp = wall_now().strftime("%Y%m%dT%H%M%SZ")
    replaced = None
    work = dest.with_name(f".{dest.name}.restoring")
    work.unlink(missing_ok=True)
    shutil.copyfile(source, work)
    os.chmod(work, 0o600)
    _fsync(work)
    if dest.exists():
        replaced = dest.with_name(f"{dest.name}.replaced-{stamp}")
        os.replace(dest, replaced)
        if keyslots.exists(dest):
            os.replace(keyslots.keys_path(dest), keyslots.keys_path(replaced))
    for side in ("-wal", "-shm", "-journal"):
        Path(str(dest) + side).unlink(missing_ok=True)
    if keyslots.exists(source):
        keyslots.save(keyslots.load(source), keyslots.keys_path(dest))
    os.replace(work, dest)
    return RestoreResult(dest, replaced, report)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def restore_file(backup_file: str | os.PathLike, target: str | os.PathLike, user: str | None, password: str | None):
    """:func:`restore` for a face: an encrypted backup is unlocked through its own key file
    with ``user``'s password (the slots it was taken with)."""
    from consular.services import at_rest

    source = Path(backup_file).expanduser()
    if not source.is_file():
        raise NotConsularDatabaseError(f"There is no backup file '{source}'.")
    key = at_rest.unlock(source, user, password) if cipher.file_kind(source) == "encrypted" else None
    return restore(source, target, key)


def daily_backup(database: Database, *, keep: int = 7, folder: Path | None = None) -> BackupResult | None:
    """The automatic backup at the first start of the day: ``<stem>-<YYYYMMDD>.db`` in
    :func:`backups_dir` (or ``folder``) unless today's exists, then only the newest ``keep``
    of that database's daily backups are kept (with their key files). None when today's was
    already made, or for a server database."""
    if database.path is None:
        return None
    where = paths.private_dir(folder) if folder is not None else backups_dir()
    stem = database.path.stem
    today = where / f"{stem}-{wall_now().strftime('%Y%m%d')}.db"
    result = None if today.exists() else backup(database, today)
    dailies = sorted(p for p in where.glob(f"{stem}-????????.db") if p.name[len(stem) + 1 : -3].isdigit())
    for old in dailies[: max(0, len(dailies) - max(1, keep))]:
        old.unlink(missing_ok=True)
        keyslots.keys_path(old).unlink(missing_ok=True)
    return result
