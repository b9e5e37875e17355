"""The Print brief dialog in French and Hindi (issue 15): its own texts from this area's
catalogue part, compiled with pyside6-lrelease and installed as a QTranslator for the test,
and the brief's language chosen in the dialog, independent of the session's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from gui_helpers import wait_for_ops
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator

from consular import i18n, paths
from consular.gui.brief_dialog import open_brief_dialog
from consular.services import briefs
from tests.demo_data import KAYES

pytestmark = pytest.mark.gui
PART = paths.resources_dir() / "translations" / "consular_{}.ts"


def _lrelease(code: str, folder: Path) -> Path:
    qm = folder / f"consular_{code}.qm"
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(tool), str(PART).format(code), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@pytest.fixture
def translated(tmp_path, monkeypatch, qapp):
    """Install the part of a language as Qt's translator (and as the Qt-free catalogue);
    removed afterwards: the other tests expect English."""
    installed: list[QTranslator] = []
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: Path(str(PART).format(code)))
    i18n.reload()

    def install(code: str) -> None:
        translator = QTranslator()
        assert translator.load(str(_lrelease(code, tmp_path)))
        QCoreApplication.installTranslator(translator)
        installed.append(translator)
        i18n.set_language(code)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    i18n.set_language("en")
    i18n.reload()


def test_the_dialog_reads_in_french_and_issues_the_brief_in_the_language_chosen(translated, gui_ctx, qtbot):
    translated("fr")
    dialog = open_brief_dialog(None, gui_ctx, KAYES)
    qtbot.addWidget(dialog)
    wait_for_ops(qtbot)
    assert dialog.windowTitle() == f"Imprimer la note — {KAYES}"
    assert dialog.generate_button.text() == "Générer"
    assert dialog.redact.text() == "Caviarder pour transmission"
    assert "Aucune note n’a encore été émise" in dialog.previous_label.text()
    # The brief's language defaults to the session's, and can be another.
    assert dialog.language.currentData() == "fr"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.mouseClick(dialog.since_date_option, Qt.LeftButton, pos=QPoint(6, dialog.since_date_option.height() // 2))
    dialog.since_date.setText("2025-07-18")
    qtbot.mouseClick(dialog.generate_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
    wait_for_ops(qtbot)
    assert dialog.status.text().startswith(f"Note n° {dialog.result.record_id} émise")
    assert dialog.generate_button.text() == "Générer à nouveau"
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(dialog.result.path)).pages)
    assert "Status brief" in text and "Note de situation" not in text  # English, as chosen
    assert briefs.list_briefs(gui_ctx, KAYES)[0].id == dialog.result.record_id
    dialog.close()
    wait_for_ops(qtbot)


def test_the_dialog_in_hindi_fits(translated, gui_ctx, qtbot, tmp_path):
    translated("hi")
    dialog = open_brief_dialog(None, gui_ctx, KAYES)
    qtbot.addWidget(dialog)
    wait_for_ops(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.generate_button.text() == "बनाएँ"
    assert dialog.include_restricted.text() == "प्रतिबंधित प्रविष्टियाँ शामिल करें (केवल मामले की टीम के लिए)"
    # Nothing cut off: every check box and button gets at least the width its text asks for.
    for widget in (dialog.redact, dialog.include_restricted, dialog.draft, dialog.generate_button):
        assert widget.width() >= widget.sizeHint().width(), widget.text()
    dialog.grab().save(str(tmp_path / "brief-dialog-hi.png"))
    dialog.close()
    wait_for_ops(qtbot)
