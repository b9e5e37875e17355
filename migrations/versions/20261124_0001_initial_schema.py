"""Initial schema: posts, users, cases and everything a case holds, audit, search.

Reviewed by hand after autogenerate: enum columns are plain VARCHAR(32) (values are checked
by the services, so adding a value needs no migration), timestamps are timezone-aware, and
the full-text index over search_documents is created here per dialect (FTS5 external-content
table kept in step by triggers on SQLite, a GIN tsvector expression index on PostgreSQL).
The DDL is written out in this file rather than imported so the revision never changes.

Revision ID: 0001
Revises:
Create Date: 2026-11-24 23:31:21.428616+00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


# categories: combining marks (M*) are part of a word, so names in Devanagari, Telugu,
# Malayalam ... are indexed as whole words rather than cut at every vowel sign.
SQLITE_SEARCH = [
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        title, body, content='search_documents', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2 categories 'L* M* N* Co'")""",
    """CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN
        INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
    """CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN
        INSERT INTO search_fts(search_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    END""",
    """CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN
        INSERT INTO search_fts(search_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
]
SQLITE_SEARCH_DROP = [
    "DROP TRIGGER IF EXISTS search_documents_au",
    "DROP TRIGGER IF EXISTS search_documents_ad",
    "DROP TRIGGER IF EXISTS search_documents_ai",
    "DROP TABLE IF EXISTS search_fts",
]
POSTGRES_SEARCH = [
    """CREATE INDEX ix_search_documents_fts ON search_documents USING gin (
        to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(body, '')))""",
]
POSTGRES_SEARCH_DROP = ["DROP INDEX IF EXISTS ix_search_documents_fts"]


def _search_ddl(create: bool) -> list[str]:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if create:
        return SQLITE_SEARCH if sqlite else POSTGRES_SEARCH
    return SQLITE_SEARCH_DROP if sqlite else POSTGRES_SEARCH_DROP


def upgrade() -> None:
    op.create_table(
        "persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=300), nullable=False),
        sa.Column("name_native", sa.String(length=300), nullable=True),
        sa.Column("gender", sa.String(length=32), nullable=True),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("nationality", sa.String(length=2), nullable=True),
        sa.Column("passport_number", sa.String(length=32), nullable=True),
        sa.Column("home_state", sa.String(length=120), nullable=True),
        sa.Column("home_district", sa.String(length=120), nullable=True),
        sa.Column("employer", sa.String(length=200), nullable=True),
        sa.Column("occupation", sa.String(length=200), nullable=True),
        sa.Column("languages", sa.String(length=300), nullable=True),
        sa.Column("medical_needs", sa.Text(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
    )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index("ix_persons_full_name", ["full_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_persons_passport_number"), ["passport_number"], unique=False)

    op.create_table(
        "posts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=5), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posts")),
        sa.UniqueConstraint("code", name=op.f("uq_posts_code")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=24), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("ref_year", sa.Integer(), nullable=False),
        sa.Column("ref_seq", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("priority", sa.String(length=32), nullable=False),
        sa.Column("incident_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("incident_site", sa.String(length=300), nullable=True),
        sa.Column("incident_town", sa.String(length=120), nullable=True),
        sa.Column("incident_region", sa.String(length=120), nullable=True),
        sa.Column("incident_country", sa.String(length=2), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("circumstances", sa.Text(), nullable=True),
        sa.Column("attribution_level", sa.String(length=32), nullable=False),
        sa.Column("attribution_group", sa.String(length=200), nullable=True),
        sa.Column("attribution_source", sa.String(length=500), nullable=True),
        sa.Column("classification", sa.String(length=32), nullable=False),
        sa.Column("lead_caseworker_id", sa.Integer(), nullable=True),
        sa.Column("supervisor_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_contact_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["lead_caseworker_id"], ["users.id"], name=op.f("fk_cases_lead_caseworker_id_users")),
        sa.ForeignKeyConstraint(["post_id"], ["posts.id"], name=op.f("fk_cases_post_id_posts")),
        sa.ForeignKeyConstraint(["supervisor_id"], ["users.id"], name=op.f("fk_cases_supervisor_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("post_id", "ref_year", "ref_seq", name=op.f("uq_cases_post_id_ref_year_ref_seq")),
        sa.UniqueConstraint("reference", name=op.f("uq_cases_reference")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index("ix_cases_incident_at", ["incident_at"], unique=False)
        batch_op.create_index("ix_cases_kind", ["kind"], unique=False)
        batch_op.create_index("ix_cases_last_contact_at", ["last_contact_at"], unique=False)
        batch_op.create_index("ix_cases_lead_caseworker_id", ["lead_caseworker_id"], unique=False)
        batch_op.create_index("ix_cases_post_id", ["post_id"], unique=False)
        batch_op.create_index("ix_cases_status_incident_at", ["status", "incident_at"], unique=False)
        batch_op.create_index("ix_cases_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "counterparts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("organisation", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("address", sa.String(length=500), nullable=True),
        sa.Column("reliability_note", sa.Text(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_counterparts_person_id_persons")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_counterparts")),
    )
    with op.batch_alter_table("counterparts", schema=None) as batch_op:
        batch_op.create_index("ix_counterparts_category", ["category"], unique=False)
        batch_op.create_index("ix_counterparts_name", ["name"], unique=False)

    op.create_table(
        "person_identifiers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("value", sa.String(length=120), nullable=False),
        sa.Column("issuing_country", sa.String(length=2), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_person_identifiers_person_id_persons")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_identifiers")),
    )
    with op.batch_alter_table("person_identifiers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_identifiers_person_id"), ["person_id"], unique=False)

    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["actor_id"], ["users.id"], name=op.f("fk_audit_entries_actor_id_users")),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_audit_entries_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
    )
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entries_at", ["at"], unique=False)
        batch_op.create_index("ix_audit_entries_case_id_at", ["case_id", "at"], unique=False)
        batch_op.create_index("ix_audit_entries_entity_entity_id", ["entity", "entity_id"], unique=False)

    op.create_table(
        "brief_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("issued_by_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("period_end", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("redacted", sa.Boolean(), nullable=False),
        sa.Column("include_restricted", sa.Boolean(), nullable=False),
        sa.Column("draft", sa.Boolean(), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_brief_records_case_id_cases")),
        sa.ForeignKeyConstraint(["issued_by_id"], ["users.id"], name=op.f("fk_brief_records_issued_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_brief_records")),
    )
    with op.batch_alter_table("brief_records", schema=None) as batch_op:
        batch_op.create_index("ix_brief_records_case_id_issued_at", ["case_id", "issued_at"], unique=False)

    op.create_table(
        "case_counterparts",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("counterpart_id", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_counterparts_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["counterpart_id"], ["counterparts.id"], name=op.f("fk_case_counterparts_counterpart_id_counterparts")
        ),
        sa.PrimaryKeyConstraint("case_id", "counterpart_id", name=op.f("pk_case_counterparts")),
    )
    with op.batch_alter_table("case_counterparts", schema=None) as batch_op:
        batch_op.create_index("ix_case_counterparts_counterpart_id", ["counterpart_id"], unique=False)

    op.create_table(
        "case_participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("hostage_status", sa.String(length=32), nullable=True),
        sa.Column("hostage_status_since", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_participants_case_id_cases")),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], name=op.f("fk_case_participants_person_id_persons")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_participants")),
        sa.UniqueConstraint("case_id", "person_id", name=op.f("uq_case_participants_case_id_person_id")),
    )
    with op.batch_alter_table("case_participants", schema=None) as batch_op:
        batch_op.create_index("ix_case_participants_case_id_role", ["case_id", "role"], unique=False)
        batch_op.create_index("ix_case_participants_person_id", ["person_id"], unique=False)

    op.create_table(
        "case_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=32), nullable=True),
        sa.Column("to_status", sa.String(length=32), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_status_changes_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["changed_by_id"], ["users.id"], name=op.f("fk_case_status_changes_changed_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_status_changes")),
    )
    with op.batch_alter_table("case_status_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_status_changes_case_id"), ["case_id"], unique=False)

    op.create_table(
        "contact_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("direction", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("follow_up_needed", sa.Boolean(), nullable=False),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_contact_entries_case_id_cases")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"], name=op.f("fk_contact_entries_recorded_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_entries")),
    )
    with op.batch_alter_table("contact_entries", schema=None) as batch_op:
        batch_op.create_index("ix_contact_entries_case_id_occurred_at", ["case_id", "occurred_at"], unique=False)
        batch_op.create_index("ix_contact_entries_occurred_at", ["occurred_at"], unique=False)

    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=127), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["added_by_id"], ["users.id"], name=op.f("fk_documents_added_by_id_users")),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_documents_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index("ix_documents_case_id", ["case_id"], unique=False)

    op.create_table(
        "family_liaisons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kin_person_id", sa.Integer(), nullable=False),
        sa.Column("hostage_person_id", sa.Integer(), nullable=False),
        sa.Column("counterpart_id", sa.Integer(), nullable=False),
        sa.Column("relationship_to_hostage", sa.String(length=80), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("address", sa.String(length=500), nullable=True),
        sa.Column("preferred_language", sa.String(length=60), nullable=True),
        sa.Column("preferred_channel", sa.String(length=32), nullable=True),
        sa.Column("contact_every_days", sa.Integer(), nullable=True),
        sa.Column("plan_channel", sa.String(length=32), nullable=True),
        sa.Column("plan_owner_id", sa.Integer(), nullable=True),
        sa.Column("may_share", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_family_liaisons_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["counterpart_id"], ["counterparts.id"], name=op.f("fk_family_liaisons_counterpart_id_counterparts")
        ),
        sa.ForeignKeyConstraint(
            ["hostage_person_id"], ["persons.id"], name=op.f("fk_family_liaisons_hostage_person_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["kin_person_id"], ["persons.id"], name=op.f("fk_family_liaisons_kin_person_id_persons")
        ),
        sa.ForeignKeyConstraint(["plan_owner_id"], ["users.id"], name=op.f("fk_family_liaisons_plan_owner_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_liaisons")),
    )
    with op.batch_alter_table("family_liaisons", schema=None) as batch_op:
        batch_op.create_index("ix_family_liaisons_case_id", ["case_id"], unique=False)

    op.create_table(
        "milestones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=500), nullable=True),
        sa.Column("hostage_person_id", sa.Integer(), nullable=True),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_milestones_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["hostage_person_id"], ["persons.id"], name=op.f("fk_milestones_hostage_person_id_persons")
        ),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"], name=op.f("fk_milestones_recorded_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestones")),
    )
    with op.batch_alter_table("milestones", schema=None) as batch_op:
        batch_op.create_index("ix_milestones_case_id_occurred_at", ["case_id", "occurred_at"], unique=False)

    op.create_table(
        "search_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=400), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_search_documents_case_id_cases")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_documents")),
        sa.UniqueConstraint("entity", "entity_id", name=op.f("uq_search_documents_entity_entity_id")),
    )
    with op.batch_alter_table("search_documents", schema=None) as batch_op:
        batch_op.create_index("ix_search_documents_case_id", ["case_id"], unique=False)

    op.create_table(
        "contact_counterparts",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("counterpart_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact_entries.id"], name=op.f("fk_contact_counterparts_contact_id_contact_entries")
        ),
        sa.ForeignKeyConstraint(
            ["counterpart_id"], ["counterparts.id"], name=op.f("fk_contact_counterparts_counterpart_id_counterparts")
        ),
        sa.PrimaryKeyConstraint("contact_id", "counterpart_id", name=op.f("pk_contact_counterparts")),
    )
    with op.batch_alter_table("contact_counterparts", schema=None) as batch_op:
        batch_op.create_index("ix_contact_counterparts_counterpart_id", ["counterpart_id"], unique=False)

    op.create_table(
        "contact_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("direction", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.Column("written_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("written_by_id", sa.Integer(), nullable=False),
        sa.Column("replaced_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("replaced_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact_entries.id"], name=op.f("fk_contact_revisions_contact_id_contact_entries")
        ),
        sa.ForeignKeyConstraint(
            ["replaced_by_id"], ["users.id"], name=op.f("fk_contact_revisions_replaced_by_id_users")
        ),
        sa.ForeignKeyConstraint(["written_by_id"], ["users.id"], name=op.f("fk_contact_revisions_written_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_revisions")),
        sa.UniqueConstraint("contact_id", "revision", name=op.f("uq_contact_revisions_contact_id_revision")),
    )
    op.create_table(
        "contact_staff",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact_entries.id"], name=op.f("fk_contact_staff_contact_id_contact_entries")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_contact_staff_user_id_users")),
        sa.PrimaryKeyConstraint("contact_id", "user_id", name=op.f("pk_contact_staff")),
    )
    op.create_table(
        "document_blobs",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_document_blobs_document_id_documents")
        ),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_document_blobs")),
    )
    op.create_table(
        "hostage_status_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("effective_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["case_participants.id"],
            name=op.f("fk_hostage_status_events_participant_id_case_participants"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_hostage_status_events_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hostage_status_events")),
    )
    with op.batch_alter_table("hostage_status_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_hostage_status_events_participant_id_effective_at", ["participant_id", "effective_at"], unique=False
        )

    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("priority", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("completed_by_id", sa.Integer(), nullable=True),
        sa.Column("completion_note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["assignee_id"], ["users.id"], name=op.f("fk_tasks_assignee_id_users")),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_tasks_case_id_cases")),
        sa.ForeignKeyConstraint(["completed_by_id"], ["users.id"], name=op.f("fk_tasks_completed_by_id_users")),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact_entries.id"], name=op.f("fk_tasks_contact_id_contact_entries")
        ),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_tasks_created_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasks")),
    )
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.create_index("ix_tasks_assignee_id_status", ["assignee_id", "status"], unique=False)
        batch_op.create_index("ix_tasks_case_id_status_due_at", ["case_id", "status", "due_at"], unique=False)
        batch_op.create_index("ix_tasks_status_due_at", ["status", "due_at"], unique=False)
    for statement in _search_ddl(create=True):
        op.execute(statement)


def downgrade() -> None:
    for statement in _search_ddl(create=False):
        op.execute(statement)
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_index("ix_tasks_status_due_at")
        batch_op.drop_index("ix_tasks_case_id_status_due_at")
        batch_op.drop_index("ix_tasks_assignee_id_status")

    op.drop_table("tasks")
    with op.batch_alter_table("hostage_status_events", schema=None) as batch_op:
        batch_op.drop_index("ix_hostage_status_events_participant_id_effective_at")

    op.drop_table("hostage_status_events")
    op.drop_table("document_blobs")
    op.drop_table("contact_staff")
    op.drop_table("contact_revisions")
    with op.batch_alter_table("contact_counterparts", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_counterparts_counterpart_id")

    op.drop_table("contact_counterparts")
    with op.batch_alter_table("search_documents", schema=None) as batch_op:
        batch_op.drop_index("ix_search_documents_case_id")

    op.drop_table("search_documents")
    with op.batch_alter_table("milestones", schema=None) as batch_op:
        batch_op.drop_index("ix_milestones_case_id_occurred_at")

    op.drop_table("milestones")
    with op.batch_alter_table("family_liaisons", schema=None) as batch_op:
        batch_op.drop_index("ix_family_liaisons_case_id")

    op.drop_table("family_liaisons")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index("ix_documents_case_id")

    op.drop_table("documents")
    with op.batch_alter_table("contact_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_entries_occurred_at")
        batch_op.drop_index("ix_contact_entries_case_id_occurred_at")

    op.drop_table("contact_entries")
    with op.batch_alter_table("case_status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_status_changes_case_id"))

    op.drop_table("case_status_changes")
    with op.batch_alter_table("case_participants", schema=None) as batch_op:
        batch_op.drop_index("ix_case_participants_person_id")
        batch_op.drop_index("ix_case_participants_case_id_role")

    op.drop_table("case_participants")
    with op.batch_alter_table("case_counterparts", schema=None) as batch_op:
        batch_op.drop_index("ix_case_counterparts_counterpart_id")

    op.drop_table("case_counterparts")
    with op.batch_alter_table("brief_records", schema=None) as batch_op:
        batch_op.drop_index("ix_brief_records_case_id_issued_at")

    op.drop_table("brief_records")
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entries_entity_entity_id")
        batch_op.drop_index("ix_audit_entries_case_id_at")
        batch_op.drop_index("ix_audit_entries_at")

    op.drop_table("audit_entries")
    with op.batch_alter_table("person_identifiers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_identifiers_person_id"))

    op.drop_table("person_identifiers")
    with op.batch_alter_table("counterparts", schema=None) as batch_op:
        batch_op.drop_index("ix_counterparts_name")
        batch_op.drop_index("ix_counterparts_category")

    op.drop_table("counterparts")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_updated_at")
        batch_op.drop_index("ix_cases_status_incident_at")
        batch_op.drop_index("ix_cases_post_id")
        batch_op.drop_index("ix_cases_lead_caseworker_id")
        batch_op.drop_index("ix_cases_last_contact_at")
        batch_op.drop_index("ix_cases_kind")
        batch_op.drop_index("ix_cases_incident_at")

    op.drop_table("cases")
    op.drop_table("users")
    op.drop_table("posts")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persons_passport_number"))
        batch_op.drop_index("ix_persons_full_name")

    op.drop_table("persons")
