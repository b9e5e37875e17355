"""Accounts that sign in, and case teams for need-to-know.

- users: an Argon2id password hash (NULL: the account cannot sign in until an administrator
  sets a password), when it was set, the count of failed sign-ins since the last success, the
  end of a lockout, and the last successful sign-in. Existing accounts keep their rows and
  roles and get no password: an administrator sets one (``consular users reset-password``),
  or ``consular db init --admin NAME`` appoints the first administrator of an old database.
- case_team_members: who besides the lead and the supervisor is on a case's team.
- demands and proofs of life become restricted (need-to-know), as the services now always
  record them, in the milestones and in the search index.

Revision ID: 0004
Revises: 0005
Create Date: 2026-11-29 19:20:00+00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("password_hash", sa.String(length=255), nullable=True))
        batch.add_column(sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("last_sign_in_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "case_team_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_team_members_case_id_cases")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_case_team_members_user_id_users")),
        sa.ForeignKeyConstraint(["added_by_id"], ["users.id"], name=op.f("fk_case_team_members_added_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_team_members")),
        sa.UniqueConstraint("case_id", "user_id", name=op.f("uq_case_team_members_case_id_user_id")),
    )
    op.create_index("ix_case_team_members_user_id", "case_team_members", ["user_id"])
    op.execute(
        sa.text("UPDATE milestones SET restricted = :yes WHERE kind IN ('demand', 'proof_of_life')").bindparams(
            yes=True
        )
    )
    op.execute(
        sa.text(
            "UPDATE search_documents SET restricted = :yes WHERE entity = 'milestone' AND entity_id IN "
            "(SELECT id FROM milestones WHERE kind IN ('demand', 'proof_of_life'))"
        ).bindparams(yes=True)
    )


def downgrade() -> None:
    # The restricted flags set on demands and proofs of life are kept: unflagging them could
    # expose what someone meant to restrict.
    op.drop_index("ix_case_team_members_user_id", table_name="case_team_members")
    op.drop_table("case_team_members")
    # Plain ALTER TABLE ... DROP COLUMN (SQLite >= 3.35): recreating users would break the
    # foreign keys that point at it.
    with op.batch_alter_table("users", recreate="never") as batch:
        batch.drop_column("last_sign_in_at")
        batch.drop_column("locked_until")
        batch.drop_column("failed_sign_ins")
        batch.drop_column("password_changed_at")
        batch.drop_column("password_hash")
