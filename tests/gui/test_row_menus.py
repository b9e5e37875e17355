"""Right-click a row: Open, Copy reference, Log contact… (and Void… where an entry can be
voided), the same in every list."""

from __future__ import annotations

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from consular.gui import row_menu
from consular.gui.dashboard import TARGET_ROLE

pytestmark = pytest.mark.gui

KAYES = "BAM-2025-0001"


def right_click(qtbot, view, row: int):
    """A right-click on ``row`` of ``view``, as the mouse gives it; the menu it opened."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    pos = view.visualRect(index).center() + QPoint(2, 0)
    before = row_menu.shown_menu(view)
    event = QContextMenuEvent(QContextMenuEvent.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    menu = row_menu.shown_menu(view)
    assert menu is not before
    assert menu is not None, "no menu"
    qtbot.waitUntil(menu.isVisible)
    return menu


def texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def choose(menu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text() == text)
    assert action.isEnabled(), text
    menu.hide()
    action.trigger()


def test_case_list_row_menu(window, qtbot):
    window.show_cases()
    view = window.case_list
    row = view.model.row_of(KAYES)
    menu = right_click(qtbot, view.table, row)
    assert texts(menu)[:3] == [f"Open {KAYES}", "Copy reference", "Log contact…"]
    assert view.selected_reference() == KAYES  # the row right-clicked is the one acted on

    QGuiApplication.clipboard().clear()
    choose(menu, "Copy reference")
    assert QGuiApplication.clipboard().text() == KAYES

    choose(right_click(qtbot, view.table, row), "Log contact…")
    qtbot.waitUntil(lambda: KAYES in window.case_tabs())
    workspace = window.case_tabs()[KAYES]
    qtbot.waitUntil(
        lambda: workspace._contact_dialog is not None and workspace._contact_dialog.isVisible(), timeout=20_000
    )
    workspace._contact_dialog.close()
    wait_for_ops(qtbot)

    window.show_cases()
    choose(right_click(qtbot, view.table, row), f"Open {KAYES}")
    assert window.tabs.currentWidget() is workspace


def test_dashboard_row_menu_opens_copies_and_logs(window, qtbot):
    window.show_home()
    card = window.dashboard.tasks
    item = card.list.item(0)
    reference, _section, task_id = item.data(TARGET_ROLE)
    menu = right_click(qtbot, card.list, 0)
    assert texts(menu)[:3] == [f"Open {reference}", "Copy reference", "Log contact…"]
    choose(menu, "Copy reference")
    assert QGuiApplication.clipboard().text() == reference
    choose(right_click(qtbot, card.list, 0), f"Open {reference}")
    qtbot.waitUntil(lambda: reference in window.case_tabs())
    workspace = window.case_tabs()[reference]
    qtbot.waitUntil(lambda: workspace.tasks.current_task() is not None, timeout=20_000)
    assert workspace.tasks.current_task().id == task_id

    window.show_home()
    choose(right_click(qtbot, card.list, 0), "Log contact…")
    qtbot.waitUntil(
        lambda: workspace._contact_dialog is not None and workspace._contact_dialog.isVisible(), timeout=20_000
    )
    workspace._contact_dialog.close()
    wait_for_ops(qtbot)


@pytest.mark.parametrize("tab_name", ["contacts", "tasks", "milestones", "documents"])
def test_workspace_list_row_menus(tab_name, window, qtbot, tmp_path):
    workspace = window.open_case(KAYES)
    qtbot.waitUntil(lambda: workspace.detail is not None, timeout=20_000)
    wait_for_ops(qtbot)
    tab = getattr(workspace, tab_name)
    if tab_name == "documents" and tab.model.rowCount() == 0:
        note = tmp_path / "note-verbale.txt"
        note.write_text("Note verbale to the MFA")
        tab.attach_paths([note])
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=20_000)
    workspace.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.table.model().rowCount() > 0, timeout=20_000)
    menu = right_click(qtbot, tab.table, 0)
    names = texts(menu)
    assert names[0].startswith("Open")
    assert names[1:3] == ["Copy reference", "Log contact…"]
    choose(menu, "Copy reference")
    assert QGuiApplication.clipboard().text() == KAYES
    choose(right_click(qtbot, tab.table, 0), "Log contact…")
    qtbot.waitUntil(
        lambda: workspace._contact_dialog is not None and workspace._contact_dialog.isVisible(), timeout=20_000
    )
    workspace._contact_dialog.close()
    wait_for_ops(qtbot)


# --- Void… -------------------------------------------------------------------------------------


def _row_of(view, wanted) -> int:
    from consular.gui.table_models import OBJECT_ROLE

    model = view.model()
    return next(r for r in range(model.rowCount()) if wanted(model.index(r, 0).data(OBJECT_ROLE)))


def _void_through_the_dialog(qtbot, parent, reason: str):
    from consular.gui.workspace.void_dialog import VoidDialog

    qtbot.waitUntil(lambda: parent.findChild(VoidDialog) is not None and parent.findChild(VoidDialog).isVisible())
    dialog = parent.findChild(VoidDialog)
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)  # no reason: refused, next to the field
    wait_for_ops(qtbot)
    assert dialog.isVisible() and dialog.errors.label_for("reason").isVisible()
    qtbot.keyClicks(dialog.reason, reason)
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    wait_for_ops(qtbot)
    return saved.args[0]


ENTRY_TABS = {
    # tab name: (kind, how to list the case's entries including voided ones)
    "contacts": "contact",
    "tasks": "task",
    "milestones": "milestone",
}


def _all_entries(ctx, kind: str):
    from consular.db.models import ContactEntry, Milestone, Task

    model = {"contact": ContactEntry, "task": Task, "milestone": Milestone}[kind]
    with ctx.database.session() as session:
        return {e.id: (e.voided_at, e.void_reason) for e in session.query(model).all()}


@pytest.mark.parametrize("tab_name", list(ENTRY_TABS))
def test_void_an_entry_of_ones_own_from_its_row_menu(tab_name, window, qtbot):
    kind = ENTRY_TABS[tab_name]
    me = window.ctx.actor.user_id
    workspace = window.open_case(KAYES)
    qtbot.waitUntil(lambda: workspace.detail is not None, timeout=20_000)
    wait_for_ops(qtbot)
    tab = getattr(workspace, tab_name)
    workspace.tabs.setCurrentWidget(tab)
    if tab_name == "tasks":
        tab.filter.setCurrentIndex(tab.filter.findData("all"))
    view = tab.table
    qtbot.waitUntil(lambda: view.model().rowCount() > 0, timeout=20_000)

    def author(entry):
        return entry.created_by_id if kind == "task" else entry.recorded_by_id

    # Someone else's entry: Void… is there but greyed out, saying why.
    other_row = _row_of(view, lambda e: author(e) != me)
    menu = right_click(qtbot, view, other_row)
    void = next(a for a in menu.actions() if a.text() == "Void…")
    assert not void.isEnabled() and "author or a supervisor" in void.toolTip()
    menu.hide()

    row = _row_of(view, lambda e: author(e) == me)
    from consular.gui.table_models import OBJECT_ROLE

    entry = view.model().index(row, 0).data(OBJECT_ROLE)
    before = view.model().rowCount()
    choose(right_click(qtbot, view, row), "Void…")
    result = _void_through_the_dialog(qtbot, tab, "Entered in the wrong case")
    assert result.entry_id == entry.id
    voided_at, reason = _all_entries(window.ctx, kind)[entry.id]
    assert voided_at is not None and reason == "Entered in the wrong case"

    # It stays in the list, struck through, and Void… is no longer offered for it.
    def voided_row():
        for r in range(view.model().rowCount()):
            e = view.model().index(r, 0).data(OBJECT_ROLE)
            if e.id == entry.id and e.voided_at is not None:
                return r
        return -1

    qtbot.waitUntil(lambda: voided_row() >= 0, timeout=20_000)
    assert view.model().rowCount() == before
    assert view.model().index(voided_row(), 0).data(Qt.FontRole).strikeOut()
    menu = right_click(qtbot, view, voided_row())
    void = next(a for a in menu.actions() if a.text() == "Void…")
    assert not void.isEnabled() and "Entered in the wrong case" in void.toolTip()
    menu.hide()


def test_void_an_overdue_task_from_home(window, qtbot):
    window.show_home()
    me = window.ctx.actor.user_id
    card = window.dashboard.tasks
    mine = next(t for t in window.dashboard.data.overdue_tasks if t.created_by_id == me)
    row = next(r for r in range(card.list.count()) if card.list.item(r).data(TARGET_ROLE)[2] == mine.id)
    choose(right_click(qtbot, card.list, row), "Void…")
    _void_through_the_dialog(qtbot, window.dashboard, "Duplicate of another task")
    qtbot.waitUntil(lambda: not window.dashboard.loading, timeout=20_000)
    wait_for_ops(qtbot)
    ids = [card.list.item(r).data(TARGET_ROLE)[2] for r in range(card.list.count())]
    assert mine.id not in ids
    assert _all_entries(window.ctx, "task")[mine.id][1] == "Duplicate of another task"
