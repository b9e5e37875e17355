"""Masking personal identifiers in text that leaves the building (redacted briefs and exports).

A :class:`Redactor` masks two kinds of thing in free text:

* the identifiers *known* to belong to the people of a case (passport numbers, other
  identifiers, phone numbers, e-mail addresses, dates of birth, home addresses and, on
  request, names), *whatever way they are written*, because a caseworker may have pasted or
  retyped them into a contact summary or a milestone;
* anything that merely *looks* like one (e-mail addresses, also written ``name [at] host
  [dot] org``, runs of eight or more digits with phone-style separators, passport-like tokens
  such as ``Z3141592``, a date written after "born" or "DOB"), because the same text can name
  people the case does not record.

How a known identifier is found however it is written
-----------------------------------------------------
Passport numbers, other identifiers, phone numbers and the numbered parts of addresses are
matched on a *folded* copy of the text: only letters and digits are kept, each folded on its
own (NFKC, then ``casefold``; a digit of any script becomes its ASCII digit), and every
kept character remembers where it came from. ``Z 3141592``, ``z-314.1592``, ``Ｚ３１４１５９２``
(full-width), ``Z\u00ad3141592`` (a soft hyphen) and ``DCF KYS 0417`` all fold to the same
key as the stored value, and a hit maps back to an exact span of the original text. This
was chosen over a regular expression per identifier with optional ``[\\s\\-./]*`` between
characters because that is only right on ASCII: Python's ``re`` does not fold full-width or
other-script digits, and ``\\s`` misses the soft hyphen, the zero-width space and the
non-breaking hyphen (U+2011) that word processors put into numbers; spelling those out per
character would make each pattern an unreadable class per character, and still miss the
next one. The folded scan treats *any* non-letter, non-digit as a separator, once.

One alternation of every key of the case is compiled once, when the Redactor is built (once
per case for a brief or an export), and is run over the folded text of each event; most
texts hold no identifier and cost one pass of the fold and one regex search. Pure ASCII text
(almost all of it) is folded with two C-level calls; other text one character at a time.

Boundaries: a key that starts (ends) with a digit does not match right after (before)
another digit with nothing between them, so ``508001`` is not found inside ``15080012``; a
key made only of letters (a building name) must stand as whole words. A phone number has no
boundary: ``0091 98480 31742`` and ``09848031742`` hold the number and are masked.

Addresses are masked by their distinctive parts (see :func:`address_keys`): every
comma-separated part except the last two (the town and the state or region, shared by
everyone who lives there), the postcode wherever it appears (``508001``, ``508 001``), and each
numbered part with its label in any spacing (``Flat 2B``, ``flat no. 2-B``). A generic word
("Road", "Nagar", a city) is never masked on its own.

Dates of birth are masked in every common written form (:func:`date_of_birth_pattern`).
Names (only with ``mask_names``) are masked as whole words (:func:`name_parts`): each given
or family part of three letters or more, in any case, Latin or native script (a Devanagari
vowel sign belongs to its word), and a full name, its parts next to each other, as one mask.
The names are those of the people of the case and their next of kin; counterparts (officials,
the employer's staff, journalists) are the people the case deals with and keep their names.
E-mail obfuscations (``name [at] example [dot] org``, ``name(at)example.org``, ``name at
example dot org``, spaces around ``@``) are masked for known addresses, and the bracketed
forms for any address.

It errs on the side of masking a phone-shaped number, but never touches a date, a time, an
amount with its currency or a reference (:data:`_PROTECTED`): those are found first and the
phone rule only looks between them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import phonenumbers

PASSPORT_MASK = "[passport no. redacted]"
PHONE_MASK = "[phone redacted]"
EMAIL_MASK = "[e-mail redacted]"
DOB_MASK = "[date of birth redacted]"
ID_MASK = "[ID redacted]"
ADDRESS_MASK = "[address redacted]"
NAME_MASK = "[name redacted]"

# "@" written out: [at], (at), {at}, <at>, " at " (only between two word-ish parts), ＠.
_AT = r"(?:\s*(?:@|＠|[\[({<]\s*(?:at|@)\s*[\])}>])\s*|\s+at\s+)"
_DOT = r"(?:\s*(?:\.|[\[({<]\s*(?:dot|\.)\s*[\])}>])\s*|\s+dot\s+)"
_AT_STRICT = r"(?:\s*(?:@|＠|[\[({<]\s*(?:at|@)\s*[\])}>])\s*)"
_DOT_TIGHT = r"(?:\.|\s*[\[({<]\s*(?:dot|\.)\s*[\])}>]\s*|\s+dot\s+)"
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+\s?@\s?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
# An address someone disguised with brackets: name [at] host [dot] org, name(at)host.org.
_EMAIL_OBFUSCATED = re.compile(
    r"(?i)[A-Za-z0-9._%+\-]+\s*[\[({<]\s*(?:at|@)\s*[\])}>]\s*[A-Za-z0-9\-]+"
    r"(?:(?:\s*[\[({<]\s*(?:dot|\.)\s*[\])}>]\s*|\.|\s+dot\s+)[A-Za-z0-9\-]+)+"
)
_DIGIT = re.compile(r"\d")
_AT_BRACKETED = re.compile(r"(?i)[\[({<]\s*(?:at|@)\s*[\])}>]")
# A digit, then at least six more digits each after at most two separators: phone-shaped.
# Not right after a letter, digit, '+', '-', '/' or '.', so the digits of a case reference
# (BAM-2025-0001) or a file number are left alone.
_PHONE = re.compile(r"(?<![\w+\-/.])\+?\(?\d(?:[ \t().\-/\u00a0]{0,2}\d){6,}(?![\w])")
_DATE_SHAPED = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}$")
# What the phone rule must never touch: dates, times and date-times in the forms people and
# the app write them, amounts with their currency, and references. Digit runs of these are
# phone-shaped too ("2025-12-01 12:00" is ten digits with separators), so they are found
# first and the phone rule only looks at the text between them.
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_CLOCK = r"(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?|h[0-5]\d)(?:\s?[AaPp]\.?[Mm]\.?)?"
_OFFSET = r"(?:Z|[+\-\u2212](?:[01]\d|2[0-3]):?[0-5]\d)"
_NUMERIC_DATE = (
    rf"(?:{_YEAR}([\-/.]){_MONTH}\1{_DAY}"  # 2025-07-25, 2025/07/25
    rf"|{_DAY}([\-/.]){_MONTH}\2{_YEAR}"  # 25/07/2025, 25.07.2025
    rf"|{_MONTH}([\-/.]){_DAY}\3{_YEAR})"  # 07/25/2025
)
_CURRENCY = (
    r"(?:USD|EUR|GBP|INR|XOF|XAF|CFA|FCFA|NGN|KES|CHF|AED|SAR|Rs\.?|INR\.?|US\$|\$|€|£|₹|¥|₦"
    r"|dollars?|euros?|pounds?|rupees?|francs?(?:\s+CFA)?|naira|shillings?|lakhs?|crores?|million|billion)"
)
_NUMBER_AMOUNT = r"\d{1,3}(?:[,.\u00a0\u202f' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_PROTECTED = re.compile(
    "|".join(
        [
            # a date, optionally with a time and an offset (ISO 8601 or as typed)
            rf"(?<![\w.\-/]){_NUMERIC_DATE}(?:(?:T|,?\s+(?:at\s+)?){_CLOCK}{_OFFSET}?)?(?![\w]|[\-/.:]\d)",
            # a time on its own, with an optional offset
            rf"(?<![\w.:\-/]){_CLOCK}(?:\s?{_OFFSET})?(?![\w]|[:.]\d)",
            # an amount with its currency before or after it
            rf"(?i:(?<![\w]){_CURRENCY})\s?(?:{_NUMBER_AMOUNT})(?![\w]|[,.]\d|\s\d)",
            rf"(?<![\w+.,\-/])(?:{_NUMBER_AMOUNT})\s?(?i:{_CURRENCY})(?![\w])",
            # thousands grouped with commas or dots, e.g. 1,500,000 or 15.000.000
            r"(?<![\w+.,\-/])\d{1,3}(?:,\d{3}){2,}(?:\.\d{1,2})?(?![\w]|[,.]\d)",
            r"(?<![\w+.,\-/])\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?(?![\w]|[,.]\d)",
            # references: letters and digits joined by - / : (BAM-2025-0001, MEA/2025/0147,
            # contact:42), or a number after "No." / "Ref"
            r"\b[A-Za-z][A-Za-z\-]*[\-/:]\d+(?:[\-/:]\d+)*\b",
            r"(?i:\b(?:no|ref|reference|file|case)\.?\s*#?\s*)\d+(?:[\-/]\d+)+\b",
        ]
    )
)
_PASSPORT_LIKE = re.compile(r"\b[A-Z]{1,2}\d{6,9}\b")
_SIX_DIGITS = re.compile(r"\d{6}")  # what _PASSPORT_LIKE needs at least
# What the "d.o.b." form of _DOB_PHRASE needs at least (on casefolded text).
_DOB_ABBREVIATION = re.compile(r"d\.?\s?o\.?\s?b")
_PASSPORT_PHRASE = re.compile(r"(?i)\b(passport(?:\s+(?:no\.?|number|#))?\s*[:#]?\s*)([A-Z0-9]{5,12})\b")
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE_TEXT = (
    rf"(?:\d{{1,4}}[./\-]\d{{1,2}}[./\-]\d{{1,4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
)
_DOB_PHRASE = re.compile(rf"(?i)\b((?:born(?:\s+on)?|d\.?\s?o\.?\s?b\.?|date\s+of\s+birth)\s*[:\-]?\s*)({_DATE_TEXT})")
_MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# Words that make up addresses everywhere: never masked alone, and a part made only of
# them (with a number) is masked through its number, not its words.
GENERIC_ADDRESS_WORDS = frozenset(
    {
        "flat",
        "plot",
        "house",
        "h",
        "no",
        "number",
        "ward",
        "sector",
        "block",
        "floor",
        "road",
        "rd",
        "street",
        "st",
        "lane",
        "ln",
        "avenue",
        "ave",
        "nagar",
        "colony",
        "apartment",
        "apartments",
        "apt",
        "building",
        "bldg",
        "tower",
        "phase",
        "layout",
        "cross",
        "main",
        "stage",
        "near",
        "opp",
        "opposite",
        "post",
        "po",
        "village",
        "vill",
        "district",
        "dist",
        "city",
        "town",
        "ps",
        "tehsil",
        "taluk",
        "mandal",
        "pin",
        "pincode",
        "code",
        "box",
    }
)


@dataclass(frozen=True)
class KnownIdentifiers:
    """What is recorded about one person (or counterpart) that must not appear in clear.

    ``names`` (full names and native-script names) are masked only by a Redactor built with
    ``mask_names=True``."""

    passport_numbers: tuple[str, ...] = ()
    other_ids: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    dates_of_birth: tuple[date, ...] = ()
    addresses: tuple[str, ...] = ()
    names: tuple[str, ...] = ()


# --- folding ---------------------------------------------------------------------------------

_ASCII_KEEP = re.compile(r"[A-Za-z0-9]")
# Every ASCII byte that is not a letter or digit: deleted in one C call (bytes.translate),
# several times faster than the regex substitution on a long note.
_ASCII_NOT_ALNUM = bytes(b for b in range(128) if not chr(b).isalnum())


def _fold_ascii(text: str) -> str:
    return text.encode("ascii").translate(None, _ASCII_NOT_ALNUM).decode("ascii").lower()


def _fold_char(ch: str) -> str:
    if ch.isascii():
        return ch.lower() if ch.isalnum() else ""
    value = unicodedata.decimal(ch, None)
    if value is not None:
        return str(value)
    if not ch.isalnum():
        return ""
    return "".join(c for c in unicodedata.normalize("NFKC", ch).casefold() if c.isalnum())


def fold(text: str) -> str:
    """``text`` with only its letters and digits, folded (see the module docstring)."""
    if text.isascii():
        return _fold_ascii(text)
    return "".join(_fold_char(ch) for ch in text)


class _Folded:
    """The folded text and, computed only when a key is found, where each folded character
    came from."""

    def __init__(self, text: str):
        self.text = text
        self.ascii = text.isascii()
        if self.ascii:
            self.folded = _fold_ascii(text)
            self._origin: list[int] | None = None
        else:
            parts: list[str] = []
            origin: list[int] = []
            for i, ch in enumerate(text):
                f = _fold_char(ch)
                if f:
                    parts.append(f)
                    origin.extend([i] * len(f))
            self.folded = "".join(parts)
            self._origin = origin

    @property
    def origin(self) -> list[int]:
        if self._origin is None:
            self._origin = [m.start() for m in _ASCII_KEEP.finditer(self.text)]
        return self._origin


# --- keys --------------------------------------------------------------------------------------

# How a key may meet its neighbours (see the module docstring).
_FREE = 0  # phones: anywhere
_DIGIT_EDGES = 1  # not glued to another digit at a digit end
_WORDS = 2  # letters only: whole words


def _edge_rule(key: str) -> int:
    return _DIGIT_EDGES if any(c.isdigit() for c in key) else _WORDS


def _phone_keys(number: str) -> list[str]:
    digits = re.sub(r"\D", "", fold(number))
    if len(digits) < 5:
        return []
    keys = [digits]
    try:
        parsed = phonenumbers.parse(number if number.strip().startswith("+") else "+" + digits, None)
    except phonenumbers.NumberParseException:
        return keys  # an odd stored number is still masked by its digits
    national = phonenumbers.national_significant_number(parsed)
    if national and national != digits and len(national) >= 6:
        keys.append(national)
    return keys


_NUMBERED = re.compile(r"(?i)^\s*([^\W\d_]+\.?)\s*(?:no\.?|number|#)?\s*(\d+[A-Za-z]?(?:[\-/]\w+)?)\s*$")
_NUMBER_FIRST = re.compile(r"(?i)^\s*(\d+[A-Za-z]?)(?:st|nd|rd|th)?\b")
_POSTCODE = re.compile(r"\b(\d{5,6}|\d{3}\s\d{3})\b|\b([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b")


def address_keys(address: str) -> list[str]:
    """The folded keys by which an address is masked: its distinctive parts.

    - each comma-separated part except the last two (the town and the state, region or
      country with the postcode, shared by everyone who lives there): ``Flat 2B``,
      ``Sai Residency``, ``Ramagiri``; an address of one or two parts is masked whole;
    - the postcode wherever it stands (``508001``, ``508 001``, ``SW1A 2AA``);
    - a numbered part also with "no." or "number" between label and number
      (``Flat No. 2B``).
    A part is skipped when it is too short to mean anything on its own (fewer than three
    letters and digits) or made only of generic address words ("Road", "Nagar").
    """
    parts = [p.strip() for p in address.split(",") if p.strip()]
    keep = parts if len(parts) <= 2 else parts[:-2]
    keys: list[str] = []
    if len(parts) <= 2 and len(fold(address)) >= 4:
        keys.append(fold(address))
    for part in keep:
        key = fold(part)
        if len(key) < 3:
            continue
        words = [w.casefold() for w in re.findall(r"[^\W\d_]+", part)]
        if words and all(w in GENERIC_ADDRESS_WORDS for w in words) and not any(c.isdigit() for c in part):
            continue
        keys.append(key)
        numbered = _NUMBERED.match(part)
        if numbered:
            label, number = fold(numbered.group(1)), fold(numbered.group(2))
            keys += [label + "no" + number, label + "number" + number, label + number]
    for match in _POSTCODE.finditer(address):
        keys.append(fold(match.group(0)))
    return list(dict.fromkeys(keys))


# --- dates of birth -----------------------------------------------------------------------------


def date_of_birth_pattern(day: date) -> str:
    """One pattern for ``day`` written in any common way: numeric day-month-year,
    month-day-year and year-month-day with any of ``/ - . space`` (or none, with leading
    zeros), 2- or 4-digit years, with or without leading zeros; and in English with the
    month's name or abbreviation, an ordinal day ("2nd", "2nd of"), commas and dots:
    ``2 November 1979``, ``Nov 2, 1979``, ``02-Nov-1979``, ``1979 Nov 02``, ``2 Nov '79``."""
    d, m, y = day.day, day.month, day.year
    name = _MONTH_NAMES[m - 1]
    dd = rf"0?{d}" if d < 10 else str(d)
    mm = rf"0?{m}" if m < 10 else str(m)
    yy = rf"(?:{y}|'?{y % 100:02d})"
    yyyy = str(y)
    ordinal = r"(?:\s?(?:st|nd|rd|th))?"
    mon = rf"(?:{name}|{name[:3]}{'|Sept' if m == 9 else ''})\.?"
    sep = r"(?:\s*[/.\-]\s*|\s+)"
    tsep = r"(?:\s*[/.\-,]\s*|\s+)"
    of = r"(?:\s+of)?"
    forms = [
        rf"{dd}{sep}{mm}{sep}{yy}",  # 02/11/79, 2.11.1979, 2 11 1979
        rf"{mm}{sep}{dd}{sep}{yy}",  # 11/02/1979
        rf"{yy}{sep}{mm}{sep}{dd}",  # 1979-11-02, 79/11/02
        rf"{d:02d}{m:02d}(?:{yyyy}|{y % 100:02d})",  # 02111979
        rf"{yyyy}{m:02d}{d:02d}",  # 19791102
        rf"{dd}{ordinal}{of}{tsep}{mon}{tsep}{yy}",  # 2nd of November, 1979; 02-Nov-1979
        rf"{mon}{tsep}{dd}{ordinal}{tsep}{yy}",  # November 2nd, 1979; Nov-02-1979
        rf"{yy}{tsep}{mon}{tsep}{dd}{ordinal}",  # 1979 Nov 02
    ]
    return rf"(?<!\w)(?:{'|'.join(forms)})(?![\d]|[^\W\d_])"


# --- names -----------------------------------------------------------------------------------------


def _mark_class() -> str:
    # Combining marks of the scripts a case is likely to hold (Latin to Sinhala): a vowel
    # sign continues a Devanagari word although \w does not match it.
    ranges: list[tuple[int, int]] = []
    for cp in [*range(0x0300, 0x0E00), 0x200C, 0x200D]:
        if unicodedata.category(chr(cp)).startswith("M"):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}" for a, b in ranges)


_WORD = rf"[\w{_mark_class()}]"


_WORD_RUN = re.compile(f"{_WORD}+")
# What may stand between the parts of one name: "Srinivas Gaddam", "S. Gaddam", "Ravi-Kumar".
_NAME_GAP = re.compile(r"[\s.\-]*")


def _name_key(word: str) -> str:
    return word.casefold() if word.isascii() else unicodedata.normalize("NFC", word).casefold()


def name_parts(name: str) -> set[str]:
    """The words by which a name is masked: each part of three letters or more, folded
    (case, composition). Masking looks the words of a text up in this set, so a name is
    found as whole words in any case, and a full name (parts next to each other, with spaces,
    dots or hyphens between) becomes one mask."""
    return {_name_key(w) for w in _WORD_RUN.findall(name) if len(w) >= 3 and not w.isdigit()}


# --- the redactor -------------------------------------------------------------------------------


class Redactor:
    """Masks identifiers in text. ``Redactor.off()`` returns text unchanged (normal briefs).

    Build one per case and output: the patterns are compiled here, once."""

    def __init__(self, known: Iterable[KnownIdentifiers] = (), *, enabled: bool = True, mask_names: bool = False):
        self.enabled = enabled
        self.mask_names = bool(mask_names) and enabled
        keys: dict[str, tuple[str, int]] = {}
        emails: list[str] = []
        dobs: list[str] = []
        names: set[str] = set()
        email_probes: set[str] = set()
        dob_probes: set[str] = set()

        def add(key: str, mask: str, rule: int | None = None) -> None:
            # Three letters stand as a whole word ("CDA"); with digits, four at least.
            if len(key) >= (3 if key.isalpha() else 4) and key not in keys:
                keys[key] = (mask, _edge_rule(key) if rule is None else rule)

        for item in known:
            for value in item.passport_numbers:
                add(fold(value), PASSPORT_MASK)
            for value in item.other_ids:
                add(fold(value), ID_MASK)
            for value in item.phones:
                for key in _phone_keys(value):
                    add(key, PHONE_MASK, _FREE)
            for value in item.addresses:
                for key in address_keys(value):
                    add(key, ADDRESS_MASK)
            for value in item.emails:
                emails.append(_email_pattern(value))
                email_probes.add(fold(value.strip().rpartition("@")[0]))
            for value in item.dates_of_birth:
                dobs.append(date_of_birth_pattern(value))
                dob_probes.add(f"{value.year % 100:02d}")
            if self.mask_names:
                for value in item.names:
                    names |= name_parts(value)
        self._keys = keys
        # Every key at every position (a lookahead, so overlapping keys are all seen);
        # longest first, so the longest key at a position is the one reported.
        ordered = sorted(keys, key=len, reverse=True)
        self._key_scan = re.compile("(?=(" + "|".join(re.escape(k) for k in ordered) + "))") if ordered else None
        self._emails = re.compile("|".join(dict.fromkeys(e for e in emails if e)), re.IGNORECASE) if emails else None
        self._dobs = re.compile("|".join(f"(?:{p})" for p in dict.fromkeys(dobs)), re.IGNORECASE) if dobs else None
        self._names = frozenset(names)
        # Cheap tests that skip a pattern on text that cannot hold what it looks for (most
        # text): an address's local part (folded), a birth year's last two digits.
        self._email_probes = tuple(sorted(p for p in email_probes if p))
        self._dob_probes = tuple(sorted(dob_probes))

    @classmethod
    def off(cls) -> Redactor:
        return cls(enabled=False)

    def __call__(self, text: str | None) -> str | None:
        return self.text(text)

    def text(self, text: str | None) -> str | None:
        if text is None or not self.enabled or not text:
            return text
        folded = _Folded(text)
        if self._key_scan is not None:
            text = self._mask_keys(text, folded)
        # The probes look at the text as it came: masking only ever removes what they seek.
        if self._emails is not None and any(p in folded.folded for p in self._email_probes):
            text = self._emails.sub(EMAIL_MASK, text)
        if "@" in text:
            text = _EMAIL.sub(EMAIL_MASK, text)
        if _AT_BRACKETED.search(text):
            text = _EMAIL_OBFUSCATED.sub(EMAIL_MASK, text)
        if self._dobs is not None and any(y in text for y in self._dob_probes):
            text = self._dobs.sub(DOB_MASK, text)
        if self._names:
            text = self._mask_names(text)
        # Each phrase pattern runs only on text that holds its words (most text does not);
        # casefold() keeps the test as wide as the patterns' IGNORECASE.
        lowered = text.casefold()
        if "born" in lowered or "date" in lowered or _DOB_ABBREVIATION.search(lowered):
            text = _DOB_PHRASE.sub(lambda m: m.group(1) + DOB_MASK, text)
            lowered = text.casefold()
        if "passport" in lowered:
            text = _PASSPORT_PHRASE.sub(_passport_phrase, text)
        if _SIX_DIGITS.search(text):
            text = _PASSPORT_LIKE.sub(PASSPORT_MASK, text)
        return _mask_phones(text)

    def _mask_names(self, text: str) -> str:
        spans: list[list[int]] = []
        for match in _WORD_RUN.finditer(text):
            if _name_key(match.group()) in self._names:
                start, end = match.span()
                if spans and _NAME_GAP.fullmatch(text, spans[-1][1], start):
                    spans[-1][1] = end  # the next part of the same name
                else:
                    spans.append([start, end])
        if not spans:
            return text
        out: list[str] = []
        last = 0
        for start, end in spans:
            out += [text[last:start], NAME_MASK]
            last = end
        out.append(text[last:])
        return "".join(out)

    def _mask_keys(self, text: str, folded: _Folded) -> str:
        spans: list[tuple[int, int, str]] = []
        for match in self._key_scan.finditer(folded.folded):
            key = match.group(1)
            mask, rule = self._keys[key]
            origin = folded.origin
            start, end = origin[match.start()], origin[match.start() + len(key) - 1] + 1
            if rule != _FREE and not _edges_ok(text, start, end, key, rule):
                continue
            spans.append((start, end, mask))
        if not spans:
            return text
        out: list[str] = []
        last = 0
        for start, end, mask in _merged(spans):
            out.append(text[last:start])
            out.append(mask)
            last = end
        out.append(text[last:])
        return "".join(out)


def _edges_ok(text: str, start: int, end: int, key: str, rule: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if rule == _WORDS:
        return not (before.isalnum() or after.isalnum() or unicodedata.category(after).startswith("M"))
    if key[0].isdigit() and before.isdigit():
        return False
    return not (key[-1].isdigit() and after.isdigit())


def _merged(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    # Overlapping hits become one mask, labelled by the longest of them.
    spans.sort()
    out: list[tuple[int, int, str]] = []
    for start, end, mask in spans:
        if out and start < out[-1][1]:
            s, e, m = out[-1]
            keep = m if e - s >= end - start else mask
            out[-1] = (s, max(e, end), keep)
        else:
            out.append((start, end, mask))
    return out


def _email_pattern(address: str) -> str:
    """A known address with its "@" and dots written any way (``name [at] example [dot] org``,
    ``name(at)example.org``, ``name at example dot org``, spaces around ``@``), and its local
    part followed by any written "@" whatever the host."""
    if "@" not in address:
        return ""
    local, _, domain = address.strip().rpartition("@")
    pieces = [re.escape(p) for p in re.split(r"[._\-+]", local) if p]
    host = _DOT.join(re.escape(p) for p in domain.split(".") if p)
    loose = r"\s*[._\-+]?\s*".join(pieces)
    strict = r"[._\-+]?".join(pieces)
    # The known host with any spelling of "@" and the dots; or the local part with an
    # unmistakable "@" ([at], (at), @) and whatever host (a local part followed by " at " and
    # a word is too often a name in a sentence: "Ravi Verma at home").
    return rf"(?<![\w.])(?:{loose}{_AT}{host}|{strict}{_AT_STRICT}[\w\-]+(?:{_DOT_TIGHT}[\w\-]+)*)(?![\w])"


def _mask_phones(text: str) -> str:
    """The generic phone rule applied to the text between dates, times, amounts and
    references, which it must not touch."""
    if len(_DIGIT.findall(text)) < 7:
        return text  # a phone-shaped run needs seven digits at least
    out: list[str] = []
    last = 0
    for match in _PROTECTED.finditer(text):
        out.append(_PHONE.sub(_phone_or_keep, text[last : match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(_PHONE.sub(_phone_or_keep, text[last:]))
    return "".join(out)


def _passport_phrase(match: re.Match) -> str:
    token = match.group(2)
    # "passport details", "passport copies": a word, not a number.
    if token.isalpha():
        return match.group(0)
    return match.group(1) + PASSPORT_MASK


def _phone_or_keep(match: re.Match) -> str:
    text = match.group(0)
    if _DATE_SHAPED.match(text.strip("()")):
        return text
    digits = sum(ch.isdigit() for ch in text)
    if digits >= 8 or (text.startswith("+") and digits >= 7):
        return PHONE_MASK
    return text
