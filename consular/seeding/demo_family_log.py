"""Loading a seed case's family update log, officer changes and "tell the family" items.

The load records a case's developments through the services, so each proof of life, status
change, public statement and demand about the family opens its "tell the family" item as it
would in use, on the load's day. Then, in the file's order:

1. ``[[cases.family_updates]]``: what was told to which next of kin (``closes_open_items``:
   it covers the hostage's open items of developments up to its time);
2. ``[[cases.officer_changes]]``: changes of a next of kin's liaison officer, with the reason;
3. every item still open is closed by hand as told at the time (the log starts with the
   demo), except those of developments marked ``family_told = false``: the families that
   still have to hear of them, which the dashboard shows.
"""

from __future__ import annotations

from consular.seeding.demo_schema import FAMILY_UPDATE_KEYS, OFFICER_CHANGE_KEYS, check_keys, require
from consular.services import family_updates, liaison_officers

TOLD_AT_THE_TIME = "Family told at the time; the demo's family update log starts later (loaded from the seed file)."


def not_told(entry: dict) -> bool:
    """The seed entry says the family has not been told of it yet."""
    return entry.get("family_told") is False


def load_family(
    loader, at_, item: dict, ref: str, where: str, liaison_ids: dict[str, int], keep_open: set, counts
) -> None:
    """Family updates, officer changes and the closing of items told at the time (see above).
    ``loader.ctx(username, where)`` gives a staff member's context; ``keep_open`` holds the
    (TellKind, record id) of developments marked ``family_told = false``; ``at_(where)`` names
    the seed record in any error a service raises."""
    for i, update in enumerate(item.get("family_updates", [])):
        w = f"{where}, family_updates[{i}]"
        check_keys(update, FAMILY_UPDATE_KEYS, w)
        with at_(w):
            family_updates.record_family_update(
                loader.ctx(require(update, "by", w), w),
                ref,
                kin=liaison_ids[require(update, "kin", w)],
                channel=require(update, "channel", w),
                what_told=require(update, "text", w),
                told_at=require(update, "at", w),
                covers=None if update.get("closes_open_items") else [],
                restricted=bool(update.get("restricted", False)),
            )
        counts["family updates"] += 1
    for i, change in enumerate(item.get("officer_changes", [])):
        w = f"{where}, officer_changes[{i}]"
        check_keys(change, OFFICER_CHANGE_KEYS, w)
        with at_(w):
            liaison_officers.change_liaison_officer(
                loader.ctx(require(change, "by", w), w),
                ref,
                kin=liaison_ids[require(change, "kin", w)],
                to_user=change.get("to"),
                reason=require(change, "reason", w),
                changed_at=change.get("at"),
            )
        counts["liaison officer changes"] += 1
    with at_(f"{where}, tell-the-family items"):
        # A write only: the load reads no restricted content (nothing to audit as a read).
        family_updates.close_open_items(loader.loader, ref, reason=TOLD_AT_THE_TIME, keep=keep_open)


__all__ = ["TOLD_AT_THE_TIME", "load_family", "not_told"]
