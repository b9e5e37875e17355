"""The duplicate finder's keys (``match_keys``), kept in step by every service that writes a
person or a counterpart, the way :mod:`consular.services.sort_keys` keeps the case list's.

Any flush that adds or changes a :class:`Person` or :class:`Counterpart` (its name, native
name, passport, phone, or its merge into another) notes the record; just before the commit
its keys are recomputed in the same transaction (:func:`consular.repositories.match_keys.refresh`).
No service has to remember to call anything, and a rolled-back write leaves the keys as they
were. Writers that bypass the ORM (bulk inserts) call :func:`refresh_all` afterwards.
"""

from __future__ import annotations

from itertools import chain

from sqlalchemy import event
from sqlalchemy.orm import Session

from consular.db.models import Counterpart, Person
from consular.repositories import match_keys

_NOTED = "consular.match_keys.noted"
_ENTITY = {Person: "person", Counterpart: "counterpart"}


def refresh_all(conn) -> int:
    """Recompute every key (after bulk writes, or to repair); returns the keys written."""
    return match_keys.refresh(conn, "person") + match_keys.refresh(conn, "counterpart")


@event.listens_for(Session, "after_flush")
def _note(session: Session, _flush_context) -> None:
    for obj in chain(session.new, session.dirty, session.deleted):
        entity = _ENTITY.get(type(obj))
        if entity is not None and obj.id is not None:
            session.info.setdefault(_NOTED, set()).add((entity, obj.id))


# insert=True: before the audit chain's own before_commit, which locks the chain head until the
# commit (every writer waits for that lock, so nothing else is done while holding it).
@event.listens_for(Session, "before_commit", insert=True)
def _refresh(session: Session) -> None:
    if session.in_nested_transaction():
        return
    session.flush()
    noted = session.info.pop(_NOTED, None)
    if not noted:
        return
    for entity in ("person", "counterpart"):
        ids = [record_id for kind, record_id in noted if kind == entity]
        if ids:
            match_keys.refresh(session, entity, ids)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_NOTED, None)
