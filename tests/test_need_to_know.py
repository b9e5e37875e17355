"""Need-to-know, checked by reading the outputs back: a viewer and a caseworker outside the
case's team never see restricted content (contacts and milestones marked restricted, proofs
of life, demands, the intermediary's dealings) in views, search, the dashboard, timelines
(CSV, JSON, ICS, PDF) or briefs; the team sees it; and reading it is audited."""

from __future__ import annotations

import csv
import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest
from pypdf import PdfReader

from consular.domain.errors import PermissionDeniedError
from consular.services import (
    audit,
    briefs,
    cases,
    contacts,
    counterparts,
    dashboard,
    milestones,
    proof_of_life,
    search,
    teams,
)
from consular.services.context import ServiceContext, actor_for
from consular.services.timeline import TimelineFilter, export_timeline
from tests.fixtures_db import sqlite_rows

KAYES = "BAM-2025-0001"
REFS = [KAYES, "ABJ-2024-0001", "LFW-2025-0001", "KTM-2025-0001"]
AS_OF = datetime(2025, 7, 26, 12, 0, tzinfo=UTC)
OUTSIDERS = ["s.kapoor", "k.reddy"]  # a viewer; a caseworker on no case's team


def norm(text: str) -> str:
    return " ".join(str(text).split()).lower()


def restricted_strings(path: Path, case_ids: tuple[int, ...] | None = None) -> dict[str, str]:
    """Every restricted text of the demo (read with sqlite3, not consular), keyed by where it is.

    Long texts are cut to their first 60 characters, so a PDF's line breaks further on do
    not hide them; texts that also occur in unrestricted records are dropped (not secrets).
    """
    where = "" if case_ids is None else f" AND case_id IN ({','.join(map(str, case_ids))})"
    found: dict[str, str] = {}
    for rid, subject, notes, outcome in sqlite_rows(
        path, f"SELECT id, subject, notes, outcome FROM contact_entries WHERE restricted{where}"
    ):
        for name, value in (("subject", subject), ("notes", notes), ("outcome", outcome)):
            if value:
                found[f"contact {rid} {name}"] = norm(value)[:60]
    for rid, title, description, source in sqlite_rows(
        path, f"SELECT id, title, description, source FROM milestones WHERE restricted{where}"
    ):
        for name, value in (("title", title), ("description", description), ("source", source)):
            if value:
                found[f"milestone {rid} {name}"] = norm(value)[:60]
    # The proof-of-life question bank and the checks are restricted as a whole.
    for rid, question, answer, note in sqlite_rows(
        path, f"SELECT id, question, expected_answer, note FROM pol_questions WHERE 1=1{where}"
    ):
        for name, value in (("question", question), ("expected answer", answer), ("note", note)):
            if value:
                found[f"pol question {rid} {name}"] = norm(value)[:60]
    for rid, answer, basis in sqlite_rows(
        path,
        "SELECT c.id, c.answer_received, c.assessment_basis FROM proof_of_life_checks c "
        f"JOIN milestones m ON m.id = c.milestone_id WHERE 1=1{where.replace('case_id', 'm.case_id')}",
    ):
        for name, value in (("answer", answer), ("basis", basis)):
            if value:
                found[f"pol check {rid} {name}"] = norm(value)[:60]
    public = " ".join(
        norm(" ".join(v or "" for v in row))
        for row in sqlite_rows(path, "SELECT subject, notes, outcome FROM contact_entries WHERE NOT restricted")
        + sqlite_rows(path, "SELECT title, description, source FROM milestones WHERE NOT restricted")
    )
    return {k: v for k, v in found.items() if v not in public}


def leaks(text: str, secrets: dict[str, str]) -> list[str]:
    body = norm(text)
    return sorted(k for k, v in secrets.items() if v in body)


def pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def ics_text(path: Path) -> str:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return " ".join(str(c.get(k, "")) for c in cal.walk("VEVENT") for k in ("SUMMARY", "DESCRIPTION", "LOCATION"))


def csv_text(path: Path) -> str:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return " ".join(" ".join(row) for row in csv.reader(fh))


def as_json(value) -> str:
    def default(o):
        if dataclasses.is_dataclass(o):
            return dataclasses.asdict(o)
        return str(o)

    return json.dumps(value, default=default, ensure_ascii=False)


def ctx_of(database, username: str) -> ServiceContext:
    return ServiceContext(database, actor_for(database, username))


@pytest.fixture(scope="module")
def shared(demo_template, tmp_path_factory):
    """A copy of the demo shared by the read-only tests here."""
    from consular.db.engine import open_database
    from tests.fixtures_db import copy_database

    folder = tmp_path_factory.mktemp("need-to-know")
    database = open_database(copy_database(demo_template, folder / "demo.db"))
    yield database, folder
    database.dispose()


def test_the_demo_has_restricted_content_to_hide(shared):
    database, _ = shared
    secrets = restricted_strings(database.path)
    # Intermediary dealings, the proof of life, the security briefing, the ransom demand.
    assert len(secrets) >= 15
    joined = " ".join(secrets.values())
    assert "intermediary" in joined and "ransom demand" in joined and "audio message attributed" in joined


@pytest.mark.parametrize("username", OUTSIDERS)
def test_outsiders_views_search_and_dashboard_show_no_restricted_content(shared, username):
    database, _ = shared
    ctx = ctx_of(database, username)
    secrets = restricted_strings(database.path)
    shown = []
    for ref in REFS:
        shown.append(as_json(cases.get_case(ctx, ref)))
        listed = contacts.list_contacts(ctx, ref, limit=None)
        shown.append(as_json(listed))
        placeholders = [c for c in listed if c.restricted]
        # They see that restricted entries exist, and when, never what they say.
        assert all(c.subject == "restricted" and c.notes is None for c in placeholders)
        has_restricted = sqlite_rows(
            database.path,
            "SELECT count(*) FROM contact_entries e JOIN cases c ON c.id = e.case_id "
            "WHERE e.restricted AND c.reference = ?",
            (ref,),
        )[0][0]
        assert len(placeholders) == has_restricted
        for c in placeholders:
            shown.append(as_json(contacts.get_contact(ctx, c.id)))
            with pytest.raises(PermissionDeniedError, match="not on the team"):
                contacts.contact_history(ctx, c.id)
        ms = milestones.list_milestones(ctx, ref)
        shown.append(as_json(ms))
        for m in ms:
            shown.append(as_json(milestones.get_milestone(ctx, m.id)))
    for word in (
        "Mamadou",
        "intermediary",
        "audio",
        "ransom",
        "vetting",
        "briefing",
        "lawyer",
        "Agbodjan",
        "kidnappers",
    ):
        hits = search.search(ctx, word, limit=200)
        assert not [h for h in hits if h.restricted], word
        shown.append(as_json(hits))
    shown.append(as_json(search.matching_case_ids(ctx, "intermediary")))
    shown.append(as_json(dashboard.dashboard(ctx)))
    assert leaks(" ".join(shown), secrets) == []


def test_the_case_team_sees_its_own_restricted_content_only(shared):
    database, _ = shared
    lead = ctx_of(database, "a.sharma")  # lead of Kayes, on no other team
    kayes_id = sqlite_rows(database.path, "SELECT id FROM cases WHERE reference = ?", (KAYES,))[0][0]
    kayes = restricted_strings(database.path, (kayes_id,))
    others = {k: v for k, v in restricted_strings(database.path).items() if k not in kayes}
    shown = (
        as_json(contacts.list_contacts(lead, KAYES, limit=None))
        + as_json(milestones.list_milestones(lead, KAYES))
        + as_json(proof_of_life.list_questions(lead, KAYES))
        + as_json(proof_of_life.history(lead, KAYES))
    )
    assert leaks(shown, kayes) == sorted(kayes)  # every Kayes secret, so the checks above can fail
    hits = search.search(lead, "Mamadou", limit=50)
    assert any(h.restricted and h.reference == KAYES for h in hits)
    elsewhere = as_json([contacts.list_contacts(lead, ref, limit=None) for ref in REFS[1:]])
    assert leaks(elsewhere, others) == []
    assert leaks(as_json(search.search(lead, "ransom", limit=50)), others) == []


@pytest.mark.parametrize("username", OUTSIDERS)
@pytest.mark.parametrize("fmt", ["csv", "json", "ics", "pdf"])
def test_outsiders_timeline_exports_hold_no_restricted_content(shared, tmp_path, username, fmt):
    database, _ = shared
    ctx = ctx_of(database, username)
    secrets = restricted_strings(database.path)
    read = {"csv": csv_text, "json": lambda p: p.read_text(encoding="utf-8"), "ics": ics_text, "pdf": pdf_text}[fmt]
    for ref in REFS:
        out = tmp_path / f"{ref}.{fmt}"
        export_timeline(ctx, ref, fmt, out)
        assert leaks(read(out), secrets) == [], (ref, fmt)
        refused = tmp_path / f"{ref}-r.{fmt}"
        with pytest.raises(PermissionDeniedError, match="cannot be included"):
            export_timeline(ctx, ref, fmt, refused, TimelineFilter(include_restricted=True))
        assert not refused.exists()


def test_the_team_timeline_with_restricted_entries_has_them(shared, tmp_path):
    """The positive control for the export test: the same reading finds the secrets."""
    database, _ = shared
    kayes_id = sqlite_rows(database.path, "SELECT id FROM cases WHERE reference = ?", (KAYES,))[0][0]
    secrets = restricted_strings(database.path, (kayes_id,))
    out = tmp_path / "team.csv"
    export_timeline(ctx_of(database, "a.sharma"), KAYES, "csv", out, TimelineFilter(include_restricted=True))
    assert len(leaks(csv_text(out), secrets)) >= 5


@pytest.mark.parametrize("username", OUTSIDERS)
def test_outsiders_briefs_hold_no_restricted_content_and_include_restricted_is_refused(demo_db, tmp_path, username):
    ctx = ctx_of(demo_db, username)
    secrets = restricted_strings(demo_db.path)
    out = tmp_path / "brief.pdf"
    briefs.issue_brief(ctx, KAYES, out, since="2025-07-01", as_of=AS_OF)
    assert leaks(pdf_text(out), secrets) == []
    data = briefs.brief_data(ctx, KAYES, since="2025-07-01", as_of=AS_OF)
    assert leaks(as_json(data), secrets) == []
    refused = tmp_path / "restricted.pdf"
    with pytest.raises(PermissionDeniedError, match=f"cases team {KAYES} add {username}"):
        briefs.issue_brief(ctx, KAYES, refused, since="2025-07-01", as_of=AS_OF, include_restricted=True)
    assert not refused.exists()
    # Added to the team by a supervisor, the same person may include them.
    teams.add_member(ctx_of(demo_db, "v.iyer"), KAYES, username)
    briefs.issue_brief(
        ctx_of(demo_db, username), KAYES, refused, since="2025-07-01", as_of=AS_OF, include_restricted=True
    )
    assert leaks(pdf_text(refused), secrets)


def test_reads_of_restricted_content_and_identifiers_are_audited_once_per_view(demo_db):
    def reads() -> list[tuple]:
        return sqlite_rows(
            demo_db.path,
            "SELECT a.action, u.username, a.entity, a.entity_id FROM audit_entries a "
            "JOIN users u ON u.id = a.actor_id WHERE a.action LIKE 'read.%' ORDER BY a.id",
        )

    lead, outsider = ctx_of(demo_db, "a.sharma"), ctx_of(demo_db, "k.reddy")
    secret = next(c for c in contacts.list_contacts(outsider, KAYES, limit=None) if c.restricted)
    assert reads() == []  # placeholders only: nothing restricted was seen
    contacts.get_contact(outsider, secret.id)
    assert reads() == []
    contacts.get_contact(lead, secret.id)
    assert reads() == [("read.restricted", "a.sharma", "view", secret.id)]
    contacts.list_contacts(lead, KAYES, limit=None)
    assert len(reads()) == 2  # one row for the whole list, not one per entry
    cases.get_case(outsider, KAYES)  # passports, phones, dates of birth
    assert reads()[-1][:3] == ("read.case", "k.reddy", "view")
    search.search(outsider, "Verma")
    assert reads()[-1][:2] == ("read.search", "k.reddy")


def audit_outputs(ctx, folder: Path, refs: list[str]) -> str:
    """Everything the audit trail shows ``ctx`` of these cases: the History lists, each record's
    versions, and the CSV and JSON exports read back with csv and json."""
    shown = []
    for ref in refs:
        history = audit.case_history(ctx, ref, limit=None)
        shown.append(as_json(history))
        shown.append(as_json([v.changes for v in history]))
        shown.append(as_json(audit.list_entries(ctx, audit.AuditFilter(case_reference=ref), limit=None)))
        for entity, entity_id in {
            (v.entity, v.entity_id) for v in history if v.entity in ("contact", "milestone", "document")
        }:
            shown.append(as_json(audit.record_history(ctx, entity, entity_id)))
        flt = audit.AuditFilter(case_reference=ref)
        audit.export_entries(ctx, folder / f"{ref}.csv", fmt="csv", flt=flt)
        shown.append(csv_text(folder / f"{ref}.csv"))
        audit.export_entries(ctx, folder / f"{ref}.json", fmt="json", flt=flt)
        shown.append(as_json(json.loads((folder / f"{ref}.json").read_text(encoding="utf-8"))))
    return " ".join(shown)


@pytest.mark.parametrize("username", OUTSIDERS)
def test_outsiders_read_no_restricted_content_in_the_audit_trail(demo_db, tmp_path, username):
    secrets = restricted_strings(demo_db.path)
    ctx = ctx_of(demo_db, username)
    # A restricted contact edited after it was logged: the edit entry does not repeat the flag.
    lead = ctx_of(demo_db, "a.sharma")
    secret, cleared = [c for c in contacts.list_contacts(lead, KAYES, limit=None) if c.restricted][:2]
    contacts.edit_contact(lead, secret.id, notes="Edited: the intermediary now asks for 40,000 EUR via Bamako.")
    secrets["edited notes"] = norm("Edited: the intermediary now asks for 40,000 EUR")
    shown = audit_outputs(ctx, tmp_path, REFS)
    assert leaks(shown, secrets) == []
    history = audit.case_history(ctx, KAYES, limit=None)
    hidden = [v for v in history if v.entity == "contact" and v.entity_id == secret.id]
    assert {v.action for v in hidden} >= {"contact.log", "contact.edit"}
    # Who, what and when stay; the content is replaced.
    assert all(v.after == {"restricted": True} and v.actor and v.at for v in hidden)
    # Another one made unrestricted later: what was written while it was restricted stays hidden.
    contacts.edit_contact(lead, cleared.id, restricted=False)
    logged = [v for v in audit.record_history(ctx, "contact", cleared.id) if v.action == "contact.log"]
    assert [v.after for v in logged] == [{"restricted": True}]
    # The supervisor, on every team, reads the same entries in full.
    (tmp_path / "supervisor").mkdir()
    full = audit_outputs(ctx_of(demo_db, "v.iyer"), tmp_path / "supervisor", [KAYES])
    assert "edited notes" in leaks(full, secrets)


def test_the_case_team_reads_its_restricted_audit_entries(demo_db, tmp_path):
    kayes_id = sqlite_rows(demo_db.path, "SELECT id FROM cases WHERE reference = ?", (KAYES,))[0][0]
    kayes = restricted_strings(demo_db.path, (kayes_id,))
    shown = audit_outputs(ctx_of(demo_db, "a.sharma"), tmp_path, [KAYES])
    # The demo logs its restricted contacts and milestones through the services, so the
    # trail holds their texts: the outsider test above can fail.
    assert len(leaks(shown, kayes)) >= 5


@pytest.mark.parametrize("username", OUTSIDERS)
def test_follow_ups_of_restricted_contacts_are_placeholders_for_outsiders(demo_db, username):
    """A follow-up task raised by a restricted contact says what the contact was about
    ("Check the intermediary's second number"): outsiders see that it exists, not its text."""
    from consular.services import tasks
    from consular.services.contacts import FollowUp

    lead_ctx = ctx_of(demo_db, "a.sharma")
    broker = next(c for c in counterparts.case_counterparts(lead_ctx, KAYES) if c.category.value == "intermediary")
    contacts.log_contact(
        lead_ctx,
        KAYES,
        counterpart_ids=[broker.id],
        occurred_at="2025-07-25T10:00+00:00",
        channel="phone",
        subject="The intermediary calls from a second number",
        restricted=True,
        follow_up_needed=True,
        follow_up=FollowUp(title="Check the intermediary's second number with the gendarmerie"),
    )
    rows = sqlite_rows(
        demo_db.path,
        "SELECT t.id, t.title FROM tasks t JOIN contact_entries c ON c.id = t.contact_id "
        "JOIN cases k ON k.id = t.case_id WHERE c.restricted AND k.reference = ?",
        (KAYES,),
    )
    assert rows
    secret = {tid: title for tid, title in rows}
    ctx = ctx_of(demo_db, username)
    for views in (tasks.list_tasks(ctx, KAYES, include_voided=True), cases.get_case(ctx, KAYES).tasks):
        shown = {t.id: t for t in views if t.id in secret}
        assert set(shown) == set(secret)  # each one is there ...
        assert all(t.title == "restricted" and t.description is None for t in shown.values())  # ... as a placeholder
    hits = search.search(ctx, "second number", limit=50)
    assert not any("second number" in norm(h.title + " " + (h.snippet or "")) for h in hits)
    assert any(
        "second number" in norm(h.title + " " + (h.snippet or "")) for h in search.search(lead_ctx, "second number")
    )
    lead = {t.id: t.title for t in tasks.list_tasks(ctx_of(demo_db, "a.sharma"), KAYES, include_voided=True)}
    assert all(lead[tid] == title for tid, title in secret.items())
