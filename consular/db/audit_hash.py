"""The bytes the audit chain hashes: pure functions, shared by the writer, the verifier and
migration 0005 (which chains the entries written before the chain existed).

Changing anything here invalidates every existing chain: it is versioned by ``GENESIS_TAG``.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
from datetime import UTC, date, datetime

GENESIS_TAG = b"consular-audit-chain-v1:"
ENTRY_MAC_TAG = b"entry:"
HEAD_MAC_TAG = b"head:"
ABSENT = "-"  # state of a record that no longer exists (deleted)


def genesis(chain_id: str) -> bytes:
    """The link before the first entry: ties the chain to its database's random id."""
    return hashlib.sha256(GENESIS_TAG + chain_id.encode()).digest()


def at_text(value) -> str:
    """An entry's timestamp as hashed: UTC, microseconds, the way SQLite stores it.

    SQLite hands back exactly this text; PostgreSQL hands back an aware datetime.
    """
    if isinstance(value, str):
        # SQLite's text; SQLAlchemy leaves the fraction out when it is zero.
        return value if "." in value else value + ".000000"
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def entry_bytes(seq, at, actor_id, action, entity, entity_id, case_id, before, after, state, key_id) -> bytes:
    """The canonical form of one entry (everything but its own link and MAC).

    Text fields are length-prefixed, so no text moved from one field into the next hashes
    the same; ``~`` stands for NULL. Written out in one expression because the verifier
    runs it a million times.
    """
    if at.__class__ is not str or "." not in at:
        at = at_text(at)
    return (
        f"{seq}\x1f{at}\x1f{actor_id}\x1f{len(action)}:{action}\x1f{len(entity)}:{entity}"
        f"\x1f{'~' if entity_id is None else entity_id}\x1f{'~' if case_id is None else case_id}"
        f"\x1f{'~' if before is None else f'{len(before)}:{before}'}"
        f"\x1f{'~' if after is None else f'{len(after)}:{after}'}"
        f"\x1f{'~' if state is None else f'{len(state)}:{state}'}"
        f"\x1f{'~' if key_id is None else f'{len(key_id)}:{key_id}'}"
    ).encode()


def link(previous: bytes, entry: bytes) -> bytes:
    """The chain value of an entry: SHA-256 over the previous link and the entry."""
    return hashlib.sha256(previous + entry).digest()


def entry_mac(key: bytes, chain: bytes) -> str:
    return hmac.digest(key, ENTRY_MAC_TAG + chain, "sha256").hex()


def head_mac(key: bytes, chain_id: str, seq: int, chain_hex: str, legacy_seq: int) -> str:
    message = HEAD_MAC_TAG + f"{chain_id}|{seq}|{chain_hex}|{legacy_seq}".encode()
    return hmac.digest(key, message, "sha256").hex()


def key_id(key: bytes) -> str:
    """A public name for a key (safe to store): which key signed an entry."""
    return hashlib.sha256(b"consular-audit-key-id:" + key).hexdigest()[:16]


def _value_text(value) -> str:
    if value is None:
        return "~"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, datetime):
        return at_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, bytes):
        return value.hex()
    text = str(value)
    return f"{len(text)}:{text}"


#: Columns added to an audited table after the audit chain began, by table, in the order they
#: follow its other audited columns. They count in a record's state digest only once set, so
#: a record audited before they existed keeps its digest when they are added (empty).
LATE_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("voided_at", "voided_by_id", "void_reason"),
    "persons": ("merged_into_id",),
    "counterparts": ("merged_into_id",),
}


def state_digest(values, late: int = 0) -> str:
    """Digest of a record's audited columns (in a fixed order), as read back typed. The last
    ``late`` values are :data:`LATE_COLUMNS`: left out from the end while they are empty."""
    values = list(values)
    while late and values and values[-1] is None:
        values.pop()
        late -= 1
    return hashlib.sha256("\x1f".join(_value_text(v) for v in values).encode()).hexdigest()
