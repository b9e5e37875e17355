"""Drafts of forms (Log contact) move into the database.

- drafts: one row per (owner account, case, kind, target) holding the form's state as JSON
  text, with created/updated times and a version. Older versions kept these drafts as
  plaintext JSON files in the config folder; the desktop app imports them for the account
  that signs in and deletes the files (``consular.gui.forms.drafts.import_legacy_drafts``),
  so nothing happens to them here: a migration has no signed-in account to give them to.

Revision ID: 0006
Revises: 0007
Create Date: 2026-11-29 22:30:00+00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("target", sa.String(length=32), nullable=False, server_default=""),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_drafts_owner_id_users")),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_drafts_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drafts")),
        sa.UniqueConstraint(
            "owner_id", "case_id", "kind", "target", name=op.f("uq_drafts_owner_id_case_id_kind_target")
        ),
    )
    op.create_index("ix_drafts_case_id", "drafts", ["case_id"])


def downgrade() -> None:
    # Drafts held in the table are lost with it: they are unsaved typing, not case records.
    op.drop_index("ix_drafts_case_id", table_name="drafts")
    op.drop_table("drafts")
