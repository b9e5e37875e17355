"""Every dialog of the case workspace's forms fits a small screen with Save on it, shows every
error at once scrolled to the first, and the Log contact dialog refuses a contact with nobody
and says which case a counterpart found elsewhere belongs to."""

from __future__ import annotations

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import QPoint, QRect

from consular.gui.form_rows import WINDOW_FRAME_ALLOWANCE, fit_on_screen
from consular.services import contacts, counterparts
from tests.demo_data import KAYES, LOME

pytestmark = pytest.mark.gui

# Free screen areas: 1280x720 with a 40 px taskbar, 1366x768 with a 48 px one.
SCREENS = [QRect(0, 0, 1280, 720 - 40), QRect(0, 0, 1366, 768 - 48)]


@pytest.fixture
def ws(case_workspace):
    return case_workspace


def _dialogs(ws):
    ravi = next(p for p in ws.detail.hostages if p.name == "Ravi Kumar Verma")
    ws.show_section("people", ravi.person.id)
    from consular.gui.new_case_dialog import NewCaseDialog
    from consular.services import reference_data

    ctx = ws.ctx
    new_case = NewCaseDialog(ctx, reference_data.list_posts(ctx), reference_data.list_users(ctx), parent=ws)
    return {
        "log contact": ws.log_contact(),
        "hostage status": ws.people.change_status(),
        "proof of life": ws.people.record_proof_of_life(),
        "add person": ws.people.add_person(),
        "next of kin": ws.people.add_next_of_kin(),
        "case status": ws.overview.change_status(),
        "new case": new_case,
    }


def _save_button(dialog):
    return getattr(dialog, "save_button", None) or dialog.ok_button


@pytest.mark.parametrize("free", SCREENS, ids=["1280x720", "1366x768"])
def test_every_form_dialog_fits_with_save_on_screen(qtbot, ws, free):
    """The Log contact dialog was 747 px tall: Save and Close were below a 720 px screen."""
    for name, dialog in _dialogs(ws).items():
        dialog.show()
        qtbot.waitExposed(dialog)
        fit_on_screen(dialog, free)
        qtbot.waitUntil(lambda d=dialog: d.height() <= free.height() - WINDOW_FRAME_ALLOWANCE)
        assert dialog.width() <= free.width(), name
        assert dialog.minimumSizeHint().height() <= free.height() - WINDOW_FRAME_ALLOWANCE, name
        save = _save_button(dialog)
        corner = save.mapTo(dialog, QPoint(save.width(), save.height()))
        assert dialog.rect().contains(corner) and save.isVisible(), name
        dialog.reject()
    wait_for_ops(qtbot)


def test_log_contact_shows_every_error_at_once_and_refuses_nobody_in_with(qtbot, ws, gui_ctx):
    dialog = ws.log_contact()
    qtbot.waitExposed(dialog)
    fit_on_screen(dialog, SCREENS[0])
    before = len(contacts.list_contacts(gui_ctx, KAYES)) if hasattr(contacts, "list_contacts") else None
    dialog.subject.setText("")
    dialog.when.edit.setText("2026-02-30 12:35")
    dialog.follow_up.setChecked(True)
    dialog.fu_title.setText("")
    dialog.save()
    wait_for_ops(qtbot)
    shown = dialog.errors.shown()
    assert "February 2026 has 28 days" in shown["occurred_at"]
    assert "at least one counterpart" in shown["counterpart_ids"]
    assert "summary is required" in shown["subject"]
    assert "follow-up task is required" in shown["follow_up.title"]
    assert dialog.when.edit.text() == "2026-02-30 12:35"  # never rewritten
    assert dialog.isVisible()
    # The first error (the time, at the top) is in view and has the cursor.
    assert dialog.focusWidget() is dialog.when.edit
    top = dialog.when.edit.mapTo(dialog.scroll.viewport(), QPoint(0, 0)).y()
    assert 0 <= top < dialog.scroll.viewport().height()
    if before is not None:
        assert len(contacts.list_contacts(gui_ctx, KAYES)) == before
    dialog.reject()


def test_a_counterpart_of_another_case_is_labelled_with_that_case(qtbot, ws, gui_ctx):
    other = counterparts.add_counterpart(gui_ctx, LOME, name="Commissaire Zzyzx Adjovi", category="police")
    dialog = ws.log_contact()
    qtbot.waitExposed(dialog)
    dialog.picker.line.setFocus()
    dialog.picker.line.setText("Zzyzx")
    dialog.picker._search()
    qtbot.waitUntil(lambda: other.id in dialog.picker._known, timeout=20_000)
    texts = [dialog.picker.model.item(r).text() for r in range(dialog.picker.model.rowCount())]
    offered = next(t for t in texts if "Zzyzx" in t)
    assert f"from {LOME}" in offered
    dialog.picker.add(dialog.picker._known[other.id])
    chip = dialog.picker._chips[0]
    assert LOME in chip.text()
    # This case's own counterparts carry no such label.
    own = [t for t in texts if "Gendarmerie Kayes" in t]
    assert own and all("from " not in t for t in own)
    dialog.reject()
