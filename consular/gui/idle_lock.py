"""The idle lock: after N minutes without keyboard or mouse input (``settings.IDLE_LOCK_MINUTES``,
default 5) the window's contents are covered by a lock screen that asks for the password.

Nothing is closed or reset: the tabs, forms and half-typed text stay where they are, under the
cover; dialogs showing case data are hidden and come back on unlock. Unlocking signs in again
through ``services.accounts.sign_in`` (so a wrong password is audited and counts towards the
lockout); only the same account can unlock.

The timer is driven by an event filter on the application, so any input in any of the app's
windows counts as activity.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from consular.gui import settings
from consular.gui.labels import heading
from consular.gui.sign_in_dialog import SignInForm

log = logging.getLogger(__name__)

_ACTIVITY = frozenset(
    {
        QEvent.KeyPress,
        QEvent.MouseButtonPress,
        QEvent.MouseButtonDblClick,
        QEvent.MouseMove,
        QEvent.Wheel,
        QEvent.TouchBegin,
        QEvent.TabletPress,
    }
)


_LEFT_ALONE = (QMessageBox, QFileDialog, QProgressDialog)


def idle_minutes() -> float:
    return float(settings.get(settings.IDLE_LOCK_MINUTES))


class LockScreen(QFrame):
    """The opaque cover over the window: who is signed in, and the password to unlock."""

    unlocked = Signal()

    def __init__(self, window: QWidget, ctx):
        super().__init__(window)
        from consular.services import accounts

        self.setObjectName("lock_screen")
        self.setAccessibleName(self.tr("Locked"))
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.NoFrame)
        actor = ctx.actor
        database = ctx.database

        def attempt(user: str, password: str):
            return accounts.sign_in(database, user, password)

        outer = QVBoxLayout(self)
        outer.addStretch(2)
        box = QWidget(self)
        # A fixed width, so the wrapped text gets the height it needs at that width.
        box.setFixedWidth(460)
        inner = QVBoxLayout(box)
        inner.addWidget(heading(self.tr("consular is locked")))
        text = QLabel(
            self.tr(
                "Signed in as {name} ({username}). The window was locked after a time "
                "without use; what you were doing is kept. Enter your password to continue."
            ).format(name=actor.display_name, username=actor.username)
        )
        text.setWordWrap(True)
        inner.addWidget(text)
        self.form = SignInForm(attempt, username=actor.username, fixed_user=True, parent=box)
        self.form.sign_in_button.setText(self.tr("&Unlock"))
        self.form.sign_in_button.setAccessibleName(self.tr("Unlock"))
        inner.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)
        self._user_id = actor.user_id
        self.form.succeeded.connect(self._signed_in)

    def _signed_in(self, actor) -> None:
        if getattr(actor, "user_id", None) != self._user_id:
            self.form.show_message(self.tr("Only the person signed in can unlock this window."))
            return
        self.unlocked.emit()


class IdleLock(QObject):
    """Locks ``window`` after ``minutes`` without input (default: the setting).

    ``window`` must have ``ctx`` (the signed-in context). ``lock()`` / ``locked`` for code and
    tests; ``locked_changed`` tells the window.
    """

    locked_changed = Signal(bool)

    def __init__(self, window: QWidget, minutes: float | None = None):
        super().__init__(window)
        self.window = window
        self._fixed_minutes = minutes
        self.minutes = idle_minutes() if minutes is None else minutes
        self.screen: LockScreen | None = None
        self._hidden: list[QWidget] = []
        self._disabled: list[QWidget] = []
        self._actions: list = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self._active = False

    @property
    def locked(self) -> bool:
        return self.screen is not None

    def start(self) -> None:
        """Watch for input (call when someone has signed in); reads the setting again."""
        self.minutes = idle_minutes() if self._fixed_minutes is None else self._fixed_minutes
        if self.minutes <= 0:
            log.info("Idle lock off (%s minutes)", self.minutes)
            return
        if not self._active:
            QApplication.instance().installEventFilter(self)
            self._active = True
        self.timer.start(max(int(self.minutes * 60_000), 50))

    def stop(self) -> None:
        if self._active:
            QApplication.instance().removeEventFilter(self)
            self._active = False
        self.timer.stop()

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Resize and watched is self.window:
            self._cover()
        elif kind in _ACTIVITY and not self.locked:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.locked or self.window.ctx is None:
            return
        self.timer.stop()
        # Dialogs with case data (Log contact, a brief...) are hidden, not closed: their text stays.
        # Message boxes, file, print and progress dialogs run their own loops or belong to
        # running work: hiding them would answer them, so they stay (they hold no case record).
        self._hidden = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not self.window and w.isVisible() and isinstance(w, QDialog) and not isinstance(w, _LEFT_ALONE)
        ]
        for widget in self._hidden:
            widget.hide()
        # Disabled, not cleared: no key reaches the covered forms (Tab, shortcuts), and
        # re-enabling gives every widget back its own state.
        covered = (self.window.menuBar(), self.window.centralWidget(), getattr(self.window, "toolbar", None))
        self._disabled = [w for w in covered if w is not None and w.isEnabled()]
        for widget in self._disabled:
            widget.setEnabled(False)
        self._actions = [a for a in self.window.actions() if a.isEnabled()]
        for action in self._actions:
            action.setEnabled(False)
        self.screen = LockScreen(self.window, self.window.ctx)
        self.screen.unlocked.connect(self.unlock)
        self._cover()
        self.screen.show()
        self.screen.raise_()
        self.screen.form.focus()
        self.window.installEventFilter(self)
        self.locked_changed.emit(True)

    def _cover(self) -> None:
        if self.screen is not None:
            self.screen.setGeometry(self.window.rect())

    def unlock(self) -> None:
        if self.screen is None:
            return
        self.window.removeEventFilter(self)
        screen, self.screen = self.screen, None
        screen.hide()
        screen.deleteLater()
        for widget in self._disabled:
            widget.setEnabled(True)
        for action in self._actions:
            action.setEnabled(True)
        for widget in self._hidden:
            widget.show()
        self._hidden, self._disabled, self._actions = [], [], []
        self.locked_changed.emit(False)
        if self._active:
            self.timer.start()


__all__ = ["IdleLock", "LockScreen", "idle_minutes"]
