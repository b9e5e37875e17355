"""Revision 0017 (import batches) upgrades a database that holds data, and the Qt-free
state of the import wizard."""

from __future__ import annotations

from sqlalchemy import text

from consular.db import migrate
from consular.services import importing
from consular.services.context import ServiceContext, actor_for
from consular.services.importing.reading import read_table
from tests.fixtures_db import sqlite_rows
from tests.import_files.make import people_csv
from tests.migration_helpers import STAMP, old_case_database


def test_0017_upgrades_a_database_with_a_case_and_a_contact(tmp_path):
    database = old_case_database(tmp_path / "old.db", "0017")
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO counterparts (id, name, category, created_at, version) "
                f"VALUES (1, 'Prefect', 'host_government', {STAMP}, 1)"
            )
        )
    migrate.upgrade(database, "0017")
    assert sqlite_rows(database.path, "SELECT count(*) FROM import_batches") == [(0,)]
    assert sqlite_rows(database.path, "SELECT reference FROM cases") == [("BAM-2025-0001",)]
    migrate.upgrade(database)
    ctx = ServiceContext(database, actor_for(database, "a.sharma"))
    path = people_csv(tmp_path / "p.csv", rows=[["BAM-2025-0001", "witness", "Ama Owusu", "", "", "", "", ""]])
    mapping = importing.Mapping("people", {"Case ref": "case_reference", "Role": "role", "Full name": "full_name"})
    report = importing.run_import(ctx, path, mapping)
    assert report.batch_id == 1 and report.count("created") == 1
    assert sqlite_rows(database.path, "SELECT entity FROM import_batch_records ORDER BY id") == [
        ("person",),
        ("participant",),
    ]
    database.dispose()


def test_the_wizard_form_suggests_moves_and_checks_columns(tmp_path, monkeypatch):
    from consular.gui.forms.import_form import NOT_MAPPED, ImportForm

    monkeypatch.setenv("CONSULAR_CONFIG_DIR", str(tmp_path / "config"))
    form = ImportForm(kind="people")
    assert form.problem() == "Choose a file first."
    form.use_table(read_table(people_csv(tmp_path / "p.csv")))
    assert form.columns["full_name"] == "Full name" and form.problem() is None
    assert form.preview()[0][3] == "रवि कुमार वर्मा"
    # The same column put on another field leaves the first one.
    form.set_column("name_native", "Full name")
    assert "full_name" not in form.columns and "Full name (required)" in form.problem()
    form.set_column("name_native", NOT_MAPPED)
    form.set_column("full_name", "Full name")
    form.date_order, form.default_country = "dmy", " in "
    mapping = form.mapping()
    assert mapping.default_country == "IN" and mapping.date_order == "dmy"
    form.save_mapping()
    again = ImportForm(kind="people")
    again.use_table(read_table(tmp_path / "p.csv"))
    assert again.default_country == "IN"
