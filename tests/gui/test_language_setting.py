"""The language setting: chosen in Preferences, applied at the next start, in French and Hindi.

The strings of Preferences come from this area's catalogue part (compiled here, as the
integrator's merged catalogue will hold them); the menus and Qt's own buttons from the
shipped catalogues and Qt's qtbase translations (resources/translations/qtbase_hi.ts for
Hindi, which Qt does not ship).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from consular import i18n
from consular.gui import app as gui_app
from consular.gui import settings
from consular.gui.preferences_dialog import Preferences, PreferencesDialog

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
PART = ROOT / "resources" / "translations" / "consular_{code}.ts"
DEVANAGARI = "Noto Sans Devanagari"


@pytest.fixture
def part_catalogue(tmp_path, monkeypatch):
    """This area's part, compiled and installed for ``code`` (and read by consular.i18n);
    everything back to English afterwards."""
    app = QApplication.instance()
    installed: list[QTranslator] = []
    merged = (ROOT / "resources" / "translations" / "consular_fr.ts").read_text(encoding="utf-8")
    if "&amp;Preferences…" not in merged:  # before the integrator merges the parts
        monkeypatch.setattr(i18n, "catalogue_path", lambda code: Path(str(PART).format(code=code)))
    i18n.reload()

    def install(code: str) -> str:
        language = gui_app.install_translations(app, code)
        qm = tmp_path / f"consular_{code}.qm"
        lrelease = gui_app._lrelease()
        assert lrelease, "lrelease ships with PySide6"
        subprocess.run([lrelease, "-silent", str(PART).format(code=code), "-qm", str(qm)], check=True)
        translator = QTranslator(app)
        assert translator.load(str(qm))
        app.installTranslator(translator)
        installed.append(translator)
        return language

    yield install
    for translator in installed:
        app.removeTranslator(translator)
    gui_app.install_translations(app, "en")
    i18n.reload()
    assert QLocale().name() == "en_GB"


def _choose(combo, data) -> None:
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(data))


def _new_start(config: Path) -> dict:
    """What a freshly started consular shows, in a process of its own (a real restart)."""
    script = """
import json
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox
from consular import i18n
from consular.gui import app as gui_app, settings
from consular.gui.main_window import MainWindow

app = gui_app.create_application()
window = MainWindow()
box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
print(json.dumps({
    "language": i18n.language(),
    "locale": QLocale().name(),
    "menus": {name: menu.title() for name, menu in window.menus.items()},
    "new_case": window.new_case_action.text(),
    "cancel": box.button(QDialogButtonBox.Cancel).text(),
    "settings": [settings.get(settings.LANGUAGE), settings.get(settings.TIME_DISPLAY),
                 settings.get(settings.IDLE_LOCK_MINUTES), settings.get(settings.DAILY_BACKUPS_KEPT)],
}, ensure_ascii=False))
"""
    env = dict(os.environ, CONSULAR_CONFIG_DIR=str(config), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT, timeout=180
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_choose_french_in_preferences_and_the_next_start_is_french(qtbot, private_config, part_catalogue):
    assert _new_start(private_config)["language"] == "en"  # LANGUAGE=en in the tests: the system's
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.currentData() == "" and dialog.language_note.isHidden()
    assert dialog.language.itemText(0) == "System default (English)"
    assert [dialog.language.itemText(i) for i in range(1, 4)] == ["English", "Français", "हिन्दी"]
    _choose(dialog.language, "fr")
    # Said in French, for the French speaker who picked it, whatever the language now.
    assert dialog.language_note.isVisibleTo(dialog)
    assert dialog.language_note.text() == "consular s’affichera en Français à partir de son prochain démarrage."
    _choose(dialog.language, "hi")
    assert dialog.language_note.text() == "consular अगली बार शुरू होने पर हिन्दी में दिखेगा।"
    _choose(dialog.language, "fr")
    _choose(dialog.time_display, "user")
    dialog.idle_minutes.setValue(12)
    dialog.backups.setValue(30)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert dialog.result() == PreferencesDialog.Accepted
    assert Preferences.load() == Preferences("fr", "system", "user", 12.0, 30)
    # This process stays English (the language applies at the next start) ...
    assert i18n.language() == "en" and QLocale().name() == "en_GB"

    # ... and the next start is French: menus, Qt's own buttons, dates, the settings kept.
    started = _new_start(private_config)
    assert started["language"] == "fr" and started["locale"] == "fr_FR"
    assert started["menus"]["file"] == "&Fichier" and started["new_case"] == "&Nouveau dossier…"
    assert started["cancel"] == "Annuler"
    assert started["settings"] == ["fr", "user", 12.0, 30]

    # The same start in this process: the setting decides when --lang does not.
    assert gui_app.install_translations(QApplication.instance()) == "fr"
    assert part_catalogue("fr") == "fr"
    french = PreferencesDialog()
    qtbot.addWidget(french)
    assert french.windowTitle() == "Préférences"
    assert french.language.itemText(0) == "Langue du système (English)"
    assert french.buttons.button(QDialogButtonBox.Cancel).text() == "Annuler"
    assert french.language_note.isHidden()  # French is what runs now


def test_preferences_validate_and_keep_what_was_not_touched(qtbot, private_config):
    settings.put(settings.IDLE_LOCK_MINUTES, 0.0)  # turned off in the file by an administrator
    settings.put(settings.THEME, "purple")  # a hand edit: read as the default
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.theme.currentData() == "system"
    dialog.backups.setValue(3)
    dialog.accept()
    assert dialog.result() == PreferencesDialog.Accepted
    assert settings.get(settings.IDLE_LOCK_MINUTES) == 0.0  # not edited here: kept
    assert settings.get(settings.DAILY_BACKUPS_KEPT) == 3
    assert settings.get(settings.THEME) == "purple"  # nor this one
    bad = Preferences("de", "purple", "moon", 0.0, 0)
    assert len(bad.problems()) == 5
    assert bad.problems(only={"daily_backups_kept"}) == ["Keep from 1 to 365 daily backups."]
    assert Preferences.load().problems(only={"language", "daily_backups_kept"}) == []


def test_the_tools_menu_opens_preferences_and_ok_applies_theme_and_idle_lock(window, qtbot):
    action = window.preferences_action
    assert action in window.menus["tools"].actions()
    assert window.find_duplicates_action in window.menus["tools"].actions()  # one Tools menu
    assert [a.text() for a in window.menuBar().actions()].count("&Tools") == 1
    assert action.menuRole() == action.MenuRole.PreferencesRole
    action.trigger()
    dialog = window.preferences_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Preferences"
    try:
        _choose(dialog.theme, "dark")
        dialog.idle_minutes.setValue(9)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
        assert not dialog.isVisible()
        assert settings.get(settings.THEME) == "dark" and window.theme_actions["dark"].isChecked()
        assert QApplication.instance().palette().window().color().lightness() < 100  # dark now
        assert window.idle_lock.minutes == 9.0 and window.idle_lock.timer.interval() == 9 * 60_000
    finally:
        window.set_theme("light")


def test_qt_own_buttons_read_hindi_and_french(qtbot, part_catalogue):
    app = QApplication.instance()
    for code, cancel, close in (("hi", "रद्द करें", "बंद करें"), ("fr", "Annuler", "Fermer"), ("en", "Cancel", "Close")):
        assert gui_app.install_translations(app, code) == code
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel | QDialogButtonBox.Close)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.Cancel).text() == cancel
        assert box.button(QDialogButtonBox.Close).text() == close
        assert QLocale().name() == {"hi": "hi_IN", "fr": "fr_FR", "en": "en_GB"}[code]


def _glyphs_missing(text: str, families: list[str]) -> list[str]:
    """Characters of ``text`` that none of ``families`` draws (they would show as boxes)."""
    metrics = [QFontMetrics(QFont(family)) for family in families]
    return [ch for ch in text if not ch.isspace() and not any(m.inFontUcs4(ord(ch)) for m in metrics)]


def test_hindi_preferences_render_with_the_shipped_devanagari_font(qtbot, part_catalogue, tmp_path):
    assert DEVANAGARI in QFontDatabase.families()  # registered from resources/fonts
    shipped = QFont(DEVANAGARI)
    assert QFontInfo(shipped).family() == DEVANAGARI  # the real face, not a substitute
    families = QApplication.instance().font().families()
    assert DEVANAGARI in families  # a fallback of the UI font: Hindi text needs no per-widget font
    part_catalogue("hi")
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.resize(dialog.sizeHint())
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "वरीयताएँ"
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    texts += [dialog.buttons.button(b).text() for b in (QDialogButtonBox.Ok, QDialogButtonBox.Cancel)]
    hindi = [t for t in texts if any("\u0900" <= ch <= "\u097f" for ch in t)]
    assert "भाषा (&L):" in texts and "रद्द करें" in texts and len(hindi) >= 6
    devanagari_only = [ch for t in hindi for ch in t if "\u0900" <= ch <= "\u097f"]
    assert _glyphs_missing("".join(devanagari_only), [DEVANAGARI]) == []
    assert _glyphs_missing("".join(hindi), families) == []
    # Nothing cut off: every label gets at least the width its text needs.
    for label in dialog.findChildren(QLabel):
        if label.text() and not label.wordWrap() and label.isVisible():
            needed = QFontMetrics(label.font()).horizontalAdvance(label.text().replace("&", ""))
            assert label.width() >= needed, label.text()
    dialog.grab().save(str(tmp_path / "preferences-hi.png"))
