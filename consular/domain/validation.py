"""Field validation shared by every service. Each check raises ValidationError(field, message)."""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

from consular.domain.errors import ValidationError
from consular.i18n import format_number, translate

# ISO 3166-1 alpha-2 codes: the set is closed and small, so it lives here rather than in a
# dependency. Names are for display in pickers and briefs.
COUNTRIES: dict[str, str] = {
    "AF": "Afghanistan",
    "AL": "Albania",
    "DZ": "Algeria",
    "AO": "Angola",
    "AR": "Argentina",
    "AM": "Armenia",
    "AU": "Australia",
    "AT": "Austria",
    "AZ": "Azerbaijan",
    "BH": "Bahrain",
    "BD": "Bangladesh",
    "BY": "Belarus",
    "BE": "Belgium",
    "BJ": "Benin",
    "BT": "Bhutan",
    "BO": "Bolivia",
    "BA": "Bosnia and Herzegovina",
    "BW": "Botswana",
    "BR": "Brazil",
    "BN": "Brunei",
    "BG": "Bulgaria",
    "BF": "Burkina Faso",
    "BI": "Burundi",
    "KH": "Cambodia",
    "CM": "Cameroon",
    "CA": "Canada",
    "CV": "Cabo Verde",
    "CF": "Central African Republic",
    "TD": "Chad",
    "CL": "Chile",
    "CN": "China",
    "CO": "Colombia",
    "KM": "Comoros",
    "CG": "Congo",
    "CD": "Congo (Democratic Republic)",
    "CR": "Costa Rica",
    "CI": "Côte d'Ivoire",
    "HR": "Croatia",
    "CU": "Cuba",
    "CY": "Cyprus",
    "CZ": "Czechia",
    "DK": "Denmark",
    "DJ": "Djibouti",
    "DO": "Dominican Republic",
    "EC": "Ecuador",
    "EG": "Egypt",
    "SV": "El Salvador",
    "GQ": "Equatorial Guinea",
    "ER": "Eritrea",
    "EE": "Estonia",
    "SZ": "Eswatini",
    "ET": "Ethiopia",
    "FJ": "Fiji",
    "FI": "Finland",
    "FR": "France",
    "GA": "Gabon",
    "GM": "Gambia",
    "GE": "Georgia",
    "DE": "Germany",
    "GH": "Ghana",
    "GR": "Greece",
    "GT": "Guatemala",
    "GN": "Guinea",
    "GW": "Guinea-Bissau",
    "GY": "Guyana",
    "HT": "Haiti",
    "HN": "Honduras",
    "HK": "Hong Kong",
    "HU": "Hungary",
    "IS": "Iceland",
    "IN": "India",
    "ID": "Indonesia",
    "IR": "Iran",
    "IQ": "Iraq",
    "IE": "Ireland",
    "IL": "Israel",
    "IT": "Italy",
    "JM": "Jamaica",
    "JP": "Japan",
    "JO": "Jordan",
    "KZ": "Kazakhstan",
    "KE": "Kenya",
    "KW": "Kuwait",
    "KG": "Kyrgyzstan",
    "LA": "Laos",
    "LV": "Latvia",
    "LB": "Lebanon",
    "LS": "Lesotho",
    "LR": "Liberia",
    "LY": "Libya",
    "LT": "Lithuania",
    "LU": "Luxembourg",
    "MG": "Madagascar",
    "MW": "Malawi",
    "MY": "Malaysia",
    "MV": "Maldives",
    "ML": "Mali",
    "MT": "Malta",
    "MR": "Mauritania",
    "MU": "Mauritius",
    "MX": "Mexico",
    "MD": "Moldova",
    "MN": "Mongolia",
    "ME": "Montenegro",
    "MA": "Morocco",
    "MZ": "Mozambique",
    "MM": "Myanmar",
    "NA": "Namibia",
    "NP": "Nepal",
    "NL": "Netherlands",
    "NZ": "New Zealand",
    "NI": "Nicaragua",
    "NE": "Niger",
    "NG": "Nigeria",
    "KP": "North Korea",
    "MK": "North Macedonia",
    "NO": "Norway",
    "OM": "Oman",
    "PK": "Pakistan",
    "PS": "Palestine",
    "PA": "Panama",
    "PG": "Papua New Guinea",
    "PY": "Paraguay",
    "PE": "Peru",
    "PH": "Philippines",
    "PL": "Poland",
    "PT": "Portugal",
    "QA": "Qatar",
    "RO": "Romania",
    "RU": "Russia",
    "RW": "Rwanda",
    "SA": "Saudi Arabia",
    "SN": "Senegal",
    "RS": "Serbia",
    "SL": "Sierra Leone",
    "SG": "Singapore",
    "SK": "Slovakia",
    "SI": "Slovenia",
    "SO": "Somalia",
    "ZA": "South Africa",
    "KR": "South Korea",
    "SS": "South Sudan",
    "ES": "Spain",
    "LK": "Sri Lanka",
    "SD": "Sudan",
    "SE": "Sweden",
    "CH": "Switzerland",
    "SY": "Syria",
    "TW": "Taiwan",
    "TJ": "Tajikistan",
    "TZ": "Tanzania",
    "TH": "Thailand",
    "TL": "Timor-Leste",
    "TG": "Togo",
    "TN": "Tunisia",
    "TR": "Türkiye",
    "TM": "Turkmenistan",
    "UG": "Uganda",
    "UA": "Ukraine",
    "AE": "United Arab Emirates",
    "GB": "United Kingdom",
    "US": "United States",
    "UY": "Uruguay",
    "UZ": "Uzbekistan",
    "VE": "Venezuela",
    "VN": "Viet Nam",
    "YE": "Yemen",
    "ZM": "Zambia",
    "ZW": "Zimbabwe",
}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_POST_CODE = re.compile(r"^[A-Z]{2,5}$")
_CONTROL_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}
_KEEP_IN_TEXT = {"\n", "\t"}

# Limits keep one paste of a log file from bloating a record; notes are long by nature.
SHORT_TEXT_MAX = 300
LONG_TEXT_MAX = 200_000


def clean_text(
    value: str | None,
    field: str,
    *,
    required: bool = False,
    max_length: int = SHORT_TEXT_MAX,
    multiline: bool = False,
    label: str | None = None,
) -> str | None:
    """Normalise text to NFC, drop control characters, trim, and enforce presence and length.

    Returns None for an empty optional value.
    """
    name = translate("domain.fields", label or field.replace("_", " "))
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, translate("domain.validation", "The {name} must be text.").format(name=name))
    text = unicodedata.normalize("NFC", value)
    allowed_controls = _KEEP_IN_TEXT if multiline else set()
    # Printable text (bar the line breaks and tabs kept) has no character of those categories:
    # the usual case, checked in one pass in C instead of a category look-up per character.
    if not (text.replace("\n", "").replace("\t", "") if multiline else text).isprintable():
        text = "".join(
            ch
            for ch in text
            if ch in allowed_controls
            or unicodedata.category(ch) not in _CONTROL_CATEGORIES
            or ch in ("\u200c", "\u200d")  # joiners matter in Devanagari and Arabic names
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip() if multiline else " ".join(text.split())
    if not text:
        if required:
            raise ValidationError(field, translate("domain.validation", "The {name} is required.").format(name=name))
        return None
    if len(text) > max_length:
        raise ValidationError(
            field,
            translate(
                "domain.validation",
                "The {name} is {count} characters long; the limit is {max_length}. Shorten "
                "it or attach the full text as a document.",
            ).format(name=name, count=format_number(len(text)), max_length=format_number(max_length)),
        )
    return text


def country_code(value: str | None, field: str = "country", *, required: bool = True) -> str | None:
    code = (value or "").strip().upper()
    if not code:
        if required:
            raise ValidationError(
                field, translate("domain.validation", "A country is required (ISO 3166 code such as ML).")
            )
        return None
    if code not in COUNTRIES:
        for iso, name in COUNTRIES.items():
            if name.lower() == code.lower():
                return iso
        raise ValidationError(
            field,
            translate(
                "domain.validation", "'{value}' is not an ISO 3166 country code; use two letters such as ML or IN."
            ).format(value=value),
        )
    return code


def country_name(code: str | None) -> str:
    if not code:
        return ""
    return COUNTRIES.get(code, code)


def post_code(value: str) -> str:
    code = (value or "").strip().upper()
    if not _POST_CODE.match(code):
        raise ValidationError(
            "code",
            translate("domain.validation", "'{value}' is not a post code; use 2–5 letters such as BAM.").format(
                value=value
            ),
        )
    return code


def email(value: str | None, field: str = "email") -> str | None:
    text = clean_text(value, field, max_length=254)
    if text is None:
        return None
    if not _EMAIL.match(text):
        raise ValidationError(
            field,
            translate("domain.validation", "'{text}' is not an e-mail address (name@example.org).").format(text=text),
        )
    return text


def phone(value: str | None, field: str = "phone", region: str | None = None) -> str | None:
    """Return the number in E.164 form; numbers without '+' are read for ``region``."""
    text = clean_text(value, field, max_length=40)
    if text is None:
        return None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise ValidationError(
            field,
            translate(
                "domain.validation",
                "'{text}' is not a phone number; write it with the country code, e.g. +223 20 22 51 64.",
            ).format(text=text),
        ) from None
    if not phonenumbers.is_possible_number(number):
        raise ValidationError(
            field,
            translate("domain.validation", "'{text}' cannot be a phone number (wrong length for its country).").format(
                text=text
            ),
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str | None) -> str:
    if not e164:
        return ""
    try:
        return phonenumbers.format_number(phonenumbers.parse(e164, None), phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        return e164


def coordinates(lat: float | None, lon: float | None) -> tuple[float | None, float | None]:
    if lat is None and lon is None:
        return None, None
    if lat is None or lon is None:
        raise ValidationError(
            "latitude" if lat is None else "longitude",
            translate("domain.validation", "Give both latitude and longitude, or neither."),
        )
    try:
        lat_f, lon_f = float(lat), float(lon)
    except (TypeError, ValueError):
        raise ValidationError(
            "latitude", translate("domain.validation", "Coordinates must be decimal degrees, e.g. 14.45, -11.44.")
        ) from None
    if not -90 <= lat_f <= 90:
        raise ValidationError(
            "latitude", translate("domain.validation", "Latitude {lat_f} is outside -90…90.").format(lat_f=lat_f)
        )
    if not -180 <= lon_f <= 180:
        raise ValidationError(
            "longitude", translate("domain.validation", "Longitude {lon_f} is outside -180…180.").format(lon_f=lon_f)
        )
    return lat_f, lon_f


def positive_int(value, field: str, *, minimum: int = 1, maximum: int = 10_000, required: bool = False) -> int | None:
    if value in (None, ""):
        if required:
            raise ValidationError(
                field,
                translate("domain.validation", "The {name} is required.").format(
                    name=translate("domain.fields", field.replace("_", " "))
                ),
            )
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(
            field, translate("domain.validation", "'{value}' is not a whole number.").format(value=value)
        ) from None
    if not minimum <= number <= maximum:
        raise ValidationError(
            field,
            translate("domain.validation", "{number} is outside {minimum}…{maximum}.").format(
                number=number, minimum=minimum, maximum=maximum
            ),
        )
    return number


def languages(values) -> str | None:
    """Languages as one comma-separated string of cleaned names."""
    if values is None:
        return None
    if isinstance(values, str):
        values = values.split(",")
    names = [clean_text(v, "languages", max_length=60) for v in values]
    names = [n for n in names if n]
    return ", ".join(dict.fromkeys(names)) or None
