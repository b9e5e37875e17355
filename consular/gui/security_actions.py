"""What issue 10 adds to the main window, kept out of ``main_window.py`` (other work edits
that file at the same time): the audit check banner above the tabs, View › Audit trail… and
Admin › Audit trail… for supervisors and administrators, Admin › Users… for administrators,
File › Change password… and Lock, and the idle lock (started once someone has signed in with
a password: ``window.signed_in``).

``install(window)`` runs once from ``MainWindow.__init__``; ``context_changed(window)`` each
time a database is opened or closed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMenu, QVBoxLayout, QWidget

from consular.gui import main_actions, preload
from consular.gui.audit_check import AuditCheckBanner
from consular.gui.idle_lock import IdleLock
from consular.i18n import QT_TRANSLATE_NOOP

NOTE_MS = 15_000


def install(window) -> None:
    tabs = window.takeCentralWidget()
    container = QWidget(window)
    container.setObjectName("central")
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    window.audit_banner = AuditCheckBanner(container)
    layout.addWidget(window.audit_banner)
    layout.addWidget(tabs, 1)
    window.setCentralWidget(container)
    window.audit_banner.note.connect(lambda text: window.statusBar().showMessage(text, NOTE_MS))
    # A long check must not keep a closing application waiting for its worker.
    QApplication.instance().aboutToQuit.connect(window.audit_banner.stop)
    if not hasattr(window, "signed_in"):
        window.signed_in = False

    window.audit_action = main_actions.make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "Audit &trail…"),
        lambda: open_audit_window(window),
        icon_name="status",
        shortcut="Ctrl+Shift+A",
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Who did what, when: the whole database's audit trail (supervisors and administrators)"
        ),
        name="action_audit_trail",
    )
    window.audit_action.setEnabled(False)
    window.users_action = main_actions.make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Users…"),
        lambda: open_users_dialog(window),
        icon_name="people",
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Accounts of this database: add, disable, set the role, reset a password (administrators)"
        ),
        name="action_users",
    )
    window.users_action.setEnabled(False)
    window.change_password_action = main_actions.make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "Change &password…"),
        lambda: open_change_password(window),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Change the password you sign in with"),
        name="action_change_password",
    )
    window.lock_action = main_actions.make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Lock the window"),
        lambda: window.idle_lock.lock(),
        shortcut="Ctrl+Alt+L",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Cover the case data until you enter your password again"),
        name="action_lock",
    )
    view_menu = window.menus.get("view")
    if view_menu is not None:
        view_menu.addSeparator()
        view_menu.addAction(window.audit_action)
    file_menu = window.menus.get("file")
    if file_menu is not None:
        before = window.quit_action if window.quit_action in file_menu.actions() else None
        file_menu.insertAction(before, window.change_password_action)
        file_menu.insertAction(before, window.lock_action)
        file_menu.insertSeparator(before)
    admin_menu = QMenu(QCoreApplication.translate("MainWindow", "&Admin"), window)
    admin_menu.setObjectName("admin_menu")
    admin_menu.addAction(window.users_action)
    admin_menu.addAction(window.audit_action)
    help_menu = window.menus.get("help")
    if help_menu is not None:
        window.menuBar().insertMenu(help_menu.menuAction(), admin_menu)
    else:
        window.menuBar().addMenu(admin_menu)
    window.menus["admin"] = admin_menu
    window.audit_window = None
    window.users_dialog = None
    window.password_dialog = None
    window.idle_lock = IdleLock(window)


def context_changed(window) -> None:
    """A database was opened (or closed): check its audit trail, offer the trail to
    supervisors and administrators and the accounts to administrators, start the idle lock."""
    ctx = window.ctx
    supervisor = ctx is not None and ctx.actor.is_supervisor
    admin = ctx is not None and getattr(ctx.actor, "is_admin", False)
    window.audit_action.setEnabled(supervisor)
    window.users_action.setEnabled(admin)
    window.menus["admin"].menuAction().setVisible(supervisor)
    signed_in = ctx is not None and bool(window.signed_in)
    window.change_password_action.setEnabled(signed_in)
    window.lock_action.setEnabled(signed_in)
    for name in ("audit_window", "users_dialog", "password_dialog"):
        dialog = getattr(window, name)
        if dialog is not None:
            dialog.close()
            setattr(window, name, None)
    window.idle_lock.unlock()
    if signed_in:
        window.idle_lock.start()
    else:
        window.idle_lock.stop()
    _check_audit_after_home(window, ctx)


def _check_audit_after_home(window, ctx) -> None:
    """Check ``ctx``'s audit trail once Home has its first data (or failed to get it).

    The check reads the whole chain: at 100,000 cases about 0.8 s of CPU and 100,000 rows from
    the database, which slowed Home down when both ran at once after signing in. Nothing is
    shown while the check runs, so starting it a moment later changes nothing else; a check
    still running for the database shown before stops at once."""
    window.audit_banner.start(None)  # stops the previous database's check, hides its banner
    dashboard = getattr(window, "dashboard", None)
    if ctx is None or dashboard is None or not dashboard.loading:
        window.audit_banner.start(ctx)
        return

    def home_settled() -> None:
        dashboard.settled.disconnect(home_settled)
        if window.ctx is ctx:  # not if another database was opened meanwhile
            window.audit_banner.start(ctx)

    dashboard.settled.connect(home_settled)


# --- signing in ---------------------------------------------------------------------------


def ask_sign_in(target: str, user: str | None, parent=None):
    """The sign-in dialog for ``target`` (modal, before the window): the OpenedDatabase, or
    None when the person cancelled."""
    from PySide6.QtWidgets import QDialog

    from consular.gui.sign_in_dialog import SignInDialog

    dialog = SignInDialog(target, username=user, parent=parent)
    try:
        return dialog.opened if dialog.exec() == QDialog.Accepted else None
    finally:
        dialog.deleteLater()


def use_signed_in(window, opened, *, remember: bool = True, note: str | None = None) -> None:
    """Show a database someone signed in to with a password (the idle lock applies)."""
    window.signed_in = True
    window._use(opened, remember=remember, note=note)


def sign_in_with_password(window, target: str, user: str | None, password: str, **options) -> None:
    """Sign in without the dialog (``--demo``: the backend's demo account), in the background."""
    from consular.gui import ops

    window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Opening {target}…").format(target=target))

    def done(opened) -> None:
        window.statusBar().clearMessage()
        use_signed_in(window, opened, **options)

    def sign_in():
        # Imported here, in the worker: the services, the models and the driver are not needed
        # before a database is opened, and the GUI thread stays free meanwhile. The preload
        # imports what Home reads while Argon2id (which releases the GIL) checks the password.
        preload.start()
        preload.wait_for_database()
        from consular.services import database as database_service

        opened = database_service.open_database(target, user, mode="open", password=password)
        preload.wait()
        return opened

    ops.write(
        window,
        sign_in,
        on_done=done,
        label=QCoreApplication.translate("MainWindow", "Opening the database…"),
    )


def sign_in_to(window, target: str, *, remember: bool = True, note: str | None = None) -> None:
    """File › Open (and Open recent) once signed in: the next database asks for a sign-in too.
    The open cases stay until the sign-in succeeded (a cancelled one changes nothing)."""
    from consular.gui.sign_in_dialog import SignInDialog

    name = window.ctx.actor.username if window.ctx is not None else window.user
    dialog = SignInDialog(target, username=name, parent=window)

    def accepted() -> None:
        opened = dialog.opened
        if not window.close_case_tabs():  # a case with unsaved edits was kept open
            opened.dispose()
            return
        use_signed_in(window, opened, remember=remember, note=note)

    dialog.accepted.connect(accepted)
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    window.sign_in_dialog = dialog
    dialog.open()


def open_audit_window(window):
    ctx = window.ctx
    if ctx is None or not ctx.actor.is_supervisor:
        return None
    from consular.gui.audit_view import AuditWindow

    if window.audit_window is None:
        dialog = AuditWindow(ctx, window)
        dialog.finished.connect(lambda _r: _forget(window, dialog, "audit_window"))
        window.audit_window = dialog
    window.audit_window.show()
    window.audit_window.raise_()
    window.audit_window.activateWindow()
    return window.audit_window


def open_users_dialog(window):
    ctx = window.ctx
    if ctx is None or not getattr(ctx.actor, "is_admin", False):
        return None
    from consular.gui.users_dialog import UsersDialog

    if window.users_dialog is None:
        dialog = UsersDialog(ctx, window)
        dialog.finished.connect(lambda _r: _forget(window, dialog, "users_dialog"))
        window.users_dialog = dialog
    window.users_dialog.show()
    window.users_dialog.raise_()
    return window.users_dialog


def open_change_password(window):
    ctx = window.ctx
    if ctx is None:
        return None
    from consular.gui.users_dialog import ChangePasswordDialog

    dialog = ChangePasswordDialog(ctx, window)
    dialog.saved.connect(
        lambda _r: window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Your password was changed."), NOTE_MS
        )
    )
    dialog.finished.connect(lambda _r: _forget(window, dialog, "password_dialog"))
    window.password_dialog = dialog
    dialog.open()
    return dialog


def _forget(window, dialog, name: str) -> None:
    if getattr(window, name, None) is dialog:
        setattr(window, name, None)
    dialog.deleteLater()


__all__ = [
    "ask_sign_in",
    "context_changed",
    "install",
    "open_audit_window",
    "open_change_password",
    "open_users_dialog",
    "sign_in_to",
    "sign_in_with_password",
    "use_signed_in",
]
