"""Reading produced PDFs back with pypdf, for what plain text extraction cannot tell.

Shaped Indic text does not extract as the text that was typed: a conjunct such as క్ష్మి is
one glyph with no Unicode value of its own (reportlab maps it to a private-use code point),
and a vowel sign drawn before its consonant comes out in drawing order. So a test of a name
in Telugu or Odia checks which font drew which letters, not the extracted string.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict

from pypdf import PageObject


def text_by_font(page: PageObject) -> dict[str, str]:
    """The text drawn on ``page`` in each font, keyed by the font's name without the subset
    tag ("NotoSansTelugu-Regular", not "AAAAAA+NotoSansTelugu-Regular")."""
    drawn: dict[str, list[str]] = defaultdict(list)

    def visit(text, _cm, _tm, font, _size):
        if font is not None and text:
            drawn[str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1]].append(text)

    page.extract_text(visitor_text=visit)
    return {name: "".join(parts) for name, parts in drawn.items()}


def letters(text: str) -> set[str]:
    """The letters and signs of ``text`` (no spaces, punctuation, or the private-use code
    points that stand for glyphs with no Unicode value of their own)."""
    return {ch for ch in text if unicodedata.category(ch)[0] in "LM"}


def logical_arabic(text: str) -> str:
    """Extracted Arabic-script text folded from the joined presentation forms that were drawn
    (U+FB50–U+FEFF) back to the letters that were typed, spaces made plain."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def has_joined_forms(text: str) -> bool:
    """Whether ``text`` holds Arabic letters in their joined (initial, medial, final) forms,
    which only a shaping engine produces."""
    return any(0xFB50 <= ord(ch) <= 0xFEFF for ch in text)


def missing_glyphs(page: PageObject) -> dict[str, str]:
    """The characters drawn on ``page`` in one of the shipped fonts that has no glyph for
    them (they print as .notdef boxes), keyed by font name; empty when there are none.
    reportlab draws such a character as glyph 0, which extracts as U+0000; private-use code
    points stand for shaped glyphs and are not counted."""
    from reportlab.pdfbase import pdfmetrics

    from consular.reports import fonts

    fonts.register_fonts()
    cmaps = {}
    for name in [fonts.SANS, fonts.SANS_BOLD] + [f.face(b) for f in fonts.SCRIPT_FONTS for b in (False, True)]:
        face = pdfmetrics.getFont(name).face
        cmaps[face.name.decode() if isinstance(face.name, bytes) else face.name] = face.charToGlyph
    missing = {}
    for font, text in text_by_font(page).items():
        cmap = cmaps.get(font)
        if cmap is None:
            continue
        lost = {
            ch
            for ch in text
            if ch == "\x00" or not (ch.isspace() or unicodedata.category(ch) == "Co" or ord(ch) in cmap)
        }
        if lost:
            missing[font] = "".join(sorted(lost))
    return missing
