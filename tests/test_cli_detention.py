"""``consular detention`` on a copy of the demo database: show (with overdue marks), set a
transfer, charges, hearings, visits and notes verbales, overdue, --help, and the refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consular.cli.main import main
from tests.demo_data import KAYES, LOME, VIEWER

LEAD = "f.ansari"  # the Lomé case's lead caseworker in the demo
AS_OF = ["--as-of", "2025-10-21"]  # the demo's day (read-only)


@pytest.fixture(autouse=True)
def signed_in(demo_password_file, monkeypatch):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))


def run(capsys, db: Path, *args: str, user: str = LEAD, before: tuple[str, ...] = ()) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--user", user, *before, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_show_the_demo_detention_file(capsys, demo_path):
    code, out, err = run(capsys, demo_path, "detention", "show", LOME, before=tuple(AS_OF))
    assert code == 0, err
    assert "Lomé civil prison, remand wing (fictional) since 2025-07-09" in out
    assert "before: Judicial police holding cells, Lomé (fictional) from 2025-05-20" in out
    assert "Maître Kossi Agbodjan (fictional)" in out
    visits = out.split("Consular visits")[1].split("Notes verbales")[0]
    assert "Refused 2025-06-13" in visits and "Granted 2025-07-24" in visits
    assert "waiting 15 days  OVERDUE" in visits
    notes = out.split("Notes verbales")[1].split("Hearings")[0]
    assert "unanswered, 29 days  OVERDUE" in notes
    assert "NO OUTCOME RECORDED  OVERDUE" in out.split("Hearings")[1]
    code, out, _ = run(capsys, demo_path, "detention", "show", LOME, "--json", before=tuple(AS_OF))
    data = json.loads(out)
    assert [v["decision"] for v in data["visits"]] == ["granted", "refused", "granted", "pending"]
    assert data["visits"][2]["restricted"] is True and data["visits"][2]["welfare_observed"].startswith("Fictional.")


def test_outside_the_team_restricted_visit_is_withheld(capsys, demo_path):
    code, out, _ = run(capsys, demo_path, "detention", "show", LOME, "--json", user=VIEWER, before=tuple(AS_OF))
    assert code == 0
    third = json.loads(out)["visits"][2]
    assert third["withheld"] is True and third["findings"] is None and "5 kg" not in out


def test_overdue_lists_the_three_kinds(capsys, demo_path):
    code, out, _ = run(capsys, demo_path, "detention", "overdue", "--json", before=tuple(AS_OF))
    assert code == 0
    items = json.loads(out)
    assert [(i["kind"], i["days_waiting"]) for i in items] == [("note", 29), ("visit", 15), ("hearing", 7)]


def test_record_through_the_cli(capsys, demo_path):
    code, out, err = run(capsys, demo_path, "detention", "set", LOME, "--place", "Central prison (fictional)",
                         "--since", "2025-10-20")  # fmt: skip
    assert code == 0, err
    assert "at Central prison (fictional)" in out
    code, out, err = run(capsys, demo_path, "detention", "note", "add", LOME, "--number", "NV/LFW/2025/090",
                         "--sent", "2025-10-20", "--to", "MFA", "--subject", "Transfer", "--json")  # fmt: skip
    assert code == 0, err
    note = json.loads(out)["id"]
    code, out, err = run(capsys, demo_path, "detention", "visit", "request", LOME, "--on", "2025-10-20",
                         "--note", str(note), "--json")  # fmt: skip
    visit = json.loads(out)["id"]
    code, out, err = run(capsys, demo_path, "detention", "visit", "decide", str(visit), "granted", "--on", "2025-10-19")
    assert code == 2 and "before the request" in err
    code, out, err = run(capsys, demo_path, "detention", "visit", "decide", str(visit), "granted", "--on", "2025-10-21")
    assert code == 0 and "granted on 2025-10-21" in out
    code, out, err = run(capsys, demo_path, "detention", "visit", "record", str(visit), "--on", "2025-10-22",
                         "--by", "Consul", "--welfare", "Tired but well", "--restricted")  # fmt: skip
    assert code == 0, err
    code, out, err = run(capsys, demo_path, "detention", "note", "answer", str(note), "--on", "2025-10-23",
                         "--summary", "Noted")  # fmt: skip
    assert code == 0 and "answered 2025-10-23" in out
    code, out, err = run(capsys, demo_path, "detention", "hearing", "add", LOME, "--date", "2025-11-20",
                         "--court", "Court of appeal", "--next", "2025-11-01")  # fmt: skip
    assert code == 2 and "before this hearing" in err
    code, out, err = run(capsys, demo_path, "detention", "charge", "add", LOME, "--text", "Theft of cargo",
                         "--filed", "2025-10-20", "--json")  # fmt: skip
    charge = json.loads(out)["id"]
    code, out, err = run(capsys, demo_path, "detention", "charge", "status", str(charge), "dropped",
                         "--at", "2025-10-25")  # fmt: skip
    assert code == 0 and "dropped on 2025-10-25" in out
    code, out, _ = run(capsys, demo_path, "detention", "show", LOME, "--json")
    data = json.loads(out)
    assert data["detentions"][0]["place"] == "Central prison (fictional)"
    assert [p["place"] for p in data["detentions"][0]["places"]][-2:] == [
        "Lomé civil prison, remand wing (fictional)",
        "Central prison (fictional)",
    ]
    assert data["charges"][0]["status"] == "dropped"


def test_refusals_say_what_to_do(capsys, demo_path):
    code, _, err = run(capsys, demo_path, "detention", "show", KAYES)
    assert code == 2 and "kind 'Wrongful detention by a state'" in err
    code, _, err = run(capsys, demo_path, "detention", "charge", "add", LOME, "--text", "X", "--filed",
                       "2025-10-20", user=VIEWER)  # fmt: skip
    assert code == 2 and "may not" in err


def test_help_names_every_action(capsys):
    with pytest.raises(SystemExit):
        main(["detention", "--help"])
    out = capsys.readouterr().out
    for action in ("show", "overdue", "set", "charge", "hearing", "visit", "note"):
        assert action in out
    assert "CONSULAR_VISIT_ANSWER_DAYS" in out and "default 7" in out
    with pytest.raises(SystemExit):
        main(["detention", "visit", "--help"])
    out = capsys.readouterr().out
    assert "request" in out and "decide" in out and "record" in out
