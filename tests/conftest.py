"""Test-wide environment: offscreen Qt and throwaway user directories.

Everything here runs when pytest loads this file, before any test module imports
PySide6 or consular.paths, because Qt reads QT_QPA_PLATFORM once at QApplication
creation and nothing a test does may touch a real user's data or settings.
"""

import atexit
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest

# setdefault: a developer may run the GUI tests on a real screen (QT_QPA_PLATFORM=xcb).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_SESSION_HOME = Path(tempfile.mkdtemp(prefix="consular-tests-"))
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)


def _fresh_dir(name: str) -> str:
    path = _SESSION_HOME / name
    # 0700: Qt warns (and a test fails) if XDG_RUNTIME_DIR is readable by others.
    path.mkdir(mode=0o700)
    return str(path)


# Forced, not setdefault: a developer's own CONSULAR_DATA_DIR points at real case data.
os.environ["CONSULAR_DATA_DIR"] = _fresh_dir("data")
os.environ["CONSULAR_CONFIG_DIR"] = _fresh_dir("config")
# QSettings, QStandardPaths and platformdirs fall back to these on Linux; a test that
# forgets to go through consular.paths still writes nowhere outside the session dir.
os.environ["XDG_CONFIG_HOME"] = _fresh_dir("xdg-config")
os.environ["XDG_DATA_HOME"] = _fresh_dir("xdg-data")
os.environ["XDG_CACHE_HOME"] = _fresh_dir("xdg-cache")
os.environ["XDG_STATE_HOME"] = _fresh_dir("xdg-state")
os.environ["XDG_RUNTIME_DIR"] = _fresh_dir("xdg-runtime")
# The app's default database must never be picked up from the developer's shell.
os.environ.pop("CONSULAR_DB", None)
# Nor the developer's own account or password file.
os.environ.pop("CONSULAR_USER", None)
os.environ.pop("CONSULAR_PASSWORD_FILE", None)
# A tiny Argon2 cost, so the hundreds of accounts the tests make cost milliseconds
# (consular.domain.passwords; never set in production). Forced: the suite must be fast.
os.environ["CONSULAR_ARGON2_PROFILE"] = "test"
# The open-time quick check really stops at its limit (2 s by default); the tests that plant
# damage in a file expect the check to reach it, which a loaded CI machine may not do in 2 s.
# tests/test_quick_check_limit.py tests the limit itself.
os.environ["CONSULAR_QUICK_CHECK_SECONDS"] = "600"
# English whatever the machine's locale, so assertions on English text hold on a French or
# Hindi desktop; LANGUAGE comes first for the CLI, the GUI and gettext, so subprocesses
# (the CLI tests run `consular ...`) are English too. Tests of other languages ask for them.
os.environ["LANGUAGE"] = "en"

# Database fixtures (database, ctx, make_ctx, demo_db, pg_database, ...) for the service,
# CLI, seeding and migration tests; demo_session and oracle for the repository tests.
pytest_plugins = ["tests.fixtures_db", "tests.repository_helpers"]


# --- the gui mark and Qt on demand ---------------------------------------------------------

GUI_TESTS = Path(__file__).parent / "gui"


def _gui_selected(markexpr: str) -> bool:
    """Whether ``-m markexpr`` can select a test marked gui (whatever its other marks)."""
    if not markexpr:
        return True
    from _pytest.mark.expression import Expression

    expression = Expression.compile(markexpr)
    others = sorted(set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", markexpr)) - {"gui", "and", "or", "not"})
    return any(
        expression.evaluate(lambda name, chosen=chosen: name == "gui" or name in chosen)
        for chosen in ({m for i, m in enumerate(others) if bits >> i & 1} for bits in range(2 ** min(len(others), 10)))
    )


def pytest_addoption(parser):
    # pyproject's qt_* settings stay known when pytest-qt is not loaded (pytest-qt declares
    # them again, with its own help, when it is).
    for name in ("qt_api", "qt_log_level_fail"):
        parser.addini(name, "pytest-qt setting")
    parser.addini("qt_log_ignore", "pytest-qt setting", type="linelist")


def pytest_configure(config):
    guard = os.environ.get("CONSULAR_TEST_WRITE_GUARD", "strict")
    if guard != "off":
        from tests import write_guard

        write_guard.install(guard)
    # pytest-qt is blocked in pyproject's addopts (it imports Qt when configured); it is
    # registered here only when a GUI test can run.
    if _gui_selected(config.option.markexpr):
        import pytestqt.plugin

        config.pluginmanager.register(pytestqt.plugin, "pytest-qt-on-demand")


def pytest_ignore_collect(collection_path, config):
    # Collecting tests/gui imports Qt; with the gui tests deselected, don't even look.
    if collection_path == GUI_TESTS and not _gui_selected(config.option.markexpr):
        return True
    return None


def pytest_collection_modifyitems(config, items):
    for item in items:
        if GUI_TESTS in Path(item.path).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path_factory, monkeypatch):
    """Each test gets its own data folder. Backups, audit anchors and viewer copies that one
    test leaves there must not change what the next finds: a window's daily backup made the
    "no backup yet" tests order-dependent, and every copy of the demo shares one audit chain
    id, so anchors recorded on one copy read as a rewritten history on another."""
    monkeypatch.setenv("CONSULAR_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture(autouse=True)
def _writes_begin_as_writes():
    """The app's transactions that read and then write start as writes (tests/write_guard.py):
    begun as a plain read, one fails as busy at once whenever another connection commits in
    between. A test during which the app ran one fails, with the transaction's stack."""
    from tests import write_guard

    write_guard.take()  # what ran before this test (a session fixture's setup) is not its doing
    yield
    found = write_guard.take()
    assert not found, "a transaction read and then wrote without beginning as a write:\n" + "\n".join(found[:3])


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    """Each test starts in English and leaves the process in English: a test that switches
    consular.i18n (or LANGUAGE) to French cannot leak French into the next one."""
    from consular import i18n

    monkeypatch.setenv("LANGUAGE", "en")
    i18n.set_language("en")
    yield
    i18n.set_language("en")
