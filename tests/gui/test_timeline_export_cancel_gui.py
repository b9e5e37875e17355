"""Exporting a long case's timeline from the Timeline tab: progress in words, and Cancel.

A real generated wrongful-detention case (thousands of events), a real PDF export in the
background, the Cancel button pressed while pages are being laid out: no file, no temporary
file, and nothing in the audit trail about it.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

pytest.importorskip("PySide6")

from gui_helpers import wait_for_ops
from PySide6.QtCore import Qt

from consular.db.engine import open_database
from consular.db.migrate import ensure_schema
from consular.gui.timeline import TimelineTab
from consular.seeding.synthetic import generate
from consular.services import accounts, audit
from consular.services.context import ServiceContext, actor_for
from tests.fixtures_db import TEST_PASSWORD

pytestmark = pytest.mark.gui

LONG_EVENTS = 2500


@pytest.fixture(scope="module")
def long_case_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("long") / "long.db"
    database = open_database(path)
    try:
        ensure_schema(database)
        accounts.init_database(database, "gui.admin", TEST_PASSWORD)
        report = generate(
            database,
            cases=4,
            seed=11,
            progress=False,
            batch_size=8,
            long_case_events=LONG_EVENTS,
            now=datetime(2026, 5, 1, 12, tzinfo=UTC),
        )
    finally:
        database.dispose()
    return path, report.long_case


@pytest.fixture
def long_tab(long_case_template, tmp_path, qtbot):
    import shutil

    source, reference = long_case_template
    path = tmp_path / "long.db"
    shutil.copy(source, path)
    database = open_database(path)
    ctx = ServiceContext(database, actor_for(database, "gui.admin"))
    tab = TimelineTab(ctx, reference)
    qtbot.addWidget(tab)
    tab.resize(1366, 800)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: tab.timeline is not None, timeout=60_000)
    yield ctx, reference, tab
    wait_for_ops(qtbot, timeout=60_000)
    database.dispose()


def export_entries(ctx, reference) -> list:
    return [a for a in audit.audit_trail(ctx, reference) if a.action.startswith("timeline.export")]


def test_cancelling_a_long_pdf_export_leaves_no_file_and_records_nothing(long_tab, qtbot, tmp_path):
    ctx, reference, tab = long_tab
    assert len(tab.timeline.events) >= LONG_EVENTS * 0.9
    before = export_entries(ctx, reference)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "long.pdf"
    tab.export("pdf", target, include_restricted=True)
    # The progress row says how far it is, in events and then in pages.
    qtbot.waitUntil(lambda: "Laying out the PDF: page" in tab.status.text(), timeout=120_000)
    assert tab.cancel_button.isVisible()
    with qtbot.waitSignal(tab.export_finished, timeout=30_000) as blocker:
        qtbot.mouseClick(tab.cancel_button, Qt.LeftButton)
    assert blocker.args == [None]
    assert "cancelled" in tab.status.text()
    assert tab.progress.value() < tab.progress.maximum()  # stopped part-way, not at the end
    assert list(folder.iterdir()) == []  # neither the file nor its temporary
    assert export_entries(ctx, reference) == before  # a cancelled export is not audited
    assert tab.export_button.isEnabled() and not tab.cancel_button.isVisible()


def test_a_long_csv_export_reports_events_and_is_audited_once(long_tab, qtbot, tmp_path):
    import csv

    ctx, reference, tab = long_tab
    before = len(export_entries(ctx, reference))
    texts: list[str] = []
    tab.progress.valueChanged.connect(lambda _v: texts.append(tab.status.text()))
    target = tmp_path / "long.csv"
    with qtbot.waitSignal(tab.export_finished, timeout=120_000) as blocker:
        tab.export("csv", target, include_restricted=True)
    timeline = blocker.args[0]
    assert timeline is not None
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == [e.id for e in timeline.events]
    assert any(t.startswith("Writing events:") and f"of {len(rows):,}" in t for t in texts)
    entries = export_entries(ctx, reference)
    assert len(entries) == before + 1 and entries[0].after["events"] == len(rows)
    assert (target.stat().st_mode & 0o777) == 0o600
