"""The GUI's one error path: plain messages for user errors, the crash dialog for bugs, and
Qt's own messages in the log file."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QtMsgType

from consular.domain.errors import ValidationError
from consular.gui import errors

pytestmark = pytest.mark.gui


@pytest.fixture
def recorded(monkeypatch):
    monkeypatch.setattr(errors, "non_blocking", True)
    before = len(errors.shown_messages)
    yield lambda: errors.shown_messages[before:]


def test_a_user_error_is_shown_as_its_plain_message(recorded, qtbot):
    errors.show_error(None, ValidationError("title", "The title is required."))
    assert recorded() == [("user", "The title is required.")]


def test_a_bug_goes_to_the_crash_dialog_and_the_log(recorded, qtbot, caplog):
    with caplog.at_level(logging.ERROR, logger="consular"):
        errors.show_error(None, ZeroDivisionError("division by zero"))
    assert recorded() == [("crash", "ZeroDivisionError: division by zero")]
    assert "ZeroDivisionError" in caplog.text


def test_the_crash_dialog_says_saved_data_is_safe_and_shows_the_details(qtbot):
    dialog = errors.CrashDialog(None, "KeyError: 'x'", "Traceback ...\n--- log tail ---\nline")
    qtbot.addWidget(dialog)
    assert "Traceback" in dialog.details.toPlainText()
    assert dialog.details.isReadOnly()


def test_qt_messages_reach_the_log_and_font_notes_are_quietened(caplog):
    context = SimpleNamespace(category="qt.text.font.db")
    with caplog.at_level(logging.DEBUG, logger="qt"):
        errors.qt_message_handler(
            QtMsgType.QtWarningMsg, context, 'OpenType support missing for "Noto Sans Oriya", script 17'
        )
        errors.qt_message_handler(QtMsgType.QtWarningMsg, context, "QPainter::begin: Paint device returned engine == 0")
    levels = {r.getMessage(): r.levelno for r in caplog.records}
    assert levels['OpenType support missing for "Noto Sans Oriya", script 17'] == logging.DEBUG
    assert levels["QPainter::begin: Paint device returned engine == 0"] == logging.WARNING
    assert {r.name for r in caplog.records} == {"qt.text.font.db"}
