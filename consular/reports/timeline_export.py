"""Timeline exports: CSV, JSON, iCalendar, PDF and XLSX from one :class:`Timeline`.

Every writer takes the plain :class:`~consular.domain.timeline.Timeline` the service built
(already filtered, restricted entries already left out or kept, already redacted when
asked) and writes its events in the order given, so all formats hold the same events in
the same order. Each carries, for every event, the fields of
:data:`~consular.domain.timeline.EXPORT_FIELDS`:

``id``           stable id, ``<type>:<source id>`` (``contact:42``, ``task-done:7``)
``at``           ISO 8601 in UTC with offset (``2025-07-01T06:00:00+00:00``)
``local_time``   the same instant in the case's zone, with its offset
``type``         event type (``contact``, ``milestone`` ...)
``title``, ``detail``
``people``       people and counterparts involved, by name
``recorded_by``  who recorded it
``restricted``   whether the entry is restricted
``source``       the record it comes from, ``<entity>:<id>``
``shareable``    whether the entry is marked shareable with family (never a restricted one)

A restricted entry whose content is not shown is a placeholder: ``title`` "Restricted",
``restricted`` true, its time, type, id and source, and nothing else (the service builds it so).

Every format also carries the audit chain head the export was read at (``chain_head``,
``seq:hash``; see :mod:`consular.services.outputs`): the CSV in a last column ``chain_head``
repeated on every row (a comment or metadata row would break spreadsheets and CSV readers that
take the first row as the header, and would be lost on sorting), the JSON in its ``export``
record, the iCalendar file as ``X-CONSULAR-CHAIN-HEAD`` on the calendar, the workbook on its
"About" sheet and in the printed footer, the PDF in the footer of every page.

Each format has a ``render_<fmt>`` that fills a private temporary file (every byte through
:func:`consular.reports.output_file.open_output`) and a ``write_<fmt>`` that also moves it
over its destination at the end, so a failed or cancelled export leaves no half file (and
an earlier export of the same name untouched). The services use the renderers and rename
only once the export is recorded (:mod:`consular.services.outputs`). ``progress(done, total)`` is called as events
are written; it may raise to cancel.

No ORM, no Qt.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import hashlib
import io
import json
import os
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from consular import reports
from consular.domain.errors import UserError, ValidationError
from consular.domain.timeline import EXPORT_FIELDS, EventType, Timeline, TimelineEvent
from consular.i18n import QT_TRANSLATE_NOOP, translate
from consular.reports import output_file, timeline_xlsx

Progress = Callable[[int, int], None]

SCHEMA_VERSION = 1
PRODUCT = "consular"

FORMATS = ("csv", "json", "ics", "pdf", "xlsx")
#: The CSV's columns: every export field, then the chain head (the same on every row).
CSV_FIELDS = (*EXPORT_FIELDS, "chain_head")
#: How the chain head is labelled where a person reads it (PDF and workbook footers), in
#: English; :func:`chain_head_label` gives it in the current language.
CHAIN_HEAD_LABEL = "Audit chain head"
SUFFIXES = {"csv": ".csv", "json": ".json", "ics": ".ics", "pdf": ".pdf", "xlsx": ".xlsx"}
#: What each format is, for a choice of format: in English, marked for translation in the
#: context "reports.words" (the GUI shows ``QCoreApplication.translate("reports.words", text)``,
#: Qt-free code :func:`describe`).
DESCRIPTIONS = {
    "csv": QT_TRANSLATE_NOOP("reports.words", "CSV (spreadsheet, UTF-8)"),
    "json": QT_TRANSLATE_NOOP("reports.words", "JSON (for other systems)"),
    "ics": QT_TRANSLATE_NOOP("reports.words", "iCalendar (calendar programs)"),
    "pdf": QT_TRANSLATE_NOOP("reports.words", "PDF (printable chronology)"),
    "xlsx": QT_TRANSLATE_NOOP("reports.words", "Excel workbook"),
}


def describe(fmt: str) -> str:
    """What format ``fmt`` is, in the current language ("PDF (printable chronology)")."""
    return translate("reports.words", DESCRIPTIONS[fmt])


def chain_head_label() -> str:
    """:data:`CHAIN_HEAD_LABEL` in the current language."""
    return reports.words.tr("Audit chain head")


# Characters that make a spreadsheet read a CSV cell as a formula (CSV injection): notes
# are typed by staff but often quote what others wrote or said.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What makes the csv module quote a field (its delimiter, quote character and line ending).
_CSV_QUOTED = re.compile('[,"\r\n]')


# --------------------------------------------------------------------------- common


def iso(value: datetime | None) -> str | None:
    """ISO 8601 to the second, with offset."""
    return value.isoformat(timespec="seconds") if value is not None else None


def event_record(event: TimelineEvent) -> dict:
    """The exported fields of one event as JSON-ready values (``people`` a list)."""
    return {
        "id": event.id,
        "at": iso(event.at),
        "local_time": iso(event.local_time),
        "type": event.type.value,
        "title": event.title,
        "detail": event.detail,
        "people": list(event.people),
        "recorded_by": event.recorded_by,
        "restricted": event.restricted,
        "source": str(event.source),
        "shareable": event.shareable,
    }


class _Ticker:
    """Calls ``progress`` about 200 times over a run, and always at the start and end."""

    def __init__(self, total: int, progress: Progress | None, *, scale: int = 1, offset: int = 0):
        self.total = total
        self.progress = progress
        self.step = max(1, total // 200)
        self.scale = scale
        self.offset = offset
        if progress is not None and offset == 0:
            progress(0, total * scale)

    def __call__(self, done: int) -> None:
        if self.progress is not None and (done % self.step == 0 or done == self.total):
            self.progress(self.offset + done, self.total * self.scale)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a private temporary file (0600) beside ``path``; move it over ``path`` if the
    block succeeds, remove it otherwise.

    For writing a file outside the services (tests, tools). The services go through
    :func:`consular.services.outputs.deliver`, which also records the output before the
    rename. OS errors come out as :class:`UserError` (:class:`DiskFullError` for a full disk).
    """
    target = output_file.check_target(path)
    tmp = output_file.private_temp(target)
    try:
        yield tmp
        output_file.sync(tmp)
        output_file.publish(tmp, target)
    except Exception as exc:
        output_file.discard(tmp)
        if isinstance(exc, UserError) or not output_file.is_os_failure(exc):
            raise
        raise output_file.os_error(exc, target) from None
    except BaseException:
        output_file.discard(tmp)
        raise


def _text_output(path: Path, encoding: str, newline: str):
    """A text file over :func:`output_file.open_output` (every byte goes through that seam)."""
    return io.TextIOWrapper(output_file.open_output(path), encoding=encoding, newline=newline)


# --------------------------------------------------------------------------- CSV


def safe_cell(text: str | None) -> str:
    """A CSV text cell a spreadsheet will not run as a formula (a leading apostrophe)."""
    if not text:
        return ""
    return "'" + text if text.startswith(_FORMULA_START) else text


def render_csv(timeline: Timeline, tmp: Path, *, progress: Progress | None = None) -> str:
    """One row per event under a header of the field names, written into the empty ``tmp``;
    returns the SHA-256 (hex) of the bytes written, hashed as they are written (the audit
    entry's hash without reading 20 MB back, :func:`consular.services.outputs.deliver`).

    UTF-8 with a byte-order mark, because spreadsheet programs otherwise read the file in
    the machine's legacy code page and garble non-Latin names; CRLF rows (RFC 4180).
    ``people`` is joined with "; ", ``restricted`` is ``true``/``false``. A text cell that
    starts with = + - @ gets a leading apostrophe so that no spreadsheet runs it as a
    formula. The last column, ``chain_head``, holds the audit chain head on every row (so a
    file with no event carries none; its audit entry still records it).
    """
    events = timeline.events
    tick = _Ticker(len(events), progress)
    type_values = {t: t.value for t in EventType}
    formula = _FORMULA_START
    needs_quotes = _CSV_QUOTED.search

    def cell(text: str | None) -> str:
        # safe_cell, then the csv module's minimal quoting, inlined for the 20,000-row case.
        if not text:
            return ""
        if text.startswith(formula):
            text = "'" + text
        return '"' + text.replace('"', '""') + '"' if needs_quotes(text) else text

    def plain(text: str | None) -> str:
        # A field the old writer gave no formula guard (id, source, chain head): quoting only.
        if not text:
            return ""
        return '"' + text.replace('"', '""') + '"' if needs_quotes(text) else text

    chain_head = plain(timeline.chain_head)
    # Each row as one f-string rather than through csv.writer (which writes each field char
    # by char), and each step's rows encoded at once: the same bytes, which the tests check
    # against csv.writer itself.
    header = io.StringIO(newline="")
    csv.writer(header, lineterminator="\r\n").writerow(CSV_FIELDS)
    digest = hashlib.sha256()
    with output_file.open_output(tmp) as handle:
        data = codecs.BOM_UTF8 + header.getvalue().encode("utf-8")
        handle.write(data)
        digest.update(data)
        lines = []
        for n, event in enumerate(events, 1):
            source = event.source
            people = event.people
            at, local = event.at, event.local_time
            # isoformat() is the seconds form when there are no microseconds, for less than
            # isoformat(timespec=...) costs.
            lines.append(
                f"{plain(event.id)},{at.isoformat(timespec='seconds') if at.microsecond else at.isoformat()},"
                f"{local.isoformat(timespec='seconds') if local.microsecond else local.isoformat()},"
                f"{type_values[event.type]},"
                f"{cell(event.title)},{cell(event.detail)},{cell('; '.join(people)) if people else ''},"
                f"{cell(event.recorded_by)},{'true' if event.restricted else 'false'},"
                f"{plain(f'{source.entity}:{source.id}')},{'true' if event.shareable else 'false'},{chain_head}\r\n"
            )
            if len(lines) == tick.step or n == len(events):
                # A step's rows at a time (a 200th), the progress callback (which may cancel) between.
                data = "".join(lines).encode("utf-8")
                handle.write(data)
                digest.update(data)
                lines.clear()
                tick(n)
    return digest.hexdigest()


# --------------------------------------------------------------------------- JSON


def case_record(timeline: Timeline) -> dict:
    case = timeline.case
    return {
        "reference": case.reference,
        "title": case.title,
        "kind": case.kind,
        "status": case.status,
        "classification": case.classification,
        "timezone": case.timezone,
        "incident_at": iso(case.incident_at),
        "place": case.place,
        "post": case.post,
    }


def export_record(timeline: Timeline) -> dict:
    scope = timeline.scope
    return {
        "generated_at": iso(timeline.generated_at),
        "generated_by": timeline.generated_by,
        "from": iso(scope.start),
        "to": iso(scope.end),
        "types": [t.value for t in scope.types] or [t.value for t in EventType],
        "people": list(scope.people),
        "include_restricted": scope.include_restricted,
        "redacted": scope.redacted,
        "event_count": len(timeline.events),
        "chain_head": timeline.chain_head,
    }


def render_json(timeline: Timeline, tmp: Path, *, progress: Progress | None = None) -> None:
    """``{"schema_version": 1, "case": {...}, "export": {...}, "events": [...]}``; the
    shape is described by ``resources/schemas/timeline.schema.json``. ``source`` is an
    object ``{"entity": ..., "id": ...}`` here, and ``people`` a list."""
    events = timeline.events
    tick = _Ticker(len(events), progress)
    head = {"schema_version": SCHEMA_VERSION, "case": case_record(timeline), "export": export_record(timeline)}
    with _text_output(tmp, "utf-8", "\n") as handle:
        # Written event by event so a 20,000-event export never holds the whole text.
        text = json.dumps(head, ensure_ascii=False, indent=2)
        handle.write(text[:-2] + ',\n  "events": [')
        for n, event in enumerate(events, 1):
            record = event_record(event)
            record["source"] = {"entity": event.source.entity, "id": event.source.id}
            handle.write(("\n    " if n == 1 else ",\n    ") + json.dumps(record, ensure_ascii=False))
            tick(n)
        handle.write("\n  ]\n}\n" if events else "]\n}\n")


# --------------------------------------------------------------------------- iCalendar

_ICS_PRIORITY = {"critical": 1, "high": 3, "normal": 5, "low": 9}
_ICS_TODO_STATUS = {"open": "NEEDS-ACTION", "in_progress": "IN-PROCESS"}


#: Length of a calendar event whose record has no duration (a contact without one, a
#: milestone, a status change): long enough to show in a day view, short enough not to
#: suggest it took a morning.
ICS_DEFAULT_MINUTES = 15


def ics_class(marking: str, restricted: bool) -> str:
    """The iCalendar CLASS for an event of a case with classification ``marking``.

    Nothing of a case is PUBLIC: an unclassified case still names people, so its events are
    PRIVATE; a case marked RESTRICTED, CONFIDENTIAL or SECRET, and any restricted entry, is
    CONFIDENTIAL (the strictest class iCalendar has).
    """
    if restricted or (marking or "").strip().upper() not in ("", "UNCLASSIFIED"):
        return "CONFIDENTIAL"
    return "PRIVATE"


def _ics_text(value: str | None) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11)."""
    if not value:
        return ""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


def _ics_utc(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _fold(line: str) -> bytes:
    """One content line as UTF-8, folded at 75 octets without splitting a character
    (RFC 5545 §3.1), ending in CRLF."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return data + b"\r\n"
    parts = []
    start, limit = 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        # Step back off UTF-8 continuation bytes (10xxxxxx).
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end -= 1
        parts.append(data[start:end])
        start, limit = end, 74  # continuation lines start with one space
    return b"\r\n ".join(parts) + b"\r\n"


def _uid(timeline: Timeline, local_id: str) -> str:
    return f"{local_id}.{timeline.case.reference}@{PRODUCT}"


def render_ics(timeline: Timeline, tmp: Path, *, progress: Progress | None = None) -> None:
    """An iCalendar file (RFC 5545).

    Every event is a VEVENT from its instant (DTSTART in UTC) for its duration when one is
    recorded (a contact's), else :data:`ICS_DEFAULT_MINUTES` (DTEND), so the calendar
    holds the same events in the same order as the other formats; milestones are among
    them, and CATEGORIES names the type so a calendar can show only milestones. Each
    still-open task is also a VTODO with its DUE time, status and priority, RELATED-TO its
    "task created" event. Fields with no iCalendar property travel as X- properties
    (X-CONSULAR-ID, -LOCAL-TIME, -PEOPLE, -RECORDED-BY, -RESTRICTED, -SOURCE), and the
    calendar carries the audit chain head as X-CONSULAR-CHAIN-HEAD; CLASS follows
    the case's classification marking and the entry's restriction (:func:`ics_class`). UIDs
    depend only on the event id and case, so re-importing an updated export replaces events instead of duplicating them.
    """
    events = timeline.events
    tick = _Ticker(len(events), progress)
    stamp = _ics_utc(timeline.generated_at)
    case = timeline.case
    todos = []
    with output_file.open_output(tmp) as handle:

        def put(name: str, value: str) -> None:
            handle.write(_fold(f"{name}:{value}"))

        put("BEGIN", "VCALENDAR")
        put("VERSION", "2.0")
        put("PRODID", f"-//{PRODUCT}//Case timeline//EN")
        put("CALSCALE", "GREGORIAN")
        put("METHOD", "PUBLISH")
        calendar = reports.words.tr("{reference} timeline").format(reference=case.reference)
        put("X-WR-CALNAME", _ics_text(f"{calendar} ({case.classification})"))
        put("X-WR-TIMEZONE", case.timezone)
        put("X-WR-CALDESC", _ics_text(f"{case.classification}. {case.title}. {timeline.scope.describe()}."))
        if timeline.chain_head:
            put("X-CONSULAR-CHAIN-HEAD;VALUE=TEXT", _ics_text(timeline.chain_head))
        for n, event in enumerate(events, 1):
            put("BEGIN", "VEVENT")
            put("UID", _uid(timeline, event.id))
            put("DTSTAMP", stamp)
            put("DTSTART", _ics_utc(event.at))
            put("DTEND", _ics_utc(event.at + timedelta(minutes=event.duration_minutes or ICS_DEFAULT_MINUTES)))
            put("SUMMARY", _ics_text(event.title))
            if event.detail:
                put("DESCRIPTION", _ics_text(event.detail))
            put("CATEGORIES", _ics_text(event.type.value))
            put("CLASS", ics_class(case.classification, event.restricted))
            put("TRANSP", "TRANSPARENT")
            put("X-CONSULAR-ID;VALUE=TEXT", _ics_text(event.id))
            put("X-CONSULAR-LOCAL-TIME;VALUE=TEXT", _ics_text(iso(event.local_time)))
            if event.people:
                put("X-CONSULAR-PEOPLE;VALUE=TEXT", _ics_text("; ".join(event.people)))
            if event.recorded_by:
                put("X-CONSULAR-RECORDED-BY;VALUE=TEXT", _ics_text(event.recorded_by))
            put("X-CONSULAR-RESTRICTED", "TRUE" if event.restricted else "FALSE")
            put("X-CONSULAR-SOURCE;VALUE=TEXT", _ics_text(str(event.source)))
            put("X-CONSULAR-SHAREABLE", "TRUE" if event.shareable else "FALSE")
            put("END", "VEVENT")
            if event.todo is not None:
                todos.append(event)
            tick(n)
        for event in todos:
            todo = event.todo
            put("BEGIN", "VTODO")
            put("UID", _uid(timeline, f"todo-{event.id}"))
            put("DTSTAMP", stamp)
            put("CREATED", _ics_utc(event.at))
            # No DTSTART: RFC 5545 wants DUE after DTSTART, and a task is often entered after
            # the time it was due (an overdue follow-up written up late).
            if todo.due_at is not None:
                put("DUE", _ics_utc(todo.due_at))
            put("SUMMARY", _ics_text(todo.title))
            if event.detail:
                put("DESCRIPTION", _ics_text(event.detail))
            put("STATUS", _ICS_TODO_STATUS.get(todo.status, "NEEDS-ACTION"))
            put("PRIORITY", str(_ICS_PRIORITY.get(todo.priority, 5)))
            put("CATEGORIES", "task")
            put("CLASS", ics_class(case.classification, event.restricted))
            put("RELATED-TO", _uid(timeline, event.id))
            put("X-CONSULAR-ID;VALUE=TEXT", _ics_text(event.id))
            if todo.assignee:
                put("X-CONSULAR-ASSIGNEE;VALUE=TEXT", _ics_text(todo.assignee))
            put("END", "VTODO")
        put("END", "VCALENDAR")


# --------------------------------------------------------------------------- XLSX

_XLSX_COLUMNS = {  # width in characters
    "id": 18,
    "at": 24,
    "local_time": 24,
    "type": 15,
    "title": 48,
    "detail": 80,
    "people": 32,
    "recorded_by": 20,
    "restricted": 11,
    "source": 24,
    "shareable": 11,
}


def page_of_pages() -> str:
    """A workbook's printed "Page &P of &N" in the current language (Excel fills in the numbers)."""
    return reports.words.tr("Page {number} of {total}").replace("&", "&&").format(number="&P", total="&N")


def _excel_offset_format(offset) -> str:
    total = int(offset.total_seconds() // 60)
    sign = "+" if total >= 0 else "-"
    hours, minutes = divmod(abs(total), 60)
    # The offset is literal text in the number format: Excel dates carry no zone, but the
    # cell still reads as ISO 8601 with its offset and sorts and filters as a date.
    return f'yyyy-mm-dd hh:mm:ss"{sign}{hours:02d}:{minutes:02d}"'


def render_xlsx(timeline: Timeline, tmp: Path, *, progress: Progress | None = None) -> None:
    """One sheet "Timeline": the header row (frozen, with an autofilter), then one row per
    event. ``at`` and ``local_time`` are real date cells (UTC and case-zone wall time)
    whose number format shows the offset; ``restricted`` is a boolean cell. The
    classification marking is in the printed page header and footer and in the workbook
    properties. A second sheet "About" says what the export holds (case, marking, scope, who
    and when) and the audit chain head, which the printed footer carries too."""
    import xlsxwriter

    events = timeline.events
    tick = _Ticker(len(events), progress)
    case = timeline.case
    # Built in memory and written through the output seam: xlsxwriter's own file handling
    # turns a full disk into its FileCreateError plus a traceback printed from a destructor.
    with io.BytesIO() as buffer:
        workbook = xlsxwriter.Workbook(
            buffer,
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        try:
            workbook.set_properties(
                {
                    "title": reports.words.tr("{reference} timeline").format(reference=case.reference),
                    "subject": case.title,
                    "author": timeline.generated_by,
                    "company": case.post,
                    "category": case.classification,
                    "keywords": case.classification,
                    "comments": f"{case.classification}. {timeline.scope.describe()}."
                    + (f" {chain_head_label()} {timeline.chain_head}." if timeline.chain_head else ""),
                    "created": timeline.generated_at.replace(tzinfo=None),
                }
            )
            sheet = workbook.add_worksheet("Timeline")
            bold = workbook.add_format({"bold": True, "bg_color": "#E8EAF6", "border": 1, "valign": "top"})
            text = workbook.add_format({"valign": "top"})
            date_formats: dict = {}

            def date_format(offset):
                key = offset
                if key not in date_formats:
                    date_formats[key] = workbook.add_format(
                        {"num_format": _excel_offset_format(offset), "valign": "top", "align": "left"}
                    )
                return date_formats[key]

            for col, name in enumerate(EXPORT_FIELDS):
                sheet.set_column(col, col, _XLSX_COLUMNS[name])
                sheet.write_string(0, col, name, bold)
            sheet.freeze_panes(1, 0)
            sheet.autofilter(0, 0, max(1, len(events)), len(EXPORT_FIELDS) - 1)
            marking = case.classification.replace("&", "&&")
            running = reports.words.tr("{reference} timeline").format(reference=case.reference).replace("&", "&&")
            sheet.set_header(f"&C&B{marking}&R{running}")
            anchor = f"&L{chain_head_label()} {timeline.chain_head}" if timeline.chain_head else ""
            sheet.set_footer(f"{anchor}&C&B{marking}&R{page_of_pages()}")
            sheet.set_landscape()
            sheet.repeat_rows(0)
            sheet.fit_to_pages(1, 0)
            # Row by row as xlsxwriter's cell calls would write them, in one piece per row.
            timeline_xlsx.write_event_rows(sheet, events, text, date_format, tick)
            _about_sheet(workbook, timeline, bold, text)
        finally:
            workbook.close()
        output_file.write_bytes(tmp, buffer.getvalue())


def _about_sheet(workbook, timeline: Timeline, bold, text) -> None:
    """What the export holds and its anchor, as label/value rows a reader (or a script) finds."""
    case = timeline.case
    sheet = workbook.add_worksheet("About")
    generated = reports.words.tr("{when} by {name}").format(when=iso(timeline.generated_at), name=timeline.generated_by)
    rows = [
        (reports.words.tr("Case"), f"{case.reference} — {case.title}"),
        (reports.words.tr("Classification"), case.classification),
        (reports.words.tr("Generated"), generated),
        (reports.words.tr("Scope"), timeline.scope.describe()),
        (reports.words.tr("Events"), str(len(timeline.events))),
        (chain_head_label(), timeline.chain_head or ""),
    ]
    sheet.set_column(0, 0, 18)
    sheet.set_column(1, 1, 90)
    for row, (label, value) in enumerate(rows):
        sheet.write_string(row, 0, label, bold)
        timeline_xlsx.write_text(sheet, row, 1, value, text)


# --------------------------------------------------------------------------- PDF


def render_pdf(timeline: Timeline, tmp: Path, *, progress: Progress | None = None) -> None:
    """A printable chronology: see :mod:`consular.reports.timeline_pdf`."""
    from consular.reports.timeline_pdf import build_pdf

    with output_file.open_output(tmp) as handle:
        build_pdf(timeline, handle, progress=progress)


# --------------------------------------------------------------------------- dispatch

_RENDERERS = {"csv": render_csv, "json": render_json, "ics": render_ics, "pdf": render_pdf, "xlsx": render_xlsx}


def _atomic(render: Callable[..., None]) -> Callable[..., Path]:
    def write(timeline: Timeline, path: str | os.PathLike, *, progress: Progress | None = None) -> Path:
        with atomic_path(path) as tmp:
            render(timeline, tmp, progress=progress)
        return Path(path)

    write.__name__ = render.__name__.replace("render_", "write_")
    write.__doc__ = f"Write ``timeline`` to ``path`` whole or not at all; the content as :func:`{render.__name__}`."
    return write


write_csv = _atomic(render_csv)
write_json = _atomic(render_json)
write_ics = _atomic(render_ics)
write_xlsx = _atomic(render_xlsx)
write_pdf = _atomic(render_pdf)
_WRITERS = {"csv": write_csv, "json": write_json, "ics": write_ics, "pdf": write_pdf, "xlsx": write_xlsx}


def _key(fmt: str) -> str:
    key = (fmt or "").strip().lower().lstrip(".")
    key = "ics" if key == "ical" else key
    if key not in _RENDERERS:
        raise ValidationError(
            "format",
            reports.words.tr("'{format}' is not an export format; use one of: {formats}.").format(
                format=fmt, formats=", ".join(FORMATS)
            ),
        )
    return key


def writer_for(fmt: str) -> Callable[..., Path]:
    """The writer for ``fmt`` (one of :data:`FORMATS`, any case); ValidationError otherwise."""
    return _WRITERS[_key(fmt)]


def renderer_for(fmt: str) -> Callable[..., None]:
    """The function that writes ``fmt`` into an existing temporary file (for the services,
    which rename it into place themselves once the export is recorded)."""
    return _RENDERERS[_key(fmt)]


def write(fmt: str, timeline: Timeline, path: str | os.PathLike, *, progress: Progress | None = None) -> Path:
    """Write ``timeline`` to ``path`` in format ``fmt``."""
    return writer_for(fmt)(timeline, path, progress=progress)


def format_for_path(path: str | os.PathLike) -> str | None:
    """The format a file name's suffix implies (``.xlsx`` → ``xlsx``), or None."""
    suffix = Path(path).suffix.lower()
    for fmt, known in SUFFIXES.items():
        if suffix == known:
            return fmt
    return {".ical": "ics", ".ifb": "ics"}.get(suffix)
