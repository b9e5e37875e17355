"""Signing in: the dialog before the window opens a database, and the form the idle lock reuses.

:class:`SignInForm` is user name, password, a Sign in button and the service's message when it
refuses (wrong password, locked with the time it opens again, disabled). The attempt runs in
the background through ``ops.write`` (a sign-in is audited, and Argon2 takes a moment), and
every attempt, failures included, goes through ``services.accounts.sign_in``: lockout applies.

:class:`SignInDialog` names the database and the post(s) it serves above the form and, on
success, holds the :class:`OpenedDatabase` in ``opened``. The posts are read before anyone has
signed in (``services.database.post_names``: from beside the key slots of an encrypted file,
from the database itself otherwise), in the background; until they arrive, the names seen
here last time (settings) stand in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consular.domain.errors import UserError
from consular.gui import ops, preload, settings
from consular.gui.first_paint import after_first_paint
from consular.gui.form_rows import error_label
from consular.gui.icons import icon
from consular.gui.labels import heading

Attempt = Callable[[str, str], object]  # (username, password) -> result; runs in a worker


class SignInForm(QWidget):
    """User name and password; ``attempt`` is called off the GUI thread with both."""

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, attempt: Attempt, *, username: str = "", fixed_user: bool = False, parent=None):
        super().__init__(parent)
        self._attempt = attempt
        self._busy = False
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.username = QLineEdit(username)
        self.username.setAccessibleName(self.tr("User name"))
        self.username.setPlaceholderText(self.tr("e.g. a.sharma"))
        self.username.setReadOnly(fixed_user)
        self.password = QLineEdit()
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        self.message = error_label(self.tr("Why signing in failed"))
        form.addRow("", self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit)
        row.addWidget(self.sign_in_button)
        self.buttons = row
        form.addRow(row)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)

    def focus(self) -> None:
        (self.password if self.username.text().strip() else self.username).setFocus(Qt.OtherFocusReason)

    def submit(self) -> None:
        if self._busy:
            return
        user, password = self.username.text().strip().lower(), self.password.text()
        if not user:
            self.show_message(self.tr("Enter your user name."))
            self.username.setFocus()
            return
        if not password:
            self.show_message(self.tr("Enter your password."))
            self.password.setFocus()
            return
        self._busy = True
        self.sign_in_button.setEnabled(False)
        self.message.hide()
        attempt = self._attempt
        ops.write(
            self,
            lambda: attempt(user, password),
            on_done=self._done,
            on_error=self._failed,
            on_finished=self._finished,
            label=self.tr("Signing in…"),
        )

    def _finished(self) -> None:
        self._busy = False
        self.sign_in_button.setEnabled(True)

    def _done(self, result) -> None:
        self.password.clear()
        self.succeeded.emit(result)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            text = exc.message
        else:
            from consular.gui.errors import show_error

            show_error(self.window(), exc)
            text = self.tr("Signing in failed because of an unexpected error (see the message).")
        self.show_message(text)
        self.password.clear()
        self.password.setFocus(Qt.OtherFocusReason)
        self.failed.emit(text)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def describe_target(target: str) -> tuple[str, str]:
    """(short name, full place) of a database target, for the dialog's heading."""
    if "://" in target:
        return target.split("/")[-1] or target, target
    path = Path(target).expanduser()
    return path.name, str(path.parent)


def posts_label(posts) -> str:
    """How the sign-in dialog names the post(s) a database serves."""
    return names_label([p.name for p in posts])


class PostsText(QObject):
    """How the sign-in dialog names the posts (a QObject: ``tr`` gives Qt's plural forms)."""

    def label(self, names: list[str]) -> str:
        if len(names) == 1:
            return self.tr("Post: {name}").format(name=names[0])
        shown = "; ".join(names[:3])
        if len(names) > 3:
            shown = self.tr("{names} and %n more", "", len(names) - 3).format(names=shown)
        return self.tr("Posts: {names}").format(names=shown)


def names_label(names: list[str]) -> str:
    """ "Post: Embassy of India, Bamako", or "Posts: A; B; C and 2 more"; "" for none."""
    if not names:
        return ""
    return PostsText().label(names)


class SignInDialog(QDialog):
    """Sign in to ``target``: on success ``opened`` holds the opened database (its ``ctx``
    carries the signed-in actor) and the dialog is accepted."""

    posts_shown = Signal(str)  # the posts' label, once read from the database

    def __init__(self, target: str, *, username: str | None = None, post: str | None = None, parent=None):
        super().__init__(parent)
        self.target = target
        self.opened = None
        self.setWindowTitle(self.tr("Sign in — consular"))
        self.setAccessibleName(self.tr("Sign in"))
        self.setWindowIcon(icon("app"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        name, _place = describe_target(target)
        self.title = heading(self.tr("Sign in to {name}").format(name=name))
        layout.addWidget(self.title)
        self.where = QLabel()
        self.where.setAccessibleName(self.tr("Database and post"))
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.where)
        self._posts_asked = 0  # the last look-up's number: an older answer for another database loses
        self._show_where(post or settings.posts_of(target))
        # The database layer is imported in the background once the dialog is on the screen
        # (or after a second if it is never painted), then the posts are read through it.
        after_first_paint(self, lambda: self._painted(look_up=post is None))

        def attempt(user: str, password: str):
            # On the worker: the database layer comes from the preload, begun when the dialog
            # was painted and usually done while the password was typed.
            preload.start()
            preload.wait_for_database()
            from consular.services import database as database_service

            opened = database_service.open_database(self.target, user, mode="open", password=password)
            preload.wait()  # what Home reads is imported before the window asks for it
            return opened

        initial = username if username is not None else settings.get(settings.LAST_USER)
        self.form = SignInForm(attempt, username=initial or "", parent=self)
        layout.addWidget(self.form)
        self.other_button = QPushButton(self.tr("Other database…"))
        self.other_button.setAccessibleName(self.tr("Sign in to another database"))
        self.other_button.setAutoDefault(False)
        self.other_button.clicked.connect(self.choose_database)
        self.form.buttons.insertWidget(0, self.other_button)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel signing in"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.form.buttons.addWidget(self.cancel_button)
        self.form.succeeded.connect(self._signed_in)
        self.form.failed.connect(lambda _text: self._fit_message())

    def _fit_message(self) -> None:
        """Grow to show the whole message (a wrapped label does not resize its dialog by itself)."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else self.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def set_target(self, target: str) -> None:
        self.target = target
        name, _place = describe_target(target)
        self.title.setText(self.tr("Sign in to {name}").format(name=name))
        self._show_where(settings.posts_of(target))
        self.form.message.hide()
        self._look_up_posts()

    def _show_where(self, posts: str | None) -> None:
        _name, place = describe_target(self.target)
        self.post_text = posts or ""
        where = self.tr("Database: {place}").format(place=place)
        self.where.setText(f"{where}\n{posts}" if posts else where)

    def _look_up_posts(self) -> None:
        """Read the posts of the database in the background and name them when they arrive."""
        self._posts_asked += 1
        asked, target = self._posts_asked, self.target

        def arrived(names: list[str]) -> None:
            if asked != self._posts_asked or not names:
                return  # another database was chosen meanwhile, or nothing to name
            label = names_label(names)
            self._show_where(label)
            settings.remember_posts(target, label)
            self.posts_shown.emit(label)

        def work() -> list[str]:
            preload.start()
            preload.wait_for_database()
            from consular.services import database as database_service

            return database_service.post_names(target)

        ops.query(self, work, arrived)

    def choose_database(self) -> None:
        from consular.gui import database_dialogs

        start = str(Path(self.target).parent) if "://" not in self.target else ""
        path = database_dialogs.ask_open_path(self, start)
        if path:
            self.set_target(path)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.form.focus()

    def _painted(self, *, look_up: bool) -> None:
        preload.start()
        if look_up:
            self._look_up_posts()

    def _signed_in(self, opened) -> None:
        self.opened = opened
        settings.put(settings.LAST_USER, opened.ctx.actor.username)
        self.accept()

    def reject(self) -> None:
        if self.form._busy:
            return  # an attempt is under way; its answer (and its audit entry) comes first
        super().reject()


__all__ = ["SignInDialog", "SignInForm", "describe_target", "names_label", "posts_label"]
