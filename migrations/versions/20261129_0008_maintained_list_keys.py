"""The case list's derived sort keys become maintained, indexed columns.

- cases gains hostages_held (hostages held or unaccounted for) and next_task_due (the
  earliest due time of the open, unvoided tasks), each indexed with the id as tie-break, so
  sorting 100,000 cases by them reads one index page instead of running a correlated count
  per case. The services keep them in step (consular.services.sort_keys).
- family_liaisons gains last_contact_at: the case's last unvoided contact with the relative's
  counterpart, so the dashboard lists overdue families without reading the contacts.
- Existing rows are backfilled here from the participants, tasks and contacts.

Revision ID: 0008
Revises: 0010
Create Date: 2026-11-29 22:30:00+00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy of the table): SQLite and PostgreSQL both add a column
    # with a constant default in place.
    op.add_column("cases", sa.Column("hostages_held", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("cases", sa.Column("next_task_due", sa.DateTime(timezone=True), nullable=True))
    op.execute(
        sa.text(
            "UPDATE cases SET "
            "hostages_held = (SELECT count(*) FROM case_participants p WHERE p.case_id = cases.id "
            "AND p.role = 'hostage' AND p.hostage_status IN ('held', 'unaccounted')), "
            "next_task_due = (SELECT min(t.due_at) FROM tasks t WHERE t.case_id = cases.id "
            "AND t.status IN ('open', 'in_progress') AND t.voided_at IS NULL)"
        )
    )
    op.add_column("family_liaisons", sa.Column("last_contact_at", sa.DateTime(timezone=True), nullable=True))
    op.execute(
        sa.text(
            "UPDATE family_liaisons SET last_contact_at = (SELECT max(e.occurred_at) FROM contact_entries e "
            "JOIN contact_counterparts cc ON cc.contact_id = e.id WHERE cc.counterpart_id = "
            "family_liaisons.counterpart_id AND e.case_id = family_liaisons.case_id AND e.voided_at IS NULL)"
        )
    )
    op.create_index("ix_cases_hostages_held", "cases", ["hostages_held", "id"])
    op.create_index("ix_cases_next_task_due", "cases", ["next_task_due", "id"])


def downgrade() -> None:
    op.drop_index("ix_cases_next_task_due", table_name="cases")
    op.drop_index("ix_cases_hostages_held", table_name="cases")
    with op.batch_alter_table("family_liaisons") as batch:
        batch.drop_column("last_contact_at")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("next_task_due")
        batch.drop_column("hostages_held")
