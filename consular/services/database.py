"""Opening a database: the one entry point both faces use.

``open_database(target, user)`` opens a SQLite file or server URL, checks that it is a
consular database this version can use, upgrades an older schema (a SQLite file is copied
aside first), signs the user in and returns an :class:`OpenedDatabase`: the handle to pass
to every service call (``.ctx``), the engine to dispose of when done (``.database``), and what
happened on the way (``.before``, ``.backup``, ``.created``).

Everything here runs inside :func:`consular.services.errors.translated`, so a locked,
damaged, foreign or unreachable database comes out as a :class:`UserError` with a plain
message; anything else is a bug.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from consular.db import cipher, clean_close, engine, keyslots, migrate
from consular.db.engine import Database
from consular.domain.clock import Clock, ShiftedClock, SystemClock, end_of_day
from consular.domain.errors import DamagedDatabaseError, NotConsularDatabaseError, UserError
from consular.i18n import translate
from consular.repositories.activity import latest_event_at
from consular.services import accounts, at_rest
from consular.services import backup as backup_service
from consular.services.context import ServiceContext, Settings, actor_for
from consular.services.errors import translated

T = TypeVar("T")

# What a database's schema is, as migrate.state says, plus "missing" (no file yet).
STATE_MEANINGS = {
    "empty": "no consular schema yet; 'consular db upgrade' creates it",
    "current": "up to date",
    "old": "older schema; 'consular db upgrade' (or starting consular) upgrades it after a backup",
    "newer": "written by a newer consular; update consular to use it",
    "foreign": "holds tables that are not consular's",
    "missing": "no database file yet; 'consular db upgrade' creates it",
    "encrypted": "encrypted; sign in to open it and see its schema",
}


class DatabaseExistsError(UserError):
    """A new database was asked for at a file that already exists."""


@dataclass(frozen=True)
class SchemaStatus:
    """Where a database's schema stands, without changing anything."""

    target: str  # display form, never with a password
    state: str  # a key of STATE_MEANINGS
    revision: str | None
    head: str

    @property
    def meaning(self) -> str:
        return STATE_MEANINGS[self.state]


@dataclass
class OpenedDatabase:
    """An open database and what opening it did. Dispose of ``database`` when done."""

    target: str
    database: Database
    ctx: ServiceContext | None  # None when opened with sign_in=False
    before: SchemaStatus  # as it was before the upgrade
    backup: Path | None  # the copy made before upgrading, if one was made
    upgraded: bool  # the schema was created or upgraded
    # Set when the quick check on open found the file damaged: it is then open read-only.
    damage: backup_service.Damage | None = None

    @property
    def created(self) -> bool:
        """The consular schema was created now (the file was new or empty)."""
        return self.before.state in ("missing", "empty")

    def dispose(self) -> None:
        self.database.dispose()


def open_database(
    target: str | os.PathLike,
    user: str | None = None,
    *,
    mode: str = "open_or_create",
    upgrade: bool = True,
    sign_in: bool = True,
    password: str | None = None,
    clock: Clock | None = None,
    key: bytes | None = None,
) -> OpenedDatabase:
    """Open ``target`` (a SQLite path or a SQLAlchemy URL) for work.

    ``mode``: "open" wants an existing file, "create" a new one (or an empty file),
    "open_or_create" takes either (server URLs are never checked for existence).
    ``upgrade``: bring the schema to this version's (after a backup of a SQLite file).
    ``sign_in``: sign ``user`` in and build the ServiceContext. With ``password``, through
    :func:`consular.services.accounts.sign_in` (checked, audited, lockout; SignInError). Without
    one, the account is only looked up (``actor_for``: no password check): that is for the
    desktop window until its sign-in dialog exists, and must not be used by a face that can
    ask for a password.
    ``clock``: what "now" is for the context (default the real time; ``FixedClock`` for
    ``--as-of``, :func:`demo_clock` for the demo).

    Encryption (SQLite): an encrypted file is unlocked with ``key``, else with ``user``'s key
    slot and ``password``. A new file is created encrypted under ``key`` or a fresh key
    (``.database.key``); its first account's slot is added when that account's password is
    set (:func:`consular.services.at_rest.password_set`). A plaintext file still opens.
    On open a quick check (bounded in time) reads the file; a damaged one is opened
    read-only and ``.damage`` says what is wrong and names the latest backup.

    Raises UnlockError (encrypted and no or wrong credentials), DamagedDatabaseError (the file
    fails its page checks before anything can be read), NotConsularDatabaseError (not ours,
    no such file), SchemaTooNewError,
    DatabaseExistsError, DatabaseLockedError, DiskFullError or UserError (cannot connect,
    read-only); any other exception is a bug.
    """
    if mode not in ("open", "create", "open_or_create"):
        raise ValueError(f"unknown mode {mode!r}")
    raw = os.fspath(target)
    _check_path(raw, mode)
    # Before anything opens the file (consular.db.clean_close).
    closed_cleanly = "://" not in raw and clean_close.unchanged(engine.url_for(raw).database)
    key = _key_for(raw, user, password, key)
    database = _engine(raw, key=key)
    damage = None
    try:
        where = database.describe()
        if database.path is not None and database.path.exists() and database.path.stat().st_size > 0:
            # A file that is not SQLite's (nor keyed) is refused before SQLite reads a byte.
            migrate.check_sqlite_file(database.path, keyed=database.encrypted)
            # Exactly as this app last closed it: nothing to check (the check costs seconds on a big file).
            damage = None if closed_cleanly else _quick_check(database)
            if damage is not None:
                database.dispose()
                database = engine.open_database(raw, key=key, read_only=damage.message)
        before = _status(database)
        backup = None
        if upgrade and damage is None:
            with translated(where):
                backup = migrate.ensure_schema(database)
        ctx = None
        if sign_in:
            settings = Settings.from_environment()
            with translated(where):
                if password is not None:
                    actor = accounts.sign_in(database, user or "", password, settings=settings)
                    # Wrong passwords met at the key slots, while the file was still locked.
                    at_rest.record_slot_events(database)
                else:
                    actor = actor_for(database, user or os.environ.get("CONSULAR_USER", ""))
            chosen = clock or _TARGET_CLOCKS.get(_clock_key(raw)) or SystemClock()
            ctx = ServiceContext(database, actor, settings, chosen)
    except BaseException:
        database.dispose()
        raise
    database.vouched = damage is None
    return OpenedDatabase(
        where,
        database,
        ctx,
        before,
        backup,
        upgraded=upgrade and damage is None and before.state != "current",
        damage=damage,
    )


def _key_for(raw: str, user: str | None, password: str | None, key: bytes | None) -> bytes | None:
    if "://" in raw:
        return None
    path = engine.url_for(raw).database
    kind = cipher.file_kind(path)
    if kind == "plaintext":
        return None  # an older, unencrypted file: 'consular db encrypt' converts it
    if kind == "encrypted":
        if key is not None:
            return key
        if not at_rest.has_key_file(path) and at_rest.remembered_key(path) is None:
            # Not SQLite's header and no key file: not ours (a text file, another program's data).
            return None  # opened as plaintext, refused by the header check before SQLite reads it
        return at_rest.unlock(path, user, password)
    if key is not None:
        return key
    if not os.path.isdir(os.path.dirname(path)):
        return None  # SQLite says the folder is missing, as for any file
    # A new file: a new key. Kept for this process, so that what created the database (db init,
    # the demo) can open it again before its first account's key slot exists.
    key = at_rest.new_database_key(path)
    at_rest.remember_key(path, key)
    return key


def _quick_check(database: Database) -> backup_service.Damage | None:
    seconds = Settings.from_environment().quick_check_seconds
    try:
        return backup_service.quick_check(database, seconds)
    except Exception as exc:
        if cipher.is_damage(exc):
            damage = backup_service.Damage.of(database.path, str(exc), encrypted=database.encrypted)
            raise DamagedDatabaseError(damage.message) from None
        raise


def run_whole_database_job(opened: OpenedDatabase, job: Callable[[Database], T]) -> T:
    """Run ``job`` (a seed load, a bulk generation) on the opened database, with driver
    errors translated as for opening (disk full, locked)."""
    with translated(opened.target):
        return job(opened.database)


def schema_status(target: str | os.PathLike, *, key: bytes | None = None) -> SchemaStatus:
    """Where ``target``'s schema stands; creates nothing (a missing file stays missing).
    An encrypted file needs its ``key``."""
    raw = os.fspath(target)
    if key is None and "://" not in raw:
        path = engine.url_for(raw).database
        if (
            at_rest.is_encrypted_file(path)
            and at_rest.has_key_file(path)
            and at_rest.key_without_password(path) is None
        ):
            # Its schema cannot be read without signing in; nothing is opened.
            return SchemaStatus(str(path), "encrypted", None, migrate.head_revision())
    database = _engine(os.fspath(target), key=key)
    try:
        return _status(database)
    finally:
        database.dispose()


def post_names(target: str | os.PathLike) -> list[str]:
    """The display names of the posts ``target`` serves ("Embassy of India, Bamako"), readable
    before anyone signs in, for the sign-in dialog: an encrypted SQLite file keeps them in the
    clear beside its key slots (:mod:`consular.db.keyslots`); a plaintext file or a server
    database is read directly (read-only, no schema change, nobody signed in).

    [] when there is nothing to read: no such file, not a consular database, a server that
    does not answer. Never raises for those: the dialog then names the database only."""
    raw = os.fspath(target)
    if "://" not in raw:
        path = engine.url_for(raw).database
        if not path or not os.path.isfile(path) or os.path.getsize(path) == 0:
            return []
        if at_rest.is_encrypted_file(path):
            return keyslots.post_names(path)
    try:
        database = engine.open_database(raw, read_only="only the posts' names are read before signing in")
    except (ImportError, NoSuchModuleError, ArgumentError):
        return []
    try:
        if database.engine.dialect.name not in SUPPORTED_BACKENDS:
            return []
        with database.session() as session:
            return at_rest.post_names(session)
    except SQLAlchemyError:
        return []
    finally:
        database.dispose()


SUPPORTED_BACKENDS = ("sqlite", "postgresql")


def _engine(raw: str, *, key: bytes | None = None) -> Database:
    """The engine for ``raw``, or a one-line UserError for a database kind consular does not
    support or whose driver is not installed (instead of the driver's import traceback)."""
    url = engine.url_for(raw)
    backend = url.get_backend_name()
    if backend not in SUPPORTED_BACKENDS:
        raise UserError(
            translate(
                "services.database",
                "consular works with SQLite files and PostgreSQL servers; '{render_as_string}' "
                "is a {backend} database. Give a file path or a "
                "postgresql+psycopg://user@host/dbname URL.",
            ).format(render_as_string=url.render_as_string(hide_password=True), backend=backend)
        )
    if key is None and backend == "sqlite" and url.database and at_rest.is_encrypted_file(url.database):
        key = at_rest.key_without_password(url.database)  # created or unlocked here, or no account yet
    try:
        return engine.open_database(raw, key=key)
    except (ImportError, NoSuchModuleError) as exc:
        if backend == "postgresql":
            raise UserError(
                translate(
                    "services.database",
                    "Connecting to PostgreSQL needs the {value} driver, which is not installed. "
                    "Install consular with the [postgres] extra: pip install -e '.[postgres]' (or "
                    "pip install 'psycopg[binary]'), and use a postgresql+psycopg:// URL.",
                ).format(value=url.get_driver_name() or "psycopg")
            ) from None
        raise UserError(
            translate("services.database", "The database driver for '{backend}' is not available ({exc}).").format(
                backend=backend, exc=exc
            )
        ) from None


def _status(database: Database) -> SchemaStatus:
    head = migrate.head_revision()
    where = database.describe()
    if database.path is not None and not database.path.exists():
        # Connecting would create an empty file; looking must not change anything.
        return SchemaStatus(where, "missing", None, head)
    with translated(where, opening=True):
        state = migrate.state(database)
        revision = migrate.current_revision(database) if state not in ("empty", "foreign") else None
    return SchemaStatus(where, state, revision, head)


def _check_path(raw: str, mode: str) -> None:
    if "://" in raw:
        return
    path = Path(raw).expanduser()
    if mode == "create" and path.exists() and path.stat().st_size > 0:
        raise DatabaseExistsError(
            translate(
                "services.database",
                "'{path_name}' already exists. Use File → Open database… to open it, or choose a new file name.",
            ).format(path_name=path.name)
        )
    if mode == "open" and not path.exists():
        raise NotConsularDatabaseError(
            translate(
                "services.database", "There is no file '{path}'. Use File → New database… to create one there."
            ).format(path=path)
        )
    if mode != "open_or_create" and path.parent and not path.parent.exists():
        raise NotConsularDatabaseError(
            translate("services.database", "The folder '{parent}' does not exist.").format(parent=path.parent)
        )


def data_as_of(database: Database) -> date | None:
    """The last day of the data in ``database``: the day of its latest incident, status change,
    hostage status, contact, milestone or task completion (voided entries left out)."""
    with translated(database.describe()), database.session() as session:
        latest = latest_event_at(session)
    return latest.date() if latest is not None else None


def demo_clock(database: Database) -> Clock:
    """The demo's clock: it opens "as of" the end of the last day of its data and runs on from
    there, so its plans and tasks are not hundreds of days overdue. Label: "Demo as of 21 October
    2025" (``ctx.as_of_label``). The real clock when the database holds no events."""
    day = data_as_of(database)
    return ShiftedClock(end_of_day(day)) if day is not None else SystemClock()


_TARGET_CLOCKS: dict[str, Clock] = {}


def _clock_key(target: str | os.PathLike) -> str:
    raw = os.fspath(target)
    return raw if "://" in raw else str(Path(raw).expanduser().resolve())


def use_clock_for(target: str | os.PathLike, clock: Clock | None) -> None:
    """Every later :func:`open_database` of ``target`` without its own ``clock`` gets ``clock``
    (None forgets it). The demo launcher uses this so that the window, which opens the demo
    file like any other, shows it as of its data; ``ctx.as_of_label`` then says so."""
    if clock is None:
        _TARGET_CLOCKS.pop(_clock_key(target), None)
    else:
        _TARGET_CLOCKS[_clock_key(target)] = clock


def demo_clock_for(target: str | os.PathLike) -> Clock:
    """:func:`demo_clock` of the database at ``target`` (opened and closed again)."""
    database = _engine(os.fspath(target))
    try:
        return demo_clock(database)
    finally:
        database.dispose()
