"""When the data of a database stops: the latest moment anything recorded in it happened."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consular.db.models import Case, CaseStatusChange, ContactEntry, HostageStatusEvent, Milestone, Task
from consular.domain.timeutil import as_utc


def latest_event_at(session: Session) -> datetime | None:
    """The latest incident, status change, hostage status, contact, milestone or task completion
    (voided entries left out). Due dates are plans, not events, and do not count."""
    candidates = [
        session.scalar(select(func.max(Case.incident_at))),
        session.scalar(select(func.max(CaseStatusChange.changed_at))),
        session.scalar(select(func.max(HostageStatusEvent.effective_at)).where(HostageStatusEvent.voided_at.is_(None))),
        session.scalar(select(func.max(ContactEntry.occurred_at)).where(ContactEntry.voided_at.is_(None))),
        session.scalar(select(func.max(Milestone.occurred_at)).where(Milestone.voided_at.is_(None))),
        session.scalar(select(func.max(Task.completed_at)).where(Task.voided_at.is_(None))),
    ]
    found = [as_utc(c) for c in candidates if c is not None]
    return max(found) if found else None
