"""After signing in, Home gets the machine first: the audit check (which reads the whole
chain, about a second of CPU at 100,000 cases) starts once Home has its data, or has failed
to get it, instead of beside it."""

from __future__ import annotations

import pytest
from gui_helpers import wait_for_ops

from consular.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def own_anchors(tmp_path, monkeypatch):
    monkeypatch.setenv("CONSULAR_DATA_DIR", str(tmp_path / "data"))


def _window(qtbot, ctx) -> tuple[MainWindow, list[str]]:
    events: list[str] = []
    win = MainWindow()
    qtbot.addWidget(win)
    win.dashboard.loaded.connect(lambda: events.append("home filled"))
    win.audit_banner.note.connect(lambda text: events.append(f"note: {text}"))
    win.audit_banner.checked.connect(lambda report: events.append("audit checked"))
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.set_context(ctx)
    return win, events


def test_the_audit_check_starts_once_home_is_filled(qtbot, gui_ctx, private_config):
    win, events = _window(qtbot, gui_ctx)
    assert win.dashboard.loading
    assert not win.audit_banner.running  # not yet: Home is loading
    qtbot.waitUntil(lambda: "audit checked" in events, timeout=20_000)
    assert events.index("home filled") < events.index("note: Verifying the audit trail…")
    assert win.audit_banner.report.ok
    wait_for_ops(qtbot)


def test_the_audit_check_still_runs_when_home_fails(qtbot, gui_ctx, private_config, monkeypatch):
    from consular.gui import errors
    from consular.services import dashboard as dashboard_service

    def broken(*_args, **_kwargs):
        raise RuntimeError("Home could not be read")

    monkeypatch.setattr(dashboard_service, "dashboard", broken)
    shown: list = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc, *a, **k: shown.append(exc))
    _win, events = _window(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: "audit checked" in events, timeout=20_000)
    assert "home filled" not in events
    assert [str(e) for e in shown] == ["Home could not be read"]
    wait_for_ops(qtbot)


def test_a_check_for_the_database_shown_before_stops_when_another_opens(qtbot, gui_ctx, private_config):
    win, events = _window(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: win.audit_banner.running or "audit checked" in events, timeout=20_000)
    win.set_context(None)  # the database closed: nothing is checked, nothing waits for Home
    assert not win.audit_banner.running
    assert win.audit_banner.report is None
    wait_for_ops(qtbot)
