"""The issue's "done when": the demo data exported (cases, people, contacts as CSV in the
import's columns) imports into an empty database (the demo's posts and staff, no cases) and
gives the same records, compared field by field."""

from __future__ import annotations

import csv
import shutil

import pytest

from consular.db.engine import open_database
from consular.db.migrate import ensure_schema
from consular.seeding.demo import default_seeds_dir, load_demo
from consular.services import audit_chain, duplicates, importing, merge
from consular.services.context import ServiceContext, actor_for
from consular.services.importing import export as shape
from consular.services.importing.mapping import suggest
from consular.services.importing.reading import read_table
from tests.demo_data import SUPERVISOR
from tests.fixtures_db import DEMO_PASSWORD


@pytest.fixture
def empty_db(tmp_path):
    """The demo's posts and staff, and no case."""
    seeds = tmp_path / "reference-only"
    seeds.mkdir()
    shutil.copy(default_seeds_dir() / "00-reference.toml", seeds)
    database = open_database(tmp_path / "empty.db")
    ensure_schema(database)
    load_demo(database, seeds_dir=seeds, staff_password=DEMO_PASSWORD)
    yield database
    database.dispose()


def _rows(ctx, kind):
    with ctx.transaction() as session:
        if kind == "cases":
            return shape.case_rows(ctx, session)
        return (shape.people_rows if kind == "people" else shape.contact_rows)(ctx, session)[0]


def test_the_demo_data_exported_imports_into_an_empty_database_as_the_same_records(demo_db, empty_db, tmp_path):
    round_trip(demo_db, empty_db, tmp_path)


@pytest.mark.postgres
def test_the_round_trip_into_postgres(demo_db, pg_database, tmp_path):
    seeds = tmp_path / "reference-only"
    seeds.mkdir()
    shutil.copy(default_seeds_dir() / "00-reference.toml", seeds)
    load_demo(pg_database, seeds_dir=seeds, staff_password=DEMO_PASSWORD)
    round_trip(demo_db, pg_database, tmp_path)


def round_trip(demo_db, empty_db, tmp_path):
    source = ServiceContext(demo_db, actor_for(demo_db, SUPERVISOR))
    # The demo plants a person entered twice (same passport, one letter apart): an import
    # rightly matches the second row to the first. Merged first, as a post would, the export
    # holds each person once and comes back record for record.
    for pair in duplicates.find_duplicates(source, "people"):
        if any("passport" in reason for reason in pair.reasons):
            merge.merge(source, "person", pair.a_id, pair.b_id)
    target = ServiceContext(empty_db, actor_for(empty_db, SUPERVISOR))
    counts = {}
    for kind in ("cases", "people", "contacts"):
        path = tmp_path / f"{kind}.csv"
        exported = importing.export_rows(source, kind, path)
        assert exported.rows > 0
        assert (path.stat().st_mode & 0o777) == 0o600
        with path.open(encoding="utf-8", newline="") as handle:
            lines = list(csv.reader(handle))
        assert lines[0][0].startswith("CONFIDENTIAL - consular export of " + kind)  # the Kayes case is confidential
        assert "audit chain head" in lines[0][0] and len(lines[0]) == 1
        table = read_table(path)
        mapping = suggest(kind, table.headers)
        assert set(mapping.columns.values()) == set(table.headers)  # the export's columns are the import's fields
        dry = importing.dry_run(target, path, mapping)
        assert not dry.refused, [(o.row_number, o.field, o.detail) for o in dry.refused]
        report = importing.run_import(target, path, mapping)
        assert report.count("created") == exported.rows and not report.refused
        counts[kind] = exported.rows
    assert counts["cases"] == 4
    for kind in ("cases", "people", "contacts"):
        before, after = _rows(source, kind), _rows(target, kind)
        assert len(before) == len(after) == counts[kind]
        for old, new in zip(before, after, strict=True):
            assert old == new, {k: (old[k], new[k]) for k in old if old[k] != new[k]}
    verified = audit_chain.verify(empty_db)
    assert verified.ok, verified.problems
