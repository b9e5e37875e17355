"""Dates typed as text (gui/forms/values.py): an impossible date is refused with a message
and never moved to a nearby one; Up/Down steps the part under the cursor."""

from __future__ import annotations

from datetime import datetime

import pytest

from consular.gui.forms.values import parse_wall_clock, step_wall_clock


def test_a_valid_date_and_time_reads_as_typed():
    assert parse_wall_clock("2026-02-28 14:30") == datetime(2026, 2, 28, 14, 30)
    assert parse_wall_clock(" 2024-2-29  7:05 ") == datetime(2024, 2, 29, 7, 5)
    assert parse_wall_clock("2026-02-28", with_time=False) == datetime(2026, 2, 28)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2026-02-30 00:35", "February 2026 has 28 days"),
        ("2025-02-29 10:00", "February 2025 has 28 days"),
        ("2026-04-31 10:00", "April 2026 has 30 days"),
        ("2026-13-01 10:00", "no month 13"),
        ("2026-01-01 24:00", "not a time of day"),
        ("2026-01-01 23:60", "not a time of day"),
        ("2026-01-01", "type it as YYYY-MM-DD HH:MM"),
        ("yesterday", "type it as YYYY-MM-DD HH:MM"),
        ("", "Enter a date and time"),
    ],
)
def test_an_impossible_date_is_refused_with_a_message(text, words):
    with pytest.raises(ValueError, match=words):
        parse_wall_clock(text)


def test_up_and_down_step_the_part_under_the_cursor():
    text = "2026-01-31 23:59"
    assert step_wall_clock(text, 2, 1) == "2027-01-31 23:59"  # year
    assert step_wall_clock(text, 6, 1) == "2026-02-28 23:59"  # month: the day is clamped, not rolled
    assert step_wall_clock(text, 9, 1) == "2026-02-01 23:59"  # day
    assert step_wall_clock(text, 12, 1) == "2026-02-01 00:59"  # hour
    assert step_wall_clock(text, 15, 1) == "2026-02-01 00:00"  # minute
    assert step_wall_clock(text, 6, -1) == "2025-12-31 23:59"
    assert step_wall_clock("2026-02-30 10:00", 9, 1) is None  # nothing to step from
