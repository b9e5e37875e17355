"""The main window, the lists, the dialogs and the timeline read in French and Hindi.

Each test compiles a catalogue (resources/translations/consular_<lang>.ts)
with the wheel's pyside6-lrelease, installs it with a QTranslator and QLocale's default for
the language, builds the real widgets and reads what they show; the translator and the
locale are taken away afterwards (the rest of the suite reads English).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from xml.etree import ElementTree

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import QCoreApplication, Qt

from consular import i18n, paths
from consular.domain.enums import CaseStatus
from tests.demo_data import KAYES

pytestmark = pytest.mark.gui

PARTS = paths.resources_dir() / "translations"


@pytest.fixture
def language(installed_language):
    """``language("fr")`` installs the French catalogue (and French locale) until the test ends."""
    return installed_language


# --- the English catalogue (completeness, placeholders and accelerators: tests/test_i18n_catalogues.py) ---


def _messages(lang: str):
    root = ElementTree.parse(PARTS / f"consular_{lang}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_the_english_part_holds_the_plural_forms_only():
    numerus = [m for _c, m in _messages("en") if m.get("numerus") == "yes"]
    assert numerus and len(numerus) == len(list(_messages("en")))
    forms = {m.findtext("source"): [f.text for f in m.iter("numerusform")] for m in numerus}
    assert forms["%n day(s) ago"] == ["%n day ago", "%n days ago"]
    assert forms["{count} case(s)"] == ["{count} case", "{count} cases"]


# --- relative times and plurals ----------------------------------------------------------


def test_relative_times_take_the_plural_of_the_language(language):
    from consular.gui.times import ago_text, days_text, due_text

    now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    assert ago_text(now - timedelta(days=1), now) == "1 day ago"
    assert ago_text(now - timedelta(days=3), now) == "3 days ago"
    assert due_text(now - timedelta(days=2), now) == "overdue by 2 days"
    language("fr")
    assert ago_text(now - timedelta(days=3), now) == "il y a 3 jours"
    assert ago_text(now - timedelta(days=1), now) == "il y a 1 jour"
    assert ago_text(now - timedelta(minutes=5), now) == "il y a 5 min"
    assert due_text(now + timedelta(days=1, hours=2), now) == "dans 1 jour"
    assert due_text(now - timedelta(days=4), now) == "en retard de 4 jours"
    assert days_text(0) == "0 jour"  # French: the singular for 0 and 1
    language("hi")
    assert ago_text(now - timedelta(days=3), now) == "3 दिन पहले"
    assert due_text(now - timedelta(days=2), now) == "2 दिन से अतिदेय"


def test_the_timeline_axis_names_days_and_months_in_the_language():
    from zoneinfo import ZoneInfo

    from consular.gui.timeline.axis import ticks

    zone = ZoneInfo("Africa/Bamako")
    start = datetime(2025, 7, 1, tzinfo=zone).timestamp()
    with i18n.using_language("fr"):
        hours, _unit = ticks(start, start + 6 * 3600, 20.0, zone)
        months, _unit = ticks(start, start + 400 * 86400, 86400.0, zone)
    assert hours[0][1] == "mar. 01 juil."
    assert months[0][1] == "juil. 2025"
    with i18n.using_language("hi"):
        days, _unit = ticks(start, start + 10 * 86400, 900.0, zone)
    assert "जुल" in days[0][1] and days[0][1].endswith("2025")


# --- the main window, Home and the case list -----------------------------------------------


def test_the_main_window_reads_french(language, gui_ctx, qtbot, private_config):
    from consular.gui.main_window import MainWindow

    language("fr")
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    wait_for_ops(qtbot)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:3] == ["&Fichier", "&Dossier", "&Affichage"]
    assert "&Aide" in titles and "&Outils" in titles
    assert window.tabs.tabText(0) == "Accueil" and window.tabs.tabText(1) == "Dossiers"
    assert window.new_case_action.text() == "&Nouveau dossier…"
    assert window.log_contact_action.toolTip() == "Consigner un appel, une réunion ou un message (Ctrl+L)"
    assert window.user_label.text().startswith("Connecté en tant que ")
    assert window.encryption_label.text() in ("Non chiffrée", "Chiffrée")
    # Home
    home = window.dashboard
    qtbot.waitUntil(lambda: not home.loading, timeout=10_000)
    assert home.tasks.heading.text() == "Tâches en retard"
    assert home.held.heading.text() == "Ressortissants détenus ou disparus"
    assert home.tiles[CaseStatus.ACTIVE].caption.text() == f"Dossiers — {CaseStatus.ACTIVE.label}"
    assert home.updated.text().startswith(("Au ", "Mis à jour à "))
    # The second line of an item says when, with French plurals (the first is the service's).
    recent = [home.recent.list.item(i).text() for i in range(home.recent.list.count())]
    assert recent and all(re.search(r"\n(il y a |à l’instant|\d)", text) for text in recent)
    tasks = [home.tasks.list.item(i).text() for i in range(home.tasks.list.count())]
    assert all(" · en retard de " in text for text in tasks)
    # The case list
    window.show_cases()
    cases = window.case_list
    qtbot.waitUntil(lambda: cases.model.total is not None and not cases.model.loading, timeout=10_000)
    assert re.fullmatch(r"\d+ dossiers?", cases.count_label.text())
    assert cases.status_filter.itemText(0) == "Tous les statuts"
    assert cases.search_box.placeholderText().startswith("Rechercher dossiers")
    headers = [cases.model.headerData(i, Qt.Horizontal) for i in range(4)]
    assert headers == ["Référence", "Titre", "Type", "Statut"]
    row = cases.model.row_of(KAYES)
    last_contact = cases.model.index(row, 7).data()
    assert last_contact.startswith("il y a ") or last_contact in ("jamais", "à l’instant")
    window.close()


def test_home_and_the_window_in_hindi_fit_1280_by_720(language, gui_ctx, qtbot, private_config, tmp_path):
    from consular.gui.main_window import MainWindow

    language("hi")
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: not window.dashboard.loading, timeout=10_000)
    assert window.tabs.tabText(0) == "मुखपृष्ठ"
    assert window.menuBar().actions()[0].text() == "फ़ाइल (&F)"
    assert window.dashboard.tasks.heading.text() == "अतिदेय कार्य"
    # Nothing wider than the screen: the toolbar's Hindi labels still fit beside each other.
    assert window.toolbar.sizeHint().width() <= 1280
    assert window.width() <= 1280
    window.grab().save(str(tmp_path / "home-hi.png"))
    window.close()


# --- dialogs -----------------------------------------------------------------------------


def test_sign_in_users_and_password_dialogs_read_french(language, gui_ctx, qtbot, private_config, tmp_path):
    from consular.gui.sign_in_dialog import SignInDialog, names_label
    from consular.gui.users_dialog import AddUserDialog, ChangePasswordDialog

    language("fr")
    dialog = SignInDialog(str(tmp_path / "bamako.db"), username="a.sharma")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Connexion — consular"
    assert dialog.title.text() == "Se connecter à bamako.db"
    assert dialog.form.sign_in_button.text() == "&Se connecter"
    assert names_label(["A", "B", "C", "D", "E"]) == "Postes : A; B; C et 2 autres"
    dialog.form.password.setText("")
    dialog.form.submit()
    assert dialog.form.message.text() == "Saisissez votre mot de passe."
    wait_for_ops(qtbot)
    dialog.reject()
    add = AddUserDialog(gui_ctx)
    qtbot.addWidget(add)
    assert add.windowTitle() == "Ajouter un utilisateur"
    change = ChangePasswordDialog(gui_ctx)
    qtbot.addWidget(change)
    assert change.windowTitle() == "Changer votre mot de passe"


def test_duplicates_new_case_and_case_picker_read_french(language, gui_ctx, qtbot, private_config):
    from consular.gui.case_picker import CasePickerDialog
    from consular.gui.duplicates_dialog import DuplicatesDialog
    from consular.gui.new_case_dialog import NewCaseDialog
    from consular.services import reference_data

    language("fr")
    duplicates = DuplicatesDialog(gui_ctx)
    qtbot.addWidget(duplicates)
    assert duplicates.windowTitle() == "Rechercher les doublons"
    assert duplicates.kind.itemText(0) == "personnes"
    assert duplicates.model.headerData(3, Qt.Horizontal) == "Pourquoi"
    qtbot.waitUntil(lambda: duplicates.find_op.finished, timeout=20_000)
    assert "personne" in duplicates.status.text()
    wait_for_ops(qtbot)

    posts, users = reference_data.list_posts(gui_ctx), reference_data.list_users(gui_ctx)
    new_case = NewCaseDialog(gui_ctx, posts, users)
    qtbot.addWidget(new_case)
    assert new_case.windowTitle() == "Nouveau dossier"
    assert new_case.ok_button.text() == "&Ouvrir le dossier"
    assert new_case.kind.currentText()  # an enum label (translated by the services' part)

    picker = CasePickerDialog(gui_ctx, QCoreApplication.translate("MainWindow", "Log contact"), [KAYES])
    qtbot.addWidget(picker)
    assert picker.windowTitle() == "Consigner un contact : quel dossier ?"
    qtbot.waitUntil(lambda: not picker.busy, timeout=10_000)
    assert picker.results.item(0).text() == f"{KAYES} — ouvert dans un onglet"
    wait_for_ops(qtbot)


def test_audit_trail_and_reports_read_french(language, gui_ctx, qtbot, private_config):
    from consular.gui.audit_view import AuditBrowser
    from consular.gui.reports_screen import ReportsScreen

    language("fr")
    browser = AuditBrowser(gui_ctx, case_reference=KAYES)
    qtbot.addWidget(browser)
    browser.show()
    qtbot.waitUntil(lambda: browser.model.total is not None, timeout=10_000)
    assert browser.model.headerData(0, Qt.Horizontal) == "Date"
    assert browser.changes_model.headerData(1, Qt.Horizontal) == "Avant"
    assert re.fullmatch(r"[\d  ]+ entrées?|Aucune entrée ne correspond", browser.count_label.text())
    wait_for_ops(qtbot)

    screen = ReportsScreen(gui_ctx)
    qtbot.addWidget(screen)
    assert screen.windowTitle() == "Rapports — consular"
    assert screen.summary.text() == "Choisissez un rapport et appuyez sur Afficher."
    assert screen.post_box.itemText(0) == "Tous les postes"
    screen.close()


def test_the_timeline_tab_reads_french(language, gui_ctx, qtbot, private_config):
    from consular.gui.timeline import TimelineTab
    from consular.gui.timeline.model import TimelineTableModel

    language("fr")
    with i18n.using_language("fr"):
        tab = TimelineTab(gui_ctx, KAYES)
        qtbot.addWidget(tab)
        tab.resize(1280, 700)
        tab.show()
        qtbot.waitUntil(lambda: tab.timeline is not None, timeout=10_000)
        assert tab.model.headerData(TimelineTableModel.COL_WHEN, Qt.Horizontal) == "Date (heure du dossier)"
        assert tab.model.headerData(TimelineTableModel.COL_PEOPLE, Qt.Horizontal) == "Personnes"
        assert re.fullmatch(
            r"\d+ événements( \(\d+ restreints\))?\. Heures affichées : heure du dossier, Africa/Bamako\.",
            tab.status.text(),
        )
        assert tab.export_button.text() == "Exporter…"
        assert tab.zoom_label.text().endswith(("affichées", "affichés", "affichée", "affiché"))
        tab.select_event(tab.events[0].id)
        assert "Enregistré par" in tab.detail.toPlainText() or "ouvrir" in tab.detail.toPlainText()
        wait_for_ops(qtbot)


def test_hindi_text_is_drawn_with_a_devanagari_font(language, qtbot):
    from PySide6.QtGui import QFont, QFontInfo, QFontMetrics

    from consular.gui.dashboard import DashboardCard

    language("hi")
    card = DashboardCard(QCoreApplication.translate("DashboardView", "Overdue tasks"), "task", "")
    qtbot.addWidget(card)
    text = card.heading.text()
    assert text == "अतिदेय कार्य"
    # The app's font lists the shipped Devanagari face; that face has every glyph (no tofu).
    assert "Noto Sans Devanagari" in card.heading.font().families()
    devanagari = QFont("Noto Sans Devanagari")
    assert QFontInfo(devanagari).family() == "Noto Sans Devanagari"
    metrics = QFontMetrics(devanagari)
    assert all(metrics.inFontUcs4(ord(ch)) for ch in text if not ch.isspace())


def test_texts_built_outside_widgets_follow_the_language(language, qtbot, tmp_path):
    """Tray, backup and open-failure messages are built by module functions."""
    from consular.domain.errors import DatabaseLockedError
    from consular.gui import tray
    from consular.gui.database_dialogs import open_failure_text
    from consular.gui.import_wizard import ImportWizard

    assert tray.tooltip_text(1) == "consular — 1 item overdue on the cases you supervise"
    assert tray.notification_text(2, 3).startswith("1 new item in your escalation queue (3 in all).")
    language("hi")
    assert tray.tooltip_text(3) == "consular — आपके पर्यवेक्षण वाले मामलों में 3 आइटम अतिदेय"
    title, text = open_failure_text(DatabaseLockedError("locked"), str(tmp_path / "bamako.db"))
    assert title == "डेटाबेस उपयोग में है" and "'bamako.db' में लिख रहा है" in text
    language("fr")
    assert tray.notification_text(1, 3) == (
        "2 nouveaux éléments dans votre file d’escalade (3 au total). Ouvrez consular pour les voir."
    )
    wizard = ImportWizard(None)
    qtbot.addWidget(wizard)
    assert wizard.windowTitle() == "Importer"
    assert wizard.file_page.title() == "Choisir le fichier"
    assert wizard.file_page.kind.itemText(0) == "Dossiers"
