"""Saved filters: a list's filters and sort kept under a name, per account, optionally shared
with a post.

- saved_filters: owner account, the list it applies to ("cases", "contacts"), a name unique
  per owner and list, the filter as JSON text, the post it is shared with (or none), created
  and updated times and a version.

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-30 01:40:00+00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "saved_filters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("list_name", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("shared_post_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_saved_filters_owner_id_users")),
        sa.ForeignKeyConstraint(["shared_post_id"], ["posts.id"], name=op.f("fk_saved_filters_shared_post_id_posts")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_filters")),
        sa.UniqueConstraint("owner_id", "list_name", "name", name=op.f("uq_saved_filters_owner_id_list_name_name")),
    )
    op.create_index("ix_saved_filters_shared_post_id", "saved_filters", ["shared_post_id"])


def downgrade() -> None:
    op.drop_index("ix_saved_filters_shared_post_id", table_name="saved_filters")
    op.drop_table("saved_filters")
