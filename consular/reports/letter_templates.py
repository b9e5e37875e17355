"""The family update letter's templates: one TOML file per language in resources/letters/.

Every fixed word of a letter (salutation, intro, closing, month names, the footer) is data in
``resources/letters/<code>.toml``, so a letter is translated by adding a file, never by
changing code. :func:`resolve` maps what a next of kin's *preferred language* says ("Hindi",
"hi", "हिन्दी", "hi-IN") to a template; :func:`format_date` writes a date the template's way
(month names in the template's language and script).
"""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from consular import paths

#: The keys every template must hold (text with the placeholders named), and the statuses.
TEXT_KEYS: dict[str, set[str]] = {
    "date": {"day", "month", "year"},
    "subject": {"hostage"},
    "salutation": {"kin"},
    "intro": {"hostage", "start", "end"},
    "items_heading": set(),
    "no_items": {"hostage"},
    "closing": set(),
    "officer": {"post", "officer"},
    "officer_email": {"officer", "email"},
    "reach": {"post"},
    "sign_off": set(),
    "footer": {"anchor", "page"},
}
STATUS_KEYS = ("held", "released", "rescued", "escaped", "deceased", "unaccounted")


class TemplateError(ValueError):
    """A template file is malformed (a bug in the shipped resources, found by the tests)."""


@dataclass(frozen=True)
class LetterTemplate:
    code: str
    name: str  #: the language's own name ("हिन्दी")
    aliases: tuple[str, ...]
    months: tuple[str, ...]
    text: dict[str, str] = field(repr=False)
    status: dict[str, str] = field(repr=False)

    def say(self, key: str, **values) -> str:
        return self.text[key].format(**values)

    def status_text(self, status: str, hostage: str) -> str:
        return self.status[status].format(hostage=hostage)


def letters_dir() -> Path:
    return paths.resources_dir() / "letters"


def _placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def _load(path: Path) -> LetterTemplate:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{path.name}: {exc}") from None
    for key, wanted in TEXT_KEYS.items():
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise TemplateError(f"{path.name}: '{key}' is missing")
        unknown = _placeholders(value) - wanted
        if unknown:
            raise TemplateError(f"{path.name}: '{key}' names unknown placeholders {sorted(unknown)}")
    months = data.get("months")
    if not isinstance(months, list) or len(months) != 12:
        raise TemplateError(f"{path.name}: 'months' must list the twelve month names")
    status = data.get("status") or {}
    missing = [k for k in STATUS_KEYS if not isinstance(status.get(k), str)]
    if missing:
        raise TemplateError(f"{path.name}: [status] lacks {missing}")
    code = data.get("code")
    if code != path.stem:
        raise TemplateError(f"{path.name}: 'code' must be '{path.stem}'")
    return LetterTemplate(
        code=code,
        name=str(data.get("name") or code),
        aliases=(*(_fold(a) for a in data.get("aliases", [])), _fold(code)),
        months=tuple(months),
        text={k: data[k] for k in TEXT_KEYS},
        status={k: status[k] for k in STATUS_KEYS},
    )


@cache
def templates() -> dict[str, LetterTemplate]:
    """Every shipped template by code, English first."""
    found = {p.stem: _load(p) for p in sorted(letters_dir().glob("*.toml"))}
    return dict(sorted(found.items(), key=lambda item: (item[0] != "en", item[0])))


def template(code: str) -> LetterTemplate:
    try:
        return templates()[code]
    except KeyError:
        raise LookupError(code) from None


def _fold(text: str) -> str:
    return "".join(str(text).casefold().split())


def resolve(preferred: str | None) -> str | None:
    """The template code for a preferred language ("Hindi", "hi", "हिन्दी", "hi-IN",
    "Hindi, English": the first that has a template), or None when none matches."""
    if not preferred:
        return None
    for part in preferred.replace(";", ",").replace("/", ",").split(","):
        folded = _fold(part)
        if not folded:
            continue
        base = folded.split("-")[0].split("_")[0]
        for code, tmpl in templates().items():
            if folded in tmpl.aliases or base in tmpl.aliases:
                return code
    return None


def format_date(value: date, tmpl: LetterTemplate) -> str:
    return tmpl.say("date", day=value.day, month=tmpl.months[value.month - 1], year=value.year)
