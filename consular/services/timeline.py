"""The case timeline: one chronology assembled from every record of a case.

Sources: the incident itself, case status changes, hostage status changes, contact log
entries, milestones, tasks created, tasks completed and documents added. Each becomes a
:class:`~consular.domain.timeline.TimelineEvent` with a stable id (``contact:42``,
``task-done:7``), the instant in UTC and in the case's zone, who recorded it, the people
and counterparts involved, and the record it comes from.

:func:`case_timeline` is the read; :func:`export_timeline` builds, writes a file in one
of the export formats and records the export in the audit trail.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from consular.domain.enums import CaseStatus, TaskStatus
from consular.domain.errors import UserError, ValidationError
from consular.domain.masking import KnownIdentifiers, Redactor
from consular.domain.timeline import (
    CaptivitySpan,
    EventSource,
    EventType,
    Timeline,
    TimelineCase,
    TimelineEvent,
    TimelineScope,
    TodoInfo,
    sort_key,
)
from consular.domain.timeutil import (
    UTC,
    as_utc,
    parse_date,
    parse_datetime,
    require_aware,
    zone,
)
from consular.domain.validation import COUNTRIES
from consular.repositories import timeline as repo
from consular.services import need_to_know
from consular.services.cases import load_case
from consular.services.context import ServiceContext
from consular.services.outputs import deliver
from consular.services.permissions import action

Progress = Callable[[int, int], None]


@dataclass
class TimelineFilter:
    """What part of a timeline to show or export.

    ``start``/``end``: a :class:`date` (or "YYYY-MM-DD") is a whole day in the case's zone,
    ``end`` included; a :class:`datetime` must be aware, and ``end`` is then exclusive; ISO
    text with a time but no offset is read in the case's zone. ``types``: empty for
    every type. ``person_ids`` / ``counterpart_ids`` / ``names``: keep only events that
    involve one of them (names match case-insensitively, part of a name is enough).
    ``redact`` masks identifiers in titles and details and always leaves restricted events
    out, whatever ``include_restricted`` says.
    """

    start: date | datetime | str | None = None
    end: date | datetime | str | None = None
    types: frozenset[EventType] | set[EventType] | tuple = frozenset()
    person_ids: frozenset[int] | set[int] | tuple = frozenset()
    counterpart_ids: frozenset[int] | set[int] | tuple = frozenset()
    names: tuple[str, ...] | list[str] = ()
    include_restricted: bool = False
    redact: bool = False

    @property
    def restricted_shown(self) -> bool:
        return self.include_restricted and not self.redact

    @property
    def filters_people(self) -> bool:
        return bool(self.person_ids or self.counterpart_ids or self.names)


def parse_types(text: str | Iterable[str] | None) -> frozenset[EventType]:
    """Event types from ``"contact,milestone"`` or a list; unknown names raise
    ValidationError (field ``types``) listing the valid ones."""
    if text is None:
        return frozenset()
    items = text.split(",") if isinstance(text, str) else list(text)
    return frozenset(EventType.parse(item, "types") for item in items if str(item).strip())


def event_types() -> list[EventType]:
    return list(EventType)


def _bounds(flt: TimelineFilter, tz: str) -> tuple[datetime | None, datetime | None]:
    """The filter's window as UTC instants [start, end)."""
    zone_info = zone(tz)

    def to_instant(value, field_name: str, *, is_end: bool) -> datetime | None:
        if value is None or value == "":
            return None
        if isinstance(value, str):
            text = value.strip()
            # A bare date is a whole day; anything longer is an instant (read in the case's
            # zone when it has no offset).
            value = parse_date(text, field_name) if len(text) <= 10 else parse_datetime(text, field_name, tz)
        if isinstance(value, datetime):
            return require_aware(value, field_name)
        if isinstance(value, date):
            day = value + timedelta(days=1) if is_end else value
            # Midnight in the case's zone: a day runs from local midnight to local midnight,
            # whatever the offset was on either side of a DST change.
            return datetime.combine(day, time(0), tzinfo=zone_info).astimezone(UTC)
        raise ValidationError(field_name, f"'{value}' is not a date or a date and time.")

    start = to_instant(flt.start, "start", is_end=False)
    end = to_instant(flt.end, "end", is_end=True)
    if start is not None and end is not None and start >= end:
        raise ValidationError(
            "start",
            f"The start ({_show(flt.start)}) is after the end ({_show(flt.end)}); swap them or widen the range.",
        )
    return start, end


def _show(value) -> str:
    return value.isoformat() if isinstance(value, (date, datetime)) else str(value)


def _duration(minutes: int | None) -> str:
    if not minutes:
        return ""
    hours, mins = divmod(minutes, 60)
    return f"{hours} h {mins:02d} min" if hours else f"{mins} min"


def _lines(*parts: str | None) -> str:
    return "\n".join(p.strip() for p in parts if p and p.strip())


@dataclass
class _Builder:
    """Collects events for one case, applying the zone, the filter and redaction."""

    tz: str
    flt: TimelineFilter
    scrub: Callable[[str | None], str | None]
    names: tuple[str, ...] = ()
    events: list[TimelineEvent] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.zone = zone(self.tz)
        self.names = tuple(n.strip().lower() for n in self.flt.names if n and n.strip())

    def wants(self, event_type: EventType) -> bool:
        return not self.flt.types or event_type in self.flt.types

    def _involves(self, people: tuple[str, ...], person_ids, counterpart_ids) -> bool:
        if not self.flt.filters_people:
            return True
        if self.flt.person_ids and any(pid in self.flt.person_ids for pid in person_ids):
            return True
        if self.flt.counterpart_ids and any(cid in self.flt.counterpart_ids for cid in counterpart_ids):
            return True
        if self.names:
            lowered = [p.lower() for p in people]
            return any(n in p for n in self.names for p in lowered)
        return False

    def add(
        self,
        event_type: EventType,
        source: EventSource,
        at: datetime,
        title: str,
        detail: str,
        *,
        people: Iterable[str] = (),
        recorded_by: str | None = None,
        restricted: bool = False,
        subtype: str | None = None,
        person_ids: Iterable[int | None] = (),
        counterpart_ids: Iterable[int] = (),
        todo: TodoInfo | None = None,
        duration_minutes: int | None = None,
    ) -> None:
        people_t = tuple(dict.fromkeys(p for p in people if p))
        pids = tuple(p for p in person_ids if p is not None)
        cids = tuple(counterpart_ids)
        if restricted and not self.flt.restricted_shown:
            return
        if not self._involves(people_t, pids, cids):
            return
        if self.flt.redact:
            title = self.scrub(title)
            detail = self.scrub(detail)
            if todo is not None:
                todo = TodoInfo(self.scrub(todo.title), todo.due_at, todo.status, todo.priority, todo.assignee)
        at = as_utc(at)
        self.events.append(
            TimelineEvent(
                id=f"{event_type.value}:{source.id}",
                at=at,
                local_time=at.astimezone(self.zone),
                type=event_type,
                title=title,
                detail=detail or "",
                people=people_t,
                recorded_by=recorded_by,
                restricted=bool(restricted),
                source=source,
                subtype=subtype,
                person_ids=pids,
                counterpart_ids=cids,
                todo=todo,
                duration_minutes=duration_minutes or None,
            )
        )


def _captivity(rows) -> list[CaptivitySpan]:
    """Stretches in captivity per hostage from their status history (ordered by person, time)."""
    spans: list[CaptivitySpan] = []
    by_person: dict[int, list] = defaultdict(list)
    for row in rows:
        by_person[row[6]].append(row)
    for person_id, events in by_person.items():
        name = events[0][7]
        current = events[-1][1].value
        start = None
        for event in events:
            status = event[1]
            if status.in_captivity and start is None:
                start = event[2]
            elif not status.in_captivity and start is not None:
                spans.append(CaptivitySpan(person_id, name, start, event[2], status.value))
                start = None
        if start is not None:
            spans.append(CaptivitySpan(person_id, name, start, None, current))
    return spans


def _redactor(session, case_id: int) -> Redactor:
    """The same masking rules as redacted briefs, fed with what the case records."""
    found = repo.sensitive_values(session, case_id)
    return Redactor(
        [
            KnownIdentifiers(
                passport_numbers=tuple(found["passports"]),
                other_ids=tuple(found["ids"]),
                phones=tuple(found["phones"]),
                emails=tuple(found["emails"]),
                dates_of_birth=tuple(found["dobs"]),
                addresses=tuple(found["addresses"]),
            )
        ]
    )


@action("timeline.case_timeline")
def case_timeline(ctx: ServiceContext, reference: str, flt: TimelineFilter | None = None) -> Timeline:
    """The chronology of one case, oldest first, as filtered by ``flt``.

    By default every type, the whole life of the case and no restricted entries. Raises
    NotFoundError for an unknown case, ValidationError for a filter that cannot hold
    (start after end, naive datetimes), and PermissionDeniedError when restricted entries are
    asked for by someone outside the case's team (need-to-know). An unredacted timeline (it
    shows identifiers) or one with restricted entries is audited as a read.
    """
    return _build(ctx, reference, flt, audit_read=True)


def _build(ctx: ServiceContext, reference: str, flt: TimelineFilter | None, *, audit_read: bool) -> Timeline:
    """The timeline; ``audit_read=False`` for an export, whose own audit entry says what it held."""
    flt = flt or TimelineFilter()
    with ctx.transaction() as session:
        case = load_case(session, reference)
        if flt.restricted_shown:
            need_to_know.require_for(ctx, session, case.id, case.reference)
        start, end = _bounds(flt, case.timezone)
        window = repo.Window(start, end, include_restricted=flt.restricted_shown)
        scrub = _redactor(session, case.id) if flt.redact else Redactor.off()
        b = _Builder(case.timezone, flt, scrub)
        hostages = repo.hostages(session, case.id)
        hostage_names = [name for _pid, name, _native, _status in hostages]

        def inside(at: datetime) -> bool:
            return (start is None or at >= start) and (end is None or at < end)

        if b.wants(EventType.INCIDENT) and inside(case.incident_at):
            place = ", ".join(
                x
                for x in (
                    case.incident_site,
                    case.incident_town,
                    case.incident_region,
                    COUNTRIES.get(case.incident_country, case.incident_country),
                )
                if x
            )
            attribution = case.attribution_level.label
            if case.attribution_group:
                attribution += f": {case.attribution_group}"
            b.add(
                EventType.INCIDENT,
                EventSource("case", case.id),
                case.incident_at,
                f"Incident: {case.title}",
                _lines(
                    f"Place: {place}" if place else None,
                    f"Kind: {case.kind.label}",
                    f"Attribution: {attribution}",
                    case.circumstances,
                ),
                people=hostage_names,
                recorded_by=repo.opened_by(session, case.id),
                subtype=case.kind.value,
                person_ids=[pid for pid, *_ in hostages],
            )

        if b.wants(EventType.CASE_STATUS):
            for sid, old, new, at, reason, by in repo.status_changes(session, case.id, window):
                title = (
                    "Case opened"
                    if old is None
                    else (
                        f"Case reopened: {old.label.lower()} to {new.label.lower()}"
                        if old in (CaseStatus.RESOLVED, CaseStatus.CLOSED)
                        and new in (CaseStatus.OPEN, CaseStatus.ACTIVE)
                        else f"Case status: {old.label.lower()} to {new.label.lower()}"
                    )
                )
                b.add(
                    EventType.CASE_STATUS,
                    EventSource("status_change", sid),
                    at,
                    title,
                    reason or "",
                    recorded_by=by,
                    subtype=new.value,
                )

        status_rows = list(repo.hostage_status_events(session, case.id))
        if b.wants(EventType.HOSTAGE_STATUS):
            for eid, status, at, note, source, by, pid, name, _native in status_rows:
                if not inside(at):
                    continue
                b.add(
                    EventType.HOSTAGE_STATUS,
                    EventSource("hostage_status", eid),
                    at,
                    f"{name}: {status.label.lower()}",
                    _lines(note, f"Source: {source}" if source else None),
                    people=[name],
                    recorded_by=by,
                    subtype=status.value,
                    person_ids=[pid],
                )

        if b.wants(EventType.MILESTONE):
            for mid, kind, at, title, description, source, restricted, by, hostage_id, hostage_name in repo.milestones(
                session, case.id, window
            ):
                b.add(
                    EventType.MILESTONE,
                    EventSource("milestone", mid),
                    at,
                    f"{kind.label}: {title}",
                    _lines(description, f"Source: {source}" if source else None),
                    people=[hostage_name] if hostage_name else (),
                    recorded_by=by,
                    restricted=restricted,
                    subtype=kind.value,
                    person_ids=[hostage_id],
                )

        if b.wants(EventType.CONTACT):
            counterparts: dict[int, list] = defaultdict(list)
            for contact_id, cid, name, person_id in repo.contact_counterparts(session, case.id, window):
                counterparts[contact_id].append((cid, name, person_id))
            staff: dict[int, list[str]] = defaultdict(list)
            for contact_id, name in repo.contact_staff(session, case.id, window):
                staff[contact_id].append(name)
            for (
                cid,
                at,
                minutes,
                channel,
                direction,
                subject,
                notes,
                outcome,
                follow_up,
                restricted,
                by,
            ) in repo.contacts(session, case.id, window):
                involved = counterparts.get(cid, ())
                how = f"{channel.label}, {direction.label.lower()}"
                if minutes:
                    how += f", {_duration(minutes)}"
                b.add(
                    EventType.CONTACT,
                    EventSource("contact", cid),
                    at,
                    subject,
                    _lines(
                        how,
                        notes,
                        f"Outcome: {outcome}" if outcome else None,
                        "Follow-up needed." if follow_up else None,
                        ("Staff present: " + ", ".join(staff[cid])) if staff.get(cid) else None,
                    ),
                    people=[name for _id, name, _p in involved],
                    recorded_by=by,
                    restricted=restricted,
                    subtype=channel.value,
                    person_ids=[p for _id, _n, p in involved],
                    counterpart_ids=[i for i, _n, _p in involved],
                    duration_minutes=minutes,
                )

        task_types = [t for t in (EventType.TASK, EventType.TASK_DONE) if b.wants(t)]
        for task_type in task_types:
            rows = (repo.tasks_created if task_type is EventType.TASK else repo.tasks_completed)(
                session, case.id, window
            )
            for (
                tid,
                title,
                description,
                due,
                priority,
                status,
                contact_id,
                created_at,
                created_by,
                assignee,
                completed_at,
                completed_by,
                note,
                from_restricted,
            ) in rows:
                restricted = bool(from_restricted)
                if task_type is EventType.TASK:
                    todo = TodoInfo(title, due, status.value, priority.value, assignee) if status.is_open else None
                    b.add(
                        EventType.TASK,
                        EventSource("task", tid),
                        created_at,
                        f"Task: {title}",
                        _lines(
                            f"Assigned to {assignee}" if assignee else "Not assigned",
                            f"Due {_local_text(due, b.zone)}" if due else None,
                            f"Priority: {priority.label.lower()}",
                            f"Raised by contact:{contact_id}" if contact_id else None,
                            description,
                        ),
                        recorded_by=created_by,
                        restricted=restricted,
                        subtype=status.value,
                        todo=todo,
                    )
                else:
                    b.add(
                        EventType.TASK_DONE,
                        EventSource("task", tid),
                        completed_at,
                        f"Task done: {title}",
                        _lines(note, f"Assigned to {assignee}" if assignee else None),
                        recorded_by=completed_by or created_by,
                        restricted=restricted,
                        subtype=TaskStatus.DONE.value,
                    )

        if b.wants(EventType.DOCUMENT):
            for did, file_name, media, size, description, restricted, at, by in repo.documents(
                session, case.id, window
            ):
                b.add(
                    EventType.DOCUMENT,
                    EventSource("document", did),
                    at,
                    f"Document: {file_name}",
                    _lines(description, f"{media}, {_size(size)}"),
                    recorded_by=by,
                    restricted=restricted,
                    subtype=media,
                )

        events = b.events
        events.sort(key=sort_key)
        place = ", ".join(
            x
            for x in (
                case.incident_town,
                case.incident_region,
                COUNTRIES.get(case.incident_country, case.incident_country),
            )
            if x
        )
        header = TimelineCase(
            id=case.id,
            reference=case.reference,
            title=case.title,
            kind=case.kind.label,
            status=case.status.label,
            classification=case.classification.label,
            timezone=case.timezone,
            incident_at=case.incident_at,
            place=place,
            post=case.post.name,
            captivity=_captivity(status_rows),
        )
        people_names = tuple(flt.names)
        scope = TimelineScope(
            start=start,
            end=end,
            types=tuple(t for t in EventType if t in flt.types),
            people=people_names
            + tuple(f"person #{p}" for p in sorted(flt.person_ids))
            + tuple(f"counterpart #{c}" for c in sorted(flt.counterpart_ids)),
            include_restricted=flt.restricted_shown,
            redacted=flt.redact,
        )
        if audit_read and (flt.restricted_shown or not flt.redact):
            ctx.record_read(
                "timeline",
                "case",
                case.id,
                case_id=case.id,
                restricted=flt.restricted_shown,
                identifiers=not flt.redact,
            )
    return Timeline(
        case=header, scope=scope, generated_at=ctx.now(), generated_by=ctx.actor.display_name, events=events
    )


def _local_text(value: datetime | None, zone_info) -> str:
    if value is None:
        return ""
    return as_utc(value).astimezone(zone_info).strftime("%Y-%m-%d %H:%M %Z")


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / 1024 / 1024:.1f} MB"


__all__ = [
    "EmptyExportError",
    "EventType",
    "TimelineFilter",
    "case_timeline",
    "event_types",
    "export_timeline",
    "parse_types",
]


@action("timeline.export_timeline")
def export_timeline(
    ctx: ServiceContext,
    reference: str,
    fmt: str,
    path: str | os.PathLike,
    flt: TimelineFilter | None = None,
    *,
    progress: Progress | None = None,
    allow_empty: bool = False,
) -> Timeline:
    """Build the timeline and write it to ``path`` as ``fmt`` (csv, json, ics, pdf, xlsx).

    The export and its audit entry ``timeline.export`` go together
    (:func:`consular.services.outputs.deliver`): the file is written to a private temporary
    file, the export is recorded (which case, format, how many events, redacted or not,
    restricted or not, file name, SHA-256 of the bytes) and only then renamed into place. If
    anything fails, nothing is left at ``path`` (an earlier file of that name is untouched)
    and the failure is recorded as ``timeline.export.failed``.

    An export in which nothing matches is refused with EmptyExportError unless
    ``allow_empty``: an empty file would replace an earlier export with nothing.

    Raises ValidationError for an unknown format or a bad filter, NotFoundError for an
    unknown case, EmptyExportError, DiskFullError / UserError when the file cannot be
    written, DatabaseLockedError when the export cannot be recorded. Returns the timeline
    that was written.
    """
    from consular.reports import timeline_export

    render = timeline_export.renderer_for(fmt)
    target = Path(path)
    timeline = _build(ctx, reference, flt, audit_read=False)
    if not timeline.events and not allow_empty:
        raise EmptyExportError(
            f"No events of {timeline.case.reference} match this export ({timeline.scope.describe()}); "
            + (f"'{target.name}' was left as it was." if target.exists() else "nothing was written.")
            + " Check the filters, or allow an empty export."
        )

    def write(temp: Path) -> None:
        render(timeline, temp, progress=progress)

    def authorise(session, sha256: str, size: int) -> None:
        ctx.audit(
            session,
            "timeline.export",
            "case",
            timeline.case.id,
            case_id=timeline.case.id,
            after={
                "format": fmt.lower(),
                "events": len(timeline.events),
                "file": target.name,
                "sha256": sha256,
                "bytes": size,
                "redacted": timeline.scope.redacted,
                "include_restricted": timeline.scope.include_restricted,
                "scope": timeline.scope.describe(),
            },
        )

    deliver(
        ctx,
        target,
        write,
        authorise,
        action="timeline.export",
        entity="case",
        entity_id=timeline.case.id,
        case_id=timeline.case.id,
    )
    return timeline


class EmptyExportError(UserError):
    """Nothing matches the export's filters, and an empty file was not asked for."""
