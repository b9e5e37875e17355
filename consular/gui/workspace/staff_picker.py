"""Who of our staff took part in a contact: a short checkable list of users."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from consular.services.views import UserView


class StaffPresentPicker(QWidget):
    """Who of our staff took part: a short checkable list of users, the signed-in one ticked.

    Typing a name's first letters moves to it (the list's own type-ahead); Space ticks or
    unticks. The ticked names are repeated beside the list, so the choice is readable when
    they have scrolled out of view.
    """

    changed = Signal()
    ROWS = 3

    def __init__(self, actor, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Staff present"))
        self.list.setAccessibleDescription(self.tr("Type a name to find it; Space ticks or unticks it"))
        self.list.setToolTip(self.tr("Our staff who took part. Type a name to find it; Space ticks or unticks it"))
        self.list.setUniformItemSizes(True)
        row.addWidget(self.list, 3)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Staff present, ticked"))
        self.summary.setProperty("role", "muted")
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 2)
        self._add_item(actor.username, actor.display_name)
        self.list.itemChanged.connect(self._item_changed)
        self._fit_height()

    def _add_item(self, username: str, display_name: str | None, checked: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(f"{display_name} ({username})" if display_name else username)
        item.setData(Qt.UserRole, username)
        item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable)
        item.setCheckState(Qt.Checked if checked else Qt.Unchecked)
        self.list.addItem(item)
        return item

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _fit_height(self) -> None:
        rows = max(1, min(self.ROWS, self.list.count()))
        height = self.list.sizeHintForRow(0) if self.list.count() else self.fontMetrics().height() + 4
        self.list.setFixedHeight(height * rows + 2 * self.list.frameWidth() + 2)

    def selected(self) -> list[str]:
        """Usernames ticked, sorted (a draft or a comparison must not depend on list order)."""
        return sorted(i.data(Qt.UserRole) for i in self._items() if i.checkState() == Qt.Checked)

    def set_selected(self, usernames: list[str]) -> None:
        wanted = set(usernames or [])
        self.list.blockSignals(True)
        try:
            known = set()
            for item in self._items():
                known.add(item.data(Qt.UserRole))
                item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in wanted else Qt.Unchecked)
            for username in sorted(wanted - known):  # e.g. someone no longer active
                self._add_item(username, None, checked=True)
        finally:
            self.list.blockSignals(False)
        self._after_change()

    def set_users(self, users: list[UserView]) -> None:
        ticked = self.selected()
        self.list.blockSignals(True)
        try:
            self.list.clear()
            listed = set()
            for user in users:
                self._add_item(user.username, user.display_name, user.username in ticked)
                listed.add(user.username)
            for username in ticked:
                if username not in listed:
                    self._add_item(username, None, checked=True)
        finally:
            self.list.blockSignals(False)
        self._fit_height()
        self._after_change(emit=False)

    def _item_changed(self, _item) -> None:
        self._after_change()

    def _after_change(self, emit: bool = True) -> None:
        names = [i.text() for i in self._items() if i.checkState() == Qt.Checked]
        self.summary.setText(", ".join(names) if names else self.tr("Nobody ticked"))
        first = next((i for i in self._items() if i.checkState() == Qt.Checked), None)
        if first is not None and self.list.currentItem() is None:
            self.list.setCurrentItem(first)
        if emit:
            self.changed.emit()
