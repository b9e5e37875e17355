"""The Family tab as the Kayes team and an outsider see it, and the dashboard's "Tell the
family" panel: the open item for the Verma proof of life, recording a family update that
closes it, changing a liaison officer (and a stale change refused), closing an item by hand;
an outsider sees no restricted item and cannot act."""

from __future__ import annotations

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from consular.domain.enums import Channel
from consular.gui.dashboard import TARGET_ROLE, DashboardView
from consular.gui.forms.family_forms import FamilyUpdateForm, OfficerChangeForm
from consular.services import family_updates, liaison_officers, people
from tests.demo_data import KAYES, SUPERVISOR, VIEWER

pytestmark = pytest.mark.gui


@pytest.fixture
def ws(case_workspace, qtbot):
    case_workspace.show_section("family")
    tab = case_workspace.family
    QAbstractItemModelTester(tab.item_model, QAbstractItemModelTester.FailureReportingMode.Warning)
    QAbstractItemModelTester(tab.log_model, QAbstractItemModelTester.FailureReportingMode.Warning)
    qtbot.waitUntil(lambda: tab.log_model.rowCount() > 0, timeout=20_000)
    return case_workspace


def test_the_open_item_the_log_and_the_officers_are_shown(ws):
    tab = ws.family
    assert tab.item_model.rowCount() == 1
    assert tab.item_model.index(0, tab.item_model.COL_KIND).data() == "Proof of life"
    assert tab.item_model.index(0, tab.item_model.COL_HOSTAGE).data() == "Ravi Kumar Verma"
    assert "1 open" in tab.items_heading.text()
    assert tab.log_model.rowCount() == 6 and "6 family updates" in tab.summary.text()
    officers = tab.officers_label.text()
    assert "Subrat Mohanty" in officers and "from Priyanka Das" in officers and "Kiran Reddy" in officers


def test_recording_an_update_for_sunita_closes_the_item(qtbot, ws, gui_ctx):
    tab = ws.family
    dialog = tab.record()
    qtbot.waitExposed(dialog)
    dialog.kin.setCurrentIndex(next(i for i in range(dialog.kin.count()) if "Sunita" in dialog.kin.itemText(i)))
    assert dialog.covers.count() == 1 and dialog.covers.item(0).checkState() == Qt.Checked
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.PHONE.value))
    dialog.submit()
    qtbot.waitUntil(lambda: "what_told" in dialog.errors.shown(), timeout=20_000)
    dialog.what.setPlainText("Told her an audio message has come and is being checked.")
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    qtbot.waitUntil(lambda: tab.item_model.rowCount() == 0, timeout=20_000)
    qtbot.waitUntil(lambda: tab.log_model.rowCount() == 7, timeout=20_000)
    assert "nothing waiting" in tab.items_heading.text()
    [newest] = family_updates.family_log(gui_ctx, KAYES)[:1]
    assert newest.restricted and newest.closed_item_ids


def test_changing_the_officer_and_a_stale_change_is_offered_a_reload(qtbot, ws, gui_ctx, make_ctx_for):
    tab = ws.family
    dialog = tab.change_officer()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.to_user.count() > 1, timeout=20_000)
    dialog.kin.setCurrentIndex(next(i for i in range(dialog.kin.count()) if "Lakshmi" in dialog.kin.itemText(i)))
    dialog.to_user.setCurrentIndex(dialog.to_user.findData("p.das"))
    # Someone else changes Lakshmi's officer meanwhile: the save is refused as stale.
    liaison_officers.change_liaison_officer(
        make_ctx_for(SUPERVISOR), KAYES, kin="Lakshmi", to_user="m.pillai", reason="Cover for a day"
    )
    dialog.reason.setText("Kiran Reddy on leave for three weeks")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.conflict.isVisible(), timeout=20_000)
    assert dialog.isVisible()
    [lakshmi] = [o for o in liaison_officers.officers(gui_ctx, KAYES) if o.kin_name == "Lakshmi Gaddam"]
    assert lakshmi.officer == "Meera Pillai"


def test_closing_an_item_by_hand_needs_a_reason(qtbot, ws, gui_ctx):
    tab = ws.family
    tab.item_table.selectRow(0)
    dialog = tab.close_item()
    qtbot.waitExposed(dialog)
    dialog.submit()
    qtbot.waitUntil(lambda: "reason" in dialog.errors.shown(), timeout=20_000)
    dialog.reason.setText("Told in person at the embassy")
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    qtbot.waitUntil(lambda: tab.item_model.rowCount() == 0, timeout=20_000)
    assert family_updates.tell_items(gui_ctx, KAYES) == []


def test_the_forms_check_without_a_database():
    empty = FamilyUpdateForm()
    assert {e.field for e in empty.validate()} == {"kin", "channel", "what_told"}
    stale = FamilyUpdateForm(kin_id=1, channel=Channel.PHONE, what_told="x", covers=(9,), open_item_ids=(1,))
    assert [e.field for e in stale.validate()] == ["covers"]
    same = OfficerChangeForm(liaison_id=1, current="a.sharma", version=2, to_user="a.sharma", reason="")
    assert {e.field for e in same.validate()} == {"to_user", "reason"}
    ok = OfficerChangeForm(liaison_id=1, current="a.sharma", version=2, to_user="k.reddy", reason="Leave")
    assert ok.validate() == [] and ok.arguments()["expected_version"] == 2


def test_the_dashboard_shows_tell_the_family_items_red_when_past_due(qtbot, gui_ctx):
    view = DashboardView()
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.set_context(gui_ctx)
    card = view.tell
    # The demo was loaded as of its last day (October 2025): seen today, its one item is long overdue.
    [text] = [card.list.item(i).text() for i in range(card.list.count())]
    assert text.startswith(f"Tell the family of Ravi Kumar Verma: proof of life\n{KAYES} · overdue by ")
    assert card.count.text() == "1"
    target = card.list.item(0).data(TARGET_ROLE)
    assert target[0] == KAYES and target[1] == "family"
    assert card.list.item(0).foreground().color().name() in ("#b3261e", "#ff8a80")  # red: past due
    # A status change opens an item due in 24 hours: listed after the overdue one, not red.
    hostage = next(p for p in people_of(gui_ctx) if p.name == "Srinivas Gaddam")
    people.change_hostage_status(gui_ctx, KAYES, hostage.person.id, "unaccounted")
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.refresh()
    assert card.count.text() == "2"
    first, second = card.list.item(0), card.list.item(1)
    assert first.text().startswith("Tell the family of Ravi Kumar Verma")
    assert second.text() == f"Tell the family of Srinivas Gaddam: status change\n{KAYES} · due in 23 h"
    assert second.foreground().color().name() not in ("#b3261e", "#ff8a80")
    with qtbot.waitSignal(view.open_requested, timeout=5_000) as opened:
        view._activated(first)
    assert opened.args[0] == KAYES and opened.args[1] == "family"
    wait_for_ops(qtbot)


def people_of(ctx):
    from consular.services import cases

    return cases.get_case(ctx, KAYES).hostages


@pytest.fixture
def make_ctx_for(gui_ctx):
    from consular.services.context import ServiceContext, actor_for

    return lambda name: ServiceContext(gui_ctx.database, actor_for(gui_ctx.database, name), gui_ctx.settings)


def test_an_outsider_sees_no_restricted_item_and_cannot_act(qtbot, demo_path, private_config):
    from conftest import _context

    from consular.gui.workspace import CaseWorkspace

    ctx = _context(demo_path, VIEWER)
    ws = CaseWorkspace(ctx, KAYES)
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    ws.show_section("family")
    tab = ws.family
    qtbot.waitUntil(lambda: tab.log_model.rowCount() == 6, timeout=20_000)
    assert tab.item_model.rowCount() == 0
    assert not any(b.isEnabled() for b in (tab.tell_button, tab.officer_button, tab.close_button, tab.void_button))
    wait_for_ops(qtbot)
    ctx.database.dispose()


def test_a_demand_about_the_family_recorded_in_the_demands_tab_opens_an_item(qtbot, case_workspace, gui_ctx):
    from consular.domain.enums import DemandKind

    ws = case_workspace
    ws.show_section("demands")
    qtbot.waitUntil(lambda: ws.demands.model.rowCount() == 3, timeout=20_000)
    dialog = ws.demands.add_demand()
    qtbot.waitExposed(dialog)
    dialog.made_by.setText("Caller speaking for the group")
    dialog.kind.setCurrentIndex(dialog.kind.findData(DemandKind.OTHER.value))
    dialog.details.setPlainText("Said they know where the families live")
    dialog.about_family.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    wait_for_ops(qtbot)
    made = [i for i in family_updates.tell_items(gui_ctx, KAYES) if i.kind.value == "family_demand"]
    assert len(made) == 3  # it names no hostage: each family must hear of it
    ws.show_section("family")
    qtbot.waitUntil(lambda: ws.family.item_model.rowCount() == 4, timeout=20_000)
