"""``consular family`` on a copy of the demo database: the log, telling a family (which closes
their open item), the items across cases, closing by hand, and changing a liaison officer; and
what the demo holds (one open item: the Verma proof of life, case team only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consular.cli.main import main
from tests.demo_data import CASEWORKER, DELTA, KAYES, OTHER_CASEWORKER, SUPERVISOR, VIEWER


@pytest.fixture(autouse=True)
def signed_in(demo_password_file, monkeypatch):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))


def run(capsys, db: Path, *args: str, user: str = CASEWORKER) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--user", user, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_demo_has_one_open_item_which_telling_the_family_closes(capsys, demo_path):
    code, out, err = run(capsys, demo_path, "family", "items", "--json")
    assert code == 0, err
    [item] = json.loads(out)
    assert (item["reference"], item["kind"], item["hostage_name"]) == (KAYES, "proof_of_life", "Ravi Kumar Verma")
    # Outside the case team the restricted item is not there at all.
    for outsider in (VIEWER, OTHER_CASEWORKER):
        code, out, _ = run(capsys, demo_path, "family", "items", user=outsider)
        assert code == 0 and out.strip() == "No open 'tell the family' items."

    code, out, _ = run(capsys, demo_path, "family", "log", KAYES, "--kin", "Sunita")
    assert code == 0 and "Shared the employer's second-hand report" in out and "Phone" in out

    code, out, err = run(
        capsys,
        demo_path,
        "family",
        "told",
        KAYES,
        "--kin",
        "Sunita Verma",
        "--channel",
        "phone",
        "--text",
        "Told her an audio message has come and is being checked.",
    )
    assert code == 0, err
    assert "closed 1 'tell the family' item" in out
    code, out, _ = run(capsys, demo_path, "family", "items")
    assert out.strip() == "No open 'tell the family' items."
    code, out, _ = run(capsys, demo_path, "family", "log", KAYES, "--json")
    newest = json.loads(out)[0]
    assert newest["restricted"] and newest["covered"] == [f"Proof of life #{item['record_id']}"]
    # An outsider sees that the family was told something then, never what.
    code, out, _ = run(capsys, demo_path, "family", "log", KAYES, "--json", user=OTHER_CASEWORKER)
    assert json.loads(out)[0]["what_told"] == "restricted" and "audio" not in out


def test_closing_an_item_by_hand_and_the_errors_a_user_can_fix(capsys, demo_path):
    code, out, _ = run(capsys, demo_path, "family", "items", KAYES, "--json")
    [item] = json.loads(out)
    code, _, err = run(capsys, demo_path, "family", "done", str(item["id"]), "--reason", " ")
    assert code == 2 and "reason" in err.lower()
    code, out, err = run(capsys, demo_path, "family", "done", str(item["id"]), "--reason", "Told in person")
    assert code == 0, err
    assert f"Closed item #{item['id']}" in out
    code, out, _ = run(capsys, demo_path, "family", "items", KAYES, "--all")
    assert "done" in out and "(Told in person)" in out
    code, out, _ = run(capsys, demo_path, "family", "items", KAYES, "--all", "--json")
    done = [i for i in json.loads(out) if i["id"] != item["id"]]
    # The demo's 2 and 10 July statements were covered by the family updates of 15 July.
    assert done and all(i["family_update_id"] and i["kind"] == "public_statement" for i in done)
    code, out, _ = run(capsys, demo_path, "family", "items", DELTA, "--all", "--json")
    assert {i["done_reason"].split(";")[0] for i in json.loads(out)} == {"Family told at the time"}
    code, _, err = run(
        capsys, demo_path, "family", "told", KAYES, "--kin", "Nobody", "--channel", "phone", "--text", "x"
    )
    assert code == 2 and "no next of kin called 'Nobody'" in err
    code, _, err = run(
        capsys,
        demo_path,
        "family",
        "told",
        KAYES,
        "--kin",
        "Sunita",
        "--channel",
        "phone",
        "--text",
        "x",
        user=VIEWER,
    )
    assert code == 2 and "may not record what was told" in err


def test_officers_listed_and_changed_with_a_reason(capsys, demo_path):
    code, out, err = run(capsys, demo_path, "family", "officer", KAYES)
    assert code == 0, err
    assert "Subrat Mohanty (brother of" in out and "Kiran Reddy since" in out
    assert "from Priyanka Das to Kiran Reddy: Priyanka Das keeps Mr Mohanty" in out
    code, out, err = run(
        capsys,
        demo_path,
        "family",
        "officer",
        KAYES,
        "--kin",
        "Lakshmi",
        "--to",
        "p.das",
        "--reason",
        "Kiran Reddy on leave for three weeks",
        user=SUPERVISOR,
    )
    assert code == 0, err
    assert "Lakshmi Gaddam (spouse of" in out and "Priyanka Das since" in out
    assert "from Kiran Reddy to Priyanka Das: Kiran Reddy on leave" in out
    code, _, err = run(capsys, demo_path, "family", "officer", KAYES, "--kin", "Lakshmi", "--to", "p.das")
    assert code == 2 and "needs --to USER and --reason" in err
