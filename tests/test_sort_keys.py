"""Maintained columns follow every write: the case list's sort keys (hostages held, next task
due) and each relative's last contact (the dashboard's overdue families); migration 0008
backfills them for existing rows."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import text

from consular import paths
from consular.db import migrate
from consular.db.engine import open_database
from consular.domain.clock import FixedClock
from consular.domain.errors import ValidationError
from consular.services import cases, contacts, dashboard, people, tasks, voiding
from consular.services.context import ServiceContext
from tests.fixtures_db import sqlite_rows
from tests.service_helpers import add_hostage, aware, open_case

TODAY = aware(2025, 7, 21, 6, 0)

# The keys as computed from scratch, by an independent query on the file.
ORACLE = (
    "SELECT c.hostages_held, c.next_task_due, "
    "(SELECT count(*) FROM case_participants p WHERE p.case_id = c.id AND p.role = 'hostage' "
    " AND p.hostage_status IN ('held', 'unaccounted')), "
    "(SELECT min(t.due_at) FROM tasks t WHERE t.case_id = c.id AND t.status IN ('open', 'in_progress') "
    " AND t.voided_at IS NULL) "
    "FROM cases c WHERE c.reference = ?"
)


def keys(ctx: ServiceContext, reference: str) -> tuple:
    """(stored held, stored next due); asserts they equal the values computed from scratch."""
    [(held, due, want_held, want_due)] = sqlite_rows(ctx.database.path, ORACLE, (reference,))
    assert (held, due) == (want_held, want_due)
    return held, due


@pytest.fixture
def today_ctx(ctx):
    return ServiceContext(ctx.database, ctx.actor, ctx.settings, FixedClock(TODAY, read_only=False))


def test_hostage_writes_keep_hostages_held(today_ctx):
    ref = open_case(today_ctx).reference
    assert keys(today_ctx, ref)[0] == 0
    first = add_hostage(today_ctx, ref)
    add_hostage(today_ctx, ref, "Sunita Rao", passport_number="X2718281", initial_status="unaccounted")
    assert keys(today_ctx, ref)[0] == 2
    released = people.change_hostage_status(
        today_ctx,
        ref,
        first.person.id,
        "released",
        effective_at="2025-07-10T06:00+00:00",
        source="Gendarmerie Kayes",
        confirm_name=first.person.full_name,
    )
    assert keys(today_ctx, ref)[0] == 1
    voiding.void_entry(today_ctx, "status", released.status_history[-1].id, reason="Rumour")
    assert keys(today_ctx, ref)[0] == 2


def test_task_writes_keep_next_task_due(today_ctx):
    ref = open_case(today_ctx).reference
    assert keys(today_ctx, ref)[1] is None
    later = tasks.add_task(today_ctx, ref, title="Call the family", due_at="2025-07-30T09:00+00:00")
    sooner = tasks.add_task(today_ctx, ref, title="Brief the post", due_at="2025-07-25T09:00+00:00")
    tasks.add_task(today_ctx, ref, title="No date")
    assert keys(today_ctx, ref)[1].startswith("2025-07-25 09:00")
    tasks.complete_task(today_ctx, sooner.id)
    assert keys(today_ctx, ref)[1].startswith("2025-07-30 09:00")
    tasks.update_task(today_ctx, later.id, due_at="2025-07-28T09:00+00:00")
    assert keys(today_ctx, ref)[1].startswith("2025-07-28 09:00")
    voiding.void_entry(today_ctx, "task", later.id, reason="Entered twice")
    assert keys(today_ctx, ref)[1] is None
    tasks.update_task(today_ctx, sooner.id, status="open")  # reopened
    assert keys(today_ctx, ref)[1].startswith("2025-07-25 09:00")


def test_a_refused_write_leaves_the_keys_as_they_were(today_ctx):
    ref = open_case(today_ctx).reference
    tasks.add_task(today_ctx, ref, title="Call the family", due_at="2025-07-30T09:00+00:00")
    before = keys(today_ctx, ref)
    with pytest.raises(ValidationError):
        tasks.add_task(today_ctx, ref, title="", due_at="2025-07-22T09:00+00:00")
    assert keys(today_ctx, ref) == before


def test_the_list_sorts_by_the_maintained_keys(today_ctx):
    refs = [open_case(today_ctx, title=f"Case {i}").reference for i in range(3)]
    add_hostage(today_ctx, refs[1])
    add_hostage(today_ctx, refs[1], "Sunita Rao", passport_number="X2718281")
    add_hostage(today_ctx, refs[2])
    tasks.add_task(today_ctx, refs[0], title="Soon", due_at="2025-07-22T09:00+00:00")
    tasks.add_task(today_ctx, refs[2], title="Later", due_at="2025-08-22T09:00+00:00")
    by_held = [r.reference for r in cases.list_cases(today_ctx, sort="hostages_held", descending=True)]
    assert by_held == [refs[1], refs[2], refs[0]]
    rows = {r.reference: r for r in cases.list_cases(today_ctx)}
    assert (rows[refs[1]].hostages_held, rows[refs[1]].hostages_total) == (2, 2)
    by_due = [r.reference for r in cases.list_cases(today_ctx, sort="next_task_due", descending=False)]
    assert by_due == [refs[0], refs[2], refs[1]]  # a case without an open task last
    by_due_desc = [r.reference for r in cases.list_cases(today_ctx, sort="next_task_due", descending=True)]
    assert by_due_desc == [refs[2], refs[0], refs[1]]  # ... in both directions


# --- migration 0008 ----------------------------------------------------------------------

LIAISON_ORACLE = (
    "SELECT fl.last_contact_at, (SELECT max(e.occurred_at) FROM contact_entries e JOIN contact_counterparts cc "
    "ON cc.contact_id = e.id WHERE cc.counterpart_id = fl.counterpart_id AND e.case_id = fl.case_id "
    "AND e.voided_at IS NULL) FROM family_liaisons fl WHERE fl.id = ?"
)


def liaison_last(ctx: ServiceContext, liaison_id: int):
    [(stored, want)] = sqlite_rows(ctx.database.path, LIAISON_ORACLE, (liaison_id,))
    assert stored == want
    return stored


def test_contact_writes_keep_each_relatives_last_contact(today_ctx):
    ref = open_case(today_ctx).reference
    cases.change_status(today_ctx, ref, "active", "confirmed")
    pid = add_hostage(today_ctx, ref).person.id
    kin = people.add_next_of_kin(
        today_ctx, ref, hostage_person_id=pid, full_name="Sunita Verma", relationship="spouse", contact_every_days=3
    )
    other = people.add_next_of_kin(
        today_ctx, ref, hostage_person_id=pid, full_name="Mahesh Verma", relationship="brother", contact_every_days=7
    )
    assert liaison_last(today_ctx, kin.id) is None
    board = dashboard.dashboard(today_ctx)
    assert {f.liaison.id for f in board.family_overdue} == {kin.id, other.id} and board.family_total == 2

    first = contacts.log_contact(
        today_ctx, ref, occurred_at="2025-07-19T10:00+00:00", channel="phone", subject="Update",
        counterpart_ids=[kin.counterpart_id],
    )  # fmt: skip
    assert liaison_last(today_ctx, kin.id).startswith("2025-07-19 10:00")
    assert liaison_last(today_ctx, other.id) is None
    board = dashboard.dashboard(today_ctx)  # two days ago, every three days: not overdue
    assert [f.liaison.id for f in board.family_overdue] == [other.id] and board.family_total == 1

    contacts.log_contact(
        today_ctx, ref, occurred_at="2025-07-10T10:00+00:00", channel="phone", subject="Earlier call",
        counterpart_ids=[kin.counterpart_id, other.counterpart_id],
    )  # fmt: skip
    assert liaison_last(today_ctx, kin.id).startswith("2025-07-19 10:00")  # the later one still
    assert liaison_last(today_ctx, other.id).startswith("2025-07-10 10:00")

    voiding.void_entry(today_ctx, "contact", first.id, reason="Wrong family")
    assert liaison_last(today_ctx, kin.id).startswith("2025-07-10 10:00")
    board = dashboard.dashboard(today_ctx)  # both waiting since the 10th; the tie by plan order
    assert [f.liaison.id for f in board.family_overdue] == [kin.id, other.id] and board.family_total == 2


def test_the_dashboard_lists_a_page_of_families_and_counts_them_all(today_ctx):
    ref = open_case(today_ctx).reference
    cases.change_status(today_ctx, ref, "active", "confirmed")
    pid = add_hostage(today_ctx, ref).person.id
    kin = [
        people.add_next_of_kin(
            today_ctx, ref, hostage_person_id=pid, full_name=f"Relative {i}", relationship="cousin",
            contact_every_days=1 + i % 3,
        )
        for i in range(5)
    ]  # fmt: skip
    for i, k in enumerate(kin[:3]):  # contacted 10, 11, 12 days ago: all overdue, oldest first after the never
        contacts.log_contact(
            today_ctx, ref, occurred_at=f"2025-07-{11 - i:02d}T10:00+00:00", channel="phone", subject="Call",
            counterpart_ids=[k.counterpart_id],
        )  # fmt: skip
    board = dashboard.dashboard(today_ctx, list_limit=4)
    assert board.family_total == 5
    assert [f.liaison.id for f in board.family_overdue] == [kin[3].id, kin[4].id, kin[2].id, kin[1].id]
    assert board.family_overdue[2].liaison.last_contact_at == aware(2025, 7, 9, 10, 0)


SCRIPT = next(paths.migrations_dir().glob("versions/*_0008_*.py"))


def down_revision() -> str:
    return re.search(r'^down_revision = "([^"]+)"', SCRIPT.read_text(), re.M).group(1)


def test_0008_backfills_the_sort_keys_of_existing_cases(tmp_path):
    database = open_database(tmp_path / "old.db")
    try:
        migrate.upgrade(database, down_revision())
        with database.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO users (id, username, display_name, role, active, created_at) VALUES "
                    "(1, 'a.sharma', 'Anjali Sharma', 'caseworker', 1, '2025-01-01 00:00:00+00:00')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO posts (id, code, name, kind, country, city, timezone) "
                    "VALUES (1, 'BAM', 'Embassy', 'embassy', 'ML', 'Bamako', 'Africa/Bamako')"
                )
            )
            for cid in (1, 2):
                conn.execute(
                    text(
                        "INSERT INTO cases (id, reference, post_id, ref_year, ref_seq, title, kind, status, "
                        "priority, incident_at, incident_country, timezone, attribution_level, classification, "
                        "created_at, updated_at, version) VALUES (:id, :ref, 1, 2025, :id, 'Kayes', "
                        "'hostage_taking', 'active', 'high', '2025-07-01 06:00:00+00:00', 'ML', 'Africa/Bamako', "
                        "'unknown', 'restricted', '2025-07-01 07:00:00+00:00', '2025-07-01 07:00:00+00:00', 1)"
                    ),
                    {"id": cid, "ref": f"BAM-2025-000{cid}"},
                )
            for pid, status, role in ((1, "held", "hostage"), (2, "unaccounted", "hostage"), (3, "released", "hostage"),
                                      (4, None, "witness")):  # fmt: skip
                conn.execute(
                    text(
                        "INSERT INTO persons (id, full_name, created_at, updated_at, version) "
                        "VALUES (:id, :name, '2025-07-01 07:00:00+00:00', '2025-07-01 07:00:00+00:00', 1)"
                    ),
                    {"id": pid, "name": f"Person {pid}"},
                )
                conn.execute(
                    text(
                        "INSERT INTO case_participants (id, case_id, person_id, role, hostage_status, added_at) "
                        "VALUES (:id, 1, :id, :role, :status, '2025-07-01 07:00:00+00:00')"
                    ),
                    {"id": pid, "role": role, "status": status},
                )
            for tid, due, status, voided in (
                (1, "2025-07-30 09:00:00+00:00", "open", None),
                (2, "2025-07-20 09:00:00+00:00", "done", None),
                (3, "2025-07-10 09:00:00+00:00", "open", "2025-07-11 00:00:00+00:00"),
                (4, "2025-07-25 09:00:00+00:00", "in_progress", None),
            ):
                conn.execute(
                    text(
                        "INSERT INTO tasks (id, case_id, title, due_at, priority, status, created_at, "
                        "created_by_id, voided_at, version) VALUES (:id, 1, 'Task', :due, 'normal', :status, "
                        "'2025-07-01 07:00:00+00:00', 1, :voided, 1)"
                    ),
                    {"id": tid, "due": due, "status": status, "voided": voided},
                )
            conn.execute(
                text(
                    "INSERT INTO counterparts (id, name, category, created_at, version) VALUES "
                    "(1, 'Sunita', 'family', '2025-07-01 07:00:00+00:00', 1), "
                    "(2, 'Mahesh', 'family', '2025-07-01 07:00:00+00:00', 1)"
                )
            )
            for lid, cp in ((1, 1), (2, 2)):
                conn.execute(
                    text(
                        "INSERT INTO family_liaisons (id, case_id, kin_person_id, hostage_person_id, counterpart_id, "
                        "relationship_to_hostage, contact_every_days, created_at, version) VALUES "
                        "(:id, 1, 4, 1, :cp, 'spouse', 3, '2025-07-01 07:00:00+00:00', 1)"
                    ),
                    {"id": lid, "cp": cp},
                )
            for eid, at, voided in (
                (1, "2025-07-05 10:00:00+00:00", None),
                (2, "2025-07-08 10:00:00+00:00", None),
                (3, "2025-07-09 10:00:00+00:00", "2025-07-10 00:00:00+00:00"),
            ):
                conn.execute(
                    text(
                        "INSERT INTO contact_entries (id, case_id, occurred_at, channel, direction, subject, "
                        "follow_up_needed, restricted, recorded_at, recorded_by_id, updated_at, revision, voided_at) "
                        "VALUES (:id, 1, :at, 'phone', 'outgoing', 'Call', 0, 0, :at, 1, :at, 1, :voided)"
                    ),
                    {"id": eid, "at": at, "voided": voided},
                )
                conn.execute(text("INSERT INTO contact_counterparts (contact_id, counterpart_id) VALUES (:id, 1)"),
                             {"id": eid})  # fmt: skip
        migrate.upgrade(database, "0008")
        assert sqlite_rows(database.path, "SELECT id, last_contact_at FROM family_liaisons ORDER BY id") == [
            (1, "2025-07-08 10:00:00+00:00"),
            (2, None),
        ]
        assert sqlite_rows(database.path, "SELECT reference, hostages_held, next_task_due FROM cases ORDER BY id") == [
            ("BAM-2025-0001", 2, "2025-07-25 09:00:00+00:00"),
            ("BAM-2025-0002", 0, None),
        ]
        plan = " ".join(
            str(row[3])
            for row in sqlite_rows(
                database.path, "EXPLAIN QUERY PLAN SELECT id FROM cases ORDER BY hostages_held DESC, id DESC LIMIT 5"
            )
        )
        assert "ix_cases_hostages_held" in plan and "TEMP B-TREE" not in plan
    finally:
        database.dispose()


@pytest.mark.postgres
def test_maintained_columns_and_the_dashboard_on_postgres(pg_database):
    from tests.fixtures_db import add_reference_data

    ctx = add_reference_data(pg_database)
    first, second = (open_case(ctx, title=f"Case {i}").reference for i in range(2))
    cases.change_status(ctx, second, "active", "confirmed")
    pid = add_hostage(ctx, second).person.id
    tasks.add_task(ctx, first, title="Soon", due_at="2025-07-22T09:00+00:00")
    assert [r.reference for r in cases.list_cases(ctx, sort="hostages_held")] == [second, first]
    assert [r.reference for r in cases.list_cases(ctx, sort="next_task_due", descending=True)] == [first, second]
    kin = people.add_next_of_kin(
        ctx, second, hostage_person_id=pid, full_name="Sunita Verma", relationship="spouse", contact_every_days=3
    )
    board = dashboard.dashboard(ctx)
    assert [f.liaison.id for f in board.family_overdue] == [kin.id] and board.family_total == 1
    assert board.held_total == 1 and [t.title for t in board.overdue_tasks] == ["Soon"]
    contacts.log_contact(
        ctx, second, occurred_at=ctx.now(), channel="phone", subject="Update", counterpart_ids=[kin.counterpart_id]
    )
    board = dashboard.dashboard(ctx)
    assert board.family_overdue == [] and board.family_total == 0
