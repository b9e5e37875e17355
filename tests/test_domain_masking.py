"""domain.masking on its own: what a redacted brief may and may not show.

The brief tests check masking through a whole PDF; these pin the Redactor's rules directly,
with generated spellings of the same identifiers (hypothesis) where a caseworker's typing
varies: spacing of phone numbers, letter case of passport numbers.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from consular.domain.masking import (
    ADDRESS_MASK,
    DOB_MASK,
    EMAIL_MASK,
    ID_MASK,
    PASSPORT_MASK,
    PHONE_MASK,
    KnownIdentifiers,
    Redactor,
    address_keys,
    fold,
)
from tests.demo_data import KAYES

KNOWN = KnownIdentifiers(
    passport_numbers=("Z3141592",),
    other_ids=("AADHAAR 4821 7733 9012",),
    phones=("+22376123456",),
    emails=("ravi.verma@example.org",),
    dates_of_birth=(date(1988, 3, 14),),
    addresses=("14 Rue du Fleuve, Kayes",),
)
# Up to two separator characters between digits, as the Redactor promises to see through.
SEPARATORS = st.sampled_from(["", " ", "-", ".", "- ", ") ", "\u00a0", "/"])


def redact(text: str) -> str:
    return Redactor([KNOWN])(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(SEPARATORS, min_size=10, max_size=10), st.booleans())
def test_a_known_phone_number_is_masked_however_it_is_spaced(separators, with_plus):
    digits = "22376123456"
    spaced = "".join(d + (separators[i] if i < len(separators) else "") for i, d in enumerate(digits)).strip(" -./")
    text = f"Called the family on {'+' if with_plus else ''}{spaced} this morning."
    out = redact(text)
    assert PHONE_MASK in out
    assert "7612" not in re.sub(r"\D", "", out)  # no run of its digits survives


def test_a_known_phone_number_is_masked_in_its_national_form():
    # +223 76 12 34 56 written the way a Malian colleague would: without the country code.
    assert redact("Mobile: 76 12 34 56, ask for Ravi") == f"Mobile: {PHONE_MASK}, ask for Ravi"


@given(st.sampled_from(["Z3141592", "z3141592", "Z3141592".swapcase()]))
def test_a_known_passport_number_is_masked_in_any_case(spelling):
    out = redact(f"Passport copy ({spelling}) sent to Delhi.")
    assert PASSPORT_MASK in out and spelling.lower() not in out.lower()


@pytest.mark.parametrize(
    "written",
    ["14/03/1988", "1988-03-14", "14.03.1988", "14 March 1988", "March 14th, 1988", "14 Mar 1988", "14-3-1988"],
)
def test_a_known_date_of_birth_is_masked_in_the_usual_written_forms(written):
    out = redact(f"Ravi Verma ({written}) is diabetic.")
    assert DOB_MASK in out and "1988" not in out


def test_known_ids_addresses_and_emails_are_masked():
    out = redact(
        "Ravi's AADHAAR 4821 7733 9012 is on file; he lived at 14 Rue du Fleuve, Kayes; "
        "write to ravi.verma@example.org or to the office at info@cement.example.com."
    )
    assert ID_MASK in out and "[address redacted]" in out
    assert out.count(EMAIL_MASK) == 2  # the known address and one that only looks like one
    assert "4821" not in out and "Fleuve" not in out and "@" not in out


def test_what_only_looks_like_an_identifier_is_masked_too():
    out = Redactor()("A witness, passport no. K7654321, DOB: 02/11/1990, phone +91 98765 43210.")
    assert PASSPORT_MASK in out and DOB_MASK in out and PHONE_MASK in out
    assert "7654321" not in out and "1990" not in out and "98765" not in out


def test_case_references_and_plain_words_are_left_alone():
    text = f"Update on {KAYES}: passport details and passport copies are with the post; 3 hostages, day 24."
    assert redact(text) == text


@given(st.text(alphabet=st.characters(categories=["L", "Zs"]), max_size=200))
def test_text_without_digits_or_at_signs_is_unchanged(text):
    # Words alone can carry no identifier the Redactor looks for (no digits, no e-mail), except
    # a known address's distinctive words ("Kayes" of "14 Rue du Fleuve, Kayes"), which are
    # masked on purpose: Hypothesis draws constants from the code, and found "KAYES".
    keys = {key for address in KNOWN.addresses for key in address_keys(address)}
    assume(not any(key in fold(text) for key in keys))
    assert redact(text) == text


def test_a_known_address_s_town_alone_is_masked():
    assert redact("Seen in KAYES yesterday") == f"Seen in {ADDRESS_MASK} yesterday"


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200))
def test_masking_twice_changes_nothing_more(text):
    once = redact(text)
    assert redact(once) == once


def test_off_returns_text_unchanged_and_none_stays_none():
    text = "Passport Z3141592, phone +22376123456."
    assert Redactor.off()(text) == text
    assert Redactor([KNOWN])(None) is None
    assert Redactor([KNOWN])("") == ""


@pytest.mark.parametrize("when", ["2025-07-01 14:30", "01.07.2025 10:00"])
def test_dates_and_times_in_notes_are_not_taken_for_phone_numbers(when):
    text = f"Met the governor's chief of staff on {when} at the governorate."
    assert Redactor()(text) == text
