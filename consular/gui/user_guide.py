"""Help → User guide (F1): the short guide that ships with the app, how to do each daily task.

The text is a Markdown file under ``resources/guide/`` (edited as text, reviewed like code),
one per language: ``user_guide.md`` in English, ``user_guide.fr.md`` and ``user_guide.hi.md``
beside it; the dialog shows the guide of the language the application runs in (the language
of its installed translation, :func:`consular.i18n.language`), English when there is none.
It stays open beside the window (not modal), so the caseworker can follow it step by step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from consular import i18n, paths

GUIDE_FILE = "user_guide.md"
MAX_WIDTH, MAX_HEIGHT = 900, 620  # fits 1280×720 with a title bar and a taskbar


def guide_path(language: str | None = None) -> Path:
    """The shipped guide (Markdown) in ``language`` (default: the current one), else English."""
    code = i18n.normalise(language) if language else i18n.language()
    folder = paths.resources_dir() / "guide"
    if code and code != i18n.DEFAULT:
        localised = folder / GUIDE_FILE.replace(".md", f".{code}.md")
        if localised.is_file():
            return localised
    return folder / GUIDE_FILE


def guide_text(language: str | None = None) -> str:
    return guide_path(language).read_text(encoding="utf-8")


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.setWindowTitle(self.tr("consular — user guide"))
        self.setAccessibleName(self.tr("User guide"))
        self.setModal(False)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("user_guide_text")
        self.browser.setAccessibleName(self.tr("User guide text"))
        self.browser.setOpenExternalLinks(True)
        try:
            self.browser.setMarkdown(guide_text())
        except OSError as exc:
            self.browser.setPlainText(self.tr("The user guide could not be read ({error}).").format(error=exc))
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
