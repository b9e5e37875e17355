"""``consular cases link|unlink``, the links in ``cases show`` and ``consular escalations``, on a
copy of the demo database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consular.cli.main import main
from tests.demo_data import CASEWORKER, DELTA, KAYES, LANGTANG, LOME, SUPERVISOR


@pytest.fixture(autouse=True)
def signed_in(demo_password_file, monkeypatch):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))


def run(capsys, db: Path, *args: str, user: str = SUPERVISOR) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--user", user, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_link_show_and_unlink(capsys, demo_path):
    code, out, err = run(capsys, demo_path, "cases", "link", KAYES, LANGTANG, "--kind", "related", "--note", "test")
    assert code == 0, err
    assert out.strip() == f"Linked {KAYES} with {LANGTANG} (related)."
    code, out, _ = run(capsys, demo_path, "cases", "show", LANGTANG)
    assert "Linked cases (1):" in out and "note: test" in out
    assert f"Related: {KAYES} (BAM) Three Indian nationals taken hostage" in out
    code, out, _ = run(capsys, demo_path, "cases", "show", LANGTANG, "--json")
    [link] = json.loads(out)["linked_cases"]
    assert link["other_reference"] == KAYES and link["kind"] == "related"

    # Anjali leads Kayes only: she sees Langtang's side as reference and post.
    code, out, _ = run(capsys, demo_path, "cases", "show", KAYES, user=CASEWORKER)
    assert f"Related: {LANGTANG} (KTM) — details restricted to that case's team" in out
    assert "note: test" not in out
    code, _, err = run(capsys, demo_path, "cases", "link", KAYES, LOME, user=CASEWORKER)
    assert code == 2 and f"not on the team of {LOME}" in err

    code, _, err = run(capsys, demo_path, "cases", "link", LANGTANG, KAYES)
    assert code == 2 and "already linked" in err
    code, _, err = run(capsys, demo_path, "cases", "link", KAYES, KAYES)
    assert code == 2 and "cannot be linked to itself" in err
    with pytest.raises(SystemExit) as missing:
        run(capsys, demo_path, "cases", "unlink", KAYES, LANGTANG)
    assert missing.value.code == 2 and "--reason" in capsys.readouterr().err
    code, out, err = run(capsys, demo_path, "cases", "unlink", KAYES, LANGTANG, "--reason", "Entered in error")
    assert code == 0, err
    assert "the link stays on record" in out
    code, out, _ = run(capsys, demo_path, "cases", "show", LANGTANG)
    assert "Linked cases" not in out
    code, out, _ = run(capsys, demo_path, "cases", "show", LOME, "--json")
    assert [x["other_reference"] for x in json.loads(out)["linked_cases"]] == [DELTA]


def test_escalations_lists_the_supervisors_own_queue(capsys, demo_path):
    code, out, err = run(capsys, demo_path, "--as-of", "2025-10-21", "escalations")
    assert code == 0, err
    assert out.startswith("CASE") and KAYES in out and "Call Verma family (3-day plan)" in out
    assert LOME not in out  # Priyanka Das's case
    code, out, _ = run(capsys, demo_path, "--as-of", "2025-10-21", "escalations", "--json")
    data = json.loads(out)
    assert data["total"] == data["family_total"] + data["task_total"] == len(data["items"]) > 0
    assert data["after_days"] == 3 and {i["reference"] for i in data["items"]} == {KAYES}
    code, out, _ = run(capsys, demo_path, "--as-of", "2025-10-21", "escalations", "--limit", "1")
    assert "more not listed; raise --limit" in out
    code, _, err = run(capsys, demo_path, "escalations", user=CASEWORKER)
    assert code == 2 and "only supervisors or administrators may" in err
    # Before anything fell due, the queue is empty and says so.
    code, out, _ = run(capsys, demo_path, "--as-of", "2025-07-02", "escalations")
    assert code == 0 and out.startswith("Nothing overdue by more than 3 days")
