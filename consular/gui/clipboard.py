"""The one way the app copies text to the clipboard.

An identifier, a passport or phone number or a case reference copied from the app is taken
off the clipboard again after :data:`CLEAR_AFTER_MS` (30 s), if it is still what we put there:
a later copy by the user from another program is left alone (as KeePassXC does). Clearing
also covers the X11 selection, which Qt may have set alongside.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QTextBrowser

CLEAR_AFTER_MS = 30_000  # tests lower it


class _Clearer(QObject):
    """Clears ``text`` from the clipboard when its timer fires, if it is still there."""

    def __init__(self, text: str, msec: int):
        app = QGuiApplication.instance()
        super().__init__(app)
        self.text = text
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear)
        self.timer.start(msec)

    def clear(self) -> None:
        clipboard = QGuiApplication.clipboard()
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            if mode == QClipboard.Mode.Selection and not clipboard.supportsSelection():
                continue
            if clipboard.text(mode) == self.text:
                clipboard.clear(mode)
        self.deleteLater()


def copy_text(text: str, *, sensitive: bool = True) -> None:
    """Put ``text`` on the clipboard; a ``sensitive`` text (the default: references,
    identifiers, numbers) is cleared again after :data:`CLEAR_AFTER_MS` if still there."""
    QGuiApplication.clipboard().setText(text)
    if sensitive and text:
        _Clearer(text, CLEAR_AFTER_MS)


def clear_now() -> None:
    """Clear what the app put on the clipboard and has not cleared yet (on quit, on lock)."""
    app = QGuiApplication.instance()
    if app is None:
        return
    for clearer in app.findChildren(_Clearer):
        clearer.timer.stop()
        clearer.clear()


class SensitiveTextBrowser(QTextBrowser):
    """A read-only text pane (a person's passport, identifiers, phone) whose Copy, from the
    keyboard or its right-click menu, goes through :func:`copy_text` and so is cleared later."""

    def copy_selection(self) -> None:
        text = self.textCursor().selection().toPlainText()
        if text:
            copy_text(text)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        for action in menu.actions():
            if action.objectName() == "edit-copy":
                action.triggered.disconnect()
                action.triggered.connect(self.copy_selection)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())


__all__ = ["CLEAR_AFTER_MS", "SensitiveTextBrowser", "clear_now", "copy_text"]
