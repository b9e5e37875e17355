"""A covering index on contacts for the reports across cases.

The monthly statistics count a period's contacts by month and channel, and follow the
contacts with relatives; at 100,000 cases a year holds about 150,000 contacts whose rows,
with their multi-paragraph notes, are spread over gigabytes. Reading (occurred_at, voided_at,
channel, case_id) from one index instead of every row takes those queries from seconds to
tens of milliseconds (SQLite keeps the row id in every index, so joining the contact's
counterparts needs no row either).

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-30 01:55:00+00:00
"""

from __future__ import annotations

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

NAME = "ix_contact_entries_occurred_at_voided_at_channel_case_id"


def upgrade() -> None:
    op.create_index(NAME, "contact_entries", ["occurred_at", "voided_at", "channel", "case_id"])


def downgrade() -> None:
    op.drop_index(NAME, table_name="contact_entries")
