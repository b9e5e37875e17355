"""The state of one synthetic case while :class:`~consular.seeding.synthetic_case.CaseMaker`
makes it: what every step reads, and what earlier steps leave for later ones."""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from consular.domain.enums import CaseKind, CaseStatus
from consular.seeding import vocabulary as voc
from consular.seeding.bulk import RowBatch


def between(rng: random.Random, start: datetime, end: datetime) -> datetime:
    if end <= start:
        return start
    return start + timedelta(seconds=rng.random() * (end - start).total_seconds())


@dataclass
class CaseLife:
    """When the case was opened, became active, was resolved and closed, and its last activity."""

    opened_at: datetime
    active_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    status: CaseStatus
    end_of_activity: datetime


@dataclass
class CaseDraft:
    """One case while it is being made: what the steps read, and what they add for later steps."""

    batch: RowBatch
    rng: random.Random
    post: dict
    code: str
    incident_at: datetime
    town: str
    region: str
    lat: float
    lon: float
    kind: CaseKind
    hostages_n: int
    others_n: int
    staff: list
    caseworkers: list
    supervisor: tuple
    lead: tuple
    now: datetime
    life: CaseLife | None = None
    case_id: int = 0
    occupation: str = ""
    workplace: str | None = None
    company: str = ""
    hostages: list = field(default_factory=list)  # (person_id, participant_id, person dict)
    counterparts: list = field(default_factory=list)  # (counterpart_id, category, name, role, org, relationship)
    contact_ids: list = field(default_factory=list)  # (contact_id, occurred_at, follow_up_needed)

    @functools.cached_property
    def staff_ids(self) -> list[int]:
        return [s[0] for s in self.staff]

    @property
    def hostage_names(self) -> list[str]:
        """The nationals' names (their list is complete once the hostages are added)."""
        return [h[2]["full_name"] for h in self.hostages]

    @property
    def plural(self) -> bool:
        return self.hostages_n > 1

    @property
    def nationals(self) -> str:
        return voc.NATIONAL[1] if self.plural else voc.NATIONAL[0]
