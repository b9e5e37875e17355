"""The audit screens: a case's History tab and the whole database's Audit trail window."""

from __future__ import annotations

import csv

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from consular.gui.audit_view import AuditWindow
from consular.services import audit, cases
from consular.services.audit import AuditFilter
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import ADMIN, KAYES, SUPERVISOR

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def own_anchors(tmp_path, monkeypatch):
    """The export records an anchor in the data folder: keep it out of other tests' checks."""
    monkeypatch.setenv("CONSULAR_DATA_DIR", str(tmp_path / "data"))


def as_user(ctx, username: str) -> ServiceContext:
    return ServiceContext(ctx.database, actor_for(ctx.database, username))


def loaded(qtbot, browser) -> None:
    qtbot.waitUntil(lambda: not browser.model.loading and browser.model.total is not None, timeout=20_000)
    wait_for_ops(qtbot)


def test_history_tab_lists_the_case_newest_first_with_before_and_after(qtbot, case_workspace, gui_ctx):
    ws = case_workspace
    # A colleague changes a key fact: the History tab must show it first, before and after.
    old_region = cases.get_case(gui_ctx, KAYES).incident_region
    cases.edit_case(as_user(gui_ctx, SUPERVISOR), KAYES, incident_region="Kayes Region (audit test)")
    history = ws.history
    ws.tabs.setCurrentWidget(history)
    browser = history.browser
    QAbstractItemModelTester(browser.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    loaded(qtbot, browser)
    assert browser.model.total == audit.count_entries(gui_ctx, AuditFilter(case_reference=KAYES))
    assert browser.model.total > 1
    rows = [browser.model.record_at(i) for i in range(browser.model.rowCount())]
    assert all(r.case_reference == KAYES for r in rows)
    assert [r.at for r in rows] == sorted((r.at for r in rows), reverse=True)
    first = rows[0]
    assert first.action == "case.edit" and first.username == SUPERVISOR
    assert browser.model.index(0, browser.model.column_of("Action")).data() == "case.edit"

    browser.select_row(0)
    changes = browser.changes_model
    QAbstractItemModelTester(changes, QAbstractItemModelTester.FailureReportingMode.Fatal)
    shown = {
        changes.index(r, 0).data(): (changes.index(r, 1).data(), changes.index(r, 2).data())
        for r in range(changes.rowCount())
    }
    assert shown["incident_region"] == (old_region or "—", "Kayes Region (audit test)")
    # The changed field is listed first and in bold.
    assert changes.index(0, 0).data() == "incident_region"
    assert changes.index(0, 2).data(Qt.FontRole).bold()
    assert "case.edit" in browser.entry_label.text()


def test_history_filters_by_user_and_action(qtbot, case_workspace, gui_ctx):
    ws = case_workspace
    cases.edit_case(as_user(gui_ctx, SUPERVISOR), KAYES, attribution_source="Filter test")
    ws.tabs.setCurrentWidget(ws.history)
    browser = ws.history.browser
    loaded(qtbot, browser)
    everything = browser.model.total
    qtbot.waitUntil(lambda: browser.user_combo.findData(SUPERVISOR) > 0, timeout=20_000)
    browser.user_combo.setCurrentIndex(browser.user_combo.findData(SUPERVISOR))
    loaded(qtbot, browser)
    expected = audit.count_entries(gui_ctx, AuditFilter(case_reference=KAYES, username=SUPERVISOR))
    assert browser.model.total == expected
    assert 0 < expected < everything
    assert {browser.model.record_at(i).username for i in range(browser.model.rowCount())} == {SUPERVISOR}
    assert browser.count_label.text().startswith(f"{expected:,} entr")

    browser.user_combo.setCurrentIndex(0)
    browser.action_combo.setCurrentIndex(browser.action_combo.findData("contact"))
    loaded(qtbot, browser)
    actions = {browser.model.record_at(i).action for i in range(browser.model.rowCount())}
    assert actions and all(a.startswith("contact.") for a in actions)
    assert browser.model.total == audit.count_entries(gui_ctx, AuditFilter(case_reference=KAYES, action="contact"))

    # A date range with nothing in it.
    browser.action_combo.setCurrentIndex(0)
    browser.until_edit.setText("2000-01-01")
    browser.until_check.setChecked(True)
    loaded(qtbot, browser)
    assert browser.model.total == 0
    assert browser.count_label.text() == "No entries match"

    # A day that does not exist is refused with a message, not moved to another day.
    browser.until_edit.setText("2000-02-30")
    browser.apply_filter()
    assert browser.until_edit.text() == "2000-02-30"
    assert "To: 2000-02-30 is not a date: February 2000 has 29 days" in browser.error_label.text()
    assert browser.error_label.isVisibleTo(browser) and browser.model.total == 0


def test_audit_window_lists_the_whole_database_and_exports_it(qtbot, gui_ctx, tmp_path, private_config):
    ctx = as_user(gui_ctx, SUPERVISOR)
    window = AuditWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    browser = window.browser
    QAbstractItemModelTester(browser.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    loaded(qtbot, browser)
    assert browser.model.total == audit.count_entries(ctx, AuditFilter())
    assert len({browser.model.record_at(i).case_reference for i in range(browser.model.rowCount())}) > 1

    browser.action_combo.setCurrentIndex(browser.action_combo.findData("case"))
    loaded(qtbot, browser)
    wanted = audit.count_entries(ctx, AuditFilter(action="case"))
    target = tmp_path / "trail.csv"
    with qtbot.waitSignal(window.exported, timeout=20_000):
        window.export_to(target, "csv")
    with target.open(encoding="utf-8", newline="") as handle:
        head = handle.readline()
        rows = list(csv.DictReader(handle))
    assert head.startswith("# chain head: ")
    assert len(rows) == wanted > 0
    assert all(r["action"].startswith("case.") for r in rows)
    assert "Exported" in window.status.text()
    latest = audit.list_entries(ctx, AuditFilter(action="audit.export"), limit=1)
    assert latest and latest[0].username == SUPERVISOR


def test_a_caseworker_is_told_the_whole_trail_is_not_for_them(qtbot, gui_ctx, private_config):
    window = AuditWindow(gui_ctx)  # the demo's caseworker
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.browser.error_label.isVisible, timeout=20_000)
    assert "supervisor" in window.browser.error_label.text()
    assert window.browser.model.rowCount() == 0
    wait_for_ops(qtbot)


def test_an_admin_can_page_through_more_than_one_page(qtbot, gui_ctx, private_config):
    ctx = as_user(gui_ctx, ADMIN)
    window = AuditWindow(ctx)
    window.browser.model.page_size = 5
    qtbot.addWidget(window)
    window.show()
    loaded(qtbot, window.browser)
    model = window.browser.model
    first = model.rowCount()
    assert first % 5 == 0 and first < model.total  # pages of 5, not everything at once
    window.browser.table.scrollToBottom()  # the view asks for the next page, as on a real scroll
    qtbot.waitUntil(lambda: model.rowCount() > first, timeout=20_000)
    wait_for_ops(qtbot)
    ids = [model.record_at(i).id for i in range(model.rowCount())]
    assert ids == [e.id for e in audit.list_entries(ctx, AuditFilter(), limit=len(ids))]
