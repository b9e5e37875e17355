"""How long a national has been held or missing, said the same way on every screen and brief.

The count runs from the START of the captivity: the first entry of the status history (voided
entries left out) that puts the person in captivity (held, or unaccounted for). Setting a
person back to *held* after a release recorded by mistake continues that count; it never
restarts it at 0.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from consular.domain.enums import HostageStatus
from consular.domain.timeutil import whole_days
from consular.i18n import translate


def captivity_start(history: Iterable[tuple[HostageStatus, datetime]]) -> datetime | None:
    """The effective time of the first in-captivity entry of ``history`` (in effective order)."""
    for status, at in history:
        if status.in_captivity:
            return at
    return None


def days_between(start: datetime | None, status: HostageStatus | None, since: datetime | None, now: datetime):
    """Whole days from ``start`` to the end of the captivity (``since`` when the current status
    ended it) or to ``now``; None without a start."""
    if start is None:
        return None
    end = since if status is not None and not status.in_captivity and since is not None else now
    return whole_days(start, end)


def days_text(n: int) -> str:
    """ "1 day", "12 days" in the current language ("0 jour", "2 jours", "2 दिन")."""
    return translate("domain.captivity", "%n day(s)", "", n)


def situation_label(status: HostageStatus | None, start: datetime | None, since: datetime | None, now: datetime) -> str:
    """ "held for 416 days", "missing for 12 days", "released after 120 days", or the status."""
    if status is None:
        return translate("domain.captivity", "status not recorded")
    days = days_between(start, status, since, now)
    if days is None:
        return status.label.lower()
    if status == HostageStatus.HELD:
        return translate("domain.captivity", "held for %n day(s)", "", days)
    if status == HostageStatus.UNACCOUNTED:
        return translate("domain.captivity", "missing for %n day(s)", "", days)
    if status == HostageStatus.DECEASED:
        return translate("domain.captivity", "deceased")
    return translate("domain.captivity", "{status} after %n day(s)", "", days).format(status=status.label.lower())
