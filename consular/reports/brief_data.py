"""The content of a status brief as plain data: what the services build and the PDF writer draws.

Nothing here knows about the database or about reportlab. Every time is an aware UTC
datetime; the writer shows it in UTC and in the case's zone. Every text is already
filtered for the brief's audience (restricted entries reduced to dated "Restricted"
placeholders unless asked for, personal identifiers masked in a redacted brief), so a writer
can print what it is given.

:func:`content_hash` is the SHA-256 of the canonical JSON of a :class:`BriefData`. It is
the hash printed in the footer and kept in the record of briefs issued. It is taken over the
content rather than the PDF bytes because a PDF embeds its creation time and a random
document id, so two renderings of the same content never have the same bytes; the content
hash lets a printed page be matched to its record. The record also keeps the SHA-256 of the
PDF bytes as issued, which identifies the exact file (``consular brief verify``).
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime

from consular import reports

SHORT_HASH_LENGTH = 12
#: What a brief says of a fact that exists but is restricted and left out: never "none".
#: In English; :func:`withheld` gives it in the brief's language, which is what the brief prints.
WITHHELD = "On record (restricted)"


def withheld() -> str:
    """:data:`WITHHELD` in the current language (a brief is gathered and drawn in its own)."""
    return reports.words.tr("On record (restricted)")


@dataclass(frozen=True)
class LastContact:
    """The latest contact with one counterpart category (or one next of kin)."""

    label: str
    at: datetime | None
    counterpart: str | None = None
    #: A later contact (or the only one) is restricted and left out of this brief: the
    #: brief says "on record (restricted)", never "none recorded".
    withheld: bool = False


@dataclass(frozen=True)
class BriefSummary:
    kind: str
    status: str
    priority: str
    incident_at: datetime
    place: str
    country: str
    days_since_incident: int
    attribution: str
    hostages_total: int
    hostages_held: int
    hostages_released: int
    hostages_other: int
    last_contact_authorities: list[LastContact] = field(default_factory=list)
    last_contact_families: list[LastContact] = field(default_factory=list)
    #: Unaccounted for (not counted in ``hostages_held``).
    hostages_missing: int = 0


@dataclass(frozen=True)
class BriefHostage:
    name: str
    name_native: str | None
    age: int | None
    status: str
    status_since: datetime | None
    in_captivity: bool
    #: Whole days held; None for a national who is missing (see ``days_missing``).
    days_in_captivity: int | None
    last_proof_of_life: datetime | None
    welfare_note: str | None
    welfare_at: datetime | None
    #: A later proof of life / welfare report than the one shown (or the only one) is
    #: restricted and left out.
    proof_of_life_withheld: bool = False
    welfare_withheld: bool = False
    #: Unaccounted for: not known to be held. The brief says "missing for N days", never
    #: "N days in captivity" or "held".
    missing: bool = False
    days_missing: int | None = None
    #: "held for 416 days", "missing for 12 days", "released after 120 days": the words every face uses.
    situation: str = ""
    #: The latest proof of life shown that was assessed genuine (None: none, or not shown).
    last_verified_proof_of_life: datetime | None = None
    #: Still held, and no verified proof of life for over ``proof_of_life_alert_days`` days;
    #: only worked out when the proofs are shown (their assessment is restricted content).
    proof_of_life_overdue: bool = False
    proof_of_life_alert_days: int = 14
    #: Has medical needs, is still held, and no welfare report for over ``welfare_alert_days``.
    medical_watch_overdue: bool = False
    welfare_alert_days: int = 14


@dataclass(frozen=True)
class BriefDevelopment:
    at: datetime
    kind: str
    title: str
    description: str | None
    source: str | None
    hostage_name: str | None
    restricted: bool
    #: A restricted development whose content is not shown: only ``at`` is real; ``kind`` is
    #: "Milestone" and ``title`` "Restricted" (the kind of a proof of life or demand tells too much).
    withheld: bool = False


@dataclass(frozen=True)
class BriefContactLine:
    at: datetime
    channel: str
    direction: str
    counterparts: str
    subject: str
    restricted: bool
    follow_up_needed: bool


@dataclass(frozen=True)
class BriefContactGroup:
    """Contacts of the period with one category of counterpart, newest first.

    ``count`` is every contact in the period with this category; ``lines`` holds at most a
    few of them and ``more`` says how many were left out. A contact with counterparts of two
    categories counts in both groups.
    """

    category: str
    count: int
    restricted_count: int
    last_at: datetime | None
    lines: list[BriefContactLine] = field(default_factory=list)
    more: int = 0


@dataclass(frozen=True)
class BriefOfficerChange:
    """An earlier change of a next of kin's liaison officer: "changed on DATE from X, reason"."""

    at: datetime
    from_officer: str
    reason: str


@dataclass(frozen=True)
class BriefFamilyLiaison:
    name: str
    name_native: str | None
    relationship: str
    hostage_name: str
    plan: str
    last_contact_at: datetime | None
    next_due_at: datetime | None
    overdue: bool
    last_contact_withheld: bool = False
    #: The family liaison officer as of the brief, and since when; the earlier changes, oldest first.
    officer: str | None = None
    officer_since: datetime | None = None
    officer_changes: list[BriefOfficerChange] = field(default_factory=list)
    #: The last family update (what they were told) by the brief's time; a later restricted
    #: one not shown makes ``last_update_withheld`` true.
    last_update_at: datetime | None = None
    last_update_channel: str | None = None
    last_update_text: str | None = None
    last_update_withheld: bool = False


@dataclass(frozen=True)
class BriefTask:
    title: str
    owner: str | None
    due_at: datetime | None
    priority: str
    status: str
    overdue: bool


@dataclass(frozen=True)
class BriefReturnItem:
    """One item of a repatriation checklist as the brief shows it, as of the brief's time."""

    item: str
    owner: str | None
    due_at: datetime | None
    state: str  # done, open, overdue, not applicable
    closed_at: datetime | None  # done or marked not applicable
    facts: str


@dataclass(frozen=True)
class BriefRepatriation:
    """A released national's checklist: counts by state, then the items in order."""

    name: str
    released_at: datetime
    done: int
    open: int  # overdue included
    overdue: int
    not_applicable: int
    items: list[BriefReturnItem] = field(default_factory=list)


@dataclass(frozen=True)
class BriefDemand:
    """A demand as the brief lists it (only in a brief that includes restricted content)."""

    received_at: datetime
    what: str
    made_by: str
    via: str | None
    #: The intermediary was not vetted when the demand came: "unvetted", "under vetting" ...
    via_not_vetted: str | None
    deadline_at: datetime | None
    response: str
    response_note: str | None


@dataclass(frozen=True)
class BriefOpenRequest:
    """A consular visit request without a decision, or a note verbale without an answer."""

    what: str  # "Consular visit request", "Note verbale NV/LFW/2025/081"
    since: datetime
    days_waiting: int
    overdue: bool


@dataclass(frozen=True)
class BriefDetainee:
    """What the brief's Detention section says of one detained national (wrongful detention)."""

    name: str
    authority: str | None
    place: str | None
    place_since: datetime | None
    lawyer: str | None
    #: "Complicity in theft (pending, filed 10 Jul 2025)"; restricted ones left out without
    #: restricted content (``charges_withheld`` counts them).
    charges: list[str] = field(default_factory=list)
    charges_withheld: int = 0
    last_hearing_at: datetime | None = None
    last_hearing: str | None = None  # the court and the outcome ("no outcome recorded")
    next_hearing_at: datetime | None = None
    last_visit_at: datetime | None = None
    #: The welfare observed at the last visit; WITHHELD when that visit is restricted and the
    #: brief is not for the case team.
    last_visit_welfare: str | None = None
    open_requests: list[BriefOpenRequest] = field(default_factory=list)


@dataclass(frozen=True)
class BriefLinkedCase:
    """Another case linked with this one (same incident, related), as of the brief's time.
    ``withheld``: the reader is not on that case's team; only its reference and post are shown."""

    reference: str
    post: str
    kind: str
    title: str | None
    status: str | None
    #: Why they are linked; left out of a redacted brief and when withheld.
    note: str | None
    withheld: bool = False


@dataclass(frozen=True)
class BriefData:
    """Everything one status brief says, already filtered for its audience."""

    reference: str
    title: str
    classification: str
    post: str
    timezone: str
    as_of: datetime
    prepared_by: str
    period_start: datetime
    period_end: datetime
    period_basis: str
    redacted: bool
    include_restricted: bool
    draft: bool
    summary: BriefSummary
    #: Names of the case's people and next of kin masked too (a redacted brief's option).
    names_masked: bool = False
    hostages: list[BriefHostage] = field(default_factory=list)
    developments: list[BriefDevelopment] = field(default_factory=list)
    latest_development_before: BriefDevelopment | None = None
    contacts_total: int = 0
    contact_groups: list[BriefContactGroup] = field(default_factory=list)
    restricted_withheld: int = 0
    #: When each restricted contact of the period that is not shown took place, newest first:
    #: the brief lists each one as a dated "Restricted" placeholder (need-to-know).
    withheld_contacts: list[datetime] = field(default_factory=list)
    #: Restricted milestones of the period whose content is left out of "key developments"
    #: (each is there as a dated placeholder, see :attr:`BriefDevelopment.withheld`).
    developments_withheld: int = 0
    #: The latest development before the period is restricted and left out (the one shown,
    #: if any, is an earlier one).
    latest_before_withheld: bool = False
    family: list[BriefFamilyLiaison] = field(default_factory=list)
    tasks: list[BriefTask] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    #: Demands received in the period, and earlier ones still without a response (newest
    #: first); empty in a brief without restricted content, which gives only the count.
    demands: list[BriefDemand] = field(default_factory=list)
    #: How many demands stand on record (all of them, whoever reads: that demands exist and
    #: when is not restricted, what they say is).
    demands_on_record: int = 0
    #: Wrongful detention: one entry per detained national (empty for other kinds of case).
    detention: list[BriefDetainee] = field(default_factory=list)
    #: Cases linked with this one when the brief was made (see services/case_links.py).
    linked_cases: list[BriefLinkedCase] = field(default_factory=list)
    #: The repatriation checklist of each national released by the brief's time.
    repatriation: list[BriefRepatriation] = field(default_factory=list)

    def to_json(self) -> dict:
        return _jsonable(self)

    def canonical_json(self) -> str:
        """The exact text that is hashed: sorted keys, no spaces, UTF-8, times in UTC ISO 8601."""
        return json.dumps(self.to_json(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    def content_hash(self) -> str:
        return content_hash(self)


def _jsonable(value):
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def content_hash(data: BriefData) -> str:
    """Full hex SHA-256 of the brief's canonical JSON (see the module docstring for why)."""
    return hashlib.sha256(data.canonical_json().encode("utf-8")).hexdigest()


def short_hash(full: str) -> str:
    """The part of the hash printed in the footer and shown by the CLI."""
    return full[:SHORT_HASH_LENGTH]
