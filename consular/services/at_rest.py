"""Encryption at rest: unlocking a database's key, key slots for accounts, converting a
plaintext database, replacing the key, and what a connection protects.

The model (see :mod:`consular.db.keyslots`): one random key per database file, sealed in one
slot per account under a key derived from that account's password with Argon2id, plus one
recovery slot. The account functions call :func:`password_set` whenever a password is set
and :func:`account_disabled` when an account is disabled; on a plaintext SQLite file or a
server database both do nothing.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, text

from consular.db import cipher, keyslots
from consular.db.engine import Database
from consular.db.models import Post, User
from consular.domain.errors import DamagedDatabaseError, NotConsularDatabaseError, UnlockError, UserError
from consular.i18n import QT_TRANSLATE_NOOP, translate
from consular.services.context import ServiceContext, Settings, actor_of

WRONG = QT_TRANSLATE_NOOP("services.accounts", "Wrong user name or password.")

# Keys unlocked in this process, by resolved file path: a database created here (the demo) or
# unlocked by a sign-in can be opened again by the same process without asking again. Never
# written anywhere; gone when the process ends.
_unlocked: dict[str, bytes] = {}


def remember_key(path: str | os.PathLike, key: bytes | None) -> None:
    """Keep ``key`` for ``path`` for the rest of this process (see :data:`_unlocked`)."""
    if key is not None:
        _unlocked[str(Path(path).expanduser().resolve())] = key


def forget_key(path: str | os.PathLike) -> None:
    _unlocked.pop(str(Path(path).expanduser().resolve()), None)


def remembered_key(path: str | os.PathLike) -> bytes | None:
    return _unlocked.get(str(Path(path).expanduser().resolve()))


def unlock(path: str | os.PathLike, user: str | None, password: str | None) -> bytes:
    """The key of the encrypted SQLite file ``path``, from ``user``'s slot.

    Raises UnlockError (no credentials, wrong name or password, missing or foreign key file).
    """
    if password is None and (known := remembered_key(path)) is not None:
        return known
    if keyslots.exists(path) and (bootstrap := keyslots.load(path).bootstrap_key) is not None:
        return bootstrap  # no account yet: nothing in it to protect (see keyslots.create)
    if not user or password is None:
        raise UnlockError(
            translate(
                "services.at_rest",
                "'{name}' is encrypted: sign in with your user name and password (--user NAME) to open it.",
            ).format(name=Path(path).name)
        )
    settings = Settings.from_environment()
    try:
        key = keyslots.unlock(
            path,
            user,
            password,
            lockout_attempts=getattr(settings, "lockout_attempts", 5),
            lockout_minutes=getattr(settings, "lockout_minutes", 15.0),
        )
    except keyslots.WrongPasswordError:
        raise UnlockError(translate("services.accounts", WRONG)) from None
    except keyslots.KeySlotError as exc:  # locked, disabled, no key file
        raise UnlockError(str(exc)) from None
    remember_key(path, key)  # for this process's other handles on the file (never written anywhere)
    return key


def is_encrypted_file(path: str | os.PathLike) -> bool:
    """True for an existing SQLite path that is not a plaintext SQLite file."""
    return cipher.file_kind(path) == "encrypted"


def unlock_with_recovery(path: str | os.PathLike, recovery_key: str) -> bytes:
    try:
        return keyslots.unlock_recovery(path, recovery_key)
    except keyslots.KeySlotError as exc:
        raise UnlockError(str(exc)) from None


def new_database_key(path: str | os.PathLike) -> bytes:
    """A fresh key for a new SQLite file at ``path``, with an empty slots file beside it.
    The caller adds the first account's slot (:func:`password_set`) before disposing."""
    key = cipher.new_key()
    keyslots.create(path, key, replace=not Path(path).exists() or Path(path).stat().st_size == 0, bootstrap=True)
    return key


def password_set(database: Database, username: str, password: str) -> None:
    """Give ``username`` a key slot opened by ``password`` (or rewrap its slot): called by the
    account functions whenever a password is set. Nothing for a plaintext or server database."""
    if database.key is None or database.path is None:
        return
    keyslots.add_slot(database.path, database.key, username, password)


def account_disabled(database: Database, username: str) -> None:
    """Remove ``username``'s key slot (a disabled account's password no longer unlocks)."""
    if database.key is None or database.path is None:
        return
    keyslots.remove_slot(database.path, username, disabled=True)


def post_names(session) -> list[str]:
    """The display names of the posts in a database, by post code (as the lists show them)."""
    return list(session.scalars(select(Post.name).order_by(Post.code)))


def posts_changed(database: Database) -> None:
    """Keep the posts' names beside the key slots of an encrypted file, where the sign-in
    dialog reads them before the file is unlocked (:mod:`consular.db.keyslots`). Called after a
    post is created or renamed, and at ``db init``; nothing for a plaintext or server database,
    whose posts are read from the database itself."""
    if database.key is None or database.path is None or not keyslots.exists(database.path):
        return
    with database.session() as session:
        names = post_names(session)
    keyslots.set_posts(database.path, names)


def record_slot_events(database: Database) -> int:
    """Write into the audit trail the wrong passwords and lockouts that happened at the key
    slots (before the file could be opened); returns how many. Called once signed in."""
    if database.key is None or database.path is None:
        return 0
    events = keyslots.take_events(database.path)
    if not events:
        return 0
    written = 0
    # Begun as a write: reading the accounts first, a plain read transaction would fail as busy
    # (and these events, already taken from the key slots, go unrecorded) if another window
    # committed in between.
    with database.session(write=True) as session:
        for name, items in events.items():
            user = session.scalar(select(User).where(User.username == name))
            if user is None:
                continue
            ctx = ServiceContext(database, actor_of(user))
            for kind, at in items:
                if kind == "lockout":
                    ctx.audit(session, "auth.lockout", "user", user.id, after={"locked_until": at, "at": "key slot"})
                else:
                    reason = f"wrong password (key slot, {at})"
                    ctx.audit(
                        session, "auth.sign_in_failed", "user", user.id, after={"username": name, "reason": reason}
                    )
                written += 1
    return written


def issue_recovery_key(database: Database) -> str | None:
    """A new recovery key (replacing any earlier one), to show once: it unlocks the database
    if every password is lost. None for a plaintext or server database."""
    if database.key is None or database.path is None:
        return None
    return keyslots.add_recovery(database.path, database.key)


def has_key_file(path: str | os.PathLike) -> bool:
    return keyslots.exists(path)


def key_without_password(path: str | os.PathLike) -> bytes | None:
    """The key of ``path`` when no password is needed: unlocked in this process, or a new
    database with no account yet (its bootstrap slot)."""
    known = remembered_key(path)
    if known is None and keyslots.exists(path):
        known = keyslots.load(path).bootstrap_key
    return known


def is_bootstrapped(path: str | os.PathLike) -> bool:
    """A database created with no account yet, whose key is still in its bootstrap slot
    (``db init`` replaces the key once the administrator has a slot)."""
    return keyslots.exists(path) and keyslots.load(path).bootstrap_key is not None


def slot_names(path: str | os.PathLike) -> list[str]:
    return keyslots.load(path).names() if keyslots.exists(path) else []


def recover_account(path: str | os.PathLike, recovery_key: str, username: str, new_password: str) -> None:
    """With the recovery key, give ``username`` a slot under ``new_password`` (the account's
    own password in the database is reset separately, by an administrator)."""
    key = unlock_with_recovery(path, recovery_key)
    keyslots.add_slot(path, key, username, new_password)


# --- converting and rekeying ---------------------------------------------------------------


@dataclass(frozen=True)
class EncryptResult:
    path: Path
    recovery_key: str


def encrypt_database(path: str | os.PathLike, username: str, password: str) -> EncryptResult:
    """Convert the plaintext consular database ``path`` to SQLCipher in place
    (``sqlcipher_export`` into a new file beside it). The plaintext original is deleted only
    after the copy opens under the new key and passes every page check; ``username`` gets the
    first slot and a recovery key is made. Nobody else may have the file open.

    Raises UserError if the file is missing, already encrypted, or not a SQLite file;
    DamagedDatabaseError if the copy does not verify (the original is then kept).
    """
    source = Path(path)
    kind = cipher.file_kind(source)
    if kind == "encrypted":
        raise UserError(
            translate("services.at_rest", "'{source_name}' is already encrypted.").format(source_name=source.name)
        )
    if kind != "plaintext":
        raise NotConsularDatabaseError(
            translate("services.at_rest", "There is no database at '{source}'.").format(source=source)
        )
    work = source.with_name(source.name + ".encrypting")
    for leftover in (work, keyslots.keys_path(work)):
        leftover.unlink(missing_ok=True)
    _checkpoint(source, None)
    key = cipher.new_key()
    try:
        cipher.export(source, None, work, key)
        os.chmod(work, 0o600)
        problems = _verify(work, key, like=source)
        if problems:
            raise DamagedDatabaseError(
                translate(
                    "services.at_rest",
                    "The encrypted copy did not verify ({problems}); '{source_name}' was left as it was.",
                ).format(problems=problems[0], source_name=source.name)
            )
        keyslots.create(source, key, replace=True)
        keyslots.set_posts(source, _plaintext_post_names(source))
        keyslots.add_slot(source, key, username, password)
        recovery = keyslots.add_recovery(source, key)
        os.replace(work, source)
        _fsync_dir(source.parent)
        for side in ("-wal", "-shm", "-journal"):
            Path(str(source) + side).unlink(missing_ok=True)
    except BaseException:
        work.unlink(missing_ok=True)
        raise
    return EncryptResult(source, recovery)


def rekey_database(database_path: str | os.PathLike, old_key: bytes, username: str, password: str) -> str:
    """Replace the key of an encrypted database (every page re-encrypted). Every other slot is
    dropped, as the others' passwords are not known here: they get a slot again when an
    administrator resets their password. Returns the new recovery key."""
    path = Path(database_path)
    _checkpoint(path, old_key)
    new = cipher.new_key()
    cipher.rekey(path, old_key, new)
    keyslots.create(path, new, replace=True, keep_posts=True)
    keyslots.add_slot(path, new, username, password)
    forget_key(path)
    remember_key(path, new)  # this process had the old key; it keeps the new one
    return keyslots.add_recovery(path, new)


def _plaintext_post_names(path: Path) -> list[str]:
    conn = cipher.connect(path, None)
    try:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'posts'").fetchone() is None:
            return []  # an empty schema: no post to name
        return [row[0] for row in conn.execute("SELECT name FROM posts ORDER BY code")]
    finally:
        conn.close()


def _checkpoint(path: Path, key: bytes | None) -> None:
    conn = cipher.connect(path, key, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _verify(path: Path, key: bytes | None, *, like: Path | None = None) -> list[str]:
    conn = cipher.connect(path, key)
    try:
        problems = cipher.page_problems(conn)
        if like is not None and not problems:
            problems = _same_counts(conn, like)
    finally:
        conn.close()
    return problems


def _same_counts(conn, original: Path) -> list[str]:
    ref = cipher.connect(original, None)
    try:
        tables = [
            r[0]
            for r in ref.execute("SELECT name FROM sqlite_master WHERE type='table' AND sql NOT LIKE 'CREATE VIRTUAL%'")
        ]
        for name in tables:
            quoted = '"' + name.replace('"', '""') + '"'
            a = ref.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
            b = conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
            if a != b:
                return [f"table {name}: {b} rows in the copy, {a} in the original"]
    finally:
        ref.close()
    return []


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# --- what the connection protects ------------------------------------------------------------


@dataclass(frozen=True)
class ConnectionSecurity:
    """What protects the data on its way and at rest, for the status bar."""

    kind: str  # "sqlite" or the server dialect
    encrypted_at_rest: bool | None  # None: the server's business (ask for disk encryption)
    tls: bool | None  # None: no network (a local file)
    detail: str

    @property
    def warning(self) -> str | None:
        """A line for the status bar when something is not protected, else None."""
        if self.tls is False:
            return "The connection to the database server is not encrypted (no TLS): ask for sslmode=verify-full."
        if self.encrypted_at_rest is False:
            return "This database file is not encrypted: run 'consular db encrypt'."
        return None


def connection_security(database: Database) -> ConnectionSecurity:
    """Whether the file is encrypted (SQLite) or the server connection uses TLS (PostgreSQL)."""
    name = database.engine.dialect.name
    if name == "sqlite":
        if database.encrypted:
            return ConnectionSecurity(name, True, None, "SQLCipher 4 (AES-256, HMAC-SHA512 per page)")
        return ConnectionSecurity(name, False, None, "plaintext SQLite file")
    if name == "postgresql":
        with database.engine.connect() as conn:
            row = conn.execute(
                text("SELECT ssl, version, cipher FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).first()
        if row is None or not row[0]:
            return ConnectionSecurity(name, None, False, "no TLS")
        return ConnectionSecurity(name, None, True, f"TLS {row[1]} ({row[2]})")
    return ConnectionSecurity(name, None, None, name)
