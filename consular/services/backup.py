"""Backups, restore and checks of a SQLite database, and what to say when a file is damaged.

- :func:`backup`: SQLite's online backup (a consistent snapshot while others keep writing),
  encrypted under the same key as its source, with the ``.keys`` sidecar beside it. Written
  under a temporary name, its ``database.backup`` audit entry (file, size, SHA-256, the
  backup's chain head) committed, then renamed into place, 0600. Supervisors and admins.
- :func:`daily_backup`: the automatic one at the first start of the day, as whoever signs in
  first (every role: the copy goes to this installation's private backups folder).
- :func:`restore`: admins only. Verifies the backup first (every page, the schema, the audit
  chain), keeps the file it replaces, puts the backup and its key file in place, then writes
  into the restored database a ``database.restore`` entry that starts a new fork of its audit
  history (see :mod:`consular.services.audit_chain`, "Restores fork the history").
- :func:`check`: every page's HMAC and SQLite's integrity check.
- :func:`quick_check`: the bounded check run on every open.

A server database (PostgreSQL) is backed up with the server's tools (pg_dump); these refuse it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from consular import paths
from consular.db import cipher, engine, keyslots, migrate
from consular.db.engine import Database
from consular.db.models import User
from consular.domain.clock import wall_now
from consular.domain.errors import DamagedDatabaseError, NotConsularDatabaseError, UnlockError, UserError
from consular.i18n import translate
from consular.services import at_rest, audit_chain
from consular.services.context import DEFAULT_QUICK_CHECK_SECONDS, ServiceContext, actor_of
from consular.services.permissions import action

QUICK_CHECK_SECONDS = DEFAULT_QUICK_CHECK_SECONDS


@dataclass(frozen=True)
class Damage:
    """What is wrong with a database file, for the error line or the red banner."""

    path: Path | None
    problem: str
    latest_backup: Path | None

    @property
    def message(self) -> str:
        text = (
            translate("services.backup", "'{name}' is damaged or has been tampered with ({problem}).").format(
                name=self.path.name, problem=self.problem
            )
            if self.path is not None
            else translate("services.backup", "The database is damaged or has been tampered with ({problem}).").format(
                problem=self.problem
            )
        )
        if self.latest_backup is not None:
            return translate(
                "services.backup", "{text} Latest backup: {backup} (consular db restore FILE puts it back)."
            ).format(text=text, backup=self.latest_backup)
        return translate("services.backup", "{text} No backup of it was found.").format(text=text)

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
        try:
            rows = quick_check_rows(raw, seconds)
        except cipher.DatabaseError as exc:  # OperationalError among them
            if cipher.is_damage(exc):
                return Damage.of(database.path, str(exc))
            raise
    bad = [r for r in rows or () if r != "ok"]
    return Damage.of(database.path, bad[0]) if bad else None


def quick_check_rows(raw, seconds: float) -> list[str] | None:
    """``PRAGMA quick_check(5)``'s rows on the DB-API connection ``raw``, or None when it was
    stopped at ``seconds``.

    The limit is a thread that interrupts the connection from the deadline on until the check
    returns: SQLite calls a progress handler only between virtual-machine steps, and the check
    is one long step (a 2 s handler let it read a whole 11 GB file: 326 s), and an interrupt
    that arrives before the statement has started does nothing, so it is repeated."""
    lock = threading.Lock()
    finished = threading.Event()
    running = True

    def stop() -> None:
        if finished.wait(max(0.0, seconds)):
            return
        while True:
            with lock:
                if not running:  # never interrupt a later statement of this connection
                    return
                raw.interrupt()
            if finished.wait(0.01):
                return

    threading.Thread(target=stop, name="consular-quick-check-limit", daemon=True).start()
    try:
        return [str(r[0]) for r in raw.execute("PRAGMA quick_check(5)").fetchall()]
    except cipher.OperationalError as exc:
        if "interrupt" in str(exc).lower():
            return None
        raise
    finally:
        with lock:
            running = False
        finished.set()


@dataclass
class CheckReport:
    target: str
    problems: list[str] = field(default_factory=list)
    audit: str | None = None  # the audit chain's verdict, when that check is available
    seconds: float = 0.0
    head: audit_chain.ChainHead | None = None  # the audit chain's head, when it was checked

    @property
    def ok(self) -> bool:
        return not self.problems


def _sqlite_path(database: Database) -> Path:
    if database.path is None:
        raise UserError(
            translate(
                "services.backup",
                "Back up a server database with the server's own tools (pg_dump); consular backs up SQLite files.",
            )
        )
    return database.path


def check(database: Database, *, snapshot: bool = False) -> CheckReport:
    """Every page (HMAC on an encrypted file), SQLite's integrity and foreign-key checks, then
    the audit chain (``consular audit verify``). ``snapshot``: ``database`` is a backup, so
    anchors printed after it was taken are beyond its end by nature (noted, not problems)."""
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
        verified = audit_chain.verify(database, snapshot=snapshot)
        report.problems += [p.message for p in verified.problems]
        report.audit = audit_chain.summary(verified)
        report.head = verified.head
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
    sha256: str = ""
    head: str = "0:none"  # the backup's audit chain head (SEQ:HEX), as recorded in the audit entry


def default_backup_name(path: Path) -> Path:
    stamp = wall_now().strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.name}.{stamp}.bak")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _file_head(path: Path, key: bytes | None) -> str:
    """The audit chain head stored in the database file ``path`` (``SEQ:HEX``, "0:none")."""
    conn = cipher.connect(path, key)
    try:
        row = conn.execute("SELECT seq, chain FROM audit_chain_head").fetchone()
    except cipher.DatabaseError:
        row = None
    finally:
        conn.close()
    return audit_chain.ChainHead("", int(row[0]), str(row[1])).short if row and row[0] else "0:none"


@action("backup.backup")
def backup(ctx: ServiceContext, out: str | os.PathLike | None = None) -> BackupResult:
    """Copy the open database to ``out`` (default: ``<name>.<UTC time>.bak`` beside it) while
    others go on writing. The copy is encrypted like the source and its ``.keys`` file is
    written beside it. A ``database.backup`` audit entry (file, size, SHA-256, the copy's chain
    head) is committed before the file is put in place: no backup without its entry.

    Refuses to overwrite an existing file. Raises PermissionDeniedError (not a supervisor or an
    administrator), UserError for a server database, an existing ``out``, a missing folder, or a
    database open read-only (its audit entry cannot be written)."""
    return _backup(ctx, out, "database.backup")


def _backup(ctx: ServiceContext, out, audit_action: str) -> BackupResult:
    database = ctx.database
    source = _sqlite_path(database)
    target = Path(out).expanduser() if out is not None else default_backup_name(source)
    if target.exists():
        raise UserError(
            translate("services.backup", "'{target}' already exists; choose a new file name for the backup.").format(
                target=target
            )
        )
    if not target.parent.is_dir():
        raise UserError(
            translate("services.backup", "The folder '{parent}' does not exist.").format(parent=target.parent)
        )
    if database.read_only_reason:
        raise UserError(
            translate(
                "services.backup",
                "This database is open read-only ({read_only_reason}); it cannot be backed up here.",
            ).format(read_only_reason=database.read_only_reason)
        )
    started = time.perf_counter()
    work = target.with_name(f".{target.name}.partial")
    for leftover in (work, keyslots.keys_path(work)):
        leftover.unlink(missing_ok=True)
    try:
        method = migrate.online_backup(source, database.key, work)
        size, digest, head = work.stat().st_size, file_sha256(work), _file_head(work, database.key)
        after = {"file": str(target), "size": size, "sha256": digest, "head": head, "method": method}
        with ctx.transaction(write=True) as session:
            ctx.audit(session, audit_action, "database", None, after=after)
        if keyslots.exists(work):
            os.replace(keyslots.keys_path(work), keyslots.keys_path(target))
        os.replace(work, target)
    except BaseException:
        for leftover in (work, keyslots.keys_path(work)):
            leftover.unlink(missing_ok=True)
        raise
    keys = keyslots.keys_path(target) if database.key is not None else None
    return BackupResult(target, keys, size, time.perf_counter() - started, method, digest, head)


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    replaced: Path | None  # where the file that was there before was kept
    report: CheckReport
    fork: str = ""  # the fork id the restored history now carries (see audit_chain)
    forked_at: int = 0  # the backup's last audit entry: entries after it in the replaced file are rolled back


def verify_backup(backup_file: Path, key: bytes | None, *, username: str | None = None) -> CheckReport:
    """Everything :func:`check` does, plus: the file holds a consular schema this version can
    open, and (with ``username``) that account is active in it, so that the restore can be
    recorded in the restored database under the name of whoever restores it. Nothing is
    written to the backup."""
    database = engine.open_database(backup_file, key=key, read_only="verifying a backup")
    try:
        report = check(database, snapshot=True)
        if report.ok:
            state = migrate.state(database)
            if state in ("foreign", "empty"):
                report.problems.append("it holds no consular database")
            elif state == "newer":
                report.problems.append("it was written by a newer consular")
            elif username is not None and _active_user(database, username) is None:
                report.problems.append(
                    f"it has no active account '{username}': the restore could not be recorded in it under your "
                    "name, and you could not sign in to it afterwards. An administrator who is in the backup "
                    "restores it."
                )
        return report
    finally:
        database.dispose()


def _active_user(database: Database, username: str) -> User | None:
    with database.session() as session:
        user = session.scalar(select(User).where(User.username == username))
        return user if user is not None and user.active else None


def backup_key(
    backup_file: str | os.PathLike,
    username: str | None,
    password: str | None = None,
    *,
    recovery_key: str | None = None,
) -> bytes | None:
    """The key that opens ``backup_file``: None for a plaintext backup; else through the
    backup's own key file, with ``username``'s password in it or the recovery key. These are
    the slots the backup was taken with, which may differ from the open database's (another
    database, or before a ``db rekey``). Raises NotConsularDatabaseError (no such file) or
    UnlockError (wrong password, no key file)."""
    source = Path(backup_file).expanduser()
    if not source.is_file():
        raise NotConsularDatabaseError(
            translate("services.backup", "There is no backup file '{source}'.").format(source=source)
        )
    if cipher.file_kind(source) != "encrypted":
        return None
    if recovery_key:
        return at_rest.unlock_with_recovery(source, recovery_key)
    if password is None:
        raise UnlockError(
            translate(
                "services.backup", "'{source_name}' is encrypted: its key file is opened with your password."
            ).format(source_name=source.name)
        )
    return at_rest.unlock(source, username, password)


def opens_with(backup_file: str | os.PathLike, key: bytes | None) -> bool:
    """True when ``key`` opens ``backup_file`` (a backup of this database under its key)."""
    source = Path(backup_file).expanduser()
    if cipher.file_kind(source) != "encrypted":
        return key is None
    if key is None:
        return False
    try:
        cipher.verify_key(source, key)
    except cipher.CipherError:
        return False
    return True


@action("backup.restore")
def restore(
    ctx: ServiceContext,
    backup_file: str | os.PathLike,
    key: bytes | None = None,
    *,
    password: str | None = None,
    recovery_key: str | None = None,
    target: str | os.PathLike | None = None,
) -> RestoreResult:
    """Put ``backup_file`` (and its ``.keys``) in place of the open database (or ``target``),
    after it verifies. The file it replaces is kept as ``<name>.replaced-<time>`` with its key
    file. ``ctx``'s database handle is closed; open the restored file anew (under the backup's
    key, which this process remembers). Administrators only.

    The backup is opened with ``key``, else through its own key file with ``password`` (the
    restoring account's password in the backup) or ``recovery_key``. After the file is in
    place a ``database.restore`` entry is written into the restored database: from which file
    (and its SHA-256), the backup's chain head, what it replaced, and a new fork id. Anchors
    printed before the restore and beyond the backup's head are then told apart from a
    rewritten history by ``consular audit verify``.

    Raises PermissionDeniedError (not an administrator), NotConsularDatabaseError (no such
    backup), UnlockError (its key file does not open with what was given),
    DamagedDatabaseError if it does not verify or lacks the restoring account (nothing is
    changed then), UserError for a server database."""
    source = Path(backup_file).expanduser()
    dest = Path(target).expanduser() if target is not None else _sqlite_path(ctx.database)
    if not source.is_file():
        raise NotConsularDatabaseError(
            translate("services.backup", "There is no backup file '{source}'.").format(source=source)
        )
    if key is None and cipher.file_kind(source) == "encrypted":
        key = backup_key(source, ctx.actor.username, password, recovery_key=recovery_key)
    report = verify_backup(source, key, username=ctx.actor.username)
    if not report.ok:
        raise DamagedDatabaseError(
            translate(
                "services.backup", "The backup '{source_name}' did not verify, so nothing was restored: {problems}"
            ).format(source_name=source.name, problems=report.problems[0])
        )
    digest = file_sha256(source)
    replaced_head, replaced_forks = None, []
    if ctx.database.path is not None and ctx.database.path == dest.resolve():
        with contextlib.suppress(Exception):  # a damaged database may not say; the restore goes on
            value = audit_chain.current_head(ctx)
            replaced_head = value.short if value is not None else None
            with ctx.database.session() as session:
                known = audit_chain.forks_in(session)
            # Anchors printed on the replaced history (its own forks included) are rolled back now.
            replaced_forks = sorted({f.fork for f in known} | {old for f in known for old in f.replaced})
        ctx.database.dispose()  # nobody here holds the file any more
    replaced = _put_in_place(source, dest)
    at_rest.forget_key(dest)
    at_rest.remember_key(dest, key)  # the restored file's key, for this process's next open of it
    fork = secrets.token_hex(6)
    head = report.head
    after = {
        "from": str(source),
        "sha256": digest,
        "backup_head": head.short if head is not None and head.seq else "0:none",
        "fork": fork,
        "forked_at": head.seq if head is not None else 0,
        "replaced": str(replaced) if replaced is not None else None,
        "replaced_head": replaced_head,
        "replaced_forks": replaced_forks,
    }
    restored = engine.open_database(dest, key=key)
    try:
        migrate.ensure_schema(restored)  # an older backup is brought to this version's schema (copied aside first)
        user = _active_user(restored, ctx.actor.username)
        rctx = ServiceContext(restored, actor_of(user), ctx.settings, ctx.clock)
        with rctx.transaction(write=True) as session:
            rctx.audit(session, audit_chain.RESTORE_ACTION, "database", None, after=after)
    finally:
        restored.dispose()
    return RestoreResult(dest, replaced, report, fork, after["forked_at"])


def _put_in_place(source: Path, dest: Path) -> Path | None:
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
        for side in ("-wal", "-shm"):
            # The replaced file's log goes with it (its last commits may still be there).
            with contextlib.suppress(FileNotFoundError):
                os.replace(str(dest) + side, str(replaced) + side)
    for side in ("-wal", "-shm", "-journal"):
        Path(str(dest) + side).unlink(missing_ok=True)
    keyslots.keys_path(dest).unlink(missing_ok=True)
    if keyslots.exists(source):
        keyslots.save(keyslots.load(source), keyslots.keys_path(dest))
    os.replace(work, dest)
    return replaced


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@action("backup.daily_backup")
def daily_backup(ctx: ServiceContext, *, keep: int = 7, folder: Path | None = None) -> BackupResult | None:
    """The automatic backup at the first start of the day, as whoever signs in first (every
    role: it goes to this installation's private backups folder, not a place they choose):
    ``<stem>-<YYYYMMDD>.db`` in :func:`backups_dir` (or ``folder``) unless today's exists,
    audited as ``database.daily_backup``; then only the newest ``keep`` of that database's
    daily backups are kept (with their key files). None when today's was already made, for a
    server database or one open read-only."""
    database = ctx.database
    if database.path is None or database.read_only_reason:
        return None
    where = paths.private_dir(folder) if folder is not None else backups_dir()
    stem = database.path.stem
    today = where / f"{stem}-{wall_now().strftime('%Y%m%d')}.db"
    result = None if today.exists() else _backup(ctx, today, "database.daily_backup")
    dailies = sorted(p for p in where.glob(f"{stem}-????????.db") if p.name[len(stem) + 1 : -3].isdigit())
    for old in dailies[: max(0, len(dailies) - max(1, keep))]:
        old.unlink(missing_ok=True)
        keyslots.keys_path(old).unlink(missing_ok=True)
    return result
