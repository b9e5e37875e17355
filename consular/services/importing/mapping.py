"""Which column of a file holds which field: the fields each kind of import takes, a
suggestion from the header names, and the mapping kept as TOML next to the user's settings
(``consular import … --map FILE`` reads the same format)."""

from __future__ import annotations

import json
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from consular import paths
from consular.domain.errors import ValidationError
from consular.i18n import translate
from consular.services.importing.parsing import DATE_ORDERS

KINDS = ("cases", "people", "contacts")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    required: bool = False
    #: Other header names people use for it (compared lower-case, spaces and punctuation aside).
    aliases: tuple[str, ...] = ()


FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "cases": (
        FieldSpec("reference", "Case reference", aliases=("ref", "case ref", "case reference", "case no", "case")),
        FieldSpec("post", "Post (code)", aliases=("post code", "embassy", "mission")),
        FieldSpec("title", "Title", True, ("case title", "summary", "name")),
        FieldSpec("kind", "Kind", True, ("type", "case type", "case kind")),
        FieldSpec("priority", "Priority"),
        FieldSpec("incident_at", "Incident date and time", True, ("incident", "incident date", "date", "when")),
        FieldSpec("incident_site", "Site", aliases=("site", "location")),
        FieldSpec("incident_town", "Town", aliases=("town", "city")),
        FieldSpec("incident_region", "Region", aliases=("region", "province", "state")),
        FieldSpec("incident_country", "Country (ISO code)", True, ("country", "incident country")),
        FieldSpec("latitude", "Latitude", aliases=("lat",)),
        FieldSpec("longitude", "Longitude", aliases=("lon", "lng", "long")),
        FieldSpec("timezone", "Time zone (IANA)", aliases=("time zone", "tz", "zone")),
        FieldSpec("circumstances", "Circumstances", aliases=("description", "details", "narrative")),
        FieldSpec("attribution_level", "Attribution level", aliases=("attribution",)),
        FieldSpec("attribution_group", "Attributed to (group)", aliases=("group", "perpetrator")),
        FieldSpec("attribution_source", "Attribution source"),
        FieldSpec("classification", "Classification"),
        FieldSpec("lead_caseworker", "Lead caseworker (user name)", aliases=("lead", "caseworker")),
        FieldSpec("supervisor", "Supervisor (user name)"),
    ),
    "people": (
        FieldSpec("case_reference", "Case reference", True, ("reference", "ref", "case", "case ref")),
        FieldSpec("role", "Role", True, ("role in case", "participant role")),
        FieldSpec("full_name", "Full name", True, ("name", "full name", "person")),
        FieldSpec("name_native", "Name in native script", aliases=("native name", "name native", "name (native)")),
        FieldSpec("gender", "Gender", aliases=("sex",)),
        FieldSpec("date_of_birth", "Date of birth", aliases=("dob", "born", "birth date", "birthdate")),
        FieldSpec("nationality", "Nationality (ISO code)", aliases=("citizenship",)),
        FieldSpec("passport_number", "Passport number", aliases=("passport", "passport no", "ppt")),
        FieldSpec("home_state", "Home state", aliases=("state",)),
        FieldSpec("home_district", "Home district", aliases=("district",)),
        FieldSpec("employer", "Employer", aliases=("company",)),
        FieldSpec("occupation", "Occupation", aliases=("job", "profession")),
        FieldSpec("languages", "Languages", aliases=("language",)),
        FieldSpec("medical_needs", "Medical needs", aliases=("medical", "health")),
        FieldSpec("phone", "Phone", aliases=("mobile", "telephone", "tel", "phone number", "cell")),
        FieldSpec("email", "E-mail", aliases=("e-mail", "email address", "mail")),
        FieldSpec("notes", "Notes", aliases=("remarks", "comments")),
        FieldSpec("held_since", "Held since (hostages)", aliases=("held since", "taken on")),
    ),
    "contacts": (
        FieldSpec("case_reference", "Case reference", True, ("reference", "ref", "case", "case ref")),
        FieldSpec("occurred_at", "Date and time", True, ("date", "when", "date and time", "time")),
        FieldSpec("channel", "Channel", True, ("by", "medium", "means")),
        FieldSpec("direction", "Direction", aliases=("in/out",)),
        FieldSpec("subject", "Summary", True, ("summary", "topic")),
        FieldSpec("notes", "Notes", aliases=("details", "remarks")),
        FieldSpec("outcome", "Outcome", aliases=("result",)),
        FieldSpec("duration_minutes", "Duration (minutes)", aliases=("duration", "minutes")),
        FieldSpec("follow_up_needed", "Follow-up needed", aliases=("follow up", "follow-up")),
        FieldSpec("restricted", "Restricted"),
        FieldSpec(
            "with",
            "With (Name | Organisation; …)",
            True,
            ("counterpart", "counterparts", "contact", "contact person", "who"),
        ),
        FieldSpec("staff_present", "Staff present (user names)", aliases=("staff",)),
    ),
}


def field_names(kind: str) -> list[str]:
    return [f.name for f in FIELDS[check_kind(kind)]]


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError(
            "kind",
            translate("services.importing.mapping", "Cannot import '{kind}'; choose one of {kinds}.").format(
                kind=kind, kinds=", ".join(KINDS)
            ),
        )
    return kind


@dataclass
class Mapping:
    """Columns of the file → fields, and how to read ambiguous values."""

    kind: str
    #: header as in the file → field name; a header not here is ignored.
    columns: dict[str, str] = field(default_factory=dict)
    #: "dmy" or "mdy" for numeric dates whose day and month could be swapped; None refuses them.
    date_order: str | None = None
    #: Region assumed for phone numbers without a country code when the case says none.
    default_country: str | None = None

    def check(self, headers: list[str] | None = None) -> None:
        """Refuse a mapping that names an unknown field, maps two columns to one field, leaves
        a required field unmapped, or names a column the file does not have."""
        check_kind(self.kind)
        known = {f.name: f for f in FIELDS[self.kind]}
        seen: dict[str, str] = {}
        for header, name in self.columns.items():
            if name not in known:
                raise ValidationError(
                    "mapping",
                    translate(
                        "services.importing.mapping", "Column '{header}' is mapped to '{name}', which is not a field."
                    ).format(header=header, name=name),
                )
            if name in seen:
                raise ValidationError(
                    "mapping",
                    translate(
                        "services.importing.mapping", "Columns '{seen}' and '{header}' are both mapped to '{label}'."
                    ).format(seen=seen[name], header=header, label=known[name].label),
                )
            seen[name] = header
            if headers is not None and header not in headers:
                raise ValidationError(
                    "mapping",
                    translate(
                        "services.importing.mapping",
                        "The mapping names a column '{header}' that the file does not have.",
                    ).format(header=header),
                )
        missing = [
            f.label
            for f in FIELDS[self.kind]
            if f.required and f.name not in seen and not (self.kind == "cases" and f.name == "post")
        ]
        if missing:
            raise ValidationError(
                "mapping",
                translate("services.importing.mapping", "Map a column to: {missing} (required).").format(
                    missing=", ".join(missing)
                ),
            )
        if self.date_order not in (None, *DATE_ORDERS):
            raise ValidationError(
                "date_order",
                translate("services.importing.mapping", "date_order must be one of {date_orders}.").format(
                    date_orders=", ".join(DATE_ORDERS)
                ),
            )

    def to_toml(self) -> str:
        lines = [f"kind = {_s(self.kind)}"]
        if self.date_order:
            lines.append(f"date_order = {_s(self.date_order)}")
        if self.default_country:
            lines.append(f"default_country = {_s(self.default_country)}")
        lines.append("")
        lines.append("[columns]")
        lines.extend(f"{_s(header)} = {_s(name)}" for header, name in self.columns.items())
        return "\n".join(lines) + "\n"


def _s(text: str) -> str:
    # A JSON string is a valid TOML basic string (same escapes).
    return json.dumps(text, ensure_ascii=False)


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[^0-9a-z\u0080-\uffff]+", " ", text).strip()


def suggest(kind: str, headers: list[str]) -> Mapping:
    """A mapping guessed from the header names: a header equal to a field's name, label or
    one of its aliases (case, spaces and punctuation aside). Each field is taken once."""
    taken: set[str] = set()
    columns: dict[str, str] = {}
    for header in headers:
        key = _key(header)
        for spec in FIELDS[check_kind(kind)]:
            names = {_key(spec.name), _key(spec.label), *(_key(a) for a in spec.aliases)}
            if spec.name not in taken and key in names:
                columns[header] = spec.name
                taken.add(spec.name)
                break
    return Mapping(kind, columns)


def load(path: str | Path) -> Mapping:
    """A mapping from a TOML file; ValidationError (field "mapping") says what is wrong with it."""
    source = Path(path)
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError(
            "mapping",
            translate("services.importing.mapping", "Cannot read the mapping {source_name}: {value}.").format(
                source_name=source.name, value=exc.strerror or exc
            ),
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ValidationError(
            "mapping",
            translate("services.importing.mapping", "{source_name} is not a valid TOML mapping: {exc}.").format(
                source_name=source.name, exc=exc
            ),
        ) from None
    columns = data.get("columns", {})
    if not isinstance(columns, dict) or not all(isinstance(v, str) for v in columns.values()):
        raise ValidationError(
            "mapping",
            translate(
                "services.importing.mapping", "{source_name}: [columns] must map each header to a field name."
            ).format(source_name=source.name),
        )
    return Mapping(
        kind=str(data.get("kind", "")),
        columns=dict(columns),
        date_order=data.get("date_order") or None,
        default_country=data.get("default_country") or None,
    )


def saved_path(kind: str) -> Path:
    """Where the mapping last used for ``kind`` is kept (with the user's settings)."""
    return paths.private_dir(paths.config_dir() / "import-mappings") / f"{check_kind(kind)}.toml"


def save(mapping: Mapping, path: str | Path | None = None) -> Path:
    """Write ``mapping`` (private file) to ``path`` or to :func:`saved_path`; returns the path."""
    target = Path(path) if path is not None else saved_path(mapping.kind)
    target.write_text(mapping.to_toml(), encoding="utf-8")
    paths.private_file(target)
    return target


def saved_or_suggested(kind: str, headers: list[str]) -> Mapping:
    """The saved mapping when it fits ``headers`` (every column it names is there), else a suggestion."""
    path = saved_path(kind)
    if path.exists():
        try:
            mapping = load(path)
            if mapping.kind == kind and mapping.columns and set(mapping.columns) <= set(headers):
                return mapping
        except ValidationError:
            pass  # a broken saved mapping is replaced by the next save
    return suggest(kind, headers)
