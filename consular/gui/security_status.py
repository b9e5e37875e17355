"""What protects the open database, said truthfully in the window:

- the status bar's encryption label: "Encrypted" / "Not encrypted" for a SQLite file, and
  "TLS" / "Not TLS" for a server connection (from ``at_rest.connection_security``, asked in
  the background: on PostgreSQL it is a query);
- a red banner when the file was found damaged on open (it is then open read-only): what is
  wrong, and a button that restores the latest backup (verified first).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from consular.gui import backup_actions, ops
from consular.gui.labels import warning_banner
from consular.gui.theme import set_flag

if TYPE_CHECKING:
    from consular.services import at_rest


def install(window, column) -> None:
    """Add the damage banner to the window's central ``column`` (above the tabs)."""
    frame, text, row = warning_banner(QCoreApplication.translate("security_status", "Damaged database"))
    frame.setObjectName("damage_banner")
    frame.setProperty("role", "danger-banner")
    text.setObjectName("damage_text")
    button = QPushButton(QCoreApplication.translate("security_status", "Restore latest backup…"))
    button.setObjectName("damage_restore")
    button.clicked.connect(lambda: _restore_latest(window))
    row.addWidget(button)
    column.insertWidget(0, frame)
    window.damage_banner, window.damage_text, window.damage_restore = frame, text, button


def _restore_latest(window) -> None:
    from consular.services import backup as backup_service

    database = window.ctx.database if window.ctx is not None else None
    latest = backup_service.latest_backup(database.path) if database is not None and database.path else None
    if latest is not None:
        backup_actions.restore(window, latest)


def update(window) -> None:
    """Refresh the banner and the encryption label for ``window.ctx``."""
    label = window.encryption_label
    database = window.ctx.database if window.ctx is not None else None
    banner = getattr(window, "damage_banner", None)
    if banner is not None:
        reason = database.read_only_reason if database is not None else None
        latest = None
        if reason and database.path:
            from consular.services import backup as backup_service

            latest = backup_service.latest_backup(database.path)
        window.damage_text.setText(
            QCoreApplication.translate("security_status", "<b>Opened read-only.</b> {reason}").format(reason=reason)
            if reason
            else ""
        )
        window.damage_restore.setVisible(latest is not None)
        if latest is not None:
            window.damage_restore.setToolTip(
                QCoreApplication.translate(
                    "security_status", "Verify {backup} and put it in place of this file"
                ).format(backup=latest)
            )
        banner.setVisible(bool(reason))
    if database is None:
        label.hide()
        return
    label.show()
    from consular.services import at_rest  # once there is a database, not with the window

    def shown(security: at_rest.ConnectionSecurity) -> None:
        if window.ctx is None or window.ctx.database is not database:
            return  # another database opened meanwhile
        if security.tls is not None:
            text = "TLS" if security.tls else QCoreApplication.translate("security_status", "Not TLS")
            bad = not security.tls
        else:
            text = (
                QCoreApplication.translate("security_status", "Encrypted")
                if security.encrypted_at_rest
                else QCoreApplication.translate("security_status", "Not encrypted")
            )
            bad = not security.encrypted_at_rest
        label.setText(text)
        label.setToolTip(security.warning or security.detail)
        set_flag(label, "overdue", bad)

    ops.query(window, lambda: at_rest.connection_security(database), on_done=shown)


__all__ = ["install", "update"]
