"""Tools › Find duplicates…: the menu and its action, installed once by the main window and
enabled while a database is open and the user is staff (finding is for staff; merging, inside
the dialog, for supervisors and administrators)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from consular.gui import main_actions
from consular.i18n import QT_TRANSLATE_NOOP
from consular.services import permissions

if TYPE_CHECKING:
    from consular.gui.duplicates_dialog import DuplicatesDialog


def install(window) -> None:
    window.find_duplicates_action = main_actions.make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "Find &duplicates…"),
        lambda: open_duplicates(window),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "People and counterparts probably entered twice; merge them, or undo a merge"
        ),
        name="action_find_duplicates",
    )
    tools = window.menus.get("tools")
    if tools is None:
        tools = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Tools"))
        help_menu = window.menus.get("help")
        if help_menu is not None:
            window.menuBar().insertMenu(help_menu.menuAction(), tools)
        window.menus["tools"] = tools
    tools.addAction(window.find_duplicates_action)
    window.duplicates_dialog = None
    context_changed(window)


def context_changed(window) -> None:
    ctx = getattr(window, "ctx", None)
    window.find_duplicates_action.setEnabled(ctx is not None and permissions.can(ctx, "duplicates.find_duplicates"))


def open_duplicates(window) -> DuplicatesDialog | None:
    from consular.gui.duplicates_dialog import DuplicatesDialog

    ctx = window.ctx
    if ctx is None:
        return None
    if window.duplicates_dialog is not None:
        window.duplicates_dialog.close()
    window.duplicates_dialog = DuplicatesDialog(ctx, window)
    window.duplicates_dialog.show()
    return window.duplicates_dialog
