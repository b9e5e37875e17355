"""Every date field of the app is the one typed-text field of gui/times.py: no QDateEdit or
QDateTimeEdit is left to turn an impossible date into another one, and the task and milestone
dialogs show a date's error beside the date, not at the foot of the form."""

from __future__ import annotations

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from consular.services import cases
from tests.demo_data import KAYES

pytestmark = pytest.mark.gui


@pytest.fixture
def ws(case_workspace):
    return case_workspace


def _refused_beside(qtbot, dialog, field, edit, typed: str, reason: str) -> None:
    qtbot.waitExposed(dialog)
    edit.edit.setText(typed)
    dialog.submit()
    wait_for_ops(qtbot)
    assert dialog.isVisible()
    shown = dialog.errors.shown()
    assert reason in shown.get(field, ""), shown
    assert "" not in shown  # not a general error at the foot
    assert dialog.errors.label_for(field).isVisible()
    assert edit.edit.text() == typed  # as typed, not rewritten
    assert edit.edit.property("invalid")


def test_a_task_due_date_that_does_not_exist_is_refused_beside_the_date(qtbot, ws, gui_ctx):
    before = len(cases.get_case(gui_ctx, KAYES).tasks)
    dialog = ws.tasks.add_task()
    dialog.title.setText("Call the prefect")
    _refused_beside(qtbot, dialog, "due_at", dialog.due, "2026-02-30 10:00", "February 2026 has 28 days")
    assert len(cases.get_case(gui_ctx, KAYES).tasks) == before
    dialog.reject()


def test_a_milestone_time_that_does_not_exist_is_refused_beside_the_time(qtbot, ws, gui_ctx):
    before = len(cases.get_case(gui_ctx, KAYES).milestones)
    dialog = ws.milestones.add_milestone()
    dialog.title.setText("Statement")
    _refused_beside(qtbot, dialog, "occurred_at", dialog.when, "2025-07-10 25:00", "25:00 is not a time of day")
    assert len(cases.get_case(gui_ctx, KAYES).milestones) == before
    dialog.reject()


def test_no_spin_box_date_edit_is_left_in_the_workspace_or_its_dialogs(qtbot, ws):
    dialogs = [
        ws.tasks.add_task(),
        ws.milestones.add_milestone(),
        ws.timeline.choose_export(),
    ]
    for widget in [ws, *dialogs]:
        assert not widget.findChildren(QDateEdit) and not widget.findChildren(QDateTimeEdit), widget
    for dialog in dialogs:
        dialog.reject()
