"""The shipped Unicode fonts for reportlab, and per-script font switching.

Noto Sans covers Latin (accents included), Greek and Cyrillic but no Indic or Arabic
script; each Noto script font covers its own script (and digits and common punctuation)
but no Latin letters. A name such as "Lakshmi Gaddam (గడ్డం లక్ష్మి)" therefore needs
two fonts in one line. :func:`markup` is the one place that decides which: it escapes text
for a reportlab ``Paragraph`` and sets each word holding an Indic or Arabic letter in that
script's font (:data:`SCRIPT_FONTS`).

Whole words, not runs of characters: with shaping on, reportlab shapes every fragment of a
word with the font of the word's first fragment, so "(वर्मा)" split as "(" + "वर्मा" + ")"
prints the Devanagari as empty boxes. A word is set entirely in its script's font when that
font has all of it (the script fonts have the ASCII digits and most punctuation); a word
that mixes in characters the font lacks (Latin letters, or a bracket next to Arabic) is
split into one word per font, with a space between.

Shaping (conjuncts, vowel signs placed before the consonant, Arabic joining) happens only
when ``uharfbuzz`` is installed; :data:`SHAPING` says whether it is, and a paragraph style
should set ``shaping=SHAPING`` only for text that needs it (:func:`needs_shaping`), because
shaping every line of a long report is slow.

Right-to-left (Arabic script: Urdu, Arabic, Persian). reportlab lays out words left to
right in the order they come and has no bidirectional algorithm without the ``rlbidi``
package, which is not on PyPI. HarfBuzz, though, shapes an Arabic-script *word* right to
left and returns it in visual order. So :func:`markup` joins a run of Arabic-script words
with no-break spaces into one unbreakable "word", which HarfBuzz then lays out right to
left as a whole: letters joined, words in the right order, numbers inside the run kept
left to right, punctuation at the ends of the run kept on the side the Unicode bidi
algorithm puts it in a left-to-right paragraph. What this cannot do is wrap such a run
across lines, which reportlab would do by cutting the "word" into reversed, unjoined
pieces. A run longer than :data:`RTL_LINE_MAX` characters (more than the narrowest table
column of the brief holds) is therefore set as several lines of whole words, each right
to left, in reading order top to bottom. Without ``uharfbuzz`` Arabic script cannot be
joined or ordered at all and is replaced by the marker "[Arabic script]".

Scripts we ship no font for (Hebrew, Chinese and Japanese, emoji, ...) would print as empty
boxes. :func:`printable` replaces each run of such characters with a marker naming its script
("[Hebrew script]"), so the reader knows something is missing; :func:`markup` applies it
first, so every report that sets text through :func:`markup` gets the same markers. Text
drawn without markup (plain lines, canvas strings) goes through :func:`printable` itself.

Qt-free. Call :func:`register_fonts` before building a document; it is cheap after the
first call.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from consular import paths, reports

#: Family names to use in styles and on the canvas.
SANS = "NotoSans"
SANS_BOLD = "NotoSans-Bold"
DEVANAGARI = "NotoSansDevanagari"
DEVANAGARI_BOLD = "NotoSansDevanagari-Bold"


@dataclass(frozen=True)
class ScriptFont:
    """A script that Noto Sans lacks, and the shipped font family that draws it."""

    script: str  #: as named to a reader, e.g. in the marker "[Arabic script]"
    regular: str  #: reportlab font name; the file is ``<regular>-Regular.ttf``
    bold: str  #: the file is ``<bold>.ttf``
    ranges: tuple[tuple[int, int], ...]  #: code points of the script (inclusive)
    rtl: bool = False

    def face(self, bold: bool) -> str:
        return self.bold if bold else self.regular


#: Every script in our names that needs its own font. Odia's font keeps its older name.
SCRIPT_FONTS: tuple[ScriptFont, ...] = (
    ScriptFont("Devanagari", DEVANAGARI, DEVANAGARI_BOLD, ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF))),
    ScriptFont("Gurmukhi", "NotoSansGurmukhi", "NotoSansGurmukhi-Bold", ((0x0A00, 0x0A7F),)),
    ScriptFont("Odia", "NotoSansOriya", "NotoSansOriya-Bold", ((0x0B00, 0x0B7F),)),
    ScriptFont("Telugu", "NotoSansTelugu", "NotoSansTelugu-Bold", ((0x0C00, 0x0C7F),)),
    ScriptFont("Malayalam", "NotoSansMalayalam", "NotoSansMalayalam-Bold", ((0x0D00, 0x0D7F),)),
    ScriptFont(
        "Arabic",
        "NotoNaskhArabic",
        "NotoNaskhArabic-Bold",
        ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
        rtl=True,
    ),
)
_BY_SCRIPT = {font.script: font for font in SCRIPT_FONTS}

_FILES = {SANS: "NotoSans-Regular.ttf", SANS_BOLD: "NotoSans-Bold.ttf"}
for _font in SCRIPT_FONTS:
    _FILES[_font.regular] = f"{_font.regular}-Regular.ttf"
    _FILES[_font.bold] = f"{_font.bold}.ttf"

try:  # optional: shaping of Indic and Arabic scripts
    import uharfbuzz  # noqa: F401

    SHAPING = 1
except ImportError:  # pragma: no cover - depends on the installation
    SHAPING = 0

# The danda and double danda sit in the Devanagari block but end sentences in Gurmukhi, Odia,
# Telugu and Malayalam too; every one of those fonts has them.
_SHARED = frozenset((0x0964, 0x0965))
_COMPLEX = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for font in SCRIPT_FONTS for lo, hi in font.ranges) + "]")

#: Characters of right-to-left text set as one unbreakable line (see the module docstring).
#: About 105 pt at 8 pt in Noto Naskh: the "Next of kin" and "Name" columns of a brief are
#: about 110 pt wide.
RTL_LINE_MAX = 24
_NBSP = "\u00a0"
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
_NUMBER = re.compile(f"[{_DIGITS}]+(?:[.,:\u066b\u066c][{_DIGITS}]+)*")
_NUMBER_WORD = re.compile(f"{_NUMBER.pattern}[.,:!]?")

_registered = False


class UnshapedFont(TTFont):
    """A font reportlab never shapes: Noto Sans, which sets Latin, Greek and Cyrillic.

    Shaping is on for a whole paragraph that holds an Indic or Arabic word, and HarfBuzz's
    default features then turn Latin "ffi", "fi" and "fl" into ligature glyphs, which a PDF
    reader extracts as U+FB03 or U+FFFF: "office" could no longer be found or copied. Latin
    needs no shaping (the paragraphs without an Indic word are not shaped either), so each
    word set in this font is left as typed, while the words in a script font next to it are
    shaped as before (:func:`markup` keeps the two apart). reportlab leaves a word unshaped
    when its font has no HarfBuzz face, as for its built-in Type 1 fonts.
    """

    def hbFont(self, fontSize=10):  # reportlab asks every TTFont for its HarfBuzz font here
        raise AttributeError("Latin text is set unshaped (no ligatures), so it extracts as typed")


def register_fonts() -> None:
    """Register the shipped fonts with reportlab (idempotent)."""
    global _registered
    if _registered:
        return
    for name, filename in _FILES.items():
        kind = UnshapedFont if name in (SANS, SANS_BOLD) else TTFont
        pdfmetrics.registerFont(kind(name, str(paths.font_path(filename))))
    # <b> inside a Paragraph picks the bold face of the family.
    for regular, bold in [(SANS, SANS_BOLD)] + [(f.regular, f.bold) for f in SCRIPT_FONTS]:
        addMapping(regular, 0, 0, regular)
        addMapping(regular, 1, 0, bold)
        addMapping(regular, 0, 1, regular)
        addMapping(regular, 1, 1, bold)
    _registered = True


@cache
def _cmap(font_name: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


@cache
def script_font(ch: str) -> ScriptFont | None:
    """The script font for a character of that script; None for anything else (Latin,
    digits, punctuation, spaces, and the danda that several scripts share)."""
    code = ord(ch)
    if code in _SHARED:
        return None
    for font in SCRIPT_FONTS:
        for lo, hi in font.ranges:
            if lo <= code <= hi:
                return font
    return None


def can_draw(ch: str) -> bool:
    """Whether a shipped font has a glyph for ``ch``."""
    code = ord(ch)
    if code in _cmap(SANS):
        return True
    font = script_font(ch)
    if font is not None:
        return code in _cmap(font.regular)
    return code in _SHARED


def needs_shaping(text: str | None) -> bool:
    """Whether ``text`` holds a script that must be shaped to read correctly."""
    return bool(text) and _COMPLEX.search(text) is not None


def _word_runs(word: str) -> list[tuple[ScriptFont | None, str]]:
    """``word`` cut into runs of one font each (None: Noto Sans)."""
    fonts = [script_font(ch) for ch in word]
    primary = next((f for f in fonts if f is not None), None)
    if primary is None and any(ord(ch) in _SHARED for ch in word):
        primary = _BY_SCRIPT["Devanagari"]
    if primary is None:
        return [(None, word)]
    runs: list[list] = []
    for ch, font in zip(word, fonts, strict=True):
        if font is None:
            # Punctuation and digits stay with the run before them when its font has them
            # ("गड्डम)," stays one word in Devanagari; "شیخ)," ends in Noto Sans).
            before = runs[-1][0] if runs else primary
            if before is not None and ord(ch) in _cmap(before.regular):
                font = before
            elif ord(ch) not in _cmap(SANS) and ord(ch) in _cmap(primary.regular):
                font = primary
        if runs and runs[-1][0] is font:
            runs[-1][1] += ch
        else:
            runs.append([font, ch])
    return [(font, text) for font, text in runs]


def _hb_order(run: str, *, first: bool = True, last: bool = True) -> str:
    """A right-to-left run rearranged so that HarfBuzz, which reverses the whole run,
    draws it as the bidi algorithm would in a left-to-right paragraph: numbers left to
    right, and neutral characters before the first letter (of the ``first`` line of the
    run) or after the last letter or number (of its ``last`` line) outside the run, on
    the side of the left-to-right text around it."""

    def letter(ch: str) -> bool:  # strongly right-to-left; a mark goes with its letter
        return unicodedata.bidirectional(ch) in ("R", "AL") or (
            script_font(ch) is not None and unicodedata.category(ch)[0] == "M"
        )

    strong = [i for i, ch in enumerate(run) if letter(ch) or _NUMBER.match(ch)]
    letters = [i for i in strong if letter(run[i])]
    start = letters[0] if first and letters else 0
    end = strong[-1] + 1 if last and strong else len(run)
    core = _NUMBER.sub(lambda m: m.group(0)[::-1], run[start:end])
    return run[end:][::-1] + core + run[:start][::-1]


def _rtl_lines(words: list[str]) -> list[str]:
    """Whole words joined into lines of at most RTL_LINE_MAX characters, in reading order."""
    lines: list[str] = []
    for word in words:
        if lines and len(lines[-1]) + 1 + len(word) <= RTL_LINE_MAX:
            lines[-1] += _NBSP + word
        else:
            lines.append(word)
    return lines


def _rtl_markup(words: list[str], font: ScriptFont, bold: bool) -> list[str]:
    if not SHAPING:
        return [escape(script_marker(font.script))]
    face = font.face(bold)
    lines = _rtl_lines(words)
    out = []
    for number, line in enumerate(lines):
        if len(line) > RTL_LINE_MAX:  # one word longer than a line: it would be cut apart
            out.append(escape(script_marker(font.script)))
        else:
            ordered = _hb_order(line, first=number == 0, last=number == len(lines) - 1)
            out.append(f'<font name="{face}">{escape(ordered)}</font>')
    return out


def _line_markup(line: str, bold: bool) -> str:
    if not _COMPLEX.search(line):
        return escape(line)
    items: list[tuple[ScriptFont | None, str] | str] = []  # a str item is a gap of spaces
    for token in re.split(r"( +)", line):
        if not token:
            continue
        if token[0] == " ":
            items.append(token)
            continue
        for number, run in enumerate(_word_runs(token)):
            if number:
                items.append(" ")
            items.append(run)
    out: list[str] = []
    i = 0
    while i < len(items):
        item = items[i]
        if isinstance(item, str):
            out.append(item)
            i += 1
            continue
        font, text = item
        if font is None:
            out.append(escape(text))
            i += 1
            continue
        if not font.rtl:
            out.append(f'<font name="{font.face(bold)}">{escape(text)}</font>')
            i += 1
            continue
        # A right-to-left run: Arabic-script words, and numbers after them (which the bidi
        # algorithm keeps with them), separated only by spaces.
        words = [text]
        i += 1
        while (
            i + 1 < len(items)
            and isinstance(items[i], str)
            and not isinstance(items[i + 1], str)
            and (items[i + 1][0] is font or (items[i + 1][0] is None and _NUMBER_WORD.fullmatch(items[i + 1][1])))
        ):
            words.append(items[i + 1][1])
            i += 2
        lines = _rtl_markup(words, font, bold)
        if len(lines) > 1:  # several lines: each starts a line of its own
            lines = (["<br/>"] if out and "".join(out).strip() else []) + ["<br/>".join(lines)]
            if i < len(items):
                lines.append("<br/>")
                if isinstance(items[i], str):  # the gap after the run would start the next line
                    i += 1
        out.extend(lines)
    return "".join(out)


# Characters no shipped font has, with a plain stand-in that means the same.
_STAND_INS = {
    "\u2212": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u2192": "->",
    "\u2190": "<-",
    "\u2194": "<->",
    "\u21d2": "=>",
    "\u2713": "v",
    "\u2717": "x",
    "\u25cf": "\u2022",
    "\u25a0": "\u2022",
    "\t": " ",
}


def _script_of(ch: str) -> str:
    if unicodedata.category(ch)[0] not in "LM":
        return "symbol"
    try:
        word = unicodedata.name(ch).split()[0]
    except ValueError:
        return "symbol"
    return {"CJK": "Chinese/Japanese", "ORIYA": "Odia"}.get(word, word.title())


@cache
def _plain_chars() -> frozenset[str]:
    """Characters :func:`printable` keeps as they are and Noto Sans draws by itself."""
    return frozenset(
        chr(code)
        for code in _cmap(SANS)
        if unicodedata.category(chr(code)) not in ("Cc", "Cs", "Co", "Cn", "Mn", "Mc", "Me")
        and chr(code) not in _STAND_INS
    ) | {"\n"}


def script_marker(script: str) -> str:
    """The marker printed instead of text in a script no shipped font draws: "[Hebrew script]"
    (the script's name stays in English, as Unicode names it)."""
    return reports.words.tr("[{script} script]").format(script=script)


def printable(text: str | None, *, one_line: bool = False, limit: int | None = None) -> str:
    """``text`` reduced to what the shipped fonts can draw, as plain text (not yet escaped).

    Control characters are dropped; a run of characters no font covers becomes one marker
    naming its script ("[Hebrew script]"), so the reader knows something is missing rather
    than seeing boxes. ``one_line`` folds line breaks into spaces; ``limit`` cuts the text
    and says so. Applying it twice changes nothing more.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    if limit is not None and len(text) > limit:
        text = text[:limit].rstrip() + " … " + reports.words.tr("[cut; full text in the case record]")
    if set(text) <= _plain_chars():  # most text: checked in C, which a long timeline needs
        return " ".join(text.split()) if one_line else text
    out: list[str] = []
    missing: str | None = None  # script of the uncovered run being skipped
    gap = ""  # spaces seen inside that run: dropped if the run goes on, kept if it ends

    def close_run() -> None:
        nonlocal missing, gap
        if missing:
            out.append(reports.words.tr("[symbol]") if missing == "symbol" else script_marker(missing))
            out.append(gap)
        missing, gap = None, ""

    for ch in text:
        if ch in "\r\n":
            close_run()
            out.append(" " if one_line else "\n")
            continue
        ch = _STAND_INS.get(ch, ch)
        if unicodedata.category(ch[0]) in ("Cc", "Cs", "Co", "Cn"):
            continue
        if missing and ch == " ":
            gap += ch
            continue
        if all(can_draw(c) for c in ch):
            close_run()
            out.append(ch)
            continue
        folded = unicodedata.normalize("NFKC", ch)
        if folded != ch and all(can_draw(c) for c in folded):
            close_run()
            out.append(folded)
            continue
        script = _script_of(ch)
        if missing and missing != script:
            close_run()
        missing, gap = script, ""
    close_run()
    result = "".join(out)
    return " ".join(result.split()) if one_line else result


def markup(text: str | None, *, bold: bool = False, one_line: bool = False, limit: int | None = None) -> str:
    """``text`` made :func:`printable` (``one_line`` and ``limit`` as there), escaped for a
    reportlab Paragraph, each word in the font of its script, right-to-left runs in visual
    order, line breaks kept; in ``<b>`` when ``bold``.

    The paragraph's style must set ``shaping=SHAPING`` when :func:`needs_shaping` is true
    of the text: unshaped Indic text is hard to read and unshaped Arabic is reversed.
    """
    text = printable(text, one_line=one_line, limit=limit)
    if not text:
        return ""
    lines = text.split("\n")
    body = "<br/>".join(_line_markup(line, bold) for line in lines)
    return f"<b>{body}</b>" if bold and body else body


# --- paragraphs -------------------------------------------------------------------------------

_SCRIPT_FACES = frozenset(face for font in SCRIPT_FONTS for face in (font.regular, font.bold))
_TOKEN = re.compile(r"(<[^>]*>)|(&[#\w]+;)|([^<&])")
_FONT_OPEN = re.compile(r'<font\b[^>]*?\bname="([^"]*)"')
_SHAPED_STYLES: dict[str, ParagraphStyle] = {}


def _unglue(text: str) -> str:
    """``text`` (Paragraph markup) with a plain space wherever a run in a script font touches
    other text with no space between, which a caller's trusted markup can cause
    (``"(" + markup(name)``, a label joined with ``&nbsp;``). reportlab shapes a whole word
    with the font of its first part, so such a word prints as boxes or wrong glyphs, or
    crashes the shaper; split into two words it prints right (as :func:`markup` splits a
    word itself). A no-break space at such a seam becomes a plain one."""
    if not any(f'name="{face}"' in text for face in _SCRIPT_FACES):
        return text
    out: list[str] = []
    stack: list[str | None] = []  # the script face of each open <font>, None for other fonts
    previous: tuple[int, str | None] | None = None  # the last text piece: (index in out, face)
    for match in _TOKEN.finditer(text):
        tag, entity, char = match.groups()
        if tag is not None:
            if tag.startswith("</font"):
                if stack:
                    stack.pop()
            elif tag.startswith("<font"):
                named = _FONT_OPEN.match(tag)
                stack.append(named.group(1) if named and named.group(1) in _SCRIPT_FACES else None)
            elif tag.startswith("<br"):
                previous = None
            out.append(tag)
            continue
        piece = entity or char
        face = next((f for f in reversed(stack) if f is not None), None)
        if piece in " \t\r\n":
            previous = None
            out.append(piece)
            continue
        if previous is not None and previous[1] != face:
            if out[previous[0]] in _NO_BREAK:
                out[previous[0]] = " "
            elif piece in _NO_BREAK:
                piece = " "
            else:
                out.insert(previous[0] + 1, " ")
        out.append(piece)
        previous = None if piece == " " else (len(out) - 1, face)
    return "".join(out)


_NO_BREAK = ("&nbsp;", "&#160;", "\u00a0")


def shaped_style(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` with shaping on (cached): for paragraphs holding an Indic or Arabic script."""
    key = style.name
    if key not in _SHAPED_STYLES or _SHAPED_STYLES[key].parent is not style:
        _SHAPED_STYLES[key] = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
    return _SHAPED_STYLES[key]


def paragraph(text: str, style: ParagraphStyle, **kwargs) -> Paragraph:
    """The one way both PDFs set a paragraph: ``text`` is markup made of :func:`markup`
    pieces and trusted tags. Runs in a script font are kept apart from what touches them
    (:func:`_unglue`), and the paragraph is shaped when it holds a script that needs it."""
    text = _unglue(text) if text else "&nbsp;"
    if SHAPING and needs_shaping(text):
        style = shaped_style(style)
    return Paragraph(text, style, **kwargs)


__all__ = [
    "DEVANAGARI",
    "DEVANAGARI_BOLD",
    "RTL_LINE_MAX",
    "SANS",
    "SANS_BOLD",
    "SCRIPT_FONTS",
    "SHAPING",
    "ScriptFont",
    "can_draw",
    "markup",
    "needs_shaping",
    "paragraph",
    "printable",
    "register_fonts",
    "script_font",
]
