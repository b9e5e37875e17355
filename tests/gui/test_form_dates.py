"""Date fields (gui/times.py) as a caseworker types into them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from consular.domain.errors import ValidationError
from consular.gui.times import DateField, ZonedDateTimeEdit


def _dialog_with(qtbot, widget):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    before = QLineEdit()
    after = QLineEdit()
    for w in (before, widget, after):
        layout.addWidget(w)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, after


def test_typing_a_dash_stays_in_the_date_field(qtbot):
    """The tooltip says '-' is typed like any other character: it must not leave the field."""
    field = DateField("From date")
    _dialog, _after = _dialog_with(qtbot, field)
    field.setFocus()
    qtbot.waitUntil(field.edit.hasFocus)
    qtbot.keyClicks(field.edit, "2025-")
    assert field.edit.hasFocus()
    qtbot.keyClicks(field.edit, "07-01")
    assert field.value() == date(2025, 7, 1)
    qtbot.keyClick(field.edit, Qt.Key_Tab)
    qtbot.waitUntil(lambda: not field.edit.hasFocus())


def test_an_impossible_day_is_refused_with_a_message_not_rewritten(qtbot):
    """QDateEdit, the date-only field before, made 2026-02-30 into another day or clamped it."""
    field = DateField("From date", field="start")
    _dialog, after = _dialog_with(qtbot, field)
    field.setFocus()
    qtbot.waitUntil(field.edit.hasFocus)
    qtbot.keyClicks(field.edit, "2026-02-30")
    after.setFocus()  # leaving the field outlines it; the text stays as typed
    qtbot.waitUntil(after.hasFocus)
    assert field.text() == "2026-02-30"
    assert field.edit.property("invalid")
    assert "February 2026 has 28 days" in field.problem()
    with pytest.raises(ValidationError) as caught:
        field.value()
    assert caught.value.field == "start"
    assert field.value_or_none() is None
    field.setText("2026-02-28")
    assert field.value() == date(2026, 2, 28) and not field.edit.property("invalid")


def test_an_optional_date_may_stay_empty(qtbot):
    field = DateField("Filter from date", optional=True)
    _dialog, _after = _dialog_with(qtbot, field)
    assert field.value() is None and field.problem() is None
    seen = []
    field.dateChanged.connect(seen.append)
    field.setText("2025-07-0")
    field.setText("2025-07-09")
    assert seen == [None, date(2025, 7, 9)]


def test_typing_separators_in_a_date_time_stays_in_the_field(qtbot):
    edit = ZonedDateTimeEdit("UTC", "case", "When", field="occurred_at")
    _dialog, _after = _dialog_with(qtbot, edit)
    edit.edit.setFocus()
    qtbot.waitUntil(edit.edit.hasFocus)
    edit.edit.clear()
    qtbot.keyClicks(edit.edit, "2025-07-01 06:30")
    assert edit.edit.hasFocus()
    assert edit.value() == datetime(2025, 7, 1, 6, 30, tzinfo=UTC)
    qtbot.keyClick(edit.edit, Qt.Key_Tab)  # Tab leaves (to the zone switch, or the next field)
    qtbot.waitUntil(lambda: not edit.edit.hasFocus())


def test_an_impossible_date_is_refused_not_rewritten(qtbot):
    """2026-02-30 once became 2026-02-03 0:35 without a word."""
    edit = ZonedDateTimeEdit("UTC", "case", "When", field="occurred_at")
    _dialog, _after = _dialog_with(qtbot, edit)
    edit.edit.setFocus()
    edit.edit.clear()
    qtbot.keyClicks(edit.edit, "2026-02-30 12:35")
    assert edit.edit.text() == "2026-02-30 12:35"
    with pytest.raises(ValidationError) as caught:
        edit.value()
    assert caught.value.field == "occurred_at"
    assert "February 2026 has 28 days" in caught.value.message
    assert edit.value_or_none() is None


def test_up_steps_the_part_under_the_cursor(qtbot):
    edit = ZonedDateTimeEdit("UTC", "case", "When")
    _dialog, _after = _dialog_with(qtbot, edit)
    edit.set_value(datetime(2026, 1, 31, 10, 0, tzinfo=UTC))
    edit.edit.setFocus()
    edit.edit.setCursorPosition(6)  # in the month
    qtbot.keyClick(edit.edit, Qt.Key_Up)
    assert edit.edit.text() == "2026-02-28 10:00"


def test_the_calendar_picks_a_day_and_keeps_the_time(qtbot):
    edit = ZonedDateTimeEdit("UTC", "case", "When")
    _dialog, _after = _dialog_with(qtbot, edit)
    edit.set_value(datetime(2026, 1, 31, 10, 15, tzinfo=UTC))
    from PySide6.QtCore import QDate

    edit.calendar_button._picked(QDate(2026, 1, 5))
    assert edit.value() == datetime(2026, 1, 5, 10, 15, tzinfo=UTC)
