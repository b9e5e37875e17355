"""The demo loader (through the services, idempotent, clear errors) and the synthetic
generator (same shapes as the services write, reproducible, lists and filters right at scale)."""

from __future__ import annotations

import hashlib
import shutil
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from consular.db.engine import open_database
from consular.db.migrate import ensure_schema
from consular.db.models import (
    AuditEntry,
    Base,
    Case,
    CaseParticipant,
    ContactEntry,
    HostageStatusEvent,
    SearchDocument,
    User,
)
from consular.domain.enums import CaseKind, CaseStatus, HostageStatus, ParticipantRole, UserRole
from consular.domain.errors import PermissionDeniedError
from consular.domain.filters import SORT_KEYS, CaseFilter
from consular.domain.timeline import EventType
from consular.seeding.demo import SeedError, default_seeds_dir, load_demo
from consular.seeding.synthetic import generate
from consular.services import accounts, audit, cases, contacts, people, search, tasks
from consular.services.context import ServiceContext, actor_for
from consular.services.timeline import TimelineFilter, case_timeline
from tests.demo_data import ADMIN, CASEWORKER, DELTA, KAYES, LANGTANG, LOME, SUPERVISOR
from tests.fixtures_db import TEST_PASSWORD, checkpoint_and_close
from tests.service_helpers import someone

REF = KAYES
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def counts(database) -> dict[str, int]:
    with database.session() as session:
        return {
            "cases": session.scalar(select(func.count(Case.id))),
            "contacts": session.scalar(select(func.count(ContactEntry.id))),
            "participants": session.scalar(select(func.count(CaseParticipant.id))),
            "audit": session.scalar(select(func.count(AuditEntry.id))),
            "search": session.scalar(select(func.count(SearchDocument.id))),
        }


# --- demo -----------------------------------------------------------------------------------


def test_demo_loads_through_the_services_and_twice_changes_nothing(database):
    first = load_demo(database)
    assert first.cases_loaded == [REF, DELTA, LOME, LANGTANG]
    # A new database: the seed's administrator (n.joshi) is appointed first, then the others.
    assert (first.users_created, first.posts_created) == (9, 5)
    assert first.users_updated == 0
    after_first = counts(database)
    second = load_demo(database, username=ADMIN)
    assert second.cases_loaded == [] and second.cases_skipped == first.cases_loaded
    assert not second.changed
    assert counts(database) == after_first
    ctx = ServiceContext(database, actor_for(database, ADMIN))
    assert ctx.actor.role.value == "admin" and ctx.actor.display_name == "Neha Joshi"


def test_demo_records_are_written_by_the_staff_the_seed_names(demo_db):
    ctx = ServiceContext(demo_db, actor_for(demo_db, SUPERVISOR))
    # The template was loaded by the seed's administrator; v.iyer has the seed's role and name.
    assert (ctx.actor.role.value, ctx.actor.display_name) == ("supervisor", "Vikram Iyer")
    detail = cases.get_case(ctx, REF)
    assert [h.changed_by for h in detail.status_history] == ["Anjali Sharma", "Anjali Sharma"]
    # Opened when the first report came in, not when the demo was loaded.
    assert detail.status_history[0].changed_at.isoformat() == "2025-07-01T07:35:00+00:00"
    assert detail.hostages_held == 3 and len(detail.next_of_kin) == 5
    verma_call = next(
        c
        for c in contacts.list_contacts(ctx, REF, limit=None)
        if c.subject == "Notification call to Verma family (Hindi)"
    )
    assert [c.name for c in verma_call.counterparts] == ["Mahesh Verma", "Sunita Verma"]
    assert verma_call.recorded_by == "Anjali Sharma"
    mohanty = next(p for p in detail.hostages if p.person.full_name == "Debasish Mohanty")
    assert mohanty.status_history[0].source.startswith("Factory General Manager")
    missing = cases.get_case(ctx, LANGTANG).hostages[0]
    assert missing.hostage_status == HostageStatus.UNACCOUNTED
    released = cases.get_case(ctx, DELTA).hostages[0]
    assert released.hostage_status == HostageStatus.RELEASED and released.days_in_captivity() == 19
    trail = {a.action for a in audit.audit_trail(ctx, REF, limit=500)}
    assert {"case.open", "seed.start", "seed.done", "contact.log", "kin.add"} <= trail


def test_demo_tasks_are_dated_when_they_were_set_not_when_loaded(demo_db):
    ctx = ServiceContext(demo_db, actor_for(demo_db, SUPERVISOR))
    for ref in (REF, DELTA, LOME, LANGTANG):
        detail = cases.get_case(ctx, ref)
        opened = detail.status_history[0].changed_at
        for task in tasks.list_tasks(ctx, ref, limit=None):
            assert opened <= task.created_at, (ref, task.title)
            assert task.due_at is None or task.created_at <= task.due_at, (ref, task.title)
            assert task.completed_at is None or task.created_at <= task.completed_at, (ref, task.title)
    by_title = {t.title: t for t in tasks.list_tasks(ctx, REF, limit=None)}
    assert by_title["Send note verbale to Malian MFA"].created_at.isoformat() == "2025-07-01T10:15:00+00:00"
    # A follow-up raised by a contact is set at the contact's time.
    follow_up = by_title["Prepare assessment note for MEA on the item of 24 July"]
    raised_by = next(c for c in contacts.list_contacts(ctx, REF, limit=None) if c.id == follow_up.contact_id)
    assert follow_up.created_at == raised_by.occurred_at
    # The chronology has no task created on the day the demo was loaded.
    events = case_timeline(ctx, REF, TimelineFilter(types={EventType.TASK})).events
    assert len(events) == 12 and max(e.at for e in events) < datetime(2025, 7, 26, tzinfo=UTC)


def test_a_seed_task_without_created_at_is_dated_from_its_due_and_completion_times(database, tmp_path):
    seeds = _seed_copy(tmp_path)
    for path in seeds.glob("*.toml"):
        if path.name not in ("00-reference.toml", "20-delta-2024.toml"):
            path.unlink()
    delta = seeds / "20-delta-2024.toml"
    text = "\n".join(line for line in delta.read_text().split("\n") if not line.startswith("created_at = "))
    # The note verbale made due on the day of the kidnapping: a day before is before the case.
    delta.write_text(text.replace('due_at = "2024-03-15T17:00:00+01:00"', 'due_at = "2024-03-11T17:00:00+01:00"'))
    load_demo(database, seeds_dir=seeds)
    ctx = ServiceContext(database, actor_for(database, "m.pillai"))
    created = {t.title: t.created_at.isoformat() for t in tasks.list_tasks(ctx, DELTA, limit=None)}
    # Due 31 March 17:00 Lagos time, done at 12:30 that day: a day before it was due.
    assert created["Call Mrs Arun every two days (Malayalam)"] == "2024-03-30T16:00:00+00:00"
    # Due 10 April, done 5 April 16:00 New Delhi time: done earlier than a day before it was due.
    assert created["Arrange counselling through the state government"] == "2024-04-05T10:30:00+00:00"
    # Not before the case was opened (the employer's report, 09:05 Lagos time).
    assert created["Send note verbale to Nigerian MFA"] == "2024-03-11T08:05:00+00:00"


def _seed_copy(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(default_seeds_dir(), target)
    return target


def test_seed_errors_name_the_file_the_record_and_the_problem(database, tmp_path):
    seeds = _seed_copy(tmp_path)
    kayes = seeds / "10-kayes-2025.toml"
    text = kayes.read_text()
    # Structural mistakes are found before anything is written.
    for broken, message in [
        (text.replace("recorded_by = ", "recorded_bye = ", 1), r"contacts\[0\]: unknown key 'recorded_bye'"),
        (text.replace('opened_by = "a.sharma"', 'opened_by = "nobody"', 1), "opened_by: 'nobody' is not a user"),
        (text.replace('with = ["dcf-gm"]', 'with = ["ghost"]', 1), r"contacts\[0\]: 'with' names 'ghost'"),
        (text.replace('hostage = "p-gaddam"', 'hostage = "p-nobody"', 1), "'hostage' names 'p-nobody'"),
        (text + "\n[[cases\n", "10-kayes-2025.toml is not valid TOML"),
    ]:
        kayes.write_text(broken)
        with pytest.raises(SeedError, match=message):
            load_demo(database, seeds_dir=seeds)
        assert counts(database)["cases"] == 0
    with pytest.raises(SeedError, match="no seed folder"):
        load_demo(database, seeds_dir=tmp_path / "absent")


def test_a_value_the_services_refuse_is_named_and_an_interrupted_case_is_not_loaded_twice(database, tmp_path):
    seeds = _seed_copy(tmp_path)
    kayes = seeds / "10-kayes-2025.toml"
    good = kayes.read_text()
    kayes.write_text(good.replace('passport_number = "Z3141592"', 'passport_number = "Z-31"', 1))
    with pytest.raises(
        SeedError,
        match=r"10-kayes-2025.toml, case 'kayes-2025', person 'p-gaddam': "
        r"'Z-31' is not a passport number",
    ):
        load_demo(database, seeds_dir=seeds)
    # The case was opened before the refusal; loading again must not make a second copy.
    kayes.write_text(good)
    with pytest.raises(SeedError, match=rf"earlier load of this case \({REF}\) was interrupted"):
        load_demo(database, seeds_dir=seeds)
    assert counts(database)["cases"] == 1


def test_a_case_already_typed_in_is_not_loaded_again(database, tmp_path):
    seeds = _seed_copy(tmp_path)
    for path in seeds.glob("*.toml"):
        if path.name not in ("00-reference.toml", "20-delta-2024.toml"):
            path.unlink()
    load_demo(database, seeds_dir=seeds)
    ctx = ServiceContext(database, actor_for(database, "m.pillai"))
    # Someone removes the markers' meaning by hand: same post, title and time count as loaded.
    with database.session() as session:
        session.query(AuditEntry).filter(AuditEntry.action.in_(("seed.start", "seed.done"))).delete()
    report = load_demo(database, seeds_dir=seeds)
    assert report.cases_loaded == [] and report.cases_skipped == [DELTA]
    assert cases.count_cases(ctx) == 1


# --- synthetic ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def synthetic_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("synthetic") / "synthetic.db"
    database = open_database(path)
    ensure_schema(database)
    accounts.init_database(database, "bench", TEST_PASSWORD)
    report = generate(database, cases=200, seed=7, username="bench", progress=False, batch_size=64, now=NOW)
    checkpoint_and_close(database)
    return path, report


@pytest.fixture
def synthetic(synthetic_template, tmp_path):
    path, report = synthetic_template
    database = open_database(shutil.copyfile(path, tmp_path / "synthetic.db"))
    yield ServiceContext(database, actor_for(database, "bench")), report
    database.dispose()


def test_synthetic_volumes_are_proportionate(synthetic):
    ctx, report = synthetic
    assert report.cases == 200 and report.rows["cases"] == 200
    per_case = {table: n / 200 for table, n in report.rows.items()}
    assert 15 <= per_case["contact_entries"] <= 25
    assert 2 <= per_case["case_participants"] - per_case["family_liaisons"] <= 4  # people besides kin
    assert 1.2 <= per_case["family_liaisons"] <= 3
    assert 3 <= per_case["milestones"] <= 6 and 4 <= per_case["tasks"] <= 8
    assert per_case["audit_entries"] == 1 + 1 / 200  # one per case and the run's summary
    with ctx.database.session() as session:
        notes = session.scalars(select(ContactEntry.notes).limit(50)).all()
    assert all(n.count("\n\n") >= 1 and len(n) > 300 for n in notes)  # long, multi-paragraph


def test_synthetic_rows_have_the_shapes_the_services_write(synthetic):
    ctx, _ = synthetic
    with ctx.database.session() as session:
        stale = session.scalar(
            select(func.count(Case.id)).where(
                func.coalesce(Case.last_contact_at, NOW)
                != func.coalesce(
                    select(func.max(ContactEntry.occurred_at))
                    .where(ContactEntry.case_id == Case.id)
                    .correlate(Case)
                    .scalar_subquery(),
                    NOW,
                )
            )
        )
        assert stale == 0
        hostages = session.scalars(select(CaseParticipant).where(CaseParticipant.role == ParticipantRole.HOSTAGE)).all()
        for participant in hostages[:100]:
            latest = session.scalars(
                select(HostageStatusEvent)
                .where(HostageStatusEvent.participant_id == participant.id)
                .order_by(HostageStatusEvent.effective_at.desc(), HostageStatusEvent.id.desc())
            ).first()
            assert (participant.hostage_status, participant.hostage_status_since) == (
                latest.status,
                latest.effective_at,
            )
        entities = Counter(session.scalars(select(SearchDocument.entity)))
        assert entities["case"] == 200 and entities["contact"] == session.scalar(select(func.count(ContactEntry.id)))
        assert entities["person"] == session.scalar(select(func.count(CaseParticipant.id)))
        ctx.database.engine.dispose()
    # A synthetic case reads back through every service like a hand-made one.
    reference = cases.list_cases(ctx, limit=1)[0].reference
    detail = cases.get_case(ctx, reference)
    assert detail.contact_count >= 4 and detail.hostages and detail.status_history[0].to_status == CaseStatus.OPEN
    name = detail.hostages[0].person.name_native
    assert name and any(ord(ch) > 0x900 for ch in name)  # written in its own script
    assert any(h.reference == reference for h in search.search(ctx, detail.hostages[0].person.passport_number))
    # ... and the services keep writing to it.
    entry = contacts.log_contact(
        ctx,
        reference,
        counterpart_ids=someone(ctx, reference),
        occurred_at=NOW,
        channel="phone",
        subject="After generation",
    )
    assert entry.id > 0 and cases.get_case(ctx, reference).contact_count == detail.contact_count + 1
    people.add_person(ctx, reference, role="witness", full_name="New Witness")


def test_list_paging_sorting_and_filters_at_scale(synthetic):
    ctx, _ = synthetic
    everything = cases.list_cases(ctx, limit=5000)
    assert len(everything) == 200 == cases.count_cases(ctx)
    pages = [cases.list_cases(ctx, offset=o, limit=37) for o in range(0, 200, 37)]
    assert [r.reference for page in pages for r in page] == [r.reference for r in everything]
    assert len({r.reference for r in everything}) == 200
    for key in ("incident_at", "reference", "last_contact_at", "updated_at", "hostages_held"):
        for descending in (True, False):
            rows = cases.list_cases(ctx, sort=key, descending=descending, limit=5000)
            values = [getattr(r, key) if key != "updated_at" else None for r in rows]
            if key == "updated_at":
                continue
            present = [v for v in values if v is not None]
            assert present == sorted(present, reverse=descending), (key, descending)
            assert values[len(present) :] == [None] * (len(values) - len(present))  # nulls last
    assert set(SORT_KEYS) >= {"incident_at", "last_contact_at"}
    for status in CaseStatus:
        listed = cases.list_cases(ctx, CaseFilter(statuses=[status]), limit=5000)
        assert {r.status for r in listed} <= {status}
        assert (
            len(listed)
            == cases.count_cases(ctx, CaseFilter(statuses=[status]))
            == sum(1 for r in everything if r.status == status)
        )
    some_kinds = [CaseKind.MISSING_PERSON, CaseKind.WRONGFUL_DETENTION]
    listed = cases.list_cases(ctx, CaseFilter(kinds=some_kinds, post_codes=["ABJ"]), limit=5000)
    assert listed and all(r.kind in some_kinds and r.post_code == "ABJ" for r in listed)
    assert len(listed) == sum(1 for r in everything if r.kind in some_kinds and r.post_code == "ABJ")
    held = {r.reference: (r.hostages_held, r.hostages_total) for r in everything}
    sample = everything[::25]
    for row in sample:
        detail = cases.get_case(ctx, row.reference)
        assert held[row.reference] == (detail.hostages_held, len(detail.hostages))


def test_synthetic_is_reproducible(tmp_path):
    made = []
    for name in ("a.db", "b.db"):
        database = open_database(tmp_path / name)
        ensure_schema(database)
        accounts.init_database(database, "x", TEST_PASSWORD)
        generate(database, cases=12, seed=3, progress=False, now=NOW)  # as the only administrator
        ctx = ServiceContext(database, actor_for(database, "x"))
        made.append(
            [(r.reference, r.title, r.incident_at, r.last_contact_at, r.hostages_total) for r in cases.list_cases(ctx)]
        )
        database.dispose()
    assert made[0] == made[1] and len(made[0]) == 12


# Columns the generator does not choose: the services that make its posts and staff stamp the
# wall clock, hash passwords with a fresh salt and sign the audit chain with the database's own
# key. Everything else, in every table, must come out the same for the same seed.
UNSEEDED = {
    "users": {"password_hash", "password_changed_at", "created_at"},
    "audit_entries": {"chain", "mac"},
    "audit_chain_head": {"chain_id", "chain", "mac", "updated_at"},
}
SERVICE_STAMPED = {"user.init_admin", "user.create", "post.create", "synthetic.generate"}


def table_digests(database) -> dict[str, tuple[int, str]]:
    """Row count and a SHA-256 of every row (in primary-key order) of every table."""
    digests = {}
    with database.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            digest = hashlib.sha256()
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).mappings().all()
            for row in rows:
                values = {k: v for k, v in row.items() if k not in UNSEEDED.get(table.name, ())}
                if table.name == "audit_entries" and row["action"] in SERVICE_STAMPED:
                    values.pop("at")
                digest.update(repr(sorted(values.items())).encode())
            digests[table.name] = (len(rows), digest.hexdigest())
    return digests


def generated_digests(path: Path, cases: int, seed: int) -> dict[str, tuple[int, str]]:
    database = open_database(path)
    ensure_schema(database)
    accounts.init_database(database, "x", TEST_PASSWORD)
    generate(database, cases=cases, seed=seed, progress=False, batch_size=16, now=NOW)
    try:
        return table_digests(database)
    finally:
        database.dispose()


def test_synthetic_generation_is_deterministic_in_every_table(tmp_path):
    first = generated_digests(tmp_path / "a.db", cases=40, seed=11)
    second = generated_digests(tmp_path / "b.db", cases=40, seed=11)
    assert first == second
    for table in ("cases", "persons", "contact_entries", "milestones", "tasks", "hostage_status_events"):
        assert first[table][0] > 0, table
    other_seed = generated_digests(tmp_path / "c.db", cases=40, seed=12)
    assert other_seed["contact_entries"] != first["contact_entries"]


def test_synthetic_data_can_be_added_to_a_database_with_an_administrator(demo_db):
    # Generating creates staff accounts, an administrator's job: a caseworker is refused.
    with pytest.raises(PermissionDeniedError, match="only an administrator"):
        generate(demo_db, cases=3, seed=7, username=CASEWORKER, progress=False)
    report = generate(demo_db, cases=3, seed=7, username=ADMIN, progress=False)
    assert report.cases == 3
    with demo_db.session() as session:
        synthetic_roles = Counter(session.scalars(select(User.role).where(User.username.like("syn.%"))))
    assert synthetic_roles[UserRole.SUPERVISOR] > 0
    assert synthetic_roles[UserRole.CASEWORKER] > 0
    with demo_db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_stat1").scalar() > 0


def test_the_demo_is_loaded_as_of_its_own_day_not_the_real_one(tmp_path):
    """Its records and audit entries were stamped with the real load time (a year after the
    demo's 'as of' day), so Home's recent activity and the History read as the future."""
    from consular.cli.launch import create_demo_database
    from consular.db import cipher
    from consular.db.models import Milestone, Task
    from consular.domain.clock import end_of_day
    from consular.seeding.demo import demo_clock
    from consular.services import at_rest, audit_chain, dashboard
    from consular.services import database as database_service

    clock = demo_clock()
    encrypted = create_demo_database(tmp_path / "demo")
    # Made as the app makes it (encrypted), read here as plain SQLite.
    path = tmp_path / "plain.db"
    cipher.export(encrypted, at_rest.remembered_key(encrypted), path, None)
    database = open_database(path)
    try:
        day = database_service.data_as_of(database)
        # The clock is derived from the seed files before loading, and agrees with the data loaded.
        assert clock.now() == end_of_day(day) and day == datetime(2025, 10, 21).date()
        opened = database_service.demo_clock(database).now()
        columns = {
            "audit": AuditEntry.at,
            "users": User.created_at,
            "cases": Case.created_at,
            "contacts": ContactEntry.recorded_at,
            "milestones": Milestone.recorded_at,
            "tasks": Task.created_at,
        }
        with database.session() as session:
            stamps = {name: [at.astimezone(UTC) for at in session.scalars(select(c))] for name, c in columns.items()}
        for name, values in stamps.items():
            assert values, name
            assert max(values) <= opened, f"{name} stamped after the demo's 'now': {max(values)}"
            assert max(values).date() == day or name == "tasks", name  # tasks keep the date they were set
        assert {at.date() for at in stamps["audit"]} == {day}
        # The chain was written with those times, not rewritten afterwards: it verifies.
        assert audit_chain.verify(database, check_signatures=False).ok
        ctx = ServiceContext(database, actor_for(database, SUPERVISOR), clock=clock)
        recent = dashboard.dashboard(ctx).recent
        assert recent and all(a.at.astimezone(UTC).date() == day for a in recent)
    finally:
        database.dispose()
