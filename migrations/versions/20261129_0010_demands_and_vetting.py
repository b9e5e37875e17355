"""Demands register and intermediary vetting.

- demands: every demand made by the captors or on their behalf (when, by whom, through which
  intermediary or channel, what: money with amount and currency, a prisoner release, a
  political demand; the deadline and the response). Always restricted; voidable.
- demand_links: the contacts and documents that belong with a demand.
- counterpart_vetting: an intermediary's vetting history (unvetted, under vetting, vetted,
  rejected), dated, with who decided, who vetted and on what basis. Append-only: the latest
  decision stands. Counterparts with no row are unvetted.
- search_documents: a follow-up task of a restricted contact becomes restricted in the search
  index (its title says what the contact was about); it was indexed as public before.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29 22:45:00+00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "demands",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("made_by", sa.String(length=300), nullable=False),
        sa.Column("via_counterpart_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=32), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("hostage_person_id", sa.Integer(), nullable=True),
        sa.Column("deadline_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("response", sa.String(length=32), nullable=False),
        sa.Column("response_note", sa.Text(), nullable=True),
        sa.Column("responded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("voided_by_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_demands_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["via_counterpart_id"], ["counterparts.id"], name=op.f("fk_demands_via_counterpart_id_counterparts")
        ),
        sa.ForeignKeyConstraint(
            ["hostage_person_id"], ["persons.id"], name=op.f("fk_demands_hostage_person_id_persons")
        ),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"], name=op.f("fk_demands_recorded_by_id_users")),
        sa.ForeignKeyConstraint(["voided_by_id"], ["users.id"], name=op.f("fk_demands_voided_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_demands")),
    )
    op.create_index("ix_demands_case_id_received_at", "demands", ["case_id", "received_at"])
    op.create_table(
        "demand_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("demand_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["demand_id"], ["demands.id"], name=op.f("fk_demand_links_demand_id_demands")),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact_entries.id"], name=op.f("fk_demand_links_contact_id_contact_entries")
        ),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name=op.f("fk_demand_links_document_id_documents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_demand_links")),
    )
    op.create_index("ix_demand_links_demand_id", "demand_links", ["demand_id"])
    op.create_table(
        "counterpart_vetting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counterpart_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=False),
        sa.Column("vetted_by", sa.String(length=300), nullable=True),
        sa.Column("basis", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["counterpart_id"], ["counterparts.id"], name=op.f("fk_counterpart_vetting_counterpart_id_counterparts")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"], ["users.id"], name=op.f("fk_counterpart_vetting_decided_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_counterpart_vetting")),
    )
    op.create_index(
        "ix_counterpart_vetting_counterpart_id_decided_at", "counterpart_vetting", ["counterpart_id", "decided_at"]
    )
    op.execute(
        sa.text(
            "UPDATE search_documents SET restricted = :yes WHERE entity = 'task' AND entity_id IN "
            "(SELECT t.id FROM tasks t JOIN contact_entries c ON c.id = t.contact_id WHERE c.restricted = :yes)"
        ).bindparams(yes=True)
    )


def downgrade() -> None:
    op.drop_index("ix_counterpart_vetting_counterpart_id_decided_at", table_name="counterpart_vetting")
    op.drop_table("counterpart_vetting")
    op.drop_index("ix_demand_links_demand_id", table_name="demand_links")
    op.drop_table("demand_links")
    op.drop_index("ix_demands_case_id_received_at", table_name="demands")
    op.drop_table("demands")
