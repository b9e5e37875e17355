"""Help → User guide (F1): the short guide that ships with the app, how to do each daily task.

The text is a Markdown file under ``resources/guide/`` (edited as text, reviewed like code);
this dialog only shows it. It stays open beside the window (not modal), so the caseworker can
follow it step by step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from consular import paths

GUIDE_FILE = "user_guide.md"
MAX_WIDTH, MAX_HEIGHT = 900, 620  # fits 1280×720 with a title bar and a taskbar


def guide_path() -> Path:
    """The shipped guide (Markdown)."""
    return paths.resources_dir() / "guide" / GUIDE_FILE


def guide_text() -> str:
    return guide_path().read_text(encoding="utf-8")


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.setWindowTitle("consular — user guide")
        self.setAccessibleName("User guide")
        self.setModal(False)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("user_guide_text")
        self.browser.setAccessibleName("User guide text")
        self.browser.setOpenExternalLinks(True)
        try:
            self.browser.setMarkdown(guide_text())
        except OSError as exc:
            self.browser.setPlainText(f"The user guide could not be read ({exc}).")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self._fit()
        self.browser.setFocus(Qt.OtherFocusReason)

    def _fit(self) -> None:
        """About 44 ems wide and 40 lines tall, within a 1280×720 screen with a title bar,
        and within the screen it is on."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        em = self.fontMetrics().horizontalAdvance("M")
        width, height = min(44 * em, MAX_WIDTH), min(40 * self.fontMetrics().height(), MAX_HEIGHT)
        if area is not None:
            width, height = min(width, int(area.width() * 0.9)), min(height, int(area.height() * 0.85))
        self.resize(width, height)


__all__ = ["UserGuideDialog", "guide_path", "guide_text"]
