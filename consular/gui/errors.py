"""One error path for the GUI: user errors as a plain message, bugs in a crash dialog.

A :class:`~consular.domain.errors.UserError` is expected (bad input, a conflict, a locked
database) and is shown as it is. Anything else is a bug: the crash dialog shows what
happened with the tail of the log, lets the user copy it for a report, and the app keeps
running. Saved data is never touched by this path: every service call is atomic.

No note text in logs or crash reports: the log file and everything the crash dialog shows go
through :func:`scrub`, which hides what a database error can carry of a record's content
(SQLite's "could not decode ... with text '<the whole value>'", the bound parameters of a
statement). The engine also hides statement parameters from SQLAlchemy's errors
(``hide_parameters``). tests/gui/test_no_notes_in_logs.py provokes each known path.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
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
# The last crash report built (summary, details), whether shown or (in tests) not.
last_crash_report: tuple[str, str] | None = None


# Where the end of a database error's message is in a traceback or a log line.
_END = r"(?=\n\[SQL: |\n\(Background on this error|\n\nThe above exception|\n\nDuring handling|\Z)"
_SCRUBS = (
    # sqlite3 puts the whole undecodable value in its message (a contact's notes, with newlines).
    (re.compile(r"(Could not decode to UTF-8 column '[^'\n]*' with text ).*?" + _END, re.S), r"\1<hidden>"),
    # SQLAlchemy's "[parameters: (...)]" lists a statement's values (the engine hides them too).
    (re.compile(r"\[parameters: .*?\](?=\n|\Z)", re.S), "[parameters: <hidden>]"),
)


def scrub(text: str) -> str:
    """``text`` (a log line, a traceback, an error summary) without the record content a
    database error can carry."""
    for pattern, replacement in _SCRUBS:
        text = pattern.sub(replacement, text)
    return text


class ScrubFilter(logging.Filter):
    """Scrubs every record a handler writes, its traceback included (see :func:`scrub`)."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = scrub(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


def file_handler(path: Path) -> logging.Handler:
    """The rotating, scrubbed log file handler."""
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ScrubFilter())
    handler._consular = True  # type: ignore[attr-defined]
    return handler


def setup_logging() -> None:
    """Log to a rotating file in the user's data folder (it can name people: keep it there)."""
    root = logging.getLogger()
    if any(getattr(h, "_consular", False) for h in root.handlers):
        return
    root.addHandler(file_handler(log_file()))
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
    return scrub("\n".join(text.splitlines()[-lines:]))  # a log written before scrubbing existed


class CrashDialog(QDialog):
    """Shown for an unexpected error. Says that saved data is safe and how to report it."""

    def __init__(self, parent: QWidget | None, summary: str, details: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setAccessibleName(self.tr("Unexpected error"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<b>consular hit an unexpected problem.</b><br>"
                "Everything saved before this moment is safe: each change is saved whole or not at all. "
                "What you were typing may need to be entered again (drafts of contact entries are kept).<br>"
                "Please copy the details below and send them to your administrator."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Error: {summary}").format(summary=summary)))
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details and log"))
        self.details.setMinimumSize(640, 280)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.details.toPlainText()))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def show_user_error(parent: QWidget | None, exc: UserError, title: str | None = None) -> None:
    shown_messages.append(("user", exc.message))
    if non_blocking:
        return
    QMessageBox.warning(parent, title or QCoreApplication.translate("errors", "Cannot do that"), exc.message)


def show_error(parent: QWidget | None, exc: BaseException, formatted: str | None = None) -> None:
    """Show ``exc`` the right way (plain message for UserError, crash dialog otherwise)."""
    if isinstance(exc, UserError):
        show_user_error(parent, exc)
        return
    formatted = scrub(formatted or "".join(traceback.format_exception(exc)))
    log.error("Unexpected error:\n%s", formatted)
    summary = scrub(f"{exc.__class__.__name__}: {exc}")[:300]
    details = f"{formatted}\n--- log tail ---\n{log_tail()}"
    global last_crash_report
    last_crash_report = (summary, details)
    shown_messages.append(("crash", summary))
    if non_blocking:
        return
    dialog = CrashDialog(parent, summary, details)
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
