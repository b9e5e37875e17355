"""Plain read models returned by the services (never ORM objects).

They are what the GUI, CLI and report writers consume. ``to_json()`` gives the stable JSON
shape the CLI prints (ISO 8601 times with offset, enum values as strings).
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from consular.domain.captivity import days_between, situation_label
from consular.domain.clock import Clock, wall_now
from consular.domain.enums import (
    AttributionLevel,
    CaseKind,
    CaseStatus,
    Channel,
    Classification,
    CounterpartCategory,
    Direction,
    HostageStatus,
    MilestoneKind,
    ParticipantRole,
    PolAssessment,
    PolMedium,
    PolQuestionState,
    Priority,
    TaskStatus,
    UserRole,
)
from consular.domain.medical import has_medical_needs
from consular.domain.timeutil import in_zone, whole_days
from consular.i18n import translate


def _jsonable(value):
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value):
        return value.to_json() if hasattr(value, "to_json") else _jsonable(dataclasses.asdict(value))
    return value


def _now(now: datetime | None, clock: Clock | None) -> datetime:
    """``now`` if given, else the time on the clock of the context that read the view
    (``ctx.clock``: the real time, ``--as-of``'s day, or the demo's), else the real time."""
    if now is not None:
        return now
    return clock.now() if clock is not None else wall_now()


def view_now(view) -> datetime:
    """What "now" is for ``view`` (by the clock of the context that read it)."""
    return _now(None, getattr(view, "clock", None))


#: The clock a view was read under: not data, so left out of equality, repr and JSON.
_NOT_DATA = {"json": False}


class JsonMixin:
    def to_json(self) -> dict:
        return {
            f.name: _jsonable(getattr(self, f.name)) for f in dataclasses.fields(self) if f.metadata.get("json", True)
        }


@dataclass(frozen=True)
class UserView(JsonMixin):
    id: int
    username: str
    display_name: str
    role: UserRole
    email: str | None = None


@dataclass(frozen=True)
class AccountView(JsonMixin):
    """An account as an administrator sees it (never the password hash)."""

    id: int
    username: str
    display_name: str
    role: UserRole
    email: str | None
    active: bool
    has_password: bool
    locked_until: datetime | None
    failed_sign_ins: int
    last_sign_in_at: datetime | None


@dataclass(frozen=True)
class TeamMemberView(JsonMixin):
    """One person on a case's team: ``part`` is 'lead', 'supervisor' or 'member'."""

    user: UserView
    part: str


@dataclass(frozen=True)
class PostView(JsonMixin):
    id: int
    code: str
    name: str
    kind: str
    country: str
    city: str
    timezone: str


@dataclass(frozen=True)
class StatusChangeView(JsonMixin):
    id: int
    from_status: CaseStatus | None
    to_status: CaseStatus
    changed_at: datetime
    changed_by: str
    reason: str


@dataclass(frozen=True)
class IdentifierView(JsonMixin):
    kind: str
    value: str
    issuing_country: str | None


@dataclass(frozen=True)
class PersonView(JsonMixin):
    id: int
    full_name: str
    name_native: str | None
    gender: str | None
    date_of_birth: date | None
    nationality: str | None
    passport_number: str | None
    home_state: str | None
    home_district: str | None
    employer: str | None
    occupation: str | None
    languages: str | None
    medical_needs: str | None
    phone: str | None
    email: str | None
    notes: str | None
    identifiers: list[IdentifierView] = field(default_factory=list)
    version: int = 1  # sent back with an edit: a stale save is refused

    def age_on(self, day: date) -> int | None:
        if self.date_of_birth is None:
            return None
        dob = self.date_of_birth
        return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


@dataclass(frozen=True)
class HostageStatusView(JsonMixin):
    id: int
    status: HostageStatus
    effective_at: datetime
    note: str | None
    source: str | None
    recorded_by: str
    recorded_at: datetime
    recorded_by_id: int | None = None
    voided_at: datetime | None = None
    voided_by: str | None = None
    void_reason: str | None = None

    @property
    def voided(self) -> bool:
        """A voided entry stays in the history, struck through; it counts for nothing."""
        return self.voided_at is not None


@dataclass(frozen=True)
class ParticipantView(JsonMixin):
    id: int
    case_id: int
    role: ParticipantRole
    person: PersonView
    notes: str | None
    hostage_status: HostageStatus | None
    hostage_status_since: datetime | None
    captivity_start: datetime | None
    status_history: list[HostageStatusView] = field(default_factory=list)  # voided entries included
    last_proof_of_life: datetime | None = None
    #: The latest proof of life assessed genuine (not voided): what "alive as of" rests on.
    last_verified_proof_of_life: datetime | None = None
    #: The latest welfare report about this national (or about all of the case's), not voided.
    last_welfare_report: datetime | None = None
    #: True outside the case team when the national has proofs of life: they are restricted, so
    #: neither their dates nor whether one was verified are given (both dates are then None).
    #: That there is none at all is not withheld (the brief says so to every reader too).
    proof_of_life_withheld: bool = False
    #: The clock of the context that read this: what "now" means for the day counts.
    clock: Clock | None = field(default=None, compare=False, repr=False, metadata=_NOT_DATA)

    @property
    def name(self) -> str:
        return self.person.full_name

    @property
    def captivity_started_at(self) -> datetime | None:
        """Start of the captivity (first entry in captivity; a mistaken release does not reset it)."""
        return self.captivity_start

    @property
    def is_missing(self) -> bool:
        """Unaccounted for: not known to be held. Shown as "missing for N days"."""
        return self.hostage_status == HostageStatus.UNACCOUNTED

    @property
    def missing_since(self) -> datetime | None:
        return self.captivity_start if self.is_missing else None

    def days_in_captivity(self, now: datetime | None = None) -> int | None:
        """Whole days from the start of captivity to its end (release, death ...) or to now.

        None for a person who is missing (use :meth:`days_missing`) or who was never held.
        """
        if self.is_missing:
            return None
        return days_between(self.captivity_start, self.hostage_status, self.hostage_status_since, _now(now, self.clock))

    def proof_of_life_age_days(self, now: datetime | None = None) -> int | None:
        """Whole days since the last *verified* proof of life (None: there is none)."""
        if self.last_verified_proof_of_life is None or self.proof_of_life_withheld:
            return None
        return whole_days(self.last_verified_proof_of_life, _now(now, self.clock))

    def medical_watch_overdue(self, alert_days: int, now: datetime | None = None) -> bool:
        """True for a national still held or unaccounted for, with medical needs, and no welfare
        report for over ``alert_days`` days (counted from the captivity's start if none)."""
        if not has_medical_needs(self.person.medical_needs):
            return False
        if self.hostage_status is None or not self.hostage_status.in_captivity:
            return False
        since = self.last_welfare_report or self.captivity_start
        return since is not None and whole_days(since, _now(now, self.clock)) > alert_days

    def proof_of_life_overdue(self, alert_days: int, now: datetime | None = None) -> bool:
        """True for a national still held or unaccounted for whose last verified proof of life
        is older than ``alert_days`` days, or who has none after that long in captivity. Never
        for a reader outside the case team (:attr:`proof_of_life_withheld`)."""
        if self.proof_of_life_withheld:
            return False
        if self.hostage_status is None or not self.hostage_status.in_captivity or self.captivity_start is None:
            return False
        at = _now(now, self.clock)
        since = self.last_verified_proof_of_life or self.captivity_start
        return whole_days(since, at) > alert_days

    def days_missing(self, now: datetime | None = None) -> int | None:
        if not self.is_missing or self.captivity_start is None:
            return None
        return whole_days(self.captivity_start, _now(now, self.clock))

    def situation_label(self, now: datetime | None = None) -> str | None:
        """ "held for 416 days", "missing for 12 days", "released after 120 days"; None for non-hostages."""
        if self.role != ParticipantRole.HOSTAGE:
            return None
        return situation_label(
            self.hostage_status, self.captivity_start, self.hostage_status_since, _now(now, self.clock)
        )

    def to_json(self) -> dict:
        data = super().to_json()
        data["days_in_captivity"] = self.days_in_captivity()
        data["days_missing"] = self.days_missing()
        data["situation"] = self.situation_label()
        return data


@dataclass(frozen=True)
class CounterpartView(JsonMixin):
    id: int
    name: str
    category: CounterpartCategory
    role: str | None
    organisation: str | None
    phone: str | None
    email: str | None
    address: str | None
    reliability_note: str | None
    version: int = 1  # sent back with an edit: a stale save is refused

    @property
    def label(self) -> str:
        extra = ", ".join(x for x in (self.role, self.organisation) if x)
        return f"{self.name} ({extra})" if extra else self.name


@dataclass(frozen=True)
class LiaisonView(JsonMixin):
    id: int
    case_id: int
    kin: PersonView
    hostage_person_id: int
    hostage_name: str
    relationship: str
    phone: str | None
    email: str | None
    address: str | None
    preferred_language: str | None
    preferred_channel: Channel | None
    contact_every_days: int | None
    plan_channel: Channel | None
    plan_owner: str | None
    may_share: str | None
    notes: str | None
    counterpart_id: int
    last_contact_at: datetime | None
    version: int = 1  # sent back with an edit: a stale save is refused
    clock: Clock | None = field(default=None, compare=False, repr=False, metadata=_NOT_DATA)

    @property
    def next_contact_due(self) -> datetime | None:
        if not self.contact_every_days:
            return None
        if self.last_contact_at is None:
            return None
        return self.last_contact_at + timedelta(days=self.contact_every_days)

    def is_overdue(self, now: datetime | None = None) -> bool:
        """True when the agreed interval has passed since the last logged contact (or none yet)."""
        if not self.contact_every_days:
            return False
        if self.last_contact_at is None:
            return True
        return _now(now, self.clock) > self.next_contact_due

    def plan_text(self) -> str:
        if not self.contact_every_days:
            return translate("services.views", "No agreed contact plan")
        n = self.contact_every_days
        channel = self.plan_channel.label.lower() if self.plan_channel else ""
        if channel and self.plan_owner:
            text = translate("services.views", "Agreed every %n day(s) by {channel} ({owner})", "", n)
        elif channel:
            text = translate("services.views", "Agreed every %n day(s) by {channel}", "", n)
        elif self.plan_owner:
            text = translate("services.views", "Agreed every %n day(s) ({owner})", "", n)
        else:
            text = translate("services.views", "Agreed every %n day(s)", "", n)
        return text.format(channel=channel, owner=self.plan_owner)

    def to_json(self) -> dict:
        data = super().to_json()
        data["overdue"] = self.is_overdue()
        return data


@dataclass(frozen=True)
class ContactView(JsonMixin):
    id: int
    case_id: int
    case_reference: str
    occurred_at: datetime
    duration_minutes: int | None
    channel: Channel
    direction: Direction
    subject: str
    notes: str | None
    outcome: str | None
    follow_up_needed: bool
    restricted: bool
    counterparts: list[CounterpartView]
    staff_present: list[str]  # display names, for reading
    staff_usernames: list[str]  # the same people as accounts, in the same order, for editing
    recorded_by: str
    recorded_at: datetime
    updated_at: datetime
    revision: int
    recorded_by_id: int | None = None
    voided_at: datetime | None = None
    voided_by: str | None = None
    void_reason: str | None = None
    #: Intermediaries in this contact who were not vetted at the time ("Name (unvetted)").
    unvetted_intermediaries: list[str] = field(default_factory=list)

    @property
    def voided(self) -> bool:
        """A voided entry stays in the history, struck through; it counts for nothing."""
        return self.voided_at is not None

    @property
    def counterpart_names(self) -> str:
        return ", ".join(c.name for c in self.counterparts)

    @property
    def categories(self) -> list[CounterpartCategory]:
        return list(dict.fromkeys(c.category for c in self.counterparts))


@dataclass(frozen=True)
class ContactRevisionView(JsonMixin):
    revision: int
    occurred_at: datetime
    channel: Channel
    direction: Direction
    subject: str
    notes: str | None
    outcome: str | None
    restricted: bool
    written_at: datetime
    written_by: str
    replaced_at: datetime | None
    replaced_by: str | None


@dataclass(frozen=True)
class MilestoneView(JsonMixin):
    id: int
    case_id: int
    kind: MilestoneKind
    occurred_at: datetime
    title: str
    description: str | None
    source: str | None
    hostage_person_id: int | None
    hostage_name: str | None
    restricted: bool
    recorded_by: str
    recorded_at: datetime
    version: int = 1  # sent back with an edit: a stale save is refused
    recorded_by_id: int | None = None
    voided_at: datetime | None = None
    voided_by: str | None = None
    void_reason: str | None = None

    @property
    def voided(self) -> bool:
        """A voided entry stays in the history, struck through; it counts for nothing."""
        return self.voided_at is not None


@dataclass(frozen=True)
class TaskView(JsonMixin):
    id: int
    case_id: int
    case_reference: str
    title: str
    description: str | None
    assignee: str | None
    assignee_username: str | None
    due_at: datetime | None
    priority: Priority
    status: TaskStatus
    contact_id: int | None
    created_at: datetime
    created_by: str
    completed_at: datetime | None
    completed_by: str | None
    completion_note: str | None
    version: int = 1  # sent back with an edit: a stale save is refused
    created_by_id: int | None = None
    clock: Clock | None = field(default=None, compare=False, repr=False, metadata=_NOT_DATA)
    voided_at: datetime | None = None
    voided_by: str | None = None
    void_reason: str | None = None

    @property
    def voided(self) -> bool:
        """A voided entry stays in the history, struck through; it counts for nothing."""
        return self.voided_at is not None

    def is_overdue(self, now: datetime | None = None) -> bool:
        return self.status.is_open and self.due_at is not None and self.due_at < _now(now, self.clock)

    def to_json(self) -> dict:
        data = super().to_json()
        data["overdue"] = self.is_overdue()
        return data


@dataclass(frozen=True)
class DocumentView(JsonMixin):
    id: int
    case_id: int
    file_name: str
    media_type: str
    size_bytes: int
    sha256: str
    description: str | None
    restricted: bool
    added_at: datetime
    added_by: str
    version: int = 1  # sent back with an edit: a stale save is refused
    #: Who attached it (its author, for Void…).
    added_by_id: int | None = None
    voided_at: datetime | None = None
    voided_by: str | None = None
    void_reason: str | None = None

    @property
    def voided(self) -> bool:
        """A voided document stays in the list, struck through; it counts for nothing."""
        return self.voided_at is not None


@dataclass(frozen=True)
class CaseSummary(JsonMixin):
    """One row of the case list."""

    id: int
    reference: str
    title: str
    kind: CaseKind
    status: CaseStatus
    priority: Priority
    post_code: str
    country: str
    place: str
    incident_at: datetime
    timezone: str
    hostages_held: int
    hostages_total: int
    last_contact_at: datetime | None
    next_task_due: datetime | None
    lead_caseworker: str | None
    version: int
    clock: Clock | None = field(default=None, compare=False, repr=False, metadata=_NOT_DATA)

    def days_since_incident(self, now: datetime | None = None) -> int:
        return whole_days(self.incident_at, _now(now, self.clock))

    def next_task_overdue(self, now: datetime | None = None) -> bool:
        return self.next_task_due is not None and self.next_task_due < _now(now, self.clock)

    def to_json(self) -> dict:
        return {
            "reference": self.reference,
            "title": self.title,
            "kind": self.kind.value,
            "status": self.status.value,
            "priority": self.priority.value,
            "post": self.post_code,
            "country": self.country,
            "place": self.place,
            "incident_at": in_zone(self.incident_at, self.timezone).isoformat(),
            "timezone": self.timezone,
            "days_since_incident": self.days_since_incident(),
            "hostages_held": self.hostages_held,
            "hostages_total": self.hostages_total,
            "last_contact_at": self.last_contact_at.isoformat() if self.last_contact_at else None,
            "next_task_due": self.next_task_due.isoformat() if self.next_task_due else None,
            "lead_caseworker": self.lead_caseworker,
        }


@dataclass(frozen=True)
class CaseDetail(JsonMixin):
    id: int
    reference: str
    title: str
    kind: CaseKind
    status: CaseStatus
    priority: Priority
    post: PostView
    incident_at: datetime
    incident_site: str | None
    incident_town: str | None
    incident_region: str | None
    incident_country: str
    latitude: float | None
    longitude: float | None
    timezone: str
    circumstances: str | None
    attribution_level: AttributionLevel
    attribution_group: str | None
    attribution_source: str | None
    classification: Classification
    lead_caseworker: UserView | None
    supervisor: UserView | None
    created_at: datetime
    updated_at: datetime
    last_contact_at: datetime | None
    version: int
    status_history: list[StatusChangeView] = field(default_factory=list)
    participants: list[ParticipantView] = field(default_factory=list)
    next_of_kin: list[LiaisonView] = field(default_factory=list)
    counterparts: list[CounterpartView] = field(default_factory=list)
    milestones: list[MilestoneView] = field(default_factory=list)  # standing ones: what counts
    tasks: list[TaskView] = field(default_factory=list)
    contact_count: int = 0
    document_count: int = 0
    clock: Clock | None = field(default=None, compare=False, repr=False, metadata=_NOT_DATA)
    #: Milestones voided with a reason, for the history views that strike them through (a
    #: voided proof of life stays visible with who voided it and why). They count for nothing:
    #: ``milestones``, the last proof of life, briefs and the timeline leave them out.
    voided_milestones: list[MilestoneView] = field(default_factory=list)
    #: Every proof of life and welfare report, voided ones included, oldest first (the People
    #: tab's welfare history), also when the milestones are a page.
    welfare_milestones: list[MilestoneView] = field(default_factory=list, metadata=_NOT_DATA)
    #: The open task due first (the Overview's "next task due"), from all the case's tasks.
    next_task: TaskView | None = field(default=None, metadata=_NOT_DATA)
    #: Paged detail (``get_case(..., page=N)``) only, else None: ``milestones`` and
    #: ``voided_milestones`` are then the first N milestones, oldest first, and ``tasks`` the
    #: first N tasks by due time, voided ones included (``view.voided``); these are the totals:
    #: (standing, voided) milestones and (open, overdue, done or cancelled, voided) tasks.
    milestone_counts: tuple[int, int] | None = field(default=None, metadata=_NOT_DATA)
    task_counts: tuple[int, int, int, int] | None = field(default=None, metadata=_NOT_DATA)

    @property
    def milestone_history(self) -> list[MilestoneView]:
        """Every milestone, voided ones included (flagged ``voided``), in the order they happened."""
        return sorted([*self.milestones, *self.voided_milestones], key=lambda m: (m.occurred_at, m.id))

    @property
    def place(self) -> str:
        return ", ".join(x for x in (self.incident_site, self.incident_town, self.incident_region) if x)

    @property
    def hostages(self) -> list[ParticipantView]:
        return [p for p in self.participants if p.role == ParticipantRole.HOSTAGE]

    @property
    def hostages_held(self) -> int:
        return sum(1 for p in self.hostages if p.hostage_status and p.hostage_status.in_captivity)

    def days_since_incident(self, now: datetime | None = None) -> int:
        return whole_days(self.incident_at, _now(now, self.clock))

    def local(self, value: datetime | None) -> datetime | None:
        return in_zone(value, self.timezone)

    def to_json(self) -> dict:
        data = super().to_json()
        data["incident_at"] = in_zone(self.incident_at, self.timezone).isoformat()
        data["place"] = self.place
        data["hostages_held"] = self.hostages_held
        data["hostages_total"] = len(self.hostages)
        data["days_since_incident"] = self.days_since_incident()
        return data


@dataclass(frozen=True)
class SearchHit(JsonMixin):
    reference: str | None
    case_title: str | None
    entity: str  # case, person, counterpart, contact, milestone, task, document
    entity_id: int
    title: str
    snippet: str
    restricted: bool

    @property
    def why(self) -> str:
        labels = {
            "case": translate("services.views", "Case"),
            "person": translate("services.views", "Person"),
            "counterpart": translate("services.views", "Counterpart"),
            "contact": translate("services.views", "Contact note"),
            "milestone": translate("services.views", "Milestone"),
            "task": translate("services.views", "Task"),
            "document": translate("services.views", "Document"),
            "demand": translate("services.views", "Demand"),
            "pol_question": translate("services.views", "Proof-of-life question"),
            "pol_check": translate("services.views", "Proof-of-life check"),
            "detention": translate("services.views", "Detention"),
            "charge": translate("services.views", "Charge"),
            "hearing": translate("services.views", "Hearing"),
            "visit": translate("services.views", "Consular visit"),
            "note_verbale": translate("services.views", "Note verbale"),
            "family_update": translate("services.views", "Family update"),
        }
        return translate("services.views", "{what}: {text}").format(
            what=labels.get(self.entity, self.entity.title()), text=self.snippet or self.title
        )


@dataclass(frozen=True)
class AuditView(JsonMixin):
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    case_reference: str | None
    before: dict | None
    after: dict | None
    seq: int | None = None
    username: str = ""
    chain: str | None = None

    @property
    def changes(self) -> list[tuple[str, object, object]]:
        """(field, before, after) side by side, for every field either side names."""
        before, after = self.before or {}, self.after or {}
        return [(name, before.get(name), after.get(name)) for name in sorted(set(before) | set(after))]


@dataclass(frozen=True)
class PolQuestionView(JsonMixin):
    """A proof-of-life question. Outside the case team ``question`` and ``expected_answer``
    read "restricted" and ``withheld`` is True: the bank's size and states show, never its content."""

    id: int
    case_id: int
    hostage_person_id: int
    hostage_name: str
    question: str
    expected_answer: str | None
    state: PolQuestionState
    agreed_with: str | None
    agreed_at: datetime | None
    note: str | None
    created_at: datetime
    created_by: str
    updated_at: datetime
    version: int = 1
    withheld: bool = False


@dataclass(frozen=True)
class ProofOfLifeView(JsonMixin):
    """A proof of life with how it was checked. Outside the case team only its date shows
    (``withheld``): medium, question, answer and assessment are restricted content."""

    id: int  # the proof of life's milestone
    case_id: int
    hostage_person_id: int | None
    hostage_name: str | None
    occurred_at: datetime  # when it was received
    title: str
    description: str | None
    source: str | None
    medium: PolMedium | None
    question_id: int | None
    question: str | None
    answer_received: str | None
    answer_matched: bool | None
    claimed_at: datetime | None
    established_at: datetime | None
    assessment: PolAssessment
    assessment_basis: str | None
    assessed_by: str | None
    assessed_at: datetime | None
    recorded_by: str
    check_version: int | None = None  # None: recorded before checks existed (not yet assessed)
    voided_at: datetime | None = None
    withheld: bool = False

    @property
    def verified(self) -> bool:
        return self.assessment == PolAssessment.GENUINE and self.voided_at is None


@dataclass(frozen=True)
class FamilyShareView(JsonMixin):
    """An entry's *shareable with family* marking (consular.services.family_share)."""

    id: int
    case_id: int
    kind: str  #: "contact", "milestone" or "status"
    entry_id: int
    wording: str | None  #: as typed; None: the entry's own title or summary is said
    marked_by: str
    marked_at: datetime
    version: int = 1  # sent back with a change of wording or an unmark: a stale save is refused


@dataclass(frozen=True)
class SharedEntryView(JsonMixin):
    """One entry the family may be told of, with what is said: the marking's wording, or the
    entry's title or summary when the marking has none."""

    kind: str  #: "contact", "milestone" or "status"
    entry_id: int
    case_id: int
    at: datetime
    said: str  #: what the family is told
    wording: str | None  #: the marking's own wording (None: ``said`` is the entry's text)
    hostage_person_id: int | None  #: the hostage it concerns; None: the whole case
    status: HostageStatus | None = None  #: a status change: the new status
    marked_by: str = ""
    marked_at: datetime | None = None


@dataclass(frozen=True)
class LetterOptions(JsonMixin):
    """What the family update letter dialog offers for one next of kin."""

    liaison_id: int
    kin_name: str
    hostage_name: str
    preferred_language: str | None
    #: The template for the preferred language; None when there is none (offer English).
    language: str | None
    #: Every template: (code, the language's own name), English first.
    languages: list[tuple[str, str]]
    start: date  #: default period: the incident's day ...
    end: date  #: ... to today, in the case's zone
    shareable: int  #: entries the family may be told of in that period


@dataclass(frozen=True)
class IssuedLetter(JsonMixin):
    """A family update letter written to ``path``."""

    path: str
    language: str
    kin_name: str
    entries: int
    sha256: str
    chain_head: str
