"""The Return tab as the Kayes caseworker uses it: a release recorded in the People tab opens
the checklist, which the tab lists item by item with owners and due dates and overdue items
flagged; the debrief is marked done with who held it, an item reassigned, another marked not
applicable; the fictional Delta case shows its seeded checklist."""

from __future__ import annotations

from datetime import timedelta

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtTest import QAbstractItemModelTester

from consular.domain.enums import HostageStatus
from consular.domain.repatriation import ReturnItemKind
from consular.gui.workspace.return_tab import ReturnItemTableModel
from consular.services import people, repatriation
from tests.demo_data import DELTA, KAYES, OTHER_CASEWORKER

pytestmark = pytest.mark.gui

RAVI = "Ravi Kumar Verma"
COLS = ReturnItemTableModel


def _release_ravi(qtbot, ws):
    ravi = next(p for p in ws.detail.hostages if p.name == RAVI)
    ws.show_section("people", ravi.person.id)
    dialog = ws.people.change_status()
    qtbot.waitExposed(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData(HostageStatus.RELEASED.value))
    dialog.source.setText("Governor of Kayes, call to the embassy")
    dialog.confirm.setText(RAVI)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    wait_for_ops(qtbot)


def _row_of(tab, kind: ReturnItemKind) -> int:
    label = kind.label
    return next(r for r in range(tab.model.rowCount()) if tab.model.index(r, COLS.COL_ITEM).data() == label)


def test_a_release_opens_the_checklist_and_the_caseworker_works_through_it(qtbot, case_workspace, gui_ctx):
    ws = case_workspace
    tab = ws.returns
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    ws.show_section("return")
    qtbot.waitUntil(lambda: "No repatriation checklist" in tab.summary.text(), timeout=20_000)
    assert tab.model.rowCount() == 0 and not tab.done_button.isEnabled()

    _release_ravi(qtbot, ws)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 9, timeout=20_000)
    assert RAVI in tab.summary.text() and "0 done, 9 open" in tab.summary.text()
    owners = {tab.model.index(r, COLS.COL_OWNER).data() for r in range(9)}
    assert owners == {"Anjali Sharma"}  # the case's lead caseworker
    ws.show_section("return")

    # The debrief: done with who held it; refused next to the field without it.
    row = _row_of(tab, ReturnItemKind.DEBRIEF)
    tab.table.selectRow(row)
    dialog = tab.mark_done()
    qtbot.waitExposed(dialog)
    assert dialog.debrief_by is not None and dialog.support is None
    dialog.submit()
    qtbot.waitUntil(lambda: "debrief_by" in dialog.errors.shown(), timeout=20_000)
    assert dialog.isVisible()
    dialog.debrief_by.setText("DGSE liaison officer, Bamako")
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: "1 done" in tab.summary.text(), timeout=20_000)
    row = _row_of(tab, ReturnItemKind.DEBRIEF)
    assert tab.model.index(row, COLS.COL_STATE).data().startswith("Done")
    assert "by DGSE liaison officer" in tab.model.index(row, COLS.COL_FACTS).data()

    # The flight: to another caseworker.
    tab.table.selectRow(_row_of(tab, ReturnItemKind.FLIGHT_ESCORT))
    assign = tab.assign()
    qtbot.waitExposed(assign)
    assign.owner.setCurrentIndex(assign.owner.findData(OTHER_CASEWORKER))
    with qtbot.waitSignal(assign.saved, timeout=20_000):
        assign.submit()
    wait_for_ops(qtbot)
    qtbot.waitUntil(
        lambda: tab.model.index(_row_of(tab, ReturnItemKind.FLIGHT_ESCORT), COLS.COL_OWNER).data() == "Kiran Reddy",
        timeout=20_000,
    )

    # The travel document: not applicable, with the reason.
    tab.table.selectRow(_row_of(tab, ReturnItemKind.TRAVEL_DOCUMENT))
    na = tab.not_applicable()
    qtbot.waitExposed(na)
    na.submit()
    qtbot.waitUntil(lambda: "reason" in na.errors.shown(), timeout=20_000)
    na.reason.setPlainText("Passport recovered with his belongings")
    with qtbot.waitSignal(na.saved, timeout=20_000):
        na.submit()
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: "1 not applicable" in tab.summary.text(), timeout=20_000)

    [checklist] = repatriation.checklists(gui_ctx, KAYES)
    by_kind = {i.kind: i for i in checklist.items}
    assert by_kind[ReturnItemKind.DEBRIEF].debrief_by == "DGSE liaison officer, Bamako"
    assert by_kind[ReturnItemKind.FLIGHT_ESCORT].owner_username == OTHER_CASEWORKER
    assert by_kind[ReturnItemKind.TRAVEL_DOCUMENT].na_reason == "Passport recovered with his belongings"
    # The items are the case's tasks too.
    qtbot.waitUntil(lambda: any(t.title.startswith("Return: debrief") for t in ws.tasks.model._rows), timeout=20_000)


def test_overdue_items_are_flagged(qtbot, case_workspace, gui_ctx):
    ws = case_workspace
    tab = ws.returns
    ravi = next(p for p in ws.detail.hostages if p.name == RAVI)
    # Released a day and a half ago: the medical assessment (due after a day) is overdue.
    people.change_hostage_status(
        gui_ctx,
        KAYES,
        ravi.person.id,
        "released",
        effective_at=gui_ctx.now() - timedelta(days=1, hours=12),
        source="Gendarmerie",
        confirm_name=RAVI,
    )
    ws.refresh()
    ws.show_section("return")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 9, timeout=20_000)
    row = _row_of(tab, ReturnItemKind.MEDICAL_ASSESSMENT)
    assert tab.model.index(row, COLS.COL_STATE).data() == "Overdue"
    assert "(1 overdue)" in tab.summary.text()
    later = _row_of(tab, ReturnItemKind.FOLLOW_UP_90)
    assert tab.model.index(later, COLS.COL_STATE).data() == "Open"
    tab.table.selectRow(row)
    assert "Overdue." in tab.detail.toPlainText()


def test_the_delta_checklist_as_seeded(qtbot, gui_ctx, private_config):
    from consular.gui.workspace import CaseWorkspace

    ws = CaseWorkspace(gui_ctx, DELTA)
    qtbot.addWidget(ws)
    ws.resize(1280, 720)
    ws.show()
    qtbot.waitUntil(lambda: ws.returns.model.rowCount() == 9, timeout=20_000)
    ws.show_section("return")
    assert "7 done, 0 open, 2 not applicable" in ws.returns.summary.text()
    ws.returns.table.selectRow(_row_of(ws.returns, ReturnItemKind.DEBRIEF))
    assert not ws.returns.done_button.isEnabled()  # done, with its facts
    assert "Kerala Police" in ws.returns.detail.toPlainText()
    wait_for_ops(qtbot)
