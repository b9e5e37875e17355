"""The case list's maintained sort keys, kept in step by every service that writes.

``cases.hostages_held`` and ``cases.next_task_due`` are derived from the case's participants
and tasks. The case list sorts 100,000 cases by them, which only stays one index page if they
are columns. Any service that adds, edits or voids a task, adds a hostage or records (or
voids) a hostage status touches a :class:`Task` or a :class:`CaseParticipant`; the session
notes the case at flush, and recomputes that case's keys just before the commit, in the same
transaction as the write. No service has to remember to call anything, and a rolled-back
write leaves the keys as they were.

Writers that bypass the ORM (the synthetic generator's bulk inserts) call
:func:`consular.repositories.cases.refresh_sort_keys` themselves.
"""

from __future__ import annotations

from itertools import chain

from sqlalchemy import event
from sqlalchemy.orm import Session

from consular.db.models import CaseParticipant, Task
from consular.repositories.cases import refresh_sort_keys

_CASES = "consular.sort_keys.cases"
_WATCHED = (Task, CaseParticipant)


@event.listens_for(Session, "after_flush")
def _note(session: Session, _flush_context) -> None:
    """Note the cases whose tasks or participants were written (pre-flush lists still hold)."""
    for obj in chain(session.new, session.dirty, session.deleted):
        if isinstance(obj, _WATCHED) and obj.case_id is not None:
            session.info.setdefault(_CASES, set()).add(obj.case_id)


@event.listens_for(Session, "before_commit")
def _refresh(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint's release: the outer commit refreshes once
    session.flush()
    case_ids = session.info.pop(_CASES, None)
    if case_ids:
        refresh_sort_keys(session, case_ids)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_CASES, None)
