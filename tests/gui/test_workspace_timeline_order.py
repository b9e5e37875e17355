"""The workspace shows the case first and loads its Timeline tab afterwards, once.

Built at the same time as the case's own load, a long case's timeline slowed both (worker
threads share one interpreter lock) and their memory peaks added up."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from gui_helpers import wait_for_ops

from tests.demo_data import KAYES

pytestmark = pytest.mark.gui


def test_the_workspace_loads_the_timeline_once_after_the_case_is_shown(gui_ctx, qtbot, private_config, monkeypatch):
    from consular.gui.timeline import tab as tab_module
    from consular.gui.workspace import CaseWorkspace

    calls = []
    real = tab_module.timeline_service.case_timeline

    def counted(*args, **kwargs):
        calls.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(tab_module.timeline_service, "case_timeline", counted)
    shown_before_timeline = []
    ws = CaseWorkspace(gui_ctx, KAYES)
    qtbot.addWidget(ws)
    ws.loaded.connect(lambda _detail: shown_before_timeline.append(ws.timeline.timeline is None))
    ws.show()
    qtbot.waitUntil(lambda: ws.timeline.timeline is not None, timeout=20_000)
    wait_for_ops(qtbot)
    assert shown_before_timeline[:1] == [True]
    assert calls == [KAYES]
    assert ws.timeline.model.total == len(ws.timeline.timeline.events) > 50
    # A refresh reads it again, once.
    ws.refresh()
    wait_for_ops(qtbot)
    assert calls == [KAYES, KAYES]
