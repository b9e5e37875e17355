"""Run something once a window has been painted for the first time.

The launch shows a window (the sign-in dialog, or the main window with ``--demo``) before it
starts the slow work behind it (importing the database layer, signing in): Python's imports
and the first paint would otherwise share the GIL, and the window would come later.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

#: How long a window that is not painted (minimised) waits before the work starts all the same.
FIRST_PAINT_WAIT_MS = 1000


class _FirstPaint(QObject):
    """Calls ``callback`` once, just after the first paint of ``window`` (or of a widget in it),
    or after ``FIRST_PAINT_WAIT_MS`` if the window is never painted (started minimised)."""

    def __init__(self, window: QWidget, callback) -> None:
        super().__init__(window)
        self.window = window
        self.callback = callback
        self.done = False
        QApplication.instance().installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._fire)

    def eventFilter(self, obj, event) -> bool:
        if (
            not self.done
            and event.type() == QEvent.Type.Paint
            and isinstance(obj, QWidget)
            and obj.window() is self.window
        ):
            # After this paint is on the screen, not inside it.
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        if self.done:
            return
        self.done = True
        QApplication.instance().removeEventFilter(self)
        self.callback()


def after_first_paint(window: QWidget, callback) -> None:
    """Run ``callback`` on the GUI thread once ``window`` has been painted for the first time
    (not at all if ``window`` is deleted before)."""
    _FirstPaint(window, callback)
