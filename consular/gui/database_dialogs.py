"""File → Open / New database: choosing the file, opening it off the GUI thread, and saying
clearly what is wrong with a file that cannot be opened.

The work function (:func:`open_target`) runs in a worker thread through ``gui.ops``; it calls
the one service entry point, :func:`consular.services.database.open_database`, so opening a big
database that needs an upgrade never freezes the window.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from consular.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from consular.services.database import OpenedDatabase

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

FILE_FILTER = QT_TRANSLATE_NOOP("database_dialogs", "consular databases (*.db *.sqlite *.sqlite3);;All files (*)")

# The services' database module (SQLAlchemy, the models, the cipher) is imported when a database
# is opened, not with the main window: its first paint does not need it.
__all__ = ["open_target"]


def open_target(target: str, user: str | None = None, *, create: bool = False) -> OpenedDatabase:
    """Open (or with ``create``, make) the database ``target`` and bring its schema up to date.

    Runs in a worker thread. Raises NotConsularDatabaseError, SchemaTooNewError,
    DatabaseLockedError, DatabaseExistsError (all UserErrors) for the problems a user can fix.
    """
    from consular.services import database as database_service

    if create:
        existing = Path(target).expanduser() if "://" not in target else None
        if existing is not None and existing.exists() and existing.stat().st_size > 0:
            raise database_service.DatabaseExistsError(
                translate(
                    "database_dialogs",
                    "'{name}' already exists. Use File → Open database… to open it, or choose a new file name.",
                ).format(name=existing.name)
            )
        # Until the window has its own first-administrator and sign-in dialogs, a database is
        # created where a password can be asked for safely: on the command line.
        raise UserError(
            translate(
                "database_dialogs",
                "A new database is created with its first administrator: run "
                "`consular --db {target} db init --admin NAME`, then open it here.",
            ).format(target=target)
        )
    # Interim, until the sign-in dialog: the account is looked up by the name the app was
    # started with (--user or CONSULAR_USER), without a password. See README.
    return database_service.open_database(target, user, mode="open")


def open_failure_text(exc: BaseException, target: str) -> tuple[str, str]:
    """Title and message for a database that could not be opened (UserErrors only)."""
    name = Path(target).name if "://" not in target else target
    if isinstance(exc, NotConsularDatabaseError):
        return (
            translate("database_dialogs", "Not a consular database"),
            translate("database_dialogs", "{reason}\n\nNothing was changed in '{name}'.").format(
                reason=exc.message, name=name
            ),
        )
    if isinstance(exc, SchemaTooNewError):
        return (
            translate("database_dialogs", "Database from a newer consular"),
            translate("database_dialogs", "{reason}\n\nThis is consular {version}. The file was left as it is.").format(
                reason=exc.message, version=_version()
            ),
        )
    if isinstance(exc, DatabaseLockedError):
        return (
            translate("database_dialogs", "Database is in use"),
            translate(
                "database_dialogs",
                "{reason}\n\nAnother program (or another consular window) is writing to "
                "'{name}'. Close it, or wait a moment, and open the file again.",
            ).format(reason=exc.message, name=name),
        )
    title = translate("database_dialogs", "Cannot open the database")
    if isinstance(exc, UserError):
        return (title, exc.message)
    return (title, str(exc))


def _version() -> str:
    from consular import __version__

    return __version__


def upgrade_text(backup: Path) -> str:
    return translate(
        "database_dialogs",
        "The database was upgraded to the format of this version of consular.\n\n"
        "A copy of it as it was before the upgrade is kept at:\n{path}",
    ).format(path=backup)


def ask_open_path(parent: QWidget | None, start: str = "") -> str | None:
    """The file the user picked to open, or None. (Tests replace this function.)"""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("database_dialogs", "Open a consular database"),
        start,
        translate("database_dialogs", FILE_FILTER),
    )
    return path or None


def ask_new_path(parent: QWidget | None, start: str = "") -> str | None:
    """Where the user wants a new database, or None. (Tests replace this function.)"""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("database_dialogs", "Create a new consular database"),
        start,
        translate("database_dialogs", FILE_FILTER),
        options=QFileDialog.DontConfirmOverwrite,
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
        self.setWindowTitle(self.tr("Unlock the backup"))
        self.setAccessibleName(self.tr("Unlock the backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "'{backup}' was made under another key: a backup of another database, or of this one "
                "before its key was replaced. It is opened with its own key file.\n\n"
                "Enter {username}'s password as it was when the backup was made, or the backup's recovery "
                "key. Nothing is replaced until the backup has been verified and you have agreed."
            ).format(backup=backup_name, username=username)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setAccessibleName(self.tr("Password in the backup"))
        self.recovery = QLineEdit()
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        self.recovery.setPlaceholderText(self.tr("or the recovery key printed for it"))
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Recovery key:"), self.recovery)
        layout.addLayout(form)
        self.message = error_label(self.tr("Why the backup did not unlock"))
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Unlock"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.password.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        password, recovery = self.password.text(), self.recovery.text().strip()
        if not password and not recovery:
            self.refused(self.tr("Enter the password or the recovery key."))
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
