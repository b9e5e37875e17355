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
"""

from __future__ import annotations

import functools

from sqlalchemy import TextClause, bindparam, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from consular.db.models import AuditChainHead, AuditEntry

HEAD_FIELDS = ("seq", "chain", "key_id", "mac", "updated_at")
ENTRY_FIELDS = ("seq", "state", "key_id", "chain", "mac")
_ENTRY_TYPES = ("INTEGER", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR")
AT_ONCE = 16  # entries written by the one statement; more are left to the flush


@functools.lru_cache(maxsize=AT_ONCE)
def _statement(count: int) -> TextClause:
    """The statement for ``count`` entries, made once (a new construct each time would be
    compiled again each time: more CPU than the rest of the append)."""
    head = ", ".join(f"{name} = :head_{name}" for name in HEAD_FIELDS)
    rows = ", ".join(
        f"(CAST(:id_{i} AS INTEGER), "
        + ", ".join(f"CAST(:{name}_{i} AS {kind})" for name, kind in zip(ENTRY_FIELDS, _ENTRY_TYPES, strict=True))
        + ")"
        for i in range(count)
    )
    fields = ", ".join(f"{name} = links.{name}" for name in ENTRY_FIELDS)
    return text(
        f"WITH new_head AS (UPDATE audit_chain_head SET {head} WHERE id = :head_id) "
        f"UPDATE audit_entries SET {fields} FROM (VALUES {rows}) AS links (id, {', '.join(ENTRY_FIELDS)}) "
        "WHERE audit_entries.id = links.id"
    ).bindparams(bindparam("head_updated_at", type_=AuditChainHead.__table__.c.updated_at.type))


def write(session: Session, head: AuditChainHead, head_values: tuple, entries: list[AuditEntry], links: list) -> None:
    """Give ``head`` its new :data:`HEAD_FIELDS` values (``head_values``) and each of
    ``entries`` (persistent) its :data:`ENTRY_FIELDS` values (``links``, one tuple each).

    On PostgreSQL, for up to :data:`AT_ONCE` entries, one statement writes them and the objects
    get the values as already written: nothing is left for the flush to look at, so the commit
    that follows (the head still locked) spends no time in an empty flush. Elsewhere the values
    are set as changes, and the flush writes them.
    """
    rows = [(head, HEAD_FIELDS, head_values)] + [
        (entry, ENTRY_FIELDS, values) for entry, values in zip(entries, links, strict=True)
    ]
    if session.get_bind().dialect.name != "postgresql" or not 0 < len(entries) <= AT_ONCE:
        for obj, fields, values in rows:
            for name, value in zip(fields, values, strict=True):
                setattr(obj, name, value)
        return
    params = dict(zip((f"head_{name}" for name in HEAD_FIELDS), head_values, strict=True))
    params["head_id"] = head.id
    for i, (entry, values) in enumerate(zip(entries, links, strict=True)):
        params[f"id_{i}"] = entry.id
        params.update(zip((f"{name}_{i}" for name in ENTRY_FIELDS), values, strict=True))
    # On the session's connection, not through Session.execute: a text statement needs none of
    # the ORM's execution steps (nor its autoflush, which would first write the same values).
    session.connection().execute(_statement(len(entries)), params)
    for obj, fields, values in rows:
        for name, value in zip(fields, values, strict=True):
            set_committed_value(obj, name, value)
