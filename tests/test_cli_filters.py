"""``consular filters`` and ``consular cases list --saved/--out`` on a copy of the demo."""

from __future__ import annotations

import csv
import json

import pytest

from consular.cli.main import main
from consular.domain.enums import CaseStatus
from consular.domain.filters import CaseFilter
from consular.services import cases
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import CASEWORKER, OTHER_CASEWORKER


@pytest.fixture(autouse=True)
def signed_in(demo_password_file, monkeypatch):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))


def run(capsys, db, *args, user=CASEWORKER):
    code = main(["--db", str(db), "--user", user, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_save_list_apply_export_share_and_delete(capsys, demo_path, demo_db, tmp_path):
    code, out, _ = run(
        capsys, demo_path, "filters", "save", "cases", "Active here", "--status", "active,open", "--sort", "reference",
        "--ascending", "--share", "BAM",
    )  # fmt: skip
    assert code == 0 and "shared with BAM" in out
    code, out, _ = run(capsys, demo_path, "filters", "list", "--json")
    [saved] = json.loads(out)
    assert saved["name"] == "Active here" and saved["definition"]["statuses"] == ["active", "open"]

    ctx = ServiceContext(demo_db, actor_for(demo_db, CASEWORKER))
    expected = [
        c.reference
        for c in cases.list_cases(
            ctx, CaseFilter(statuses=[CaseStatus.ACTIVE, CaseStatus.OPEN]), sort="reference", descending=False
        )
    ]
    code, out, _ = run(capsys, demo_path, "cases", "list", "--saved", "active here", "--json")
    assert code == 0 and [c["reference"] for c in json.loads(out)] == expected
    code, out, _ = run(capsys, demo_path, "cases", "list", "--saved", "Active here", "--out", str(tmp_path / "l.csv"))
    assert code == 0 and f"Wrote {len(expected)} cases" in out
    with open(tmp_path / "l.csv", encoding="utf-8-sig", newline="") as handle:
        assert [r[0] for r in list(csv.reader(handle))[1:]] == expected

    # A colleague applies the shared copy but cannot delete it.
    code, out, _ = run(capsys, demo_path, "cases", "list", "--saved", "Active here", "--json", user=OTHER_CASEWORKER)
    assert code == 0 and [c["reference"] for c in json.loads(out)] == expected
    code, _, err = run(capsys, demo_path, "filters", "delete", "cases", "Active here", user=OTHER_CASEWORKER)
    assert code == 2 and "only they" in err
    code, out, _ = run(capsys, demo_path, "filters", "share", "cases", "Active here", "--stop")
    assert code == 0 and "yours only" in out
    code, out, _ = run(capsys, demo_path, "filters", "delete", "cases", "Active here")
    assert code == 0 and "Deleted" in out
    code, _, err = run(capsys, demo_path, "cases", "list", "--saved", "Active here")
    assert code == 2 and "no saved filter called 'Active here'" in err and "consular filters list" in err


def test_a_contact_log_filter_is_saved_from_the_cli(capsys, demo_path):
    code, _, _ = run(capsys, demo_path, "filters", "save", "contacts", "Calls in July", "--channel", "phone",
                     "--since", "2025-07-01", "--until", "2025-07-31")  # fmt: skip
    assert code == 0
    code, out, _ = run(capsys, demo_path, "filters", "list", "contacts", "--json")
    [saved] = json.loads(out)
    assert saved["definition"]["channels"] == ["phone"] and saved["definition"]["since"].startswith("2025-07-01")
    assert saved["definition"]["until"].startswith("2025-07-31T23:59:59")
    code, _, err = run(capsys, demo_path, "filters", "save", "contacts", "Bad", "--channel", "pigeon")
    assert code == 2 and "pigeon" in err
