"""Audit entries: taking before/after snapshots and reading the trail back.

(How a snapshot is stored is :mod:`consular.services.audit_encoding`.)
"""

from __future__ import annotations

import json

from sqlalchemy import select

from consular.db.models import AuditEntry, Case, User
from consular.services.context import ServiceContext
from consular.services.permissions import action
from consular.services.views import AuditView


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
