"""A list as shown on screen (the case list, a contact log), written as CSV or XLSX.

Plain rows in, a file out: the service decides which rows the reader may see and in what
order (:mod:`consular.services.lists`). Both formats say what the list was: CSV in a
``chain_head`` column on every row (as the timeline's CSV), XLSX on an "About" sheet with
the filters in words, who made it and when, the classification marking and the audit chain
head; the XLSX also carries the marking in its printed header and footer.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from consular import reports
from consular.reports import output_file
from consular.reports.timeline_export import chain_head_label, safe_cell

FORMATS = ("csv", "xlsx")


@dataclass(frozen=True)
class ListColumn:
    title: str
    #: "text", "date" (a datetime shown in its own zone's wall time), "int" or "bool".
    kind: str = "text"
    width: int = 16


@dataclass(frozen=True)
class ListExport:
    """What an exported list is: its name, columns and rows, and what it says about itself."""

    title: str  # "Case list", "Contact log of BAM-2025-0001"
    columns: Sequence[ListColumn]
    rows: Iterable[Sequence]
    filters: str  # the filters and sort in words
    marking: str  # the classification marking
    generated_at: datetime
    generated_by: str
    chain_head: str


def format_for(path: str | Path) -> str:
    """The format a file name asks for; ValueError for anything but .csv and .xlsx."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValueError(suffix)
    return suffix


def _csv_value(value, kind: str) -> str:
    if value is None:
        return ""
    if kind == "date":
        return value.isoformat(timespec="minutes")
    if kind == "bool":
        return "true" if value else "false"
    if kind == "int":
        return str(value)
    return safe_cell(str(value))


def render_csv(export: ListExport, tmp: Path) -> int:
    """UTF-8 with a byte-order mark and CRLF rows, like the timeline's CSV; returns the rows."""
    count = 0
    with io.TextIOWrapper(output_file.open_output(tmp), encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        # The titles are for people, in their language (the service translates them: this file
        # is a list as shown, not an import file); "chain_head" is the machine-read column
        # every CSV export ends with.
        writer.writerow([c.title for c in export.columns] + ["chain_head"])
        for row in export.rows:
            cells = [_csv_value(v, c.kind) for v, c in zip(row, export.columns, strict=True)]
            writer.writerow([*cells, export.chain_head])
            count += 1
    return count


def render_xlsx(export: ListExport, tmp: Path) -> int:
    """One sheet of the rows (frozen header, autofilter, real date cells), then "About"."""
    import xlsxwriter

    with io.BytesIO() as buffer:
        workbook = xlsxwriter.Workbook(
            buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
        )
        workbook.set_properties({"title": export.title, "category": export.marking, "keywords": export.chain_head})
        bold = workbook.add_format({"bold": True})
        text = workbook.add_format({"text_wrap": False})
        date = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
        sheet = workbook.add_worksheet("List")
        footer = f"&L{export.marking}&C&P / &N&R{chain_head_label()} {export.chain_head}"
        sheet.set_header(f"&L{export.marking}&R{export.title}")
        sheet.set_footer(footer)
        for col, column in enumerate(export.columns):
            sheet.write_string(0, col, column.title, bold)
            sheet.set_column(col, col, column.width)
        count = 0
        for count, row in enumerate(export.rows, 1):
            for col, (value, column) in enumerate(zip(row, export.columns, strict=True)):
                if value is None:
                    continue
                if column.kind == "date":
                    sheet.write_datetime(count, col, value.replace(tzinfo=None), date)
                elif column.kind == "int":
                    sheet.write_number(count, col, value)
                elif column.kind == "bool":
                    sheet.write_boolean(count, col, bool(value))
                else:
                    sheet.write_string(count, col, str(value), text)
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(count, 1), len(export.columns) - 1)
        about = workbook.add_worksheet("About")
        about.set_column(0, 0, 18)
        about.set_column(1, 1, 90)
        generated = reports.words.tr("{when} by {name}").format(
            when=export.generated_at.isoformat(timespec="seconds"), name=export.generated_by
        )
        for r, (label, value) in enumerate(
            (
                (reports.words.tr("List"), export.title),
                (reports.words.tr("Classification"), export.marking),
                (reports.words.tr("Filters"), export.filters or reports.words.tr("none")),
                (reports.words.tr("Rows"), str(count)),
                (reports.words.tr("Generated"), generated),
                (chain_head_label(), export.chain_head),
            )
        ):
            about.write_string(r, 0, label, bold)
            about.write_string(r, 1, value, text)
        workbook.close()
        output_file.write_bytes(tmp, buffer.getvalue())
    return count


def render(fmt: str, export: ListExport, tmp: Path) -> int:
    return render_csv(export, tmp) if fmt == "csv" else render_xlsx(export, tmp)
