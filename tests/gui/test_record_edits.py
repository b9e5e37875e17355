"""Editing a milestone, a counterpart and a document's description in the window: each dialog
sends the version it loaded, so when a colleague (a second session on the same file) saved
first, the save is refused with the conflict panel ("changed by X at T"); Reload shows what
they changed and keeps the typing on top of their version, and the next save goes through."""

from __future__ import annotations

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester

from consular.db.engine import open_database
from consular.gui import row_menu
from consular.services import contacts, counterparts, documents, milestones
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import KAYES, SUPERVISOR, VIEWER

pytestmark = pytest.mark.gui


@pytest.fixture
def colleague(demo_path):
    """Vikram Iyer in a session of his own: another engine on the same file."""
    database = open_database(demo_path)
    yield ServiceContext(database, actor_for(database, SUPERVISOR))
    database.dispose()


def stale_save_then_reload(qtbot, dialog) -> list[tuple]:
    """Save (refused: the panel, naming who), then Reload; returns the rows the panel shows."""
    dialog.submit()
    qtbot.waitUntil(dialog.conflict.isVisible, timeout=20_000)
    panel = dialog.conflict
    assert "changed by Vikram Iyer at" in panel.text.text()
    assert dialog.isVisible() and not dialog.general_error.isVisible()  # a choice, not an error
    QAbstractItemModelTester(panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    with qtbot.waitSignal(panel.reloaded, timeout=20_000) as signal:
        qtbot.mouseClick(panel.reload_button, Qt.LeftButton)
    assert panel.table.isVisible()
    shown = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    assert [row[0] for row in signal.args[0]] == shown  # the table lists what they changed
    return signal.args[0]


def save(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    wait_for_ops(qtbot)


def test_a_stale_milestone_correction_is_refused_and_reload_shows_their_change(
    qtbot, case_workspace, gui_ctx, colleague
):
    from consular.gui.workspace.milestones_tab import MilestoneDialog

    ws = case_workspace
    tab = ws.milestones
    ws.show_section("milestones")
    target = next(m for m in ws.detail.milestones if not m.restricted)
    assert tab.select_milestone(target.id)
    assert tab.edit_button.isEnabled()
    qtbot.mouseClick(tab.edit_button, Qt.LeftButton)
    dialog = next(d for d in tab.findChildren(MilestoneDialog) if d.isVisible())
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Edit milestone"
    assert dialog.title.text() == target.title
    dialog.description.setPlainText("My account: the claim was read out on local radio.")
    theirs = milestones.edit_milestone(
        colleague, target.id, expected_version=target.version, title="Claim confirmed by the governor"
    )
    stored_before = milestones.get_milestone(gui_ctx, target.id)
    rows = stale_save_then_reload(qtbot, dialog)
    assert stored_before.description == target.description  # my save wrote nothing
    assert ("title", target.title, "Claim confirmed by the governor") in rows
    assert dialog.title.text() == "Claim confirmed by the governor"  # theirs, loaded
    assert dialog.description.toPlainText() == "My account: the claim was read out on local radio."  # mine, kept
    assert dialog.milestone.version == theirs.version
    save(qtbot, dialog)
    stored = milestones.get_milestone(gui_ctx, target.id)
    assert stored.title == "Claim confirmed by the governor"
    assert stored.description == "My account: the claim was read out on local radio."
    qtbot.waitUntil(lambda: "Claim confirmed by the governor" in tab.detail.toPlainText(), timeout=20_000)


def test_the_milestone_row_menu_offers_edit_and_a_withheld_one_cannot_be_edited(qtbot, demo_path, private_config):
    from consular.gui.times import TimeDisplay
    from consular.gui.workspace.milestones_tab import MilestonesTab, edit_refused

    database = open_database(demo_path)
    try:
        viewer = ServiceContext(database, actor_for(database, VIEWER))  # not on the Kayes team
        rows = milestones.list_milestones(viewer, KAYES)
        withheld = [m for m in rows if m.restricted]
        assert withheld and all(m.title == "restricted" for m in withheld)
        assert edit_refused(withheld[0]).startswith("Restricted")
        tab = MilestonesTab(viewer, KAYES, TimeDisplay("Africa/Bamako"))
        qtbot.addWidget(tab)
        tab.show()
        tab._show_rows(rows)
        assert tab.select_milestone(withheld[0].id)
        assert not tab.edit_button.isEnabled() and tab.edit_milestone() is None
        open_one = next(m for m in rows if not m.restricted)
        assert tab.select_milestone(open_one.id) and tab.edit_button.isEnabled()
        actions = tab._row_actions(tab.table.currentIndex())
        assert [text for text, _icon, _slot in actions.extra] == ["Edit…"]
        menu = row_menu.build_menu(tab, actions)
        assert "Edit…" in [a.text() for a in menu.actions()]
        wait_for_ops(qtbot)
    finally:
        database.dispose()


def test_a_stale_counterpart_edit_from_the_contact_log_is_refused_with_the_panel(
    qtbot, case_workspace, gui_ctx, colleague
):
    from consular.gui.workspace.counterpart_picker import CounterpartDialog

    ws = case_workspace
    ws.show_section("contacts")
    qtbot.waitUntil(lambda: ws.contacts.current_contact() is not None, timeout=20_000)
    entry = next(c for c in contacts.list_contacts(gui_ctx, KAYES) if c.counterparts)
    qtbot.waitUntil(lambda: ws.contacts.select_contact(entry.id), timeout=20_000)
    index = ws.contacts.table.currentIndex()
    contact = ws.contacts.model.contact_at(index.row())
    assert contact.counterparts
    counterpart = contact.counterparts[0]
    actions = ws.contacts._row_actions(index)
    edit = next(slot for text, _icon, slot in actions.extra if text == f"Edit counterpart {counterpart.name}…")
    edit()
    dialog = next(d for d in ws.contacts.findChildren(CounterpartDialog) if d.isVisible())
    qtbot.waitExposed(dialog)
    assert dialog.name.text() == counterpart.name
    dialog.inputs["phone"].setText("+223 76 00 00 01")
    counterparts.edit_counterpart(
        colleague, counterpart.id, expected_version=counterpart.version, reliability_note="Reliable so far"
    )
    rows = stale_save_then_reload(qtbot, dialog)
    assert ("reliability_note", counterpart.reliability_note, "Reliable so far") in rows
    assert dialog.reliability.toPlainText() == "Reliable so far"
    assert dialog.inputs["phone"].text() == "+223 76 00 00 01"
    stored = counterparts.get_counterpart(gui_ctx, counterpart.id)
    assert stored.phone == counterpart.phone  # nothing of mine written by the refused save
    save(qtbot, dialog)
    stored = counterparts.get_counterpart(gui_ctx, counterpart.id)
    assert (stored.phone, stored.reliability_note) == ("+22376000001", "Reliable so far")


def test_a_counterpart_chip_offers_edit_details_and_follows_a_rename(qtbot, gui_ctx, colleague, private_config):
    from consular.gui.forms.contact_form import counterpart_entry
    from consular.gui.workspace.counterpart_picker import CounterpartDialog, CounterpartPicker

    counterpart = counterparts.case_counterparts(gui_ctx, KAYES)[0]
    picker = CounterpartPicker(gui_ctx, KAYES)
    qtbot.addWidget(picker)
    picker.show()
    picker.add_known([counterpart])
    picker.set_selected([counterpart_entry(counterpart)])
    chip = picker._chips[0]
    qtbot.waitExposed(picker)
    menu = picker._chip_menu(chip, QPoint(2, 2))
    assert [a.text() for a in menu.actions()] == ["Edit details…", "Remove from this contact"]
    menu.actions()[0].trigger()
    menu.hide()
    qtbot.waitUntil(lambda: getattr(picker, "editor", None) is not None, timeout=20_000)
    dialog = picker.editor
    assert isinstance(dialog, CounterpartDialog)
    dialog.name.setText("Commissaire Traoré (Kayes)")
    counterparts.edit_counterpart(colleague, counterpart.id, expected_version=counterpart.version, role="Prefect")
    rows = stale_save_then_reload(qtbot, dialog)
    assert [r[0] for r in rows] == ["role"]
    assert "You had also changed" not in dialog.conflict.changes_label.text()
    save(qtbot, dialog)
    assert picker.selected()[0]["name"] == "Commissaire Traoré (Kayes)"
    assert chip.text().startswith("Commissaire Traoré (Kayes)")
    stored = counterparts.get_counterpart(gui_ctx, counterpart.id)
    assert (stored.name, stored.role) == ("Commissaire Traoré (Kayes)", "Prefect")


def test_a_stale_document_description_is_refused_and_reload_shows_their_change(
    qtbot, case_workspace, gui_ctx, colleague
):
    doc = documents.attach_document(
        gui_ctx, KAYES, file_name="note-verbale.txt", data=b"Note verbale", description="Note verbale"
    )
    ws = case_workspace
    tab = ws.documents
    ws.show_section("documents")
    tab.reload(select_id=doc.id)
    qtbot.waitUntil(lambda: tab.current_document() is not None, timeout=20_000)
    assert tab.edit_button.isEnabled()
    description = tab.model.index(0, tab.model.COL_DESCRIPTION).data()
    assert description == "Note verbale"
    dialog = tab.edit_document()
    qtbot.waitExposed(dialog)
    dialog.description.setPlainText("Note verbale from the MFA, 3 July: asks for the families' contacts")
    documents.edit_document(colleague, doc.id, expected_version=doc.version, restricted=True)
    rows = stale_save_then_reload(qtbot, dialog)
    assert rows == [("restricted", False, True)]
    assert dialog.restricted.isChecked()  # theirs
    assert dialog.description.toPlainText().startswith("Note verbale from the MFA")  # mine
    assert documents.list_documents(gui_ctx, KAYES)[0].description == "Note verbale"
    save(qtbot, dialog)
    stored = next(d for d in documents.list_documents(gui_ctx, KAYES) if d.id == doc.id)
    assert stored.restricted and stored.description.startswith("Note verbale from the MFA")
    qtbot.waitUntil(
        lambda: tab.model.index(0, tab.model.COL_DESCRIPTION).data().startswith("Note verbale from the MFA"),
        timeout=20_000,
    )
