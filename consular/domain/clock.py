"""The one place that reads the wall clock.

Services ask their context for the time (``ctx.now()``), and the context asks its
:class:`Clock`. Three clocks exist:

- :class:`SystemClock`: the real time (normal use);
- :class:`FixedClock`: a moment in the past, frozen (``consular --as-of DATE`` reproduces what
  a screen or brief showed then; changes are refused so nothing is back-dated);
- :class:`ShiftedClock`: starts at a moment in the past and runs on from there (the demo opens
  "as of" the last day of its data, and entries made in it follow on naturally).

A test in tests/test_clock.py fails if any module below the GUI reads the time another way.
"""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime

from consular.domain.errors import ValidationError
from consular.i18n import QT_TRANSLATE_NOOP, translate


def wall_now() -> datetime:
    """The real time, aware, in UTC. Only clocks (and migration backups) should call this."""
    return datetime.now(UTC)


def _day_text(day: date) -> str:
    from consular import i18n

    if i18n.language() == "en":
        return f"{day.day} {day.strftime('%B %Y')}"  # no Babel import for English
    return i18n.format_date(day, "long")


#: The clock lines the faces show, as whole sentences (the prefixes the callers pass).
_LABELS = {
    "As of": QT_TRANSLATE_NOOP("domain.clock", "As of {day}"),
    "Demo as of": QT_TRANSLATE_NOOP("domain.clock", "Demo as of {day}"),
}


def _label(prefix: str, day: date) -> str:
    template = _LABELS.get(prefix)
    if template is None:
        return f"{prefix} {_day_text(day)}"  # i18n: a caller's own prefix, shown as given
    return translate("domain.clock", template).format(day=_day_text(day))


class Clock(ABC):
    """What "now" is for one service context."""

    #: True for ``--as-of``: looking at the past, changes are refused so nothing is back-dated.
    read_only: bool = False

    @abstractmethod
    def now(self) -> datetime:
        """The current moment by this clock, aware, in UTC."""

    def stamp(self) -> datetime:
        """The time to stamp a record or audit entry with."""
        return self.now()

    @property
    def as_of(self) -> date | None:
        """The day the data is shown as of, or None when the clock is the real one."""
        return None

    @property
    def label(self) -> str | None:
        """A line the faces show when the clock is not the real one ("As of 25 July 2025")."""
        return None


class SystemClock(Clock):
    def now(self) -> datetime:
        return wall_now()


class FixedClock(Clock):
    """A moment that does not move: ``--as-of`` (read-only) and exact tests."""

    def __init__(self, instant: datetime, *, read_only: bool = True, label_prefix: str = "As of"):
        if instant.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self.instant = instant.astimezone(UTC)
        self.read_only = read_only
        self._prefix = label_prefix

    def now(self) -> datetime:
        return self.instant

    def stamp(self) -> datetime:
        # Anything recorded while looking at the past (a brief) is stamped when it really happened.
        return wall_now() if self.read_only else self.instant

    @property
    def as_of(self) -> date:
        return self.instant.date()

    @property
    def label(self) -> str:
        return _label(self._prefix, self.as_of)


class ShiftedClock(Clock):
    """Starts at ``instant`` and runs on at the speed of the wall clock (the demo)."""

    def __init__(self, instant: datetime, *, label_prefix: str = "Demo as of"):
        if instant.tzinfo is None:
            raise ValueError("ShiftedClock needs an aware datetime")
        self.instant = instant.astimezone(UTC)
        self._started = time.monotonic()
        self._prefix = label_prefix

    def now(self) -> datetime:
        return self.instant + timedelta(seconds=time.monotonic() - self._started)

    @property
    def as_of(self) -> date:
        return self.instant.date()

    @property
    def label(self) -> str:
        return _label(self._prefix, self.as_of)


def end_of_day(day: date) -> datetime:
    """The last moment of ``day`` in UTC: "as of 25 July" includes everything on 25 July."""
    return datetime.combine(day, dtime(23, 59, 59), tzinfo=UTC)


def parse_as_of(text: str, field: str = "as_of") -> datetime:
    """``YYYY-MM-DD`` (the end of that day, UTC) or an ISO 8601 date and time with an offset."""
    raw = (text or "").strip()
    try:
        if len(raw) == 10:
            value = end_of_day(date.fromisoformat(raw))
        else:
            value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(
            field,
            translate(
                "domain.clock",
                "'{raw}' is not a date; write it as YYYY-MM-DD (e.g. 2025-07-25) or an ISO date and time.",
            ).format(raw=raw[:40]),
        ) from None
    if value.tzinfo is None:
        raise ValidationError(
            field,
            translate("domain.clock", "'{raw}' has no UTC offset; add one, e.g. {raw2}+00:00.").format(
                raw=raw[:40], raw2=raw[:16]
            ),
        )
    value = value.astimezone(UTC)
    if value.date() > wall_now().date():
        raise ValidationError(
            field,
            translate(
                "domain.clock", "{raw} is in the future; --as-of shows the records as they stood on a past day."
            ).format(raw=raw),
        )
    return value
