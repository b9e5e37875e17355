"""``family_liaisons.plan_due_at`` and ``plan_due_active`` (revision 0027), which Home's "families due"
reads: the triggers keep them equal to what they mean, computed here in Python from the stored
rows (the last contact plus the plan's days; an open or active case and a plan), through every
write that moves them (a relative added, contacts logged, a plan changed, a contact voided, the
case's status changing and reopening, a hand-written statement), on SQLite and PostgreSQL; and
Home lists and counts exactly the relatives that are due."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from consular.services import audit_chain, cases, contacts, counterparts, dashboard, people, voiding
from tests.fixtures_db import add_reference_data
from tests.service_helpers import add_hostage, open_case

ROWS = (
    "SELECT f.id, f.last_contact_at, f.contact_every_days, f.plan_due_at, f.plan_due_active, c.status "
    "FROM family_liaisons f JOIN cases c ON c.id = f.case_id ORDER BY f.id"
)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def admin(request):
    if request.param == "sqlite":
        return request.getfixturevalue("ctx")
    return add_reference_data(request.getfixturevalue("pg_database"))


def _moment(value) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _check(ctx) -> set[int]:
    """Asserts the kept values are right; returns the ids of the relatives due now."""
    now = ctx.now()
    with ctx.database.engine.connect() as conn:
        rows = conn.execute(text(ROWS)).all()
    due = []
    for liaison_id, last, every, plan_due_at, plan_due_active, status in rows:
        last = _moment(last)
        planned = bool(every and every > 0)
        assert _moment(plan_due_at) == (last + timedelta(days=every) if planned and last else None), liaison_id
        assert bool(plan_due_active) == (planned and status in ("open", "active")), liaison_id
        if planned and status in ("open", "active") and (last is None or last < now - timedelta(days=every)):
            due.append((last is not None, last, liaison_id))
    board = dashboard.dashboard(ctx)
    listed = [f.liaison.id for f in board.family_overdue]
    assert listed == [liaison_id for *_, liaison_id in sorted(due)]  # never contacted first, then longest waiting
    assert board.family_total == len(due)
    return set(listed)


def test_every_write_keeps_the_relatives_due(admin):
    ref = open_case(admin).reference
    other = open_case(admin, title="Another case").reference
    hostage = add_hostage(admin, ref).person.id
    kin = [
        people.add_next_of_kin(
            admin, ref, hostage_person_id=hostage, full_name=name, relationship="sister", contact_every_days=days
        )
        for name, days in (("Sunita Verma", 2), ("Asha Verma", 5), ("Meena Verma", None))
    ]
    elsewhere = people.add_next_of_kin(
        admin,
        other,
        hostage_person_id=add_hostage(admin, other, name="Arjun Rao").person.id,
        full_name="Lakshmi Rao",
        relationship="mother",
        contact_every_days=3,
    )
    assert _check(admin) == {kin[0].id, kin[1].id, elsewhere.id}  # never contacted, with a plan

    now = admin.now()

    def log(days_ago, *who):
        at = now - timedelta(days=days_ago)
        return contacts.log_contact(admin, ref, counterpart_ids=list(who), occurred_at=at, channel="phone", subject="x")

    log(4, kin[0].counterpart_id)
    newest = log(1, kin[0].counterpart_id, kin[1].counterpart_id, kin[2].counterpart_id)
    assert _check(admin) == {elsewhere.id}
    people.set_contact_plan(admin, kin[1].id, contact_every_days=1)  # now overdue by its plan
    people.set_contact_plan(admin, kin[2].id, contact_every_days=1)  # a plan at last, overdue
    assert _check(admin) == {kin[1].id, kin[2].id, elsewhere.id}
    voiding.void_entry(admin, "contact", newest.id, reason="logged on the wrong case")  # a full recount
    assert _check(admin) == {kin[0].id, kin[1].id, kin[2].id, elsewhere.id}

    cases.change_status(admin, ref, "active", "Talks begin")  # still active: nothing moves
    assert _check(admin) == {kin[0].id, kin[1].id, kin[2].id, elsewhere.id}
    cases.change_status(admin, ref, "resolved", "Released")
    assert _check(admin) == {elsewhere.id}
    cases.change_status(admin, ref, "closed", "Repatriated")
    cases.change_status(admin, ref, "active", "New demand")  # reopened
    assert _check(admin) == {kin[0].id, kin[1].id, kin[2].id, elsewhere.id}

    police = counterparts.add_counterpart(admin, ref, name="Commissaire Traoré", category="police").id
    log(0.5, police)  # not with a relative: nothing moves
    assert _check(admin) == {kin[0].id, kin[1].id, kin[2].id, elsewhere.id}
    # The kept values are derived, not the relatives' recorded state: the audit chain still holds.
    assert audit_chain.verify(admin.database).ok
    with admin.database.engine.begin() as conn:  # a hand-written statement, many rows at once
        conn.execute(
            text("UPDATE family_liaisons SET last_contact_at = :at, contact_every_days = 7"),
            {"at": now - timedelta(days=6)},
        )
    assert _check(admin) == set()
    with admin.database.engine.begin() as conn:
        conn.execute(text("UPDATE cases SET status = 'open'"))
        conn.execute(text("UPDATE family_liaisons SET contact_every_days = 3 WHERE id = :id"), {"id": elsewhere.id})
    assert _check(admin) == {elsewhere.id}
