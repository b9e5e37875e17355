"""Demands, proof-of-life questions and checks, and welfare details become searchable.

- search_documents: one restricted document per unvoided demand ("demand"), per proof-of-life
  question ("pol_question": the question, its state and note, never the expected answer) and
  per check of an unvoided proof of life ("pol_check": medium, assessment and its basis; not
  the answer received, which when right is the expected answer). A welfare report's milestone document gains its condition and medication needs.
  The services keep them in step from now on (consular.services.search_index); this revision
  indexes what was recorded before it. On SQLite the FTS5 table follows by its triggers; on
  PostgreSQL the stored search vector is generated from the row.

The labels below are the ones the services write (consular.domain.enums at this revision),
frozen here so that the revision keeps doing what it did when it was written.

Revision ID: 0019
Revises: 0011
Create Date: 2026-11-30 01:30:00+00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0011"
branch_labels = None
depends_on = None

_DEMAND_KIND = {"money": "Money", "prisoner_release": "Prisoner release", "political": "Political demand"}
_RESPONSE = {"none": "No response", "acknowledged": "Acknowledged", "refused": "Refused", "referred": "Referred"}
_STATE = {"drafted": "Drafted", "agreed": "Agreed with the family", "used": "Used", "compromised": "Compromised"}
_MEDIUM = {
    "video": "Video",
    "audio": "Audio",
    "photo": "Photo",
    "message": "Message",
    "sighting": "Third-party sighting",
}
_ASSESSMENT = {"pending": "Not yet assessed", "genuine": "Genuine", "doubtful": "Doubtful", "false": "False"}
_CONDITION = {"good": "Good", "fair": "Fair", "poor": "Poor", "critical": "Critical", "unknown": "Unknown"}
_BODY_MAX = 100_000


def _join(*parts) -> str:
    return " ".join(str(p) for p in parts if p)


def _label(labels: dict[str, str], value: str | None) -> str:
    return labels.get(value or "", (value or "").replace("_", " ").capitalize())


def upgrade() -> None:
    conn = op.get_bind()
    docs = []
    for row in conn.execute(
        sa.text(
            "SELECT d.id, d.case_id, d.kind, d.made_by, d.details, d.amount, d.currency, c.name, d.response, "
            "d.response_note FROM demands d LEFT JOIN counterparts c ON c.id = d.via_counterpart_id "
            "WHERE d.voided_at IS NULL"
        )
    ):
        did, case_id, kind, made_by, details, amount, currency, via, response, note = row
        money = f"{amount} {currency}" if amount is not None else None
        title = f"{_label(_DEMAND_KIND, kind)} demand: {made_by}"
        docs.append(("demand", did, case_id, title, _join(details, money, via, _label(_RESPONSE, response), note)))
    for qid, case_id, question, state, note in conn.execute(
        sa.text("SELECT id, case_id, question, state, note FROM pol_questions")
    ):
        docs.append(("pol_question", qid, case_id, question, _join(_label(_STATE, state), note)))
    for row in conn.execute(
        sa.text(
            "SELECT k.id, m.case_id, m.title, k.medium, k.assessment, k.assessment_basis "
            "FROM proof_of_life_checks k JOIN milestones m ON m.id = k.milestone_id WHERE m.voided_at IS NULL"
        )
    ):
        kid, case_id, title, medium, assessment, basis = row
        body = _join(_label(_MEDIUM, medium), _label(_ASSESSMENT, assessment), basis)
        docs.append(("pol_check", kid, case_id, f"Proof of life check: {title}", body))
    insert = sa.text(
        "INSERT INTO search_documents (entity, entity_id, case_id, title, body, restricted) "
        "VALUES (:entity, :entity_id, :case_id, :title, :body, :restricted)"
    )
    for entity, entity_id, case_id, title, body in docs:
        conn.execute(
            sa.text("DELETE FROM search_documents WHERE entity = :entity AND entity_id = :entity_id"),
            {"entity": entity, "entity_id": entity_id},
        )
        conn.execute(
            insert,
            {
                "entity": entity,
                "entity_id": entity_id,
                "case_id": case_id,
                "title": (title or "")[:400],
                "body": (body or "")[:_BODY_MAX],
                "restricted": True,
            },
        )
    # Welfare details join their milestone's document, as restricted as the milestone.
    for mid, condition, needs, body in conn.execute(
        sa.text(
            "SELECT w.milestone_id, w.condition, w.medication_needs, s.body FROM welfare_details w "
            "JOIN search_documents s ON s.entity = 'milestone' AND s.entity_id = w.milestone_id"
        )
    ).all():
        conn.execute(
            sa.text("UPDATE search_documents SET body = :body WHERE entity = 'milestone' AND entity_id = :id"),
            {"body": _join(body, _label(_CONDITION, condition), needs)[:_BODY_MAX], "id": mid},
        )


def downgrade() -> None:
    op.execute("DELETE FROM search_documents WHERE entity IN ('demand', 'pol_question', 'pol_check')")
