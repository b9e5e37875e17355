"""``consular demands`` and ``consular vetting`` on a copy of the demo database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consular.cli.main import main
from tests.demo_data import CASEWORKER, KAYES, SUPERVISOR, VIEWER


@pytest.fixture(autouse=True)
def signed_in(demo_password_file, monkeypatch):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))


def run(capsys, db: Path, *args: str, user: str = CASEWORKER) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--user", user, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_add_respond_and_vet(capsys, demo_path):
    code, out, _ = run(capsys, demo_path, "demands", "list", KAYES)
    assert code == 0 and "300,000 XOF" in out and "UNDER VETTING INTERMEDIARY" in out
    code, out, _ = run(capsys, demo_path, "demands", "list", KAYES, "--json")
    broker = json.loads(out)[0]["via_counterpart_id"]
    code, out, err = run(
        capsys,
        demo_path,
        "demands",
        "add",
        KAYES,
        "--at",
        "2025-07-26 10:00",
        "--by",
        "Caller speaking for the group",
        "--kind",
        "money",
        "--amount",
        "2000000",
        "--currency",
        "EUR",
        "--details",
        "Two million euros for the three",
        "--via",
        str(broker),
        "--json",
    )
    assert code == 0, err
    demand = json.loads(out)
    assert demand["amount"] == 2_000_000 and demand["via_vetting"] == "under_vetting"
    code, out, err = run(capsys, demo_path, "demands", "respond", str(demand["id"]), "referred", "--note", "To MEA")
    assert code == 0, err
    assert "referred" in out
    code, out, err = run(
        capsys, demo_path, "vetting", "set", str(broker), "rejected", "--basis", "Extortion", user=SUPERVISOR
    )
    assert code == 0, err
    code, out, _ = run(capsys, demo_path, "vetting", "history", str(broker))
    assert "Rejected" in out and "Extortion" in out


def test_outsiders_see_dates_only_and_a_caseworker_cannot_decide_vetting(capsys, demo_path):
    code, out, _ = run(capsys, demo_path, "demands", "list", KAYES, user=VIEWER)
    assert code == 0 and "restricted" in out and "XOF" not in out and "Mamadou" not in out
    code, out, _ = run(capsys, demo_path, "demands", "list", KAYES, "--json")
    broker = json.loads(out)[0]["via_counterpart_id"]
    code, _, err = run(capsys, demo_path, "vetting", "set", str(broker), "vetted", "--basis", "x")
    assert code != 0 and "may not decide that an intermediary is vetted or rejected" in err
