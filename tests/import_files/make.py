"""Spreadsheets in the shapes people really keep, written by code (the XLSX ones are binary):
a title row merged above the header, a group row, dates as text in several formats, names in
Devanagari and Arabic script, phones without a country code, formulas, a BOM, semicolons."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import openpyxl

PEOPLE_HEADER = ["Case ref", "Role", "Full name", "Name (native)", "DOB", "Passport no", "Mobile", "Notes"]
PEOPLE_ROWS = [
    ["BAM-2025-0001", "hostage", "Ravi Kumar Verma", "रवि कुमार वर्मा", "14/03/1988", "Z1234567", "98100 12345", ""],
    ["BAM-2025-0001", "witness", "Imran Qureshi", "عمران قریشی", "1 July 1979", "", "+91 98200 54321", "Driver"],
    ["BAM-2025-0001", "colleague", "Suresh Patil", "सुरेश पाटील", "2-Feb-85", "Y7654321", "", '=HYPERLINK("x")'],
]


def people_csv(path: Path, *, bom: bool = True, delimiter: str = ";", rows=None) -> Path:
    """A register exported from a spreadsheet in a French/German locale: BOM, semicolons, a
    title line above the header."""
    lines = ["Register of nationals concerned" + delimiter * (len(PEOPLE_HEADER) - 1)]
    for row in [PEOPLE_HEADER, *(rows if rows is not None else PEOPLE_ROWS)]:
        lines.append(delimiter.join(_quote(c, delimiter) for c in row))
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + data)
    return path


def _quote(cell: str, delimiter: str) -> str:
    if any(ch in cell for ch in (delimiter, '"', "\n")):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def people_xlsx(path: Path) -> Path:
    """A merged title row, a merged group row, the header, dates as real dates, as text and
    as a formula (with its cached value), a phone typed as a number."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Nationals"
    sheet.append(["Kayes incident - people register (v3)"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(PEOPLE_HEADER))
    sheet.append(["Case", None, "Identity", None, None, None, "Contact", None])
    sheet.merge_cells("A2:B2")
    sheet.merge_cells("C2:F2")
    sheet.merge_cells("G2:H2")
    sheet.append(PEOPLE_HEADER)
    sheet.append(["BAM-2025-0001", "hostage", "Ravi Kumar Verma", "रवि कुमार वर्मा", date(1988, 3, 14), "Z1234567",
                  9810012345, None])  # fmt: skip
    sheet.append(["BAM-2025-0001", "witness", "Imran Qureshi", "عمران قریشی", "01-Jul-1979", None, None, None])
    sheet.append(["BAM-2025-0001", "colleague", "Suresh Patil", None, 31080, "Y7654321", None, "=1+1"])
    book.save(path)
    _cache_formula_values(path)
    return path


def _cache_formula_values(path: Path) -> None:
    """openpyxl saves formulas without a value; a spreadsheet program saves the value too. Put
    the cached value <v>2</v> in, as Excel would, so data_only reading has something to read."""
    import zipfile

    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = (
                    data.replace(b"<f>1+1</f><v></v>", b"<f>1+1</f><v>2</v>").replace(
                        b"<f>1+1</f>", b"<f>1+1</f><v>2</v>"
                    )
                    if b"<v>2</v>" not in data
                    else data
                )
            dst.writestr(item, data)
    tmp.replace(path)
