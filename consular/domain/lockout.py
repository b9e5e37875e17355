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

from consular.i18n import translate


def time_left(until: datetime, now: datetime) -> str:
    """ "4 minutes", "1 minute", or "less than a minute" until ``until``.

    Rounded up: the person is never told to come back before the lock has run out."""
    seconds = (until - now).total_seconds()
    if seconds < 60:
        return translate("domain.lockout", "less than a minute")
    return translate("domain.lockout", "%n minute(s)", "", math.ceil(seconds / 60))


def locked_message(attempts: int, until: datetime, now: datetime) -> str:
    """ "Account locked after 5 failed attempts. Try again in 4 minutes." """
    return translate(
        "domain.lockout", "Account locked after %n failed attempt(s). Try again in {time}.", "", attempts
    ).format(time=time_left(until, now))


def state_text(until: datetime, now: datetime) -> str:
    """An account's state in a list of accounts while it is locked."""
    return translate("domain.lockout", "locked ({time} left)").format(time=time_left(until, now))
