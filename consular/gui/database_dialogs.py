"""File → Open / New database: choosing the file, opening it off the GUI thread, and saying
clearly what is wrong with a file that cannot be opened.

The work function (:func:`open_target`) runs in a worker thread through ``gui.ops``; it calls
the one service entry point, :func:`consular.services.database.open_database`, so opening a big
database that needs an upgrade never freezes the window.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from consular.domain.errors import (
    DatabaseLockedError,
    NotConsularDatabaseError,
    SchemaTooNewError,
    UserError,
)
from consular.gui import errors
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
