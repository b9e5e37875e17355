"""The People tab's small dialogs as a caseworker drives them: a hostage's status (nothing
chosen beforehand; an outcome needs a source and the person's name), a proof of life, and
Enter to record."""

from __future__ import annotations

from datetime import timedelta

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import Qt

from consular.domain.enums import HostageStatus
from consular.services import cases, people, proof_of_life
from tests.demo_data import KAYES

pytestmark = pytest.mark.gui

RAVI = "Ravi Kumar Verma"


@pytest.fixture
def ws(case_workspace):
    return case_workspace


def _status_dialog(qtbot, ws):
    ravi = next(p for p in ws.detail.hostages if p.name == RAVI)
    ws.show_section("people", ravi.person.id)
    dialog = ws.people.change_status()
    qtbot.waitExposed(dialog)
    return ravi, dialog


def _status_of(ctx, person_id):
    detail = cases.get_case(ctx, KAYES)
    return next(p for p in detail.hostages if p.person.id == person_id).hostage_status


def test_nothing_is_preselected_and_enter_refuses_an_unchosen_status(qtbot, ws, gui_ctx):
    ravi, dialog = _status_dialog(qtbot, ws)
    assert dialog.status.currentData() is None
    assert "choose" in dialog.status.currentText().lower()
    qtbot.keyClick(dialog.status, Qt.Key_Return)
    wait_for_ops(qtbot)
    assert dialog.isVisible()
    assert "Choose the new status" in dialog.errors.shown()["status"]
    assert _status_of(gui_ctx, ravi.person.id) == HostageStatus.HELD


def test_a_release_needs_a_source_and_the_name_typed_and_all_errors_show_at_once(qtbot, ws, gui_ctx):
    ravi, dialog = _status_dialog(qtbot, ws)
    assert not dialog.confirm.isVisibleTo(dialog)  # no outcome chosen: nothing to confirm
    dialog.status.setCurrentIndex(dialog.status.findData(HostageStatus.RELEASED.value))
    assert dialog.confirm.isVisibleTo(dialog)
    assert RAVI in dialog.confirm_hint.text() and "released" in dialog.confirm_hint.text()

    dialog.source.setFocus()
    qtbot.keyClick(dialog.source, Qt.Key_Return)  # Enter records, here refused twice at once
    wait_for_ops(qtbot)
    shown = dialog.errors.shown()
    assert "source" in shown and "confirm_name" in shown
    assert dialog.errors.label_for("source").isVisible()
    assert dialog.errors.label_for("confirm_name").isVisible()
    assert dialog.focusWidget() is dialog.source  # the topmost error has the cursor
    assert _status_of(gui_ctx, ravi.person.id) == HostageStatus.HELD

    dialog.source.setText("Governor of Kayes, call to the embassy")
    dialog.confirm.setText("Ravi Verma")  # not his name
    qtbot.keyClick(dialog.confirm, Qt.Key_Return)
    wait_for_ops(qtbot)
    assert list(dialog.errors.shown()) == ["confirm_name"]
    assert "does not match" in dialog.errors.shown()["confirm_name"]

    dialog.confirm.setText("ravi kumar  verma")
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.keyClick(dialog.confirm, Qt.Key_Return)
    wait_for_ops(qtbot)
    assert _status_of(gui_ctx, ravi.person.id) == HostageStatus.RELEASED


def test_held_needs_no_confirmation(qtbot, ws, gui_ctx):
    ravi, dialog = _status_dialog(qtbot, ws)
    dialog.status.setCurrentIndex(dialog.status.findData(HostageStatus.UNACCOUNTED.value))
    assert not dialog.confirm.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.keyClick(dialog.status, Qt.Key_Enter)
    wait_for_ops(qtbot)
    assert _status_of(gui_ctx, ravi.person.id) == HostageStatus.UNACCOUNTED


def test_enter_records_a_proof_of_life_and_the_dialog_says_so(qtbot, ws, gui_ctx):
    ravi = next(p for p in ws.detail.hostages if p.name == RAVI)
    ws.show_section("people", ravi.person.id)
    dialog = ws.people.record_proof_of_life()
    qtbot.waitExposed(dialog)
    assert "Enter" in dialog.key_hint.text()
    dialog.description.setPlainText("Video, 20 s, holds a dated newspaper")
    dialog.source.setText("Intermediary")
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.keyClick(dialog.source, Qt.Key_Return)
    wait_for_ops(qtbot)
    assert "Video, 20 s" in ws.people.detail.toPlainText()


def _reload(qtbot, ws):
    before = ws.detail
    ws.refresh()
    qtbot.waitUntil(lambda: ws.detail is not before, timeout=20_000)
    wait_for_ops(qtbot)


def test_an_unaccounted_national_is_missing_for_days_not_in_captivity(qtbot, ws, gui_ctx):
    """A missing person was shown as "unaccounted for, 416 days in captivity"."""
    ravi = next(p for p in ws.detail.hostages if p.name == RAVI)
    people.change_hostage_status(gui_ctx, ws.reference, ravi.person.id, "unaccounted", note="Not seen since the move")
    _reload(qtbot, ws)
    ravi = next(p for p in ws.detail.hostages if p.name == RAVI)
    days = ravi.days_missing()
    assert days is not None and days > 0
    ws.show_section("people", ravi.person.id)
    row = ws.people.tree.currentItem().text(1)
    assert row == f"Unaccounted for — missing for {days} days"
    detail = ws.people.detail.toPlainText()
    assert f"missing for {days} days" in detail
    label = next(lbl for p, lbl in ws.overview.held_labels if p.person.id == ravi.person.id)
    assert "missing for" in label.text() and "in captivity" not in label.text()
    assert f"missing for {days} days" in label.accessibleName()
    assert "2 of 3 held, 1 missing" in ws.subtitle.text()


def test_a_mistaken_release_is_voided_with_a_reason_and_stays_struck_through(qtbot, ws, gui_ctx):
    ravi = next(p for p in ws.detail.hostages if p.name == RAVI)
    start = ravi.captivity_start
    people.change_hostage_status(gui_ctx, ws.reference, ravi.person.id, "released", source="Rumour", confirm_name=RAVI)
    _reload(qtbot, ws)
    ws.show_section("people", ravi.person.id)
    assert ws.people.void_button.isEnabled()
    dialog = ws.people.void_status()
    qtbot.waitExposed(dialog)
    assert "Released" in dialog.entry.currentText()  # the latest entry first
    qtbot.keyClick(dialog.reason, Qt.Key_Return)  # Enter voids; without a reason it is refused
    wait_for_ops(qtbot)
    assert "reason" in dialog.errors.shown()
    dialog.reason.setText("Rumour, not confirmed by anyone")
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.keyClick(dialog.reason, Qt.Key_Return)
    qtbot.waitUntil(
        lambda: next(p for p in ws.detail.hostages if p.name == RAVI).hostage_status == HostageStatus.HELD,
        timeout=20_000,
    )
    wait_for_ops(qtbot)
    ravi = next(p for p in ws.detail.hostages if p.name == RAVI)
    assert ravi.captivity_start == start  # the count did not restart
    ws.show_section("people", ravi.person.id)
    html = ws.people.detail.toHtml()
    text = ws.people.detail.toPlainText()
    assert "VOID — voided by Anjali Sharma" in text and "Rumour, not confirmed by anyone" in text
    assert "line-through" in html  # struck through, not hidden
    assert "Released" in text


def test_only_the_author_or_a_supervisor_is_offered_void(qtbot, ws, gui_ctx):
    from consular.services.context import ServiceContext, actor_for
    from tests.demo_data import OTHER_CASEWORKER

    ravi = next(p for p in ws.detail.hostages if p.name == RAVI)
    other = ServiceContext(gui_ctx.database, actor_for(gui_ctx.database, OTHER_CASEWORKER))
    people.change_hostage_status(other, ws.reference, ravi.person.id, "unaccounted")
    _reload(qtbot, ws)
    ws.show_section("people", ravi.person.id)
    ravi = next(p for p in ws.detail.hostages if p.name == RAVI)
    voidable = ws.people._voidable(ravi)
    assert all(e.recorded_by_id == gui_ctx.actor.user_id for e in voidable)
    assert not any(e.status == HostageStatus.UNACCOUNTED for e in voidable)


def test_the_dialogs_start_at_the_services_clock_not_the_wall_clock(qtbot, ws, gui_ctx):
    """The demo opens as of its last day: a status or proof of life typed there must not
    default to the real today, which the service would call the future."""
    from dataclasses import replace as with_field
    from datetime import UTC, datetime

    from consular.domain.clock import FixedClock
    from consular.gui.workspace.people_dialogs import HostageStatusDialog, ProofOfLifeDialog

    moment = datetime(2025, 7, 20, 9, 0, tzinfo=UTC)
    ctx = with_field(gui_ctx, clock=FixedClock(moment, read_only=False))
    ravi = next(p for p in ws.detail.hostages if p.name == RAVI)
    for cls in (HostageStatusDialog, ProofOfLifeDialog):
        dialog = cls(ctx, ws.reference, ravi, case_zone="Africa/Bamako", times_mode="case")
        qtbot.addWidget(dialog)
        assert dialog.when.value() == moment
    dialog = HostageStatusDialog(ctx, ws.reference, ravi, case_zone="Africa/Bamako", times_mode="case")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.setCurrentIndex(dialog.status.findData(HostageStatus.UNACCOUNTED.value))
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    wait_for_ops(qtbot)
    assert dialog.result_value.hostage_status_since == moment


def test_a_voided_proof_of_life_stays_struck_through_with_who_and_why(qtbot, ws, gui_ctx):
    """It used to vanish from the People tab: the case view left voided milestones out."""
    from consular.services import voiding

    ravi = next(p for p in ws.detail.hostages if p.name == RAVI)
    before = ravi.last_proof_of_life
    pol = proof_of_life.record_proof_of_life(
        gui_ctx,
        ws.reference,
        ravi.person.id,
        occurred_at=gui_ctx.now() - timedelta(hours=2),
        description="Video said to be from this week",
        source="Broker",
    )
    voiding.void_entry(gui_ctx, "milestone", pol.id, reason="The video was from 2023")
    _reload(qtbot, ws)
    ws.show_section("people", ravi.person.id)
    html = ws.people.detail.toHtml()
    text = ws.people.detail.toPlainText()
    assert "Video said to be from this week" in text  # still there ...
    assert "VOID — voided by Anjali Sharma" in text and "The video was from 2023" in text  # ... who and why
    assert "line-through" in html  # ... struck through
    # The last proof of life is still the one before: the voided one counts for nothing.
    ravi = next(p for p in ws.detail.hostages if p.name == RAVI)
    assert ravi.last_proof_of_life == before
    if before is not None:
        assert f"Last received: {ws.people.times.fmt(before)}" in text
