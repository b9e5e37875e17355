"""Reading a spreadsheet the way people keep them: CSV (any of the usual encodings and
separators) or XLSX (cached values of formulas), with title rows above the header.

Nothing here touches the database. Every problem with the file itself comes out as a
:class:`FileProblem` (a UserError) that says what is wrong and what to do; a damaged file
never crashes the caller.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from consular.domain.errors import UserError
from consular.i18n import translate

#: A file bigger than this is refused before it is read (an import is a register, not a dump).
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Rows after the header; more is refused (split the file).
MAX_ROWS = 20_000
#: One cell; more is a sign of a broken file (an unclosed quote swallowing the rest).
MAX_CELL_CHARS = 100_000
#: How far down the header row is looked for (title and merged group rows above it).
HEADER_SEARCH_ROWS = 10
DELIMITERS = (",", ";", "\t")

Cell = str | int | float | date | datetime | None


class FileProblem(UserError):
    """The file cannot be read as a table; the message says why and what to do."""


@dataclass
class Table:
    """A sheet read into memory: the header, the rows below it, and how the file was read."""

    headers: list[str]
    rows: list[list[Cell]]
    #: 1-based line (CSV) or row (XLSX) number in the file of each row, for messages.
    row_numbers: list[int]
    #: How the file was read: "UTF-8 with BOM, separator ';'", "sheet 'Cases'".
    described: str
    notes: list[str] = field(default_factory=list)

    def records(self) -> list[dict[str, Cell]]:
        return [dict(zip(self.headers, row, strict=False)) for row in self.rows]


def read_table(path: str | Path) -> Table:
    """Read ``path`` (.csv, .txt, .tsv or .xlsx) into a :class:`Table`.

    Raises FileProblem for a missing, huge, empty, damaged or unreadable file, a huge cell or
    too many rows; the message names the problem and the fix.
    """
    source = Path(path)
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise FileProblem(
            translate("services.importing.reading", "Cannot open {source_name}: {value}. Check the file name.").format(
                source_name=source.name, value=exc.strerror or exc
            )
        ) from None
    if size > MAX_FILE_BYTES:
        raise FileProblem(
            translate(
                "services.importing.reading",
                "{source_name} is {value:.1f} MB; an import file may be at most {value2} MB. "
                "Split it into smaller files.",
            ).format(source_name=source.name, value=size / 1024 / 1024, value2=MAX_FILE_BYTES // 1024 // 1024)
        )
    if size == 0:
        raise FileProblem(
            translate("services.importing.reading", "{source_name} is empty.").format(source_name=source.name)
        )
    suffix = source.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(source)
    if suffix in (".csv", ".txt", ".tsv"):
        return _read_csv(source)
    raise FileProblem(
        translate(
            "services.importing.reading",
            "{source_name}: only .csv and .xlsx files can be imported (an old .xls must be saved as .xlsx first).",
        ).format(source_name=source.name)
    )


# --- CSV ------------------------------------------------------------------------------------


def decode(data: bytes, name: str = "the file") -> tuple[str, str, list[str]]:
    """Text of ``data``: UTF-8 (with or without BOM), UTF-16 (with BOM), else Windows-1252.

    Returns (text, encoding described, notes). The notes say when the fallback was used, so
    the person importing can check accented names.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name), "UTF-8 with BOM", []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name), "UTF-16", []
    try:
        return data.decode("utf-8"), "UTF-8", []
    except UnicodeDecodeError as exc:
        where = exc.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise FileProblem(
            translate(
                "services.importing.reading",
                "{name} is not UTF-8 text (byte 0x{data:02x} at position {where}) and not "
                "Windows-1252 either. Save it from the spreadsheet as 'CSV UTF-8' and import "
                "that.",
            ).format(name=name, data=data[where], where=where)
        ) from None
    note = (
        f"{name} is not valid UTF-8 (byte 0x{data[where]:02x} at position {where}); it was read as "
        "Windows-1252. Check accented names in the preview; if they look wrong, save the file as 'CSV UTF-8'."
    )
    return text, "Windows-1252", [note]


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise FileProblem(
            translate(
                "services.importing.reading",
                "{name} says it is {encoding} but byte {start} is invalid. Save it again from "
                "the spreadsheet as 'CSV UTF-8'.",
            ).format(name=name, encoding=encoding.upper(), start=exc.start)
        ) from None


def sniff_delimiter(text: str) -> str:
    """The separator of ``text``: the one of comma, semicolon and tab that splits the first
    lines most consistently into more than one column (quotes respected)."""
    sample_lines = [line for line in text.splitlines()[:30] if line.strip()]
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        try:
            counts = [len(row) for row in csv.reader(sample_lines, delimiter=delimiter)]
        except csv.Error:
            continue
        if not counts:
            continue
        widest = max(counts)
        if widest < 2:
            continue
        # Lines that reach the widest count: a title row above the header has fewer.
        score = (sum(1 for c in counts if c == widest), widest)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(source: Path) -> Table:
    data = source.read_bytes()
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise FileProblem(
            translate(
                "services.importing.reading",
                "{source_name} holds binary data (NUL bytes), not CSV text. If it is a "
                "spreadsheet, save it as .xlsx or 'CSV UTF-8'.",
            ).format(source_name=source.name)
        )
    text, encoding, notes = decode(data, source.name)
    delimiter = sniff_delimiter(text)
    shown = {",": "comma", ";": "semicolon", "\t": "tab"}[delimiter]
    old_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL_CHARS + 1)
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            rows.append([_csv_cell(c) for c in row])
            numbers.append(reader.line_num)
            if len(rows) > MAX_ROWS + HEADER_SEARCH_ROWS:
                raise FileProblem(
                    translate(
                        "services.importing.reading",
                        "{source_name} has more than {max_rows} rows; split it into smaller files.",
                    ).format(source_name=source.name, max_rows=MAX_ROWS)
                )
    except csv.Error as exc:
        raise FileProblem(
            translate(
                "services.importing.reading",
                "{source_name}, line {line_num}: {exc}. A cell may be longer than "
                "{max_cell_chars} characters or a quote may be left open.",
            ).format(source_name=source.name, line_num=reader.line_num, exc=exc, max_cell_chars=MAX_CELL_CHARS)
        ) from None
    finally:
        csv.field_size_limit(old_limit)
    return _table(rows, numbers, f"{encoding}, {shown}-separated", notes, source.name)


def _csv_cell(text: str) -> str | None:
    """A CSV cell as text. A cell starting with =, +, - or @ stays text: nothing is evaluated."""
    value = text.strip()
    if len(value) > MAX_CELL_CHARS:
        raise FileProblem(
            translate("services.importing.reading", "A cell is longer than {max_cell_chars} characters.").format(
                max_cell_chars=MAX_CELL_CHARS
            )
        )
    return value or None


# --- XLSX -----------------------------------------------------------------------------------


def _read_xlsx(source: Path) -> Table:
    import openpyxl  # only when an XLSX is read: it takes a moment to import
    from openpyxl.utils.exceptions import InvalidFileException

    damaged = translate(
        "services.importing.reading",
        "{name} is not a readable .xlsx file (damaged, or another format renamed). Open it in the spreadsheet "
        "and save it again. ({error})",
    )
    try:
        # data_only: a formula's value as last saved by the spreadsheet, never the formula.
        book = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise FileProblem(damaged.format(name=source.name, error=type(exc).__name__)) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise FileProblem(
                translate("services.importing.reading", "{source_name} has no sheet.").format(source_name=source.name)
            )
        rows: list[list[Cell]] = []
        numbers: list[int] = []
        try:
            for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                rows.append([_xlsx_cell(c) for c in row])
                numbers.append(number)
                if len(rows) > MAX_ROWS + HEADER_SEARCH_ROWS:
                    raise FileProblem(
                        translate(
                            "services.importing.reading",
                            "{source_name} has more than {max_rows} rows; split it into smaller files.",
                        ).format(source_name=source.name, max_rows=MAX_ROWS)
                    )
        except (zipfile.BadZipFile, KeyError, ValueError, TypeError, EOFError) as exc:
            raise FileProblem(damaged.format(name=source.name, error=type(exc).__name__)) from None
        notes = []
        unsaved = _formulas_without_value(source, rows)
        if unsaved:
            notes.append(
                f"{unsaved} cell(s) hold a formula with no saved value (the file was not saved by a spreadsheet "
                "program); they read as empty. Open the file in the spreadsheet and save it to fill them."
            )
        if len(book.worksheets) > 1:
            notes.append(f"Only the first sheet ('{sheet.title}') is read; the file has {len(book.worksheets)}.")
        return _table(rows, numbers, f"sheet '{sheet.title}'", notes, source.name)
    finally:
        book.close()


def _formulas_without_value(source: Path, values: list[list[Cell]]) -> int:
    """How many cells read as empty hold a formula: the file keeps no value for it."""
    import openpyxl

    book = openpyxl.load_workbook(source, read_only=True, data_only=False)
    try:
        count = 0
        for row, read in zip(book.worksheets[0].iter_rows(values_only=True), values, strict=False):
            for formula, value in zip(row, read, strict=False):
                if value is None and isinstance(formula, str) and formula.startswith("="):
                    count += 1
        return count
    finally:
        book.close()


def _xlsx_cell(value) -> Cell:
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if len(text) > MAX_CELL_CHARS:
            raise FileProblem(
                translate("services.importing.reading", "A cell is longer than {max_cell_chars} characters.").format(
                    max_cell_chars=MAX_CELL_CHARS
                )
            )
        return text or None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime | date | int | float):
        return value
    if isinstance(value, time):
        return value.isoformat()
    return str(value)


# --- header ---------------------------------------------------------------------------------


def _filled(row: list[Cell]) -> int:
    return sum(1 for c in row if c not in (None, ""))


def _table(rows: list[list[Cell]], numbers: list[int], described: str, notes: list[str], name: str) -> Table:
    """Find the header (the first row at least half as full as the widest of the top rows, so a
    merged title or group row above it is skipped) and keep the non-empty rows below it."""
    if not any(_filled(r) for r in rows):
        raise FileProblem(translate("services.importing.reading", "{name} has no data.").format(name=name))
    top = rows[:HEADER_SEARCH_ROWS]
    widest = max(_filled(r) for r in top)
    header_at = next(i for i, r in enumerate(top) if _filled(r) >= max(1, (widest + 1) // 2))
    header_row = rows[header_at]
    width = max(i + 1 for i, c in enumerate(header_row) if c not in (None, ""))
    headers: list[str] = []
    for index in range(width):
        cell = header_row[index] if index < len(header_row) else None
        title = " ".join(str(cell).split()) if cell not in (None, "") else f"Column {index + 1}"
        while title in headers:
            title += " (2)"
        headers.append(title)
    if header_at:
        skipped = translate(
            "services.importing.reading", "The header is row {row}; the %n row(s) above it were skipped.", "", header_at
        )
        notes = [*notes, skipped.format(row=numbers[header_at])]
    body: list[list[Cell]] = []
    body_numbers: list[int] = []
    for row, number in zip(rows[header_at + 1 :], numbers[header_at + 1 :], strict=True):
        if not _filled(row):
            continue
        cut = (row + [None] * width)[:width]
        if not _filled(cut):
            continue
        body.append(cut)
        body_numbers.append(number)
    if len(body) > MAX_ROWS:
        raise FileProblem(
            translate(
                "services.importing.reading",
                "{name} has {count} rows; at most {max_rows} can be imported at once. Split it.",
            ).format(name=name, count=len(body), max_rows=MAX_ROWS)
        )
    return Table(headers, body, body_numbers, described, notes)
