"""The Return tab's forms as plain data: marking a checklist item done with its facts, giving
it an owner or a due date, marking it not applicable.

Each form is built from the item the dialog shows (``for_item``); ``validate()`` returns every
error it can see without a database, each on the field the service would name;
``service_kwargs()`` is what the service in :mod:`consular.services.repatriation` takes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from consular.domain.errors import ValidationError
from consular.domain.repatriation import PsychosocialSupport, ReturnItemKind
from consular.domain.timeutil import utcnow
from consular.gui.forms.values import text_or_none
from consular.i18n import translate
from consular.services.repatriation import ChecklistItemView


@dataclass(frozen=True)
class ItemDoneForm:
    """Done: when, a note, and the item's own fact (the debrief's "by whom", the support's answer)."""

    kind: ReturnItemKind
    at: datetime | None = None
    at_problem: str | None = None  # what the date field says is wrong with the typing
    note: str = ""
    debrief_by: str = ""
    psychosocial: PsychosocialSupport | None = None
    facts_only: bool = False  # ticked in the Tasks tab already: only the facts are recorded

    @classmethod
    def for_item(cls, item: ChecklistItemView, now: datetime) -> ItemDoneForm:
        return cls(
            kind=item.kind,
            at=item.completed_at or now.replace(second=0, microsecond=0),
            debrief_by=item.debrief_by or "",
            psychosocial=item.psychosocial,
            facts_only=item.state == "done",
        )

    @property
    def asks_debrief_by(self) -> bool:
        return self.kind == ReturnItemKind.DEBRIEF

    @property
    def asks_support(self) -> bool:
        return self.kind == ReturnItemKind.PSYCHOSOCIAL

    def validate(self, *, now: datetime | None = None) -> list[ValidationError]:
        errors = []
        if self.at_problem:
            errors.append(ValidationError("at", self.at_problem))
        elif self.at is None:
            errors.append(ValidationError("at", translate("gui.forms.return_forms", "Say when it was done.")))
        elif self.at > (now or utcnow()):
            errors.append(
                ValidationError(
                    "at",
                    translate("gui.forms.return_forms", "The item cannot be closed in the future; check the date."),
                )
            )
        if self.asks_debrief_by and not self.debrief_by.strip():
            errors.append(
                ValidationError(
                    "debrief_by",
                    translate("gui.forms.return_forms", "Say who held the debrief (an agency or an officer)."),
                )
            )
        if self.asks_support and self.psychosocial is None:
            errors.append(
                ValidationError(
                    "psychosocial",
                    translate(
                        "gui.forms.return_forms", "Say whether psychosocial support was offered, accepted or declined."
                    ),
                )
            )
        return errors

    def service_kwargs(self) -> dict:
        """Keyword arguments of ``repatriation.complete_item`` (beside the item)."""
        return {
            "at": self.at,
            "note": text_or_none(self.note),
            "debrief_by": text_or_none(self.debrief_by) if self.asks_debrief_by else None,
            "psychosocial": self.psychosocial if self.asks_support else None,
        }


@dataclass(frozen=True)
class AssignItemForm:
    """A new owner and/or due date; only what differs from the item is sent."""

    owner: str | None
    due_at: datetime | None
    due_problem: str | None = None
    current_owner: str | None = None
    current_due: datetime | None = None

    @classmethod
    def for_item(cls, item: ChecklistItemView) -> AssignItemForm:
        return cls(
            owner=item.owner_username,
            due_at=item.due_at,
            current_owner=item.owner_username,
            current_due=item.due_at,
        )

    def service_kwargs(self) -> dict:
        """Keyword arguments of ``repatriation.assign_item``: the fields that changed."""
        changes: dict = {}
        if self.owner and self.owner != self.current_owner:
            changes["owner"] = self.owner
        if self.due_at is not None and self.due_at != self.current_due:
            changes["due_at"] = self.due_at
        return changes

    def validate(self) -> list[ValidationError]:
        if self.due_problem:
            return [ValidationError("due_at", self.due_problem)]
        if not self.owner:
            return [ValidationError("owner", translate("gui.forms.return_forms", "Choose who owns the item."))]
        if not self.service_kwargs():
            return [
                ValidationError(
                    "owner",
                    translate("gui.forms.return_forms", "Nothing changed: choose another owner or another due date."),
                )
            ]
        return []


@dataclass(frozen=True)
class NotApplicableForm:
    """Not applicable, with the reason why."""

    reason: str = ""

    def validate(self) -> list[ValidationError]:
        if not self.reason.strip():
            return [
                ValidationError(
                    "reason",
                    translate("gui.forms.return_forms", "Say why the item does not apply (it stays on the record)."),
                )
            ]
        return []

    def service_kwargs(self) -> dict:
        return {"reason": self.reason.strip()}
