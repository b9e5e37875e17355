"""The "mask names too" boxes of the brief dialog and the timeline export dialog: offered only
with redaction, they reach the service, the file has no name of the case's people, and the
audit entry says the names were masked."""

from __future__ import annotations

import csv

import pytest
from gui_helpers import wait_for_ops
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt

from consular.gui.brief_dialog import open_brief_dialog
from consular.gui.timeline.tab import TimelineTab
from consular.services import audit
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import KAYES, SUPERVISOR

pytestmark = pytest.mark.gui
NAMES = ("Gaddam", "Mohanty", "Verma", "श्रीनिवास")


def _tick(qtbot, box) -> None:
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(6, box.height() // 2))


def _audited(ctx, action: str) -> list[dict]:
    supervisor = ServiceContext(ctx.database, actor_for(ctx.database, SUPERVISOR), ctx.settings)
    return [a.after for a in audit.audit_trail(supervisor, KAYES) if a.action == action]


def test_the_brief_dialog_masks_names_only_in_a_redacted_brief(gui_ctx, qtbot):
    dialog = open_brief_dialog(None, gui_ctx, KAYES)
    qtbot.addWidget(dialog)
    wait_for_ops(qtbot)
    assert not dialog.mask_names.isEnabled()
    _tick(qtbot, dialog.redact)
    assert dialog.mask_names.isEnabled()
    _tick(qtbot, dialog.mask_names)
    assert dialog.options().mask_names
    with qtbot.waitSignal(dialog.generated, timeout=30_000) as signal:
        qtbot.mouseClick(dialog.generate_button, Qt.LeftButton)
    result = signal.args[0]
    text = " ".join((p.extract_text() or "") for p in PdfReader(str(result.path)).pages)
    assert "[name redacted]" in text
    for name in NAMES:
        assert name not in text, name
    assert [(a["redacted"], a["names_masked"]) for a in _audited(gui_ctx, "brief.issue")] == [(True, True)]
    # Unticking redaction unticks and greys out the names box.
    _tick(qtbot, dialog.redact)
    assert not dialog.mask_names.isEnabled() and not dialog.mask_names.isChecked()
    wait_for_ops(qtbot)


def test_the_export_dialog_masks_names_in_the_file(gui_ctx, qtbot, tmp_path):
    tab = TimelineTab(gui_ctx, KAYES)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.timeline is not None, timeout=20_000)
    dialog = tab.choose_export()
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    target = tmp_path / "kayes.csv"
    dialog.path.setText(str(target))
    assert not dialog.mask_names.isEnabled()
    dialog.redact.setChecked(True)
    assert dialog.mask_names.isEnabled()
    dialog.mask_names.setChecked(True)
    with qtbot.waitSignal(tab.export_finished, timeout=30_000) as blocker:
        dialog._accept()
    assert blocker.args[0] is not None
    with target.open(encoding="utf-8-sig", newline="") as handle:
        text = "\n".join(",".join(row) for row in csv.reader(handle))
    assert "[name redacted]" in text
    for name in NAMES:
        assert name not in text, name
    assert [a["names_masked"] for a in _audited(gui_ctx, "timeline.export")] == [True]
    wait_for_ops(qtbot)
