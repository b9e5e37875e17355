"""The repatriation checklist: what is done to bring a released national home, and after.

- repatriation_checklists: one per released national and case (unique), with the release
  time its items are due from.
- repatriation_items: one per checklist item (unique per checklist and kind). The item's
  owner, due time, done/cancelled state and voiding are those of its task (a row of ``tasks``,
  ``task_id`` unique), so items are overdue on the dashboard and listed in the Tasks tab with
  no second notion of "task". The row holds the kind and the facts the issue names: who held
  the debrief, whether psychosocial support was offered, accepted or declined, and why an item
  does not apply.

No data moves: released nationals recorded before this revision have no checklist until one
is opened by hand (``consular repatriation open``); opening one on upgrade would invent owners
and due dates nobody chose.

Revision ID: 0015
Revises: 0016
Create Date: 2026-11-30 01:20:00+00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "repatriation_checklists",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("released_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("opened_by_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_repatriation_checklists_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_repatriation_checklists_person_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["opened_by_id"], ["users.id"], name=op.f("fk_repatriation_checklists_opened_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_repatriation_checklists")),
        sa.UniqueConstraint("case_id", "person_id", name=op.f("uq_repatriation_checklists_case_id_person_id")),
    )
    op.create_table(
        "repatriation_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checklist_id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("debrief_by", sa.String(length=300), nullable=True),
        sa.Column("psychosocial", sa.String(length=32), nullable=True),
        sa.Column("na_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["checklist_id"],
            ["repatriation_checklists.id"],
            name=op.f("fk_repatriation_items_checklist_id_repatriation_checklists"),
        ),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], name=op.f("fk_repatriation_items_task_id_tasks")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_repatriation_items")),
        sa.UniqueConstraint("checklist_id", "kind", name=op.f("uq_repatriation_items_checklist_id_kind")),
        sa.UniqueConstraint("task_id", name=op.f("uq_repatriation_items_task_id")),
    )


def downgrade() -> None:
    op.drop_table("repatriation_items")
    op.drop_table("repatriation_checklists")
