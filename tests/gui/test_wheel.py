"""The mouse wheel scrolls a form; it changes an input only once the input has the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

pytestmark = pytest.mark.gui


def wheel(widget, notches: int = -1) -> None:
    """One notch of a mouse wheel (negative: towards the user, scrolling down) over ``widget``."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.NoButton,
        Qt.NoModifier,
        Qt.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _scroll_area_of(widget) -> QScrollArea:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    assert parent is not None
    return parent


def test_scrolling_the_overview_over_the_classification_leaves_it_alone(case_workspace, qtbot):
    ws = case_workspace
    ws.resize(1100, 420)  # short enough for the Overview to scroll
    overview = ws.overview
    ws.tabs.setCurrentWidget(overview)
    combo = overview.inputs["classification"]
    area = _scroll_area_of(combo)
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(0)
    area.ensureWidgetVisible(combo)
    start = bar.value()
    assert start < bar.maximum()
    before = combo.currentText()
    ws.tabs.setFocus(Qt.OtherFocusReason)
    assert not combo.hasFocus()

    wheel(combo)
    assert combo.currentText() == before  # the CONFIDENTIAL-to-SECRET notch does nothing to it...
    assert bar.value() > start  # ...and the form scrolls on
    assert not overview.changes()

    # Clicked into, the combo takes the wheel as usual.
    ws.activateWindow()
    combo.setFocus(Qt.MouseFocusReason)
    qtbot.waitUntil(combo.hasFocus)
    scrolled = bar.value()
    wheel(combo)
    assert combo.currentText() != before
    assert bar.value() == scrolled
    combo.setCurrentText(before)


def test_every_kind_of_guarded_input_passes_the_wheel_on(qtbot):
    from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QSlider, QSpinBox, QVBoxLayout, QWidget

    area = QScrollArea()
    qtbot.addWidget(area)
    body = QWidget()
    layout = QVBoxLayout(body)
    combo = QComboBox()
    combo.addItems(["one", "two", "three"])
    spin = QSpinBox()
    spin.setValue(5)
    when = QDateTimeEdit()
    slider = QSlider(Qt.Horizontal)
    slider.setValue(50)
    inputs = (combo, spin, when, slider)
    for widget in inputs:
        layout.addWidget(widget)
        layout.addSpacing(400)
    area.setWidget(body)
    area.resize(300, 300)
    area.show()
    qtbot.waitExposed(area)
    bar = area.verticalScrollBar()
    values = [combo.currentIndex(), spin.value(), when.dateTime(), slider.value()]
    for widget in inputs:
        area.ensureWidgetVisible(widget)
        start = bar.value()
        wheel(widget)
        assert bar.value() > start, type(widget).__name__
    assert [combo.currentIndex(), spin.value(), when.dateTime(), slider.value()] == values
    # The scroll bar itself is a slider, and still takes the wheel.
    start = bar.value()
    wheel(bar, notches=1)
    assert bar.value() < start
