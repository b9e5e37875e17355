"""The morning flow of issue 3, end to end in the main window and only from the keyboard:
find the Kayes case, open it, log a phone call, and see the call everywhere a caseworker
looks for it (top of the contact log, the overview, the case list)."""

from __future__ import annotations

import pytest
from gui_helpers import focused, press, settle, type_text, wait_for_ops
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from consular.domain.clock import FixedClock, wall_now
from consular.gui.case_table import COL_LAST_CONTACT, COL_REFERENCE
from tests.demo_data import KAYES

pytestmark = pytest.mark.gui

SUBJECT = "Police Kayes: no new sighting, patrols extended"


def _open_dialog() -> QDialog:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    return dialogs[-1] if dialogs else None


def _row_of(model, reference):
    for row in range(model.rowCount()):
        if model.data(model.index(row, COL_REFERENCE)) == reference:
            return row
    return -1


@pytest.fixture
def still_clock(gui_ctx):
    """The context's "now" held 30 s into the current minute, for the whole test (changes
    allowed). A new contact defaults to now *to the minute*, so on the real clock it showed
    "1 min ago" whenever the flow crossed a minute boundary; held still, "just now" is exact."""
    clock = FixedClock(wall_now().replace(second=30, microsecond=0), read_only=False)
    gui_ctx.clock = clock
    return clock


def test_find_open_and_log_a_call_without_the_mouse(still_clock, window, qtbot):
    # Ctrl+F, type, Down, Enter: the case opens in its own tab.
    qtbot.keyClick(window, Qt.Key_F, Qt.ControlModifier)
    qtbot.keyClicks(window.case_list.search_box, "Kayes")
    qtbot.waitUntil(lambda: not window.case_list.search_pending(), timeout=20_000)
    wait_for_ops(qtbot)
    qtbot.keyClick(window.case_list.search_box, Qt.Key_Down)
    window.case_list.select_reference(KAYES)
    qtbot.keyClick(window.case_list.table, Qt.Key_Return)
    wait_for_ops(qtbot)
    workspace = window.case_tabs()[KAYES]
    qtbot.waitUntil(lambda: workspace.detail is not None, timeout=20_000)
    wait_for_ops(qtbot)

    # Ctrl+L in the case: the Log contact dialog, the cursor in "With".
    qtbot.keyClick(window, Qt.Key_L, Qt.ControlModifier)
    qtbot.waitUntil(lambda: _open_dialog() is not None, timeout=10_000)
    dialog = _open_dialog()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and dialog.isAncestorOf(focused()))
    type_text(qtbot, "Gendarmerie")
    press(qtbot, Qt.Key_Return)
    settle(qtbot)
    for _ in range(4):  # channel, direction, duration: keep the defaults
        press(qtbot, Qt.Key_Tab)
    assert focused() is dialog.subject
    type_text(qtbot, SUBJECT)
    press(qtbot, Qt.Key_Tab)
    type_text(qtbot, "Checkpoints on the Diboli road report nothing unusual.")
    with qtbot.waitSignal(workspace.case_changed, timeout=20_000):
        press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    wait_for_ops(qtbot)

    # At the top of the log, as the overview's last contact, and in the case list.
    qtbot.waitUntil(lambda: workspace.contacts.model.rowCount() > 0, timeout=20_000)
    top = workspace.contacts.model.contact_at(0)
    assert top.subject == SUBJECT
    assert top.occurred_at == still_clock.now().replace(second=0)  # now, to the minute: 30 s ago
    assert [c.name for c in top.counterparts] == ["Company Commander, Gendarmerie Kayes"]
    assert workspace.detail.last_contact_at == top.occurred_at
    assert "just now" in workspace.overview.last_contact.text()

    qtbot.keyClick(window, Qt.Key_2, Qt.AltModifier)  # the Cases tab
    qtbot.waitUntil(lambda: not window.case_list.search_pending(), timeout=20_000)
    wait_for_ops(qtbot)
    model = window.case_list.model
    qtbot.waitUntil(lambda: _row_of(model, KAYES) >= 0, timeout=20_000)
    qtbot.waitUntil(
        lambda: model.data(model.index(_row_of(model, KAYES), COL_LAST_CONTACT)) == "just now", timeout=20_000
    )
