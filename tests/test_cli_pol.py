"""``consular pol``: the question bank and proofs of life from the command line, on a copy
of the demo database; outsiders see that entries exist, never their content."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consular.cli.main import main
from tests.demo_data import CASEWORKER, KAYES, VIEWER


@pytest.fixture(autouse=True)
def signed_in(demo_password_file, monkeypatch):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))


def run(capsys, db: Path, *args: str, user: str = CASEWORKER) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--user", user, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_bank_a_proof_and_its_assessment_from_the_cli(capsys, demo_path):
    code, out, _ = run(capsys, demo_path, "pol", "questions", KAYES, "--hostage", "verma", "--json")
    assert code == 0
    bank = json.loads(out)
    assert {q["state"] for q in bank} == {"agreed", "used"}
    agreed = next(q for q in bank if q["state"] == "agreed")

    code, out, err = run(
        capsys,
        demo_path,
        "pol",
        "record",
        KAYES,
        "--hostage",
        "verma",
        "--at",
        "2025-07-25 10:00",
        "--medium",
        "video",
        "--what",
        "Video, 20 s, holds a newspaper",
        "--question",
        str(agreed["id"]),
        "--answer",
        agreed["expected_answer"],
        "--matched",
        "yes",
        "--json",
    )
    assert code == 0, err
    proof = json.loads(out)
    assert proof["assessment"] == "pending" and proof["answer_matched"] is True and proof["medium"] == "video"

    code, out, err = run(
        capsys, demo_path, "pol", "assess", str(proof["id"]), "--assessment", "genuine", "--basis", "Voice and answer"
    )
    assert code == 0, err
    assert "genuine" in out
    code, out, _ = run(capsys, demo_path, "cases", "show", KAYES, "--json")
    verma = next(p for p in json.loads(out)["participants"] if "Verma" in p["person"]["full_name"])
    assert verma["last_verified_proof_of_life"].startswith("2025-07-25")

    code, out, _ = run(capsys, demo_path, "pol", "questions", KAYES, "--hostage", "verma", "--json")
    assert sorted(q["state"] for q in json.loads(out)) == ["agreed", "used", "used"]


def test_outsiders_see_dates_not_content_and_cannot_add(capsys, demo_path):
    code, out, _ = run(capsys, demo_path, "pol", "list", KAYES, user=VIEWER)
    assert code == 0 and "restricted" in out and "Bijli" not in out and "audio" not in out
    code, out, _ = run(capsys, demo_path, "pol", "questions", KAYES, user=VIEWER)
    assert code == 0 and "scooter" not in out and "Bijli" not in out
    code, out, err = run(
        capsys,
        demo_path,
        "pol",
        "add-question",
        KAYES,
        "--hostage",
        "verma",
        "--question",
        "q",
        "--answer",
        "a",
        user=VIEWER,
    )
    assert code != 0 and "may not add a proof-of-life question" in err


def test_an_unknown_hostage_name_lists_the_hostages(capsys, demo_path):
    code, _, err = run(capsys, demo_path, "pol", "questions", KAYES, "--hostage", "nobody")
    assert code != 0 and "No hostage of" in err and "Verma" in err


def test_cases_show_tells_an_outsider_proofs_of_life_are_restricted_not_their_dates(capsys, demo_path):
    code, out, _ = run(capsys, demo_path, "cases", "show", KAYES, user=VIEWER)
    assert code == 0
    verma = next(line for line in out.splitlines() if "Ravi Kumar Verma" in line and "held for" in line)
    assert "proof of life restricted to the case team" in verma and "last received" not in verma
    assert "OVERDUE" not in verma
    code, out, _ = run(capsys, demo_path, "cases", "show", KAYES)
    verma = next(line for line in out.splitlines() if "Ravi Kumar Verma" in line and "held for" in line)
    assert "no verified proof of life" in verma and "last received" in verma
