"""Queries behind a status brief: briefs issued, and contact aggregates over a period.

A brief of a case with thousands of contacts in its period must not load them all, so the
contact queries here count in the database and fetch only the few newest lines per
counterpart category.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, distinct, exists, func, select
from sqlalchemy.orm import Session, selectinload

from consular.db.models import (
    BriefRecord,
    Case,
    ContactCounterpart,
    ContactEntry,
    Counterpart,
)
from consular.domain.enums import CounterpartCategory


@dataclass(frozen=True)
class CategoryStats:
    """Contacts of a period with one category (``None``: contacts with no counterpart)."""

    category: CounterpartCategory | None
    count: int
    restricted_count: int
    last_at: datetime | None


def previous_brief(session: Session, case_id: int, *, until: datetime) -> BriefRecord | None:
    """The latest brief issued (not a draft) whose period ended at or before ``until``."""
    return session.scalar(
        select(BriefRecord)
        .where(
            BriefRecord.case_id == case_id,
            BriefRecord.draft.is_(False),
            BriefRecord.period_end <= until,
        )
        .order_by(BriefRecord.period_end.desc(), BriefRecord.id.desc())
        .limit(1)
    )


def brief_record(session: Session, record_id: int) -> BriefRecord | None:
    return session.get(BriefRecord, record_id)


def brief_by_pdf_hash(session: Session, pdf_sha256: str) -> tuple[BriefRecord, str, str] | None:
    """The brief whose PDF bytes have this SHA-256, with its case's reference and title."""
    row = session.execute(
        select(BriefRecord, Case.reference, Case.title)
        .join(Case, Case.id == BriefRecord.case_id)
        .where(BriefRecord.pdf_sha256 == pdf_sha256)
        .order_by(BriefRecord.id)
        .options(selectinload(BriefRecord.issued_by))
        .limit(1)
    ).first()
    return None if row is None else (row[0], row[1], row[2])


def restricted_contact_ids(session: Session, contact_ids: list[int]) -> set[int]:
    """Which of ``contact_ids`` are restricted contacts."""
    if not contact_ids:
        return set()
    stmt = select(ContactEntry.id).where(ContactEntry.id.in_(set(contact_ids)), ContactEntry.restricted.is_(True))
    return set(session.scalars(stmt))


def brief_records(session: Session, case_id: int, *, limit: int | None = None) -> list[BriefRecord]:
    stmt = (
        select(BriefRecord)
        .where(BriefRecord.case_id == case_id)
        .order_by(BriefRecord.issued_at.desc(), BriefRecord.id.desc())
        .options(selectinload(BriefRecord.issued_by))
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def _period(stmt, case_id: int, since: datetime | None, until: datetime | None, include_restricted: bool):
    stmt = stmt.where(ContactEntry.case_id == case_id, ContactEntry.voided_at.is_(None))
    if since is not None:
        stmt = stmt.where(ContactEntry.occurred_at >= since)
    if until is not None:
        stmt = stmt.where(ContactEntry.occurred_at < until)
    if not include_restricted:
        stmt = stmt.where(ContactEntry.restricted.is_(False))
    return stmt


def restricted_contact_times(session: Session, case_id: int, since: datetime, until: datetime) -> list[datetime]:
    """When each restricted contact of the case in [since, until) took place, newest first
    (what a brief shows of them to a reader who may not see their content)."""
    stmt = _period(select(ContactEntry.occurred_at), case_id, since, until, True).where(
        ContactEntry.restricted.is_(True)
    )
    return list(session.scalars(stmt.order_by(ContactEntry.occurred_at.desc(), ContactEntry.id.desc())))


def _has_category(category: CounterpartCategory | None):
    if category is None:
        return ~exists().where(ContactCounterpart.contact_id == ContactEntry.id)
    return exists().where(
        ContactCounterpart.contact_id == ContactEntry.id,
        Counterpart.id == ContactCounterpart.counterpart_id,
        Counterpart.category == category,
    )


def contact_totals(session: Session, case_id: int, since: datetime, until: datetime) -> tuple[int, int]:
    """(all contacts, restricted contacts) of the case in [since, until)."""
    row = session.execute(
        _period(
            select(
                func.count(ContactEntry.id),
                func.coalesce(func.sum(case((ContactEntry.restricted.is_(True), 1), else_=0)), 0),
            ),
            case_id,
            since,
            until,
            True,
        )
    ).one()
    return int(row[0] or 0), int(row[1] or 0)


def category_stats(
    session: Session, case_id: int, since: datetime, until: datetime, *, include_restricted: bool
) -> list[CategoryStats]:
    """Per counterpart category: contacts in [since, until), how many restricted, the latest.

    A contact with counterparts of two categories is counted under both.
    """
    restricted_id = case((ContactEntry.restricted.is_(True), ContactEntry.id), else_=None)
    stmt = (
        select(
            Counterpart.category,
            func.count(distinct(ContactEntry.id)),
            func.count(distinct(restricted_id)),
            func.max(ContactEntry.occurred_at),
        )
        .select_from(ContactEntry)
        .join(ContactCounterpart, ContactCounterpart.contact_id == ContactEntry.id)
        .join(Counterpart, Counterpart.id == ContactCounterpart.counterpart_id)
        .group_by(Counterpart.category)
    )
    stmt = _period(stmt, case_id, since, until, include_restricted)
    stats = [CategoryStats(cat, int(n), int(r), last) for cat, n, r, last in session.execute(stmt)]
    orphan = _period(
        select(func.count(ContactEntry.id), func.count(restricted_id), func.max(ContactEntry.occurred_at)).where(
            _has_category(None)
        ),
        case_id,
        since,
        until,
        include_restricted,
    )
    n, r, last = session.execute(orphan).one()
    if n:
        stats.append(CategoryStats(None, int(n), int(r), last))
    return stats


def recent_contacts(
    session: Session,
    case_id: int,
    category: CounterpartCategory | None,
    since: datetime,
    until: datetime,
    *,
    include_restricted: bool,
    limit: int,
) -> list[ContactEntry]:
    """The ``limit`` newest contacts of the period with a counterpart of ``category``."""
    stmt = _period(select(ContactEntry), case_id, since, until, include_restricted)
    stmt = (
        stmt.where(_has_category(category))
        .order_by(ContactEntry.occurred_at.desc(), ContactEntry.id.desc())
        .limit(limit)
        .options(selectinload(ContactEntry.counterparts))
    )
    return list(session.scalars(stmt))


def last_contact_by_category(
    session: Session, case_id: int, categories: list[CounterpartCategory], *, until: datetime, include_restricted: bool
) -> dict[CounterpartCategory, tuple[datetime, str]]:
    """For each category, the latest contact before ``until`` and the counterpart's name."""
    result: dict[CounterpartCategory, tuple[datetime, str]] = {}
    for category in categories:
        stmt = (
            _period(
                select(ContactEntry.occurred_at, Counterpart.name)
                .join(ContactCounterpart, ContactCounterpart.contact_id == ContactEntry.id)
                .join(
                    Counterpart,
                    and_(Counterpart.id == ContactCounterpart.counterpart_id, Counterpart.category == category),
                ),
                case_id,
                None,
                until,
                include_restricted,
            )
            .order_by(ContactEntry.occurred_at.desc(), ContactEntry.id.desc(), Counterpart.name)
            .limit(1)
        )
        row = session.execute(stmt).first()
        if row is not None:
            result[category] = (row[0], row[1])
    return result


def last_contact_with(
    session: Session, case_id: int, counterpart_ids: list[int], *, until: datetime, include_restricted: bool
) -> dict[int, datetime]:
    """The latest contact before ``until`` with each counterpart."""
    if not counterpart_ids:
        return {}
    stmt = _period(
        select(ContactCounterpart.counterpart_id, func.max(ContactEntry.occurred_at))
        .join(ContactEntry, ContactEntry.id == ContactCounterpart.contact_id)
        .where(ContactCounterpart.counterpart_id.in_(counterpart_ids))
        .group_by(ContactCounterpart.counterpart_id),
        case_id,
        None,
        until,
        include_restricted,
    )
    return {cid: at for cid, at in session.execute(stmt)}
