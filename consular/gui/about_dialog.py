"""Help → About consular: version, what it is, where the data and log are."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QSize, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from consular import __version__, paths
from consular.gui.icons import icon


def about_text(database: str | None) -> str:
    db = database or QCoreApplication.translate("about_dialog", "none open")
    what = QCoreApplication.translate(
        "about_dialog",
        "Case tracking for consular staff handling the abduction, hostage-taking, wrongful "
        "detention or disappearance of nationals abroad: cases, people, the contact log, tasks, "
        "milestones, documents and briefs.",
    )
    where = QCoreApplication.translate(
        "about_dialog", "<b>Database:</b> {database}<br><b>Data folder:</b> {data}<br><b>Log file:</b> {log}"
    ).format(database=db, data=paths.data_dir(), log=paths.log_dir() / "consular.log")
    fonts = QCoreApplication.translate(
        "about_dialog", "Fonts: Noto Sans and Noto Sans Devanagari (SIL Open Font License 1.1)."
    )
    return (
        f"<p style='font-size:15pt; font-weight:600; margin:0'>consular {__version__}</p>"
        f"<p>{what}</p>"
        f"<p>{where}</p>"
        f"<p style='color:gray'>Qt {qVersion()} · PySide6 {pyside_version} · Python {platform.python_version()}<br>"
        f"{fonts}</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent=None, database: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About consular"))
        self.setAccessibleName(self.tr("About consular"))
        logo = QLabel(self)
        logo.setPixmap(icon("app").pixmap(QSize(64, 64)))
        logo.setAlignment(Qt.AlignTop)
        self.text = QLabel(about_text(database), self)
        self.text.setObjectName("about_text")
        self.text.setAccessibleName(self.tr("consular version {version}").format(version=__version__))
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.text.setMinimumWidth(460)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(logo)
        row.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        copy = buttons.addButton(self.tr("&Copy version"), QDialogButtonBox.ActionRole)
        copy.setAccessibleName(self.tr("Copy version details"))
        # Version details to paste in a report: not translated.
        details = (
            f"consular {__version__}; Qt {qVersion()}; PySide6 {pyside_version}; "
            f"Python {platform.python_version()}; {platform.platform()}"
        )
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 12)
        layout.addLayout(row)
        layout.addWidget(buttons)
