"""The supervisor's escalation queue: family-contact plans and tasks overdue by more than
N days on the cases one supervises, checked against a count by hand over every row, the
setting, the role matrix, restricted tasks as placeholders, and the indexes the SQL uses."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text

from consular.db.models import Case, FamilyLiaison, Task
from consular.domain.clock import FixedClock
from consular.domain.enums import CaseStatus, TaskStatus
from consular.domain.errors import PermissionDeniedError, ValidationError
from consular.i18n import format_date
from consular.services import contacts, escalation, people, tasks, voiding
from consular.services.contacts import FollowUp
from consular.services.context import ServiceContext, Settings
from tests.demo_data import CASEWORKER, OTHER_CASEWORKER, SUPERVISOR
from tests.fixtures_db import add_reference_data
from tests.service_helpers import add_hostage, open_case


def at(ctx, when, *, username=SUPERVISOR, after_days=3) -> ServiceContext:
    """``username``'s context reading the database at ``when`` with the grace ``after_days``."""
    from consular.services.context import actor_for

    return ServiceContext(
        ctx.database, actor_for(ctx.database, username), Settings(escalate_after_days=after_days), FixedClock(when)
    )


@pytest.fixture
def world(ctx):
    return build_world(ctx)


def build_world(ctx):
    """Three cases: two supervised by Vikram (one closed later), one by the administrator.
    Tasks due over a spread of days, some done or voided; relatives with plans of 2 and 7 days."""
    t0 = ctx.now()
    mine = open_case(ctx).reference
    mine_too = open_case(ctx, title="Engineer taken near the quarry, Kayes").reference
    not_mine = open_case(ctx, title="Trekker missing, Langtang", supervisor="admin", post_code="BAM").reference
    ids = {}
    for ref in (mine, mine_too, not_mine):
        for days in (-10, -5, -3.5, -2, 0, 2):
            t = tasks.add_task(
                ctx, ref, title=f"Call back ({days})", due_at=t0 + timedelta(days=days), assignee=CASEWORKER
            )
            ids[(ref, days)] = t.id
    tasks.complete_task(ctx, ids[(mine, -10)], note="done")
    voiding.void_entry(ctx, "task", ids[(mine, -5)], reason="entered twice")
    tasks.update_task(ctx, ids[(mine_too, -10)], status="in_progress")
    for ref, every in ((mine, 2), (mine_too, 7), (not_mine, 2)):
        hostage = add_hostage(ctx, ref, name=f"Hostage of {ref}").person.id
        people.add_next_of_kin(
            ctx,
            ref,
            hostage_person_id=hostage,
            full_name=f"Kin of {ref}",
            relationship="sister",
            contact_every_days=every,
        )
    return {"t0": t0, "mine": mine, "mine_too": mine_too, "not_mine": not_mine, "ids": ids}


def by_hand(ctx, supervisor_id: int, now, after: int) -> tuple[set[int], set[int]]:
    """Every row read in Python: the overdue tasks and plans of the supervisor's cases."""
    with ctx.database.session() as session:
        cases = {c.id: c for c in session.scalars(select(Case))}
        mine = {cid for cid, c in cases.items() if c.supervisor_id == supervisor_id}
        active = {cid for cid in mine if cases[cid].status in (CaseStatus.OPEN, CaseStatus.ACTIVE)}
        due_tasks = {
            t.id
            for t in session.scalars(select(Task))
            if t.case_id in mine
            and t.status in (TaskStatus.OPEN, TaskStatus.IN_PROGRESS)
            and t.voided_at is None
            and t.due_at is not None
            and now - t.due_at > timedelta(days=after)
        }
        due_plans = {
            f.id
            for f in session.scalars(select(FamilyLiaison))
            if f.case_id in active
            and f.contact_every_days
            and now - ((f.last_contact_at or f.created_at) + timedelta(days=f.contact_every_days))
            > timedelta(days=after)
        }
    return due_tasks, due_plans


def supervisor_id(ctx) -> int:
    with ctx.database.session() as session:
        return session.scalar(text("SELECT id FROM users WHERE username = :u"), {"u": SUPERVISOR})


@pytest.mark.parametrize("later_days, after", [(0, 3), (0, 1), (4, 3), (6, 3), (12, 3), (12, 10)])
def test_the_queue_matches_a_count_by_hand(ctx, world, later_days, after):
    check_against_hand_count(ctx, world, later_days, after)


@pytest.mark.postgres
def test_the_queue_matches_a_count_by_hand_on_postgresql(pg_database):
    from consular.services import case_links

    ctx = add_reference_data(pg_database)
    world = build_world(ctx)
    for later_days, after in ((0, 3), (6, 3), (12, 3), (12, 10)):
        check_against_hand_count(ctx, world, later_days, after)
    link = case_links.link_cases(ctx, world["mine"], world["not_mine"], kind="same_incident")
    assert [x.id for x in case_links.list_links(ctx, world["not_mine"])] == [link.id]


def check_against_hand_count(ctx, world, later_days, after):
    now = world["t0"] + timedelta(days=later_days, minutes=5)
    queue = escalation.my_queue(at(ctx, now, after_days=after))
    hand_tasks, hand_plans = by_hand(ctx, supervisor_id(ctx), now, after)
    assert {i.item_id for i in queue.items if i.kind == escalation.TASK} == hand_tasks
    assert {i.item_id for i in queue.items if i.kind == escalation.FAMILY} == hand_plans
    assert (queue.task_total, queue.family_total, queue.total) == (
        len(hand_tasks),
        len(hand_plans),
        len(hand_tasks) + len(hand_plans),
    )
    assert [i.due_at for i in queue.items] == sorted(i.due_at for i in queue.items)
    assert all(i.reference != world["not_mine"] for i in queue.items)
    assert all(i.days_overdue >= after for i in queue.items)


def test_what_the_queue_holds_on_a_given_day(ctx, world):
    ids, mine, mine_too = world["ids"], world["mine"], world["mine_too"]
    queue = escalation.my_queue(at(ctx, world["t0"] + timedelta(hours=1)))
    # Due 10 days ago (in progress) and 5 days ago and 3.5 days ago; not the done or voided ones,
    # not the one 2 days overdue (within the 3 days' grace), not the administrator's case.
    assert {i.item_id for i in queue.items} == {
        ids[(mine_too, -10)],
        ids[(mine_too, -5)],
        ids[(mine, -3.5)],
        ids[(mine_too, -3.5)],
    }
    first = queue.items[0]
    assert first.reference == mine_too and first.days_overdue == 10 and first.text == "Call back (-10) — Anjali Sharma"
    assert queue.to_json()["total"] == 4 and queue.after_days == 3

    # Six days on, the two-day plan (never contacted: counted from when it was agreed) is 4 days overdue.
    later = escalation.my_queue(at(ctx, world["t0"] + timedelta(days=6, hours=1)))
    [plan] = [i for i in later.items if i.kind == escalation.FAMILY]
    assert plan.reference == mine and plan.days_overdue == 4
    assert plan.text == f"Family of Hostage of {mine} (sister): agreed every 2 days, no contact logged"


def test_a_contact_with_the_family_takes_the_plan_off_the_queue(ctx, world):
    mine = world["mine"]
    [kin] = people.list_next_of_kin(ctx, mine)
    when = world["t0"] + timedelta(days=6)
    assert any(i.kind == escalation.FAMILY for i in escalation.my_queue(at(ctx, when)).items)
    tomorrow = world["t0"] + timedelta(days=1)
    contacts.log_contact(
        ServiceContext(ctx.database, ctx.actor, ctx.settings, FixedClock(tomorrow, read_only=False)),
        mine,
        occurred_at=tomorrow,
        channel="phone",
        subject="Update to the family",
        counterpart_ids=[kin.counterpart_id],
    )
    assert not any(i.kind == escalation.FAMILY for i in escalation.my_queue(at(ctx, when)).items)
    [plan] = [i for i in escalation.my_queue(at(ctx, when + timedelta(days=1))).items if i.kind == escalation.FAMILY]
    day = format_date(tomorrow, "dd MMM")
    assert plan.text == f"Family of Hostage of {mine} (sister): agreed every 2 days, last contact {day}"
    assert (plan.reference, plan.item_id, plan.due_at) == (mine, kin.id, tomorrow + timedelta(days=2))


def test_closing_a_case_takes_its_plans_off_and_a_restricted_follow_up_is_a_placeholder(ctx, make_ctx, world):
    from consular.services import cases

    mine = world["mine"]
    cases.change_status(ctx, mine, "closed", reason="Released")
    queue = escalation.my_queue(at(ctx, world["t0"] + timedelta(days=6)))
    assert not any(i.reference == mine and i.kind == escalation.FAMILY for i in queue.items)

    # A follow-up of a restricted contact is shown in full to its case's supervisor (on the
    # team by definition; need_to_know.withheld_tasks finds nothing to withhold from them).
    ref = world["not_mine"]
    [kin] = people.list_next_of_kin(ctx, ref)
    contacts.log_contact(
        ctx,
        ref,
        occurred_at=world["t0"] - timedelta(days=9),
        channel="phone",
        subject="Ransom call",
        counterpart_ids=[kin.counterpart_id],
        restricted=True,
        follow_up=FollowUp(title="Brief the crisis cell on the ransom call", due_at=world["t0"] - timedelta(days=8)),
    )
    admin_queue = escalation.my_queue(at(ctx, world["t0"], username="admin"))
    [follow] = [i for i in admin_queue.items if i.text.startswith("Brief the crisis cell")]
    assert not follow.withheld


def test_only_supervisors_have_a_queue_and_the_setting_is_checked(ctx, make_ctx, world, monkeypatch):
    with pytest.raises(PermissionDeniedError, match="only supervisors or administrators may"):
        escalation.my_queue(make_ctx(CASEWORKER))
    with pytest.raises(PermissionDeniedError):
        escalation.my_queue(make_ctx(OTHER_CASEWORKER))
    monkeypatch.setenv("CONSULAR_ESCALATE_AFTER_DAYS", "7")
    assert Settings.from_environment().escalate_after_days == 7
    assert Settings().escalate_after_days == 3
    monkeypatch.setenv("CONSULAR_ESCALATE_AFTER_DAYS", "two")
    with pytest.raises(ValidationError, match="CONSULAR_ESCALATE_AFTER_DAYS='two' is not a number of days"):
        Settings.from_environment()


def test_the_queries_use_the_indexes(ctx, world):
    """The plan of each statement reads the supervisor's cases by index, never a scan of cases or tasks."""
    from sqlalchemy.dialects import sqlite

    me = supervisor_id(ctx)
    now = world["t0"]
    statements = escalation.queue_statements(me, now, 3, [2, 7])
    with ctx.database.engine.connect() as conn:
        for stmt in statements:
            compiled = stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
            plan = " | ".join(row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}"))
            assert "ix_cases_supervisor_id_status" in plan, plan
            assert "SCAN tasks" not in plan and "SCAN cases" not in plan and "SCAN family_liaisons" not in plan, plan
    # The tasks: the overdue open ones in due order, each checked against the supervisor's case
    # ids, not every case's tasks probed by case id (14,000 probes for a supervisor at 100,000 cases).
    assert "SEARCH tasks USING INDEX ix_tasks_status_due_at (status=? AND due_at<?)" in plan, plan


def test_on_postgresql_the_supervisors_cases_are_read_once_before_their_relatives():
    """PostgreSQL 15 planned a parallel worker over the supervisor's cases when they were an
    inline subquery (at 100,000 cases the worker's start cost more than the statement): they are
    a materialized CTE there, read by ix_cases_supervisor_id_status with both its columns."""
    from datetime import UTC, datetime

    from sqlalchemy.dialects import postgresql

    now = datetime(2026, 11, 30, tzinfo=UTC)
    sql = str(escalation._family_page(7, now, 3, [], 100, "postgresql").compile(dialect=postgresql.dialect()))
    assert "WITH mine AS MATERIALIZED" in sql and "family_liaisons.case_id IN (SELECT mine.id" in sql
    sqlite_sql = str(escalation._family_page(7, now, 3, [2], 100))
    assert "MATERIALIZED" not in sqlite_sql
