"""File → Open / New database: choosing the file, opening it off the GUI thread, and saying
clearly what is wrong with a file that cannot be opened.

The work function (:func:`open_target`) runs in a worker thread through ``gui.ops``; it calls
the one service entry point, :func:`consular.services.database.open_database`, so opening a big
database that needs an upgrade never freezes the window.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from consular.domain.errors import (
    DatabaseLockedError,
    NotConsularDatabaseError,
    SchemaTooNewError,
    UserError,
)
from consular.gui import errors
from consular.gui.form_rows import error_label
from consular.services import database as database_service
from consular.services.database import DatabaseExistsError, OpenedDatabase

log = logging.getLogger(__name__)

FILE_FILTER = "consular databases (*.db *.sqlite *.sqlite3);;All files (*)"

__all__ = ["DatabaseExistsError", "OpenedDatabase", "open_target"]


def open_target(target: str, user: str | None = None, *, create: bool = False) -> OpenedDatabase:
    """Open (or with ``create``, make) the database ``target`` and bring its schema up to date.

    Runs in a worker thread. Raises NotConsularDatabaseError, SchemaTooNewError,
    DatabaseLockedError, DatabaseExistsError (all UserErrors) for the problems a user can fix.
    """
    if create:
        existing = Path(target).expanduser() if "://" not in target else None
        if existing is not None and existing.exists() and existing.stat().st_size > 0:
            raise database_service.DatabaseExistsError(
                f"'{existing.name}' already exists. Use File → Open database… to open it, or choose a new file name."
            )
        # Until the window has its own first-administrator and sign-in dialogs, a database is
        # created where a password can be asked for safely: on the command line.
        raise UserError(
            "A new database is created with its first administrator: run "
            f"`consular --db {target} db init --admin NAME`, then open it here."
        )
    # Interim, until the sign-in dialog: the account is looked up by the name the app was
    # started with (--user or CONSULAR_USER), without a password. See README.
    return database_service.open_database(target, user, mode="open")


def open_failure_text(exc: BaseException, target: str) -> tuple[str, str]:
    """Title and message for a database that could not be opened (UserErrors only)."""
    name = Path(target).name if "://" not in target else target
    if isinstance(exc, NotConsularDatabaseError):
        return ("Not a consular database", f"{exc.message}\n\nNothing was changed in '{name}'.")
    if isinstance(exc, SchemaTooNewError):
        return (
            "Database from a newer consular",
            f"{exc.message}\n\nThis is consular {_version()}. The file was left as it is.",
        )
    if isinstance(exc, DatabaseLockedError):
        return (
            "Database is in use",
            (
                f"{exc.message}\n\nAnother program (or another consular window) is writing to "
                f"'{name}'. Close it, or wait a moment, and open the file again."
            ),
        )
    if isinstance(exc, UserError):
        return ("Cannot open the database", exc.message)
    return ("Cannot open the database", str(exc))


def _version() -> str:
    from consular import __version__

    return __version__


def upgrade_text(backup: Path) -> str:
    return (
        "The database was upgraded to the format of this version of consular.\n\n"
        f"A copy of it as it was before the upgrade is kept at:\n{backup}"
    )


def ask_open_path(parent: QWidget | None, start: str = "") -> str | None:
    """The file the user picked to open, or None. (Tests replace this function.)"""
    path, _ = QFileDialog.getOpenFileName(parent, "Open a consular database", start, FILE_FILTER)
    return path or None


def ask_new_path(parent: QWidget | None, start: str = "") -> str | None:
    """Where the user wants a new database, or None. (Tests replace this function.)"""
    path, _ = QFileDialog.getSaveFileName(
        parent, "Create a new consular database", start, FILE_FILTER, options=QFileDialog.DontConfirmOverwrite
    )
    if not path:
        return None
    if not Path(path).suffix:
        path += ".db"
    return path


def notify(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
    """A message that does not block the event loop (window-modal, opened with open())."""
    errors.shown_messages.append(("warning" if warning else "info", text))
    if errors.non_blocking:
        return
    box = QMessageBox(QMessageBox.Warning if warning else QMessageBox.Information, title, text, QMessageBox.Ok, parent)
    box.setAccessibleName(title)
    box.setModal(True)
    box.open()
    box.finished.connect(box.deleteLater)


class BackupPasswordDialog(QDialog):
    """The password that opens a backup made under another key (another database's key slots,
    or before 'db rekey'): the user's password as it was in the backup, or its recovery key.

    ``submitted(password, recovery_key)`` is emitted on OK; the caller tries it in the
    background and calls :meth:`refused` (the dialog stays open) or :meth:`accept`."""

    submitted = Signal(str, str)

    def __init__(self, backup_name: str, username: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Unlock the backup")
        self.setAccessibleName("Unlock the backup")
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"'{backup_name}' was made under another key: a backup of another database, or of this one "
            "before its key was replaced. It is opened with its own key file.\n\n"
            f"Enter {username}'s password as it was when the backup was made, or the backup's recovery "
            "key. Nothing is replaced until the backup has been verified and you have agreed."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setAccessibleName("Password in the backup")
        self.recovery = QLineEdit()
        self.recovery.setAccessibleName("Recovery key")
        self.recovery.setPlaceholderText("or the recovery key printed for it")
        form.addRow("&Password:", self.password)
        form.addRow("&Recovery key:", self.recovery)
        layout.addLayout(form)
        self.message = error_label("Why the backup did not unlock")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText("&Unlock")
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.password.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        password, recovery = self.password.text(), self.recovery.text().strip()
        if not password and not recovery:
            self.refused("Enter the password or the recovery key.")
            return
        self.buttons.setEnabled(False)
        self.message.hide()
        self.submitted.emit(password, recovery)

    def refused(self, text: str) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(text)
        self.message.show()
        self.password.selectAll()
        self.password.setFocus(Qt.OtherFocusReason)
