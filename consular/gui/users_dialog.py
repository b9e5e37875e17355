"""Admin › Users (administrators): the accounts with their role and sign-in state; add one
(role, password twice), disable or enable, change the role, reset the password. And
File › Change password… for everyone. Every change goes through ``services.accounts`` in the
background; the service checks the role matrix and audits, this window only shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from consular.domain.enums import UserRole
from consular.domain.errors import ValidationError
from consular.gui import ops
from consular.gui.form_rows import enum_combo, error_label, select_data
from consular.gui.table_models import OBJECT_ROLE, Column, RawSortProxy, RecordTableModel, apply_column_sizes
from consular.gui.text import plain_label
from consular.gui.theme import muted_colour, warning_colour
from consular.gui.times import TimeDisplay
from consular.gui.workspace.forms import FormDialog
from consular.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate


def password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.Password)
    edit.setAccessibleName(name)
    return edit


def same_password(first: QLineEdit, second: QLineEdit, field: str = "password_again") -> str:
    """The password typed twice, or ValidationError next to the second box."""
    if first.text() != second.text():
        raise ValidationError(field, translate("users_dialog", "The two passwords are not the same; type them again."))
    return first.text()


def _state(a, m) -> str:
    if not a.active:
        return translate("AccountTableModel", "disabled")
    if a.locked_until is not None and a.locked_until > m.now():
        return translate("AccountTableModel", "locked until {when}").format(when=m.times.fmt(a.locked_until))
    if not a.has_password:
        return translate("AccountTableModel", "no password")
    return translate("AccountTableModel", "active")


class AccountTableModel(RecordTableModel):
    TR_CONTEXT = "AccountTableModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AccountTableModel", "User name"),
            lambda a, _m: a.username,
            sort_value=lambda a, _m: a.username,
            width_em=12,
        ),
        Column(
            QT_TRANSLATE_NOOP("AccountTableModel", "Name"),
            lambda a, _m: a.display_name,
            sort_value=lambda a, _m: a.display_name,
            width_em=16,
        ),
        Column(
            QT_TRANSLATE_NOOP("AccountTableModel", "Role"),
            lambda a, _m: a.role.label,
            sort_value=lambda a, _m: a.role.label,
            width_em=10,
        ),
        Column(
            QT_TRANSLATE_NOOP("AccountTableModel", "State"),
            _state,
            sort_value=_state,
            foreground=lambda a, m: muted_colour() if not a.active else (warning_colour() if a.locked_until else None),
            width_em=16,
        ),
        Column(
            QT_TRANSLATE_NOOP("AccountTableModel", "Last sign-in"),
            lambda a, m: m.times.fmt(a.last_sign_in_at, empty=translate("AccountTableModel", "never")),
            sort_value=lambda a, _m: a.last_sign_in_at,
            is_time=True,
            stretch=True,
        ),
    )

    def now(self):
        from consular.domain.timeutil import utcnow

        return utcnow()


class AddUserDialog(FormDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(
            self.tr("Add a user"),
            parent,
            save_text=self.tr("Add user"),
            intro=self.tr("The new user signs in with this password."),
        )
        self.ctx = ctx
        self.username = self.add_field(self.tr("User name:"), QLineEdit(), "username")
        self.username.setPlaceholderText(self.tr("e.g. a.sharma"))
        self.display_name = self.add_field(self.tr("Full name:"), QLineEdit(), "display_name")
        self.role = self.add_field(self.tr("Role:"), enum_combo(UserRole, self.tr("Role")), "role")
        select_data(self.role, UserRole.CASEWORKER.value)
        self.password = self.add_field(self.tr("Password:"), password_edit(self.tr("Password")), "password")
        self.password_again = self.add_field(
            self.tr("Password again:"), password_edit(self.tr("Password again")), "password_again"
        )

    def prepare(self):
        from consular.services import accounts

        password = same_password(self.password, self.password_again)
        ctx, name, display, role = self.ctx, self.username.text(), self.display_name.text(), self.role.currentData()
        return lambda: accounts.add_user(ctx, name, role=role, password=password, display_name=display or None)


class ResetPasswordDialog(FormDialog):
    def __init__(self, ctx, account, parent=None):
        super().__init__(
            self.tr("Reset the password of {username}").format(username=account.username),
            parent,
            save_text=self.tr("Set password"),
            intro=self.tr("{name} signs in with the new password; a lockout is lifted.").format(
                name=account.display_name
            ),
        )
        self.ctx, self.account = ctx, account
        self.password = self.add_field(self.tr("New password:"), password_edit(self.tr("New password")), "password")
        self.password_again = self.add_field(
            self.tr("Again:"), password_edit(self.tr("New password again")), "password_again"
        )

    def prepare(self):
        from consular.services import accounts

        password = same_password(self.password, self.password_again)
        ctx, name = self.ctx, self.account.username
        return lambda: accounts.reset_password(ctx, name, password)


class SetRoleDialog(FormDialog):
    def __init__(self, ctx, account, parent=None):
        super().__init__(
            self.tr("Role of {username}").format(username=account.username), parent, save_text=self.tr("Set role")
        )
        self.ctx, self.account = ctx, account
        self.role = self.add_field(self.tr("Role:"), enum_combo(UserRole, self.tr("Role")), "role")
        select_data(self.role, account.role.value)

    def prepare(self):
        from consular.services import accounts

        ctx, name, role = self.ctx, self.account.username, self.role.currentData()
        return lambda: accounts.set_role(ctx, name, role)


class ChangePasswordDialog(FormDialog):
    """File › Change password…: the current one, then the new one twice."""

    def __init__(self, ctx, parent=None):
        super().__init__(self.tr("Change your password"), parent, save_text=self.tr("Change password"))
        self.ctx = ctx
        self.current = self.add_field(
            self.tr("Current password:"), password_edit(self.tr("Current password")), "current_password"
        )
        self.new = self.add_field(self.tr("New password:"), password_edit(self.tr("New password")), "new_password")
        self.again = self.add_field(
            self.tr("New password again:"), password_edit(self.tr("New password again")), "password_again"
        )

    def prepare(self):
        from consular.services import accounts

        new = same_password(self.new, self.again)
        ctx, current = self.ctx, self.current.text()
        return lambda: accounts.change_password(ctx, current, new)

    def _failed(self, exc) -> None:
        super()._failed(exc)
        self.current.clear()


class UsersDialog(QDialog):
    """The accounts of this database, for an administrator."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Users"))
        self.setAccessibleName(self.tr("Users"))
        self.resize(900, 520)
        self._child = None
        layout = QVBoxLayout(self)
        self.model = AccountTableModel(TimeDisplay("UTC", "user"), self)
        self.proxy = RawSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        apply_column_sizes(self.table, AccountTableModel.COLUMNS)
        layout.addWidget(self.table, 1)
        self.message = error_label(self.tr("What went wrong"))
        layout.addWidget(self.message)
        self.status = QLabel("")
        self.status.setAccessibleName(self.tr("Last change"))
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add user…"))
        self.add_button.clicked.connect(self.add_user)
        self.role_button = QPushButton(self.tr("Set &role…"))
        self.role_button.clicked.connect(self.set_role)
        self.reset_button = QPushButton(self.tr("Reset &password…"))
        self.reset_button.clicked.connect(self.reset_password)
        self.disable_button = QPushButton(self.tr("&Disable"))
        self.disable_button.clicked.connect(self.toggle_active)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        for button in (self.add_button, self.role_button, self.reset_button, self.disable_button):
            button.setAutoDefault(False)
            button.setAccessibleName(plain_label(button.text()))
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        self.reload()

    # --- loading ------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        from consular.services import accounts

        ctx = self.ctx
        wanted = select or (self.selected().username if self.selected() else None)

        def loaded(rows) -> None:
            self.model.set_rows(rows)
            if wanted:
                self.select(wanted)
            self._update_buttons()

        ops.query(self, lambda: accounts.list_accounts(ctx), loaded, self._failed)

    def selected(self):
        index = self.table.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def select(self, username: str) -> None:
        row = next((i for i in range(self.model.rowCount()) if self.model.record_at(i).username == username), -1)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.role_button, self.reset_button, self.disable_button):
            button.setEnabled(account is not None)
        self.disable_button.setText(
            self.tr("&Enable") if account is not None and not account.active else self.tr("&Disable")
        )

    # --- changes ------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(getattr(exc, "message", None) or str(exc))
        self.message.show()

    def _changed(self, account, text: str) -> None:
        self.message.hide()
        self.status.setText(text)
        self.reload(select=account.username)

    def _open(self, dialog: FormDialog, text) -> FormDialog:
        dialog.saved.connect(lambda account: self._changed(account, text(account)))
        dialog.finished.connect(dialog.deleteLater)
        self._child = dialog
        dialog.open()
        return dialog

    def add_user(self) -> FormDialog:
        return self._open(
            AddUserDialog(self.ctx, self),
            lambda a: self.tr("Added {username} ({role}).").format(username=a.username, role=a.role.label),
        )

    def set_role(self) -> FormDialog | None:
        account = self.selected()
        if account is None:
            return None
        return self._open(
            SetRoleDialog(self.ctx, account, self),
            lambda a: self.tr("{username} is now {role}.").format(username=a.username, role=a.role.label),
        )

    def reset_password(self) -> FormDialog | None:
        account = self.selected()
        if account is None:
            return None
        return self._open(
            ResetPasswordDialog(self.ctx, account, self),
            lambda a: self.tr("The password of {username} was reset.").format(username=a.username),
        )

    def toggle_active(self) -> None:
        from consular.services import accounts

        account = self.selected()
        if account is None:
            return
        ctx, name = self.ctx, account.username
        work = accounts.enable_user if not account.active else accounts.disable_user
        done = self.tr("{username} was enabled.") if not account.active else self.tr("{username} was disabled.")
        ops.write(
            self, lambda: work(ctx, name), lambda a: self._changed(a, done.format(username=a.username)), self._failed
        )


__all__ = [
    "AccountTableModel",
    "AddUserDialog",
    "ChangePasswordDialog",
    "ResetPasswordDialog",
    "SetRoleDialog",
    "UsersDialog",
]
