"""Maintained derived columns, kept in step by every service that writes: the case list's
sort keys and each relative's last contact (the dashboard's overdue families).

``cases.hostages_held`` and ``cases.next_task_due`` are derived from the case's participants
and tasks. The case list sorts 100,000 cases by them, which only stays one index page if they
are columns. Any service that adds, edits or voids a task, adds a hostage or records (or
voids) a hostage status touches a :class:`Task` or a :class:`CaseParticipant`; the session
notes the case at flush, and recomputes that case's keys just before the commit, in the same
transaction as the write. Likewise ``family_liaisons.last_contact_at``, the last contact of
the case with each relative: any contact logged, edited (date, counterparts) or voided, and any
relative added, refreshes it for that case. No service has to remember to call anything, and
a rolled-back write leaves the columns as they were.

Writers that bypass the ORM (the synthetic generator's bulk inserts) call
:func:`refresh_cases` for the cases they wrote, in their own transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain

from sqlalchemy import event
from sqlalchemy.orm import Session

from consular.db.models import CaseParticipant, ContactEntry, FamilyLiaison, Task
from consular.repositories.cases import refresh_sort_keys
from consular.repositories.dashboard import refresh_liaison_contacts

_CASES = "consular.sort_keys.cases"
_CONTACT_CASES = "consular.sort_keys.contact_cases"
_WATCHED = (Task, CaseParticipant)
_CONTACTS = (ContactEntry, FamilyLiaison)


def refresh_cases(conn, case_ids: Iterable[int] | None = None) -> None:
    """Recompute every maintained column of ``case_ids`` (None: all cases) on ``conn`` (a
    Connection or a Session), for writers that bypass the ORM."""
    refresh_sort_keys(conn, case_ids)
    refresh_liaison_contacts(conn, case_ids)


@event.listens_for(Session, "after_flush")
def _note(session: Session, _flush_context) -> None:
    """Note the cases whose tasks or participants were written (pre-flush lists still hold)."""
    for obj in chain(session.new, session.dirty, session.deleted):
        if isinstance(obj, _WATCHED) and obj.case_id is not None:
            session.info.setdefault(_CASES, set()).add(obj.case_id)
        elif isinstance(obj, _CONTACTS) and obj.case_id is not None:
            session.info.setdefault(_CONTACT_CASES, set()).add(obj.case_id)


@event.listens_for(Session, "before_commit")
def _refresh(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint's release: the outer commit refreshes once
    session.flush()
    case_ids = session.info.pop(_CASES, None)
    if case_ids:
        refresh_sort_keys(session, case_ids)
    contact_case_ids = session.info.pop(_CONTACT_CASES, None)
    if contact_case_ids:
        refresh_liaison_contacts(session, contact_case_ids)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_CASES, None)
    session.info.pop(_CONTACT_CASES, None)
