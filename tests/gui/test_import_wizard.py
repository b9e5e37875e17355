"""The import wizard as a caseworker drives it: File › Import…, pick a people register kept
as XLSX (merged title rows, Devanagari and Arabic names), check the suggested mapping, set
the phones' country, see the dry run per row, import with progress, undo."""

from __future__ import annotations

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QWizard

from consular.gui.import_wizard import ImportWizard
from consular.services import cases
from tests.demo_data import KAYES
from tests.import_files.make import people_xlsx

pytestmark = pytest.mark.gui


@pytest.fixture
def wizard(gui_ctx, qtbot, private_config):
    w = ImportWizard(gui_ctx)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    return w


def _rows(tmp_path):
    """Two new people and one already in the Kayes case (matched on name... no: on passport)."""
    return people_xlsx(tmp_path / "register.xlsx")


def test_the_file_menu_opens_the_wizard(window, qtbot):
    assert window.import_action.isEnabled()
    window.import_action.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.close()


def test_dry_run_then_import_then_undo(wizard, qtbot, gui_ctx, tmp_path):
    before = len(cases.get_case(gui_ctx, KAYES).participants)
    wizard.file_page.load(str(_rows(tmp_path)))
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=20_000)
    assert "3 rows" in wizard.file_page.status.text() and "skipped" in wizard.file_page.status.text()
    assert wizard.file_page.preview.item(0, 3).text() == "रवि कुमार वर्मा"
    wizard.next()
    page = wizard.map_page
    assert page.boxes["full_name"].currentData() == "Full name"
    assert page.boxes["date_of_birth"].currentData() == "DOB"
    assert page.isComplete()
    # Taking the full name away makes the mapping incomplete, and the page says why.
    page.boxes["full_name"].setCurrentIndex(0)
    assert not page.isComplete() and "Full name" in page.problem.text()
    page.boxes["full_name"].setCurrentIndex(page.boxes["full_name"].findData("Full name"))
    assert page.isComplete()

    wizard.next()  # dry run, without a phone country: the Indian mobile is refused for Mali
    dry = wizard.dry_page
    QAbstractItemModelTester(dry.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    qtbot.waitUntil(lambda: dry.report is not None, timeout=30_000)
    assert dry.report.refused and not dry.isComplete()
    rows = range(dry.model.rowCount())
    refused = [dry.model.index(r, 3).data() for r in rows if dry.model.index(r, 1).data() == "refused"]
    assert refused and refused[0].startswith("phone:")
    assert len(cases.get_case(gui_ctx, KAYES).participants) == before  # nothing written

    wizard.back()
    page.country.setText("IN")
    wizard.next()
    qtbot.waitUntil(lambda: dry.report is not None, timeout=30_000)
    assert not dry.report.refused and dry.isComplete()
    details = [dry.model.index(r, 3).data() for r in range(dry.model.rowCount())]
    assert any("assumed phone 9810012345 read for country IN (+919810012345)" in d for d in details)
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Import"

    run = wizard.run_page
    shown: list[str] = []  # every text the import's summary showed, in order
    show = run.summary.setText
    run.summary.setText = lambda text: (shown.append(text), show(text))
    with qtbot.waitSignal(wizard.changed, timeout=30_000):
        wizard.next()
    qtbot.waitUntil(lambda: run.report is not None, timeout=30_000)
    assert "Recorded as import #" in run.summary.text()
    # The progress went through both phases, and the summary said which one it was in.
    assert shown.index("Checking row 3 of 3…") < shown.index("Writing row 3 of 3…")
    assert len(cases.get_case(gui_ctx, KAYES).participants) == before + 3

    run.undo_reason.setText("Wrong register")
    qtbot.mouseClick(run.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "undone" in run.summary.text(), timeout=30_000)
    wait_for_ops(qtbot)
    assert len(cases.get_case(gui_ctx, KAYES).participants) == before
