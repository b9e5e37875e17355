"""``consular cases list --json`` streams every case from one query: the same objects, in the
same order, as the paged service list, whatever the batch boundaries."""

from __future__ import annotations

import json

import pytest

from consular.cli import cmd_cases
from consular.cli.main import main
from consular.db.engine import open_database
from consular.services import cases
from consular.services.context import ServiceContext, actor_for

USER = "n.joshi"


@pytest.fixture(autouse=True)
def signed_in(demo_password_file, monkeypatch):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))


def listed(capsys, db, *args) -> list[dict]:
    code = main(["--db", str(db), "--user", USER, "cases", "list", "--json", *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def paged(db, **kwargs) -> list[dict]:
    database = open_database(db)
    try:
        ctx = ServiceContext(database, actor_for(database, USER))
        return [row.to_json() for row in cases.list_cases(ctx, **kwargs)]
    finally:
        database.dispose()


@pytest.mark.parametrize("batch", [1, 2, 3, 1000])
def test_json_equals_the_paged_list_at_every_batch_size(capsys, demo_path, monkeypatch, batch):
    monkeypatch.setattr(cmd_cases, "JSON_BATCH", batch)
    assert listed(capsys, demo_path) == paged(demo_path)
    assert listed(capsys, demo_path, "--sort", "hostages_held", "--ascending") == paged(
        demo_path, sort="hostages_held", descending=False
    )
    assert listed(capsys, demo_path, "--limit", "3", "--sort", "next_task_due") == paged(
        demo_path, sort="next_task_due", limit=3
    )


def test_no_match_is_an_empty_array(capsys, demo_path):
    assert listed(capsys, demo_path, "--post", "BAM", "--status", "resolved") == []


@pytest.mark.postgres
def test_json_equals_the_paged_list_on_postgresql(capsys, pg_database, pg_url, monkeypatch):
    """The stream (a server-side cursor, read a batch at a time) gives the paged list's rows."""
    from consular.repositories import cases as case_repo
    from consular.seeding.demo import load_demo
    from tests.fixtures_db import DEMO_PASSWORD

    load_demo(pg_database, staff_password=DEMO_PASSWORD)
    original = case_repo.stream_summary_rows
    monkeypatch.setattr(case_repo, "stream_summary_rows", lambda *a, **k: original(*a, **{**k, "batch": 2}))
    assert len(paged(pg_url)) > 2
    assert listed(capsys, pg_url) == paged(pg_url)
    assert listed(capsys, pg_url, "--sort", "last_contact_at", "--ascending") == paged(
        pg_url, sort="last_contact_at", descending=False
    )
