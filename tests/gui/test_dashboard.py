"""Home: what needs attention, each item opening what it names."""

from __future__ import annotations

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from consular.domain.enums import CaseStatus
from consular.domain.timeutil import utcnow
from consular.gui import theme
from consular.gui.dashboard import TARGET_ROLE, DashboardView, section_for_action
from consular.services import cases as case_service
from consular.services import contacts as contact_service
from tests.demo_data import KAYES

pytestmark = pytest.mark.gui


@pytest.fixture
def home(gui_ctx, qtbot):
    view = DashboardView()
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    testers = [
        QAbstractItemModelTester(card.list.model(), QAbstractItemModelTester.FailureReportingMode.Warning)
        for card in view.cards
    ]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.set_context(gui_ctx)
    view.testers = testers
    yield view
    wait_for_ops(qtbot)


def items(card) -> list[tuple[str, object]]:
    return [(card.list.item(i).text(), card.list.item(i).data(TARGET_ROLE)) for i in range(card.list.count())]


def test_a_family_not_contacted_within_its_plan_is_listed(home, gui_ctx, qtbot):
    family = items(home.family)
    # The demo's contacts are from mid-2025: every family with a plan is overdue by now.
    gaddam = [(text, target) for text, target in family if "Lakshmi Gaddam" in text]
    assert len(gaddam) == 1
    text, target = gaddam[0]
    assert text.startswith("Family of Srinivas Gaddam (Lakshmi Gaddam, spouse): agreed every 2 days, last contact ")
    assert text.endswith(f"days ago\n{KAYES}")
    assert target[0] == KAYES and target[1] == "people" and isinstance(target[2], int)
    item = home.family.list.item(0)
    assert item.foreground().color().name() in ("#a24400", "#ffb066")  # the warning colour

    # Once the family is called, it drops off the list.
    detail = case_service.get_case(gui_ctx, KAYES)
    liaison = next(k for k in detail.next_of_kin if k.kin.full_name == "Lakshmi Gaddam")
    contact_service.log_contact(
        gui_ctx,
        KAYES,
        occurred_at=utcnow(),
        channel="phone",
        subject="Weekly update to Mrs Gaddam",
        counterpart_ids=[liaison.counterpart_id],
    )
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.refresh()
    assert not [t for t, _ in items(home.family) if "Lakshmi Gaddam" in t]
    assert len(items(home.family)) == len(family) - 1


def test_counts_held_nationals_and_overdue_tasks(home):
    assert home.tiles[CaseStatus.ACTIVE].value.text() == "3"
    assert home.tiles[CaseStatus.CLOSED].value.text() == "1"
    held = [text for text, _ in items(home.held)]
    kayes_held = [t for t in held if t.split("\n")[1].startswith(KAYES)]
    assert len(kayes_held) == 3
    assert all(" — held for " in t and t.split("\n")[0].endswith(" days") for t in kayes_held)
    # The trekker lost above Kyanjin Gompa is missing, not held: said so, never "in captivity".
    missing = [t for t in held if t.split("\n")[1].startswith("KTM-2025-0001")]
    assert missing and all(" — missing for " in t for t in missing)
    assert not [t for t in held if "in captivity" in t or "unaccounted for," in t]
    tasks = items(home.tasks)
    assert tasks and all("overdue by" in text for text, _ in tasks)
    assert all(target[1] == "tasks" and isinstance(target[2], int) for _, target in tasks)


def test_enter_on_an_item_opens_the_case_at_that_section(home, qtbot):
    home.family.list.setFocus()
    home.family.list.setCurrentRow(0)
    expected = home.family.list.item(0).data(TARGET_ROLE)
    with qtbot.waitSignal(home.open_requested, timeout=2000) as signal:
        qtbot.keyClick(home.family.list, Qt.Key_Return)
    assert tuple(signal.args) == tuple(expected)


def test_clicking_a_task_opens_its_case_at_the_tasks(home, qtbot):
    rect = home.tasks.list.visualItemRect(home.tasks.list.item(0))
    with qtbot.waitSignal(home.open_requested, timeout=2000) as signal:
        qtbot.mouseClick(home.tasks.list.viewport(), Qt.LeftButton, pos=rect.center())
    reference, section, record_id = signal.args
    assert section == "tasks" and isinstance(record_id, int) and reference.count("-") == 2


def test_a_status_tile_asks_for_that_status(home, qtbot):
    with qtbot.waitSignal(home.status_requested, timeout=2000) as signal:
        qtbot.mouseClick(home.tiles[CaseStatus.CLOSED], Qt.LeftButton)
    assert signal.args == [[CaseStatus.CLOSED]]


def test_empty_database_shows_calm_placeholders(qtbot, tmp_path):
    from consular.db.engine import open_database
    from consular.db.migrate import ensure_schema
    from consular.services import accounts
    from consular.services.context import ServiceContext, actor_for
    from tests.fixtures_db import TEST_PASSWORD

    database = open_database(tmp_path / "empty.db")
    ensure_schema(database)
    accounts.init_database(database, "someone", TEST_PASSWORD)
    view = DashboardView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.set_context(ServiceContext(database, actor_for(database, "someone")))
    assert items(view.tasks) == [("No task is overdue.", None)]
    assert not view.tasks.list.item(0).flags() & Qt.ItemIsSelectable
    assert view.tiles[CaseStatus.OPEN].value.text() == "0"
    wait_for_ops(qtbot)
    database.dispose()


@pytest.mark.parametrize(
    ("action", "section"),
    [
        ("contact.log", "contacts"),
        ("task.complete", "tasks"),
        ("kin.plan", "people"),
        ("milestone.add", "milestones"),
        ("document.attach", "documents"),
        ("case.status", "overview"),
    ],
)
def test_activity_opens_the_section_it_happened_in(action, section):
    assert section_for_action(action) == section


@pytest.mark.slow
def test_a_capped_panel_shows_the_real_count_not_the_cap(synthetic_ctx, qtbot):
    from consular.services import dashboard as dashboard_service
    from consular.services.tasks import list_tasks

    everything = dashboard_service.dashboard(synthetic_ctx, list_limit=100_000)
    overdue = list_tasks(synthetic_ctx, overdue_only=True, limit=None)
    cap = 10  # the app lists 50; the synthetic database has more than 10 of each
    assert len(everything.held) > cap and len(everything.family_overdue) > cap and len(overdue) > cap
    view = DashboardView()
    view.list_limit = cap
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.set_context(synthetic_ctx)
    assert view.held.list.count() == cap  # the list stops at the cap...
    assert view.held.count.text() == f"{len(everything.held):,}"  # ...the count does not
    assert view.family.count.text() == f"{len(everything.family_overdue):,}"
    assert view.tasks.count.text() == f"{cap}+"
    assert f"the first {cap} are listed" in view.tasks.count.toolTip()
    wait_for_ops(qtbot)


def test_an_uncapped_panel_counts_its_items(home):
    for card in home.cards[:3]:
        shown = card.list.count() if card.list.item(0).flags() & Qt.ItemIsEnabled else 0
        assert card.count.text() == (str(shown) if shown else "")
    # Recent activity is the latest few of the whole audit log: never a count of it.
    assert home.recent.count.text() == f"latest {home.recent.list.count()}"


def test_held_nationals_are_flagged_for_stale_proof_of_life_and_medical_needs_without_news(home):
    """The service's flags, in words on the item's second line and marked as a warning; the
    tooltip says when the last verified proof of life was. Checked against the service."""
    data = home.data
    rows = {
        home.held.list.item(i).text().split("\n")[0].split(" — ")[0]: home.held.list.item(i)
        for i in range(home.held.list.count())
    }
    assert any(h.medical_watch_overdue for h in data.held) and any(h.proof_of_life_overdue for h in data.held)
    for h in data.held:
        item = rows[h.name]
        second = item.text().split("\n")[1]
        assert ("medical needs, no welfare news for" in second) == h.medical_watch_overdue
        assert ("proof of life" in second) == h.proof_of_life_overdue
        assert ("Needs attention" in item.toolTip()) == h.flagged
        assert (item.foreground().color() == theme.warning_colour()) == h.flagged
    # The trekker's medical needs read "None known.": nothing to watch.
    [trekker] = [h for h in data.held if h.reference == "KTM-2025-0001"]
    assert not trekker.medical_watch_overdue
