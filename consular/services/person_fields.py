"""What a person and a next of kin's contact plan may hold, and how input for them is cleaned:
the field lists and validators behind :mod:`consular.services.people` (no session, no audit)."""

from __future__ import annotations

from datetime import date, datetime

from consular.db.models import PersonIdentifier
from consular.domain import validation as v
from consular.domain.enums import Channel
from consular.domain.errors import ValidationError
from consular.domain.timeutil import parse_date
from consular.i18n import translate

PERSON_FIELDS = (
    "full_name",
    "name_native",
    "gender",
    "date_of_birth",
    "nationality",
    "passport_number",
    "home_state",
    "home_district",
    "employer",
    "occupation",
    "languages",
    "medical_needs",
    "phone",
    "email",
    "notes",
)
_PASSPORT_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def clean_person(values: dict, *, creating: bool, today: date) -> dict:
    out: dict = {}
    if creating or "full_name" in values:
        out["full_name"] = v.clean_text(
            values.get("full_name"), "full_name", required=True, max_length=300, label="name"
        )
    if "name_native" in values:
        out["name_native"] = v.clean_text(
            values["name_native"], "name_native", max_length=300, label="name in native script"
        )
    if "gender" in values:
        out["gender"] = v.clean_text(values["gender"], "gender", max_length=32)
    if "date_of_birth" in values:
        dob = values["date_of_birth"]
        if isinstance(dob, str):
            dob = parse_date(dob, "date_of_birth") if dob.strip() else None
        if dob is not None:
            if not isinstance(dob, date) or isinstance(dob, datetime):
                raise ValidationError(
                    "date_of_birth",
                    translate("services.person_fields", "The date of birth must be a date (YYYY-MM-DD)."),
                )
            if dob > today:
                raise ValidationError(
                    "date_of_birth", translate("services.person_fields", "The date of birth is in the future.")
                )
            if dob.year < 1900:
                raise ValidationError(
                    "date_of_birth",
                    translate("services.person_fields", "The date of birth is before 1900; check the year."),
                )
        out["date_of_birth"] = dob
    if "nationality" in values:
        out["nationality"] = v.country_code(values["nationality"], "nationality", required=False)
    if "passport_number" in values:
        raw = v.clean_text(values["passport_number"], "passport_number", max_length=32, label="passport number")
        if raw is not None:
            raw = raw.replace(" ", "").upper()
            if not set(raw) <= _PASSPORT_CHARS or len(raw) < 5:
                raise ValidationError(
                    "passport_number",
                    translate(
                        "services.person_fields", "'{raw}' is not a passport number (5–32 letters and digits)."
                    ).format(raw=raw),
                )
        out["passport_number"] = raw
    for name, limit in (("home_state", 120), ("home_district", 120), ("employer", 200), ("occupation", 200)):
        if name in values:
            out[name] = v.clean_text(values[name], name, max_length=limit)
    if "languages" in values:
        out["languages"] = v.languages(values["languages"])
    for name in ("medical_needs", "notes"):
        if name in values:
            out[name] = v.clean_text(
                values[name], name, max_length=20_000, multiline=True, label=name.replace("_", " ")
            )
    if "phone" in values:
        out["phone"] = v.phone(values["phone"])
    if "email" in values:
        out["email"] = v.email(values["email"])
    return out


def identifiers_from(values) -> list[PersonIdentifier]:
    result = []
    for index, item in enumerate(values or []):
        kind = v.clean_text(
            item.get("kind"), f"identifiers[{index}].kind", required=True, max_length=60, label="identifier type"
        )
        value = v.clean_text(
            item.get("value"), f"identifiers[{index}].value", required=True, max_length=120, label="identifier value"
        )
        country = v.country_code(item.get("issuing_country"), f"identifiers[{index}].issuing_country", required=False)
        result.append(PersonIdentifier(kind=kind, value=value, issuing_country=country))
    return result


LIAISON_FIELDS = (
    "relationship",
    "phone",
    "email",
    "address",
    "preferred_language",
    "preferred_channel",
    "contact_every_days",
    "plan_channel",
    "plan_owner",
    "may_share",
    "notes",
)


def clean_liaison(values: dict) -> dict:
    out: dict = {}
    if "relationship" in values:
        out["relationship_to_hostage"] = v.clean_text(
            values["relationship"], "relationship", required=True, max_length=80
        )
    if "phone" in values:
        out["phone"] = v.phone(values["phone"])
    if "email" in values:
        out["email"] = v.email(values["email"])
    if "address" in values:
        out["address"] = v.clean_text(values["address"], "address", max_length=500)
    if "preferred_language" in values:
        out["preferred_language"] = v.clean_text(
            values["preferred_language"], "preferred_language", max_length=60, label="preferred language"
        )
    for name in ("preferred_channel", "plan_channel"):
        if name in values:
            raw = values[name]
            out[name] = None if raw in (None, "") else (raw if isinstance(raw, Channel) else Channel.parse(raw, name))
    if "contact_every_days" in values:
        out["contact_every_days"] = v.positive_int(
            values["contact_every_days"], "contact_every_days", minimum=1, maximum=365
        )
    for name in ("may_share", "notes"):
        if name in values:
            out[name] = v.clean_text(
                values[name], name, max_length=20_000, multiline=True, label=name.replace("_", " ")
            )
    return out
