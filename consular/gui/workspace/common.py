"""Small pieces every tab of the case workspace shares: times in a zone, inline field errors,
sortable models, background calls that survive a closed widget.

Times: everything arrives from the services as aware UTC datetimes. A case is shown in its own
IANA zone by default ("case time"); the user can switch to the zone of their machine ("my
time") and the choice is remembered (settings.TIME_DISPLAY).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from consular.domain.errors import ValidationError
from consular.domain.timeutil import in_zone
from consular.gui import ops, settings
from consular.gui.icons import icon

SORT_ROLE = Qt.UserRole + 1
OBJECT_ROLE = Qt.UserRole + 2
ID_ROLE = Qt.UserRole + 3

DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


# --- zones and times ---------------------------------------------------------------------


def user_zone_name() -> str:
    """The IANA zone of this machine (where the user sits), 'UTC' if the system has none."""
    raw = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        ZoneInfo(raw)
    except Exception:  # noqa: BLE001 - odd system ids ("localtime") fall back to UTC
        return "UTC"
    return raw


def zone_abbreviation(zone_name: str, at: datetime | None = None) -> str:
    value = in_zone(at or datetime.now(ZoneInfo("UTC")), zone_name)
    return value.tzname() or zone_name


def zone_caption(zone_name: str, at: datetime | None = None) -> str:
    """'Africa/Bamako (GMT)', 'Asia/Kolkata (IST)', 'Asia/Kathmandu (UTC+05:45)'."""
    value = in_zone(at or datetime.now(ZoneInfo("UTC")), zone_name)
    abbr = value.tzname() or ""
    if abbr and abbr[0].isalpha():
        return f"{zone_name} ({abbr})"
    offset = value.strftime("%z") or "+0000"
    return f"{zone_name} (UTC{offset[:3]}:{offset[3:]})"


class TimeDisplay:
    """How one case shows times: in the case's zone or in the user's zone."""

    def __init__(self, case_zone: str = "UTC", mode: str | None = None):
        self.case_zone = case_zone or "UTC"
        self.mode = mode or settings.get(settings.TIME_DISPLAY) or "case"
        if self.mode not in ("case", "user"):
            self.mode = "case"

    @property
    def zone(self) -> str:
        return self.case_zone if self.mode == "case" else user_zone_name()

    @property
    def other_zone(self) -> str:
        return user_zone_name() if self.mode == "case" else self.case_zone

    def fmt(self, value: datetime | None, *, seconds: bool = False, zone_suffix: bool = True, empty: str = "—") -> str:
        if value is None:
            return empty
        local = in_zone(value, self.zone)
        text = local.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
        return f"{text} {local.tzname()}" if zone_suffix else text

    def fmt_both(self, value: datetime | None) -> str:
        """The time in the shown zone, with the other zone in brackets when it differs."""
        if value is None:
            return "—"
        main = self.fmt(value)
        other = in_zone(value, self.other_zone)
        if other.utcoffset() == in_zone(value, self.zone).utcoffset():
            return main
        return f"{main} ({other.strftime('%Y-%m-%d %H:%M')} {other.tzname()})"

    def fmt_date(self, value: datetime | None, empty: str = "—") -> str:
        if value is None:
            return empty
        return in_zone(value, self.zone).strftime("%Y-%m-%d")


def to_qdatetime(value: datetime, zone_name: str) -> QDateTime:
    """The wall-clock reading of ``value`` in ``zone_name``, for a QDateTimeEdit."""
    local = in_zone(value, zone_name)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


def from_qdatetime(value: QDateTime, zone_name: str) -> datetime:
    """The instant a QDateTimeEdit shows, reading its wall clock in ``zone_name``."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), tzinfo=ZoneInfo(zone_name))


_SECTION_HELP = (
    "Type the date and time; Left/Right or typing '-', ' ' or ':' moves between its parts, "
    "Up/Down changes the part, Alt+Down opens the calendar. Tab goes on to the next field."
)


class DateTimeField(QDateTimeEdit):
    """A QDateTimeEdit that Tab leaves (Qt's steps through year, month, day, hour, minute
    first, which makes a form five key presses longer to cross)."""

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QAbstractSpinBox.focusNextPrevChild(self, next_)


class DateField(QDateEdit):
    """A QDateEdit that Tab leaves (see DateTimeField)."""

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QAbstractSpinBox.focusNextPrevChild(self, next_)


class ZonedDateTimeEdit(QWidget):
    """A date-time field with the zone it is read in, switchable between case and user zone.

    Switching keeps the instant and changes the wall clock shown. ``value()`` is aware.
    """

    def __init__(
        self,
        case_zone: str,
        mode: str = "case",
        name: str = "Date and time",
        parent: QWidget | None = None,
        switchable: bool = True,
    ):
        super().__init__(parent)
        self.case_zone = case_zone
        self.mode = mode if mode in ("case", "user") else "case"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = DateTimeField()
        self.edit.setToolTip(_SECTION_HELP)
        self.edit.setDisplayFormat(DATETIME_FORMAT)
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(name)
        self.edit.setMinimumWidth(170)
        self.zone_label = QLabel()
        self.zone_label.setAccessibleName(f"{name}: time zone")
        self.switch = QPushButton()
        self.switch.setAutoDefault(False)
        self.switch.setAccessibleName(f"{name}: switch time zone")
        self.switch.clicked.connect(self.toggle_zone)
        self._switchable = switchable
        self.switch.setVisible(switchable and case_zone != user_zone_name())
        layout.addWidget(self.edit)
        layout.addWidget(self.zone_label)
        layout.addWidget(self.switch)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self._update_labels()

    @property
    def zone(self) -> str:
        return self.case_zone if self.mode == "case" else user_zone_name()

    def value(self) -> datetime:
        return from_qdatetime(self.edit.dateTime(), self.zone)

    def set_case_zone(self, case_zone: str) -> None:
        """Follow a change of the case's zone, keeping the instant shown."""
        if case_zone == self.case_zone:
            return
        instant = self.value()
        self.case_zone = case_zone
        self.set_value(instant)

    def set_value(self, value: datetime) -> None:
        self.edit.setDateTime(to_qdatetime(value, self.zone))
        self._update_labels()

    def set_mode(self, mode: str) -> None:
        if mode == self.mode or mode not in ("case", "user"):
            return
        instant = self.value()
        self.mode = mode
        self.set_value(instant)

    def toggle_zone(self) -> None:
        self.set_mode("user" if self.mode == "case" else "case")
        self.edit.setFocus()

    def _update_labels(self) -> None:
        try:
            at = self.value()
        except Exception:  # noqa: BLE001 - a half-typed date: label with the current time
            at = None
        self.zone_label.setText(zone_caption(self.zone, at))
        self.switch.setVisible(self._switchable and self.case_zone != user_zone_name())
        if self.mode == "case":
            self.switch.setText("Show in my time")
            self.switch.setToolTip(f"Show and enter this time in your zone, {user_zone_name()}")
        else:
            self.switch.setText("Show in case time")
            self.switch.setToolTip(f"Show and enter this time in the case's zone, {self.case_zone}")


# --- inline validation -------------------------------------------------------------------


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


# --- look --------------------------------------------------------------------------------


def is_dark() -> bool:
    app = QApplication.instance()
    return bool(app) and app.palette().color(QPalette.Window).lightness() < 128


def warning_colour() -> QColor:
    """Overdue items: the colour the stylesheets use for *[overdue="true"]."""
    return QColor("#ffb066") if is_dark() else QColor("#a24400")


def muted_colour() -> QColor:
    return QColor("#9aa6b0") if is_dark() else QColor("#5f6b75")


def restricted_colour() -> QColor:
    return QColor("#ff8a80") if is_dark() else QColor("#9b1c1c")


def set_flag(widget: QWidget, name: str, value) -> None:
    """Set a stylesheet property and re-polish so the rule applies now."""
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def restricted_badge(text: str = "RESTRICTED") -> QLabel:
    badge = QLabel(text)
    badge.setProperty("role", "restricted")
    badge.setSizePolicy(QSizePolicy.Maximum, QSizePolicy.Maximum)
    badge.setAccessibleName("Restricted")
    badge.setToolTip("Restricted: kept out of family-facing and redacted outputs")
    return badge


def heading(text: str, role: str = "heading") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setAccessibleName(text)
    return label


def banner(parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setProperty("role", "banner")
    frame.setFrameShape(QFrame.StyledPanel)
    return frame


def warning_banner(accessible: str) -> tuple[QFrame, QLabel, QHBoxLayout]:
    """A hidden banner with a warning icon and a wrapping message; callers add their buttons
    to the returned row."""
    frame = banner()
    frame.setAccessibleName(accessible)
    row = QHBoxLayout(frame)
    sign = QLabel()
    sign.setPixmap(icon("warning").pixmap(20, 20))
    row.addWidget(sign)
    text = QLabel()
    text.setWordWrap(True)
    row.addWidget(text, 1)
    frame.hide()
    return frame, text, row


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


def size_text(n: int) -> str:
    value = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value):,} bytes" if unit == "bytes" else f"{value:,.1f} {unit}"
        value /= 1024
    return f"{n} bytes"


def html_escape(text: str | None) -> str:
    from html import escape

    return escape(text or "")


def multiline_html(text: str | None) -> str:
    return html_escape(text).replace("\n", "<br>")


# --- models ------------------------------------------------------------------------------


class RecordTableModel(QAbstractTableModel):
    """A table of plain records (service views with an ``id``), one per row, held in memory.

    For lists that are short by nature (a case's tasks, milestones, documents). Subclasses
    set ``HEADERS`` and ``TIME_COLUMNS`` (refreshed when the time display switches zone),
    may override ``order``, and implement ``data``.
    """

    HEADERS: tuple[str, ...] = ()
    TIME_COLUMNS: tuple[int, ...] = ()

    def __init__(self, times: TimeDisplay, parent=None):
        super().__init__(parent)
        self.times = times
        self._rows: list = []

    def order(self, rows) -> list:
        return list(rows)

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = self.order(rows)
        self.endResetModel()

    def record_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def times_changed(self) -> None:
        if self._rows and self.TIME_COLUMNS:
            self.dataChanged.emit(
                self.index(0, min(self.TIME_COLUMNS)), self.index(len(self._rows) - 1, max(self.TIME_COLUMNS))
            )

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None


class RawSortProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE (raw values), with empty values last."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left, right) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is not None and b is None
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


# --- background calls --------------------------------------------------------------------


def alive(widget: QWidget | None) -> bool:
    return widget is not None and shiboken6.isValid(widget)


def call(
    parent: QWidget,
    fn: Callable[[], Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    label: str | None = None,
) -> ops.BackgroundOp:
    """Run a service call off the GUI thread; callbacks are dropped if ``parent`` is gone."""

    def success(result):
        if alive(parent) and on_success is not None:
            on_success(result)

    def failure(exc):
        if not alive(parent):
            return
        if on_failure is not None:
            on_failure(exc)
        else:
            from consular.gui.errors import show_error

            show_error(parent, exc)

    return ops.run_in_background(parent, lambda _progress: fn(), on_success=success, on_failure=failure, label=label)
