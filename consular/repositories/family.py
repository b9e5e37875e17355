"""Queries of the family update log and the "tell the family" items."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from consular.db.family_models import FamilyUpdate, TellFamilyItem
from consular.db.models import Case, FamilyLiaison, Person, User
from consular.domain.enums import TellKind


def open_tell_items(
    session: Session, visible_case_ids: set[int] | Callable | None, limit: int
) -> tuple[list[tuple[int, str, int, str, TellKind, datetime, datetime]], int]:
    """Open "tell the family" items, the earliest due (so the most overdue) first: the first
    ``limit`` as (item id, case reference, hostage person id, hostage name, kind, opened, due),
    and how many there are in all. Items of restricted developments only for the cases in
    ``visible_case_ids`` (None: every case; or a function making the SQL condition "may see"
    of a case id column, such as :func:`consular.services.need_to_know.on_team`).

    One statement: the open items by ``ix_tell_family_items_done_at_due_at`` (done_at NULL,
    in due order), each joined to its case and hostage by primary key."""
    stmt = (
        select(
            TellFamilyItem.id,
            Case.reference,
            TellFamilyItem.hostage_person_id,
            Person.full_name,
            TellFamilyItem.kind,
            TellFamilyItem.opened_at,
            TellFamilyItem.due_at,
            func.count().over().label("total"),
        )
        .join(Case, Case.id == TellFamilyItem.case_id)
        .join(Person, Person.id == TellFamilyItem.hostage_person_id)
        .where(TellFamilyItem.done_at.is_(None))
    )
    if callable(visible_case_ids):  # a condition on the item's case id, asked row by row
        stmt = stmt.where(or_(TellFamilyItem.restricted.is_(False), visible_case_ids(TellFamilyItem.case_id)))
    elif visible_case_ids is not None:
        stmt = stmt.where(
            or_(TellFamilyItem.restricted.is_(False), TellFamilyItem.case_id.in_(sorted(visible_case_ids)))
        )
    rows = session.execute(stmt.order_by(TellFamilyItem.due_at, TellFamilyItem.id).limit(limit)).all()
    return [tuple(row[:7]) for row in rows], (rows[0].total if rows else 0)


def timeline_updates(session: Session, case_id: int, window) -> list[tuple]:
    """A case's unvoided family updates for the timeline, in ``window`` (a
    :class:`consular.repositories.timeline.Window`): (id, told_at, channel, what_told,
    restricted, told_by, kin person id, kin name, relationship, hostage person id, hostage name).
    Restricted ones only with ``window.include_restricted``."""
    kin = Person.__table__.alias("kin")
    hostage = Person.__table__.alias("hostage")
    stmt = (
        select(
            FamilyUpdate.id,
            FamilyUpdate.told_at,
            FamilyUpdate.channel,
            FamilyUpdate.what_told,
            FamilyUpdate.restricted,
            User.display_name,
            kin.c.id,
            kin.c.full_name,
            FamilyLiaison.relationship_to_hostage,
            hostage.c.id,
            hostage.c.full_name,
        )
        .join(FamilyLiaison, FamilyLiaison.id == FamilyUpdate.liaison_id)
        .join(User, User.id == FamilyUpdate.told_by_id)
        .join(kin, kin.c.id == FamilyLiaison.kin_person_id)
        .join(hostage, hostage.c.id == FamilyLiaison.hostage_person_id)
        .where(FamilyUpdate.case_id == case_id, FamilyUpdate.voided_at.is_(None))
    )
    if not window.include_restricted:
        stmt = stmt.where(FamilyUpdate.restricted.is_(False))
    return list(session.execute(window.on(stmt, FamilyUpdate.told_at).order_by(FamilyUpdate.told_at, FamilyUpdate.id)))
