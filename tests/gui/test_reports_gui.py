"""The Reports window as a caseworker uses it: opened from the main window, a report chosen,
computed in the background, its table and charts showing the database's figures, sorted by a
column, exported to PDF; a wrong selection explained where the figures would be."""

from __future__ import annotations

from datetime import date

import pytest
from gui_helpers import wait_for_ops
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from consular.reports import charts
from tests.fixtures_db import sqlite_rows

pytestmark = pytest.mark.gui


def held_rows(path) -> list[tuple]:
    return sqlite_rows(
        path,
        "SELECT c.reference FROM case_participants p JOIN cases c ON c.id = p.case_id WHERE p.role = 'hostage' "
        "AND p.hostage_status IN ('held', 'unaccounted') AND c.status IN ('open', 'active')",
    )


@pytest.fixture
def screen(window, qtbot):
    window.reports_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "reports_screen", None) is not None, timeout=20_000)
    shown = window.reports_screen
    qtbot.waitExposed(shown)
    yield shown
    wait_for_ops(qtbot)


def show(qtbot, screen, name: str, **values):
    screen.select(name, **values)
    with qtbot.waitSignal(screen.report_shown, timeout=30_000):
        qtbot.mouseClick(screen.run_button, Qt.LeftButton)
    return screen.report


def test_held_nationals_table_and_charts_show_the_database_s_figures(qtbot, screen, demo_path):
    assert "Reports" in [a.text().replace("&", "") for a in screen.parent().menus["view"].actions()]
    report = show(qtbot, screen, "held")
    expected = held_rows(demo_path)
    views = screen.table_views()
    assert [screen.tables.tabText(i) for i in range(screen.tables.count())] == [
        "By country and post (3)",
        f"Nationals held now, longest held first ({len(expected)})",
    ]
    nationals = views[1].model()
    QAbstractItemModelTester(nationals.sourceModel(), QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert nationals.rowCount() == len(expected)
    shown_refs = sorted(nationals.index(r, 0).data() for r in range(nationals.rowCount()))
    assert shown_refs == sorted(ref for (ref,) in expected)
    assert f"Nationals held or unaccounted for: <b>{len(expected)}</b>" in screen.summary.text()
    assert "CONFIDENTIAL" in screen.summary.text()

    # The charts draw the report's figures: the days-held bars add up to the nationals.
    widgets = screen.charts()
    assert [w.chart.key for w in widgets] == ["days_held", "held_by_country"]
    distribution = widgets[0]
    assert sum(distribution.chart.series[0].values) == len(expected)
    bars = [p for p in distribution.primitives() if isinstance(p, charts.Rect)]
    assert len(bars) == sum(1 for v in distribution.chart.series[0].values if v)
    assert widgets[1].objectName() == "chart_held_by_country"
    assert "ML: Held 3" in widgets[1].toolTip()
    assert not distribution.grab().isNull()

    # Sorting by days held, fewest first.
    view = views[1]
    days_column = report.table("nationals").column("days_held")
    view.sortByColumn(days_column, Qt.AscendingOrder)
    days = [view.model().index(r, days_column).data(Qt.UserRole + 1) for r in range(view.model().rowCount())]
    assert days == sorted(days)


def test_monthly_for_a_post_exports_a_pdf_with_the_marking_on_every_page(qtbot, screen, demo_path, tmp_path):
    report = show(qtbot, screen, "monthly", start=date(2025, 7, 1), end=date(2025, 7, 31), post="BAM")
    assert report.scope.post == "BAM" and screen.start_edit.isEnabled()
    contacts = sqlite_rows(
        demo_path,
        "SELECT count(*) FROM contact_entries e JOIN cases c ON c.id = e.case_id JOIN posts p ON p.id = c.post_id "
        "WHERE p.code = 'BAM' AND e.voided_at IS NULL "
        "AND e.occurred_at >= '2025-07-01' AND e.occurred_at < '2025-08-01'",
    )[0][0]
    by_month = screen.table_views()[0].model()
    contacts_column = report.table("by_month").column("contacts")
    assert by_month.index(0, contacts_column).data() == f"{contacts:,}"
    target = tmp_path / "monthly.pdf"
    screen.path_chooser = lambda fmt, suggested: str(target) if fmt == "pdf" else None
    screen.select("held")  # changing the fields after Show does not change what is exported
    with qtbot.waitSignal(screen.exported, timeout=30_000):
        qtbot.mouseClick(screen.export_buttons["pdf"], Qt.LeftButton)
    pages = PdfReader(str(target)).pages
    assert "Monthly statistics" in pages[0].extract_text() and "post BAM" in pages[0].extract_text()
    for page in pages:
        text = page.extract_text()
        assert report.marking in text and "Audit chain head" in text


def test_a_wrong_country_is_explained_and_nothing_is_shown(qtbot, screen):
    screen.select("workload", country="1x")
    qtbot.mouseClick(screen.run_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "two letters" in screen.summary.text(), timeout=30_000)
    assert screen.report is None and not screen.export_buttons["pdf"].isEnabled()
    assert screen.run_button.isEnabled()
    show(qtbot, screen, "workload", country="")
    assert screen.export_buttons["pdf"].isEnabled()
    assert not screen.start_edit.isEnabled()  # workload is a picture of now
