"""The escalation queue: what has been left too long on the cases one supervises.

For the signed-in user as case supervisor (``cases.supervisor_id``), two kinds of item:

- a family-contact plan overdue by more than ``Settings.escalate_after_days`` days: a relative
  of an open or active case agreed to be called every ``contact_every_days`` days whose last
  contact with the case (or, never contacted, the day the plan was set up) is older than
  ``contact_every_days + escalate_after_days`` days;
- an open or in-progress, unvoided task due more than ``escalate_after_days`` days ago.

``escalate_after_days`` (default 3, ``CONSULAR_ESCALATE_AFTER_DAYS``) is the grace a lead
caseworker has before their supervisor is told. Both lists are computed in SQL, each page
with what its items show (two statements on PostgreSQL, three on SQLite): the supervisor's
cases by ``ix_cases_supervisor_id_status``, their relatives by ``ix_family_liaisons_case_id``
(a supervisor's caseload), the overdue open tasks of every case by ``ix_tasks_status_due_at``,
each checked against the supervisor's case ids; nothing is read per case in Python. A task
raised by a restricted contact that the reader may not see (:func:`need_to_know.withheld_tasks`)
is listed as a placeholder: its case, its due date and the word "restricted".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, func, literal_column, or_, select
from sqlalchemy.orm import Session

from consular.db import dialect
from consular.db.models import Case, FamilyLiaison, Person, Task, User
from consular.domain.enums import CaseStatus, TaskStatus
from consular.domain.timeutil import whole_days
from consular.i18n import format_date, translate
from consular.services import need_to_know
from consular.services.context import ServiceContext
from consular.services.convert import WITHHELD
from consular.services.permissions import action
from consular.services.views import JsonMixin

ACTIVE_STATUSES = (CaseStatus.OPEN, CaseStatus.ACTIVE)
OPEN_TASK = (TaskStatus.OPEN, TaskStatus.IN_PROGRESS)
FAMILY = "family_contact"
TASK = "task"


@dataclass(frozen=True)
class EscalationItem(JsonMixin):
    """One overdue item. ``due_at``: when it fell due; ``days_overdue``: whole days since."""

    kind: str  # "family_contact" or "task"
    case_id: int
    reference: str
    item_id: int  # family liaison id or task id
    text: str
    due_at: datetime
    days_overdue: int
    withheld: bool = False


@dataclass(frozen=True)
class EscalationQueue(JsonMixin):
    generated_at: datetime
    supervisor: str
    after_days: int
    items: list[EscalationItem] = field(default_factory=list)
    family_total: int = 0
    task_total: int = 0

    @property
    def total(self) -> int:
        return self.family_total + self.task_total

    def to_json(self) -> dict:
        return super().to_json() | {"total": self.total}


def _my_cases(me: int, statuses=ACTIVE_STATUSES):
    return select(Case.id).where(Case.supervisor_id == me, Case.status.in_(statuses))


def _planned(me: int, dialect_name: str = "sqlite"):
    base = func.coalesce(FamilyLiaison.last_contact_at, FamilyLiaison.created_at)
    mine = _my_cases(me)
    if dialect_name == "postgresql":
        # The supervisor's active cases read once, whole, by ix_cases_supervisor_id_status (a few
        # hundred rows). Left inline, PostgreSQL 15 planned one parallel worker over that index
        # (unable to use the status list in a parallel index scan, it read every case of the
        # supervisor); starting it cost more than the whole statement (100,000 cases: 26 -> 7 ms).
        mine = select(mine.cte("mine").prefix_with("MATERIALIZED").c.id)
    return (
        select(
            FamilyLiaison.id,
            FamilyLiaison.case_id,
            FamilyLiaison.contact_every_days.label("every"),
            base.label("base"),
            # What the item's text says, from the row the test above reads anyway.
            FamilyLiaison.last_contact_at,
            FamilyLiaison.relationship_to_hostage,
            FamilyLiaison.hostage_person_id,
        )
        .where(FamilyLiaison.case_id.in_(mine), FamilyLiaison.contact_every_days > 0)
        .cte("planned")
    )


def _family_page(me: int, now: datetime, after: int, intervals: list[int], limit: int, dialect_name: str = "sqlite"):
    """ "Overdue by more than N days" is ``base < now - (every + N) days``: on PostgreSQL in the
    statement itself (:func:`consular.db.dialect.older_than_days`, exact to the microsecond),
    on SQLite, whose timestamps are text, with one bound cutoff per interval in use. The
    page's items come with what their text needs (the hostage's name, the case's reference),
    joined to the page's rows only."""
    planned = _planned(me, dialect_name)
    overdue = dialect.older_than_days(dialect_name, planned.c.base, now, planned.c.every + after)
    if overdue is None:
        overdue = or_(
            *[and_(planned.c.every == d, planned.c.base < now - timedelta(days=d + after)) for d in intervals]
        )
    page = (
        select(planned, func.count().over().label("total"))
        .where(overdue)
        .order_by(planned.c.base, planned.c.id)
        .limit(limit)
        .subquery("page")
    )
    return (
        select(page, Person.full_name.label("hostage_name"), Case.reference)
        .join(Person, Person.id == page.c.hostage_person_id)
        .join(Case, Case.id == page.c.case_id)
        .order_by(page.c.base, page.c.id)
    )


def _task_where(me: int, now: datetime, after: int, dialect_name: str = "sqlite"):
    case_id = Task.case_id
    if dialect_name == "sqlite":
        # "+ 0": not a column SQLite may look up by index, so that it reads the overdue open
        # tasks by ix_tasks_status_due_at (a few thousand at 100,000 cases) and checks each
        # against the supervisor's case ids, as PostgreSQL does, instead of probing
        # ix_tasks_case_id_status_due_at by case id alone for every case of the supervisor
        # (14,000 at 100,000 cases): 44-47 -> 24-31 ms for that statement, the same rows.
        case_id = Task.case_id + literal_column("0")
    return (
        case_id.in_(_my_cases(me, tuple(CaseStatus))),
        Task.status.in_(OPEN_TASK),
        Task.due_at < now - timedelta(days=after),
        Task.voided_at.is_(None),
    )


def _task_page(me: int, now: datetime, after: int, limit: int, dialect_name: str = "sqlite"):
    """The page of tasks, longest overdue first, each with the count of them all (the count
    and the page in one statement: they read the same rows) and what its item shows: the
    case's reference and the assignee's name, joined to the page's rows only."""
    page = (
        select(
            Task.id,
            Task.case_id,
            Task.title,
            Task.due_at,
            Task.contact_id,
            Task.assignee_id,
            func.count().over().label("total"),
        )
        .where(*_task_where(me, now, after, dialect_name))
        .order_by(Task.due_at, Task.id)
        .limit(limit)
        .subquery("page")
    )
    return (
        select(page, Case.reference, User.display_name.label("assignee_name"))
        .join(Case, Case.id == page.c.case_id)
        .outerjoin(User, User.id == page.c.assignee_id)
        .order_by(page.c.due_at, page.c.id)
    )


def queue_statements(me: int, now: datetime, after: int, intervals: list[int], limit: int = 100) -> list:
    """The statements behind the queue as SQLite runs them (for tests/test_escalation.py to
    read their plans)."""
    return [_family_page(me, now, after, intervals, limit), _task_page(me, now, after, limit)]


def _families(session: Session, me: int, now: datetime, after: int, limit: int):
    """The overdue plans' rows (``due``: when each fell due), longest overdue first, and the count."""
    dialect_name = session.get_bind().dialect.name
    intervals = []
    if dialect_name == "sqlite":  # one cutoff per interval in use
        intervals = sorted(session.scalars(select(_planned(me).c.every).distinct()))
        if not intervals:
            return [], 0
    rows = session.execute(_family_page(me, now, after, intervals, limit, dialect_name)).all()
    found = [(_aware(r.base) + timedelta(days=r.every), r) for r in rows]
    # Longest overdue first across intervals: sort the page by when each fell due.
    found.sort(key=lambda item: (item[0], item[1].id))
    return found, (rows[0].total if rows else 0)


def _aware(value):
    # Values read through a CTE lose the UTCDateTime type on SQLite: give them back their zone.
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def _tasks(session: Session, me: int, now: datetime, after: int, limit: int):
    rows = session.execute(_task_page(me, now, after, limit, session.get_bind().dialect.name)).all()
    return rows, (rows[0].total if rows else 0)


@action("escalation.my_queue")
def my_queue(ctx: ServiceContext, *, limit: int = 100) -> EscalationQueue:
    """The signed-in supervisor's escalation queue: family-contact plans and tasks of the cases
    they supervise, overdue by more than ``ctx.settings.escalate_after_days`` days, longest
    overdue first (at most ``limit`` of each; the totals count them all). Reads only.
    Raises PermissionDeniedError for a caseworker or viewer (the role matrix)."""
    now = ctx.now()
    after = ctx.settings.escalate_after_days
    me = ctx.actor.user_id
    with ctx.transaction() as session:
        family, family_total = _families(session, me, now, after, limit)
        tasks, task_total = _tasks(session, me, now, after, limit)
        withheld = need_to_know.withheld_tasks(ctx, session, tasks)
    items = [_family_item(row, due, now) for due, row in family]
    items += [_task_item(row, now, row.id in withheld) for row in tasks]
    items.sort(key=lambda item: (item.due_at, item.kind, item.item_id))
    return EscalationQueue(now, ctx.actor.display_name, after, items, family_total, task_total)


def _family_item(row, due: datetime, now) -> EscalationItem:
    """``row``: a row of :func:`_family_page`."""
    every = translate("services.dashboard", "every %n day(s)", "", row.every)
    last_contact_at = _aware(row.last_contact_at)
    last = (
        translate("services.escalation", "no contact logged")
        if last_contact_at is None
        else translate("services.escalation", "last contact {day}").format(day=format_date(last_contact_at, "dd MMM"))
    )
    text = translate("services.dashboard", "Family of {hostage} ({relationship}): agreed {every}, {last}").format(
        hostage=row.hostage_name, relationship=row.relationship_to_hostage, every=every, last=last
    )
    return EscalationItem(FAMILY, row.case_id, row.reference, row.id, text, due, whole_days(due, now))


def _task_item(row, now, withheld: bool) -> EscalationItem:
    """``row``: a row of :func:`_task_page`."""
    text = translate("services.convert", WITHHELD) if withheld else row.title
    if not withheld and row.assignee_name is not None:
        text += f" — {row.assignee_name}"
    due_at = _aware(row.due_at)
    return EscalationItem(TASK, row.case_id, row.reference, row.id, text, due_at, whole_days(due_at, now), withheld)


__all__ = ["EscalationItem", "EscalationQueue", "my_queue"]
