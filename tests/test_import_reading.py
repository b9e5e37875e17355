"""Reading files as people keep them, and hostile files: clear messages, never a crash."""

from __future__ import annotations

import codecs
import contextlib
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consular.domain.errors import ValidationError
from consular.services.importing import parsing
from consular.services.importing.reading import MAX_CELL_CHARS, FileProblem, decode, read_table, sniff_delimiter
from tests.import_files.make import PEOPLE_HEADER, people_csv, people_xlsx


def test_a_semicolon_csv_with_a_bom_and_a_title_line(tmp_path):
    table = read_table(people_csv(tmp_path / "p.csv"))
    assert table.headers == PEOPLE_HEADER
    assert "UTF-8 with BOM" in table.described and "semicolon" in table.described
    assert table.rows[0][3] == "रवि कुमार वर्मा" and table.rows[1][3] == "عمران قریشی"
    assert table.row_numbers[0] == 3  # the title line is line 1, the header line 2
    assert any("skipped" in n for n in table.notes)
    # A formula in a CSV is text, never evaluated.
    assert table.rows[2][7] == '=HYPERLINK("x")'


def test_comma_and_tab_are_sniffed_and_utf16_and_cp1252_are_read(tmp_path):
    for delimiter in (",", "\t"):
        table = read_table(people_csv(tmp_path / "p.csv", bom=False, delimiter=delimiter))
        assert table.headers == PEOPLE_HEADER
    text = "Case ref,Full name\nBAM-2025-0001,Zoé Müller\n"
    (tmp_path / "u16.csv").write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert read_table(tmp_path / "u16.csv").rows[0][1] == "Zoé Müller"
    (tmp_path / "win.csv").write_bytes(text.encode("cp1252"))
    table = read_table(tmp_path / "win.csv")
    assert table.rows[0][1] == "Zoé Müller" and "Windows-1252" in table.described
    assert "not valid UTF-8" in table.notes[0] and "CSV UTF-8" in table.notes[0]


def test_an_xlsx_with_merged_header_rows_dates_and_formulas(tmp_path):
    table = read_table(people_xlsx(tmp_path / "p.xlsx"))
    assert table.headers == PEOPLE_HEADER
    assert len(table.rows) == 3 and table.row_numbers == [4, 5, 6]
    assert table.rows[0][4].date() == date(1988, 3, 14)
    assert table.rows[0][6] == 9810012345
    assert table.rows[2][4] == 31080  # a date typed as its serial number
    assert table.rows[2][7] == 2  # the formula's cached value, not "=1+1"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("damaged.xlsx", b"PK\x03\x04 this is not really a zip", "not a readable .xlsx"),
        ("binary.csv", b"\x00\x01\x02garbage\x00", "binary data"),
        ("empty.csv", b"", "is empty"),
        ("blank.csv", b"\n\n  \n", "has no data"),
        ("notes.docx", b"hello", "only .csv and .xlsx"),
        ("open-quote.csv", b'a,b\n"' + b"x" * (MAX_CELL_CHARS + 10) + b"\n", "longer than"),
    ],
)
def test_hostile_files_give_a_clear_message(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(FileProblem, match=message):
        read_table(path)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    from consular.services.importing import reading

    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1000)
    path = people_csv(tmp_path / "p.csv", rows=[["BAM-2025-0001", "witness", "X" * 50, "", "", "", "", ""]] * 40)
    with pytest.raises(FileProblem, match="at most"):
        read_table(path)


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2025-07-01", None, date(2025, 7, 1)),
        ("01/07/2025", "dmy", date(2025, 7, 1)),
        ("07/01/2025", "mdy", date(2025, 7, 1)),
        ("25/07/2025", None, date(2025, 7, 25)),
        ("07/25/2025", None, date(2025, 7, 25)),
        ("1 July 2025", None, date(2025, 7, 1)),
        ("July 1, 2025", None, date(2025, 7, 1)),
        ("1-Jul-25", None, date(2025, 7, 1)),
        ("01.07.2025", "dmy", date(2025, 7, 1)),
        ("45839", None, date(2025, 7, 1)),
        (45839, None, date(2025, 7, 1)),
    ],
)
def test_dates_as_text_in_several_formats(text, order, expected):
    assert parsing.parse_date_cell(text, "date_of_birth", order) == expected


@pytest.mark.parametrize(
    ("text", "order", "message"),
    [
        ("03/04/2025", None, "could be 3 April or 4 March"),
        ("25/07/2025", "mdy", "does not fit"),
        ("31/02/2025", "dmy", "not a real date"),
        ("1 Juli 2025", None, "not a month name"),
        ("yesterday", None, "not a date"),
    ],
)
def test_ambiguous_or_wrong_dates_are_refused_with_the_reason(text, order, message):
    with pytest.raises(ValidationError, match=message) as info:
        parsing.parse_date_cell(text, "date_of_birth", order)
    assert info.value.field == "date_of_birth"


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1901, 1, 1), max_value=date(2099, 12, 31)), st.sampled_from(["dmy", "mdy"]))
def test_any_date_written_in_any_format_reads_back(day, order):
    numeric = f"{day:%d/%m/%Y}" if order == "dmy" else f"{day:%m/%d/%Y}"
    for text in (
        day.isoformat(),
        numeric,
        f"{day.day} {day:%B %Y}",
        f"{day:%d-%b-%Y}",
        f"{day:%B} {day.day}, {day.year}",
    ):
        assert parsing.parse_date_cell(text, "d", order) == day, text
    serial = (day - date(1899, 12, 30)).days
    assert parsing.parse_date_cell(serial, "d") == day


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 12), st.integers(1, 12), st.integers(1950, 2049))
def test_a_swappable_date_is_never_guessed(first, second, year):
    text = f"{first:02d}/{second:02d}/{year}"
    if first == second:
        assert parsing.parse_date_cell(text, "d") == date(year, first, first)
    else:
        with pytest.raises(ValidationError, match="date order"):
            parsing.parse_date_cell(text, "d")


def test_datetimes_without_offset_are_read_in_the_case_zone():
    at = parsing.parse_datetime_cell("01/07/2025 14:30", "occurred_at", "Asia/Kolkata", "dmy")
    assert at.isoformat() == "2025-07-01T09:00:00+00:00"
    at = parsing.parse_datetime_cell("2025-07-01T14:30+02:00", "occurred_at", "Asia/Kolkata")
    assert at.isoformat() == "2025-07-01T12:30:00+00:00"


@pytest.mark.parametrize(
    ("value", "region", "expected", "assumed"),
    [
        ("98100 12345", "IN", "+919810012345", "IN"),
        (9810012345, "IN", "+919810012345", "IN"),
        ("+91 98100 12345", "ML", "+919810012345", None),
        ("0091 98100 12345", "ML", "+919810012345", None),
        ("20 22 51 64", "ML", "+22320225164", "ML"),
    ],
)
def test_phones_without_country_code_take_the_assumed_region(value, region, expected, assumed):
    assert parsing.parse_phone_cell(value, "phone", region) == (expected, assumed)


@settings(max_examples=100, deadline=None)
@given(st.integers(6_000_000_000, 9_999_999_999))
def test_an_indian_mobile_reads_the_same_with_or_without_its_code(number):
    plain, assumed = parsing.parse_phone_cell(str(number), "phone", "IN")
    coded, none = parsing.parse_phone_cell(f"+91{number}", "phone", "ML")
    assert plain == coded and assumed == "IN" and none is None


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_fail_with_a_message(data):
    try:
        text, encoding, _notes = decode(data)
    except FileProblem as exc:
        assert "CSV UTF-8" in str(exc)
        return
    assert isinstance(text, str) and encoding
    sniff_delimiter(text)


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_any_text_reads_as_a_table_or_fails_with_a_message(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("h") / "x.csv"
    path.write_bytes(text.encode("utf-8"))
    with contextlib.suppress(FileProblem):
        read_table(path)


def test_too_many_rows_and_a_huge_xlsx_cell_are_refused(tmp_path, monkeypatch):
    import openpyxl

    from consular.services.importing import reading

    monkeypatch.setattr(reading, "MAX_ROWS", 5)
    path = people_csv(
        tmp_path / "p.csv", rows=[["BAM-2025-0001", "witness", f"P {i}", "", "", "", "", ""] for i in range(30)]
    )
    with pytest.raises(FileProblem, match="more than 5 rows; split it"):
        read_table(path)
    monkeypatch.setattr(reading, "MAX_CELL_CHARS", 50)
    book = openpyxl.Workbook()
    book.active.append(["Case ref", "Notes"])
    book.active.append(["BAM-2025-0001", "x" * 51])
    book.save(tmp_path / "big.xlsx")
    with pytest.raises(FileProblem, match="longer than 50 characters"):
        read_table(tmp_path / "big.xlsx")


def test_a_spreadsheet_date_and_time_number_is_read_in_the_case_zone():
    # 45839.5 is 2025-07-01 12:00 as a spreadsheet keeps it; Bamako is UTC.
    assert (
        parsing.parse_datetime_cell(45839.5, "occurred_at", "Africa/Bamako").isoformat() == "2025-07-01T12:00:00+00:00"
    )
    assert parsing.parse_datetime_cell("1-Jul-25 14:30", "occurred_at", "Asia/Kathmandu").isoformat() == (
        "2025-07-01T08:45:00+00:00"
    )
    with pytest.raises(ValidationError, match="not a time of day"):
        parsing.parse_datetime_cell("01/07/2025 25:00", "occurred_at", "Africa/Bamako", "dmy")


def test_a_formula_with_no_saved_value_is_noted(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Case ref", "Full name", "Age"])
    book.active.append(["BAM-2025-0001", "Ravi Kumar Verma", "=2025-1988"])
    book.save(tmp_path / "unsaved.xlsx")  # openpyxl keeps no value for a formula
    table = read_table(tmp_path / "unsaved.xlsx")
    assert table.rows[0][2] is None
    assert "1 cell(s) hold a formula with no saved value" in table.notes[0]
    # A formula saved with its value (as a spreadsheet saves it) reads as the value, with no note.
    saved = read_table(people_xlsx(tmp_path / "p.xlsx"))
    assert not any("formula" in n for n in saved.notes)
