"""A report across cases as a file: CSV, JSON, XLSX (here) or PDF (:mod:`report_pdf`).

Every format carries the classification marking and the audit chain head the report was
read at: CSV in its first lines (``# RESTRICTED``, ``# Audit chain head 255:ae7e…``), JSON as
fields, XLSX in the printed header and footer of every sheet, its properties and an "About"
sheet, PDF on every page. Writers fill a temporary file the service has made
(:func:`consular.services.outputs.deliver` renames it into place once recorded).

No ORM, no Qt.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from consular import reports
from consular.reports import output_file
from consular.reports.report_data import DATE, DAYS, INT, PCT, Report, cell_text, json_value
from consular.reports.timeline_export import chain_head_label, page_of_pages

CHAIN_HEAD_LABEL = "Audit chain head"  # in English; read it through timeline_export.chain_head_label()


def render(fmt: str, report: Report, temp: Path) -> None:
    """Write ``report`` as ``fmt`` (pdf, xlsx, csv, json) into the existing file ``temp``."""
    if fmt == "pdf":
        from consular.reports.report_pdf import build_pdf

        with output_file.open_output(temp) as handle:
            build_pdf(report, handle)
        return
    data = {"csv": render_csv, "json": render_json, "xlsx": render_xlsx}[fmt](report)
    output_file.write_bytes(temp, data)


def _about(report: Report) -> list[tuple[str, str]]:
    generated = reports.words.tr("{when} by {name}").format(
        when=report.generated_at.isoformat(), name=report.generated_by
    )
    return [
        (reports.words.tr("Report"), report.title),
        (reports.words.tr("Classification"), report.marking),
        (reports.words.tr("Scope"), report.scope.describe()),
        (reports.words.tr("Generated"), generated),
        (chain_head_label(), report.chain_head or ""),
    ]


def render_csv(report: Report) -> bytes:
    """One file, the report's tables one after the other: a ``# title`` line, the header row,
    the rows, a blank line. The first lines say the marking, the scope and the chain head.
    Values are plain (numbers unformatted, dates ISO 8601, empty for none)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([f"# {report.marking}"])
    for label, value in _about(report)[:-1]:
        writer.writerow([f"# {label}: {value}"])
    writer.writerow([f"# {chain_head_label()}: {report.chain_head or ''}"])
    for table in report.tables:
        writer.writerow([])
        writer.writerow([f"# {table.title}"])
        writer.writerow([c.header for c in table.columns])
        for row in table.rows:
            writer.writerow(["" if v is None else json_value(v) for v in row])
    writer.writerow([])
    writer.writerow([f"# {report.marking}"])
    # utf-8-sig: Excel opens it with the right characters (names in other scripts).
    return out.getvalue().encode("utf-8-sig")


def report_record(report: Report) -> dict:
    """The report as JSON-ready data (``consular report NAME --format json``)."""
    scope = report.scope
    return {
        "report": report.name,
        "title": report.title,
        "classification": report.marking,
        "chain_head": report.chain_head,
        "generated_at": report.generated_at.isoformat(),
        "generated_by": report.generated_by,
        "scope": {
            "start": scope.start.isoformat() if scope.uses_period else None,
            "end": scope.last_day.isoformat() if scope.uses_period else None,
            "post": scope.post,
            "country": scope.country,
            "period_applies": scope.uses_period,
        },
        "summary": {label: value for label, value in report.summary},
        "tables": {
            t.key: {
                "title": t.title,
                "columns": [c.key for c in t.columns],
                "rows": [{c.key: json_value(v) for c, v in zip(t.columns, row, strict=True)} for row in t.rows],
            }
            for t in report.tables
        },
        "notes": list(report.notes),
    }


def render_json(report: Report) -> bytes:
    return (json.dumps(report_record(report), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


_WIDTHS = {DATE: 12, INT: 11, DAYS: 12, PCT: 11}


def render_xlsx(report: Report) -> bytes:
    """One sheet per table (header row frozen, with an autofilter; numbers and dates as real
    cells), then "About". The marking is in every sheet's printed header and footer and the
    workbook properties; the chain head in the footer, the properties and "About"."""
    import xlsxwriter

    marking = report.marking.replace("&", "&&")
    with io.BytesIO() as buffer:
        workbook = xlsxwriter.Workbook(
            buffer, {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
        )
        try:
            workbook.set_properties(
                {
                    "title": report.title,
                    "subject": report.scope.describe(),
                    "author": report.generated_by,
                    "category": report.marking,
                    "keywords": report.marking,
                    "comments": f"{report.marking}. {chain_head_label()} {report.chain_head}.",
                    "created": report.generated_at.replace(tzinfo=None),
                }
            )
            bold = workbook.add_format({"bold": True, "bg_color": "#E8ECF1", "border": 1, "text_wrap": True})
            fmt = {
                DATE: workbook.add_format({"num_format": "yyyy-mm-dd", "align": "left"}),
                INT: workbook.add_format({"num_format": "#,##0"}),
                DAYS: workbook.add_format({"num_format": "#,##0.0"}),
                PCT: workbook.add_format({"num_format": '0.0"%"'}),
            }
            used: set[str] = set()
            for table in report.tables:
                name = _sheet_name(table.title, used)
                sheet = workbook.add_worksheet(name)
                _furniture(sheet, marking, report)
                for col, column in enumerate(table.columns):
                    width = _WIDTHS.get(column.kind, max(14, min(40, len(column.header) + 4)))
                    sheet.set_column(col, col, width)
                    sheet.write_string(0, col, column.header, bold)
                for r, row in enumerate(table.rows, 1):
                    for col, (column, value) in enumerate(zip(table.columns, row, strict=True)):
                        _write_cell(sheet, r, col, column.kind, value, fmt)
                sheet.freeze_panes(1, 0)
                if table.rows:
                    sheet.autofilter(0, 0, len(table.rows), len(table.columns) - 1)
            about = workbook.add_worksheet("About")
            _furniture(about, marking, report)
            about.set_column(0, 0, 20)
            about.set_column(1, 1, 90)
            rows = _about(report) + list(report.summary) + [(reports.words.tr("Note"), n) for n in report.notes]
            for r, (label, value) in enumerate(rows):
                about.write_string(r, 0, label, bold)
                about.write_string(r, 1, value)
        finally:
            workbook.close()
        return buffer.getvalue()


def _furniture(sheet, marking: str, report: Report) -> None:
    sheet.set_header(f"&C&B{marking}&R{report.title.replace('&', '&&')}")
    sheet.set_footer(f"&L{chain_head_label()} {report.chain_head}&C&B{marking}&R{page_of_pages()}")
    sheet.set_landscape()
    sheet.repeat_rows(0)
    sheet.fit_to_pages(1, 0)


def _write_cell(sheet, row: int, col: int, kind: str, value, fmt: dict) -> None:
    if value is None:
        sheet.write_blank(row, col, None)
    elif kind in (INT, DAYS, PCT) and isinstance(value, (int, float)):
        sheet.write_number(row, col, value, fmt[kind])
    elif kind == DATE and hasattr(value, "isoformat") and not isinstance(value, str):
        sheet.write_datetime(row, col, value, fmt[DATE])
    else:
        sheet.write_string(row, col, cell_text(value, kind))


def _sheet_name(title: str, used: set[str]) -> str:
    clean = "".join(ch for ch in title if ch not in "[]:*?/\\")
    if len(clean) > 28:  # Excel allows 31; cut at a word, keep room for " 2"
        clean = clean[:28].rsplit(" ", 1)[0].rstrip(",;·— ")
    clean = clean or "Sheet"
    name, n = clean, 2
    while name.lower() in used:
        name = f"{clean[:25]} {n}"
        n += 1
    used.add(name.lower())
    return name
