"""``consular cases list`` with a saved filter's search text lists the cases the case list finds
(``search.matching_cases``) and reads no "why" it would not print: no search read is audited."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from consular.cli.main import main
from consular.domain.filters import CaseFilter
from consular.services import cases, search
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import CASEWORKER


@pytest.fixture(autouse=True)
def signed_in(demo_password_file, monkeypatch):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))


def _run(capsys, db, *args):
    code = main(["--db", str(db), "--user", CASEWORKER, *args])
    out, err = capsys.readouterr()
    return code, out, err


def _search_reads(database) -> int:
    with database.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM audit_entries WHERE action = 'read.search'")).scalar()


@pytest.mark.parametrize("words", ["yadav", "embassy", "zzyzx"])
def test_a_saved_search_lists_the_matching_cases_without_reading_why(capsys, demo_path, demo_db, words):
    code, out, _ = _run(capsys, demo_path, "filters", "save", "cases", "Found", "--search", words)
    assert code == 0
    ctx = ServiceContext(demo_db, actor_for(demo_db, CASEWORKER))
    reads = _search_reads(demo_db)
    matching = search.matching_case_ids(ctx, words)  # every matching case, explained
    # Explaining a case by a person (their identifiers) is audited as a read: the CLI shows none.
    assert _search_reads(demo_db) == reads + (words == "yadav")
    expected = [c.reference for c in cases.list_cases(ctx, CaseFilter(case_ids=list(matching)))] if matching else []
    assert bool(expected) == (words != "zzyzx")
    reads = _search_reads(demo_db)
    code, out, _ = _run(capsys, demo_path, "cases", "list", "--saved", "Found", "--json")
    assert code == 0
    assert [c["reference"] for c in json.loads(out)] == expected
    assert _search_reads(demo_db) == reads
