"""Writing the audit chain's new links while its head is locked, in as few round trips as the
engine allows.

:func:`consular.services.audit_chain.append` fills each new entry's position, state digest,
key id, link hash and signature, and the head's, while it holds the head row's lock (until
the commit). Every round trip in that stretch is time every other writer waits. The ORM's
flush would send two statements (the head, then the entries); on PostgreSQL one statement
does both: the head's update as a data-modifying ``WITH``, the entries' from a ``VALUES``
list. SQLite has neither, and there a statement costs no round trip: the flush writes them
(as it does on PostgreSQL for more than :data:`AT_ONCE` entries, an import's). Written here, the
objects are never marked changed, so the flushes of the commit that follows have nothing to
compare.

On PostgreSQL the head is usually not locked by a read of its own: the head as it stood when the
transaction read its new records' states (:data:`SEEN_HEAD`, read in the same statement) is
taken as the one to chain after, the links are worked out before any lock, and the statement
that writes them updates the head only if it is still that one (:func:`write_if_head`). Then
the lock is held for that statement and the COMMIT: two round trips instead of three (the
locking read, the write, the COMMIT), and no hashing and signing while other writers wait. If
another writer moved the head on in between (the statement waits for its commit, then finds
the head changed), that statement writes nothing but still locks the head and returns it: the
caller chains after it and writes, as it would have after a locking read.

A transaction marked :data:`HOLD` (Log contact's: it reads no audit entry back) keeps its new
entries out of the flush; that statement inserts them whole, linked, instead of updating rows
inserted before the lock (one round trip fewer). Whatever is not written so is given back to
the flush before the head is locked the usual way.
"""

from __future__ import annotations

import functools
import secrets

from sqlalchemy import TextClause, bindparam, event, select, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from consular.db import audit_hash
from consular.db.models import AuditChainHead, AuditEntry
from consular.domain.clock import wall_now

HEAD_FIELDS = ("seq", "chain", "key_id", "mac", "updated_at")
ENTRY_FIELDS = ("seq", "state", "key_id", "chain", "mac")
_ENTRY_TYPES = ("INTEGER", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR")
AT_ONCE = 16  # entries written by the one statement; more are left to the flush
# The head's columns read (unlocked) with a new record's state: what the chain was then.
SEEN_HEAD = (AuditChainHead.seq, AuditChainHead.chain, AuditChainHead.chain_id, AuditChainHead.legacy_seq)


_LOCK_HEAD = (
    select(AuditChainHead).where(AuditChainHead.id == 1).with_for_update().execution_options(populate_existing=True)
)


# Set in session.info by a service whose transaction reads no audit entry back (Log contact):
# on PostgreSQL its new entries are held back from the flush and inserted, linked, by the
# guarded statement (one round trip fewer than an INSERT before the lock and an UPDATE in it).
HOLD = "consular.audit.hold"
_HELD = "consular.audit.held"


@event.listens_for(Session, "before_flush")
def _hold(session: Session, _flush_context, _instances) -> None:
    if not session.info.get(HOLD) or session.in_nested_transaction():
        return
    if session.get_bind().dialect.name != "postgresql":
        return
    for obj in [o for o in session.new if isinstance(o, AuditEntry) and o.seq is None]:
        session.expunge(obj)
        session.info.setdefault(_HELD, []).append(obj)


def held(session: Session) -> list[AuditEntry]:
    """The entries held back from the flush (not in the session); from now on none are."""
    session.info.pop(HOLD, None)
    return session.info.pop(_HELD, [])


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    if not session.in_nested_transaction():
        session.info.pop(HOLD, None)
        session.info.pop(_HELD, None)


def lock_head(session: Session) -> AuditChainHead:
    """The head row, read and locked (on a server) until the transaction ends; made if missing."""
    head = session.execute(_LOCK_HEAD).scalar_one_or_none()
    if head is None:  # a schema made by create_all (tests); migration 0005 makes it otherwise
        head = AuditChainHead(
            id=1,
            chain_id=secrets.token_hex(16),
            seq=0,
            chain=audit_hash.genesis("").hex(),
            legacy_seq=0,
            updated_at=wall_now(),
        )
        head.chain = audit_hash.genesis(head.chain_id).hex()
        session.add(head)
        session.flush()
    return head


def link_entries(key: bytes, kid: str, after: tuple, entries: list[AuditEntry], states: list) -> tuple[list, tuple]:
    """Each entry's :data:`ENTRY_FIELDS` values chained after the head ``after`` (its
    :data:`SEEN_HEAD` values), and the new head's :data:`HEAD_FIELDS` values, signed."""
    seq, previous, chain_id, legacy_seq = after[0], bytes.fromhex(after[1]), after[2], after[3]
    links = []
    for entry, state in zip(entries, states, strict=True):
        seq += 1
        fields = (entry.at, entry.actor_id, entry.action, entry.entity, entry.entity_id, entry.case_id)
        previous = audit_hash.link(
            previous, audit_hash.entry_bytes(seq, *fields, entry.before, entry.after, state, kid)
        )
        links.append((seq, state, kid, previous.hex(), audit_hash.entry_mac(key, previous)))
    chain = previous.hex()
    return links, (seq, chain, kid, audit_hash.head_mac(key, chain_id, seq, chain, legacy_seq), wall_now())


def _guarded_head() -> str:
    """The guarded statements' update of the head: the row is updated (so locked) in any case,
    its values changed only if it is still the one seen (the ``was_`` values of
    :data:`SEEN_HEAD`); it returns the head's :data:`SEEN_HEAD` values as they now stand. In a SET
    list every column names the row's old values: each CASE asks the same question."""
    still = " AND ".join(f"{c.key} = :was_{c.key}" for c in SEEN_HEAD)
    head = ", ".join(f"{name} = CASE WHEN {still} THEN :head_{name} ELSE {name} END" for name in HEAD_FIELDS)
    return f"UPDATE audit_chain_head SET {head} WHERE id = :head_id RETURNING {_HEAD_NOW}"


_HEAD_NOW = ", ".join(c.key for c in SEEN_HEAD)
_GUARDED_HEAD = _guarded_head()


@functools.lru_cache(maxsize=2 * AT_ONCE)
def _statement(count: int, guarded: bool = False) -> TextClause:
    """The statement for ``count`` entries, made once (a new construct each time would be
    compiled again each time: more CPU than the rest of the append).

    ``guarded``: the head row is updated (so locked) in any case, but its values change only if
    it is still the one seen (the ``was_`` values of :data:`SEEN_HEAD`), and the entries only if
    they did; the statement returns the head's :data:`SEEN_HEAD` values as they now stand and
    how many entries it wrote."""
    rows = ", ".join(
        f"(CAST(:id_{i} AS INTEGER), "
        + ", ".join(f"CAST(:{name}_{i} AS {kind})" for name, kind in zip(ENTRY_FIELDS, _ENTRY_TYPES, strict=True))
        + ")"
        for i in range(count)
    )
    fields = ", ".join(f"{name} = links.{name}" for name in ENTRY_FIELDS)
    entries = f"UPDATE audit_entries SET {fields} FROM (VALUES {rows}) AS links (id, {', '.join(ENTRY_FIELDS)}) "
    entries += "WHERE audit_entries.id = links.id"
    if not guarded:
        # Only over the head it was worked out from (read locked): see write.
        head = ", ".join(f"{name} = :head_{name}" for name in HEAD_FIELDS)
        statement = (
            f"WITH new_head AS (UPDATE audit_chain_head SET {head} "
            "WHERE id = :head_id AND seq = :was_seq AND chain = :was_chain RETURNING id), "
            f"linked AS ({entries} AND audit_entries.seq IS NULL AND EXISTS (SELECT 1 FROM new_head) "
            "RETURNING audit_entries.id) SELECT (SELECT count(*) FROM new_head), (SELECT count(*) FROM linked)"
        )
    else:
        statement = (
            f"WITH new_head AS ({_GUARDED_HEAD}), "
            f"linked AS ({entries} AND EXISTS (SELECT 1 FROM new_head WHERE seq = :head_seq AND chain = :head_chain) "
            f"RETURNING audit_entries.id) SELECT {_HEAD_NOW}, (SELECT count(*) FROM linked) FROM new_head"
        )
    return text(statement).bindparams(bindparam("head_updated_at", type_=AuditChainHead.__table__.c.updated_at.type))


# An entry not yet inserted (see audit_chain.HOLD) is inserted by the guarded statement with these.
NEW_FIELDS = ("at", "actor_id", "action", "entity", "entity_id", "case_id", "before", "after")


@functools.lru_cache(maxsize=AT_ONCE)
def _insert_statement(count: int) -> TextClause:
    """The guarded statement (see :func:`_statement`) for ``count`` entries that are inserted,
    whole, rather than updated: one round trip fewer than their INSERT before the lock."""
    table = AuditEntry.__table__
    names = NEW_FIELDS + ENTRY_FIELDS
    kinds = [table.c[name].type.compile(dialect=postgresql.dialect()) for name in names]
    rows = ", ".join(
        "(" + ", ".join(f"CAST(:{name}_{i} AS {kind})" for name, kind in zip(names, kinds, strict=True)) + ")"
        for i in range(count)
    )
    columns = ", ".join(names)
    statement = (
        f"WITH new_head AS ({_GUARDED_HEAD}), "
        f"linked AS (INSERT INTO audit_entries ({columns}) SELECT {columns} FROM (VALUES {rows}) AS links ({columns}) "
        "WHERE EXISTS (SELECT 1 FROM new_head WHERE seq = :head_seq AND chain = :head_chain) RETURNING id, seq) "
        f"SELECT {_HEAD_NOW}, (SELECT count(*) FROM linked), "
        "(SELECT array_agg(id ORDER BY seq) FROM linked) FROM new_head"
    )
    typed = [bindparam(f"at_{i}", type_=table.c.at.type) for i in range(count)]
    return text(statement).bindparams(
        bindparam("head_updated_at", type_=AuditChainHead.__table__.c.updated_at.type), *typed
    )


def _one_statement(session: Session, entries: list[AuditEntry]) -> bool:
    return session.get_bind().dialect.name == "postgresql" and 0 < len(entries) <= AT_ONCE


def _params(head_id: int, head_values: tuple, entries: list[AuditEntry], links: list) -> dict:
    params = dict(zip((f"head_{name}" for name in HEAD_FIELDS), head_values, strict=True))
    params["head_id"] = head_id
    for i, (entry, values) in enumerate(zip(entries, links, strict=True)):
        if entry.id is not None:
            params[f"id_{i}"] = entry.id
        params.update(zip((f"{name}_{i}" for name in ENTRY_FIELDS), values, strict=True))
    return params


def _written(head: AuditChainHead | None, head_values: tuple, entries: list[AuditEntry], links: list) -> None:
    """The objects given the values the statement wrote, as already written (nothing to flush)."""
    rows = [(entry, ENTRY_FIELDS, values) for entry, values in zip(entries, links, strict=True)]
    for obj, fields, values in [(head, HEAD_FIELDS, head_values)] * (head is not None) + rows:
        for name, value in zip(fields, values, strict=True):
            set_committed_value(obj, name, value)


def write(session: Session, head: AuditChainHead, head_values: tuple, entries: list[AuditEntry], links: list) -> None:
    """Give ``head`` (read and locked) its new :data:`HEAD_FIELDS` values (``head_values``) and
    each of ``entries`` (persistent) its :data:`ENTRY_FIELDS` values (``links``, one tuple each).

    On PostgreSQL, for up to :data:`AT_ONCE` entries, one statement writes them and the objects
    get the values as already written: nothing is left for the flush to look at, so the commit
    that follows (the head still locked) spends no time in an empty flush. That statement writes
    only over the head it was worked out from: the head row only if it still holds ``head``'s
    ``seq`` and ``chain``, the entries only if the head was written and they are not linked yet;
    RuntimeError unless it wrote the head and every entry (the transaction must roll back). Run
    again later (replayed from a log of what was sent, as a benchmark once did), it changes
    nothing, where it used to put the head back behind entries linked since. Elsewhere the
    values are set as changes, and the flush writes them; its update of the head names the
    ``seq`` read (the head's version column), so it cannot write over a head moved on either.
    """
    if not _one_statement(session, entries):
        rows = [(head, HEAD_FIELDS, head_values)] + [
            (entry, ENTRY_FIELDS, values) for entry, values in zip(entries, links, strict=True)
        ]
        for obj, fields, values in rows:
            for name, value in zip(fields, values, strict=True):
                setattr(obj, name, value)
        return
    params = _params(1, head_values, entries, links)
    params.update(was_seq=head.seq, was_chain=head.chain)
    # On the session's connection, not through Session.execute: a text statement needs none of
    # the ORM's execution steps (nor its autoflush, which would first write the same values).
    heads, linked = session.connection().execute(_statement(len(entries)), params).one()
    if (heads, linked) != (1, len(entries)):  # a head moved on by someone else, or links without it
        raise RuntimeError(
            f"audit chain: the head (seq {head.seq}) was not the one locked, or its entries were linked already: "
            f"{heads} head and {linked} of {len(entries)} entries written"
        )
    _written(head, head_values, entries, links)


def _loaded_head(session: Session) -> AuditChainHead | None:
    """The head object if this session had loaded it (it would keep the values it was read with)."""
    return session.identity_map.get(identity_key(AuditChainHead, 1))


def write_if_head(
    session: Session, seen: tuple, head_values: tuple, entries: list[AuditEntry], links: list
) -> tuple | None:
    """As :func:`write` (PostgreSQL, up to :data:`AT_ONCE` entries), with ``links`` chained after
    ``seen`` (the head's :data:`SEEN_HEAD` values read before, unlocked), in one statement that
    locks the head (waiting for another writer's commit if need be) and writes only if the
    head is still ``seen``. Returns None if not tried (then nothing is locked); otherwise the
    head's :data:`SEEN_HEAD` values as they now stand, locked until the transaction ends: the
    new ones if written, else another writer's, after which nothing was written.
    """
    new = [entry.id is None for entry in entries]  # held back from the flush: inserted here
    if not _one_statement(session, entries) or len(set(new)) != 1:
        return None
    params = _params(1, head_values, entries, links)
    params.update(zip((f"was_{c.key}" for c in SEEN_HEAD), seen, strict=True))
    if new[0]:
        for i, entry in enumerate(entries):
            params.update((f"{name}_{i}", getattr(entry, name)) for name in NEW_FIELDS)
        *now, linked, ids = session.connection().execute(_insert_statement(len(entries)), params).one()
    else:
        *now, linked = session.connection().execute(_statement(len(entries), guarded=True), params).one()
    written = tuple(now[:2]) == tuple(head_values[:2])
    if linked != (len(entries) if written else 0):  # a head without all its links: never commit that
        raise RuntimeError(f"audit chain: {linked} of {len(entries)} links written")
    if written and new[0]:
        for entry, entry_id, values in zip(entries, ids, links, strict=True):
            entry.id = entry_id
            for name, value in zip(ENTRY_FIELDS, values, strict=True):
                setattr(entry, name, value)
            make_transient_to_detached(entry)  # as if read back: nothing for the flush to write
            session.add(entry)
        _written(_loaded_head(session), head_values, [], [])
    elif written:
        _written(_loaded_head(session), head_values, entries, links)
    return tuple(now)
