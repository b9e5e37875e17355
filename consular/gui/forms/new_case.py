"""The New case form as plain data: its defaults, the hints it shows and what it sends to
``cases.open_case``, without widgets.

The incident time is typed as a wall clock in the incident's zone and sent as text without an
offset, which the service reads in that zone; "now" is shown as the wall clock there.
``validate`` returns every error the form can see without a database, at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from consular.domain import validation as v
from consular.domain.enums import AttributionLevel, CaseKind, Classification, Priority
from consular.domain.errors import ValidationError
from consular.domain.timeutil import utcnow, zone
from consular.domain.validation import COUNTRIES
from consular.i18n import QT_TRANSLATE_NOOP, language, translate

DEFAULT_KIND = CaseKind.ABDUCTION
DEFAULT_PRIORITY = Priority.HIGH
DEFAULT_CLASSIFICATION = Classification.RESTRICTED
DEFAULT_ATTRIBUTION = AttributionLevel.UNKNOWN
# Levels at which the service requires the group's name.
GROUP_REQUIRED = (AttributionLevel.CLAIMED, AttributionLevel.CONFIRMED)
# What the service says when the group is missing, one whole sentence per level.
_GROUP_MISSING = {
    AttributionLevel.CLAIMED: QT_TRANSLATE_NOOP("gui.forms.new_case", "Name the group when attribution is claimed."),
    AttributionLevel.CONFIRMED: QT_TRANSLATE_NOOP(
        "gui.forms.new_case", "Name the group when attribution is confirmed."
    ),
}


def group_missing(level: AttributionLevel) -> str:
    """The message for a claimed or confirmed attribution without the group's name."""
    return translate("gui.forms.new_case", _GROUP_MISSING[AttributionLevel(level)])


def utc_offset(zone_name: str, *, at: datetime | None = None) -> str:
    """``UTC+05:30`` for a zone now (or at ``at``); empty for a name that is no zone (yet)."""
    try:
        offset = (at or datetime.now()).astimezone(ZoneInfo(zone_name)).strftime("%z")
    except Exception:  # noqa: BLE001 - an unfinished zone name while typing
        return ""
    return f"UTC{offset[:3]}:{offset[3:]}"


def zone_hint(zone_name: str, *, at: datetime | None = None) -> str:
    """The hint beside the incident time."""
    offset = utc_offset(zone_name, at=at)
    if not offset:
        return translate("gui.forms.new_case", "unknown zone")
    return translate("gui.forms.new_case", "local time, {offset}").format(offset=offset)


def wall_clock_now(zone_name: str, *, now: datetime | None = None) -> datetime:
    """Now as the wall clock in ``zone_name`` (naive, to the minute); UTC for no valid zone."""
    instant = now or utcnow()
    try:
        local = instant.astimezone(ZoneInfo(zone_name))
    except Exception:  # noqa: BLE001 - no valid zone yet
        local = instant
    return local.replace(tzinfo=None, second=0, microsecond=0)


def group_placeholder(level: AttributionLevel) -> str:
    """What the group field asks for at this attribution level."""
    if level in GROUP_REQUIRED:
        return translate("gui.forms.new_case", "Required: the group that claimed it")
    return translate("gui.forms.new_case", "Optional: suspected or named group")


def country_label(code: str) -> str:
    """How the country list shows a country: ``Mali (ML)``, ``Égypte (EG)``, ``मिस्र (EG)``: the
    name in the language (CLDR's, through Babel), the code as typed."""
    return f"{country_name(code)} ({code})"


def country_name(code: str) -> str:
    """The country's name in the current language (English, or a code not in the list: the
    list's own name, else the code)."""
    code_language = language()
    if code_language == "en" or code not in COUNTRIES:
        return COUNTRIES.get(code, code)
    from babel import Locale

    return Locale.parse(code_language).territories.get(code, COUNTRIES[code])


def country_value(text: str) -> str:
    """The code of a country picked from the list, or the text as typed (a code or a name,
    which the service accepts either way)."""
    text = (text or "").strip()
    wanted = text.casefold()
    for code in COUNTRIES:
        if country_label(code).casefold() == wanted:
            return code
    return text


@dataclass(frozen=True)
class NewCaseForm:
    """Everything the New case dialog holds; ``incident_at`` is a naive wall clock in
    ``timezone``."""

    post_code: str = ""
    title: str = ""
    kind: str = DEFAULT_KIND.value
    priority: str = DEFAULT_PRIORITY.value
    classification: str = DEFAULT_CLASSIFICATION.value
    lead_caseworker: str | None = None
    supervisor: str | None = None
    incident_at: datetime | None = None
    timezone: str = "UTC"
    incident_site: str = ""
    incident_town: str = ""
    incident_region: str = ""
    incident_country: str = ""
    attribution_level: str = DEFAULT_ATTRIBUTION.value
    attribution_group: str = ""
    attribution_source: str = ""
    circumstances: str = ""
    incident_problem: str = ""  # why the incident time typed is not a date, if it is not

    def validate(self, *, now: datetime | None = None) -> list[ValidationError]:
        """Every error in the form, in the order the dialog shows the fields."""
        errors: list[ValidationError] = []

        def check(fn, *args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except ValidationError as exc:
                errors.append(exc)
                return None

        if not self.post_code:
            errors.append(
                ValidationError("post_code", translate("gui.forms.new_case", "Choose the post handling the case."))
            )
        check(v.clean_text, self.title, "title", required=True, max_length=300)
        tz = check(zone, self.timezone.strip())
        if self.incident_problem:
            errors.append(ValidationError("incident_at", self.incident_problem))
        elif self.incident_at is None:
            errors.append(
                ValidationError("incident_at", translate("gui.forms.new_case", "Enter when the incident happened."))
            )
        elif tz is not None and self.incident_at.replace(tzinfo=tz) > (now or utcnow()):
            errors.append(
                ValidationError(
                    "incident_at",
                    translate("gui.forms.new_case", "The incident time is in the future; check the date and zone."),
                )
            )
        check(v.country_code, self.incident_country, "incident_country")
        if AttributionLevel(self.attribution_level) in GROUP_REQUIRED and not self.attribution_group.strip():
            errors.append(ValidationError("attribution_group", group_missing(self.attribution_level)))
        order = [
            "post_code",
            "title",
            "incident_at",
            "timezone",
            "incident_country",
            "attribution_group",
        ]
        return sorted(errors, key=lambda e: order.index(e.field) if e.field in order else len(order))

    @classmethod
    def new(cls, actor_username: str, post=None, *, now: datetime | None = None) -> NewCaseForm:
        """An abduction, high priority, restricted, led by the signed-in user, at the post's
        zone and country, happening now (the wall clock there). Without a post, no zone and
        no time are chosen: the dialog keeps what its fields start with."""
        if post is None:
            return cls(lead_caseworker=actor_username, timezone="")
        return cls(
            post_code=post.code,
            lead_caseworker=actor_username,
            timezone=post.timezone,
            incident_country=post.country,
            incident_at=wall_clock_now(post.timezone, now=now),
        )

    def open_case_kwargs(self) -> dict:
        """Keyword arguments of ``cases.open_case``; the time as wall-clock text in the zone."""
        at = self.incident_at
        return {
            "post_code": self.post_code or "",
            "title": self.title,
            "kind": self.kind,
            "priority": self.priority,
            "classification": self.classification,
            "lead_caseworker": self.lead_caseworker,
            "supervisor": self.supervisor,
            # Wall-clock text in the chosen zone: the service reads it in that zone.
            "incident_at": _wall_clock_text(at),
            "timezone": self.timezone.strip(),
            "incident_site": self.incident_site,
            "incident_town": self.incident_town,
            "incident_region": self.incident_region,
            "incident_country": self.incident_country,
            "attribution_level": self.attribution_level,
            "attribution_group": self.attribution_group,
            "attribution_source": self.attribution_source,
            "circumstances": self.circumstances,
        }


def _wall_clock_text(at: datetime | None) -> str:
    if at is None:
        return ""
    return f"{at.year:04d}-{at.month:02d}-{at.day:02d}T{at.hour:02d}:{at.minute:02d}"
