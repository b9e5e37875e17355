"""Background operations (gui/ops.py) must not crash the process: not under load, not when
the widget waiting for the result is closed while the work runs.

Load regression: each operation used to report through its own QObject, and the worker thread
could drop the last reference to it (the GUI thread had already handled the result), so the
QObject was destroyed from the worker. Under load that corrupted memory: random segfaults
inside SQLite in the GUI tests. Workers now report through one long-lived object and let go
of everything Qt before reporting. Run in a subprocess so a crash fails the test instead of
killing pytest; the old code crashed in about two runs out of three, so two runs are made.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading

import pytest
from PySide6.QtWidgets import QWidget

from consular.domain.errors import UserError
from consular.gui import errors, ops

SCRIPT = textwrap.dedent(
    """
    import sys, tempfile
    from PySide6.QtCore import QCoreApplication
    from sqlalchemy import create_engine, text
    from consular.gui import ops

    app = QCoreApplication([])
    path = tempfile.mktemp(suffix=".db")
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    with engine.begin() as c:
        c.execute(text("create table t(id integer primary key, v text)"))
        c.execute(text("insert into t(v) values " + ",".join(f"('row {i}')" for i in range(300))))

    def work(_progress):
        with engine.connect() as c:
            return [tuple(r) for r in c.execute(text("select id, v from t where v like :x"), {"x": "%1%"})]

    done = []
    for _ in range(3000):
        ops.query(None, work, on_done=lambda rows: done.append(len(rows)), with_progress=True)
    while ops.running():
        app.processEvents()
    assert len(done) == 3000 and set(done) == {len(work(None))}, (len(done), set(done))
    print("ok")
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("attempt", [1, 2])
def test_thousands_of_overlapping_operations_do_not_crash(attempt, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], check=False, capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path
    )
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stderr[-3000:]}"
    assert result.stdout.strip().endswith("ok")


def _blocked_work(gate: threading.Event, started: threading.Event, outcome):
    def work(progress):
        started.set()
        assert gate.wait(20)
        progress(1, 2, "half way")  # reported after the receiver is gone
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    return work


@pytest.mark.gui
@pytest.mark.parametrize("run", [ops.query, ops.write])
def test_closing_the_receiver_while_an_op_runs_drops_the_result(qtbot, run):
    """Issue 13: an op outliving its receiver raised 'Signal source has been deleted'. Now
    nothing of the dead widget is touched: no callback, no progress, no crash."""
    receiver = QWidget()
    receiver.show()
    gate, started = threading.Event(), threading.Event()
    heard = []
    op = run(
        receiver,
        _blocked_work(gate, started, "result"),
        on_done=heard.append,
        on_error=heard.append,
        on_progress=lambda done, total: heard.append((done, total)),
        on_finished=lambda: heard.append("finished"),
        with_progress=True,
        label="Working slowly…",
    )
    assert started.wait(20)
    qtbot.waitUntil(
        lambda: any(
            w.isVisible() and w.accessibleName() == "Working slowly…"
            for w in receiver.children()
            if isinstance(w, QWidget)
        )
    )
    receiver.close()
    receiver.deleteLater()
    qtbot.waitUntil(lambda: not ops.alive(receiver))
    gate.set()
    qtbot.waitUntil(lambda: op.finished)
    assert ops.running() == 0
    assert heard == []


@pytest.mark.gui
def test_a_receiver_that_stays_hears_progress_then_the_result(qtbot):
    receiver = QWidget()
    gate, started = threading.Event(), threading.Event()
    heard = []
    op = ops.query(
        receiver,
        _blocked_work(gate, started, "result"),
        on_done=heard.append,
        on_progress=lambda done, total: heard.append((done, total)),
        on_finished=lambda: heard.append("finished"),
        with_progress=True,
    )
    gate.set()
    qtbot.waitUntil(lambda: op.finished)
    assert heard == [(1, 2), "finished", "result"]


@pytest.mark.gui
def test_a_failed_write_is_reported_even_after_its_window_closed(qtbot):
    """A failed read nobody waits for is dropped; a failed write still reaches the user."""
    for run, expected in ((ops.query, []), (ops.write, [("user", "The case is locked.")])):
        errors.shown_messages.clear()
        receiver = QWidget()
        gate, started = threading.Event(), threading.Event()
        op = run(receiver, _blocked_work(gate, started, UserError("The case is locked.")), with_progress=True)
        assert started.wait(20)
        receiver.deleteLater()
        qtbot.waitUntil(lambda r=receiver: not ops.alive(r))
        gate.set()
        qtbot.waitUntil(lambda o=op: o.finished)
        assert errors.shown_messages == expected, run.__name__


@pytest.mark.gui
def test_cancel_stops_the_worker_and_calls_neither_callback(qtbot):
    receiver = QWidget()
    gate, started = threading.Event(), threading.Event()
    heard = []
    op = ops.write(
        receiver,
        _blocked_work(gate, started, "result"),
        on_done=heard.append,
        on_error=heard.append,
        on_finished=lambda: heard.append("finished"),
        with_progress=True,
    )
    assert started.wait(20)
    op.cancel()
    gate.set()
    qtbot.waitUntil(lambda: op.finished)
    assert heard == ["finished"]
