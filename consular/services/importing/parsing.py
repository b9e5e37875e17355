"""Cell values as people type them: dates as text in several formats (or Excel serials),
phone numbers without a country code. Each parser returns the value the typed-input services
accept, or raises ValidationError naming the field and saying how to write the value."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import phonenumbers

from consular.domain import validation as v
from consular.domain.errors import ValidationError
from consular.domain.timeutil import parse_datetime, zone
from consular.i18n import translate

DATE_ORDERS = ("dmy", "mdy")
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (with Excel's 1900 leap-year quirk)
_EXCEL_MAX = 2_958_465  # 9999-12-31
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_DAY_MONTH_NAME = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]+([A-Za-z]+)\.?,?[\s\-/.]+(\d{2}|\d{4})$")
_MONTH_NAME_DAY = re.compile(r"^([A-Za-z]+)\.?[\s\-/.]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\-/.]+(\d{2}|\d{4})$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")

FORMATS_HELP = "2025-07-01, 01/07/2025, 1 July 2025 or 1-Jul-25"


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        # Two-digit years: 00–69 are 20xx, 70–99 are 19xx (as spreadsheets read them).
        year += 2000 if year < 70 else 1900
    return year


def _make(field: str, raw: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            field,
            translate(
                "services.importing.parsing", "'{raw}' is not a real date (day {day}, month {month}, year {year})."
            ).format(raw=raw, day=day, month=month, year=year),
        ) from None


def _month(field: str, raw: str, name: str) -> int:
    number = _MONTHS.get(name.lower())
    if number is None:
        raise ValidationError(
            field,
            translate(
                "services.importing.parsing", "'{raw}': '{name}' is not a month name; write dates as {formats_help}."
            ).format(raw=raw, name=name, formats_help=FORMATS_HELP),
        )
    return number


def excel_serial(value: float, field: str) -> date:
    if not 1 <= value <= _EXCEL_MAX:
        raise ValidationError(
            field,
            translate(
                "services.importing.parsing", "{value} is not a date (as a spreadsheet date number it is out of range)."
            ).format(value=value),
        )
    return _EXCEL_EPOCH + timedelta(days=int(value))


def parse_date_cell(value, field: str, order: str | None = None) -> date | None:
    """A date from a cell: a date (XLSX), an Excel serial number, or text in one of
    :data:`FORMATS_HELP`. ``order`` ("dmy" or "mdy") reads numeric dates whose day and month
    could be swapped; without it such a date (03/04/2025) is refused, never guessed."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return excel_serial(float(value), field)
    raw = " ".join(str(value).split())
    if not raw:
        return None
    if re.fullmatch(r"\d{5}(\.\d+)?", raw):
        return excel_serial(float(raw), field)
    head = raw.split("T")[0].split(" ")[0] if _ISO.match(raw.split("T")[0].split(" ")[0]) else raw
    if m := _ISO.match(head):
        return _make(field, raw, int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC.match(raw):
        return _numeric(field, raw, int(m[1]), int(m[2]), _year(m[3]), order)
    if m := _DAY_MONTH_NAME.match(raw):
        return _make(field, raw, _year(m[3]), _month(field, raw, m[2]), int(m[1]))
    if m := _MONTH_NAME_DAY.match(raw):
        return _make(field, raw, _year(m[3]), _month(field, raw, m[1]), int(m[2]))
    raise ValidationError(
        field,
        translate("services.importing.parsing", "'{raw}' is not a date; write it as {formats_help}.").format(
            raw=raw[:40], formats_help=FORMATS_HELP
        ),
    )


def _numeric(field: str, raw: str, first: int, second: int, year: int, order: str | None) -> date:
    if order not in (None, *DATE_ORDERS):
        raise ValidationError(
            "date_order",
            translate("services.importing.parsing", "The date order '{order}' is not one of {date_orders}.").format(
                order=order, date_orders=", ".join(DATE_ORDERS)
            ),
        )
    if first > 12 and second > 12:
        raise ValidationError(
            field,
            translate(
                "services.importing.parsing", "'{raw}' is not a date: neither {first} nor {second} can be a month."
            ).format(raw=raw, first=first, second=second),
        )
    if order is None:
        if first == second:
            order = "dmy"  # 05/05/2025 reads the same either way
        elif first > 12:
            order = "dmy"
        elif second > 12:
            order = "mdy"
        else:
            raise ValidationError(
                field,
                translate(
                    "services.importing.parsing",
                    "'{raw}' could be {first} {name} or {second} {name2}; set the date order "
                    "(day/month/year or month/day/year) in the column mapping (or --date-order dmy "
                    "or mdy).",
                ).format(raw=raw, first=first, name=_name(second), second=second, name2=_name(first)),
            )
    day, month = (first, second) if order == "dmy" else (second, first)
    if month > 12:
        wanted = "day/month/year" if order == "dmy" else "month/day/year"
        raise ValidationError(
            field,
            translate("services.importing.parsing", "'{raw}' does not fit the mapping's date order ({wanted}).").format(
                raw=raw, wanted=wanted
            ),
        )
    return _make(field, raw, year, month, day)


def _name(month: int) -> str:
    """The month's name in the reader's language ("April", "avril", "अप्रैल")."""
    from consular.i18n import format_date

    return format_date(date(2000, month, 1), "MMMM")


def parse_datetime_cell(value, field: str, zone_name: str, order: str | None = None) -> datetime | None:
    """A date and time from a cell, in UTC. ISO text with an offset keeps its offset; a date
    (and time) without one is read in ``zone_name`` (the case's zone), as typed input is.
    A date alone is midnight of that day."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(UTC)
        return value.replace(tzinfo=zone(zone_name)).astimezone(UTC)
    if isinstance(value, int | float) and not isinstance(value, bool):
        day = excel_serial(float(value), field)
        fraction = float(value) - int(value)
        local = datetime(day.year, day.month, day.day) + timedelta(seconds=round(fraction * 86400))
        return local.replace(tzinfo=zone(zone_name)).astimezone(UTC)
    raw = " ".join(str(value).split())
    if re.match(r"^\d{4}-\d{1,2}-\d{1,2}[T ]\d", raw):
        return parse_datetime(raw.replace(" ", "T", 1), field, default_zone=zone_name)
    date_part, time_part = raw, None
    pieces = raw.rsplit(" ", 1)
    if len(pieces) == 2 and _TIME.match(pieces[1]):
        date_part, time_part = pieces
    day = parse_date_cell(date_part, field, order)
    hours = minutes = seconds = 0
    if time_part:
        m = _TIME.match(time_part)
        hours, minutes, seconds = int(m[1]), int(m[2]), int(m[3] or 0)
        if hours > 23 or minutes > 59 or seconds > 59:
            raise ValidationError(
                field,
                translate("services.importing.parsing", "'{raw}': {time_part} is not a time of day.").format(
                    raw=raw, time_part=time_part
                ),
            )
    local = datetime(day.year, day.month, day.day, hours, minutes, seconds)
    return local.replace(tzinfo=zone(zone_name)).astimezone(UTC)


def parse_phone_cell(value, field: str, region: str | None) -> tuple[str | None, str | None]:
    """A phone number in E.164 and the region assumed for it (None when it had its own
    country code). A number without one is read for ``region`` (the case's country, else the
    post's); with no region to assume it is refused."""
    if value is None or value == "":
        return None, None
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a spreadsheet that took the number for a number
    text = str(value).strip()
    if not text:
        return None, None
    has_code = text.startswith(("+", "00"))
    if text.startswith("00"):
        text = "+" + text[2:]
    if has_code:
        return v.phone(text, field), None
    if not region:
        raise ValidationError(
            field,
            translate(
                "services.importing.parsing", "'{text}' has no country code and no country is known to assume; add +CC."
            ).format(text=text),
        )
    try:
        number = v.phone(text, field, region=region.upper())
    except ValidationError:
        raise ValidationError(
            field,
            translate(
                "services.importing.parsing",
                "'{text}' has no country code and is not a phone number of {region} (the country "
                "assumed); write it with +CC, or set the country that phones without one are "
                "from.",
            ).format(text=text, region=region.upper()),
        ) from None
    return number, region.upper()


def country_calling_code(region: str) -> int:
    return phonenumbers.country_code_for_region(region.upper())
