"""The welfare log: a report's condition, medication and supply; the flag on a held national
with medical needs and no recent report (People tab data, `cases show`, the brief); restricted
reports withheld from outsiders; the CLI; revision 0011 upgrades a database with data in it."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from consular.cli.main import main
from consular.db import migrate
from consular.domain.enums import WelfareCondition
from consular.services import briefs, cases, people, welfare
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import CASEWORKER, KAYES, LOME, SUPERVISOR, VIEWER
from tests.fixtures_db import sqlite_rows
from tests.migration_helpers import STAMP, old_case_database
from tests.service_helpers import add_hostage, audited, aware, open_case


@pytest.fixture
def case(ctx):
    ref = open_case(ctx).reference
    pid = add_hostage(ctx, ref, medical_needs="Type 2 diabetes, metformin 500 mg twice daily").person.id
    return {"ref": ref, "pid": pid}


def test_a_report_records_condition_medication_and_supply(ctx, case):
    with audited(ctx, "welfare.add", count=2):  # the milestone and its detail
        report = welfare.record_welfare(
            ctx,
            case["ref"],
            case["pid"],
            occurred_at="2025-07-20T10:00",
            summary="Seen by a released driver: thin, walking",
            condition="fair",
            medication_needs="Metformin",
            supply_arranged=False,
            source="Released driver",
        )
    assert report.condition == WelfareCondition.FAIR and report.supply_text() == "supply NOT arranged"
    everyone = welfare.record_welfare(
        ctx, case["ref"], None, occurred_at="2025-07-21T10:00", summary="All three seen alive", supply_arranged=True
    )
    assert everyone.hostage_person_id is None and everyone.supply_arranged is None  # no needs: nothing to supply
    assert [r.id for r in welfare.welfare_log(ctx, case["ref"], case["pid"])] == [everyone.id, report.id]


def test_a_held_national_with_medical_needs_is_flagged_without_a_recent_report(ctx, case, monkeypatch):
    detail = cases.get_case(ctx, case["ref"])
    [hostage] = detail.hostages
    incident = hostage.captivity_start
    assert not hostage.medical_watch_overdue(14, now=incident.replace(day=10))  # 9 days held: not yet
    assert hostage.medical_watch_overdue(14, now=incident.replace(day=17))  # 16 days and no report
    welfare.record_welfare(ctx, case["ref"], case["pid"], occurred_at="2025-07-20T10:00", summary="Seen")
    [hostage] = cases.get_case(ctx, case["ref"]).hostages
    assert hostage.last_welfare_report == aware(2025, 7, 20, 10, 0)
    assert not hostage.medical_watch_overdue(14, now=aware(2025, 8, 3, 10, 0))
    assert hostage.medical_watch_overdue(14, now=aware(2025, 8, 4, 11, 0))
    no_needs = people.add_person(ctx, case["ref"], role="hostage", full_name="Anil Yadav").person.id
    other = next(h for h in cases.get_case(ctx, case["ref"]).hostages if h.person.id == no_needs)
    assert not other.medical_watch_overdue(14, now=aware(2026, 1, 1, 0, 0))


def test_restricted_reports_show_their_date_only_outside_the_team(ctx, case, make_ctx):
    welfare.record_welfare(
        ctx,
        case["ref"],
        case["pid"],
        occurred_at="2025-07-20T10:00",
        summary="Intermediary says he is ill",
        medication_needs="Insulin",
        restricted=True,
    )
    [seen] = welfare.welfare_log(make_ctx(VIEWER), case["ref"])
    assert seen.withheld and seen.occurred_at == aware(2025, 7, 20, 10, 0)
    assert "Insulin" not in repr(seen) and "ill" not in seen.summary
    [mine] = welfare.welfare_log(make_ctx(CASEWORKER), case["ref"])
    assert mine.medication_needs == "Insulin"


def test_the_demo_flags_gaddam_on_the_brief_and_in_cases_show(demo_db, demo_password_file, monkeypatch, capsys):
    team = ServiceContext(demo_db, actor_for(demo_db, SUPERVISOR))
    data = briefs.brief_data(team, KAYES, since="2025-07-01", include_restricted=True)
    flagged = {h.name: h.medical_watch_overdue for h in data.hostages}
    assert flagged == {"Srinivas Gaddam": True, "Debasish Mohanty": False, "Ravi Kumar Verma": False}
    [shaikh] = welfare.welfare_log(team, LOME)
    assert shaikh.condition == WelfareCondition.GOOD and shaikh.supply_arranged is True
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))
    assert main(["--db", str(demo_db.path), "--user", CASEWORKER, "cases", "show", KAYES]) == 0
    out = capsys.readouterr().out
    gaddam = next(line for line in out.splitlines() if line.strip().startswith("Srinivas Gaddam"))
    assert "MEDICAL NEEDS, NO WELFARE REPORT" in gaddam
    assert main(["--db", str(demo_db.path), "--user", CASEWORKER, "welfare", "list", LOME, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["condition"] == "good"
    code = main(
        [
            "--db",
            str(demo_db.path),
            "--user",
            CASEWORKER,
            "welfare",
            "add",
            KAYES,
            "--hostage",
            "gaddam",
            "--at",
            "2025-07-25 10:00",
            "--summary",
            "Intermediary: needs his medicine",
            "--condition",
            "poor",
            "--medication",
            "Metformin",
            "--supply",
            "no",
        ]
    )
    assert code == 0 and "poor" in capsys.readouterr().out


def test_0011_upgrades_a_database_with_a_welfare_report(tmp_path):
    database = old_case_database(tmp_path / "old.db", "0011")
    stamp = STAMP
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO milestones (id, case_id, kind, occurred_at, title, restricted, recorded_at, "
                f"recorded_by_id, version) VALUES (1, 1, 'welfare_report', {stamp}, 'All seen', 0, {stamp}, 1, 1)"
            )
        )
    migrate.upgrade(database, "0011")
    assert sqlite_rows(database.path, "SELECT count(*) FROM welfare_details") == [(0,)]
    migrate.upgrade(database)
    ctx = ServiceContext(database, actor_for(database, "a.sharma"))
    [old] = welfare.welfare_log(ctx, "BAM-2025-0001")
    assert old.summary == "All seen" and old.condition == WelfareCondition.UNKNOWN
    database.dispose()
