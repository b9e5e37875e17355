"""Home and Log contact at ministry scale, checked without timing anything:

- the held-nationals panel, now read from one index range per status, lists the same nationals
  in the same order as every row read by hand (SQL through sqlite3), across statuses, closed
  cases and a limit smaller than the list;
- no panel's statement reads a whole table (SQLite's EXPLAIN QUERY PLAN of what each panel
  really sends), and the held page and total use the indexes of revision 0024;
- Log contact sends a fixed, small number of statements (it sent 19 before), and "My
  escalations" as many for five overdue relatives as for one;
- revision 0024 upgrades a database with data in it.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import event

from consular.db import migrate
from consular.domain.clock import FixedClock
from consular.services import cases, contacts, counterparts, dashboard, escalation, people, search
from consular.services.context import ServiceContext, Settings, actor_for
from tests.demo_data import SUPERVISOR
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import STAMP, old_case_database
from tests.service_helpers import add_hostage, open_case
from tests.test_escalation import build_world

BIG_TABLES = {
    "cases",
    "case_participants",
    "family_liaisons",
    "contact_entries",
    "tasks",
    "audit_entries",
    "milestones",
    "persons",
    "person_identifiers",
    "tell_family_items",
}


class Recorder:
    def __init__(self, engine):
        self.engine = engine
        self.seen: list[tuple[str, object]] = []
        event.listen(engine, "before_cursor_execute", self._on)

    def _on(self, _conn, _cursor, statement, parameters, _context, _executemany):
        self.seen.append((statement, parameters))

    def __call__(self, fn):
        self.seen = []
        fn()
        return [s for s in self.seen if not s[0].startswith(("BEGIN", "PRAGMA"))]

    def close(self):
        event.remove(self.engine, "before_cursor_execute", self._on)


@pytest.fixture
def recorder(ctx):
    rec = Recorder(ctx.database.engine)
    yield rec
    rec.close()


def plan(path, sql: str, params) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(str(path))
    try:
        return [row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params or ()).fetchall()]
    finally:
        conn.close()


@pytest.fixture
def held_world(ctx):
    """Hostages over four cases: held and unaccounted for since different days, one released,
    and a resolved case whose national is still recorded as held (it must not show)."""
    now = ctx.now()
    refs = [open_case(ctx, title=f"Case {n}").reference for n in range(4)]
    since = [30, 400, 5, 90, 200, 12, 61, 3]
    people_ids = []
    for n, days in enumerate(since):
        status = "unaccounted" if n % 3 == 1 else "held"
        participant = add_hostage(
            ctx,
            refs[n % 3],
            name=f"National {n}",
            passport_number=f"Z{1000 + n}",
            held_since=(now - timedelta(days=days)).isoformat(timespec="minutes"),
            initial_status=status,
        )
        people_ids.append(participant.person.id)
    released = people_ids[2]
    people.change_hostage_status(
        ctx, refs[2], released, "released", note="Freed at the border", source="Embassy", confirm_name="National 2"
    )
    # The last case is resolved with its national still held: off Home's list, off the total.
    add_hostage(
        ctx,
        refs[3],
        name="National in a resolved case",
        passport_number="Z2000",
        held_since=(now - timedelta(days=999)).isoformat(timespec="minutes"),
    )
    cases.change_status(ctx, refs[3], "active", "Work started")
    cases.change_status(ctx, refs[3], "resolved", "Handed to another post")
    return refs


BY_HAND = (
    "SELECT p.person_id FROM case_participants p JOIN cases c ON c.id = p.case_id "
    "WHERE p.role = 'hostage' AND p.hostage_status IN ('held', 'unaccounted') AND c.status IN ('open', 'active') "
    "ORDER BY p.hostage_status_since, p.id"
)


@pytest.mark.parametrize("limit", [1, 3, 50])
def test_held_nationals_are_the_same_as_every_row_read_by_hand(ctx, held_world, limit):
    expected = [row[0] for row in sqlite_rows(ctx.database.path, BY_HAND)]
    assert len(expected) == 7  # 8 nationals, one released; the resolved case's is left out
    board = dashboard.dashboard(ctx, list_limit=limit)
    assert [h.person_id for h in board.held] == expected[:limit]
    assert board.held_total == len(expected)
    assert {h.status.value for h in board.held[:7]} <= {"held", "unaccounted"}


def test_no_panel_reads_a_whole_table(ctx, held_world, recorder):
    build_world(ctx)
    supervisor = ServiceContext(ctx.database, actor_for(ctx.database, SUPERVISOR), ctx.settings)
    calls = {name: (lambda fn=fn: dashboard.run_panel(ctx, fn)) for name, fn in dashboard.PANELS.items()}
    calls["my escalations"] = lambda: escalation.my_queue(supervisor)
    tables = {row[0] for row in sqlite_rows(ctx.database.path, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables >= BIG_TABLES
    uses = []
    for name, call in calls.items():
        reads = [s for s in recorder(call) if s[0].lstrip().upper().startswith(("SELECT", "WITH"))]
        assert reads, name
        for sql, params in reads:
            steps = plan(ctx.database.path, sql, params)
            uses += steps
            scans = [s for s in steps if s.split()[:1] == ["SCAN"] and s.split()[1] in BIG_TABLES and "USING" not in s]
            assert not scans, f"{name}: {scans} in {sql}"
    text = "\n".join(uses)
    assert "ix_case_participants_hostage_status_since (hostage_status=?)" in text
    assert "COVERING INDEX ix_cases_status_hostages_held" in text
    assert "COVERING INDEX ix_family_liaisons_case_id_plan" in text


def test_log_contact_sends_a_fixed_few_statements(ctx, recorder):
    ref = open_case(ctx).reference
    who = counterparts.add_counterpart(ctx, ref, name="Commissaire Traoré", category="police").id
    logged = []

    def log(what):
        logged.append(
            contacts.log_contact(ctx, ref, counterpart_ids=[who], occurred_at=ctx.now(), channel="phone", subject=what)
        )

    first = recorder(lambda: log("Called the commissariat"))
    again = recorder(lambda: log("Quokkaberg checkpoint call"))
    # Read and lock the case (one statement), the counterpart with its link, three inserts
    # (entry, its counterpart, its search document), the case's update, the audit entry (one
    # insert, one update once chained), the chain head (read, update), the record's state,
    # the recorder's name, the relatives' last contact.
    assert len(again) <= 13, "\n".join(s for s, _ in again)
    assert len(first) <= len(again) + 1  # + linking the counterpart to the case
    assert sum("FROM search_documents" in s and s.startswith("SELECT") for s, _ in again) == 0
    assert sum(s.startswith("UPDATE audit_entries") for s, _ in again) == 1
    # What it wrote is all there: found by search, the case's last contact, the chain intact.
    assert [(h.entity, h.entity_id) for h in search.search(ctx, "Quokkaberg")] == [("contact", logged[1].id)]
    assert cases.get_case(ctx, ref).last_contact_at is not None
    from consular.services import audit_chain

    assert audit_chain.verify(ctx.database).ok


def test_my_escalations_reads_the_same_few_statements_whatever_the_number_of_items(ctx, recorder):
    world = build_world(ctx)
    counts = []
    for later in (6, 30):  # a few relatives overdue, then all of them and every task
        when = world["t0"] + timedelta(days=later)
        reader = ServiceContext(
            ctx.database, actor_for(ctx.database, SUPERVISOR), Settings(escalate_after_days=3), FixedClock(when)
        )
        queue = None

        def read(reader=reader):
            nonlocal queue
            queue = escalation.my_queue(reader)

        counts.append((len(recorder(read)), queue.family_total, queue.task_total))
    (few, few_families, few_tasks), (many, many_families, many_tasks) = counts
    assert (few_families, few_tasks) < (many_families, many_tasks) or many_families + many_tasks > few_families
    # The plans' intervals in use (SQLite's cutoffs), the plans' page and the tasks' page, each
    # with what its items show: no statement to load the page's rows, cases or relatives.
    assert many == few <= 3


def test_0024_upgrades_a_database_with_hostages_and_relatives(tmp_path):
    database = old_case_database(tmp_path / "old.db", "0024")
    with database.engine.begin() as conn:
        from sqlalchemy import text

        conn.execute(
            text(
                "INSERT INTO persons (id, full_name, created_at, updated_at) VALUES "
                f"(1, 'Ravi Verma', {STAMP}, {STAMP}), (2, 'Sunita Verma', {STAMP}, {STAMP})"
            )
        )
        conn.execute(
            text(
                "INSERT INTO case_participants (id, case_id, person_id, role, hostage_status, hostage_status_since, "
                f"added_at) VALUES (1, 1, 1, 'hostage', 'held', {STAMP}, {STAMP})"
            )
        )
        conn.execute(text("UPDATE cases SET hostages_held = 1 WHERE id = 1"))
    path = database.path
    migrate.upgrade(database, "0024")
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [("0024",)]
    names = {r[0] for r in sqlite_rows(path, "SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {
        "ix_case_participants_hostage_status_since",
        "ix_cases_status_hostages_held",
        "ix_family_liaisons_case_id_plan",
    } <= names
    assert sqlite_rows(path, BY_HAND) == [(1,)]
    assert sqlite_rows(path, "SELECT sum(hostages_held) FROM cases WHERE status IN ('open', 'active')") == [(1,)]
    database.dispose()


LAST_BY_HAND = (
    "SELECT f.id, (SELECT max(e.occurred_at) FROM contact_entries e JOIN contact_counterparts cc "
    "ON cc.contact_id = e.id WHERE cc.counterpart_id = f.counterpart_id AND e.case_id = f.case_id "
    "AND e.voided_at IS NULL) FROM family_liaisons f ORDER BY f.id"
)


def test_a_logged_contact_moves_each_relatives_last_contact_as_a_full_recount_would(ctx):
    from consular.services import voiding

    ref = open_case(ctx).reference
    hostage = add_hostage(ctx, ref).person.id
    kin = [
        people.add_next_of_kin(
            ctx, ref, hostage_person_id=hostage, full_name=name, relationship="sister", contact_every_days=2
        )
        for name in ("Sunita Verma", "Asha Verma")
    ]
    police = counterparts.add_counterpart(ctx, ref, name="Commissaire Traoré", category="police").id
    now = ctx.now()

    def log(days_ago, *who):
        at = now - timedelta(days=days_ago)
        entry = contacts.log_contact(ctx, ref, counterpart_ids=list(who), occurred_at=at, channel="phone", subject="x")
        return entry.id

    def stored():
        return sqlite_rows(ctx.database.path, "SELECT id, last_contact_at FROM family_liaisons ORDER BY id")

    log(5, kin[0].counterpart_id)
    newest = log(1, kin[0].counterpart_id, kin[1].counterpart_id)
    log(3, kin[1].counterpart_id, police)  # older than the last: moves nothing
    log(0.5, police)  # not with a relative
    assert stored() == sqlite_rows(ctx.database.path, LAST_BY_HAND)
    assert [row[1] is not None for row in stored()] == [True, True]
    voiding.void_entry(ctx, "contact", newest, reason="logged on the wrong case")  # back to a full recount
    assert stored() == sqlite_rows(ctx.database.path, LAST_BY_HAND)
