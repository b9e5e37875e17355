"""The chronology's time axis: which instants get a tick and what they say, in a zone.

Qt-free: day and month names in the user's language come from Babel
(:func:`consular.i18n.format_date`). The painter asks :func:`ticks` for the visible span and draws what comes back. The
step grows with the zoom (hours, then days, then months) so labels stay about
``LABEL_SPACING`` pixels apart; a bold ("major") tick starts a day, a month or a year.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from consular.i18n import format_date

#: (instant as a POSIX timestamp, label, major)
Tick = tuple[float, str, bool]

LABEL_SPACING = 90  # pixels wanted between two labels
HOUR_STEPS = (1, 2, 3, 6, 12)
DAY_STEPS = (1, 2, 7, 14)
MONTH_STEPS = (1, 2, 3, 6)


def ticks(t_left: float, t_right: float, seconds_per_pixel: float, zone: tzinfo) -> tuple[list[Tick], str]:
    """Tick instants between ``t_left`` and ``t_right`` in ``zone`` with labels, and the unit
    they step in ("hours", "days" or "months")."""
    spacing = LABEL_SPACING * seconds_per_pixel
    local_left = datetime.fromtimestamp(t_left, zone)
    step_hours = next((h for h in HOUR_STEPS if h * 3600 >= spacing), None)
    if step_hours is not None:
        return _hour_ticks(local_left, t_left, t_right, step_hours, zone), "hours"
    step_days = next((d for d in DAY_STEPS if d * 86400 >= spacing), None)
    if step_days is not None:
        return _day_ticks(local_left, t_right, step_days, zone), "days"
    step_months = next((m for m in MONTH_STEPS if m * 30 * 86400 >= spacing), 12)
    return _month_ticks(local_left, t_right, step_months, zone), "months"


def _hour_ticks(local_left: datetime, t_left: float, t_right: float, step: int, zone: tzinfo) -> list[Tick]:
    found: list[Tick] = []
    start = local_left.replace(minute=0, second=0, microsecond=0)
    start = start.replace(hour=start.hour - start.hour % step)
    day = start.date()
    while True:
        for hour in range(0, 24, step):
            moment = datetime(day.year, day.month, day.day, hour, tzinfo=zone).timestamp()
            if moment > t_right:
                return found
            if moment >= t_left - 3600:
                label = (
                    format_date(datetime.fromtimestamp(moment, zone), "EEE dd MMM") if hour == 0 else f"{hour:02d}:00"
                )
                found.append((moment, label, hour == 0))
        day += timedelta(days=1)


def _day_ticks(local_left: datetime, t_right: float, step: int, zone: tzinfo) -> list[Tick]:
    found: list[Tick] = []
    day = local_left.date()
    if step == 7:
        day -= timedelta(days=day.weekday())
    while True:
        moment = datetime(day.year, day.month, day.day, tzinfo=zone).timestamp()
        if moment > t_right:
            return found
        label = format_date(day, "d MMM") if day.day != 1 else format_date(day, "d MMM y")
        found.append((moment, label, day.day == 1))
        day += timedelta(days=step)


def _month_ticks(local_left: datetime, t_right: float, step: int, zone: tzinfo) -> list[Tick]:
    found: list[Tick] = []
    year, month = local_left.year, local_left.month
    month -= (month - 1) % step
    while True:
        moment = datetime(year, month, 1, tzinfo=zone).timestamp()
        if moment > t_right:
            return found
        label = f"{year}" if step == 12 else format_date(datetime(year, month, 1), "MMM y")
        found.append((moment, label, month == 1))
        month += step
        while month > 12:
            month -= 12
            year += 1
