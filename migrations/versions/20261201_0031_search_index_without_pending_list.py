"""PostgreSQL's full-text index ``ix_search_documents_fts`` written through at once
(``fastupdate = off``), without GIN's list of pending entries.

With ``fastupdate`` on (PostgreSQL's default) a new document's words are appended to a
pending list, which every search of the index reads whole and which the insert that takes it
past ``gin_pending_list_limit`` (4 MB) merges into the index, inside that caseworker's save.
Measured on the 100,000-case bench database (contact notes of ~900 characters, one insert and
commit each):

- every ~1,600 notes one insert took 45–56 ms merging the list; with 13,700 short documents
  pending, 110 ms;
- a GIN read of a rare word with 320 pages pending: 1.1 → 3.1–3.3 ms, and each search reads
  the index one to three times; the list is only merged by that insert or by autovacuum, which
  an insert-only table of 4 million rows calls after 850,000 inserts;
- a smaller list (256 kB) kept the reads cheap but merged every ~100 notes, at up to 76 ms;
- written through: an insert 0.45 → 0.85 ms at the median, p99 1.7 → 2.2–2.5 ms, the slowest
  of 3,000 12–13.5 ms, and nothing pending for a search to read.

The entries already pending are merged into the index now (``gin_clean_pending_list``): with
``fastupdate`` off they would otherwise wait for a vacuum, and every search would still read
them. A generated database's index is made from this definition (``pg_get_indexdef`` keeps the
setting). SQLite's FTS5 index has no such list: nothing to change there.

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-01 09:00:00+00:00
"""

from __future__ import annotations

from alembic import op

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER INDEX ix_search_documents_fts SET (fastupdate = off)")
        op.execute("SELECT gin_clean_pending_list('ix_search_documents_fts')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER INDEX ix_search_documents_fts RESET (fastupdate)")
