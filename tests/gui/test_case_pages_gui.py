"""The case window's Milestones and Tasks tabs a page at a time (like the contact log): the
first page comes with the case, the next ones as the table is scrolled to its end, and a
record asked for by id (Home's overdue task, the search) is found in the pages after."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtTest import QAbstractItemModelTester

from consular.gui.workspace import more_rows
from consular.gui.workspace import workspace as workspace_module
from consular.services import milestones, tasks
from tests.demo_data import INCIDENT, KAYES

pytestmark = pytest.mark.gui

PAGE = 3


@pytest.fixture
def paged_workspace(gui_ctx, qtbot, private_config, monkeypatch):
    """The Kayes case with 8 more milestones and 8 more tasks, opened with pages of 3."""
    start = datetime.fromisoformat(INCIDENT) + timedelta(days=1)
    for n in range(8):
        milestones.add_milestone(
            gui_ctx, KAYES, kind="other", occurred_at=start + timedelta(hours=n), title=f"Paged milestone {n}"
        )
        tasks.add_task(gui_ctx, KAYES, title=f"Paged task {n}", due_at=start + timedelta(days=400 + n))
    monkeypatch.setattr(workspace_module, "CASE_PAGE", PAGE)
    monkeypatch.setattr(more_rows.MoreRows, "page_size", PAGE)
    from consular.gui.workspace import CaseWorkspace

    ws = CaseWorkspace(gui_ctx, KAYES)
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    qtbot.waitExposed(ws)
    qtbot.waitUntil(lambda: ws.detail is not None, timeout=20_000)
    wait_for_ops(qtbot)
    yield ws
    wait_for_ops(qtbot)


def _scroll_to_the_end(qtbot, tab) -> None:
    """What a user does: scroll the table down until nothing more comes."""
    model = tab.model
    while model.has_more():
        rows = model.rowCount()
        tab.table.scrollToBottom()
        tab.table.verticalScrollBar().setValue(tab.table.verticalScrollBar().maximum())
        tab.table.model().fetchMore(tab.table.rootIndex())  # the view's own call at the bottom
        qtbot.waitUntil(lambda r=rows: model.rowCount() > r or not model.has_more(), timeout=20_000)
    wait_for_ops(qtbot)


def test_milestones_come_a_page_at_a_time_and_end_as_the_whole_list(gui_ctx, qtbot, paged_workspace):
    tab = paged_workspace.milestones
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    every = milestones.list_milestones(gui_ctx, KAYES, include_voided=True)
    assert len(every) > 2 * PAGE
    standing = sum(1 for m in every if not m.voided)
    # The case came with the first page only; the table asked for the next ones itself while
    # its rows did not fill it (what it does as it is scrolled), page after page.
    assert len(paged_workspace.detail.milestone_history) == PAGE
    assert sum(paged_workspace.detail.milestone_counts) == len(every)
    _scroll_to_the_end(qtbot, tab)
    assert tab.count.text().startswith(f"{standing} milestones, oldest first")
    assert [tab.model.record_at(r).id for r in range(tab.model.rowCount())] == [m.id for m in every]
    assert not tab.model.canFetchMore(tab.model.index(-1, -1))
    assert "loaded" not in tab.count.text()

    # A reload of the case (after an edit) keeps what was scrolled to.
    paged_workspace.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == len(every), timeout=20_000)
    wait_for_ops(qtbot)
    assert [tab.model.record_at(r).id for r in range(tab.model.rowCount())] == [m.id for m in every]


def test_tasks_come_a_page_at_a_time_with_the_whole_cases_summary(gui_ctx, qtbot, paged_workspace):
    tab = paged_workspace.tasks
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    every = tasks.list_tasks(gui_ctx, KAYES, limit=None, include_voided=True)
    counted = [t for t in every if not t.voided]
    open_count = sum(1 for t in counted if t.status.is_open)
    assert len(paged_workspace.detail.tasks) == PAGE < len(every)
    _scroll_to_the_end(qtbot, tab)
    assert [tab.model.record_at(r).id for r in range(tab.model.rowCount())] == [t.id for t in every]
    assert tab.summary.text().startswith(f"{open_count} open, ") and "loaded" not in tab.summary.text()


def test_more_rows_are_read_only_when_the_view_asks(gui_ctx, qtbot, paged_workspace):
    """The model itself: the first page, then one more page per fetchMore, to the end."""
    tab = paged_workspace.milestones
    every = milestones.list_milestones(gui_ctx, KAYES, include_voided=True)
    tab.model.set_page(every[:PAGE], len(every))
    assert tab.model.rowCount() == PAGE and tab.model.canFetchMore(tab.model.index(-1, -1))
    tab.model.fetchMore(tab.model.index(-1, -1))
    assert not tab.model.canFetchMore(tab.model.index(-1, -1))  # one read at a time
    qtbot.waitUntil(lambda: tab.model.rowCount() >= 2 * PAGE, timeout=20_000)
    wait_for_ops(qtbot)
    assert [tab.model.record_at(r).id for r in range(2 * PAGE)] == [m.id for m in every[: 2 * PAGE]]
    _scroll_to_the_end(qtbot, tab)
    assert tab.model.rowCount() == len(every) and not tab.model.canFetchMore(tab.model.index(-1, -1))


def test_a_record_beyond_the_first_page_is_found_and_selected(gui_ctx, qtbot, paged_workspace):
    last_task = tasks.list_tasks(gui_ctx, KAYES, limit=None, include_voided=True)[-1]
    last_milestone = milestones.list_milestones(gui_ctx, KAYES, include_voided=True)[-1]
    assert last_task.id not in [t.id for t in paged_workspace.detail.tasks]  # not in the first page

    paged_workspace.show_section("tasks", last_task.id)
    qtbot.waitUntil(lambda: getattr(paged_workspace.tasks.current_task(), "id", None) == last_task.id, timeout=20_000)
    paged_workspace.show_section("milestones", last_milestone.id)
    qtbot.waitUntil(
        lambda: getattr(paged_workspace.milestones.current_milestone(), "id", None) == last_milestone.id,
        timeout=20_000,
    )
    wait_for_ops(qtbot)


def test_the_overview_names_the_next_task_due_of_all_the_cases_tasks(gui_ctx, qtbot, paged_workspace):
    from PySide6.QtWidgets import QLabel

    nxt = paged_workspace.detail.next_task
    assert nxt is not None
    every_open = [
        t
        for t in tasks.list_tasks(gui_ctx, KAYES, limit=None)
        if t.status.is_open and t.due_at is not None and not t.voided
    ]
    assert nxt.id == min(every_open, key=lambda t: (t.due_at, t.id)).id
    labels = [w.text() for w in paged_workspace.overview.findChildren(QLabel) if w.accessibleName() == "Next task due"]
    assert labels and nxt.title in labels[0]
