"""The case list: lazy paging, server-side sorting, filters, search as you type."""

from __future__ import annotations

from datetime import datetime

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from consular.domain.enums import CaseStatus
from consular.gui import ops
from consular.gui.case_list import CaseListView
from consular.gui.case_table import (
    COL_DAYS,
    COL_HOSTAGES,
    COL_KIND,
    COL_LAST_CONTACT,
    COL_NEXT_TASK,
    COL_PLACE,
    COL_REFERENCE,
    COL_STATUS,
    COL_TITLE,
    COL_WHY,
    OBJECT_ROLE,
    SORT_KEY,
    SORT_ROLE,
    CaseTableModel,
)
from consular.services.views import CaseSummary
from tests.demo_data import DELTA, KAYES, LANGTANG

pytestmark = pytest.mark.gui


def model_tester(model):
    # Warning mode: a broken model contract becomes a Qt warning, which fails the test.
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)


def references(model) -> list[str]:
    return [model.data(model.index(r, COL_REFERENCE)) for r in range(model.rowCount())]


def test_model_contract_on_the_demo_database(gui_ctx, qtbot):
    model = CaseTableModel(gui_ctx)
    keep = model_tester(model)
    wait_for_ops(qtbot)
    assert model.rowCount() == model.total == 4
    assert KAYES in references(model)
    row = references(model).index(KAYES)
    summary = model.data(model.index(row, COL_TITLE), OBJECT_ROLE)
    assert isinstance(summary, CaseSummary) and summary.reference == KAYES
    assert model.data(model.index(row, COL_HOSTAGES)) == "3 / 3"
    assert model.data(model.index(row, COL_HOSTAGES), SORT_ROLE) == 3
    assert model.data(model.index(row, COL_PLACE)) == "Kayes, Kayes Region (Mali)"
    # Last contact: relative text, the full local date on hover, the raw value to sort by.
    assert model.data(model.index(row, COL_LAST_CONTACT)).endswith("ago")
    assert "(Africa/Bamako)" in model.data(model.index(row, COL_LAST_CONTACT), Qt.ToolTipRole)
    assert isinstance(model.data(model.index(row, COL_LAST_CONTACT), SORT_ROLE), datetime)
    # Its follow-ups from July 2025 are long overdue: warning colour and "overdue" wording.
    assert model.data(model.index(row, COL_NEXT_TASK)).startswith("overdue by")
    assert model.data(model.index(row, COL_NEXT_TASK), Qt.ForegroundRole) is not None
    model.reload()
    wait_for_ops(qtbot)
    assert model.rowCount() == 4
    del keep


def _ordered(values: list, descending: bool) -> bool:
    present = [v for v in values if v is not None]
    missing_first = next((i for i, v in enumerate(values) if v is None), len(values))
    # Cases without a value come last in both directions.
    if any(v is not None for v in values[missing_first:]):
        return False
    return present == sorted(present, reverse=descending)


@pytest.mark.slow
def test_sorting_by_every_column_is_done_by_the_database(synthetic_ctx, qtbot):
    model = CaseTableModel(synthetic_ctx)
    keep = model_tester(model)
    wait_for_ops(qtbot)
    for column in [*SORT_KEY, COL_WHY]:
        for order in (Qt.AscendingOrder, Qt.DescendingOrder):
            model.sort(column, order)
            wait_for_ops(qtbot)
            if column == COL_WHY:
                # Nothing to rank without a search: the order stays as it was.
                assert model.sort_state()[0] != COL_WHY
                continue
            assert model.rowCount() == 200, (column, order)
            values = [model.data(model.index(r, column), SORT_ROLE) for r in range(model.rowCount())]
            if column == COL_PLACE:
                values = [country for country, _place in values]
            descending = order == Qt.DescendingOrder
            assert _ordered(values, descending), (
                column,
                order,
                [v for i, v in enumerate(values) if i == 0 or values[i - 1] != v],
            )
            assert model.sort_state() == (column, order)
    del keep


def test_sorting_every_column_of_a_view_does_not_crash(gui_ctx, qtbot):
    view = CaseListView()
    qtbot.addWidget(view)
    view.resize(1300, 500)
    view.show()
    qtbot.waitExposed(view)
    view.set_context(gui_ctx)
    keep = model_tester(view.model)
    wait_for_ops(qtbot)
    header = view.table.horizontalHeader()
    for column in (
        COL_REFERENCE,
        COL_TITLE,
        COL_KIND,
        COL_STATUS,
        COL_PLACE,
        COL_DAYS,
        COL_HOSTAGES,
        COL_LAST_CONTACT,
        COL_NEXT_TASK,
    ):
        qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=_section_centre(header, column))
        wait_for_ops(qtbot)
        assert view.model.sort_state()[0] == column
        assert view.model.rowCount() == 4
    del keep


def _section_centre(header, column):
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    return QPoint(x, header.height() // 2)


@pytest.mark.slow
def test_rows_are_fetched_a_page_at_a_time(synthetic_ctx, qtbot):
    model = CaseTableModel(synthetic_ctx)
    keep = model_tester(model)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())  # nothing until counted
    wait_for_ops(qtbot)
    assert model.total == 450
    assert model.rowCount() == 200
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert not model.canFetchMore(QModelIndex())  # one page at a time
    wait_for_ops(qtbot)
    assert model.rowCount() == 400
    model.fetchMore(QModelIndex())
    wait_for_ops(qtbot)
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    refs = references(model)
    assert len(set(refs)) == 450  # pages join without gaps or repeats
    del keep


@pytest.mark.slow
def test_scrolling_to_the_end_fetches_the_next_page(synthetic_ctx, qtbot):
    view = CaseListView()
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    view.set_context(synthetic_ctx)
    wait_for_ops(qtbot)
    assert view.model.rowCount() == 200
    assert "450 cases" in view.count_label.text()
    bar = view.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: view.model.rowCount() == 400, timeout=10_000)
    wait_for_ops(qtbot)


def test_filters_narrow_the_list(gui_ctx, qtbot):
    view = CaseListView()
    qtbot.addWidget(view)
    view.set_context(gui_ctx)
    wait_for_ops(qtbot)
    view.status_filter.setCurrentIndex(view.status_filter.findData([CaseStatus.CLOSED]))
    wait_for_ops(qtbot)
    assert references(view.model) == [DELTA]
    assert view.count_label.text() == "1 case"
    view.status_filter.setCurrentIndex(0)
    view.kind_filter.setCurrentIndex(view.kind_filter.findText("Wrongful detention"))
    wait_for_ops(qtbot)
    assert [view.model.summary(r).kind.value for r in range(view.model.rowCount())] == ["wrongful_detention"]


def test_search_as_you_type_shows_why_a_case_matched(gui_ctx, qtbot):
    view = CaseListView()
    qtbot.addWidget(view)
    view.show()
    view.set_context(gui_ctx)
    wait_for_ops(qtbot)
    assert view.table.isColumnHidden(COL_WHY)
    qtbot.keyClicks(view.search_box, "Gaddam")  # a hostage's (fictional) surname
    qtbot.waitUntil(lambda: not view.search_pending(), timeout=20_000)
    wait_for_ops(qtbot)
    assert references(view.model) == [KAYES]
    assert not view.table.isColumnHidden(COL_WHY)
    why = view.model.data(view.model.index(0, COL_WHY))
    assert "Gaddam" in why
    assert "match" in view.count_label.text()
    view.search_box.clear()
    qtbot.waitUntil(lambda: not view.search_pending(), timeout=20_000)
    wait_for_ops(qtbot)
    assert view.model.rowCount() == 4
    assert view.table.isColumnHidden(COL_WHY)


def test_a_search_overtaken_by_typing_is_discarded(gui_ctx, qtbot):
    view = CaseListView()
    qtbot.addWidget(view)
    view.set_context(gui_ctx)
    wait_for_ops(qtbot)
    view.search_box.setText("Kayes")
    view._run_search()  # starts now, as if the pause had passed
    view.search_box.setText("Langtang")  # typed on before its answer came
    qtbot.waitUntil(lambda: not view.search_pending(), timeout=20_000)
    wait_for_ops(qtbot)
    assert references(view.model) == [LANGTANG]


def test_a_search_with_no_match_says_so(gui_ctx, qtbot):
    view = CaseListView()
    qtbot.addWidget(view)
    view.show()
    view.set_context(gui_ctx)
    wait_for_ops(qtbot)
    qtbot.keyClicks(view.search_box, "zzyzx")
    qtbot.waitUntil(lambda: not view.search_pending(), timeout=20_000)
    wait_for_ops(qtbot)
    assert view.model.rowCount() == 0
    assert view.stack.currentWidget() is view.empty_label
    assert "zzyzx" in view.empty_label.text()


def test_sorting_by_why_it_matched_keeps_the_search_ranking(synthetic_ctx, qtbot):
    view = CaseListView()
    qtbot.addWidget(view)
    view.set_context(synthetic_ctx)
    wait_for_ops(qtbot)
    view.search_box.setText("hostage")
    qtbot.waitUntil(lambda: not view.search_pending(), timeout=20_000)
    wait_for_ops(qtbot)
    assert view.model.rowCount() > 1
    view.model.sort(COL_WHY, Qt.AscendingOrder)
    wait_for_ops(qtbot)
    ranks = [view.model.data(view.model.index(r, COL_WHY), SORT_ROLE) for r in range(view.model.rowCount())]
    assert ranks == sorted(ranks)


def test_page_fetches_for_a_superseded_query_are_dropped(gui_ctx, qtbot):
    model = CaseTableModel(gui_ctx)
    keep = model_tester(model)
    model.sort(COL_TITLE, Qt.AscendingOrder)  # supersedes the first load before it lands
    model.set_filter(type(model.current_filter())(statuses=[CaseStatus.ACTIVE]))
    wait_for_ops(qtbot)
    assert ops.running() == 0
    assert model.rowCount() == model.total == 3
    titles = [model.data(model.index(r, COL_TITLE)) for r in range(3)]
    assert titles == sorted(titles)
    del keep


# --- issue 9: the list goes where the caseworker expects ------------------------------------


def _shown_view(ctx, qtbot, size=(1200, 500)):
    view = CaseListView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.set_context(ctx)
    wait_for_ops(qtbot)
    return view


@pytest.mark.slow
def test_a_sort_shows_the_top_of_the_list(synthetic_ctx, qtbot):
    view = _shown_view(synthetic_ctx, qtbot)
    bar = view.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert view.table.rowAt(0) > 20  # mid-list
    header = view.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=_section_centre(header, COL_TITLE))
    wait_for_ops(qtbot)
    assert view.model.sort_state()[0] == COL_TITLE
    assert bar.value() == 0
    assert view.table.rowAt(0) == 0
    titles = [view.model.data(view.model.index(r, COL_TITLE)) for r in range(3)]
    top = view.table.indexAt(view.table.viewport().rect().topLeft())
    assert top.siblingAtColumn(COL_TITLE).data() == titles[0] == min(titles)


@pytest.mark.slow
def test_ctrl_end_reaches_the_real_last_case(synthetic_ctx, qtbot):
    view = _shown_view(synthetic_ctx, qtbot)
    assert view.model.rowCount() == 200 and view.model.total == 450
    view.focus_results()
    qtbot.keyClick(view.table, Qt.Key_End, Qt.ControlModifier)
    qtbot.waitUntil(lambda: view.table.currentIndex().row() == 449, timeout=20_000)
    wait_for_ops(qtbot)
    assert view.model.rowCount() == 450
    # The last case in the list's order (fewest days first: the oldest incident).
    last = view.model.summary(449)
    assert view.selected_reference() == last.reference
    assert all(view.model.summary(r).incident_at >= last.incident_at for r in range(449))
    assert view.table.rowAt(view.table.viewport().height() - 2) == 449  # and it is on screen
    qtbot.keyClick(view.table, Qt.Key_Home, Qt.ControlModifier)
    assert view.table.currentIndex().row() == 0


def _arrow_points_up(header, section: int) -> bool:
    """Render the header with and without the sort indicator: the pixels that differ at the
    section's right end are the arrow; an upward arrow is narrow at its top."""
    from PySide6.QtGui import QColor

    header.setSortIndicatorShown(True)
    with_arrow = header.grab().toImage()
    header.setSortIndicatorShown(False)
    without = header.grab().toImage()
    header.setSortIndicatorShown(True)
    ratio = with_arrow.width() / header.width()
    right = int((header.sectionViewportPosition(section) + header.sectionSize(section)) * ratio)
    widths = []
    for y in range(with_arrow.height()):
        count = sum(
            1
            for x in range(max(0, right - int(40 * ratio)), min(right, with_arrow.width()))
            if QColor(with_arrow.pixel(x, y)) != QColor(without.pixel(x, y))
        )
        if count:
            widths.append(count)
    assert len(widths) >= 3, "no sort arrow drawn"
    assert widths[0] != widths[-1]
    return widths[0] < widths[-1]


def test_the_sort_arrow_points_the_way_the_values_run(gui_ctx, qtbot):
    view = _shown_view(gui_ctx, qtbot)
    header = view.table.horizontalHeader()
    # Default: fewest days first, so the days ascend down the list: the arrow points up.
    assert view.model.sort_state() == (COL_DAYS, Qt.AscendingOrder)
    days = [view.model.data(view.model.index(r, COL_DAYS), SORT_ROLE) for r in range(view.model.rowCount())]
    assert days == sorted(days)
    header.setSortIndicator(COL_TITLE, Qt.AscendingOrder)
    wait_for_ops(qtbot)
    assert _arrow_points_up(header, COL_TITLE)
    header.setSortIndicator(COL_TITLE, Qt.DescendingOrder)
    wait_for_ops(qtbot)
    titles = [view.model.data(view.model.index(r, COL_TITLE)) for r in range(view.model.rowCount())]
    assert titles == sorted(titles, reverse=True)
    assert not _arrow_points_up(header, COL_TITLE)


def test_a_search_says_which_filters_it_is_narrowed_by(window, qtbot):
    view = window.case_list
    window.show_cases()
    view.status_filter.setCurrentIndex(view.status_filter.findData([CaseStatus.ACTIVE]))
    wait_for_ops(qtbot)
    assert not view.scope_bar.isVisible()  # no search: the combos say it all
    qtbot.keyClick(window, Qt.Key_F, Qt.ControlModifier)
    assert view.search_box.hasFocus()
    qtbot.keyClicks(view.search_box, "Sapele")  # only in the closed Delta case
    qtbot.waitUntil(lambda: not view.search_pending(), timeout=20_000)
    wait_for_ops(qtbot)
    assert view.model.rowCount() == 0
    assert view.scope_bar.isVisible()
    assert view.scope_label.text() == "Searching within: Status = Active"
    qtbot.mouseClick(view.clear_filters_button, Qt.LeftButton)
    wait_for_ops(qtbot)
    assert view.status_filter.currentIndex() == 0
    assert references(view.model) == ["ABJ-2024-0001"]
    assert not view.scope_bar.isVisible()
