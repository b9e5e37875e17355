"""The same code on PostgreSQL: migrations, the service flow with full-text search, and
concurrent edits. Needs CONSULAR_TEST_PG_URL (CI starts a server with .ci/pg-start)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import inspect, select

from consular.db import migrate
from consular.db.engine import open_database
from consular.db.models import Case
from consular.domain.errors import ConflictError, SignInError
from consular.services import accounts, cases, contacts, counterparts, people, search, teams
from consular.services.context import ServiceContext, Settings, actor_for
from tests.demo_data import CASEWORKER
from tests.fixtures_db import TEST_PASSWORD, add_reference_data
from tests.service_helpers import add_hostage, open_case, someone
from tests.test_migrations import schema_drift

pytestmark = pytest.mark.postgres


def test_migrations_to_head_and_no_drift(pg_url):
    database = open_database(pg_url)
    try:
        assert migrate.state(database) == "empty"
        assert migrate.ensure_schema(database) is None  # no file to back up on a server
        assert migrate.state(database) == "current" and migrate.current_revision(database) == migrate.head_revision()
        indexes = {ix["name"] for ix in inspect(database.engine).get_indexes("search_documents")}
        assert "ix_search_documents_fts" in indexes
        assert schema_drift(database) == []
    finally:
        database.dispose()


def test_service_flow_and_search(pg_database):
    ctx = add_reference_data(pg_database)
    ref = open_case(ctx, timezone="Asia/Kathmandu").reference
    hostage = add_hostage(ctx, ref, name_native="रवि कुमार वर्मा")
    police = counterparts.add_counterpart(ctx, ref, name="Commissaire Diarra", category="police")
    entry = contacts.log_contact(
        ctx,
        ref,
        occurred_at="2025-07-02T10:00",
        channel="phone",
        subject="Police update",
        notes="Search continues near Yélimané.",
        counterpart_ids=[police.id],
    )
    assert entry.occurred_at.isoformat() == "2025-07-02T04:15:00+00:00"  # read in the case's zone
    [row] = cases.list_cases(ctx)
    assert (row.reference, row.hostages_held, row.hostages_total) == (ref, 1, 1)
    assert row.last_contact_at == entry.occurred_at
    assert [(h.entity, h.entity_id) for h in search.search(ctx, "yélim")] == [("contact", entry.id)]
    assert search.search(ctx, "वर्मा")[0].entity == "person"
    assert search.search(ctx, "diarra")[0].reference == ref
    contacts.edit_contact(ctx, entry.id, notes="Search continues near Diboli.")
    assert search.search(ctx, "yélimané") == [] and search.search(ctx, "diboli")[0].entity_id == entry.id
    for odd in ('"', "*", "AND", "NEAR(", "a & b | !c", "'"):
        assert isinstance(search.search(ctx, odd), list)
    people.change_hostage_status(
        ctx,
        ref,
        hostage.person.id,
        "released",
        effective_at="2025-07-20T10:00+00:00",
        source="Gendarmerie",
        confirm_name=hostage.person.full_name,
    )
    assert cases.case_summary(ctx, ref).hostages_held == 0


def test_concurrent_edits_conflict(pg_database):
    ctx = add_reference_data(pg_database)
    ref = open_case(ctx).reference
    other = ServiceContext(pg_database, actor_for(pg_database, CASEWORKER))
    # Two editors load version 1; the second to save is refused.
    loaded = cases.get_case(ctx, ref).version
    cases.edit_case(other, ref, expected_version=loaded, priority="critical")
    with pytest.raises(ConflictError):
        cases.edit_case(ctx, ref, expected_version=loaded, title="Mine")
    # A write racing an open transaction that already read the row: the ORM version check
    # turns it into a ConflictError rather than a lost update.
    with pytest.raises(ConflictError, match="Someone else changed this record"), ctx.transaction() as session:
        case = session.scalar(select(Case).where(Case.reference == ref))
        done = threading.Event()

        def race():
            cases.edit_case(other, ref, title="Changed meanwhile")
            done.set()

        threading.Thread(target=race).start()
        assert done.wait(30)
        case.title = "Lost update?"
    assert cases.get_case(ctx, ref).title == "Changed meanwhile"


def test_synthetic_generation_keeps_sequences_in_step(pg_database):
    from consular.seeding.synthetic import generate

    accounts.init_database(pg_database, "after", TEST_PASSWORD)
    generate(pg_database, cases=5, seed=2, progress=False)
    ctx = ServiceContext(pg_database, actor_for(pg_database, "after"))
    ref = cases.list_cases(ctx, limit=1)[0].reference
    # Ordinary inserts after a bulk load with explicit ids must not collide.
    contacts.log_contact(
        ctx,
        ref,
        counterpart_ids=someone(ctx, ref),
        occurred_at=cases.case_summary(ctx, ref).incident_at,
        channel="phone",
        subject="After the bulk load",
    )
    assert cases.count_cases(ctx) == 5


def test_the_services_say_whether_the_server_connection_uses_tls(pg_database):
    from sqlalchemy import text

    from consular.services import at_rest

    security = at_rest.connection_security(pg_database)
    assert security.kind == "postgresql" and security.encrypted_at_rest is None
    with pg_database.engine.connect() as conn:
        ssl = conn.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar()
    assert security.tls is bool(ssl)
    if not ssl:
        assert "not encrypted (no TLS)" in security.warning


def test_accounts_lockout_and_need_to_know_on_postgres(pg_database):
    """The same accounts and need-to-know rules on PostgreSQL (its own search and booleans)."""
    ctx = add_reference_data(pg_database)
    settings = Settings(lockout_attempts=2, lockout_minutes=5)
    assert accounts.sign_in(pg_database, "a.sharma", TEST_PASSWORD, settings=settings).role.value == "caseworker"
    for _ in range(2):
        with pytest.raises(SignInError):
            accounts.sign_in(pg_database, "k.reddy", "not the password", settings=settings)
    with pytest.raises(SignInError, match="Account locked after 2 failed attempts"):
        accounts.sign_in(pg_database, "k.reddy", TEST_PASSWORD, settings=settings)
    with pytest.raises(SignInError, match=r"^Wrong"):
        accounts.sign_in(pg_database, "nobody", TEST_PASSWORD, settings=settings)

    ref = open_case(ctx).reference  # lead a.sharma, supervisor v.iyer
    lead = ServiceContext(pg_database, actor_for(pg_database, "a.sharma"))
    contacts.log_contact(
        lead,
        ref,
        occurred_at="2025-07-02T10:00+00:00",
        channel="phone",
        subject="Intermediary Zanzibarian offers proof",
        notes="Asked for quarantined payment",
        restricted=True,
        counterpart_ids=someone(ctx, ref),
    )
    viewer = ServiceContext(pg_database, actor_for(pg_database, "s.kapoor"))
    assert search.search(viewer, "Zanzibarian") == []
    assert [h.restricted for h in search.search(lead, "Zanzibarian")] == [True]
    listed = contacts.list_contacts(viewer, ref)
    assert [(c.subject, c.notes) for c in listed] == [("restricted", None)]
    teams.add_member(ServiceContext(pg_database, actor_for(pg_database, "v.iyer")), ref, "s.kapoor")
    assert contacts.list_contacts(viewer, ref)[0].subject == "Intermediary Zanzibarian offers proof"
