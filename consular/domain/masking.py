"""Masking personal identifiers in text that leaves the building (redacted briefs).

A :class:`Redactor` masks two kinds of thing in free text:

* the identifiers *known* to belong to the people of a case (passport numbers, other
  identifiers, phone numbers in any spacing, e-mail addresses, dates of birth in the usual
  written forms, home addresses), because a caseworker may have pasted them into a contact
  summary or a milestone;
* anything that merely *looks* like one (e-mail addresses, runs of eight or more digits
  with phone-style separators, passport-like tokens such as ``Z3141592``, a date written
  after "born" or "DOB"), because the same text can name people the case does not record.

It errs on the side of masking a phone-shaped number, but never touches a date, a time, an
amount with its currency or a reference (:data:`_PROTECTED`): those are found first and the
phone rule only looks between them.
"""

from __future__ import annotations

import re
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

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
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


@dataclass(frozen=True)
class KnownIdentifiers:
    """What is recorded about one person (or counterpart) that must not appear in clear."""

    passport_numbers: tuple[str, ...] = ()
    other_ids: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    dates_of_birth: tuple[date, ...] = ()
    addresses: tuple[str, ...] = ()


def _digits_pattern(digits: str) -> str:
    # The same digits with any phone-style separators between them.
    return r"[ \t().\-/\u00a0]{0,2}".join(re.escape(d) for d in digits)


def _phone_patterns(number: str) -> list[str]:
    digits = re.sub(r"\D", "", number)
    if len(digits) < 5:
        return []
    patterns = [_digits_pattern(digits)]
    try:
        parsed = phonenumbers.parse(number if number.startswith("+") else "+" + digits, None)
    except phonenumbers.NumberParseException:
        return patterns  # an odd stored number is still masked by its digits
    national = phonenumbers.national_significant_number(parsed)
    if national and national != digits and len(national) >= 6:
        patterns.append(_digits_pattern(national))
    return patterns


def _date_patterns(day: date) -> list[str]:
    d, m, y = day.day, day.month, day.year
    month = _MONTH_NAMES[m - 1]
    numeric = {
        f"{y:04d}-{m:02d}-{d:02d}",
        f"{y:04d}/{m:02d}/{d:02d}",
        f"{d:02d}/{m:02d}/{y:04d}",
        f"{d}/{m}/{y:04d}",
        f"{m:02d}/{d:02d}/{y:04d}",
        f"{m}/{d}/{y:04d}",
        f"{d:02d}.{m:02d}.{y:04d}",
        f"{d}.{m}.{y:04d}",
        f"{d:02d}-{m:02d}-{y:04d}",
        f"{d}-{m}-{y:04d}",
    }
    patterns = [rf"(?<!\d){re.escape(text)}(?!\d)" for text in sorted(numeric)]
    names = f"(?:{month}|{month[:3]}\\.?{'|Sept' if m == 9 else ''})"
    patterns.append(rf"(?i)(?<!\d)0?{d}(?:st|nd|rd|th)?\s+{names},?\s+{y}(?!\d)")
    patterns.append(rf"(?i){names}\s+0?{d}(?:st|nd|rd|th)?,?\s+{y}(?!\d)")
    return patterns


class Redactor:
    """Masks identifiers in text. ``Redactor.off()`` returns text unchanged (normal briefs)."""

    def __init__(self, known: Iterable[KnownIdentifiers] = (), *, enabled: bool = True):
        self.enabled = enabled
        literal: list[tuple[str, str]] = []
        patterns: list[tuple[re.Pattern, str]] = []
        for item in known:
            for value in item.passport_numbers:
                literal.append((value, PASSPORT_MASK))
            for value in item.other_ids:
                literal.append((value, ID_MASK))
            for value in item.emails:
                literal.append((value, EMAIL_MASK))
            for value in item.addresses:
                literal.append((value, ADDRESS_MASK))
            for value in item.phones:
                patterns += [(re.compile(p), PHONE_MASK) for p in _phone_patterns(value)]
            for value in item.dates_of_birth:
                patterns += [(re.compile(p), DOB_MASK) for p in _date_patterns(value)]
        # Longest first, so an identifier that contains another is masked whole.
        literal = [(v.strip(), m) for v, m in literal if v and len(v.strip()) >= 3]
        literal.sort(key=lambda pair: len(pair[0]), reverse=True)
        self._literals = [(re.compile(re.escape(v), re.IGNORECASE), m) for v, m in dict(literal).items()]
        self._patterns = patterns

    @classmethod
    def off(cls) -> Redactor:
        return cls(enabled=False)

    def __call__(self, text: str | None) -> str | None:
        return self.text(text)

    def text(self, text: str | None) -> str | None:
        if text is None or not self.enabled or not text:
            return text
        for pattern, mask in self._literals:
            text = pattern.sub(mask, text)
        for pattern, mask in self._patterns:
            text = pattern.sub(mask, text)
        text = _EMAIL.sub(EMAIL_MASK, text)
        text = _DOB_PHRASE.sub(lambda m: m.group(1) + DOB_MASK, text)
        text = _PASSPORT_PHRASE.sub(_passport_phrase, text)
        text = _PASSPORT_LIKE.sub(PASSPORT_MASK, text)
        return _mask_phones(text)


def _mask_phones(text: str) -> str:
    """The generic phone rule applied to the text between dates, times, amounts and
    references, which it must not touch."""
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
