"""A small base for the workspace's add/edit dialogs: labelled rows with an error label under
each field in a scroll area (so Save stays on screen at 1280x720), Save/Cancel, Ctrl+Enter to
save (Enter too in the small dialogs, which say so), and a submit that shows every error the
form finds at once, next to its field, scrolled to the first, before a background service
call; a ValidationError from the service lands next to its field too, and everything typed
is kept."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consular.domain.errors import ConflictError, UserError, ValidationError
from consular.gui import ops
from consular.gui.conflicts import ConflictPanel
from consular.gui.errors import show_error
from consular.gui.form_rows import FieldErrors, FormScroll, error_label, field_with_error, fit_on_screen
from consular.gui.forms.values import text_or_none
from consular.gui.icons import icon
from consular.gui.times import day_text
from consular.services import voiding

__all__ = ["FormDialog", "VoidDialog", "day_text", "text_or_none", "users_combo"]


class FormDialog(QDialog):
    """Subclasses add rows with :meth:`add_field` and define ``prepare()``: it reads the form on
    the GUI thread and returns the service call that then runs off the GUI thread. The checks
    that need no database go in ``validate()``, which returns every ValidationError found
    (all are shown at once); ``prepare()`` may still raise one. ``saved(result)`` is emitted
    on success.

    ``enter_saves``: Enter in a one-line field or a list saves (the small dialogs); the hint
    beside the buttons says which key saves either way."""

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
        save_text: str | None = None,
        icon_name: str | None = None,
        intro: str | None = None,
        enter_saves: bool = False,
    ):
        super().__init__(parent)
        save_text = save_text or self.tr("Save")
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
        self.body = QWidget()
        self.form = QFormLayout(self.body)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.scroll = FormScroll(self.body)
        self.scroll.setAccessibleName(self.tr("{title}: form").format(title=title))
        outer.addWidget(self.scroll, 1)
        self.general_error = error_label(self.tr("Error"))
        outer.addWidget(self.general_error)
        self.errors = FieldErrors(self.general_error)
        row = QHBoxLayout()
        self.enter_saves = enter_saves
        self.key_hint = QLabel(
            self.tr("Enter saves (Ctrl+Enter in a text box)")
            if enter_saves
            else self.tr("Ctrl+Enter saves; Esc cancels")
        )
        self.key_hint.setProperty("role", "muted")
        self.key_hint.setAccessibleName(self.tr("Keys"))
        row.addWidget(self.key_hint)
        row.addStretch(1)
        self.save_button = QPushButton(save_text)
        self.save_button.setAccessibleName(save_text)
        self.save_button.setToolTip(self.tr("Enter or Ctrl+Enter") if enter_saves else self.tr("Ctrl+Enter"))
        self.save_button.setAutoDefault(False)
        self.save_button.setDefault(enter_saves)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
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

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_fitted", False):
            self._fitted = True
            fit_on_screen(self)

    def refit(self) -> None:
        """Grow (within the screen) to show rows or error lines that appeared."""
        if self.isVisible():
            self.layout().activate()
            fit_on_screen(self)

    # --- submitting ---------------------------------------------------------------------

    def validate(self) -> list[ValidationError]:
        """Every problem the form can see without a database (none by default)."""
        return []

    def submit(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        try:
            problems = self.validate()
            work = None if problems else self.prepare()
        except ValidationError as exc:
            problems = [exc]
        if problems:
            self.errors.show_all(problems)
            self.refit()
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
            self.errors.show_message(self.tr("Not saved: an unexpected error. What you typed is still here."))
            show_error(self, exc)
        self.refit()


class VoidDialog(FormDialog):
    """Void an entry recorded by mistake (``voiding.void_entry``): it stays in the history,
    struck through, with who voided it and why. The reason is required; Enter voids.

    ``entries`` are (id, description) of the entries that may be voided; with more than one,
    the caseworker picks which (``selected`` is the one picked first)."""

    def __init__(
        self,
        ctx,
        kind: str,
        entries: list[tuple[int, str]],
        *,
        what: str,
        selected: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(
            self.tr("Void {what}").format(what=what),
            parent,
            save_text=self.tr("Void entry"),
            intro=self.tr(
                "The {what} stays in the history, struck through, with your name and the reason; "
                "it no longer counts anywhere (counts, briefs, timeline, exports)."
            ).format(what=what),
            enter_saves=True,
        )
        self.ctx, self.kind = ctx, kind
        self.entry = QComboBox()
        for entry_id, text in entries:
            self.entry.addItem(text, entry_id)
        if selected is not None and self.entry.findData(selected) >= 0:
            self.entry.setCurrentIndex(self.entry.findData(selected))
        self.add_field(
            self.tr("Entry"),
            self.entry,
            "entry_id",
            accessible=_capitalised(self.tr("{what} to void").format(what=what)),
        )
        self.entry.setEnabled(len(entries) > 1)
        self.reason = self.add_field(self.tr("Reason"), QLineEdit(), "reason", accessible=self.tr("Reason for voiding"))
        self.reason.setPlaceholderText(
            self.tr("Required: why this entry is wrong, e.g. 'Recorded for the wrong person'")
        )
        self.reason.setFocus()

    def validate(self) -> list[ValidationError]:
        errors = []
        if self.entry.currentData() is None:
            errors.append(ValidationError("entry_id", self.tr("Choose the entry to void.")))
        if not self.reason.text().strip():
            errors.append(ValidationError("reason", self.tr("Give the reason; it is kept with the voided entry.")))
        return errors

    def prepare(self):
        ctx, kind, entry_id, reason = self.ctx, self.kind, self.entry.currentData(), self.reason.text().strip()
        return lambda: voiding.void_entry(ctx, kind, entry_id, reason=reason)


_NOBODY = object()


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def users_combo(name: str, users, *, blank: str | object | None = _NOBODY, current: str | None = None) -> QComboBox:
    """A combo of staff (data: username); ``blank`` is the first choice's text (default
    "— nobody —", None for no blank choice)."""
    if blank is _NOBODY:
        blank = QCoreApplication.translate("users_combo", "— nobody —")
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
