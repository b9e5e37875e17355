"""The duplicate finder's key index also holds the record id, so its walk reads the index only.

The finder walks every key of an entity in (entity, kind, key) order and joins each key's
record by primary key. With ``entity_id`` in the index, SQLite reads the walk from the index
alone instead of looking each key's row up in ``match_keys`` (benchmarks/bench_duplicates.py
measures the finder beside the same walk run raw).

Revision ID: 0025
Revises: 0024
Create Date: 2026-11-30 08:00:00+00:00
"""

from __future__ import annotations

from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_match_keys_entity_kind_key", table_name="match_keys")
    op.create_index("ix_match_keys_entity_kind_key", "match_keys", ["entity", "kind", "key", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_match_keys_entity_kind_key", table_name="match_keys")
    op.create_index("ix_match_keys_entity_kind_key", "match_keys", ["entity", "kind", "key"])
