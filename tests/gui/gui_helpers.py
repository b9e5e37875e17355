"""Helpers for the GUI tests (importable from test modules; fixtures live in conftest.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

OPS_TIMEOUT_MS = 20_000


def wait_for_ops(qtbot, timeout: int = OPS_TIMEOUT_MS) -> None:
    """Until every background operation has delivered its result."""
    from consular.gui import ops

    qtbot.waitUntil(lambda: ops.running() == 0, timeout=timeout)


def focused(wanted=None):
    """The widget keys go to. The offscreen platform leaves a hidden completer popup as the
    active window once events are processed (xcb hands activation back to the dialog, as
    checked under Xvfb); give it back the way the window system would."""
    active = QApplication.activeWindow()
    if active is not None and not active.isVisible():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        if dialogs:
            dialog = dialogs[-1]
            wanted = wanted or dialog.focusWidget()
            dialog.activateWindow()
            for _ in range(200):
                if QApplication.activeWindow() is dialog:
                    break
                QTest.qWait(10)
            if wanted is not None:
                wanted.setFocus(Qt.OtherFocusReason)
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def _popup_of(widget):
    """The completer popup of a line edit that has one, else None."""
    completer = widget.completer() if isinstance(widget, QLineEdit) else None
    return completer.popup() if completer is not None else None


def type_text(qtbot, text):
    widget = focused()
    qtbot.keyClicks(widget, text)
    # A person's typing leaves the window system time to deliver what it queued; QTest's
    # does not. Wait until it has: a completer popup is shown exactly while it has
    # something to offer for the text typed.
    popup = _popup_of(widget)
    if popup is not None:
        completer = widget.completer()
        qtbot.waitUntil(
            lambda: popup.isVisible() == (bool(widget.text()) and completer.completionCount() > 0),
            timeout=OPS_TIMEOUT_MS,
        )


def settle(qtbot):
    """Let the completer popup shown while typing go (see focused()), keeping the focus where
    the last key put it."""
    wanted = QApplication.focusWidget()
    popup = _popup_of(wanted) if wanted is not None else None
    if popup is not None:
        qtbot.waitUntil(lambda: not popup.isVisible(), timeout=OPS_TIMEOUT_MS)
    focused(wanted)
