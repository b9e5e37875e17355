"""The case workspace on the demo's Kayes case, driven as a caseworker drives it."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import timedelta

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from consular.domain.enums import HostageStatus
from consular.domain.timeutil import utcnow
from consular.services import cases, contacts, documents, tasks
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import CASEWORKER, KAYES, OTHER_CASEWORKER, SUPERVISOR
from tests.service_helpers import someone

pytestmark = pytest.mark.gui


@pytest.fixture
def ws(case_workspace):
    return case_workspace


def closed(dialog) -> bool:
    import shiboken6

    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def activate(qtbot, dialog):
    """Dialogs opened with open() are active on a desktop; wait for that here too (window
    shortcuts such as Ctrl+Enter only work in the active window)."""
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def row_texts(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


# --- overview ------------------------------------------------------------------------------


def test_the_kayes_case_opens_with_its_people_and_live_counters(qtbot, ws, monkeypatch):
    d = ws.detail
    assert ws.title_label.text().startswith("BAM-2025-0001 — Three Indian nationals")
    assert ws.overview.inputs["title"].text() == d.title
    assert ws.overview.incident.zone_label.text().startswith("Africa/Bamako")
    assert len(ws.overview.held_labels) == 3
    for participant, label in ws.overview.held_labels:
        assert f"{participant.days_in_captivity()}</span> days in captivity" in label.text()
    # One clock, once a minute; a tick after midnight moves every counter on.
    assert ws.minute_timer.isActive() and ws.minute_timer.interval() == 60_000
    from consular.domain import clock

    later = utcnow() + timedelta(days=3)
    before = {p.person.id: p.days_in_captivity() for p, _ in ws.overview.held_labels}
    # Views count by the clock of the context that read them (here the real one).
    monkeypatch.setattr(clock, "wall_now", lambda: later)
    ws.minute_timer.timeout.emit()
    for participant, label in ws.overview.held_labels:
        assert f"{before[participant.person.id] + 3}</span> days in captivity" in label.text()
    people_tree = ws.people.tree.topLevelItem(0)
    assert f"{before[people_tree.child(0).data(0, Qt.UserRole)[1]] + 3} days in captivity" in people_tree.child(0).text(
        1
    )


def test_names_in_devanagari_are_shown(ws):
    tree = ws.people.tree
    names = [tree.topLevelItem(0).child(i).text(0) for i in range(tree.topLevelItem(0).childCount())]
    assert "Ravi Kumar Verma (रवि कुमार वर्मा)" in names
    ws.show_section("people", next(p.person.id for p in ws.detail.hostages if p.name == "Ravi Kumar Verma"))
    assert "रवि कुमार वर्मा" in ws.people.detail.toPlainText()
    # The font in use can draw it (no missing-glyph boxes).
    from PySide6.QtGui import QFontMetrics

    assert all(QFontMetrics(tree.font()).inFontUcs4(ord(ch)) for ch in "रवि कुमार वर्मा" if not ch.isspace())


def test_editing_a_key_fact_saves_and_tells_the_main_window(qtbot, ws, gui_ctx):
    title = ws.overview.inputs["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Kayes hostage-taking (three nationals)")
    assert ws.overview.save_button.isEnabled()
    with qtbot.waitSignals([ws.case_changed, ws.title_changed], timeout=20_000):
        qtbot.mouseClick(ws.overview.save_button, Qt.LeftButton)
    wait_for_ops(qtbot)
    assert cases.get_case(gui_ctx, KAYES).title == "Kayes hostage-taking (three nationals)"
    assert not ws.overview.save_button.isEnabled()
    assert ws.title_label.text() == f"{KAYES} — Kayes hostage-taking (three nationals)"


def test_a_refused_value_is_shown_next_to_its_field_and_kept(qtbot, ws, gui_ctx):
    lat = ws.overview.inputs["latitude"]
    lat.setFocus()
    lat.selectAll()
    qtbot.keyClicks(lat, "114.45")
    qtbot.mouseClick(ws.overview.save_button, Qt.LeftButton)
    wait_for_ops(qtbot)
    error = ws.overview.errors.label_for("latitude")
    assert error.isVisible() and "outside -90" in error.text()
    assert lat.text() == "114.45"
    assert cases.get_case(gui_ctx, KAYES).latitude == 14.45

    # An incident time in the future, next to the incident field.
    ws.overview.incident.set_value(utcnow() + timedelta(days=5))
    lat.selectAll()
    qtbot.keyClicks(lat, "14.46")
    qtbot.mouseClick(ws.overview.save_button, Qt.LeftButton)
    wait_for_ops(qtbot)
    incident_error = ws.overview.errors.label_for("incident_at")
    assert incident_error.isVisible() and "future" in incident_error.text()
    assert not error.isVisible()
    assert lat.text() == "14.46"


def test_someone_elses_change_is_reported_and_my_edits_survive(qtbot, ws, gui_ctx):
    region = ws.overview.inputs["incident_region"]
    region.setFocus()
    region.selectAll()
    qtbot.keyClicks(region, "Kayes Region (west)")
    # Meanwhile a colleague edits the same case.
    other = ServiceContext(gui_ctx.database, actor_for(gui_ctx.database, SUPERVISOR))
    cases.edit_case(other, KAYES, attribution_source="Colleague's update")
    qtbot.mouseClick(ws.overview.save_button, Qt.LeftButton)
    wait_for_ops(qtbot)
    assert ws.overview.conflict.isVisible()
    assert "Someone else changed this case" in ws.overview.conflict_text.text()
    assert region.text() == "Kayes Region (west)"
    qtbot.mouseClick(ws.overview.reload_keep, Qt.LeftButton)
    wait_for_ops(qtbot)
    assert not ws.overview.conflict.isVisible()
    assert region.text() == "Kayes Region (west)"
    assert ws.overview.inputs["attribution_source"].text() == "Colleague's update"
    qtbot.mouseClick(ws.overview.save_button, Qt.LeftButton)
    wait_for_ops(qtbot)
    stored = cases.get_case(gui_ctx, KAYES)
    assert (stored.incident_region, stored.attribution_source) == ("Kayes Region (west)", "Colleague's update")


def test_logging_a_contact_does_not_count_as_someone_elses_edit(qtbot, ws, gui_ctx):
    town = ws.overview.inputs["incident_town"]
    town.setFocus()
    town.selectAll()
    qtbot.keyClicks(town, "Kayes (outskirts)")
    contacts.log_contact(
        gui_ctx,
        KAYES,
        counterpart_ids=someone(gui_ctx, KAYES),
        occurred_at=utcnow(),
        channel="phone",
        subject="Quick call",
    )
    ws.refresh()
    wait_for_ops(qtbot)
    assert town.text() == "Kayes (outskirts)"  # the typed edit is not thrown away
    qtbot.mouseClick(ws.overview.save_button, Qt.LeftButton)
    wait_for_ops(qtbot)
    assert not ws.overview.conflict.isVisible()
    assert cases.get_case(gui_ctx, KAYES).incident_town == "Kayes (outskirts)"


def test_status_change_offers_only_allowed_moves_and_needs_a_reason(qtbot, ws, gui_ctx):
    assert ws.detail.status.value == "active"
    dialog = ws.overview.change_status()
    activate(qtbot, dialog)
    offered = [dialog.status.itemText(i) for i in range(dialog.status.count())]
    assert offered == ["Resolved", "Closed"]
    dialog.status.setCurrentIndex(0)
    qtbot.keyClick(dialog.reason, Qt.Key_Return, Qt.ControlModifier)
    wait_for_ops(qtbot)
    error = dialog.errors.label_for("reason")
    assert dialog.isVisible() and error.isVisible() and "reason" in error.text()
    assert cases.get_case(gui_ctx, KAYES).status.value == "active"
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "All three released on 3 August")
    with qtbot.waitSignal(ws.case_changed, timeout=20_000):
        qtbot.keyClick(dialog.reason, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: closed(dialog))
    wait_for_ops(qtbot)
    assert ws.detail.status.value == "resolved"
    assert ws.detail.status_history[-1].reason == "All three released on 3 August"
    assert "All three released on 3 August" in ws.overview.history.text()


def test_closing_needs_a_supervisor_and_says_so(qtbot, ws):
    dialog = ws.overview.change_status()
    dialog.status.setCurrentIndex(dialog.status.findText("Closed"))
    dialog.reason.setPlainText("Done")
    dialog.submit()
    wait_for_ops(qtbot)
    assert dialog.isVisible()
    assert "supervisor" in dialog.general_error.text()
    dialog.reject()


# --- people --------------------------------------------------------------------------------


def test_hostage_status_change_stops_the_counter(qtbot, ws, gui_ctx):
    ravi = next(p for p in ws.detail.hostages if p.name == "Ravi Kumar Verma")
    ws.show_section("people", ravi.person.id)
    dialog = ws.people.change_status()
    qtbot.waitExposed(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData(HostageStatus.RELEASED.value))
    dialog.note.setPlainText("Handed over to the embassy in Bamako")
    dialog.source.setText("Governor of Kayes, call to the embassy")
    dialog.confirm.setText("Ravi Kumar Verma")
    with qtbot.waitSignal(ws.case_changed, timeout=20_000):
        dialog.submit()
    wait_for_ops(qtbot)
    updated = next(p for p in ws.detail.hostages if p.person.id == ravi.person.id)
    assert updated.hostage_status == HostageStatus.RELEASED
    label = next(lbl for p, lbl in ws.overview.held_labels if p.person.id == ravi.person.id)
    assert "Released" in label.text() and "in captivity" not in label.text()
    assert "Handed over to the embassy" in ws.people.detail.toPlainText()
    assert ws.detail.hostages_held == 2


def test_proof_of_life_and_next_of_kin_with_plan(qtbot, ws, gui_ctx):
    srinivas = next(p for p in ws.detail.hostages if p.name == "Srinivas Gaddam")
    ws.show_section("people", srinivas.person.id)
    dialog = ws.people.record_proof_of_life()
    dialog.description.setPlainText("Photo with a dated newspaper")
    assert "Always restricted" in dialog.restricted_note.text()
    dialog.submit()
    wait_for_ops(qtbot)
    assert "Photo with a dated newspaper" in ws.people.detail.toPlainText()

    dialog = ws.people.add_next_of_kin()
    assert dialog.hostage.currentData() == srinivas.person.id
    dialog.full_name.setText("Ramesh Gaddam")
    dialog.name_native.setText("రమేష్ గడ్డం")
    dialog.relationship.setText("Brother")
    dialog.every.setValue(1)
    dialog.submit()
    wait_for_ops(qtbot)
    kin = next(k for k in ws.detail.next_of_kin if k.kin.full_name == "Ramesh Gaddam")
    assert kin.plan_text().startswith("Agreed every day")
    assert kin.is_overdue()  # nobody has called him yet
    assert ws.people.select("kin", kin.id)
    item = ws.people.tree.currentItem()
    assert "overdue" in item.text(1).lower()
    assert "CONTACT OVERDUE" in ws.people.detail.toPlainText()

    dialog = ws.people.edit_plan()
    dialog.every.setValue(5)
    dialog.submit()
    wait_for_ops(qtbot)
    kin = next(k for k in ws.detail.next_of_kin if k.kin.full_name == "Ramesh Gaddam")
    assert kin.contact_every_days == 5


def test_person_dialog_keeps_text_after_a_refused_value(qtbot, ws, gui_ctx):
    dialog = ws.people.add_person()
    dialog.inputs["full_name"].setText("Vikas Rao")
    dialog.inputs["name_native"].setText("विकास राव")
    dialog.inputs["passport_number"].setText("12")
    dialog.submit()
    wait_for_ops(qtbot)
    assert dialog.isVisible()
    assert dialog.errors.label_for("passport_number").isVisible()
    assert dialog.inputs["name_native"].text() == "विकास राव"
    dialog.inputs["passport_number"].setText("Z7654321")
    dialog.submit()
    qtbot.waitUntil(lambda: closed(dialog))
    wait_for_ops(qtbot)
    assert any(p.name == "Vikas Rao" and p.person.name_native == "विकास राव" for p in ws.detail.hostages)


# --- contact log ---------------------------------------------------------------------------


def test_contact_log_is_newest_first_and_marks_restricted_entries(qtbot, ws, gui_ctx):
    ws.show_section("contacts")
    model = ws.contacts.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    times = [model.contact_at(r).occurred_at for r in range(model.rowCount())]
    assert times == sorted(times, reverse=True)
    restricted = [r for r in range(model.rowCount()) if model.contact_at(r).restricted]
    assert restricted, "the demo has restricted entries"
    row = restricted[0]
    index = model.index(row, model.COL_ACCESS)
    assert index.data() == "Restricted"
    assert not index.data(Qt.DecorationRole).isNull()
    ws.contacts.table.selectRow(row)
    assert ws.contacts.detail_restricted.isVisible()
    assert "RESTRICTED" in ws.contacts.detail.toPlainText()
    unrestricted = next(r for r in range(model.rowCount()) if not model.contact_at(r).restricted)
    ws.contacts.table.selectRow(unrestricted)
    assert not ws.contacts.detail_restricted.isVisible()


def test_contact_log_filters(qtbot, ws):
    tab, model = ws.contacts, ws.contacts.model
    total = model.rowCount()
    tab.channel.setCurrentIndex(tab.channel.findData("message"))
    wait_for_ops(qtbot)
    assert 0 < model.rowCount() < total
    assert all(model.contact_at(r).channel.value == "message" for r in range(model.rowCount()))
    tab.clear_filters()
    tab.category.setCurrentIndex(tab.category.findData("family"))
    wait_for_ops(qtbot)
    assert 0 < model.rowCount() < total
    assert all(
        any(c.category.value == "family" for c in model.contact_at(r).counterparts) for r in range(model.rowCount())
    )
    tab.clear_filters()
    qtbot.keyClicks(tab.text, "diabetes")
    qtbot.waitUntil(lambda: model.rowCount() < total and not model.is_loading(), timeout=5_000)
    wait_for_ops(qtbot)
    for r in range(model.rowCount()):
        c = model.contact_at(r)
        assert "diabetes" in " ".join(x or "" for x in (c.subject, c.notes, c.outcome)).lower()
    tab.clear_filters()
    tab.since.setText("2025-07-10")
    tab.until.setText("2025-07-12")
    wait_for_ops(qtbot)
    days = {ws.times.fmt_date(model.contact_at(r).occurred_at) for r in range(model.rowCount())}
    assert days and days <= {"2025-07-10", "2025-07-11", "2025-07-12"}
    assert "in this case" not in tab.status.text()


def test_a_filter_date_that_does_not_exist_is_refused_not_moved(qtbot, ws):
    """The From/To filters were QDateEdits: 2025-07-32 became another day without a word."""
    ws.show_section("contacts")
    tab, model = ws.contacts, ws.contacts.model
    wait_for_ops(qtbot)
    tab.since.setText("2025-07-10")
    tab.until.setText("2025-07-12")
    wait_for_ops(qtbot)
    shown = model.rowCount()
    tab.until.setFocus()
    tab.until.setText("2025-07-32")
    wait_for_ops(qtbot)
    assert tab.until.text() == "2025-07-32"  # as typed
    assert "To: 2025-07-32 is not a date: July 2025 has 31 days" in tab.status.text()
    assert "The filter was not changed" in tab.status.text()
    assert model.rowCount() == shown  # still 10 to 12 July
    days = {ws.times.fmt_date(model.contact_at(r).occurred_at) for r in range(model.rowCount())}
    assert days <= {"2025-07-10", "2025-07-11", "2025-07-12"}
    tab.text.setFocus()  # leaving it outlines it
    qtbot.waitUntil(lambda: bool(tab.until.edit.property("invalid")))
    tab.until.setText("")  # empty: any day
    wait_for_ops(qtbot)
    assert "matching the filters" in tab.status.text() and model.rowCount() >= shown


def test_editing_a_contact_keeps_its_history(qtbot, ws, gui_ctx):
    model = ws.contacts.model
    ws.show_section("contacts")
    ws.contacts.table.selectRow(0)
    original = ws.contacts.current_contact()
    dialog = ws.edit_contact(original)
    activate(qtbot, dialog)
    assert dialog.subject.text() == original.subject
    assert not dialog.follow_up.isVisible()
    dialog.notes.setFocus()
    dialog.notes.selectAll()
    qtbot.keyClicks(dialog.notes, "Corrected: the call was about the welfare kit.")
    qtbot.keyClick(dialog.notes, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: closed(dialog), timeout=20_000)
    wait_for_ops(qtbot)
    edited = model.contact_at(model.row_of(original.id))
    assert edited.notes == "Corrected: the call was about the welfare kit." and edited.revision == 2
    history = contacts.contact_history(gui_ctx, original.id)
    assert [h.notes for h in history] == [original.notes]
    qtbot.waitUntil(lambda: "Edit history (1 earlier version)" in ws.contacts.detail.toPlainText())
    assert (original.notes or "")[:40] in ws.contacts.detail.toPlainText()


def test_contact_table_model_pages_lazily(qtbot, gui_ctx, qtmodeltester):
    from consular.gui.times import TimeDisplay
    from consular.gui.workspace.contact_log import ContactTableModel

    total = len(contacts.list_contacts(gui_ctx, KAYES, limit=None))
    model = ContactTableModel(gui_ctx, KAYES, TimeDisplay("Africa/Bamako", "case"), page_size=10)
    qtbot.waitUntil(lambda: model.rowCount() == 10)
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()) or model.is_loading():
        if not model.is_loading():
            model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.is_loading())
    wait_for_ops(qtbot)
    assert model.rowCount() == total and model.is_exhausted()
    qtmodeltester.check(model)
    assert model.index(0, model.COL_WHEN).data().endswith("GMT")


def test_times_switch_to_the_users_zone(qtbot, ws, monkeypatch):
    from consular.gui import times

    monkeypatch.setattr(times, "user_zone_name", lambda: "Asia/Kolkata")
    model = ws.contacts.model
    first = model.index(0, model.COL_WHEN).data()
    assert first.endswith("GMT")
    ws.set_time_mode("user")
    assert model.index(0, model.COL_WHEN).data().endswith("IST")
    from consular.gui import settings

    assert settings.get(settings.TIME_DISPLAY) == "user"
    ws.set_time_mode("case")
    assert model.index(0, model.COL_WHEN).data() == first


def test_the_times_switch_reaches_the_timeline(qtbot, ws, monkeypatch):
    from consular.gui import times

    assert ws.timeline is not None
    monkeypatch.setattr(times, "user_zone_name", lambda: "Asia/Kolkata")
    ws.show_section("timeline")  # (it loads when first shown)
    qtbot.waitUntil(lambda: ws.timeline.timeline is not None, timeout=20_000)
    model = ws.timeline.model
    when = model.index(0, model.COL_WHEN)
    assert when.data() == "2025-07-01 06:00"
    ws.set_time_mode("user")
    assert when.data() == "2025-07-01 11:30"
    assert model.headerData(model.COL_WHEN, Qt.Horizontal) == "When (my time)"
    assert ws.timeline.chronology._zone.key == "Asia/Kolkata"
    ws.set_time_mode("case")
    assert when.data() == "2025-07-01 06:00"
    assert ws.timeline.chronology._zone.key == "Africa/Bamako"


# --- tasks, milestones ---------------------------------------------------------------------


def test_complete_a_task_from_the_keyboard(qtbot, ws, gui_ctx):
    ws.show_section("tasks")
    tab = ws.tasks
    assert tab.filter.currentData() == "open"
    overdue_row = next(
        r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, 0).data(Qt.UserRole + 2).is_overdue()
    )
    index = tab.proxy.index(overdue_row, tab.model.COL_TITLE)
    assert index.data(Qt.ForegroundRole) is not None  # overdue in the warning colour
    tab.table.selectRow(overdue_row)
    task = tab.current_task()
    dialog = tab.complete_task()
    activate(qtbot, dialog)
    qtbot.keyClicks(dialog.note, "Kit handed to the factory GM for delivery")
    with qtbot.waitSignal(ws.case_changed, timeout=20_000):
        qtbot.keyClick(dialog.note, Qt.Key_Return, Qt.ControlModifier)
    wait_for_ops(qtbot)
    done = next(t for t in tasks.list_tasks(gui_ctx, KAYES) if t.id == task.id)
    assert done.status.value == "done" and done.completion_note == "Kit handed to the factory GM for delivery"
    assert tab.model.row_of(task.id) >= 0
    assert all(tab.proxy.index(r, 0).data(Qt.UserRole + 2).status.is_open for r in range(tab.proxy.rowCount()))
    tab.filter.setCurrentIndex(tab.filter.findData("done"))
    titles = row_texts(tab.proxy, tab.model.COL_TITLE)
    assert task.title in titles


def test_add_and_assign_a_task(qtbot, ws, gui_ctx):
    tab = ws.tasks
    dialog = tab.add_task()
    qtbot.keyClicks(dialog.title, "Ask the gendarmerie for the incident report")
    dialog.submit()
    wait_for_ops(qtbot)
    task = next(t for t in tasks.list_tasks(gui_ctx, KAYES) if t.title == "Ask the gendarmerie for the incident report")
    assert task.assignee_username == CASEWORKER and task.due_at is not None
    assert tab.select_task(task.id)
    dialog = tab.edit_task()
    dialog.assignee.setCurrentIndex(dialog.assignee.findData(OTHER_CASEWORKER))
    dialog.submit()
    wait_for_ops(qtbot)
    task = next(t for t in tasks.list_tasks(gui_ctx, KAYES) if t.id == task.id)
    assert task.assignee_username == OTHER_CASEWORKER


def test_add_a_milestone(qtbot, ws, gui_ctx):
    tab = ws.milestones
    count = tab.model.rowCount()
    dialog = tab.add_milestone()
    dialog.kind.setCurrentIndex(dialog.kind.findData("demand"))
    dialog.title.setText("Ransom demand relayed by intermediary")
    dialog.submit()
    wait_for_ops(qtbot)
    assert tab.model.rowCount() == count + 1
    whens = [tab.proxy.index(r, 0).data(Qt.UserRole + 2).occurred_at for r in range(tab.proxy.rowCount())]
    assert whens == sorted(whens)  # chronological
    # A proof of life must say who it is about.
    dialog = tab.add_milestone()
    dialog.kind.setCurrentIndex(dialog.kind.findData("proof_of_life"))
    dialog.title.setText("Video")
    dialog.submit()
    assert dialog.errors.label_for("hostage_person_id").isVisible()
    dialog.reject()


# --- documents -----------------------------------------------------------------------------


def test_attach_documents_and_refuse_an_over_limit_file(qtbot, ws, gui_ctx, tmp_path, monkeypatch):
    gui_ctx.settings = replace(gui_ctx.settings, max_document_bytes=2048)
    small = tmp_path / "note-verbale.txt"
    small.write_bytes(b"Note verbale No. 123/2025" * 10)
    big = tmp_path / "video-still.jpg"
    big.write_bytes(b"\xff" * 5000)
    tab = ws.documents
    ws.show_section("documents")
    tab.attach_paths([small, big])
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    doc = tab.model.record_at(0)
    assert doc.file_name == "note-verbale.txt"
    sha_index = tab.model.index(0, tab.model.COL_SHA)
    assert sha_index.data() == hashlib.sha256(small.read_bytes()).hexdigest()
    assert tab.model.index(0, tab.model.COL_SIZE).data() == "250 bytes"
    assert tab.message.isVisible()
    assert "video-still.jpg" in tab.message.text() and "limit is 2.0 KB" in tab.message.text()
    assert [d.file_name for d in documents.list_documents(gui_ctx, KAYES)] == ["note-verbale.txt"]

    # Drag and drop from the file manager.
    dropped = tmp_path / "photo.png"
    dropped.write_bytes(b"\x89PNG fake")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(QPointF(20, 20), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    tab.dropEvent(event)
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert not tab.message.isVisible()

    # Open hands a private copy to the system viewer.
    opened = []
    monkeypatch.setattr(
        "consular.gui.workspace.documents_tab.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    assert tab.select_document(doc.id)
    tab.open_current()
    wait_for_ops(qtbot)
    assert len(opened) == 1
    from pathlib import Path

    assert Path(opened[0]).read_bytes() == small.read_bytes()


# --- navigation, models, accessibility -----------------------------------------------------


def test_show_section_selects_the_record(qtbot, ws, gui_ctx):
    task = next(t for t in ws.detail.tasks if not t.status.is_open)
    ws.show_section("tasks", task.id)
    assert ws.tabs.currentWidget() is ws.tasks and ws.tasks.current_task().id == task.id
    oldest = contacts.list_contacts(gui_ctx, KAYES, newest_first=False, limit=1)[0]
    ws.show_section("contacts", oldest.id)
    qtbot.waitUntil(lambda: ws.contacts.current_contact() is not None and ws.contacts.current_contact().id == oldest.id)
    milestone = ws.detail.milestones[0]
    ws.open_source("milestone", milestone.id)
    assert ws.tabs.currentWidget() is ws.milestones and ws.milestones.current_milestone().id == milestone.id
    ws.open_source("status_change", 1)
    assert ws.tabs.currentWidget() is ws.overview
    ravi = next(p for p in ws.detail.hostages if p.name == "Ravi Kumar Verma")
    ws.open_source("person", ravi.person.id)
    assert ws.tabs.currentWidget() is ws.people and ws.people.selected() == ("hostage", ravi.person.id)
    # The timeline tab's own signal is wired to the same routing.
    ws.timeline.open_source.emit("task", task.id)
    assert ws.tabs.currentWidget() is ws.tasks and ws.tasks.current_task().id == task.id
    with pytest.raises(ValueError):
        ws.show_section("nonsense")


def test_every_model_passes_the_item_model_tester(qtbot, ws, qtmodeltester):
    ws.tasks.filter.setCurrentIndex(ws.tasks.filter.findData("all"))
    for model in (
        ws.contacts.model,
        ws.tasks.model,
        ws.tasks.proxy,
        ws.milestones.model,
        ws.milestones.proxy,
        ws.documents.model,
        ws.documents.proxy,
    ):
        qtmodeltester.check(model)


def _focusable(root: QWidget):
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.NoFocus or not widget.isVisibleTo(root):
            continue
        parent = widget.parentWidget()
        # Parts of a compound control (a spin box's line edit, a scroll area's viewport)
        # are announced through the control itself.
        if parent is not None and type(parent).__name__ in (
            "QAbstractSpinBox",
            "QSpinBox",
            "QDateTimeEdit",
            "QDateEdit",
            "QComboBox",
            "QTabBar",
        ):
            continue
        if type(widget).__name__ in ("QTabBar", "QScrollBar", "QToolButton") and not isinstance(
            widget, QAbstractButton
        ):
            continue
        if widget.objectName().startswith("qt_") or type(widget).__name__ == "QToolButton":
            continue
        yield widget


def test_every_control_has_an_accessible_name(qtbot, ws):
    dialogs = [
        ws.log_contact(),
        ws.tasks.add_task(),
        ws.milestones.add_milestone(),
        ws.overview.change_status(),
        ws.people.add_person(),
        ws.people.add_next_of_kin(),
    ]
    for root in [ws, *dialogs]:
        nameless = [
            f"{type(w).__name__} in {type(root).__name__}"
            for w in _focusable(root)
            if not w.accessibleName()
            and not (isinstance(w, QAbstractButton) and w.text())
            and not isinstance(w, QLabel)
        ]
        assert nameless == []
    for dialog in dialogs:
        dialog.reject()


def test_the_contact_log_tab_order_follows_the_layout(qtbot, ws):
    ws.show_section("contacts")
    ws.activateWindow()
    qtbot.waitUntil(ws.isActiveWindow)
    tab = ws.contacts
    order = [
        tab.log_button,
        tab.edit_button,
        tab.category,
        tab.channel,
        tab.since.edit,  # the typed date; its calendar button is reached with Alt+Down
        tab.until.edit,
        tab.text,
        tab.show_voided,
        tab.clear_button,
        tab.table,
    ]
    order[0].setFocus()
    for expected in order[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        assert QApplication.focusWidget() is expected, expected.accessibleName()
