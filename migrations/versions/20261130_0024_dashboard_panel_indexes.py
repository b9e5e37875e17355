"""Indexes that make each of Home's panels read its page, not every active case.

At 100,000 cases (8,300 of them active, 22,000 nationals held or missing, 18,000 relatives
with a contact plan on active cases):

- **Held nationals, longest first** walked every active case and its participants, then
  sorted them all. ``(hostage_status, hostage_status_since)`` on case_participants gives the
  held (and the missing) in the order shown: the panel reads its 50, one short range per status.
- **How many held** summed ``cases.hostages_held`` over the rows of every active case (a read of
  the whole table, whose rows carry titles and summaries); ``(status, hostages_held)`` answers
  it from the index alone.
- **Families due** read every relative of every active case by row; ``(case_id,
  contact_every_days, last_contact_at)`` answers the plan's comparison from the index alone.

Revision ID: 0024
Revises: 0023
Create Date: 2026-11-30 04:40:00+00:00
"""

from __future__ import annotations

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_case_participants_hostage_status_since": ("case_participants", ["hostage_status", "hostage_status_since"]),
    "ix_cases_status_hostages_held": ("cases", ["status", "hostages_held"]),
    "ix_family_liaisons_case_id_plan": ("family_liaisons", ["case_id", "contact_every_days", "last_contact_at"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
