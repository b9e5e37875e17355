"""Voiding: hostage status events, milestones, contacts and tasks can be voided with a reason.

A voided entry stays in the history (who voided it, when and why) and is left out of counts,
the dashboard, briefs, the timeline and exports. Three nullable columns per table; existing
rows are not voided.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 19:40:00+00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = ("hostage_status_events", "contact_entries", "milestones", "tasks")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True))
            batch.add_column(sa.Column("voided_by_id", sa.Integer(), nullable=True))
            batch.add_column(sa.Column("void_reason", sa.Text(), nullable=True))
            batch.create_foreign_key(f"fk_{table}_voided_by_id_users", "users", ["voided_by_id"], ["id"])


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"fk_{table}_voided_by_id_users", type_="foreignkey")
            batch.drop_column("void_reason")
            batch.drop_column("voided_by_id")
            batch.drop_column("voided_at")
