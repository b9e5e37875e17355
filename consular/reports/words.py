"""The fixed words of what we print and export (status brief, timeline, reports across cases,
list exports), in the language in force (:func:`consular.i18n.using_language`).

One function, :func:`tr`, and one catalogue context, ``reports.words``. Callers write
``reports.words.tr("Summary")`` and ``reports.words.tr("%n day(s)", "", n)`` spelled out
like that, because that is the form ``pyside6-lupdate`` extracts with the context
``reports.words`` *and* recognises as a plural (numerus) message: it marks a
``translate(context, text, None, n)`` call as singular and ignores ``n=`` altogether, so a
plural written that way would lose its forms in the catalogue.

No Qt.
"""

from __future__ import annotations

import re
from datetime import datetime

from consular.i18n import format_datetime, language, translate

CONTEXT = "reports.words"


def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the current language; with ``n``, its plural form and ``%n`` filled in.

    A plural message the catalogue does not hold yet (English reads its forms from
    ``consular_en.ts``) is not printed as "3 day(s)": each "(s)" becomes "s" or nothing as
    English would have it, which is right for every plural source written here."""
    text = translate(CONTEXT, source, disambiguation or None, n)
    if n >= 0 and "(" in text:
        text = _PLURAL_MARK.sub(lambda m: "" if n == 1 else m.group(1), text)
    return text


_PLURAL_MARK = re.compile(r"\((s|S)\)")


_PATTERN = {"%d": "dd", "%b": "MMM", "%B": "MMMM", "%Y": "y", "%H": "HH", "%M": "mm", "%S": "ss", "%m": "MM"}
_PATTERN.update({"%A": "EEEE", "%a": "EEE", "%z": "xx"})


def stamp(value: datetime, fmt: str) -> str:
    """``value`` (already in the zone meant) written with the ``strftime`` format ``fmt``,
    month and day names in the current language: English exactly as ``strftime`` writes it
    (``25 Jul 2025 14:05``), French and Hindi through Babel (``25 juil. 2025 14:05``,
    ``25 जुल॰ 2025 14:05``). Literal text in ``fmt`` (``UTC``) is kept."""
    if language() == "en":
        return value.strftime(fmt)
    parts = re.split(r"(%[a-zA-Z])", fmt)
    pattern = "".join(
        _PATTERN[p] if p in _PATTERN else ("'" + p.replace("'", "''") + "'" if p.strip(" :-./,") else p)
        for p in parts
        if p
    )
    return format_datetime(value, pattern)


__all__ = ["CONTEXT", "stamp", "tr"]
