"""Case → Print brief: the options dialog generates the PDF in the background, then opens,
saves or prints it, the way a supervisor would use it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from gui_helpers import wait_for_ops
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import update

from consular.db.models import BriefRecord
from consular.gui import brief_dialog
from consular.gui.brief_dialog import open_brief_dialog
from consular.services import briefs
from tests.demo_data import KAYES

pytestmark = pytest.mark.gui
REF = KAYES


def _tick(qtbot, box) -> None:
    """Click a check box or radio button on its indicator, as a user does."""
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(6, box.height() // 2))


def _text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)


@pytest.fixture
def dialog(gui_ctx, qtbot):
    dlg = open_brief_dialog(None, gui_ctx, REF)
    qtbot.addWidget(dlg)
    wait_for_ops(qtbot)
    yield dlg
    wait_for_ops(qtbot)


def test_generate_a_redacted_brief_then_open_save_and_print(dialog, gui_ctx, qtbot, tmp_path, monkeypatch):
    assert "No brief of this case has been issued yet" in dialog.previous_label.text()
    assert not dialog.open_button.isEnabled()

    # Redacting rules out restricted entries: the other box is greyed out.
    _tick(qtbot, dialog.redact)
    assert dialog.redact.isChecked() and not dialog.include_restricted.isEnabled()
    _tick(qtbot, dialog.since_date_option)
    assert dialog.since_date.isEnabled()
    dialog.since_date.setText("2025-06-31")  # June has 30 days: refused, not made into 1 July
    qtbot.mouseClick(dialog.generate_button, Qt.LeftButton)
    assert dialog.since_error.isVisible() and "June 2025 has 30 days" in dialog.since_error.text()
    assert dialog.since_date.text() == "2025-06-31" and briefs.list_briefs(gui_ctx, REF) == []
    dialog.since_date.setText("2099-01-01")
    qtbot.mouseClick(dialog.generate_button, Qt.LeftButton)
    assert "cannot start after today" in dialog.since_error.text() and briefs.list_briefs(gui_ctx, REF) == []
    dialog.since_date.setText("2025-07-18")
    assert not dialog.since_error.isVisible()
    dialog.page_size.setCurrentText("Letter")

    with qtbot.waitSignal(dialog.generated, timeout=20_000) as signal:
        qtbot.mouseClick(dialog.generate_button, Qt.LeftButton)
    result = signal.args[0]
    assert result.redacted and result.page_size == "Letter" and result.path.exists()
    text = _text(result.path)
    assert REF in text and "REDACTED" in text and "Ravi Kumar Verma" in text
    assert result.short_hash in dialog.status.text()
    assert dialog.open_button.isEnabled() and dialog.print_button.isEnabled()
    recorded = briefs.list_briefs(gui_ctx, REF)
    assert [r.sha256 for r in recorded] == [result.sha256] and recorded[0].redacted

    opened = []
    monkeypatch.setattr(brief_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(dialog.open_button, Qt.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(result.path)]

    copy = tmp_path / "for-the-ambassador"
    monkeypatch.setattr(dialog, "ask_save_path", lambda: str(copy))
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    wait_for_ops(qtbot)
    saved = copy.with_suffix(".pdf")
    assert saved.read_bytes() == result.path.read_bytes()
    assert str(saved) in dialog.status.text()

    jobs = []
    monkeypatch.setattr(dialog, "choose_printer", lambda: ("Office-2F", 2))
    monkeypatch.setattr(
        brief_dialog,
        "send_to_printer",
        lambda path, printer, copies: jobs.append((path, printer, copies)) or "Sent to Office-2F.",
    )
    qtbot.mouseClick(dialog.print_button, Qt.LeftButton)
    wait_for_ops(qtbot)
    assert jobs == [(result.path, "Office-2F", 2)]
    assert "Sent to Office-2F." in dialog.status.text()


def test_without_a_print_service_the_brief_is_opened_instead(dialog, qtbot, monkeypatch):
    with qtbot.waitSignal(dialog.generated, timeout=20_000):
        qtbot.mouseClick(dialog.generate_button, Qt.LeftButton)
    opened = []
    monkeypatch.setattr(brief_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(dialog, "choose_printer", lambda: (None, 1))
    monkeypatch.setattr(brief_dialog.shutil, "which", lambda name: None)
    qtbot.mouseClick(dialog.print_button, Qt.LeftButton)
    wait_for_ops(qtbot)
    assert "No print service was found" in dialog.status.text()
    assert len(opened) == 1


def test_a_second_brief_runs_from_the_first(dialog, gui_ctx, qtbot):
    with qtbot.waitSignal(dialog.generated, timeout=20_000):
        qtbot.mouseClick(dialog.generate_button, Qt.LeftButton)
    first = dialog.result
    # As if the first brief had been issued an hour ago: right after it, a second brief would
    # cover less than a minute and is refused (regenerating it keeps its period instead).
    earlier = first.period_end - timedelta(hours=1)
    with gui_ctx.database.session() as session:
        session.execute(update(BriefRecord).values(period_end=earlier, issued_at=earlier))
    again = open_brief_dialog(None, gui_ctx, REF)
    qtbot.addWidget(again)
    wait_for_ops(qtbot)
    assert f"content SHA-256 {first.short_hash}" in again.previous_label.text()
    with qtbot.waitSignal(again.generated, timeout=20_000) as signal:
        qtbot.mouseClick(again.generate_button, Qt.LeftButton)
    assert signal.args[0].period_start == earlier


def test_an_unknown_case_is_a_plain_message_not_a_crash(gui_ctx, qtbot, non_blocking_dialogs):
    dlg = open_brief_dialog(None, gui_ctx, "BAM-1999-0404")
    qtbot.addWidget(dlg)
    wait_for_ops(qtbot)
    qtbot.mouseClick(dlg.generate_button, Qt.LeftButton)
    wait_for_ops(qtbot)
    kinds = [kind for kind, _message in non_blocking_dialogs]
    assert kinds and set(kinds) == {"user"}
    assert any("BAM-1999-0404" in message for _kind, message in non_blocking_dialogs)
    assert "not written" in dlg.status.text()
    assert dlg.generate_button.isEnabled() and not dlg.open_button.isEnabled()


# --- issue 9: generate again, and checking a file --------------------------------------------


def test_generate_again_reissues_the_same_period_and_says_what_was_issued(dialog, gui_ctx, qtbot):
    assert "No brief of this case has been issued yet" in dialog.previous_label.text()
    with qtbot.waitSignal(dialog.generated, timeout=20_000) as signal:
        qtbot.mouseClick(dialog.generate_button, Qt.LeftButton)
    first = signal.args[0]
    # The dialog now says what was issued, not what was there when it opened.
    assert "No brief" not in dialog.previous_label.text()
    assert f"Brief #{first.record_id} issued" in dialog.previous_label.text()
    assert dialog.generate_button.text() == "Generate again"
    assert "Generate again keeps this period" in dialog.previous_label.text()
    assert not dialog.since_previous.isEnabled() and not dialog.since_date_option.isEnabled()

    _tick(qtbot, dialog.redact)  # the same brief, redacted for handing on
    with qtbot.waitSignal(dialog.generated, timeout=20_000) as signal:
        qtbot.mouseClick(dialog.generate_button, Qt.LeftButton)
    second = signal.args[0]
    assert (second.period_start, second.period_end) == (first.period_start, first.period_end)
    assert second.replaces_id == first.record_id and second.redacted
    assert f"Brief #{second.record_id} issued, replacing brief #{first.record_id}" in dialog.status.text()
    assert f"Brief #{second.record_id} issued" in dialog.previous_label.text()
    recorded = briefs.list_briefs(gui_ctx, REF)
    assert [r.id for r in recorded] == [second.record_id, first.record_id]
    assert recorded[0].replaces_id == first.record_id
    assert (recorded[0].period_start, recorded[0].period_end) == (first.period_start, first.period_end)
    assert "REDACTED" in _text(second.path)


def _drop(qtbot, widget, path: Path) -> bool:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    centre = widget.rect().center()
    enter = QDragEnterEvent(centre, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(centre), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_a_pdf_dropped_on_the_dialog_is_checked_against_the_briefs_issued(dialog, qtbot, tmp_path):
    with qtbot.waitSignal(dialog.generated, timeout=20_000) as signal:
        qtbot.mouseClick(dialog.generate_button, Qt.LeftButton)
    issued = signal.args[0]
    assert _drop(qtbot, dialog, issued.path)
    qtbot.waitUntil(lambda: dialog.verification is not None, timeout=20_000)
    assert dialog.verification.issued
    assert dialog.verify_label.text().startswith("ISSUED HERE:")
    assert f"#{issued.record_id} of {REF}" in dialog.verify_label.text()

    # One changed byte: not issued here.
    changed = tmp_path / "changed.pdf"
    data = bytearray(issued.path.read_bytes())
    data[len(data) // 2] ^= 0x01
    changed.write_bytes(bytes(data))
    dialog.verification = None
    assert _drop(qtbot, dialog, changed)
    qtbot.waitUntil(lambda: dialog.verification is not None, timeout=20_000)
    assert not dialog.verification.issued
    assert dialog.verify_label.text().startswith("NOT ISSUED HERE:")
    # A file that is not a PDF is not taken.
    notes = tmp_path / "notes.txt"
    notes.write_text("not a brief")
    assert not _drop(qtbot, dialog, notes)


def test_check_a_pdf_button_asks_for_the_file(dialog, qtbot, tmp_path, monkeypatch):
    stranger = tmp_path / "from-elsewhere.pdf"
    stranger.write_bytes(b"%PDF-1.4\n%%EOF\n")
    monkeypatch.setattr(dialog, "ask_pdf_path", lambda: str(stranger))
    qtbot.mouseClick(dialog.check_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.verification is not None, timeout=20_000)
    assert not dialog.verification.issued
    assert "from-elsewhere.pdf" in dialog.verify_label.text()
