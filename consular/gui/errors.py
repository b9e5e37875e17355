"""One error path for the GUI: user errors as a plain message, bugs in a crash dialog.

A :class:`~consular.domain.errors.UserError` is expected (bad input, a conflict, a locked
database) and is shown as it is. Anything else is a bug: the crash dialog shows what
happened with the tail of the log, lets the user copy it for a report, and the app keeps
running. Saved data is never touched by this path: every service call is atomic.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from consular import paths
from consular.domain.errors import UserError

log = logging.getLogger("consular")
LOG_FILE_NAME = "consular.log"
# While tests run, dialogs must not block: they are recorded here instead of exec()'d.
shown_messages: list[tuple[str, str]] = []
non_blocking = False


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


def setup_logging() -> None:
    """Log to a rotating file in the user's data folder (it can name people: keep it there)."""
    root = logging.getLogger()
    if any(getattr(h, "_consular", False) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(log_file(), maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._consular = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
# Qt's font database reports, for each shipped Noto file, the scripts it claims but cannot
# shape; the fallback list then picks the right file, so the note is not worth a warning.
_QUIET_QT_MESSAGES = ("OpenType support missing for",)


def qt_message_handler(mode, context, message: str) -> None:
    """Send Qt's own messages to the log (so the crash dialog's log tail has them)."""
    level = _QT_LEVELS.get(mode, logging.WARNING)
    if level <= logging.WARNING and message.startswith(_QUIET_QT_MESSAGES):
        level = logging.DEBUG
    category = getattr(context, "category", None) or "default"
    name = category if category.startswith("qt") else f"qt.{category}"
    logging.getLogger(name).log(level, "%s", message)


def install_qt_message_handler() -> None:
    """Route Qt messages through :func:`qt_message_handler` (the app only: pytest-qt keeps
    its own handler in tests, where Qt warnings fail the test)."""
    qInstallMessageHandler(qt_message_handler)


def log_tail(lines: int = 60) -> str:
    try:
        text = log_file().read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no log file)"
    return "\n".join(text.splitlines()[-lines:])


class CrashDialog(QDialog):
    """Shown for an unexpected error. Says that saved data is safe and how to report it."""

    def __init__(self, parent: QWidget | None, summary: str, details: str):
        super().__init__(parent)
        self.setWindowTitle("Something went wrong")
        self.setAccessibleName("Unexpected error")
        layout = QVBoxLayout(self)
        intro = QLabel(
            "<b>consular hit an unexpected problem.</b><br>"
            "Everything saved before this moment is safe: each change is saved whole or not at all. "
            "What you were typing may need to be entered again (drafts of contact entries are kept).<br>"
            "Please copy the details below and send them to your administrator."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(f"Error: {summary}"))
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName("Error details and log")
        self.details.setMinimumSize(640, 280)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        copy = buttons.addButton("Copy details", QDialogButtonBox.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.details.toPlainText()))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def show_user_error(parent: QWidget | None, exc: UserError, title: str = "Cannot do that") -> None:
    shown_messages.append(("user", exc.message))
    if non_blocking:
        return
    QMessageBox.warning(parent, title, exc.message)


def show_error(parent: QWidget | None, exc: BaseException, formatted: str | None = None) -> None:
    """Show ``exc`` the right way (plain message for UserError, crash dialog otherwise)."""
    if isinstance(exc, UserError):
        show_user_error(parent, exc)
        return
    formatted = formatted or "".join(traceback.format_exception(exc))
    log.error("Unexpected error:\n%s", formatted)
    summary = f"{exc.__class__.__name__}: {exc}"[:300]
    shown_messages.append(("crash", summary))
    if non_blocking:
        return
    dialog = CrashDialog(parent, summary, f"{formatted}\n--- log tail ---\n{log_tail()}")
    dialog.exec()


def install_excepthook() -> None:
    """Route exceptions escaping Qt slots to :func:`show_error` instead of aborting."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        formatted = "".join(traceback.format_exception(exc_type, exc, tb))
        app = QApplication.instance()
        parent = app.activeWindow() if app else None
        try:
            show_error(parent, exc, formatted)
        except Exception:  # noqa: BLE001 - never let the error path itself crash
            previous(exc_type, exc, tb)

    sys.excepthook = hook
