"""Home's families-due test ``last < now - every days`` holds to the microsecond on both
engines: on SQLite with a bound cutoff per interval, on PostgreSQL in the statement itself."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from consular.db.models import Case, FamilyLiaison
from consular.domain.enums import CaseStatus
from consular.repositories import dashboard as repo


def check_boundary(database) -> None:
    with database.session() as session:
        liaison_id, every, last = session.execute(
            select(FamilyLiaison.id, FamilyLiaison.contact_every_days, FamilyLiaison.last_contact_at)
            .join(Case, Case.id == FamilyLiaison.case_id)
            .where(
                Case.status.in_([CaseStatus.OPEN, CaseStatus.ACTIVE]),
                FamilyLiaison.contact_every_days > 0,
                FamilyLiaison.last_contact_at.is_not(None),
            )
            .order_by(FamilyLiaison.id)
            .limit(1)
        ).one()
        due_at = last + timedelta(days=every)  # the moment the interval has exactly passed
        exactly, _ = repo.families_due(session, due_at, 500)
        after, total_after = repo.families_due(session, due_at + timedelta(microseconds=1), 500)
        before, total_before = repo.families_due(session, due_at - timedelta(days=every + 400), 500)
    assert liaison_id not in {i for i, _ in exactly}
    assert (liaison_id, last) in after and total_after >= len(after) > 0
    assert liaison_id not in {i for i, _ in before} and total_before <= total_after


def test_boundary_on_sqlite(demo_db):
    check_boundary(demo_db)


@pytest.mark.postgres
def test_boundary_on_postgresql(pg_database):
    from consular.seeding.demo import load_demo
    from tests.fixtures_db import DEMO_PASSWORD

    load_demo(pg_database, staff_password=DEMO_PASSWORD)
    with pg_database.engine.connect() as conn:  # a zone with summer time: days must not follow it
        conn.exec_driver_sql("ALTER DATABASE " + pg_database.engine.url.database + " SET TimeZone = 'Europe/Paris'")
        conn.commit()
    pg_database.engine.dispose()
    check_boundary(pg_database)
