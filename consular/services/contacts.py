"""The contact log: every call, meeting and message with authorities, employer and families."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, select
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value

from consular.db import chain_links
from consular.db.models import Case, CaseCounterpart, ContactEntry, ContactRevision, Counterpart, User
from consular.domain import validation as v
from consular.domain.enums import Channel, CounterpartCategory, Direction, Priority
from consular.domain.errors import NotFoundError, ValidationError
from consular.domain.filters import ContactFilter
from consular.domain.timeutil import parse_datetime, require_aware
from consular.i18n import translate
from consular.repositories import contact_writes, records
from consular.services import audit_chain, family_share, need_to_know, search_index, vetting
from consular.services.audit import expect_version
from consular.services.cases import load_case, lock_case, lock_case_for_contact, lock_case_with_user
from consular.services.context import ServiceContext
from consular.services.convert import (
    case_reference,
    contact_view,
    counterpart_view,
    revision_view,
    withheld_contact_view,
)
from consular.services.counterparts import link
from consular.services.permissions import action
from consular.services.reference_data import user_id_for
from consular.services.views import ContactRevisionView, ContactView, CounterpartView
from consular.services.voiding import ensure_not_voided

# The contact's attributes written by contact_writes (the id apart), and its audited state's columns.
_CONTACT_KEYS = [ContactEntry.__mapper__.get_property_by_column(c).key for c in contact_writes.CONTACT_COLUMNS]
_STATE_COLUMNS = audit_chain.state_columns("contact")

# A contact may be logged a little ahead of the clock (a meeting being written up as it
# starts), never days ahead.
FUTURE_TOLERANCE_MINUTES = 15


@dataclass
class FollowUp:
    """A task raised by a contact, created in the same transaction."""

    title: str
    assignee: str | None = None
    due_at: datetime | str | None = None
    priority: str | Priority = Priority.NORMAL
    description: str | None = None
    #: When the task was set, for a contact entered after the fact (see ``tasks.add_task``);
    #: by default, now.
    created_at: datetime | None = None


def _when(value, tz: str, now: datetime, field: str = "occurred_at") -> datetime:
    at = parse_datetime(value, field, default_zone=tz) if isinstance(value, str) else require_aware(value, field)
    if (at - now).total_seconds() > FUTURE_TOLERANCE_MINUTES * 60:
        raise ValidationError(
            field, translate("services.contacts", "The contact time is in the future; check the date and time zone.")
        )
    return at


def _enum(value, enum_cls, field):
    return value if isinstance(value, enum_cls) else enum_cls.parse(value, field)


def _counterparts(session, case_id: int, ids: list[int], now: datetime, read: list | None = None) -> list[Counterpart]:
    """The counterparts ``ids`` in that order, each linked to the case (added when it is not):
    one statement reads them all with whether they are linked already, unless they were ``read``
    with the case (``cases.lock_case_for_contact``: (counterpart, the case's id if linked))."""
    wanted = list(dict.fromkeys(ids or []))
    if not wanted:
        return []
    rows = (
        read
        if read is not None
        else session.execute(
            select(Counterpart, CaseCounterpart.case_id)
            .outerjoin(
                CaseCounterpart,
                and_(CaseCounterpart.counterpart_id == Counterpart.id, CaseCounterpart.case_id == case_id),
            )
            .where(Counterpart.id.in_(wanted))
        ).all()
    )
    by_id = {counterpart.id: (counterpart, linked is not None) for counterpart, linked in rows}
    found = []
    for cid in wanted:
        if cid not in by_id:
            raise ValidationError(
                "counterparts", translate("services.contacts", "There is no counterpart #{cid}.").format(cid=cid)
            )
        counterpart, linked = by_id[cid]
        if not linked:
            link(session, case_id, cid, now)
        found.append(counterpart)
    return found


def _staff(session, usernames: list[str] | None) -> list[User]:
    staff = []
    for name in dict.fromkeys(usernames or []):
        staff.append(session.get(User, user_id_for(session, name, "staff_present")))
    return staff


def _refresh_last_contact(session, case) -> None:
    case.last_contact_at = records.latest_contact_at(session, case.id)


NOBODY_MESSAGE = "Say who the contact was with: add at least one counterpart in “With”."


def _require_counterparts(counterpart_ids) -> None:
    if not counterpart_ids:
        raise ValidationError("counterpart_ids", NOBODY_MESSAGE)


@action("contacts.log_contact")
def log_contact(
    ctx: ServiceContext,
    reference: str,
    *,
    occurred_at: datetime | str,
    channel: str | Channel,
    subject: str,
    counterpart_ids: list[int] | None = None,
    direction: str | Direction = Direction.OUTGOING,
    notes: str | None = None,
    outcome: str | None = None,
    duration_minutes: int | None = None,
    follow_up_needed: bool = False,
    restricted: bool = False,
    staff_present: list[str] | None = None,
    follow_up: FollowUp | None = None,
) -> ContactView:
    """Log one contact. Updates the case's last contact, links the counterparts to the case,
    and (with ``follow_up``) creates the follow-up task in the same transaction.

    Text given without a UTC offset is read in the case's zone. A contact is with somebody:
    at least one counterpart is required.
    """
    with ctx.writing() as session:
        session.info[chain_links.HOLD] = True  # nothing here reads its audit entry back
        # Read and locked in one statement, with the actor's account: held here, it is the
        # view's "recorded by" without a statement of its own.
        # Where the contact is written at once (see log_contact_in_session), lean (nothing else of
        # the case or the account is used) and with the counterparts, in the same statement.
        read = None
        if not staff_present and follow_up is None and session.get_bind().dialect.name == "postgresql":
            wanted = list(dict.fromkeys(counterpart_ids or []))
            case, _recorder, read = lock_case_for_contact(session, reference, ctx.actor.user_id, wanted)
        else:
            case, _recorder = lock_case_with_user(session, reference, ctx.actor.user_id)
        entry = log_contact_in_session(
            ctx,
            session,
            case,
            occurred_at=occurred_at,
            channel=channel,
            subject=subject,
            counterpart_ids=counterpart_ids,
            direction=direction,
            notes=notes,
            outcome=outcome,
            duration_minutes=duration_minutes,
            follow_up_needed=follow_up_needed,
            restricted=restricted,
            staff_present=staff_present,
            follow_up=follow_up,
            at_once=True,
            counterparts_read=read,
        )
        return contact_view(entry, case.reference)


def _write_at_once(session, case: Case, entry: ContactEntry, last_contact_at: datetime, now: datetime) -> None:
    """Write a new contact as the flush and the commit's listeners would (the same rows), in one
    statement (:func:`contact_writes.insert_contact`: five round trips fewer on a server), and
    give ``entry`` and ``case`` the values written, as if read back: nothing is left for the
    flush. The audit chain gets the contact's state and its head read by that statement."""
    entry.revision = 1  # the mapper's version counter starts there
    attributes = {key: getattr(entry, key) for key in _CONTACT_KEYS}  # never set: None (NULL)
    values = {c.name: attributes[key] for c, key in zip(contact_writes.CONTACT_COLUMNS, _CONTACT_KEYS, strict=True)}
    title, body = search_index.contact_document(entry)
    written = contact_writes.insert_contact(
        session,
        values,
        [c.id for c in entry.counterparts],
        case_version=case.version,
        case_updated_at=now,
        case_last_contact_at=last_contact_at,
        doc_title=title,
        doc_body=body,
        returning=_STATE_COLUMNS,
    )
    for key, value in attributes.items():
        setattr(entry, key, value)
    entry.id = written.contact_id
    make_transient_to_detached(entry)  # as if read back: the flush has nothing to write
    session.add(entry)
    set_committed_value(case, "version", written.case_version)
    set_committed_value(case, "updated_at", now)
    set_committed_value(case, "last_contact_at", last_contact_at)
    audit_chain.note_written(session, "contact", entry.id, case.id, written.row, written.head)


def refuse_long_before_incident(at: datetime, incident_at: datetime) -> None:
    """Refuse a contact dated more than a year before the incident (a typo in the year). The
    day a year before 29 February is 28 February."""
    try:
        earliest = incident_at.replace(year=incident_at.year - 1)
    except ValueError:  # 29 February
        earliest = incident_at.replace(year=incident_at.year - 1, day=28)
    if at < earliest:
        raise ValidationError(
            "occurred_at",
            translate("services.contacts", "The contact is more than a year before the incident; check the year."),
        )


@action("contacts.log_contact_in_session")
def log_contact_in_session(
    ctx: ServiceContext,
    session,
    case: Case,
    *,
    occurred_at: datetime | str,
    channel: str | Channel,
    subject: str,
    counterpart_ids: list[int] | None = None,
    direction: str | Direction = Direction.OUTGOING,
    notes: str | None = None,
    outcome: str | None = None,
    duration_minutes: int | None = None,
    follow_up_needed: bool = False,
    restricted: bool = False,
    staff_present: list[str] | None = None,
    follow_up: FollowUp | None = None,
    at_once: bool = False,
    counterparts_read: list | None = None,
) -> ContactEntry:
    """Shared by log_contact and the import (every row of a file in one transaction): validates,
    inserts, indexes and audits the contact in ``session``; see log_contact.

    ``at_once`` (Log contact's: ``case`` locked by this transaction, nothing else written in
    it): on PostgreSQL, without staff present or a follow-up, the contact, its links, its search
    document, the case's and the relatives' last contact are written by one statement (see
    :func:`_write_at_once`). ``counterparts_read``: the counterparts, read with the case (see
    :func:`_counterparts`)."""
    subject_text = v.clean_text(subject, "subject", required=True, max_length=300, label="summary")
    notes_text = v.clean_text(notes, "notes", max_length=v.LONG_TEXT_MAX, multiline=True)
    outcome_text = v.clean_text(outcome, "outcome", max_length=20_000, multiline=True)
    channel_value = _enum(channel, Channel, "channel")
    direction_value = _enum(direction, Direction, "direction")
    minutes = v.positive_int(duration_minutes, "duration_minutes", minimum=0, maximum=24 * 60)
    if follow_up is not None:
        v.clean_text(follow_up.title, "follow_up.title", required=True, max_length=300, label="follow-up task")
    _require_counterparts(counterpart_ids)
    lock_case(session, case)
    at = _when(occurred_at, case.timezone, ctx.now())
    refuse_long_before_incident(at, case.incident_at)
    now = ctx.now()
    entry = ContactEntry(
        case_id=case.id,
        occurred_at=at,
        duration_minutes=minutes,
        channel=channel_value,
        direction=direction_value,
        subject=subject_text,
        notes=notes_text,
        outcome=outcome_text,
        follow_up_needed=bool(follow_up_needed or follow_up),
        restricted=bool(restricted),
        recorded_at=now,
        recorded_by_id=ctx.actor.user_id,
        updated_at=now,
    )
    entry.counterparts = _counterparts(session, case.id, counterpart_ids or [], ctx.now(), counterparts_read)
    entry.staff_present = _staff(session, staff_present)
    last_contact_at = at if case.last_contact_at is None or at > case.last_contact_at else case.last_contact_at
    if at_once and not entry.staff_present and follow_up is None and session.get_bind().dialect.name == "postgresql":
        _write_at_once(session, case, entry, last_contact_at, now)
    else:
        session.add(entry)
        session.flush()
        case.last_contact_at = last_contact_at
        case.updated_at = now
        search_index.index_contact(session, entry, new=True)
    _audit_logged(ctx, session, entry)
    if follow_up is not None:
        _create_follow_up(ctx, session, case, entry, follow_up)
    session.flush()
    return entry


EDITABLE = (
    "occurred_at",
    "channel",
    "direction",
    "subject",
    "notes",
    "outcome",
    "duration_minutes",
    "follow_up_needed",
    "restricted",
    "counterpart_ids",
    "staff_present",
)


@action("contacts.edit_contact")
def edit_contact(
    ctx: ServiceContext, contact_id: int, *, expected_revision: int | None = None, **changes
) -> ContactView:
    """Correct a contact entry. The text as it was is kept as a revision (never overwritten).

    ``expected_revision`` guards against two people editing the same entry.
    """
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError(
            sorted(unknown)[0],
            translate("services.contacts", "'{unknown}' cannot be edited on a contact.").format(
                unknown=sorted(unknown)[0]
            ),
        )
    with ctx.writing() as session:
        entry = session.get(ContactEntry, contact_id)
        if entry is None:
            raise NotFoundError(
                translate("services.contacts", "There is no contact entry #{contact_id}.").format(contact_id=contact_id)
            )
        ensure_not_voided(entry, "contact entry")
        expect_version(session, entry, expected_revision, "contact", "This contact entry", current=entry.revision)
        case = session.get(Case, entry.case_id)
        lock_case(session, case)
        fields = _clean_changes(changes, case.timezone, ctx.now())
        changed = {k: val for k, val in fields.items() if getattr(entry, k) != val}
        new_counterparts = None
        if "counterpart_ids" in changes:
            _require_counterparts(changes["counterpart_ids"])
            new_counterparts = _counterparts(session, case.id, changes["counterpart_ids"] or [], ctx.now())
            if [c.id for c in new_counterparts] != [c.id for c in entry.counterparts]:
                changed["counterpart_ids"] = [c.id for c in new_counterparts]
        new_staff = None
        if "staff_present" in changes:
            new_staff = _staff(session, changes["staff_present"])
            # Compared as sets: the same people in another order is no correction.
            if {u.id for u in new_staff} != {u.id for u in entry.staff_present}:
                changed["staff_present"] = [u.username for u in new_staff]
        if not changed:
            return contact_view(entry, case.reference)
        now = ctx.now()
        _keep_revision(ctx, session, entry, now)
        before = {k: getattr(entry, k) for k in changed if hasattr(entry, k)}
        if "staff_present" in before:  # usernames, not User objects, so the audit reads back
            before["staff_present"] = [u.username for u in entry.staff_present]
        for key, val in fields.items():
            setattr(entry, key, val)
        if new_counterparts is not None:
            entry.counterparts = new_counterparts
        if new_staff is not None:
            entry.staff_present = new_staff
        entry.updated_at = now
        session.flush()
        _refresh_last_contact(session, case)
        case.updated_at = now
        search_index.index_contact(session, entry)
        ctx.audit(session, "contact.edit", "contact", entry.id, case_id=case.id, before=before, after=changed)
        if changed.get("restricted"):  # restricted content never reaches the family
            family_share.clear_in_session(ctx, session, "contact", entry.id, "restricted")
        session.flush()
        return contact_view(entry, case.reference)


def _audit_logged(ctx: ServiceContext, session, entry: ContactEntry) -> None:
    ctx.audit(
        session,
        "contact.log",
        "contact",
        entry.id,
        case_id=entry.case_id,
        after={
            "occurred_at": entry.occurred_at,
            "channel": entry.channel,
            "direction": entry.direction,
            "subject": entry.subject,
            "notes": entry.notes,
            "outcome": entry.outcome,
            "restricted": entry.restricted,
            "counterparts": [c.id for c in entry.counterparts],
        },
    )


def _create_follow_up(ctx: ServiceContext, session, case: Case, entry: ContactEntry, follow_up: FollowUp) -> None:
    """The follow-up task a contact raised, in the contact's own transaction."""
    from consular.services.tasks import create_task_in_session

    create_task_in_session(
        ctx,
        session,
        case,
        title=follow_up.title,
        assignee=follow_up.assignee,
        due_at=follow_up.due_at,
        priority=follow_up.priority,
        description=follow_up.description,
        contact_id=entry.id,
        created_at=follow_up.created_at,
    )


def _clean_changes(changes: dict, tz: str, now: datetime) -> dict:
    """The validated column values of the edited fields (counterparts and staff apart)."""
    fields: dict = {}
    if "occurred_at" in changes:
        fields["occurred_at"] = _when(changes["occurred_at"], tz, now)
    if "channel" in changes:
        fields["channel"] = _enum(changes["channel"], Channel, "channel")
    if "direction" in changes:
        fields["direction"] = _enum(changes["direction"], Direction, "direction")
    if "subject" in changes:
        fields["subject"] = v.clean_text(changes["subject"], "subject", required=True, max_length=300, label="summary")
    if "notes" in changes:
        fields["notes"] = v.clean_text(changes["notes"], "notes", max_length=v.LONG_TEXT_MAX, multiline=True)
    if "outcome" in changes:
        fields["outcome"] = v.clean_text(changes["outcome"], "outcome", max_length=20_000, multiline=True)
    if "duration_minutes" in changes:
        fields["duration_minutes"] = v.positive_int(
            changes["duration_minutes"], "duration_minutes", minimum=0, maximum=24 * 60
        )
    for flag in ("follow_up_needed", "restricted"):
        if flag in changes:
            fields[flag] = bool(changes[flag])
    return fields


def _keep_revision(ctx: ServiceContext, session, entry: ContactEntry, now: datetime) -> None:
    """Keep the entry's text as it was, as a revision, before a correction overwrites it."""
    previous_writer = entry.recorded_by_id if entry.revision == 1 else _last_editor(session, entry)
    session.add(
        ContactRevision(
            contact_id=entry.id,
            revision=entry.revision,
            occurred_at=entry.occurred_at,
            channel=entry.channel,
            direction=entry.direction,
            subject=entry.subject,
            notes=entry.notes,
            outcome=entry.outcome,
            restricted=entry.restricted,
            written_at=entry.updated_at,
            written_by_id=previous_writer,
            replaced_at=now,
            replaced_by_id=ctx.actor.user_id,
        )
    )


def _last_editor(session, entry: ContactEntry) -> int:
    last = session.scalar(
        select(ContactRevision.replaced_by_id)
        .where(ContactRevision.contact_id == entry.id)
        .order_by(ContactRevision.revision.desc())
        .limit(1)
    )
    return last or entry.recorded_by_id


@action("contacts.list_contacts")
def list_contacts(
    ctx: ServiceContext,
    reference: str,
    flt: ContactFilter | None = None,
    *,
    offset: int = 0,
    limit: int | None = 500,
    newest_first: bool = True,
) -> list[ContactView]:
    """Contacts of a case, newest first by default, filtered by category, channel, dates, text.

    Someone outside the case's team (need-to-know) gets restricted entries as placeholders
    (date and "restricted"), and none at all when filtering by text or counterpart, since a
    match would tell what they say. Showing restricted content is audited as a read.
    """
    with ctx.transaction() as session:
        case = load_case(session, reference)
        allowed = need_to_know.may_see(ctx, session, case.id)
        if not allowed and flt is not None and (flt.text or flt.counterpart_ids or flt.categories):
            flt = dataclasses.replace(flt, include_restricted=False)
        entries = records.contacts(session, case.id, flt, offset=offset, limit=limit, newest_first=newest_first)
        flags = vetting.unvetted_in_contacts(session, [e for e in entries if allowed or not e.restricted])
        views = [
            dataclasses.replace(contact_view(e, case.reference), unvetted_intermediaries=flags.get(e.id, []))
            if allowed or not e.restricted
            else withheld_contact_view(e, case.reference)
            for e in entries
        ]
        shown = [e.id for e in entries if e.restricted and allowed]
        if shown:
            ctx.record_read("restricted", "case", case.id, case_id=case.id, contacts=shown)
        return views


@action("contacts.get_contact")
def get_contact(ctx: ServiceContext, contact_id: int) -> ContactView:
    with ctx.transaction() as session:
        entry = session.get(ContactEntry, contact_id)
        if entry is None:
            raise NotFoundError(
                translate("services.contacts", "There is no contact entry #{contact_id}.").format(contact_id=contact_id)
            )
        reference = case_reference(session, entry.case_id)
        if entry.restricted:
            if not need_to_know.may_see(ctx, session, entry.case_id):
                return withheld_contact_view(entry, reference)
            ctx.record_read("restricted", "contact", entry.id, case_id=entry.case_id)
        flags = vetting.unvetted_in_contacts(session, [entry])
        return dataclasses.replace(contact_view(entry, reference), unvetted_intermediaries=flags.get(entry.id, []))


@action("contacts.contact_history")
def contact_history(ctx: ServiceContext, contact_id: int) -> list[ContactRevisionView]:
    """Earlier versions of a contact entry, oldest first (empty if never edited)."""
    with ctx.transaction() as session:
        entry = session.get(ContactEntry, contact_id)
        if entry is None:
            raise NotFoundError(
                translate("services.contacts", "There is no contact entry #{contact_id}.").format(contact_id=contact_id)
            )
        revs = records.revisions(session, contact_id)
        if (entry.restricted or any(r.restricted for r in revs)) and not need_to_know.may_see(
            ctx, session, entry.case_id
        ):
            raise need_to_know.refuse(ctx, case_reference(session, entry.case_id))
        ids = {r.written_by_id for r in revs} | {r.replaced_by_id for r in revs}
        names = {u.id: u.display_name for u in session.scalars(select(User).where(User.id.in_(ids or {-1})))}
        return [revision_view(r, names) for r in revs]


@action("contacts.resolve_counterparts")
def resolve_counterparts(
    ctx: ServiceContext,
    reference: str,
    names: list[str],
    *,
    create_category: CounterpartCategory = CounterpartCategory.OTHER,
) -> tuple[list[CounterpartView], list[CounterpartView]]:
    """Match names to the case's counterparts (exact, then unique partial match); create the
    ones that match nothing in ``create_category``. Returns (matched, created).

    Raises ValidationError when a name is ambiguous.
    """
    from consular.services.counterparts import add_counterpart

    matched: list[CounterpartView] = []
    missing: list[str] = []
    with ctx.transaction() as session:
        case = load_case(session, reference)
        for raw in names:
            name = v.clean_text(raw, "with", required=True, max_length=300, label="counterpart name")
            hits = records.counterparts_named(session, case.id, name)
            if len(hits) > 1:
                listed = "; ".join(h.name for h in hits[:5])
                raise ValidationError(
                    "with",
                    translate(
                        "services.contacts", "'{name}' matches several counterparts ({listed}); give more of the name."
                    ).format(name=name, listed=listed),
                )
            if hits:
                matched.append(counterpart_view(hits[0]))
            else:
                missing.append(name)
    created = [add_counterpart(ctx, reference, name=n, category=create_category) for n in missing]
    return matched, created


__all__ = [
    "ContactFilter",
    "FollowUp",
    "contact_history",
    "edit_contact",
    "get_contact",
    "list_contacts",
    "log_contact",
    "resolve_counterparts",
]
