"""``case_status_counts`` (revision 0027), which Home's "cases by status" reads: the database's
triggers on ``cases`` keep it equal to counting the cases through every kind of write (opening,
each change of status, a reopening, a purge, a statement that changes many cases at once, one
that changes nothing, a rolled-back change), on SQLite and PostgreSQL alike; and Home shows the
cases counted independently."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from consular.domain.enums import CaseStatus
from consular.services import cases, dashboard, purge
from tests.fixtures_db import add_reference_data
from tests.service_helpers import open_case


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def admin(request):
    if request.param == "sqlite":
        return request.getfixturevalue("ctx")
    return add_reference_data(request.getfixturevalue("pg_database"))


def _kept(ctx) -> dict[str, int]:
    with ctx.database.engine.connect() as conn:
        rows = conn.execute(text("SELECT status, cases FROM case_status_counts")).all()
    return {status: n for status, n in rows if n}


def _counted(ctx) -> dict[str, int]:
    with ctx.database.engine.connect() as conn:
        return dict(conn.execute(text("SELECT status, count(*) FROM cases GROUP BY status")).all())


def _agree(ctx, expected: dict[str, int]) -> None:
    assert _counted(ctx) == expected  # the scenario did what it says
    assert _kept(ctx) == expected
    board = dashboard.dashboard(ctx).cases_by_status
    assert board == {s: expected.get(s.value, 0) for s in CaseStatus}


def test_every_write_keeps_the_counts(admin):
    _agree(admin, {})
    refs = [open_case(admin, title=f"Case {n}").reference for n in range(4)]
    _agree(admin, {"open": 4})
    cases.change_status(admin, refs[0], "active", "Talks begin")
    cases.change_status(admin, refs[1], "active", "Talks begin")
    _agree(admin, {"open": 2, "active": 2})
    cases.change_status(admin, refs[1], "resolved", "Released")
    cases.change_status(admin, refs[1], "closed", "Repatriated")
    _agree(admin, {"open": 2, "active": 1, "closed": 1})
    cases.change_status(admin, refs[1], "active", "New demand")  # reopened
    cases.change_status(admin, refs[1], "resolved", "Released")
    cases.change_status(admin, refs[1], "closed", "Repatriated")
    _agree(admin, {"open": 2, "active": 1, "closed": 1})
    purge.purge_case(admin, refs[1], confirm=refs[1])
    _agree(admin, {"open": 2, "active": 1})

    with admin.database.engine.begin() as conn:  # many cases in one statement, both ways
        conn.execute(text("UPDATE cases SET status = 'resolved' WHERE status IN ('open', 'active')"))
    _agree(admin, {"resolved": 3})
    with admin.database.engine.begin() as conn:
        conn.execute(text("UPDATE cases SET status = 'active' WHERE reference = :r"), {"r": refs[2]})
        conn.execute(text("UPDATE cases SET status = status, title = 'Renamed'"))  # no status changes
    _agree(admin, {"resolved": 2, "active": 1})
    # A change rolled back leaves the counts as they were.
    with admin.database.engine.connect() as conn, conn.begin() as transaction:
        conn.execute(text("UPDATE cases SET status = 'closed'"))
        assert dict(conn.execute(text("SELECT status, cases FROM case_status_counts WHERE cases > 0")).all()) == {
            "closed": 3
        }
        transaction.rollback()
    _agree(admin, {"resolved": 2, "active": 1})
