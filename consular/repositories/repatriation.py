"""Queries over the repatriation checklists (no business rules; each takes a Session)."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from consular.db.models import Person, Task, User
from consular.db.repatriation_models import RepatriationChecklist, RepatriationItem
from consular.domain.enums import TaskStatus
from consular.repositories.timeline import Window


def item_task_ids(session: Session, case_id: int) -> set[int]:
    """The ids of the tasks of ``case_id`` that are checklist items."""
    stmt = (
        select(RepatriationItem.task_id)
        .join(RepatriationChecklist, RepatriationChecklist.id == RepatriationItem.checklist_id)
        .where(RepatriationChecklist.case_id == case_id)
    )
    return set(session.scalars(stmt))


def closed_items(session: Session, case_id: int, window: Window) -> Iterator:
    """Items done or marked not applicable in the window, not voided: (item id, kind, task
    status, closed at, closed by, note, debrief_by, psychosocial, na_reason, person id,
    person name, owner)."""
    closer, owner = aliased(User), aliased(User)
    stmt = (
        select(
            RepatriationItem.id,
            RepatriationItem.kind,
            Task.status,
            Task.completed_at,
            closer.display_name,
            Task.completion_note,
            RepatriationItem.debrief_by,
            RepatriationItem.psychosocial,
            RepatriationItem.na_reason,
            Person.id,
            Person.full_name,
            owner.display_name,
        )
        .join(Task, Task.id == RepatriationItem.task_id)
        .join(RepatriationChecklist, RepatriationChecklist.id == RepatriationItem.checklist_id)
        .join(Person, Person.id == RepatriationChecklist.person_id)
        .outerjoin(closer, closer.id == Task.completed_by_id)
        .outerjoin(owner, owner.id == Task.assignee_id)
        .where(
            RepatriationChecklist.case_id == case_id,
            Task.voided_at.is_(None),
            Task.completed_at.is_not(None),
            Task.status.in_([TaskStatus.DONE, TaskStatus.CANCELLED]),
        )
        .order_by(Task.completed_at, RepatriationItem.id)
    )
    return iter(session.execute(window.on(stmt, Task.completed_at)).all())
