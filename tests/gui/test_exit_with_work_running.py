"""Closing the window while background work runs ends the process cleanly.

The interpreter must not tear down while a worker thread still runs Python: that was a crash
at exit (SIGSEGV once in CI, "Error calling Python override of QRunnable::run()" every time
here) when the window closed right after sign-in, with Home's loads still running. At close,
reads are cancelled, writes finish, and the process waits for them before it exits.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from consular.seeding.demo import DEMO_PASSWORD
from tests.demo_data import SUPERVISOR

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
from consular.gui import app as gui_app
from consular.gui import errors, ops

errors.non_blocking = True
MARKS = Path(os.environ["MARKS"])


def busy(seconds):
    # Python bytecode all along, as a service call is: the interpreter's teardown must wait.
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        sorted(str(i) for i in range(2000))


def a_write():
    busy(1.5)
    (MARKS / "write-finished").write_text("yes")


def a_long_read(progress):
    for step in range(6000):  # a minute, unless cancelled
        busy(0.01)
        progress(step, 6000)
    (MARKS / "read-ran-to-its-end").write_text("yes")


def tick():
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "main_window" and widget.ctx is not None:
            timer.stop()
            ops.write(widget, a_write)
            ops.query(widget, a_long_read, with_progress=True)
            ops.query(widget, lambda: busy(1.0))
            widget.close()  # Home's own loads are still running too


timer = QTimer()
timer.timeout.connect(tick)
timer.start(5)
QTimer.singleShot(120_000, lambda: os._exit(3))
code = gui_app.run(sys.argv[1], user=sys.argv[2], password=sys.argv[3], remember=False)
print("@@exit", code, flush=True)
sys.exit(code)
"""


def test_closing_during_background_work_exits_cleanly_after_the_writes_finish(demo_path, tmp_path):
    marks = tmp_path / "marks"
    marks.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "MARKS": str(marks),
        "CONSULAR_DATA_DIR": str(tmp_path / "data"),
        "CONSULAR_CONFIG_DIR": str(tmp_path / "config"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
        "XDG_CACHE_HOME": str(tmp_path / "xdg-cache"),
    }
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(demo_path), SUPERVISOR, DEMO_PASSWORD],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=180,
    )
    elapsed = time.monotonic() - started
    stderr = result.stderr.decode(errors="replace")
    assert result.returncode == 0, stderr[-3000:]
    assert "@@exit 0" in result.stdout.decode(errors="replace")
    for symptom in ("Error calling Python override", "Fatal Python error", "Traceback"):
        assert symptom not in stderr, stderr[-3000:]
    # The write asked for before the close was let finish; the long read was cancelled, not
    # waited out (a minute of work: the whole run is far shorter).
    assert (marks / "write-finished").exists()
    assert not (marks / "read-ran-to-its-end").exists()
    assert elapsed < 50
