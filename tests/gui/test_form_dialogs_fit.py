"""Every dialog of the case workspace's forms fits a small screen with Save on it, shows every
error at once scrolled to the first, and the Log contact dialog refuses a contact with nobody
and says which case a counterpart found elsewhere belongs to."""

from __future__ import annotations

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QScrollArea

from consular.gui.form_rows import WINDOW_FRAME_ALLOWANCE, fit_on_screen
from consular.services import cases, contacts, counterparts
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
        **_edit_dialogs(ws),
    }


def _edit_dialogs(ws):
    """The edit dialogs of a milestone, a counterpart and a document's description."""
    from consular.gui.workspace.counterpart_picker import CounterpartDialog
    from consular.gui.workspace.documents_tab import DocumentDialog
    from consular.services import documents

    ctx = ws.ctx
    milestone = next(m for m in ws.detail.milestones if not m.restricted)
    ws.milestones.select_milestone(milestone.id)
    doc = documents.attach_document(ctx, KAYES, file_name="scan.txt", data=b"scan", description="A scan")
    counterpart = counterparts.case_counterparts(ctx, KAYES)[0]
    return {
        "edit milestone": ws.milestones.edit_milestone(milestone),
        "edit counterpart": CounterpartDialog(ctx, counterpart, ws),
        "edit document": DocumentDialog(ctx, KAYES, doc, ws),
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
    before = len(contacts.list_contacts(gui_ctx, KAYES))
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
    assert len(contacts.list_contacts(gui_ctx, KAYES)) == before  # nothing was saved
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


def test_the_overview_shows_every_error_at_once_and_scrolls_to_the_first(qtbot, ws, gui_ctx):
    overview = ws.overview
    ws.show_section("overview")
    overview.inputs["title"].setText("")
    overview.inputs["latitude"].setText("north")
    overview.incident.edit.setText("2025-02-30 06:00")
    overview.inputs["attribution_group"].setText("")
    overview.inputs["attribution_level"].setCurrentIndex(overview.inputs["attribution_level"].findData("confirmed"))
    scroll = overview.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    version = cases.get_case(gui_ctx, KAYES).version
    overview.save()
    wait_for_ops(qtbot)
    shown = overview.errors.shown()
    assert {"title", "incident_at", "latitude", "attribution_group"} <= set(shown)
    assert "February 2025 has 28 days" in shown["incident_at"]
    assert overview.incident.edit.text() == "2025-02-30 06:00"
    title = overview.inputs["title"]
    assert overview.window().focusWidget() is title  # the topmost error has the cursor
    top = title.mapTo(scroll.viewport(), QPoint(0, 0)).y()
    assert 0 <= top < scroll.viewport().height()
    assert cases.get_case(gui_ctx, KAYES).version == version  # nothing was sent


def test_new_case_refuses_an_impossible_date_and_shows_every_error(qtbot, ws, gui_ctx):
    from consular.gui.new_case_dialog import NewCaseDialog
    from consular.services import reference_data

    dialog = NewCaseDialog(
        gui_ctx, reference_data.list_posts(gui_ctx), reference_data.list_users(gui_ctx), default_post="BAM"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.incident_at.setFocus()
    dialog.incident_at.clear()
    qtbot.keyClicks(dialog.incident_at, "2026-02-30 00:35")
    assert dialog.incident_at.text() == "2026-02-30 00:35"  # '-' and ' ' stay in the field
    dialog.submit()
    wait_for_ops(qtbot)
    assert dialog.isVisible() and dialog.opened_reference is None
    title_error = dialog._errors["title"]
    date_error = dialog._errors["incident_at"]
    assert title_error.isVisible() and date_error.isVisible()
    assert "February 2026 has 28 days" in date_error.text()
    assert dialog.incident_at.text() == "2026-02-30 00:35"
    dialog.reject()
