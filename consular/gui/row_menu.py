"""The right-click menu of a list row, the same in every list: Open, Copy reference, Log
contact…, then Void… for entries that can be voided (and a list's own extra actions).

A list builds it from what its row is, in ``row_menu``; the menu opens at the pointer (or,
from the menu key, at the current row). :func:`shown_menu` gives the menu last opened.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from consular.gui.clipboard import copy_text
from consular.gui.icons import icon

Action = Callable[[], object]


@dataclass
class RowActions:
    """What a row offers; an action left None is not shown (a disabled one says why)."""

    subject: str  # "BAM-2025-0001", "Contact #12 of BAM-2025-0001": names the menu
    open: Action | None = None
    open_text: str = ""  # default: "Open", translated
    reference: str | None = None  # the case reference "Copy reference" copies
    log_contact: Action | None = None
    void: Action | None = None
    void_refused: str | None = None  # why Void… is greyed out (already voided, not yours)
    extra: list[tuple[str, str | None, Action]] = field(default_factory=list)  # (text, icon, action)


def build_menu(parent: QWidget, actions: RowActions) -> QMenu:
    menu = QMenu(parent)
    menu.setObjectName("row_menu")
    menu.setAccessibleName(
        QCoreApplication.translate("row_menu", "Actions for {subject}").format(subject=actions.subject)
    )
    menu.setToolTipsVisible(True)
    if actions.open is not None:
        open_text = actions.open_text or QCoreApplication.translate("row_menu", "Open")
        menu.addAction(icon("case"), open_text, actions.open).setObjectName("row_open")
    if actions.reference:
        reference = actions.reference
        copy = menu.addAction(QCoreApplication.translate("row_menu", "Copy reference"), lambda: copy_text(reference))
        copy.setObjectName("row_copy_reference")
        copy.setToolTip(
            QCoreApplication.translate(
                "row_menu", "Copy {reference} to the clipboard (cleared again after 30 seconds)"
            ).format(reference=reference)
        )
    if actions.log_contact is not None:
        menu.addAction(
            icon("log-contact"), QCoreApplication.translate("row_menu", "Log contact…"), actions.log_contact
        ).setObjectName("row_log_contact")
    for text, icon_name, slot in actions.extra:
        if icon_name:
            menu.addAction(icon(icon_name), text, slot)
        else:
            menu.addAction(text, slot)
    if actions.void is not None or actions.void_refused:
        menu.addSeparator()
        void = menu.addAction(QCoreApplication.translate("row_menu", "Void…"), actions.void or (lambda: None))
        void.setObjectName("row_void")
        if actions.void_refused:
            void.setEnabled(False)
            void.setToolTip(actions.void_refused)
        else:
            void.setToolTip(
                QCoreApplication.translate(
                    "row_menu", "Mark this entry as a mistake, with a reason; it stays in the history, struck through"
                )
            )
    return menu


def index_for_menu(view: QAbstractItemView, pos: QPoint) -> QModelIndex:
    """The row under the pointer, else (menu key) the current row."""
    index = view.indexAt(pos)
    return index if index.isValid() else view.currentIndex()


def popup(view: QAbstractItemView, pos: QPoint, actions: RowActions | None) -> QMenu | None:
    """Show the row menu for ``actions`` at ``pos`` (viewport coordinates)."""
    if actions is None:
        return None
    menu = build_menu(view, actions)
    menu.aboutToHide.connect(menu.deleteLater)
    menu.popup(view.viewport().mapToGlobal(pos))
    return menu


class _RowMenu(QObject):
    """The view's row menu handler, a child of the view. It holds the list's ``actions_for``
    weakly: a connection closing over the list widget would keep it alive past its window,
    until a garbage collection on a worker thread deleted it there."""

    def __init__(self, view: QAbstractItemView, actions_for: Callable[[QModelIndex], RowActions | None]):
        super().__init__(view)
        self.setObjectName("row_menu_handler")
        self._actions_for = weakref.WeakMethod(actions_for)
        self.shown: QMenu | None = None
        view.setContextMenuPolicy(Qt.CustomContextMenu)
        view.customContextMenuRequested.connect(self._requested)

    def _requested(self, pos: QPoint) -> None:
        view = self.parent()
        actions_for = self._actions_for()
        if actions_for is None:
            return
        index = index_for_menu(view, pos)
        if not index.isValid():
            return
        if view.indexAt(pos) != index:  # from the keyboard: at the current row
            pos = view.visualRect(index).center()
        else:
            view.setCurrentIndex(index)
        self.shown = popup(view, pos, actions_for(index))


def attach(view: QAbstractItemView, actions_for: Callable[[QModelIndex], RowActions | None]) -> None:
    """Give ``view`` the row menu: ``actions_for(index)``, a method of the list, says what the
    row offers (None: no menu, as for a placeholder row)."""
    _RowMenu(view, actions_for)


def shown_menu(view: QAbstractItemView) -> QMenu | None:
    """The row menu last opened on ``view`` (None if none, or if it has closed since)."""
    handler = view.findChild(_RowMenu, "row_menu_handler")
    menu = handler.shown if handler is not None else None
    return menu if menu is not None and shiboken6.isValid(menu) else None


__all__ = ["RowActions", "attach", "build_menu", "popup", "shown_menu"]
