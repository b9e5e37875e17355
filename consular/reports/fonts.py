"""The shipped Unicode fonts for reportlab, and per-script font switching.

Noto Sans covers Latin (accents included), Greek and Cyrillic but has no Devanagari; Noto
Sans Devanagari has Devanagari but lacks even some ASCII. A name such as
"Srinivas Gaddam (श्रीनिवास गड्डम)" therefore needs two fonts in one line:
:func:`markup` escapes text for a reportlab ``Paragraph`` and wraps each Devanagari run in
a ``<font>`` tag. Devanagari is shaped (conjuncts, vowel signs placed before the
consonant) only when ``uharfbuzz`` is installed; :data:`SHAPING` says whether it is, and
a paragraph style should set ``shaping=SHAPING`` only for text that needs it
(:func:`needs_shaping`), because shaping every line of a long report is slow.

Qt-free. Call :func:`register_fonts` before building a document; it is cheap after the
first call.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from consular import paths

#: Family names to use in styles and on the canvas.
SANS = "NotoSans"
SANS_BOLD = "NotoSans-Bold"
DEVANAGARI = "NotoSansDevanagari"
DEVANAGARI_BOLD = "NotoSansDevanagari-Bold"

_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    DEVANAGARI: "NotoSansDevanagari-Regular.ttf",
    DEVANAGARI_BOLD: "NotoSansDevanagari-Bold.ttf",
}

try:  # optional: Devanagari shaping
    import uharfbuzz  # noqa: F401

    SHAPING = 1
except ImportError:  # pragma: no cover - depends on the installation
    SHAPING = 0

# Devanagari and the Vedic extensions; U+200C/D (zero-width (non-)joiner) belong to the
# run they sit in, so they are taken with it.
_DEVANAGARI_RUN = re.compile(r"[\u0900-\u097F\uA8E0-\uA8FF\u1CD0-\u1CFF][\u0900-\u097F\uA8E0-\uA8FF\u1CD0-\u1CFF\u200C\u200D]*")

_registered = False


def register_fonts() -> None:
    """Register the shipped fonts with reportlab (idempotent)."""
    global _registered
    if _registered:
        return
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(paths.font_path(filename))))
    # <b> inside a Paragraph picks the bold face of the family.
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)
    addMapping(DEVANAGARI, 0, 0, DEVANAGARI)
    addMapping(DEVANAGARI, 1, 0, DEVANAGARI_BOLD)
    addMapping(DEVANAGARI, 0, 1, DEVANAGARI)
    addMapping(DEVANAGARI, 1, 1, DEVANAGARI_BOLD)
    _registered = True


def needs_shaping(text: str | None) -> bool:
    """Whether ``text`` holds a script that must be shaped to read correctly."""
    return bool(text) and _DEVANAGARI_RUN.search(text) is not None


def markup(text: str | None, *, bold: bool = False) -> str:
    """``text`` escaped for a reportlab Paragraph, Devanagari runs in their own font,
    line breaks kept."""
    if not text:
        return ""
    face = DEVANAGARI_BOLD if bold else DEVANAGARI
    out: list[str] = []
    pos = 0
    for match in _DEVANAGARI_RUN.finditer(text):
        out.append(escape(text[pos:match.start()]))
        out.append(f'<font name="{face}">{escape(match.group(0))}</font>')
        pos = match.end()
    out.append(escape(text[pos:]))
    return "".join(out).replace("\r\n", "\n").replace("\n", "<br/>")


def font_for(text: str, *, bold: bool = False) -> str:
    """One font for a short single-script string drawn straight on the canvas."""
    if needs_shaping(text) and not re.search(r"[A-Za-z]", text):
        return DEVANAGARI_BOLD if bold else DEVANAGARI
    return SANS_BOLD if bold else SANS


__all__ = [
    "DEVANAGARI",
    "DEVANAGARI_BOLD",
    "SANS",
    "SANS_BOLD",
    "SHAPING",
    "font_for",
    "markup",
    "needs_shaping",
    "register_fonts",
]
