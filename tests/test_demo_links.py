"""The demo seed's linked cases and escalation queue: the fictional link is loaded through the
services, the Kayes case is linked to nothing, the demo supervisor's queue is not empty on the
demo's day, and seeds/check_seeds.py refuses a link to the Kayes case or between unknown cases."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from consular.seeding.demo import default_seeds_dir
from consular.services import case_links, escalation
from consular.services.context import ServiceContext, actor_for
from consular.services.database import demo_clock
from tests.demo_data import DELTA, KAYES, LOME, SUPERVISOR

CHECK = Path(__file__).resolve().parent.parent / "seeds" / "check_seeds.py"


def test_the_demo_links_its_two_fictional_cases_and_not_kayes(demo_db):
    das = ServiceContext(demo_db, actor_for(demo_db, "p.das"))
    [link] = case_links.list_links(das, LOME)
    assert link.other_reference == DELTA and link.kind.value == "related" and "crewing" in link.note
    assert link.linked_by == "Priyanka Das"
    assert [x.other_reference for x in case_links.list_links(das, DELTA)] == [LOME]
    assert case_links.list_links(das, KAYES, include_unlinked=True) == []
    # Anjali (Kayes only) sees the link's far side as reference and post only.
    [seen] = case_links.list_links(ServiceContext(demo_db, actor_for(demo_db, "a.sharma")), LOME)
    assert seen.withheld and seen.other_post == "ABJ" and seen.note is None


def test_the_demo_supervisor_has_a_queue_on_the_demos_day(demo_db):
    ctx = ServiceContext(demo_db, actor_for(demo_db, SUPERVISOR), clock=demo_clock(demo_db))
    queue = escalation.my_queue(ctx)
    assert queue.task_total >= 1 and queue.family_total >= 1
    assert {item.reference for item in queue.items} == {KAYES}


def run_check(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(CHECK), str(folder)], capture_output=True, text=True, timeout=120)


def test_check_seeds_passes_the_demo_and_refuses_a_link_to_kayes(tmp_path):
    ok = run_check(default_seeds_dir())
    assert ok.returncode == 0, ok.stdout
    assert "1 case links" in ok.stdout and "in v.iyer's queue" in ok.stdout

    folder = tmp_path / "seeds"
    shutil.copytree(default_seeds_dir(), folder)
    (folder / "50-links.toml").write_text(
        'notice = "ENTIRELY FICTIONAL test links."\n'
        '[[links]]\ncases = ["kayes-2025", "lome-2025"]\nkind = "same_incident"\nby = "v.iyer"\n'
        '[[links]]\ncases = ["lome-2025", "nowhere"]\nby = "f.ansari"\n'
        '[[links]]\ncases = ["lome-2025", "langtang-2025"]\nkind = "sibling"\nby = "a.sharma"\n',
        encoding="utf-8",
    )
    bad = run_check(folder)
    assert bad.returncode == 1
    assert "case 'kayes-2025' is not in an ENTIRELY FICTIONAL file; check the sources first" in bad.stdout
    assert "case 'nowhere' is not a case key in the seeds" in bad.stdout
    assert "kind 'sibling' is not one of" in bad.stdout
    assert "'a.sharma' is not on both cases' teams" in bad.stdout


def _pdf_text(path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)


def test_the_brief_has_a_linked_cases_section_as_each_reader_may_see_it(demo_db, tmp_path):
    from consular.services import briefs

    das = ServiceContext(demo_db, actor_for(demo_db, "p.das"))
    [linked] = briefs.brief_data(das, LOME).linked_cases
    assert (linked.reference, linked.post, linked.kind, linked.withheld) == (DELTA, "ABJ", "Related", False)
    assert linked.title.startswith("Indian engineer kidnapped") and linked.status == "Closed"
    team_text = _pdf_text(briefs.issue_brief(das, LOME, tmp_path / "team.pdf", since="2025-06-01").path)
    assert "Linked cases (1)" in team_text and DELTA in team_text and "Indian engineer kidnapped" in team_text
    assert "crewing and manpower agency" in team_text

    # Redacted: no note. Farhan leads Lomé only: Delta's reference and post, nothing else.
    assert briefs.brief_data(das, LOME, since="2025-06-01", redact=True).linked_cases[0].note is None
    farhan = ServiceContext(demo_db, actor_for(demo_db, "f.ansari"))
    [seen] = briefs.brief_data(farhan, LOME, since="2025-06-01").linked_cases
    assert seen.withheld and seen.title is None and seen.note is None and seen.reference == DELTA
    outsider_text = _pdf_text(briefs.issue_brief(farhan, LOME, tmp_path / "outsider.pdf", since="2025-06-01").path)
    assert "Linked cases (1)" in outsider_text and DELTA in outsider_text and "ask that case's team" in outsider_text
    assert "Indian engineer kidnapped" not in outsider_text and "crewing" not in outsider_text

    # A brief as of a time before the link was made, and a case linked to nothing: no section.
    from datetime import UTC, datetime

    before = datetime(2025, 7, 1, tzinfo=UTC)
    assert briefs.brief_data(das, LOME, since="2025-06-01", as_of=before).linked_cases == []
    assert briefs.brief_data(das, KAYES).linked_cases == []


def test_links_are_on_both_cases_timelines_with_reference_and_post_only(demo_db, tmp_path):
    """A link is an event of each case it joins: the other case's reference and post, the kind,
    who linked them; never the other case's title or the reason, which need both teams. An
    unlinking is its own event. The JSON export validates against the schema."""
    import json

    import jsonschema

    from consular import paths
    from consular.domain.timeline import EventType
    from consular.services import case_links, timeline
    from consular.services.context import ServiceContext, actor_for
    from tests.demo_data import SUPERVISOR, VIEWER

    boss = ServiceContext(demo_db, actor_for(demo_db, SUPERVISOR))
    for ref, other in (("LFW-2025-0001", "ABJ-2024-0001 (ABJ)"), ("ABJ-2024-0001", "LFW-2025-0001 (LFW)")):
        for who in (boss, ServiceContext(demo_db, actor_for(demo_db, VIEWER))):
            events = [e for e in timeline.case_timeline(who, ref).events if e.type == EventType.CASE_LINK]
            assert [(e.title, e.detail) for e in events] == [(f"Linked with {other}: related", "")]
    [link] = case_links.list_links(boss, "LFW-2025-0001")
    case_links.unlink_cases(boss, "LFW-2025-0001", "ABJ-2024-0001", reason="Entered in error")
    titles = [e.title for e in timeline.case_timeline(boss, "ABJ-2024-0001").events if e.type == EventType.CASE_LINK]
    assert titles == ["Linked with LFW-2025-0001 (LFW): related", "Unlinked from LFW-2025-0001 (LFW)"]
    out = tmp_path / "t.json"
    timeline.export_timeline(boss, "ABJ-2024-0001", "json", out)
    data = json.loads(out.read_text())
    schema = json.loads((paths.resources_dir() / "schemas" / "timeline.schema.json").read_text())
    jsonschema.validate(data, schema)
    ids = [e["id"] for e in data["events"] if e["type"] == "case-link"]
    assert ids == [f"case-link:{link.id}", f"case-link:{link.id}:unlinked"]
