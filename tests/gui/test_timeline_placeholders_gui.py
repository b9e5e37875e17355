"""The Timeline tab for someone outside the case team: it opens (no refusal), and shows each
restricted entry as its date, type and "Restricted", with nothing of its content in any cell,
tooltip or detail pane. The lead sees the content."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from gui_helpers import wait_for_ops
from PySide6.QtCore import Qt

from consular.gui.timeline import TimelineTab
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import CASEWORKER, KAYES, OTHER_CASEWORKER, VIEWER
from tests.test_need_to_know import leaks, norm
from tests.test_restricted_placeholders import restricted_events, secrets_of

pytestmark = pytest.mark.gui


def open_tab(database, username: str, qtbot) -> TimelineTab:
    widget = TimelineTab(ServiceContext(database, actor_for(database, username)), KAYES)
    qtbot.addWidget(widget)
    widget.resize(1366, 800)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.timeline is not None, timeout=20_000)
    return widget


def everything_shown(tab: TimelineTab) -> tuple[list[str], str]:
    """Each row's title, and every text the table, its tooltips and the detail pane show."""
    model = tab.model
    model.ensure_fetched(model.total - 1)
    texts, titles = [], []
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            for role in (Qt.DisplayRole, Qt.ToolTipRole, Qt.AccessibleTextRole):
                value = model.data(index, role)
                if value:
                    texts.append(str(value))
        titles.append(model.data(model.index(row, model.COL_TITLE), Qt.DisplayRole))
        assert tab.select_event(model.event_at(row).id)
        texts.append(tab.detail.toPlainText())
    return titles, " ".join(texts)


@pytest.mark.parametrize("username", [VIEWER, OTHER_CASEWORKER])
def test_outsiders_timeline_tab_shows_placeholders_only(demo_db, qtbot, username):
    tab = open_tab(demo_db, username, qtbot)
    try:
        assert not tab.timeline.scope.include_restricted
        titles, text = everything_shown(tab)
        assert titles.count("Restricted") == restricted_events(demo_db.path)
        assert leaks(text, secrets_of(demo_db.path)) == []
        # The "Restricted" switch hides the placeholders as it hides restricted entries for the team.
        tab.show_restricted.setChecked(False)
        assert tab.model.total == len(titles) - restricted_events(demo_db.path)
    finally:
        wait_for_ops(qtbot)


def test_the_lead_sees_the_content_in_the_same_tab(demo_db, qtbot):
    tab = open_tab(demo_db, CASEWORKER, qtbot)
    try:
        assert tab.timeline.scope.include_restricted
        titles, text = everything_shown(tab)
        assert "Restricted" not in titles
        assert len(leaks(text, secrets_of(demo_db.path))) >= 5
        assert "mamadou" in norm(text)
    finally:
        wait_for_ops(qtbot)
