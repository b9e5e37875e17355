"""The Log contact dialog, driven from the keyboard as a caseworker does on the phone.

Every test opens the real workspace on a copy of the demo database (Kayes case) and the real
dialog; keys go to whichever widget has the focus, so the tab order is tested too.
"""

from __future__ import annotations

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


def kept_draft(ctx, contact_id=None):
    """The draft the database holds for the signed-in caseworker (None if none), read
    through the service the dialog uses."""
    from consular.gui.forms import drafts

    return drafts.read_draft(ctx, drafts.draft_key(KAYES, contact_id))


def keep(ctx, data, contact_id=None):
    """A draft kept earlier (a previous session of the dialog)."""
    from consular.gui.forms import drafts

    drafts.write_draft(ctx, drafts.draft_key(KAYES, contact_id), data)


def files_holding(text: str) -> list:
    """Files in the config and data folders that hold ``text`` (drafts used to be files)."""
    from consular import paths

    needle = text.encode("utf-8")
    folders = (paths.config_dir(), paths.data_dir())
    return [p for folder in folders for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


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
    assert kept_draft(gui_ctx) is None


def test_empty_summary_is_refused_next_to_the_field_and_keeps_the_text(qtbot, workspace, gui_ctx):
    dialog = open_dialog(qtbot, workspace)
    type_text(qtbot, "Awa")
    press(qtbot, Qt.Key_Return)
    settle(qtbot)
    dialog.notes.setFocus()
    type_text(qtbot, "Awa Diarra says the site guards saw two pick-ups leave northbound.")
    # On the offscreen platform the completer popup, hidden by Enter above, is activated late,
    # by the next event processing. Let that happen now, while focused() can still give the
    # focus back before the next key; after the save the background draft write processes
    # events and the stale activation would move the focus to "With".
    QApplication.processEvents()
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    wait_for_ops(qtbot)
    error = dialog.errors.label_for("subject")
    assert dialog.isVisible()
    assert error.isVisible() and "summary" in error.text().lower()
    now = focused()
    assert now is dialog.subject, (now and now.accessibleName(), QApplication.activeWindow())
    assert dialog.notes.toPlainText() == "Awa Diarra says the site guards saw two pick-ups leave northbound."
    assert [c["name"] for c in dialog.picker.selected()] == ["Awa Diarra"]
    # The refused attempt is kept as a draft too.
    assert kept_draft(gui_ctx)["notes"].startswith("Awa Diarra says")

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


def test_closing_keeps_a_draft_in_the_database_that_is_offered_back(qtbot, workspace, gui_ctx):
    dialog = open_dialog(qtbot, workspace)
    type_text(qtbot, "Sunita")
    press(qtbot, Qt.Key_Return)
    settle(qtbot)
    dialog.subject.setFocus()
    type_text(qtbot, "Call with Sunita Verma")
    dialog.notes.setFocus()
    type_text(qtbot, "She asks whether the medicine reached the three.")
    # The draft is kept while typing (debounced), before anything is closed.
    qtbot.waitUntil(lambda: "medicine" in ((kept_draft(gui_ctx) or {}).get("notes") or ""), timeout=5_000)
    press(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog))
    wait_for_ops(qtbot)
    saved = kept_draft(gui_ctx)
    assert saved["subject"] == "Call with Sunita Verma"
    assert [c["name"] for c in saved["counterparts"]] == ["Sunita Verma"]
    # In the database only: no draft file, nothing of the text in any file of the app's folders.
    assert files_holding("medicine reached") == []
    assert not (private_config_dir() / "drafts").exists()

    again = open_dialog(qtbot, workspace)
    assert again is not dialog
    qtbot.waitUntil(again.has_offer)  # the look-up runs off the GUI thread
    assert again.offer.isVisible()
    assert again.offer_label.text().startswith("Restore the unsaved contact from ")
    assert "Call with Sunita Verma" in again.offer_label.text()
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
    assert kept_draft(gui_ctx) is None
    assert contacts.list_contacts(gui_ctx, KAYES, limit=1)[0].subject == "Call with Sunita Verma"


def private_config_dir():
    from consular import paths

    return paths.config_dir()


def test_another_account_is_not_offered_my_draft(qtbot, gui_ctx, private_config):
    from consular.gui.workspace import CaseWorkspace
    from consular.services.context import actor_for
    from tests.demo_data import SUPERVISOR

    keep(gui_ctx, {"reference": KAYES, "subject": "Mine alone", "notes": "", "counterparts": []})
    boss = gui_ctx.with_actor(actor_for(gui_ctx.database, SUPERVISOR))
    ws = CaseWorkspace(boss, KAYES)
    qtbot.addWidget(ws)
    ws.show()
    qtbot.waitUntil(lambda: ws.detail is not None, timeout=20_000)
    dialog = ws.log_contact()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog._checking, timeout=5_000)
    assert not dialog.has_offer() and dialog.subject.text() == ""
    dialog.reject()
    wait_for_ops(qtbot)
    assert kept_draft(gui_ctx)["subject"] == "Mine alone"


def test_discarding_the_offered_draft_deletes_it(qtbot, workspace, gui_ctx):
    keep(gui_ctx, {"reference": KAYES, "subject": "Old text", "notes": "", "counterparts": []})
    dialog = open_dialog(qtbot, workspace)
    qtbot.waitUntil(dialog.has_offer)
    qtbot.mouseClick(dialog.discard_button, Qt.LeftButton)
    assert dialog.subject.text() == ""
    assert dialog.form_widget.isEnabled()
    wait_for_ops(qtbot)
    assert kept_draft(gui_ctx) is None
    dialog.reject()


def test_a_crash_while_saving_keeps_the_draft_and_the_dialog(
    qtbot, workspace, gui_ctx, monkeypatch, non_blocking_dialogs
):
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
    assert kept_draft(gui_ctx)["subject"] == "Text that must survive"
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
    wait_for_ops(qtbot)
    assert kept_draft(gui_ctx, entry.id) is not None and kept_draft(gui_ctx) is None  # not mixed up with a new contact
    again = workspace.edit_contact(entry)
    qtbot.waitExposed(again)
    qtbot.waitUntil(again.has_offer)
    again.restore_draft()
    assert again.outcome.toPlainText().endswith("Confirmed by e-mail.")
    again.save()
    qtbot.waitUntil(lambda: closed(again), timeout=20_000)
    wait_for_ops(qtbot)
    assert kept_draft(gui_ctx, entry.id) is None
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
        lambda: colleague.username in ((kept_draft(gui_ctx) or {}).get("staff_present") or []), timeout=5_000
    )
    assert sorted(kept_draft(gui_ctx)["staff_present"]) == sorted([gui_ctx.actor.username, colleague.username])
    dialog.grab().save(str(tmp_path / "log-contact-staff.png"))

    # ...and of the saved entry.
    press(qtbot, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: closed(dialog), timeout=20_000)
    wait_for_ops(qtbot)
    top = contacts.list_contacts(gui_ctx, KAYES, limit=1)[0]
    assert top.subject == "Joint call with the crisis cell"
    assert sorted(top.staff_present) == sorted([gui_ctx.actor.display_name, colleague.display_name])


def test_a_restored_draft_brings_back_who_was_present(qtbot, workspace, gui_ctx):
    keep(
        gui_ctx,
        {
            "reference": KAYES,
            "subject": "Earlier call",
            "notes": "",
            "counterparts": [],
            "staff_present": ["someone.gone"],
        },
    )
    dialog = open_dialog(qtbot, workspace)
    qtbot.waitUntil(dialog.has_offer)
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
    qtbot.waitUntil(
        lambda: colleague.username in ((kept_draft(gui_ctx, entry.id) or {}).get("staff_present") or []), timeout=5_000
    )

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
    assert kept_draft(gui_ctx, entry.id) is None
    # The contact log shows the entry as saved.
    assert sorted(workspace.contacts.current_contact().staff_usernames) == wanted


def test_an_edit_draft_from_before_staff_were_editable_keeps_the_saved_staff(qtbot, workspace, gui_ctx):
    workspace.show_section("contacts")
    qtbot.waitUntil(lambda: workspace.contacts.current_contact() is not None)
    entry = workspace.contacts.current_contact()
    assert entry.staff_usernames  # otherwise the empty list below would prove nothing
    # Such drafts hold the hidden picker's empty list; restoring it must not drop everyone.
    keep(
        gui_ctx,
        {
            "reference": KAYES,
            "contact_id": entry.id,
            "subject": entry.subject,
            "notes": entry.notes,
            "outcome": "Checked again.",
            "counterparts": [],
            "staff_present": [],
        },
        entry.id,
    )
    dialog = workspace.edit_contact(entry)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.has_offer)
    dialog.restore_draft()
    assert dialog.outcome.toPlainText() == "Checked again."
    assert dialog.staff.selected() == sorted(entry.staff_usernames)
    assert "staff_present" not in dialog.current_form().changes(dialog.contact)
    dialog.reject()
    wait_for_ops(qtbot)


def test_old_draft_files_move_into_the_database_when_the_window_opens(qtbot, gui_ctx, private_config):
    """After the upgrade, the first window signed in imports the plaintext draft files an older
    version left, for the account signed in, and deletes them."""
    import json

    from consular.gui.main_window import MainWindow

    folder = private_config / "drafts"
    folder.mkdir()
    old = {
        "reference": KAYES,
        "subject": "Typed before the upgrade",
        "notes": "Ask about the medicine.",
        "draft_version": 1,
    }
    (folder / f"{KAYES}.json").write_text(json.dumps(old), encoding="utf-8")
    (folder / f"{KAYES}-contact-3.json").write_text('{"notes": "cut sho', encoding="utf-8")  # damaged
    win = MainWindow(gui_ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not folder.exists(), timeout=20_000)
    wait_for_ops(qtbot)
    assert kept_draft(gui_ctx)["subject"] == "Typed before the upgrade"
    assert kept_draft(gui_ctx, 3) is None
    assert files_holding("Ask about the medicine") == []
