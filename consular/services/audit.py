"""Audit entries: encoding before/after snapshots and reading the trail back."""

from __future__ import annotations

import enum
import json
from datetime import date, datetime

from sqlalchemy import select

from consular.db.models import AuditEntry, Case, User
from consular.services.context import ServiceContext
from consular.services.permissions import action
from consular.services.views import AuditView


def _default(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def encode(snapshot: dict | None) -> str | None:
    if snapshot is None:
        return None
    return json.dumps(snapshot, default=_default, ensure_ascii=False, sort_keys=True)


def snapshot(obj, fields: list[str]) -> dict:
    return {name: getattr(obj, name) for name in fields}


@action("audit.audit_trail")
def audit_trail(ctx: ServiceContext, reference: str | None = None, *, limit: int = 200) -> list[AuditView]:
    """Newest first; for one case when ``reference`` is given."""
    with ctx.transaction() as session:
        stmt = (
            select(AuditEntry, User.display_name, Case.reference)
            .join(User, User.id == AuditEntry.actor_id)
            .outerjoin(Case, Case.id == AuditEntry.case_id)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .limit(limit)
        )
        if reference:
            stmt = stmt.where(Case.reference == reference.strip().upper())
        return [
            AuditView(
                id=a.id,
                at=a.at,
                actor=name,
                action=a.action,
                entity=a.entity,
                entity_id=a.entity_id,
                case_reference=ref,
                before=json.loads(a.before) if a.before else None,
                after=json.loads(a.after) if a.after else None,
            )
            for a, name, ref in session.execute(stmt)
        ]
