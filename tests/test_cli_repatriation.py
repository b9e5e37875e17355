"""``consular repatriation`` on a copy of the demo database: the fictional Delta case's
checklist as seeded, and open/assign/done/na on the Kayes case after a release."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consular.cli.main import main
from consular.services import cases, people, tasks
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import CASEWORKER, DELTA, KAYES, OTHER_CASEWORKER, VIEWER


@pytest.fixture(autouse=True)
def signed_in(demo_password_file, monkeypatch):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))


def run(capsys, db: Path, *args: str, user: str = CASEWORKER) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--user", user, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_show_the_seeded_delta_checklist(capsys, demo_path):
    code, out, err = run(capsys, demo_path, "repatriation", "show", DELTA)
    assert code == 0, err
    assert "Arun Mathew" in out and "7 done, 0 open, 2 not applicable" in out
    assert "by Kerala Police" in out and "accepted" in out and "Passport found intact" in out
    code, out, _ = run(capsys, demo_path, "repatriation", "show", DELTA, "--json")
    [checklist] = json.loads(out)
    states = {i["kind"]: i["state"] for i in checklist["items"]}
    assert states["follow_up_90"] == "not applicable" and states["debrief"] == "done"
    assert {i["owner_username"] for i in checklist["items"]} == {"m.pillai", "p.das"}


def test_open_assign_done_na_on_a_release(capsys, demo_db, demo_path):
    code, out, _ = run(capsys, demo_path, "repatriation", "show", KAYES)
    assert code == 0 and "No repatriation checklist" in out
    caseworker = ServiceContext(demo_db, actor_for(demo_db, CASEWORKER))
    hostage = cases.get_case(caseworker, KAYES).hostages[0]
    pid, name = hostage.person.id, hostage.person.full_name
    code, out, err = run(capsys, demo_path, "repatriation", "open", KAYES, "--person", str(pid))
    assert code == 2 and "record their release first" in err
    # The release is recorded in the GUI (People tab); here through the same service.
    people.change_hostage_status(caseworker, KAYES, pid, "released", source="Gendarmerie", confirm_name=name)
    demo_db.dispose()
    code, out, err = run(capsys, demo_path, "repatriation", "show", KAYES, "--json")
    [checklist] = json.loads(out)
    assert checklist["person_name"] == name and len(checklist["items"]) == 9
    items = {i["kind"]: i["id"] for i in checklist["items"]}
    code, out, err = run(capsys, demo_path, "repatriation", "open", KAYES, "--person", str(pid))
    assert code == 2 and "already has a repatriation checklist" in err

    debrief = str(items["debrief"])
    code, out, err = run(capsys, demo_path, "repatriation", "done", debrief)
    assert code == 2 and "who held the debrief" in err
    code, out, err = run(capsys, demo_path, "repatriation", "done", debrief, "--debrief-by", "DGSE liaison")
    assert code == 0, err
    assert "done" in out and "by DGSE liaison" in out
    support = str(items["psychosocial"])
    code, out, err = run(capsys, demo_path, "repatriation", "done", support, "--support", "declined", "--json")
    assert code == 0 and json.loads(out)["psychosocial"] == "declined"
    flight = str(items["flight_escort"])
    code, out, err = run(
        capsys, demo_path, "repatriation", "assign", flight, "--to", OTHER_CASEWORKER, "--due", "2030-01-05 10:00"
    )
    assert code == 0, err
    assert "Kiran Reddy" in out and "2030-01-05 10:00 UTC" in out  # Bamako is UTC
    code, out, err = run(
        capsys, demo_path, "repatriation", "na", str(items["travel_document"]), "--reason", "Passport ok"
    )
    assert code == 0 and "not applicable" in out and "Passport ok" in out
    code, out, err = run(capsys, demo_path, "repatriation", "na", str(items["reception"]), "--reason", "x", user=VIEWER)
    assert code == 2 and "may not" in err
    code, out, _ = run(capsys, demo_path, "repatriation", "show", KAYES)
    assert "2 done, 6 open" in out and "1 not applicable" in out
    listed = tasks.list_tasks(ServiceContext(demo_db, actor_for(demo_db, VIEWER)), KAYES)
    assert any(t.title.startswith("Return: debrief") and t.status == "done" for t in listed)
