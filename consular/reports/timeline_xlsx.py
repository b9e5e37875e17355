"""The timeline workbook's event rows, written as the sheet's XML in one piece per row.

xlsxwriter's constant-memory mode keeps one row in memory and writes each cell through half a
dozen calls (argument conversion, bounds, the row table, per-attribute escaping, one text-file
write per tag): for a 20,000-event timeline that was most of the export's time. Here each
event's row is built as one string, exactly as xlsxwriter would write it (the same ``<row>``
and ``<c>`` elements, the same escaping of control characters and XML, the same
``xml:space="preserve"``, the same number text), and written once onto the sheet's row-data
file; the sheet's bookkeeping (dimensions, the row it is on) is kept as its own writers keep it,
so everything xlsxwriter writes around the rows (header row, autofilter, About sheet, styles) is
unchanged. A row that needs anything else (text too long for a cell, which xlsxwriter cuts, or
text that looks like xlsxwriter's rich-text markup) goes through xlsxwriter's own calls, as
every row did before; :func:`write_event_row` is that path, and the tests compare the two.

No ORM, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime

from consular.domain.timeline import TimelineEvent

#: Columns A..K of the event rows (the export fields, in order).
_LETTERS = "ABCDEFGHIJK"
#: Anything in a text that xlsxwriter changes before writing it: control characters (written
#: as ``_xHHHH_``), a literal ``_xHHHH_`` (its underscore escaped), the two non-characters,
#: and the XML specials & < > (double quotes and line feeds are written as they are).
_NEEDS_ESCAPE = re.compile("[\x00-\x08\x0b-\x1f&<>\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
#: xlsxwriter checks a string's UTF-16 length only past half of Excel's limit; so do we.
_LONG = 32767 // 2
_EPOCH = datetime(1899, 12, 31)
#: Off: every row through xlsxwriter's own calls (the tests compare the two ways).
FAST = True


def _naive(value: datetime) -> datetime:
    # Wall time to the second, as every other format gives it.
    return value.replace(microsecond=0, tzinfo=None)


def _is_rich(value: str) -> bool:
    return value.startswith("<r>") and value.endswith("</r>")


def write_text(sheet, row: int, col: int, value: str, cell_format) -> None:
    """Write ``value`` as a text cell. In constant-memory mode xlsxwriter takes any string
    that starts with ``<r>`` and ends with ``</r>`` for rich-text markup of its own and copies
    it into the sheet's XML unescaped: a case's title, a note or a name of that shape could
    break the file or add cells to it. Such a string goes in as a rich string of three plain
    runs instead, which xlsxwriter escapes; it reads back as exactly the same text."""
    if _is_rich(value):
        sheet.write_rich_string(row, col, value[:1], value[1:-1], value[-1:], cell_format)
    else:
        sheet.write_string(row, col, value, cell_format)


def _texts(event: TimelineEvent) -> tuple[str, ...]:
    """The event's text cells in column order (A, D, E, F, G, H, J)."""
    return (
        event.id,
        event.type.value,
        event.title,
        event.detail or "",
        "; ".join(event.people),
        event.recorded_by or "",
        str(event.source),
    )


def write_event_row(sheet, row: int, event: TimelineEvent, text, date_format: Callable) -> None:
    """One event's row through xlsxwriter's own cell calls (the reference, and the path for a
    row :func:`write_event_rows` leaves to xlsxwriter)."""
    event_id, type_value, title, detail, people, recorded_by, source = _texts(event)
    local = event.local_time
    write_text(sheet, row, 0, event_id, text)
    sheet.write_datetime(row, 1, _naive(event.at), date_format(event.at.utcoffset()))
    sheet.write_datetime(row, 2, _naive(local), date_format(local.utcoffset()))
    write_text(sheet, row, 3, type_value, text)
    write_text(sheet, row, 4, title, text)
    write_text(sheet, row, 5, detail, text)
    write_text(sheet, row, 6, people, text)
    write_text(sheet, row, 7, recorded_by, text)
    sheet.write_boolean(row, 8, event.restricted, text)
    write_text(sheet, row, 9, source, text)
    sheet.write_boolean(row, 10, event.shareable, text)


def _excel_time(value: datetime) -> float:
    """xlsxwriter's serial date of a naive datetime (1900 date system; the timeline's instants
    are all far past 1 March 1900, where Excel's leap-year day no longer shifts anything but
    the one added day)."""
    delta = value - _EPOCH
    number = delta.days + (float(delta.seconds) + float(delta.microseconds) / 1e6) / (60 * 60 * 24)
    if value.isocalendar() == (1900, 1, 1):
        number -= 1
    if number > 59:
        number += 1
    return number


def _inline(ref: str, style: str, value: str, escape_controls, escape_data) -> str:
    """An inline string cell as xlsxwriter writes it in constant-memory mode."""
    if _NEEDS_ESCAPE.search(value):
        value = escape_data(escape_controls(value))
    if value and (value[0].isspace() or value[-1].isspace()):
        return f'<c r="{ref}"{style} t="inlineStr"><is><t xml:space="preserve">{value}</t></is></c>'
    return f'<c r="{ref}"{style} t="inlineStr"><is><t>{value}</t></is></c>'


def write_event_rows(
    sheet,
    events: Sequence[TimelineEvent],
    text,
    date_format: Callable,
    tick: Callable[[int], None],
    *,
    fast: bool | None = None,
) -> None:
    """Rows 1..N of ``sheet`` (a constant-memory worksheet whose row 0, the header, is
    written), one per event, byte for byte as :func:`write_event_row` would write them.
    ``tick(n)`` after each row. ``fast=False`` (default: :data:`FAST`) writes every row the reference way."""
    if (
        not (FAST if fast is None else fast)
        or not _knows(sheet, text)
        or not sheet.constant_memory
        or sheet.excel_version != 2007
        or sheet.date_1904
        or sheet.row_info
        or sheet.comments
    ):
        for row, event in enumerate(events, 1):
            write_event_row(sheet, row, event, text, date_format)
            tick(row)
        return
    styles: dict[int, str] = {}

    def style(cell_format) -> str:
        # The format's XF index, asked for when xlsxwriter would first ask (the order in which
        # formats get their index is the order of the styles in the file).
        key = id(cell_format)
        found = styles.get(key)
        if found is None:
            found = styles[key] = f' s="{cell_format._get_xf_index()}"' if cell_format else ""
        return found

    escape_controls = sheet._escape_control_characters
    escape_data = sheet._escape_data
    last_col = len(_LETTERS) - 1
    pending: list[str] = []
    last_row = 0
    for row, event in enumerate(events, 1):
        texts = _texts(event)
        if any(_is_rich(t) or len(t) > _LONG for t in texts):
            # xlsxwriter's own calls: flush ours first, then let it track the row as before.
            _flush(sheet, pending)
            sheet.previous_row = max(sheet.previous_row, row - 1)
            write_event_row(sheet, row, event, text, date_format)
            last_row = row
            tick(row)
            continue
        if sheet.table:
            # The row xlsxwriter holds (the header, or a row it wrote) goes out first.
            _flush(sheet, pending)
            sheet._write_single_row(row)
        sheet.previous_row = row
        at, local = event.at, event.local_time
        plain = style(text)  # column A's format first, then B's and C's: xlsxwriter's order
        at_style = style(date_format(at.utcoffset()))
        local_style = style(date_format(local.utcoffset()))
        n = row + 1
        event_id, type_value, title, detail, people, recorded_by, source = texts
        pending.append(
            f'<row r="{n}">'
            + _inline(f"A{n}", plain, event_id, escape_controls, escape_data)
            + f'<c r="B{n}"{at_style}><v>{_excel_time(_naive(at)):.16G}</v></c>'
            + f'<c r="C{n}"{local_style}><v>{_excel_time(_naive(local)):.16G}</v></c>'
            + _inline(f"D{n}", plain, type_value, escape_controls, escape_data)
            + _inline(f"E{n}", plain, title, escape_controls, escape_data)
            + _inline(f"F{n}", plain, detail, escape_controls, escape_data)
            + _inline(f"G{n}", plain, people, escape_controls, escape_data)
            + _inline(f"H{n}", plain, recorded_by, escape_controls, escape_data)
            + f'<c r="I{n}"{plain} t="b"><v>{1 if event.restricted else 0}</v></c>'
            + _inline(f"J{n}", plain, source, escape_controls, escape_data)
            + f'<c r="K{n}"{plain} t="b"><v>{1 if event.shareable else 0}</v></c>'
            + "</row>"
        )
        last_row = row
        if len(pending) >= 500:
            _flush(sheet, pending)
        tick(row)
    _flush(sheet, pending)
    if last_row:
        # The sheet's dimensions, as its cell writers would have left them.
        sheet._check_dimensions(last_row, 0)
        sheet._check_dimensions(last_row, last_col)


#: The worksheet internals the fast path writes through. xlsxwriter keeps them private, so a
#: release that renames one sends every row back through its public calls (the tests compare
#: the two ways byte for byte, so a release that changes what they write fails them).
_INTERNALS = (
    "fh",
    "table",
    "previous_row",
    "row_info",
    "comments",
    "date_1904",
    "excel_version",
    "constant_memory",
    "_write_single_row",
    "_check_dimensions",
    "_escape_control_characters",
    "_escape_data",
)


def _knows(sheet, cell_format) -> bool:
    return all(hasattr(sheet, name) for name in _INTERNALS) and hasattr(cell_format, "_get_xf_index")


def _flush(sheet, pending: list[str]) -> None:
    if pending:
        sheet.fh.write("".join(pending))
        pending.clear()
