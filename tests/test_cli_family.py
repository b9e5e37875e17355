"""``consular share`` and ``consular letter`` on a copy of the demo database: marking, changing
the wording, refusing a restricted entry, unmarking, and the letter in English and Hindi
(read back with pdftotext), with the language the next of kin has no template for."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from consular.cli.main import main
from tests.demo_data import CASEWORKER, KAYES, VIEWER
from tests.fixtures_db import sqlite_rows


@pytest.fixture(autouse=True)
def signed_in(demo_password_file, monkeypatch):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))


def run(capsys, db: Path, *args: str, user: str = CASEWORKER) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--user", user, *args])
    out, err = capsys.readouterr()
    return code, out, err


def kayes_ids(db: Path, sql: str) -> list[int]:
    return [r[0] for r in sqlite_rows(db, sql.replace("{case}", f"(SELECT id FROM cases WHERE reference = '{KAYES}')"))]


def test_share_marks_rewords_refuses_restricted_and_unmarks(capsys, demo_path):
    contact = kayes_ids(demo_path, "SELECT id FROM contact_entries WHERE case_id = {case} AND NOT restricted")[0]
    secret = kayes_ids(demo_path, "SELECT id FROM contact_entries WHERE case_id = {case} AND restricted")[0]

    code, out, err = run(capsys, demo_path, "share", "contact", str(contact), "--wording", "We spoke to the factory.")
    assert code == 0, err
    assert "is shareable with family; the family is told “We spoke to the factory.”" in out
    code, out, _ = run(
        capsys, demo_path, "share", "contact", str(contact), "--wording", "The factory called us.", "--json"
    )
    assert code == 0 and json.loads(out)["wording"] == "The factory called us." and json.loads(out)["version"] == 2

    code, _, err = run(capsys, demo_path, "share", "contact", str(secret))
    assert code == 2 and "restricted, so it can never be shared with the family" in err
    code, _, err = run(capsys, demo_path, "share", "contact", str(contact), "--off", user=VIEWER)
    assert code == 2 and "may not" in err

    code, out, _ = run(capsys, demo_path, "share", "contact", str(contact), "--off")
    assert code == 0 and "no longer shareable" in out
    code, out, _ = run(capsys, demo_path, "share", "contact", str(contact), "--off")
    assert code == 0 and "was not marked" in out
    assert sqlite_rows(demo_path, f"SELECT count(*) FROM family_shares WHERE contact_id = {contact}") == [(0,)]
    share_ids = "SELECT entity_id FROM audit_entries WHERE action = 'family_share.unmark'"
    actions = [
        r[0]
        for r in sqlite_rows(
            demo_path, f"SELECT action FROM audit_entries WHERE entity = 'family_share' AND entity_id IN ({share_ids})"
        )
    ]
    assert actions == ["family_share.mark", "family_share.edit", "family_share.unmark"]


def test_letter_in_the_kin_language_or_english_when_there_is_no_template(capsys, demo_path, tmp_path):
    status = kayes_ids(
        demo_path,
        "SELECT e.id FROM hostage_status_events e JOIN case_participants p ON p.id = e.participant_id "
        "JOIN persons s ON s.id = p.person_id WHERE p.case_id = {case} AND s.full_name = 'Ravi Kumar Verma'",
    )[0]
    code, out, err = run(capsys, demo_path, "share", "status", str(status), "--off")
    assert code == 0 and "no longer shareable" in out, err  # the seed shares it; now not

    hindi = tmp_path / "sunita.pdf"
    code, out, err = run(capsys, demo_path, "letter", KAYES, "--kin", "sunita", "-o", str(hindi))
    assert code == 0, err
    assert "to Sunita Verma (हिन्दी, 4 entries)" in out  # the seed's five, less the status taken off
    text = subprocess.run(["pdftotext", str(hindi), "-"], capture_output=True, text=True, check=True).stdout
    assert "बंधक" not in text.split()

    code, _, err = run(capsys, demo_path, "share", "status", str(status))
    assert code == 0, err
    code, out, err = run(capsys, demo_path, "letter", KAYES, "--kin", "sunita", "-o", str(hindi))
    assert code == 0 and "5 entries" in out, err
    text = subprocess.run(["pdftotext", str(hindi), "-"], capture_output=True, text=True, check=True).stdout
    # The status held, said in Hindi: "... को बंधक बनाकर रखा गया है।" (words that extract as typed).
    words = set(text.split())
    assert {"बंधक", "रखा", "गया"} <= words, words
    assert hindi.stat().st_mode & 0o777 == 0o600

    english = tmp_path / "sunita-en.pdf"
    code, out, err = run(
        capsys, demo_path, "letter", KAYES, "--kin", "sunita", "--lang", "en", "--from", "2025-07-01",
        "--to", "2025-07-31", "-o", str(english), "--json",
    )  # fmt: skip
    assert code == 0, err
    issued = json.loads(out)
    assert issued["language"] == "en" and issued["entries"] == 5
    text = subprocess.run(["pdftotext", str(english), "-"], capture_output=True, text=True, check=True).stdout
    assert "Ravi Kumar Verma is being held." in text and "1 July 2025 to 31 July 2025" in text

    code, _, err = run(capsys, demo_path, "letter", KAYES, "--kin", "lakshmi", "-o", str(tmp_path / "te.pdf"))
    assert code == 2 and "preferred language is Telugu" in err and "--lang en" in err
    assert not (tmp_path / "te.pdf").exists()
    code, _, err = run(
        capsys, demo_path, "letter", KAYES, "--kin", "lakshmi", "--lang", "en", "-o", str(tmp_path / "l.pdf")
    )
    assert code == 0, err
    code, _, err = run(capsys, demo_path, "letter", KAYES, "--kin", "nobody", "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "No next of kin of BAM-2025-0001 matches 'nobody'" in err
