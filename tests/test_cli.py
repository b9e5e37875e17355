"""The command line as scripts use it: outputs, JSON shapes, exit codes, one-line errors.

Most tests call ``consular.cli.main.main`` in-process; one runs the installed ``consular``
console script and ``python -m consular`` in subprocesses, as a user would.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from consular.cli.main import main
from consular.db import migrate
from tests.demo_data import DELTA, INCIDENT, KAYES, LANGTANG, LOME
from tests.fixtures_db import DEMO_PASSWORD, sqlite_rows

REF = KAYES
PASSPORTS = {"Z3141592", "Y2718281", "X1618033"}
# The demo's administrator: loading seeds is an administrator's.
USER = "n.joshi"


@pytest.fixture(autouse=True)
def signed_in(demo_password_file, monkeypatch):
    """Every command here signs in as USER with the demo password from a 0600 file."""
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))


def run(capsys, db: Path, *args: str, user: str = USER) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--user", user, *args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, out: str, err: str, *fragments: str) -> None:
    assert code != 0
    assert "Traceback" not in err and "Traceback" not in out
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("consular: "), err
    for fragment in fragments:
        assert fragment.lower() in lines[0].lower(), lines[0]


def test_console_script_seeds_and_lists_the_demo(tmp_path):
    """The installed entry points, run for real."""
    password = tmp_path / "pw"
    password.write_text(DEMO_PASSWORD)
    password.chmod(0o600)
    env = {**os.environ, "CONSULAR_USER": "boss", "CONSULAR_PASSWORD_FILE": str(password)}
    env.pop("CONSULAR_DB", None)
    # Started first and read last: it runs beside the seeding on a second core.
    with subprocess.Popen(
        [sys.executable, "-m", "consular", "--help"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    ) as help_run:
        script = shutil.which("consular", path=str(Path(sys.executable).parent))
        assert script, "the consular console script is not installed beside this Python"
        db = tmp_path / "demo.db"
        made = subprocess.run(
            [script, "--db", str(db), "db", "init", "--admin", "boss", "--password-file", str(password)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert made.returncode == 0, made.stderr
        seeded = subprocess.run(
            [script, "--db", str(db), "seed", "demo"], capture_output=True, text=True, env=env, timeout=300, check=False
        )
        assert seeded.returncode == 0, seeded.stderr
        assert f"Loaded 4 demo case(s): {REF}" in seeded.stdout
        listed = subprocess.run(
            [script, "--db", str(db), "cases", "list", "--json"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert listed.returncode == 0, listed.stderr
        kayes = {row["reference"]: row for row in json.loads(listed.stdout)}[REF]
        assert (kayes["country"], kayes["hostages_held"], kayes["hostages_total"]) == ("ML", 3, 3)
        assert kayes["status"] == "active" and kayes["kind"] == "hostage_taking"

        help_out, help_err = help_run.communicate(timeout=120)
    assert help_run.returncode == 0, help_err
    for command in ("brief", "db", "export", "seed", "cases", "contacts", "search"):
        assert command in help_out


def test_seed_demo_again_changes_nothing(capsys, demo_path):
    tables = [
        "cases",
        "persons",
        "contact_entries",
        "tasks",
        "milestones",
        "counterparts",
        "users",
        "posts",
        "search_documents",
    ]
    before = {t: sqlite_rows(demo_path, f"SELECT count(*) FROM {t}")[0][0] for t in tables}
    code, out, err = run(capsys, demo_path, "seed", "demo")
    assert code == 0, err
    assert "Already loaded" in out and "Loaded" not in out.replace("Already loaded", "")
    after = {t: sqlite_rows(demo_path, f"SELECT count(*) FROM {t}")[0][0] for t in tables}
    # Nobody is registered by running a command any more.
    assert after == before


def test_cases_list_json_shape(capsys, demo_path):
    code, out, err = run(capsys, demo_path, "cases", "list", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert [r["reference"] for r in rows] == [LANGTANG, REF, LOME, DELTA]
    kayes = rows[1]
    for key in (
        "reference",
        "title",
        "kind",
        "status",
        "country",
        "place",
        "incident_at",
        "hostages_held",
        "hostages_total",
        "last_contact_at",
    ):
        assert key in kayes
    assert kayes["incident_at"] == INCIDENT
    assert kayes["place"] == "Kayes, Kayes Region"
    assert kayes["last_contact_at"].startswith("2025-07-2")
    assert isinstance(kayes["hostages_held"], int)
    closed = [r for r in rows if r["status"] == "closed"]
    assert [(r["reference"], r["hostages_held"], r["hostages_total"]) for r in closed] == [(DELTA, 0, 1)]


def test_cases_list_filters_and_text_table(capsys, demo_path):
    code, out, _ = run(capsys, demo_path, "cases", "list", "--status", "closed,resolved", "--json")
    assert code == 0 and [r["reference"] for r in json.loads(out)] == [DELTA]
    code, out, _ = run(capsys, demo_path, "cases", "list", "--kind", "wrongful_detention", "--post", "lfw", "--json")
    assert [r["reference"] for r in json.loads(out)] == [LOME]
    code, out, _ = run(capsys, demo_path, "cases", "list", "--limit", "2", "--sort", "reference", "--ascending")
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["REFERENCE", "STATUS", "KIND"] and set(lines[1]) <= {"-", " "}
    assert [line.split()[0] for line in lines[2:]] == [DELTA, REF]
    assert "3/3" in out  # hostages held / total
    code, out, err = run(capsys, demo_path, "cases", "list", "--status", "paused")
    assert_one_line_error(code, out, err, "paused", "open, active, resolved, closed")


def test_cases_show_json_has_people_with_identifiers_and_roles(capsys, demo_path):
    code, out, err = run(capsys, demo_path, "cases", "show", REF.lower(), "--json")
    assert code == 0, err
    case = json.loads(out)
    assert case["reference"] == REF and case["hostages_held"] == 3 and case["hostages_total"] == 3
    people = case["participants"]
    assert {p["person"]["passport_number"] for p in people if p["role"] == "hostage"} == PASSPORTS
    assert {p["role"] for p in people} == {"hostage", "witness", "next_of_kin"}
    gaddam = next(p for p in people if p["person"]["full_name"] == "Srinivas Gaddam")
    assert gaddam["person"]["name_native"] == "श्रीनिवास गड्डम"
    assert {"kind": "Employee ID", "value": "DCF-KYS-0417", "issuing_country": "ML"} in gaddam["person"]["identifiers"]
    assert gaddam["person"]["date_of_birth"] == "1979-11-02" and gaddam["hostage_status"] == "held"
    assert isinstance(gaddam["days_in_captivity"], int)
    assert len(case["next_of_kin"]) == 5 and case["next_of_kin"][0]["contact_every_days"] == 2
    assert len(case["milestones"]) == 7 and len(case["tasks"]) == 12
    assert case["contact_count"] == 35


def test_cases_show_text_is_readable(capsys, demo_path):
    # --as-of makes the day count exact: taken 1 July 06:00 GMT, shown as of the end of 25 July.
    code, out, _ = run(capsys, demo_path, "--as-of", "2025-07-25", "cases", "show", REF)
    assert code == 0
    assert out.startswith(f"{REF}  Three Indian nationals taken hostage")
    for fragment in (
        "Srinivas Gaddam — National concerned — held for 24 days (since 2025-07-01 06:00 GMT)",
        "passport: Z3141592",
        "Employee ID: DCF-KYS-0417 (ML)",
        "Lakshmi Gaddam (spouse of Srinivas Gaddam)",
        "Contacts logged: 35",
        "Proof of life (Ravi Kumar Verma)",
        "[RESTRICTED]",
    ):
        assert fragment in out


def test_contacts_add_matches_or_creates_counterparts_and_says_so(capsys, demo_path):
    code, out, err = run(
        capsys,
        demo_path,
        "contacts",
        "add",
        REF,
        "--at",
        "2025-07-26T10:00",
        "--channel",
        "phone",
        "--with",
        "gendarmerie",
        "--with",
        "Moussa Konaté",
        "--summary",
        "Call about the convoy",
        "--notes",
        "The commander mentioned a sighting near Yélimané.",
        "--direction",
        "incoming",
        "--duration",
        "12",
        "--new-counterpart",
    )
    assert code == 0, err
    entry_id = int(out.strip())
    assert "'Moussa Konaté'" in err and "category other" in err
    assert "Gendarmerie" not in err.split("Logged")[0]  # matched, not created
    row = sqlite_rows(
        demo_path,
        "SELECT occurred_at, channel, direction, duration_minutes, restricted FROM contact_entries WHERE id = ?",
        (entry_id,),
    )
    assert row == [("2025-07-26 10:00:00.000000", "phone", "incoming", 12, 0)]  # Bamako is UTC
    code, out, _ = run(capsys, demo_path, "search", "yelimane", "--json")
    hits = json.loads(out)
    assert [(h["reference"], h["entity"], h["entity_id"]) for h in hits] == [(REF, "contact", entry_id)]
    code, out, err = run(
        capsys,
        demo_path,
        "contacts",
        "add",
        REF,
        "--at",
        "2025-07-26T11:00",
        "--channel",
        "email",
        "--with",
        "Moussa Konaté",
        "--summary",
        "Follow-up",
        "--restricted",
        "--json",
    )
    assert code == 0 and err == "" and json.loads(out)["restricted"] is True
    assert json.loads(out)["counterparts"][0]["category"] == "other"


def test_search_json(capsys, demo_path):
    code, out, err = run(capsys, demo_path, "search", "Kayes", "--json", "--limit", "5")
    assert code == 0, err
    hits = json.loads(out)
    assert 1 <= len(hits) <= 5
    for hit in hits:
        assert {"reference", "entity", "snippet"} <= set(hit)
        assert hit["reference"] == REF and "[Kayes]" in hit["snippet"]
    code, out, err = run(capsys, demo_path, "search", "metformin")
    assert code == 0 and out.splitlines()[0].split() == ["CASE", "MATCHED", "WHERE"]
    code, out, err = run(capsys, demo_path, "search", "zzzqqq")
    assert code == 0 and out == "" and "Nothing matches" in err
    code, out, err = run(capsys, demo_path, "search", "NEAR(", '"', "*", "--json")
    assert code == 0 and isinstance(json.loads(out), list)


def test_db_current(capsys, demo_path, tmp_path):
    code, out, _ = run(capsys, demo_path, "db", "current", "--json")
    assert code == 0 and json.loads(out) | {"database": None} == {
        "database": None,
        "revision": migrate.head_revision(),
        "head": migrate.head_revision(),
        "state": "current",
    }
    missing = tmp_path / "nothing-here.db"
    code, out, _ = run(capsys, missing, "db", "current")
    assert code == 0 and "state:    missing" in out and not missing.exists()
    code, out, _ = run(capsys, tmp_path / "fresh.db", "db", "upgrade")
    assert code == 0 and f"Created the consular schema ({migrate.head_revision()})" in out


@pytest.mark.parametrize(
    "args, fragments",
    [
        (["cases", "show", "BAM-2025-0099"], ["no case 'BAM-2025-0099'"]),
        (
            [
                "contacts",
                "add",
                "BAM-2025-0099",
                "--at",
                "2025-07-26T10:00",
                "--channel",
                "phone",
                "--with",
                "x",
                "--summary",
                "y",
            ],
            ["no case 'BAM-2025-0099'"],
        ),
        (
            ["contacts", "add", REF, "--at", "26/07/2025", "--channel", "phone", "--with", "x", "--summary", "y"],
            ["not a date and time"],
        ),
        (
            ["contacts", "add", REF, "--at", "2099-07-26T10:00", "--channel", "phone", "--with", "x", "--summary", "y"],
            ["future"],
        ),
        (
            [
                "contacts",
                "add",
                REF,
                "--at",
                "2025-07-26T10:00",
                "--channel",
                "pigeon",
                "--with",
                "x",
                "--summary",
                "y",
            ],
            ["'pigeon' is not a known contact channel"],
        ),
        (
            [
                "contacts",
                "add",
                REF,
                "--at",
                "2025-07-26T10:00",
                "--channel",
                "phone",
                "--with",
                "Verma",
                "--summary",
                "y",
            ],
            ["matches several"],
        ),
        (["seed", "synthetic", "--cases", "0"], ["--cases must be between 1"]),
    ],
)
def test_bad_input_is_one_line_on_stderr(capsys, demo_path, args, fragments):
    before = sqlite_rows(demo_path, "SELECT count(*) FROM counterparts")
    code, out, err = run(capsys, demo_path, *args)
    assert_one_line_error(code, out, err, *fragments)
    assert sqlite_rows(demo_path, "SELECT count(*) FROM counterparts") == before  # nothing half-done


def test_files_that_are_not_consular_databases(capsys, demo_path, tmp_path):
    readme = Path(__file__).resolve().parent.parent / "README.md"
    code, out, err = run(capsys, readme, "cases", "list")
    assert_one_line_error(code, out, err, "is not a consular database")
    data = demo_path.read_bytes()
    for fraction in (0.05, 0.5, 0.9):
        damaged = tmp_path / f"damaged-{fraction}.db"
        damaged.write_bytes(data[: int(len(data) * fraction)])
        code, out, err = run(capsys, damaged, "cases", "show", REF)
        assert_one_line_error(code, out, err, "damaged")
    code, out, err = run(capsys, tmp_path / "no" / "such" / "folder" / "x.db", "cases", "list")
    assert_one_line_error(code, out, err, "folder", "does not exist")
