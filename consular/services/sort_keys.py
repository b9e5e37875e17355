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
a rolled-back write leaves the columns as they were. (Log contact on PostgreSQL writes its
relatives' last contact in the statement that inserts the contact, as :func:`_refresh` would:
see :mod:`consular.repositories.contact_writes`.)

Writers that bypass the ORM (the synthetic generator's bulk inserts) call
:func:`refresh_cases` for the cases they wrote, in their own transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.base import NO_VALUE

from consular.db.models import CaseParticipant, ContactEntry, FamilyLiaison, Task
from consular.repositories.cases import refresh_sort_keys
from consular.repositories.dashboard import bump_liaison_contacts, refresh_liaison_contacts

_CASES = "consular.sort_keys.cases"
_CONTACT_CASES = "consular.sort_keys.contact_cases"
_NEW_CONTACTS = "consular.sort_keys.new_contacts"  # (case id, occurred at, counterpart ids)
BUMP_AT_MOST = 8  # new contacts in one commit updated one by one; more: their cases recomputed
_WATCHED = (Task, CaseParticipant)
_CONTACTS = (ContactEntry, FamilyLiaison)


def refresh_cases(conn, case_ids: Iterable[int] | None = None) -> None:
    """Recompute every maintained column of ``case_ids`` (None: all cases) on ``conn`` (a
    Connection or a Session), for writers that bypass the ORM."""
    refresh_sort_keys(conn, case_ids)
    refresh_liaison_contacts(conn, case_ids)


@event.listens_for(Session, "after_flush")
def _note(session: Session, _flush_context) -> None:
    """Note the cases whose tasks or participants were written (pre-flush lists still hold).
    A contact just logged is noted apart, with its time and counterparts: it can only move its
    relatives' last contact forward (see :func:`_refresh`)."""
    for obj in chain(session.new, session.dirty, session.deleted):
        if obj in session.new and isinstance(obj, ContactEntry) and _note_new_contact(session, obj):
            continue
        if isinstance(obj, _WATCHED) and obj.case_id is not None:
            session.info.setdefault(_CASES, set()).add(obj.case_id)
        elif isinstance(obj, _CONTACTS) and obj.case_id is not None:
            session.info.setdefault(_CONTACT_CASES, set()).add(obj.case_id)


def _note_new_contact(session: Session, entry: ContactEntry) -> bool:
    """Note a new, unvoided contact whose counterparts are in memory; False: not such a one."""
    counterparts = inspect(entry).attrs.counterparts.loaded_value
    if entry.case_id is None or entry.voided_at is not None or counterparts in (NO_VALUE, None):
        return False
    ids = [c.id for c in counterparts]
    session.info.setdefault(_NEW_CONTACTS, []).append((entry.case_id, entry.occurred_at, ids))
    return True


# insert=True: before the audit chain's own before_commit, which locks the chain head until the
# commit (every writer waits for that lock, so nothing else is done while holding it).
@event.listens_for(Session, "before_commit", insert=True)
def _refresh(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint's release: the outer commit refreshes once
    session.flush()
    case_ids = session.info.pop(_CASES, None)
    if case_ids:
        refresh_sort_keys(session, case_ids)
    contact_case_ids = session.info.pop(_CONTACT_CASES, None) or set()
    new_contacts = [c for c in session.info.pop(_NEW_CONTACTS, None) or [] if c[0] not in contact_case_ids]
    if len(new_contacts) > BUMP_AT_MOST:
        # Many contacts at once (an import): one recomputation per case beats one update each.
        contact_case_ids |= {case_id for case_id, _, _ in new_contacts}
        new_contacts = []
    if contact_case_ids:
        refresh_liaison_contacts(session, contact_case_ids)
    for case_id, at, counterpart_ids in new_contacts:
        # A contact just logged: its relatives' last contact is the later of theirs and its
        # own, set without reading the case's whole contact log again.
        bump_liaison_contacts(session, case_id, counterpart_ids, at)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_CASES, None)
    session.info.pop(_CONTACT_CASES, None)
    session.info.pop(_NEW_CONTACTS, None)
