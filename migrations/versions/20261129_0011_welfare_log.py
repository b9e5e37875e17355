"""A welfare log per hostage: what each welfare report says of their health.

- welfare_details: one row per welfare report (a milestone of kind welfare_report): the
  reported condition (good, fair, poor, critical, unknown), medication needs and whether supply
  was arranged. Reports recorded before this revision have none: their condition reads unknown.

Revision ID: 0011
Revises: 0008
Create Date: 2026-11-29 23:45:00+00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "welfare_details",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("milestone_id", sa.Integer(), nullable=False),
        sa.Column("condition", sa.String(length=32), nullable=False),
        sa.Column("medication_needs", sa.Text(), nullable=True),
        sa.Column("supply_arranged", sa.Boolean(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["milestone_id"], ["milestones.id"], name=op.f("fk_welfare_details_milestone_id_milestones")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_welfare_details")),
        sa.UniqueConstraint("milestone_id", name=op.f("uq_welfare_details_milestone_id")),
    )


def downgrade() -> None:
    op.drop_table("welfare_details")
