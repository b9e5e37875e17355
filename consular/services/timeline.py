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

import dataclasses
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from consular.domain.errors import UserError, ValidationError
from consular.domain.masking import Redactor
from consular.domain.timeline import EventType, Timeline, TimelineEvent, TimelineScope, sort_key
from consular.domain.timeutil import UTC, parse_date, parse_datetime, require_aware, zone
from consular.i18n import translate, using_language
from consular.repositories import family_shares
from consular.repositories import timeline as repo
from consular.services import cyclic_gc, need_to_know, outputs
from consular.services.audit_chain import ChainHead
from consular.services.cases import load_case
from consular.services.context import ServiceContext
from consular.services.permissions import action
from consular.services.timeline_events import ASSEMBLERS, CaseRecords, EventBuilder, redactor, timeline_case

Progress = Callable[[int, int], None]


@dataclass
class TimelineFilter:
    """What part of a timeline to show or export.

    ``start``/``end``: a :class:`date` (or "YYYY-MM-DD") is a whole day in the case's zone,
    ``end`` included; a :class:`datetime` must be aware, and ``end`` is then exclusive; ISO
    text with a time but no offset is read in the case's zone. ``types``: empty for
    every type. ``person_ids`` / ``counterpart_ids`` / ``names``: keep only events that
    involve one of them (names match case-insensitively, part of a name is enough).
    ``redact`` masks identifiers in titles and details and never shows restricted content,
    whatever ``include_restricted`` says. ``mask_names`` (only with ``redact``) masks the
    names of the case's people and next of kin too, native-script forms included, in the
    text, the people of each event and the captivity spans.

    Restricted entries whose content is not shown (not asked for, or a redacted timeline) are
    placeholders: their time, their type and the title "Restricted", nothing else, for
    everyone alike, the case team included. With a filter on people they are left out, since
    a match would tell who took part.
    """

    start: date | datetime | str | None = None
    end: date | datetime | str | None = None
    types: frozenset[EventType] | set[EventType] | tuple = frozenset()
    person_ids: frozenset[int] | set[int] | tuple = frozenset()
    counterpart_ids: frozenset[int] | set[int] | tuple = frozenset()
    names: tuple[str, ...] | list[str] = ()
    include_restricted: bool = False
    redact: bool = False
    mask_names: bool = False

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
        raise ValidationError(
            field_name,
            translate("services.timeline", "'{value}' is not a date or a date and time.").format(value=value),
        )

    start = to_instant(flt.start, "start", is_end=False)
    end = to_instant(flt.end, "end", is_end=True)
    if start is not None and end is not None and start >= end:
        raise ValidationError(
            "start",
            translate(
                "services.timeline", "The start ({show}) is after the end ({show2}); swap them or widen the range."
            ).format(show=_show(flt.start), show2=_show(flt.end)),
        )
    return start, end


def _show(value) -> str:
    return value.isoformat() if isinstance(value, (date, datetime)) else str(value)


@action("timeline.case_timeline")
def case_timeline(
    ctx: ServiceContext, reference: str, flt: TimelineFilter | None = None, *, restricted_if_allowed: bool = False
) -> Timeline:
    """The chronology of one case, oldest first, as filtered by ``flt``.

    By default every type, the whole life of the case and restricted entries as placeholders
    (date, type, "Restricted"). Raises
    NotFoundError for an unknown case, ValidationError for a filter that cannot hold
    (start after end, naive datetimes), and PermissionDeniedError when restricted entries are
    asked for by someone outside the case's team (need-to-know). An unredacted timeline (it
    shows identifiers) or one with restricted entries is audited as a read.

    ``restricted_if_allowed`` (a screen that shows what its reader may see): ``include_restricted``
    is granted if the actor may read the case's restricted content and quietly dropped (the
    entries are placeholders) if not, instead of refused; ``scope.include_restricted`` says which.
    """
    return _build(ctx, reference, flt, audit_read=True, restricted_if_allowed=restricted_if_allowed)[0]


def _build(
    ctx: ServiceContext,
    reference: str,
    flt: TimelineFilter | None,
    *,
    audit_read: bool,
    anchor: bool = False,
    restricted_if_allowed: bool = False,
) -> tuple[Timeline, ChainHead | None]:
    """The timeline; ``audit_read=False`` for an export, whose own audit entry says what it held.

    ``anchor`` (an export): also read the audit chain head in the same transaction as the
    events and print it on the timeline (``chain_head``), so the head an export carries pins
    exactly the history it was read from; it is returned too. Its transaction reads one state
    of the database throughout (:func:`consular.repositories.timeline.one_view`)."""
    flt = flt or TimelineFilter()
    if flt.mask_names and not flt.redact:
        raise ValidationError(
            "mask_names",
            translate("services.timeline", "Names are masked in redacted copies only: ask for redaction too."),
        )
    head = None
    with ctx.transaction() as session:
        if anchor:  # an export, which records nothing in this transaction (deliver does, after)
            repo.one_view(session)
        case = load_case(session, reference)
        if flt.restricted_shown and restricted_if_allowed and not need_to_know.may_see(ctx, session, case.id):
            flt = dataclasses.replace(flt, include_restricted=False)
        if flt.restricted_shown:
            need_to_know.require_for(ctx, session, case.id, case.reference)
        start, end = _bounds(flt, case.timezone)
        # Restricted rows are read when shown, and otherwise for their placeholders (none when
        # filtering by people: see EventBuilder); the builder keeps their content out.
        window = repo.Window(start, end, include_restricted=flt.restricted_shown or not flt.filters_people)
        # The contacts (most of a long case) asked for first: for an export a server reads
        # them meanwhile.
        wanted = not flt.types or EventType.CONTACT in flt.types
        records = CaseRecords(
            session,
            case,
            window,
            contacts=repo.contacts_ahead(session, case.id, window, beside=anchor) if wanted else None,
            hostages=repo.hostages(session, case.id),
            status_rows=list(repo.hostage_status_events(session, case.id)),
            shared=family_shares.shared_keys(session, case.id),
        )
        scrub = redactor(session, case.id, mask_names=flt.mask_names) if flt.redact else Redactor.off()
        # Tens of thousands of events, which hold no reference cycles (a test checks) and all live
        # to the end: the collector would only scan them, again and again as they grow, a quarter
        # of a 20,000-event CSV export's CPU.
        with cyclic_gc.paused():
            events = _events(records, flt, start, end, scrub)
        header = timeline_case(case, records.status_rows)
        if flt.mask_names:
            header = replace(header, captivity=tuple(replace(c, name=scrub(c.name)) for c in header.captivity))
        if audit_read and (flt.restricted_shown or not flt.redact):
            ctx.record_read(
                "timeline",
                "case",
                case.id,
                case_id=case.id,
                restricted=flt.restricted_shown,
                identifiers=not flt.redact,
            )
        if anchor:
            head = outputs.read_anchor(session)
    return Timeline(
        case=header,
        scope=_scope(flt, start, end),
        generated_at=ctx.now(),
        generated_by=ctx.actor.display_name,
        events=events,
        chain_head=outputs.anchor_text(head) if anchor else None,
    ), head


def _events(
    records: CaseRecords, flt: TimelineFilter, start: datetime | None, end: datetime | None, scrub: Redactor
) -> list[TimelineEvent]:
    """Every wanted source's events, filtered and redacted, oldest first."""
    builder = EventBuilder(records.case.timezone, flt, scrub, start, end)
    for event_type, assemble in ASSEMBLERS:
        if builder.wants(event_type):
            assemble(builder, records)
    builder.events.sort(key=sort_key)
    if flt.mask_names:
        # The people of an event were matched against the name filter unmasked; shown masked.
        return [replace(e, people=tuple(scrub(p) for p in e.people)) for e in builder.events]
    return builder.events


def _scope(flt: TimelineFilter, start: datetime | None, end: datetime | None) -> TimelineScope:
    """What the timeline holds, as its header and exports describe it."""
    return TimelineScope(
        start=start,
        end=end,
        types=tuple(t for t in EventType if t in flt.types),
        people=tuple(flt.names)
        + tuple(f"person #{p}" for p in sorted(flt.person_ids))
        + tuple(f"counterpart #{c}" for c in sorted(flt.counterpart_ids)),
        include_restricted=flt.restricted_shown,
        redacted=flt.redact,
    )


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
    and the failure is recorded as ``timeline.export.failed``. ``progress(done, total)`` may
    raise :class:`~consular.domain.errors.Cancelled` to stop the export (the GUI's Cancel):
    then nothing is left at ``path`` either, and nothing is recorded.

    Every format carries the audit chain head (``seq:hash``, see
    :func:`consular.services.outputs.read_anchor`) as it stood when the events were read, in
    the same transaction: the head before the export's own ``timeline.export`` entry (entries
    others commit in the moment between may come between the two). ``consular audit verify
    --anchor SEQ:HASH`` checks that a copy's head is still on the chain. Restricted entries
    that are not shown are placeholders (:class:`TimelineFilter`).

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
    timeline, head = _build(ctx, reference, flt, audit_read=False, anchor=True)
    if not timeline.events and not allow_empty:
        raise EmptyExportError(
            (
                translate(
                    "services.timeline",
                    "No events of {reference} match this export ({scope}); '{name}' was left as it was. "
                    "Check the filters, or allow an empty export.",
                )
                if target.exists()
                else translate(
                    "services.timeline",
                    "No events of {reference} match this export ({scope}); nothing was written. "
                    "Check the filters, or allow an empty export.",
                )
            ).format(reference=timeline.case.reference, scope=timeline.scope.describe(), name=target.name)
        )

    def write(temp: Path) -> str | None:
        return render(timeline, temp, progress=progress)  # the CSV's hash, hashed as written

    def authorise(session, sha256: str, size: int) -> None:
        with using_language("en"):  # the audit trail is stored text: the same whoever exported
            stored_scope = timeline.scope.describe()
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
                "names_masked": bool(flt and flt.mask_names),
                "include_restricted": timeline.scope.include_restricted,
                "scope": stored_scope,
                "chain_head": timeline.chain_head,
            },
        )

    outputs.deliver(
        ctx,
        target,
        write,
        authorise,
        action="timeline.export",
        entity="case",
        entity_id=timeline.case.id,
        case_id=timeline.case.id,
        anchor=head,
    )
    return timeline


class EmptyExportError(UserError):
    """Nothing matches the export's filters, and an empty file was not asked for."""
