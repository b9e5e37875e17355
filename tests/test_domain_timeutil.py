"""domain.timeutil on its own: times are stored in UTC, read in a named zone, never guessed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consular.domain.errors import ValidationError
from consular.domain.timeutil import (
    as_utc,
    humanize_ago,
    in_zone,
    parse_date,
    parse_datetime,
    require_aware,
    utcnow,
    whole_days,
    zone,
)

ZONES = st.sampled_from(["Africa/Bamako", "Asia/Kolkata", "Asia/Kathmandu", "America/New_York", "Europe/London", "UTC"])
INSTANTS = st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2100, 1, 1), timezones=st.just(UTC))


def test_utcnow_is_aware_and_utc():
    now = utcnow()
    assert now.utcoffset() == timedelta(0)
    assert abs((datetime.now(UTC) - now).total_seconds()) < 5


def test_zone_accepts_iana_names_and_refuses_the_rest():
    assert zone("Asia/Kathmandu") == ZoneInfo("Asia/Kathmandu")
    assert zone("UTC") == ZoneInfo("UTC")
    for bad in ("", "IST", "Mars/Olympus", "../etc/passwd"):
        with pytest.raises(ValidationError, match="not an IANA time zone") as raised:
            zone(bad, "case_timezone")
        assert raised.value.field == "case_timezone"


def test_parse_datetime_reads_offsets_and_the_default_zone():
    assert parse_datetime("2025-07-01T06:00:00+00:00", "at") == datetime(2025, 7, 1, 6, tzinfo=UTC)
    assert parse_datetime("2025-07-01T06:00Z", "at") == datetime(2025, 7, 1, 6, tzinfo=UTC)
    # Kathmandu is UTC+05:45: a time without offset is read in the case's zone.
    assert parse_datetime("2025-10-09 07:30", "at", "Asia/Kathmandu") == datetime(2025, 10, 9, 1, 45, tzinfo=UTC)


def test_parse_datetime_never_guesses_a_zone():
    with pytest.raises(ValidationError, match="no UTC offset") as raised:
        parse_datetime("2025-07-01T06:00", "incident_at")
    assert raised.value.field == "incident_at"
    for bad in ("", "   ", "yesterday", "2025-13-01T00:00+00:00"):
        with pytest.raises(ValidationError):
            parse_datetime(bad, "incident_at", "Africa/Bamako")


@given(INSTANTS, ZONES)
def test_an_instant_written_in_any_zone_reads_back_as_the_same_instant(instant, zone_name):
    local = in_zone(instant, zone_name)
    assert local.tzinfo == ZoneInfo(zone_name)
    assert parse_datetime(local.isoformat(), "at") == instant
    # Written without its offset, it reads back through the zone it was written in (away
    # from the hour a clock change repeats).
    naive = local.replace(tzinfo=None).isoformat()
    if local.fold == 0 and as_utc(local.replace(fold=1)) == as_utc(local):
        assert parse_datetime(naive, "at", zone_name) == instant


def test_parse_date():
    assert parse_date(" 1988-03-14 ", "date_of_birth") == date(1988, 3, 14)
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        parse_date("14/03/1988", "date_of_birth")


def test_as_utc_and_require_aware():
    assert as_utc(None) is None
    assert as_utc(datetime(2025, 1, 1, 12)) == datetime(2025, 1, 1, 12, tzinfo=UTC)  # a naive database value
    ist = timezone(timedelta(hours=5, minutes=30))
    assert as_utc(datetime(2025, 1, 1, 12, tzinfo=ist)) == datetime(2025, 1, 1, 6, 30, tzinfo=UTC)
    assert require_aware(datetime(2025, 1, 1, 12, tzinfo=ist), "at").tzinfo == UTC
    with pytest.raises(ValidationError, match="no time zone"):
        require_aware(datetime(2025, 1, 1, 12), "at")
    with pytest.raises(ValidationError):
        require_aware("2025-01-01", "at")


@given(INSTANTS, st.integers(min_value=0, max_value=3000), st.integers(min_value=0, max_value=86399))
def test_whole_days_counts_completed_days(start, days, seconds):
    end = start + timedelta(days=days, seconds=seconds)
    assert whole_days(start, end) == days
    assert whole_days(end, start) == 0  # never negative


@pytest.mark.parametrize(
    "ago,text",
    [
        (None, "never"),
        (timedelta(seconds=-5), "in the future"),
        (timedelta(seconds=30), "just now"),
        (timedelta(minutes=59), "59 min ago"),
        (timedelta(hours=3, minutes=10), "3 h ago"),
        (timedelta(days=1, hours=2), "1 day ago"),
        (timedelta(days=12), "12 days ago"),
    ],
)
def test_humanize_ago(ago, text):
    now = datetime(2025, 7, 24, 12, tzinfo=UTC)
    assert humanize_ago(None if ago is None else now - ago, now) == text
