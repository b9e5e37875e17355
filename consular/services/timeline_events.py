"""The timeline's event assemblers: one function per kind of record a case keeps.

:class:`EventBuilder` collects events for one case, applying the case's zone, the filter and
redaction; each ``add_*`` function turns one source (the incident, case status changes,
hostage status changes, milestones, contacts, tasks, documents) into events on it.
:data:`ASSEMBLERS` lists them in the order the timeline reads them. Nothing here opens a
transaction, checks a permission or audits: :mod:`consular.services.timeline` does.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from consular.domain.enums import CaseStatus, TaskStatus
from consular.domain.masking import KnownIdentifiers, Redactor
from consular.domain.timeline import (
    RESTRICTED_TITLE,
    CaptivitySpan,
    EventSource,
    EventType,
    TimelineCase,
    TimelineEvent,
    TodoInfo,
)
from consular.domain.timeutil import UTC, as_utc, zone
from consular.domain.validation import COUNTRIES
from consular.i18n import format_number, translate
from consular.repositories import family as family_repo
from consular.repositories import repatriation as repatriation_repo
from consular.repositories import timeline as repo
from consular.services import detention_timeline, vetting

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from consular.db.models import Case


def duration_text(minutes: int | None) -> str:
    if not minutes:
        return ""
    hours, mins = divmod(minutes, 60)
    return f"{hours} h {mins:02d} min" if hours else f"{mins} min"


def lines(*parts: str | None) -> str:
    # One strip per part (a 20,000-event export calls this for every event).
    return "\n".join([s for p in parts if p and (s := p.strip())])


def local_text(value: datetime | None, zone_info) -> str:
    if value is None:
        return ""
    return as_utc(value).astimezone(zone_info).strftime("%Y-%m-%d %H:%M %Z")


def size_text(n: int) -> str:
    if n < 1024:
        return translate("services.timeline_events", "%n byte(s)", "", n)
    if n < 1024 * 1024:
        return translate("services.timeline_events", "{size} KB").format(size=f"{n / 1024:.1f}")
    return translate("services.timeline_events", "{size} MB").format(size=f"{n / 1024 / 1024:.1f}")


@dataclass
class EventBuilder:
    """Collects events for one case, applying the zone, the filter and redaction.

    ``flt`` is a :class:`consular.services.timeline.TimelineFilter`; ``start``/``end`` its
    window as UTC instants [start, end), for the sources the repository does not window.

    Every event of every source goes through :meth:`emit`, the one place where the rules are
    applied (a placeholder for restricted content not shown, the filter on people, redaction,
    the event's id and times); :meth:`add` is its keyword form for the sources of a few rows.
    """

    tz: str
    flt: Any
    scrub: Callable[[str | None], str | None]
    start: datetime | None = None
    end: datetime | None = None
    names: tuple[str, ...] = ()
    events: list[TimelineEvent] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.zone = zone(self.tz)
        # One object per distinct value (the same few recorders, people, subjects and kinds
        # come back on thousands of events): a 20,000-event timeline held ~5 MB of copies.
        self._same = {}.setdefault
        self.names = tuple(n.strip().lower() for n in self.flt.names if n and n.strip())
        self._filters_people = bool(self.flt.filters_people)
        self._shown = bool(self.flt.restricted_shown)
        self._redact = bool(self.flt.redact)
        # Looked up once per build, not once per event (a 20,000-event case).
        self._prefixes = {t: f"{t.value}:" for t in EventType}
        self._restricted_title = translate("domain.timeline", RESTRICTED_TITLE)

    def wants(self, event_type: EventType) -> bool:
        return not self.flt.types or event_type in self.flt.types

    def inside(self, at: datetime) -> bool:
        return (self.start is None or at >= self.start) and (self.end is None or at < self.end)

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
        stage: str | None = None,
        shareable: bool = False,
    ) -> None:
        """``stage``: for a record that gives several events (a visit requested, decided,
        made), the event's id ends in it ("consular-visit:4:decided")."""
        self.emit(
            event_type,
            source,
            at,
            title,
            detail,
            people_of(people),
            recorded_by,
            restricted,
            subtype,
            tuple([p for p in person_ids if p is not None]) if person_ids else (),
            tuple(counterpart_ids),
            todo,
            duration_minutes,
            stage,
            shareable,
        )

    def emit(
        self,
        event_type: EventType,
        source: EventSource,
        at: datetime,
        title: str,
        detail: str,
        people: tuple[str, ...],
        recorded_by: str | None,
        restricted: bool,
        subtype: str | None,
        person_ids: tuple[int, ...],
        counterpart_ids: tuple[int, ...],
        todo: TodoInfo | None,
        duration_minutes: int | None,
        stage: str | None,
        shareable: bool,
    ) -> None:
        """:meth:`add` with every argument given, in order, and already in its final shape:
        ``people`` without blanks or repeats (:func:`people_of`), ``person_ids`` without None,
        tuples. For a source of thousands of rows (a case's contacts)."""
        if restricted and not self._shown:
            self._add_placeholder(event_type, source, at, stage)
            return
        if self._filters_people and not self._involves(people, person_ids, counterpart_ids):
            return
        if self._redact:
            title = self.scrub(title)
            detail = self.scrub(detail)
            if todo is not None:
                todo = TodoInfo(self.scrub(todo.title), todo.due_at, todo.status, todo.priority, todo.assignee)
        if at.tzinfo is not UTC:  # the repository's rows are UTC already
            at = as_utc(at)
        same = self._same
        self.events.append(
            TimelineEvent(
                f"{self._prefixes[event_type]}{source.id}:{stage}"
                if stage
                else f"{self._prefixes[event_type]}{source.id}",
                at,
                at.astimezone(self.zone),
                event_type,
                same(title, title),
                detail or "",
                same(people, people),
                same(recorded_by, recorded_by),
                bool(restricted),
                source,
                same(subtype, subtype),
                same(person_ids, person_ids),
                same(counterpart_ids, counterpart_ids),
                todo,
                duration_minutes or None,
                bool(shareable) and not restricted,
            )
        )

    def _add_placeholder(
        self, event_type: EventType, source: EventSource, at: datetime, stage: str | None = None
    ) -> None:
        """A restricted entry whose content is not shown: its time, its type and "Restricted".

        Nothing else: no title, detail, people, recorder, channel or milestone kind (a kind such
        as "proof of life" would tell what it is). The type (contact, milestone, document, task)
        is kept: the case's screens show the same entry in its own list anyway. With a filter on
        people there is no placeholder at all, since appearing (or not) would tell who took part.
        """
        if self._filters_people:
            return
        at = as_utc(at)
        self.events.append(
            TimelineEvent(
                id=f"{self._prefixes[event_type]}{source.id}" + (f":{stage}" if stage else ""),
                at=at,
                local_time=at.astimezone(self.zone),
                type=event_type,
                title=self._restricted_title,
                detail="",
                people=(),
                recorded_by=None,
                restricted=True,
                source=source,
            )
        )


def people_of(names: Iterable[str | None]) -> tuple[str, ...]:
    """The names an event involves, blanks left out, each once, in order."""
    return tuple(dict.fromkeys([p for p in names if p])) if names else ()


@dataclass(frozen=True)
class CaseRecords:
    """What every assembler reads from: the open session, the case, the repository window,
    the hostages and the hostage status history (also used for the captivity spans)."""

    session: Session
    case: Case
    window: repo.Window
    hostages: list
    status_rows: list
    #: (kind, id) of the entries marked shareable with family ("contact", "milestone", "status").
    shared: frozenset = frozenset()
    # The contacts' counterparts, staff and rows (repo.contacts_ahead), asked for when the
    # records were, so that for an export a server reads them while the other records are read
    # and assembled; None: asked for when the contacts are assembled.
    contacts: tuple | None = None


def redactor(session, case_id: int, *, mask_names: bool = False) -> Redactor:
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
                names=tuple(found["names"]),
            )
        ],
        mask_names=mask_names,
    )


# --- one assembler per source ----------------------------------------------------------------


def add_incident(b: EventBuilder, records: CaseRecords) -> None:
    case = records.case
    if not b.inside(case.incident_at):
        return
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
        translate("services.timeline_events", "Incident: {title}").format(title=case.title),
        lines(
            translate("services.timeline_events", "Place: {place}").format(place=place) if place else None,
            translate("services.timeline_events", "Kind: {kind}").format(kind=case.kind.label),
            translate("services.timeline_events", "Attribution: {attribution}").format(attribution=attribution),
            case.circumstances,
        ),
        people=[name for _pid, name, _native, _status in records.hostages],
        recorded_by=repo.opened_by(records.session, case.id),
        subtype=case.kind.value,
        person_ids=[pid for pid, *_ in records.hostages],
    )


def _status_title(old: CaseStatus | None, new: CaseStatus) -> str:
    if old is None:
        return translate("services.timeline_events", "Case opened")
    if old in (CaseStatus.RESOLVED, CaseStatus.CLOSED) and new in (CaseStatus.OPEN, CaseStatus.ACTIVE):
        return translate("services.timeline_events", "Case reopened: {old} to {new}").format(
            old=old.label.lower(), new=new.label.lower()
        )
    return translate("services.timeline_events", "Case status: {old} to {new}").format(
        old=old.label.lower(), new=new.label.lower()
    )


def add_status_changes(b: EventBuilder, records: CaseRecords) -> None:
    for sid, old, new, at, reason, by in repo.status_changes(records.session, records.case.id, records.window):
        b.add(
            EventType.CASE_STATUS,
            EventSource("status_change", sid),
            at,
            _status_title(old, new),
            reason or "",
            recorded_by=by,
            subtype=new.value,
        )


def add_hostage_statuses(b: EventBuilder, records: CaseRecords) -> None:
    for eid, status, at, note, source, by, pid, name, _native in records.status_rows:
        if not b.inside(at):
            continue
        b.add(
            EventType.HOSTAGE_STATUS,
            EventSource("hostage_status", eid),
            at,
            f"{name}: {status.label.lower()}",
            lines(
                note,
                translate("services.timeline_events", "Source: {source}").format(source=source) if source else None,
            ),
            people=[name],
            recorded_by=by,
            subtype=status.value,
            person_ids=[pid],
            shareable=("status", eid) in records.shared,
        )


def _check_line(check: tuple | None) -> str | None:
    """How a proof of life was checked, in one line (None when it has no check)."""
    if check is None:
        return None
    medium, matched, assessment, question = check
    parts = [translate("services.timeline_events", "Medium: {medium}").format(medium=medium.label.lower())]
    if question:
        parts.append(
            {
                True: translate("services.timeline_events", "answer to the agreed question matched"),
                False: translate("services.timeline_events", "answer to the agreed question did NOT match"),
                None: translate("services.timeline_events", "answer to the agreed question not compared"),
            }[matched]
        )
    parts.append(
        translate("services.timeline_events", "assessment: {assessment}").format(assessment=assessment.label.lower())
    )
    return "; ".join(parts) + "."


def add_milestones(b: EventBuilder, records: CaseRecords) -> None:
    rows = repo.milestones(records.session, records.case.id, records.window)
    checks = repo.pol_checks(records.session, records.case.id) if b.flt.restricted_shown else {}
    for mid, kind, at, title, description, source, restricted, by, hostage_id, hostage_name in rows:
        b.add(
            EventType.MILESTONE,
            EventSource("milestone", mid),
            at,
            f"{kind.label}: {title}",
            lines(
                description,
                _check_line(checks.get(mid)),
                translate("services.timeline_events", "Source: {source}").format(source=source) if source else None,
            ),
            people=[hostage_name] if hostage_name else (),
            recorded_by=by,
            restricted=restricted,
            subtype=kind.value,
            person_ids=[hostage_id],
            shareable=("milestone", mid) in records.shared,
        )


def add_contacts(b: EventBuilder, records: CaseRecords) -> None:
    # Asked for when the records were (on PostgreSQL read ahead beside since then, see
    # repositories.timeline.contacts_ahead), or now.
    links, staff_rows, rows = records.contacts or repo.contacts_ahead(records.session, records.case.id, records.window)
    # Who each contact involves, in the shape its event takes, made once per contact as the
    # rows come (ordered by contact), not as lists rebuilt for every event.
    involved: dict[int, tuple] = {}
    last, ids, names, persons = None, [], [], []
    for contact_id, cid, name, person_id in links:
        if contact_id != last:
            if last is not None:
                involved[last] = (people_of(names), tuple(persons), tuple(ids))
            last, ids, names, persons = contact_id, [], [], []
        ids.append(cid)
        names.append(name)
        if person_id is not None:
            persons.append(person_id)
    if last is not None:
        involved[last] = (people_of(names), tuple(persons), tuple(ids))
    staff: dict[int, list[str]] = defaultdict(list)
    for contact_id, name in staff_rows:
        staff[contact_id].append(name)
    # The texts every contact may carry, looked up once (a 20,000-contact case asked for them
    # 80,000 times), and each channel-and-direction's words and subtype once.
    outcome_text = translate("services.timeline_events", "Outcome: {outcome}")
    follow_up_text = translate("services.timeline_events", "Follow-up needed.")
    staff_text = translate("services.timeline_events", "Staff present: {names}")
    hows: dict[tuple, tuple[str, str]] = {}
    nobody = ((), (), ())
    shared = records.shared
    emit = b.emit
    contact = EventType.CONTACT
    for cid, at, minutes, channel, direction, subject, notes, outcome, follow_up, restricted, by in rows:
        people, person_ids, counterpart_ids = involved.get(cid, nobody)
        known = hows.get((channel, direction))
        if known is None:
            known = hows[(channel, direction)] = (f"{channel.label}, {direction.label.lower()}", channel.value)
        how, subtype = known
        if minutes:
            how += f", {duration_text(minutes)}"
        present = staff.get(cid)
        emit(
            contact,
            EventSource("contact", cid),
            at,
            subject,
            lines(
                how,
                notes,
                outcome_text.format(outcome=outcome) if outcome else None,
                follow_up_text if follow_up else None,
                staff_text.format(names=", ".join(present)) if present else None,
            ),
            people,
            by,
            restricted,
            subtype,
            person_ids,
            counterpart_ids,
            None,
            minutes,
            None,
            ("contact", cid) in shared,
        )


def add_tasks_created(b: EventBuilder, records: CaseRecords) -> None:
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
        _completed_at,
        _completed_by,
        _note,
        from_restricted,
    ) in repo.tasks_created(records.session, records.case.id, records.window):
        todo = TodoInfo(title, due, status.value, priority.value, assignee) if status.is_open else None
        b.add(
            EventType.TASK,
            EventSource("task", tid),
            created_at,
            translate("services.timeline_events", "Task: {title}").format(title=title),
            lines(
                translate("services.timeline_events", "Assigned to {assignee}").format(assignee=assignee)
                if assignee
                else translate("services.timeline_events", "Not assigned"),
                translate("services.timeline_events", "Due {when}").format(when=local_text(due, b.zone))
                if due
                else None,
                translate("services.timeline_events", "Priority: {priority}").format(priority=priority.label.lower()),
                translate("services.timeline_events", "Raised by contact:{contact_id}").format(contact_id=contact_id)
                if contact_id
                else None,
                description,
            ),
            recorded_by=created_by,
            restricted=bool(from_restricted),
            subtype=status.value,
            todo=todo,
        )


def add_tasks_completed(b: EventBuilder, records: CaseRecords) -> None:
    checklist_tasks = repatriation_repo.item_task_ids(records.session, records.case.id)
    for (
        tid,
        title,
        _description,
        _due,
        _priority,
        _status,
        _contact_id,
        _created_at,
        created_by,
        assignee,
        completed_at,
        completed_by,
        note,
        from_restricted,
    ) in repo.tasks_completed(records.session, records.case.id, records.window):
        if tid in checklist_tasks:
            continue  # a repatriation checklist item: its own event, with its facts (add_repatriation)
        b.add(
            EventType.TASK_DONE,
            EventSource("task", tid),
            completed_at,
            translate("services.timeline_events", "Task done: {title}").format(title=title),
            lines(
                note,
                translate("services.timeline_events", "Assigned to {assignee}").format(assignee=assignee)
                if assignee
                else None,
            ),
            recorded_by=completed_by or created_by,
            restricted=bool(from_restricted),
            subtype=TaskStatus.DONE.value,
        )


def add_documents(b: EventBuilder, records: CaseRecords) -> None:
    rows = repo.documents(records.session, records.case.id, records.window)
    for did, file_name, media, size, description, restricted, at, by in rows:
        b.add(
            EventType.DOCUMENT,
            EventSource("document", did),
            at,
            translate("services.timeline_events", "Document: {file_name}").format(file_name=file_name),
            lines(description, f"{media}, {size_text(size)}"),
            recorded_by=by,
            restricted=restricted,
            subtype=media,
        )


# The sources in the order the timeline reads them (events are then sorted; ties keep this
# order). An assembler runs only when its event type is wanted.
def add_demands(b: EventBuilder, records: CaseRecords) -> None:
    """Demands: always restricted, so a placeholder for anyone not shown restricted content."""
    session, case_id = records.session, records.case.id
    rows = list(repo.demands(session, case_id, records.window))
    vetted = {}
    for row in rows:
        if row[8] is not None:
            vetted[row[0]] = vetting.status_at(session, [row[8]], row[1])[row[8]]
    for (
        did,
        at,
        kind,
        amount,
        currency,
        made_by,
        details,
        via,
        via_id,
        deadline,
        response,
        response_note,
        by,
        hostage_id,
        hostage_name,
    ) in rows:
        what = (
            translate("services.demands", "{kind}: {amount} {currency}").format(
                kind=kind.label, amount=format_number(amount), currency=currency
            )
            if amount is not None
            else kind.label
        )
        flag = vetted.get(did)
        b.add(
            EventType.DEMAND,
            EventSource("demand", did),
            at,
            translate("services.timeline_events", "Demand — {what}").format(what=what),
            lines(
                (
                    translate("services.timeline_events", "Made by {made_by}, via {via}")
                    if via
                    else translate("services.timeline_events", "Made by {made_by}")
                ).format(made_by=made_by, via=via),
                translate("services.timeline_events", "Via an intermediary {flag} at the time.").format(
                    flag=flag.label.lower()
                )
                if flag and not flag.trusted
                else None,
                details,
                translate("services.timeline_events", "Deadline: {when}").format(when=local_text(deadline, b.zone))
                if deadline
                else None,
                translate("services.timeline_events", "Response: {response}").format(response=response.label.lower())
                + (f" — {response_note}" if response_note else ""),
            ),
            people=[p for p in (via, hostage_name) if p],
            recorded_by=by,
            restricted=True,
            subtype=kind.value,
            person_ids=[hostage_id],
            counterpart_ids=[via_id] if via_id else (),
        )


def add_repatriation(b: EventBuilder, records: CaseRecords) -> None:
    """Repatriation checklist items done or marked not applicable, with their facts."""
    for (
        iid,
        kind,
        status,
        closed_at,
        closed_by,
        note,
        debrief_by,
        support,
        na_reason,
        person_id,
        name,
        owner,
    ) in repatriation_repo.closed_items(records.session, records.case.id, records.window):
        done = status == TaskStatus.DONE
        b.add(
            EventType.REPATRIATION,
            EventSource("repatriation_item", iid),
            closed_at,
            (
                translate("services.timeline_events", "Return: {kind} — {name}")
                if done
                else translate("services.timeline_events", "Return: {kind} — {name} (not applicable)")
            ).format(kind=kind.label.lower(), name=name),
            lines(
                translate("services.timeline_events", "Debrief by {debrief_by}").format(debrief_by=debrief_by)
                if debrief_by
                else None,
                translate("services.timeline_events", "Psychosocial support {support}").format(
                    support=support.label.lower()
                )
                if support
                else None,
                translate("services.timeline_events", "Not applicable: {na_reason}").format(na_reason=na_reason)
                if na_reason
                else None,
                note if note and note != na_reason else None,
                translate("services.timeline_events", "Owner: {owner}").format(owner=owner) if owner else None,
            ),
            people=[name],
            recorded_by=closed_by,
            subtype=kind.value,
            person_ids=[person_id],
        )


def add_family_updates(b: EventBuilder, records: CaseRecords) -> None:
    """What each family was told; a restricted update (it covered a proof of life, a demand)
    is a placeholder for anyone not shown restricted content."""
    rows = family_repo.timeline_updates(records.session, records.case.id, records.window)
    for uid, at, channel, what, restricted, by, kin_id, kin, relationship, hostage_id, hostage in rows:
        b.add(
            EventType.FAMILY_UPDATE,
            EventSource("family_update", uid),
            at,
            translate(
                "services.timeline_events", "Family update — {kin} ({relationship} of {hostage}), by {channel}"
            ).format(kin=kin, relationship=relationship, hostage=hostage, channel=channel.label.lower()),
            what,
            people=[kin, hostage],
            recorded_by=by,
            restricted=restricted,
            subtype=channel.value,
            person_ids=[kin_id, hostage_id],
        )


def add_case_links(b: EventBuilder, records: CaseRecords) -> None:
    """Other cases linked with this one (same incident, related), and unlinked: the other
    case's reference and post, which anyone who reads this case may know (the overview shows
    them too). Never the other case's title or why they were linked: those are for readers of
    both cases (the overview and the brief apply that rule)."""
    for lid, kind, linked_at, linked_by, unlinked_at, unlinked_by, other, post in repo.case_links(
        records.session, records.case.id
    ):
        if b.inside(linked_at):
            b.add(
                EventType.CASE_LINK,
                EventSource("case_link", lid),
                linked_at,
                translate("services.timeline_events", "Linked with {other} ({post}): {kind}").format(
                    other=other, post=post, kind=kind.label.lower()
                ),
                "",
                recorded_by=linked_by,
                subtype=kind.value,
            )
        if unlinked_at is not None and b.inside(unlinked_at):
            b.add(
                EventType.CASE_LINK,
                EventSource("case_link", lid),
                unlinked_at,
                translate("services.timeline_events", "Unlinked from {other} ({post})").format(other=other, post=post),
                "",
                recorded_by=unlinked_by,
                subtype="unlinked",
                stage="unlinked",
            )


def add_officer_changes(b: EventBuilder, records: CaseRecords) -> None:
    """Who each family deals with: the first liaison officer and every change, with why."""
    for cid, at, kin, relationship, kin_id, before, after, by, reason in repo.officer_changes(
        records.session, records.case.id, records.window
    ):
        who = f"{kin} ({relationship})"
        title = (
            translate("services.timeline_events", "Liaison officer for {who}: {value}").format(
                who=who, value=after or translate("services.timeline_events", "none")
            )
            if before is None
            else translate("services.timeline_events", "Liaison officer for {who}: {before} → {value}").format(
                who=who, before=before, value=after or translate("services.timeline_events", "none")
            )
        )
        b.add(
            EventType.OFFICER_CHANGE,
            EventSource("liaison_officer_change", cid),
            at,
            title,
            reason,
            people=[kin],
            recorded_by=by,
            person_ids=[kin_id],
        )


ASSEMBLERS: tuple[tuple[EventType, Callable[[EventBuilder, CaseRecords], None]], ...] = (
    (EventType.INCIDENT, add_incident),
    (EventType.CASE_STATUS, add_status_changes),
    (EventType.HOSTAGE_STATUS, add_hostage_statuses),
    (EventType.MILESTONE, add_milestones),
    (EventType.TASK, add_tasks_created),
    (EventType.TASK_DONE, add_tasks_completed),
    (EventType.DOCUMENT, add_documents),
    (EventType.DEMAND, add_demands),
    (EventType.CHARGE, detention_timeline.add_charges),
    (EventType.HEARING, detention_timeline.add_hearings),
    (EventType.CONSULAR_VISIT, detention_timeline.add_visits),
    (EventType.NOTE_VERBALE, detention_timeline.add_notes_verbales),
    (EventType.REPATRIATION, add_repatriation),
    (EventType.FAMILY_UPDATE, add_family_updates),
    (EventType.CASE_LINK, add_case_links),
    (EventType.OFFICER_CHANGE, add_officer_changes),
    # Last: on PostgreSQL a long case's contacts are read beside meanwhile (contacts_ahead). The
    # order of the sources is not the events' (they are sorted by sort_key, a total order).
    (EventType.CONTACT, add_contacts),
)


# --- the header --------------------------------------------------------------------------------


def captivity(rows) -> list[CaptivitySpan]:
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


def timeline_case(case: Case, status_rows) -> TimelineCase:
    """The timeline's header: what the case is, where it happened and who is held."""
    place = ", ".join(
        x
        for x in (
            case.incident_town,
            case.incident_region,
            COUNTRIES.get(case.incident_country, case.incident_country),
        )
        if x
    )
    return TimelineCase(
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
        captivity=captivity(status_rows),
    )
