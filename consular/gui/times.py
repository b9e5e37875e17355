"""Times in a zone: everything arrives from the services as aware UTC datetimes. A case is
shown in its own IANA zone by default ("case time"); the user can switch to the zone of their
machine ("my time") and the choice is remembered (settings.TIME_DISPLAY).

TimeDisplay formats for a view; ZonedDateTimeEdit is the field that enters such a time.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, Qt, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from consular.domain.clock import wall_now
from consular.domain.errors import ValidationError
from consular.domain.timeutil import as_utc, in_zone
from consular.gui import settings
from consular.gui.forms.values import DATE_HINT, DATETIME_HINT, format_wall_clock, parse_wall_clock, step_wall_clock
from consular.gui.icons import icon
from consular.gui.theme import set_flag
from consular.i18n import QT_TRANSLATE_NOOP


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


class RelativeTime(QObject):
    """Times relative to now, in the user's language with its plural forms ("3 days ago",
    "il y a 3 jours", "3 दिन पहले"; "overdue by 1 day", "in 5 h"). A QObject only so that
    ``tr`` gives Qt's plural forms; :func:`ago_text` and :func:`due_text` are the way in."""

    def ago(self, when: datetime | None, now: datetime | None = None) -> str:
        if when is None:
            return self.tr("never")
        seconds = (as_utc(now or wall_now()) - as_utc(when)).total_seconds()
        if seconds < 0:
            return self.tr("in the future")
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            return self.tr("%n min ago", "", int(seconds // 60))
        if seconds < 86400:
            return self.tr("%n h ago", "", int(seconds // 3600))
        return self.tr("%n day(s) ago", "", int(seconds // 86400))

    def due(self, due: datetime | None, now: datetime) -> str:
        if due is None:
            return ""
        seconds = (due - now).total_seconds()
        span = abs(seconds)
        if span < 3600:
            minutes = max(1, int(span // 60))
            return self.tr("overdue by %n min", "", minutes) if seconds < 0 else self.tr("in %n min", "", minutes)
        if span < 86400:
            hours = int(span // 3600)
            return self.tr("overdue by %n h", "", hours) if seconds < 0 else self.tr("in %n h", "", hours)
        days = int(span // 86400)
        return self.tr("overdue by %n day(s)", "", days) if seconds < 0 else self.tr("in %n day(s)", "", days)

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)


def ago_text(when: datetime | None, now: datetime | None = None) -> str:
    """'just now', '3 h ago', '12 days ago' — what lists show for a last contact."""
    return RelativeTime().ago(when, now)


def due_text(due: datetime | None, now: datetime) -> str:
    """'overdue by 3 days', 'in 5 h', 'in 1 day'..."""
    return RelativeTime().due(due, now)


def days_text(n: int) -> str:
    """'1 day', '3 days' in the user's language."""
    return RelativeTime().days(n)


def day_text(value) -> str:
    """A day as lists and notes show it, in the user's language: ``05 Jul 2025``,
    ``05 juil. 2025``. ``value`` is a date, or a datetime already in the zone meant."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "dd MMM yyyy")


def local_datetime_text(when: datetime | None, zone_name: str, *, with_zone: bool = True) -> str:
    """'Tue 8 Jul 2025, 14:30 (Africa/Bamako)' with the day and month names of the user's
    language ('mar. 8 juil. 2025, 14:30')."""
    if when is None:
        return ""
    local = in_zone(when, zone_name)
    stamp = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    text = QLocale().toString(stamp, "ddd d MMM yyyy, HH:mm")
    return f"{text} ({zone_name})" if with_zone else text


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


_SECTION_HELP = QT_TRANSLATE_NOOP(
    "times",
    "Type the date and time as YYYY-MM-DD HH:MM ('-', ' ' and ':' are typed like any other "
    "character). Up/Down changes the part under the cursor, Alt+Down or the calendar button "
    "picks a day. An impossible date (2026-02-30) is refused with a message, never changed. "
    "Tab goes on to the next field.",
)


class DateTimeText(QLineEdit):
    """A date (and time) typed as text, ``YYYY-MM-DD HH:MM``.

    Unlike QDateTimeEdit, which turns 2026-02-30 into 2026-02-03 and moves on, this keeps
    exactly what was typed; ``problem()`` says why it is not a date (the field is outlined
    meanwhile), and the dialog refuses to save with that message next to the field.
    ``dateTimeChanged`` is emitted on every edit (with the naive wall clock, or None).
    """

    dateTimeChanged = Signal(object)
    calendarRequested = Signal()

    def __init__(self, parent: QWidget | None = None, *, with_time: bool = True):
        super().__init__(parent)
        self.with_time = with_time
        # The hints are marked in gui.forms.values (context "gui.forms.values").
        self.setPlaceholderText(
            QCoreApplication.translate("gui.forms.values", DATETIME_HINT if with_time else DATE_HINT)
        )
        self.setToolTip(QCoreApplication.translate("times", _SECTION_HELP))
        self.textChanged.connect(self._changed)

    def wall_clock(self) -> datetime:
        """The naive wall clock typed; ValueError (with the user's message) when impossible."""
        return parse_wall_clock(self.text(), with_time=self.with_time)

    def problem(self) -> str | None:
        try:
            self.wall_clock()
        except ValueError as exc:
            return str(exc)
        return None

    def set_wall_clock(self, value: datetime) -> None:
        self.setText(format_wall_clock(value, with_time=self.with_time))

    def dateTime(self) -> QDateTime:
        try:
            v = self.wall_clock()
        except ValueError:
            return QDateTime()
        return QDateTime(QDate(v.year, v.month, v.day), QTime(v.hour, v.minute))

    def setDateTime(self, value: QDateTime) -> None:
        d, t = value.date(), value.time()
        self.set_wall_clock(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()))

    def _changed(self, _text: str) -> None:
        problem = self.problem()
        if not problem and self.property("invalid"):
            set_flag(self, "invalid", False)
        try:
            value = self.wall_clock()
        except ValueError:
            value = None
        self.dateTimeChanged.emit(value)

    def focusOutEvent(self, event) -> None:
        problem = self.problem() if self.text().strip() else None
        set_flag(self, "invalid", bool(problem))
        super().focusOutEvent(event)

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key_Down and mods & Qt.AltModifier:
            self.calendarRequested.emit()
            return
        if key in (Qt.Key_Up, Qt.Key_Down) and not mods & (Qt.ControlModifier | Qt.AltModifier):
            cursor = self.cursorPosition()
            stepped = step_wall_clock(self.text(), cursor, 1 if key == Qt.Key_Up else -1, with_time=self.with_time)
            if stepped is not None:
                self.setText(stepped)
                self.setCursorPosition(min(cursor, len(stepped)))
            return
        super().keyPressEvent(event)


class CalendarButton(QToolButton):
    """A button beside a DateTimeText that drops down a calendar; picking a day keeps the time."""

    def __init__(self, target: DateTimeText, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.target = target
        self.setIcon(icon("calendar"))
        self.setAutoRaise(True)
        self.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.setFocusPolicy(Qt.NoFocus)
        self.setAccessibleName(self.tr("{field}: calendar").format(field=name))
        self.setToolTip(self.tr("Pick the day on a calendar (Alt+Down)"))
        self.setPopupMode(QToolButton.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(self.tr("{field}: calendar").format(field=name))
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare)
        self.setMenu(menu)
        target.calendarRequested.connect(self.showMenu)

    def _prepare(self) -> None:
        try:
            v = self.target.wall_clock()
        except ValueError:
            return
        self.calendar.setSelectedDate(QDate(v.year, v.month, v.day))
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        try:
            v = self.target.wall_clock()
        except ValueError:
            v = datetime(day.year(), day.month(), day.day(), 12, 0)
        self.target.set_wall_clock(v.replace(year=day.year(), month=day.month(), day=day.day()))
        self.menu().hide()
        self.target.setFocus()


_DATE_HELP = QT_TRANSLATE_NOOP(
    "times",
    "Type the date as YYYY-MM-DD ('-' is typed like any other character). Up/Down changes the "
    "part under the cursor, Alt+Down or the calendar button picks a day. An impossible date "
    "(2026-02-30) is refused with a message, never changed.",
)
_DATE_HELP_OPTIONAL = QT_TRANSLATE_NOOP(
    "times",
    "Type the date as YYYY-MM-DD ('-' is typed like any other character). Up/Down changes the "
    "part under the cursor, Alt+Down or the calendar button picks a day. An impossible date "
    "(2026-02-30) is refused with a message, never changed. Leave it empty for no date.",
)


class DateField(QWidget):
    """A day typed as text, ``YYYY-MM-DD``, with a calendar button: the one date field of
    the app (the contact log's filter, the brief's and the timeline export's periods).

    Like :class:`ZonedDateTimeEdit` (and unlike QDateEdit, which turns 2026-02-30 into
    2026-02-03 or clamps it), it keeps exactly what was typed: :meth:`problem` says why it is
    not a date, the field is outlined, and :meth:`value` raises ValidationError naming
    ``field``. With ``optional`` an empty field means "no date" (``value()`` is None).
    ``dateChanged`` is emitted on every edit with the day, or None while the text is empty or
    not a date.
    """

    dateChanged = Signal(object)

    def __init__(
        self,
        name: str | None = None,
        parent: QWidget | None = None,
        *,
        field: str = "",
        optional: bool = False,
        placeholder: str | None = None,
    ):
        super().__init__(parent)
        self.field = field  # the service's (or form's) name for it, so a refusal lands next to it
        self.optional = optional
        name = name or self.tr("Date")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = DateTimeText(with_time=False)
        self.edit.setAccessibleName(name)
        self.edit.setToolTip(QCoreApplication.translate("times", _DATE_HELP_OPTIONAL if optional else _DATE_HELP))
        if placeholder:
            self.edit.setPlaceholderText(placeholder)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("0000-00-00") + 24)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("0000-00-00") + 48)
        self.calendar_button = CalendarButton(self.edit, name)
        layout.addWidget(self.edit)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.edit)
        self.edit.dateTimeChanged.connect(lambda value: self.dateChanged.emit(value.date() if value else None))

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def problem(self) -> str | None:
        """Why the text is not a date (None when it is, or is empty in an optional field)."""
        if self.optional and not self.edit.text().strip():
            return None
        return self.edit.problem()

    def value(self) -> date | None:
        """The day typed (None: empty and optional); ValidationError naming ``field`` otherwise."""
        problem = self.problem()
        if problem:
            raise ValidationError(self.field, problem)
        if not self.edit.text().strip():
            return None
        return self.edit.wall_clock().date()

    def value_or_none(self) -> date | None:
        try:
            return self.value()
        except ValidationError:
            return None

    def set_value(self, day: date | None) -> None:
        if day is None:
            self.edit.clear()
        else:
            self.edit.set_wall_clock(datetime(day.year, day.month, day.day))
        set_flag(self.edit, "invalid", False)

    def show_problem(self) -> str | None:
        """Outline the field if its text is not a date; the reason, or None."""
        problem = self.problem()
        set_flag(self.edit, "invalid", bool(problem))
        return problem


class ZonedDateTimeEdit(QWidget):
    """A date-time field with the zone it is read in, switchable between case and user zone.

    Switching keeps the instant and changes the wall clock shown. ``value()`` is aware.
    """

    def __init__(
        self,
        case_zone: str,
        mode: str = "case",
        name: str | None = None,
        parent: QWidget | None = None,
        switchable: bool = True,
        field: str = "",
    ):
        super().__init__(parent)
        self.field = field  # the service's name for it, so a refusal lands next to it
        self.case_zone = case_zone
        self.mode = mode if mode in ("case", "user") else "case"
        name = name or self.tr("Date and time")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = DateTimeText()
        self.edit.setAccessibleName(name)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("0000-00-00 00:00") + 24)
        self.calendar_button = CalendarButton(self.edit, name)
        self.zone_label = QLabel()
        self.zone_label.setAccessibleName(self.tr("{field}: time zone").format(field=name))
        self.switch = QPushButton()
        self.switch.setAutoDefault(False)
        self.switch.setAccessibleName(self.tr("{field}: switch time zone").format(field=name))
        self.switch.clicked.connect(self.toggle_zone)
        self._switchable = switchable
        self.switch.setVisible(switchable and case_zone != user_zone_name())
        layout.addWidget(self.edit)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.zone_label)
        layout.addWidget(self.switch)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self._update_labels()

    @property
    def zone(self) -> str:
        return self.case_zone if self.mode == "case" else user_zone_name()

    def problem(self) -> str | None:
        """Why the text is not a date and time (None when it is)."""
        return self.edit.problem()

    def value(self) -> datetime:
        """The instant typed; ValidationError (naming ``field``) for an impossible date."""
        try:
            wall = self.edit.wall_clock()
        except ValueError as exc:
            raise ValidationError(self.field, str(exc)) from None
        return wall.replace(tzinfo=ZoneInfo(self.zone))

    def value_or_none(self) -> datetime | None:
        try:
            return self.value()
        except ValidationError:
            return None

    def set_case_zone(self, case_zone: str) -> None:
        """Follow a change of the case's zone, keeping the instant shown."""
        if case_zone == self.case_zone:
            return
        instant = self.value_or_none()
        self.case_zone = case_zone
        if instant is not None:
            self.set_value(instant)
        else:
            self._update_labels()

    def set_value(self, value: datetime) -> None:
        self.edit.set_wall_clock(in_zone(value, self.zone).replace(tzinfo=None))
        self._update_labels()

    def set_mode(self, mode: str) -> None:
        if mode == self.mode or mode not in ("case", "user"):
            return
        instant = self.value_or_none()
        self.mode = mode
        if instant is not None:  # a half-typed date stays as typed
            self.set_value(instant)
        else:
            self._update_labels()

    def toggle_zone(self) -> None:
        self.set_mode("user" if self.mode == "case" else "case")
        self.edit.setFocus()

    def _update_labels(self) -> None:
        at = self.value_or_none()  # a half-typed date: label with the current time
        self.zone_label.setText(zone_caption(self.zone, at))
        self.switch.setVisible(self._switchable and self.case_zone != user_zone_name())
        if self.mode == "case":
            self.switch.setText(self.tr("Show in my time"))
            self.switch.setToolTip(
                self.tr("Show and enter this time in your zone, {zone}").format(zone=user_zone_name())
            )
        else:
            self.switch.setText(self.tr("Show in case time"))
            self.switch.setToolTip(
                self.tr("Show and enter this time in the case's zone, {zone}").format(zone=self.case_zone)
            )
