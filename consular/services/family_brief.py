"""What a status brief says of each next of kin beyond the contact plan: their family liaison
officer (since when, and the earlier officers with the reason for each change) and the last
family update they were given, as of the brief's time. Filled into
:class:`consular.reports.brief_data.BriefFamilyLiaison` by :mod:`consular.services.briefs`."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from consular.db.family_models import FamilyUpdate, LiaisonOfficerChange
from consular.domain.timeutil import as_utc
from consular.reports.brief_data import BriefFamilyLiaison, BriefOfficerChange


def with_officer_and_update(
    session: Session, liaisons, rows: list[BriefFamilyLiaison], end: datetime, show_restricted: bool, clean
) -> list[BriefFamilyLiaison]:
    """``rows`` (one per liaison, same order) with the officer and the last update as of ``end``.
    A restricted update is shown only with ``show_restricted``; ``clean`` is the brief's redactor."""
    ids = [liaison.id for liaison in liaisons]
    changes: dict[int, list[LiaisonOfficerChange]] = {i: [] for i in ids}
    for change in session.scalars(
        select(LiaisonOfficerChange)
        .where(LiaisonOfficerChange.liaison_id.in_(ids), LiaisonOfficerChange.changed_at <= end)
        .order_by(LiaisonOfficerChange.changed_at, LiaisonOfficerChange.id)
    ).unique():
        changes[change.liaison_id].append(change)
    latest: dict[int, FamilyUpdate] = {}
    latest_any: dict[int, FamilyUpdate] = {}
    for update in session.scalars(
        select(FamilyUpdate)
        .where(FamilyUpdate.liaison_id.in_(ids), FamilyUpdate.voided_at.is_(None), FamilyUpdate.told_at <= end)
        .order_by(FamilyUpdate.told_at, FamilyUpdate.id)
    ).unique():
        latest_any[update.liaison_id] = update
        if show_restricted or not update.restricted:
            latest[update.liaison_id] = update
    out = []
    for liaison, row in zip(liaisons, rows, strict=True):
        history = changes[liaison.id]
        # The officer as of the brief: the last change by then (a later one is not yet known).
        officer = history[-1].to_user if history else liaison.plan_owner
        since = as_utc(history[-1].changed_at) if history else None
        shown, last = latest.get(liaison.id), latest_any.get(liaison.id)
        out.append(
            dataclasses.replace(
                row,
                officer=officer.display_name if officer else None,
                officer_since=since if officer else None,
                officer_changes=[
                    BriefOfficerChange(as_utc(c.changed_at), c.from_user.display_name, clean(c.reason))
                    for c in history
                    if c.from_user is not None
                ],
                last_update_at=as_utc(shown.told_at) if shown else None,
                last_update_channel=shown.channel.label if shown else None,
                last_update_text=clean(shown.what_told) if shown else None,
                last_update_withheld=last is not None and last is not shown,
            )
        )
    return out


__all__ = ["with_officer_and_update"]
