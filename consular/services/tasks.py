"""Follow-up tasks: who does what by when; overdue is derived from the due time."""

from __future__ import annotations

from datetime import datetime, timedelta

from consular.db.models import Case, Task
from consular.domain import validation as v
from consular.domain.enums import Priority, TaskStatus
from consular.domain.errors import NotFoundError, ValidationError
from consular.domain.timeutil import parse_datetime, require_aware
from consular.i18n import translate
from consular.repositories import records
from consular.services import need_to_know, search_index
from consular.services.audit import expect_version
from consular.services.cases import load_case
from consular.services.context import ServiceContext
from consular.services.convert import task_view, withheld_task_view
from consular.services.permissions import action
from consular.services.reference_data import user_id_for
from consular.services.views import TaskView
from consular.services.voiding import ensure_not_voided

# A task entered after the fact may be dated back to when it was set, but not to before the
# case could have existed: a year before the incident is a typo in the year.
EARLIEST_BEFORE_INCIDENT = timedelta(days=365)


def _created_at(value: datetime | None, case: Case, now: datetime) -> datetime:
    if value is None:
        return now
    at = require_aware(value, "created_at")
    if at > now:
        raise ValidationError(
            "created_at",
            translate("services.tasks", "The task cannot be created in the future; check the date and zone."),
        )
    if at < case.incident_at - EARLIEST_BEFORE_INCIDENT:
        raise ValidationError(
            "created_at",
            translate("services.tasks", "The task is dated more than a year before the incident; check the year."),
        )
    return at


@action("tasks.create_task_in_session")
def create_task_in_session(
    ctx: ServiceContext,
    session,
    case: Case,
    *,
    title: str,
    assignee: str | None,
    due_at: datetime | str | None,
    priority: str | Priority,
    description: str | None,
    contact_id: int | None,
    created_at: datetime | None = None,
) -> Task:
    """Shared by add_task and log_contact (follow-up in the same transaction).
    ``created_at``: see :func:`add_task`."""
    now = ctx.now()
    created = _created_at(created_at, case, now)
    title_text = v.clean_text(title, "title", required=True, max_length=300, label="task title")
    description_text = v.clean_text(description, "description", max_length=20_000, multiline=True)
    priority_value = priority if isinstance(priority, Priority) else Priority.parse(priority, "priority")
    if due_at is None or due_at == "":
        due = None
    elif isinstance(due_at, str):
        due = parse_datetime(due_at, "due_at", default_zone=case.timezone)
    else:
        due = require_aware(due_at, "due_at")
    assignee_id = user_id_for(session, assignee, "assignee")
    task = Task(
        case_id=case.id,
        title=title_text,
        description=description_text,
        assignee_id=assignee_id,
        due_at=due,
        priority=priority_value,
        status=TaskStatus.OPEN,
        contact_id=contact_id,
        created_at=created,
        created_by_id=ctx.actor.user_id,
    )
    session.add(task)
    case.updated_at = now
    session.flush()
    search_index.index_task(session, task)
    after = {
        "title": title_text,
        "assignee": assignee,
        "due_at": due,
        "priority": priority_value,
        "contact_id": contact_id,
    }
    if created_at is not None:
        after["created_at"] = created
    ctx.audit(session, "task.add", "task", task.id, case_id=case.id, after=after)
    return task


@action("tasks.add_task")
def add_task(
    ctx: ServiceContext,
    reference: str,
    *,
    title: str,
    assignee: str | None = None,
    due_at: datetime | str | None = None,
    priority: str | Priority = Priority.NORMAL,
    description: str | None = None,
    contact_id: int | None = None,
    created_at: datetime | None = None,
) -> TaskView:
    """Add a follow-up task. Due times without an offset are read in the case's zone.

    ``created_at`` dates the task back to when it was set (a task entered after the fact,
    seed data); the default is now. It is what the timeline shows as the task's creation;
    the audit entry keeps the time it was actually recorded. Raises ValidationError with
    ``field == "created_at"`` for a naive datetime, a time in the future, or one more than a
    year before the incident; NotFoundError for an unknown case.
    """
    with ctx.writing() as session:
        case = load_case(session, reference)
        task = create_task_in_session(
            ctx,
            session,
            case,
            title=title,
            assignee=assignee,
            due_at=due_at,
            priority=priority,
            description=description,
            contact_id=contact_id,
            created_at=created_at,
        )
        session.refresh(task)
        return task_view(task, case.reference, session, clock=ctx.clock)


def _task(session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise NotFoundError(translate("services.tasks", "There is no task #{task_id}.").format(task_id=task_id))
    ensure_not_voided(task, "task")
    return task


@action("tasks.complete_task")
def complete_task(
    ctx: ServiceContext,
    task_id: int,
    *,
    note: str | None = None,
    at: datetime | None = None,
    expected_version: int | None = None,
) -> TaskView:
    """Mark a task done (with an optional note). Completing a done task is refused; so is a
    stale ``expected_version`` (ConflictError "changed by X at T")."""
    with ctx.writing() as session:
        task = _task(session, task_id)
        expect_version(session, task, expected_version, "task", f"The task '{task.title}'")
        if not task.status.is_open:
            raise ValidationError(
                "status",
                translate("services.tasks", "The task '{title}' is already {status}.").format(
                    title=task.title, status=task.status.label.lower()
                ),
            )
        when = require_aware(at, "at") if at is not None else ctx.now()
        task.status, task.completed_at, task.completed_by_id = TaskStatus.DONE, when, ctx.actor.user_id
        task.completion_note = v.clean_text(note, "note", max_length=20_000, multiline=True)
        case = session.get(Case, task.case_id)
        case.updated_at = ctx.now()
        session.flush()
        ctx.audit(
            session,
            "task.complete",
            "task",
            task.id,
            case_id=task.case_id,
            before={"status": TaskStatus.OPEN},
            after={"status": TaskStatus.DONE, "note": task.completion_note},
        )
        return task_view(task, case.reference, session, clock=ctx.clock)


@action("tasks.update_task")
def update_task(
    ctx: ServiceContext,
    task_id: int,
    *,
    title: str | None = None,
    assignee: str | None = None,
    due_at: datetime | str | None = None,
    priority: str | Priority | None = None,
    status: str | TaskStatus | None = None,
    description: str | None = None,
    expected_version: int | None = None,
) -> TaskView:
    """Reassign, reschedule, re-prioritise, start, cancel or reopen a task (fields given only).

    ``expected_version`` is the :attr:`TaskView.version` loaded; a stale save raises
    ConflictError ("changed by X at T") and writes nothing.
    """
    with ctx.writing() as session:
        task = _task(session, task_id)
        expect_version(session, task, expected_version, "task", f"The task '{task.title}'")
        case = session.get(Case, task.case_id)
        changes: dict = {}
        if title is not None:
            changes["title"] = v.clean_text(title, "title", required=True, max_length=300, label="task title")
        if description is not None:
            changes["description"] = v.clean_text(description, "description", max_length=20_000, multiline=True)
        if assignee is not None:
            changes["assignee_id"] = user_id_for(session, assignee, "assignee")
        if due_at is not None:
            changes["due_at"] = (
                None
                if due_at == ""
                else parse_datetime(due_at, "due_at", default_zone=case.timezone)
                if isinstance(due_at, str)
                else require_aware(due_at, "due_at")
            )
        if priority is not None:
            changes["priority"] = priority if isinstance(priority, Priority) else Priority.parse(priority, "priority")
        if status is not None:
            new_status = status if isinstance(status, TaskStatus) else TaskStatus.parse(status, "status")
            changes["status"] = new_status
            if new_status == TaskStatus.DONE:
                changes["completed_at"], changes["completed_by_id"] = ctx.now(), ctx.actor.user_id
            elif new_status.is_open:
                changes["completed_at"], changes["completed_by_id"] = None, None
        before = {k: getattr(task, k) for k in changes}
        for key, value in changes.items():
            setattr(task, key, value)
        case.updated_at = ctx.now()
        session.flush()
        search_index.index_task(session, task)
        ctx.audit(session, "task.update", "task", task.id, case_id=task.case_id, before=before, after=changes)
        session.refresh(task)
        return task_view(task, case.reference, session, clock=ctx.clock)


@action("tasks.list_tasks")
def list_tasks(
    ctx: ServiceContext,
    reference: str | None = None,
    *,
    open_only: bool = False,
    assignee: str | None = None,
    overdue_only: bool = False,
    limit: int | None = 500,
    include_voided: bool = False,
    offset: int = 0,
) -> list[TaskView]:
    """Tasks by due time (undated last). Across all cases when no reference is given.
    Voided tasks (``view.voided``) only with ``include_voided``. ``offset``: the page after
    the rows already shown (the case window asks for the next as it scrolls)."""
    with ctx.transaction() as session:
        case_id = load_case(session, reference).id if reference else None
        assignee_id = user_id_for(session, assignee, "assignee") if assignee else None
        tasks = records.tasks(
            session,
            case_id,
            open_only=open_only or overdue_only,
            assignee_id=assignee_id,
            due_before=ctx.now() if overdue_only else None,
            limit=limit,
            include_voided=include_voided,
            offset=max(0, offset),
        )
        refs = {}
        views = []
        withheld = need_to_know.withheld_tasks(ctx, session, tasks)
        for task in tasks:
            if task.case_id not in refs:
                refs[task.case_id] = session.get(Case, task.case_id).reference
            make = withheld_task_view if task.id in withheld else task_view
            views.append(make(task, refs[task.case_id], session, clock=ctx.clock))
        return views
