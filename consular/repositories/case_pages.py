"""A case's milestones and tasks a page at a time, with the totals the case window shows.

The case window (``cases.get_case(..., page=N)``) shows the first page of each and asks for
more as the user scrolls (``milestones.list_milestones`` / ``tasks.list_tasks`` with an
offset), as the contact log does; what it says of all of them (how many, how many open or
overdue, the next one due) comes from these counts, not from every row.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, selectinload

from consular.db.models import Milestone, Task
from consular.domain.enums import MilestoneKind, TaskStatus

OPEN = (TaskStatus.OPEN, TaskStatus.IN_PROGRESS)
WELFARE_KINDS = (MilestoneKind.PROOF_OF_LIFE, MilestoneKind.WELFARE_REPORT)


def milestone_counts(session: Session, case_id: int) -> tuple[int, int]:
    """(standing, voided) milestones of the case."""
    standing, voided = session.execute(
        select(
            func.count().filter(Milestone.voided_at.is_(None)),
            func.count().filter(Milestone.voided_at.is_not(None)),
        ).where(Milestone.case_id == case_id)
    ).one()
    return int(standing or 0), int(voided or 0)


def task_counts(session: Session, case_id: int, now: datetime) -> tuple[int, int, int, int]:
    """(open, overdue, done or cancelled, voided) tasks of the case; voided ones count only as voided."""
    standing = Task.voided_at.is_(None)
    is_open = and_(standing, Task.status.in_(OPEN))
    row = session.execute(
        select(
            func.count().filter(is_open),
            func.count().filter(and_(is_open, Task.due_at.is_not(None), Task.due_at < now)),
            func.count().filter(and_(standing, Task.status.not_in(OPEN))),
            func.count().filter(Task.voided_at.is_not(None)),
        ).where(Task.case_id == case_id)
    ).one()
    return tuple(int(n or 0) for n in row)


def next_task(session: Session, case_id: int) -> Task | None:
    """The open, unvoided task of the case due first (ties: the oldest)."""
    return session.scalar(
        select(Task)
        .where(Task.case_id == case_id, Task.voided_at.is_(None), Task.status.in_(OPEN), Task.due_at.is_not(None))
        .order_by(Task.due_at, Task.id)
        .limit(1)
    )


def welfare_milestones(session: Session, case_id: int) -> list[Milestone]:
    """Every proof of life and welfare report of the case, voided ones included, oldest first."""
    return list(
        session.scalars(
            select(Milestone)
            .where(Milestone.case_id == case_id, Milestone.kind.in_(WELFARE_KINDS))
            .order_by(Milestone.occurred_at, Milestone.id)
            .options(selectinload(Milestone.recorded_by))
        )
    )


__all__ = ["milestone_counts", "next_task", "task_counts", "welfare_milestones"]
