"""Duplicates found and merged; documents voidable.

- match_keys: the keys the duplicate finder joins on (a person's phonetic name key and
  passport number, a counterpart's name key and phone), indexed on (entity, kind, key), kept
  by consular.services.match_keys. Backfilled here for every existing person and counterpart.
- persons.merged_into_id, counterparts.merged_into_id: set on the record merged away, which
  stays as a tombstone so the merge can be undone.
- merge_records: each merge, with both records' before state and every link row it moved or
  removed (what undo puts back).
- documents gain voided_at, voided_by_id, void_reason, like the other voidable entries.

The new columns of persons, counterparts and documents count in the audit chain's record
state only once set (consular.db.audit_hash.LATE_COLUMNS), so existing records keep their
audited state.

Revision ID: 0018
Revises: 0012
Create Date: 2026-11-30 01:30:00+00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from consular.domain.name_match import counterpart_keys, person_keys

revision = "0018"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "match_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_keys")),
    )
    op.create_index("ix_match_keys_entity_kind_key", "match_keys", ["entity", "kind", "key"])
    op.create_index("ix_match_keys_entity_entity_id", "match_keys", ["entity", "entity_id"])
    op.create_table(
        "merge_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("winner_id", sa.Integer(), nullable=False),
        sa.Column("loser_id", sa.Integer(), nullable=False),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("merged_by_id", sa.Integer(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("undone_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["merged_by_id"], ["users.id"], name=op.f("fk_merge_records_merged_by_id_users")),
        sa.ForeignKeyConstraint(["undone_by_id"], ["users.id"], name=op.f("fk_merge_records_undone_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_records")),
    )
    op.create_index("ix_merge_records_entity_loser_id", "merge_records", ["entity", "loser_id"])
    # Plain ADD COLUMN, never a batch copy: persons, counterparts and documents are referenced
    # by other tables, and SQLite refuses to drop a referenced table while foreign keys are on.
    for table in ("persons", "counterparts"):
        _add_reference(table, "merged_into_id", table)
    op.add_column("documents", sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True))
    _add_reference("documents", "voided_by_id", "users")
    op.add_column("documents", sa.Column("void_reason", sa.Text(), nullable=True))
    _backfill_keys()


def _add_reference(table: str, column: str, target: str) -> None:
    """A nullable integer column referring to ``target.id``, with its named foreign key."""
    name = f"fk_{table}_{column}_{target}"
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a column with an inline, named REFERENCES clause (no ALTER of constraints).
        op.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER CONSTRAINT {name} REFERENCES {target} (id)")
    else:
        op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
        op.create_foreign_key(name, table, target, [column], ["id"])


def _backfill_keys() -> None:
    conn = op.get_bind()
    keys = sa.table("match_keys", sa.column("entity"), sa.column("entity_id"), sa.column("kind"), sa.column("key"))
    rows = []
    for pid, name, native, passport in conn.execute(
        sa.text("SELECT id, full_name, name_native, passport_number FROM persons")
    ):
        rows += [
            {"entity": "person", "entity_id": pid, "kind": k, "key": v} for k, v in person_keys(name, native, passport)
        ]
    for cid, name, phone in conn.execute(sa.text("SELECT id, name, phone FROM counterparts")):
        rows += [
            {"entity": "counterpart", "entity_id": cid, "kind": k, "key": v} for k, v in counterpart_keys(name, phone)
        ]
    if rows:
        op.bulk_insert(keys, rows)


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_constraint("fk_documents_voided_by_id_users", type_="foreignkey")
        batch.drop_column("void_reason")
        batch.drop_column("voided_by_id")
        batch.drop_column("voided_at")
    for table in ("counterparts", "persons"):
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"fk_{table}_merged_into_id_{table}", type_="foreignkey")
            batch.drop_column("merged_into_id")
    op.drop_index("ix_merge_records_entity_loser_id", table_name="merge_records")
    op.drop_table("merge_records")
    op.drop_index("ix_match_keys_entity_entity_id", table_name="match_keys")
    op.drop_index("ix_match_keys_entity_kind_key", table_name="match_keys")
    op.drop_table("match_keys")
