"""Issue 9: a voided contact, task or milestone stays in its list, struck through, with who
voided it and why; it counts for nothing; "Show voided entries" hides it, and the choice is
remembered."""

from __future__ import annotations

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from consular.domain.filters import ContactFilter
from consular.gui import settings
from consular.gui.table_models import OBJECT_ROLE
from consular.gui.theme import muted_colour
from consular.services import contacts, milestones, tasks, voiding

pytestmark = pytest.mark.gui

KAYES = "BAM-2025-0001"
REASON = "Logged against the wrong national"

SETTING = {
    "contacts": settings.SHOW_VOIDED_CONTACTS,
    "tasks": settings.SHOW_VOIDED_TASKS,
    "milestones": settings.SHOW_VOIDED_MILESTONES,
}


def _entries(ctx, tab_name: str, *, include_voided: bool) -> list:
    if tab_name == "contacts":
        return contacts.list_contacts(ctx, KAYES, ContactFilter(include_voided=include_voided), limit=10_000)
    if tab_name == "tasks":
        return tasks.list_tasks(ctx, KAYES, limit=None, include_voided=include_voided)
    return milestones.list_milestones(ctx, KAYES, include_voided=include_voided)


def _mine(ctx, tab_name: str):
    """An entry of the Kayes case the signed-in caseworker wrote (so may void)."""
    me = ctx.actor.user_id
    for entry in _entries(ctx, tab_name, include_voided=False):
        author = entry.created_by_id if tab_name == "tasks" else entry.recorded_by_id
        if author == me and (tab_name != "tasks" or entry.status.is_open):
            return entry
    raise AssertionError(f"the demo has no {tab_name} entry of the caseworker's")


def _rows(tab) -> list:
    view = tab.table
    return [view.model().index(r, 0).data(OBJECT_ROLE) for r in range(view.model().rowCount())]


def _row_of(tab, entry_id: int) -> int:
    return next((r for r, e in enumerate(_rows(tab)) if e.id == entry_id), -1)


def _shown_voided(tab, entry_id: int) -> bool:
    row = _row_of(tab, entry_id)
    return row >= 0 and _rows(tab)[row].voided_at is not None


def _open_tab(ws, tab_name: str):
    tab = getattr(ws, tab_name)
    ws.tabs.setCurrentWidget(tab)
    if tab_name == "tasks":
        tab.filter.setCurrentIndex(tab.filter.findData("all"))
    return tab


@pytest.mark.parametrize("tab_name", ["contacts", "tasks", "milestones"])
def test_a_voided_entry_stays_struck_through_with_the_reason_and_counts_for_nothing(tab_name, case_workspace, qtbot):
    ws, ctx = case_workspace, case_workspace.ctx
    tab = _open_tab(ws, tab_name)
    testers = [QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Warning)]
    if tab.table.model() is not tab.model:
        testers.append(
            QAbstractItemModelTester(tab.table.model(), QAbstractItemModelTester.FailureReportingMode.Warning)
        )
    entry = _mine(ctx, tab_name)
    qtbot.waitUntil(lambda: _row_of(tab, entry.id) >= 0, timeout=20_000)
    assert tab.show_voided.isChecked()  # they stay in the history: shown unless hidden

    voiding.void_entry(ctx, tab_name.rstrip("s"), entry.id, reason=REASON)
    ws.refresh()
    qtbot.waitUntil(lambda: _shown_voided(tab, entry.id), timeout=20_000)
    wait_for_ops(qtbot)

    model, row = tab.table.model(), _row_of(tab, entry.id)
    for column in range(model.columnCount()):
        index = model.index(row, column)
        assert index.data(Qt.FontRole).strikeOut(), column
        assert index.data(Qt.ForegroundRole) == muted_colour(), column
        tip = index.data(Qt.ToolTipRole)
        assert tip.startswith(f"Voided by {ctx.actor.display_name} on "), tip
        assert tip.split("\n")[0].endswith(f": {REASON}"), tip
    # Another row is not struck through.
    other = next(r for r, e in enumerate(_rows(tab)) if e.voided_at is None)
    assert not (model.index(other, 0).data(Qt.FontRole) or tab.table.font()).strikeOut()

    # Selected: the detail pane (where there is one) says who voided it and why, and nothing
    # offers to edit or complete it.
    tab.table.selectRow(row)
    if tab_name == "contacts":
        assert "Voided by" in tab.detail.toPlainText() and REASON in tab.detail.toPlainText()
        assert not tab.edit_button.isEnabled()
    elif tab_name == "milestones":
        assert "Voided by" in tab.detail.toPlainText() and REASON in tab.detail.toPlainText()
    else:
        assert not tab.assign_button.isEnabled() and not tab.complete_button.isEnabled()
        assert tab.edit_task() is None and tab.complete_task() is None

    # Counts count only what stands.
    standing = _entries(ctx, tab_name, include_voided=False)
    assert entry.id not in {e.id for e in standing}
    if tab_name == "contacts":
        assert tab.status.text().startswith(f"{len(standing)} contact entr"), tab.status.text()
        assert "1 voided, not counted" in tab.status.text()
    elif tab_name == "tasks":
        open_count = sum(1 for t in standing if t.status.is_open)
        assert tab.summary.text().startswith(f"{open_count} open,"), tab.summary.text()
        assert "1 voided, not counted" in tab.summary.text()
    else:
        assert tab.count.text().startswith(f"{len(standing)} milestone"), tab.count.text()

    # Hide them: the entry goes, the others stay; the choice is remembered.
    before = model.rowCount()
    qtbot.mouseClick(tab.show_voided, Qt.LeftButton)
    qtbot.waitUntil(lambda: _row_of(tab, entry.id) < 0, timeout=20_000)
    wait_for_ops(qtbot)
    assert tab.table.model().rowCount() == before - 1
    assert settings.get(SETTING[tab_name]) is False
    # Shown again on request.
    qtbot.mouseClick(tab.show_voided, Qt.LeftButton)
    qtbot.waitUntil(lambda: _shown_voided(tab, entry.id), timeout=20_000)
    assert settings.get(SETTING[tab_name]) is True
    wait_for_ops(qtbot)


def test_hiding_voided_entries_is_remembered_by_the_next_workspace(gui_ctx, qtbot, private_config):
    from consular.gui.workspace import CaseWorkspace

    entry = _mine(gui_ctx, "milestones")
    voiding.void_entry(gui_ctx, "milestone", entry.id, reason=REASON)
    settings.put(settings.SHOW_VOIDED_MILESTONES, False)
    ws = CaseWorkspace(gui_ctx, KAYES)
    qtbot.addWidget(ws)
    ws.show()
    qtbot.waitUntil(lambda: ws.detail is not None, timeout=20_000)
    wait_for_ops(qtbot)
    tab = _open_tab(ws, "milestones")
    assert not tab.show_voided.isChecked()
    assert _row_of(tab, entry.id) < 0 and _rows(tab)
    assert tab.model.row_of(entry.id) >= 0  # loaded, only hidden
    tab.show_voided.setChecked(True)
    assert _shown_voided(tab, entry.id)
    wait_for_ops(qtbot)
