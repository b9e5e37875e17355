"""Database fixtures shared by the service, CLI, seeding and migration tests.

- ``database``: a fresh, migrated SQLite file in the test's tmp_path. The schema is migrated
  once per session into a template file and copied: copying a file is much faster than
  running the migrations for every test.
- accounts: every account has a real Argon2id password (TEST_PASSWORD, or DEMO_PASSWORD in
  the demo database); ``password_file`` is a 0600 file holding it, for the CLI tests.
- ``ctx``: a ServiceContext acting as an administrator on ``database``, with the Bamako post
  (BAM) and staff of every role (see ``STAFF``); ``make_ctx(username)`` acts as someone else.
- ``demo_db``: the demo seeds loaded once per session into a template, copied per test.
- ``pg_database``: a fresh PostgreSQL database per test from ``CONSULAR_TEST_PG_URL``;
  the test is skipped, saying why, when the variable is unset.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from consular.db.engine import Database, open_database
from consular.db.migrate import ensure_schema
from consular.services import accounts, reference_data
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import CASEWORKER, OTHER_CASEWORKER, SUPERVISOR, VIEWER

PG_ENV = "CONSULAR_TEST_PG_URL"
# Every test account's password (the Argon2 cost is lowered by tests/conftest.py).
TEST_PASSWORD = "demo-password"  # the same as the demo's, so one password file serves every test database
DEMO_PASSWORD = "demo-password"  # consular.seeding.demo.DEMO_PASSWORD; every demo account's

# username, display name, role
STAFF = [
    ("admin", "Test Administrator", "admin"),
    (CASEWORKER, "Anjali Sharma", "caseworker"),
    (OTHER_CASEWORKER, "Kiran Reddy", "caseworker"),
    (SUPERVISOR, "Vikram Iyer", "supervisor"),
    (VIEWER, "Sameer Kapoor", "viewer"),
]


def checkpoint_and_close(database: Database) -> None:
    """Fold the WAL into the main file and close, so the file alone is the database."""
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()


def table_root_offset(path: Path, table: str = "contact_entries") -> int:
    """Where the root page of ``table`` starts in the plaintext SQLite file ``path``: a page the
    open-time check certainly reads. (The middle of the file may be a free page, which no check
    reads: which pages are free depends on when the background full-text merge ran.)"""
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        query = "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?"
        (root,) = raw.execute(query, (table,)).fetchone()
    finally:
        raw.close()
    return (root - 1) * page_size


def copy_database(source: Path, target: Path) -> Path:
    """Copy a closed SQLite database file (its WAL has been checkpointed)."""
    shutil.copyfile(source, target)
    return target


@pytest.fixture(scope="session")
def schema_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("schema-template") / "schema.db"
    database = open_database(path)
    ensure_schema(database)
    checkpoint_and_close(database)
    return path


@pytest.fixture
def database(schema_template, tmp_path):
    """A fresh database at the latest schema, empty of data."""
    db = open_database(copy_database(schema_template, tmp_path / "consular.db"))
    yield db
    db.dispose()


def add_reference_data(database: Database) -> ServiceContext:
    """Staff of every role and the Bamako post, made through the services; returns the admin.

    The administrator is appointed as ``consular db init`` does, then creates the others;
    every account's password is TEST_PASSWORD.
    """
    (admin_name, admin_display, _), *others = STAFF
    accounts.init_database(
        database, admin_name, TEST_PASSWORD, display_name=admin_display, email=f"{admin_name}@example.in"
    )
    admin = ServiceContext(database, accounts.sign_in(database, admin_name, TEST_PASSWORD))
    for username, display, role in others:
        accounts.add_user(
            admin, username, role=role, password=TEST_PASSWORD, display_name=display, email=f"{username}@example.in"
        )
    reference_data.save_post(
        admin,
        code="BAM",
        name="Embassy of India, Bamako",
        kind="embassy",
        country="ML",
        city="Bamako",
        timezone="Africa/Bamako",
    )
    return admin


@pytest.fixture(scope="session")
def reference_template(tmp_path_factory, schema_template) -> Path:
    path = copy_database(schema_template, tmp_path_factory.mktemp("reference-template") / "reference.db")
    database = open_database(path)
    add_reference_data(database)
    checkpoint_and_close(database)
    return path


@pytest.fixture
def ctx(database, reference_template) -> ServiceContext:
    """An administrator's ServiceContext on ``database`` (post BAM and STAFF exist).

    The staff and post are made through the services once per session and copied in.
    """
    database.dispose()  # nothing has connected yet; the file is replaced before anything does
    copy_database(reference_template, database.path)
    return ServiceContext(database, actor_for(database, "admin"))


@pytest.fixture(autouse=True)
def signed_in_cli(tmp_path_factory, monkeypatch):
    """Every CLI call in the tests signs in for real: CONSULAR_PASSWORD_FILE names a 0600 file
    holding the test accounts' password (tests of the sign-in itself change or remove it)."""
    path = tmp_path_factory.mktemp("secret") / "cli-password"
    path.write_text(TEST_PASSWORD + "\n")
    path.chmod(0o600)
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(path))
    return path


@pytest.fixture
def password_file(tmp_path_factory) -> Path:
    """A password file as CONSULAR_PASSWORD_FILE wants it: the user's own, mode 0600 (in a
    folder of its own, so tests that check what their tmp_path holds are not disturbed)."""
    path = tmp_path_factory.mktemp("secret") / "password"
    path.write_text(TEST_PASSWORD + "\n")
    path.chmod(0o600)
    return path


@pytest.fixture
def demo_password_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("secret") / "demo-password"
    path.write_text(DEMO_PASSWORD + "\n")
    path.chmod(0o600)
    return path


@pytest.fixture
def make_ctx(ctx):
    """``make_ctx(VIEWER)``: a ServiceContext acting as another user of ``ctx``'s database."""

    def make(username: str) -> ServiceContext:
        return ServiceContext(ctx.database, actor_for(ctx.database, username), ctx.settings)

    return make


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    from consular.seeding.demo import load_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    database = open_database(path)
    ensure_schema(database)
    # A new database: the loader appoints the seed's administrator (n.joshi) and creates the
    # staff accounts, all with DEMO_PASSWORD.
    load_demo(database, staff_password=DEMO_PASSWORD)
    checkpoint_and_close(database)
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path):
    """A private copy of a database with the demo seeds loaded."""
    db = open_database(copy_database(demo_template, tmp_path / "demo.db"))
    yield db
    db.dispose()


@pytest.fixture
def demo_path(demo_db) -> Path:
    """The file behind ``demo_db`` (for CLI tests)."""
    return demo_db.path


@pytest.fixture
def pg_url():
    """A URL of a new, empty PostgreSQL database, dropped after the test."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL tests need a server: set {PG_ENV} (e.g. `source .ci/pg-start` starts a throwaway one)")
    url = make_url(base)
    name = f"consular_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - say why rather than error every test
        admin.dispose()
        pytest.skip(f"cannot create a test database on {url.render_as_string(hide_password=True)}: {exc}")
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_database(pg_url):
    """A fresh PostgreSQL database at the latest schema."""
    db = open_database(pg_url)
    ensure_schema(db)
    yield db
    db.dispose()


def sqlite_rows(path: Path, sql: str, params=()) -> list[tuple]:
    """Read a SQLite file directly, independent of consular's queries. An encrypted file
    (SQLCipher) is read with the key this test process unlocked or created it with."""
    from consular.db import cipher
    from consular.services import at_rest

    if cipher.file_kind(path) == "encrypted":
        conn = cipher.connect(path, at_rest.key_without_password(path))
    else:
        conn = sqlite3.connect(str(path))
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
