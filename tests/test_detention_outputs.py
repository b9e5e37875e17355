"""The detention records in the outputs of the demo's Lomé case: the timeline (an event per
stage, restricted placeholders, the JSON export valid against the schema), the status brief's
Detention section read back from the PDF (team, outsider, redacted), the dashboard's list,
and the demo seed as check_seeds.py and the loader see it."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from consular import paths
from consular.domain.clock import FixedClock
from consular.domain.timeline import EventType
from consular.services import briefs, dashboard, detention, timeline
from consular.services.context import ServiceContext, actor_for
from consular.services.timeline import TimelineFilter
from tests.demo_data import LOME, VIEWER
from tests.test_timeline import read_json

DEMO_DAY = datetime(2025, 10, 21, 18, 0, tzinfo=UTC)
LEAD = "f.ansari"
DETENTION_TYPES = {EventType.CHARGE, EventType.HEARING, EventType.CONSULAR_VISIT, EventType.NOTE_VERBALE}


def as_user(database, username: str) -> ServiceContext:
    return ServiceContext(database, actor_for(database, username), clock=FixedClock(DEMO_DAY, read_only=False))


def pdf_text(path) -> str:
    """The PDF's text, read back with pypdf, every run of white space as one space."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_the_timeline_has_an_event_per_stage(demo_db):
    team = as_user(demo_db, LEAD)
    events = timeline.case_timeline(team, LOME, TimelineFilter(types=DETENTION_TYPES, include_restricted=True)).events
    ids = [e.id for e in events]
    first = detention.detention_file(team, LOME).visits[0].id
    assert ids.count(f"consular-visit:{first}:requested") == 1
    assert {f"consular-visit:{first}:decided", f"consular-visit:{first}:visited"} <= set(ids)
    assert len(ids) == len(set(ids)) == 21  # 4 requests + 3 decisions + 2 visits, 5 sent + 4 answered, 3 hearings
    visit = next(e for e in events if e.id == f"consular-visit:{first}:visited")
    assert "Welfare observed: Fictional. Well" in visit.detail and visit.source.entity == "visit"
    refused = next(e for e in events if e.title.endswith(": refused"))
    assert refused.at == datetime(2025, 6, 13, 15, 0, tzinfo=UTC)
    hearing = next(e for e in events if e.type == EventType.HEARING and "extended" in e.detail)
    assert "Next hearing: 14 Oct 2025" in hearing.detail
    outsider = timeline.case_timeline(as_user(demo_db, VIEWER), LOME, TimelineFilter(types=DETENTION_TYPES)).events
    hidden = [e for e in outsider if e.restricted]
    assert len(hidden) == 3 and all(e.title == "Restricted" and not e.detail for e in hidden)
    assert "5 kg" not in repr(outsider)


def test_the_json_export_is_valid_against_the_schema(demo_db, tmp_path):
    team = as_user(demo_db, LEAD)
    path = tmp_path / "lome.json"
    timeline.export_timeline(team, LOME, "json", path, TimelineFilter(types=DETENTION_TYPES))
    rows = read_json(path)  # validates against resources/schemas/timeline.schema.json
    assert {r["type"] for r in rows} == {"hearing", "consular-visit", "note-verbale"}
    assert any(r["id"].endswith(":answered") for r in rows)


def test_the_brief_s_detention_section_read_back(demo_db, tmp_path):
    team = as_user(demo_db, LEAD)
    path = tmp_path / "team.pdf"
    briefs.issue_brief(team, LOME, path, include_restricted=True)
    text = pdf_text(path)
    section = text.split("Detention Detained national", 1)[1].split("Contacts in the period", 1)[0]
    assert "Judicial police, Lomé, on the instructions of the public prosecutor (fictional)" in section
    assert "Lomé civil prison, remand wing (fictional) (since 09 Jul)" in section
    assert "+22890457213" in section
    assert "No charge recorded" in section
    assert "14 Oct: Investigating judge" in section and "no outcome recorded" in section
    assert "29 Jul: Fictional. Thinner" in section
    assert "Since Waiting Note verbale NV/LFW/2025/081 (fictional) 22 Sep OVERDUE 29 days" in section
    assert "Consular visit request 06 Oct OVERDUE 15 days" in section

    outsider = tmp_path / "outsider.pdf"
    briefs.issue_brief(as_user(demo_db, VIEWER), LOME, outsider, since="2025-10-01")
    text = pdf_text(outsider)
    assert "29 Jul: On record (restricted)" in text and "Thinner" not in text

    redacted = tmp_path / "redacted.pdf"
    briefs.issue_brief(team, LOME, redacted, since="2025-10-02", redact=True)
    text = pdf_text(redacted)
    assert "Detention" in text and "+22890457213" not in text and "Maître Kossi Agbodjan" in text


def test_the_dashboard_lists_the_demo_s_overdue_requests(demo_db):
    board = dashboard.dashboard(as_user(demo_db, LEAD))
    assert [(d.kind, d.reference, d.days_waiting) for d in board.detention_overdue] == [
        ("note", LOME, 29),
        ("visit", LOME, 15),
        ("hearing", LOME, 7),
    ]
    assert not board.detention_more


def test_check_seeds_accepts_the_demo_and_refuses_a_bad_detention(tmp_path):
    script = paths.project_root() / "seeds" / "check_seeds.py"
    demo = script.parent / "demo"
    ok = subprocess.run([sys.executable, str(script), str(demo)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    bad = tmp_path / "demo"
    bad.mkdir()
    for f in demo.glob("*.toml"):
        text = f.read_text(encoding="utf-8")
        if f.name.startswith("30-"):
            text = text.replace('next_at = "2025-10-14T09:00:00+00:00"', 'next_at = "2025-09-01T09:00:00+00:00"')
        (bad / f.name).write_text(text, encoding="utf-8")
    refused = subprocess.run([sys.executable, str(script), str(bad)], capture_output=True, text=True)
    assert refused.returncode != 0 and "hearings[1]: next_at is before held_at" in refused.stdout + refused.stderr


@pytest.mark.parametrize("section", ["detention", "consular_visits"])
def test_the_loader_refuses_a_person_who_is_not_in_the_case(section, tmp_path):
    from consular.seeding.demo_schema import SeedError, check_case

    item = {
        "key": "x",
        "post": "LFW",
        "opened_by": "f.ansari",
        "title": "T",
        "incident_at": "2025-05-20T16:30:00+00:00",
        section: [{"person": "nobody", "recorded_by": "f.ansari"}],
    }
    with pytest.raises(SeedError, match="'nobody', not a person of this case"):
        check_case("f.toml", 0, item, {"f.ansari"})
