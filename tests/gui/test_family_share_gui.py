"""Shareable with family in the workspace, as the Kayes lead caseworker uses it: the check and
wording in the Log contact dialog and the milestone form (disabled, saying why, while the entry
is restricted), "Mark shareable with family…" from a row menu, the Family marker on shared rows,
a status change shared from the People tab, and the Family update letter dialog from a next of
kin's row, written in the background and read back."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from consular.gui import row_menu
from consular.gui.workspace.family_letter_dialog import FamilyLetterDialog
from consular.gui.workspace.family_share_box import RESTRICTED_NOTE, MarkShareDialog, StatusShareDialog
from consular.gui.workspace.people_tab import KIND_HOSTAGE, KIND_KIN
from consular.services import contacts, family_share, milestones
from tests.demo_data import KAYES

pytestmark = pytest.mark.gui


def menu_at(qtbot, view, index):
    view.scrollTo(index)
    pos = view.visualRect(index).center() + QPoint(2, 0)
    event = QContextMenuEvent(QContextMenuEvent.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    menu = row_menu.shown_menu(view)
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    return menu


def choose(menu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text() == text)
    menu.hide()
    action.trigger()


def texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_log_contact_marks_it_shareable_and_restricted_disables_the_check(qtbot, case_workspace, gui_ctx):
    dialog = case_workspace.log_contact()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: bool(dialog.picker._known), timeout=20_000)
    dialog.picker.add(next(iter(dialog.picker._known.values())))
    dialog.subject.setText("Call with the factory's India office")
    box = dialog.family
    assert box.check.isEnabled() and not box.wording.isVisible()
    dialog.restricted.setChecked(True)  # restricted: never shareable, and the dialog says why
    assert not box.check.isEnabled() and box.note.isVisible() and box.note.text() == RESTRICTED_NOTE
    dialog.restricted.setChecked(False)
    qtbot.mouseClick(box.check, Qt.LeftButton)
    assert box.check.isChecked() and box.wording.isVisible()
    box.wording.setPlainText("The employer's India office is in touch with us every day.")
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        dialog.save()
    wait_for_ops(qtbot)
    share = family_share.get_share(gui_ctx, "contact", saved.args[0].id)
    assert share is not None and share.wording == "The employer's India office is in touch with us every day."

    log = case_workspace.contacts
    qtbot.waitUntil(lambda: saved.args[0].id in log.model.shares, timeout=20_000)
    qtbot.waitUntil(lambda: log.model.row_of(saved.args[0].id) >= 0, timeout=20_000)
    row = log.model.row_of(saved.args[0].id)
    assert log.model.index(row, log.model.COL_ACCESS).data() == "Family"


def test_mark_from_the_contact_log_row_menu_and_none_for_restricted_rows(qtbot, case_workspace, gui_ctx):
    log = case_workspace.contacts
    case_workspace.tabs.setCurrentWidget(log)
    qtbot.waitUntil(lambda: log.model.rowCount() > 5, timeout=20_000)
    rows = [log.model.contact_at(r) for r in range(log.model.rowCount())]
    plain = next(r for r in range(len(rows)) if not rows[r].restricted and not rows[r].voided)
    secret = next(r for r in range(len(rows)) if rows[r].restricted)
    assert "Mark shareable with family…" not in texts(menu_at(qtbot, log.table, log.model.index(secret, 0)))
    menu = menu_at(qtbot, log.table, log.model.index(plain, 0))
    choose(menu, "Mark shareable with family…")
    qtbot.waitUntil(lambda: log.findChild(MarkShareDialog) is not None, timeout=20_000)
    dialog = log.findChild(MarkShareDialog)
    assert dialog.box.check.isChecked()
    dialog.box.wording.setPlainText("We spoke to the authorities in Kayes.")
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    wait_for_ops(qtbot)
    assert family_share.get_share(gui_ctx, "contact", rows[plain].id).wording == "We spoke to the authorities in Kayes."
    qtbot.waitUntil(lambda: log.model.index(plain, log.model.COL_ACCESS).data() == "Family", timeout=20_000)


def test_milestone_form_marks_it_and_the_list_shows_the_marker(qtbot, case_workspace, gui_ctx):
    tab = case_workspace.milestones
    case_workspace.tabs.setCurrentWidget(tab)
    dialog = tab.add_milestone()
    qtbot.waitExposed(dialog)
    dialog.title.setText("Embassy team visited the factory")
    dialog.family.check.setChecked(True)
    dialog.family.wording.setPlainText("Our team went to the factory to gather what is known.")
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        dialog.submit()
    wait_for_ops(qtbot)
    made = saved.args[0]
    assert family_share.get_share(gui_ctx, "milestone", made.id).wording.startswith("Our team went")
    qtbot.waitUntil(lambda: made.id in tab.model.shares, timeout=20_000)
    row = tab.model.row_of(made.id)
    assert tab.model.index(row, tab.model.COL_ACCESS).data() == "Family"

    # Editing it to restricted: the check goes off and the marking with it, in the same save.
    edit = tab.edit_milestone(milestones.get_milestone(gui_ctx, made.id))
    qtbot.waitExposed(edit)
    assert edit.family.check.isChecked()
    edit.restricted.setChecked(True)
    assert not edit.family.check.isEnabled() and not edit.family.check.isChecked()
    with qtbot.waitSignal(edit.saved, timeout=20_000):
        edit.submit()
    wait_for_ops(qtbot)
    assert family_share.get_share(gui_ctx, "milestone", made.id) is None


def _tree_index(people, kind: str, ident: int):
    assert people.select(kind, ident)
    return people.tree.indexFromItem(people.tree.currentItem())


def test_status_change_and_family_letter_from_the_people_tab(qtbot, case_workspace, gui_ctx, monkeypatch, tmp_path):
    people = case_workspace.people
    case_workspace.tabs.setCurrentWidget(people)
    detail = case_workspace.detail
    verma = next(p for p in detail.hostages if p.name == "Ravi Kumar Verma")
    menu = menu_at(qtbot, people.tree, _tree_index(people, KIND_HOSTAGE, verma.person.id))
    choose(menu, "Status shareable with family…")
    qtbot.waitUntil(lambda: people.findChild(StatusShareDialog) is not None, timeout=20_000)
    dialog = people.findChild(StatusShareDialog)
    held = verma.status_history[-1].id
    # The demo seed shares his status without a wording (the letter says it in the family's language).
    assert dialog.entry.currentData() == held and dialog.box.check.isChecked()
    assert dialog.box.wording.toPlainText() == ""
    dialog.box.wording.setPlainText("Ravi is being held; everything possible is being done for his release.")
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    wait_for_ops(qtbot)
    assert family_share.get_share(gui_ctx, "status", held).wording.startswith("Ravi is being held;")
    qtbot.waitUntil(lambda: bool(people.status_shares.get(held) and people.status_shares[held].wording))
    assert "shareable with family" in people.detail.toPlainText()

    opened: list[Path] = []
    monkeypatch.setattr(FamilyLetterDialog, "open_file", lambda self, path: opened.append(path))
    lakshmi = next(k for k in case_workspace.detail.next_of_kin if k.kin.full_name == "Lakshmi Gaddam")
    sunita = next(k for k in case_workspace.detail.next_of_kin if k.kin.full_name == "Sunita Verma")
    menu = menu_at(qtbot, people.tree, _tree_index(people, KIND_KIN, lakshmi.id))
    choose(menu, "Family update letter…")
    qtbot.waitUntil(lambda: people.findChild(FamilyLetterDialog) is not None, timeout=20_000)
    letter = people.findChild(FamilyLetterDialog)
    qtbot.waitUntil(lambda: letter.save_button.isEnabled(), timeout=20_000)
    # No template in Telugu: the dialog says so and offers English.
    assert "no letter template in Telugu" in letter.language_note.text()
    assert letter.language.currentData() == "en"
    letter.close()

    dialog = people.family_letter(sunita.id)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20_000)
    assert dialog.language.currentData() == "hi" and "Hindi" in dialog.language_note.text()
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.submit()
    wait_for_ops(qtbot)
    assert opened and opened[0].exists() and opened[0].stat().st_mode & 0o777 == 0o600
    text = subprocess.run(["pdftotext", str(opened[0]), "-"], capture_output=True, text=True, check=True).stdout
    assert {"आप", "समय"} <= set(text.split())  # the Hindi template's "आप किसी भी समय ..."
    assert "Ravi is being held; everything possible is being done for his release." in " ".join(text.split())
    assert contacts.list_contacts(gui_ctx, KAYES, limit=1)  # the database is still usable
