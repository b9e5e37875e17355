"""F1: the user guide that ships with the app, and stays true to it."""

from __future__ import annotations

import re

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTableView, QTabWidget, QWidget

from consular.domain.enums import CaseStatus
from consular.gui import row_menu
from consular.gui.user_guide import guide_text

pytestmark = pytest.mark.gui

KAYES = "BAM-2025-0001"
DAILY_TASKS = (
    "Find a case",
    "Correct a mistake",
    "Log a contact",
    "Record a status change",
    "Add a task",
    "Print a brief",
    "Export a timeline",
    'What "restricted" means',
)
SHORTCUT = re.compile(r"\b(?:Ctrl\+(?:Shift\+)?\w+|Alt\+\d|F\d{1,2})\b")
# Keys the guide names that belong to a widget rather than to a menu action.
WIDGET_KEYS = {
    "Ctrl+Home": "the case table (Qt's own)",
    "Ctrl+End": "the case table (case_list.go_to_last)",
    "Ctrl+Enter": "every form dialog's Save",
}


def test_f1_opens_the_guide_with_every_daily_task(window, qtbot):
    qtbot.keyClick(window, Qt.Key_F1)
    qtbot.waitUntil(lambda: window.guide_dialog is not None and window.guide_dialog.isVisible())
    dialog = window.guide_dialog
    shown = dialog.browser.toPlainText()
    for task in DAILY_TASKS:
        assert task in shown, task
    assert "**" not in shown  # rendered, not shown as Markdown source
    area = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= area.height() and dialog.width() <= area.width()
    qtbot.keyClick(window, Qt.Key_F1)  # again: the same guide, not a second one
    assert window.guide_dialog is dialog
    dialog.close()


def _texts(root: QWidget) -> set[str]:
    """Every name a user can read on ``root``: buttons, labels, group titles, tabs, column
    headings, menus and actions, without mnemonics."""
    found: set[str] = set()
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, (QAbstractButton, QLabel)):
            found.add(widget.text())
        elif isinstance(widget, QGroupBox):
            found.add(widget.title())
        if isinstance(widget, QTabWidget):
            found.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            found.update(str(model.headerData(c, Qt.Horizontal) or "") for c in range(model.columnCount(QModelIndex())))
        found.update(action.text() for action in widget.actions())
    found.update(action.text() for action in root.findChildren(QAction))
    return {t.replace("&", "").strip() for t in found if t}


def _shortcuts(window) -> set[str]:
    keys = set()
    for action in window.findChildren(QAction):
        keys.update(s.toString(QKeySequence.PortableText) for s in action.shortcuts())
    return keys


def test_every_name_and_key_in_the_guide_is_in_the_app(window, qtbot):
    from consular.gui.brief_dialog import BriefDialog

    text = guide_text()
    keys = set(SHORTCUT.findall(text))
    assert {"F1", "Ctrl+F", "Ctrl+L", "Ctrl+P"} <= keys
    missing_keys = keys - _shortcuts(window) - set(WIDGET_KEYS)
    assert not missing_keys

    # What the guide names, seen where a caseworker would see it.
    view = window.case_list
    window.show_cases()
    view.status_filter.setCurrentIndex(view.status_filter.findData([CaseStatus.ACTIVE]))
    view.search_box.setText("Kayes")
    qtbot.waitUntil(lambda: not view.search_pending(), timeout=20_000)
    workspace = window.open_case(KAYES)
    qtbot.waitUntil(lambda: workspace.detail is not None, timeout=20_000)
    wait_for_ops(qtbot)
    for index in range(workspace.tabs.count()):  # every tab built and shown once
        workspace.tabs.setCurrentIndex(index)
    wait_for_ops(qtbot)
    contact = workspace.log_contact()
    brief = BriefDialog(window.ctx, KAYES, window)
    qtbot.addWidget(brief)
    wait_for_ops(qtbot)
    names = _texts(window) | _texts(brief)
    # A row's right-click menu (Open, Copy reference, Log contact…, Void…).
    workspace.tabs.setCurrentWidget(workspace.contacts)
    table = workspace.contacts.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=20_000)
    pos = table.visualRect(table.model().index(0, 0)).center()
    QApplication.sendEvent(
        table.viewport(), QContextMenuEvent(QContextMenuEvent.Mouse, pos, table.viewport().mapToGlobal(pos))
    )
    menu = row_menu.shown_menu(table)
    assert menu is not None
    names |= {a.text() for a in menu.actions()}
    menu.hide()
    if contact is not None:
        names |= _texts(contact)
    menus = {a.text().replace("&", "") for a in window.menuBar().actions()}

    def present(name: str) -> bool:
        if SHORTCUT.fullmatch(name):
            return True
        if " › " in name:
            menu, item = name.split(" › ", 1)
            return menu in menus and present(item)
        if name.endswith(" …"):  # "Searching within: …": the start of a longer text
            return any(n.startswith(name[:-2]) for n in names)
        # A check box may explain itself after it ("Restricted — keep out of …", "… (case team only)").
        return name in names or any(n.startswith((name + " — ", name + " (")) for n in names)

    bold = re.findall(r"\*\*(.+?)\*\*", text)
    assert len(bold) > 20
    absent = [name for name in bold if not present(name)]
    assert not absent, absent
    brief.close()
    if contact is not None:
        contact.close()
