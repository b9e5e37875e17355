"""The case list's "Why it matched" is read for the rows shown, not for every matching case:
the first screenful when the rows arrive, then the rows the view paints as the user scrolls."""

from __future__ import annotations

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtTest import QAbstractItemModelTester

from consular.gui import case_table
from consular.gui.case_list import CaseListView
from consular.gui.case_table import COL_WHY
from consular.services import search

pytestmark = pytest.mark.gui


def _search(view: CaseListView, qtbot, text: str) -> None:
    view.search_box.setText(text)
    qtbot.waitUntil(lambda: not view.search_pending(), timeout=20_000)
    wait_for_ops(qtbot)


def test_why_is_read_for_the_rows_shown_and_reads_as_the_search_says(synthetic_ctx, qtbot, monkeypatch):
    monkeypatch.setattr(case_table, "WHY_FIRST", 10)
    view = CaseListView()
    qtbot.addWidget(view)
    view.resize(900, 400)  # a screenful of about ten rows
    view.show()
    keep = QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    view.set_context(synthetic_ctx)
    wait_for_ops(qtbot)
    _search(view, qtbot, "hostage")
    model = view.model
    rows = model.rowCount()
    assert rows > 100
    whole = {cid: hit.why for cid, hit in search.matching_case_ids(synthetic_ctx, "hostage", limit=1000).items()}
    ids = [model.summary(r).id for r in range(rows)]
    # The top rows are explained, as the whole search explains them; most rows are not read.
    for r in range(10):
        assert model.data(model.index(r, COL_WHY)) == whole[ids[r]]
        assert "[hostage" in model.data(model.index(r, COL_WHY)).lower()
    assert len(model.why) < rows // 2, len(model.why)
    # Scrolled to the end, the rows painted there are explained in the background.
    last = rows - 1
    view.table.scrollTo(model.index(last, COL_WHY))
    qtbot.waitUntil(lambda: model.why.get(ids[last]), timeout=20_000)
    wait_for_ops(qtbot)
    assert model.data(model.index(last, COL_WHY)) == whole[ids[last]]
    assert len(model.why) < rows // 2, len(model.why)
    del keep


def test_a_new_search_drops_the_old_ones_why(synthetic_ctx, qtbot):
    view = CaseListView()
    qtbot.addWidget(view)
    view.show()
    view.set_context(synthetic_ctx)
    wait_for_ops(qtbot)
    _search(view, qtbot, "hostage")
    _search(view, qtbot, "embassy")
    model = view.model
    assert model.rowCount() > 0
    whole = {cid: hit.why for cid, hit in search.matching_case_ids(synthetic_ctx, "embassy", limit=1000).items()}
    top = model.summary(0).id
    assert model.data(model.index(0, COL_WHY)) == whole[top]
    assert "embassy" in whole[top].lower()
    _search(view, qtbot, "")
    assert view.table.isColumnHidden(COL_WHY)
    assert model.why == {}
