"""The main window's actions, menus and toolbar, declared in one place (the window keeps
the behaviour: each action calls one of its methods)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QToolBar

from consular.gui import backup_actions, settings
from consular.gui.icons import icon
from consular.gui.text import plain_label
from consular.i18n import QT_TRANSLATE_NOOP


def make_action(
    window, text: str, slot, *, icon_name: str | None = None, shortcut=None, tip: str = "", name: str = ""
) -> QAction:
    source = text
    text = QCoreApplication.translate("MainWindow", source)
    action = QAction(icon(icon_name) if icon_name else QIcon(), text, window)
    if shortcut is not None:
        if isinstance(shortcut, (list, tuple)):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        else:
            action.setShortcut(QKeySequence(shortcut))
    plain = plain_label(text)
    action.setIconText(plain)  # the toolbar's words: Qt would leave a Hindi label's "(N)" in
    keys = action.shortcut().toString(QKeySequence.NativeText)
    tip = QCoreApplication.translate("MainWindow", tip) if tip else plain
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
    action.setStatusTip(tip)
    action.setObjectName(name or "action_" + source.replace("&", "").rstrip("…").lower().replace(" ", "_"))
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def _open_import_wizard(window) -> None:
    # The wizard pulls in the importing services (readers, mapping, the models): not before it is used.
    from consular.gui import import_wizard

    import_wizard.open_import_wizard(window)


def build_actions(window) -> None:
    window.new_db_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&New database…"),
        window.new_database_dialog,
        icon_name="new-db",
        shortcut="Ctrl+Shift+N",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Create a new, empty consular database"),
    )
    window.open_db_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Open database…"),
        window.open_database_dialog,
        icon_name="open-db",
        shortcut=QKeySequence.Open,
        tip=QT_TRANSLATE_NOOP("MainWindow", "Open another consular database"),
    )
    window.backup_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Back up now…"),
        lambda: backup_actions.back_up_now(window),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Copy the open database to a backup file, encrypted like it"),
    )
    window.import_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Import…"),
        lambda: _open_import_wizard(window),
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Import cases, people or contacts from a CSV or XLSX file (dry run first; undo as one action)"
        ),
        name="import_action",
    )
    window.restore_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Restore…"),
        lambda: backup_actions.restore(window),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Verify a backup, then put it in place of the open database"),
    )
    window.quit_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        window.close,
        icon_name="quit",
        shortcut="Ctrl+Q",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Close consular"),
    )
    window.quit_action.setMenuRole(QAction.QuitRole)
    window.new_case_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&New case…"),
        window.new_case,
        icon_name="new-case",
        shortcut="Ctrl+N",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Open a new case"),
    )
    window.log_contact_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Log contact…"),
        window.log_contact,
        icon_name="log-contact",
        shortcut="Ctrl+L",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Log a call, meeting or message"),
    )
    window.brief_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Print brief…"),
        window.print_brief,
        icon_name="brief",
        shortcut="Ctrl+P",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Make a PDF brief of a case"),
    )
    window.find_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Find"),
        window.find,
        icon_name="search",
        shortcut="Ctrl+F",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Search cases, people, counterparts and contact notes"),
    )
    window.refresh_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Refresh"),
        window.refresh,
        icon_name="refresh",
        shortcut="F5",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Reload what is shown"),
    )
    window.close_tab_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Close case tab"),
        window.close_current_tab,
        shortcut="Ctrl+W",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Close the case in front"),
    )
    window.home_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Home"),
        window.show_home,
        icon_name="dashboard",
        shortcut="Alt+1",
        tip=QT_TRANSLATE_NOOP("MainWindow", "What needs attention today"),
    )
    window.cases_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Cases"),
        window.show_cases,
        icon_name="case",
        shortcut="Alt+2",
        tip=QT_TRANSLATE_NOOP("MainWindow", "The list of cases"),
    )
    window.reports_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Reports"),
        window.show_reports,
        icon_name="reports",
        shortcut="Alt+3",
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Reports across cases: held nationals, monthly statistics, workload, family contact"
        ),
    )
    window.guide_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&User guide"),
        window.show_guide,
        icon_name="about",
        shortcut="F1",
        tip=QT_TRANSLATE_NOOP("MainWindow", "How to do each daily task"),
    )
    window.about_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&About consular"),
        window.show_about,
        icon_name="about",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Version and where the data is"),
    )
    window.about_action.setMenuRole(QAction.AboutRole)
    window.theme_group = QActionGroup(window)
    window.theme_group.setExclusive(True)
    window.theme_actions: dict[str, QAction] = {}
    current = settings.get(settings.THEME) or "system"
    for key, text in (
        ("system", QT_TRANSLATE_NOOP("MainWindow", "Follow the &system")),
        ("light", QT_TRANSLATE_NOOP("MainWindow", "&Light")),
        ("dark", QT_TRANSLATE_NOOP("MainWindow", "&Dark")),
    ):
        action = QAction(QCoreApplication.translate("MainWindow", text), window)
        action.setObjectName(f"action_theme_{key}")
        action.setCheckable(True)
        action.setChecked(key == current)
        action.triggered.connect(lambda _checked=False, k=key: window.set_theme(k))
        window.theme_group.addAction(action)
        window.theme_actions[key] = action
    window._db_actions = [
        window.new_case_action,
        window.log_contact_action,
        window.find_action,
        window.refresh_action,
        window.brief_action,
        window.reports_action,
        window.backup_action,
        window.restore_action,
        window.import_action,
    ]
    backup_actions.install(window)


def build_menus(window) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(window.new_db_action)
    file_menu.addAction(window.open_db_action)
    window.recent_menu = file_menu.addMenu(icon("open-db"), QCoreApplication.translate("MainWindow", "Open &recent"))
    window.recent_menu.setObjectName("recent_menu")
    window.recent_menu.aboutToShow.connect(window._fill_recent)
    window._fill_recent()
    file_menu.addSeparator()
    file_menu.addAction(window.backup_action)
    file_menu.addAction(window.restore_action)
    file_menu.addAction(window.import_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)

    case_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Case"))
    case_menu.addAction(window.new_case_action)
    case_menu.addAction(window.log_contact_action)
    case_menu.addAction(window.brief_action)
    case_menu.addSeparator()
    case_menu.addAction(window.find_action)
    case_menu.addAction(window.refresh_action)
    case_menu.addSeparator()
    case_menu.addAction(window.close_tab_action)

    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addAction(window.home_action)
    view_menu.addAction(window.cases_action)
    view_menu.addAction(window.reports_action)
    view_menu.addSeparator()
    theme_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Theme"))
    for action in window.theme_actions.values():
        theme_menu.addAction(action)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(window.guide_action)
    help_menu.addSeparator()
    help_menu.addAction(window.about_action)
    window.menus = {"file": file_menu, "case": case_menu, "view": view_menu, "help": help_menu, "theme": theme_menu}
    from consular.gui import preferences_dialog  # Tools › Preferences… (the menu is made there if need be)

    preferences_dialog.install(window)


def build_toolbar(window) -> None:
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setAccessibleName(toolbar.windowTitle())
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
    for action in (window.new_case_action, window.log_contact_action, window.brief_action):
        toolbar.addAction(action)
    toolbar.addSeparator()
    for action in (
        window.home_action,
        window.cases_action,
        window.reports_action,
        window.find_action,
        window.refresh_action,
    ):
        toolbar.addAction(action)
    toolbar.addSeparator()
    toolbar.addAction(window.open_db_action)
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(plain_label(action.text()))
    window.addToolBar(Qt.TopToolBarArea, toolbar)
    window.toolbar = toolbar
