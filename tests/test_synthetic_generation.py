"""Synthetic generation at scale: the bulk path (indexes made after the load, the full-text
index built once, rows made in a second process), the long wrongful-detention case, the audit
chain of a generated database, and generation into an encrypted file."""

from __future__ import annotations

import contextlib
import itertools
import json
import shutil
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from consular.cli.main import main
from consular.db import cipher, fts_merge, keyslots
from consular.db.engine import open_database
from consular.db.migrate import ensure_schema
from consular.db.models import Case, ContactEntry, Milestone, Task
from consular.domain.enums import CaseKind, CaseStatus, Channel, MilestoneKind
from consular.seeding.synthetic import generate
from consular.services import accounts, audit_chain, cases, search
from consular.services.context import ServiceContext, actor_for
from consular.services.timeline import TimelineFilter, case_timeline
from tests.demo_data import ADMIN
from tests.fixtures_db import TEST_PASSWORD
from tests.test_seeding import table_digests

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
LONG_EVENTS = 1500


def schema_of(database) -> set[tuple[str, str, str]]:
    with database.engine.connect() as conn:
        return {
            tuple(row)
            for row in conn.exec_driver_sql("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        }


def new_database(path, key=None):
    database = open_database(path, key=key)
    ensure_schema(database)
    accounts.init_database(database, "x", TEST_PASSWORD)
    return database


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """120 cases made in a worker process, and the long case; the schema before, for comparing."""
    database = new_database(tmp_path_factory.mktemp("gen") / "gen.db")
    before = schema_of(database)
    report = generate(
        database, cases=120, seed=5, progress=False, batch_size=32, parallel=True, long_case_events=LONG_EVENTS, now=NOW
    )
    yield database, report, before
    database.dispose()


def test_made_in_a_worker_process_or_here_the_rows_are_the_same(tmp_path):
    digests = []
    for name, parallel in (("here.db", False), ("worker.db", True)):
        database = new_database(tmp_path / name)
        generate(database, cases=50, seed=9, progress=False, batch_size=16, parallel=parallel, now=NOW)
        digests.append(table_digests(database))
        database.dispose()
    assert digests[0] == digests[1]
    assert digests[0]["contact_entries"][0] > 50 * 4


def test_the_schema_comes_back_as_the_migrations_made_it(generated):
    database, _report, before = generated
    after = schema_of(database)
    assert after == before
    assert any(kind == "index" for kind, _name, _sql in after)  # the comparison covers indexes
    assert any(kind == "trigger" for kind, _name, _sql in after)  # ... and the full-text triggers
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_stat1").scalar() > 0
        # The full-text index was rebuilt with a big write buffer; its configuration is back to
        # what the migration made (FTS5's version row) plus the settings that keep merges out of
        # ordinary writes (consular.db.fts_merge), so ordinary writes buffer as before.
        stored = dict(conn.exec_driver_sql("SELECT k, v FROM search_fts_config").all())
        assert stored == {"version": 4, **dict(fts_merge.SETTINGS)}
        conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")  # raises if not


def test_generated_records_are_found_by_search_and_new_ones_too(generated):
    database, report, _ = generated
    ctx = ServiceContext(database, actor_for(database, "x"))
    # Built once after the load, the full-text index finds the generated text...
    reference = cases.list_cases(ctx, limit=1)[0].reference
    detail = cases.get_case(ctx, reference)
    passport = detail.hostages[0].person.passport_number
    assert any(h.reference == reference for h in search.search(ctx, passport))
    # ... and the triggers are back: a record written afterwards is found as well.
    from consular.services import people

    people.add_person(ctx, reference, role="witness", full_name="Zebediah Quillfeather")
    assert any(h.reference == reference for h in search.search(ctx, "Quillfeather"))
    assert report.rows["search_documents"] > report.rows["contact_entries"]


def test_the_audit_chain_of_a_generated_database_verifies(generated):
    database, report, _ = generated
    result = audit_chain.verify(database)
    assert result.ok, audit_chain.summary(result)
    with database.engine.connect() as conn:
        actions = Counter(a for (a,) in conn.exec_driver_sql("SELECT action FROM audit_entries"))
    assert actions["synthetic.case"] == report.cases + 1  # the long case has its entry too
    assert actions["synthetic.generate"] == 1


def test_a_tampered_generated_row_is_caught(generated, tmp_path):
    """The check above can fail: edit one generated case's audit entry behind the app's back."""
    database, _report, _ = generated

    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "copy.db"
    shutil.copyfile(database.path, copy)
    other = open_database(copy)
    try:
        with other.engine.begin() as conn:
            conn.exec_driver_sql(
                "UPDATE audit_entries SET after = '{}' WHERE id = "
                "(SELECT max(id) FROM audit_entries WHERE action = 'synthetic.case')"
            )
        assert not audit_chain.verify(other).ok
    finally:
        other.dispose()


def test_the_long_wrongful_detention_case_grows_as_such_a_case_does(generated):
    database, report, _ = generated
    ctx = ServiceContext(database, actor_for(database, "x"))
    reference = report.long_case
    assert reference
    with database.session() as session:
        case = session.scalar(select(Case).where(Case.reference == reference))
        assert case.kind == CaseKind.WRONGFUL_DETENTION and case.status == CaseStatus.ACTIVE
        contacts = session.scalars(select(ContactEntry).where(ContactEntry.case_id == case.id)).all()
        milestones = session.scalars(select(Milestone).where(Milestone.case_id == case.id)).all()
        tasks = session.scalar(select(func.count(Task.id)).where(Task.case_id == case.id))
        biggest_other = session.scalar(
            select(func.count(ContactEntry.id))
            .where(ContactEntry.case_id != case.id)
            .group_by(ContactEntry.case_id)
            .order_by(func.count(ContactEntry.id).desc())
            .limit(1)
        )
        assert case.last_contact_at.replace(tzinfo=UTC) == max(c.occurred_at for c in contacts)
    assert len(contacts) + len(milestones) + tasks >= LONG_EVENTS * 0.95
    assert len(contacts) > 10 * biggest_other
    # Periodic: a visit to the prison about monthly, hearings and notes verbales, over months.
    visits = sorted(c.occurred_at for c in contacts if c.subject.startswith("Consular visit"))
    assert all(c.channel == Channel.IN_PERSON for c in contacts if c.subject.startswith("Consular visit"))
    assert len(visits) >= 8
    gaps = [(b - a).days for a, b in itertools.pairwise(visits)]
    assert 20 <= sorted(gaps)[len(gaps) // 2] <= 40
    assert sum(m.kind == MilestoneKind.OTHER and m.title.startswith("Court hearing") for m in milestones) >= 5
    assert sum(c.subject.startswith("Note verbale") and c.channel == Channel.LETTER for c in contacts) >= 8
    assert all(case.created_at <= c.occurred_at <= NOW for c in contacts)
    assert NOW - min(c.occurred_at for c in contacts) > timedelta(days=300)
    # It reads back through the timeline like any case.
    timeline = case_timeline(ctx, reference, TimelineFilter())
    assert len(timeline.events) >= LONG_EVENTS * 0.95


def test_an_encrypted_database_is_generated_from_the_command_line_and_verifies(
    capsys, monkeypatch, demo_path, tmp_path
):
    monkeypatch.setenv(keyslots.PROFILE_ENV, "test")
    password = tmp_path / "pw"
    password.write_text(TEST_PASSWORD + "\n")
    password.chmod(0o600)
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(password))
    monkeypatch.setenv("CONSULAR_USER", ADMIN)
    db = tmp_path / "work.db"
    shutil.copyfile(demo_path, db)
    assert main(["--db", str(db), "db", "encrypt"]) == 0
    assert cipher.file_kind(db) == "encrypted"
    capsys.readouterr()
    code = main(["--db", str(db), "seed", "synthetic", "--cases", "25", "--seed", "4", "--long-case", "400"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Generated 25 synthetic cases" in out and "Long wrongful-detention case" in out
    first = out.split("(", 1)[1].split(" ", 1)[0]  # the first generated reference
    code = main(["--db", str(db), "audit", "verify"])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert cipher.file_kind(db) == "encrypted"
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("work.db"))
    assert first.encode() not in raw
    assert main(["--db", str(db), "cases", "show", first, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["reference"] == first


def pg_schema(database) -> set[tuple[str, str]]:
    with database.engine.connect() as conn:
        return {
            (name, sql)
            for name, sql in conn.exec_driver_sql(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
            )
        }


@pytest.mark.postgres
def test_generation_on_postgresql_puts_the_indexes_back_and_verifies(pg_database):
    accounts.init_database(pg_database, "x", TEST_PASSWORD)
    before = pg_schema(pg_database)
    with pg_database.engine.connect() as conn:
        settings = (
            conn.exec_driver_sql("SHOW synchronous_commit").scalar(),
            conn.exec_driver_sql("SHOW maintenance_work_mem").scalar(),
        )
    report = generate(
        pg_database, cases=40, seed=3, progress=False, batch_size=16, parallel=True, long_case_events=300, now=NOW
    )
    assert pg_schema(pg_database) == before
    assert any(name == "ix_search_documents_fts" for name, _sql in before)
    # The load's session settings did not stay behind on any pooled connection.
    with contextlib.ExitStack() as stack:
        for conn in [stack.enter_context(pg_database.engine.connect()) for _ in range(4)]:
            assert (
                conn.exec_driver_sql("SHOW synchronous_commit").scalar(),
                conn.exec_driver_sql("SHOW maintenance_work_mem").scalar(),
            ) == settings
    result = audit_chain.verify(pg_database)
    assert result.ok, audit_chain.summary(result)
    ctx = ServiceContext(pg_database, actor_for(pg_database, "x"))
    detail = cases.get_case(ctx, report.first_reference)
    assert any(
        h.reference == report.first_reference for h in search.search(ctx, detail.hostages[0].person.passport_number)
    )
    assert cases.count_cases(ctx) == 41


@pytest.mark.postgres
def test_the_same_seed_writes_the_same_rows_on_sqlite_and_on_postgresql(pg_database, tmp_path):
    """PostgreSQL is loaded through COPY, SQLite through multi-row inserts: every table, every
    column must still come out the same, ids included (the long case too)."""
    made = {}
    sqlite = new_database(tmp_path / "same.db")
    accounts.init_database(pg_database, "x", TEST_PASSWORD)
    for name, database in (("sqlite", sqlite), ("postgresql", pg_database)):
        generate(
            database, cases=30, seed=9, progress=False, batch_size=8, parallel=False, long_case_events=200, now=NOW
        )
        made[name] = table_digests(database)
    sqlite.dispose()
    assert made["sqlite"]["contact_entries"][0] > 400 and made["sqlite"]["search_documents"][0] > 1000
    differing = sorted(table for table in made["sqlite"] if made["sqlite"][table] != made["postgresql"][table])
    assert differing == []


def test_the_full_text_index_rebuilt_in_steps_matches_a_whole_rebuild(tmp_path, monkeypatch):
    """The bulk rebuild (what an encrypted file gets after its load, and any file when the side
    build fails: tests/test_synthetic_search_index.py) indexes the documents in steps, each its
    own transaction; with steps much smaller than the documents, every document must still be
    found exactly as FTS5's own one-statement 'rebuild' finds it, boundaries included."""
    from consular.db import dialect

    database = new_database(tmp_path / "steps.db")
    generate(database, cases=20, seed=4, progress=False, parallel=False, now=NOW)
    queries = ["embassy", "e*", "ab*", "family", "ransom", "police"]

    def matches(conn) -> dict[str, list[int]]:
        sql = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid"
        return {q: [r[0] for r in conn.exec_driver_sql(sql, (q,))] for q in queries}

    monkeypatch.setattr(dialect, "_FTS_BULK_STEP", 97)
    with database.engine.connect() as conn:
        documents = conn.exec_driver_sql("SELECT count(*), max(id) FROM search_documents").one()
        assert documents[0] > 5 * 97  # several steps
        conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
        conn.commit()
        whole = matches(conn)
        sizes = conn.exec_driver_sql("SELECT id, sz FROM search_fts_docsize ORDER BY id").all()
        conn.commit()
        dialect.rebuild_search_index(conn, bulk=True)
        assert matches(conn) == whole
        assert conn.exec_driver_sql("SELECT id, sz FROM search_fts_docsize ORDER BY id").all() == sizes
        assert len(sizes) == documents[0] and sizes[-1][0] == documents[1]
        conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
    assert all(whole[q] for q in ("embassy", "e*", "family"))
    database.dispose()


@pytest.mark.postgres
def test_the_match_keys_of_a_postgresql_bulk_load_are_the_services_own(pg_database):
    """After a PostgreSQL bulk load the keys go in by COPY with match_keys' indexes built after
    it: the same keys, in the same order, as the services' own refresh of every record writes
    (records already in the database included), and the indexes are back."""
    from consular.services import match_keys

    accounts.init_database(pg_database, "x", TEST_PASSWORD)
    generate(pg_database, cases=6, seed=4, progress=False, now=NOW)  # already there before the bulk load
    generate(pg_database, cases=24, seed=5, progress=False, batch_size=8, parallel=False, now=NOW)

    def keys(conn):
        sql = "SELECT entity, entity_id, kind, key FROM match_keys ORDER BY id"
        return [tuple(row) for row in conn.exec_driver_sql(sql)]

    def indexes(conn):
        sql = "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'match_keys' ORDER BY indexname"
        return [tuple(row) for row in conn.exec_driver_sql(sql)]

    with pg_database.engine.begin() as conn:
        loaded, loaded_indexes = keys(conn), indexes(conn)
        first_id = conn.exec_driver_sql("SELECT min(id) FROM match_keys").scalar()
        assert match_keys.refresh_all(conn) == len(loaded)
        assert keys(conn) == loaded
    assert len({entity_id for entity, entity_id, *_ in loaded if entity == "person"}) > 60
    assert {entity for entity, *_ in loaded} == {"person", "counterpart"}
    assert first_id > 1  # the first generation's keys were deleted and written again
    assert [name for name, _sql in loaded_indexes] == [
        "ix_match_keys_entity_entity_id",
        "ix_match_keys_entity_kind_key",
        "pk_match_keys",
    ]


def test_a_generation_that_did_not_finish_is_not_reused_by_the_benchmarks(tmp_path, monkeypatch):
    """benchmarks/run.py reuses a server database that already holds the cases; one whose
    generation was killed after the load holds them all but not its keys and statistics."""
    import importlib.util
    import sys
    from pathlib import Path

    from consular.seeding import synthetic

    spec = importlib.util.spec_from_file_location("bench_run", Path(__file__).parents[1] / "benchmarks" / "run.py")
    bench_run = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, bench_run)  # its dataclasses look themselves up there
    spec.loader.exec_module(bench_run)
    path = tmp_path / "killed.db"
    database = new_database(path)

    def killed(_conn):
        raise KeyboardInterrupt

    monkeypatch.setattr(synthetic.match_keys, "refresh_all", killed)
    with pytest.raises(KeyboardInterrupt):
        generate(database, cases=12, seed=2, progress=False, now=NOW)
    database.dispose()
    with pytest.raises(SystemExit, match="did not finish"):
        bench_run.server_database(str(path), 12, 2, 0)
    monkeypatch.undo()
    finished = new_database(tmp_path / "finished.db")
    generate(finished, cases=12, seed=2, progress=False, now=NOW)
    finished.dispose()
    assert bench_run.server_database(str(tmp_path / "finished.db"), 12, 2, 0) == {"cases": 12, "reused": True}


def maintained_columns(conn) -> dict[str, list[tuple]]:
    """The columns the services keep in step, and revision 0027's plan columns derived from one."""
    return {
        "cases": [
            tuple(r) for r in conn.exec_driver_sql("SELECT id, hostages_held, next_task_due FROM cases ORDER BY id")
        ],
        "family_liaisons": [
            tuple(r)
            for r in conn.exec_driver_sql(
                "SELECT id, last_contact_at, plan_due_at, plan_due_active FROM family_liaisons ORDER BY id"
            )
        ],
    }


def assert_maintained_columns_are_the_services_own(database) -> None:
    """What the generator wrote with its rows equals what the services' own refresh of every case
    computes (sort_keys.refresh_cases, the function the generator ran over all cases before)."""
    from consular.db.dialect import WRITE_OPTION
    from consular.services import sort_keys

    with database.engine.connect().execution_options(**{WRITE_OPTION: True}) as conn, conn.begin() as transaction:
        written = maintained_columns(conn)
        sort_keys.refresh_cases(conn)
        assert maintained_columns(conn) == written
        transaction.rollback()
    cases_rows, liaisons = written["cases"], written["family_liaisons"]
    assert {held for _id, held, _due in cases_rows} >= {0, 1}
    assert any(due is None for *_, due in cases_rows) and any(due is not None for *_, due in cases_rows)
    assert any(last is None for _id, last, *_ in liaisons) and any(last is not None for _id, last, *_ in liaisons)
    assert any(due is not None for _id, _last, due, _active in liaisons)


def test_the_sort_keys_and_last_contacts_come_with_the_rows(generated):
    assert_maintained_columns_are_the_services_own(generated[0])


@pytest.mark.postgres
def test_the_sort_keys_and_last_contacts_come_with_the_rows_on_postgresql(pg_database):
    accounts.init_database(pg_database, "x", TEST_PASSWORD)
    generate(pg_database, cases=40, seed=6, progress=False, batch_size=8, parallel=False, long_case_events=300, now=NOW)
    generate(pg_database, cases=6, seed=7, progress=False, now=NOW)  # a small addition: not a bulk load
    assert_maintained_columns_are_the_services_own(pg_database)
