"""A reference or identifier copied from the app leaves the clipboard again after a while,
unless the user has copied something else since (KeePassXC does the same)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from consular.gui import clipboard, row_menu
from tests.demo_data import KAYES

pytestmark = pytest.mark.gui

RAVI = "Ravi Kumar Verma"


@pytest.fixture
def short_interval(monkeypatch):
    monkeypatch.setattr(clipboard, "CLEAR_AFTER_MS", 150)
    QGuiApplication.clipboard().clear()
    yield
    clipboard.clear_now()


def _pending() -> int:
    return len(QApplication.instance().findChildren(clipboard._Clearer))


def test_copy_reference_from_a_row_menu_is_cleared_later(qtbot, short_interval):
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = row_menu.build_menu(parent, row_menu.RowActions(subject=KAYES, reference=KAYES))
    menu.findChild(type(menu.actions()[0]), "row_copy_reference").trigger()
    assert QGuiApplication.clipboard().text() == KAYES
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=5_000)


def test_a_later_copy_by_the_user_is_left_alone(qtbot, short_interval):
    clipboard.copy_text("P1234567")
    assert QGuiApplication.clipboard().text() == "P1234567"
    QGuiApplication.clipboard().setText("the user's own text")  # copied elsewhere meanwhile
    qtbot.waitUntil(lambda: _pending() == 0, timeout=5_000)
    assert QGuiApplication.clipboard().text() == "the user's own text"


def test_a_file_hash_is_not_cleared(qtbot, short_interval):
    clipboard.copy_text("ab" * 32, sensitive=False)
    assert _pending() == 0
    assert QGuiApplication.clipboard().text() == "ab" * 32


def test_ctrl_c_of_a_passport_number_in_the_people_tab_is_cleared(qtbot, case_workspace, short_interval):
    ws = case_workspace
    ravi = next(p for p in ws.detail.hostages if p.name == RAVI)
    ws.show_section("people", ravi.person.id)
    detail = ws.people.detail
    qtbot.waitUntil(lambda: RAVI in detail.toPlainText(), timeout=20_000)
    passport = ravi.person.passport_number
    assert passport and passport in detail.toPlainText()
    found = detail.find(passport)
    assert found
    detail.setFocus()
    qtbot.keyClick(detail, Qt.Key_C, Qt.ControlModifier)
    assert QGuiApplication.clipboard().text() == passport
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=5_000)
