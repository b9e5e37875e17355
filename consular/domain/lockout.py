"""What a locked account is told: how many failed attempts locked it, and how long is left.

One wording for every place that refuses a locked account (the account check in
:mod:`consular.services.accounts`, the key slots of an encrypted file in
:mod:`consular.db.keyslots`, ``consular users list``), so the CLI and the window say the same.
Minutes left, not a clock time: the person at the prompt may not be in UTC, and "until 14:05
UTC" makes them do the sum.
"""

from __future__ import annotations

import math
from datetime import datetime


def time_left(until: datetime, now: datetime) -> str:
    """ "4 minutes", "1 minute", or "less than a minute" until ``until``.

    Rounded up: the person is never told to come back before the lock has run out."""
    seconds = (until - now).total_seconds()
    if seconds < 60:
        return "less than a minute"
    minutes = math.ceil(seconds / 60)
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def locked_message(attempts: int, until: datetime, now: datetime) -> str:
    """ "Account locked after 5 failed attempts. Try again in 4 minutes." """
    return (
        f"Account locked after {attempts} failed attempt{'s' if attempts != 1 else ''}. "
        f"Try again in {time_left(until, now)}."
    )


def state_text(until: datetime, now: datetime) -> str:
    """An account's state in a list of accounts while it is locked."""
    return f"locked ({time_left(until, now)} left)"
