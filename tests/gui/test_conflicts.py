"""Stale saves: "changed by X at T" with Reload and Keep editing, instead of only an error.
Driven on the real Edit contact dialog with a colleague saving the same entry meanwhile."""

from __future__ import annotations

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from consular.gui.conflicts import diff_records
from consular.services import contacts
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import SUPERVISOR

pytestmark = pytest.mark.gui


def edit_dialog(qtbot, ws):
    ws.show_section("contacts")
    qtbot.waitUntil(lambda: ws.contacts.current_contact() is not None, timeout=20_000)
    entry = ws.contacts.current_contact()
    dialog = ws.edit_contact(entry)
    qtbot.waitExposed(dialog)
    return entry, dialog


def colleague(gui_ctx) -> ServiceContext:
    return ServiceContext(gui_ctx.database, actor_for(gui_ctx.database, SUPERVISOR))


def test_a_stale_contact_save_offers_reload_and_shows_what_they_changed(qtbot, case_workspace, gui_ctx):
    entry, dialog = edit_dialog(qtbot, case_workspace)
    dialog.outcome.setPlainText("My outcome: embassy to call back at 18:00.")
    # Meanwhile a colleague corrects the subject of the same entry.
    theirs = contacts.edit_contact(colleague(gui_ctx), entry.id, subject="Corrected by the supervisor")
    dialog.save()
    qtbot.waitUntil(dialog.conflict.isVisible, timeout=20_000)
    panel = dialog.conflict
    assert "Vikram Iyer" in panel.text.text()  # who changed it (and when)
    assert "changed by" in panel.text.text()
    assert panel.reload_button.isVisible() and panel.keep_button.isVisible()
    assert not dialog.errors.general.isVisible()  # a choice, not an error message
    assert dialog.outcome.toPlainText() == "My outcome: embassy to call back at 18:00."
    QAbstractItemModelTester(panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal)

    with qtbot.waitSignal(panel.reloaded, timeout=20_000) as signal:
        qtbot.mouseClick(panel.reload_button, Qt.LeftButton)
    rows = signal.args[0]
    assert ("subject", entry.subject, "Corrected by the supervisor") in rows
    shown = {panel.model.index(r, 0).data(): panel.model.index(r, 2).data() for r in range(panel.model.rowCount())}
    assert shown["subject"] == "Corrected by the supervisor"
    assert panel.model.headerData(2, Qt.Horizontal) == "Now"
    assert panel.table.isVisible()
    # Their subject is in the form, my outcome is still there.
    assert dialog.subject.text() == "Corrected by the supervisor"
    assert dialog.outcome.toPlainText() == "My outcome: embassy to call back at 18:00."
    assert dialog.contact.revision == theirs.revision

    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    wait_for_ops(qtbot)
    stored = contacts.get_contact(gui_ctx, entry.id)
    assert stored.subject == "Corrected by the supervisor"
    assert stored.outcome == "My outcome: embassy to call back at 18:00."


def test_keep_editing_leaves_the_form_as_it_was(qtbot, case_workspace, gui_ctx):
    entry, dialog = edit_dialog(qtbot, case_workspace)
    dialog.subject.setText("My own subject")
    contacts.edit_contact(colleague(gui_ctx), entry.id, subject="Their subject")
    dialog.save()
    qtbot.waitUntil(dialog.conflict.isVisible, timeout=20_000)
    qtbot.mouseClick(dialog.conflict.keep_button, Qt.LeftButton)
    assert not dialog.conflict.isVisible()
    assert dialog.isVisible()
    assert dialog.subject.text() == "My own subject"
    # Both changed the subject: after Reload mine is kept, and that is said.
    dialog.save()
    qtbot.waitUntil(dialog.conflict.isVisible, timeout=20_000)
    with qtbot.waitSignal(dialog.conflict.reloaded, timeout=20_000):
        dialog.conflict.reload()
    assert dialog.subject.text() == "My own subject"
    assert "You had also changed subject" in dialog.conflict.changes_label.text()
    dialog.reject()
    wait_for_ops(qtbot)


def test_diff_records_names_only_what_a_person_changed(gui_ctx, qtbot):
    from tests.demo_data import KAYES

    contact = contacts.list_contacts(gui_ctx, KAYES)[0]
    after = contacts.edit_contact(colleague(gui_ctx), contact.id, notes="New notes")
    rows = diff_records(contact, after)
    names = [r[0] for r in rows]
    assert "notes" in names
    assert "revision" not in names and "updated_at" not in names
    assert ("notes", contact.notes, "New notes") in rows
    wait_for_ops(qtbot)


def test_a_workspace_form_shows_the_conflict_instead_of_an_error(qtbot, gui_ctx, private_config):
    """Any add/edit dialog (FormDialog) meets a stale save with the panel: here a form that
    edits the case with the version it loaded, while a colleague saves first."""
    from PySide6.QtWidgets import QLineEdit

    from consular.gui.workspace.forms import FormDialog
    from consular.services import cases
    from tests.demo_data import KAYES

    class RegionDialog(FormDialog):
        def __init__(self, ctx):
            super().__init__("Region")
            self.ctx = ctx
            self.loaded = cases.get_case(ctx, KAYES)
            self.region = self.add_field("Region:", QLineEdit(self.loaded.incident_region or ""), "incident_region")

        def prepare(self):
            ctx, version, region = self.ctx, self.loaded.version, self.region.text()
            return lambda: cases.edit_case(ctx, KAYES, expected_version=version, incident_region=region)

        def reload_stored(self, show_changes):
            stored = cases.get_case(self.ctx, KAYES)
            rows = diff_records(self.loaded, stored, ["incident_region", "attribution_source"])
            self.loaded = stored
            show_changes(rows)

    dialog = RegionDialog(gui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.region.setText("Kayes Region (mine)")
    cases.edit_case(colleague(gui_ctx), KAYES, attribution_source="Their source")
    dialog.submit()
    qtbot.waitUntil(dialog.conflict.isVisible, timeout=20_000)
    assert "Vikram Iyer" in dialog.conflict.text.text()
    assert not dialog.general_error.isVisible()
    assert dialog.save_button.isEnabled() and dialog.isVisible()
    with qtbot.waitSignal(dialog.conflict.reloaded, timeout=20_000) as signal:
        qtbot.mouseClick(dialog.conflict.reload_button, Qt.LeftButton)
    assert [r[0] for r in signal.args[0]] == ["attribution_source"]
    assert signal.args[0][0][2] == "Their source"
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    stored = cases.get_case(gui_ctx, KAYES)
    assert (stored.incident_region, stored.attribution_source) == ("Kayes Region (mine)", "Their source")


def test_a_medical_note_is_not_overwritten_unseen(qtbot, case_workspace, gui_ctx):
    """The issue's case: one user saves "Mild asthma" over another's insulin note."""
    from consular.services import people

    ws = case_workspace
    ravi = next(p for p in ws.detail.hostages if p.name == "Ravi Kumar Verma")
    ws.show_section("people", ravi.person.id)
    dialog = ws.people.edit_person()
    qtbot.waitExposed(dialog)
    dialog.medical.setPlainText("Mild asthma")
    people.edit_person(
        colleague(gui_ctx),
        ravi.person.id,
        expected_version=ravi.person.version,
        medical_needs="Type 1 diabetic: needs insulin every 12 h",
    )
    dialog.submit()
    qtbot.waitUntil(dialog.conflict.isVisible, timeout=20_000)
    assert "Vikram Iyer" in dialog.conflict.text.text()
    stored = cases_person(gui_ctx, ravi.person.id)
    assert stored.medical_needs == "Type 1 diabetic: needs insulin every 12 h"  # nothing overwritten
    with qtbot.waitSignal(dialog.conflict.reloaded, timeout=20_000) as signal:
        qtbot.mouseClick(dialog.conflict.reload_button, Qt.LeftButton)
    assert ("medical_needs", ravi.person.medical_needs, "Type 1 diabetic: needs insulin every 12 h") in signal.args[0]
    assert "You had also changed medical_needs" in dialog.conflict.changes_label.text()
    assert dialog.medical.toPlainText() == "Mild asthma"  # mine, to compare before saving again
    # The user merges both and saves: now with the stored version, so it goes through.
    dialog.medical.setPlainText("Type 1 diabetic: needs insulin every 12 h; mild asthma")
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    wait_for_ops(qtbot)
    assert (
        cases_person(gui_ctx, ravi.person.id).medical_needs == "Type 1 diabetic: needs insulin every 12 h; mild asthma"
    )


def cases_person(ctx, person_id):
    from consular.gui.workspace.people_dialogs import stored_person
    from tests.demo_data import KAYES

    return stored_person(ctx, KAYES, person_id)


def test_a_stale_task_edit_reloads_their_title_and_keeps_my_priority(qtbot, case_workspace, gui_ctx):
    from consular.services import tasks
    from tests.demo_data import KAYES

    ws = case_workspace
    ws.show_section("tasks")
    tab = ws.tasks
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=20_000)
    tab.table.selectRow(0)
    task = tab.current_task()
    dialog = tab.edit_task()
    qtbot.waitExposed(dialog)
    mine = "critical" if task.priority != "critical" else "low"
    dialog.priority.setCurrentIndex(dialog.priority.findData(mine))
    tasks.update_task(colleague(gui_ctx), task.id, title="Their new title", expected_version=task.version)
    dialog.submit()
    qtbot.waitUntil(dialog.conflict.isVisible, timeout=20_000)
    with qtbot.waitSignal(dialog.conflict.reloaded, timeout=20_000) as signal:
        qtbot.mouseClick(dialog.conflict.reload_button, Qt.LeftButton)
    assert ("title", task.title, "Their new title") in signal.args[0]
    assert dialog.title.text() == "Their new title"
    assert dialog.priority.currentData() == mine
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    wait_for_ops(qtbot)
    stored = next(t for t in tasks.list_tasks(gui_ctx, KAYES) if t.id == task.id)
    assert (stored.title, stored.priority) == ("Their new title", mine)


def test_a_stale_contact_plan_shows_their_change_and_keeps_mine(qtbot, case_workspace, gui_ctx):
    from consular.services import people

    ws = case_workspace
    kin = ws.detail.next_of_kin[0]
    assert ws.people.select("kin", kin.id)
    dialog = ws.people.edit_plan()
    qtbot.waitExposed(dialog)
    mine = 3 if kin.contact_every_days != 3 else 4
    dialog.every.setValue(mine)
    people.set_contact_plan(colleague(gui_ctx), kin.id, expected_version=kin.version, notes="Prefers evening calls")
    dialog.submit()
    qtbot.waitUntil(dialog.conflict.isVisible, timeout=20_000)
    assert "Vikram Iyer" in dialog.conflict.text.text()
    with qtbot.waitSignal(dialog.conflict.reloaded, timeout=20_000) as signal:
        qtbot.mouseClick(dialog.conflict.reload_button, Qt.LeftButton)
    assert ("notes", kin.notes, "Prefers evening calls") in signal.args[0]
    assert dialog.liaison.version > kin.version
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    wait_for_ops(qtbot)
    stored = next(k for k in people.list_next_of_kin(gui_ctx, ws.reference) if k.id == kin.id)
    assert stored.notes == "Prefers evening calls"
    assert stored.contact_every_days == mine


def test_editing_a_contact_plan_shows_and_keeps_its_notes(qtbot, case_workspace, gui_ctx):
    """The plan dialog left notes and 'may share' empty when editing, and a save cleared them."""
    from consular.services import people

    ws = case_workspace
    kin = ws.detail.next_of_kin[0]
    people.set_contact_plan(gui_ctx, kin.id, notes="Speaks Telugu only", may_share="Welfare only")
    ws.refresh()
    qtbot.waitUntil(lambda: ws.detail.next_of_kin[0].notes == "Speaks Telugu only", timeout=20_000)
    wait_for_ops(qtbot)
    assert ws.people.select("kin", kin.id)
    dialog = ws.people.edit_plan()
    qtbot.waitExposed(dialog)
    assert dialog.notes.toPlainText() == "Speaks Telugu only"
    assert dialog.may_share.toPlainText() == "Welfare only"
    dialog.every.setValue(6)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    wait_for_ops(qtbot)
    stored = next(k for k in people.list_next_of_kin(gui_ctx, ws.reference) if k.id == kin.id)
    assert (stored.notes, stored.may_share, stored.contact_every_days) == ("Speaks Telugu only", "Welfare only", 6)
