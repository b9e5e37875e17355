"""The case workspace (tabs, the Log contact dialog, the People and Family tabs, the
counterpart dialog) read in French and Hindi when that catalogue is loaded, and the Log
contact dialog still fits a 1280×720 screen with no label cut off.

Each test compiles the catalogue with the PySide6 wheel's lrelease, installs it as the app
does, and removes it afterwards: every other test runs in English.
"""

from __future__ import annotations

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel

from consular.gui.form_rows import fit_on_screen
from tests.demo_data import KAYES

pytestmark = pytest.mark.gui

SCREEN = QRect(0, 0, 1280, 720)


@pytest.fixture
def language(request, installed_language):
    """The catalogue of ``request.param`` ("en", "fr" or "hi") installed as the app does at start."""
    return installed_language(request.param)


def _workspace(gui_ctx, qtbot):
    from consular.gui.workspace import CaseWorkspace

    ws = CaseWorkspace(gui_ctx, KAYES)
    qtbot.addWidget(ws)
    ws.resize(1280, 720)
    ws.show()
    qtbot.waitExposed(ws)
    qtbot.waitUntil(lambda: ws.detail is not None, timeout=20_000)
    wait_for_ops(qtbot)
    return ws


def _tab_texts(ws) -> list[str]:
    return [ws.tabs.tabText(i) for i in range(ws.tabs.count())]


def _clipped(dialog) -> list[str]:
    """Texts in ``dialog`` shown narrower than they need (cut off): one-line labels, check
    boxes and buttons whose width is below their size hint."""
    found = []
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        if not widget.isVisibleTo(dialog) or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        text = widget.text()
        if text and widget.width() < widget.sizeHint().width():
            found.append(f"{text!r}: {widget.width()} < {widget.sizeHint().width()} px")
    return found


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_case_workspace_reads_french(language, gui_ctx, qtbot, private_config):
    ws = _workspace(gui_ctx, qtbot)
    tabs = _tab_texts(ws)
    assert tabs[:3] == ["Vue d'ensemble", "Personnes", "Journal des contacts"]
    assert "Chronologie" in tabs and "Historique" in tabs and "Overview" not in tabs
    assert ws.log_button.text() == "Consigner un contact…"
    assert ws.refresh_button.text() == "Recharger"
    assert ws.zone_combo.itemText(0).startswith("heure du dossier, ")
    assert "dernier contact" in ws.subtitle.text() and "last contact" not in ws.subtitle.text()
    # The overview: key facts and the people held, in French, with French plurals.
    assert ws.overview.save_button.text() == "Enregistrer les modifications"
    counts = " ".join(label.text() for _p, label in ws.overview.held_labels)
    assert "jours de captivité" in counts or "disparu depuis" in counts, counts
    assert "in captivity" not in counts
    # The contact log: its column headers, buttons and its count of entries.
    contacts = ws.contacts
    headers = [contacts.model.headerData(i, Qt.Orientation.Horizontal) for i in range(contacts.model.columnCount())]
    assert headers == ["Date et heure", "Avec", "Canal", "Résumé", "Accès"]
    qtbot.waitUntil(lambda: "entrées du journal des contacts dans ce dossier" in contacts.status.text(), timeout=20_000)
    assert contacts.export_button.text() == "Exporter…"
    assert contacts.category.itemText(0) == "Tous les interlocuteurs"


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_people_and_family_tabs_read_french(language, gui_ctx, qtbot, private_config):
    ws = _workspace(gui_ctx, qtbot)
    ws.show_section("people")
    tree = ws.people.tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups[0].startswith("Ressortissants concernés (") and groups[1].startswith("Proches (")
    assert [tree.headerItem().text(0), tree.headerItem().text(1)] == ["Nom", "Statut"]
    assert ws.people.pol_button.text() == "Preuve de vie"
    assert "Historique des statuts" in ws.people.detail.toHtml()
    ws.show_section("family")
    qtbot.waitUntil(lambda: ws.family.items_heading.text().startswith("Informer la famille — "), timeout=20_000)
    assert ws.family.tell_button.text() == "Consigner une information à la famille…"
    header = ws.family.log_model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Informée le"


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_log_contact_dialog_reads_french_and_fits_1280x720(language, gui_ctx, qtbot, private_config, tmp_path):
    ws = _workspace(gui_ctx, qtbot)
    dialog = ws.log_contact()
    qtbot.waitExposed(dialog)
    wait_for_ops(qtbot)
    assert dialog.windowTitle() == f"Consigner un contact — {KAYES}"
    assert dialog.save_button.text() == "Enregistrer  (Ctrl+Entrée)"
    assert dialog.cancel_button.text() == "Fermer  (Échap)"
    assert dialog.follow_up.title() == "Créer une tâche de suivi"
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Date et heure", "Avec", "Comment", "Résumé", "Notes", "Résultat", "Personnel présent"} <= labels
    assert dialog.restricted.text().startswith("Restreint — ")
    assert dialog.picker.line.placeholderText().startswith("Tapez un nom ou une organisation")
    fit_on_screen(dialog, SCREEN)
    qtbot.waitUntil(lambda: dialog.width() <= SCREEN.width())
    assert not _clipped(dialog), _clipped(dialog)
    dialog.follow_up.setChecked(True)
    dialog.grab().save(str(tmp_path / "log_contact_fr.png"))  # to look at (--basetemp)
    dialog.reject()


@pytest.mark.parametrize("language", ["hi"], indirect=True)
def test_the_log_contact_dialog_and_tabs_read_hindi(language, gui_ctx, qtbot, private_config, tmp_path):
    ws = _workspace(gui_ctx, qtbot)
    assert _tab_texts(ws)[:3] == ["अवलोकन", "व्यक्ति", "संपर्क लॉग"]
    ws.grab().save(str(tmp_path / "workspace_hi.png"))
    dialog = ws.log_contact()
    qtbot.waitExposed(dialog)
    wait_for_ops(qtbot)
    assert dialog.windowTitle() == f"संपर्क दर्ज करें — {KAYES}"
    assert dialog.save_button.text() == "सहेजें  (Ctrl+Enter)"
    assert dialog.restore_button.text() == "पुनर्स्थापित करें (&R)"
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"कब", "किसके साथ", "सारांश", "उपस्थित कर्मचारी"} <= labels
    fit_on_screen(dialog, SCREEN)
    qtbot.waitUntil(lambda: dialog.width() <= SCREEN.width())
    assert not _clipped(dialog), _clipped(dialog)
    # Devanagari is drawn with a font that has its glyphs (no empty boxes).
    restricted = dialog.findChildren(QCheckBox)[0]
    assert restricted.fontMetrics().inFontUcs4(ord("प"))
    dialog.grab().save(str(tmp_path / "log_contact_hi.png"))
    dialog.reject()


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_counterpart_dialog_and_plurals_read_french(language, gui_ctx, qtbot, private_config):
    from consular.gui.workspace.counterpart_picker import CounterpartDialog, elsewhere_text
    from consular.services import counterparts

    found = counterparts.case_counterparts(gui_ctx, KAYES)[0]
    dialog = CounterpartDialog(gui_ctx, found)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"Modifier {found.name}"
    assert dialog.save_button.text() == "Enregistrer"
    assert elsewhere_text(["A-1", "B-2", "C-3", "D-4"], "Z-9") == "de A-1, B-2 et 2 autres (pas ce dossier)"
    assert elsewhere_text(["A-1", "B-2", "C-3"], "Z-9") == "de A-1, B-2 et 1 autre (pas ce dossier)"
    assert elsewhere_text([], "Z-9") == "dans aucun dossier pour l'instant"


@pytest.mark.parametrize(
    ("language", "one", "three"),
    [
        ("en", "1 question; 1 agreed and ready to put.", "3 questions; 1 agreed and ready to put."),
        (
            "fr",
            "1 question\xa0; 1 convenue(s) et prête(s) à être posée(s).",
            "3 questions\xa0; 1 convenue(s) et prête(s) à être posée(s).",
        ),
        ("hi", "1 प्रश्न; 1 सहमत और पूछने के लिए तैयार।", "3 प्रश्न; 1 सहमत और पूछने के लिए तैयार।"),
    ],
    indirect=["language"],
)
def test_counts_take_the_plural_form_of_the_language(language, one, three):
    from consular.gui.workspace.pol_dialogs import _bank_summary

    assert _bank_summary(1, 1) == one
    assert _bank_summary(3, 1) == three


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_people_and_family_dialogs_read_french(language, gui_ctx, qtbot, private_config):
    ws = _workspace(gui_ctx, qtbot)
    hostage = ws.detail.hostages[0]
    ws.show_section("people", hostage.person.id)
    status = ws.people.change_status()
    qtbot.waitExposed(status)
    assert status.windowTitle() == f"Statut de {hostage.name}"
    assert status.save_button.text() == "Enregistrer le statut"
    assert status.status.currentText() == "— choisir le nouveau statut —"
    status.reject()
    welfare = ws.people.record_welfare()
    assert welfare.windowTitle() == f"Rapport sur le bien-être : {hostage.name}".replace(" :", "\xa0:")
    assert welfare.supply.itemText(1) == "Oui, approvisionnement organisé"
    welfare.reject()
    kin = ws.people.add_next_of_kin()
    assert kin.windowTitle() == "Ajouter un proche"
    kin.every.setValue(1)
    assert kin.every.text() == "tous les 1 jour"
    kin.every.setValue(3)
    assert kin.every.text() == "tous les 3 jours"
    kin.reject()
    liaison = ws.detail.next_of_kin[0]
    letter = ws.people.family_letter(liaison.id)
    assert letter.windowTitle() == f"Lettre d'information à la famille — {liaison.kin.full_name}"
    assert letter.save_button.text() == "Rédiger la lettre"
    wait_for_ops(qtbot)
    letter.reject()
    ws.show_section("family")
    qtbot.waitUntil(lambda: ws.family.tell_button.isEnabled(), timeout=20_000)
    update = ws.family.record()
    assert update.windowTitle() == "Consigner une information à la famille"
    assert update.restricted.text().startswith("Restreint (équipe du dossier uniquement")
    update.reject()
    assert ws.history.accessibleName() == f"Historique de {KAYES}"
