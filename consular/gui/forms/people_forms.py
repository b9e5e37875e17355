"""The person and next-of-kin forms of the People tab as plain data: defaults and what an
edit changes, without widgets.

``PersonForm`` is a person's details as typed; ``changes(person)`` names only the fields
that differ from the saved person (dates compared as ISO text, blanks as nothing).
``KinForm`` is a next of kin with the agreed contact plan; a new one defaults to contact
every 3 days by phone, owned by the signed-in user.
``HostageStatusForm`` is a new hostage status: nothing is chosen for the caseworker, and an
outcome that ends a captivity (released, rescued, escaped, deceased) needs a source and the
person's name typed out as confirmation.

Each form's ``validate()`` returns every error it can see without a database, each naming
the field the service would name, so a dialog shows them all at once.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from consular.domain import validation as v
from consular.domain.enums import Channel, HostageStatus, ParticipantRole
from consular.domain.errors import ValidationError
from consular.domain.timeutil import utcnow
from consular.gui.forms.values import text_or_none
from consular.i18n import QT_TRANSLATE_NOOP, translate
from consular.services.views import LiaisonView, PersonView

# The person's free-text fields in the order the dialog shows them: field, label, placeholder.
# Marked here, translated where shown: translate("gui.forms.people_forms", label).
PERSON_TEXT_ROWS = (
    (
        "full_name",
        QT_TRANSLATE_NOOP("gui.forms.people_forms", "Name"),
        QT_TRANSLATE_NOOP("gui.forms.people_forms", "Full name as in the passport"),
    ),
    (
        "name_native",
        QT_TRANSLATE_NOOP("gui.forms.people_forms", "Name in own script"),
        QT_TRANSLATE_NOOP("gui.forms.people_forms", "e.g. रवि वर्मा"),
    ),
    ("gender", QT_TRANSLATE_NOOP("gui.forms.people_forms", "Gender"), ""),
    (
        "date_of_birth",
        QT_TRANSLATE_NOOP("gui.forms.people_forms", "Date of birth"),
        QT_TRANSLATE_NOOP("gui.forms.people_forms", "YYYY-MM-DD"),
    ),
    ("passport_number", QT_TRANSLATE_NOOP("gui.forms.people_forms", "Passport number"), ""),
    ("phone", QT_TRANSLATE_NOOP("gui.forms.people_forms", "Phone"), "+91 …"),
    ("email", QT_TRANSLATE_NOOP("gui.forms.people_forms", "E-mail"), ""),
    ("home_state", QT_TRANSLATE_NOOP("gui.forms.people_forms", "Home state"), ""),
    ("home_district", QT_TRANSLATE_NOOP("gui.forms.people_forms", "Home district"), ""),
    ("employer", QT_TRANSLATE_NOOP("gui.forms.people_forms", "Employer"), ""),
    ("occupation", QT_TRANSLATE_NOOP("gui.forms.people_forms", "Occupation"), ""),
    (
        "languages",
        QT_TRANSLATE_NOOP("gui.forms.people_forms", "Languages"),
        QT_TRANSLATE_NOOP("gui.forms.people_forms", "e.g. Hindi, Telugu, English"),
    ),
)
PERSON_TEXT_FIELDS = tuple(field for field, _label, _placeholder in PERSON_TEXT_ROWS)
DEFAULT_NATIONALITY = "IN"
DEFAULT_KIN_EVERY_DAYS = 3


def _as_text(value) -> str:
    return value.isoformat() if isinstance(value, date) else (value or "")


@dataclass(frozen=True)
class PersonForm:
    """A person's details as typed: ``text`` holds every PERSON_TEXT_FIELDS key."""

    text: dict[str, str] = field(default_factory=dict)
    nationality: str | None = DEFAULT_NATIONALITY
    medical_needs: str = ""
    notes: str = ""
    role: ParticipantRole | None = None  # only when adding a person

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", {k: (self.text.get(k) or "").strip() for k in PERSON_TEXT_FIELDS})
        object.__setattr__(self, "medical_needs", (self.medical_needs or "").strip())
        object.__setattr__(self, "notes", (self.notes or "").strip())

    @classmethod
    def new(cls, role: ParticipantRole = ParticipantRole.HOSTAGE) -> PersonForm:
        return cls(role=role)

    @classmethod
    def from_person(cls, person: PersonView) -> PersonForm:
        return cls(
            text={k: _as_text(getattr(person, k)) for k in PERSON_TEXT_FIELDS},
            nationality=person.nationality,
            medical_needs=person.medical_needs or "",
            notes=person.notes or "",
        )

    def rebase(self, loaded: PersonView, stored: PersonView) -> tuple[PersonForm, set[str]]:
        """After a stale save: this form (edited from ``loaded``) moved onto ``stored``, saved
        meanwhile. What only they changed takes their value; what this form changed keeps it.
        Returns the form and the fields both changed."""
        base, theirs = PersonForm.from_person(loaded), PersonForm.from_person(stored)
        both: set[str] = set()

        def pick(name: str, mine, old, new):
            if mine != old:
                if new != old:
                    both.add(name)
                return mine
            return new

        text = {k: pick(k, self.text[k], base.text[k], theirs.text[k]) for k in self.text}
        merged = replace(
            self,
            text=text,
            nationality=pick("nationality", self.nationality, base.nationality, theirs.nationality),
            medical_needs=pick("medical_needs", self.medical_needs, base.medical_needs, theirs.medical_needs),
            notes=pick("notes", self.notes, base.notes, theirs.notes),
        )
        return merged, both

    def validate(self, *, today: date | None = None) -> list[ValidationError]:
        """Every error the form can see without a database."""
        return person_problems(self, today=today)

    def values(self) -> dict:
        """Every field, blanks as empty text."""
        data = dict(self.text)
        data["nationality"] = self.nationality
        data["medical_needs"] = self.medical_needs
        data["notes"] = self.notes
        return data

    def add_fields(self) -> dict:
        """Keyword arguments of ``people.add_person`` (beside the role): the filled fields."""
        return {k: v for k, v in self.values().items() if v}

    def changes(self, person: PersonView) -> dict:
        """Keyword arguments of ``people.edit_person``: what differs from ``person``. A field
        cleared is sent as None, except the date of birth, sent as typed (the service reads
        an empty date as none)."""
        changes = {}
        for key, value in self.values().items():
            if (value or "") != _as_text(getattr(person, key)):
                changes[key] = value if key == "date_of_birth" else (value or None)
        return changes


def _dob_problem(text: str, today: date) -> str | None:
    if not text:
        return None
    try:
        dob = date.fromisoformat(text)
    except ValueError:
        return translate(
            "gui.forms.people_forms",
            "'{text}' is not a date: type the date of birth as YYYY-MM-DD (it must exist in the calendar).",
        ).format(text=text)
    if dob > today:
        return translate("gui.forms.people_forms", "The date of birth is in the future.")
    if dob.year < 1900:
        return translate("gui.forms.people_forms", "The date of birth is before 1900; check the year.")
    return None


def person_problems(form: PersonForm, *, today: date | None = None, adding: bool = True) -> list[ValidationError]:
    """Every error in a person's details that needs no database."""
    errors = []
    if not form.text["full_name"]:
        errors.append(
            ValidationError("full_name", translate("gui.forms.people_forms", "Enter the person's full name."))
        )
    problem = _dob_problem(form.text["date_of_birth"], today or utcnow().date())
    if problem:
        errors.append(ValidationError("date_of_birth", problem))
    _collect(errors, v.email, form.text["email"])
    _collect(errors, v.phone, form.text["phone"] or None)
    return errors


def _collect(errors: list, check, *args, **kwargs) -> None:
    """Run one of the service's own checks, keeping its error instead of stopping at it."""
    try:
        check(*args, **kwargs)
    except ValidationError as exc:
        errors.append(exc)


@dataclass(frozen=True)
class KinForm:
    """A next of kin and the agreed contact plan, as typed.

    ``plan_owner`` is a username; ``plan_owner_name`` the display name shown for it, which is
    how a saved plan names its owner. The first three fields are asked only when adding.
    """

    hostage_person_id: int | None = None
    full_name: str = ""
    name_native: str = ""
    relationship: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    preferred_language: str = ""
    preferred_channel: Channel | None = None
    contact_every_days: int | None = None
    plan_channel: Channel | None = None
    plan_owner: str | None = None
    plan_owner_name: str | None = None
    may_share: str = ""
    notes: str = ""

    @classmethod
    def new(cls, actor_username: str, hostage_person_id: int | None = None) -> KinForm:
        """A new next of kin: contact every 3 days by phone, owned by the signed-in user."""
        return cls(
            hostage_person_id=hostage_person_id,
            contact_every_days=DEFAULT_KIN_EVERY_DAYS,
            plan_channel=Channel.PHONE,
            plan_owner=actor_username,
        )

    @classmethod
    def from_liaison(cls, liaison: LiaisonView) -> KinForm:
        return cls(
            hostage_person_id=liaison.hostage_person_id,
            full_name=liaison.kin.full_name,
            name_native=liaison.kin.name_native or "",
            relationship=liaison.relationship,
            phone=liaison.phone or "",
            email=liaison.email or "",
            address=liaison.address or "",
            preferred_language=liaison.preferred_language or "",
            preferred_channel=liaison.preferred_channel,
            contact_every_days=liaison.contact_every_days,
            plan_channel=liaison.plan_channel,
            plan_owner_name=liaison.plan_owner,
            may_share=liaison.may_share or "",
            notes=liaison.notes or "",
        )

    def validate(self, *, adding: bool) -> list[ValidationError]:
        """Every error the form can see without a database."""
        errors = []
        if adding and self.hostage_person_id is None:
            errors.append(
                ValidationError(
                    "hostage_person_id", translate("gui.forms.people_forms", "Choose whose next of kin this is.")
                )
            )
        if adding and not self.full_name.strip():
            errors.append(
                ValidationError("full_name", translate("gui.forms.people_forms", "Enter the next of kin's name."))
            )
        if not self.relationship.strip():
            errors.append(
                ValidationError(
                    "relationship", translate("gui.forms.people_forms", "Say how they are related (e.g. Wife, Father).")
                )
            )
        _collect(errors, v.phone, self.phone.strip() or None)
        _collect(errors, v.email, self.email)
        return errors

    def plan_values(self) -> dict:
        """The contact plan as ``people.set_contact_plan`` takes it (blanks as None)."""
        return {
            "relationship": self.relationship,
            "phone": text_or_none(self.phone),
            "email": text_or_none(self.email),
            "address": text_or_none(self.address),
            "preferred_language": text_or_none(self.preferred_language),
            "preferred_channel": self.preferred_channel,
            "contact_every_days": self.contact_every_days or None,
            "plan_channel": self.plan_channel,
            "plan_owner": self.plan_owner,
            "may_share": text_or_none(self.may_share),
            "notes": text_or_none(self.notes),
        }

    def add_kwargs(self) -> dict:
        """Keyword arguments of ``people.add_next_of_kin`` (beside the case reference)."""
        return {
            "hostage_person_id": self.hostage_person_id,
            "full_name": self.full_name,
            "name_native": text_or_none(self.name_native),
            **self.plan_values(),
        }

    def changes(self, liaison: LiaisonView) -> dict:
        """What differs from the saved plan. The owner is compared by display name, the
        only way a saved plan names them."""
        saved = KinForm.from_liaison(liaison).plan_values()
        values = self.plan_values()
        changes = {k: v for k, v in values.items() if k != "plan_owner" and v != saved[k]}
        if (self.plan_owner_name or "") != (liaison.plan_owner or ""):
            changes["plan_owner"] = self.plan_owner
        return changes


#: Outcomes that end a captivity: recorded only with a source and the person's name typed out.
OUTCOMES = (HostageStatus.RELEASED, HostageStatus.RESCUED, HostageStatus.ESCAPED, HostageStatus.DECEASED)

# The confirmation's sentences, whole for each outcome (word order and agreement differ by
# language): what the field asks, the missing source, the name not typed, the name not matching.
_OUTCOME_TEXT = {
    HostageStatus.RELEASED: (
        QT_TRANSLATE_NOOP("gui.forms.people_forms", "Type {name} to confirm that {name} is released"),
        QT_TRANSLATE_NOOP(
            "gui.forms.people_forms", "Say where the news that {name} is released comes from (the source)."
        ),
        QT_TRANSLATE_NOOP(
            "gui.forms.people_forms",
            "To record {name} as released, type their name ({name}) to confirm; no name was given.",
        ),
        QT_TRANSLATE_NOOP(
            "gui.forms.people_forms",
            "To record {name} as released, type their name ({name}) to confirm; it does not match.",
        ),
    ),
    HostageStatus.RESCUED: (
        QT_TRANSLATE_NOOP("gui.forms.people_forms", "Type {name} to confirm that {name} is rescued"),
        QT_TRANSLATE_NOOP(
            "gui.forms.people_forms", "Say where the news that {name} is rescued comes from (the source)."
        ),
        QT_TRANSLATE_NOOP(
            "gui.forms.people_forms",
            "To record {name} as rescued, type their name ({name}) to confirm; no name was given.",
        ),
        QT_TRANSLATE_NOOP(
            "gui.forms.people_forms",
            "To record {name} as rescued, type their name ({name}) to confirm; it does not match.",
        ),
    ),
    HostageStatus.ESCAPED: (
        QT_TRANSLATE_NOOP("gui.forms.people_forms", "Type {name} to confirm that {name} is escaped"),
        QT_TRANSLATE_NOOP(
            "gui.forms.people_forms", "Say where the news that {name} is escaped comes from (the source)."
        ),
        QT_TRANSLATE_NOOP(
            "gui.forms.people_forms",
            "To record {name} as escaped, type their name ({name}) to confirm; no name was given.",
        ),
        QT_TRANSLATE_NOOP(
            "gui.forms.people_forms",
            "To record {name} as escaped, type their name ({name}) to confirm; it does not match.",
        ),
    ),
    HostageStatus.DECEASED: (
        QT_TRANSLATE_NOOP("gui.forms.people_forms", "Type {name} to confirm that {name} is deceased"),
        QT_TRANSLATE_NOOP(
            "gui.forms.people_forms", "Say where the news that {name} is deceased comes from (the source)."
        ),
        QT_TRANSLATE_NOOP(
            "gui.forms.people_forms",
            "To record {name} as deceased, type their name ({name}) to confirm; no name was given.",
        ),
        QT_TRANSLATE_NOOP(
            "gui.forms.people_forms",
            "To record {name} as deceased, type their name ({name}) to confirm; it does not match.",
        ),
    ),
}
_PROMPT, _SOURCE, _NO_NAME, _MISMATCH = range(4)


def _outcome_text(status: HostageStatus, which: int, name: str) -> str:
    return translate("gui.forms.people_forms", _OUTCOME_TEXT[status][which]).format(name=name)


def same_name(a: str, b: str) -> bool:
    """The same name, case, spacing and Unicode composition aside (as the people service compares)."""

    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())

    return bool(norm(a)) and norm(a) == norm(b)


@dataclass(frozen=True)
class HostageStatusForm:
    """A new status for ``person_name``. ``status`` starts as None: the caseworker chooses.
    ``effective_at`` is None when the date typed is impossible (``effective_at_problem`` says why).
    """

    person_name: str
    status: HostageStatus | None = None
    effective_at: datetime | None = None
    effective_at_problem: str = ""
    source: str = ""
    confirm_name: str = ""
    note: str = ""

    @property
    def needs_confirmation(self) -> bool:
        return self.status in OUTCOMES

    def confirmation_prompt(self) -> str:
        """What the confirmation field asks, naming the person and the outcome."""
        if self.status not in _OUTCOME_TEXT:
            return translate("gui.forms.people_forms", "Type {name} to confirm the new status").format(
                name=self.person_name
            )
        return _outcome_text(self.status, _PROMPT, self.person_name)

    def validate(self, *, now: datetime | None = None) -> list[ValidationError]:
        errors = []
        if self.status is None:
            errors.append(
                ValidationError(
                    "status", translate("gui.forms.people_forms", "Choose the new status; nothing is chosen for you.")
                )
            )
        if self.effective_at_problem:
            errors.append(ValidationError("effective_at", self.effective_at_problem))
        elif self.effective_at is not None and self.effective_at > (now or utcnow()):
            errors.append(
                ValidationError(
                    "effective_at",
                    translate("gui.forms.people_forms", "The status change is in the future; check the date."),
                )
            )
        if self.needs_confirmation:
            if not self.source.strip():
                errors.append(ValidationError("source", _outcome_text(self.status, _SOURCE, self.person_name)))
            if not same_name(self.confirm_name, self.person_name):
                which = _MISMATCH if self.confirm_name.strip() else _NO_NAME
                errors.append(ValidationError("confirm_name", _outcome_text(self.status, which, self.person_name)))
        return errors

    def service_kwargs(self) -> dict:
        """Keyword arguments of ``people.change_hostage_status`` (beside case and person)."""
        return {
            "status": self.status,
            "effective_at": self.effective_at,
            "note": text_or_none(self.note),
            "source": text_or_none(self.source),
            # The service checks it again: an outcome is recorded only with the name typed.
            "confirm_name": self.confirm_name.strip() or None,
        }
