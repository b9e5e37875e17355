"""People in a case: nationals concerned (hostages), next of kin, witnesses, colleagues."""

from __future__ import annotations

import unicodedata
from datetime import datetime

from sqlalchemy import select

from consular.db.models import (
    CaseCounterpart,
    CaseParticipant,
    Counterpart,
    FamilyLiaison,
    HostageStatusEvent,
    Person,
)
from consular.domain import validation as v
from consular.domain.enums import Channel, CounterpartCategory, HostageStatus, ParticipantRole, TellKind
from consular.domain.errors import NotFoundError, ValidationError
from consular.domain.timeutil import parse_datetime, require_aware
from consular.i18n import translate
from consular.repositories import records
from consular.services import liaison_officers, need_to_know, repatriation, search_index, tell_family
from consular.services.audit import expect_version, snapshot
from consular.services.cases import load_case
from consular.services.context import ServiceContext
from consular.services.convert import liaison_view, participant_view
from consular.services.permissions import action
from consular.services.person_fields import (
    LIAISON_FIELDS,
    PERSON_FIELDS,
    clean_liaison,
    clean_person,
    identifiers_from,
)
from consular.services.reference_data import user_id_for
from consular.services.views import LiaisonView, ParticipantView


def _participant(ctx, session, case, participant: CaseParticipant) -> ParticipantView:
    events = records.status_events(session, [participant.id], include_voided=True)
    pols = records.last_proofs_of_life(session, case.id)
    verified = records.last_verified_proofs_of_life(session, case.id)
    welfare = records.last_welfare_reports(session, case.id)
    return participant_view(
        participant,
        events,
        pols.get(participant.person_id),
        last_verified_pol=verified.get(participant.person_id),
        last_welfare=records.latest_welfare(welfare, participant.person_id),
        clock=ctx.clock,
        pol_withheld=pols.get(participant.person_id) is not None and not need_to_know.may_see(ctx, session, case.id),
    )


@action("people.add_person")
def add_person(
    ctx: ServiceContext,
    reference: str,
    *,
    role: str | ParticipantRole,
    identifiers: list[dict] | None = None,
    held_since: datetime | str | None = None,
    person_id: int | None = None,
    participant_notes: str | None = None,
    held_note: str | None = None,
    held_source: str | None = None,
    initial_status: str | HostageStatus = HostageStatus.HELD,
    **person_fields,
) -> ParticipantView:
    """Add a person to a case in a role. A hostage starts *held* (or *unaccounted* for, for a
    missing person: ``initial_status``) from ``held_since`` (default: the incident time),
    recorded as the first entry of their status history with ``held_note`` and ``held_source``.

    Pass ``person_id`` to add someone already known from another case.
    """
    with ctx.writing() as session:
        case = load_case(session, reference)
        participant = add_person_in_session(
            ctx,
            session,
            case,
            role=role,
            identifiers=identifiers,
            held_since=held_since,
            person_id=person_id,
            participant_notes=participant_notes,
            held_note=held_note,
            held_source=held_source,
            initial_status=initial_status,
            **person_fields,
        )
        return _participant(ctx, session, case, participant)


@action("people.add_person_in_session")
def add_person_in_session(
    ctx: ServiceContext,
    session,
    case,
    *,
    role: str | ParticipantRole,
    identifiers: list[dict] | None = None,
    held_since: datetime | str | None = None,
    person_id: int | None = None,
    participant_notes: str | None = None,
    held_note: str | None = None,
    held_source: str | None = None,
    initial_status: str | HostageStatus = HostageStatus.HELD,
    **person_fields,
) -> CaseParticipant:
    """Shared by add_person and the import (every row of a file in one transaction): validates,
    inserts, indexes and audits the person joining ``case`` in ``session``; see add_person."""
    role_value = role if isinstance(role, ParticipantRole) else ParticipantRole.parse(role, "role")
    unknown = set(person_fields) - set(PERSON_FIELDS)
    if unknown:
        raise ValidationError(
            sorted(unknown)[0],
            translate("services.people", "Unknown person field '{unknown}'.").format(unknown=sorted(unknown)[0]),
        )
    first_status = _first_status(initial_status)
    now = ctx.now()
    person = _person_to_add(ctx, session, case, person_id, person_fields, identifiers, now)
    participant = CaseParticipant(
        case_id=case.id,
        person_id=person.id,
        role=role_value,
        added_at=now,
        notes=v.clean_text(participant_notes, "participant_notes", max_length=20_000, multiline=True),
    )
    session.add(participant)
    session.flush()
    if role_value == ParticipantRole.HOSTAGE:
        _start_status_history(ctx, session, case, participant, first_status, held_since, held_note, held_source, now)
    case.updated_at = now
    session.flush()
    search_index.index_participant(session, participant)
    ctx.audit(
        session,
        "person.add",
        "person",
        person.id,
        case_id=case.id,
        after=snapshot(person, list(PERSON_FIELDS))
        | {"role": role_value, "identifiers": [(i.kind, i.value) for i in person.identifiers]},
    )
    return participant


def _first_status(initial_status: str | HostageStatus) -> HostageStatus:
    """The status a hostage's history starts with: held or unaccounted for, nothing else."""
    first_status = (
        initial_status
        if isinstance(initial_status, HostageStatus)
        else HostageStatus.parse(initial_status, "initial_status")
    )
    if not first_status.in_captivity:
        raise ValidationError(
            "initial_status",
            translate(
                "services.people",
                "A national concerned starts as held or unaccounted for; record a release or "
                "escape as a later status change.",
            ),
        )
    return first_status


def _person_to_add(ctx, session, case, person_id, person_fields, identifiers, now) -> Person:
    """The person joining ``case``: someone already known (``person_id``, not yet in the case)
    or a new person made from ``person_fields`` and ``identifiers``."""
    if person_id is not None:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(
                translate("services.people", "There is no person #{person_id}.").format(person_id=person_id)
            )
        if records.participant(session, case.id, person.id) is not None:
            raise ValidationError(
                "person_id",
                translate("services.people", "{full_name} is already in {reference}.").format(
                    full_name=person.full_name, reference=case.reference
                ),
            )
        return person
    fields = clean_person(person_fields, creating=True, today=ctx.now().date())
    person = Person(created_at=now, updated_at=now, **fields)
    person.identifiers = identifiers_from(identifiers)
    session.add(person)
    session.flush()
    return person


def _start_status_history(
    ctx, session, case, participant, first_status, held_since, held_note, held_source, now
) -> None:
    """A new hostage's first status event, from ``held_since`` (default: the incident)."""
    if held_since is None:
        since = case.incident_at
    elif isinstance(held_since, str):
        since = parse_datetime(held_since, "held_since", default_zone=case.timezone)
    else:
        since = require_aware(held_since, "held_since")
    session.add(
        HostageStatusEvent(
            participant_id=participant.id,
            status=first_status,
            effective_at=since,
            note=v.clean_text(held_note, "held_note", max_length=20_000, multiline=True)
            or ("Taken hostage" if first_status == HostageStatus.HELD else "Whereabouts unknown"),
            source=v.clean_text(held_source, "held_source", max_length=300),
            recorded_at=now,
            recorded_by_id=ctx.actor.user_id,
        )
    )
    participant.hostage_status, participant.hostage_status_since = first_status, since


@action("people.edit_person")
def edit_person(
    ctx: ServiceContext,
    person_id: int,
    *,
    identifiers: list[dict] | None = None,
    expected_version: int | None = None,
    **person_fields,
) -> None:
    """Change a person's recorded details (the same person in every case they appear in).

    ``expected_version`` is the :attr:`PersonView.version` the editor loaded; if someone saved
    in between, ConflictError ("changed by X at T") is raised and nothing is written.
    """
    unknown = set(person_fields) - set(PERSON_FIELDS)
    if unknown:
        raise ValidationError(
            sorted(unknown)[0],
            translate("services.people", "Unknown person field '{unknown}'.").format(unknown=sorted(unknown)[0]),
        )
    fields = clean_person(person_fields, creating=False, today=ctx.now().date())
    with ctx.writing() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(
                translate("services.people", "There is no person #{person_id}.").format(person_id=person_id)
            )
        expect_version(session, person, expected_version, "person", person.full_name)
        before = snapshot(person, list(fields))
        for key, value in fields.items():
            setattr(person, key, value)
        if identifiers is not None:
            before["identifiers"] = [(i.kind, i.value) for i in person.identifiers]
            person.identifiers = identifiers_from(identifiers)
        person.updated_at = ctx.now()
        session.flush()
        for participant in session.scalars(select(CaseParticipant).where(CaseParticipant.person_id == person.id)):
            search_index.index_participant(session, participant)
            ctx.audit(
                session, "person.edit", "person", person.id, case_id=participant.case_id, before=before, after=fields
            )
        liaison_counterparts = session.scalars(select(Counterpart).where(Counterpart.person_id == person.id))
        for counterpart in liaison_counterparts:
            if "full_name" in fields:
                counterpart.name = fields["full_name"]
                search_index.index_counterpart(session, counterpart)


def _hostage(session, case, person_id: int) -> CaseParticipant:
    participant = records.participant(session, case.id, person_id)
    if participant is None or participant.role != ParticipantRole.HOSTAGE:
        raise ValidationError(
            "person_id",
            translate("services.people", "Person #{person_id} is not a national held in {reference}.").format(
                person_id=person_id, reference=case.reference
            ),
        )
    return participant


#: Outcomes that end a captivity: recorded only with a source and the person's name typed out.
CONFIRMED_STATUSES = frozenset(
    {HostageStatus.RELEASED, HostageStatus.RESCUED, HostageStatus.ESCAPED, HostageStatus.DECEASED}
)


def _same_name(a: str, b: str) -> bool:
    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())

    return bool(norm(a)) and norm(a) == norm(b)


def _check_confirmation(target: HostageStatus, name: str, source: str | None, confirm_name: str | None) -> None:
    what = target.label.lower()
    if not source:
        raise ValidationError(
            "source",
            translate("services.people", "Say where the news that {name} is {what} comes from (the source).").format(
                name=name, what=what
            ),
        )
    if not _same_name(confirm_name or "", name):
        raise ValidationError(
            "confirm_name",
            (
                translate(
                    "services.people",
                    "To record {name} as {what}, type their name ({name}) to confirm; it does not match.",
                )
                if (confirm_name or "").strip()
                else translate(
                    "services.people",
                    "To record {name} as {what}, type their name ({name}) to confirm; no name was given.",
                )
            ).format(name=name, what=what),
        )


@action("people.change_hostage_status")
def change_hostage_status(
    ctx: ServiceContext,
    reference: str,
    person_id: int,
    status: str | HostageStatus,
    *,
    effective_at: datetime | str | None = None,
    note: str | None = None,
    source: str | None = None,
    confirm_name: str | None = None,
) -> ParticipantView:
    """Record a new hostage status (held, released, rescued, escaped, deceased, unaccounted).

    The history keeps every entry; the current status is the latest by effective time.
    An entry cannot predate the incident. An outcome that ends the captivity (released,
    rescued, escaped, deceased) is a grave statement: it needs a ``source`` and
    ``confirm_name`` equal to the person's full name (case and spacing aside), else a
    ValidationError naming the missing field. Opens a "tell the family" item for the
    hostage (:mod:`consular.services.tell_family`). A wrong entry is corrected by voiding it
    (:func:`consular.services.voiding.void_entry`), which keeps the count of days held.
    """
    target = status if isinstance(status, HostageStatus) else HostageStatus.parse(status, "status")
    clean_source = v.clean_text(source, "source", max_length=300)
    with ctx.writing() as session:
        case = load_case(session, reference)
        participant = _hostage(session, case, person_id)
        if target in CONFIRMED_STATUSES:
            _check_confirmation(target, participant.person.full_name, clean_source, confirm_name)
        if effective_at is None:
            when = ctx.now()
        elif isinstance(effective_at, str):
            when = parse_datetime(effective_at, "effective_at", default_zone=case.timezone)
        else:
            when = require_aware(effective_at, "effective_at")
        if when < case.incident_at:
            raise ValidationError(
                "effective_at", translate("services.people", "The status cannot start before the incident.")
            )
        if when > ctx.now():
            raise ValidationError(
                "effective_at", translate("services.people", "The status change is in the future; check the date.")
            )
        if participant.hostage_status == target:
            raise ValidationError(
                "status",
                translate("services.people", "{full_name} is already recorded as {target}.").format(
                    full_name=participant.person.full_name, target=target.label.lower()
                ),
            )
        previous = participant.hostage_status
        event = HostageStatusEvent(
            participant_id=participant.id,
            status=target,
            effective_at=when,
            note=v.clean_text(note, "note", max_length=20_000, multiline=True),
            source=clean_source,
            recorded_at=ctx.now(),
            recorded_by_id=ctx.actor.user_id,
        )
        session.add(event)
        session.flush()
        latest = records.status_events(session, [participant.id])[-1]
        participant.hostage_status, participant.hostage_status_since = latest.status, latest.effective_at
        case.updated_at = ctx.now()
        session.flush()
        tell_family.open_items_in_session(
            ctx, session, case, TellKind.STATUS_CHANGE, event.id, hostage_person_id=person_id, restricted=False
        )
        # Released, rescued or escaped: the repatriation checklist opens in this transaction.
        if repatriation.opens_checklist(previous, participant.hostage_status):
            released = participant.hostage_status_since
            repatriation.open_checklist_in_session(ctx, session, case, person_id, released, dated_from_release=True)
        ctx.audit(
            session,
            "hostage.status",
            "person",
            person_id,
            case_id=case.id,
            before={"status": previous},
            after={"status": target, "effective_at": when, "note": note},
        )
        return _participant(ctx, session, case, participant)


def _kin_rows(session, case, hostage, name, native, fields, now):
    """A next of kin's rows: the person, their place in the case, the family counterpart linked
    to the case, and the liaison (the contact plan). Returns (participant, counterpart, liaison)."""
    person = Person(
        full_name=name,
        name_native=native,
        phone=fields.get("phone"),
        email=fields.get("email"),
        languages=fields.get("preferred_language"),
        created_at=now,
        updated_at=now,
    )
    session.add(person)
    session.flush()
    participant = CaseParticipant(case_id=case.id, person_id=person.id, role=ParticipantRole.NEXT_OF_KIN, added_at=now)
    counterpart = Counterpart(
        name=name,
        category=CounterpartCategory.FAMILY,
        role=f"{fields['relationship_to_hostage']} of {hostage.person.full_name}",
        phone=fields.get("phone"),
        email=fields.get("email"),
        address=fields.get("address"),
        person_id=person.id,
        created_at=now,
    )
    session.add_all([participant, counterpart])
    session.flush()
    session.add(CaseCounterpart(case_id=case.id, counterpart_id=counterpart.id, added_at=now))
    liaison = FamilyLiaison(
        case_id=case.id,
        kin_person_id=person.id,
        hostage_person_id=hostage.person_id,
        counterpart_id=counterpart.id,
        created_at=now,
        **fields,
    )
    session.add(liaison)
    return participant, counterpart, liaison


@action("people.add_next_of_kin")
def add_next_of_kin(
    ctx: ServiceContext,
    reference: str,
    *,
    hostage_person_id: int,
    full_name: str,
    relationship: str,
    name_native: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    address: str | None = None,
    preferred_language: str | None = None,
    preferred_channel: str | Channel | None = None,
    contact_every_days: int | None = None,
    plan_channel: str | Channel | None = None,
    plan_owner: str | None = None,
    may_share: str | None = None,
    notes: str | None = None,
    officer_since: datetime | str | None = None,
) -> LiaisonView:
    """Add a next of kin of a hostage with the agreed contact plan.

    The relative becomes a person in the case (role next of kin) and a counterpart of category
    *family*, so contacts with them are logged like any other and the plan can be checked.
    ``officer_since``: when the liaison officer took the family on, when it was before this
    entry (a case recorded after the fact); default now. Not in the future.
    """
    values = {
        "relationship": relationship,
        "phone": phone,
        "email": email,
        "address": address,
        "preferred_language": preferred_language,
        "preferred_channel": preferred_channel,
        "contact_every_days": contact_every_days,
        "plan_channel": plan_channel,
        "may_share": may_share,
        "notes": notes,
    }
    fields = clean_liaison(values)
    name = v.clean_text(full_name, "full_name", required=True, max_length=300, label="name")
    native = v.clean_text(name_native, "name_native", max_length=300)
    with ctx.writing() as session:
        case = load_case(session, reference)
        hostage = _hostage(session, case, hostage_person_id)
        owner_id = user_id_for(session, plan_owner, "plan_owner")
        now = ctx.now()
        participant, counterpart, liaison = _kin_rows(session, case, hostage, name, native, fields, now)
        case.updated_at = now
        session.flush()
        # The officer goes through the one place that records who the family deals with, and since when.
        since = None
        if officer_since not in (None, ""):
            since = (
                officer_since
                if isinstance(officer_since, datetime)
                else parse_datetime(str(officer_since), "officer_since", case.timezone)
            )
            if since > now:
                raise ValidationError(
                    "officer_since",
                    translate("services.people", "The officer cannot have taken the family on in the future."),
                )
        liaison_officers.assign_in_session(
            ctx, session, liaison, owner_id, liaison_officers.FIRST_REASON, first=True, at=since
        )
        search_index.index_participant(session, participant)
        search_index.index_counterpart(session, counterpart)
        ctx.audit(
            session,
            "kin.add",
            "family_liaison",
            liaison.id,
            case_id=case.id,
            after={"full_name": name, "hostage_person_id": hostage_person_id, "plan_owner": plan_owner, **fields},
        )
        session.refresh(liaison)
        last = records.last_contact_with(session, case.id, [counterpart.id]).get(counterpart.id)
        return liaison_view(liaison, last, clock=ctx.clock)


@action("people.set_contact_plan")
def set_contact_plan(
    ctx: ServiceContext, liaison_id: int, *, expected_version: int | None = None, **changes
) -> LiaisonView:
    """Change a next of kin's contact details or agreed plan (only fields given).

    ``expected_version`` is the :attr:`LiaisonView.version` loaded; a stale save raises
    ConflictError ("changed by X at T") and writes nothing.
    """
    unknown = set(changes) - set(LIAISON_FIELDS)
    if unknown:
        raise ValidationError(
            sorted(unknown)[0],
            translate("services.people", "Unknown contact plan field '{unknown}'.").format(unknown=sorted(unknown)[0]),
        )
    fields = clean_liaison(changes)
    with ctx.writing() as session:
        liaison = session.get(FamilyLiaison, liaison_id)
        if liaison is None:
            raise NotFoundError(
                translate("services.people", "There is no next-of-kin record #{liaison_id}.").format(
                    liaison_id=liaison_id
                )
            )
        expect_version(session, liaison, expected_version, "family_liaison", "This next of kin's contact plan")
        if (
            "plan_owner" in changes
            and user_id_for(session, changes["plan_owner"], "plan_owner") != liaison.plan_owner_id
        ):
            raise ValidationError(
                "plan_owner",
                translate(
                    "services.people",
                    "A change of family liaison officer is recorded with its reason: use Change "
                    "liaison officer… on the case's Family tab, or consular family officer CASE "
                    "--kin '{full_name}' --to USER --reason TEXT.",
                ).format(full_name=liaison.kin.full_name),
            )
        before = snapshot(liaison, list(fields))
        for key, value in fields.items():
            setattr(liaison, key, value)
        counterpart = liaison.counterpart
        for key in ("phone", "email", "address"):
            if key in fields:
                setattr(counterpart, key, fields[key])
        session.flush()
        ctx.audit(
            session, "kin.plan", "family_liaison", liaison.id, case_id=liaison.case_id, before=before, after=fields
        )
        session.refresh(liaison)
        last = records.last_contact_with(session, liaison.case_id, [liaison.counterpart_id])
        return liaison_view(liaison, last.get(liaison.counterpart_id), clock=ctx.clock)


@action("people.list_next_of_kin")
def list_next_of_kin(ctx: ServiceContext, reference: str) -> list[LiaisonView]:
    """The case's next of kin with their contact plans; showing them (phones) is audited as a read."""
    with ctx.transaction() as session:
        case = load_case(session, reference)
        liaisons = records.liaisons(session, case.id)
        last = records.last_contact_with(session, case.id, [liaison.counterpart_id for liaison in liaisons])
        if liaisons:
            ctx.record_read("identifiers", "case", case.id, case_id=case.id, next_of_kin=len(liaisons))
        return [liaison_view(liaison, last.get(liaison.counterpart_id), clock=ctx.clock) for liaison in liaisons]
