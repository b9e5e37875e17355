"""Translation and locale formatting for the layers that do not import Qt.

The GUI translates its own strings with Qt (``self.tr``, ``QCoreApplication.translate``) from
``.qm`` files compiled out of ``resources/translations/consular_<lang>.ts``. Services, domain
errors, enum labels, the CLI and the PDF and export writers must not import Qt, so they call
:func:`translate` here, which reads the very same ``.ts`` catalogues. One source, one set of
catalogues, two readers; ``pyside6-lupdate`` extracts both kinds of call (it knows
``translate(context, text)`` and ``QT_TRANSLATE_NOOP(context, text)`` as well as ``tr``).

Conventions (docs/translations.md has the whole guide):
- Source strings are English. Placeholders are named and filled *after* translation:
  ``translate("services.cases", "Case {ref} is closed").format(ref=ref)``.
- Plurals go through ``n``: ``translate("domain.captivity", "%n day(s)", n=days)``; the
  catalogue holds one form per plural class of the language (English and Hindi: 1 / other;
  French: 0–1 / other), exactly as Qt's own rules choose them.
- Text that is defined before the language is known (enum labels, tables of choices) is
  marked with :func:`QT_TRANSLATE_NOOP` and translated where it is shown.

The language is process-wide (:func:`set_language`), and can be overridden for one piece of
work in the current thread or task with :func:`using_language` (a brief issued in Hindi from
an English session).
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import threading
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from pathlib import Path

#: The languages with complete catalogues, as offered in Preferences and to ``--lang``.
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "hi": "हिन्दी"}
DEFAULT = "en"

_language = DEFAULT
_override: contextvars.ContextVar[str | None] = contextvars.ContextVar("consular_language", default=None)
_catalogues: dict[str, dict[tuple[str, str, str], str | tuple[str, ...]]] = {}
_lock = threading.Lock()


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate knows
    """Mark ``source`` for extraction under ``context`` and return it unchanged."""
    return source


# --- which language ------------------------------------------------------------------------


def normalise(code: str | None) -> str | None:
    """The supported language named by a locale or language code, else None.

    ``"fr_FR.UTF-8"`` → ``"fr"``, ``"hi-IN"`` → ``"hi"``, ``"en_GB"`` → ``"en"``;
    ``"C"``, ``"POSIX"``, ``""`` and unsupported languages → None.
    """
    if not code:
        return None
    base = code.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else None


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, in gettext's order, else English.

    ``LANGUAGE`` (a colon-separated preference list) comes first, then ``LC_ALL``,
    ``LC_MESSAGES`` and ``LANG``; the first variable that is set decides, as in gettext,
    except that a language we have no catalogue for passes on to the next.
    """
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        for part in value.split(":"):
            found = normalise(part)
            if found:
                return found
    return DEFAULT


def set_language(code: str | None) -> str:
    """Make ``code`` the process's language (unsupported or empty: English); return it."""
    global _language
    _language = normalise(code) or DEFAULT
    return _language


def language() -> str:
    """The language in force here: an active :func:`using_language`, else the process's."""
    return _override.get() or _language


@contextlib.contextmanager
def using_language(code: str | None) -> Iterator[str]:
    """Translate in ``code`` inside the block (this thread or task only)."""
    token = _override.set(normalise(code) or DEFAULT)
    try:
        yield language()
    finally:
        _override.reset(token)


# --- catalogues ----------------------------------------------------------------------------


def catalogue_path(code: str) -> Path:
    from consular import paths

    return paths.resources_dir() / "translations" / f"consular_{code}.ts"


def _load(code: str) -> dict[tuple[str, str, str], str | tuple[str, ...]]:
    """Parse ``consular_<code>.ts``: (context, source, disambiguation) → text or plural forms.

    Entries without text are left out, so their source shows, as ``lrelease`` does;
    obsolete and vanished entries are ignored.
    """
    from xml.etree import ElementTree

    entries: dict[tuple[str, str, str], str | tuple[str, ...]] = {}
    path = catalogue_path(code)
    if not path.is_file():
        return entries
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                if forms and all(forms):
                    entries[key] = forms
            elif translation.text:
                entries[key] = translation.text
    return entries


def _catalogue(code: str) -> dict[tuple[str, str, str], str | tuple[str, ...]]:
    found = _catalogues.get(code)
    if found is None:
        with _lock:
            found = _catalogues.get(code)
            if found is None:
                found = _catalogues[code] = _load(code)
    return found


def reload() -> None:
    """Forget the parsed catalogues (tests that write a catalogue, a language switch)."""
    with _lock:
        _catalogues.clear()


# --- translating ---------------------------------------------------------------------------


def plural_index(code: str, n: int) -> int:
    """Which plural form Qt picks for ``n`` in language ``code``.

    French uses the singular for 0 and 1; English and Hindi only for 1
    (tests/test_i18n.py holds these against Qt's own translator).
    """
    if code == "fr":
        return 0 if abs(n) <= 1 else 1
    return 0 if abs(n) == 1 else 1


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the current language; ``%n`` becomes ``n`` when ``n`` is given."""
    code = language()
    # English's catalogue holds plural forms only: the CLI's start-up in English reads none.
    entry = None if code == DEFAULT and n < 0 else _catalogue(code).get((context, source, disambiguation or ""))
    if entry is None:
        text = source
    elif isinstance(entry, tuple):
        text = entry[min(plural_index(code, n), len(entry) - 1)] if n >= 0 else entry[-1]
    else:
        text = entry
    if n >= 0:
        text = text.replace("%Ln", format_number(n)).replace("%n", str(n))
    return text


# --- numbers and dates (Babel; loaded on first use) -----------------------------------------


def _babel_locale() -> str:
    return {"en": "en_GB", "fr": "fr_FR", "hi": "hi_IN"}[language()]


def format_number(value: int | float) -> str:
    """``value`` grouped as the language writes numbers (12,345 · 12 345 · 12,345)."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_babel_locale())


def format_date(value: date | datetime, style: str = "medium") -> str:
    """A date as the language writes it: ``1 Jul 2025``, ``1 juil. 2025``, ``1 जुल॰ 2025``.

    ``style`` is Babel's: ``short``, ``medium``, ``long`` or ``full``, or a CLDR pattern.
    """
    from babel.dates import format_date as babel_date

    return babel_date(value, format=style, locale=_babel_locale())


def format_datetime(value: datetime, style: str = "medium") -> str:
    """A date and time in the language's order and words; ``value`` is shown as it is
    (convert it to the zone meant before calling)."""
    from babel.dates import format_datetime as babel_datetime

    return babel_datetime(value, format=style, tzinfo=value.tzinfo, locale=_babel_locale())
