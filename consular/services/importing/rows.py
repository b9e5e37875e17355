"""Reading a row's cells, and writing the rows the validation pass (:mod:`.plan`) accepted
through the same services as typed input (their ``*_in_session`` variants), all in the
import's one short writing transaction.

Each ``write_*`` function returns the row's final :class:`RowOutcome` (with the records it
made) or raises a UserError: the row became invalid since the pass, and the whole file is
refused.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass

from consular.db.models import Case
from consular.domain.errors import ValidationError
from consular.i18n import translate
from consular.services.cases import normalise_reference, open_case_in_session
from consular.services.contacts import log_contact_in_session
from consular.services.context import ServiceContext
from consular.services.counterparts import add_counterpart_in_session
from consular.services.importing.mapping import Mapping
from consular.services.people import add_person_in_session

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


def fold(value: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", value or "").casefold().split())


def strings(values: dict, names) -> dict:
    return {name: text(values[name]) for name in names if name in values}


# --- cases ----------------------------------------------------------------------------------

CASE_TEXT = (
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


# --- people ---------------------------------------------------------------------------------

PERSON_TEXT = (
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


def phone_region(mapping: Mapping, case: Case) -> str:
    """Region assumed for a phone without country code: the mapping's, else the case's
    country, else its post's."""
    return (mapping.default_country or case.incident_country or case.post.country).upper()


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


def staff_names(value) -> list[str]:
    return [n.strip() for n in (text(value) or "").replace(";", ",").split(",") if n.strip()]


def opened_as(given: str | None, reference: str) -> str:
    if given and normalise_reference(given) != reference:
        return translate("services.importing.rows", "opened as {reference} (the file says {given})").format(
            reference=reference, given=normalise_reference(given)
        )
    return ""


@dataclass
class Written:
    """What the rows written so far made, for later rows that name it (by the row that made it)."""

    persons: dict[int, int] = dataclasses.field(default_factory=dict)  # row → person id
    counterparts: dict[tuple, int] = dataclasses.field(default_factory=dict)  # (folded name, organisation) → id


def write_case(ctx: ServiceContext, session, planned, written: Written) -> RowOutcome:
    case = open_case_in_session(ctx, session, **planned.args["arguments"])
    return dataclasses.replace(
        planned.outcome,
        record=case.reference,
        detail=opened_as(planned.args["given"], case.reference),
        made=[("case", case.id)],
    )


def write_person(ctx: ServiceContext, session, planned, written: Written) -> RowOutcome:
    args = planned.args
    case = session.get(Case, args["case_id"])
    if planned.action == "add":
        person_id = args.get("person_id") or written.persons[args["of_row"]]
        participant = add_person_in_session(
            ctx, session, case, role=args["role"], person_id=person_id, held_since=args["held_since"]
        )
        return dataclasses.replace(planned.outcome, made=[("participant", participant.id)])
    participant = add_person_in_session(
        ctx, session, case, role=args["role"], held_since=args["held_since"], **args["fields"]
    )
    written.persons[planned.outcome.row_number] = participant.person_id
    return dataclasses.replace(
        planned.outcome, made=[("person", participant.person_id), ("participant", participant.id)]
    )


def write_contact(ctx: ServiceContext, session, planned, written: Written) -> RowOutcome:
    args = dict(planned.args)
    case = session.get(Case, args.pop("case_id"))
    made: list[tuple[str, int]] = []
    ids: list[int] = []
    for item in args.pop("with"):
        if item[0] == "id":
            ids.append(item[1])
        elif item[1] in written.counterparts:  # made by an earlier row of the file
            ids.append(written.counterparts[item[1]])
        else:
            _new, key, name, organisation = item
            created = add_counterpart_in_session(
                ctx, session, case, {"name": name, "organisation": organisation, "category": "other"}
            )
            written.counterparts[key] = created.id
            made.append(("counterpart", created.id))
            ids.append(created.id)
    entry = log_contact_in_session(ctx, session, case, counterpart_ids=ids, **args)
    return dataclasses.replace(planned.outcome, made=[("contact", entry.id), *made])


WRITE = {"cases": write_case, "people": write_person, "contacts": write_contact}
