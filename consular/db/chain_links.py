"""Writing the audit chain's new links while its head is locked, in as few round trips as the
engine allows.

:func:`consular.services.audit_chain.append` fills each new entry's position, state digest,
key id, link hash and signature, and the head's, while it holds the head row's lock (until
the commit). Every round trip in that stretch is time every other writer waits. The ORM's
flush would send two statements (the head, then the entries); on PostgreSQL one statement
does both: the head's update as a data-modifying ``WITH``, the entries' from a ``VALUES``
list. SQLite has neither, and there a statement costs no round trip: the flush writes them.
"""

from __future__ import annotations

from sqlalchemy import Integer, column, update, values
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from consular.db.models import AuditChainHead, AuditEntry

HEAD_FIELDS = ("seq", "chain", "key_id", "mac", "updated_at")
ENTRY_FIELDS = ("seq", "state", "key_id", "chain", "mac")


def write(session: Session, head: AuditChainHead, entries: list[AuditEntry]) -> None:
    """Write ``head`` and ``entries`` (persistent, their chain fields set in memory) in one
    statement on PostgreSQL, and tell the session they are written, so that its flush sends
    nothing more for them. Elsewhere nothing is done here: the flush writes them."""
    if session.get_bind().dialect.name != "postgresql" or not entries:
        return
    head_table, table = AuditChainHead.__table__, AuditEntry.__table__
    new_head = (
        update(head_table)
        .where(head_table.c.id == head.id)
        .values({name: getattr(head, name) for name in HEAD_FIELDS})
        .cte("new_head")
    )
    links = values(
        column("id", Integer),
        *(column(name, table.c[name].type) for name in ENTRY_FIELDS),
        name="links",
    ).data([(entry.id, *(getattr(entry, name) for name in ENTRY_FIELDS)) for entry in entries])
    statement = (
        update(table).where(table.c.id == links.c.id).values({name: links.c[name] for name in ENTRY_FIELDS})
    ).add_cte(new_head)
    with session.no_autoflush:  # the flush would write the same values as two statements first
        session.execute(statement)
    for obj, fields in [(head, HEAD_FIELDS)] + [(entry, ENTRY_FIELDS) for entry in entries]:
        for name in fields:
            set_committed_value(obj, name, getattr(obj, name))
