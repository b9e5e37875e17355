"""The person and next-of-kin forms of the People tab as plain data: defaults and what an
edit changes, without widgets.

``PersonForm`` is a person's details as typed; ``changes(person)`` names only the fields
that differ from the saved person (dates compared as ISO text, blanks as nothing).
``KinForm`` is a next of kin with the agreed contact plan; a new one defaults to contact
every 3 days by phone, owned by the signed-in user.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from consular.domain.enums import Channel, ParticipantRole
from consular.gui.forms.values import text_or_none
from consular.services.views import LiaisonView, PersonView

# The person's free-text fields in the order the dialog shows them: field, label, placeholder.
PERSON_TEXT_ROWS = (
    ("full_name", "Name", "Full name as in the passport"),
    ("name_native", "Name in own script", "e.g. रवि वर्मा"),
    ("gender", "Gender", ""),
    ("date_of_birth", "Date of birth", "YYYY-MM-DD"),
    ("passport_number", "Passport number", ""),
    ("phone", "Phone", "+91 …"),
    ("email", "E-mail", ""),
    ("home_state", "Home state", ""),
    ("home_district", "Home district", ""),
    ("employer", "Employer", ""),
    ("occupation", "Occupation", ""),
    ("languages", "Languages", "e.g. Hindi, Telugu, English"),
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
