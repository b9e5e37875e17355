"""The case status workflow: which transitions are allowed."""

from __future__ import annotations

from consular.domain.enums import CaseStatus
from consular.domain.errors import ValidationError
from consular.i18n import translate

_ALLOWED: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.OPEN: frozenset({CaseStatus.ACTIVE, CaseStatus.RESOLVED, CaseStatus.CLOSED}),
    CaseStatus.ACTIVE: frozenset({CaseStatus.RESOLVED, CaseStatus.CLOSED}),
    CaseStatus.RESOLVED: frozenset({CaseStatus.CLOSED, CaseStatus.ACTIVE}),  # reopen
    CaseStatus.CLOSED: frozenset({CaseStatus.ACTIVE}),  # reopen
}


def allowed_transitions(current: CaseStatus) -> list[CaseStatus]:
    """Statuses a case in ``current`` may move to, in workflow order."""
    return [s for s in CaseStatus if s in _ALLOWED[current]]


def check_transition(current: CaseStatus, new: CaseStatus) -> None:
    """Raise :class:`ValidationError` unless ``current`` → ``new`` is allowed."""
    if new == current:
        raise ValidationError(
            "status",
            translate("domain.workflow", "The case is already {current}.").format(current=current.label.lower()),
        )
    if new not in _ALLOWED[current]:
        options = ", ".join(s.label.lower() for s in allowed_transitions(current))
        raise ValidationError(
            "status",
            translate(
                "domain.workflow", "A case cannot go from {current} to {new}; from {current} it can go to: {options}."
            ).format(current=current.label.lower(), new=new.label.lower(), options=options),
        )


def is_reopening(current: CaseStatus, new: CaseStatus) -> bool:
    return current in (CaseStatus.RESOLVED, CaseStatus.CLOSED) and new == CaseStatus.ACTIVE
