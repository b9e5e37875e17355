"""What issue 10 adds to the main window, kept out of ``main_window.py`` (other work edits
that file at the same time): the audit check banner above the tabs, View › Audit trail… for
supervisors and administrators, and the window that shows it.

``install(window)`` runs once from ``MainWindow.__init__``; ``context_changed(window)`` each
time a database is opened or closed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from consular.gui import main_actions
from consular.gui.audit_check import AuditCheckBanner

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

    window.audit_action = main_actions.make_action(
        window,
        "Audit &trail…",
        lambda: open_audit_window(window),
        icon_name="status",
        shortcut="Ctrl+Shift+A",
        tip="Who did what, when: the whole database's audit trail (supervisors and administrators)",
        name="action_audit_trail",
    )
    window.audit_action.setEnabled(False)
    view_menu = window.menus.get("view")
    if view_menu is not None:
        view_menu.addSeparator()
        view_menu.addAction(window.audit_action)
    window.audit_window = None


def context_changed(window) -> None:
    """A database was opened (or closed): check its audit trail, and offer the trail to
    supervisors and administrators."""
    ctx = window.ctx
    window.audit_action.setEnabled(ctx is not None and ctx.actor.is_supervisor)
    if window.audit_window is not None:
        window.audit_window.close()
        window.audit_window = None
    window.audit_banner.start(ctx)


def open_audit_window(window):
    ctx = window.ctx
    if ctx is None or not ctx.actor.is_supervisor:
        return None
    from consular.gui.audit_view import AuditWindow

    if window.audit_window is None:
        dialog = AuditWindow(ctx, window)
        dialog.finished.connect(lambda _r: _forget(window, dialog))
        window.audit_window = dialog
    window.audit_window.show()
    window.audit_window.raise_()
    window.audit_window.activateWindow()
    return window.audit_window


def _forget(window, dialog) -> None:
    if window.audit_window is dialog:
        window.audit_window = None
    dialog.deleteLater()


__all__ = ["context_changed", "install", "open_audit_window"]
