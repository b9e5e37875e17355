"""Hostage status outcomes need a source and a confirmation; days held count from the start of
the captivity; any entry can be voided with a reason and then counts for nothing."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from consular.db import migrate
from consular.db.engine import open_database
from consular.domain.clock import FixedClock
from consular.domain.enums import HostageStatus
from consular.domain.errors import ConflictError, PermissionDeniedError
from consular.domain.repatriation import ITEM_ORDER
from consular.services import (
    briefs,
    cases,
    contacts,
    dashboard,
    milestones,
    people,
    proof_of_life,
    tasks,
    timeline,
    voiding,
)
from consular.services.context import ServiceContext
from tests.service_helpers import add_hostage, audit_actions, audited, aware, open_case, refused, someone

# Incident 2025-07-01 06:00 UTC; "today" is 21 July, 06:00 UTC: 20 whole days later.
TODAY = aware(2025, 7, 21, 6, 0)


def at_today(ctx: ServiceContext) -> ServiceContext:
    return ServiceContext(ctx.database, ctx.actor, ctx.settings, FixedClock(TODAY, read_only=False))


@pytest.fixture
def today_ctx(ctx):
    return at_today(ctx)


@pytest.fixture
def as_user(today_ctx, make_ctx):
    return lambda username: at_today(make_ctx(username))


@pytest.fixture
def ref(today_ctx):
    return open_case(today_ctx).reference


@pytest.fixture
def hostage(today_ctx, ref):
    return add_hostage(today_ctx, ref)


def release(ctx, ref, hostage, **extra):
    values = {
        "effective_at": "2025-07-10T06:00+00:00",
        "source": "Gendarmerie Kayes",
        "confirm_name": hostage.person.full_name,
    }
    values.update(extra)
    return people.change_hostage_status(ctx, ref, hostage.person.id, "released", **values)


@pytest.mark.parametrize("status", ["released", "rescued", "escaped", "deceased"])
def test_outcome_needs_a_source_and_a_confirmation_naming_the_person(today_ctx, ref, hostage, status):
    pid = hostage.person.id
    with refused(today_ctx, "source", "comes from"):
        people.change_hostage_status(today_ctx, ref, pid, status, confirm_name=hostage.person.full_name)
    with refused(today_ctx, "confirm_name", "type their name"):
        people.change_hostage_status(today_ctx, ref, pid, status, source="Gendarmerie")
    with refused(today_ctx, "confirm_name", "does not match"):
        people.change_hostage_status(today_ctx, ref, pid, status, source="Gendarmerie", confirm_name="Ravi Kumar")
    # Case and spacing do not matter; the name does.
    # A "tell the family" item opens with any status change; alive and free, the repatriation
    # checklist opens too (its entry, and a task and an item per item).
    entries = 2 if status == "deceased" else 3 + 2 * len(ITEM_ORDER)
    with audited(today_ctx, "hostage.status", count=entries):
        view = people.change_hostage_status(
            today_ctx, ref, pid, status, source="Gendarmerie", confirm_name="  ravi  KUMAR verma "
        )
    assert view.hostage_status == HostageStatus(status)


def test_held_and_unaccounted_need_no_confirmation(today_ctx, ref, hostage):
    view = people.change_hostage_status(today_ctx, ref, hostage.person.id, "unaccounted")
    assert view.hostage_status == HostageStatus.UNACCOUNTED


def _days_everywhere(ctx, ref) -> tuple:
    header = cases.get_case(ctx, ref).hostages[0]
    [held] = [h for h in dashboard.dashboard(ctx).held if h.reference == ref]
    brief = briefs.brief_data(ctx, ref, include_restricted=True).hostages[0]
    return header.days_in_captivity(), held.days_in_captivity, brief.days_in_captivity


def test_back_to_held_after_a_mistaken_release_keeps_the_days_held(today_ctx, ref, hostage):
    assert _days_everywhere(today_ctx, ref) == (20, 20, 20)
    release(today_ctx, ref, hostage)
    people.change_hostage_status(today_ctx, ref, hostage.person.id, "held", effective_at="2025-07-10T12:00+00:00")
    # Header, dashboard and brief all count from 1 July, not from the correction on 10 July.
    assert _days_everywhere(today_ctx, ref) == (20, 20, 20)
    view = cases.get_case(today_ctx, ref).hostages[0]
    assert view.captivity_started_at == aware(2025, 7, 1, 6, 0)
    assert view.situation_label() == "held for 20 days"


def test_voiding_a_mistaken_release_restores_held_and_keeps_it_in_the_history(today_ctx, ref, hostage):
    released = release(today_ctx, ref, hostage)
    wrong = released.status_history[-1]
    with audited(today_ctx, "entry.void", count=2):  # and the closing of its "tell the family" item
        result = voiding.void_entry(today_ctx, "status", wrong.id, reason="Rumour, not confirmed by the police")
    assert result.current_status == "held" and result.voided_by == "Test Administrator"
    view = cases.get_case(today_ctx, ref).hostages[0]
    assert view.hostage_status == HostageStatus.HELD and view.days_in_captivity() == 20
    # Still in the history, struck through, with who, when and why.
    voided = [e for e in view.status_history if e.voided]
    assert [(e.id, e.voided_by, e.void_reason, e.voided_at) for e in voided] == [
        (wrong.id, "Test Administrator", "Rumour, not confirmed by the police", TODAY)
    ]
    assert cases.case_summary(today_ctx, ref).hostages_held == 1
    assert _days_everywhere(today_ctx, ref) == (20, 20, 20)
    # Not on the timeline either.
    events = timeline.case_timeline(today_ctx, ref).events
    assert not [e for e in events if e.source.entity == "hostage_status" and e.source.id == wrong.id]
    with pytest.raises(ConflictError, match="already voided"):
        voiding.void_entry(today_ctx, "status", wrong.id, reason="again")


def test_the_only_status_entry_cannot_be_voided(today_ctx, ref, hostage):
    with refused(today_ctx, "entry_id", "only entry"):
        voiding.void_entry(today_ctx, "status", hostage.status_history[0].id, reason="typo")


def test_void_needs_a_reason(today_ctx, ref, hostage):
    entry = contacts.log_contact(
        today_ctx,
        ref,
        counterpart_ids=someone(today_ctx, ref),
        occurred_at="2025-07-02T10:00+00:00",
        subject="Call",
        channel="phone",
    )
    with refused(today_ctx, "reason"):
        voiding.void_entry(today_ctx, "contact", entry.id, reason="   ")


def test_only_the_author_or_a_supervisor_may_void(as_user, ref, hostage):
    author, other, supervisor, viewer = (as_user(u) for u in ("a.sharma", "k.reddy", "v.iyer", "s.kapoor"))
    mine = contacts.log_contact(
        author,
        ref,
        counterpart_ids=someone(author, ref),
        occurred_at="2025-07-02T10:00+00:00",
        subject="Call",
        channel="phone",
    )
    second = contacts.log_contact(
        author,
        ref,
        counterpart_ids=someone(author, ref),
        occurred_at="2025-07-03T10:00+00:00",
        subject="Visit",
        channel="phone",
    )
    with pytest.raises(PermissionDeniedError, match="Only Anjali Sharma or a supervisor"):
        voiding.void_entry(other, "contact", mine.id, reason="not mine")
    with pytest.raises(PermissionDeniedError):
        voiding.void_entry(viewer, "contact", mine.id, reason="not mine")
    assert voiding.void_entry(author, "contact", mine.id, reason="Wrong case").voided_by == "Anjali Sharma"
    assert voiding.void_entry(supervisor, "contact", second.id, reason="Duplicate").voided_by == "Vikram Iyer"
    assert audit_actions(author)[-2:] == ["entry.void", "entry.void"]


def test_voided_entries_count_for_nothing(today_ctx, ref, hostage):
    ctx = today_ctx
    pid = hostage.person.id
    keep = contacts.log_contact(
        ctx,
        ref,
        counterpart_ids=someone(ctx, ref),
        occurred_at="2025-07-02T10:00+00:00",
        subject="Kept",
        channel="phone",
    )
    wrong = contacts.log_contact(
        ctx,
        ref,
        counterpart_ids=someone(ctx, ref),
        occurred_at="2025-07-05T10:00+00:00",
        subject="Wrong",
        channel="phone",
    )
    pol = proof_of_life.record_proof_of_life(ctx, ref, pid, occurred_at="2025-07-15T10:00+00:00", description="Video")
    task = tasks.add_task(ctx, ref, title="Call the prefect", due_at="2025-07-12T10:00+00:00")
    assert cases.get_case(ctx, ref).contact_count == 2
    assert [t.id for t in dashboard.dashboard(ctx).overdue_tasks] == [task.id]

    voiding.void_entry(ctx, "contact", wrong.id, reason="Logged on the wrong case")
    voiding.void_entry(ctx, "milestone", pol.id, reason="The video was from 2023")
    voiding.void_entry(ctx, "task", task.id, reason="Raised twice")

    detail = cases.get_case(ctx, ref)
    assert detail.contact_count == 1 and detail.last_contact_at == keep.occurred_at
    assert detail.hostages[0].last_proof_of_life is None
    assert detail.milestones == [] and detail.tasks == []
    assert [c.id for c in contacts.list_contacts(ctx, ref)] == [keep.id]
    assert dashboard.dashboard(ctx).overdue_tasks == []
    assert cases.case_summary(ctx, ref).next_task_due is None
    # The history view still has them, with who and why, for striking through.
    shown = {c.id: c for c in contacts.list_contacts(ctx, ref, contacts.ContactFilter(include_voided=True))}
    assert shown[wrong.id].voided and shown[wrong.id].void_reason == "Logged on the wrong case"
    assert not shown[keep.id].voided
    [m] = milestones.list_milestones(ctx, ref, include_voided=True)
    assert m.voided and m.voided_by == "Test Administrator"
    [t] = tasks.list_tasks(ctx, ref, include_voided=True)
    assert t.voided and t.void_reason == "Raised twice"
    # Brief and timeline leave them out.
    brief = briefs.brief_data(ctx, ref, since="2025-07-01", include_restricted=True)
    assert brief.hostages[0].last_proof_of_life is None
    assert brief.contacts_total == 1
    assert [d.title for d in brief.developments if "Proof of life" in d.title] == []
    ids = {(e.source.entity, e.source.id) for e in timeline.case_timeline(ctx, ref).events}
    assert ("contact", keep.id) in ids
    assert not ids & {("contact", wrong.id), ("milestone", pol.id), ("task", task.id)}
    # A voided entry is history: it can no longer be edited.
    with pytest.raises(ConflictError, match="voided"):
        contacts.edit_contact(ctx, wrong.id, subject="Renamed")
    with pytest.raises(ConflictError, match="voided"):
        tasks.complete_task(ctx, task.id)


def test_as_of_clock_refuses_changes(ctx, ref):
    looking = ServiceContext(ctx.database, ctx.actor, ctx.settings, FixedClock(TODAY - timedelta(days=5)))
    with pytest.raises(PermissionDeniedError, match="as of 2025-07-16"):
        contacts.log_contact(
            looking,
            ref,
            counterpart_ids=someone(looking, ref),
            occurred_at="2025-07-02T10:00+00:00",
            subject="Call",
            channel="phone",
        )
    assert looking.as_of_label == "As of 16 July 2025"


def _script_down_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config()).get_revision("0002")
    return script.down_revision


def test_upgrade_to_0002_keeps_entries_and_leaves_them_standing(tmp_path):
    """Rows written at the previous revision survive the upgrade, not voided."""
    path = tmp_path / "old.db"
    database = open_database(path)
    migrate.upgrade(database, _script_down_revision())
    database.dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=ON")
    order = [
        "users",
        "posts",
        "cases",
        "persons",
        "case_participants",
        "hostage_status_events",
        "contact_entries",
        "milestones",
        "tasks",
    ]
    for table in order:
        columns = conn.execute(f"PRAGMA table_info({table})").fetchall()
        names, values = [], []
        for _cid, name, type_, notnull, default, _pk in columns:
            if name == "id":
                names.append(name)
                values.append(7)
            elif notnull and default is None:
                names.append(name)
                kind = type_.upper()
                if name.endswith("_id"):
                    values.append(7)
                elif "INT" in kind or "BOOL" in kind:
                    values.append(1)
                elif "DATETIME" in kind or "TIMESTAMP" in kind:
                    values.append("2025-07-01 06:00:00.000000")
                elif "FLOAT" in kind or "REAL" in kind:
                    values.append(0.0)
                else:
                    values.append(f"{table}-{name}"[:5] if name in ("code", "country") else f"{table} {name}")
        marks = ", ".join("?" for _ in names)
        conn.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", values)
    conn.commit()
    conn.close()

    database = open_database(path)
    migrate.upgrade(database, "0002")
    database.dispose()
    conn = sqlite3.connect(path)
    try:
        for table in ("hostage_status_events", "contact_entries", "milestones", "tasks"):
            rows = conn.execute(f"SELECT id, voided_at, voided_by_id, void_reason FROM {table}").fetchall()
            assert rows == [(7, None, None, None)], table
        assert conn.execute("SELECT subject FROM contact_entries").fetchall() == [("contact_entries subject",)]
    finally:
        conn.close()


def test_the_case_view_keeps_voided_milestones_apart_and_flagged(today_ctx, ref, hostage):
    """A voided proof of life stays readable in the history (struck through, who and why),
    while the case's milestones, its last proof of life and its counts leave it out."""
    ctx, pid = today_ctx, hostage.person.id
    kept = proof_of_life.record_proof_of_life(ctx, ref, pid, occurred_at="2025-07-08T10:00+00:00", description="Call")
    wrong = proof_of_life.record_proof_of_life(
        ctx, ref, pid, occurred_at="2025-07-15T10:00+00:00", description="Old video"
    )
    voiding.void_entry(ctx, "milestone", wrong.id, reason="The video was from 2023")

    detail = cases.get_case(ctx, ref)
    assert [m.id for m in detail.milestones] == [kept.id]
    assert detail.hostages[0].last_proof_of_life == kept.occurred_at
    [voided] = detail.voided_milestones
    assert (voided.id, voided.voided, voided.voided_by, voided.void_reason) == (
        wrong.id,
        True,
        "Test Administrator",
        "The video was from 2023",
    )
    assert [(m.id, m.voided) for m in detail.milestone_history] == [(kept.id, False), (wrong.id, True)]
    brief = briefs.brief_data(ctx, ref, since="2025-07-01", include_restricted=True)
    assert brief.hostages[0].last_proof_of_life == kept.occurred_at
