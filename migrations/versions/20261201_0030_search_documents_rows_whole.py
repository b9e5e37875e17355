"""``search_documents`` on PostgreSQL: a row is kept whole in its page up to 8,160 bytes, not cut
into the table's TOAST relation from 2,032.

A contact note's document is about 2.4 kB at 100,000 synthetic cases (a body of ~900
characters and its stored vector of ~1.4 kB). Over PostgreSQL's default target of 2,032 bytes a
row is compressed, then its widest value moved out of line: every such document's vector went to
the TOAST relation, with a second row and an index entry there for each insert, a look-up
there for each vector read (the GIN build, a rechecked match) and 2.8 GB of TOAST beside a
3.3 GB table. With ``toast_tuple_target`` at its largest a document stays in one row unless it
is longer than that. Measured on a copy of 10,000 cases' 442,246 documents: inserting them
6.3 → 2.6 s of server time, the table 646 → 622 MB in all.

Only rows written from now on are laid out so; rows already there stay as they are until the
table is rewritten (``VACUUM FULL``, or a dump and restore). SQLite stores a row in as many
pages as it needs, always: nothing to change there.

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-01 06:00:00+00:00
"""

from __future__ import annotations

from alembic import op

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None

TARGET = 8160  # bytes: the largest toast_tuple_target PostgreSQL takes (a page less its headers)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER TABLE search_documents SET (toast_tuple_target = {TARGET})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE search_documents RESET (toast_tuple_target)")
