"""The Timeline tab, driven as a caseworker would: select, zoom, filter, open, export."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

pytest.importorskip("PySide6")

from gui_helpers import wait_for_ops
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from consular.domain.timeline import (
    CaptivitySpan,
    EventSource,
    EventType,
    Timeline,
    TimelineCase,
    TimelineEvent,
    TimelineScope,
)
from consular.gui.timeline import ChronologyView, TimelineSortProxy, TimelineTab, TimelineTableModel
from consular.gui.timeline.axis import ticks
from consular.services import timeline as timeline_service

pytestmark = pytest.mark.gui

KAYES = "BAM-2025-0001"


@pytest.fixture
def ctx(gui_ctx):
    """The demo's lead caseworker in Bamako, on a private copy of the demo database."""
    return gui_ctx


@pytest.fixture
def tab(ctx, qtbot):
    widget = TimelineTab(ctx, KAYES)
    qtbot.addWidget(widget)
    widget.resize(1366, 800)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.timeline is not None, timeout=20_000)
    yield widget
    wait_for_ops(qtbot)


def synthetic_timeline(n: int, zone: str = "Europe/Paris") -> Timeline:
    """An in-memory timeline of ``n`` events over two years (no database needed)."""
    tz = ZoneInfo(zone)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    types = list(EventType)
    events = []
    for i in range(n):
        at = start + timedelta(minutes=53 * i)
        kind = types[i % len(types)]
        events.append(
            TimelineEvent(
                id=f"{kind.value}:{i + 1}",
                at=at,
                local_time=at.astimezone(tz),
                type=kind,
                title=f"Event {i}",
                detail="Detail",
                people=("Zoë Łukasik",) if i % 3 == 0 else (),
                recorded_by="Tester",
                restricted=i % 10 == 0,
                source=EventSource("contact", i + 1),
            )
        )
    case = TimelineCase(
        id=1,
        reference="SYN-2024-0001",
        title="Synthetic",
        kind="Other",
        status="Active",
        classification="RESTRICTED",
        timezone=zone,
        incident_at=start,
        place="Paris",
        post="Test post",
        captivity=[CaptivitySpan(1, "Held Person", start, start + timedelta(days=300), "released")],
    )
    return Timeline(
        case=case,
        scope=TimelineScope(include_restricted=True),
        generated_at=datetime.now(UTC),
        generated_by="Tester",
        events=events,
    )


# --------------------------------------------------------------------------- the model


def test_table_model_is_a_well_behaved_qt_model(ctx, qtbot):
    timeline = timeline_service.case_timeline(ctx, KAYES, timeline_service.TimelineFilter(include_restricted=True))
    model = TimelineTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_events(timeline.events)
    assert model.rowCount() == len(timeline.events)
    first = model.index(0, TimelineTableModel.COL_TYPE)
    assert first.data() == "Incident"
    assert model.index(0, TimelineTableModel.COL_WHEN).data() == "2025-07-01 06:00"
    model.set_events(synthetic_timeline(5_000).events)
    assert model.rowCount() == TimelineTableModel.BATCH and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 5_000
    model.set_events([])
    assert model.rowCount() == 0


def test_rows_are_fetched_when_an_event_is_selected_far_down(qtbot):
    model = TimelineTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    events = synthetic_timeline(20_000).events
    model.set_events(events)
    assert model.rowCount() == TimelineTableModel.BATCH
    assert model.row_of(events[15_000].id) == 15_000
    assert model.rowCount() == 15_001
    assert model.event_at(15_000) is events[15_000]


# --------------------------------------------------------------------------- the tab


def _click(qtbot, chronology: ChronologyView, index: int, *, double: bool = False) -> None:
    chronology.ensure_visible(index)
    point = chronology.marker_position(index).toPoint()
    if double:
        qtbot.mouseDClick(chronology.viewport(), Qt.LeftButton, pos=point)
    else:
        qtbot.mouseClick(chronology.viewport(), Qt.LeftButton, pos=point)


def test_clicking_a_marker_selects_the_row_and_shows_the_event(tab, qtbot):
    events = tab.events
    index = next(i for i, e in enumerate(events) if e.type is EventType.MILESTONE)
    tab.chronology.set_seconds_per_pixel(120)
    _click(qtbot, tab.chronology, index)
    current = tab.table.currentIndex()
    assert current.isValid()
    assert tab.proxy.mapToSource(current).row() == index
    assert events[index].title in tab.detail.toPlainText()


def test_selecting_a_row_selects_the_marker(tab, qtbot):
    row = 10
    proxy_index = tab.proxy.mapFromSource(tab.model.index(row, 2))
    tab.table.setFocus()
    tab.table.selectionModel().setCurrentIndex(
        proxy_index,
        tab.table.selectionModel().SelectionFlag.ClearAndSelect | tab.table.selectionModel().SelectionFlag.Rows,
    )
    assert tab.chronology.current == row
    x = tab.chronology.marker_position(row).x()
    assert ChronologyView.GUTTER <= x <= tab.chronology.viewport().width()


def test_double_click_and_enter_open_the_source_record(tab, qtbot):
    contact = next(i for i, e in enumerate(tab.events) if e.type is EventType.CONTACT)
    tab.chronology.set_seconds_per_pixel(60)
    with qtbot.waitSignal(tab.open_source) as blocker:
        _click(qtbot, tab.chronology, contact, double=True)
    assert blocker.args == ["contact", tab.events[contact].source.id]

    held = next(i for i, e in enumerate(tab.events) if e.type is EventType.HOSTAGE_STATUS)
    tab.select_event(tab.events[held].id)
    tab.table.setFocus()
    with qtbot.waitSignal(tab.open_source) as blocker:
        qtbot.keyClick(tab.table, Qt.Key_Return)
    assert blocker.args == ["person", tab.events[held].person_ids[0]]


def test_keyboard_walks_the_chronology(tab, qtbot):
    tab.chronology.setFocus()
    qtbot.keyClick(tab.chronology, Qt.Key_Home)
    assert tab.chronology.current == 0
    qtbot.keyClick(tab.chronology, Qt.Key_Right)
    assert tab.chronology.current == 1
    assert tab.proxy.mapToSource(tab.table.currentIndex()).row() == 1
    with qtbot.waitSignal(tab.open_source):
        qtbot.keyClick(tab.chronology, Qt.Key_Return)


def _ctrl_wheel(widget, steps: int) -> None:
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        pos,
        widget.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.NoButton,
        Qt.ControlModifier,
        Qt.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_zoom_from_hours_to_months(tab, qtbot):
    chronology = tab.chronology
    before = chronology.seconds_per_pixel
    _ctrl_wheel(chronology.viewport(), 3)
    assert chronology.seconds_per_pixel == pytest.approx(before / ChronologyView.ZOOM_STEP**3)
    for _ in range(40):
        qtbot.mouseClick(tab.zoom_in_button, Qt.LeftButton) if tab.zoom_in_button.isEnabled() else None
    assert chronology.seconds_per_pixel == ChronologyView.MIN_SPP
    assert not tab.zoom_in_button.isEnabled() and re.fullmatch(r"\d+ hours? shown", tab.zoom_label.text())
    start, end = chronology.visible_range()
    assert end - start < timedelta(hours=2)
    for _ in range(60):
        qtbot.keyClick(chronology, Qt.Key_Minus)
    start, end = chronology.visible_range()
    assert end - start > timedelta(days=365) and "months shown" in tab.zoom_label.text()
    qtbot.mouseClick(tab.fit_button, Qt.LeftButton)
    start, end = chronology.visible_range()
    assert start <= tab.events[0].at and end >= tab.events[-1].at


def test_type_toggles_restricted_switch_and_text_filter(tab, qtbot):
    total = len(tab.events)
    contacts = sum(1 for e in tab.events if e.type is EventType.CONTACT)
    qtbot.mouseClick(tab.type_buttons[EventType.CONTACT], Qt.LeftButton)
    assert EventType.CONTACT not in tab.chronology.lanes
    assert tab.model.total == total - contacts
    qtbot.mouseClick(tab.type_buttons[EventType.CONTACT], Qt.LeftButton)
    restricted = sum(1 for e in tab.events if e.restricted)
    assert restricted > 0
    tab.show_restricted.setChecked(False)
    assert tab.model.total == total - restricted and not any(e.restricted for e in tab.events)
    tab.show_restricted.setChecked(True)
    qtbot.keyClicks(tab.search, "Gaddam")
    assert 0 < tab.model.total < total
    assert all("gaddam" in (e.title + e.detail + " ".join(e.people)).lower() for e in tab.events)


def test_export_from_the_dialog_writes_the_file_with_progress(tab, qtbot, tmp_path):
    progress_values = []
    tab.progress.valueChanged.connect(progress_values.append)
    dialog = tab.choose_export()
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    target = tmp_path / "kayes.csv"
    dialog.path.setText(str(target))
    dialog.redact.setChecked(True)
    assert not dialog.include_restricted.isEnabled()
    with qtbot.waitSignal(tab.export_finished, timeout=20_000) as blocker:
        dialog.accept()
        dialog._accept()
    timeline = blocker.args[0]
    assert timeline is not None and timeline.scope.redacted
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert f"Exported {len(timeline.events)} events" in tab.status.text()
    # A progress report that reaches the GUI thread after the export settled (the worker's
    # last one can) leaves the final status as it is.
    tab._export_progressed(len(timeline.events), len(timeline.events))
    assert f"Exported {len(timeline.events)} events" in tab.status.text()
    assert not tab.progress.isVisible() and tab.export_button.isEnabled()
    assert progress_values and max(progress_values) == len(timeline.events)


def test_a_cancelled_export_writes_nothing(tab, qtbot, tmp_path, monkeypatch):
    def slow_export(ctx, reference, fmt, path, flt, *, progress):
        # Stands in for a long PDF: reports progress (as often as the writers do) until the
        # user cancels.
        for done in range(20_000):
            progress(done % 100, 100)
            time.sleep(0.001)
        raise AssertionError("never cancelled")

    monkeypatch.setattr(timeline_service, "export_timeline", slow_export)
    target = tmp_path / "never.pdf"
    tab.export("pdf", target)
    qtbot.waitUntil(lambda: tab.progress.maximum() == 100, timeout=10_000)
    assert tab.cancel_button.isVisible()
    with qtbot.waitSignal(tab.export_finished, timeout=20_000) as blocker:
        qtbot.mouseClick(tab.cancel_button, Qt.LeftButton)
    assert blocker.args == [None]
    assert "cancelled" in tab.status.text() and not target.exists()


# --------------------------------------------------------------------------- scale


def test_twenty_thousand_events_paint_only_what_is_visible(ctx, qtbot):
    tab = TimelineTab(ctx, "SYN-2024-0001", autoload=False)
    qtbot.addWidget(tab)
    tab.resize(1366, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_timeline(synthetic_timeline(20_000))
    chronology = tab.chronology
    lanes = len(chronology.lanes)
    chronology.fit()
    tab.grab()
    width = chronology.viewport().width() - ChronologyView.GUTTER
    # Zoomed out: at most one marker per marker width per lane, not 20,000.
    assert 0 < chronology.last_painted <= lanes * (width // ChronologyView.MARKER + 2)
    chronology.set_seconds_per_pixel(ChronologyView.MIN_SPP)
    chronology.center_on(tab.events[10_000].at.timestamp())
    tab.grab()
    # An hour and a bit on screen: a couple of events (one every 53 minutes).
    assert 0 < chronology.last_painted <= 4
    # Selecting the last event fetches its row and scrolls both views to it.
    assert tab.select_event(tab.events[-1].id)
    assert tab.proxy.mapToSource(tab.table.currentIndex()).row() == 19_999
    assert chronology.marker_position(19_999).x() <= chronology.viewport().width()


def test_my_time_moves_the_list_the_axis_and_the_detail(tab, qtbot):
    model = tab.model
    when = model.index(0, TimelineTableModel.COL_WHEN)
    assert model.headerData(TimelineTableModel.COL_WHEN, Qt.Horizontal) == "When (case time)"
    assert when.data() == "2025-07-01 06:00"  # Bamako, GMT
    tab.chronology.set_seconds_per_pixel(ChronologyView.MIN_SPP)
    tab.select_event(tab.events[0].id)

    tab.set_time_mode("user", "Asia/Kolkata")
    assert model.headerData(TimelineTableModel.COL_WHEN, Qt.Horizontal) == "When (my time)"
    assert when.data() == "2025-07-01 11:30"
    assert "my time" in tab.detail.toPlainText() and "11:30" in tab.detail.toPlainText()
    assert "my time, Asia/Kolkata" in tab.status.text()
    assert tab.current_event() is tab.events[0]  # the selection stays
    start, end = tab.chronology.visible_range()
    ticks, unit = tab.chronology._ticks(start.timestamp(), end.timestamp())
    assert unit == "hours" and ticks
    assert all(int(t) % 3600 == 1800 for t, _label, _bold in ticks)  # whole hours in India

    tab.set_time_mode("case")
    assert when.data() == "2025-07-01 06:00"
    assert "case time, Africa/Bamako" in tab.status.text()
    start, end = tab.chronology.visible_range()
    ticks, _unit = tab.chronology._ticks(start.timestamp(), end.timestamp())
    assert all(int(t) % 3600 == 0 for t, _label, _bold in ticks)


# --------------------------------------------------------------------------- structure


def test_the_sorting_proxy_is_a_well_behaved_qt_model_while_filtering_and_sorting(tab, qtbot):
    QAbstractItemModelTester(tab.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert isinstance(tab.proxy, TimelineSortProxy)
    total = tab.proxy.rowCount()
    assert total > 0
    qtbot.mouseClick(tab.type_buttons[EventType.CONTACT], Qt.LeftButton)
    assert 0 < tab.proxy.rowCount() < total
    tab.table.sortByColumn(TimelineTableModel.COL_TITLE, Qt.DescendingOrder)
    titles = [tab.proxy.index(r, TimelineTableModel.COL_TITLE).data() for r in range(tab.proxy.rowCount())]
    assert titles == sorted(titles, key=str.lower, reverse=True)
    tab.table.sortByColumn(TimelineTableModel.COL_WHEN, Qt.AscendingOrder)
    first = tab.proxy.mapToSource(tab.proxy.index(0, 0)).row()
    assert first == 0  # oldest first is the model's own order
    qtbot.keyClicks(tab.search, "no event has this text")
    assert tab.proxy.rowCount() == 0


@pytest.mark.parametrize(
    "first, second",
    [("consular.gui.timeline", "consular.gui.workspace"), ("consular.gui.workspace", "consular.gui.timeline")],
)
def test_the_tab_and_the_workspace_import_in_either_order(first, second):
    """The workspace imports the Timeline tab at module level; that only works while the tab
    imports nothing from the workspace package (it used to, and the workspace then built the
    tab under ``except ImportError``, which hid it)."""
    code = f"import {first}, {second}; from consular.gui.workspace.workspace import TimelineTab; print('ok')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_a_broken_timeline_tab_breaks_the_workspace_instead_of_vanishing(gui_ctx, qtbot, private_config, monkeypatch):
    """The workspace used to build the tab under ``except Exception`` and carry on without it;
    a bug in the tab must reach the crash dialog instead."""
    from consular.gui.workspace import CaseWorkspace
    from consular.gui.workspace import workspace as workspace_module

    class BrokenTab(TimelineTab):
        def __init__(self, *args, **kwargs):
            raise RuntimeError("bug in the timeline tab")

    monkeypatch.setattr(workspace_module, "TimelineTab", BrokenTab)
    with pytest.raises(RuntimeError, match="bug in the timeline tab"):
        CaseWorkspace(gui_ctx, KAYES)
    wait_for_ops(qtbot)


def test_the_axis_steps_from_hours_to_days_to_months_in_the_zone():
    zone = ZoneInfo("Asia/Kolkata")
    start = datetime(2025, 7, 1, tzinfo=zone).timestamp()
    hours, unit = ticks(start, start + 6 * 3600, 20.0, zone)  # 90 px ≈ half an hour: hourly ticks
    assert unit == "hours" and [label for _t, label, _m in hours[:3]] == ["Tue 01 Jul", "01:00", "02:00"]
    assert hours[0][2] and not hours[1][2]  # midnight is the major tick
    days, unit = ticks(start, start + 10 * 86400, 900.0, zone)
    assert unit == "days" and days[0][1] == "1 Jul 2025" and days[1][1] == "2 Jul"
    months, unit = ticks(start, start + 400 * 86400, 86400.0, zone)
    assert unit == "months" and months[0][1] == "Jul 2025"
    years, unit = ticks(start, start + 5 * 365 * 86400, 3 * 86400.0 * 30, zone)
    assert unit == "months" and [label for _t, label, _m in years[:2]] == ["2025", "2026"]
    assert all(datetime.fromtimestamp(t, zone).hour == 0 for t, _l, _m in days + months + years)


def test_the_export_dates_are_refused_with_a_message_never_rewritten(tab, qtbot, tmp_path):
    """The export's From/To were QDateEdits, which turn an impossible day into another one."""
    from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

    dialog = tab.choose_export()
    assert not dialog.findChildren(QDateEdit) and not dialog.findChildren(QDateTimeEdit)
    dialog.path.setText(str(tmp_path / "t.csv"))
    dialog.use_start.setChecked(True)
    dialog.start.setText("2025-02-30")
    dialog.use_end.setChecked(True)
    dialog.end.setText("2025-13-01")
    dialog._accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    message = dialog.error.text()
    assert "From: 2025-02-30 is not a date: February 2025 has 28 days" in message
    assert "To: There is no month 13" in message
    assert dialog.start.text() == "2025-02-30" and dialog.start.edit.property("invalid")
    dialog.start.setText("2025-07-01")
    dialog.end.setText("2025-06-01")
    dialog._accept()
    assert dialog.error.text() == "The first day is after the last day."
    dialog.end.setText("2025-07-25")
    with qtbot.waitSignal(tab.export_finished, timeout=20_000) as blocker:
        dialog._accept()  # accepted: the dialog closes (and is deleted) and the export runs
    assert blocker.args[0].scope.start is not None and (tmp_path / "t.csv").exists()
