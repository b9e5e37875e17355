"""Transliteration-aware name matching: the spellings an Indian name reaches a file in share a
key, different names do not, and the key is stable (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consular.domain import name_match as nm

SAME = [
    ("Mohanty", "Mohanti", "मोहंती"),
    ("Srinivasan", "Shrinivasan", "Sreenivasan"),
    ("Chowdhury", "Choudhary", "Chaudhari", "Chaudhury"),
    ("Verma", "Varma", "वर्मा"),
    ("Agarwal", "Aggarwal", "Agarval"),
    ("Lakshmi", "Laxmi", "लक्ष्मी"),
    ("Ramesh Mohanty", "Mohanti, Ramesh", "Mr R. Ramesh Mohanty", "रमेश मोहंती"),
]
DIFFERENT = [("Sharma", "Verma"), ("Ramesh Mohanty", "Suresh Mohanty"), ("Iyer", "Reddy"), ("Singh", "Sen")]


@pytest.mark.parametrize("spellings", SAME, ids=[s[0] for s in SAME])
def test_spellings_of_one_name_share_a_key(spellings):
    keys = {nm.name_key(s) for s in spellings}
    assert len(keys) == 1 and keys != {""}, dict(zip(spellings, [nm.name_key(s) for s in spellings], strict=True))


@pytest.mark.parametrize("a, b", DIFFERENT)
def test_different_names_do_not(a, b):
    assert nm.name_key(a) != nm.name_key(b)


def test_devanagari_is_written_in_latin_letters():
    assert nm.transliterate("रमेश") == "ramesh"
    assert nm.transliterate("मोहंती") == "mohantee"
    assert nm.transliterate("Ravi") == "Ravi"


def test_similarity_ranks_spellings_above_other_names():
    assert nm.name_similarity("Ramesh Mohanty", "Ramesh Mohanti") > 0.9
    assert nm.name_similarity("Ramesh Mohanty", "रमेश मोहंती") >= 0.8  # same key
    assert nm.name_similarity("Ramesh Mohanty", "Suresh Kumar") < 0.5
    assert nm.name_similarity("", "Ramesh") == 0.0


def test_passport_and_phone_keys():
    assert nm.passport_key(" z-123 4567 ") == "Z1234567"
    assert nm.phone_key("+91 98450 12345") == nm.phone_key("098450-12345") == "845012345"
    assert nm.phone_key("123") == ""
    assert nm.organisation_key("Gendarmerie, Kayes") == nm.organisation_key("gendarmerie kayes")
    assert nm.organisation_key("Police post 12") != nm.organisation_key("Police post 14")


NAMES = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -.'éèüकखगमरशसतनवयहािीुेों्"),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(NAMES)
def test_the_key_is_stable(name):
    key = nm.name_key(name)
    # The same input always gives the same key; the key of the key's own words is itself
    # (keys are fixed points), and it never depends on case, spacing or word order.
    assert nm.name_key(name) == key
    assert nm.name_key(name.upper()) == key
    assert nm.name_key("  ".join(reversed(name.split()))) == key
    assert all(nm.token_key(part) == part for part in key.split())
    assert key == " ".join(sorted(key.split()))


@settings(max_examples=200, deadline=None)
@given(NAMES, NAMES)
def test_similarity_is_symmetric_and_bounded(a, b):
    score = nm.name_similarity(a, b)
    assert score == nm.name_similarity(b, a)
    assert 0.0 <= score <= 1.0
    if nm.normalised(a):
        assert nm.name_similarity(a, a) == 1.0
