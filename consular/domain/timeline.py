"""The case timeline as plain data: one chronology of everything that happened in a case.

The service layer (:mod:`consular.services.timeline`) builds these objects from the
database; the exporters (:mod:`consular.reports.timeline_export`) and the GUI's Timeline
tab only read them. Every time is an aware datetime: ``at`` in UTC, ``local_time`` the
same instant in the case's zone.

Event ids are ``<type>:<source id>`` ("contact:42", "task-done:7", "incident:3"; a stage of a
detention record adds ``:<stage>``, "consular-visit:4:decided") and stay
the same from one export to the next, so a lawyer's annotated copy can be matched with a
later one. Events are ordered by :func:`sort_key`: instant (UTC), then a fixed rank of
the type (so that at the same minute the incident comes before the status change it
caused, and a task is created before it is done), then the source id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from consular.domain.enums import LabelledEnum
from consular.i18n import QT_TRANSLATE_NOOP, translate


class EventType(LabelledEnum):
    """Timeline event type."""

    INCIDENT = ("incident", QT_TRANSLATE_NOOP("EventType", "Incident"))
    CASE_STATUS = ("case-status", QT_TRANSLATE_NOOP("EventType", "Case status"))
    HOSTAGE_STATUS = ("hostage-status", QT_TRANSLATE_NOOP("EventType", "Hostage status"))
    MILESTONE = ("milestone", QT_TRANSLATE_NOOP("EventType", "Milestone"))
    CONTACT = ("contact", QT_TRANSLATE_NOOP("EventType", "Contact"))
    TASK = ("task", QT_TRANSLATE_NOOP("EventType", "Task created"))
    TASK_DONE = ("task-done", QT_TRANSLATE_NOOP("EventType", "Task completed"))
    DOCUMENT = ("document", QT_TRANSLATE_NOOP("EventType", "Document added"))
    DEMAND = ("demand", QT_TRANSLATE_NOOP("EventType", "Demand"))
    # Wrongful detention (services/detention.py). A visit request and a note verbale give one
    # event per stage (requested/decided/visited, sent/answered): their ids end in the stage.
    CHARGE = ("charge", QT_TRANSLATE_NOOP("EventType", "Charge"))
    HEARING = ("hearing", QT_TRANSLATE_NOOP("EventType", "Court hearing"))
    CONSULAR_VISIT = ("consular-visit", QT_TRANSLATE_NOOP("EventType", "Consular visit"))
    NOTE_VERBALE = ("note-verbale", QT_TRANSLATE_NOOP("EventType", "Note verbale"))
    REPATRIATION = ("repatriation", QT_TRANSLATE_NOOP("EventType", "Repatriation"))
    FAMILY_UPDATE = ("family-update", QT_TRANSLATE_NOOP("EventType", "Family update"))
    # Another case linked with this one, and unlinked: two events, the second's id ends in "unlinked".
    CASE_LINK = ("case-link", QT_TRANSLATE_NOOP("EventType", "Linked case"))
    # A next of kin's family liaison officer: the first one and every change, with the reason.
    OFFICER_CHANGE = ("officer-change", QT_TRANSLATE_NOOP("EventType", "Liaison officer"))

    @property
    def rank(self) -> int:
        """Order among events at the same instant (the declaration order above)."""
        return _RANKS[self]

    @classmethod
    def parse(cls, text: str, field: str | None = None) -> EventType:
        """The type named by ``text`` ("task-done", "task_done", "Task completed", any case)."""
        from consular.domain.errors import ValidationError

        key = _key(text)
        for member in cls:
            if key in (_key(member.value), _key(member.english_label), _key(member.label)):
                return member
        raise ValidationError(
            field or "types",
            translate("domain.timeline", "'{text}' is not a timeline event type; use one of: {choices}").format(
                text=(text or "").strip(), choices=", ".join(m.value for m in cls)
            ),
        )


def _key(text: str | None) -> str:
    return (text or "").strip().lower().replace("-", "_").replace(" ", "_")


_RANKS = {member: index for index, member in enumerate(EventType)}

#: The events of a wrongful detention's records (charges, hearings, visits, notes verbales).
DETENTION_TYPES = frozenset({EventType.CHARGE, EventType.HEARING, EventType.CONSULAR_VISIT, EventType.NOTE_VERBALE})

#: One colour per type, shared by the PDF and the Timeline tab so they read alike.
TYPE_COLOURS = {
    EventType.INCIDENT: "#B71C1C",
    EventType.CASE_STATUS: "#455A64",
    EventType.HOSTAGE_STATUS: "#6A1B9A",
    EventType.MILESTONE: "#E65100",
    EventType.CONTACT: "#1565C0",
    EventType.TASK: "#2E7D32",
    EventType.TASK_DONE: "#689F38",
    EventType.DOCUMENT: "#6D4C41",
    EventType.DEMAND: "#C62828",
    EventType.CHARGE: "#4E342E",
    EventType.HEARING: "#283593",
    EventType.CONSULAR_VISIT: "#00838F",
    EventType.NOTE_VERBALE: "#5D4037",
    EventType.REPATRIATION: "#00838F",
    EventType.FAMILY_UPDATE: "#00838F",
    EventType.CASE_LINK: "#546E7A",
    EventType.OFFICER_CHANGE: "#6A1B9A",
}

#: The field names every export carries for each event, in this order.
EXPORT_FIELDS = (
    "id",
    "at",
    "local_time",
    "type",
    "title",
    "detail",
    "people",
    "recorded_by",
    "restricted",
    "source",
    "shareable",
)

#: The title of a restricted entry shown to someone who may not (or did not ask to) read it:
#: the entry's date and type stay, everything else is left out (need-to-know).
#: Marked here, translated where it is shown: ``translate("domain.timeline", RESTRICTED_TITLE)``.
RESTRICTED_TITLE = QT_TRANSLATE_NOOP("domain.timeline", "Restricted")


@dataclass(frozen=True, slots=True)
class EventSource:
    """The record an event comes from, and its id. Entities: ``case`` (the incident),
    ``status_change``, ``hostage_status``, ``contact``, ``milestone``, ``task``, ``document``,
    ``demand``, ``charge``, ``hearing``, ``visit``, ``note_verbale``, ``repatriation_item``,
    ``family_update``."""

    entity: str
    id: int

    def __str__(self) -> str:
        return f"{self.entity}:{self.id}"


@dataclass(frozen=True, slots=True)
class TodoInfo:
    """What a calendar needs to show a still-open task as a to-do."""

    title: str
    due_at: datetime | None
    status: str  # "open" or "in_progress"
    priority: str  # low, normal, high, critical
    assignee: str | None


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    id: str
    at: datetime
    local_time: datetime
    type: EventType
    title: str
    detail: str
    people: tuple[str, ...]
    recorded_by: str | None
    restricted: bool
    source: EventSource
    #: A finer kind for icons and colours: the milestone kind, the contact channel, the
    #: new status. Not exported.
    subtype: str | None = None
    person_ids: tuple[int, ...] = ()
    counterpart_ids: tuple[int, ...] = ()
    #: Set on task-created events whose task is still open (for calendar to-dos).
    todo: TodoInfo | None = None
    #: How long it lasted, when recorded (a contact's duration); calendars use it.
    duration_minutes: int | None = None
    #: Marked shareable with family (consular.services.family_share); never a restricted entry.
    shareable: bool = False

    def sort_key(self) -> tuple:
        return sort_key(self)


def sort_key(event: TimelineEvent) -> tuple:
    """Chronological order that does not depend on the zone anything was typed in."""
    return (event.at, event.type.rank, event.source.id, event.id)


@dataclass(frozen=True, slots=True)
class CaptivitySpan:
    """One stretch in captivity of one national (``end`` None while still held)."""

    person_id: int
    name: str
    start: datetime
    end: datetime | None
    status: str  # the current status, e.g. "held", "released"


@dataclass(frozen=True)
class TimelineCase:
    """The case a timeline belongs to, as exports print it in their header."""

    id: int
    reference: str
    title: str
    kind: str
    status: str
    classification: str  # the marking as printed, e.g. "CONFIDENTIAL"
    timezone: str
    incident_at: datetime
    place: str
    post: str
    captivity: list[CaptivitySpan] = field(default_factory=list)


def restricted_scope(include_restricted: bool, filters_people: bool) -> str:
    """How a timeline treats restricted entries, in the words its header and exports use.

    Not shown, each is a placeholder with its date and type only; filtered by people, not even
    that, since a match would tell who took part."""
    if include_restricted:
        return translate("domain.timeline", "restricted entries included")
    if filters_people:
        return translate("domain.timeline", "restricted entries left out")
    return translate("domain.timeline", "restricted entries shown as placeholders (date and type only)")


@dataclass(frozen=True)
class TimelineScope:
    """What a timeline was asked for: shown on exports so a reader knows what is missing."""

    start: datetime | None = None
    end: datetime | None = None  # exclusive
    types: tuple[EventType, ...] = ()  # empty: every type
    people: tuple[str, ...] = ()  # names of the people/counterparts filtered on
    include_restricted: bool = False
    redacted: bool = False

    def describe(self) -> str:
        parts = []
        if self.start or self.end:
            start = self.start.isoformat() if self.start else translate("domain.timeline", "the start")
            end = self.end.isoformat() if self.end else translate("domain.timeline", "now")
            parts.append(translate("domain.timeline", "from {start} to {end}").format(start=start, end=end))
        if self.types:
            parts.append(
                translate("domain.timeline", "types: {types}").format(types=", ".join(t.value for t in self.types))
            )
        if self.people:
            parts.append(translate("domain.timeline", "involving: {people}").format(people=", ".join(self.people)))
        parts.append(restricted_scope(self.include_restricted, bool(self.people)))
        if self.redacted:
            parts.append(translate("domain.timeline", "personal identifiers redacted"))
        return "; ".join(parts)


@dataclass(frozen=True)
class Timeline:
    case: TimelineCase
    scope: TimelineScope
    generated_at: datetime
    generated_by: str
    events: list[TimelineEvent]
    #: The audit chain head (``seq:hash``) printed on an export as an anchor; None on screen.
    chain_head: str | None = None

    def __len__(self) -> int:
        return len(self.events)
