"""Entries shareable with family: what the family has been told.

- family_shares: one row per contact, milestone or hostage status change marked *shareable
  with family* (exactly one of contact_id, milestone_id, status_event_id), with the wording
  for the family (None: the entry's own title or summary), who marked it and when. Nothing
  is marked before this revision: the family update letter of an upgraded case is empty
  until entries are marked.

Revision ID: 0012
Revises: 0014
Create Date: 2026-11-30 01:30:00+00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "family_shares",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("milestone_id", sa.Integer(), nullable=True),
        sa.Column("status_event_id", sa.Integer(), nullable=True),
        sa.Column("wording", sa.Text(), nullable=True),
        sa.Column("marked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("marked_by_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_family_shares_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact_entries.id"], name=op.f("fk_family_shares_contact_id_contact_entries")
        ),
        sa.ForeignKeyConstraint(
            ["milestone_id"], ["milestones.id"], name=op.f("fk_family_shares_milestone_id_milestones")
        ),
        sa.ForeignKeyConstraint(
            ["status_event_id"],
            ["hostage_status_events.id"],
            name=op.f("fk_family_shares_status_event_id_hostage_status_events"),
        ),
        sa.ForeignKeyConstraint(["marked_by_id"], ["users.id"], name=op.f("fk_family_shares_marked_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_shares")),
        sa.UniqueConstraint("contact_id", name=op.f("uq_family_shares_contact_id")),
        sa.UniqueConstraint("milestone_id", name=op.f("uq_family_shares_milestone_id")),
        sa.UniqueConstraint("status_event_id", name=op.f("uq_family_shares_status_event_id")),
    )
    op.create_index("ix_family_shares_case_id", "family_shares", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_family_shares_case_id", table_name="family_shares")
    op.drop_table("family_shares")
