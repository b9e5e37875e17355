"""Proof of life in depth: a question bank per hostage, and how each proof was checked.

- pol_questions: questions agreed with a hostage's family and the answers they expect, with a
  state (drafted, agreed with the family, used, compromised). Restricted as a whole.
- proof_of_life_checks: one row per proof-of-life milestone: the medium, the question put and
  the answer received, whether it matched, the date claimed versus established, and the
  assessment (pending, genuine, doubtful, false) with its basis and who made it.

Proofs of life recorded before this revision have no check row: they read as "not yet
assessed", so no old proof counts as verified until someone assesses it.

Revision ID: 0009
Revises: 0006
Create Date: 2026-11-29 22:30:00+00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pol_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("hostage_person_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("expected_answer", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("agreed_with_person_id", sa.Integer(), nullable=True),
        sa.Column("agreed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_pol_questions_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["hostage_person_id"], ["persons.id"], name=op.f("fk_pol_questions_hostage_person_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["agreed_with_person_id"], ["persons.id"], name=op.f("fk_pol_questions_agreed_with_person_id_persons")
        ),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_pol_questions_created_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pol_questions")),
    )
    op.create_index("ix_pol_questions_case_id_hostage_person_id", "pol_questions", ["case_id", "hostage_person_id"])
    op.create_table(
        "proof_of_life_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("milestone_id", sa.Integer(), nullable=False),
        sa.Column("medium", sa.String(length=32), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=True),
        sa.Column("answer_received", sa.Text(), nullable=True),
        sa.Column("answer_matched", sa.Boolean(), nullable=True),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("established_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("assessment", sa.String(length=32), nullable=False),
        sa.Column("assessment_basis", sa.Text(), nullable=True),
        sa.Column("assessed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("assessed_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["milestone_id"], ["milestones.id"], name=op.f("fk_proof_of_life_checks_milestone_id_milestones")
        ),
        sa.ForeignKeyConstraint(
            ["question_id"], ["pol_questions.id"], name=op.f("fk_proof_of_life_checks_question_id_pol_questions")
        ),
        sa.ForeignKeyConstraint(
            ["assessed_by_id"], ["users.id"], name=op.f("fk_proof_of_life_checks_assessed_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proof_of_life_checks")),
        sa.UniqueConstraint("milestone_id", name=op.f("uq_proof_of_life_checks_milestone_id")),
    )


def downgrade() -> None:
    op.drop_table("proof_of_life_checks")
    op.drop_index("ix_pol_questions_case_id_hostage_person_id", table_name="pol_questions")
    op.drop_table("pol_questions")
