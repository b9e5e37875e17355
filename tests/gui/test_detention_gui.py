"""The Detention tab of the demo's Lomé case as its lead caseworker and an outsider see it, and
the dashboard's "Overdue detention requests" panel: facts and transfers at the top, overdue
rows marked, recording a visit request and its decision, answering a note verbale, a stale
save offered Reload, a restricted visit withheld from an outsider; the tab hidden on a case
that is not a wrongful detention; a dashboard item opening the record it names."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtTest import QAbstractItemModelTester

from consular.domain.clock import FixedClock
from consular.domain.enums import VisitDecision
from consular.domain.timeline import EventType
from consular.services import detention
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import KAYES, LOME, VIEWER

pytestmark = pytest.mark.gui

DEMO_DAY = datetime(2025, 10, 21, 18, 0, tzinfo=UTC)  # the demo's "today"
LEAD = "f.ansari"


def as_user(gui_ctx, username: str) -> ServiceContext:
    database = gui_ctx.database
    return ServiceContext(
        database, actor_for(database, username), gui_ctx.settings, FixedClock(DEMO_DAY, read_only=False)
    )


def open_workspace(qtbot, ctx, reference: str):
    from consular.gui.workspace import CaseWorkspace

    ws = CaseWorkspace(ctx, reference)
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    qtbot.waitExposed(ws)
    qtbot.waitUntil(lambda: ws.detail is not None, timeout=20_000)
    wait_for_ops(qtbot)
    return ws


@pytest.fixture
def lead(gui_ctx):
    return as_user(gui_ctx, LEAD)


@pytest.fixture
def tab(qtbot, lead, private_config):
    ws = open_workspace(qtbot, lead, LOME)
    ws.show_section("detention")
    tab = ws.detention
    qtbot.waitUntil(lambda: tab.file is not None, timeout=20_000)
    tab.testers = [
        QAbstractItemModelTester(s.model, QAbstractItemModelTester.FailureReportingMode.Warning)
        for s in tab.sections.values()
    ]
    yield tab
    wait_for_ops(qtbot)


def column_texts(section, column: int) -> list[str]:
    return [section.model.index(r, column).data() for r in range(section.model.rowCount())]


def test_facts_and_records_with_overdue_rows_marked(tab):
    assert tab.isVisible()
    facts = tab.facts.text()
    assert "Lomé civil prison, remand wing (fictional)" in facts and "since 09 Jul 2025" in facts
    assert "Before: Judicial police holding cells, Lomé (fictional)" in facts
    assert "Maître Kossi Agbodjan (fictional)" in facts
    decisions = column_texts(tab.visits, 2)
    assert decisions[:3] == ["Granted", "Refused", "Granted"]
    assert decisions[3] == "Awaiting a decision — OVERDUE (15 days)"
    assert tab.visits.model.index(3, 2).data(9) is not None  # Qt.ForegroundRole: the warning colour
    assert "OVERDUE" in column_texts(tab.notes, 4)[4] and "29 days" in column_texts(tab.notes, 4)[4]
    assert column_texts(tab.hearings, 3)[2] == "OVERDUE — no outcome recorded"
    assert tab.inner.tabText(0) == "Consular visits (4) — 1 overdue"
    assert tab.inner.tabText(3) == "Charges (0)" and tab.charges.summary.text() == "No charge recorded"


def test_request_a_visit_then_record_the_decision(qtbot, tab, lead):
    dialog = tab.add_visit()
    qtbot.waitExposed(dialog)
    dialog.requested.set_value(datetime(2025, 10, 20, 9, 0, tzinfo=UTC))
    dialog.note.setCurrentIndex(dialog.note.findText("NV/LFW/2025/081 (fictional) (22 Sept 2025)"))
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    qtbot.waitUntil(lambda: tab.visits.model.rowCount() == 5, timeout=20_000)
    made = detention.detention_file(lead, LOME).visits[-1]
    assert made.note_reference == "NV/LFW/2025/081 (fictional)" and made.decision == VisitDecision.PENDING

    assert tab.select_record(f"visit:{made.id}")
    edit = tab.edit_visit()
    edit.decision.setCurrentIndex(edit.decision.findData(VisitDecision.GRANTED.value))
    edit.decided.set_value(datetime(2025, 10, 19, 9, 0, tzinfo=UTC))  # before the request
    edit.submit()
    qtbot.waitUntil(lambda: "decided_at" in edit.errors.shown(), timeout=20_000)
    assert edit.isVisible()
    edit.decided.set_value(datetime(2025, 10, 21, 9, 0, tzinfo=UTC))
    edit.visit_at.set_value(datetime(2025, 10, 21, 15, 0, tzinfo=UTC))
    edit.visited_by.setText("F. Ansari")
    edit.welfare.setPlainText("Tired; asks for news of his family")
    with qtbot.waitSignal(edit.saved, timeout=20_000):
        edit.submit()
    wait_for_ops(qtbot)
    stored = next(v for v in detention.detention_file(lead, LOME).visits if v.id == made.id)
    assert stored.visited and stored.welfare_observed == "Tired; asks for news of his family"


def test_answer_a_note_and_a_stale_save_offers_reload(qtbot, tab, lead):
    late = next(n for n in tab.file.notes if n.answered_at is None)
    assert tab.select_record(f"note_verbale:{late.id}")
    dialog = tab.edit_note()
    qtbot.waitExposed(dialog)
    # Someone else answers it meanwhile.
    detention.edit_note(
        as_user(lead, "p.das"), late.id, answered_at="2025-10-21T10:00", answer_summary="Answer by the supervisor"
    )
    dialog.answered.set_value(datetime(2025, 10, 21, 12, 0, tzinfo=UTC))
    dialog.answer.setPlainText("Ministry: visit on 28 October")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.conflict.isVisible(), timeout=20_000)
    assert dialog.conflict.reload_button.isVisible()
    dialog.conflict.reload()
    qtbot.waitUntil(lambda: dialog.record.version == late.version + 1, timeout=20_000)
    assert dialog.answer.toPlainText() == "Ministry: visit on 28 October"  # the typing kept
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    wait_for_ops(qtbot)
    stored = next(n for n in detention.detention_file(lead, LOME).notes if n.id == late.id)
    assert stored.answer_summary == "Ministry: visit on 28 October"
    qtbot.waitUntil(lambda: "OVERDUE" not in " ".join(column_texts(tab.notes, 4)), timeout=20_000)


def test_an_outsider_sees_the_restricted_visit_as_restricted(qtbot, gui_ctx, private_config):
    ws = open_workspace(qtbot, as_user(gui_ctx, VIEWER), LOME)
    ws.show_section("detention")
    tab = ws.detention
    qtbot.waitUntil(lambda: tab.file is not None, timeout=20_000)
    assert column_texts(tab.visits, 4)[2] == "Restricted"
    assert tab.select_record(f"visit:{tab.file.visits[2].id}")
    assert "Only the case team reads it" in tab.detail.toPlainText()
    assert "5 kg" not in tab.detail.toPlainText()
    assert not tab.visits.buttons["add"].isEnabled() and not tab.visits.buttons["edit"].isEnabled()
    wait_for_ops(qtbot)


def test_the_tab_is_only_on_a_wrongful_detention_case(qtbot, lead, private_config):
    ws = open_workspace(qtbot, lead, KAYES)
    assert not ws.tabs.isTabVisible(ws.tabs.indexOf(ws.detention))
    assert ws.detention.file is None  # never loaded: the case is not a detention
    wait_for_ops(qtbot)


def test_the_dashboard_panel_lists_overdue_requests_and_opens_them(qtbot, lead, private_config):
    from consular.gui.dashboard import TARGET_ROLE, DashboardView

    view = DashboardView()
    qtbot.addWidget(view)
    view.resize(1366, 900)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.set_context(lead)
    card = view.detention
    texts = [card.list.item(i).text() for i in range(card.list.count())]
    assert texts[0].startswith(
        "Note verbale NV/LFW/2025/081 (fictional) for Mohammed Irfan Shaikh: no answer for 29 days"
    )
    assert texts[1].startswith("Consular visit request for Mohammed Irfan Shaikh: no decision for 15 days")
    assert texts[2].startswith("Hearing of 14 Oct 2025 for Mohammed Irfan Shaikh: no outcome recorded")
    assert all(t.endswith(("since 22 Sept 2025", "since 06 Oct 2025", "since 14 Oct 2025")) for t in texts)
    assert card.count.text() == "3"
    target = card.list.item(1).data(TARGET_ROLE)
    assert target[0] == LOME and target[1] == "detention" and target[2].startswith("visit:")
    with qtbot.waitSignal(view.open_requested, timeout=5_000) as opened:
        card.list.itemActivated.emit(card.list.item(1))
    assert opened.args == [LOME, "detention", target[2]]

    ws = open_workspace(qtbot, lead, LOME)
    ws.show_section(*opened.args[1:])
    qtbot.waitUntil(lambda: ws.detention.visits.current() is not None, timeout=20_000)
    assert ws.tabs.currentWidget() is ws.detention
    assert ws.detention.visits.current().id == int(target[2].split(":")[1])
    wait_for_ops(qtbot)


def test_the_facts_dialog_records_a_transfer(qtbot, tab, lead):
    dialog = tab.edit_facts()
    qtbot.waitExposed(dialog)
    assert dialog.place.text() == "Lomé civil prison, remand wing (fictional)"
    dialog.place.setText("Central prison, Lomé (fictional)")
    dialog.since.set_value(datetime(2025, 10, 20, 8, 0, tzinfo=UTC))
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    qtbot.waitUntil(lambda: "Central prison, Lomé (fictional)" in tab.facts.text(), timeout=20_000)
    assert "since 20 Oct 2025" in tab.facts.text()
    [facts] = detention.detention_file(lead, LOME).detentions
    assert [p.place for p in facts.places][-2:] == [
        "Lomé civil prison, remand wing (fictional)",
        "Central prison, Lomé (fictional)",
    ]
    assert facts.lawyer_name == "Maître Kossi Agbodjan (fictional)"  # left as it was


def test_the_timeline_toggles_detention_events_and_the_window_still_fits_1280(qtbot, gui_ctx, private_config):
    from consular.domain.timeline import DETENTION_TYPES
    from consular.gui.main_window import MainWindow

    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_for_ops(qtbot)
    for reference in (KAYES, LOME):
        window.open_case(reference)
        qtbot.waitUntil(lambda r=reference: r in window.case_tabs(), timeout=20_000)
        ws = window.case_tabs()[reference]
        ws.show_section("timeline")  # (it loads when first shown)
        qtbot.waitUntil(lambda w=ws: w.timeline.timeline is not None, timeout=20_000)
        wait_for_ops(qtbot)
        shown = {t for t in DETENTION_TYPES if not ws.timeline.type_buttons[t].isHidden()}
        assert shown == (DETENTION_TYPES if reference == LOME else set())
        needed = window.minimumSizeHint()
        assert needed.width() <= 1280, (reference, needed)
    lome = window.case_tabs()[LOME].timeline
    visits = lome.type_buttons[EventType.CONSULAR_VISIT]
    assert "Consular visit" in visits.toolTip()
    visits.setChecked(False)
    assert EventType.CONSULAR_VISIT not in lome.shown_types() and EventType.NOTE_VERBALE in lome.shown_types()
    wait_for_ops(qtbot)
