"""The supervisor's escalation queue on the desktop: "My escalations" on Home and the tray icon.

One :class:`EscalationWatch` per window reads ``services.escalation.my_queue`` in the background
(``ops.query``): when a database is opened, every few minutes on a timer, and after a change
(the window calls :meth:`EscalationWatch.refresh` where it refreshes Home). It fills the card and
sets the tray's count; the tray notifies when the count rose.

Only supervisors and administrators have a queue (role matrix ``escalation.my_queue``): for
anyone else the card stays hidden, no query runs and no tray icon shows. Signing out (a
context of None), locking the window and closing it stop the timer, forget the count and hide
the tray; unlocking starts it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from consular.gui import ops
from consular.gui.dashboard import TARGET_ROLE, DashboardCard, minute_text
from consular.gui.times import days_text, due_text
from consular.gui.tray import EscalationTray
from consular.services.permissions import can

if TYPE_CHECKING:
    from consular.services import escalation
    from consular.services.context import ServiceContext

REFRESH_MS = 5 * 60_000


def card_items(queue: escalation.EscalationQueue) -> list[tuple[str, str, tuple[str, str, int], bool]]:
    """(text, tooltip, target, warn) per queue item, for :meth:`DashboardCard.set_items`."""
    from consular.services import escalation

    sections = {escalation.FAMILY: "people", escalation.TASK: "tasks"}
    now = queue.generated_at
    items = []
    for item in queue.items:
        family = item.kind == escalation.FAMILY
        kind = (
            QCoreApplication.translate("escalation_panel", "family contact")
            if family
            else QCoreApplication.translate("escalation_panel", "task")
        )
        if family:
            tip = QCoreApplication.translate(
                "escalation_panel", "Family contact due {when} UTC, overdue by more than {days}. Open {reference}."
            )
        else:
            tip = QCoreApplication.translate(
                "escalation_panel", "Task due {when} UTC, overdue by more than {days}. Open {reference}."
            )
        items.append(
            (
                f"{item.text}\n{item.reference} · {kind} · {due_text(item.due_at, now)}",
                tip.format(when=minute_text(item.due_at), days=days_text(queue.after_days), reference=item.reference),
                (item.reference, sections[item.kind], item.item_id),
                True,
            )
        )
    return items


class EscalationWatch(QObject):
    """Keeps "My escalations" and the tray up to date for the signed-in supervisor."""

    updated = Signal(object)  # EscalationQueue
    cleared = Signal()

    def __init__(self, window, *, tray: EscalationTray | None = None, interval_ms: int = REFRESH_MS):
        super().__init__(window)
        self.window = window
        self.ctx: ServiceContext | None = None
        self.queue: escalation.EscalationQueue | None = None
        self._generation = 0
        self._locked = False
        self.card = DashboardCard(
            self.tr("My escalations"),
            "status",
            self.tr("Nothing overdue on the cases you supervise."),
            window.dashboard,
        )
        self.card.setObjectName("escalations_card")
        self.card.list.setObjectName("list_escalations")
        self.card.list.setAccessibleName(self.tr("My escalations: overdue on the cases you supervise"))
        self.card.list.itemActivated.connect(self._activated)
        self.card.list.itemClicked.connect(self._activated)
        self.card.hide()
        self.tray = tray if tray is not None else EscalationTray(self)
        self.tray.open_requested.connect(self._raise_window)
        self.tray.show_queue_requested.connect(self.show_queue)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.refresh)

    @property
    def active(self) -> bool:
        """A supervisor is signed in and the window is not locked."""
        return self.ctx is not None and not self._locked and can(self.ctx, "escalation.my_queue")

    def set_context(self, ctx: ServiceContext | None) -> None:
        """A database was opened or closed (signed in or out)."""
        self.ctx = ctx
        self._locked = False
        self.stop()
        if self.active:
            self.card.show()
            self.card.set_items([])
            self.timer.start()
            self.refresh()
        else:
            self.card.hide()

    def set_locked(self, locked: bool) -> None:
        """The idle lock covered (True) or uncovered (False) the window."""
        self._locked = locked
        if locked:
            self.stop()
        elif self.active:
            self.timer.start()
            self.refresh()

    def stop(self) -> None:
        """Stop the timer, drop any answer on its way, forget the count, hide the tray."""
        self._generation += 1
        self.timer.stop()
        self.queue = None
        self.tray.clear()
        self.cleared.emit()

    def refresh(self) -> None:
        from consular.services import escalation

        if not self.active:
            return
        self._generation += 1
        generation, ctx = self._generation, self.ctx

        def done(queue: escalation.EscalationQueue) -> None:
            if generation == self._generation and self.active:
                self.show_queue_data(queue)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.card.count.setText(self.tr("could not update"))
                self.card.count.setToolTip(str(exc))

        ops.query(self.card, lambda: escalation.my_queue(ctx), on_done=done, on_error=failed)

    def show_queue_data(self, queue: escalation.EscalationQueue) -> None:
        self.queue = queue
        self.card.set_items(card_items(queue), total=queue.total)
        self.tray.set_count(queue.total)
        self.updated.emit(queue)

    # --- going to the queue ------------------------------------------------------------

    def _activated(self, item) -> None:
        target = item.data(TARGET_ROLE)
        if target:
            reference, section, record_id = target
            self.window.open_case(reference, section, record_id)

    def _raise_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def show_queue(self) -> None:
        """Bring the window up at Home with the keyboard on "My escalations"."""
        self._raise_window()
        self.window.show_home()
        if self.card.isVisible():
            self.card.list.setFocus(Qt.OtherFocusReason)


def install(window) -> EscalationWatch:
    """Put "My escalations" at the top of Home and watch the queue for ``window``."""
    watch = EscalationWatch(window)
    window.dashboard.body.insertWidget(2, watch.card)
    window.idle_lock.locked_changed.connect(watch.set_locked)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(watch.stop)
    return watch


__all__ = ["EscalationWatch", "card_items", "install"]
