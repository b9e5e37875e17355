"""The window is painted before the heavy modules are imported (issue 13: launch to a painted
window within 2x a bare PySide6 window).

A fresh interpreter runs ``consular.gui.app.run`` the way ``consular --demo`` does (the
password given, no dialog) on a copy of the demo database, and reports which modules were
loaded when the main window was first painted, and again once it was signed in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from consular.seeding.demo import DEMO_PASSWORD
from tests.demo_data import SUPERVISOR

ROOT = Path(__file__).resolve().parents[2]

# What the first paint must not wait for: the database layer and everything behind the
# services (reports, spreadsheets, migrations, the cipher, the password hash).
HEAVY = (
    "sqlalchemy",
    "consular.db.models",
    "consular.services.context",
    "consular.services.database",
    "alembic",
    "mako",
    "reportlab",
    "babel",
    "openpyxl",
    "xlsxwriter",
    "pypdf",
    "sqlcipher3",
    "argon2",
    "phonenumbers",
)

CHILD = r"""
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])
from consular.gui import app as gui_app
from consular.gui import errors

errors.non_blocking = True
HEAVY = json.loads(os.environ["HEAVY"])
seen = {}


def loaded():
    return sorted(name for name in HEAVY if name in sys.modules)


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if (
            "painted" not in seen
            and event.type() == QEvent.Type.Paint
            and isinstance(obj, QWidget)
            and obj.window().objectName() == "main_window"
        ):
            seen["painted"] = loaded()
            seen["signed_in_at_paint"] = obj.window().ctx is not None
        return False


watcher = FirstPaint()
app.installEventFilter(watcher)


def tick():
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "main_window" and widget.ctx is not None and "painted" in seen:
            seen["signed_in"] = loaded()
            seen["user"] = widget.ctx.actor.username
            widget.close()


timer = QTimer()
timer.timeout.connect(tick)
timer.start(20)
QTimer.singleShot(90_000, lambda: os._exit(3))
gui_app.run(sys.argv[1], user=sys.argv[2], password=sys.argv[3], remember=False)
print("@@" + json.dumps(seen))
"""


def _launch(child: str, demo_path, tmp_path) -> dict:
    """Run ``child`` (a launch of the app that records what was imported when) in a fresh
    process on a copy of the demo; returns what it saw."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "HEAVY": json.dumps(HEAVY),
        "CONSULAR_DATA_DIR": str(tmp_path / "data"),
        "CONSULAR_CONFIG_DIR": str(tmp_path / "config"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
        "XDG_CACHE_HOME": str(tmp_path / "xdg-cache"),
    }
    result = subprocess.run(
        [sys.executable, "-c", child, str(demo_path), SUPERVISOR, DEMO_PASSWORD],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=180,
    )
    out = result.stdout.decode(errors="replace")
    stderr = result.stderr.decode(errors="replace")
    assert result.returncode == 0, stderr[-3000:]
    # Closed right after sign-in, with Home's loads still running: the exit waits for them.
    assert "Error calling Python override" not in stderr, stderr[-3000:]
    return json.loads(next(line[2:] for line in out.splitlines() if line.startswith("@@")))


def test_the_main_window_is_painted_before_the_heavy_modules_load(demo_path, tmp_path):
    seen = _launch(CHILD, demo_path, tmp_path)
    # The window was painted first, with none of them loaded...
    assert seen["painted"] == [], f"imported before the first paint: {seen['painted']}"
    assert seen["signed_in_at_paint"] is False
    # ...and the sign-in, which needs the database layer, still happened after it.
    assert seen["user"] == SUPERVISOR
    assert {"sqlalchemy", "consular.db.models", "consular.services.database", "argon2"} <= set(seen["signed_in"])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_the_app_keeps_two_malloc_arenas_unless_told_otherwise(monkeypatch):
    from consular.gui import app as gui_app

    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert gui_app.limit_malloc_arenas() is False  # the person's own setting stands
    monkeypatch.delenv("MALLOC_ARENA_MAX")
    assert gui_app.limit_malloc_arenas() is True


DIALOG_CHILD = r"""
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])
from consular.gui import app as gui_app
from consular.gui import errors
from consular.gui.sign_in_dialog import SignInDialog

errors.non_blocking = True
HEAVY = json.loads(os.environ["HEAVY"])
seen = {}


def loaded():
    return sorted(name for name in HEAVY if name in sys.modules)


class FirstPaint(QObject):
    dialog = None

    def eventFilter(self, obj, event):
        if (
            self.dialog is None
            and event.type() == QEvent.Type.Paint
            and isinstance(obj, QWidget)
            and isinstance(obj.window(), SignInDialog)
        ):
            self.dialog = obj.window()
            seen["dialog_painted"] = loaded()
        return False


watcher = FirstPaint()
app.installEventFilter(watcher)


def tick():
    dialog = watcher.dialog
    if dialog is not None and "typed" not in seen:
        # Nobody has typed anything yet: the database layer arrives in the background.
        if "consular.services.database" in sys.modules and "consular.services.dashboard" in sys.modules:
            seen["before_typing"] = loaded()
            seen["typed"] = True
            QTest.keyClicks(dialog.form.password, sys.argv[3])
            QTest.keyClick(dialog.form.password, Qt.Key_Return)
        return
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "main_window" and widget.ctx is not None:
            seen["user"] = widget.ctx.actor.username
            widget.close()


timer = QTimer()
timer.timeout.connect(tick)
timer.start(20)
QTimer.singleShot(90_000, lambda: os._exit(3))
gui_app.run(sys.argv[1], user=sys.argv[2], remember=False)
print("@@" + json.dumps(seen))
"""


def test_the_sign_in_dialog_is_painted_first_and_the_database_layer_loads_while_it_waits(demo_path, tmp_path):
    seen = _launch(DIALOG_CHILD, demo_path, tmp_path)
    # The dialog was painted with none of them loaded (main imported the services before it)...
    assert seen["dialog_painted"] == [], f"imported before the sign-in dialog was painted: {seen['dialog_painted']}"
    # ...then, before a key was typed, the database layer and the password hash were imported...
    assert {"sqlalchemy", "consular.db.models", "consular.services.database", "argon2"} <= set(seen["before_typing"])
    # ...and the password typed into the dialog signed in.
    assert seen["user"] == SUPERVISOR
