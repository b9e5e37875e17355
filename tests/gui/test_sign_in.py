"""Signing in from the window: the dialog before the window opens a database, its messages
for a wrong password, a locked and a disabled account; Admin › Users; Change password; and
the idle lock, driven through the real application event filter with a short interval."""

from __future__ import annotations

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest

from consular.gui import security_actions, settings
from consular.gui.sign_in_dialog import SignInDialog
from consular.seeding.demo import DEMO_PASSWORD  # every demo account's
from consular.services import accounts, audit
from consular.services.audit import AuditFilter
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import ADMIN, CASEWORKER, KAYES, OTHER_CASEWORKER, SUPERVISOR

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(demo_path, qtbot, private_config):
    dlg = SignInDialog(str(demo_path), username=CASEWORKER)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    yield dlg
    wait_for_ops(qtbot)
    if dlg.opened is not None:
        dlg.opened.dispose()


def attempt(qtbot, dlg, password: str, user: str | None = None) -> None:
    if user is not None:
        dlg.form.username.setText(user)
    dlg.form.password.setText(password)
    with qtbot.waitSignals([dlg.form.failed], timeout=20_000, raising=False):
        qtbot.mouseClick(dlg.form.sign_in_button, Qt.LeftButton)
    wait_for_ops(qtbot)


def test_the_dialog_names_the_database_and_signs_in(qtbot, dialog, demo_path):
    assert demo_path.name in dialog.title.text()
    assert str(demo_path.parent) in dialog.where.text()
    assert dialog.form.password.echoMode() == dialog.form.password.EchoMode.Password
    dialog.form.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.keyClick(dialog.form.password, Qt.Key_Return)
    assert dialog.opened.ctx.actor.username == CASEWORKER
    assert settings.get(settings.LAST_USER) == CASEWORKER
    entries = audit.list_entries(
        ServiceContext(dialog.opened.database, actor_for(dialog.opened.database, SUPERVISOR)),
        AuditFilter(action="auth.sign_in"),
        limit=1,
    )
    assert entries and entries[0].username == CASEWORKER


def test_a_fresh_encrypted_demo_names_its_posts_before_anyone_signs_in(qtbot, tmp_path, private_config):
    """First open of a new demo, nothing remembered in the settings and no key in this process:
    the names come from beside the key slots, and the file stays locked until the sign-in."""
    from consular.cli.launch import create_demo_database
    from consular.db import cipher
    from consular.services import at_rest

    path = create_demo_database(tmp_path / "fresh-demo")
    at_rest.forget_key(path)
    assert cipher.file_kind(path) == "encrypted"
    assert settings.posts_of(str(path)) is None
    dlg = SignInDialog(str(path), username=CASEWORKER)
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.posts_shown, timeout=20_000) as shown:
        dlg.show()
    assert "Embassy of India, Bamako" in shown.args[0]
    text = dlg.where.text()
    assert text.startswith(f"Database: {path.parent}")
    assert "Posts: High Commission of India, Abuja; Embassy of India, Bamako; Embassy of India, Kathmandu" in text
    assert "and 2 more" in text  # five posts in the demo
    assert at_rest.remembered_key(path) is None  # nothing was unlocked to read them
    assert settings.posts_of(str(path)) == shown.args[0]
    # And signing in still works.
    dlg.form.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(dlg.accepted, timeout=20_000):
        qtbot.mouseClick(dlg.form.sign_in_button, Qt.LeftButton)
    dlg.opened.dispose()
    wait_for_ops(qtbot)


def test_a_plaintext_database_names_its_posts_from_the_database(qtbot, dialog):
    qtbot.waitUntil(lambda: "Embassy of India, Bamako" in dialog.where.text(), timeout=20_000)


def test_wrong_password_locked_and_disabled_accounts_are_told_apart(qtbot, dialog, demo_path, monkeypatch):
    monkeypatch.setenv("CONSULAR_LOCKOUT_ATTEMPTS", "3")
    attempt(qtbot, dialog, "not the password")
    assert dialog.form.message.isVisible()
    assert dialog.form.message.text() == "Wrong user name or password."
    assert dialog.form.password.text() == ""  # cleared for the next try
    assert dialog.isVisible() and dialog.opened is None
    attempt(qtbot, dialog, "still not it")
    attempt(qtbot, dialog, "third time")
    assert "Account locked after 3 failed attempts. Try again in" in dialog.form.message.text()
    attempt(qtbot, dialog, DEMO_PASSWORD)  # the right one, but locked
    assert "Account locked after 3 failed attempts. Try again in" in dialog.form.message.text()
    assert dialog.opened is None

    # A disabled account says so.
    from consular.db.engine import open_database

    database = open_database(demo_path)
    try:
        accounts.disable_user(ServiceContext(database, actor_for(database, ADMIN)), OTHER_CASEWORKER)
    finally:
        database.dispose()
    attempt(qtbot, dialog, DEMO_PASSWORD, user=OTHER_CASEWORKER)
    assert "disabled" in dialog.form.message.text()
    assert dialog.opened is None


def test_an_empty_password_is_not_sent(qtbot, dialog):
    qtbot.mouseClick(dialog.form.sign_in_button, Qt.LeftButton)
    assert dialog.form.message.text() == "Enter your password."
    assert dialog.opened is None


def signed_in_window(qtbot, demo_path, user=CASEWORKER, minutes: float = 5.0):
    from consular.gui.main_window import MainWindow
    from consular.services import database as database_service

    settings.put(settings.IDLE_LOCK_MINUTES, minutes)
    opened = database_service.open_database(str(demo_path), user, mode="open", password=DEMO_PASSWORD)
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    security_actions.use_signed_in(win, opened, remember=False)
    wait_for_ops(qtbot)
    return win, opened


def test_idle_lock_covers_the_window_keeps_the_typing_and_unlocks_with_the_password(
    qtbot, demo_path, private_config, monkeypatch
):
    monkeypatch.setenv("CONSULAR_LOCKOUT_ATTEMPTS", "5")
    win, opened = signed_in_window(qtbot, demo_path)
    lock = win.idle_lock
    assert lock.minutes == 5.0 and lock.timer.interval() == 300_000  # the default
    workspace = win.open_case(KAYES)
    qtbot.waitUntil(lambda: workspace.detail is not None, timeout=20_000)
    wait_for_ops(qtbot)
    title = workspace.overview.inputs["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Unsaved title typed before the lock")
    settings.put(settings.IDLE_LOCK_MINUTES, 0.02)  # 1.2 s
    lock.start()
    assert lock.timer.interval() == 1200
    # Input restarts the count: a real mouse move through the application's event filter.
    qtbot.waitUntil(lambda: lock.timer.remainingTime() < 900, timeout=5_000)
    QTest.mouseMove(win, QPoint(200, 200))
    QTest.mouseMove(win, QPoint(240, 220))
    assert lock.timer.remainingTime() > 1000 and not lock.locked
    qtbot.waitUntil(lambda: lock.timer.remainingTime() < 900, timeout=5_000)
    qtbot.keyClick(title, Qt.Key_End)
    assert lock.timer.remainingTime() > 1000 and not lock.locked
    with qtbot.waitSignal(lock.locked_changed, timeout=5_000) as signal:
        pass  # no input now: the timer runs out
    assert signal.args == [True]
    screen = lock.screen
    assert screen.isVisible() and screen.geometry() == win.rect()
    assert not win.centralWidget().isEnabled() and not win.menuBar().isEnabled()
    assert not win.new_case_action.isEnabled()  # no shortcut reaches the covered window
    assert workspace.overview.inputs["title"].text() == "Unsaved title typed before the lock"
    assert screen.form.username.text() == CASEWORKER and screen.form.username.isReadOnly()

    screen.form.password.setText("wrong password here")
    with qtbot.waitSignal(screen.form.failed, timeout=20_000):
        qtbot.mouseClick(screen.form.sign_in_button, Qt.LeftButton)
    assert lock.locked and screen.form.message.text() == "Wrong user name or password."
    failures = audit.list_entries(
        ServiceContext(opened.database, actor_for(opened.database, SUPERVISOR)),
        AuditFilter(action="auth.sign_in_failed", username=CASEWORKER),
    )
    assert failures  # the failed unlock is audited

    screen.form.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(lock.locked_changed, timeout=20_000) as signal:
        qtbot.keyClick(screen.form.password, Qt.Key_Return)
    assert signal.args == [False]
    assert not lock.locked and win.centralWidget().isEnabled() and win.new_case_action.isEnabled()
    assert workspace.overview.inputs["title"].text() == "Unsaved title typed before the lock"
    assert workspace.overview.save_button.isEnabled()  # still an unsaved edit, savable
    assert lock.timer.isActive()  # watching again
    lock.stop()
    wait_for_ops(qtbot)


def test_the_lock_hides_open_dialogs_and_brings_them_back(qtbot, demo_path, private_config):
    win, _opened = signed_in_window(qtbot, demo_path)
    workspace = win.open_case(KAYES)
    qtbot.waitUntil(lambda: workspace.detail is not None, timeout=20_000)
    dialog = workspace.log_contact()
    qtbot.waitExposed(dialog)
    dialog.subject.setText("Typed before the lock")
    win.lock_action.trigger()
    assert win.idle_lock.locked
    assert not dialog.isVisible()
    win.idle_lock.screen.form.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(win.idle_lock.locked_changed, timeout=20_000):
        win.idle_lock.screen.form.submit()
    assert dialog.isVisible() and dialog.subject.text() == "Typed before the lock"
    dialog.reject()
    win.idle_lock.stop()
    wait_for_ops(qtbot)


def test_only_the_person_signed_in_can_unlock(qtbot, demo_path, private_config):
    win, _opened = signed_in_window(qtbot, demo_path)
    win.idle_lock.lock()
    form = win.idle_lock.screen.form
    form.username.setReadOnly(False)
    form.username.setText(SUPERVISOR)  # someone else's correct password
    form.password.setText(DEMO_PASSWORD)
    form.submit()
    qtbot.waitUntil(form.message.isVisible, timeout=20_000)
    assert form.message.text() == "Only the person signed in can unlock this window."
    assert win.idle_lock.locked
    win.idle_lock.stop()
    wait_for_ops(qtbot)


def test_admin_users_add_disable_role_and_reset(qtbot, demo_path, private_config):
    win, opened = signed_in_window(qtbot, demo_path, user=ADMIN)
    assert win.users_action.isEnabled() and win.menus["admin"].menuAction().isVisible()
    win.users_action.trigger()
    users = win.users_dialog
    qtbot.waitExposed(users)
    QAbstractItemModelTester(users.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    qtbot.waitUntil(lambda: users.model.rowCount() > 3, timeout=20_000)

    add = users.add_user()
    add.username.setText("m.diallo")
    add.display_name.setText("Mariam Diallo")
    add.role.setCurrentIndex(add.role.findData("viewer"))
    add.password.setText("a long passphrase here")
    add.password_again.setText("a long passphrase HERE")
    add.submit()
    assert "not the same" in add.errors._fields["password_again"][1].text()
    add.password_again.setText("a long passphrase here")
    with qtbot.waitSignal(add.saved, timeout=20_000):
        add.submit()
    qtbot.waitUntil(lambda: users.selected() is not None and users.selected().username == "m.diallo", timeout=20_000)
    assert users.selected().role.value == "viewer"
    assert "Added m.diallo" in users.status.text()
    # The new account signs in with that password.
    assert accounts.sign_in(opened.database, "m.diallo", "a long passphrase here").username == "m.diallo"

    role = users.set_role()
    role.role.setCurrentIndex(role.role.findData("caseworker"))
    with qtbot.waitSignal(role.saved, timeout=20_000):
        role.submit()
    qtbot.waitUntil(lambda: users.selected().role.value == "caseworker", timeout=20_000)

    reset = users.reset_password()
    reset.password.setText("another passphrase 2")
    reset.password_again.setText("another passphrase 2")
    with qtbot.waitSignal(reset.saved, timeout=20_000):
        reset.submit()
    assert accounts.sign_in(opened.database, "m.diallo", "another passphrase 2").username == "m.diallo"

    assert users.disable_button.text() == "&Disable"
    users.toggle_active()
    qtbot.waitUntil(lambda: users.selected() is not None and not users.selected().active, timeout=20_000)
    assert users.disable_button.text() == "&Enable"
    from consular.domain.errors import SignInError

    with pytest.raises(SignInError, match="disabled"):
        accounts.sign_in(opened.database, "m.diallo", "another passphrase 2")
    # The service refuses what the matrix forbids, and the window says why.
    users.select(ADMIN)
    users.toggle_active()
    qtbot.waitUntil(users.message.isVisible, timeout=20_000)
    assert "own account" in users.message.text()
    users.close()
    win.idle_lock.stop()
    wait_for_ops(qtbot)


def test_users_is_for_admins_and_change_password_for_everyone(qtbot, demo_path, private_config):
    win, opened = signed_in_window(qtbot, demo_path, user=CASEWORKER)
    assert not win.users_action.isEnabled()
    assert security_actions.open_users_dialog(win) is None
    assert not win.menus["admin"].menuAction().isVisible()
    assert win.change_password_action.isEnabled()
    win.change_password_action.trigger()
    dialog = win.password_dialog
    qtbot.waitExposed(dialog)
    dialog.current.setText("not my password")
    dialog.new.setText("my new passphrase 1")
    dialog.again.setText("my new passphrase 1")
    dialog.submit()
    qtbot.waitUntil(dialog.general_error.isVisible, timeout=20_000)
    assert "current password is wrong" in dialog.general_error.text()
    assert dialog.current.text() == ""
    dialog.current.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    assert accounts.sign_in(opened.database, CASEWORKER, "my new passphrase 1").username == CASEWORKER
    assert win.statusBar().currentMessage() == "Your password was changed."
    win.idle_lock.stop()
    wait_for_ops(qtbot)


def test_open_database_asks_for_a_sign_in_once_signed_in(qtbot, demo_path, private_config):
    win, _opened = signed_in_window(qtbot, demo_path)
    win.open_target(str(demo_path))
    dialog = win.sign_in_dialog
    qtbot.waitExposed(dialog)
    assert dialog.form.username.text() == CASEWORKER
    dialog.form.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(win.database_opened, timeout=20_000):
        dialog.form.submit()
    assert win.ctx.actor.username == CASEWORKER and win.signed_in
    win.idle_lock.stop()
    wait_for_ops(qtbot)


def test_a_missing_database_is_said_and_another_can_be_chosen(qtbot, demo_path, tmp_path, private_config, monkeypatch):
    from consular.gui import database_dialogs

    missing = tmp_path / "nowhere" / "gone.db"
    dlg = SignInDialog(str(missing), username=CASEWORKER)
    qtbot.addWidget(dlg)
    dlg.show()
    attempt(qtbot, dlg, DEMO_PASSWORD)
    assert dlg.form.message.isVisible() and dlg.opened is None
    assert "gone.db" in dlg.title.text()
    monkeypatch.setattr(database_dialogs, "ask_open_path", lambda _parent, _start="": str(demo_path))
    qtbot.mouseClick(dlg.other_button, Qt.LeftButton)
    assert demo_path.name in dlg.title.text() and not dlg.form.message.isVisible()
    dlg.form.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(dlg.accepted, timeout=20_000):
        dlg.form.submit()
    assert dlg.opened.target == str(demo_path) or dlg.opened.database.describe().endswith(demo_path.name)
    wait_for_ops(qtbot)
    dlg.opened.dispose()


def test_ask_sign_in_before_the_window_returns_the_database_or_none(qtbot, demo_path, private_config):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def visible_dialog():
        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, SignInDialog) and w.isVisible())

    def sign_in():
        dlg = visible_dialog()
        dlg.form.password.setText(DEMO_PASSWORD)
        dlg.form.submit()

    QTimer.singleShot(0, sign_in)
    opened = security_actions.ask_sign_in(str(demo_path), SUPERVISOR)
    assert opened is not None and opened.ctx.actor.username == SUPERVISOR
    opened.dispose()
    QTimer.singleShot(0, lambda: visible_dialog().reject())
    assert security_actions.ask_sign_in(str(demo_path), SUPERVISOR) is None
    wait_for_ops(qtbot)


def test_the_demo_signs_its_account_in_without_the_dialog(qtbot, demo_path, private_config):
    """``--demo``: the launcher passes the demo account's password; no dialog is shown."""
    from PySide6.QtWidgets import QApplication

    from consular.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.database_opened, timeout=20_000):
        security_actions.sign_in_with_password(win, str(demo_path), SUPERVISOR, DEMO_PASSWORD, remember=False)
    assert win.ctx.actor.username == SUPERVISOR and win.signed_in
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, SignInDialog) and w.isVisible()]
    assert win.idle_lock.timer.isActive()
    win.idle_lock.stop()
    wait_for_ops(qtbot)


def test_the_dialog_names_the_post_once_the_database_has_been_seen(qtbot, demo_path, private_config):
    """The first sign-in can only name the file (an encrypted one can't be read before it);
    once a window has shown the database, the dialog also names the post(s) it serves."""
    first = SignInDialog(str(demo_path), username=CASEWORKER)
    qtbot.addWidget(first)
    assert "Post" not in first.where.text()
    win, _opened = signed_in_window(qtbot, demo_path)
    qtbot.waitUntil(lambda: win._reference_loaded, timeout=20_000)
    win.idle_lock.stop()
    wait_for_ops(qtbot)
    again = SignInDialog(str(demo_path), username=CASEWORKER)
    qtbot.addWidget(again)
    names = [p.name for p in win.posts]
    assert len(names) > 1 and again.where.text().startswith("Database: ")
    assert f"Posts: {names[0]}; {names[1]}" in again.where.text()
