"""The Log contact dialog, driven from the keyboard as a caseworker does on the phone.

Every test opens the real workspace on a copy of the demo database (Kayes case) and the real
dialog; keys go to whichever widget has the focus, so the tab order is tested too.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from gui_helpers import focused, press, settle, type_text, wait_for_ops
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from consular.domain.timeutil import utcnow
from consular.services import contacts, counterparts, tasks
from tests.demo_data import CASEWORKER, KAYES

pytestmark = pytest.mark.gui


@pytest.fixture
def workspace(case_workspace):
    return case_workspace


def closed(dialog) -> bool:
    """Closed (the workspace deletes a finished dialog later, so it may be gone)."""
    import shiboken6

    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def open_dialog(qtbot, workspace):
    dialog = workspace.log_contact()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and dialog.isAncestorOf(focused()))
    return dialog


def with_someone(dialog):
    """Put the case's first counterpart in "With" (a contact must be with somebody)."""
    dialog.picker.add(next(iter(dialog.picker._known.values())))


def draft_file(reference=KAYES):
    from consular.gui.forms import drafts

    return drafts.draft_path(reference)


def test_log_a_phone_call_entirely_from_the_keyboard(qtbot, workspace, gui_ctx):
    dialog = open_dialog(qtbot, workspace)
    # The cursor starts in "With": the caseworker types who they spoke to.
    assert focused() is dialog.picker.line
    type_text(qtbot, "Gendarmerie")
    press(qtbot, Qt.Key_Return)
    settle(qtbot)
    assert [c["name"] for c in dialog.picker.selected()] == ["Company Commander, Gendarmerie Kayes"]
    assert focused() is dialog.picker.line and dialog.picker.line.text() == ""

    press(qtbot, Qt.Key_Tab)
    assert focused() is dialog.channel  # Phone is the default
    press(qtbot, Qt.Key_Tab)
    assert focused() is dialog.direction
    type_text(qtbot, "I")  # Incoming
    press(qtbot, Qt.Key_Tab)
    assert focused() in (dialog.duration, dialog.duration.findChild(type(dialog.picker.line)))
    type_text(qtbot, "12")
    press(qtbot, Qt.Key_Tab)
    assert focused() is dialog.subject
    type_text(qtbot, "Gendarmerie update on the search around Kayes")
    press(qtbot, Qt.Key_Tab)
    assert focused() is dialog.notes
    type_text(qtbot, "Patrols extended towards Diboli. No sighting of the three.")
    press(qtbot, Qt.Key_Tab)  # Tab leaves the notes, it does not indent
    assert focused() is dialog.outcome
    assert "\t" not in dialog.notes.toPlainText()
    type_text(qtbot, "Next update tomorrow 10:00")

    with qtbot.waitSignal(workspace.case_changed, timeout=20_000) as changed:
        press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    assert changed.args == [KAYES]
    qtbot.waitUntil(lambda: closed(dialog), timeout=20_000)
    wait_for_ops(qtbot)

    # At the top of the contact log...
    qtbot.waitUntil(lambda: workspace.contacts.model.rowCount() > 0)
    top = workspace.contacts.model.contact_at(0)
    assert top.subject == "Gendarmerie update on the search around Kayes"
    assert top.direction.value == "incoming" and top.channel.value == "phone"
    assert top.duration_minutes == 12
    assert top.outcome == "Next update tomorrow 10:00"
    assert [c.name for c in top.counterparts] == ["Company Commander, Gendarmerie Kayes"]
    assert workspace.contacts.current_contact().id == top.id
    # ...and the overview's last contact.
    assert workspace.detail.last_contact_at == top.occurred_at
    assert "just now" in workspace.overview.last_contact.text()
    # A successful save leaves no draft behind.
    assert not draft_file().exists()


def test_empty_summary_is_refused_next_to_the_field_and_keeps_the_text(qtbot, workspace):
    dialog = open_dialog(qtbot, workspace)
    type_text(qtbot, "Awa")
    press(qtbot, Qt.Key_Return)
    settle(qtbot)
    dialog.notes.setFocus()
    type_text(qtbot, "Awa Diarra says the site guards saw two pick-ups leave northbound.")
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    wait_for_ops(qtbot)
    error = dialog.errors.label_for("subject")
    assert dialog.isVisible()
    assert error.isVisible() and "summary" in error.text().lower()
    now = focused()
    assert now is dialog.subject, (now and now.accessibleName(), QApplication.activeWindow())
    assert dialog.notes.toPlainText() == "Awa Diarra says the site guards saw two pick-ups leave northbound."
    assert [c["name"] for c in dialog.picker.selected()] == ["Awa Diarra"]
    # The refused attempt is kept on disk too.
    saved = json.loads(draft_file().read_text(encoding="utf-8"))
    assert saved["notes"].startswith("Awa Diarra says")

    type_text(qtbot, "Site guards' account")
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: closed(dialog), timeout=20_000)


def test_a_time_in_the_future_is_refused_and_the_form_is_kept(qtbot, workspace):
    dialog = open_dialog(qtbot, workspace)
    dialog.when.set_value(utcnow() + timedelta(days=2))
    dialog.subject.setFocus()
    type_text(qtbot, "Meeting with the governor's office")
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    wait_for_ops(qtbot)
    error = dialog.errors.label_for("occurred_at")
    assert error.isVisible() and "future" in error.text()
    assert dialog.subject.text() == "Meeting with the governor's office"
    assert dialog.isVisible()


def test_closing_keeps_a_draft_that_is_offered_back(qtbot, workspace, gui_ctx):
    dialog = open_dialog(qtbot, workspace)
    type_text(qtbot, "Sunita")
    press(qtbot, Qt.Key_Return)
    settle(qtbot)
    dialog.subject.setFocus()
    type_text(qtbot, "Call with Sunita Verma")
    dialog.notes.setFocus()
    type_text(qtbot, "She asks whether the medicine reached the three.")
    # The draft is written while typing (debounced), before anything is closed.
    qtbot.waitUntil(
        lambda: draft_file().exists() and "medicine" in draft_file().read_text(encoding="utf-8"), timeout=5_000
    )
    press(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog))
    wait_for_ops(qtbot)
    saved = json.loads(draft_file().read_text(encoding="utf-8"))
    assert saved["subject"] == "Call with Sunita Verma"
    assert [c["name"] for c in saved["counterparts"]] == ["Sunita Verma"]

    again = open_dialog(qtbot, workspace)
    assert again is not dialog
    assert again.offer.isVisible()
    assert again.offer_label.text().startswith("Restore the unsaved contact from ")
    assert not again.form_widget.isEnabled()  # nothing overwrites the draft before the answer
    assert focused() is again.restore_button
    press(qtbot, Qt.Key_Space)
    assert not again.offer.isVisible()
    assert again.subject.text() == "Call with Sunita Verma"
    assert again.notes.toPlainText() == "She asks whether the medicine reached the three."
    assert [c["name"] for c in again.picker.selected()] == ["Sunita Verma"]
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: closed(again), timeout=20_000)
    wait_for_ops(qtbot)
    assert not draft_file().exists()
    assert contacts.list_contacts(gui_ctx, KAYES, limit=1)[0].subject == "Call with Sunita Verma"


def test_discarding_the_offered_draft_deletes_it(qtbot, workspace):
    from consular.gui.forms import drafts

    drafts.write_draft(draft_file(), {"reference": KAYES, "subject": "Old text", "notes": "", "counterparts": []})
    dialog = open_dialog(qtbot, workspace)
    assert dialog.has_offer()
    qtbot.mouseClick(dialog.discard_button, Qt.LeftButton)
    assert not draft_file().exists()
    assert dialog.subject.text() == ""
    assert dialog.form_widget.isEnabled()
    dialog.reject()


def test_a_crash_while_saving_keeps_the_draft_and_the_dialog(qtbot, workspace, monkeypatch, non_blocking_dialogs):
    def broken(*_args, **_kwargs):
        raise RuntimeError("disk controller on fire")

    monkeypatch.setattr(contacts, "log_contact", broken)
    dialog = open_dialog(qtbot, workspace)
    with_someone(dialog)
    dialog.subject.setFocus()
    type_text(qtbot, "Text that must survive")
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    wait_for_ops(qtbot)
    assert ("crash", "RuntimeError: disk controller on fire") in non_blocking_dialogs
    assert dialog.isVisible() and dialog.subject.text() == "Text that must survive"
    assert json.loads(draft_file().read_text(encoding="utf-8"))["subject"] == "Text that must survive"
    assert dialog.save_button.isEnabled()
    dialog.reject()


def test_a_new_counterpart_is_created_inline(qtbot, workspace, gui_ctx):
    dialog = open_dialog(qtbot, workspace)
    type_text(qtbot, "Inspector Keita")
    press(qtbot, Qt.Key_Return)
    settle(qtbot)
    assert dialog.picker.create_row.isVisible()
    assert dialog.picker.new_name.text() == "Inspector Keita"
    assert focused() is dialog.picker.new_category
    type_text(qtbot, "Po")  # Police
    assert dialog.picker.new_category.currentText() == "Police"
    press(qtbot, Qt.Key_Return)
    settle(qtbot)
    wait_for_ops(qtbot)
    assert not dialog.picker.create_row.isVisible()
    assert [c["name"] for c in dialog.picker.selected()] == ["Inspector Keita"]
    assert focused() is dialog.picker.line
    created = [c for c in counterparts.case_counterparts(gui_ctx, KAYES) if c.name == "Inspector Keita"]
    assert len(created) == 1 and created[0].category.value == "police"
    # Backspace in the empty field takes the last counterpart off again.
    press(qtbot, Qt.Key_Backspace)
    assert dialog.picker.selected() == []
    dialog.reject()


def test_several_counterparts_and_a_follow_up_task_in_one_save(qtbot, workspace, gui_ctx):
    dialog = open_dialog(qtbot, workspace)
    for name in ("Harish", "Awa"):
        type_text(qtbot, name)
        press(qtbot, Qt.Key_Return)
        settle(qtbot)
    assert [c["name"] for c in dialog.picker.selected()] == ["Harish Bhandari", "Awa Diarra"]
    dialog.subject.setFocus()
    type_text(qtbot, "Factory management on the staff list")
    dialog.follow_up.setFocus()
    press(qtbot, Qt.Key_Space)  # tick "Create a follow-up task"
    assert dialog.follow_up.isChecked()
    press(qtbot, Qt.Key_Tab)
    assert focused() is dialog.fu_title
    type_text(qtbot, "Get the staff list in writing")
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: closed(dialog), timeout=20_000)
    wait_for_ops(qtbot)
    top = contacts.list_contacts(gui_ctx, KAYES, limit=1)[0]
    assert {c.name for c in top.counterparts} == {"Harish Bhandari", "Awa Diarra"}
    follow = [t for t in tasks.list_tasks(gui_ctx, KAYES) if t.contact_id == top.id]
    assert [t.title for t in follow] == ["Get the staff list in writing"]
    assert follow[0].assignee_username == CASEWORKER
    assert top.follow_up_needed


def test_switching_the_zone_keeps_the_instant(qtbot, workspace, monkeypatch):
    from consular.gui import times

    monkeypatch.setattr(times, "user_zone_name", lambda: "Asia/Kolkata")
    dialog = open_dialog(qtbot, workspace)
    before = dialog.when.value()
    assert "Africa/Bamako" in dialog.when.zone_label.text()
    qtbot.mouseClick(dialog.when.switch, Qt.LeftButton)
    assert "Asia/Kolkata (IST)" in dialog.when.zone_label.text()
    assert dialog.when.value() == before
    shown = dialog.when.edit.dateTime().time()
    local = before.astimezone(times.ZoneInfo("Asia/Kolkata"))
    assert (shown.hour(), shown.minute()) == (local.hour, local.minute)
    dialog.reject()


def test_drafts_are_written_atomically_and_a_damaged_one_is_set_aside(tmp_path):
    from consular.gui.forms import drafts

    path = tmp_path / "X.json"
    drafts.write_draft(path, {"subject": "one"})
    drafts.write_draft(path, {"subject": "two"})
    assert json.loads(path.read_text(encoding="utf-8"))["subject"] == "two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["X.json"]  # no temp files left
    path.write_text("{ not json", encoding="utf-8")
    assert drafts.read_draft(path) is None
    assert not path.exists()
    assert any(p.name.startswith("X.damaged-") for p in tmp_path.iterdir())


def test_log_contact_asked_for_while_the_case_loads_opens_once_it_has(qtbot, gui_ctx, private_config):
    """Ctrl+L in the main window opens the case and asks at once; the dialog follows the load."""
    from consular.gui.workspace import CaseWorkspace

    ws = CaseWorkspace(gui_ctx, KAYES)
    qtbot.addWidget(ws)
    ws.show()
    assert ws.detail is None
    assert ws.log_contact() is None
    qtbot.waitUntil(lambda: ws._contact_dialog is not None and ws._contact_dialog.isVisible(), timeout=20_000)
    assert ws._contact_dialog.when.zone_label.text().startswith("Africa/Bamako")
    # Asking again brings the same dialog forward rather than opening a second one.
    assert ws.log_contact() is ws._contact_dialog
    ws._contact_dialog.reject()
    wait_for_ops(qtbot)


def test_an_unfinished_edit_is_kept_as_its_own_draft(qtbot, workspace, gui_ctx):
    from consular.gui.forms import drafts

    workspace.show_section("contacts")
    qtbot.waitUntil(lambda: workspace.contacts.current_contact() is not None)
    entry = workspace.contacts.current_contact()
    dialog = workspace.edit_contact(entry)
    qtbot.waitExposed(dialog)
    assert dialog.staff.selected() == sorted(entry.staff_usernames)  # the saved staff, ticked
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.outcome.setFocus()
    dialog.outcome.moveCursor(QTextCursor.End)
    type_text(qtbot, " Confirmed by e-mail.")
    press(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog))
    path = drafts.draft_path(KAYES, entry.id)
    assert path.exists() and not draft_file().exists()  # not mixed up with a new contact
    again = workspace.edit_contact(entry)
    qtbot.waitExposed(again)
    assert again.has_offer()
    again.restore_draft()
    assert again.outcome.toPlainText().endswith("Confirmed by e-mail.")
    again.save()
    qtbot.waitUntil(lambda: closed(again), timeout=20_000)
    wait_for_ops(qtbot)
    assert not path.exists()
    assert contacts.get_contact(gui_ctx, entry.id).outcome.endswith("Confirmed by e-mail.")


def test_staff_present_defaults_to_me_and_is_picked_from_the_keyboard(qtbot, workspace, gui_ctx, tmp_path):
    from consular.services import reference_data

    users = reference_data.list_users(gui_ctx)
    colleague = next(u for u in users if u.username != gui_ctx.actor.username)
    dialog = open_dialog(qtbot, workspace)
    staff = dialog.staff.list
    assert staff.accessibleName() == "Staff present"
    assert dialog.staff.selected() == [gui_ctx.actor.username]  # the signed-in user, by default
    qtbot.waitUntil(lambda: staff.count() == len(users), timeout=20_000)  # everyone, once listed
    assert dialog.staff.selected() == [gui_ctx.actor.username]

    with_someone(dialog)
    dialog.subject.setFocus()
    type_text(qtbot, "Joint call with the crisis cell")
    dialog.outcome.setFocus()
    press(qtbot, Qt.Key_Tab)  # Outcome → Staff present
    assert focused() is staff
    type_text(qtbot, colleague.display_name[:4])  # the list's type-ahead finds the colleague
    assert staff.currentItem().data(Qt.UserRole) == colleague.username
    press(qtbot, Qt.Key_Space)
    assert dialog.staff.selected() == sorted([gui_ctx.actor.username, colleague.username])
    assert colleague.display_name in dialog.staff.summary.text()
    press(qtbot, Qt.Key_Tab)
    assert focused() is dialog.restricted

    # The choice is part of the draft...
    qtbot.waitUntil(
        lambda: draft_file().exists() and colleague.username in draft_file().read_text(encoding="utf-8"), timeout=5_000
    )
    saved = json.loads(draft_file().read_text(encoding="utf-8"))
    assert sorted(saved["staff_present"]) == sorted([gui_ctx.actor.username, colleague.username])
    dialog.grab().save(str(tmp_path / "log-contact-staff.png"))

    # ...and of the saved entry.
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: closed(dialog), timeout=20_000)
    wait_for_ops(qtbot)
    top = contacts.list_contacts(gui_ctx, KAYES, limit=1)[0]
    assert top.subject == "Joint call with the crisis cell"
    assert sorted(top.staff_present) == sorted([gui_ctx.actor.display_name, colleague.display_name])


def test_a_restored_draft_brings_back_who_was_present(qtbot, workspace, gui_ctx):
    from consular.gui.forms import drafts

    drafts.write_draft(
        draft_file(),
        {
            "reference": KAYES,
            "subject": "Earlier call",
            "notes": "",
            "counterparts": [],
            "staff_present": ["someone.gone"],
        },
    )
    dialog = open_dialog(qtbot, workspace)
    dialog.restore_draft()
    assert dialog.staff.selected() == ["someone.gone"]  # kept even if no longer listed
    wait_for_ops(qtbot)
    assert dialog.staff.selected() == ["someone.gone"]
    dialog.reject()


def test_editing_a_contact_changes_who_was_present_from_the_keyboard(qtbot, workspace, gui_ctx):
    from consular.services import reference_data

    workspace.show_section("contacts")
    qtbot.waitUntil(lambda: workspace.contacts.current_contact() is not None)
    entry = workspace.contacts.current_contact()
    users = reference_data.list_users(gui_ctx)
    colleague = next(u for u in users if u.username not in entry.staff_usernames)
    history_before = len(contacts.contact_history(gui_ctx, entry.id))

    dialog = workspace.edit_contact(entry)
    qtbot.waitExposed(dialog)
    staff = dialog.staff.list
    assert dialog.staff.isVisibleTo(dialog)
    assert dialog.staff.selected() == sorted(entry.staff_usernames)  # pre-ticked from the entry
    qtbot.waitUntil(lambda: staff.count() >= len(users), timeout=20_000)
    assert dialog.staff.selected() == sorted(entry.staff_usernames)  # still, once everyone is listed
    assert not dialog.has_content()  # nothing changed yet: no draft, no edit

    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.outcome.setFocus()
    press(qtbot, Qt.Key_Tab)  # Outcome → Staff present
    assert focused() is staff
    type_text(qtbot, colleague.display_name[:4])  # the list's type-ahead finds the colleague
    assert staff.currentItem().data(Qt.UserRole) == colleague.username
    press(qtbot, Qt.Key_Space)
    wanted = sorted([*entry.staff_usernames, colleague.username])
    assert dialog.staff.selected() == wanted
    assert dialog.current_form().changes(dialog.contact) == {"staff_present": wanted}  # only what changed is sent

    # The unsaved change is kept as the edit's draft...
    path = drafts_path(entry.id)
    qtbot.waitUntil(lambda: path.exists() and colleague.username in path.read_text(encoding="utf-8"), timeout=5_000)

    # ...and Ctrl+Enter saves it as a new revision of the entry.
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: closed(dialog), timeout=20_000)
    wait_for_ops(qtbot)
    view = saved.args[0]
    assert sorted(view.staff_usernames) == wanted and view.revision == entry.revision + 1
    stored = contacts.get_contact(gui_ctx, entry.id)
    assert sorted(stored.staff_usernames) == wanted
    assert colleague.display_name in stored.staff_present
    assert (stored.subject, stored.notes, stored.outcome) == (entry.subject, entry.notes, entry.outcome)
    assert len(contacts.contact_history(gui_ctx, entry.id)) == history_before + 1
    assert not path.exists()
    # The contact log shows the entry as saved.
    assert sorted(workspace.contacts.current_contact().staff_usernames) == wanted


def drafts_path(contact_id):
    from consular.gui.forms import drafts

    return drafts.draft_path(KAYES, contact_id)


def test_an_edit_draft_from_before_staff_were_editable_keeps_the_saved_staff(qtbot, workspace, gui_ctx):
    from consular.gui.forms import drafts

    workspace.show_section("contacts")
    qtbot.waitUntil(lambda: workspace.contacts.current_contact() is not None)
    entry = workspace.contacts.current_contact()
    assert entry.staff_usernames  # otherwise the empty list below would prove nothing
    # Such drafts hold the hidden picker's empty list; restoring it must not drop everyone.
    drafts.write_draft(
        drafts_path(entry.id),
        {
            "reference": KAYES,
            "contact_id": entry.id,
            "subject": entry.subject,
            "notes": entry.notes,
            "outcome": "Checked again.",
            "counterparts": [],
            "staff_present": [],
        },
    )
    dialog = workspace.edit_contact(entry)
    qtbot.waitExposed(dialog)
    dialog.restore_draft()
    assert dialog.outcome.toPlainText() == "Checked again."
    assert dialog.staff.selected() == sorted(entry.staff_usernames)
    assert "staff_present" not in dialog.current_form().changes(dialog.contact)
    dialog.reject()
    wait_for_ops(qtbot)
