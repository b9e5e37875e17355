"""Linked cases, and an index for the supervisor's escalation queue.

- case_links: two cases linked (same incident, or related), with a note, who linked them and
  when. One row per pair, lower case id first, shown from both sides. Unlinking fills
  unlinked_at/unlinked_by_id/unlink_reason: the link stays on record.
- ix_cases_supervisor_id_status: a supervisor's own open and active cases, read by the
  escalation queue (services/escalation.py) without scanning every case.

Revision ID: 0016
Revises: 0017
Create Date: 2026-11-30 01:30:00+00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_a_id", sa.Integer(), nullable=False),
        sa.Column("case_b_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("linked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("linked_by_id", sa.Integer(), nullable=False),
        sa.Column("unlinked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("unlinked_by_id", sa.Integer(), nullable=True),
        sa.Column("unlink_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(["case_a_id"], ["cases.id"], name=op.f("fk_case_links_case_a_id_cases")),
        sa.ForeignKeyConstraint(["case_b_id"], ["cases.id"], name=op.f("fk_case_links_case_b_id_cases")),
        sa.ForeignKeyConstraint(["linked_by_id"], ["users.id"], name=op.f("fk_case_links_linked_by_id_users")),
        sa.ForeignKeyConstraint(["unlinked_by_id"], ["users.id"], name=op.f("fk_case_links_unlinked_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_links")),
    )
    op.create_index("ix_case_links_case_a_id_case_b_id", "case_links", ["case_a_id", "case_b_id"])
    op.create_index("ix_case_links_case_b_id", "case_links", ["case_b_id"])
    op.create_index("ix_cases_supervisor_id_status", "cases", ["supervisor_id", "status"])


def downgrade() -> None:
    op.drop_index("ix_cases_supervisor_id_status", table_name="cases")
    op.drop_index("ix_case_links_case_b_id", table_name="case_links")
    op.drop_index("ix_case_links_case_a_id_case_b_id", table_name="case_links")
    op.drop_table("case_links")
