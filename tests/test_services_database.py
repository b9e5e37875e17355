"""services.database: the one way both faces open a database, and the one boundary where
driver errors become user errors (services.errors.translated over db.dialect.translate_error).

The upgrade of an older schema through it is in tests/test_migrations.py, beside the
migrations fixture it needs."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from consular.db.dialect import translate_error
from consular.domain.errors import (
    ConflictError,
    DiskFullError,
    NotConsularDatabaseError,
    SchemaTooNewError,
    SignInError,
    UserError,
)
from consular.services import accounts
from consular.services import database as database_service
from consular.services.database import DatabaseExistsError
from consular.services.errors import translated
from tests.demo_data import CASEWORKER
from tests.fixtures_db import TEST_PASSWORD


def driver_error(message: str) -> OperationalError:
    """What SQLAlchemy raises when sqlite3 reports ``message``."""
    return OperationalError("INSERT INTO contact_entries ...", {}, sqlite3.OperationalError(message))


def test_a_new_file_is_created_with_the_schema_and_signs_in_once_it_has_an_administrator(tmp_path):
    path = tmp_path / "post.db"
    with pytest.raises(SignInError, match="no administrator yet"):
        database_service.open_database(path, CASEWORKER, password=TEST_PASSWORD)
    opened = database_service.open_database(path, sign_in=False)
    try:
        assert opened.before.state == "current" and not opened.upgraded  # made by the refused attempt
        assert opened.target == str(path.resolve()) and opened.ctx is None
        assert database_service.schema_status(path).state == "current"
        accounts.init_database(opened.database, CASEWORKER, TEST_PASSWORD)
    finally:
        opened.dispose()
    again = database_service.open_database(path, CASEWORKER, mode="open", password=TEST_PASSWORD)
    try:
        assert again.before.state == "current" and not again.upgraded and not again.created
        assert again.ctx.actor.username == CASEWORKER and again.ctx.actor.role.value == "admin"
    finally:
        again.dispose()
    with pytest.raises(SignInError, match="Wrong user name or password"):
        database_service.open_database(path, CASEWORKER, mode="open", password="not the password")


def test_a_new_file_is_created_with_the_schema(tmp_path):
    path = tmp_path / "new.db"
    opened = database_service.open_database(path, sign_in=False)
    try:
        assert opened.before.state == "missing" and opened.created and opened.upgraded
        assert opened.backup is None  # nothing to back up
    finally:
        opened.dispose()


def test_open_wants_an_existing_file_and_create_a_new_one(tmp_path, demo_path):
    missing = tmp_path / "nowhere.db"
    with pytest.raises(NotConsularDatabaseError, match="There is no file"):
        database_service.open_database(missing, mode="open")
    assert not missing.exists()
    with pytest.raises(DatabaseExistsError, match="already exists"):
        database_service.open_database(demo_path, mode="create")
    with pytest.raises(NotConsularDatabaseError, match="does not exist"):
        database_service.open_database(tmp_path / "no-folder" / "new.db", mode="create")
    with pytest.raises(ValueError):
        database_service.open_database(missing, mode="append")


def test_what_is_not_ours_is_refused_and_left_alone(tmp_path, demo_path):
    notes = tmp_path / "notes.db"
    notes.write_text("minutes of the crisis meeting\n" * 20)
    with pytest.raises(NotConsularDatabaseError, match="not a SQLite file"):
        database_service.open_database(notes)
    assert notes.read_text().startswith("minutes")

    newer = tmp_path / "newer.db"
    newer.write_bytes(demo_path.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    assert database_service.schema_status(newer).state == "newer"
    with pytest.raises(SchemaTooNewError, match="newer version of consular"):
        database_service.open_database(newer)


def test_schema_status_of_a_missing_file_creates_nothing(tmp_path):
    path = tmp_path / "later.db"
    status = database_service.schema_status(path)
    assert (status.state, status.revision) == ("missing", None) and "creates it" in status.meaning
    assert not path.exists()


def test_a_whole_database_job_has_its_driver_errors_translated(tmp_path):
    opened = database_service.open_database(tmp_path / "seed.db", sign_in=False)
    try:
        assert opened.ctx is None

        def fill(_database):
            raise driver_error("database or disk is full")

        with pytest.raises(DiskFullError):
            database_service.run_whole_database_job(opened, fill)
        assert database_service.run_whole_database_job(opened, lambda database: database is opened.database)
    finally:
        opened.dispose()


def test_translate_error_knows_conflicts_and_driver_conditions():
    assert isinstance(translate_error(StaleDataError("row changed")), ConflictError)
    clash = IntegrityError("INSERT", {}, sqlite3.IntegrityError("UNIQUE constraint failed: cases.reference"))
    conflict = translate_error(clash)
    assert isinstance(conflict, ConflictError) and "UNIQUE constraint failed" in conflict.message
    assert isinstance(translate_error(driver_error("database or disk is full")), DiskFullError)
    damaged = translate_error(driver_error("database disk image is malformed"), "/data/cases.db")
    assert isinstance(damaged, NotConsularDatabaseError) and "'/data/cases.db'" in damaged.message
    # Unknown: a bug in general, but "not a database we can read" while opening one.
    assert translate_error(driver_error("no such table: cases")) is None
    assert isinstance(translate_error(driver_error("no such table: cases"), opening=True), NotConsularDatabaseError)
    assert translate_error(KeyError("x")) is None


def test_translated_passes_user_errors_and_bugs_through():
    with pytest.raises(DiskFullError), translated("x.db"):
        raise driver_error("database or disk is full")
    with pytest.raises(UserError, match="as it was"), translated("x.db"):
        raise UserError("as it was")
    with pytest.raises(OperationalError), translated("x.db"):
        raise driver_error("no such table: cases")
    with pytest.raises(ZeroDivisionError), translated("x.db"):
        raise ZeroDivisionError
