"""Redaction damages nothing but identifiers: dates, times, references and amounts come
through a redacted export unchanged, and every phone number is still masked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import phonenumbers
from hypothesis import example, given, settings
from hypothesis import strategies as st

from consular.domain.masking import PHONE_MASK, KnownIdentifiers, Redactor

GENERIC = Redactor()
KNOWN_PHONE = "+223 76 12 34 56"
WITH_KNOWN = Redactor([KnownIdentifiers(phones=(KNOWN_PHONE,))])

# --- what must never be touched ------------------------------------------------------------

moments = st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2099, 12, 31)).map(
    lambda d: d.replace(microsecond=0)
)
DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d", "%d %B %Y", "%d %b %Y"]
TIME_FORMATS = ["%H:%M", "%H:%M:%S", "%I:%M %p", "%H:%M %Z", "%Hh%M"]


@st.composite
def dates_and_times(draw) -> str:
    moment = draw(moments)
    kind = draw(st.sampled_from(["date", "time", "date time", "iso", "iso offset", "timeline due"]))
    if kind == "date":
        return moment.strftime(draw(st.sampled_from(DATE_FORMATS)))
    if kind == "time":
        return moment.strftime(draw(st.sampled_from(TIME_FORMATS)).replace("%Z", "UTC"))
    if kind == "date time":
        fmt = draw(st.sampled_from(DATE_FORMATS)) + draw(st.sampled_from([" ", ", ", " at "]))
        return moment.strftime(fmt + draw(st.sampled_from(TIME_FORMATS)).replace("%Z", "GMT"))
    if kind == "iso":
        return moment.isoformat()
    if kind == "iso offset":
        offset = timedelta(minutes=draw(st.integers(-12 * 60, 14 * 60)) // 15 * 15)
        return moment.replace(tzinfo=UTC).astimezone(__import__("datetime").timezone(offset)).isoformat()
    # What the timeline writes for a task's due date (services/timeline.py: _local_text).
    return "Due " + moment.strftime("%Y-%m-%d %H:%M") + draw(st.sampled_from([" EST", " GMT", " +0530", " IST"]))


def _grouped(value: int, sep: str) -> str:
    return f"{value:,}".replace(",", sep)


@st.composite
def amounts(draw) -> str:
    value = draw(st.integers(1, 999_999_999_999))
    number = draw(
        st.sampled_from(
            [
                str(value),
                _grouped(value, ","),
                _grouped(value, "."),
                _grouped(value, " "),
                _grouped(value, "\u00a0"),
                _grouped(value, "'"),
                f"{value:,}.{draw(st.integers(0, 99)):02d}",
            ]
        )
    )
    currency = draw(st.sampled_from(["USD", "EUR", "XOF", "CFA", "FCFA", "INR", "Rs.", "₹", "$", "€", "£", "GBP"]))
    return draw(
        st.sampled_from(
            [
                f"{currency} {number}",
                f"{currency}{number}",
                f"{number} {currency}",
                f"{number} francs CFA",
                f"{number} dollars",
                f"{number} rupees",
            ]
        )
    )


@st.composite
def references(draw) -> str:
    year = draw(st.integers(1990, 2099))
    serial = draw(st.integers(1, 9999))
    post = draw(st.from_regex(r"\A[A-Z]{3}\Z"))
    return draw(
        st.sampled_from(
            [
                f"{post}-{year}-{serial:04d}",  # a case reference
                f"contact:{serial}",  # an event id and its source
                f"task-done:{serial}",
                f"MEA/{year}/{serial:04d}",
                f"{post}/{year}/{serial:06d}",
                f"No. {year}/{serial:05d}",
                f"{post}-{year}-{serial:04d}/{draw(st.integers(1, 99))}",
            ]
        )
    )


untouchable = st.one_of(dates_and_times(), amounts(), references())


@settings(max_examples=600, deadline=None)
@given(untouchable, st.sampled_from(["", "Note: ", "Follow up (", "paid "]), st.sampled_from(["", ".", ")", " today"]))
@example("Due 2025-12-01 12:00 EST", "", "")
@example("2025-07-25 18:00", "", "")
@example("XOF 15 000 000", "Demand of ", ".")
@example("15.000.000 CFA", "", "")
@example("2025-07-25T18:00:00+00:00", "", "")
def test_redaction_never_damages_a_date_time_reference_or_amount(value, before, after):
    text = f"{before}{value}{after}"
    assert GENERIC(text) == text
    assert WITH_KNOWN(text) == text


# --- what must always be masked ------------------------------------------------------------

REGIONS = sorted(r for r in phonenumbers.SUPPORTED_REGIONS if phonenumbers.example_number(r) is not None)
FORMATS = [
    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    phonenumbers.PhoneNumberFormat.E164,
    phonenumbers.PhoneNumberFormat.NATIONAL,
]


@st.composite
def phones(draw) -> str:
    region = draw(st.sampled_from(REGIONS))
    kind = draw(st.sampled_from([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]))
    number = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    fmt = draw(st.sampled_from(FORMATS))
    text = phonenumbers.format_number(number, fmt)
    digits = sum(ch.isdigit() for ch in text)
    # A national number of fewer than eight digits without its country code cannot be told
    # from any other short number; the generic rule does not claim those.
    if fmt == phonenumbers.PhoneNumberFormat.NATIONAL and digits < 8:
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return text


@settings(max_examples=600, deadline=None)
@given(phones(), st.sampled_from(["", "Call ", "tel. ", "(", "on "]), st.sampled_from(["", ".", ")", " today"]))
@example("+223 76 12 34 56", "", "")
@example("+1 212 555 0147", "Call ", ".")
@example("(212) 555-0147", "", "")
@example("+91 98765 43210", "", "")
def test_every_phone_number_is_still_masked(phone, before, after):
    text = f"{before}{phone}{after}"
    masked = GENERIC(text)
    assert PHONE_MASK in masked, text
    assert not any(ch.isdigit() for ch in masked.replace(PHONE_MASK, "")), masked


@given(untouchable, phones())
@settings(max_examples=300, deadline=None)
def test_a_phone_beside_a_date_or_amount_is_masked_and_the_other_kept(value, phone):
    masked = GENERIC(f"{value}; {phone}")
    assert masked == f"{value}; {PHONE_MASK}"
    masked = GENERIC(f"{phone}, {value}")
    assert masked == f"{PHONE_MASK}, {value}"


def test_a_known_phone_is_masked_in_any_spacing():
    for text in ("+22376123456", "76 12 34 56", "76-12-34-56", "00223 76 12 34 56"):
        assert PHONE_MASK in WITH_KNOWN(f"Called {text} at 14:05"), text
        assert WITH_KNOWN(f"Called {text} at 14:05").endswith(" at 14:05")
