"""Form rows: an input with its error line under it, the map from a service's field names to
those lines (FieldErrors), and combos of an enum's labels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from consular.domain.errors import ValidationError
from consular.gui.theme import set_flag


def error_label(accessible: str = "Error") -> QLabel:
    label = QLabel()
    label.setProperty("role", "field-error")
    label.setWordWrap(True)
    label.setAccessibleName(accessible)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    label.hide()
    return label


def field_with_error(
    label: str, widget: QWidget, errors: FieldErrors | None, field: str | None, *aliases: str
) -> QWidget:
    """The widget with its error line under it, for a form row; ``errors`` shows a
    ValidationError naming ``field`` (or one of ``aliases``) on that line."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    if field is not None and errors is not None:
        err = error_label(f"{label} error")
        column.addWidget(err)
        errors.add(field, widget, err, *aliases)
    return box


class FieldErrors:
    """Maps the service's field names to the label beside each input.

    ``show(exc)`` puts a ValidationError's message next to its field (or in the general label
    when the field is not on this form) and focuses that field; the typed text is untouched.
    """

    def __init__(self, general: QLabel):
        self.general = general
        self._fields: dict[str, tuple[QWidget | None, QLabel]] = {}

    def add(self, field: str, widget: QWidget | None, label: QLabel, *aliases: str) -> QLabel:
        for name in (field, *aliases):
            self._fields[name] = (widget, label)
        return label

    def label_for(self, field: str) -> QLabel | None:
        entry = self._fields.get(field)
        return entry[1] if entry else None

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.clear()
            label.hide()
            if widget is not None and widget.property("invalid"):
                set_flag(widget, "invalid", False)
        self.general.clear()
        self.general.hide()

    def show(self, exc: ValidationError) -> QLabel:
        self.clear()
        widget, label = self._fields.get(getattr(exc, "field", "") or "", (None, self.general))
        label.setText(exc.message)
        label.show()
        if widget is not None:
            set_flag(widget, "invalid", True)  # the stylesheets outline it in the error colour
            if widget.isEnabled():
                widget.setFocus(Qt.OtherFocusReason)
        return label

    def show_message(self, message: str) -> None:
        self.clear()
        self.general.setText(message)
        self.general.show()


def enum_combo(enum_cls, name: str, *, blank: str | None = None, members=None) -> QComboBox:
    """A combo of an enum's labels. Item data is the member's value: Qt hands str-based enum
    members back as plain ``str``, which compares equal to the member and which every
    service accepts (None for ``blank``)."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    if blank is not None:
        combo.addItem(blank, None)
    for member in members if members is not None else enum_cls:
        combo.addItem(member.label, member.value)
    return combo


def select_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
