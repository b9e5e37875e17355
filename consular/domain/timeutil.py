"""Time helpers: everything is stored in UTC and shown in a named IANA zone."""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from consular.domain.clock import wall_now
from consular.domain.errors import ValidationError
from consular.i18n import translate

UTC = UTC


def utcnow() -> datetime:
    """The real time. Kept for the GUI until it asks its context; services use ``ctx.now()``."""
    return wall_now()


def zone(name: str, field: str = "timezone") -> ZoneInfo:
    """The IANA zone called ``name``, or a :class:`ValidationError` that says so."""
    try:
        return _zone(name)
    except (ValidationError, TypeError):  # said again naming the caller's field
        return _zone_uncached(name, field)


@functools.lru_cache(maxsize=1024)
def _zone(name: str) -> ZoneInfo:
    # One ZoneInfo per zone for the life of the process: zoneinfo's own cache keeps only the
    # last 8 strongly, so a list of cases in 30 zones re-read the tz files on every row.
    return _zone_uncached(name, "timezone")


def _zone_uncached(name, field: str) -> ZoneInfo:
    try:
        if not name or ("/" not in name and name != "UTC"):
            raise ZoneInfoNotFoundError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise ValidationError(
            field,
            translate(
                "domain.timeutil", "'{name}' is not an IANA time zone; use a name such as 'Africa/Bamako'."
            ).format(name=name),
        ) from None


def all_zone_names() -> list[str]:
    return sorted(available_timezones())


def as_utc(value: datetime | None) -> datetime | None:
    """Normalise an aware datetime to UTC; naive values are taken as UTC (database round-trip)."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def parse_datetime(text: str, field: str, default_zone: str | None = None) -> datetime:
    """Parse ISO 8601 text into an aware UTC datetime.

    Text without an offset is read in ``default_zone`` (the case's zone); without one either
    it is refused, because guessing a zone for an incident is how timelines go wrong.
    """
    raw = (text or "").strip()
    if not raw:
        raise ValidationError(
            field, translate("domain.timeutil", "A date and time is required, e.g. 2025-07-01T14:30+00:00.")
        )
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(
            field,
            translate(
                "domain.timeutil",
                "'{raw}' is not a date and time; write it as ISO 8601, e.g. 2025-07-01T14:30 or "
                "2025-07-01T14:30+00:00.",
            ).format(raw=raw[:40]),
        ) from None
    if value.tzinfo is None:
        if default_zone is None:
            raise ValidationError(
                field,
                translate("domain.timeutil", "'{raw}' has no UTC offset; add one, e.g. {raw2}+00:00.").format(
                    raw=raw[:40], raw2=raw[:16]
                ),
            )
        value = value.replace(tzinfo=zone(default_zone))
    return value.astimezone(UTC)


def parse_date(text: str, field: str) -> date:
    raw = (text or "").strip()
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise ValidationError(
            field,
            translate("domain.timeutil", "'{raw}' is not a date; write it as YYYY-MM-DD, e.g. 1988-03-14.").format(
                raw=raw[:40]
            ),
        ) from None


def require_aware(value: datetime, field: str) -> datetime:
    """Accept only timezone-aware datetimes and return them in UTC."""
    if not isinstance(value, datetime):
        raise ValidationError(field, translate("domain.timeutil", "A date and time is required."))
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(
            field, translate("domain.timeutil", "The time has no time zone; give one so it is not misread.")
        )
    return value.astimezone(UTC)


def in_zone(value: datetime | None, zone_name: str) -> datetime | None:
    if value is None:
        return None
    return as_utc(value).astimezone(zone(zone_name))


def whole_days(start: datetime, end: datetime) -> int:
    """Whole days elapsed between two instants (0 on the first day)."""
    return max(0, (as_utc(end) - as_utc(start)) // timedelta(days=1))


def humanize_ago(when: datetime | None, now: datetime | None = None) -> str:
    """'just now', '3 h ago', '12 days ago' — what lists show for a last contact."""
    if when is None:
        return translate("domain.timeutil", "never")
    now = now or wall_now()
    delta = as_utc(now) - as_utc(when)
    seconds = delta.total_seconds()
    if seconds < 0:
        return translate("domain.timeutil", "in the future")
    if seconds < 60:
        return translate("domain.timeutil", "just now")
    if seconds < 3600:
        return translate("domain.timeutil", "{minutes} min ago").format(minutes=int(seconds // 60))
    if seconds < 86400:
        return translate("domain.timeutil", "{hours} h ago").format(hours=int(seconds // 3600))
    return translate("domain.timeutil", "%n day(s) ago", "", int(seconds // 86400))
