"""Someone who may not read a restricted entry sees that it exists: its date, its type and
"Restricted", in the timeline, every export format and the brief; never its content.

Outputs of the demo Kayes case are read back with independent parsers (csv, json, icalendar,
openpyxl, pypdf); what is restricted, and how many, is counted with sqlite3, not consular.
"""

from __future__ import annotations

import csv
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import openpyxl
import pytest

from consular.services import briefs
from consular.services.context import ServiceContext, actor_for
from consular.services.timeline import TimelineFilter, case_timeline, export_timeline
from tests.demo_data import CASEWORKER, KAYES, OTHER_CASEWORKER, SUPERVISOR, VIEWER
from tests.fixtures_db import sqlite_rows
from tests.test_need_to_know import leaks, norm, pdf_text, restricted_strings

AS_OF = datetime(2025, 7, 26, 12, 0, tzinfo=UTC)
SINCE = "2025-07-01"  # midnight in Bamako (UTC+0)
PERIOD = ("2025-07-01 00:00:00", "2025-07-26 12:00:00")
PLACEHOLDER = re.compile(r"\bRestricted\b")  # the word as placeholders print it (markings are upper case)
FORMATS = ["csv", "json", "ics", "xlsx", "pdf"]
OUTSIDERS = [VIEWER, OTHER_CASEWORKER]


def ctx_of(database, username: str) -> ServiceContext:
    return ServiceContext(database, actor_for(database, username))


@pytest.fixture(scope="module")
def shared(demo_template, tmp_path_factory):
    """A copy of the demo shared by the tests here (each output only adds audit entries)."""
    from consular.db.engine import open_database
    from tests.fixtures_db import copy_database

    folder = tmp_path_factory.mktemp("placeholders")
    database = open_database(copy_database(demo_template, folder / "demo.db"))
    yield database
    database.dispose()


# --- what sqlite3 says is restricted ---------------------------------------------------------


def kayes_id(path: Path) -> int:
    return sqlite_rows(path, "SELECT id FROM cases WHERE reference = ?", (KAYES,))[0][0]


def restricted_events(path: Path) -> int:
    """Timeline events of Kayes that come from restricted records: contacts, milestones and
    documents marked restricted, and the tasks raised by restricted contacts (created, done)."""
    case = kayes_id(path)
    contacts = sqlite_rows(
        path, "SELECT count(*) FROM contact_entries WHERE case_id = ? AND restricted AND voided_at IS NULL", (case,)
    )[0][0]
    milestones = sqlite_rows(
        path, "SELECT count(*) FROM milestones WHERE case_id = ? AND restricted AND voided_at IS NULL", (case,)
    )[0][0]
    documents = sqlite_rows(path, "SELECT count(*) FROM documents WHERE case_id = ? AND restricted", (case,))[0][0]
    tasks = sqlite_rows(
        path,
        "SELECT count(*) + count(t.completed_at) FROM tasks t JOIN contact_entries e ON e.id = t.contact_id "
        "WHERE t.case_id = ? AND e.restricted AND t.voided_at IS NULL",
        (case,),
    )[0][0]
    return contacts + milestones + documents + tasks


def restricted_in_brief_period(path: Path) -> tuple[int, int]:
    """(restricted contacts, restricted milestones) of Kayes in the brief's period."""
    case = kayes_id(path)
    counts = []
    for table in ("contact_entries", "milestones"):
        counts.append(
            sqlite_rows(
                path,
                f"SELECT count(*) FROM {table} WHERE case_id = ? AND restricted AND voided_at IS NULL "
                "AND occurred_at >= ? AND occurred_at < ?",
                (case, *PERIOD),
            )[0][0]
        )
    return counts[0], counts[1]


def secrets_of(path: Path) -> dict[str, str]:
    """Restricted texts of Kayes (subjects, notes, outcomes, titles, descriptions, sources) and the
    names of counterparts met only in restricted contacts."""
    found = restricted_strings(path, (kayes_id(path),))
    for (name,) in sqlite_rows(
        path,
        "SELECT DISTINCT c.name FROM counterparts c JOIN contact_counterparts cc ON cc.counterpart_id = c.id "
        "JOIN contact_entries e ON e.id = cc.contact_id WHERE e.restricted AND e.case_id = ? AND c.id NOT IN ("
        "SELECT cc2.counterpart_id FROM contact_counterparts cc2 JOIN contact_entries e2 ON e2.id = cc2.contact_id "
        "WHERE NOT e2.restricted)",
        (kayes_id(path),),
    ):
        found[f"counterpart {name}"] = norm(name)[:60]
    return found


def test_the_demo_has_restricted_entries_and_names_to_hide(shared):
    assert restricted_events(shared.path) >= 5
    contacts, milestones = restricted_in_brief_period(shared.path)
    assert contacts >= 3 and milestones >= 1
    secrets = secrets_of(shared.path)
    assert "counterpart Mamadou S. (surname withheld)" in secrets and len(secrets) >= 10


# --- independent readers: (placeholder count, every text of the file) -------------------------


def read_csv(path: Path) -> tuple[int, str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    held = [r for r in rows if r["title"] == "Restricted"]
    assert all(r["restricted"] == "true" and not (r["detail"] or r["people"] or r["recorded_by"]) for r in held)
    return len(held), " ".join(" ".join(r.values()) for r in rows)


def read_json(path: Path) -> tuple[int, str]:
    document = json.loads(path.read_text(encoding="utf-8"))
    held = [e for e in document["events"] if e["title"] == "Restricted"]
    assert all(e["restricted"] and not (e["detail"] or e["people"] or e["recorded_by"]) for e in held)
    return len(held), json.dumps(document, ensure_ascii=False)


def read_ics(path: Path) -> tuple[int, str]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    held = [e for e in events if str(e["SUMMARY"]) == "Restricted"]
    assert all("DESCRIPTION" not in e and "X-CONSULAR-PEOPLE" not in e for e in held)
    assert all(str(e["X-CONSULAR-RESTRICTED"]) == "TRUE" for e in held)
    text = " ".join(str(v) for c in calendar.walk() for v in c.values())
    return len(held), text


def read_xlsx(path: Path) -> tuple[int, str]:
    workbook = openpyxl.load_workbook(path)
    rows = list(workbook["Timeline"].iter_rows(values_only=True))
    header = rows[0]
    records = [dict(zip(header, row, strict=True)) for row in rows[1:]]
    held = [r for r in records if r["title"] == "Restricted"]
    assert all(r["restricted"] is True and not (r["detail"] or r["people"] or r["recorded_by"]) for r in held)
    text = " ".join(str(v) for sheet in workbook for row in sheet.iter_rows(values_only=True) for v in row if v)
    return len(held), text


def read_pdf(path: Path) -> tuple[int, str]:
    text = pdf_text(path)
    return len(PLACEHOLDER.findall(text)), text


READERS = {"csv": read_csv, "json": read_json, "ics": read_ics, "xlsx": read_xlsx, "pdf": read_pdf}


# --- the timeline and its exports ------------------------------------------------------------


@pytest.mark.parametrize("username", OUTSIDERS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_outsiders_exports_show_each_restricted_entry_as_a_placeholder(shared, tmp_path, username, fmt):
    path = tmp_path / f"kayes.{fmt}"
    export_timeline(ctx_of(shared, username), KAYES, fmt, path)
    count, text = READERS[fmt](path)
    assert count == restricted_events(shared.path)
    assert leaks(text, secrets_of(shared.path)) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_team_sees_the_content_when_it_asks_and_placeholders_when_it_does_not(shared, tmp_path, fmt):
    """The positive control: the same readers find every secret, and no placeholder, when the
    content is included; the lead who did not ask gets the outsiders' placeholders."""
    secrets = secrets_of(shared.path)
    full = tmp_path / f"full.{fmt}"
    export_timeline(ctx_of(shared, SUPERVISOR), KAYES, fmt, full, TimelineFilter(include_restricted=True))
    count, text = READERS[fmt](full)
    assert count == 0
    # A PDF breaks long lines; its texts are cut to 60 characters, so most are found whole.
    found = leaks(text, secrets)
    assert len(found) >= (len(secrets) * 2 // 3 if fmt == "pdf" else len(secrets)), sorted(set(secrets) - set(found))
    plain = tmp_path / f"lead.{fmt}"
    export_timeline(ctx_of(shared, CASEWORKER), KAYES, fmt, plain)
    count, text = READERS[fmt](plain)
    assert count == restricted_events(shared.path) and leaks(text, secrets) == []


def test_a_people_filter_leaves_restricted_entries_out_entirely(shared):
    """Appearing under a name would tell who took part in a restricted contact."""
    ctx = ctx_of(shared, VIEWER)
    filtered = case_timeline(ctx, KAYES, TimelineFilter(names=("Mamadou",)))
    assert filtered.events == []
    verma = case_timeline(ctx, KAYES, TimelineFilter(names=("Verma",)))
    assert verma.events and not any(e.restricted for e in verma.events)
    assert "restricted entries left out" in verma.scope.describe()


# --- the brief -----------------------------------------------------------------------------


@pytest.mark.parametrize("username", [*OUTSIDERS, CASEWORKER])
def test_the_brief_lists_each_restricted_entry_of_the_period_by_date_only(shared, tmp_path, username):
    ctx = ctx_of(shared, username)
    contacts, milestones = restricted_in_brief_period(shared.path)
    data = briefs.brief_data(ctx, KAYES, since=SINCE, as_of=AS_OF)
    assert len(data.withheld_contacts) == data.restricted_withheld == contacts
    held = [d for d in data.developments if d.withheld]
    assert len(held) == data.developments_withheld == milestones
    assert all(
        (d.title, d.kind, d.description, d.source, d.hostage_name) == ("Restricted", "Milestone", None, None, None)
        for d in held
    )
    result = briefs.issue_brief(ctx, KAYES, tmp_path / "brief.pdf", since=SINCE, as_of=AS_OF)
    count, text = read_pdf(result.path)
    assert count == contacts + milestones
    assert leaks(text, secrets_of(shared.path)) == []


def test_the_brief_with_restricted_content_has_no_placeholders(shared, tmp_path):
    ctx = ctx_of(shared, SUPERVISOR)
    result = briefs.issue_brief(ctx, KAYES, tmp_path / "full.pdf", since=SINCE, as_of=AS_OF, include_restricted=True)
    count, text = read_pdf(result.path)
    assert count == 0
    assert "mamadou s. (surname withheld)" in norm(text)
