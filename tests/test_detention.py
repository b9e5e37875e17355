"""Wrongful detention by a state: the detention facts (authority, place and transfers, lawyer),
charges, hearings, consular visits and notes verbales; their rules, the role matrix, audit,
voiding, restricted handling, the overdue rules and the one-query list the dashboard shows,
search, purge, and revision 0014 upgrading a database with data in it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import event, text

from consular.db import migrate
from consular.domain.clock import FixedClock
from consular.domain.enums import ChargeStatus, VisitDecision
from consular.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from consular.services import audit_chain, cases, detention, detention_overdue, search, voiding
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import CASEWORKER, OTHER_CASEWORKER, SUPERVISOR, VIEWER
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import STAMP, old_case_database
from tests.service_helpers import add_hostage, audited, aware, open_case, refused

TODAY = aware(2025, 8, 1, 9, 0)


def at(ctx: ServiceContext, when, username: str | None = None) -> ServiceContext:
    actor = ctx.actor if username is None else actor_for(ctx.database, username)
    return ServiceContext(ctx.database, actor, ctx.settings, FixedClock(when, read_only=False))


@pytest.fixture
def team(ctx):
    """The lead caseworker of a wrongful-detention case with one detained national, on 1 Aug 2025."""
    ref = open_case(ctx, kind="wrongful_detention", title="Seafarer detained at Lomé").reference
    pid = add_hostage(ctx, ref, name="Mohammed Irfan Shaikh").person.id
    return at(ctx, TODAY, CASEWORKER), ref, pid


def test_the_detention_facts_keep_each_transfer(team):
    c, ref, pid = team
    with audited(c, "detention.set", count=2):  # the detention record is made, then set
        first = detention.set_detention(
            c,
            ref,
            authority="Judicial police, Lomé",
            place="Judicial police holding cells",
            place_since="2025-07-01T18:00",
            lawyer_name="Me Akouvi Mensah",
            lawyer_firm="Cabinet Mensah (fictional)",
            lawyer_phone="+228 90 12 34 56",
            lawyer_appointed_at="2025-07-05",
        )
    assert first.person_id == pid and first.lawyer_phone == "+22890123456"
    moved = detention.set_detention(
        c, ref, place="Lomé civil prison", place_since="2025-07-20", expected_version=first.version
    )
    assert moved.authority == "Judicial police, Lomé"  # left as it was
    assert [p.place for p in moved.places] == ["Judicial police holding cells", "Lomé civil prison"]
    assert moved.place == "Lomé civil prison" and moved.place_since == aware(2025, 7, 20, 0, 0)
    with pytest.raises(ConflictError):
        detention.set_detention(c, ref, authority="Gendarmerie", expected_version=first.version)
    with refused(c, "place_since", "before"):
        detention.set_detention(c, ref, place="Back to the cells", place_since="2025-07-10")
    with refused(c, "lawyer_phone"):
        detention.set_detention(c, ref, lawyer_phone="12")


def test_detention_records_only_on_a_wrongful_detention_case(ctx):
    ref = open_case(ctx).reference  # a hostage-taking case
    add_hostage(ctx, ref)
    with pytest.raises(ValidationError, match=r"kind 'Hostage-taking by a non-state group'.*change the case's kind"):
        detention.record_charge(ctx, ref, text="Espionage", filed_at="2025-07-02")
    cases.edit_case(ctx, ref, kind="wrongful_detention")
    assert detention.record_charge(ctx, ref, text="Espionage", filed_at="2025-07-02").status == ChargeStatus.PENDING


def test_which_national_when_there_are_several(team):
    c, ref, pid = team
    other = add_hostage(c, ref, name="Harpreet Singh Gill", passport_number="R1202056").person.id
    with refused(c, "person_id", "several nationals concerned"):
        detention.record_charge(c, ref, text="Theft", filed_at="2025-07-02")
    charge = detention.record_charge(c, ref, other, text="Theft", filed_at="2025-07-02")
    assert charge.person_name == "Harpreet Singh Gill"
    with refused(c, "person_id", "not a national concerned"):
        detention.record_charge(c, ref, 99999, text="Theft", filed_at="2025-07-02")
    assert pid != other


def test_charge_rules_and_status(team):
    c, ref, _ = team
    with audited(c, "charge.add", count=2):  # the detention record is made first
        charge = detention.record_charge(c, ref, text="Complicity in theft of cargo", filed_at="2025-07-10")
    with refused(c, "status_at", "Say when the charge was dropped"):
        detention.edit_charge(c, charge.id, status="dropped", expected_version=charge.version)
    with refused(c, "status_at", "before the charge was filed"):
        detention.edit_charge(c, charge.id, status="dropped", status_at="2025-07-01")
    with refused(c, "filed_at", "in the future"):
        detention.record_charge(c, ref, text="Later", filed_at="2025-09-01")
    with audited(c, "charge.edit"):
        dropped = detention.edit_charge(
            c, charge.id, status="dropped", status_at="2025-07-25", expected_version=charge.version
        )
    assert dropped.status == ChargeStatus.DROPPED and dropped.version == charge.version + 1
    with pytest.raises(ConflictError):
        detention.edit_charge(c, charge.id, text="Stale", expected_version=charge.version)


def test_a_hearings_next_date_cannot_come_before_it(team):
    c, ref, _ = team
    with refused(c, "next_at", r"next hearing \(2025-07-10\) is before this hearing \(2025-07-15\)"):
        detention.record_hearing(c, ref, held_at="2025-07-15", court="Lomé court", next_at="2025-07-10")
    with refused(c, "outcome", "still to come"):
        detention.record_hearing(c, ref, held_at="2025-08-20", court="Lomé court", outcome="Adjourned")
    future = detention.record_hearing(c, ref, held_at="2025-08-20", court="Lomé court")
    assert not future.overdue
    past = detention.record_hearing(c, ref, held_at="2025-07-15", court="Lomé court of first instance")
    assert past.overdue  # its date passed with no outcome
    done = detention.edit_hearing(
        c, past.id, outcome="Detention extended by 30 days", next_at="2025-08-14", expected_version=past.version
    )
    assert not done.overdue and done.next_at == aware(2025, 8, 14, 0, 0)


def test_visit_decision_rules(team):
    c, ref, _ = team
    note = detention.send_note(
        c,
        ref,
        note_reference="NV/LFW/2025/101",
        sent_at="2025-07-02",
        addressed_to="Ministry of Foreign Affairs",
        subject="Request for consular access",
    )
    visit = detention.request_visit(c, ref, requested_at="2025-07-02", note_id=note.id)
    assert visit.decision == VisitDecision.PENDING and visit.note_reference == "NV/LFW/2025/101"
    with refused(c, "decided_at", r"decision \(2025-07-01\) is dated before the request \(2025-07-02\)"):
        detention.edit_visit(c, visit.id, decision="refused", decided_at="2025-07-01")
    with refused(c, "decided_at", "Say when the request was refused"):
        detention.edit_visit(c, visit.id, decision="refused")
    with refused(c, "visit_at", "only on a granted request"):
        detention.edit_visit(c, visit.id, decision="refused", decided_at="2025-07-04", visit_at="2025-07-05")
    refused_visit = detention.edit_visit(c, visit.id, decision="refused", decided_at="2025-07-04")
    assert refused_visit.decision == VisitDecision.REFUSED and not refused_visit.overdue
    again = detention.request_visit(c, ref, requested_at="2025-07-06")
    with refused(c, "findings", "after the visit"):
        detention.edit_visit(c, again.id, decision="granted", decided_at="2025-07-08", findings="Well")
    made = detention.edit_visit(
        c,
        again.id,
        decision="granted",
        decided_at="2025-07-08",
        visit_at="2025-07-09T10:00",
        visited_by="Consul F. Ansari",
        findings="Held with four others; no charge communicated",
        welfare_observed="Tired, lost weight; blood pressure medicine running out",
        restricted=True,
    )
    assert made.visited and made.restricted
    other_note = detention.send_note(
        c, ref, note_reference="NV/2", sent_at="2025-07-02", addressed_to="MFA", subject="Access"
    )
    ref2 = open_case(c.__class__(c.database, actor_for(c.database, "admin")), kind="wrongful_detention").reference
    add_hostage(c, ref2, name="Someone Else", passport_number="Z9999999")
    with refused(c, "note_id", "is not one of"):
        detention.request_visit(c, ref2, requested_at="2025-07-03", note_id=other_note.id)


def test_a_note_answer_needs_its_date_and_what_it_said(team):
    c, ref, _ = team
    note = detention.send_note(
        c, ref, note_reference="NV/1", sent_at="2025-07-02", addressed_to="MFA", subject="Consular access"
    )
    with refused(c, "answer_summary", "what the answer said"):
        detention.edit_note(c, note.id, answered_at="2025-07-10")
    with refused(c, "answered_at", "dated before the note was sent"):
        detention.edit_note(c, note.id, answered_at="2025-07-01", answer_summary="Access granted")
    with refused(c, "answered_at", "date of the answer"):
        detention.edit_note(c, note.id, answer_summary="Access granted")
    with audited(c, "note_verbale.edit"):
        answered = detention.edit_note(c, note.id, answered_at="2025-07-10", answer_summary="Access granted on 12 July")
    assert answered.answered_at == aware(2025, 7, 10, 0, 0) and not answered.overdue


def test_who_may_record(team, make_ctx):
    c, ref, _ = team
    viewer = at(c, TODAY, VIEWER)
    with pytest.raises(PermissionDeniedError, match=r"read-only|may not"):
        detention.record_charge(viewer, ref, text="X", filed_at="2025-07-02")
    outsider = at(c, TODAY, OTHER_CASEWORKER)  # a caseworker, not on the case's team
    plain = detention.record_charge(outsider, ref, text="Theft of cargo", filed_at="2025-07-02")
    assert plain.text == "Theft of cargo"
    with pytest.raises(PermissionDeniedError, match="not on the team"):
        detention.record_charge(outsider, ref, text="Secret", filed_at="2025-07-02", restricted=True)
    secret = detention.request_visit(c, ref, requested_at="2025-07-02", restricted=True)
    with pytest.raises(PermissionDeniedError, match="not on the team"):
        detention.edit_visit(outsider, secret.id, decision="refused", decided_at="2025-07-03")


def test_restricted_records_show_their_date_only_outside_the_team(team, make_ctx):
    c, ref, _ = team
    visit = detention.request_visit(c, ref, requested_at="2025-07-02")
    detention.edit_visit(
        c,
        visit.id,
        decision="granted",
        decided_at="2025-07-03",
        visit_at="2025-07-04",
        findings="Says he was beaten on arrival",
        welfare_observed="Bruising on the arms",
        restricted=True,
    )
    outsider = detention.detention_file(at(c, TODAY, VIEWER), ref)
    [seen] = outsider.visits
    assert seen.withheld and seen.requested_at == aware(2025, 7, 2, 0, 0)
    assert "beaten" not in repr(outsider) and "Bruising" not in repr(outsider) and not outsider.team
    before = len(audit_chain_reads(c))
    mine = detention.detention_file(c, ref)
    assert mine.visits[0].welfare_observed == "Bruising on the arms"
    assert len(audit_chain_reads(c)) == before + 1  # the team's read of restricted content is audited


def audit_chain_reads(ctx) -> list:
    from sqlalchemy import select

    from consular.db.models import AuditEntry

    with ctx.database.session() as session:
        return list(session.scalars(select(AuditEntry.id).where(AuditEntry.action == "read.restricted")))


def test_void_a_record_and_it_no_longer_counts(team):
    c, ref, _ = team
    note = detention.send_note(c, ref, note_reference="NV/9", sent_at="2025-07-01", addressed_to="MFA", subject="X")
    assert [n.id for n in detention.detention_file(c, ref).notes] == [note.id]
    with audited(c, "entry.void"):
        voiding.void_entry(c, "note_verbale", note.id, reason="Recorded on the wrong case")
    assert detention.detention_file(c, ref).notes == []
    assert detention_overdue.overdue_requests(c)[0] == []
    with pytest.raises(ConflictError, match="voided"):
        detention.edit_note(c, note.id, subject="Y")


def test_overdue_rules_follow_the_settings(team):
    c, ref, _ = team
    detention.request_visit(c, ref, requested_at="2025-07-26T09:00")  # 6 days on 1 Aug
    old_visit = detention.request_visit(c, ref, requested_at="2025-07-25T09:00")  # 7 days: overdue
    detention.send_note(c, ref, note_reference="NV/new", sent_at="2025-07-20", addressed_to="MFA", subject="A")
    old_note = detention.send_note(
        c, ref, note_reference="NV/old", sent_at="2025-07-10", addressed_to="MFA", subject="B"
    )
    hearing = detention.record_hearing(c, ref, held_at="2025-07-30", court="Lomé court")
    detention.record_hearing(c, ref, held_at="2025-08-05", court="Lomé court")  # still to come
    items, more = detention_overdue.overdue_requests(c)
    assert not more
    assert [(i.kind, i.record_id) for i in items] == [
        ("note", old_note.id),
        ("visit", old_visit.id),
        ("hearing", hearing.id),
    ]  # the longest waiting first
    note_item = items[0]
    assert note_item.days_waiting == 22 and note_item.reference == ref
    assert note_item.text.startswith("Note verbale NV/old for Mohammed Irfan Shaikh: no answer for 22 days")
    stricter = ServiceContext(
        c.database, c.actor, replace(c.settings, visit_answer_days=3, note_answer_days=30), c.clock
    )
    kinds = [i.kind for i in detention_overdue.overdue_requests(stricter)[0]]
    assert kinds == ["visit", "visit", "hearing"]
    file = detention.detention_file(c, ref)
    assert {v.id for v in file.visits if v.overdue} == {old_visit.id}
    assert {n.id for n in file.notes if n.overdue} == {old_note.id}
    # Answered, decided or given an outcome: off the list. A closed case is off it too.
    detention.edit_note(c, old_note.id, answered_at="2025-07-31", answer_summary="Received")
    detention.edit_visit(c, old_visit.id, decision="no_answer", decided_at="2025-08-01")
    assert [i.kind for i in detention_overdue.overdue_requests(c)[0]] == ["hearing"]
    assert len(detention_overdue.overdue_requests(c, limit=0)[0]) == 0
    assert detention_overdue.overdue_requests(c, limit=0)[1] is True


def test_overdue_settings_from_the_environment(monkeypatch):
    from consular.services.context import Settings

    monkeypatch.setenv("CONSULAR_VISIT_ANSWER_DAYS", "3")
    monkeypatch.setenv("CONSULAR_NOTE_ANSWER_DAYS", "21")
    settings = Settings.from_environment()
    assert (settings.visit_answer_days, settings.note_answer_days) == (3, 21)
    assert (Settings().visit_answer_days, Settings().note_answer_days) == (7, 14)
    monkeypatch.setenv("CONSULAR_NOTE_ANSWER_DAYS", "0")
    with pytest.raises(ValidationError, match="whole number of days"):
        Settings.from_environment()


def test_overdue_restricted_items_of_other_teams_are_withheld(team):
    c, ref, _ = team
    detention.request_visit(c, ref, requested_at="2025-07-01", restricted=True)
    detention.send_note(c, ref, note_reference="NV/open", sent_at="2025-07-01", addressed_to="MFA", subject="S")
    [note, visit] = sorted(detention_overdue.overdue_requests(at(c, TODAY, VIEWER))[0], key=lambda i: i.kind)
    assert note.kind == "note" and not note.withheld and note.label == "NV/open"
    assert visit.withheld and "(restricted)" in visit.text and visit.reference == ref
    [mine] = [i for i in detention_overdue.overdue_requests(c)[0] if i.kind == "visit"]
    assert not mine.withheld


def test_the_overdue_list_is_one_statement(team):
    c, ref, _ = team
    for day in range(1, 10):
        detention.request_visit(c, ref, requested_at=f"2025-07-0{day}")
        detention.send_note(
            c, ref, note_reference=f"NV/{day}", sent_at=f"2025-07-0{day}", addressed_to="M", subject="S"
        )
    statements = []

    def count(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith("SELECT") and "consular_visits" in statement:
            statements.append(statement)

    event.listen(c.database.engine, "before_cursor_execute", count)
    try:
        items, _ = detention_overdue.overdue_requests(c)
    finally:
        event.remove(c.database.engine, "before_cursor_execute", count)
    assert len(items) == 18 and len(statements) == 1
    with c.database.engine.connect() as conn:
        plan = " ".join(str(row[-1]) for row in conn.execute(text("EXPLAIN QUERY PLAN " + _compiled_overdue(c))))
    assert "ix_consular_visits_decision_requested_at" in plan
    assert "ix_notes_verbales_answered_at_sent_at" in plan
    assert "ix_detention_hearings_outcome_recorded_at_held_at" in plan


def _compiled_overdue(c) -> str:
    """The overdue statement with its parameters inlined (for EXPLAIN QUERY PLAN)."""
    captured = []

    def grab(conn, cursor, statement, parameters, context, executemany):
        if "consular_visits" in statement:
            captured.append((statement, parameters))

    event.listen(c.database.engine, "before_cursor_execute", grab)
    try:
        detention_overdue.overdue_requests(c)
    finally:
        event.remove(c.database.engine, "before_cursor_execute", grab)
    statement, parameters = captured[0]
    for value in parameters:
        literal = f"'{value}'" if isinstance(value, str) else str(value)
        statement = statement.replace("?", literal, 1)
    return statement


def test_records_are_in_search_and_the_audit_chain(team):
    c, ref, _ = team
    detention.record_charge(c, ref, text="Complicity in cargo theft", filed_at="2025-07-02")
    detention.send_note(
        c, ref, note_reference="NV/LFW/2025/114", sent_at="2025-07-02", addressed_to="MFA", subject="Consular access"
    )
    [hit] = [h for h in search.search(c, "cargo theft") if h.entity == "charge"]
    assert hit.reference == ref and hit.why.startswith("Charge:")
    [note] = [h for h in search.search(c, "LFW/2025/114") if h.entity == "note_verbale"]
    assert note.why.startswith("Note verbale:")
    assert audit_chain.verify(c.database).ok


def test_purge_removes_the_detention_records(team, make_ctx):
    from consular.services import purge

    c, ref, _ = team
    detention.set_detention(c, ref, place="Cells", authority="Police")
    visit = detention.request_visit(
        c,
        ref,
        requested_at="2025-07-02",
        note_id=detention.send_note(
            c, ref, note_reference="NV", sent_at="2025-07-02", addressed_to="M", subject="S"
        ).id,
    )
    detention.record_hearing(c, ref, held_at="2025-07-03", court="Court")
    detention.record_charge(c, ref, text="X", filed_at="2025-07-02")
    assert visit.id
    sup = at(c, TODAY, SUPERVISOR)
    cases.change_status(sup, ref, "closed", reason="Released")
    result = purge.purge_case(at(c, TODAY, "admin"), ref, confirm=ref)
    for table in ("consular_visits", "notes_verbales", "detention_hearings", "detention_charges", "detentions"):
        assert result.removed[table] == 1, table
    assert sqlite_rows(c.database.path, "SELECT count(*) FROM detention_places") == [(0,)]


def test_0014_upgrades_a_database_with_a_case_in_it(tmp_path):
    database = old_case_database(tmp_path / "old.db", "0014")
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO persons (id, full_name, created_at, updated_at) "
                f"VALUES (1, 'Mohammed Irfan Shaikh', {STAMP}, {STAMP})"
            )
        )
        conn.execute(
            text(
                "INSERT INTO case_participants (id, case_id, person_id, role, hostage_status, hostage_status_since, "
                f"added_at) VALUES (1, 1, 1, 'hostage', 'held', {STAMP}, {STAMP})"
            )
        )
        conn.execute(text("UPDATE cases SET kind = 'wrongful_detention' WHERE id = 1"))
    migrate.upgrade(database)
    assert sqlite_rows(database.path, "SELECT count(*) FROM detentions") == [(0,)]
    c = at(ServiceContext(database, actor_for(database, "a.sharma")), TODAY)
    detention.set_detention(c, "BAM-2025-0001", authority="Gendarmerie", place="Camp")
    note = detention.send_note(
        c, "BAM-2025-0001", note_reference="NV/1", sent_at="2025-07-02", addressed_to="MFA", subject="Access"
    )
    file = detention.detention_file(c, "BAM-2025-0001")
    assert file.detentions[0].person_name == "Mohammed Irfan Shaikh" and file.notes[0].id == note.id
    assert [i.kind for i in detention_overdue.overdue_requests(c)[0]] == ["note"]
    database.dispose()


def test_the_team_reading_a_restricted_overdue_item_is_audited(team):
    c, ref, _ = team
    detention.record_hearing(c, ref, held_at="2025-07-20", court="Closed-door court", restricted=True)
    before = len(audit_chain_reads(c))
    [item] = detention_overdue.overdue_requests(c)[0]
    assert item.label == "Closed-door court" and len(audit_chain_reads(c)) == before + 1
    [hidden] = detention_overdue.overdue_requests(at(c, TODAY, VIEWER))[0]
    assert hidden.withheld and hidden.label == "" and "Closed-door" not in hidden.text
    assert len(audit_chain_reads(c)) == before + 1  # nothing shown, nothing recorded


@pytest.mark.postgres
def test_the_overdue_list_on_postgresql(pg_database):
    from tests.fixtures_db import add_reference_data

    admin = add_reference_data(pg_database)
    ref = open_case(admin, kind="wrongful_detention").reference
    add_hostage(admin, ref, name="Mohammed Irfan Shaikh")
    c = at(admin, TODAY)
    visit = detention.request_visit(c, ref, requested_at="2025-07-20")
    note = detention.send_note(c, ref, note_reference="NV/1", sent_at="2025-07-10", addressed_to="MFA", subject="S")
    hearing = detention.record_hearing(c, ref, held_at="2025-07-30", court="Lomé court", restricted=True)
    items, more = detention_overdue.overdue_requests(c)
    assert [(i.kind, i.record_id, i.days_waiting) for i in items] == [
        ("note", note.id, 22),
        ("visit", visit.id, 12),
        ("hearing", hearing.id, 2),
    ]
    assert not more and items[0].since == aware(2025, 7, 10, 0, 0)
    assert [i.withheld for i in detention_overdue.overdue_requests(at(c, TODAY, VIEWER))[0]] == [False, False, True]
