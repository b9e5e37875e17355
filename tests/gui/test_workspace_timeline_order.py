"""The workspace shows the case first and loads its Timeline tab afterwards, once, and only
when the tab is shown.

Built at the same time as the case's own load, a long case's timeline slowed both (worker
threads share one interpreter lock) and their memory peaks added up; loaded for a case opened
only for its overview, a 20,000-event timeline held ~45 MB nobody looked at (issue 13: peak
RSS < 250 MB)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from gui_helpers import wait_for_ops

from tests.demo_data import KAYES

pytestmark = pytest.mark.gui


@pytest.fixture
def counted_timelines(monkeypatch):
    from consular.gui.timeline import tab as tab_module

    calls = []
    real = tab_module.timeline_service.case_timeline

    def counted(*args, **kwargs):
        calls.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(tab_module.timeline_service, "case_timeline", counted)
    return calls


def test_the_workspace_loads_the_timeline_once_after_the_case_is_shown(
    gui_ctx, qtbot, private_config, counted_timelines
):
    from consular.gui.workspace import CaseWorkspace

    calls = counted_timelines
    shown_before_timeline = []
    ws = CaseWorkspace(gui_ctx, KAYES)
    qtbot.addWidget(ws)
    ws.loaded.connect(lambda _detail: shown_before_timeline.append(ws.timeline.timeline is None))
    ws.show()
    ws.show_section("timeline")  # shown before the case has loaded: it waits for the case
    qtbot.waitUntil(lambda: ws.timeline.timeline is not None, timeout=20_000)
    wait_for_ops(qtbot)
    assert shown_before_timeline[:1] == [True]
    assert calls == [KAYES]
    assert ws.timeline.model.total == len(ws.timeline.timeline.events) > 50
    # A refresh reads it again, once.
    ws.refresh()
    wait_for_ops(qtbot)
    assert calls == [KAYES, KAYES]


def test_a_timeline_never_shown_is_never_read(gui_ctx, qtbot, private_config, counted_timelines):
    from consular.gui.workspace import CaseWorkspace

    calls = counted_timelines
    ws = CaseWorkspace(gui_ctx, KAYES)
    qtbot.addWidget(ws)
    ws.show()
    qtbot.waitUntil(lambda: ws.detail is not None, timeout=20_000)
    wait_for_ops(qtbot)
    ws.show_section("contacts")
    ws.refresh()  # a reload of the case (as after a write) leaves it unread too
    wait_for_ops(qtbot)
    assert calls == []
    assert ws.timeline.timeline is None
    # Shown at last: read then, and filled.
    with qtbot.waitSignal(ws.timeline.loaded, timeout=20_000):
        ws.tabs.setCurrentWidget(ws.timeline)
    wait_for_ops(qtbot)
    assert calls == [KAYES]
    assert ws.timeline.model.total > 50
    assert ws.timeline.status.text().startswith(f"{ws.timeline.model.total} events")


def test_a_case_whose_timeline_was_never_shown_closes(gui_ctx, qtbot, private_config, counted_timelines):
    from consular.gui.main_window import MainWindow

    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_for_ops(qtbot)
    ws = window.open_case(KAYES)
    qtbot.waitUntil(lambda: ws.detail is not None, timeout=20_000)
    wait_for_ops(qtbot)
    assert KAYES in window.case_tabs()
    window.close_tab(window.tabs.indexOf(ws))
    wait_for_ops(qtbot)
    assert KAYES not in window.case_tabs()
    assert counted_timelines == []
