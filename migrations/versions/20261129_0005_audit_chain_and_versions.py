"""Audit hash chain, and version columns on every editable record.

- audit_entries gains seq (chain position, unique), state (digest of the audited record
  after the change), key_id, chain (link hash) and mac (HMAC of the link).
- audit_chain_head: the single row that writers lock to append.
- Entries already in the database are chained here, in id order, without a signature
  (nobody's key is at hand in a migration): ``legacy_seq`` in the head says how many, and
  ``consular audit verify`` reports them as chained at upgrade, unsigned.
- persons, counterparts, family_liaisons, milestones, tasks, documents gain a version
  column (1 for existing rows) used by SQLAlchemy's optimistic version check.

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-29 19:30:00+00:00
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from consular.db import audit_hash

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None

VERSIONED = ["persons", "counterparts", "family_liaisons", "milestones", "tasks", "documents"]


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))

    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("state", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("key_id", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("chain", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("mac", sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_audit_entries_seq"), ["seq"])

    op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chain_id", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("chain", sa.String(length=64), nullable=False),
        sa.Column("legacy_seq", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=True),
        sa.Column("mac", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    _chain_existing_entries(op.get_bind())


def _chain_existing_entries(conn) -> None:
    chain_id = secrets.token_hex(16)
    previous = audit_hash.genesis(chain_id)
    rows = conn.execute(
        sa.text(
            "SELECT id, at, actor_id, action, entity, entity_id, case_id, before, after FROM audit_entries ORDER BY id"
        )
    ).all()
    seq = 0
    updates = []
    for row in rows:
        seq += 1
        previous = audit_hash.link(
            previous,
            audit_hash.entry_bytes(seq, row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], None, None),
        )
        updates.append({"id": row[0], "seq": seq, "chain": previous.hex()})
    if updates:
        conn.execute(sa.text("UPDATE audit_entries SET seq = :seq, chain = :chain WHERE id = :id"), updates)
    now = datetime.now(UTC)
    head = sa.table(
        "audit_chain_head",
        sa.column("id", sa.Integer),
        sa.column("chain_id", sa.String),
        sa.column("seq", sa.Integer),
        sa.column("chain", sa.String),
        sa.column("legacy_seq", sa.Integer),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    conn.execute(
        head.insert().values(
            id=1,
            chain_id=chain_id,
            seq=seq,
            chain=previous.hex(),
            legacy_seq=seq,
            updated_at=now if conn.dialect.name != "sqlite" else now.replace(tzinfo=None),
        )
    )


def downgrade() -> None:
    op.drop_table("audit_chain_head")
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_entries_seq"), type_="unique")
        batch_op.drop_column("mac")
        batch_op.drop_column("chain")
        batch_op.drop_column("key_id")
        batch_op.drop_column("state")
        batch_op.drop_column("seq")
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
