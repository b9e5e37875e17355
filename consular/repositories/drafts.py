"""Queries over drafts: one account's unsaved forms (see :class:`consular.db.models.Draft`)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from consular.db.models import Case, Draft


def find(session: Session, owner_id: int, case_id: int, kind: str, target: str, *, lock: bool = False) -> Draft | None:
    """The owner's draft of ``kind`` for ``target`` on the case, if any. ``lock``: hold the row
    until commit (PostgreSQL; SQLite's writer already holds the database)."""
    stmt = select(Draft).where(
        Draft.owner_id == owner_id, Draft.case_id == case_id, Draft.kind == kind, Draft.target == target
    )
    if lock:
        stmt = stmt.with_for_update()
    return session.scalar(stmt)


def of_owner(session: Session, owner_id: int, *, case_id: int | None = None, kind: str | None = None):
    """(draft, case reference) pairs of one owner, the most recently updated first."""
    stmt = select(Draft, Case.reference).join(Case, Case.id == Draft.case_id).where(Draft.owner_id == owner_id)
    if case_id is not None:
        stmt = stmt.where(Draft.case_id == case_id)
    if kind is not None:
        stmt = stmt.where(Draft.kind == kind)
    return [
        (draft, reference)
        for draft, reference in session.execute(stmt.order_by(Draft.updated_at.desc(), Draft.id.desc()))
    ]
