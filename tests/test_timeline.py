"""The case timeline: what it holds, its order across zones and DST, filters, redaction,
and every export read back with an independent parser and compared event by event."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event as sa_event

from consular import paths
from consular.cli.main import main as cli_main
from consular.db.engine import open_database
from consular.db.migrate import ensure_schema
from consular.domain.errors import ValidationError
from consular.domain.timeline import EXPORT_FIELDS, EventType
from consular.reports import timeline_export
from consular.services import (
    accounts,
    audit,
    cases,
    contacts,
    counterparts,
    documents,
    milestones,
    people,
    reference_data,
    repatriation,
    tasks,
)
from consular.services.contacts import FollowUp
from consular.services.context import ServiceContext, actor_for
from consular.services.timeline import (
    TimelineFilter,
    case_timeline,
    export_timeline,
    parse_types,
)
from tests.demo_data import CASEWORKER, KAYES
from tests.fixtures_db import TEST_PASSWORD
from tests.pdf_helpers import (
    has_joined_forms,
    letters,
    logical_arabic,
    missing_glyphs,
    text_by_font,
)
from tests.service_helpers import someone

PASSPORT = "Z7654321"
PHONE = "+1 212 555 0147"
EMAIL = "ravi.verma@example.org"
DOB = date(1980, 5, 17)
DEVANAGARI_NAME = "सुनीता शर्मा"
ACCENTED_NAME = "Zoë Łukasik"


# --------------------------------------------------------------------------- fixtures


def _context(database, username: str) -> ServiceContext:
    return ServiceContext(database, actor_for(database, username))


@pytest.fixture(scope="module")
def nyc(tmp_path_factory):
    """A case at a New York consulate whose records straddle both 2025 DST changes and were
    typed with different offsets. Returns (ctx, reference, ids) where ids names records."""
    folder = tmp_path_factory.mktemp("timeline")
    database = open_database(folder / "nyc.db")
    ensure_schema(database)
    accounts.init_database(database, "t.admin", TEST_PASSWORD)
    admin = _context(database, "t.admin")
    accounts.add_user(admin, "t.sup", role="supervisor", password=TEST_PASSWORD, display_name="Tara Supervisor")
    reference_data.save_post(
        admin,
        code="NYC",
        name="Consulate General, New York",
        kind="consulate",
        country="US",
        city="New York",
        timezone="America/New_York",
    )
    ctx = _context(database, "t.sup")
    case = cases.open_case(
        ctx,
        post_code="NYC",
        title="Detention of Ravi Verma at JFK",
        kind="wrongful_detention",
        incident_at="2025-03-08T22:00-05:00",
        incident_country="US",
        incident_town="New York",
        classification="confidential",
        reason="Opened after call from family",
    )
    ref = case.reference
    ids: dict[str, int] = {}
    hostage = people.add_person(
        ctx,
        ref,
        role="hostage",
        full_name="Ravi Verma",
        name_native="रवि वर्मा",
        passport_number=PASSPORT,
        date_of_birth=DOB.isoformat(),
        phone=PHONE,
        email=EMAIL,
    )
    ids["person"] = hostage.person.id
    police = counterparts.add_counterpart(ctx, ref, name="Lt. Ann Doyle", category="police", phone="+1 718 555 0199")
    sister = counterparts.add_counterpart(ctx, ref, name=DEVANAGARI_NAME, category="family")
    lawyer = counterparts.add_counterpart(ctx, ref, name=ACCENTED_NAME, category="other")
    ids.update(police=police.id, sister=sister.id, lawyer=lawyer.id)

    def log(key, at, subject, with_ids=(), **kw):
        entry = contacts.log_contact(
            ctx, ref, occurred_at=at, channel="phone", subject=subject, counterpart_ids=list(with_ids), **kw
        )
        ids[key] = entry.id
        return entry

    cases.change_status(ctx, ref, "active", "Detention confirmed", at=datetime(2025, 3, 9, 5, 0, tzinfo=UTC))
    # Spring forward: 2025-03-09 02:00 EST -> 03:00 EDT.
    log("c1", "2025-03-09T01:30-05:00", "Before the clocks went forward", [police.id])
    log("c2", "2025-03-09T03:15-04:00", "After the clocks went forward", [police.id])
    log("c3", "2025-03-09T12:00+05:30", "Same instant as c1, typed in India time", [sister.id])
    m = milestones.add_milestone(
        ctx,
        ref,
        kind="public_statement",
        occurred_at="2025-03-09T06:30:00Z",
        title="Statement at the same instant as c1",
    )
    ids["m_same"] = m.id
    log(
        "c7",
        "2025-04-01T10:00",
        "Identifiers in the notes",
        [lawyer.id],
        notes=f"Passport {PASSPORT}; call him on (212) 555-0147 or write to {EMAIL}. "
        "DOB 17/05/1980. His brother is on +91 98480 12345.",
    )
    log(
        "c8",
        "2025-04-02T10:00",
        "Restricted call with an intermediary",
        [police.id],
        restricted=True,
        notes="Source protection applies.",
        follow_up=FollowUp("Check the intermediary", None, "2025-04-05T10:00"),
    )
    m2 = milestones.add_milestone(
        ctx, ref, kind="demand", occurred_at="2025-04-03T09:00", title="Restricted demand", restricted=True
    )
    ids["m_restricted"] = m2.id
    # Fall back: 2025-11-02 02:00 EDT -> 01:00 EST; 01:00-02:00 happens twice.
    log("c0", "2025-11-01T23:30-04:00", "Evening before the clocks went back", [sister.id])
    log("c4", "2025-11-02T01:30-04:00", "First 01:30 (EDT)", [police.id])
    log("c5", "2025-11-02T01:10-05:00", "Second 01:10 (EST)", [police.id])
    log("c6", "2025-11-02T06:00:00+00:00", "01:00 EST typed in UTC", [lawyer.id])
    people.change_hostage_status(
        ctx,
        ref,
        hostage.person.id,
        "released",
        effective_at="2025-11-20T15:00-05:00",
        note="Released at the airport",
        source="Airport police",
        confirm_name=hostage.person.full_name,
    )
    done = tasks.add_task(ctx, ref, title="Send note to the authorities", due_at="2025-03-12T17:00")
    tasks.complete_task(ctx, done.id, note="Sent", at=datetime(2025, 3, 11, 15, 0, tzinfo=UTC))
    open_task = tasks.add_task(
        ctx, ref, title="Call the family weekly", due_at="2025-12-01T12:00", priority="high", assignee="t.sup"
    )
    ids.update(task_done=done.id, task_open=open_task.id)
    d1 = documents.attach_document(
        ctx, ref, file_name="note-verbale.pdf", data=b"%PDF-1.4 test", description="Copy of the note"
    )
    d2 = documents.attach_document(ctx, ref, file_name="source-report.txt", data=b"secret", restricted=True)
    ids.update(doc=d1.id, doc_restricted=d2.id)
    return ctx, ref, ids


@pytest.fixture
def demo(demo_db):
    """The demo database (the Kayes case and others; ``demo_db`` is in fixtures_db.py)."""
    return _context(demo_db, CASEWORKER), KAYES


# --------------------------------------------------------------------------- the read model


def test_every_source_becomes_an_event(nyc):
    ctx, ref, ids = nyc
    timeline = case_timeline(ctx, ref, TimelineFilter(include_restricted=True))
    by_id = {e.id: e for e in timeline.events}
    # Demands, detention records, repatriation, family updates, case links and liaison officers
    # have their own tests (test_demands.py, test_detention_outputs.py, test_repatriation.py,
    # test_family_updates.py, test_demo_links.py, test_officer_since.py).
    detention = {EventType.CHARGE, EventType.HEARING, EventType.CONSULAR_VISIT, EventType.NOTE_VERBALE}
    others = {EventType.DEMAND, EventType.REPATRIATION, EventType.FAMILY_UPDATE, EventType.CASE_LINK}
    others |= {EventType.OFFICER_CHANGE}
    assert {e.type for e in timeline.events} == set(EventType) - others - detention
    assert by_id[f"contact:{ids['c1']}"].people == ("Lt. Ann Doyle",)
    assert by_id[f"contact:{ids['c1']}"].source.entity == "contact"
    assert by_id[f"task-done:{ids['task_done']}"].source == by_id[f"task:{ids['task_done']}"].source
    assert by_id[f"task-done:{ids['task_done']}"].at == datetime(2025, 3, 11, 15, 0, tzinfo=UTC)
    incident = timeline.events[0]
    assert incident.type is EventType.INCIDENT and incident.people == ("Ravi Verma",)
    assert incident.at == datetime(2025, 3, 9, 3, 0, tzinfo=UTC)
    released = [e for e in timeline.events if e.type is EventType.HOSTAGE_STATUS][-1]
    assert released.title == "Ravi Verma: released"
    assert all(e.recorded_by for e in timeline.events)
    assert len({e.id for e in timeline.events}) == len(timeline.events)
    # Days in captivity: one span from the incident to the release.
    (span,) = timeline.case.captivity
    assert span.end == datetime(2025, 11, 20, 20, 0, tzinfo=UTC) and span.status == "released"


def test_order_is_by_instant_across_offsets_and_dst(nyc):
    ctx, ref, ids = nyc
    events = case_timeline(ctx, ref, TimelineFilter(include_restricted=True)).events
    assert [e.at for e in events] == sorted(e.at for e in events)
    order = [e.id for e in events]
    pos = {name: order.index(f"contact:{ids[name]}") for name in ("c0", "c1", "c2", "c3", "c4", "c5", "c6")}
    milestone = order.index(f"milestone:{ids['m_same']}")
    # Spring: c1 (06:30Z) and c3 (the same instant, typed +05:30) before c2 (07:15Z); at the
    # same instant a milestone ranks before contacts, and contacts follow their ids.
    assert milestone < pos["c1"] < pos["c3"] < pos["c2"]
    # Autumn: local wall clock says 01:30, 01:10, 01:00; the instants say c4, c6, c5.
    assert pos["c0"] < pos["c4"] < pos["c6"] < pos["c5"]
    local = {name: events[pos[name]].local_time for name in pos}
    assert local["c1"].isoformat() == "2025-03-09T01:30:00-05:00"
    assert local["c2"].isoformat() == "2025-03-09T03:15:00-04:00"
    assert local["c3"].isoformat() == "2025-03-09T01:30:00-05:00"
    assert local["c4"].isoformat() == "2025-11-02T01:30:00-04:00"
    assert local["c5"].isoformat() == "2025-11-02T01:10:00-05:00"
    assert local["c6"].isoformat() == "2025-11-02T01:00:00-05:00"
    assert all(e.at.utcoffset() == timedelta(0) for e in events)


def test_day_filters_are_days_in_the_case_zone(nyc):
    ctx, ref, ids = nyc
    nov2 = case_timeline(ctx, ref, TimelineFilter(start=date(2025, 11, 2), end=date(2025, 11, 2)))
    assert [e.id for e in nov2.events] == [f"contact:{ids[k]}" for k in ("c4", "c6", "c5")]
    # Nov 1 23:30 EDT is 03:30 UTC on Nov 2, but it belongs to Nov 1 in New York.
    nov1 = case_timeline(ctx, ref, TimelineFilter(start="2025-11-01", end="2025-11-01"))
    assert [e.id for e in nov1.events] == [f"contact:{ids['c0']}"]
    # A date and time without offset is read in the case's zone; `end` is then exclusive.
    part = case_timeline(ctx, ref, TimelineFilter(start="2025-11-02T01:00", end="2025-11-02T06:00:00+00:00"))
    assert [e.id for e in part.events] == [f"contact:{ids['c4']}"]


def test_restricted_are_placeholders_by_default_and_included_when_asked(nyc):
    ctx, ref, ids = nyc
    default = case_timeline(ctx, ref)
    full = case_timeline(ctx, ref, TimelineFilter(include_restricted=True))
    restricted = {e.id for e in full.events if e.restricted}
    assert restricted == {
        f"contact:{ids['c8']}",
        f"milestone:{ids['m_restricted']}",
        f"document:{ids['doc_restricted']}",
        # the follow-up raised by the restricted contact is restricted too
        *(e.id for e in full.events if e.type is EventType.TASK and "intermediary" in e.title),
    }
    assert len(restricted) == 4
    # Not asked for: each restricted entry is still there, as its time, type and "Restricted".
    assert [e.id for e in default.events] == [e.id for e in full.events]
    by_id = {e.id: e for e in full.events}
    placeholders = [e for e in default.events if e.restricted]
    assert {e.id for e in placeholders} == restricted
    for e in placeholders:
        assert (e.title, e.detail, e.people, e.recorded_by, e.subtype, e.todo) == (
            "Restricted",
            "",
            (),
            None,
            None,
            None,
        )
        assert (e.at, e.type, e.source) == (by_id[e.id].at, by_id[e.id].type, by_id[e.id].source)
        assert by_id[e.id].title != "Restricted"
    redacted = case_timeline(ctx, ref, TimelineFilter(include_restricted=True, redact=True))
    assert {e.title for e in redacted.events if e.restricted} == {"Restricted"}
    assert not redacted.scope.include_restricted and redacted.scope.redacted


def test_redaction_masks_identifiers_and_keeps_the_story(nyc):
    ctx, ref, ids = nyc
    plain = case_timeline(ctx, ref)
    redacted = case_timeline(ctx, ref, TimelineFilter(redact=True))
    plain_text = json.dumps([timeline_export.event_record(e) for e in plain.events], ensure_ascii=False)
    text = json.dumps([timeline_export.event_record(e) for e in redacted.events], ensure_ascii=False)
    for secret in (PASSPORT, EMAIL, "555-0147", "98480 12345", "17/05/1980"):
        assert secret in plain_text
        assert secret not in text
    assert "redacted]" in text
    assert [e.id for e in redacted.events] == [e.id for e in plain.events]
    c7 = next(e for e in redacted.events if e.id == f"contact:{ids['c7']}")
    assert c7.title == "Identifiers in the notes" and c7.people == (ACCENTED_NAME,)
    # Times and case references survive.
    assert "2025-" in text and ref in json.dumps(redacted.case.reference)


def test_filters_by_type_and_people(nyc):
    ctx, ref, ids = nyc
    only = case_timeline(ctx, ref, TimelineFilter(types=parse_types("milestone, task-done")))
    assert {e.type for e in only.events} == {EventType.MILESTONE, EventType.TASK_DONE}
    by_name = case_timeline(ctx, ref, TimelineFilter(names=("शर्मा",)))
    assert [e.id for e in by_name.events] == [f"contact:{ids['c3']}", f"contact:{ids['c0']}"]
    by_counterpart = case_timeline(ctx, ref, TimelineFilter(counterpart_ids={ids["lawyer"]}))
    assert [e.id for e in by_counterpart.events] == [f"contact:{ids['c7']}", f"contact:{ids['c6']}"]
    by_person = case_timeline(ctx, ref, TimelineFilter(person_ids={ids["person"]}))
    assert {e.type for e in by_person.events} == {EventType.INCIDENT, EventType.HOSTAGE_STATUS}


def test_bad_filters_say_what_is_wrong(nyc):
    ctx, ref, _ids = nyc
    with pytest.raises(ValidationError, match="after the end"):
        case_timeline(ctx, ref, TimelineFilter(start="2025-06-01", end="2025-05-01"))
    with pytest.raises(ValidationError, match="task-done") as err:
        parse_types("contact,meeting")
    assert "'meeting'" in str(err.value) and err.value.field == "types"
    with pytest.raises(ValidationError):
        case_timeline(ctx, ref, TimelineFilter(start=datetime(2025, 1, 1)))  # naive


def _statements(database, fn) -> int:
    """How many SQL statements ``fn()`` sends."""
    seen: list[str] = []

    def listener(_conn, _cursor, statement, *_args):
        seen.append(statement)

    sa_event.listen(database.engine, "before_cursor_execute", listener)
    try:
        fn()
    finally:
        sa_event.remove(database.engine, "before_cursor_execute", listener)
    return len(seen)


def test_queries_do_not_grow_with_the_number_of_contacts(nyc, tmp_path):
    """No N+1: the statements issued are the same for 3 contacts and for 23 (any growth
    per contact would show between any two sizes; more contacts only cost time)."""
    ctx, ref, _ids = nyc
    # About one statement per kind of record (each assembler reads its own rows in one query).
    kinds = len(EventType)
    assert (
        _statements(ctx.database, lambda: case_timeline(ctx, ref, TimelineFilter(include_restricted=True))) < kinds + 15
    )
    database = open_database(tmp_path / "many.db")
    ensure_schema(database)
    accounts.init_database(database, "t.admin", TEST_PASSWORD)
    many = _context(database, "t.admin")
    reference_data.save_post(
        many, code="NYC", name="NY", kind="consulate", country="US", city="New York", timezone="America/New_York"
    )
    case = cases.open_case(
        many,
        post_code="NYC",
        title="Many contacts",
        kind="other",
        incident_at="2025-01-01T00:00Z",
        incident_country="US",
    )
    partner = counterparts.add_counterpart(many, case.reference, name="P", category="police")
    other = counterparts.add_counterpart(many, case.reference, name="Q", category="police")
    counts = []
    for n in (3, 20):
        for i in range(n):
            contacts.log_contact(
                many,
                case.reference,
                occurred_at=f"2025-02-01T{i % 24:02d}:00Z",
                channel="phone",
                subject=f"Call {i}",
                counterpart_ids=[partner.id, other.id],
                staff_present=["t.admin"],
            )
        timelines = []
        counts.append(_statements(database, lambda out=timelines: out.append(case_timeline(many, case.reference))))
        (timeline,) = timelines
        assert all(e.people == ("P", "Q") for e in timeline.events if e.type is EventType.CONTACT)
    assert counts[0] == counts[1]


# --------------------------------------------------------------------------- exports, read back


def _records(timeline) -> list[dict]:
    return [timeline_export.event_record(e) for e in timeline.events]


def _uncell(text: str) -> str:
    # The CSV writer guards cells that a spreadsheet would run as a formula.
    return text[1:] if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@") else text


def read_csv(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 BOM for spreadsheet programs"
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        assert header == list(timeline_export.CSV_FIELDS)
        rows = []
        for row in reader:
            record = dict(zip(header, row, strict=True))
            record.pop("chain_head")  # the same on every row: tests/test_output_anchors.py
            for key in ("title", "detail", "people", "recorded_by"):
                record[key] = _uncell(record[key])
            record["people"] = record["people"].split("; ") if record["people"] else []
            record["restricted"] = {"true": True, "false": False}[record["restricted"]]
            record["shareable"] = {"true": True, "false": False}[record["shareable"]]
            record["recorded_by"] = record["recorded_by"] or None
            rows.append(record)
    return rows


def read_json(path: Path) -> list[dict]:
    import jsonschema

    document = json.loads(path.read_text(encoding="utf-8"))
    schema = json.loads((paths.resources_dir() / "schemas" / "timeline.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
    assert document["export"]["event_count"] == len(document["events"])
    rows = []
    for event in document["events"]:
        event = dict(event)
        event["source"] = f"{event['source']['entity']}:{event['source']['id']}"
        rows.append(event)
    return rows


def read_ics(path: Path) -> list[dict]:
    import icalendar

    raw = path.read_bytes()
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75, line
        line.decode("utf-8")  # folding never splits a character
    calendar = icalendar.Calendar.from_ical(raw)
    assert str(calendar["VERSION"]) == "2.0" and calendar.get("PRODID")
    rows = []
    for component in calendar.walk("VEVENT"):
        assert component.get("DTSTAMP") is not None
        assert str(component["UID"]).startswith(str(component["X-CONSULAR-ID"]) + ".")
        people = str(component.get("X-CONSULAR-PEOPLE", ""))
        rows.append(
            {
                "id": str(component["X-CONSULAR-ID"]),
                "at": component.decoded("DTSTART").isoformat(),
                "local_time": str(component["X-CONSULAR-LOCAL-TIME"]),
                "type": str(component["CATEGORIES"].cats[0]),
                "title": str(component["SUMMARY"]),
                "detail": str(component.get("DESCRIPTION", "")),
                "people": people.split("; ") if people else [],
                "recorded_by": str(component["X-CONSULAR-RECORDED-BY"])
                if "X-CONSULAR-RECORDED-BY" in component
                else None,
                "restricted": str(component["X-CONSULAR-RESTRICTED"]) == "TRUE",
                "source": str(component["X-CONSULAR-SOURCE"]),
                "shareable": str(component["X-CONSULAR-SHAREABLE"]) == "TRUE",
            }
        )
        # The cases of these tests are CONFIDENTIAL: no event of theirs is PUBLIC.
        assert str(component["CLASS"]) == "CONFIDENTIAL"
    return rows


def read_xlsx(path: Path) -> list[dict]:
    import openpyxl

    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Timeline", "About"]
    sheet = workbook["Timeline"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:K")
    assert sheet.column_dimensions["F"].width >= 60 and sheet.column_dimensions["B"].width >= 20
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == list(EXPORT_FIELDS)
    out = []
    for number, row in enumerate(rows[1:], 2):
        record = dict(zip(EXPORT_FIELDS, row, strict=True))
        assert isinstance(record["at"], datetime) and isinstance(record["local_time"], datetime)
        fmt = sheet.cell(number, 3).number_format
        offset = re.search(r'"([+-]\d\d:\d\d)"', fmt).group(1)
        record["at"] = record["at"].replace(tzinfo=UTC).isoformat()
        record["local_time"] = record["local_time"].isoformat() + offset
        record["people"] = record["people"].split("; ") if record["people"] else []
        record["detail"] = record["detail"] or ""
        record["recorded_by"] = record["recorded_by"] or None
        out.append(record)
    return out


def read_pdf(path: Path, timeline) -> list[dict]:
    """The PDF is for people: check what a reader sees on each page, and that every event
    id appears once, in order."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    pages = [page.extract_text() for page in reader.pages]
    total = len(pages)
    marking = timeline.case.classification
    for number, text in enumerate(pages, 1):
        assert f"Page {number} of {total}" in text
        assert text.count(marking) >= 2, f"classification marking top and bottom of page {number}"
    text = "\n".join(pages)
    # Long lines wrap; join the wrapped ids back ("task-" / "done:7").
    flat = re.sub(r"\s+", " ", text)
    found = [m.group(1) for m in re.finditer(r"\bid ((?:[a-z]+-)*[a-z]+:\d+)\b", flat)]
    by_id = {e.id: e for e in timeline.events}
    rows = []
    for event_id in found:
        event = by_id[event_id]
        rows.append(timeline_export.event_record(event))
    return rows


READERS = {"csv": read_csv, "json": read_json, "ics": read_ics, "xlsx": read_xlsx}


@pytest.mark.parametrize("fmt", timeline_export.FORMATS)
@pytest.mark.parametrize("variant", ["default", "restricted", "redacted"])
def test_export_round_trip_matches_the_service(nyc, tmp_path, fmt, variant):
    ctx, ref, _ids = nyc
    flt = TimelineFilter(include_restricted=variant == "restricted", redact=variant == "redacted")
    path = tmp_path / f"timeline.{fmt}"
    timeline = export_timeline(ctx, ref, fmt, path, flt)
    expected = _records(case_timeline(ctx, ref, flt))
    assert expected == _records(timeline)
    got = read_pdf(path, timeline) if fmt == "pdf" else READERS[fmt](path)
    assert [r["id"] for r in got] == [r["id"] for r in expected]
    if fmt != "pdf":
        assert got == expected
    assert any(r["restricted"] for r in got)
    # Not asked for (or redacted): restricted entries are placeholders.
    assert all(r["title"] == "Restricted" for r in got if r["restricted"]) == (variant != "restricted")
    if variant == "redacted":
        raw = path.read_bytes()
        assert PASSPORT.encode() not in raw and EMAIL.encode() not in raw
    assert [name for name in os.listdir(tmp_path) if name != path.name] == []  # no temporary left


@pytest.mark.parametrize("fmt", timeline_export.FORMATS)
def test_demo_case_exports_hold_the_same_events_in_the_same_order(demo, tmp_path, fmt):
    ctx, ref = demo
    timeline = case_timeline(ctx, ref, TimelineFilter(include_restricted=True))
    assert len(timeline.events) > 50
    path = timeline_export.write(fmt, timeline, tmp_path / f"kayes.{fmt}")
    got = read_pdf(path, timeline) if fmt == "pdf" else READERS[fmt](path)
    assert [r["id"] for r in got] == [e.id for e in timeline.events]
    if fmt != "pdf":
        assert got == _records(timeline)


def test_csv_and_xlsx_keep_non_latin_names(nyc, tmp_path):
    ctx, ref, _ids = nyc
    timeline = case_timeline(ctx, ref)
    timeline_export.write_csv(timeline, tmp_path / "t.csv")
    timeline_export.write_xlsx(timeline, tmp_path / "t.xlsx")
    timeline_export.write_pdf(timeline, tmp_path / "t.pdf")
    assert DEVANAGARI_NAME in (tmp_path / "t.csv").read_text(encoding="utf-8-sig")
    people = [r["people"] for r in read_xlsx(tmp_path / "t.xlsx")]
    assert [DEVANAGARI_NAME] in people and [ACCENTED_NAME] in people
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "t.pdf").pages)
    assert ACCENTED_NAME in text
    assert "Detention of Ravi Verma at JFK" in text and "CONFIDENTIAL" in text


def test_xlsx_writes_text_shaped_like_its_own_markup_as_text(demo, tmp_path):
    """xlsxwriter's constant-memory mode copies a string that starts with "<r>" and ends with
    "</r>" into the sheet's XML unescaped. A note of that shape must read back as the same text,
    with no cell added, not as markup."""
    import zipfile

    ctx, ref = demo
    injected = '<r>x</t></is></c><c r="Z9" t="inlineStr"><is><t>planted</r>'
    kin = counterparts.add_counterpart(ctx, ref, name="Sunita Rao", category="family")
    contacts.log_contact(
        ctx,
        ref,
        occurred_at="2025-07-24T09:00",
        channel="phone",
        counterpart_ids=[kin.id],
        subject=injected,
        notes=injected,
    )
    timeline = case_timeline(ctx, ref)
    timeline_export.write_xlsx(timeline, tmp_path / "t.xlsx")
    got = read_xlsx(tmp_path / "t.xlsx")
    assert got == _records(timeline)
    assert [r["title"] for r in got].count(injected) == 1
    sheet_xml = zipfile.ZipFile(tmp_path / "t.xlsx").read("xl/worksheets/sheet1.xml").decode()
    assert '<c r="Z9"' not in sheet_xml


def test_pdf_prints_names_in_telugu_odia_and_urdu(demo, tmp_path):
    from pypdf import PdfReader

    ctx, ref = demo
    odia = "ସୁବ୍ରତ ମହାନ୍ତି"
    telugu = "గడ్డం లక్ష్మి"
    urdu = "شبنم شیخ"
    kin = counterparts.add_counterpart(ctx, ref, name=odia, category="family")
    contacts.log_contact(
        ctx,
        ref,
        occurred_at="2025-07-24T09:00",
        channel="phone",
        counterpart_ids=[kin.id],
        subject=f"Call with Lakshmi Gaddam ({telugu})",
        notes=f"Her neighbour Shabnam Shaikh ({urdu}) was with her.",
    )
    timeline = case_timeline(ctx, ref, TimelineFilter(start="2025-07-24", end="2025-07-24"))
    timeline_export.write_pdf(timeline, tmp_path / "t.pdf")

    reader = PdfReader(tmp_path / "t.pdf")
    text = " ".join(page.extract_text() for page in reader.pages)
    drawn: dict[str, str] = {}
    for page in reader.pages:
        for font, chunk in text_by_font(page).items():
            drawn[font] = drawn.get(font, "") + chunk
    assert "Call with Lakshmi Gaddam" in text and "Shabnam Shaikh" in text
    # Shaped Indic text does not extract as typed (tests/pdf_helpers.py): the title's Telugu
    # and the people line's Odia are checked by the letters their fonts drew.
    for name, font in ((telugu, "NotoSansTelugu"), (odia, "NotoSansOriya")):
        in_font = letters(drawn.get(f"{font}-Bold", "") + drawn.get(f"{font}-Regular", ""))
        assert {word[0] for word in name.split()} <= in_font <= letters(name), font
    # Urdu is joined and reads right to left (drawn left to right, pypdf would give the words
    # of the name in the reverse order).
    assert has_joined_forms(text) and urdu in logical_arabic(text)


def test_pdf_marks_scripts_without_a_font_instead_of_printing_boxes(demo, tmp_path):
    from pypdf import PdfReader

    ctx, ref = demo
    hebrew = "דוד לוי"
    chinese = "王伟"
    contacts.log_contact(
        ctx,
        ref,
        counterpart_ids=someone(ctx, ref),
        occurred_at="2025-07-24T09:00",
        channel="phone",
        subject=f"Call with David Levi ({hebrew}) and Wang Wei ({chinese})",
        notes=f"Wang Wei ({chinese}) called back.",
    )
    timeline = case_timeline(ctx, ref, TimelineFilter(start="2025-07-24", end="2025-07-24"))
    timeline_export.write_pdf(timeline, tmp_path / "t.pdf")

    reader = PdfReader(tmp_path / "t.pdf")
    text = " ".join(page.extract_text() for page in reader.pages)
    # The same markers as the status brief (both go through consular.reports.fonts).
    assert "Call with David Levi ([Hebrew script]) and Wang Wei ([Chinese/Japanese script])" in text
    assert "Wang Wei ([Chinese/Japanese script]) called back." in text
    assert not letters(hebrew + chinese) & set(text)
    assert [missing_glyphs(page) for page in reader.pages] == [{} for _ in reader.pages]


def test_ics_has_open_tasks_as_todos_and_stable_uids(nyc, tmp_path):
    import icalendar

    ctx, ref, ids = nyc
    first = export_timeline(ctx, ref, "ics", tmp_path / "a.ics")
    export_timeline(ctx, ref, "ics", tmp_path / "b.ics")
    calendars = [icalendar.Calendar.from_ical((tmp_path / n).read_bytes()) for n in ("a.ics", "b.ics")]
    uids = [[str(c["UID"]) for c in cal.walk("VEVENT")] for cal in calendars]
    assert uids[0] == uids[1] and len(set(uids[0])) == len(first.events)
    todos = calendars[0].walk("VTODO")
    # The release opened the repatriation checklist: its nine items are open tasks too.
    [checklist] = repatriation.checklists(ctx, ref)
    todo_ids = {str(t["X-CONSULAR-ID"]) for t in todos}
    assert todo_ids == {f"task:{ids['task_open']}"} | {f"task:{i.task_id}" for i in checklist.items}
    todo = next(t for t in todos if str(t["X-CONSULAR-ID"]) == f"task:{ids['task_open']}")
    assert todo.decoded("DUE") == datetime(2025, 12, 1, 17, 0, tzinfo=UTC)  # 12:00 EST
    assert str(todo["STATUS"]) == "NEEDS-ACTION" and int(todo["PRIORITY"]) == 3
    assert str(todo["RELATED-TO"]) in uids[0]
    milestones_ = [c for c in calendars[0].walk("VEVENT") if c["CATEGORIES"].cats == ["milestone"]]
    assert len(milestones_) == sum(1 for e in first.events if e.type is EventType.MILESTONE) >= 1


def test_progress_is_reported_and_a_cancelled_export_leaves_the_old_file(nyc, tmp_path):
    ctx, ref, _ids = nyc
    timeline = case_timeline(ctx, ref, TimelineFilter(include_restricted=True))
    for fmt in timeline_export.FORMATS:
        calls: list[tuple[int, int]] = []

        def record(done, total, calls=calls):
            calls.append((done, total))

        timeline_export.write(fmt, timeline, tmp_path / f"t.{fmt}", progress=record)
        assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1] > 0, fmt
        assert [d for d, _t in calls] == sorted(d for d, _t in calls), fmt

        target = tmp_path / f"t.{fmt}"
        before = target.read_bytes()

        def cancel(done, total):
            if done > 2:
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            timeline_export.write(fmt, timeline, target, progress=cancel)
        assert target.read_bytes() == before
        assert not [p for p in os.listdir(tmp_path) if p.endswith(".part")]


def test_unknown_format_and_missing_folder(nyc, tmp_path):
    ctx, ref, _ids = nyc
    with pytest.raises(ValidationError, match="csv, json, ics, pdf, xlsx"):
        export_timeline(ctx, ref, "docx", tmp_path / "t.docx")
    with pytest.raises(ValidationError, match="does not exist"):
        export_timeline(ctx, ref, "csv", tmp_path / "nope" / "t.csv")


def test_export_is_audited(nyc, tmp_path):
    ctx, ref, _ids = nyc
    export_timeline(ctx, ref, "csv", tmp_path / "audited.csv", TimelineFilter(redact=True))
    entry = next(a for a in audit.audit_trail(ctx, ref) if a.action == "timeline.export")
    assert entry.after["file"] == "audited.csv" and entry.after["redacted"] is True


# --------------------------------------------------------------------------- CLI


@pytest.fixture(autouse=True)
def signed_in(password_file, monkeypatch):
    """Every CLI call here signs in with the test accounts' password from a 0600 file."""
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(password_file))


def _cli(nyc, *args) -> int:
    ctx, _ref, _ids = nyc
    return cli_main(["--db", str(ctx.database.path), "--user", "t.sup", "export", "timeline", *args])


def test_cli_writes_each_format(nyc, tmp_path, capsys, signed_in):
    _ctx, ref, ids = nyc
    out = tmp_path / "cli.json"
    code = _cli(nyc, ref, "-o", str(out), "--types", "contact", "--from", "2025-11-02", "--to", "2025-11-02")
    assert code == 0
    assert "Wrote 3 events" in capsys.readouterr().err
    assert [e["id"] for e in json.loads(out.read_text())["events"]] == [f"contact:{ids[k]}" for k in ("c4", "c6", "c5")]
    assert _cli(nyc, ref, "--format", "xlsx", "-o", str(tmp_path / "x.bin"), "--include-restricted") == 0
    assert _cli(nyc, ref, "-o", str(tmp_path / "r.csv"), "--redact", "--people", "Zoë") == 0
    rows = read_csv(tmp_path / "r.csv")
    assert len(rows) == 2 and PASSPORT not in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--types", "contact,meeting"], "'meeting' is not a timeline event type; use one of: incident, case-status"),
        (["--from", "2025-07-10", "--to", "2025-07-01"], "is after the end"),
        (["--from", "10/07/2025"], "(--from)"),
        (["--format", "docx"], "'docx' is not an export format; use one of: csv, json, ics, pdf, xlsx"),
        (["--include-restricted", "--redact"], "--redact always leaves restricted entries out"),
    ],
)
def test_cli_errors_are_one_clear_sentence(nyc, tmp_path, capsys, args, message, signed_in):
    _ctx, ref, _ids = nyc
    code = _cli(nyc, ref, "-o", str(tmp_path / "t.csv"), *args)
    err = capsys.readouterr().err
    assert code == 2 and message in err and "Traceback" not in err
    assert not (tmp_path / "t.csv").exists()


def test_cli_needs_a_format_it_can_tell(nyc, tmp_path, capsys, signed_in):
    _ctx, ref, _ids = nyc
    assert _cli(nyc, ref, "-o", str(tmp_path / "t.txt")) == 2
    assert "--format" in capsys.readouterr().err
    assert _cli(nyc, "NOPE-2025-0001", "-o", str(tmp_path / "t.csv")) == 2
    assert "no case 'NOPE-2025-0001'" in capsys.readouterr().err


# --------------------------------------------------------------------------- issue 9: exports


def test_ics_events_last_their_duration_and_carry_the_case_marking(demo, nyc, tmp_path):
    import icalendar

    ctx, ref = demo
    entry = contacts.log_contact(
        ctx,
        ref,
        counterpart_ids=someone(ctx, ref),
        occurred_at="2025-07-24T09:00",
        channel="in_person",
        subject="Meeting at the ministry",
        duration_minutes=95,
    )
    export_timeline(ctx, ref, "ics", tmp_path / "demo.ics", TimelineFilter(start="2025-07-24", end="2025-07-24"))
    calendar = icalendar.Calendar.from_ical((tmp_path / "demo.ics").read_bytes())
    events = {str(e["X-CONSULAR-ID"]): e for e in calendar.walk("VEVENT")}
    meeting = events[f"contact:{entry.id}"]
    assert meeting.decoded("DTEND") - meeting.decoded("DTSTART") == timedelta(minutes=95)
    for event in events.values():
        assert event.decoded("DTEND") > event.decoded("DTSTART"), str(event["X-CONSULAR-ID"])

    # The New York case is CONFIDENTIAL: none of its events, restricted or not, is PUBLIC.
    nyc_ctx, nyc_ref, _ids = nyc
    export_timeline(nyc_ctx, nyc_ref, "ics", tmp_path / "nyc.ics", TimelineFilter(include_restricted=True))
    calendar = icalendar.Calendar.from_ical((tmp_path / "nyc.ics").read_bytes())
    components = calendar.walk("VEVENT") + calendar.walk("VTODO")
    assert {str(c["CLASS"]) for c in components} == {"CONFIDENTIAL"}
    assert any(str(c["X-CONSULAR-RESTRICTED"]) == "FALSE" for c in components)
    contact_events = [c for c in calendar.walk("VEVENT") if c["CATEGORIES"].cats == ["contact"]]
    assert contact_events and all(
        c.decoded("DTEND") - c.decoded("DTSTART") == timedelta(minutes=timeline_export.ICS_DEFAULT_MINUTES)
        for c in contact_events
    )


def test_ics_class_follows_the_marking():
    assert timeline_export.ics_class("UNCLASSIFIED", False) == "PRIVATE"
    assert timeline_export.ics_class("UNCLASSIFIED", True) == "CONFIDENTIAL"
    for marking in ("RESTRICTED", "CONFIDENTIAL", "SECRET"):
        assert timeline_export.ics_class(marking, False) == "CONFIDENTIAL"


def test_redacted_export_keeps_task_due_dates_and_masks_phones(nyc, tmp_path):
    ctx, ref, ids = nyc
    export_timeline(ctx, ref, "csv", tmp_path / "r.csv", TimelineFilter(redact=True))
    rows = {row["id"]: row for row in read_csv(tmp_path / "r.csv")}
    task = rows[f"task:{ids['task_open']}"]
    assert "Due 2025-12-01 12:00 EST" in task["detail"]
    assert "[phone redacted]" not in task["detail"]
    notes = rows[f"contact:{ids['c7']}"]["detail"]
    assert "555-0147" not in notes and "98480" not in notes and notes.count("[phone redacted]") == 2
    for row in rows.values():
        assert row["at"] and "redacted" not in row["at"] and "redacted" not in row["local_time"]


def test_an_export_matching_nothing_never_replaces_a_file(nyc, tmp_path, capsys):
    _ctx, ref, _ids = nyc
    out = tmp_path / "t.csv"
    out.write_text("yesterday's export\n")
    code = _cli(nyc, ref, "-o", str(out), "--people", "nobody")
    err = capsys.readouterr().err
    assert code != 0 and "No events of" in err and "left as it was" in err and "Traceback" not in err
    assert out.read_text() == "yesterday's export\n"
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".part")]
    # Asked for explicitly, it is written, with a warning.
    assert _cli(nyc, ref, "-o", str(out), "--people", "nobody", "--allow-empty") == 0
    assert "Warning: no event matched" in capsys.readouterr().err
    assert read_csv(out) == []


class _FullDisk:
    """A file whose writes fail with ENOSPC once ``room`` bytes have been written: the disk
    filling up, injected where output meets the OS (reports.output_file.open_output)."""

    def __init__(self, handle, room: int):
        self._handle = handle
        self._room = room

    def write(self, data):
        if len(data) > self._room:
            import errno

            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(data)
        return self._handle.write(data)

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._handle.close()


def _fill_disk(monkeypatch, room: int = 2000) -> None:
    from consular.reports import output_file

    real = output_file.open_output
    monkeypatch.setattr(output_file, "open_output", lambda path: _FullDisk(real(path), room))


@pytest.mark.parametrize("fmt", timeline_export.FORMATS)
def test_an_export_on_a_full_disk_is_one_line_and_leaves_nothing(nyc, tmp_path, capsys, monkeypatch, fmt):
    ctx, ref, _ids = nyc
    out = tmp_path / f"t.{fmt}"
    before = len(audit.audit_trail(ctx, ref, limit=1000))
    _fill_disk(monkeypatch)
    code = _cli(nyc, ref, "-o", str(out), "--include-restricted")
    err = capsys.readouterr().err
    assert code != 0
    assert err.strip() == f"consular: The disk is full; '{out.name}' was not written. Free some space and try again."
    assert os.listdir(tmp_path) == []
    # No export recorded, and the failure is.
    trail = audit.audit_trail(ctx, ref, limit=1000)
    assert len(trail) == before + 1 and trail[0].action == "timeline.export.failed"
    assert "disk is full" in trail[0].after["reason"]


def test_xlsx_export_on_a_real_full_disk(nyc, tmp_path, capsys):
    """The same on a real, full file system (a 64 KiB tmpfs; needs root to mount)."""
    import subprocess

    _ctx, ref, _ids = nyc
    folder = tmp_path / "small"
    folder.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)]).returncode:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        # Fill it to the last block.
        with open(folder / "filler", "wb", buffering=0) as filler, contextlib.suppress(OSError):
            while True:
                filler.write(b"x" * 1024)
        out = folder / "t.xlsx"
        code = _cli(nyc, ref, "-o", str(out), "--include-restricted")
        err = capsys.readouterr().err
        assert code != 0 and err.count("\n") == 1 and "The disk is full" in err, err
        assert os.listdir(folder) == ["filler"]
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=True)  # even if a handle is left open


def test_an_export_under_a_held_write_lock_leaves_nothing(nyc, tmp_path, monkeypatch):
    import sqlite3

    from consular.db import dialect
    from consular.domain.errors import DatabaseLockedError

    ctx, ref, _ids = nyc
    monkeypatch.setattr(dialect, "BUSY_TIMEOUT_MS", 300)
    database = open_database(ctx.database.path)  # picks up the short busy timeout
    quick = ServiceContext(database, ctx.actor)
    out = tmp_path / "t.pdf"
    out.write_bytes(b"the export of last week")
    holder = sqlite3.connect(ctx.database.path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseLockedError):
            export_timeline(quick, ref, "pdf", out)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        database.dispose()
    assert out.read_bytes() == b"the export of last week"
    assert os.listdir(tmp_path) == ["t.pdf"]
    assert not any(
        a.action.startswith("timeline.export") and a.after["file"] == "t.pdf" for a in audit.audit_trail(ctx)
    )


def test_an_export_is_recorded_with_the_hash_of_its_bytes_and_is_private(nyc, tmp_path):
    import hashlib

    ctx, ref, _ids = nyc
    out = tmp_path / "hash.json"
    export_timeline(ctx, ref, "json", out)
    entry = next(a for a in audit.audit_trail(ctx, ref) if a.action == "timeline.export")
    assert entry.after["file"] == "hash.json"
    assert entry.after["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert out.stat().st_mode & 0o777 == 0o600
