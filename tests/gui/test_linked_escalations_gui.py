"""Linked cases on the overview and the supervisor's escalation queue on Home and in the tray:
the links open their case, an outsider sees reference and post only, linking and unlinking from
the overview; "My escalations" for supervisors only, its count and notification after a
refresh (on the timer and after a write), the badge drawn on the icon, and sign-out, lock and
close clearing it all."""

from __future__ import annotations

from datetime import timedelta

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtWidgets import QLabel

from consular.db.engine import open_database
from consular.db.migrate import ensure_schema
from consular.services import case_links, escalation, tasks
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import CASEWORKER, DELTA, KAYES, LANGTANG, LOME, SUPERVISOR

pytestmark = pytest.mark.gui


@pytest.fixture
def as_user(demo_path, qtbot):
    opened = []

    def make(username: str) -> ServiceContext:
        database = open_database(demo_path)
        ensure_schema(database)
        opened.append(database)
        return ServiceContext(database, actor_for(database, username))

    yield make
    wait_for_ops(qtbot)
    for database in opened:
        database.dispose()


def workspace(qtbot, ctx, reference):
    from consular.gui.workspace import CaseWorkspace

    ws = CaseWorkspace(ctx, reference)
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    qtbot.waitExposed(ws)
    qtbot.waitUntil(lambda: ws.overview.linked.links is not None, timeout=20_000)
    wait_for_ops(qtbot)
    return ws


def test_the_overview_lists_linked_cases_each_opening_its_case(qtbot, as_user, private_config):
    ws = workspace(qtbot, as_user("p.das"), LOME)
    box = ws.overview.linked
    assert [x.other_reference for x in box.links] == [DELTA]
    label = box.findChild(QLabel, f"link_{DELTA}")
    assert DELTA in label.text() and "Indian engineer kidnapped" in label.text() and "crewing" in label.text()
    with qtbot.waitSignal(ws.open_case_requested, timeout=5_000) as opened:
        label.linkActivated.emit(DELTA)
    assert opened.args == [DELTA]

    # Link Langtang (also Priyanka's) from the overview, then undo it with a reason.
    dialog = box.link_case()
    qtbot.waitExposed(dialog)
    dialog.submit()  # no reference: refused in the dialog, nothing written
    wait_for_ops(qtbot)
    assert dialog.isVisible() and len(case_links.list_links(box.ctx, LOME)) == 1
    dialog.other.setText(LANGTANG.lower())
    dialog.kind.setCurrentIndex(dialog.kind.findData("related"))
    dialog.note.setPlainText("Same family liaison officer")
    dialog.submit()
    qtbot.waitUntil(lambda: [x.other_reference for x in box.links] == [DELTA, LANGTANG], timeout=20_000)
    wait_for_ops(qtbot)
    undo = box.unlink(box.links[1])
    qtbot.waitExposed(undo)
    undo.reason.setPlainText("Linked by mistake")
    undo.submit()
    qtbot.waitUntil(lambda: [x.other_reference for x in box.links] == [DELTA], timeout=20_000)
    wait_for_ops(qtbot)


def test_an_outsider_sees_reference_and_post_only_and_cannot_unlink(qtbot, as_user, private_config):
    ws = workspace(qtbot, as_user(CASEWORKER), LOME)
    box = ws.overview.linked
    [link] = box.links
    assert link.withheld
    texts = " ".join(w.text() for w in box.findChildren(type(ws.overview.last_contact)))
    assert f"{DELTA}</b></a> (ABJ) — <i>details restricted to that case's team</i>" in texts
    assert "Indian engineer" not in texts and "crewing" not in texts
    unlink = [b for b in box.findChildren(type(box.link_button)) if b.text() == "Unlink…"]
    assert len(unlink) == 1 and not unlink[0].isEnabled()
    # A caseworker may try to link, and is told why not.
    dialog = box.link_case()
    dialog.other.setText(KAYES)
    dialog.submit()
    qtbot.waitUntil(lambda: "not on the team of" in dialog.general_error.text(), timeout=20_000)
    dialog.reject()


def make_window(qtbot, ctx):
    from consular.gui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    wait_for_ops(qtbot)
    return win


def test_home_shows_my_escalations_to_a_supervisor_only(qtbot, as_user, private_config):
    sup = as_user(SUPERVISOR)
    win = make_window(qtbot, sup)
    watch = win.escalations
    qtbot.waitUntil(lambda: watch.queue is not None, timeout=20_000)
    expected = escalation.my_queue(sup)
    assert watch.card.isVisible() and watch.queue.total == expected.total > 0
    assert watch.card.list.count() == len(expected.items)
    assert watch.card.count.text() == f"{expected.total:,}"
    assert watch.timer.isActive() and watch.tray.count == expected.total
    first = watch.card.list.item(0)
    assert KAYES in first.text()
    # Activating an item opens its case at the tasks or people.
    watch.card.list.itemActivated.emit(first)
    qtbot.waitUntil(lambda: win.current_workspace() is not None, timeout=20_000)
    assert win.current_workspace().property("reference") == KAYES
    wait_for_ops(qtbot)
    win.close()
    assert not watch.timer.isActive() and watch.tray.count is None


def test_a_supervisors_home_reads_the_dashboard_and_the_queue_once_each(qtbot, as_user, private_config, monkeypatch):
    """Opening the window (sign-in) fills Home with one dashboard call and one queue call, and
    switching to the case list and back within the minute asks for neither again."""
    from consular.services import dashboard

    calls = []
    for module, name in ((dashboard, "dashboard"), (escalation, "my_queue")):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, real=real, name=name, **k: calls.append(name) or real(*a, **k))
    win = make_window(qtbot, as_user(SUPERVISOR))
    qtbot.waitUntil(lambda: win.escalations.queue is not None and win.dashboard.data is not None, timeout=20_000)
    win.show_cases()
    win.show_home()
    wait_for_ops(qtbot)
    assert sorted(calls) == ["dashboard", "my_queue"]
    win.close()


def test_a_caseworker_sees_nothing_new(qtbot, as_user, private_config):
    win = make_window(qtbot, as_user(CASEWORKER))
    watch = win.escalations
    assert not watch.card.isVisible() and not watch.timer.isActive() and watch.queue is None
    assert watch.tray.count is None and not watch.tray.visible
    assert win.dashboard.tasks.isVisible()  # Home as before


def test_the_count_rises_on_the_timer_and_after_a_write_and_notifies(qtbot, as_user, private_config):
    sup = as_user(SUPERVISOR)
    win = make_window(qtbot, sup)
    watch = win.escalations
    qtbot.waitUntil(lambda: watch.queue is not None, timeout=20_000)
    before = watch.queue.total
    assert watch.tray.notifications == []  # the first count after signing in says nothing

    # A task overdue by a week appears with the next timed refresh.
    tasks.add_task(sup, KAYES, title="Chase the gendarmerie report", due_at=sup.now() - timedelta(days=7))
    watch.timer.setInterval(50)
    with qtbot.waitSignal(watch.updated, timeout=20_000, check_params_cb=lambda q: q.total == before + 1):
        pass
    watch.timer.setInterval(60_000)
    assert watch.tray.count == before + 1
    title, text = watch.tray.notifications[-1]
    assert title == "consular — escalations"
    assert text.startswith("1 new item in your escalation queue") and f"({before + 1} in all)" in text
    assert KAYES not in text and "gendarmerie" not in text  # nothing restricted in the tray
    assert "gendarmerie" not in watch.tray.menu.title()

    # Written through a case tab: the window refreshes the queue after the change.
    ws = win.open_case(KAYES)
    qtbot.waitUntil(lambda: ws.detail is not None, timeout=20_000)
    wait_for_ops(qtbot)
    with qtbot.waitSignal(watch.updated, timeout=20_000, check_params_cb=lambda q: q.total == before + 2):
        tasks.add_task(sup, KAYES, title="Second overdue", due_at=sup.now() - timedelta(days=9))
        ws.case_changed.emit(KAYES)
    assert len(watch.tray.notifications) == 2

    # Fewer items: the count follows, no notification.
    done = next(i for i in watch.queue.items if i.text.startswith("Second overdue"))
    tasks.complete_task(sup, done.item_id, note="done")
    with qtbot.waitSignal(watch.updated, timeout=20_000, check_params_cb=lambda q: q.total == before + 1):
        watch.refresh()
    assert len(watch.tray.notifications) == 2
    wait_for_ops(qtbot)


def test_lock_and_sign_out_stop_the_timer_and_clear_the_tray(qtbot, as_user, private_config):
    win = make_window(qtbot, as_user(SUPERVISOR))
    watch = win.escalations
    qtbot.waitUntil(lambda: watch.queue is not None, timeout=20_000)
    win.signed_in = True
    win.idle_lock.lock()
    assert win.idle_lock.locked
    assert not watch.timer.isActive() and watch.tray.count is None and watch.queue is None
    watch.refresh()  # a refresh asked for while locked reads nothing
    assert watch.queue is None
    win.idle_lock.unlock()
    assert watch.timer.isActive()
    qtbot.waitUntil(lambda: watch.queue is not None, timeout=20_000)

    win.set_context(None)  # signed out / database closed
    assert not watch.timer.isActive() and watch.tray.count is None and not watch.card.isVisible()
    assert watch.queue is None


def test_the_badge_is_drawn_on_the_icon():
    from consular.gui.tray import EscalationTray, badge_probe, tooltip_text

    tray = EscalationTray(available=False)
    probe = badge_probe()

    def colour():
        return tray.pixmap.toImage().pixelColor(int(probe.x()), int(probe.y()))

    assert colour().red() < 150  # the app icon's blue: no badge at 0
    tray.set_count(7)
    assert (colour().red(), colour().green(), colour().blue()) == (200, 30, 30)
    # The digits are white on the disc.
    image = tray.pixmap.toImage()
    whites = sum(
        1
        for x in range(image.width() // 2, image.width())
        for y in range(image.height() // 2)
        if image.pixelColor(x, y).name() == "#ffffff"
    )
    assert whites > 20
    tray.set_count(0)
    assert colour().red() < 150
    assert tooltip_text(3) == "consular — 3 items overdue on the cases you supervise"
    assert tooltip_text(1).endswith("1 item overdue on the cases you supervise")
    # The menu: open consular, show the queue.
    assert [a.text() for a in tray.menu.actions()] == ["Open consular", "Show my escalations"]
    seen = []
    tray.show_queue_requested.connect(lambda: seen.append("queue"))
    tray.menu.actions()[1].trigger()
    assert seen == ["queue"]
    tray.clear()
    assert tray.count is None
