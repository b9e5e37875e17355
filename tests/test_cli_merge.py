"""``consular duplicates``, ``consular merge`` and ``contacts add --with`` on a copy of the demo
database, whose fictional cases carry near-duplicates on purpose (seeds/demo)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from consular.cli.main import main
from tests.demo_data import CASEWORKER, LANGTANG, LOME, SUPERVISOR
from tests.test_merge import every_row, rows_pointing_to

# Each command signs in, which updates the account's last sign-in: not part of a merge.
SIGN_INS = ("users",)


@pytest.fixture(autouse=True)
def signed_in(demo_password_file, monkeypatch):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))


def run(capsys, db: Path, *args: str, user: str = CASEWORKER) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--user", user, *args])
    out, err = capsys.readouterr()
    return code, out, err


def pair(found: list[dict], a: str, b: str) -> dict:
    return next(c for c in found if {c["a_name"], c["b_name"]} == {a, b})


def test_the_finder_finds_the_seeded_near_duplicates(capsys, demo_path):
    code, out, err = run(capsys, demo_path, "duplicates", "people", "--json")
    assert code == 0, err
    people = json.loads(out)
    gill = pair(people, "Harpreet Singh Gill", "Harpreet Singh Gil")
    assert "same passport number" in gill["reasons"] and gill["score"] >= 0.9
    assert gill["a_cases"] == gill["b_cases"] == [LOME]
    assert pair(people, "Sunanda Deshpande", "Sunanda Despande")["a_cases"] == [LANGTANG]

    code, out, err = run(capsys, demo_path, "duplicates", "counterparts", "--json")
    counterparts = json.loads(out)
    agency = pair(counterparts, "Lhakpa Gyalzen", "Lakpa Gyaltsen")
    assert {"same phone number", "same organisation (Yak Trail Treks Pvt Ltd (fictional))"} <= set(agency["reasons"])
    pair(counterparts, "Sunanda Deshpande", "Sunanda Despande")  # the relative's counterpart, too

    code, out, err = run(capsys, demo_path, "duplicates", "people")
    assert code == 0 and "Harpreet Singh Gil" in out and "same passport number" in out
    assert "consular merge person A B" in err


def test_merge_shows_then_merges_then_undoes(capsys, demo_path):
    code, out, _ = run(capsys, demo_path, "duplicates", "counterparts", "--json")
    agency = pair(json.loads(out), "Lhakpa Gyalzen", "Lakpa Gyaltsen")
    keep, drop = (
        (agency["a_id"], agency["b_id"]) if agency["a_name"] == "Lhakpa Gyalzen" else (agency["b_id"], agency["a_id"])
    )
    before = every_row(demo_path, SIGN_INS)

    code, out, err = run(capsys, demo_path, "merge", "counterpart", str(keep), str(drop), user=SUPERVISOR)
    assert code == 0, err
    assert "Lhakpa Gyalzen" in out and "Lakpa Gyaltsen" in out and "Nothing changed" in err
    assert every_row(demo_path, SIGN_INS) == before  # shown only

    code, out, err = run(capsys, demo_path, "merge", "counterpart", str(keep), str(drop), "--yes", user=CASEWORKER)
    assert code == 2 and "supervisors" in err

    code, out, err = run(
        capsys, demo_path, "merge", "counterpart", str(keep), str(drop), "--take", "role=b", "--yes", user=SUPERVISOR
    )
    assert code == 0, err
    merge_id = int(out.strip())
    assert f"consular merge undo {merge_id}" in err
    assert rows_pointing_to(demo_path, "counterparts", drop) == []
    with sqlite3.connect(demo_path) as conn:
        assert conn.execute("SELECT role FROM counterparts WHERE id = ?", (keep,)).fetchone() == (
            "Trekking agency owner",
        )
    code, out, _ = run(capsys, demo_path, "duplicates", "counterparts", "--json")
    assert not any(drop in (c["a_id"], c["b_id"]) for c in json.loads(out))

    code, out, err = run(capsys, demo_path, "merge", "list", user=SUPERVISOR)
    assert code == 0 and "Lakpa Gyaltsen" in out
    code, out, err = run(capsys, demo_path, "merge", "undo", str(merge_id), user=SUPERVISOR)
    assert code == 0, err
    assert every_row(demo_path, SIGN_INS) == before

    code, out, err = run(capsys, demo_path, "merge", "person", "1", "2", "--take", "full_name", user=SUPERVISOR)
    assert code == 2 and "FIELD=a or FIELD=b" in err


def test_contacts_add_with_offers_close_matches_and_creates_only_when_told(capsys, demo_path):
    base = ["contacts", "add", LOME, "--at", "2025-07-26T10:00", "--channel", "phone", "--summary", "Call"]
    # "Lakpa Gyalzen" is on another case only, spelt another way: offered, nothing logged.
    code, out, err = run(capsys, demo_path, *base, "--with", "Lakpa Gyalzen")
    assert code == 2
    assert "close matches" in err and "--with-id" in err and "Lhakpa Gyalzen" in err and LANGTANG in err
    assert "Nothing was logged" in err
    code, out, err = run(capsys, demo_path, *base, "--with", "Someone Entirely New")
    assert code == 2 and "--new-counterpart" in err

    # An exact name elsewhere is used (and linked to this case).
    code, out, err = run(capsys, demo_path, *base, "--with", "Lhakpa Gyalzen", "--json")
    assert code == 0, err
    entry = json.loads(out)
    assert [c["name"] for c in entry["counterparts"]] == ["Lhakpa Gyalzen"] and "linked to" in err

    # --with-id picks one of the listed matches.
    agency_id = entry["counterparts"][0]["id"]
    code, out, err = run(capsys, demo_path, *base, "--with-id", str(agency_id), "--json")
    assert code == 0 and json.loads(out)["counterparts"][0]["id"] == agency_id

    # --new-counterpart creates it, and says so.
    code, out, err = run(capsys, demo_path, *base, "--with", "Someone Entirely New", "--new-counterpart")
    assert code == 0, err
    assert "added it as a new counterpart" in err
