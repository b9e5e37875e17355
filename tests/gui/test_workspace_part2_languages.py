"""The case workspace's second half (documents, demands, detention, tasks, milestones, return,
linked cases, the add/edit and Void dialogs) and the Qt-free forms read in French and Hindi.

Each test compiles a catalogue (resources/translations/consular_<lang>.ts)
with the lrelease the PySide6 wheel ships, installs it before the widgets are built, and
removes it afterwards (every other test expects English). The Qt-free forms read the same
part through consular.i18n (its catalogue path pointed at the part).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import Qt

from consular.domain.clock import FixedClock
from consular.domain.enums import HostageStatus
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import KAYES, LOME

pytestmark = pytest.mark.gui


@pytest.fixture
def french(installed_language):
    """The French catalogue installed (Qt and consular.i18n), then removed."""
    installed_language("fr")


@pytest.fixture
def hindi(installed_language):
    installed_language("hi")


def _workspace(qtbot, ctx, reference: str):
    from consular.gui.workspace import CaseWorkspace

    ws = CaseWorkspace(ctx, reference)
    qtbot.addWidget(ws)
    ws.resize(1280, 720)
    ws.show()
    qtbot.waitExposed(ws)
    qtbot.waitUntil(lambda: ws.detail is not None, timeout=20_000)
    wait_for_ops(qtbot)
    return ws


def _headers(model) -> list[str]:
    return [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]


def test_the_record_tabs_read_in_french(french, qtbot, gui_ctx, private_config):
    ws = _workspace(qtbot, gui_ctx, KAYES)
    # Documents: headers translated when shown, buttons built in French.
    assert _headers(ws.documents.model)[:2] == ["Fichier", "Description"]
    assert ws.documents.attach_button.text() == "Joindre des fichiers…"
    # Tasks: the filter's choices and the due column.
    tasks = ws.tasks
    assert [tasks.filter.itemText(i) for i in range(tasks.filter.count())] == [
        "En cours",
        "En retard",
        "Terminées",
        "Toutes",
    ]
    assert _headers(tasks.model)[0] == "Échéance"
    assert tasks.summary.text().startswith("En cours : 8, en retard : 8, terminées ou abandonnées : ")
    # Milestones: the count is a French plural.
    qtbot.waitUntil(lambda: "jalon" in ws.milestones.count.text(), timeout=20_000)
    assert ", du plus ancien au plus récent" in ws.milestones.count.text()
    # Demands: the register's summary, plural and all.
    ws.show_section("demands")
    qtbot.waitUntil(lambda: ws.demands.model.rowCount() == 3, timeout=20_000)
    assert ws.demands.summary.text().startswith("3 revendications ; 1 sans réponse")
    assert _headers(ws.demands.model)[:2] == ["Reçue le", "Revendication"]
    ws.demands.table.selectRow(0)
    assert "Reçue par un intermédiaire dont le statut était alors" in ws.demands.detail.toPlainText()
    dialog = ws.demands.add_demand()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Enregistrer une revendication"
    assert dialog.save_button.text() == "Enregistrer la revendication"
    assert dialog.cancel_button.text() == "Annuler"
    assert dialog.key_hint.text() == "Ctrl+Entrée enregistre ; Échap annule"
    dialog.reject()
    wait_for_ops(qtbot)


def test_the_detention_tab_reads_in_french(french, qtbot, gui_ctx, private_config):
    lead = ServiceContext(
        gui_ctx.database,
        actor_for(gui_ctx.database, "f.ansari"),
        gui_ctx.settings,
        FixedClock(datetime(2025, 10, 21, 18, 0, tzinfo=UTC), read_only=False),
    )
    ws = _workspace(qtbot, lead, LOME)
    ws.show_section("detention")
    tab = ws.detention
    qtbot.waitUntil(lambda: tab.file is not None, timeout=20_000)
    assert tab.inner.tabText(0) == "Visites consulaires (4) — en retard : 1"
    assert tab.inner.tabText(3) == "Chefs d'accusation (0)"
    assert tab.charges.summary.text() == "Aucun chef d'accusation enregistré"
    assert tab.visits.summary.text().startswith("4 demandes ;")
    decisions = [tab.visits.model.index(r, 2).data() for r in range(tab.visits.model.rowCount())]
    assert any(d.endswith("EN RETARD (15 jours)") for d in decisions), decisions
    assert _headers(tab.visits.model)[:2] == ["Demandée le", "Ressortissant"]
    assert "détenu(e) par" in tab.facts.text()
    dialog = tab.add_charge()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Enregistrer un chef d'accusation"
    assert dialog.restricted.text() == "Restreint — seule l'équipe du dossier peut le lire"
    dialog.text.setPlainText("")
    dialog.submit()
    assert "Indiquez le chef d'accusation." in dialog.errors.shown().values()  # a Qt-free form's check
    dialog.reject()
    wait_for_ops(qtbot)


def test_linked_cases_return_and_void_read_in_french(french, qtbot, gui_ctx, private_config):
    from consular.gui.workspace.forms import VoidDialog

    ws = _workspace(qtbot, gui_ctx, KAYES)
    box = ws.overview.linked
    assert box.title() == "Dossiers liés"
    assert box.link_button.text() == "Lier un dossier…"
    ws.show_section("return")
    assert ws.returns.done_button.text() == "Fait…"
    assert _headers(ws.returns.model)[:3] == ["Ressortissant", "Point", "Responsable"]
    void = VoidDialog(gui_ctx, "demand", [(1, "x")], what="revendication", parent=ws)
    assert void.windowTitle() == "Annuler : revendication"
    assert void.save_button.text() == "Annuler l'entrée"
    void.reason.setText("")
    void.submit()
    assert void.errors.shown()["reason"] == "Indiquez le motif ; il est conservé avec l'entrée annulée."
    void.reject()
    wait_for_ops(qtbot)


def test_the_forms_speak_french(french):
    from consular.gui.forms.detention_forms import ChargeForm
    from consular.gui.forms.people_forms import HostageStatusForm
    from consular.gui.forms.values import parse_wall_clock

    with pytest.raises(ValueError) as caught:
        parse_wall_clock("2026-02-30 10:00")
    assert str(caught.value) == "2026-02-30 n'est pas une date : février 2026 compte 28 jours. Rien n'a été modifié."
    with pytest.raises(ValueError) as caught:
        parse_wall_clock("")
    assert str(caught.value) == "Saisissez une date et une heure au format AAAA-MM-JJ HH:MM."
    form = HostageStatusForm("Ravi Verma", status=HostageStatus.RELEASED, source="", confirm_name="Ravi")
    messages = {e.field: e.message for e in form.validate()}
    assert messages["source"] == "Indiquez d'où vient la nouvelle de la libération de Ravi Verma (la source)."
    assert messages["confirm_name"].endswith("le nom saisi ne correspond pas.")
    assert ChargeForm(text="").validate()[0].message == "Indiquez le chef d'accusation."


def test_the_tasks_tab_reads_in_hindi(hindi, qtbot, gui_ctx, private_config):
    ws = _workspace(qtbot, gui_ctx, KAYES)
    tasks = ws.tasks
    assert _headers(tasks.model)[:2] == ["नियत तिथि", "कार्य"]
    assert tasks.add_button.text() == "कार्य जोड़ें…"
    assert "अतिदेय" in tasks.summary.text()
    dialog = tasks.add_task()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "कार्य जोड़ें" and dialog.cancel_button.text() == "रद्द करें"
    dialog.reject()
    wait_for_ops(qtbot)


def test_english_is_untouched_without_a_catalogue(qtbot, gui_ctx, private_config):
    """The control: with no translator the same screens read as before."""
    ws = _workspace(qtbot, gui_ctx, KAYES)
    assert _headers(ws.tasks.model)[0] == "Due"
    assert ws.documents.attach_button.text() == "Attach files…"
