"""Wrongful detention by a state: for each detained national of a wrongful_detention case, the
detaining authority, the place (with transfers), the lawyer; charges, court hearings, consular
visit requests and notes verbales.

- detentions: one row per detained national (case, person): authority, current place and
  since when, lawyer (name, firm, phone, appointed on).
- detention_places: where they were held from when (a row per transfer).
- detention_charges, detention_hearings, consular_visits, notes_verbales: voidable, versioned,
  each with a restricted flag. Indexes serve the dashboard's overdue query: visits by
  (decision, requested_at), notes by (answered_at, sent_at), hearings by
  (outcome_recorded_at, held_at).

New tables only: no existing row changes.

Revision ID: 0014
Revises: 0021
Create Date: 2026-11-30 01:10:48+00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "detentions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("authority", sa.String(length=300), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("place_since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lawyer_name", sa.String(length=200), nullable=True),
        sa.Column("lawyer_firm", sa.String(length=200), nullable=True),
        sa.Column("lawyer_phone", sa.String(length=60), nullable=True),
        sa.Column("lawyer_appointed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_detentions_case_id_cases")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_detentions_person_id_persons")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"], name=op.f("fk_detentions_recorded_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_detentions")),
        sa.UniqueConstraint("case_id", "person_id", name=op.f("uq_detentions_case_id_person_id")),
    )
    op.create_table(
        "detention_charges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("detention_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("filed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("status_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_detention_charges_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["detention_id"], ["detentions.id"], name=op.f("fk_detention_charges_detention_id_detentions")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_detention_charges_recorded_by_id_users")
        ),
        sa.ForeignKeyConstraint(["voided_by_id"], ["users.id"], name=op.f("fk_detention_charges_voided_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_detention_charges")),
    )
    with op.batch_alter_table("detention_charges", schema=None) as batch_op:
        batch_op.create_index("ix_detention_charges_case_id", ["case_id"], unique=False)

    op.create_table(
        "detention_hearings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("detention_id", sa.Integer(), nullable=False),
        sa.Column("held_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("court", sa.String(length=300), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("outcome_recorded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("next_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_detention_hearings_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["detention_id"], ["detentions.id"], name=op.f("fk_detention_hearings_detention_id_detentions")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_detention_hearings_recorded_by_id_users")
        ),
        sa.ForeignKeyConstraint(["voided_by_id"], ["users.id"], name=op.f("fk_detention_hearings_voided_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_detention_hearings")),
    )
    with op.batch_alter_table("detention_hearings", schema=None) as batch_op:
        batch_op.create_index("ix_detention_hearings_case_id", ["case_id"], unique=False)
        batch_op.create_index(
            "ix_detention_hearings_outcome_recorded_at_held_at", ["outcome_recorded_at", "held_at"], unique=False
        )

    op.create_table(
        "detention_places",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("detention_id", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["detention_id"], ["detentions.id"], name=op.f("fk_detention_places_detention_id_detentions")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_detention_places_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_detention_places")),
    )
    with op.batch_alter_table("detention_places", schema=None) as batch_op:
        batch_op.create_index("ix_detention_places_detention_id", ["detention_id"], unique=False)

    op.create_table(
        "notes_verbales",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("detention_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=80), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("addressed_to", sa.String(length=300), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answer_summary", sa.Text(), nullable=True),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_notes_verbales_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["detention_id"], ["detentions.id"], name=op.f("fk_notes_verbales_detention_id_detentions")
        ),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"], name=op.f("fk_notes_verbales_recorded_by_id_users")),
        sa.ForeignKeyConstraint(["voided_by_id"], ["users.id"], name=op.f("fk_notes_verbales_voided_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes_verbales")),
    )
    with op.batch_alter_table("notes_verbales", schema=None) as batch_op:
        batch_op.create_index("ix_notes_verbales_answered_at_sent_at", ["answered_at", "sent_at"], unique=False)
        batch_op.create_index("ix_notes_verbales_case_id", ["case_id"], unique=False)

    op.create_table(
        "consular_visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("detention_id", sa.Integer(), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=True),
        sa.Column("decision", sa.String(length=32), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("visit_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("visited_by", sa.String(length=300), nullable=True),
        sa.Column("findings", sa.Text(), nullable=True),
        sa.Column("welfare_observed", sa.Text(), nullable=True),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_consular_visits_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["detention_id"], ["detentions.id"], name=op.f("fk_consular_visits_detention_id_detentions")
        ),
        sa.ForeignKeyConstraint(
            ["note_id"], ["notes_verbales.id"], name=op.f("fk_consular_visits_note_id_notes_verbales")
        ),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"], name=op.f("fk_consular_visits_recorded_by_id_users")),
        sa.ForeignKeyConstraint(["voided_by_id"], ["users.id"], name=op.f("fk_consular_visits_voided_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consular_visits")),
    )
    with op.batch_alter_table("consular_visits", schema=None) as batch_op:
        batch_op.create_index("ix_consular_visits_case_id", ["case_id"], unique=False)
        batch_op.create_index("ix_consular_visits_decision_requested_at", ["decision", "requested_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("consular_visits", schema=None) as batch_op:
        batch_op.drop_index("ix_consular_visits_decision_requested_at")
        batch_op.drop_index("ix_consular_visits_case_id")

    op.drop_table("consular_visits")
    with op.batch_alter_table("notes_verbales", schema=None) as batch_op:
        batch_op.drop_index("ix_notes_verbales_case_id")
        batch_op.drop_index("ix_notes_verbales_answered_at_sent_at")

    op.drop_table("notes_verbales")
    with op.batch_alter_table("detention_places", schema=None) as batch_op:
        batch_op.drop_index("ix_detention_places_detention_id")

    op.drop_table("detention_places")
    with op.batch_alter_table("detention_hearings", schema=None) as batch_op:
        batch_op.drop_index("ix_detention_hearings_outcome_recorded_at_held_at")
        batch_op.drop_index("ix_detention_hearings_case_id")

    op.drop_table("detention_hearings")
    with op.batch_alter_table("detention_charges", schema=None) as batch_op:
        batch_op.drop_index("ix_detention_charges_case_id")

    op.drop_table("detention_charges")
    op.drop_table("detentions")
