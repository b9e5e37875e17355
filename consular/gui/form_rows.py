"""Form rows: an input with its error line under it, the map from a service's field names to
those lines (FieldErrors: every error at once, the first one scrolled into view), the scroll
area a form sits in so a dialog fits on a small screen (FormScroll, fit_on_screen), and combos
of an enum's labels."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from consular.domain.errors import ValidationError
from consular.gui.theme import set_flag


def error_label(accessible: str | None = None) -> QLabel:
    label = QLabel()
    accessible = accessible or QCoreApplication.translate("form_rows", "Error")
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
        err = error_label(QCoreApplication.translate("form_rows", "{field} error").format(field=label))
        column.addWidget(err)
        errors.add(field, widget, err, *aliases)
    return box


class FieldErrors:
    """Maps the service's field names to the label beside each input.

    ``show_all(errors)`` puts every ValidationError's message next to its field (or in the
    general label when the field is not on this form), outlines those fields, focuses the
    topmost one and scrolls it into view; ``show(exc)`` does that for one error. The typed
    text is untouched.
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
            for target in _outlined(widget):
                if target.property("invalid"):
                    set_flag(target, "invalid", False)
        self.general.clear()
        self.general.hide()

    def show(self, exc: ValidationError) -> QLabel:
        return self.show_all([exc])

    def show_all(self, errors: Sequence[ValidationError]) -> QLabel | None:
        """Show every error at once; returns the label of the topmost one."""
        self.clear()
        shown: list[tuple[QWidget | None, QLabel]] = []
        for exc in errors:
            widget, label = self._fields.get(getattr(exc, "field", "") or "", (None, self.general))
            if label.text():
                if exc.message in label.text().split("\n"):
                    continue
                label.setText(f"{label.text()}\n{exc.message}")  # two errors for one row
            else:
                label.setText(exc.message)
            label.show()
            for target in _outlined(widget):
                set_flag(target, "invalid", True)  # the stylesheets outline it in the error colour
            shown.append((widget, label))
        if not shown:
            return None
        _activate_layouts(shown[0][1])
        widget, label = min(shown, key=lambda pair: _top(pair[0] or pair[1]))
        ensure_visible(widget or label, label)
        if widget is not None and widget.isEnabled():
            widget.setFocus(Qt.OtherFocusReason)
        return label

    def shown(self) -> dict[str, str]:
        """Field → message for every error shown now (for tests and screen readers)."""
        return {name: label.text() for name, (_w, label) in self._fields.items() if label.text()} | (
            {"": self.general.text()} if self.general.text() else {}
        )

    def show_message(self, message: str) -> None:
        self.clear()
        self.general.setText(message)
        self.general.show()


def _outlined(widget: QWidget | None) -> list[QWidget]:
    """The widget and the input it hands the focus to (a date field's text, a picker's line)."""
    if widget is None:
        return []
    proxy = widget.focusProxy()
    return [widget, proxy] if proxy is not None and proxy is not widget else [widget]


def _top(widget: QWidget) -> int:
    window = widget.window()
    return widget.mapTo(window, widget.rect().topLeft()).y() if window is not widget else 0


def _activate_layouts(widget: QWidget) -> None:
    """Lay out the form now that error lines appeared, so positions are final."""
    area = _scroll_area_of(widget)
    if area is not None and area.widget() is not None and area.widget().layout() is not None:
        area.widget().layout().activate()
    if widget.window().layout() is not None:
        widget.window().layout().activate()


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def ensure_visible(widget: QWidget, *also: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so it (and its error line) can be seen."""
    area = _scroll_area_of(widget)
    while area is not None:
        for w in (*also, widget):
            if area.isAncestorOf(w) and w.isVisibleTo(area):
                area.ensureWidgetVisible(w, 8, 8)
        area = _scroll_area_of(area)


class FormScroll(QScrollArea):
    """The scroll area a dialog's form sits in: as tall as the form wants (a QScrollArea
    would cap that at 24 lines), yet able to shrink to a few rows on a small screen, where
    it scrolls while the buttons stay in view."""

    MIN_HEIGHT = 160

    def __init__(self, body: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.setWidget(body)
        self.setFocusPolicy(Qt.NoFocus)

    def sizeHint(self) -> QSize:
        body = self.widget().sizeHint() if self.widget() is not None else QSize(0, 0)
        extra = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return QSize(body.width() + extra, body.height() + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        body = self.widget().minimumSizeHint() if self.widget() is not None else QSize(0, 0)
        extra = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return QSize(body.width() + extra, min(self.MIN_HEIGHT, body.height()))


# Room left for the window's title bar and frame, which the screen's available area includes.
WINDOW_FRAME_ALLOWANCE = 40


def fit_on_screen(dialog: QDialog, free: QRect | None = None) -> None:
    """Size ``dialog`` to what it wants, but never beyond the screen's free area (a taskbar
    excluded; ``free`` overrides it): its form scrolls instead, and Save stays on screen."""
    if free is None:
        screen = dialog.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
    for area in dialog.findChildren(FormScroll):
        # Rows or error lines may have appeared in the form: let the dialog ask again.
        if area.widget() is not None and area.widget().layout() is not None:
            area.widget().layout().activate()
        area.updateGeometry()
    if dialog.layout() is not None:
        dialog.layout().activate()
    wanted = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    width = min(max(wanted.width(), dialog.width() if dialog.isVisible() else 0), free.width() - 16)
    height = min(
        max(wanted.height(), dialog.height() if dialog.isVisible() else 0), free.height() - WINDOW_FRAME_ALLOWANCE
    )
    dialog.resize(max(width, dialog.minimumWidth()), max(height, dialog.minimumSizeHint().height()))
    frame = dialog.frameGeometry()
    if dialog.isVisible() and not free.contains(frame):
        x = min(max(frame.x(), free.x()), free.right() - frame.width())
        y = min(max(frame.y(), free.y()), free.bottom() - frame.height())
        dialog.move(max(x, free.x()), max(y, free.y()))


def free_area(widget: QWidget) -> QRect | None:
    """The available area (taskbars excluded) of the screen ``widget`` is on, else the primary one."""
    screen = widget.screen() or QApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def window_geometry(free: QRect, minimum: QSize, saved: QRect | None = None, *, share: float = 0.85) -> QRect:
    """Where a main window opens on a screen whose free area is ``free``: ``saved`` (its last
    frame) when that lies wholly inside ``free``, else ``share`` of the free area (never less
    than ``minimum`` nor more than the area), centred. The frame allowance is kept free for the
    title bar a window manager adds; without one, the window still fits."""
    if saved is not None and saved.isValid() and free.contains(saved):
        return QRect(saved)
    room = QSize(free.width(), max(free.height() - WINDOW_FRAME_ALLOWANCE, 0))
    width = min(max(int(free.width() * share), minimum.width()), room.width())
    height = min(max(int(free.height() * share), minimum.height()), room.height())
    x = free.x() + (free.width() - width) // 2
    y = free.y() + (free.height() - height) // 2
    return QRect(x, y, width, height)


def keep_on_screen(window: QWidget, free: QRect | None = None) -> None:
    """Move (and if it must, shrink) a shown ``window`` so that its whole frame is inside the
    screen's free area: without a window manager nothing else would pull it back."""
    free = free if free is not None else free_area(window)
    if free is None:
        return
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())  # title bar, borders
    width = min(window.width(), free.width() - extra.width())
    height = min(window.height(), free.height() - extra.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
        frame = window.frameGeometry()
    if not free.contains(frame):
        x = min(max(frame.x(), free.x()), free.x() + free.width() - frame.width())
        y = min(max(frame.y(), free.y()), free.y() + free.height() - frame.height())
        window.move(max(x, free.x()), max(y, free.y()))


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


def bar_button(bar: QHBoxLayout, text: str, name: str, slot) -> QPushButton:
    """A button at the end of ``bar`` that calls ``slot()`` (without the "checked" argument)."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.clicked.connect(lambda _checked=False: slot())
    bar.addWidget(button)
    return button
