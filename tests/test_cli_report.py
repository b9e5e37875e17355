"""``consular report NAME`` on a copy of the demo database: printed, JSON, and files."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

from consular.cli.main import main
from tests.demo_data import CASEWORKER, OTHER_CASEWORKER, SUPERVISOR
from tests.fixtures_db import sqlite_rows


@pytest.fixture(autouse=True)
def signed_in(demo_password_file, monkeypatch):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))


def run(capsys, db: Path, *args: str, user: str = CASEWORKER) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--user", user, *args])
    out, err = capsys.readouterr()
    return code, out, err


def held_count(db: Path) -> int:
    return sqlite_rows(
        db,
        "SELECT count(*) FROM case_participants p JOIN cases c ON c.id = p.case_id WHERE p.role = 'hostage' "
        "AND p.hostage_status IN ('held', 'unaccounted') AND c.status IN ('open', 'active')",
    )[0][0]


def test_held_prints_a_table_and_json_with_the_counts(capsys, demo_path):
    code, out, _ = run(capsys, demo_path, "report", "held")
    assert code == 0
    assert f"Nationals held or unaccounted for: {held_count(demo_path)}" in out
    assert "Audit chain head " in out and out.rstrip().endswith("CONFIDENTIAL")
    code, out, _ = run(capsys, demo_path, "report", "held", "--format", "json", user=OTHER_CASEWORKER)
    data = json.loads(out)
    rows = data["tables"]["nationals"]["rows"]
    assert len(rows) == held_count(demo_path)
    assert {r["last_pol"] for r in rows} == {"restricted"}  # not on any of these cases' teams
    assert data["scope"]["period_applies"] is False and data["classification"] == "CONFIDENTIAL"


def test_monthly_to_a_pdf_file_with_a_period_and_post(capsys, demo_path, tmp_path):
    target = tmp_path / "monthly.pdf"
    code, out, _ = run(
        capsys,
        demo_path,
        "report",
        "monthly",
        "--from",
        "2025-07-01",
        "--to",
        "2025-07-31",
        "--post",
        "BAM",
        "-o",
        str(target),
        user=SUPERVISOR,
    )
    assert code == 0 and "Wrote monthly statistics" in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    head = out.split("audit chain head ")[1].strip()
    pages = PdfReader(str(target)).pages
    assert all(f"Audit chain head {head}" in p.extract_text() and "CONFIDENTIAL" in p.extract_text() for p in pages)
    contacts = sqlite_rows(
        demo_path,
        "SELECT count(*) FROM contact_entries e JOIN cases c ON c.id = e.case_id JOIN posts p ON p.id = c.post_id "
        "WHERE p.code = 'BAM' AND e.voided_at IS NULL "
        "AND e.occurred_at >= '2025-07-01' AND e.occurred_at < '2025-08-01'",
    )[0][0]
    code, out, _ = run(
        capsys,
        demo_path,
        "report",
        "monthly",
        "--from",
        "2025-07-01",
        "--to",
        "2025-07-31",
        "--post",
        "BAM",
        "--format",
        "json",
    )
    data = json.loads(out)
    assert data["tables"]["by_month"]["rows"][0]["contacts"] == contacts > 0
    actions = [a for (a,) in sqlite_rows(demo_path, "SELECT action FROM audit_entries WHERE action LIKE 'report.%'")]
    assert actions == ["report.export"]


def test_wrong_input_says_what_to_do(capsys, demo_path, tmp_path):
    code, _out, err = run(capsys, demo_path, "report", "monthly", "--post", "XYZ")
    assert code != 0 and "the posts are: ABJ, BAM" in err
    code, _out, err = run(capsys, demo_path, "report", "held", "--format", "pdf")
    assert code != 0 and "-o FILE.pdf" in err
    with pytest.raises(SystemExit):
        run(capsys, demo_path, "report", "weekly")
    code, _out, err = run(capsys, demo_path, "report", "monthly", "--from", "2025-13-01")
    assert code != 0 and "YYYY-MM-DD" in err


def test_help_names_every_report(capsys):
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    out = capsys.readouterr().out
    for name in ("held", "monthly", "workload", "compliance", "--from", "--to", "--post", "--country", "--format"):
        assert name in out
