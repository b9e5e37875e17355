"""Case queries, including the paged case list that must stay fast at 100,000 cases."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from consular.db.models import Case, CaseParticipant, Post, Task, User
from consular.domain.enums import CaseKind, CaseStatus, HostageStatus, ParticipantRole, TaskStatus

# Column keys the case list may sort by.
SORT_KEYS = (
    "reference", "title", "kind", "status", "priority", "place", "incident_at",
    "hostages_held", "last_contact_at", "next_task_due", "updated_at",
)


@dataclass
class CaseFilter:
    statuses: list[CaseStatus] = field(default_factory=list)
    kinds: list[CaseKind] = field(default_factory=list)
    post_codes: list[str] = field(default_factory=list)
    assignee_username: str | None = None
    case_ids: list[int] | None = None  # e.g. from a search


def by_reference(session: Session, reference: str) -> Case | None:
    return session.scalar(select(Case).where(Case.reference == reference))


def max_sequence(session: Session, post_id: int, year: int) -> int:
    return session.scalar(
        select(func.coalesce(func.max(Case.ref_seq), 0)).where(
            Case.post_id == post_id, Case.ref_year == year
        )
    )


def _held_subquery():
    return (
        select(func.count())
        .where(
            CaseParticipant.case_id == Case.id,
            CaseParticipant.role == ParticipantRole.HOSTAGE,
            CaseParticipant.hostage_status.in_([HostageStatus.HELD, HostageStatus.UNACCOUNTED]),
        )
        .correlate(Case)
        .scalar_subquery()
    )


def _total_subquery():
    return (
        select(func.count())
        .where(CaseParticipant.case_id == Case.id, CaseParticipant.role == ParticipantRole.HOSTAGE)
        .correlate(Case)
        .scalar_subquery()
    )


def _next_due_subquery():
    return (
        select(func.min(Task.due_at))
        .where(
            Task.case_id == Case.id,
            Task.status.in_([TaskStatus.OPEN, TaskStatus.IN_PROGRESS]),
        )
        .correlate(Case)
        .scalar_subquery()
    )


def _apply_filter(stmt: Select, flt: CaseFilter | None) -> Select:
    if flt is None:
        return stmt
    if flt.statuses:
        stmt = stmt.where(Case.status.in_(flt.statuses))
    if flt.kinds:
        stmt = stmt.where(Case.kind.in_(flt.kinds))
    if flt.post_codes:
        stmt = stmt.where(Case.post_id.in_(select(Post.id).where(Post.code.in_(flt.post_codes))))
    if flt.assignee_username:
        users = select(User.id).where(User.username == flt.assignee_username)
        stmt = stmt.where(or_(Case.lead_caseworker_id.in_(users), Case.supervisor_id.in_(users)))
    if flt.case_ids is not None:
        stmt = stmt.where(Case.id.in_(flt.case_ids or [-1]))
    return stmt


def count(session: Session, flt: CaseFilter | None = None) -> int:
    return session.scalar(_apply_filter(select(func.count(Case.id)), flt))


def summary_rows(
    session: Session,
    flt: CaseFilter | None = None,
    *,
    sort: str = "incident_at",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
):
    """Rows for the case list, one page at a time. Aggregates are correlated subqueries on
    indexed columns, so a page costs the same at 100 or 100,000 cases."""
    lead = aliased(User)
    held = _held_subquery().label("hostages_held")
    total = _total_subquery().label("hostages_total")
    next_due = _next_due_subquery().label("next_task_due")
    stmt = (
        select(Case, Post.code, lead.display_name, held, total, next_due)
        .join(Post, Post.id == Case.post_id)
        .outerjoin(lead, lead.id == Case.lead_caseworker_id)
    )
    stmt = _apply_filter(stmt, flt)
    order_columns = {
        "reference": [Case.reference],
        "title": [Case.title],
        "kind": [Case.kind],
        "status": [Case.status],
        "priority": [Case.priority],
        "place": [Case.incident_country, Case.incident_town],
        "incident_at": [Case.incident_at],
        "hostages_held": [held],
        "last_contact_at": [Case.last_contact_at],
        "next_task_due": [next_due],
        "updated_at": [Case.updated_at],
    }.get(sort, [Case.incident_at])
    ordering = []
    for column in order_columns:
        # NULLs last in both directions, the same on SQLite and PostgreSQL.
        ordering.append(column.is_(None))
        ordering.append(column.desc() if descending else column.asc())
    ordering.append(Case.id.desc() if descending else Case.id.asc())
    stmt = stmt.order_by(*ordering).offset(offset).limit(limit)
    return session.execute(stmt).all()


def cases_by_ids(session: Session, ids: list[int]) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    rows = session.execute(select(Case.id, Case.reference, Case.title).where(Case.id.in_(ids)))
    return {r[0]: (r[1], r[2]) for r in rows}


def open_case_ids_since(session: Session, since: datetime) -> list[int]:
    return list(
        session.scalars(
            select(Case.id).where(
                and_(Case.status.in_([CaseStatus.OPEN, CaseStatus.ACTIVE]), Case.updated_at >= since)
            )
        )
    )
