"""Case queries, including the paged case list that must stay fast at 100,000 cases."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Select, and_, case, func, literal, literal_column, or_, select, type_coerce, union_all, update
from sqlalchemy.orm import Session, aliased
from sqlalchemy.types import NullType

from consular.db.models import Case, CaseParticipant, Post, Task, User
from consular.db.rank_sql import PRIORITY_RANK_SQL, STATUS_RANK_SQL
from consular.domain.enums import (
    CaseStatus,
    HostageStatus,
    ParticipantRole,
    Priority,
    TaskStatus,
)
from consular.domain.filters import CaseFilter


def by_reference(session: Session, reference: str) -> Case | None:
    return session.scalar(select(Case).where(Case.reference == reference))


def max_sequence(session: Session, post_id: int, year: int) -> int:
    return session.scalar(
        select(func.coalesce(func.max(Case.ref_seq), 0)).where(Case.post_id == post_id, Case.ref_year == year)
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
            Task.voided_at.is_(None),
        )
        .correlate(Case)
        .scalar_subquery()
    )


def refresh_sort_keys(session: Session, case_ids: Iterable[int] | None = None) -> None:
    """Recompute the maintained sort keys (``cases.hostages_held``, ``cases.next_task_due``)
    of ``case_ids`` (None: every case) from the participants and tasks, in one statement.

    A Core UPDATE: it does not bump the cases' ``version`` (nobody edited the case) and is
    not a change of the case's audited state. Objects already loaded keep their old values.
    """
    stmt = update(Case).values(hostages_held=_held_subquery(), next_task_due=_next_due_subquery())
    if case_ids is not None:
        ids = sorted(set(case_ids))
        if not ids:
            return
        stmt = stmt.where(Case.id.in_(ids))
    session.execute(stmt, execution_options={"synchronize_session": False})


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
        # One user (usernames are unique): compared as a value, so PostgreSQL reads the cases by
        # both indexes (lead, supervisor) instead of a join it can only estimate.
        user = select(User.id).where(User.username == flt.assignee_username).scalar_subquery()
        stmt = stmt.where(or_(Case.lead_caseworker_id == user, Case.supervisor_id == user))
    if flt.case_ids is not None:
        stmt = stmt.where(Case.id.in_(flt.case_ids or [-1]))
    return stmt


def count(session: Session, flt: CaseFilter | None = None) -> int:
    return session.scalar(_apply_filter(select(func.count(Case.id)), flt))


def classifications(session: Session, flt: CaseFilter | None = None) -> set:
    """The classification markings of the cases ``flt`` selects (for an export's marking)."""
    return set(session.scalars(_apply_filter(select(Case.classification).distinct(), flt)))


def summary_rows(
    session: Session,
    flt: CaseFilter | None = None,
    *,
    sort: str = "incident_at",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
):
    """Rows for the case list, one page at a time: plain rows (no ORM objects) with the
    columns named in :func:`summary_statement`."""
    small = limit is not None and _filter_is_small(session, flt)
    stmt = summary_statement(flt, sort=sort, descending=descending, offset=offset, limit=limit, filter_first=small)
    return session.execute(stmt).all()


#: A filter matching fewer cases than this has its cases read first, by the filter's own
#: indexes, and sorted for the page; a wider one walks the sort's index and filters as it goes.
FILTER_FIRST_BELOW = 10_000


def _filter_is_small(session: Session, flt: CaseFilter | None) -> bool:
    """Whether ``flt`` selects fewer than :data:`FILTER_FIRST_BELOW` cases, counted no further
    than that. PostgreSQL otherwise walks the sort's index for a filtered page whatever the
    filter, and when the filter's cases lie at the far end of that order (the cases of one post
    sorted by reference, one caseworker's by place) it read most of the table for 200 rows."""
    if flt is None or not (
        flt.statuses or flt.kinds or flt.post_codes or flt.assignee_username or flt.case_ids is not None
    ):
        return False
    if flt.case_ids is not None and len(flt.case_ids) < FILTER_FIRST_BELOW:
        return True  # at most that many, known without asking (a search's cases)
    bounded = _apply_filter(select(Case.id), flt).limit(FILTER_FIRST_BELOW).subquery("bounded")
    return session.scalar(select(func.count()).select_from(bounded)) < FILTER_FIRST_BELOW


def stream_summary_rows(
    session: Session,
    flt: CaseFilter | None = None,
    *,
    sort: str = "incident_at",
    descending: bool = True,
    limit: int | None = None,
    batch: int = 2000,
):
    """Every matching case's row (or the first ``limit``) from one query, fetched ``batch``
    at a time: for exports of the whole list, without paging by offset."""
    stmt = summary_statement(flt, sort=sort, descending=descending, offset=0, limit=limit)
    # Through the session's connection (Core), not the ORM: plain rows of columns need none of its
    # loading steps, which were a fifth of the cost of `consular cases list --json`.
    yield from session.connection().execute(stmt, execution_options={"yield_per": batch})


def stream_listing_rows(
    session: Session,
    flt: CaseFilter | None = None,
    *,
    sort: str = "incident_at",
    descending: bool = True,
    limit: int | None = None,
    batch: int = 2000,
):
    """Every matching case's row (or the first ``limit``) from one query, as lists of at most
    ``batch`` plain tuples of what the driver hands back, with no type processing: the columns
    of :func:`summary_statement`, enums as their stored text and times as the driver gives
    them (text in UTC on SQLite, aware datetimes on PostgreSQL).

    For writing the whole list out (``consular cases list --json``): at 100,000 cases the
    per-value result processors (enum members, UTC datetimes parsed in Python) cost more than
    the query."""
    stmt = summary_statement(flt, sort=sort, descending=descending, offset=0, limit=limit)
    plain = stmt.with_only_columns(
        *(type_coerce(column, NullType()).label(column.name) for column in stmt.selected_columns)
    )
    result = session.connection().execute(plain, execution_options={"stream_results": True})
    try:
        while rows := result.fetchmany(batch):
            yield rows
    finally:
        result.close()


def _sort_columns(sort: str, *, indexed: bool = False) -> list[tuple]:
    """(expression, nullable) pairs to sort the case list by ``sort``.

    ``indexed``: for the page query, which reads ``cases`` alone: the priority and status
    ranks as the literal expression of their indexes (``ix_cases_priority_rank``,
    ``ix_cases_status_rank``), so the database walks the index instead of sorting every case.
    The outer query (joined to posts and users, 200 rows) keeps the qualified form."""
    # Priority and status sort in their own order (low → critical, open → closed), not A–Z.
    if indexed:
        priority_rank, status_rank = literal_column(PRIORITY_RANK_SQL), literal_column(STATUS_RANK_SQL)
    else:
        priority_rank = case({p.value: i for i, p in enumerate(Priority)}, value=Case.priority, else_=-1)
        status_rank = case({s.value: i for i, s in enumerate(CaseStatus)}, value=Case.status, else_=-1)
    return {
        "reference": [(Case.reference, False)],
        "title": [(Case.title, False)],
        "kind": [(Case.kind, False)],
        "status": [(status_rank, False)],
        "priority": [(priority_rank, False)],
        "place": [(Case.incident_country, False), (Case.incident_town, True)],
        "incident_at": [(Case.incident_at, False)],
        "hostages_held": [(Case.hostages_held, False)],
        "last_contact_at": [(Case.last_contact_at, True)],
        "next_task_due": [(Case.next_task_due, True)],
        "updated_at": [(Case.updated_at, False)],
    }.get(sort, [(Case.incident_at, False)])


def _ordering(columns: list[tuple], descending: bool) -> list:
    ordering = []
    for column, nullable in columns:
        term = column.desc() if descending else column.asc()
        # Empty values last in both directions, the same on SQLite and PostgreSQL. Only for
        # columns that can be empty: a plain ``ORDER BY incident_at DESC`` can walk its index.
        ordering.append(term.nulls_last() if nullable else term)
    ordering.append(Case.id.desc() if descending else Case.id.asc())
    return ordering


# Descending sorts whose last column can be empty (empty values go last in both directions):
# the columns before it, and it.
_SPLIT_AT_EMPTY = {
    "last_contact_at": ((), Case.last_contact_at),
    "next_task_due": ((), Case.next_task_due),
    "place": ((Case.incident_country,), Case.incident_town),  # ix_cases_place (revision 0026)
}


def _page_split_at_empty(leading: tuple, column, flt: CaseFilter | None, offset: int, limit: int):
    """The page's case ids for a descending sort on ``leading`` then ``column``, with empty
    values of ``column`` last, from two index ranges: the rows where it is filled in index
    order backwards, then the empty ones (by the leading columns and id), each cut at the
    page's end. The same order as ``leading DESC, column DESC NULLS LAST, id DESC``.

    On PostgreSQL an index holds NULLs after every value, so ``DESC NULLS LAST`` is not its
    order backwards and the whole table was sorted for a page (100,000 cases: last contact
    172 -> 28 ms, next task due 56 -> 19 ms under load 9; place, by ``ix_cases_place``, see
    docs/performance.md). SQLite measures the same either way.
    Ascending needs no split on PostgreSQL (``ASC NULLS LAST`` is the index order) and gains
    nothing on SQLite, so it keeps the one query."""
    wanted = offset + limit
    keys = [c.label(f"l{i}") for i, c in enumerate(leading)]
    filled = (
        _apply_filter(select(Case.id, *keys, literal(0).label("grp"), column.label("k")), flt)
        .where(column.is_not(None))
        .order_by(*[c.desc() for c in leading], column.desc(), Case.id.desc())
        .limit(wanted)
        .subquery("filled")
    )
    empty = (
        _apply_filter(select(Case.id, *keys, literal(1).label("grp"), column.label("k")), flt)
        .where(column.is_(None))
        .order_by(*[c.desc() for c in leading], Case.id.desc())
        .limit(wanted)
        .subquery("empty")
    )
    names = ["id", *[k.name for k in keys], "grp", "k"]
    both = union_all(*[select(*[sub.c[n] for n in names]) for sub in (filled, empty)]).subquery("both")
    return (
        select(both.c.id)
        .order_by(*[both.c[k.name].desc() for k in keys], both.c.grp, both.c.k.desc(), both.c.id.desc())
        .offset(offset)
        .limit(limit)
        .subquery("page")
    )


def summary_statement(
    flt: CaseFilter | None = None,
    *,
    sort: str = "incident_at",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = 200,
    filter_first: bool = False,
) -> Select:
    """The query behind :func:`summary_rows` (also for EXPLAIN in the benchmarks).

    Two steps, so a page costs about the same at 100 or 100,000 cases: the inner query picks
    the page's case ids (filters and sort on indexed columns: the derived sort keys are
    maintained columns); the outer query computes the per-case count for those ids only.
    Without ``limit`` (every case, streamed) there is one step. ``filter_first``: the filter's
    cases are read first and sorted (for a filter known to match few cases).

    Row columns: id, reference, title, kind, status, priority, post_code, incident_country,
    incident_town, incident_region, incident_site, incident_at, timezone, hostages_held,
    hostages_total, last_contact_at, next_task_due, lead_caseworker, version.
    """
    lead = aliased(User)
    stmt = select(
        Case.id,
        Case.reference,
        Case.title,
        Case.kind,
        Case.status,
        Case.priority,
        Post.code.label("post_code"),
        Case.incident_country,
        Case.incident_town,
        Case.incident_region,
        Case.incident_site,
        Case.incident_at,
        Case.timezone,
        Case.hostages_held,
        _total_subquery().label("hostages_total"),
        Case.last_contact_at,
        Case.next_task_due,
        lead.display_name.label("lead_caseworker"),
        Case.version,
    )
    if limit is None:
        stmt = _apply_filter(stmt, flt).offset(offset or None)
    elif filter_first:  # a small filter: its cases first, then sorted (see _filter_is_small)
        columns = _sort_columns(sort)
        filtered = (
            _apply_filter(select(Case.id, *[c.label(f"s{i}") for i, (c, _) in enumerate(columns)]), flt)
            .cte("filtered")
            .prefix_with("MATERIALIZED")  # both engines would otherwise fold it into the page query
        )
        ordering = []
        for i, (_, nullable) in enumerate(columns):
            term = filtered.c[f"s{i}"].desc() if descending else filtered.c[f"s{i}"].asc()
            ordering.append(term.nulls_last() if nullable else term)
        ordering.append(filtered.c.id.desc() if descending else filtered.c.id.asc())
        page = select(filtered.c.id).order_by(*ordering).offset(offset).limit(limit).subquery("page")
        stmt = stmt.join(page, page.c.id == Case.id)
    elif descending and sort in _SPLIT_AT_EMPTY:
        page = _page_split_at_empty(*_SPLIT_AT_EMPTY[sort], flt, offset, limit)
        stmt = stmt.join(page, page.c.id == Case.id)
    else:
        page = select(Case.id)
        page = _apply_filter(page, flt)
        ordering = _ordering(_sort_columns(sort, indexed=True), descending)
        page = page.order_by(*ordering).offset(offset).limit(limit).subquery("page")
        stmt = stmt.join(page, page.c.id == Case.id)
    stmt = stmt.join(Post, Post.id == Case.post_id).outerjoin(lead, lead.id == Case.lead_caseworker_id)
    return stmt.order_by(*_ordering(_sort_columns(sort), descending))


def cases_by_ids(session: Session, ids: list[int]) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    rows = session.execute(select(Case.id, Case.reference, Case.title).where(Case.id.in_(ids)))
    return {r[0]: (r[1], r[2]) for r in rows}


def open_case_ids_since(session: Session, since: datetime) -> list[int]:
    return list(
        session.scalars(
            select(Case.id).where(and_(Case.status.in_([CaseStatus.OPEN, CaseStatus.ACTIVE]), Case.updated_at >= since))
        )
    )
