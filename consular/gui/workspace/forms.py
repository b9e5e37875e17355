"""A small base for the workspace's add/edit dialogs: labelled rows with an error label under
each field, Save/Cancel, Ctrl+Enter to save, and a background submit that puts a
ValidationError next to its field and keeps everything typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consular.domain.errors import ConflictError, UserError, ValidationError
from consular.gui import ops
from consular.gui.conflicts import ConflictPanel
from consular.gui.errors import show_error
from consular.gui.form_rows import FieldErrors, error_label, field_with_error
from consular.gui.forms.values import text_or_none
from consular.gui.icons import icon

__all__ = ["FormDialog", "text_or_none", "users_combo"]


class FormDialog(QDialog):
    """Subclasses add rows with :meth:`add_field` and define ``prepare()``: it reads the form on
    the GUI thread (raising ValidationError for a check that needs no database) and returns
    the service call that then runs off the GUI thread. ``saved(result)`` is emitted on
    success."""

    saved = Signal(object)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if not callable(getattr(cls, "prepare", None)):
            raise TypeError(f"{cls.__name__} must define prepare(), the form's service call")

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        *,
        save_text: str = "Save",
        icon_name: str | None = None,
        intro: str | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        if icon_name:
            self.setWindowIcon(icon(icon_name))
        self.setMinimumWidth(520)
        self._busy = False
        self.result_value: Any = None
        outer = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            text.setAccessibleName(intro)
            outer.addWidget(text)
        # A save refused as stale (someone else saved meanwhile) is offered here: Reload when
        # the dialog defines reload_stored(show_changes), Keep editing always.
        self.conflict = ConflictPanel(self)
        outer.addWidget(self.conflict)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        outer.addLayout(self.form, 1)
        self.general_error = error_label("Error")
        outer.addWidget(self.general_error)
        self.errors = FieldErrors(self.general_error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(save_text)
        self.save_button.setAccessibleName(save_text)
        self.save_button.setToolTip("Ctrl+Enter")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        outer.addLayout(row)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(self.submit)

    def add_field(
        self, label: str, widget: QWidget, field: str | None = None, *aliases: str, accessible: str | None = None
    ) -> QWidget:
        if not widget.accessibleName():
            widget.setAccessibleName(accessible or label.rstrip(":"))
        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)
        self.form.addRow(label, field_with_error(label, widget, self.errors, field, *aliases))
        return widget

    # --- submitting ---------------------------------------------------------------------

    def submit(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        try:
            work = self.prepare()
        except ValidationError as exc:
            self.errors.show(exc)
            return
        self._busy = True
        self.save_button.setEnabled(False)
        ops.write(self, work, self._done, self._failed)

    def _done(self, result) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        self.result_value = result
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.errors.show(exc)
        elif isinstance(exc, ConflictError):
            self.conflict.offer(exc, getattr(self, "reload_stored", None))
        elif isinstance(exc, UserError):
            self.errors.show_message(exc.message)
        else:
            self.errors.show_message("Not saved: an unexpected error. What you typed is still here.")
            show_error(self, exc)


def users_combo(name: str, users, *, blank: str | None = "— nobody —", current: str | None = None) -> QComboBox:
    """A combo of staff (data: username)."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    if blank is not None:
        combo.addItem(blank, None)
    for user in users:
        combo.addItem(f"{user.display_name} ({user.username})", user.username)
    if current is not None:
        index = combo.findData(current)
        if index >= 0:
            combo.setCurrentIndex(index)
    return combo
