"""Revision 0019 indexes the demands, proof-of-life questions and checks, and welfare details
recorded before it: restricted documents, never an expected answer, nothing for a voided
demand or proof; then the upgraded file is searched through the service as the team and as an
outsider."""

from __future__ import annotations

from sqlalchemy import text

from consular.db import migrate
from consular.services import search
from consular.services.context import ServiceContext, actor_for
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import STAMP, old_case_database


def _old_records(conn) -> None:
    conn.execute(
        text(
            "INSERT INTO persons (id, full_name, created_at, updated_at, version) "
            f"VALUES (1, 'Ravi Kumar Verma', {STAMP}, {STAMP}, 1)"
        )
    )
    conn.execute(
        text(
            "INSERT INTO case_participants (id, case_id, person_id, role, added_at, hostage_status) "
            f"VALUES (1, 1, 1, 'hostage', {STAMP}, 'held')"
        )
    )
    conn.execute(
        text(
            "INSERT INTO counterparts (id, name, category, created_at) "
            f"VALUES (1, 'Oumar Kanouté', 'intermediary', {STAMP})"
        )
    )
    for did, voided in ((1, None), (2, STAMP)):
        conn.execute(
            text(
                "INSERT INTO demands (id, case_id, received_at, made_by, via_counterpart_id, channel, kind, amount, "
                "currency, details, response, recorded_at, recorded_by_id, voided_at, version) VALUES "
                f"(:id, 1, {STAMP}, 'a man speaking for the group', 1, 'phone', 'money', 450000, 'EUR', "
                f":details, 'acknowledged', {STAMP}, 1, :voided, 1)"
            ),
            {"id": did, "details": f"Ransom for the three, figure {did}", "voided": voided},
        )
    conn.execute(
        text(
            "INSERT INTO pol_questions (id, case_id, hostage_person_id, question, expected_answer, state, created_at, "
            f"created_by_id, updated_at, version) VALUES (1, 1, 1, 'Name of the first family dog', 'Moti', 'agreed', "
            f"{STAMP}, 1, {STAMP}, 1)"
        )
    )
    for mid, kind, title, voided in (
        (1, "proof_of_life", "Audio message", None),
        (2, "proof_of_life", "Photograph later withdrawn", STAMP),
        (3, "welfare_report", "Employer relays health news", None),
    ):
        conn.execute(
            text(
                "INSERT INTO milestones (id, case_id, kind, occurred_at, title, hostage_person_id, restricted, "
                f"recorded_at, recorded_by_id, voided_at, version) VALUES (:id, 1, :kind, {STAMP}, :title, 1, 0, "
                f"{STAMP}, 1, :voided, 1)"
            ),
            {"id": mid, "kind": kind, "title": title, "voided": voided},
        )
    for kid, mid in ((1, 1), (2, 2)):
        conn.execute(
            text(
                "INSERT INTO proof_of_life_checks (id, milestone_id, medium, question_id, answer_received, assessment, "
                "assessment_basis, version) VALUES (:id, :mid, 'audio', 1, :answer, 'genuine', 'Voice matched', 1)"
            ),
            {"id": kid, "mid": mid, "answer": f"Moti, answer {kid}"},
        )
    conn.execute(
        text(
            "INSERT INTO welfare_details (id, milestone_id, condition, medication_needs, supply_arranged, version) "
            "VALUES (1, 3, 'poor', 'Insulin, daily', 0, 1)"
        )
    )
    conn.execute(
        text(
            "INSERT INTO search_documents (entity, entity_id, case_id, title, body, restricted) "
            "VALUES ('milestone', 3, 1, 'Employer relays health news', 'Welfare report', 0)"
        )
    )


def test_0019_indexes_old_demands_questions_checks_and_welfare(tmp_path):
    database = old_case_database(tmp_path / "old.db", "0019")
    with database.engine.begin() as conn:
        _old_records(conn)
    migrate.upgrade(database, "0019")
    path = database.path
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [("0019",)]
    docs = sqlite_rows(
        path,
        "SELECT entity, entity_id, case_id, title, body, restricted FROM search_documents "
        "WHERE entity IN ('demand', 'pol_question', 'pol_check') ORDER BY entity, entity_id",
    )
    assert docs == [
        (
            "demand",
            1,
            1,
            "Money demand: a man speaking for the group",
            "Ransom for the three, figure 1 450000 EUR Oumar Kanouté Acknowledged",
            1,
        ),
        ("pol_check", 1, 1, "Proof of life check: Audio message", "Audio Genuine Voice matched", 1),
        ("pol_question", 1, 1, "Name of the first family dog", "Agreed with the family", 1),
    ]
    # Neither answer is in any document; the welfare report's details joined its milestone's.
    assert sqlite_rows(
        path, "SELECT count(*) FROM search_documents WHERE body LIKE '%Moti%' OR title LIKE '%Moti%'"
    ) == [(0,)]
    assert sqlite_rows(path, "SELECT body, restricted FROM search_documents WHERE entity = 'milestone'") == [
        ("Welfare report Poor Insulin, daily", 0)
    ]
    # The FTS5 table followed by its triggers.
    assert sqlite_rows(path, "SELECT count(*) FROM search_fts WHERE search_fts MATCH 'insulin'") == [(1,)]
    assert sqlite_rows(path, "SELECT count(*) FROM search_fts WHERE search_fts MATCH 'ransom'") == [(1,)]

    migrate.upgrade(database)  # on to the head, as the app does
    team = ServiceContext(database, actor_for(database, "a.sharma"))
    found = search.search(team, "ransom", include_restricted=True)
    assert [(h.entity, h.entity_id) for h in found] == [("demand", 1)]
    assert [h.entity for h in search.search(team, "family dog")] == ["pol_question"]
    assert search.search(team, "Moti") == []  # neither the expected answer nor the one received
    database.dispose()
