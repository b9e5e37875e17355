"""A stale save, met where it happened: "changed by X at T" with Reload and Keep editing, and,
after Reload, what the other person changed side by side.

The form that saved keeps the panel (hidden until a ConflictError) and tells it how to
reload: ``ConflictPanel.offer(exc, reload=fn)``; ``fn(on_done)`` fetches the stored record in
the background and calls back with the rows to show, as (field, when you opened it, now). A
form whose Reload merges the typing back (only the fields the other person did not change
take their value) says so with ``kept`` (the fields where both changed: the user's text is
still in the form and wins unless they change it back).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from consular.domain.errors import ConflictError
from consular.gui.audit_view import ChangesTableModel
from consular.gui.table_models import apply_column_sizes
from consular.gui.text import html_escape
from consular.i18n import QT_TRANSLATE_NOOP

# Bookkeeping that changes with every save: not "what they changed".
IGNORED_FIELDS = frozenset({"version", "revision", "updated_at", "updated_by", "recorded_at"})


def diff_records(before, after, fields: Iterable[str] | None = None) -> list[tuple[str, object, object]]:
    """(field, before, after) for every field of two views of one record that differs."""
    names = fields or [f.name for f in dataclasses.fields(before)]
    rows = []
    for name in names:
        if name in IGNORED_FIELDS:
            continue
        old, new = getattr(before, name, None), getattr(after, name, None)
        if old != new:
            rows.append((name, _plain(old), _plain(new)))
    return rows


def _plain(value):
    """Enums by their value, views by their name, lists item by item: what a person reads."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "value") and not isinstance(value, (str, int, float)):
        return value.value
    if dataclasses.is_dataclass(value):
        return getattr(value, "name", None) or getattr(value, "display_name", None) or str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat(timespec="minutes")
    return value


class ConflictChangesModel(ChangesTableModel):
    COLUMNS = (
        ChangesTableModel.COLUMNS[0],
        dataclasses.replace(
            ChangesTableModel.COLUMNS[1], header=QT_TRANSLATE_NOOP("ChangesTableModel", "When you opened it")
        ),
        dataclasses.replace(ChangesTableModel.COLUMNS[2], header=QT_TRANSLATE_NOOP("ChangesTableModel", "Now")),
    )

    def set_changes(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()


class ConflictPanel(QFrame):
    """The banner a form shows when its save was refused as stale."""

    reloaded = Signal(object)  # the rows shown, after a Reload
    kept_editing = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setProperty("role", "banner")
        self.setFrameShape(QFrame.StyledPanel)
        self.setObjectName("conflict_panel")
        self.setAccessibleName(self.tr("Changed by someone else"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Why it was not saved"))
        row.addWidget(self.text, 1)
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.setAccessibleName(self.tr("Reload their version"))
        self.reload_button.setToolTip(self.tr("Load the saved record and see what they changed; your typing is kept"))
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.reload)
        row.addWidget(self.reload_button)
        self.keep_button = QPushButton(self.tr("&Keep editing"))
        self.keep_button.setAccessibleName(self.tr("Keep editing"))
        self.keep_button.setAutoDefault(False)
        self.keep_button.clicked.connect(self.keep_editing)
        row.addWidget(self.keep_button)
        layout.addLayout(row)
        self.changes_label = QLabel()
        self.changes_label.setWordWrap(True)
        self.changes_label.setAccessibleName(self.tr("What they changed"))
        layout.addWidget(self.changes_label)
        self.model = ConflictChangesModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("What they changed, side by side"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setMaximumHeight(150)
        apply_column_sizes(self.table, ConflictChangesModel.COLUMNS)
        # Then and now side by side get equal room (a long title was cut to "Claim ..." in "Now").
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        layout.addWidget(self.table)
        self._reload: Callable | None = None
        self.changes_label.hide()
        self.table.hide()
        self.hide()

    def offer(self, exc: ConflictError, reload: Callable[[Callable], None] | None) -> None:
        """Show ``exc``'s "changed by X at T" with Reload (when the form can) and Keep editing."""
        self._reload = reload
        self.text.setText(
            self.tr(
                "<b>Not saved: someone else changed this since you opened it.</b> {reason}"
                "<br>Your edits are still in the form."
            ).format(reason=html_escape(exc.message))
        )
        self.reload_button.setVisible(reload is not None)
        self.reload_button.setEnabled(True)
        self.changes_label.hide()
        self.table.hide()
        self.show()
        (self.reload_button if reload is not None else self.keep_button).setFocus()

    def reload(self) -> None:
        if self._reload is None:
            return
        self.reload_button.setEnabled(False)
        self._reload(self.show_changes)

    def show_changes(self, rows, kept: Iterable[str] = ()) -> None:
        """After a Reload: the form holds their version plus your edits; show what they changed."""
        rows = list(rows)
        kept = sorted(kept)
        self.model.set_changes(rows)
        self.text.setText(
            self.tr("<b>Reloaded.</b> Their version is loaded; save again to apply your edits on top of it.")
        )
        if rows:
            note = self.tr("They changed %n field(s).", "", len(rows))
            if kept:
                note += " " + self.tr(
                    "You had also changed {fields}: your text is kept in the form; compare before saving."
                ).format(fields=", ".join(kept))
            self.changes_label.setText(note)
            self.table.show()
        else:
            self.changes_label.setText(
                self.tr("Nothing you can see here changed (only bookkeeping, or a field not shown).")
            )
            self.table.hide()
        self.changes_label.show()
        self.reload_button.hide()
        self.keep_button.setText(self.tr("&Close this note"))
        self.reloaded.emit(rows)

    def keep_editing(self) -> None:
        self.hide()
        self.keep_button.setText(self.tr("&Keep editing"))
        self.kept_editing.emit()


__all__ = ["ConflictPanel", "diff_records"]
