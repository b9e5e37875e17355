"""Editing a milestone, a counterpart and a document's description as plain data: what the
dialog shows, what an edit changes, and how a stale save is moved onto the stored version.

Each form is built from the view the dialog loaded (``from_view``). ``changes(view)`` names
only the fields that differ from it (what the service's ``edit_*`` takes, with the view's
``version`` as ``expected_version``); ``rebase(loaded, stored)`` is the Reload after a stale
save: the fields only the other person changed take their value, the fields this form changed
keep the typing, and the fields both changed are returned so the panel can say so.
``validate()`` returns every error the form can see without a database, each naming the field
the service would name.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import ClassVar

from consular.domain import validation as v
from consular.domain.enums import CounterpartCategory, MilestoneKind
from consular.domain.errors import ValidationError
from consular.i18n import translate
from consular.services.milestones import PERSONAL_KINDS
from consular.services.views import CounterpartView, DocumentView, MilestoneView

# The milestone service's own limits.
TITLE_MAX, SOURCE_MAX = 300, 500


@dataclass(frozen=True)
class _EditForm:
    """What the three forms share: the edited fields, and diffing and rebasing over them.
    Each form defines ``from_view(view)``, its state as loaded from a service view."""

    FIELDS: ClassVar[tuple[str, ...]] = ()

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str):
                object.__setattr__(self, f.name, value.strip())

    def _edited(self, base: _EditForm) -> dict:
        return {f: getattr(self, f) for f in self.FIELDS if getattr(self, f) != getattr(base, f)}

    def changes(self, view) -> dict:
        """The service's keyword arguments for what differs from ``view`` (blank text as None)."""
        return {k: (None if val == "" else val) for k, val in self._edited(type(self).from_view(view)).items()}

    def rebase(self, loaded, stored):
        """This form (edited from ``loaded``) moved onto ``stored``; returns (form, fields both changed)."""
        base, theirs = type(self).from_view(loaded), type(self).from_view(stored)
        mine = set(self._edited(base))
        changed = set(theirs._edited(base))
        merged = replace(self, **{f: getattr(theirs, f) for f in changed - mine})
        return merged, mine & changed


def _collect(errors: list, check, *args, **kwargs) -> None:
    """Run one of the service's own checks, keeping its error instead of stopping at it."""
    try:
        check(*args, **kwargs)
    except ValidationError as exc:
        errors.append(exc)


@dataclass(frozen=True)
class MilestoneForm(_EditForm):
    """A milestone as typed. ``occurred_at`` is aware, to the minute (what the field shows)."""

    FIELDS: ClassVar[tuple[str, ...]] = (
        "kind",
        "occurred_at",
        "title",
        "description",
        "source",
        "hostage_person_id",
        "restricted",
    )

    kind: MilestoneKind = MilestoneKind.OTHER
    occurred_at: datetime | None = None
    title: str = ""
    description: str = ""
    source: str = ""
    hostage_person_id: int | None = None
    restricted: bool = False

    @classmethod
    def from_view(cls, m: MilestoneView) -> MilestoneForm:
        return cls(
            kind=m.kind,
            occurred_at=m.occurred_at.replace(second=0, microsecond=0),
            title=m.title,
            description=m.description or "",
            source=m.source or "",
            hostage_person_id=m.hostage_person_id,
            restricted=m.restricted,
        )

    def validate(self, *, now: datetime | None = None) -> list[ValidationError]:
        errors: list[ValidationError] = []
        if not self.title:
            errors.append(ValidationError("title", translate("gui.forms.record_forms", "Give the milestone a title.")))
        _collect(errors, v.clean_text, self.title, "title", max_length=TITLE_MAX)
        _collect(errors, v.clean_text, self.description, "description", max_length=v.LONG_TEXT_MAX, multiline=True)
        _collect(errors, v.clean_text, self.source, "source", max_length=SOURCE_MAX)
        if self.occurred_at is None:
            errors.append(ValidationError("occurred_at", translate("gui.forms.record_forms", "Say when it happened.")))
        elif now is not None and (self.occurred_at - now).total_seconds() > 15 * 60:
            errors.append(
                ValidationError(
                    "occurred_at",
                    translate("gui.forms.record_forms", "The milestone is in the future; check the date."),
                )
            )
        if self.kind in PERSONAL_KINDS and self.hostage_person_id is None:
            errors.append(
                ValidationError(
                    "hostage_person_id",
                    translate("gui.forms.record_forms", "Say which national this proof of life concerns."),
                )
            )
        return errors


@dataclass(frozen=True)
class CounterpartForm(_EditForm):
    """A counterpart's details as typed (shared by every case it is linked to)."""

    FIELDS: ClassVar[tuple[str, ...]] = (
        "name",
        "category",
        "role",
        "organisation",
        "phone",
        "email",
        "address",
        "reliability_note",
    )

    name: str = ""
    category: CounterpartCategory = CounterpartCategory.OTHER
    role: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    reliability_note: str = ""

    @classmethod
    def from_view(cls, c: CounterpartView) -> CounterpartForm:
        return cls(
            name=c.name,
            category=c.category,
            role=c.role or "",
            organisation=c.organisation or "",
            phone=c.phone or "",
            email=c.email or "",
            address=c.address or "",
            reliability_note=c.reliability_note or "",
        )

    def validate(self) -> list[ValidationError]:
        errors: list[ValidationError] = []
        if not self.name:
            errors.append(ValidationError("name", translate("gui.forms.record_forms", "Give the counterpart's name.")))
        _collect(errors, v.clean_text, self.name, "name", max_length=300)
        for name, limit in (("role", 200), ("organisation", 200), ("address", 500)):
            _collect(errors, v.clean_text, getattr(self, name), name, max_length=limit)
        _collect(errors, v.phone, self.phone or None)
        _collect(errors, v.email, self.email or None)
        _collect(
            errors,
            v.clean_text,
            self.reliability_note,
            "reliability_note",
            max_length=20_000,
            multiline=True,
            label=translate("gui.forms.record_forms", "reliability note", "the field named in a validation message"),
        )
        return errors


@dataclass(frozen=True)
class DocumentForm(_EditForm):
    """A document's description and restricted mark (the file itself never changes)."""

    FIELDS: ClassVar[tuple[str, ...]] = ("description", "restricted")

    description: str = ""
    restricted: bool = False

    @classmethod
    def from_view(cls, d: DocumentView) -> DocumentForm:
        return cls(description=d.description or "", restricted=d.restricted)

    def changes(self, view: DocumentView) -> dict:
        # edit_document reads None as "leave as it is": a cleared description is sent as "".
        return self._edited(DocumentForm.from_view(view))

    def validate(self) -> list[ValidationError]:
        errors: list[ValidationError] = []
        _collect(errors, v.clean_text, self.description, "description", max_length=20_000, multiline=True)
        return errors


__all__ = ["CounterpartForm", "DocumentForm", "MilestoneForm"]
