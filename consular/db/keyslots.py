"""Key slots: one random database key, unlocked by each account's own password (as LUKS).

Where they live: a sidecar file ``<database>.keys`` beside the database (JSON, 0600, replaced
atomically). Not inside the database: the slots must be readable *before* the key is known,
and SQLCipher encrypts every page, including page 1 apart from its salt. (SQLCipher's
plaintext-header option leaves only 32 bytes in the clear and is meant for iOS file locking,
not for a table of slots.) The sidecar is copied with the database by
:mod:`consular.services.backup`, and restore puts both back together.

A slot: ``{"kind": "user"|"recovery", "name", "kdf": {...}, "nonce", "wrapped"}``.

Beside the slots, in the clear: ``"posts"``, the display names of the posts the database
serves ("Embassy of India, Bamako"), so that the sign-in dialog can name them before anyone
has unlocked the file. Not a secret (every brief carries it) and bound to nothing: whoever can
edit the file can change the names shown, as they could delete the file. Written when a
post's name changes (:func:`set_posts`), kept when the key file is replaced (rekey, ``db init``).

- User slots: the wrapping key is Argon2id(password, random 16-byte salt) with the slot's own
  cost parameters (kept in the slot, so a slot made under another cost still opens). The
  database key is sealed with AES-256-GCM; the associated data binds the slot to this file's
  ``database_id``, its kind, its account name and its KDF parameters, so a slot copied to
  another name or another database, or with its cost lowered, does not open.
- The recovery slot: a 256-bit random recovery key, shown once (``db init``) as 13 groups of
  base32 to print and lock away; its wrapping key is HKDF-SHA256 of it (it has full entropy,
  so a slow KDF adds nothing).
- ``key_id``: HMAC-SHA256(key, "consular key id")[:8] in hex. Identifies which database key
  the slots unwrap (after a rekey, an old ``.keys`` file is told apart), reveals nothing of it.

What removing a slot does and does not do: a disabled account can no longer unlock with its
password. If that person may have kept a copy of the database key (they could read the data
while they had access), ``consular db rekey`` replaces the key itself.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from consular.db.cipher import KEY_BYTES
from consular.domain.clock import Clock, SystemClock
from consular.domain.lockout import locked_message
from consular.i18n import translate

FORMAT = "consular-keyslots"
VERSION = 1
SUFFIX = ".keys"
RECOVERY_NAME = "recovery"
PROFILE_ENV = "CONSULAR_ARGON2_PROFILE"

# RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes): about 0.2-0.5 s here.
_PROFILES = {
    "default": {"t": 3, "m": 64 * 1024, "p": 4},
    # The test suite's cost (tests/conftest.py sets it): milliseconds, never in production.
    "test": {"t": 1, "m": 64, "p": 1},
}


class KeySlotError(Exception):
    """The key file is missing, unreadable, or not consular's."""


class WrongPasswordError(KeySlotError):
    """No slot of that name, or the password (or recovery key) does not open it."""


class DisabledSlotError(KeySlotError):
    """The account's slot was removed when it was disabled."""


class LockedSlotError(KeySlotError):
    """Too many wrong passwords in a row for this slot; ``until`` says when it opens again."""

    def __init__(self, message: str, until: datetime):
        super().__init__(message)
        self.until = until


def keys_path(database: str | os.PathLike) -> Path:
    """The sidecar of a SQLite database file."""
    p = Path(database)
    return p.with_name(p.name + SUFFIX)


def key_id(key: bytes) -> str:
    return hmac.new(key, b"consular key id", hashlib.sha256).hexdigest()[:16]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _kdf_params() -> dict:
    profile = os.environ.get(PROFILE_ENV, "default")
    return dict(_PROFILES.get(profile, _PROFILES["default"]))


def _aad(database_id: str, kind: str, name: str, kdf: dict) -> bytes:
    return json.dumps([FORMAT, VERSION, database_id, kind, name, kdf], sort_keys=True).encode("utf-8")


def _password_key(password: str, kdf: dict) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"),
        _unb64(kdf["salt"]),
        time_cost=int(kdf["t"]),
        memory_cost=int(kdf["m"]),
        parallelism=int(kdf["p"]),
        hash_len=32,
        type=Type.ID,
    )


def _recovery_key(recovery: bytes, kdf: dict) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=_unb64(kdf["salt"]), info=b"consular recovery").derive(
        recovery
    )


def _normal_name(name: str) -> str:
    clean = (name or "").strip().lower()
    if not clean or clean == RECOVERY_NAME:
        raise ValueError(f"{name!r} cannot name a key slot")
    return clean


@dataclass
class KeySlots:
    """The parsed sidecar of one database. Change it with the functions below."""

    path: Path
    database_id: str
    key_id: str
    slots: list[dict]
    # Wrong passwords per account name: {"count": n, "locked_until": iso or None}. An app-level
    # lockout for someone trying passwords at the sign-in prompt (who holds the file can try
    # offline, where only Argon2id's cost slows them).
    failures: dict = field(default_factory=dict)
    # The posts' display names, readable before unlocking (see the module docstring).
    posts: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        return sorted(s["name"] for s in self.slots if s["kind"] == "user")

    @property
    def has_recovery(self) -> bool:
        return any(s["kind"] == "recovery" for s in self.slots)

    def _find(self, kind: str, name: str) -> dict | None:
        return next((s for s in self.slots if s["kind"] == kind and s["name"] == name), None)

    def _seal(self, key: bytes, kind: str, name: str, wrapping: bytes, kdf: dict) -> dict:
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(wrapping).encrypt(nonce, key, _aad(self.database_id, kind, name, kdf))
        return {
            "kind": kind,
            "name": name,
            "kdf": kdf,
            "aead": "aes-256-gcm",
            "nonce": _b64(nonce),
            "wrapped": _b64(wrapped),
        }

    def _open(self, slot: dict, wrapping: bytes) -> bytes:
        try:
            key = AESGCM(wrapping).decrypt(
                _unb64(slot["nonce"]),
                _unb64(slot["wrapped"]),
                _aad(self.database_id, slot["kind"], slot["name"], slot["kdf"]),
            )
        except (InvalidTag, ValueError, KeyError):
            raise WrongPasswordError(translate("db.keyslots", "The password does not open this database.")) from None
        if len(key) != KEY_BYTES or not hmac.compare_digest(key_id(key), self.key_id):
            raise KeySlotError(
                translate("db.keyslots", "{path_name} does not hold this database's key.").format(
                    path_name=self.path.name
                )
            )
        return key

    def to_json(self) -> str:
        body = {"format": FORMAT, "version": VERSION, "database_id": self.database_id, "key_id": self.key_id}
        body = {**body, "slots": self.slots, "failures": self.failures, "posts": self.posts}
        return json.dumps(body, indent=1, sort_keys=True) + "\n"

    @property
    def bootstrap_key(self) -> bytes | None:
        """The key of a database that has no account yet (see :func:`create`)."""
        if any(s["kind"] == "user" for s in self.slots):
            return None
        slot = next((s for s in self.slots if s["kind"] == "bootstrap"), None)
        return _unb64(slot["key"]) if slot else None

    def disabled(self, name: str) -> bool:
        return any(s["kind"] == "disabled" and s["name"] == name for s in self.slots)


def load(database: str | os.PathLike) -> KeySlots:
    """The slots of ``database``; KeySlotError if its ``.keys`` file is missing or broken."""
    path = keys_path(database)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KeySlotError(
            translate(
                "db.keyslots",
                "{path_name} is missing: the encrypted database {name} cannot be unlocked "
                "without its key file. Restore both from a backup.",
            ).format(path_name=path.name, name=Path(database).name)
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KeySlotError(
            translate("db.keyslots", "{path_name} cannot be read ({exc}); restore it from a backup.").format(
                path_name=path.name, exc=exc
            )
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION:
        raise KeySlotError(
            translate("db.keyslots", "{path_name} is not a consular key file of a version this consular knows.").format(
                path_name=path.name
            )
        )
    posts = data.get("posts", [])
    return KeySlots(
        path,
        str(data["database_id"]),
        str(data["key_id"]),
        list(data.get("slots", [])),
        dict(data.get("failures", {})),
        [str(p) for p in posts] if isinstance(posts, list) else [],
    )


def exists(database: str | os.PathLike) -> bool:
    return keys_path(database).exists()


def save(slots: KeySlots, path: Path | None = None) -> None:
    """Write atomically (temporary file 0600, fsync, rename, fsync the folder)."""
    target = path or slots.path
    fd, tmp = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(slots.to_json())
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def create(
    database: str | os.PathLike,
    key: bytes,
    *,
    replace: bool = False,
    bootstrap: bool = False,
    keep_posts: bool = False,
) -> KeySlots:
    """A new key file for ``database`` under ``key`` (refused if one exists unless ``replace``).

    ``bootstrap``: a new database that has no account yet keeps its key in the clear in a
    bootstrap slot, so that ``db init`` (or the demo loader) can open it in a later step;
    a database without an administrator holds no data (issue 10: it can be used for nothing
    else). The first account's slot removes it, and ``db init`` then replaces the key.
    Without ``bootstrap``: add slots next; until then nobody can unlock.
    ``keep_posts``: the file replaced was this same database's (a new key for it): its posts'
    names stay."""
    path = keys_path(database)
    if path.exists() and not replace:
        raise KeySlotError(
            translate(
                "db.keyslots", "{path_name} already exists; it belongs to an existing encrypted database."
            ).format(path_name=path.name)
        )
    slots = KeySlots(path, secrets.token_hex(16), key_id(key), [], posts=post_names(database) if keep_posts else [])
    if bootstrap:
        slots.slots.append({"kind": "bootstrap", "name": "bootstrap", "key": _b64(key)})
    save(slots)
    return slots


def post_names(database: str | os.PathLike) -> list[str]:
    """The posts' display names kept beside the slots; [] when there is no (readable) key file."""
    try:
        return list(load(database).posts)
    except KeySlotError:
        return []


def set_posts(database: str | os.PathLike, names: list[str]) -> bool:
    """Keep ``names`` as the posts' display names; True if the file changed."""
    slots = load(database)
    clean = [str(n) for n in names]
    if slots.posts == clean:
        return False
    slots.posts = clean
    save(slots)
    return True


def add_slot(database: str | os.PathLike, key: bytes, name: str, password: str) -> None:
    """Give account ``name`` a slot opened by ``password`` (replacing its old one: this is also
    how a changed password rewraps the key)."""
    slots = load(database)
    if not hmac.compare_digest(key_id(key), slots.key_id):
        raise KeySlotError(translate("db.keyslots", "That key is not this database's key."))
    clean = _normal_name(name)
    kdf = {"alg": "argon2id", **_kdf_params(), "salt": _b64(secrets.token_bytes(16))}
    slot = slots._seal(key, "user", clean, _password_key(password, kdf), kdf)
    slots.slots = [
        s
        for s in slots.slots
        if not (s["kind"] in ("user", "disabled") and s["name"] == clean) and s["kind"] != "bootstrap"
    ] + [slot]
    slots.failures.pop(clean, None)  # a new password starts a fresh count (an administrator's reset)
    save(slots)


rewrap = add_slot


def remove_slot(database: str | os.PathLike, name: str, *, disabled: bool = False) -> bool:
    """Remove ``name``'s slot; True if there was one. ``disabled``: leave a marker, so that a
    sign-in by that name is told the account is disabled rather than that the password is wrong."""
    slots = load(database)
    clean = _normal_name(name)
    kept = [s for s in slots.slots if not (s["kind"] in ("user", "disabled") and s["name"] == clean)]
    had = any(s["kind"] == "user" and s["name"] == clean for s in slots.slots)
    if disabled:
        kept.append({"kind": "disabled", "name": clean})
    if kept == slots.slots:
        return had
    slots.slots = kept
    save(slots)
    return had


def unlock(
    database: str | os.PathLike,
    name: str,
    password: str,
    *,
    lockout_attempts: int = 5,
    lockout_minutes: float = 15.0,
    clock: Clock | None = None,
) -> bytes:
    """The database key, from ``name``'s slot (or the bootstrap slot of a database with no
    account yet). WrongPasswordError for an unknown name and a wrong password alike;
    DisabledSlotError for a disabled account; LockedSlotError after ``lockout_attempts`` wrong
    passwords in a row, for ``lockout_minutes`` (even the right password is refused then),
    counted by ``clock`` (default the real time)."""
    slots = load(database)
    bootstrap = slots.bootstrap_key
    if bootstrap is not None:
        return bootstrap
    clean = (name or "").strip().lower()
    if slots.disabled(clean):
        raise DisabledSlotError(
            translate("db.keyslots", "The account '{clean}' is disabled; ask an administrator.").format(clean=clean)
        )
    slot = slots._find("user", clean)
    if slot is None:
        # Spend the same time as a real attempt, so timing does not tell which names have slots.
        _password_key(password, {**_kdf_params(), "salt": _b64(b"\0" * 16)})
        raise WrongPasswordError(translate("db.keyslots", "The password does not open this database."))
    now = (clock or SystemClock()).now()
    record = slots.failures.get(clean) or {}
    until = datetime.fromisoformat(record["locked_until"]) if record.get("locked_until") else None
    if until is not None and until > now:
        raise LockedSlotError(locked_message(int(record.get("count") or lockout_attempts), until, now), until)
    try:
        key = slots._open(slot, _password_key(password, slot["kdf"]))
    except WrongPasswordError:
        count = (0 if until is not None else int(record.get("count", 0))) + 1
        locked = now + timedelta(minutes=lockout_minutes) if count >= lockout_attempts else None
        # Kept until the database is next open, to be written into its audit trail then.
        events = [*record.get("events", []), ["failed", now.isoformat()]]
        if locked is not None:
            events.append(["lockout", locked.isoformat()])
        slots.failures[clean] = {
            "count": count,
            "locked_until": locked.isoformat() if locked else None,
            "events": events[-100:],
        }
        save(slots)
        if locked is not None:
            raise LockedSlotError(locked_message(count, locked, now), locked) from None
        raise
    if clean in slots.failures:
        # The count starts again; what happened stays for the audit trail (take_events).
        events = slots.failures[clean].get("events", [])
        slots.failures[clean] = {"count": 0, "locked_until": None, "events": events}
        save(slots)
    return key


def take_events(database: str | os.PathLike) -> dict[str, list[list[str]]]:
    """The wrong passwords and lockouts recorded at the key slots since last taken, by
    account name, and forgets them (the caller writes them into the audit trail)."""
    if not exists(database):
        return {}
    slots = load(database)
    taken = {name: list(rec.get("events", [])) for name, rec in slots.failures.items() if rec.get("events")}
    if not taken:
        return {}
    for name in taken:
        slots.failures[name] = {**slots.failures[name], "events": []}
    save(slots)
    return taken


def add_recovery(database: str | os.PathLike, key: bytes) -> str:
    """A new recovery key for ``database`` (replacing any earlier one), returned once as text
    to print and lock away."""
    slots = load(database)
    if not hmac.compare_digest(key_id(key), slots.key_id):
        raise KeySlotError(translate("db.keyslots", "That key is not this database's key."))
    recovery = secrets.token_bytes(32)
    kdf = {"alg": "hkdf-sha256", "salt": _b64(secrets.token_bytes(16))}
    slot = slots._seal(key, "recovery", RECOVERY_NAME, _recovery_key(recovery, kdf), kdf)
    slots.slots = [s for s in slots.slots if s["kind"] != "recovery"] + [slot]
    save(slots)
    return format_recovery(recovery)


def format_recovery(recovery: bytes) -> str:
    text = base64.b32encode(recovery).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery(text: str) -> bytes:
    letters = "".join(ch for ch in (text or "").upper() if ch.isalnum())
    letters += "=" * (-len(letters) % 8)
    try:
        raw = base64.b32decode(letters)
    except ValueError:
        raise WrongPasswordError(
            translate("db.keyslots", "That is not a recovery key (it has letters other than A-Z and 2-7).")
        ) from None
    if len(raw) != 32:
        raise WrongPasswordError(translate("db.keyslots", "That is not a recovery key (wrong length)."))
    return raw


def unlock_recovery(database: str | os.PathLike, recovery_text: str) -> bytes:
    slots = load(database)
    slot = slots._find("recovery", RECOVERY_NAME)
    if slot is None:
        raise WrongPasswordError(translate("db.keyslots", "This database has no recovery key."))
    return slots._open(slot, _recovery_key(parse_recovery(recovery_text), slot["kdf"]))
