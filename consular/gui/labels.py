"""Labels with a role the stylesheets know: headings, the RESTRICTED badge, banners."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from consular.gui.icons import icon


def restricted_badge(text: str | None = None) -> QLabel:
    badge = QLabel(text or QCoreApplication.translate("labels", "RESTRICTED"))
    badge.setProperty("role", "restricted")
    badge.setSizePolicy(QSizePolicy.Maximum, QSizePolicy.Maximum)
    badge.setAccessibleName(QCoreApplication.translate("labels", "Restricted"))
    badge.setToolTip(QCoreApplication.translate("labels", "Restricted: kept out of family-facing and redacted outputs"))
    return badge


def heading(text: str, role: str = "heading") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setAccessibleName(text)
    return label


def banner(parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setProperty("role", "banner")
    frame.setFrameShape(QFrame.StyledPanel)
    return frame


def warning_banner(accessible: str) -> tuple[QFrame, QLabel, QHBoxLayout]:
    """A hidden banner with a warning icon and a wrapping message; callers add their buttons
    to the returned row."""
    frame = banner()
    frame.setAccessibleName(accessible)
    row = QHBoxLayout(frame)
    sign = QLabel()
    sign.setPixmap(icon("warning").pixmap(20, 20))
    row.addWidget(sign)
    text = QLabel()
    text.setWordWrap(True)
    row.addWidget(text, 1)
    frame.hide()
    return frame, text, row
