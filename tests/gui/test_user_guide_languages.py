"""The user guide in French and Hindi: the file of the current language, English when there is
none, the dialog's own words through the catalogue, and the same keys and commands in each."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from consular import i18n, paths
from consular.gui.user_guide import UserGuideDialog, guide_path, guide_text

pytestmark = pytest.mark.gui

PART = paths.resources_dir() / "translations" / "consular_{code}.ts"
SHORTCUT = re.compile(r"\b(?:Ctrl\+(?:Shift\+)?\w+|Alt\+\d|F\d{1,2})(?!\w)")
CODE = re.compile(r"`[^`]+`")


@pytest.fixture
def translated(tmp_path):
    """Install the compiled catalogue of a language (the CLI part while it is one) and make it
    the process's language; English again afterwards."""
    installed: list[QTranslator] = []

    def install(code: str) -> None:
        source = Path(str(PART).format(code=code))
        if not source.is_file():
            source = i18n.catalogue_path(code)
        qm = tmp_path / f"{code}.qm"
        lrelease = Path(PySide6.__file__).with_name("lrelease")
        subprocess.run([str(lrelease), str(source), "-qm", str(qm)], check=True, capture_output=True)
        translator = QTranslator()
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
        installed.append(translator)
        i18n.set_language(code)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    i18n.set_language(i18n.DEFAULT)


def test_each_language_has_its_guide_and_others_read_english():
    assert guide_path("fr").name == "user_guide.fr.md"
    assert guide_path("hi_IN.UTF-8").name == "user_guide.hi.md"
    assert guide_path("en").name == guide_path("de").name == "user_guide.md"
    with i18n.using_language("fr"):
        assert guide_path() == guide_path("fr")
        assert guide_text().startswith("# consular — guide rapide")


@pytest.mark.parametrize("code", ["fr", "hi"])
def test_the_translations_keep_every_key_command_and_section(code):
    english, translated = guide_text("en"), guide_text(code)
    # Key names as French keyboards and Qt's French catalogue write them.
    keys = [key.replace("Entrée", "Enter") for key in SHORTCUT.findall(translated)]
    assert sorted(keys) == sorted(SHORTCUT.findall(english))
    assert sorted(CODE.findall(translated)) == sorted(CODE.findall(english))
    assert translated.count("\n## ") == english.count("\n## ")
    assert translated.count("\n1. ") == english.count("\n1. ")
    # Nothing left in English: no English heading survives.
    for heading in re.findall(r"^## (.+)$", english, flags=re.M):
        assert heading not in translated, heading


def test_the_dialog_reads_in_french(qtbot, translated):
    translated("fr")
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "consular — guide de l'utilisateur"
    assert dialog.accessibleName() == "Guide de l'utilisateur"
    shown = dialog.browser.toPlainText()
    for text in ("Trouver un dossier", "Consigner un contact", "Ce que signifie « restreint »", "Ctrl+L"):
        assert text in shown, text
    assert "Find a case" not in shown and "**" not in shown


def test_the_dialog_reads_in_hindi_and_fits(qtbot, translated, tmp_path):
    translated("hi")
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "consular — उपयोगकर्ता मार्गदर्शिका"
    shown = dialog.browser.toPlainText()
    assert "संपर्क दर्ज करें" in shown and "मामला खोजें" in shown
    # No line wider than the browser: the text wraps instead of scrolling sideways.
    assert dialog.browser.horizontalScrollBar().maximum() == 0
    dialog.grab().save(str(tmp_path / "user_guide_hi.png"))


def test_the_dialog_stays_english_in_english(qtbot):
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "consular — user guide"
    assert "Find a case" in dialog.browser.toPlainText()
