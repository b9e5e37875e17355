"""``consular import`` and ``consular export cases|people|contacts`` on a copy of the demo
database: dry run and report, all-or-nothing refusal, a saved mapping, list, undo."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from consular.cli.main import main
from consular.services.importing import mapping as maps
from tests.demo_data import CASEWORKER, KAYES, SUPERVISOR, VIEWER
from tests.import_files.make import people_csv


@pytest.fixture(autouse=True)
def signed_in(demo_password_file, monkeypatch, tmp_path):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))
    monkeypatch.setenv("CONSULAR_CONFIG_DIR", str(tmp_path / "config"))


def run(capsys, db: Path, *args: str, user: str = CASEWORKER) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--user", user, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_dry_run_import_list_and_undo(capsys, demo_path, tmp_path):
    path = people_csv(tmp_path / "register.csv")
    code, out, _ = run(capsys, demo_path, "import", "people", str(path), "--dry-run", "--json")
    report = json.loads(out)
    assert code == 1  # a dry run with refused rows says so in its exit status
    assert report["read_as"] == "UTF-8 with BOM, semicolon-separated" and report["dry_run"]
    statuses = [(r["row"], r["status"], r["field"]) for r in report["rows"]]
    assert statuses == [(3, "refused", "phone"), (4, "created", None), (5, "created", None)]

    code, out, err = run(capsys, demo_path, "import", "people", str(path))
    assert code != 0 and "Nothing was imported: 1 of 3 rows" in err and "row 3: phone" in err
    assert "refused" in out  # the per-row report is printed too

    code, out, _ = run(capsys, demo_path, "import", "people", str(path), "--default-country", "IN")
    assert code == 0 and "3 were created" in out and "read for country IN (+919810012345)" in out
    batch = int(out.split("Imported as import #")[1].split(";")[0])
    saved = maps.load(maps.saved_path("people"))
    assert saved.default_country == "IN" and saved.columns["Full name"] == "full_name"

    # The saved mapping is used next time: the same file now matches everyone.
    code, out, _ = run(capsys, demo_path, "import", "people", str(path), "--dry-run")
    assert code == 0 and "3 matched existing records" in out and "on passport number Z1234567" in out

    code, out, _ = run(capsys, demo_path, "import", "list")
    assert code == 0 and "register.csv" in out and "3 created, 0 matched" in out
    code, _, err = run(capsys, demo_path, "import", "undo", str(batch), "--reason", "wrong file", user=VIEWER)
    assert code != 0 and "may not undo an import" in err
    code, out, _ = run(capsys, demo_path, "import", "undo", str(batch), "--reason", "wrong file")
    assert code == 0 and f"Import #{batch} undone: 3 person(s) taken out of their case" in out
    code, out, _ = run(capsys, demo_path, "import", "list", "--json")
    assert json.loads(out)[0]["undone_at"]


def test_a_mapping_file_with_the_date_order(capsys, demo_path, tmp_path):
    rows = [["BAM-2025-0001", "witness", "Ama Owusu", "", "03/04/1990", "", "", ""]]
    path = people_csv(tmp_path / "p.csv", rows=rows)
    code, out, _ = run(capsys, demo_path, "import", "people", str(path), "--dry-run")
    assert code == 1 and "could be 3 April or 4 March" in out
    mapping = maps.suggest("people", maps.FIELDS and ["Case ref", "Role", "Full name", "DOB"])
    mapping.date_order = "dmy"
    toml = tmp_path / "people.toml"
    maps.save(mapping, toml)
    code, out, _ = run(capsys, demo_path, "import", "people", str(path), "--map", str(toml), "--dry-run")
    assert code == 0 and "1 would be created" in out
    (tmp_path / "bad.toml").write_text('kind = "people"\n[columns]\n"Full name" = "fullname"\n')
    code, _, err = run(capsys, demo_path, "import", "people", str(path), "--map", str(tmp_path / "bad.toml"))
    assert code != 0 and "'fullname', which is not a field" in err


def test_export_writes_the_import_columns(capsys, demo_path, tmp_path):
    target = tmp_path / "contacts.csv"
    code, out, _ = run(capsys, demo_path, "export", "contacts", "--format", "csv", "-o", str(target), user=SUPERVISOR)
    assert code == 0 and "Wrote" in out
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[1] == ",".join(maps.field_names("contacts"))
    assert any(KAYES in line for line in lines[2:])
    # A caseworker outside the Kayes team gets its restricted contacts left out, and is told.
    code, out, _ = run(capsys, demo_path, "export", "contacts", "-o", str(tmp_path / "c2.csv"), user=VIEWER)
    assert code == 0 and "Wrote 59 contacts" in out
    assert "left out 7 restricted contacts outside your cases' teams" in out
    with (tmp_path / "c2.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle.readlines()[1:]))
    assert len(rows) == 59 and {r["restricted"] for r in rows} == {"no"}


def test_a_damaged_file_is_a_plain_message(capsys, demo_path, tmp_path):
    path = tmp_path / "register.xlsx"
    path.write_bytes(b"PK\x03\x04 not a workbook")
    code, _, err = run(capsys, demo_path, "import", "people", str(path), "--dry-run")
    assert code != 0 and "not a readable .xlsx file" in err and "Traceback" not in err


def test_a_file_whose_columns_do_not_fit_says_which_columns_it_has(capsys, demo_path, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Reference;Who;Born\nBAM-2025-0001;Ravi;1988-03-14\n", encoding="utf-8")
    code, _, err = run(capsys, demo_path, "import", "people", str(path), "--dry-run")
    assert code != 0 and "Map a column to: Role, Full name (required)" in err
    assert "The columns found: Reference, Who, Born; name the columns as the fields, or give --map" in err
