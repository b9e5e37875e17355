"""Test-wide environment: offscreen Qt and throwaway user directories.

Everything here runs when pytest loads this file, before any test module imports
PySide6 or consular.paths, because Qt reads QT_QPA_PLATFORM once at QApplication
creation and nothing a test does may touch a real user's data or settings.
"""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

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

# Database fixtures (database, ctx, make_ctx, demo_db, pg_database, ...) for the service,
# CLI, seeding and migration tests.
pytest_plugins = ["tests.fixtures_db"]
