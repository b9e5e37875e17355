"""Brief records: SHA-256 of the PDF bytes, the brief a regeneration replaces, delivery errors.

``pdf_sha256`` (indexed) lets ``consular brief verify FILE.pdf`` find the record of the exact
file that was issued; ``sha256`` stays the hash of the content, printed in the footer.
Briefs issued before this revision have no PDF hash and cannot be verified by file.
``replaces_id`` links a brief generated again (same period, other options) to the one it
replaces. ``delivery_error`` says why a recorded brief's file never reached its folder.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 19:30:00+00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("brief_records") as batch:
        batch.add_column(sa.Column("pdf_sha256", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("replaces_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("delivery_error", sa.String(length=500), nullable=True))
        batch.create_foreign_key("fk_brief_records_replaces_id_brief_records", "brief_records", ["replaces_id"], ["id"])
        batch.create_index("ix_brief_records_pdf_sha256", ["pdf_sha256"])


def downgrade() -> None:
    with op.batch_alter_table("brief_records") as batch:
        batch.drop_index("ix_brief_records_pdf_sha256")
        batch.drop_constraint("fk_brief_records_replaces_id_brief_records", type_="foreignkey")
        batch.drop_column("delivery_error")
        batch.drop_column("replaces_id")
        batch.drop_column("pdf_sha256")
