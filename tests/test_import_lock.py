"""The import holds the write lock only while it writes: the dry run is a validation pass in a
read transaction, and the real run makes that pass before it takes the lock, then writes in one
short transaction, checking the rows again when something was saved in between."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from consular.db.models import Counterpart, Person
from consular.services import cases, contacts, importing, purge
from consular.services.importing.mapping import suggest
from consular.services.importing.reading import read_table
from tests.import_files.make import PEOPLE_ROWS, people_csv
from tests.service_helpers import add_hostage, audit_actions, open_case


def _mapping(path, **extra):
    mapping = suggest("people", read_table(path).headers)
    for key, value in extra.items():
        setattr(mapping, key, value)
    return mapping


def _shown(report) -> list[tuple]:
    """A report as the user reads it (the records it made aside)."""
    return [(o.row_number, o.status, o.record, o.detail, o.field, o.assumed) for o in report.outcomes]


def _count(ctx, what, *where) -> int:
    with ctx.transaction() as session:
        return session.scalar(select(func.count(what.id)).where(*where))


@pytest.fixture
def refs(ctx):
    first = open_case(ctx).reference
    second = open_case(ctx, title="Driver missing on the Kayes road", kind="missing_person").reference
    return first, second


def test_a_dry_run_answers_while_another_connection_holds_the_write_lock(ctx, tmp_path, refs):
    first, _second = refs
    add_hostage(ctx, first, "Ravi Kumar Verma", passport_number="Z1234567")
    path = people_csv(tmp_path / "p.csv")
    mapping = _mapping(path, default_country="IN")
    other = sqlite3.connect(ctx.database.path, isolation_level=None, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")  # another user's save, holding SQLite's write lock
        dry = importing.dry_run(ctx, path, mapping)
        assert [o.status for o in dry.outcomes] == ["matched", "created", "created"]
        # The lock was really held: a write from here would have had to wait for it.
        probe = sqlite3.connect(ctx.database.path, isolation_level=None, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            probe.execute("BEGIN IMMEDIATE")
        probe.close()
    finally:
        other.execute("ROLLBACK")
        other.close()
    real = importing.run_import(ctx, path, mapping)
    assert _shown(real) == _shown(dry)


def test_the_dry_run_reports_what_the_real_run_does_with_the_file_s_own_rows(ctx, tmp_path, refs):
    first, second = refs
    add_hostage(ctx, first, "Asha Rao", passport_number="K7777777", date_of_birth="1990-05-01")
    rows = [
        [first, "witness", "Meera Iyer", "", "1985-02-02", "P1111111", "+91 98100 12345", ""],
        [second, "colleague", "Meera Iyer", "", "1985-02-02", "P1111111", "", ""],  # row 4: row 3's person
        [first, "witness", "Meera Iyer", "", "", "P 1111111", "", ""],  # row 5: already in the case
        [second, "witness", "asha  RAO", "", "1990-05-01", "", "", ""],  # row 6: known, on name and birth
        [second, "witness", "Kiran Shetty", "", "1979-07-01", "", "", ""],
        [first, "witness", "Kiran Shetty", "", "01/07/1979", "", "", ""],  # row 8: row 7's, on name and birth
    ]
    path = people_csv(tmp_path / "p.csv", rows=rows)
    mapping = _mapping(path, default_country="IN", date_order="dmy")
    before = _count(ctx, Person)
    dry = importing.dry_run(ctx, path, mapping)
    assert [o.status for o in dry.outcomes] == ["created", "matched", "matched", "matched", "created", "matched"]
    assert dry.outcomes[1].detail == "the person of row 3 on passport number P1111111; added to the case"
    assert dry.outcomes[2].detail == "already in the case, on passport number P1111111"
    assert dry.outcomes[3].detail.startswith("known person #") and "(1990-05-01)" in dry.outcomes[3].detail
    assert dry.outcomes[5].detail == "the person of row 7 on name and date of birth (1979-07-01); added to the case"
    assert _count(ctx, Person) == before
    real = importing.run_import(ctx, path, mapping)
    assert _shown(real) == _shown(dry)
    assert _count(ctx, Person) == before + 2  # Meera and Kiran, once each
    names = {p.person.full_name for p in cases.get_case(ctx, second).participants}
    assert names == {"Meera Iyer", "Asha Rao", "Kiran Shetty"}
    made = [entity for o in real.outcomes for entity, _id in o.made]
    assert made.count("person") == 2 and made.count("participant") == 5


def _contacts_csv(tmp_path, rows):
    header = "case_reference,occurred_at,channel,subject,with,restricted\n"
    path = tmp_path / "contacts.csv"
    path.write_text(header + "".join(",".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_contacts_of_one_file_share_a_new_counterpart_and_a_repeated_row_is_matched(ctx, tmp_path, refs):
    first, second = refs
    path = _contacts_csv(
        tmp_path,
        [
            [first, "2025-07-16 09:00", "phone", "Prefect confirms search", "Prefect | Kayes prefecture", "no"],
            [second, "2025-07-16 10:00", "phone", "Prefect on the road", "prefect | KAYES prefecture", "no"],
            [first, "2025-07-16 09:00", "phone", "prefect confirms  search", "Prefect | Kayes prefecture", "no"],
        ],
    )
    mapping = suggest("contacts", read_table(path).headers)
    dry = importing.dry_run(ctx, path, mapping)
    assert [o.status for o in dry.outcomes] == ["created", "created", "matched"]
    assert dry.outcomes[0].detail == "new counterpart 'Prefect' (Kayes prefecture) (category other)"
    assert dry.outcomes[1].detail == ""  # the same counterpart, made by row 2
    assert dry.outcomes[2].detail == "the contact of row 2 (same case, time and summary)"
    real = importing.run_import(ctx, path, mapping)
    assert _shown(real) == _shown(dry)
    assert _count(ctx, Counterpart) == 1
    [one] = contacts.list_contacts(ctx, first)
    [two] = contacts.list_contacts(ctx, second)
    assert one.counterparts[0].id == two.counterparts[0].id


def _during_the_check(action):
    """A progress callback that runs ``action`` once, as the pass reports its last row: after
    the pass has read the database, before the write."""
    done = []

    def progress(count, total, text):
        if text.startswith("Checking") and count == total and not done:
            done.append(True)
            action()

    return progress


def test_a_person_saved_between_the_check_and_the_write_is_matched_not_duplicated(ctx, make_ctx, tmp_path, refs):
    first, _second = refs
    path = people_csv(tmp_path / "p.csv")
    mapping = _mapping(path, default_country="IN")
    texts = []

    def save_meanwhile():
        add_hostage(ctx, first, "Ravi Kumar Verma", passport_number="Z1234567")

    check = _during_the_check(save_meanwhile)

    def progress(count, total, text):
        texts.append(text)
        check(count, total, text)

    report = importing.run_import(ctx, path, mapping, progress=progress)
    assert [o.status for o in report.outcomes] == ["matched", "created", "created"]
    assert report.outcomes[0].detail == "already in the case, on passport number Z1234567"
    assert _count(ctx, Person, Person.passport_number == "Z1234567") == 1
    # The progress says which phase: the rows are checked, then written.
    assert texts[0] == "Checking row 3 of 3…" and texts[-1] == "Writing row 3 of 3…"


def test_a_row_made_invalid_between_the_check_and_the_write_refuses_the_whole_file(ctx, tmp_path, refs):
    _first, second = refs
    cases.change_status(ctx, second, "closed", reason="Released")
    rows = [PEOPLE_ROWS[1], [second, "witness", "Kiran Shetty", "", "", "", "", ""]]
    path = people_csv(tmp_path / "p.csv", rows=rows)
    mapping = _mapping(path, default_country="IN")
    assert [o.status for o in importing.dry_run(ctx, path, mapping).outcomes] == ["created", "created"]
    persons = _count(ctx, Person)
    progress = _during_the_check(lambda: purge.purge_case(ctx, second, confirm=second))
    with pytest.raises(importing.ImportRefused, match="Nothing was imported: 1 of 2 rows") as info:
        importing.run_import(ctx, path, mapping, progress=progress)
    refused = info.value.report.refused[0]
    assert (refused.row_number, refused.field) == (4, "case_reference") and second in refused.detail
    assert _count(ctx, Person) == persons
    assert "import.run" not in audit_actions(ctx) and "person.add" not in audit_actions(ctx)[-3:]


def test_a_refused_file_takes_no_write_lock(ctx, tmp_path, refs):
    rows = [PEOPLE_ROWS[0], ["BAM-2099-0001", "witness", "Nobody", "", "", "", "", ""]]
    path = people_csv(tmp_path / "p.csv", rows=rows)
    other = sqlite3.connect(ctx.database.path, isolation_level=None, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(importing.ImportRefused, match="row 4: case_reference"):
            importing.run_import(ctx, path, _mapping(path, default_country="IN"))
    finally:
        other.execute("ROLLBACK")
        other.close()


@pytest.mark.postgres
def test_on_postgres_the_file_s_own_rows_and_a_person_saved_meanwhile(pg_database, tmp_path):
    from tests.fixtures_db import add_reference_data

    ctx = add_reference_data(pg_database)
    first = open_case(ctx).reference
    second = open_case(ctx, title="Driver missing on the Kayes road", kind="missing_person").reference
    rows = [
        *PEOPLE_ROWS,
        [second, "colleague", "Suresh Patil", "", "", "Y7654321", "", ""],  # row 6: row 5's person
    ]
    path = people_csv(tmp_path / "p.csv", rows=rows)
    mapping = _mapping(path, default_country="IN")
    dry = importing.dry_run(ctx, path, mapping)
    assert dry.outcomes[3].detail == "the person of row 5 on passport number Y7654321; added to the case"
    progress = _during_the_check(lambda: add_hostage(ctx, first, "Ravi Kumar Verma", passport_number="Z1234567"))
    report = importing.run_import(ctx, path, mapping, progress=progress)
    assert [o.status for o in report.outcomes] == ["matched", "created", "created", "matched"]
    assert _count(ctx, Person, Person.passport_number == "Z1234567") == 1
    assert _count(ctx, Person, Person.passport_number == "Y7654321") == 1
