"""``search_documents.search_vector`` on PostgreSQL: stored without trying to compress it
(``STORAGE EXTERNAL``).

A contact note's document is about 2.4 kB at 100,000 synthetic cases (a body of ~900
characters and its stored vector of ~1.4 kB). Over PostgreSQL's TOAST target of 2,032 bytes a
row's widest values are first compressed, then moved out of line. A vector, lexemes with their
binary positions, does not compress by the quarter pglz asks for (none of ``bench100k``'s 4.2
million was stored compressed), so every such insert paid for a compression that was thrown
away before its vector went out of line anyway. Stored ``EXTERNAL`` it goes out of line at once:
the same rows, pages and TOAST as before, for less of the server's time. Copying 10,000 cases'
442,246 documents into a table: 6.4–7.1 → 4.0 s.

Keeping the rows whole instead (``toast_tuple_target`` at 8,160 bytes) was faster still to
insert (2.5–3.7 s) but made the table 1.8 times as many pages, and the case list's read of a
medium word's matches ("kirkuk": 43,156 documents) read as many more pages (13,542 → 24,958).

Rows already written keep their vectors as they are (uncompressed, as said). SQLite has no such
setting: nothing to change there.

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-01 06:30:00+00:00
"""

from __future__ import annotations

from alembic import op

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE search_documents ALTER COLUMN search_vector SET STORAGE EXTERNAL")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE search_documents ALTER COLUMN search_vector SET STORAGE EXTENDED")
