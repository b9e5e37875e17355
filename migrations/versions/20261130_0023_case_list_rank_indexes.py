"""The case list sorted by priority, status or title reads one index page.

Priority and status sort in their own order (low → critical, open → closed), through a
``CASE`` rank; title sorts A–Z. None was indexed, so the first page of 100,000 cases sorted
by them scanned the whole table and sorted it (130–230 ms for priority under load). Each gets
an index with the id as tie-break: for the two ranks an index on the same ``CASE``
expression the case list orders by (consular.repositories.cases), written out here as it
stood at this revision.

Revision ID: 0023
Revises: 0013
Create Date: 2026-11-30 04:40:00+00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0013"
branch_labels = None
depends_on = None

PRIORITY_RANK = (
    "(CASE priority WHEN 'low' THEN 0 WHEN 'normal' THEN 1 WHEN 'high' THEN 2 WHEN 'critical' THEN 3 ELSE -1 END)"
)
STATUS_RANK = (
    "(CASE status WHEN 'open' THEN 0 WHEN 'active' THEN 1 WHEN 'resolved' THEN 2 WHEN 'closed' THEN 3 ELSE -1 END)"
)


def upgrade() -> None:
    op.create_index("ix_cases_priority_rank", "cases", [sa.text(PRIORITY_RANK), "id"])
    op.create_index("ix_cases_status_rank", "cases", [sa.text(STATUS_RANK), "id"])
    op.create_index("ix_cases_title_id", "cases", ["title", "id"])


def downgrade() -> None:
    op.drop_index("ix_cases_title_id", table_name="cases")
    op.drop_index("ix_cases_status_rank", table_name="cases")
    op.drop_index("ix_cases_priority_rank", table_name="cases")
