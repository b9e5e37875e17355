"""Shared GUI fixtures: the application set up as consular sets it up, dialogs that never
block, a copy of the demo database per test, and a synthetic database for scale.

Background operations are waited for before a widget is torn down, so no callback ever
lands on a deleted widget.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.demo_data import CASEWORKER, KAYES

pytest.importorskip("PySide6")

from gui_helpers import wait_for_ops

from consular.db.engine import open_database
from consular.db.migrate import ensure_schema
from consular.services.context import ServiceContext, actor_for


@pytest.fixture(scope="session", autouse=True)
def consular_app(qapp):
    """The test QApplication with consular's names, fonts and (light) theme."""
    from consular.gui import app as gui_app
    from consular.gui import settings, theme

    settings.put(settings.THEME, "light")
    gui_app.create_application()
    theme.apply_theme(qapp, "light")
    return qapp


@pytest.fixture
def installed_language(qapp, tmp_path):
    """``installed_language("fr")`` compiles the shipped catalogue of that language with the
    PySide6 wheel's lrelease and installs it as the app does at start (a Qt translator,
    QLocale's default, consular.i18n's language); all of it is undone when the test ends, so
    every other test runs in English."""
    import shutil
    import subprocess
    import sys

    from PySide6.QtCore import QLocale, QTranslator

    from consular import i18n, paths

    tool = Path(sys.executable).with_name("pyside6-lrelease")
    lrelease = str(tool) if tool.is_file() else shutil.which("pyside6-lrelease")
    assert lrelease, "pyside6-lrelease (from the PySide6 wheel) compiles the catalogues"
    installed: list[tuple] = []

    def install(code: str) -> str:
        source = paths.resources_dir() / "translations" / f"consular_{code}.ts"
        qm = tmp_path / f"consular_{code}.qm"
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(qm)], check=True, timeout=60)
        translator = QTranslator(qapp)
        assert translator.load(str(qm)), qm
        qapp.installTranslator(translator)
        installed.append((translator, QLocale()))
        QLocale.setDefault(QLocale({"en": "en_GB", "fr": "fr_FR", "hi": "hi_IN"}[code]))
        i18n.set_language(code)
        return code

    yield install
    for translator, locale in reversed(installed):
        qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
    i18n.set_language("en")


@pytest.fixture(autouse=True)
def non_blocking_dialogs():
    """Message boxes are recorded in errors.shown_messages instead of shown modally."""
    from consular.gui import errors

    errors.non_blocking = True
    errors.shown_messages.clear()
    yield errors.shown_messages
    errors.shown_messages.clear()


def _copy_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy (the online backup API takes the WAL into account)."""
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo database, seeded once per session; tests get copies of it."""
    from consular.cli.launch import create_demo_database
    from consular.db import cipher
    from consular.services import at_rest

    # The demo is made as the app makes it (encrypted), then decrypted once into a plaintext
    # template: these tests are about the window, and copy and open the file directly.
    encrypted = create_demo_database(tmp_path_factory.mktemp("demo-template"))
    plain = tmp_path_factory.mktemp("demo-plain") / encrypted.name
    cipher.export(encrypted, at_rest.remembered_key(encrypted), plain, None)
    return plain


@pytest.fixture
def demo_path(demo_template, tmp_path) -> Path:
    """A fresh copy of the demo database for one test."""
    return _copy_sqlite(demo_template, tmp_path / "demo.db")


def _context(path: Path, user: str) -> ServiceContext:
    database = open_database(path)
    ensure_schema(database)
    return ServiceContext(database, actor_for(database, user))


@pytest.fixture
def gui_ctx(demo_path, qtbot):
    """A ServiceContext on a private copy of the demo database."""
    ctx = _context(demo_path, CASEWORKER)  # the demo's lead caseworker in Bamako
    yield ctx
    wait_for_ops(qtbot)
    ctx.database.dispose()


SYNTHETIC_CASES = 450


@pytest.fixture(scope="session")
def synthetic_template(tmp_path_factory) -> Path:
    """A database with SYNTHETIC_CASES generated cases (more than two pages of the list)."""
    from consular.seeding.synthetic import generate
    from consular.services import accounts
    from tests.fixtures_db import TEST_PASSWORD

    path = tmp_path_factory.mktemp("synthetic") / "synthetic.db"
    database = open_database(path)
    try:
        ensure_schema(database)
        # The generator acts as the database's administrator (it creates staff accounts).
        accounts.init_database(database, "gui.tester", TEST_PASSWORD)
        generate(database, cases=SYNTHETIC_CASES, progress=False, batch_size=SYNTHETIC_CASES)
    finally:
        database.dispose()
    return path


@pytest.fixture
def synthetic_ctx(synthetic_template, tmp_path, qtbot):
    ctx = _context(_copy_sqlite(synthetic_template, tmp_path / "synthetic.db"), "gui.tester")
    yield ctx
    wait_for_ops(qtbot)
    ctx.database.dispose()


@pytest.fixture
def workspace_cls():
    """The CaseWorkspace class the main window opens cases with."""
    from consular.gui import main_window

    return main_window.workspace_class()


@pytest.fixture
def window(gui_ctx, qtbot, workspace_cls, private_config):
    """The main window on the demo database, with the list and Home loaded."""
    from consular.gui.main_window import MainWindow

    win = MainWindow(gui_ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    wait_for_ops(qtbot)
    yield win
    wait_for_ops(qtbot)
    # Dialogs opened with open() are children of the window; close them before it goes.
    for dialog in list(win._dialogs):
        dialog.close()


# --- case workspace (tests/gui/test_workspace.py, tests/gui/test_log_contact.py) ----------


@pytest.fixture
def private_config(tmp_path, monkeypatch):
    """A config folder of this test's own: drafts and settings never leak between tests."""
    folder = tmp_path / "config"
    folder.mkdir()
    monkeypatch.setenv("CONSULAR_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def case_workspace(gui_ctx, qtbot, private_config):
    """The workspace on the demo's Kayes case, shown at 1366×768 and fully loaded."""
    from consular.gui.workspace import CaseWorkspace

    ws = CaseWorkspace(gui_ctx, KAYES)
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    qtbot.waitExposed(ws)
    qtbot.waitUntil(lambda: ws.detail is not None, timeout=20_000)
    wait_for_ops(qtbot)
    yield ws
    wait_for_ops(qtbot)
