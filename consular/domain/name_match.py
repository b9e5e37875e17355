"""Transliteration-aware name matching: a phonetic key to find candidates, a score to rank them.

Indian names reach a case file spelt several ways in Latin letters (Mohanty / Mohanti,
Srinivasan / Shrinivasan, Chowdhury / Choudhary / Chaudhari, Verma / Varma), and sometimes in
Devanagari (मोहंती). :func:`name_key` folds these to one key, so the duplicate finder can join
on an indexed column instead of comparing every pair; :func:`name_similarity` then scores the
few pairs that share a key (or a passport, a phone) on the spelling itself.

The key, token by token (rules applied in this order; tested for stability with hypothesis):

1. Devanagari is transliterated to Latin letters (:func:`transliterate`: consonants carry
   the inherent "a" unless a virama or vowel sign follows; anusvara is "n").
2. Accents are dropped (NFKD), letters lower-cased, anything but a-z splits tokens.
   Honorifics and ranks (mr, mrs, dr, shri, smt, ji, cdt, capt, insp, ...) and one-letter
   initials are dropped.
3. Letter groups that are one sound: ``x`` -> ``ks``, ``ph``/``f`` -> ``p``, ``q`` -> ``k``,
   ``z`` -> ``j``, ``c`` (as in ch) -> ``c``; then every ``h`` that is not the first letter
   is dropped (aspirates: dh/d, th/t, sh/s, kh/k, bh/b; "Mohanty" / "Mohanti").
4. ``w`` between a vowel and a consonant (or at the end) is a vowel ("Chowdhury"); any other
   ``w`` is ``v`` ("Agarwal" / "Agarval"). ``y`` after the first letter is a vowel.
5. The first letter stays (a leading vowel becomes ``a``); after it every vowel is dropped,
   and runs of one consonant collapse ("Aggarwal" / "Agarwal").
6. The token keys are sorted and joined with a space, so word order does not count
   ("Mohanty Ramesh" = "Ramesh Mohanty").

A key is a blocking device, not a verdict: "Varma" and "Verma" share one, and so may two
different people. The score and the other evidence (date of birth, passport) decide what a
person is shown.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "shri", "sri", "shree", "smt", "shrimati", "kumari", "km", "late", "sir",
     "madam", "prof", "ji", "sahib", "saheb",
     # ranks and titles counterparts are written down with
     "cdt", "commandant", "capt", "captain", "col", "colonel", "lt", "maj", "major", "insp", "inspector", "supt",
     "hon", "mme", "mlle", "m"}
)  # fmt: skip
VOWELS = frozenset("aeiou")

# --- Devanagari -> Latin ------------------------------------------------------------------

_DEV_VOWELS = {
    "अ": "a", "आ": "aa", "इ": "i", "ई": "ee", "उ": "u", "ऊ": "oo", "ऋ": "ri",
    "ए": "e", "ऐ": "ai", "ओ": "o", "औ": "au",
}  # fmt: skip
_DEV_SIGNS = {
    "ा": "aa", "ि": "i", "ी": "ee", "ु": "u", "ू": "oo", "ृ": "ri",
    "े": "e", "ै": "ai", "ो": "o", "ौ": "au", "ॅ": "e", "ॉ": "o",
}  # fmt: skip
_DEV_CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n",
    "च": "ch", "छ": "chh", "ज": "j", "झ": "jh", "ञ": "n",
    "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n",
    "त": "t", "थ": "th", "द": "d", "ध": "dh", "न": "n",
    "प": "p", "फ": "ph", "ब": "b", "भ": "bh", "म": "m",
    "य": "y", "र": "r", "ल": "l", "ळ": "l", "व": "v",
    "श": "sh", "ष": "sh", "स": "s", "ह": "h",
    "क़": "q", "ख़": "kh", "ग़": "g", "ज़": "z", "ड़": "r", "ढ़": "rh", "फ़": "f", "य़": "y",
}  # fmt: skip
_VIRAMA = "्"
_NUKTA = "़"
_ANUSVARA = {"ं": "n", "ँ": "n"}
_VISARGA = "ः"


def transliterate(text: str) -> str:
    """Devanagari letters in ``text`` written in Latin letters (a plain, lossy scheme that is
    enough to compare names); anything else is left as it is."""
    text = unicodedata.normalize("NFC", text or "")
    out: list[str] = []
    pending_a = False  # a consonant was written and its inherent "a" is not yet cancelled
    for char in text:
        if char in _DEV_CONSONANTS:
            if pending_a:
                out.append("a")
            out.append(_DEV_CONSONANTS[char])
            pending_a = True
        elif char in _DEV_SIGNS:
            out.append(_DEV_SIGNS[char])
            pending_a = False
        elif char == _VIRAMA:
            pending_a = False
        elif char == _NUKTA:
            continue
        elif char in _ANUSVARA or char == _VISARGA:
            if pending_a:
                out.append("a")
                pending_a = False
            out.append(_ANUSVARA.get(char, "h"))
        elif char in _DEV_VOWELS:
            if pending_a:
                out.append("a")
                pending_a = False
            out.append(_DEV_VOWELS[char])
        else:
            if pending_a:
                # Word-final inherent "a" is mostly silent in Hindi names (राम: Ram), and the
                # key drops vowels anyway: leave it out.
                pending_a = False
            out.append(char)
    return "".join(out)


# --- normalising and keys -----------------------------------------------------------------

_SPLIT = re.compile(r"[^a-z]+")


def tokens(name: str) -> list[str]:
    """The words of a name, lower-case Latin letters only, without honorifics and initials."""
    text = unicodedata.normalize("NFKD", transliterate(name or ""))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return [t for t in _SPLIT.split(text) if len(t) > 1 and t not in HONORIFICS]


def token_key(token: str) -> str:
    """The phonetic key of one lower-case word (rules 3 to 5 of the module docstring)."""
    word = token.replace("x", "ks").replace("ph", "p").replace("f", "p").replace("q", "k").replace("z", "j")
    if not word:
        return ""
    word = word[0] + word[1:].replace("h", "")
    letters = list(word)
    for i, char in enumerate(letters):
        if char == "w":
            before = letters[i - 1] if i else ""
            after = letters[i + 1] if i + 1 < len(letters) else ""
            vowel_like = before in VOWELS and (after == "" or after not in VOWELS)
            letters[i] = "a" if vowel_like else "v"
        elif char == "y" and i:
            letters[i] = "a"
    first = "a" if letters[0] in VOWELS else letters[0]
    out = [first]
    for char in letters[1:]:
        if char in VOWELS:
            continue
        if char != out[-1]:
            out.append(char)
    return "".join(out)


@lru_cache(maxsize=65_536)  # the finder scores each record against several others
def name_key(name: str) -> str:
    """The phonetic key of a whole name: its words' keys sorted, joined with a space ("" for
    a name with no usable word). Same key, maybe the same name written another way."""
    return " ".join(sorted(token_key(t) for t in tokens(name)))


@lru_cache(maxsize=65_536)
def normalised(name: str) -> str:
    """A name as compared letter by letter: transliterated, accents off, lower-case, words in
    alphabetical order."""
    return " ".join(sorted(tokens(name)))


def levenshtein(a: str, b: str) -> int:
    """Edits (insert, delete, substitute one letter) that turn ``a`` into ``b``."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def name_similarity(a: str, b: str) -> float:
    """How alike two names are, 0.0 to 1.0: 1 - edit distance / longer length, over the
    normalised spellings; two names with the same phonetic key score at least 0.8."""
    left, right = normalised(a), normalised(b)
    if not left or not right:
        return 0.0
    longest = max(len(left), len(right))
    score = 1.0 - levenshtein(left, right) / longest
    if name_key(a) == name_key(b):
        score = max(score, 0.8)
    return round(score, 3)


# --- other evidence -----------------------------------------------------------------------


@lru_cache(maxsize=65_536)
def passport_key(number: str | None) -> str:
    """A passport number as compared: letters and digits only, upper-case ("" if none)."""
    return re.sub(r"[^0-9A-Za-z]", "", number or "").upper()


@lru_cache(maxsize=65_536)
def phone_key(number: str | None) -> str:
    """A phone number as compared: its last nine digits, so +91 98xxx and 098xxx agree ("" if
    fewer than seven digits)."""
    digits = re.sub(r"\D", "", number or "")
    return digits[-9:] if len(digits) >= 7 else ""


@lru_cache(maxsize=65_536)
def organisation_key(name: str | None) -> str:
    """An organisation name as compared: its words' phonetic keys in order, numbers kept
    ("Police post 12" is not "Police post 14")."""
    text = unicodedata.normalize("NFKD", transliterate(name or ""))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    words = [w for w in re.split(r"[^a-z0-9]+", text) if w]
    return " ".join(w if w.isdigit() else token_key(w) for w in words)


def person_keys(full_name: str | None, name_native: str | None, passport_number: str | None) -> set[tuple[str, str]]:
    """The (kind, key) pairs the duplicate finder joins a person on: the name's phonetic key
    (and the native-script name's, when it differs), and the passport number."""
    keys = {("name", k[:120]) for k in (name_key(full_name or ""), name_key(name_native or "")) if k}
    passport = passport_key(passport_number)
    if passport:
        keys.add(("passport", passport[:120]))
    return keys


def counterpart_keys(name: str | None, phone: str | None) -> set[tuple[str, str]]:
    """The (kind, key) pairs the duplicate finder joins a counterpart on: name and phone."""
    keys = set()
    key = name_key(name or "")
    if key:
        keys.add(("name", key[:120]))
    phone_digits = phone_key(phone)
    if phone_digits:
        keys.add(("phone", phone_digits))
    return keys
