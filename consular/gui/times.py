"""Times in a zone: everything arrives from the services as aware UTC datetimes. A case is
shown in its own IANA zone by default ("case time"); the user can switch to the zone of their
machine ("my time") and the choice is remembered (settings.TIME_DISPLAY).

TimeDisplay formats for a view; ZonedDateTimeEdit is the field that enters such a time.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QDateTimeEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from consular.domain.timeutil import in_zone
from consular.gui import settings

DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


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
