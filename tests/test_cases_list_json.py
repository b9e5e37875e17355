"""``consular cases list --json`` streams every case from one query: the same objects, in the
same order, as the paged service list, whatever the batch boundaries."""

from __future__ import annotations

import json

import pytest

from consular.cli import cmd_cases
from consular.cli.main import main
from consular.db.engine import open_database
from consular.db.models import Case
from consular.domain.clock import FixedClock, parse_as_of
from consular.services import case_listing, cases
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
    original = case_repo.stream_listing_rows
    monkeypatch.setattr(case_repo, "stream_listing_rows", lambda *a, **k: original(*a, **{**k, "batch": 2}))
    assert len(paged(pg_url)) > 2
    assert listed(capsys, pg_url) == paged(pg_url)
    assert listed(capsys, pg_url, "--sort", "last_contact_at", "--ascending") == paged(
        pg_url, sort="last_contact_at", descending=False
    )


AS_OF = "2025-06-30"


def odd_titles(database) -> None:
    """Titles and names that JSON must escape (quotes, backslashes, a newline, a tab, non-ASCII,
    a control character), a case with no lead and one with only a site for its place."""
    from sqlalchemy import select, update

    with database.session(write=True) as session:
        ids = list(session.scalars(select(Case.id).order_by(Case.id).limit(3)))
        session.execute(
            update(Case)
            .where(Case.id == ids[0])
            .values(title='Raid "at night" near C:\\Ségou\nline two\tand \x07 bell, 人質 ☃', lead_caseworker_id=None)
        )
        session.execute(
            update(Case)
            .where(Case.id == ids[1])
            .values(incident_town=None, incident_region=None, incident_site='Km 40 \u2014 the "old" road')
        )


def test_json_is_json_dumps_of_each_view_byte_for_byte(capsys, demo_db, demo_path):
    """The CLI's text is exactly what encoding each view's ``to_json()`` with ``json.dumps``
    gives, one case per line: the lines are assembled from values, so this holds escaping,
    numbers, nulls and key order to json's own output."""
    odd_titles(demo_db)
    ctx = ServiceContext(demo_db, actor_for(demo_db, USER), clock=FixedClock(parse_as_of(AS_OF, "as_of")))
    for sort, descending in (("incident_at", True), ("title", False), ("last_contact_at", True)):
        expected = [
            json.dumps(s.to_json(), ensure_ascii=False) for s in cases.iter_cases(ctx, sort=sort, descending=descending)
        ]
        args = ["--as-of", AS_OF, "--db", str(demo_path), "--user", USER, "cases", "list", "--json", "--sort", sort]
        code = main([*args] if descending else [*args, "--ascending"])
        out, err = capsys.readouterr()
        assert code == 0, err
        assert len(expected) > 3
        assert out == "[\n" + ",\n".join(expected) + "\n]\n"
    assert '\\"at night\\"' in out and "人質 ☃" in out and "\\u0007" in out


def test_values_follow_to_json_key_for_key(demo_db):
    odd_titles(demo_db)
    ctx = ServiceContext(demo_db, actor_for(demo_db, USER), clock=FixedClock(parse_as_of(AS_OF, "as_of")))
    views = [s.to_json() for s in cases.iter_cases(ctx, sort="place", descending=False)]
    values = [
        v for batch in case_listing.iter_case_json_values(ctx, sort="place", descending=False, batch=4) for v in batch
    ]
    assert list(views[0]) == list(case_listing.JSON_KEYS)
    assert values == [tuple(v.values()) for v in views]
    assert (
        any(v["lead_caseworker"] is None for v in views)
        and any(v["last_contact_at"] is None for v in views) is not None
    )


def test_unknown_sort_and_post_are_refused_like_the_list(demo_db):
    from consular.domain.errors import ValidationError

    ctx = ServiceContext(demo_db, actor_for(demo_db, USER))
    with pytest.raises(ValidationError, match="Cannot sort by 'nope'"):
        next(case_listing.iter_case_json_values(ctx, sort="nope"))
    from consular.domain.filters import CaseFilter

    with pytest.raises(ValidationError, match="There is no post 'XYZ'"):
        next(case_listing.iter_case_json_values(ctx, CaseFilter(post_codes=["XYZ"])))


@pytest.mark.parametrize(
    "stored",
    [
        "2026-02-02 08:29:00",  # the bulk loader's sqlite3, whole seconds
        "2026-02-02 08:29:00.000000",  # SQLAlchemy's text, whole seconds
        "2026-02-02 08:29:00.120000",
        "2026-02-02 08:29:00.5",
        "2026-02-02T08:29:00+02:00",  # a hand-edited file
    ],
)
def test_stored_sqlite_text_reads_as_the_column_type_does(stored):
    """The text shortcut gives what UTCDateTime's value would print."""
    from sqlalchemy.dialects import sqlite

    from consular.db.types import UTCDateTime

    expected = UTCDateTime().process_result_value(stored, sqlite.dialect()).isoformat()
    assert case_listing._utc_text(stored) == expected


def test_the_program_prints_what_main_prints(capsys, demo_path):
    """``python -m consular cases list --json`` as its own process (which ends without the
    interpreter's last collections: consular.cli.main) prints byte for byte what ``main()``
    prints in-process; ``main()`` given its arguments, as in every test, leaves the collector
    as it was."""
    import gc
    import os
    import subprocess
    import sys
    from pathlib import Path

    args = ["--as-of", AS_OF, "--db", str(demo_path), "--user", USER, "cases", "list", "--json"]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert gc.get_freeze_count() == 0
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-m", "consular", *args],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(root)},
        cwd=root,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == printed and len(json.loads(printed)) > 3
