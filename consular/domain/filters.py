"""What a list may be narrowed and sorted by: plain value objects.

The faces build these from what the user picked and hand them to the services
(:func:`consular.services.cases.list_cases`, :func:`consular.services.contacts.list_contacts`),
which pass them on to the repositories. They sit in domain/ because every layer from the
faces down to the queries speaks them; no face imports repositories/ to get them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from consular.domain.enums import CaseKind, CaseStatus, Channel, CounterpartCategory

# Column keys the case list may sort by.
SORT_KEYS = (
    "reference",
    "title",
    "kind",
    "status",
    "priority",
    "place",
    "incident_at",
    "hostages_held",
    "last_contact_at",
    "next_task_due",
    "updated_at",
)


@dataclass
class CaseFilter:
    """Which cases the case list shows; empty lists mean "any"."""

    statuses: list[CaseStatus] = field(default_factory=list)
    kinds: list[CaseKind] = field(default_factory=list)
    post_codes: list[str] = field(default_factory=list)
    assignee_username: str | None = None
    case_ids: list[int] | None = None  # e.g. from a search


@dataclass
class ContactFilter:
    """Which entries of a case's contact log are shown; empty lists mean "any"."""

    categories: list[CounterpartCategory] = field(default_factory=list)
    channels: list[Channel] = field(default_factory=list)
    since: datetime | None = None
    until: datetime | None = None
    text: str | None = None
    include_restricted: bool = True
    counterpart_ids: list[int] = field(default_factory=list)
    #: Voided entries are history: shown (struck through) only when asked for.
    include_voided: bool = False
