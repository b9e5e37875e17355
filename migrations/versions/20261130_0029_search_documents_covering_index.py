"""The match list of a search joins ``search_documents`` by id for four small columns: an index
holding them, so the join reads the index instead of the rows with their text.

The case list's text filter reads the newest matches of a word (``consular.db.dialect.
matching_rows``): on SQLite the full-text index gives their ids, and each one's entity, case
and restricted flag came from its row in ``search_documents``, whose title and body spread the
rows over many pages (two common words at 100,000 cases: tens of thousands of rows looked up).
With (id, case_id, entity, entity_id, restricted) in one index SQLite reads them from the
index alone; PostgreSQL gets the same index, so the schema is one.

Revision ID: 0029
Revises: 0028
Create Date: 2026-11-30 20:30:00+00:00
"""

from __future__ import annotations

from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None

NAME = "ix_search_documents_match_list"


def upgrade() -> None:
    op.create_index(NAME, "search_documents", ["id", "case_id", "entity", "entity_id", "restricted"])


def downgrade() -> None:
    op.drop_index(NAME, table_name="search_documents")
