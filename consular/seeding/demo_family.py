"""The optional ``family`` key of a contact, milestone or hostage status entry in
seeds/demo/*.toml: the entry is marked shareable with family (``true``: its own summary or
title is said; a string: the wording for the family). Marked by whoever recorded the entry,
as they recorded it, through :func:`consular.services.family_share.mark`."""

from __future__ import annotations

from consular.i18n import translate
from consular.seeding.demo_schema import SeedError
from consular.services import family_share


def share(ctx, kind: str, entry_id: int, entry: dict, where: str) -> bool:
    """Mark the entry when its seed says ``family``; returns whether it did."""
    value = entry.get("family")
    if value is None or value is False:
        return False
    if value is not True and not isinstance(value, str):
        raise SeedError(
            translate(
                "seeding.demo_family",
                "{where}: 'family' is true (say the entry's own text) or the wording for the family.",
            ).format(where=where)
        )
    family_share.mark(ctx, kind, entry_id, wording=None if value is True else value)
    return True
