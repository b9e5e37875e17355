"""One file row at a time, through the same services as typed input (their ``*_in_session``
variants, in the import's one transaction): match an existing record, or create one.

Each ``apply_*`` function returns a :class:`RowOutcome` or raises a UserError (the row is
refused; the caller rolls its savepoint back and reports the field and the reason).
"""

from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select

from consular.db.models import Case, ContactEntry, Counterpart, Person
from consular.domain.enums import ParticipantRole
from consular.domain.errors import NotFoundError, ValidationError
from consular.domain.timeutil import in_zone
from consular.i18n import translate
from consular.repositories import cases as case_repo
from consular.repositories import records
from consular.services.cases import load_case, normalise_reference, open_case_in_session
from consular.services.contacts import log_contact_in_session
from consular.services.context import ServiceContext
from consular.services.counterparts import add_counterpart_in_session
from consular.services.importing.mapping import Mapping
from consular.services.importing.parsing import parse_date_cell, parse_datetime_cell, parse_phone_cell
from consular.services.people import add_person_in_session
from consular.services.reference_data import post_for

CREATED, MATCHED, REFUSED = "created", "matched", "refused"
_TRUE = {"yes", "y", "true", "1", "x", "oui", "ja"}
_FALSE = {"no", "n", "false", "0", "non", "nein", ""}
#: Separates counterparts in a contact's "with" cell, and a name from its organisation.
WITH_SEPARATOR, ORGANISATION_SEPARATOR = ";", "|"


@dataclass
class RowOutcome:
    """What happened (or, in a dry run, would happen) to one row of the file."""

    row_number: int
    status: str
    #: The record concerned: a case reference, a person's name, a contact's date and summary.
    record: str = ""
    #: Matched: on what. Refused: why. Created: anything worth knowing (the reference given).
    detail: str = ""
    #: The field a refusal is about (a field name of the mapping), if any.
    field: str | None = None
    #: What was assumed to read the row (a phone's country).
    assumed: list[str] = dataclasses.field(default_factory=list)
    #: Records made, as (audit entity, id): what undoing the batch removes or voids.
    made: list[tuple[str, int]] = dataclasses.field(default_factory=list)


def text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    shown = str(value).strip()
    return shown or None


def flag(value, name: str) -> bool:
    shown = (text(value) or "").lower()
    if shown in _TRUE:
        return True
    if shown in _FALSE:
        return False
    raise ValidationError(name, translate("services.importing.rows", "'{shown}' is not yes or no.").format(shown=shown))


def number(value, name: str) -> float | None:
    shown = text(value)
    if shown is None:
        return None
    try:
        return float(shown.replace(",", ".")) if shown.count(",") == 1 and "." not in shown else float(shown)
    except ValueError:
        raise ValidationError(
            name, translate("services.importing.rows", "'{shown}' is not a number.").format(shown=shown)
        ) from None


def whole(value, name: str) -> int | None:
    found = number(value, name)
    if found is None:
        return None
    if not found.is_integer():
        raise ValidationError(
            name, translate("services.importing.rows", "'{text}' is not a whole number.").format(text=text(value))
        )
    return int(found)


def _fold(value: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", value or "").casefold().split())


def _strings(values: dict, names) -> dict:
    return {name: text(values[name]) for name in names if name in values}


# --- cases ----------------------------------------------------------------------------------

_CASE_TEXT = (
    "title",
    "kind",
    "priority",
    "incident_site",
    "incident_town",
    "incident_region",
    "incident_country",
    "circumstances",
    "attribution_level",
    "attribution_group",
    "attribution_source",
    "classification",
    "lead_caseworker",
    "supervisor",
)


def apply_case(ctx: ServiceContext, session, values: dict, mapping: Mapping, row: int, file_name: str) -> RowOutcome:
    given = text(values.get("reference"))
    if given:
        existing = case_repo.by_reference(session, normalise_reference(given))
        if existing is not None:
            return RowOutcome(
                row, MATCHED, existing.reference, translate("services.importing.rows", "on the case reference")
            )
    code = text(values.get("post")) or (given.split("-")[0] if given and "-" in given else None)
    if not code:
        raise ValidationError(
            "post",
            translate("services.importing.rows", "Give the post (code, e.g. BAM), or a reference that starts with it."),
        )
    post = post_for(session, code)
    tz = text(values.get("timezone")) or post.timezone
    fields = {k: v for k, v in _strings(values, _CASE_TEXT).items() if v is not None}
    incident = parse_datetime_cell(values.get("incident_at"), "incident_at", tz, mapping.date_order)
    if incident is None:
        raise ValidationError(
            "incident_at", translate("services.importing.rows", "The incident date and time is required.")
        )
    case = open_case_in_session(
        ctx,
        session,
        post_code=post.code,
        incident_at=incident,
        timezone=tz,
        latitude=number(values.get("latitude"), "latitude"),
        longitude=number(values.get("longitude"), "longitude"),
        reason=f"Imported from {file_name}, row {row}",
        title=fields.pop("title", None),
        kind=fields.pop("kind", None),
        incident_country=fields.pop("incident_country", None),
        **fields,
    )
    detail = ""
    if given and normalise_reference(given) != case.reference:
        detail = translate("services.importing.rows", "opened as {reference} (the file says {given})").format(
            reference=case.reference, given=normalise_reference(given)
        )
    return RowOutcome(row, CREATED, case.reference, detail, made=[("case", case.id)])


# --- people ---------------------------------------------------------------------------------

_PERSON_TEXT = (
    "name_native",
    "gender",
    "nationality",
    "passport_number",
    "home_state",
    "home_district",
    "employer",
    "occupation",
    "languages",
    "medical_needs",
    "email",
    "notes",
)


def _case_of(session, values: dict) -> Case:
    given = text(values.get("case_reference"))
    if not given:
        raise ValidationError(
            "case_reference", translate("services.importing.rows", "Give the case reference (e.g. BAM-2025-0001).")
        )
    try:
        return load_case(session, given)
    except (NotFoundError, ValidationError) as exc:
        raise ValidationError("case_reference", str(exc)) from None


def phone_region(mapping: Mapping, case: Case) -> str:
    """Region assumed for a phone without country code: the mapping's, else the case's
    country, else its post's."""
    return (mapping.default_country or case.incident_country or case.post.country).upper()


def _existing_person(session, fields: dict) -> tuple[Person | None, str]:
    passport = fields.get("passport_number")
    if passport:
        normal = passport.replace(" ", "").upper()
        person = session.scalar(select(Person).where(Person.passport_number == normal).limit(1))
        if person is not None:
            return person, translate("services.importing.rows", "on passport number {number}").format(number=normal)
    dob = fields.get("date_of_birth")
    if dob is not None:
        name = _fold(fields["full_name"])
        for person in session.scalars(select(Person).where(Person.date_of_birth == dob)):
            if _fold(person.full_name) == name:
                return person, translate("services.importing.rows", "on name and date of birth ({day})").format(
                    day=f"{dob:%Y-%m-%d}"
                )
    return None, ""


def apply_person(ctx: ServiceContext, session, values: dict, mapping: Mapping, row: int, file_name: str) -> RowOutcome:
    case = _case_of(session, values)
    name = text(values.get("full_name"))
    if not name:
        raise ValidationError("full_name", translate("services.importing.rows", "The person's full name is required."))
    fields: dict = {"full_name": name}
    fields |= {k: v for k, v in _strings(values, _PERSON_TEXT).items() if v is not None}
    assumed: list[str] = []
    dob = parse_date_cell(values.get("date_of_birth"), "date_of_birth", mapping.date_order)
    if dob is not None:
        fields["date_of_birth"] = dob
    phone, region = parse_phone_cell(values.get("phone"), "phone", phone_region(mapping, case))
    if phone:
        fields["phone"] = phone
    if region:
        assumed.append(
            translate("services.importing.rows", "phone {given} read for country {region} ({phone})").format(
                given=text(values.get("phone")), region=region, phone=phone
            )
        )
    role = text(values.get("role")) or ""
    if role and ParticipantRole.parse(role, "role") == ParticipantRole.NEXT_OF_KIN:
        raise ValidationError(
            "role",
            translate(
                "services.importing.rows",
                "Next of kin come with their contact plan and the hostage they are family of; "
                "add them in the case's People tab, not by import.",
            ),
        )
    held = parse_datetime_cell(values.get("held_since"), "held_since", case.timezone, mapping.date_order)
    person, on_what = _existing_person(session, fields)
    label = f"{name} in {case.reference}"
    if person is not None:
        if records.participant(session, case.id, person.id) is not None:
            return RowOutcome(
                row,
                MATCHED,
                label,
                translate("services.importing.rows", "already in the case, {how}").format(how=on_what),
                assumed=assumed,
            )
        participant = add_person_in_session(ctx, session, case, role=role, person_id=person.id, held_since=held)
        return RowOutcome(
            row,
            MATCHED,
            label,
            translate("services.importing.rows", "known person #{id} {how}; added to the case").format(
                id=person.id, how=on_what
            ),
            assumed=assumed,
            made=[("participant", participant.id)],
        )
    participant = add_person_in_session(ctx, session, case, role=role, held_since=held, **fields)
    return RowOutcome(
        row,
        CREATED,
        label,
        assumed=assumed,
        made=[("person", participant.person_id), ("participant", participant.id)],
    )


# --- contacts -------------------------------------------------------------------------------


def split_with(value) -> list[tuple[str, str | None]]:
    """``"Name | Organisation; Name"`` → [(name, organisation), (name, None)]."""
    found = []
    for part in (text(value) or "").split(WITH_SEPARATOR):
        if not part.strip():
            continue
        name, _, organisation = part.partition(ORGANISATION_SEPARATOR)
        found.append((" ".join(name.split()), " ".join(organisation.split()) or None))
    return found


def _counterpart(ctx, session, case: Case, name: str, organisation: str | None, notes: list[str], made: list):
    """The counterpart named ``name`` of ``organisation``: one linked to the case first, then
    anyone's; else a new one (category other), noted."""
    wanted = (_fold(name), _fold(organisation))
    candidates = session.scalars(select(Counterpart).where(func.lower(Counterpart.name) == name.lower()))
    linked = {c.id for c in records.case_counterparts(session, case.id)}
    matches = [c for c in candidates if (_fold(c.name), _fold(c.organisation)) == wanted]
    matches.sort(key=lambda c: (c.id not in linked, c.id))
    if matches:
        return matches[0]
    created = add_counterpart_in_session(
        ctx, session, case, {"name": name, "organisation": organisation, "category": "other"}
    )
    notes.append(
        (
            translate("services.importing.rows", "new counterpart '{name}' ({organisation}) (category other)")
            if organisation
            else translate("services.importing.rows", "new counterpart '{name}' (category other)")
        ).format(name=name, organisation=organisation)
    )
    made.append(("counterpart", created.id))
    return created


def _staff(value) -> list[str]:
    return [n.strip() for n in (text(value) or "").replace(";", ",").split(",") if n.strip()]


def apply_contact(ctx: ServiceContext, session, values: dict, mapping: Mapping, row: int, file_name: str) -> RowOutcome:
    case = _case_of(session, values)
    at = parse_datetime_cell(values.get("occurred_at"), "occurred_at", case.timezone, mapping.date_order)
    if at is None:
        raise ValidationError(
            "occurred_at", translate("services.importing.rows", "The date and time of the contact is required.")
        )
    subject = text(values.get("subject"))
    label = f"{case.reference} {in_zone(at, case.timezone):%Y-%m-%d %H:%M} {subject or ''}".strip()
    existing = session.scalars(
        select(ContactEntry).where(
            ContactEntry.case_id == case.id, ContactEntry.occurred_at == at, ContactEntry.voided_at.is_(None)
        )
    )
    for entry in existing:
        if _fold(entry.subject) == _fold(subject):
            return RowOutcome(
                row,
                MATCHED,
                label,
                translate("services.importing.rows", "contact #{id} (same case, time and summary)").format(id=entry.id),
            )
    people = split_with(values.get("with"))
    if not people:
        raise ValidationError(
            "with",
            translate(
                "services.importing.rows",
                "Say who the contact was with: 'Name | Organisation', several separated by ';'.",
            ),
        )
    notes: list[str] = []
    made: list[tuple[str, int]] = []
    counterparts = [_counterpart(ctx, session, case, n, o, notes, made) for n, o in people]
    entry = log_contact_in_session(
        ctx,
        session,
        case,
        occurred_at=at,
        channel=text(values.get("channel")) or "",
        subject=subject or "",
        counterpart_ids=[c.id for c in counterparts],
        direction=text(values.get("direction")) or "outgoing",
        notes=text(values.get("notes")),
        outcome=text(values.get("outcome")),
        duration_minutes=whole(values.get("duration_minutes"), "duration_minutes"),
        follow_up_needed=flag(values.get("follow_up_needed"), "follow_up_needed"),
        restricted=flag(values.get("restricted"), "restricted"),
        staff_present=_staff(values.get("staff_present")),
    )
    return RowOutcome(row, CREATED, label, "; ".join(notes), made=[("contact", entry.id), *made])


APPLY = {"cases": apply_case, "people": apply_person, "contacts": apply_contact}
