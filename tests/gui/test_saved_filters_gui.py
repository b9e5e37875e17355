"""Saved filters in the case list's and the contact log's sidebars, and "Export list…":
a filter saved from what the list shows is listed again after a restart (a new view on a
new connection), applying it sets the combos, search and sort back; a shared one reaches a
colleague; the export writes what is shown, read back with csv/openpyxl."""

from __future__ import annotations

import csv

import pytest
from gui_helpers import wait_for_ops
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from consular.db.engine import open_database
from consular.domain.enums import CaseStatus, Channel
from consular.gui import list_export_action, saved_filters_panel
from consular.gui.case_list import CaseListView
from consular.gui.case_table import SORT_KEY
from consular.services import cases, contacts, reference_data, saved_filters
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import CASEWORKER, OTHER_CASEWORKER

pytestmark = pytest.mark.gui


def make_list(qtbot, ctx) -> CaseListView:
    view = CaseListView()
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.set_context(ctx)
    view.set_reference_data(reference_data.list_posts(ctx), reference_data.list_users(ctx), ctx.actor.username)
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() > 0, timeout=10_000)
    wait_for_ops(qtbot)
    return view


def shown(view) -> list[str]:
    return [view.model.summary(r).reference for r in range(view.model.rowCount())]


def test_save_restart_and_apply_a_case_list_filter(qtbot, gui_ctx, monkeypatch):
    view = make_list(qtbot, gui_ctx)
    view.status_filter.setCurrentIndex(view.status_filter.findData([CaseStatus.OPEN, CaseStatus.ACTIVE]))
    view.assignee_filter.setCurrentIndex(view.assignee_filter.findData(CASEWORKER))  # "Mine"
    reference_column = next(c for c, (key, _inv) in SORT_KEY.items() if key == "reference")
    view.table.horizontalHeader().setSortIndicator(reference_column, Qt.AscendingOrder)
    qtbot.waitUntil(lambda: not view.model.loading)
    expected = shown(view)
    assert expected == sorted(expected)

    monkeypatch.setattr(saved_filters_panel, "ask_name", lambda *a, **k: "My open cases")
    with qtbot.waitSignal(view.saved_panel.loaded, timeout=10_000):
        view.saved_panel.save_button.click()
    assert view.saved_panel.item_named("My open cases") is not None
    [saved] = saved_filters.list_filters(gui_ctx, "cases")
    assert saved.definition["assignee"] == "@me" and saved.definition["sort"] == "reference"

    # A restart: a new connection to the same file, a new view.
    database = open_database(gui_ctx.database.path)
    try:
        again = make_list(qtbot, ServiceContext(database, actor_for(database, CASEWORKER)))
        qtbot.waitUntil(lambda: again.saved_panel.item_named("My open cases") is not None, timeout=10_000)
        assert not again.assignee_filter.currentIndex() and not again.status_filter.currentIndex()
        item = again.saved_panel.item_named("My open cases")
        again.saved_panel.list.setCurrentItem(item)
        again.saved_panel.list.itemActivated.emit(item)
        qtbot.waitUntil(lambda: not again.model.loading and shown(again) == expected, timeout=10_000)
        assert again.status_filter.currentData() == [CaseStatus.OPEN, CaseStatus.ACTIVE]
        assert again.assignee_filter.currentData() == CASEWORKER
        assert again.model.sort_state() == (reference_column, Qt.AscendingOrder)

        # Export what is shown.
        target = gui_ctx.database.path.parent / "shown.xlsx"
        monkeypatch.setattr(list_export_action, "choose_export_path", lambda *a: str(target))
        again.export_button.click()
        qtbot.waitUntil(lambda: "Exported" in again.search_message.text(), timeout=10_000)
        sheet = load_workbook(target)["List"]
        assert [r[0].value for r in sheet.iter_rows(min_row=2)] == expected
        about = {r[0].value: r[1].value for r in load_workbook(target)["About"].iter_rows()}
        assert "Status = Open or active" in about["Filters"] and "Reference" in about["Filters"]
        wait_for_ops(qtbot)
    finally:
        database.dispose()


def test_a_filter_shared_with_a_post_reaches_a_colleague_with_posts_the_combo_lacks(qtbot, gui_ctx):
    saved_filters.save_filter(
        gui_ctx, "cases", "West Africa", {"post_codes": ["BAM", "LFW"], "sort": "title"}, share_with="BAM"
    )
    colleague = ServiceContext(gui_ctx.database, actor_for(gui_ctx.database, OTHER_CASEWORKER))
    view = make_list(qtbot, colleague)
    qtbot.waitUntil(lambda: view.saved_panel.item_named("West Africa") is not None, timeout=10_000)
    item = view.saved_panel.item_named("West Africa")
    assert "BAM" in item.text() and "(" in item.text()  # whose, and for which post
    view.saved_panel.list.itemActivated.emit(item)
    want = [c.reference for c in cases.list_cases(colleague, saved_filter_flt(), sort="title", descending=True)]
    qtbot.waitUntil(lambda: not view.model.loading and shown(view) == want, timeout=10_000)
    assert view.post_filter.currentText() == "BAM, LFW" and view.post_filter.currentData() == ["BAM", "LFW"]
    menu = view.saved_panel._row_actions(view.saved_panel.list.indexFromItem(item))
    assert [text for text, *_ in menu.extra] == []  # a colleague's: apply only


def saved_filter_flt():
    from consular.domain.filters import CaseFilter

    return CaseFilter(post_codes=["BAM", "LFW"])


def test_the_contact_log_saves_applies_and_exports_its_filters(qtbot, case_workspace, gui_ctx, monkeypatch):
    ws = case_workspace
    ws.show_section("contacts")
    log = ws.contacts
    qtbot.waitUntil(lambda: log.model.rowCount() > 0, timeout=10_000)
    log.channel.setCurrentIndex(log.channel.findData(Channel.PHONE))
    qtbot.waitUntil(lambda: not log.model.loading)
    phone = [log.model.contact_at(r).id for r in range(log.model.rowCount())]
    assert phone and all(log.model.contact_at(r).channel == Channel.PHONE for r in range(log.model.rowCount()))
    monkeypatch.setattr(saved_filters_panel, "ask_name", lambda *a, **k: "Phone calls")
    with qtbot.waitSignal(log.saved_panel.loaded, timeout=10_000):
        log.saved_panel.save_button.click()
    log.clear_filters()
    qtbot.waitUntil(lambda: not log.model.loading and log.model.rowCount() > len(phone), timeout=10_000)
    item = log.saved_panel.item_named("Phone calls")
    log.saved_panel.list.itemActivated.emit(item)
    qtbot.waitUntil(
        lambda: not log.model.loading and [log.model.contact_at(r).id for r in range(log.model.rowCount())] == phone,
        timeout=10_000,
    )
    assert log.channel.currentData() == Channel.PHONE

    target = gui_ctx.database.path.parent / "calls.csv"
    monkeypatch.setattr(list_export_action, "choose_export_path", lambda *a: str(target))
    log.export_button.click()
    qtbot.waitUntil(lambda: "Exported" in log.status.text(), timeout=10_000)
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    assert (
        len(rows) == len(phone) == len(contacts.list_contacts(gui_ctx, ws.reference, log.current_filter(), limit=None))
    )
    assert all(r[1] == Channel.PHONE.label for r in rows)
