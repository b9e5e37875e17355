"""Tools › Find duplicates… on the demo database, driven the way a supervisor would: the seeded
near-duplicates listed with scores and why, Merge… side by side with a choice per field, the
merge done in the background, then undone from Recent merges. A caseworker finds but may not
merge. And a document voided from the Documents tab with a reason."""

from __future__ import annotations

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester

from consular.db.engine import open_database
from consular.gui.duplicates_dialog import DuplicatesDialog, DuplicateTableModel
from consular.gui.merge_dialog import MergeChoices
from consular.services import documents, duplicates, merge
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import CASEWORKER, KAYES, SUPERVISOR

pytestmark = pytest.mark.gui


@pytest.fixture
def sup_ctx(demo_path, qtbot):
    database = open_database(demo_path)
    ctx = ServiceContext(database, actor_for(database, SUPERVISOR))
    yield ctx
    wait_for_ops(qtbot)
    database.dispose()


def open_dialog(qtbot, ctx) -> DuplicatesDialog:
    dialog = DuplicatesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=20_000)
    return dialog


def row_of(dialog, a: str, b: str) -> int:
    model = dialog.model
    for row in range(model.rowCount()):
        pair = model.record_at(row)
        if {pair.a_name, pair.b_name} == {a, b}:
            return dialog.proxy.mapFromSource(model.index(row, 0)).row()
    raise AssertionError(f"{a} / {b} not listed")


def test_a_supervisor_merges_a_seeded_pair_and_undoes_it(qtbot, sup_ctx):
    dialog = open_dialog(qtbot, sup_ctx)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(dialog.merges, QAbstractItemModelTester.FailureReportingMode.Fatal)
    row = row_of(dialog, "Harpreet Singh Gill", "Harpreet Singh Gil")
    why = dialog.proxy.index(row, DuplicateTableModel.COL_WHY).data()
    assert "same passport number" in why and "names sound alike" in why
    dialog.table.selectRow(row)
    pair = dialog.selected()
    assert dialog.merge_button.isEnabled()

    merging = dialog.merge_selected()
    qtbot.waitUntil(lambda: merging.merge_button.isEnabled(), timeout=20_000)
    a_name = merging.choices.preview.a_name
    other = "Harpreet Singh Gil" if a_name == "Harpreet Singh Gill" else "Harpreet Singh Gill"
    qtbot.waitExposed(merging)
    radio = merging.radios[("full_name", "b")]
    merging.scroll.ensureWidgetVisible(radio)
    qtbot.waitUntil(radio.isVisible, timeout=20_000)
    # On the round indicator: a radio button takes clicks on its indicator and label only.
    qtbot.mouseClick(radio, Qt.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert merging.choices.side["full_name"] == "b" and "full name" in merging.summary.text()
    with qtbot.waitSignal(merging.merged, timeout=20_000) as done:
        qtbot.mouseClick(merging.merge_button, Qt.LeftButton)
    result = done.args[0]
    assert (result.winner_id, result.loser_id) == (pair.a_id, pair.b_id) and result.winner_name == other
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.merges.rowCount() == 1, timeout=20_000)
    names = [
        {dialog.model.record_at(r).a_name, dialog.model.record_at(r).b_name} for r in range(dialog.model.rowCount())
    ]
    assert {"Harpreet Singh Gill", "Harpreet Singh Gil"} not in names

    dialog.merges_table.selectRow(0)
    assert dialog.undo_button.isEnabled()
    dialog.undo_selected(confirm=False)
    wait_for_ops(qtbot)
    qtbot.waitUntil(
        lambda: dialog.merges.rowCount() == 1 and dialog.merges.record_at(0).undone_at is not None, timeout=20_000
    )
    assert merge.list_merges(sup_ctx)[0].undone_at is not None
    qtbot.waitUntil(
        lambda: any(
            {dialog.model.record_at(r).a_name, dialog.model.record_at(r).b_name}
            == {"Harpreet Singh Gill", "Harpreet Singh Gil"}
            for r in range(dialog.model.rowCount())
        ),
        timeout=20_000,
    )


def test_counterparts_are_listed_and_a_caseworker_cannot_merge(qtbot, gui_ctx):
    assert gui_ctx.actor.username == CASEWORKER
    dialog = open_dialog(qtbot, gui_ctx)
    dialog.kind.setCurrentIndex(dialog.kind.findData("counterpart"))
    qtbot.waitUntil(
        lambda: any(dialog.model.record_at(r).entity == "counterpart" for r in range(dialog.model.rowCount())),
        timeout=20_000,
    )
    row = row_of(dialog, "Lhakpa Gyalzen", "Lakpa Gyaltsen")
    dialog.table.selectRow(row)
    assert not dialog.merge_button.isEnabled()
    assert "supervisors" in dialog.merge_button.toolTip()
    assert dialog.merge_selected() is None
    assert dialog.merges.rowCount() == 0  # the recent merges are for those who may undo them


def test_merge_choices_send_only_what_differs_from_the_proposal(gui_ctx, sup_ctx):
    pair = next(c for c in duplicates.find_duplicates(sup_ctx, "people") if "same passport number" in c.reasons)
    choices = MergeChoices(merge.preview_merge(sup_ctx, "person", pair.a_id, pair.b_id))
    assert choices.take() == {}
    choices.choose("full_name", "b")
    assert choices.take() == {"full_name": "b"} and choices.value("full_name") == pair.b_name
    choices.choose("full_name", "a")
    assert choices.take() == {}
    with pytest.raises(ValueError):
        choices.choose("full_name", "c")


def test_the_tools_menu_opens_find_duplicates(qtbot, window):
    assert window.find_duplicates_action in window.menus["tools"].actions()
    assert window.find_duplicates_action.isEnabled()
    window.find_duplicates_action.trigger()
    dialog = window.duplicates_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=20_000)
    dialog.close()


def test_a_document_is_voided_from_the_documents_tab(qtbot, case_workspace, gui_ctx):
    attached = documents.attach_document(gui_ctx, KAYES, file_name="wrong-case.txt", data=b"not this case")
    ws = case_workspace
    ws.show_section("documents")
    tab = ws.documents
    tab.reload(select_id=attached.id)
    qtbot.waitUntil(
        lambda: tab.current_document() is not None and tab.current_document().id == attached.id, timeout=20_000
    )
    assert tab.void_button.isEnabled()
    dialog = tab.void_document()
    dialog.reason.setText("Attached to the wrong case")
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    wait_for_ops(qtbot)
    voided = next(d for d in documents.list_documents(gui_ctx, KAYES) if d.id == attached.id)
    assert voided.voided and voided.void_reason == "Attached to the wrong case"
    qtbot.waitUntil(lambda: any(r.id == attached.id and r.voided for r in tab.model._rows), timeout=20_000)
    row = tab.model.row_of(attached.id)
    assert tab.model.index(row, 0).data(Qt.FontRole).strikeOut()
    assert tab.select_document(attached.id)
    assert not tab.void_button.isEnabled() and "Already voided" in tab.void_button.toolTip()
    assert not tab.edit_button.isEnabled()


def test_looking_for_duplicates_shows_progress_and_cancel_stops_it(qtbot, ctx):
    from tests.test_duplicates_finder import load_people

    load_people(ctx.database, 5000)
    dialog = DuplicatesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Left to run, the search reports its progress in the status line and ends with a list.
    qtbot.waitUntil(lambda: "%" in dialog.status.text() or dialog.model.rowCount() > 0, timeout=60_000)
    wait_for_ops(qtbot, timeout=120_000)
    listed = dialog.model.rowCount()
    assert listed > 0 and "candidate pair" in dialog.status.text() and dialog.cancel_button.isHidden()

    qtbot.mouseClick(dialog.refresh_button, Qt.LeftButton)
    assert dialog.cancel_button.isVisible() and dialog.model.rowCount() == 0
    qtbot.mouseClick(dialog.cancel_button, Qt.LeftButton)
    assert dialog.find_op.cancelled
    wait_for_ops(qtbot, timeout=60_000)
    # Stopped at its next progress report: no list, and it says so.
    assert dialog.model.rowCount() == 0
    assert dialog.status.text() == "Stopped: refresh to look again" and dialog.cancel_button.isHidden()

    qtbot.mouseClick(dialog.refresh_button, Qt.LeftButton)
    wait_for_ops(qtbot, timeout=120_000)
    assert dialog.model.rowCount() == listed
