""" "Export list…": write a list as it is shown (filters and sort) to CSV or XLSX, in the
background, then say where it went. The service decides the rows (:mod:`consular.services.lists`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from consular.gui import ops
from consular.i18n import QT_TRANSLATE_NOOP

FILE_TYPES = QT_TRANSLATE_NOOP("list_export_action", "Spreadsheet (*.xlsx);;CSV, comma-separated (*.csv)")


def choose_export_path(parent: QWidget, title: str, suggested: str) -> str | None:
    """The file to write (with .xlsx or .csv), or None when cancelled. Tests replace this."""
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / suggested), QCoreApplication.translate("list_export_action", FILE_TYPES)
    )
    if not path:
        return None
    if Path(path).suffix.lower() not in (".xlsx", ".csv"):
        path += ".csv" if "csv" in chosen.lower() else ".xlsx"
    return path


def export_list(
    parent: QWidget,
    title: str,
    suggested: str,
    write: Callable[[str], int],
    done: Callable[[str, int], None],
) -> None:
    """Ask for a file, then ``write(path)`` (returns the rows written) in the background;
    ``done(path, rows)`` on the GUI thread. Errors go to the one error dialog."""
    path = choose_export_path(parent, title, suggested)
    if not path:
        return
    ops.write(
        parent,
        lambda: write(path),
        on_done=lambda rows: done(path, rows),
        label=QCoreApplication.translate("list_export_action", "Exporting the list…"),
    )
