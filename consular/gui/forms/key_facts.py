"""The key facts of a case as edited on the Overview tab, without widgets.

The tab keeps the values it loaded (``baseline``, from ``values_from(detail)``) and reads
the widgets into a ``KeyFactsForm``. The form says what changed (blank and none are the
same; the incident time counts to the minute; the coordinates travel as a pair) and what
``cases.edit_case`` is then sent. ``validate`` returns every error in the changed fields at
once (the service's own checks, same field and message), so the tab shows them all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from consular.domain import validation as v
from consular.domain.enums import AttributionLevel
from consular.domain.errors import ValidationError
from consular.domain.timeutil import utcnow, zone
from consular.gui.forms.new_case import group_missing
from consular.i18n import translate
from consular.services.views import CaseDetail

# Line edits (text, trimmed) and combos (their data), by the service's field names.
TEXT_FIELDS = (
    "title",
    "incident_site",
    "incident_town",
    "incident_region",
    "attribution_group",
    "attribution_source",
    "timezone",
    "latitude",
    "longitude",
)
COMBO_FIELDS = (
    "kind",
    "priority",
    "incident_country",
    "attribution_level",
    "classification",
    "lead_caseworker",
    "supervisor",
)
COORDINATES = ("latitude", "longitude")
GROUP_LEVELS = (AttributionLevel.CLAIMED, AttributionLevel.CONFIRMED)


def minute(value: datetime | None) -> datetime | None:
    return value.replace(second=0, microsecond=0) if value is not None else None


def coordinate_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def values_from(d: CaseDetail) -> dict:
    """The key facts of a loaded case, as the form shows them."""
    return {
        "title": d.title,
        "kind": d.kind,
        "priority": d.priority,
        "incident_at": minute(d.incident_at),
        "incident_site": d.incident_site or "",
        "incident_town": d.incident_town or "",
        "incident_region": d.incident_region or "",
        "incident_country": d.incident_country,
        "latitude": coordinate_text(d.latitude),
        "longitude": coordinate_text(d.longitude),
        "timezone": d.timezone,
        "circumstances": d.circumstances or "",
        "attribution_level": d.attribution_level,
        "attribution_group": d.attribution_group or "",
        "attribution_source": d.attribution_source or "",
        "classification": d.classification,
        "lead_caseworker": d.lead_caseworker.username if d.lead_caseworker else None,
        "supervisor": d.supervisor.username if d.supervisor else None,
    }


def _blank(value) -> bool:
    return value in ("", None)


@dataclass(frozen=True)
class KeyFactsForm:
    """The key facts as typed. ``values`` has the keys of ``values_from`` (text trimmed, the
    incident time to the minute); ``incident_at`` is the instant exactly as entered."""

    values: dict = field(default_factory=dict)
    incident_at: datetime | None = None
    incident_problem: str = ""  # why the incident time typed is not a date, if it is not

    @classmethod
    def from_detail(cls, d: CaseDetail) -> KeyFactsForm:
        return cls(values_from(d), d.incident_at)

    def changes(self, baseline: dict | None) -> dict:
        """The fields that differ from ``baseline`` (both coordinates when either changed)."""
        if baseline is None:
            return {}
        now = self.values
        changed = {k: v for k, v in now.items() if v != baseline.get(k) and not (_blank(v) and _blank(baseline.get(k)))}
        if any(k in changed for k in COORDINATES):
            changed.update({k: now[k] for k in COORDINATES})
        return changed

    def validate(self, baseline: dict | None, *, now: datetime | None = None) -> list[ValidationError]:
        """Every error in the changed fields, in the order the tab shows them."""
        changed = self.changes(baseline)
        errors: list[ValidationError] = []

        def check(fn, *args, **kwargs) -> None:
            try:
                fn(*args, **kwargs)
            except ValidationError as exc:
                errors.append(exc)

        if "title" in changed:
            check(v.clean_text, changed["title"], "title", required=True, max_length=300)
        if self.incident_problem:
            errors.append(ValidationError("incident_at", self.incident_problem))
        elif "incident_at" in changed and self.incident_at is not None and self.incident_at > (now or utcnow()):
            errors.append(
                ValidationError(
                    "incident_at",
                    translate("gui.forms.key_facts", "The incident time is in the future; check the date and zone."),
                )
            )
        for name, limit in (("incident_site", 300), ("incident_town", 120), ("incident_region", 120)):
            if name in changed:
                check(v.clean_text, changed[name], name, max_length=limit)
        if any(k in changed for k in COORDINATES):
            check(v.coordinates, changed.get("latitude") or None, changed.get("longitude") or None)
        if "timezone" in changed:
            check(zone, changed["timezone"])
        for name, limit in (("attribution_group", 200), ("attribution_source", 500)):
            if name in changed:
                check(v.clean_text, changed[name], name, max_length=limit)
        level = self.values.get("attribution_level")
        if (
            ("attribution_level" in changed or "attribution_group" in changed)
            and level in GROUP_LEVELS
            and not (self.values.get("attribution_group") or "").strip()
        ):
            errors.append(ValidationError("attribution_group", group_missing(level)))
        return errors

    def change_count(self, baseline: dict | None) -> int:
        """How many changes a caseworker would count: a moved point is one change."""
        changed = self.changes(baseline)
        return len(changed) - (1 if all(k in changed for k in COORDINATES) else 0)

    def payload(self, changes: dict) -> dict:
        """Keyword arguments of ``cases.edit_case`` for ``changes``: a cleared coordinate is
        None, and the incident time the exact instant entered."""
        payload = {}
        for key, value in changes.items():
            if key in COORDINATES:
                payload[key] = value or None
            elif key == "incident_at":
                payload[key] = self.incident_at
            else:
                payload[key] = value
        return payload
