"""Recording a family update and changing a liaison officer, as plain data.

The dialogs (gui/workspace/family_tab.py) only show these: each form holds what was typed,
``validate()`` returns every error it can see without a database (each naming the field the
service would name), and ``arguments()`` gives the service's keyword arguments.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from consular.domain import validation as v
from consular.domain.enums import Channel
from consular.domain.errors import ValidationError
from consular.i18n import translate


@dataclass(frozen=True)
class FamilyUpdateForm:
    """What was told to a next of kin. ``covers``: the open items it covers (None: every open
    item of the hostage of developments up to ``told_at``; the dialog sends the ticked ones)."""

    kin_id: int | None = None
    channel: Channel | None = None
    told_at: datetime | None = None
    what_told: str = ""
    covers: tuple[int, ...] | None = None
    restricted: bool = False
    #: Problem the time field itself reports (unparseable text), shown as a told_at error.
    told_at_problem: str | None = None
    open_item_ids: tuple[int, ...] = field(default=(), compare=False)

    def validate(self) -> list[ValidationError]:
        errors: list[ValidationError] = []
        if self.kin_id is None:
            errors.append(
                ValidationError("kin", translate("gui.forms.family_forms", "Choose the next of kin who was told."))
            )
        if self.channel is None:
            errors.append(
                ValidationError(
                    "channel", translate("gui.forms.family_forms", "Say how they were told (phone, in person, ...).")
                )
            )
        if self.told_at_problem:
            errors.append(ValidationError("told_at", self.told_at_problem))
        try:
            v.clean_text(
                self.what_told,
                "what_told",
                required=True,
                multiline=True,
                label=translate("gui.forms.family_forms", "what was told", "the field named in a validation message"),
            )
        except ValidationError as exc:
            errors.append(exc)
        unknown = set(self.covers or ()) - set(self.open_item_ids)
        if unknown:
            errors.append(
                ValidationError(
                    "covers",
                    translate("gui.forms.family_forms", "Item #{number} is not open any more; reload.").format(
                        number=min(unknown)
                    ),
                )
            )
        return errors

    def arguments(self) -> dict:
        return {
            "kin": self.kin_id,
            "channel": self.channel,
            "told_at": self.told_at,
            "what_told": self.what_told.strip(),
            "covers": None if self.covers is None else list(self.covers),
            "restricted": self.restricted,
        }


@dataclass(frozen=True)
class OfficerChangeForm:
    """A change of a next of kin's liaison officer: to whom (username, None for nobody), why.
    ``current`` is the officer's username when the dialog opened; ``version`` the record's."""

    liaison_id: int | None
    current: str | None
    version: int
    to_user: str | None = None
    reason: str = ""

    def validate(self) -> list[ValidationError]:
        errors: list[ValidationError] = []
        if self.liaison_id is None:
            errors.append(ValidationError("kin", translate("gui.forms.family_forms", "Choose the next of kin.")))
        if (self.to_user or None) == (self.current or None):
            errors.append(
                ValidationError(
                    "to_user",
                    translate("gui.forms.family_forms", "Choose a different officer: this one is already theirs."),
                )
            )
        if not (self.reason or "").strip():
            errors.append(
                ValidationError(
                    "reason",
                    translate("gui.forms.family_forms", "Say why the officer changes; it is shown on the brief."),
                )
            )
        return errors

    def arguments(self) -> dict:
        return {
            "kin": self.liaison_id,
            "to_user": self.to_user,
            "reason": self.reason.strip(),
            "expected_version": self.version,
        }


__all__ = ["FamilyUpdateForm", "OfficerChangeForm"]
