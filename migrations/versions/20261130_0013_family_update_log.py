"""The family update log, "tell the family" items and changes of family liaison officer.

- family_updates: what was told to which next of kin (a family liaison), when, by whom and
  through which channel; restricted when it covered a restricted development; voidable.
- family_update_links: the developments an update covered (kind + record id), and the
  tell-the-family item it closed, if any.
- tell_family_items: a significant development (a proof of life, a hostage status change, a
  public statement, a demand about the family) that a hostage's family must be told of by a
  deadline; done by a family update or by hand with a reason.
- liaison_officer_changes: each change of a next of kin's family liaison officer (the
  caseworker they deal with), with who changed it, when and why. Next of kin that already
  have an officer get one row (from nobody, at the time they were added) so the brief can
  say "since DATE".
- demands.about_family: the demand threatens the family or is made on them.

Revision ID: 0013
Revises: 0015
Create Date: 2026-11-30 01:30:00+00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "family_updates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("liaison_id", sa.Integer(), nullable=False),
        sa.Column("told_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("told_by_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("what_told", sa.Text(), nullable=False),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_family_updates_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["liaison_id"], ["family_liaisons.id"], name=op.f("fk_family_updates_liaison_id_family_liaisons")
        ),
        sa.ForeignKeyConstraint(["told_by_id"], ["users.id"], name=op.f("fk_family_updates_told_by_id_users")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"], name=op.f("fk_family_updates_recorded_by_id_users")),
        sa.ForeignKeyConstraint(["voided_by_id"], ["users.id"], name=op.f("fk_family_updates_voided_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_updates")),
    )
    op.create_index("ix_family_updates_case_id_told_at", "family_updates", ["case_id", "told_at"])
    op.create_index("ix_family_updates_liaison_id_told_at", "family_updates", ["liaison_id", "told_at"])
    op.create_table(
        "tell_family_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("hostage_person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("done_by_id", sa.Integer(), nullable=True),
        sa.Column("done_reason", sa.Text(), nullable=True),
        sa.Column("family_update_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_tell_family_items_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["hostage_person_id"], ["persons.id"], name=op.f("fk_tell_family_items_hostage_person_id_persons")
        ),
        sa.ForeignKeyConstraint(["done_by_id"], ["users.id"], name=op.f("fk_tell_family_items_done_by_id_users")),
        sa.ForeignKeyConstraint(
            ["family_update_id"],
            ["family_updates.id"],
            name=op.f("fk_tell_family_items_family_update_id_family_updates"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tell_family_items")),
    )
    op.create_index("ix_tell_family_items_done_at_due_at", "tell_family_items", ["done_at", "due_at"])
    op.create_index("ix_tell_family_items_case_id_done_at", "tell_family_items", ["case_id", "done_at"])
    op.create_table(
        "family_update_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("family_update_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("tell_item_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["family_update_id"],
            ["family_updates.id"],
            name=op.f("fk_family_update_links_family_update_id_family_updates"),
        ),
        sa.ForeignKeyConstraint(
            ["tell_item_id"],
            ["tell_family_items.id"],
            name=op.f("fk_family_update_links_tell_item_id_tell_family_items"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_update_links")),
    )
    op.create_index("ix_family_update_links_family_update_id", "family_update_links", ["family_update_id"])
    op.create_table(
        "liaison_officer_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("liaison_id", sa.Integer(), nullable=False),
        sa.Column("from_user_id", sa.Integer(), nullable=True),
        sa.Column("to_user_id", sa.Integer(), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["liaison_id"], ["family_liaisons.id"], name=op.f("fk_liaison_officer_changes_liaison_id_family_liaisons")
        ),
        sa.ForeignKeyConstraint(
            ["from_user_id"], ["users.id"], name=op.f("fk_liaison_officer_changes_from_user_id_users")
        ),
        sa.ForeignKeyConstraint(["to_user_id"], ["users.id"], name=op.f("fk_liaison_officer_changes_to_user_id_users")),
        sa.ForeignKeyConstraint(
            ["changed_by_id"], ["users.id"], name=op.f("fk_liaison_officer_changes_changed_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_liaison_officer_changes")),
    )
    op.create_index(
        "ix_liaison_officer_changes_liaison_id_changed_at", "liaison_officer_changes", ["liaison_id", "changed_at"]
    )
    with op.batch_alter_table("demands") as batch:
        batch.add_column(sa.Column("about_family", sa.Boolean(), server_default="0", nullable=False))
    # The officer each existing next of kin has had since they were added (changed_by: that
    # officer, the only user known to stand behind the assignment).
    op.execute(
        sa.text(
            "INSERT INTO liaison_officer_changes (liaison_id, from_user_id, to_user_id, changed_at, changed_by_id, "
            "reason) SELECT id, NULL, plan_owner_id, created_at, plan_owner_id, :reason FROM family_liaisons "
            "WHERE plan_owner_id IS NOT NULL"
        ).bindparams(reason="Officer when the next of kin was added (recorded at upgrade)")
    )


def downgrade() -> None:
    with op.batch_alter_table("demands") as batch:
        batch.drop_column("about_family")
    op.drop_index("ix_liaison_officer_changes_liaison_id_changed_at", table_name="liaison_officer_changes")
    op.drop_table("liaison_officer_changes")
    op.drop_index("ix_family_update_links_family_update_id", table_name="family_update_links")
    op.drop_table("family_update_links")
    op.drop_index("ix_tell_family_items_case_id_done_at", table_name="tell_family_items")
    op.drop_index("ix_tell_family_items_done_at_due_at", table_name="tell_family_items")
    op.drop_table("tell_family_items")
    op.drop_index("ix_family_updates_liaison_id_told_at", table_name="family_updates")
    op.drop_index("ix_family_updates_case_id_told_at", table_name="family_updates")
    op.drop_table("family_updates")
