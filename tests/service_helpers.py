"""Small helpers for the service tests (importable; fixtures live in fixtures_db.py)."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from consular.db.models import AuditEntry
from consular.domain.errors import ValidationError
from consular.services import cases, people
from consular.services.context import ServiceContext
from tests.demo_data import CASEWORKER, INCIDENT, SUPERVISOR


def audit_count(ctx: ServiceContext) -> int:
    with ctx.database.session() as session:
        return session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action.not_like("%.sync")))


def audit_actions(ctx: ServiceContext) -> list[str]:
    with ctx.database.session() as session:
        stmt = select(AuditEntry.action).where(AuditEntry.action.not_like("%.sync")).order_by(AuditEntry.id)
        return list(session.scalars(stmt))


@contextlib.contextmanager
def audited(ctx: ServiceContext, action: str, count: int = 1):
    """Assert the block writes exactly ``count`` audit entries, the last with ``action``
    (not counting the ``<entity>.sync`` entries chained for records changed alongside)."""
    before = audit_count(ctx)
    yield
    after = audit_count(ctx)
    assert after - before == count, f"expected {count} audit entr(y/ies) for {action}, got {after - before}"
    assert audit_actions(ctx)[-1] == action


@contextlib.contextmanager
def refused(ctx: ServiceContext, field: str, match: str | None = None):
    """Assert the block raises ValidationError on ``field`` and writes no audit entry."""
    before = audit_count(ctx)
    with pytest.raises(ValidationError, match=match) as info:
        yield info
    assert info.value.field == field, f"error was on {info.value.field!r}: {info.value}"
    assert audit_count(ctx) == before


def open_case(ctx: ServiceContext, **overrides):
    values = {
        "post_code": "BAM",
        "title": "Three nationals taken hostage at a cement factory, Kayes",
        "kind": "hostage_taking",
        "incident_at": INCIDENT,
        "incident_country": "ML",
        "incident_town": "Kayes",
        "lead_caseworker": CASEWORKER,
        "supervisor": SUPERVISOR,
    }
    values.update(overrides)
    return cases.open_case(ctx, **values)


def add_hostage(ctx: ServiceContext, reference: str, name: str = "Ravi Kumar Verma", **fields):
    values = {"role": "hostage", "full_name": name, "passport_number": "X1618033", "nationality": "IN"}
    values.update(fields)
    return people.add_person(ctx, reference, **values)


def aware(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def someone(ctx: ServiceContext, reference: str) -> list[int]:
    """The ids for a contact's "With": a counterpart of the case (a contact must be with
    somebody). Uses the case's first counterpart, or adds "Duty officer" as its supervisor."""
    from consular.services import counterparts
    from consular.services.context import actor_for

    existing = counterparts.case_counterparts(ctx, reference)
    if existing:
        return [existing[0].id]
    writer = ServiceContext(ctx.database, actor_for(ctx.database, SUPERVISOR))
    return [counterparts.add_counterpart(writer, reference, name="Duty officer", category="other").id]


def case_with_calls(ctx: ServiceContext, count: int, *, subject=None, notes=None, staff=None) -> tuple[str, int]:
    """A new case with a hostage and ``count`` phone calls with its police counterpart, an hour
    apart from 2 July 2025 08:00: (reference, the counterpart's id). ``subject``/``notes``/
    ``staff``: the call's subject, notes and staff present by its number (default "Call 07",
    "Note 7", none)."""
    from datetime import timedelta

    from consular.services import contacts, counterparts

    reference = open_case(ctx).reference
    add_hostage(ctx, reference)
    police = counterparts.add_counterpart(ctx, reference, name="Commissaire Diallo", category="police")
    for i in range(count):
        contacts.log_contact(
            ctx,
            reference,
            occurred_at=aware(2025, 7, 2, 8) + timedelta(hours=i),
            channel="phone",
            subject=subject(i) if subject else f"Call {i:02d}",
            counterpart_ids=[police.id],
            notes=notes(i) if notes else f"Note {i}",
            staff_present=staff(i) if staff else None,
        )
    return reference, police.id
