"""The main window fits the screen it opens on: at 1280x720 under Xvfb with no window manager
it opened at x=96 with its right edge off the screen (nothing pulls a window back there)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QMainWindow

from consular.gui.form_rows import WINDOW_FRAME_ALLOWANCE, keep_on_screen, window_geometry

pytestmark = pytest.mark.gui

SMALL = QRect(0, 0, 1280, 720)
WITH_TASKBAR = QRect(0, 0, 1366, 728)  # 1366x768 with a 40 px taskbar


@pytest.mark.parametrize("free", [SMALL, WITH_TASKBAR, QRect(1280, 0, 2560, 1400)])
def test_the_first_window_is_inside_the_free_area(free):
    shape = window_geometry(free, QSize(996, 579))
    assert free.contains(shape), shape
    assert shape.height() <= free.height() - WINDOW_FRAME_ALLOWANCE  # room for a title bar
    assert shape.width() >= 996 and shape.height() >= 579


def test_a_saved_frame_is_used_only_if_it_fits():
    fits = QRect(20, 30, 1200, 650)
    assert window_geometry(SMALL, QSize(996, 579), fits) == fits
    from_big_screen = QRect(300, 200, 2200, 1200)
    shape = window_geometry(SMALL, QSize(996, 579), from_big_screen)
    assert shape != from_big_screen and SMALL.contains(shape)
    half_off = QRect(600, 100, 1000, 600)
    assert SMALL.contains(window_geometry(SMALL, QSize(996, 579), half_off))


def test_a_window_pushed_off_the_right_edge_is_pulled_back(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setGeometry(96, 40, 1280, 720)  # what a later resize to the screen size left
    window.show()
    qtbot.waitExposed(window)
    keep_on_screen(window, SMALL)
    assert SMALL.contains(window.frameGeometry()), window.frameGeometry()
    assert window.frameGeometry().right() <= SMALL.right()
