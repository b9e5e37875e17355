"""Small conversions between what a field holds and what a service takes: optional text,
and dates typed as text (refused with a message when impossible, never rewritten)."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from consular.i18n import QT_TRANSLATE_NOOP, format_date, translate


def text_or_none(text: str | None) -> str | None:
    """Typed text trimmed, or None when nothing is left (an optional field left blank)."""
    text = (text or "").strip()
    return text or None


# --- dates and times typed as text ------------------------------------------------------------

# The format typed (shown as a placeholder): marked here, translated where shown with
# translate("gui.forms.values", DATETIME_HINT); the parser reads digits, whatever the letters.
DATETIME_HINT = QT_TRANSLATE_NOOP("gui.forms.values", "YYYY-MM-DD HH:MM")
DATE_HINT = QT_TRANSLATE_NOOP("gui.forms.values", "YYYY-MM-DD")
_DATETIME = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{1,2}))?$")
# Where each part of "YYYY-MM-DD HH:MM" starts and ends (the cursor picks the part Up/Down steps).
_PARTS = (("year", 0, 4), ("month", 5, 7), ("day", 8, 10), ("hour", 11, 13), ("minute", 14, 16))


def parse_wall_clock(text: str, *, with_time: bool = True) -> datetime:
    """The naive wall clock typed as ``YYYY-MM-DD HH:MM`` (or ``YYYY-MM-DD``).

    Raises ValueError with a message for the user; an impossible date (2026-02-30) or time
    (25:00) is refused, never moved to a nearby one.
    """
    raw = " ".join((text or "").split())
    hint = translate("gui.forms.values", DATETIME_HINT if with_time else DATE_HINT)
    if not raw:
        if with_time:
            return _refuse(translate("gui.forms.values", "Enter a date and time as {hint}.").format(hint=hint))
        return _refuse(translate("gui.forms.values", "Enter a date as {hint}.").format(hint=hint))
    match = _DATETIME.match(raw)
    if match is None or (with_time and match.group(4) is None) or (not with_time and match.group(4) is not None):
        if with_time:
            message = translate(
                "gui.forms.values", "'{text}' is not a date and time: type it as {hint}, e.g. {example}."
            )
            return _refuse(message.format(text=raw, hint=hint, example="2026-02-28 14:30"))
        message = translate("gui.forms.values", "'{text}' is not a date: type it as {hint}, e.g. {example}.")
        return _refuse(message.format(text=raw, hint=hint, example="2026-02-28"))
    year, month, day = (int(match.group(i)) for i in (1, 2, 3))
    hour, minute = (int(match.group(4) or 0), int(match.group(5) or 0))
    if not 1900 <= year <= 2999:
        return _refuse(
            translate("gui.forms.values", "The year {year} is not plausible; check the date.").format(year=year)
        )
    if not 1 <= month <= 12:
        return _refuse(
            translate("gui.forms.values", "There is no month {month}: months run from 01 to 12.").format(month=month)
        )
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        # A month has 28 to 31 days: always the plural, in every language we ship.
        message = translate("gui.forms.values", "{date} is not a date: {month} has {days} days. Nothing was changed.")
        return _refuse(
            message.format(
                date=f"{year:04d}-{month:02d}-{day:02d}", month=format_date(date(year, month, 1), "LLLL y"), days=last
            )
        )
    if hour > 23 or minute > 59:
        message = translate("gui.forms.values", "{time} is not a time of day: use 00:00 to 23:59.")
        return _refuse(message.format(time=f"{hour:02d}:{minute:02d}"))
    return datetime(year, month, day, hour, minute)


def _refuse(message: str):
    raise ValueError(message)


def format_wall_clock(value: datetime, *, with_time: bool = True) -> str:
    text = f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    return f"{text} {value.hour:02d}:{value.minute:02d}" if with_time else text


def step_wall_clock(text: str, cursor: int, steps: int, *, with_time: bool = True) -> str | None:
    """The text with the part under ``cursor`` moved by ``steps`` (Up/Down), or None when the
    text is not a valid date to step from. A month or year step keeps the day where it exists
    and takes the month's last day otherwise."""
    try:
        value = parse_wall_clock(text, with_time=with_time)
    except ValueError:
        return None
    parts = _PARTS if with_time else _PARTS[:3]
    part = next((name for name, _start, end in parts if cursor <= end), parts[-1][0])
    if part in ("year", "month"):
        months = value.year * 12 + value.month - 1 + (steps * 12 if part == "year" else steps)
        year, month = divmod(months, 12)
        month += 1
        value = value.replace(year=year, month=month, day=min(value.day, calendar.monthrange(year, month)[1]))
    else:
        value += {"day": timedelta(days=steps), "hour": timedelta(hours=steps), "minute": timedelta(minutes=steps)}[
            part
        ]
    return format_wall_clock(value, with_time=with_time)
