"""The main window driven as a caseworker would: keyboard first, through the real widgets."""

from __future__ import annotations

import sqlite3

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from consular import __version__
from consular.db.engine import open_database
from consular.domain.errors import DatabaseLockedError
from consular.gui import database_dialogs, settings
from consular.gui.case_table import COL_DAYS, COL_REFERENCE, COL_WHY
from consular.gui.main_window import CASES_TAB, HOME_TAB, MainWindow
from tests.demo_data import CASEWORKER, KAYES

pytestmark = pytest.mark.gui


def search(window, qtbot, text: str) -> None:
    qtbot.keyClick(window, Qt.Key_F, Qt.ControlModifier)
    assert window.tabs.currentIndex() == CASES_TAB
    assert QApplication.focusWidget() is window.case_list.search_box
    qtbot.keyClicks(window.case_list.search_box, text)
    qtbot.waitUntil(lambda: not window.case_list.search_pending(), timeout=20_000)
    wait_for_ops(qtbot)


def test_find_kayes_and_open_it_from_the_keyboard(window, qtbot):
    search(window, qtbot, "Kayes")
    model = window.case_list.model
    refs = [model.data(model.index(r, COL_REFERENCE)) for r in range(model.rowCount())]
    assert KAYES in refs
    assert model.data(model.index(refs.index(KAYES), COL_WHY))  # says why it matched
    # Down moves from the search box to the results; Enter opens the case in a tab.
    qtbot.keyClick(window.case_list.search_box, Qt.Key_Down)
    assert QApplication.focusWidget() is window.case_list.table
    window.case_list.select_reference(KAYES)
    qtbot.keyClick(window.case_list.table, Qt.Key_Return)
    wait_for_ops(qtbot)
    assert KAYES in window.case_tabs()
    assert window.tabs.currentWidget() is window.case_tabs()[KAYES]
    # Opening it again switches to the same tab rather than adding one.
    window.open_case(KAYES.lower())
    assert window.tabs.count() == 3
    qtbot.keyClick(window, Qt.Key_W, Qt.ControlModifier)
    wait_for_ops(qtbot)
    assert KAYES not in window.case_tabs()


def test_home_item_opens_the_case_at_its_section(window, qtbot, workspace_cls, monkeypatch):
    calls = []
    monkeypatch.setattr(
        workspace_cls,
        "show_section",
        lambda self, section, record_id=None: calls.append((self.property("reference"), section, record_id)),
    )
    assert window.tabs.currentIndex() == HOME_TAB
    card = window.dashboard.family
    target = card.list.item(0).data(Qt.UserRole + 1)
    card.list.setFocus()
    card.list.setCurrentRow(0)
    qtbot.keyClick(card.list, Qt.Key_Return)
    wait_for_ops(qtbot)
    assert calls == [tuple(target)]
    assert window.current_workspace().property("reference") == target[0]


def test_a_status_tile_shows_those_cases(window, qtbot):
    qtbot.mouseClick(window.dashboard.tiles[list(window.dashboard.tiles)[3]], Qt.LeftButton)  # Closed
    wait_for_ops(qtbot)
    assert window.tabs.currentIndex() == CASES_TAB
    assert window.case_list.status_filter.currentText() == "Closed"
    assert window.case_list.model.rowCount() == 1


def test_log_contact_with_no_case_in_front_asks_which_case(window, qtbot, workspace_cls, monkeypatch):
    logged = []
    monkeypatch.setattr(workspace_cls, "log_contact", lambda self: logged.append(self.property("reference")))
    qtbot.keyClick(window, Qt.Key_L, Qt.ControlModifier)
    picker = window.picker
    assert picker is not None and picker.isVisible()
    wait_for_ops(qtbot)
    assert _unnamed_controls(picker) == []
    qtbot.keyClicks(picker.search, "Kayes")
    qtbot.keyClick(picker.search, Qt.Key_Return)  # picks the first match once it is in
    qtbot.waitUntil(lambda: logged == [KAYES], timeout=20_000)
    wait_for_ops(qtbot)
    assert window.picker is None  # closed and released
    assert window.current_workspace().property("reference") == KAYES
    # With the case in front, Ctrl+L logs there straight away.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key_L, Qt.ControlModifier)
    assert logged == [KAYES, KAYES]


def test_print_brief_goes_to_the_brief_dialog(window, qtbot, monkeypatch):
    assert window.brief_action.isEnabled()
    assert window.brief_action.shortcut().toString() == "Ctrl+P"
    from consular.gui import brief_dialog

    calls = []
    monkeypatch.setattr(brief_dialog, "open_brief_dialog", lambda parent, ctx, ref: calls.append(ref))
    window.print_brief(KAYES)
    assert calls == [KAYES]


def test_open_a_file_that_is_not_a_database(window, qtbot, tmp_path, monkeypatch, non_blocking_dialogs):
    notes = tmp_path / "notes.db"
    notes.write_text("minutes of the crisis meeting\n" * 20)
    monkeypatch.setattr(database_dialogs, "ask_open_path", lambda parent, start="": str(notes))
    before = window.ctx
    with qtbot.waitSignal(window.database_failed, timeout=10_000):
        window.open_db_action.trigger()
    wait_for_ops(qtbot)
    assert [m for kind, m in non_blocking_dialogs if kind == "warning" and "is not a consular database" in m]
    assert window.ctx is before  # the open database stays open
    assert notes.read_text().startswith("minutes")  # and the file was not touched


def test_open_a_database_from_a_newer_consular(
    window, qtbot, tmp_path, demo_template, monkeypatch, non_blocking_dialogs
):
    newer = tmp_path / "newer.db"
    newer.write_bytes(demo_template.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    monkeypatch.setattr(database_dialogs, "ask_open_path", lambda parent, start="": str(newer))
    with qtbot.waitSignal(window.database_failed, timeout=10_000):
        window.open_db_action.trigger()
    messages = [m for kind, m in non_blocking_dialogs if kind == "warning"]
    assert messages and "newer version of consular" in messages[0]
    assert "left as it is" in messages[0]


def test_a_locked_database_is_explained():
    title, text = database_dialogs.open_failure_text(
        DatabaseLockedError("The database is busy in another program or window; try again in a moment."),
        "/data/cases.db",
    )
    assert title == "Database is in use"
    assert "cases.db" in text and "Close it" in text


def test_opening_an_older_database_says_where_the_backup_is(
    window, qtbot, demo_path, tmp_path, monkeypatch, non_blocking_dialogs
):
    backup = tmp_path / "demo.db.before-0001-20250101T000000Z.bak"
    monkeypatch.setattr("consular.services.database.migrate.ensure_schema", lambda database: backup)
    with qtbot.waitSignal(window.database_opened, timeout=10_000):
        window.open_target(str(demo_path))
    wait_for_ops(qtbot)
    assert [m for kind, m in non_blocking_dialogs if kind == "info" and str(backup) in m]


def test_new_database_is_made_on_the_command_line_with_its_administrator(
    window, qtbot, tmp_path, monkeypatch, non_blocking_dialogs
):
    # Until the window has a first-administrator dialog, File > New says how to make one.
    target = tmp_path / "bamako-2026.db"
    monkeypatch.setattr(database_dialogs, "ask_new_path", lambda parent, start="": str(target))
    with qtbot.waitSignal(window.database_failed, timeout=20_000):
        window.new_db_action.trigger()
    assert [m for _kind, m in non_blocking_dialogs if "db init --admin" in m]
    assert not target.exists()


def test_new_database_refuses_an_existing_file(window, qtbot, demo_path, monkeypatch, non_blocking_dialogs):
    monkeypatch.setattr(database_dialogs, "ask_new_path", lambda parent, start="": str(demo_path))
    with qtbot.waitSignal(window.database_failed, timeout=10_000):
        window.new_db_action.trigger()
    assert [m for kind, m in non_blocking_dialogs if "already exists" in m]


def test_status_bar_names_the_user_the_database_and_encryption(window, gui_ctx):
    assert window.user_label.text() == "Signed in as Anjali Sharma (caseworker)"
    assert window.database_label.toolTip() == str(gui_ctx.database.path)
    assert window.encryption_label.text() == "Not encrypted"


def test_about_shows_the_version(window, qtbot):
    window.about_action.trigger()
    assert window.about_dialog.isVisible()
    assert f"consular {__version__}" in window.about_dialog.text.text()
    window.about_dialog.reject()


def test_window_layout_is_remembered(window, qtbot, gui_ctx):
    window.resize(700, 560)  # within the offscreen screen (800×600), which restoring respects
    window.close()
    assert not settings.get(settings.WINDOW_GEOMETRY).isEmpty()
    assert isinstance(settings.get(settings.CASE_LIST_HEADER), QByteArray)
    again = MainWindow(gui_ctx)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 560)
    wait_for_ops(qtbot)


def test_theme_follows_the_setting(window, qtbot):
    app = QApplication.instance()
    window.theme_actions["dark"].trigger()
    assert settings.get(settings.THEME) == "dark"
    assert app.palette().color(app.palette().ColorRole.Window).lightness() < 128
    assert "dark theme" in app.styleSheet()
    window.theme_actions["light"].trigger()
    assert app.palette().color(app.palette().ColorRole.Window).lightness() > 128


def test_new_case_keeps_typed_text_on_a_validation_error(window, qtbot):
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.new_case_dialog is not None and window.new_case_dialog.isVisible(), timeout=20_000)
    dialog = window.new_case_dialog
    assert dialog.focusWidget() is dialog.title
    dialog.post.setCurrentIndex(dialog.post.findData("BAM"))
    qtbot.keyClicks(dialog.title, "Detention of a fisherman at Nouadhibou")
    dialog.town.setText("Nouadhibou")
    dialog.country.setCurrentText("Atlantis")
    qtbot.keyClick(dialog.ok_button, Qt.Key_Space)
    wait_for_ops(qtbot)
    assert dialog.isVisible()
    error = dialog._errors["incident_country"]
    assert error.isVisible() and "Atlantis" in error.text()
    assert dialog.focusWidget() is dialog.country
    assert dialog.title.text() == "Detention of a fisherman at Nouadhibou"
    assert dialog.town.text() == "Nouadhibou"

    dialog.country.setCurrentText("Mauritania (MR)")
    opened = []
    dialog.case_opened.connect(opened.append)
    qtbot.keyClick(dialog.ok_button, Qt.Key_Space)
    wait_for_ops(qtbot)
    assert window.new_case_dialog is None  # accepted and closed
    reference = opened[0]
    assert reference.startswith("BAM-")
    assert window.current_workspace().property("reference") == reference
    assert window.case_list.model.total == 5


def test_new_case_puts_a_field_error_next_to_the_field(window, qtbot):
    window.new_case_action.trigger()
    qtbot.waitUntil(lambda: window.new_case_dialog is not None, timeout=20_000)
    dialog = window.new_case_dialog
    dialog.ok_button.click()  # no title
    wait_for_ops(qtbot)
    assert dialog._errors["title"].isVisible()
    assert not dialog.banner.isVisible()
    assert dialog.title.property("invalid") is True
    dialog.reject()


def _unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.NoFocus:
            continue
        if isinstance(widget, (QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit)):
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
                continue  # the line edit inside a combo or date field: the outer one carries the name
            if not widget.accessibleName():
                missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
        elif isinstance(widget, QAbstractButton) and not (widget.accessibleName() or widget.text()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_has_an_accessible_name(window, qtbot):
    assert _unnamed_controls(window.dashboard) == []
    assert _unnamed_controls(window.case_list) == []
    assert _unnamed_controls(window.toolbar) == []
    window.new_case_action.trigger()
    qtbot.waitUntil(lambda: window.new_case_dialog is not None, timeout=20_000)
    assert _unnamed_controls(window.new_case_dialog) == []
    window.new_case_dialog.reject()


def test_tab_order_of_the_case_list_runs_search_filters_table(window, qtbot):
    window.find_action.trigger()
    order = [window.case_list.search_box]
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        order.append(QApplication.focusWidget())
    cl = window.case_list
    assert order == [cl.search_box, cl.status_filter, cl.kind_filter, cl.post_filter, cl.assignee_filter, cl.table]


def test_quit_shortcut_closes_the_window(window, qtbot):
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    window.quit_action.trigger()
    assert not window.isVisible()


def test_launch_demo_opens_a_seeded_database_and_cleans_up(monkeypatch):
    from argparse import Namespace

    import consular.gui.app as gui_app
    from consular.cli.launch import launch_gui
    from consular.services import cases as case_service
    from consular.services.context import ServiceContext, actor_for

    seen = {}

    def fake_run(target, *, user=None, remember=True, note=None, password=None, language=None):
        from consular.services.at_rest import remembered_key

        seen["signs_in"] = (user, password)
        seen["language"] = language
        database = open_database(target, key=remembered_key(target))  # the demo is encrypted
        ctx = ServiceContext(database, actor_for(database, CASEWORKER))
        seen["kayes"] = case_service.case_summary(ctx, KAYES).hostages_held
        seen["remember"], seen["target"] = remember, target
        database.dispose()
        return 0

    monkeypatch.setattr(gui_app, "run", fake_run)
    assert launch_gui(Namespace(db=None, user=None, demo=True, lang="fr")) == 0
    assert seen["language"] == "fr"  # `consular --lang fr --demo` opens the window in French
    assert seen["kayes"] == 3
    assert seen["remember"] is False  # a throwaway database is not put in the recent list
    from consular.seeding.demo import DEMO_PASSWORD

    assert seen["signs_in"] == ("v.iyer", DEMO_PASSWORD)  # the demo account, without the dialog
    from pathlib import Path

    assert not Path(seen["target"]).exists()  # deleted when the window closed


def test_menus_follow_the_language_setting(gui_ctx, qtbot, private_config):
    from consular.gui import app as gui_app

    app = QApplication.instance()
    try:
        if gui_app.install_translations(app, "fr_FR") is None:
            pytest.skip("no lrelease to compile the French translation")
        french = MainWindow(gui_ctx)
        qtbot.addWidget(french)
        assert french.menus["file"].title() == "&Fichier"
        assert french.new_case_action.text() == "&Nouveau dossier…"
        assert french.new_case_action.objectName() == "action_new_case"  # names stay English
        wait_for_ops(qtbot)
    finally:
        gui_app.install_translations(app, "en")
    english = MainWindow(gui_ctx)
    qtbot.addWidget(english)
    assert english.menus["file"].title() == "&File"
    wait_for_ops(qtbot)


def _edit_kayes_title(window, qtbot, text: str):
    workspace = window.open_case(KAYES)
    qtbot.waitUntil(lambda: workspace.detail is not None, timeout=20_000)
    wait_for_ops(qtbot)
    title = workspace.overview.inputs["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, text)
    return workspace


def test_closing_a_case_with_unsaved_edits_asks_first(window, qtbot, gui_ctx, monkeypatch):
    from consular.gui.workspace import workspace as workspace_module
    from consular.services import cases

    asked, answers = [], ["cancel", "save"]

    def ask(parent, reference, count):
        asked.append((reference, count))
        return answers.pop(0)

    monkeypatch.setattr(workspace_module, "ask_unsaved_changes", ask)
    workspace = _edit_kayes_title(window, qtbot, "Kayes: three nationals held")
    window.tabs.setCurrentWidget(window.case_list)  # the question brings the case forward

    window.close_tab(window.tabs.indexOf(workspace))
    assert asked == [(KAYES, 1)]
    assert window.tabs.currentWidget() is workspace  # Cancel: still open, edits kept
    assert workspace.overview.inputs["title"].text() == "Kayes: three nationals held"

    window.close_tab(window.tabs.indexOf(workspace))
    assert len(asked) == 2
    wait_for_ops(qtbot)
    assert KAYES not in window.case_tabs()  # Save: stored, then closed
    assert cases.get_case(gui_ctx, KAYES).title == "Kayes: three nationals held"


def test_quitting_with_unsaved_edits_can_discard_or_stay(window, qtbot, gui_ctx, monkeypatch):
    from consular.gui.workspace import workspace as workspace_module
    from consular.services import cases

    answers = ["cancel", "discard"]
    monkeypatch.setattr(workspace_module, "ask_unsaved_changes", lambda *_a: answers.pop(0))
    before = cases.get_case(gui_ctx, KAYES).title
    _edit_kayes_title(window, qtbot, "Never saved")
    assert not window.close()  # Cancel keeps the window open
    assert window.isVisible()
    assert window.close()  # Discard lets it go
    assert not answers
    assert cases.get_case(gui_ctx, KAYES).title == before


def test_without_an_injected_answer_the_question_is_recorded_and_nothing_is_lost(window, qtbot, non_blocking_dialogs):
    workspace = _edit_kayes_title(window, qtbot, "Still here")
    window.close_tab(window.tabs.indexOf(workspace))
    assert KAYES in window.case_tabs()
    assert non_blocking_dialogs[-1][0] == "question" and KAYES in non_blocking_dialogs[-1][1]
    workspace.overview.discard()


def test_opening_another_database_first_settles_unsaved_edits(window, qtbot, gui_ctx, tmp_path, monkeypatch):
    from consular.gui.workspace import workspace as workspace_module

    answers = ["cancel"]
    monkeypatch.setattr(workspace_module, "ask_unsaved_changes", lambda *_a: answers.pop(0))
    workspace = _edit_kayes_title(window, qtbot, "Edited before switching")
    window.open_target(str(tmp_path / "other.db"), create=True)
    wait_for_ops(qtbot)
    assert not answers
    assert window.ctx is gui_ctx  # Cancel: the same database, the case and its edits still open
    assert window.case_tabs().get(KAYES) is workspace
    assert workspace.overview.inputs["title"].text() == "Edited before switching"
    assert not (tmp_path / "other.db").exists()
    workspace.overview.discard()


def test_a_failed_open_leaves_the_open_cases_open(
    window, qtbot, tmp_path, demo_template, monkeypatch, non_blocking_dialogs
):
    workspace = window.open_case(KAYES)
    wait_for_ops(qtbot)
    before = window.ctx
    notes = tmp_path / "notes.db"
    notes.write_text("minutes of the crisis meeting\n" * 20)
    monkeypatch.setattr(database_dialogs, "ask_open_path", lambda parent, start="": str(notes))
    with qtbot.waitSignal(window.database_failed, timeout=10_000):
        window.open_db_action.trigger()
    wait_for_ops(qtbot)
    assert [m for kind, m in non_blocking_dialogs if kind == "warning" and "is not a consular database" in m]
    assert window.ctx is before
    assert window.case_tabs().get(KAYES) is workspace  # the case is still open, in front
    assert window.tabs.currentWidget() is workspace
    # A database that opens does replace the case tabs.
    other = tmp_path / "other.db"
    with sqlite3.connect(demo_template) as src, sqlite3.connect(other) as dst:
        src.backup(dst)
    with qtbot.waitSignal(window.database_opened, timeout=20_000):
        window.open_target(str(other))
    wait_for_ops(qtbot)
    assert window.case_tabs() == {}
    assert window.ctx is not before


def test_the_demo_says_it_is_shown_as_of_its_last_day(window, qtbot, demo_template, tmp_path):
    import sqlite3
    from datetime import date

    from consular.domain.timeutil import whole_days
    from consular.services import database as database_service

    demo = tmp_path / "consular-demo.db"
    with sqlite3.connect(demo_template) as src, sqlite3.connect(demo) as dst:
        src.backup(dst)
    # What `consular --demo` does before the window opens the file.
    database_service.use_clock_for(str(demo), database_service.demo_clock_for(str(demo)))
    try:
        assert not window.as_of_banner.isVisible()  # an ordinary database: no banner
        assert "as of" not in window.windowTitle()
        with qtbot.waitSignal(window.database_opened, timeout=20_000):
            window.open_target(str(demo), remember=False)
        wait_for_ops(qtbot)
        # The last day of the demo's data, read from the file itself.
        with sqlite3.connect(demo) as conn:
            last = max(
                conn.execute(f"SELECT max({column}) FROM {table} WHERE voided_at IS NULL").fetchone()[0][:10]
                for table, column in (
                    ("contact_entries", "occurred_at"),
                    ("milestones", "occurred_at"),
                    ("hostage_status_events", "effective_at"),
                    ("tasks", "completed_at"),
                )
            )
        day = date.fromisoformat(last)
        label = f"Demo as of {day.day} {day:%B %Y}"  # "Demo as of 21 October 2025"
        assert window.windowTitle() == f"consular — consular-demo.db — {label}"
        assert window.as_of_banner.isVisible()
        assert label in window.as_of_text.text()
        # The list counts days as of that day, not 500 days later.
        model = window.case_list.model
        qtbot.waitUntil(lambda: model.row_of(KAYES) >= 0, timeout=20_000)
        kayes = model.summary(model.row_of(KAYES))
        shown = int(model.data(model.index(model.row_of(KAYES), COL_DAYS)))
        assert shown == whole_days(kayes.incident_at, window.ctx.now())
        assert shown <= (day - kayes.incident_at.date()).days + 1  # not counted to the real today
        # Home too: its figures are as of that day.
        qtbot.waitUntil(lambda: window.dashboard.data is not None, timeout=20_000)
        assert window.dashboard.data.generated_at.date() == day
        assert window.dashboard.updated.text() == f"As of {day:%d %b %Y}"
        # Loading the demo was recorded today, after its last day: dated, never "in the future".
        recent = [window.dashboard.recent.list.item(r).text() for r in range(window.dashboard.recent.list.count())]
        assert recent and not [t for t in recent if "future" in t]
    finally:
        database_service.use_clock_for(str(demo), None)
