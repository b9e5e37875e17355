"""Home's families-due panel and the case list's place sort read indexes at 100,000 cases.

- ``ix_cases_status_id`` (status, id): the open and active cases' ids from the index alone
  (PostgreSQL read every active case's row to learn its id; a SQLite index holds the rowid
  already, so it gains nothing there but costs little).
- ``ix_family_liaisons_case_id_plan_id`` (case_id, contact_every_days, last_contact_at, id):
  the planned relatives of those cases, with their ids, from the index alone (PostgreSQL).
- ``ix_cases_supervisor_id_status`` gains ``id``: "My escalations" reads a supervisor's cases'
  ids from the index alone and joins them to the overdue tasks by hash, instead of looking
  each overdue task's case up by key (PostgreSQL, 100,000 cases: 71 -> 26 ms).
- ``ix_cases_place`` (incident_country, incident_town, id): the case list sorted by place
  walks it instead of sorting every case.

On SQLite the new indexes get the planner's statistics at once (a sampled ANALYZE of each,
milliseconds), when the file has statistics already: without them SQLite took the place index
for a list filtered by post and walked most of it (about 0.5 s at 100,000 cases).

Revision ID: 0026
Revises: 0025
Create Date: 2026-11-30 14:00:00+00:00
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

NEW_INDEXES = (
    "ix_cases_status_id",
    "ix_family_liaisons_case_id_plan_id",
    "ix_cases_place",
    "ix_cases_supervisor_id_status",
)

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cases_status_id", "cases", ["status", "id"])
    op.create_index(
        "ix_family_liaisons_case_id_plan_id",
        "family_liaisons",
        ["case_id", "contact_every_days", "last_contact_at", "id"],
    )
    op.create_index("ix_cases_place", "cases", ["incident_country", "incident_town", "id"])
    op.drop_index("ix_cases_supervisor_id_status", table_name="cases")
    op.create_index("ix_cases_supervisor_id_status", "cases", ["supervisor_id", "status", "id"])
    conn = op.get_bind()
    if (
        conn.dialect.name == "sqlite"
        and conn.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'")).first()
    ):
        conn.exec_driver_sql("PRAGMA analysis_limit=1000")  # as consular.db.dialect.refresh_statistics
        for name in NEW_INDEXES:
            conn.exec_driver_sql(f"ANALYZE {name}")


def downgrade() -> None:
    op.drop_index("ix_cases_supervisor_id_status", table_name="cases")
    op.create_index("ix_cases_supervisor_id_status", "cases", ["supervisor_id", "status"])
    op.drop_index("ix_cases_place", table_name="cases")
    op.drop_index("ix_family_liaisons_case_id_plan_id", table_name="family_liaisons")
    op.drop_index("ix_cases_status_id", table_name="cases")
