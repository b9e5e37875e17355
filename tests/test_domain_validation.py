"""domain.validation on its own: what every form and command accepts, and how it refuses.

Property tests (hypothesis) run the cleaners over wide ranges of input, including the
scripts consular's names are written in and the control characters a paste brings along.
"""

from __future__ import annotations

import unicodedata

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consular.domain import validation as v
from consular.domain.errors import ValidationError

ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=400)
CONTROL = {"Cc", "Cf", "Cs", "Co", "Cn"}


def _controls(text: str, keep=frozenset()) -> set[str]:
    return {
        ch for ch in text if unicodedata.category(ch) in CONTROL and ch not in keep and ch not in ("\u200c", "\u200d")
    }


# --- clean_text ---------------------------------------------------------------------------


@settings(max_examples=200)
@given(ANY_TEXT)
def test_clean_text_single_line_is_trimmed_nfc_one_space_no_controls(raw):
    try:
        text = v.clean_text(raw, "subject", max_length=10_000)
    except ValidationError:
        pytest.fail("an optional field never refuses text within its length")
    if text is None:
        assert not "".join(ch for ch in unicodedata.normalize("NFC", raw) if not _controls(ch)).split()
        return
    assert text == text.strip() and "  " not in text and "\n" not in text and "\t" not in text
    assert unicodedata.is_normalized("NFC", text)
    assert not _controls(text)
    assert v.clean_text(text, "subject", max_length=10_000) == text  # cleaning is idempotent


@settings(max_examples=200)
@given(ANY_TEXT)
def test_clean_text_multiline_keeps_lines_and_tabs_only(raw):
    text = v.clean_text(raw, "notes", multiline=True, max_length=10_000)
    if text is None:
        return
    assert "\r" not in text and text == text.strip()
    assert not _controls(text, keep={"\n", "\t"})
    assert v.clean_text(text, "notes", multiline=True, max_length=10_000) == text


def _dropped_one_by_one(text: str, keep=frozenset()) -> str:
    """What clean_text keeps of NFC text, character by character (as it was always done)."""
    return "".join(ch for ch in text if ch in keep or not _controls(ch))


@settings(max_examples=300)
@given(ANY_TEXT, st.booleans())
def test_clean_text_keeps_what_a_look_at_every_character_keeps(raw, multiline):
    """Printable text skips the look-up per character (one check in C): the same text comes
    out as when every character's category is looked up, printable or not."""
    nfc = unicodedata.normalize("NFC", raw)
    kept = _dropped_one_by_one(nfc, {"\n", "\t"} if multiline else frozenset())
    kept = kept.replace("\r\n", "\n").replace("\r", "\n").strip() if multiline else " ".join(kept.split())
    assert v.clean_text(raw, "notes", multiline=multiline, max_length=10_000) == (kept or None)
    # and ordinary prose, with its line breaks and tabs, comes out as it went in
    prose = "Called the ministry.\n\tNo answer; will try again at 14:00 (l'ambassade, Zürich, दूतावास)."
    assert v.clean_text(prose, "notes", multiline=True) == prose


def test_clean_text_keeps_joiners_and_normalises_scripts():
    # A zero-width non-joiner changes how a Devanagari or Urdu name is drawn; it stays.
    name = "क्\u200dष"
    assert v.clean_text(name, "full_name") == name
    assert v.clean_text("Mahanti\u0301", "full_name") == unicodedata.normalize("NFC", "Mahanti\u0301")
    assert v.clean_text("  Ravi \t\u0007 Verma \n", "full_name") == "Ravi Verma"
    assert v.clean_text("line one\r\nline two\r", "notes", multiline=True) == "line one\nline two"


def test_clean_text_refuses_missing_long_and_non_text_values_naming_the_field():
    with pytest.raises(ValidationError, match="The subject is required") as raised:
        v.clean_text(" \u200b ", "subject", required=True)
    assert raised.value.field == "subject"
    with pytest.raises(ValidationError, match="301 characters long; the limit is 300") as raised:
        v.clean_text("x" * 301, "subject")
    assert raised.value.field == "subject"
    assert v.clean_text("x" * 300, "subject") == "x" * 300
    with pytest.raises(ValidationError, match="must be text"):
        v.clean_text(12, "subject")
    with pytest.raises(ValidationError, match="The place name is required"):
        v.clean_text("", "place", required=True, label="place name")


# --- codes, e-mail, phone -----------------------------------------------------------------


def test_country_codes_and_names():
    assert v.country_code(" ml ") == "ML"
    assert v.country_code("Mali") == "ML"
    assert v.country_name("ML") == "Mali" and v.country_name("") == "" and v.country_name("QQ") == "QQ"
    assert v.country_code("", required=False) is None
    with pytest.raises(ValidationError, match="country is required"):
        v.country_code("")
    with pytest.raises(ValidationError, match="not an ISO 3166") as raised:
        v.country_code("Atlantis", "nationality")
    assert raised.value.field == "nationality"


@given(st.sampled_from(sorted(v.COUNTRIES)))
def test_every_country_code_is_accepted_and_so_is_its_name(code):
    assert v.country_code(code.lower()) == code
    assert v.country_code(v.country_name(code)) == code


def test_post_codes():
    assert v.post_code(" bam ") == "BAM"
    for bad in ("B", "BAMAKO", "B4M", ""):
        with pytest.raises(ValidationError, match="not a post code"):
            v.post_code(bad)


def test_email():
    assert v.email(" ravi.verma@example.org ") == "ravi.verma@example.org"
    assert v.email("") is None
    for bad in ("ravi", "ravi@", "@example.org", "ravi@example", "ra vi@example.org"):
        with pytest.raises(ValidationError, match="not an e-mail address"):
            v.email(bad)


def test_phone_numbers_come_out_in_e164():
    assert v.phone("+223 20 22 51 64") == "+22320225164"
    assert v.phone("020 7946 0000", region="GB") == "+442079460000"
    assert v.phone("") is None
    with pytest.raises(ValidationError, match="not a phone number") as raised:
        v.phone("call the desk", "mobile")
    assert raised.value.field == "mobile"
    with pytest.raises(ValidationError, match="wrong length"):
        v.phone("+223 20 22 51 64 99 99")


@given(st.sampled_from(sorted(phonenumbers.SUPPORTED_REGIONS)))
def test_a_formatted_number_reads_back_as_the_same_number(region):
    example = phonenumbers.example_number(region)
    if example is None:
        return
    e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
    shown = v.format_phone(e164)
    assert (shown.startswith("+") and shown != e164) or len(e164) <= 8
    assert v.phone(shown) == e164
    assert v.format_phone("") == "" and v.format_phone(None) == ""


# --- numbers ------------------------------------------------------------------------------


@given(
    st.floats(min_value=-90, max_value=90, allow_nan=False),
    st.floats(min_value=-180, max_value=180, allow_nan=False),
)
def test_coordinates_in_range_are_kept(lat, lon):
    assert v.coordinates(lat, lon) == (lat, lon)
    assert v.coordinates(str(lat), str(lon)) == (float(str(lat)), float(str(lon)))


@given(st.floats(allow_nan=False, allow_infinity=False).filter(lambda x: abs(x) > 180))
def test_coordinates_out_of_range_name_the_wrong_one(out):
    with pytest.raises(ValidationError) as raised:
        v.coordinates(out, 0)
    assert raised.value.field == "latitude"
    with pytest.raises(ValidationError) as raised:
        v.coordinates(0, out)
    assert raised.value.field == "longitude"


def test_coordinates_come_in_pairs():
    assert v.coordinates(None, None) == (None, None)
    with pytest.raises(ValidationError, match="both latitude and longitude") as raised:
        v.coordinates(14.4, None)
    assert raised.value.field == "longitude"
    with pytest.raises(ValidationError, match="decimal degrees"):
        v.coordinates("north", 3)


@given(st.integers(min_value=-100_000, max_value=100_000))
def test_positive_int_keeps_the_range(number):
    if 1 <= number <= 10_000:
        assert v.positive_int(number, "duration_minutes") == number
        assert v.positive_int(str(number), "duration_minutes") == number
    else:
        with pytest.raises(ValidationError, match="outside 1…10000"):
            v.positive_int(number, "duration_minutes")


def test_positive_int_missing_and_not_a_number():
    assert v.positive_int("", "duration_minutes") is None
    with pytest.raises(ValidationError, match="duration minutes is required"):
        v.positive_int(None, "duration_minutes", required=True)
    with pytest.raises(ValidationError, match="not a whole number"):
        v.positive_int("twelve", "duration_minutes")


def test_languages_are_cleaned_deduplicated_and_keep_their_order():
    assert v.languages("Hindi, Bambara , ,Hindi") == "Hindi, Bambara"
    assert v.languages(["Telugu", "  English  "]) == "Telugu, English"
    assert v.languages([]) is None and v.languages(None) is None
