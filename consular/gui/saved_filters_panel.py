"""The "Saved filters" sidebar beside a list (the case list, a contact log).

It lists the signed-in account's filters for that list, then those colleagues shared with a
post, and applies one on Enter, double-click or "Apply". "Save current…" keeps what the list
shows now under a name; the row menu renames, shares with a post, or deletes one's own. The
host gives two callables: ``current()`` returns the list's definition now (a plain dict,
:mod:`consular.domain.filters`), and the panel's ``apply_requested`` signal hands a saved one
back. Everything runs through :mod:`consular.gui.ops`; the prompts are module functions so
that tests can answer them (the same seam as ``workspace.ask_unsaved_changes``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from consular.gui import ops, row_menu, theme
from consular.gui.icons import icon
from consular.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from consular.services.context import ServiceContext
    from consular.services.saved_filters import SavedFilterView

FILTER_ROLE = Qt.UserRole + 1
NOT_SHARED = QT_TRANSLATE_NOOP("saved_filters_panel", "Not shared (only me)")
translate = QCoreApplication.translate


def ask_name(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """A name typed by the user, or None when cancelled. Tests replace this function."""
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value.strip() if ok and value.strip() else None


def ask_post(parent: QWidget, codes: list[str], current: str | None) -> str | bool | None:
    """A post code to share with, None for "not shared", or False when cancelled."""
    not_shared = translate("saved_filters_panel", NOT_SHARED)
    items = [not_shared, *codes]
    start = items.index(current) if current in items else 0
    value, ok = QInputDialog.getItem(
        parent,
        translate("saved_filters_panel", "Share with a post"),
        translate("saved_filters_panel", "Share this filter with:"),
        items,
        start,
        False,
    )
    if not ok:
        return False
    return None if value == not_shared else value


def confirm(parent: QWidget, text: str) -> bool:
    """Yes/No. Tests replace this function."""
    return QMessageBox.question(parent, translate("saved_filters_panel", "Saved filters"), text) == QMessageBox.Yes


class SavedFiltersPanel(QWidget):
    """The sidebar. ``apply_requested(SavedFilterView)`` when the user applies one."""

    apply_requested = Signal(object)
    loaded = Signal()

    def __init__(self, list_name: str, current: Callable[[], dict], parent: QWidget | None = None):
        super().__init__(parent)
        self.list_name, self._current = list_name, current
        self._ctx: ServiceContext | None = None
        self.filters: list[SavedFilterView] = []
        self.setObjectName(f"saved_filters_{list_name}")
        title = QLabel(self.tr("Saved filters"), self)
        title.setProperty("role", "subheading")
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Saved filters"))
        self.list.setAccessibleDescription(self.tr("Press Enter to apply the selected filter; the menu key for more."))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.ElideRight)
        self.list.itemActivated.connect(self._activated)
        row_menu.attach(self.list, self._row_actions)
        self.save_button = QPushButton(icon("filter"), self.tr("Save current…"), self)
        self.save_button.setAccessibleName(self.tr("Save the current filters under a name"))
        self.save_button.setToolTip(
            self.tr("Keep this list's filters and sort under a name, to apply them again later")
        )
        self.save_button.clicked.connect(self.save_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        # The sidebar never holds the window wider: the splitter gives it room, or drags it shut.
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)

    # --- loading ------------------------------------------------------------------------

    def set_context(self, ctx: ServiceContext | None) -> None:
        self._ctx = ctx
        self.refresh()

    def refresh(self) -> None:
        ctx = self._ctx
        if ctx is None:
            self._show([])
            return
        from consular.services import saved_filters

        ops.query(self, lambda: saved_filters.list_filters(ctx, self.list_name), on_done=self._show)

    def _show(self, found: list[SavedFilterView]) -> None:
        self.filters = found
        self.list.clear()
        for f in found:
            item = QListWidgetItem(icon("filter") if f.mine else icon("people"), f.label)
            item.setData(FILTER_ROLE, f)
            if f.mine and f.shared_with:
                tip = self.tr("{name} — yours, shared with {post}")
            elif f.mine:
                tip = self.tr("{name} — yours, only you see it")
            else:
                tip = self.tr("{name} — {owner}'s, shared with {post}")
            item.setToolTip(tip.format(name=f.name, owner=f.owner_name, post=f.shared_with))
            self.list.addItem(item)
        if not found:
            hint = QListWidgetItem(self.tr("None yet: set the filters, then “Save current…”"))
            hint.setFlags(Qt.NoItemFlags)
            hint.setForeground(theme.muted_colour())
            self.list.addItem(hint)
        self.loaded.emit()

    def item_named(self, name: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            f = self.list.item(row).data(FILTER_ROLE)
            if f is not None and f.name == name:
                return self.list.item(row)
        return None

    # --- actions ------------------------------------------------------------------------

    def _activated(self, item: QListWidgetItem) -> None:
        f = item.data(FILTER_ROLE)
        if f is not None:
            self.apply_requested.emit(f)

    def save_current(self) -> None:
        from consular.services import saved_filters

        ctx = self._ctx
        if ctx is None:
            return
        name = ask_name(self, self.tr("Save filters"), self.tr("Name for these filters:"))
        if not name:
            return
        definition = self._current()
        mine = [f for f in self.filters if f.mine and f.name.casefold() == name.casefold()]
        replace = bool(mine)
        question = self.tr("You already have a filter called “{name}”. Replace it?").format(
            name=mine[0].name if mine else ""
        )
        if replace and not confirm(self, question):
            return
        label = mine[0].name if mine else name
        ops.write(
            self,
            lambda: saved_filters.save_filter(ctx, self.list_name, label, definition, replace=replace),
            on_done=lambda _saved: self.refresh(),
            label=self.tr("Saving the filter…"),
        )

    def _row_actions(self, index) -> row_menu.RowActions | None:
        item = self.list.item(index.row())
        f = item.data(FILTER_ROLE) if item is not None else None
        if f is None:
            return None
        extra = []
        if f.mine:
            extra = [
                (self.tr("Rename…"), None, lambda: self.rename(f)),
                (self.tr("Share with a post…"), "people", lambda: self.share(f)),
                (self.tr("Delete…"), None, lambda: self.delete(f)),
            ]
        return row_menu.RowActions(
            subject=self.tr("Saved filter “{name}”").format(name=f.name),
            open=lambda: self.apply_requested.emit(f),
            open_text=self.tr("Apply"),
            extra=extra,
        )

    def rename(self, f: SavedFilterView) -> None:
        from consular.services import saved_filters

        ctx = self._ctx
        name = ask_name(self, self.tr("Rename filter"), self.tr("New name:"), f.name)
        if ctx is None or not name or name == f.name:
            return
        ops.write(
            self,
            lambda: saved_filters.rename_filter(ctx, f.id, name, expected_version=f.version),
            on_done=lambda _r: self.refresh(),
        )

    def share(self, f: SavedFilterView) -> None:
        from consular.services import reference_data, saved_filters

        ctx = self._ctx
        if ctx is None:
            return

        def chosen(posts) -> None:
            code = ask_post(self, [p.code for p in posts], f.shared_with)
            if code is False or code == f.shared_with:
                return
            ops.write(
                self,
                lambda: saved_filters.share_filter(ctx, f.id, code, expected_version=f.version),
                on_done=lambda _r: self.refresh(),
            )

        ops.query(self, lambda: reference_data.list_posts(ctx), on_done=chosen)

    def delete(self, f: SavedFilterView) -> None:
        from consular.services import saved_filters

        ctx = self._ctx
        if ctx is None or not confirm(self, self.tr("Delete the saved filter “{name}”?").format(name=f.name)):
            return
        ops.write(
            self,
            lambda: saved_filters.delete_filter(ctx, f.id, expected_version=f.version),
            on_done=lambda _r: self.refresh(),
        )
