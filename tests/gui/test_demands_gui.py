"""The Demands tab as the Kayes team and an outsider see it: the register with its flags,
recording a money demand, answering it, vetting the intermediary, voiding; an outsider sees
dates and "Restricted" only and cannot act."""

from __future__ import annotations

import pytest
from gui_helpers import wait_for_ops

from consular.domain.enums import DemandKind, DemandResponse
from consular.services import demands
from tests.demo_data import KAYES, VIEWER

pytestmark = pytest.mark.gui


@pytest.fixture
def ws(case_workspace):
    case_workspace.show_section("demands")
    return case_workspace


def test_the_register_shows_the_intermediary_s_demands_flagged(qtbot, ws):
    tab = ws.demands
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=20_000)
    assert "3 demands" in tab.summary.text() and "1 without a response" in tab.summary.text()
    texts = [tab.model.index(r, 1).data() for r in range(3)]
    assert "Money: 300,000 XOF" in texts
    vias = [tab.model.index(r, 3).data() for r in range(3)]
    assert all("then)" in v for v in vias)  # every one flagged: he was never vetted
    tab.table.selectRow(0)
    assert "Came through an intermediary who was" in tab.detail.toPlainText()


def test_record_answer_and_void_a_money_demand(qtbot, ws, gui_ctx):
    tab = ws.demands
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=20_000)
    dialog = tab.add_demand()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.via.count() > 1, timeout=20_000)
    dialog.made_by.setText("Caller speaking for the group")
    dialog.kind.setCurrentIndex(dialog.kind.findData(DemandKind.MONEY.value))
    dialog.amount.setText("2,000,000")
    dialog.currency.setText("eur")
    dialog.details.setPlainText("Two million euros for the three")
    dialog.submit()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4, timeout=20_000)
    made = next(d for d in demands.list_demands(gui_ctx, KAYES) if d.amount == 2_000_000)
    assert made.currency == "EUR" and not made.flagged

    assert tab.select_demand(made.id)
    respond = tab.respond()
    respond.response.setCurrentIndex(respond.response.findData(DemandResponse.REFERRED.value))
    respond.note.setPlainText("Referred to the MEA crisis group")
    with qtbot.waitSignal(respond.saved, timeout=20_000):
        respond.submit()
    wait_for_ops(qtbot)
    answered = next(d for d in demands.list_demands(gui_ctx, KAYES) if d.id == made.id)
    assert answered.response == DemandResponse.REFERRED

    qtbot.waitUntil(lambda: tab.select_demand(made.id), timeout=20_000)
    void = tab.void()
    void.reason.setText("Recorded on the wrong case")
    with qtbot.waitSignal(void.saved, timeout=20_000):
        void.submit()
    wait_for_ops(qtbot)
    assert made.id not in [d.id for d in demands.list_demands(gui_ctx, KAYES)]


def test_a_money_demand_without_an_amount_is_refused_next_to_the_field(qtbot, ws):
    tab = ws.demands
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=20_000)
    dialog = tab.add_demand()
    dialog.made_by.setText("Caller")
    dialog.kind.setCurrentIndex(dialog.kind.findData(DemandKind.MONEY.value))
    dialog.details.setPlainText("Money")
    dialog.submit()
    qtbot.waitUntil(lambda: "amount" in dialog.errors.shown(), timeout=20_000)
    assert dialog.isVisible()


@pytest.fixture
def outsider_ws(demo_path, qtbot, private_config):
    """The Kayes workspace as the demo's viewer, who is on no case team."""
    from conftest import _context

    from consular.gui.workspace import CaseWorkspace

    ctx = _context(demo_path, VIEWER)
    ws = CaseWorkspace(ctx, KAYES)
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    qtbot.waitUntil(lambda: ws.detail is not None, timeout=20_000)
    wait_for_ops(qtbot)
    yield ws
    wait_for_ops(qtbot)
    ctx.database.dispose()


def test_an_outsider_sees_three_restricted_rows_and_cannot_act(qtbot, outsider_ws):
    tab = outsider_ws.demands
    outsider_ws.show_section("demands")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=20_000)
    assert [tab.model.index(r, 1).data() for r in range(3)] == ["Restricted"] * 3
    assert "restricted" in tab.summary.text()
    tab.table.selectRow(0)
    shown = tab.detail.toPlainText()
    assert "Restricted" in shown and "XOF" not in shown and "Mamadou" not in shown
    assert not any(b.isEnabled() for b in (tab.add_button, tab.respond_button, tab.vet_button, tab.void_button))
