"""The system tray icon: the app icon with the escalation count drawn on it, a tooltip, a menu
(open consular, show my escalations) and a notification when the count goes up.

Nothing restricted is ever in the tray's text: only how many items are overdue, never a case,
a name or a task (a tray notification can show on a locked screen or a shared display).

When the platform has no tray (``QSystemTrayIcon.isSystemTrayAvailable()`` is False, as under
the offscreen platform), no QSystemTrayIcon is made; :class:`EscalationTray` still keeps the
count, the badge and the notification it would have shown, so the rest of the window and the
tests work the same, and Home still shows the queue.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from consular import paths

BADGE_SIZE = 64  # the pixmap the badge is drawn on; the tray scales it
BADGE_RED = QColor(200, 30, 30)
NOTIFY_MS = 10_000


def base_icon() -> QIcon:
    return QIcon(str(paths.resources_dir() / "icons" / "app.png"))


def badge_text(count: int) -> str:
    return "99+" if count > 99 else str(count)


def badge_pixmap(base: QIcon, count: int, size: int = BADGE_SIZE) -> QPixmap:
    """``base`` at ``size`` pixels with a red disc holding ``count`` in its top-right corner
    (nothing drawn for 0)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    base.paint(painter, 0, 0, size, size)
    if count > 0:
        text = badge_text(count)
        diameter = size * (0.58 if len(text) == 1 else 0.66)
        rect = QRectF(size - diameter, 0, diameter, diameter)
        painter.setPen(Qt.NoPen)
        painter.setBrush(BADGE_RED)
        painter.drawEllipse(rect)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(diameter * (0.62 if len(text) == 1 else 0.46)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignCenter, text)
    painter.end()
    return pixmap


def badge_probe(size: int = BADGE_SIZE) -> QPointF:
    """A point inside the badge's disc, left of its digits (for tests reading the pixels)."""
    diameter = size * 0.58
    return QPointF(size - diameter / 2 - diameter * 0.38, diameter / 2)


class TrayText(QObject):
    """The tray's sentences (a QObject so that ``tr`` gives Qt's plural forms)."""

    def tooltip(self, count: int | None) -> str:
        if count is None:
            return "consular"
        if count == 0:
            return self.tr("consular — nothing overdue on the cases you supervise")
        return self.tr("consular — %n item(s) overdue on the cases you supervise", "", count)

    def notification(self, added: int, total: int) -> str:
        return self.tr(
            "%n new item(s) in your escalation queue ({total} in all). Open consular to see them.", "", added
        ).format(total=total)

    def title(self) -> str:
        return self.tr("consular — escalations")


def tooltip_text(count: int | None) -> str:
    return TrayText().tooltip(count)


def notification_text(old: int | None, new: int) -> str | None:
    """What to say when the count went from ``old`` to ``new`` after a refresh; None when
    nothing should be said (the first count after signing in, or no rise)."""
    if old is None or new <= old:
        return None
    return TrayText().notification(new - old, new)


class EscalationTray(QObject):
    """The tray icon of the escalation queue. ``available`` None: ask the platform."""

    open_requested = Signal()
    show_queue_requested = Signal()

    def __init__(self, parent=None, *, available: bool | None = None):
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable() if available is None else available
        self.base = base_icon()
        self.count: int | None = None
        self.pixmap = badge_pixmap(self.base, 0)
        #: (title, text) of each notification given, newest last (shown by the tray when there is one).
        self.notifications: list[tuple[str, str]] = []
        self.icon: QSystemTrayIcon | None = None
        self.menu = QMenu()
        self.menu.setObjectName("tray_menu")
        self.menu.addAction(self.tr("Open consular"), self.open_requested.emit)
        self.menu.addAction(self.tr("Show my escalations"), self.show_queue_requested.emit)
        if self.available:
            self.icon = QSystemTrayIcon(QIcon(self.pixmap), self)
            self.icon.setObjectName("escalation_tray")
            self.icon.setToolTip(tooltip_text(None))
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)

    @property
    def visible(self) -> bool:
        return self.icon is not None and self.icon.isVisible()

    def set_count(self, count: int) -> str | None:
        """Show ``count`` on the icon and in the tooltip; notify when it went up since the last
        count. Returns the notification given, if any."""
        message = notification_text(self.count, count)
        self.count = count
        self.pixmap = badge_pixmap(self.base, count)
        if self.icon is not None:
            self.icon.setIcon(QIcon(self.pixmap))
            self.icon.setToolTip(tooltip_text(count))
            self.icon.show()
        if message is not None:
            title = TrayText().title()
            self.notifications.append((title, message))
            if self.icon is not None and self.icon.supportsMessages():
                self.icon.showMessage(title, message, QIcon(self.pixmap), NOTIFY_MS)
        return message

    def clear(self) -> None:
        """Forget the count and hide the icon (signed out, locked, closing)."""
        self.count = None
        self.pixmap = badge_pixmap(self.base, 0)
        if self.icon is not None:
            self.icon.hide()
            self.icon.setToolTip(tooltip_text(None))
            self.icon.setIcon(QIcon(self.pixmap))

    def _activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.Trigger, QSystemTrayIcon.DoubleClick):
            self.show_queue_requested.emit()

    def icon_size(self) -> QSize:
        return self.pixmap.size()


__all__ = ["EscalationTray", "badge_pixmap", "badge_probe", "notification_text", "tooltip_text"]
