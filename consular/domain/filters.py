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


# --- saved filters: what a list's filters and sort are kept as ---------------------------

#: The assignee of a saved case filter meaning "whoever applies it" (the "Mine" choice): a
#: filter shared with a post shows each reader their own cases.
ME = "@me"


def _values(enum_type, raw, dropped: list[str]) -> list:
    found = []
    for value in raw or []:
        try:
            found.append(enum_type(value))
        except ValueError:
            dropped.append(str(value))
    return found


def _text(raw, limit: int = 200) -> str:
    return str(raw or "").strip()[:limit]


@dataclass
class CaseListSetup:
    """A case list as the user set it up: filters, search text, sort."""

    filter: CaseFilter = field(default_factory=CaseFilter)
    search: str = ""
    sort: str = "incident_at"
    descending: bool = True

    def definition(self) -> dict:
        f = self.filter
        return {
            # The combos may hand back plain strings (Qt keeps enum members as their values).
            "statuses": [str(getattr(s, "value", s)) for s in f.statuses],
            "kinds": [str(getattr(k, "value", k)) for k in f.kinds],
            "post_codes": list(f.post_codes),
            "assignee": f.assignee_username,
            "search": self.search,
            "sort": self.sort,
            "descending": self.descending,
        }

    @classmethod
    def from_definition(cls, data: dict, *, me: str | None = None) -> tuple[CaseListSetup, list[str]]:
        """The view a saved definition describes, and the values it held that no longer exist
        (a status since renamed): those are left out rather than failing the whole filter.
        ``me``: the username the "Mine" assignee (:data:`ME`) stands for."""
        dropped: list[str] = []
        assignee = data.get("assignee") or None
        if assignee == ME:
            assignee = me
        sort = data.get("sort") if data.get("sort") in SORT_KEYS else "incident_at"
        flt = CaseFilter(
            statuses=_values(CaseStatus, data.get("statuses"), dropped),
            kinds=_values(CaseKind, data.get("kinds"), dropped),
            post_codes=[_text(p, 5).upper() for p in data.get("post_codes") or [] if _text(p, 5)],
            assignee_username=_text(assignee, 64) or None,
        )
        view = cls(flt, _text(data.get("search")), sort, bool(data.get("descending", True)))
        return view, dropped


def contact_filter_definition(flt: ContactFilter) -> dict:
    """A contact-log filter as a saved definition (dates as ISO text, UTC)."""
    return {
        "categories": [str(getattr(c, "value", c)) for c in flt.categories],
        "channels": [str(getattr(c, "value", c)) for c in flt.channels],
        "since": flt.since.isoformat() if flt.since else None,
        "until": flt.until.isoformat() if flt.until else None,
        "text": flt.text or "",
        "include_restricted": flt.include_restricted,
        "include_voided": flt.include_voided,
    }


def contact_filter_from_definition(data: dict) -> tuple[ContactFilter, list[str]]:
    """The filter a saved definition describes, and the values no longer known (left out).
    Counterparts are not kept: they belong to one case, a saved filter to every case."""
    dropped: list[str] = []

    def when(key: str) -> datetime | None:
        raw = data.get(key)
        if not raw:
            return None
        try:
            value = datetime.fromisoformat(str(raw))
        except ValueError:
            dropped.append(str(raw))
            return None
        return value if value.tzinfo is not None else None

    flt = ContactFilter(
        categories=_values(CounterpartCategory, data.get("categories"), dropped),
        channels=_values(Channel, data.get("channels"), dropped),
        since=when("since"),
        until=when("until"),
        text=_text(data.get("text")) or None,
        include_restricted=bool(data.get("include_restricted", True)),
        include_voided=bool(data.get("include_voided", False)),
    )
    return flt, dropped
