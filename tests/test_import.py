"""Importing through the typed-input services: the dry run's per-row report, the real run
(all or nothing, one audited action, a batch), matching, assumptions, and undo."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from consular.db.models import AuditEntry, ContactEntry, Person
from consular.domain.errors import ConflictError, PermissionDeniedError
from consular.services import audit_chain, cases, contacts, importing, people
from consular.services.importing.mapping import Mapping, load, save, saved_or_suggested, suggest
from consular.services.importing.reading import read_table
from tests.demo_data import CASEWORKER, OTHER_CASEWORKER, VIEWER
from tests.import_files.make import PEOPLE_ROWS, people_csv, people_xlsx
from tests.service_helpers import add_hostage, audit_actions, open_case


def people_mapping(path, **extra) -> Mapping:
    mapping = suggest("people", read_table(path).headers)
    for key, value in extra.items():
        setattr(mapping, key, value)
    return mapping


@pytest.fixture
def case_ref(ctx):
    return open_case(ctx).reference


def _persons(ctx) -> int:
    with ctx.transaction() as session:
        return session.scalar(select(func.count(Person.id)))


def test_the_mapping_is_suggested_from_header_names_and_kept_as_toml(tmp_path, case_ref):
    path = people_csv(tmp_path / "p.csv")
    mapping = people_mapping(path)
    assert mapping.columns == {
        "Case ref": "case_reference",
        "Role": "role",
        "Full name": "full_name",
        "Name (native)": "name_native",
        "DOB": "date_of_birth",
        "Passport no": "passport_number",
        "Mobile": "phone",
        "Notes": "notes",
    }
    mapping.date_order = "dmy"
    saved = save(mapping)
    assert (saved.stat().st_mode & 0o777) == 0o600
    assert load(saved) == mapping
    assert saved_or_suggested("people", read_table(path).headers).date_order == "dmy"


def test_a_dry_run_reports_each_row_and_writes_nothing(ctx, tmp_path, case_ref):
    add_hostage(ctx, case_ref, "Ravi Kumar Verma", passport_number="Z1234567")
    rows = [*PEOPLE_ROWS, ["BAM-2025-0001", "witness", "Ama Owusu", "", "03/04/1990", "", "", ""]]
    rows.append(["BAM-2099-0001", "witness", "Nobody", "", "", "", "", ""])
    rows.append(["BAM-2025-0001", "next of kin", "Sunita Verma", "", "", "", "", ""])
    path = people_csv(tmp_path / "p.csv", rows=rows)
    before_persons, before_audit = _persons(ctx), audit_actions(ctx)
    report = importing.dry_run(ctx, path, people_mapping(path, default_country="IN"))
    assert [o.status for o in report.outcomes] == ["matched", "created", "created", "refused", "refused", "refused"]
    ravi, imran, suresh, ama, nobody, kin = report.outcomes
    assert kin.field == "role" and "contact plan" in kin.detail
    assert "passport number Z1234567" in ravi.detail
    assert imran.record == "Imran Qureshi in BAM-2025-0001" and not imran.assumed  # +91 given
    assert suresh.row_number == 5
    assert ama.field == "date_of_birth" and "could be 3 April or 4 March" in ama.detail
    assert nobody.field == "case_reference" and "BAM-2099-0001" in nobody.detail
    assert "2 created" in report.summary().replace("would be ", "")
    assert _persons(ctx) == before_persons and audit_actions(ctx) == before_audit
    # The same file with the date order set: Ama's row reads as 3 April 1990.
    report = importing.dry_run(ctx, path, people_mapping(path, date_order="dmy", default_country="IN"))
    assert report.outcomes[3].status == "created"


def test_a_phone_without_country_code_is_read_for_the_case_country_and_said(ctx, tmp_path, case_ref):
    path = people_csv(tmp_path / "p.csv", rows=[PEOPLE_ROWS[0]])
    # The case is in Mali: read as a Malian number, 98100 12345 is too long, and the row says so.
    report = importing.dry_run(ctx, path, people_mapping(path))
    assert (report.outcomes[0].status, report.outcomes[0].field) == ("refused", "phone")
    assert "'98100 12345' has no country code and is not a phone number of ML" in report.outcomes[0].detail
    report = importing.dry_run(ctx, path, people_mapping(path, default_country="IN"))
    assert report.outcomes[0].status == "created"
    assert report.outcomes[0].assumed == ["phone 98100 12345 read for country IN (+919810012345)"]


def test_the_real_run_is_all_or_nothing_and_one_audited_action(ctx, tmp_path, case_ref):
    rows = [PEOPLE_ROWS[0], ["BAM-2025-0001", "witness", "Bad Date", "", "31/02/1990", "", "", ""]]
    path = people_csv(tmp_path / "bad.csv", rows=rows)
    before_persons, before_audit = _persons(ctx), audit_actions(ctx)
    with pytest.raises(importing.ImportRefused, match="Nothing was imported: 1 of 2 rows") as info:
        importing.run_import(ctx, path, people_mapping(path, default_country="IN"))
    assert "row 4: date_of_birth: '31/02/1990' is not a real date" in str(info.value)
    assert _persons(ctx) == before_persons and audit_actions(ctx) == before_audit

    path = people_xlsx(tmp_path / "p.xlsx")
    report = importing.run_import(ctx, path, people_mapping(path, default_country="IN"))
    assert [o.status for o in report.outcomes] == ["created"] * 3 and report.batch_id
    new = audit_actions(ctx)[len(before_audit) :]
    assert new == ["person.add", "person.add", "person.add", "import.run"]
    detail = cases.get_case(ctx, case_ref)
    by_name = {p.person.full_name: p for p in detail.participants}
    assert by_name["Ravi Kumar Verma"].person.name_native == "रवि कुमार वर्मा"
    assert by_name["Ravi Kumar Verma"].person.phone == "+919810012345"
    assert str(by_name["Suresh Patil"].person.date_of_birth) == "1985-02-02"
    assert str(by_name["Imran Qureshi"].person.date_of_birth) == "1979-07-01"
    report_ = audit_chain.verify(ctx.database)
    assert report_.ok, report_.problems
    # Importing the same file again matches everyone and creates nothing.
    again = importing.run_import(ctx, path, people_mapping(path, default_country="IN"))
    assert [o.status for o in again.outcomes] == ["matched"] * 3


def test_undo_takes_the_people_out_as_one_action_and_only_once(ctx, make_ctx, tmp_path, case_ref):
    path = people_xlsx(tmp_path / "p.xlsx")
    report = importing.run_import(ctx, path, people_mapping(path, default_country="IN"))
    with pytest.raises(PermissionDeniedError):
        importing.undo_import(make_ctx(VIEWER), report.batch_id, reason="wrong file")
    with pytest.raises(PermissionDeniedError, match="who imported it"):
        importing.undo_import(make_ctx(CASEWORKER), report.batch_id, reason="wrong file")
    before = audit_actions(ctx)
    result = importing.undo_import(ctx, report.batch_id, reason="wrong file")
    assert len(result.removed_people) == 3 and "3 person(s) taken out" in result.summary()
    assert cases.get_case(ctx, case_ref).participants == []
    assert audit_actions(ctx)[len(before) :] == ["person.import_undone"] * 3 + ["import.undo"]
    report_ = audit_chain.verify(ctx.database)
    assert report_.ok, report_.problems
    with pytest.raises(ConflictError, match="already undone"):
        importing.undo_import(ctx, report.batch_id, reason="again")
    assert importing.list_batches(ctx)[0].undone_at is not None


def test_undo_is_refused_when_later_work_depends_on_the_import(ctx, tmp_path, case_ref):
    path = people_xlsx(tmp_path / "p.xlsx")
    report = importing.run_import(ctx, path, people_mapping(path, default_country="IN"))
    ravi = next(p for p in cases.get_case(ctx, case_ref).participants if p.person.full_name == "Ravi Kumar Verma")
    people.edit_person(ctx, ravi.person.id, occupation="Site engineer")
    with pytest.raises(ConflictError, match=r"person #\d+ \(row 4\) was changed afterwards \(person.edit"):
        importing.undo_import(ctx, report.batch_id, reason="wrong file")
    assert len(cases.get_case(ctx, case_ref).participants) == 3


def _contacts_csv(tmp_path, rows):
    header = "case_reference,occurred_at,channel,subject,with,restricted\n"
    path = tmp_path / "contacts.csv"
    path.write_text(header + "".join(",".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_contacts_match_counterparts_by_name_and_organisation_and_undo_voids_them(ctx, tmp_path, case_ref):
    from consular.services import counterparts

    known = counterparts.add_counterpart(
        ctx, case_ref, name="Prefect", organisation="Kayes prefecture", category="host_government"
    )
    path = _contacts_csv(
        tmp_path,
        [
            [case_ref, "2025-07-16 09:00", "phone", "Prefect confirms search", "Prefect | Kayes prefecture", "no"],
            [case_ref, "16 July 2025 11:00", "in_person", "Employer briefing", "HR head | Sunrise Cement", "yes"],
        ],
    )
    mapping = suggest("contacts", read_table(path).headers)
    report = importing.run_import(ctx, path, mapping)
    assert [o.status for o in report.outcomes] == ["created", "created"]
    assert "new counterpart 'HR head' (Sunrise Cement)" in report.outcomes[1].detail
    logged = contacts.list_contacts(ctx, case_ref)
    assert {c.subject for c in logged} == {"Prefect confirms search", "Employer briefing"}
    prefect = next(c for c in logged if c.subject == "Prefect confirms search")
    assert [cp.id for cp in prefect.counterparts] == [known.id]
    # A correction of an imported contact afterwards: undo is refused, naming it.
    employer = next(c for c in logged if c.subject == "Employer briefing")
    contacts.edit_contact(ctx, employer.id, outcome="HR will call the families")
    with pytest.raises(ConflictError, match=rf"contact #{employer.id} \(row 3\) was changed afterwards \(contact.edit"):
        importing.undo_import(ctx, report.batch_id, reason="duplicate register")
    assert all(c.voided_at is None for c in contacts.list_contacts(ctx, case_ref))


def test_a_contact_logged_later_with_an_imported_counterpart_does_not_stop_the_undo(ctx, tmp_path, case_ref):
    path = _contacts_csv(
        tmp_path, [[case_ref, "2025-07-16 11:00", "in_person", "Employer briefing", "HR head | Sunrise Cement", "no"]]
    )
    report = importing.run_import(ctx, path, suggest("contacts", read_table(path).headers))
    hr = contacts.list_contacts(ctx, case_ref)[0].counterparts[0].id
    later = contacts.log_contact(
        ctx, case_ref, occurred_at="2025-07-17 10:00", channel="phone", subject="Follow-up", counterpart_ids=[hr]
    )
    result = importing.undo_import(ctx, report.batch_id, reason="duplicate register")
    assert result.kept_counterparts == [hr]
    standing = [c.id for c in contacts.list_contacts(ctx, case_ref) if c.voided_at is None]
    assert standing == [later.id]


def test_contacts_undo_voids_every_contact_of_the_batch(ctx, tmp_path, case_ref):
    path = _contacts_csv(
        tmp_path, [[case_ref, "2025-07-16 09:00", "phone", "Call one", "Prefect | Kayes prefecture", "no"]]
    )
    report = importing.run_import(ctx, path, suggest("contacts", read_table(path).headers))
    result = importing.undo_import(ctx, report.batch_id, reason="duplicate")
    assert len(result.voided_contacts) == 1 and len(result.kept_counterparts) == 1
    with ctx.transaction() as session:
        entry = session.get(ContactEntry, result.voided_contacts[0])
        assert entry.voided_at is not None and "Import #" in entry.void_reason
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(2)))
    assert actions == ["import.undo", "entry.void"]


def test_a_cases_import_opens_cases_and_its_undo_removes_them(ctx, tmp_path):
    path = tmp_path / "cases.csv"
    path.write_text(
        "Case ref,Post,Title,Type,Incident date,Country,Town\n"
        ",BAM,Two engineers taken at a mine,hostage_taking,3 July 2025 06:00,ML,Sadiola\n"
        "BAM-2025-0007,,Driver missing on the Kayes road,missing_person,14/07/2025,ML,Kayes\n",
        encoding="utf-8",
    )
    mapping = suggest("cases", read_table(path).headers)
    assert mapping.columns["Incident date"] == "incident_at" and mapping.columns["Country"] == "incident_country"
    report = importing.run_import(ctx, path, mapping)
    assert [o.record for o in report.outcomes] == ["BAM-2025-0001", "BAM-2025-0002"]
    assert "opened as BAM-2025-0002 (the file says BAM-2025-0007)" in report.outcomes[1].detail
    again = importing.dry_run(ctx, tmp_path / "cases.csv", mapping)
    assert again.outcomes[1].status == "created"  # BAM-2025-0007 does not exist; it would open 0003
    result = importing.undo_import(ctx, report.batch_id, reason="test data")
    assert result.removed_cases == ["BAM-2025-0001", "BAM-2025-0002"]
    assert cases.count_cases(ctx) == 0
    report_ = audit_chain.verify(ctx.database)
    assert report_.ok, report_.problems


def test_a_viewer_cannot_import(make_ctx, tmp_path, case_ref):
    path = people_xlsx(tmp_path / "p.xlsx")
    with pytest.raises(PermissionDeniedError):
        importing.dry_run(make_ctx(VIEWER), path, people_mapping(path))
    assert OTHER_CASEWORKER


@pytest.mark.postgres
def test_the_import_dry_run_run_and_undo_on_postgres(pg_database, tmp_path):
    from tests.fixtures_db import add_reference_data

    ctx = add_reference_data(pg_database)
    ref = open_case(ctx).reference
    add_hostage(ctx, ref, "Ravi Kumar Verma", passport_number="Z1234567")
    rows = [*PEOPLE_ROWS, ["BAM-2025-0001", "witness", "Bad Date", "", "31/02/1990", "", "", ""]]
    path = people_csv(tmp_path / "p.csv", rows=rows)
    mapping = people_mapping(path, default_country="IN")
    dry = importing.dry_run(ctx, path, mapping)
    assert [o.status for o in dry.outcomes] == ["matched", "created", "created", "refused"]
    with pytest.raises(importing.ImportRefused):
        importing.run_import(ctx, path, mapping)  # a refused row in a savepoint leaves the rest usable
    assert len(cases.get_case(ctx, ref).participants) == 1
    path = people_csv(tmp_path / "p.csv")
    report = importing.run_import(ctx, path, mapping)
    assert len(cases.get_case(ctx, ref).participants) == 3
    importing.undo_import(ctx, report.batch_id, reason="test")
    assert len(cases.get_case(ctx, ref).participants) == 1
    verified = audit_chain.verify(ctx.database)
    assert verified.ok, verified.problems


def test_a_contact_voided_since_is_left_as_it_is_by_the_undo(ctx, tmp_path, case_ref):
    from consular.services import voiding

    path = _contacts_csv(
        tmp_path,
        [
            [case_ref, "2025-07-16 09:00", "phone", "Call one", "Prefect | Kayes prefecture", "no"],
            [case_ref, "2025-07-16 10:00", "phone", "Call two", "Prefect | Kayes prefecture", "no"],
        ],
    )
    report = importing.run_import(ctx, path, suggest("contacts", read_table(path).headers))
    first = next(c for c in contacts.list_contacts(ctx, case_ref) if c.subject == "Call one")
    voiding.void_entry(ctx, "contact", first.id, reason="logged twice")
    result = importing.undo_import(ctx, report.batch_id, reason="duplicate")
    assert len(result.voided_contacts) == 1 and first.id not in result.voided_contacts
