"""Revision 0009 (proof-of-life question bank and checks) upgrades a database with data in it:
an old proof of life gets no check, so it reads "not yet assessed" and is not "verified"
until someone assesses it; assessing it afterwards works on the upgraded file."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from consular.db import migrate
from consular.domain.enums import PolAssessment
from consular.services import cases, proof_of_life
from consular.services.context import ServiceContext, actor_for
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import old_case_database


@pytest.fixture
def old_database(tmp_path):
    """A database at 0009's down_revision with a case, a hostage and a proof of life."""
    database = old_case_database(tmp_path / "old.db", "0009")
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO persons (id, full_name, created_at, updated_at, version) "
                "VALUES (1, 'Ravi Kumar Verma', '2025-07-01 07:00:00+00:00', '2025-07-01 07:00:00+00:00', 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO case_participants (id, case_id, person_id, role, added_at, hostage_status) "
                "VALUES (1, 1, 1, 'hostage', '2025-07-01 07:00:00+00:00', 'held')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO milestones (id, case_id, kind, occurred_at, title, hostage_person_id, restricted, "
                "recorded_at, recorded_by_id, version) VALUES (1, 1, 'proof_of_life', '2025-07-24 18:20:00+00:00', "
                "'Audio', 1, 1, '2025-07-24 18:30:00+00:00', 1, 1)"
            )
        )
    yield database
    database.dispose()


def test_0009_adds_the_bank_and_checks_and_old_proofs_read_not_yet_assessed(old_database, tmp_path):
    path = old_database.path
    migrate.upgrade(old_database, "0009")
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [("0009",)]
    assert sqlite_rows(path, "SELECT count(*) FROM proof_of_life_checks") == [(0,)]
    assert sqlite_rows(path, "SELECT title, restricted FROM milestones") == [("Audio", 1)]
    migrate.upgrade(old_database)  # on to the head, as the app does
    ctx = ServiceContext(old_database, actor_for(old_database, "a.sharma"))
    [old] = proof_of_life.history(ctx, "BAM-2025-0001")
    assert old.assessment == PolAssessment.PENDING and old.check_version is None and old.medium is None
    assert cases.get_case(ctx, "BAM-2025-0001").hostages[0].last_verified_proof_of_life is None
    assessed = proof_of_life.assess(ctx, old.id, assessment="genuine", basis="Voice matched", medium="audio")
    assert assessed.verified
    assert cases.get_case(ctx, "BAM-2025-0001").hostages[0].last_verified_proof_of_life == old.occurred_at
