"""The fast timeline writers give the bytes of the plain ones.

The CSV's rows are built as strings rather than through csv.writer: they must be the bytes of
the documented CSV written the plain way (``oracle_csv``, one csv.writer row per event).

The workbook's event rows written in one piece (reports/timeline_xlsx.py) are xlsxwriter's.

Every file is written twice, once with the fast rows and once with every row through
xlsxwriter's own cell calls (``timeline_xlsx.FAST`` off, how every row was written before),
and the two must be the same bytes: text made to trip each escape xlsxwriter applies (control
characters, a literal ``_xHHHH_``, XML specials, leading and trailing white space of several
kinds, its own rich-text markup, a text longer than a cell holds), non-Latin and astral
characters, offsets either side of a DST change, and a workbook read back by openpyxl.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import sys
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from xlsxwriter import utility

from consular.domain.timeline import EventSource, EventType, Timeline, TimelineCase, TimelineEvent, TimelineScope
from consular.reports import timeline_export, timeline_xlsx
from tests.test_timeline_export_equality import oracle_csv

TEXTS = [
    "plain",
    "",
    " leading",
    "trailing ",
    "\tTabbed",
    "nbsp\u00a0",
    "\u2003em space",
    "a & b < c > d \"quoted\" 'single'",
    "line\nbreak\r\nand return",
    "bell\x07 and nul\x00 and \x1f",
    "literal _x0041_ and _X00ff_ and _x12_",
    "non-characters \ufffe \uffff",
    '<r>x</t></is></c><c r="Z9" t="inlineStr"><is><t>planted</r>',
    "<r>plain rich-looking</r>",
    "रवि वर्मा — Zoë — 😀 astral",
    "=SUM(A1)",
    "x" * 20000,
    "😀" * 17000,  # 34,000 UTF-16 units: xlsxwriter cuts it
    "y" * 40000,
    "comma, inside",
    '"starts quoted" and ends "',
    "+1 555 0100",
    "-minus",
    "@at",
    "\rreturn first",
    "nul \x00 inside",
]


def _timeline(n_extra: int = 0, texts: list[str] = TEXTS) -> Timeline:
    zone = ZoneInfo("America/New_York")
    start = datetime(2025, 3, 9, 5, 30, 15, 123456, tzinfo=UTC)  # around the spring DST change
    events = []
    for i, text in enumerate(texts * 2 + ["ordinary"] * n_extra):
        at = start + timedelta(minutes=37 * i)
        events.append(
            TimelineEvent(
                id=f"contact:{i}" if i % 5 else text[:30],
                at=at,
                local_time=at.astimezone(zone),
                type=EventType.CONTACT if i % 2 else EventType.MILESTONE,
                title=text,
                detail=texts[(i + 3) % len(texts)] if i % 3 else text,
                people=(text, "Sunita Rao") if i % 4 else (),
                recorded_by=texts[(i + 7) % len(texts)] if i % 6 else None,
                restricted=bool(i % 2),
                source=EventSource("contact", i),
                shareable=bool(i % 3 == 0),
            )
        )
    case = TimelineCase(1, "T-1", "T & <b>", "Other", "Active", "RESTRICTED", "America/New_York", start, "", "Post")
    return Timeline(case, TimelineScope(), start, "Tester", events, chain_head="7:abcdef012345")


def test_fast_csv_is_csv_writers_bytes(tmp_path):
    timeline = _timeline(n_extra=450)
    assert timeline_export.write_csv(timeline, tmp_path / "t.csv").read_bytes() == oracle_csv(timeline)
    # Ids, sources and the chain head are quoted when they must be, never formula-guarded.
    odd = Timeline(
        timeline.case,
        timeline.scope,
        timeline.generated_at,
        timeline.generated_by,
        [dataclasses.replace(e, id=f"-{e.id}, odd") for e in timeline.events[:40]],
        chain_head='=7:"abc",def',
    )
    assert timeline_export.write_csv(odd, tmp_path / "odd.csv").read_bytes() == oracle_csv(odd)
    empty = Timeline(timeline.case, timeline.scope, timeline.generated_at, "Tester", [], chain_head=None)
    assert timeline_export.write_csv(empty, tmp_path / "empty.csv").read_bytes() == oracle_csv(empty)


def test_csv_quotes_what_the_csv_module_quotes():
    # The fast CSV quotes a field when _CSV_QUOTED finds one of its characters; csv.writer
    # decides character by character. Every character, alone between two others.
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        field = f"a{chr(code)}b"
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([field, ""])
        quoted = bool(timeline_export._CSV_QUOTED.search(field))
        assert buffer.getvalue().startswith('"') == quoted, hex(code)


def _both(timeline, tmp_path, monkeypatch) -> tuple[bytes, bytes]:
    fast = timeline_export.write_xlsx(timeline, tmp_path / "fast.xlsx").read_bytes()
    monkeypatch.setattr(timeline_xlsx, "FAST", False)
    reference = timeline_export.write_xlsx(timeline, tmp_path / "reference.xlsx").read_bytes()
    return fast, reference


def test_fast_rows_are_xlsxwriters_bytes(tmp_path, monkeypatch):
    fast, reference = _both(_timeline(), tmp_path, monkeypatch)
    assert fast == reference


def test_fast_rows_are_xlsxwriters_bytes_over_many_rows_and_no_rows(tmp_path, monkeypatch):
    # More rows than one batch of the fast writer, with rows left to xlsxwriter among them.
    fast, reference = _both(_timeline(n_extra=1300), tmp_path, monkeypatch)
    assert fast == reference
    empty = _timeline()
    empty = Timeline(empty.case, empty.scope, empty.generated_at, empty.generated_by, [], chain_head=None)
    monkeypatch.setattr(timeline_xlsx, "FAST", True)
    fast, reference = _both(empty, tmp_path, monkeypatch)
    assert fast == reference


def test_the_installed_xlsxwriter_has_what_the_fast_rows_write_through(tmp_path):
    # Without these the fast path quietly falls back to xlsxwriter's calls (and the byte
    # comparisons above would compare the reference with itself): this says when to look.
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(tmp_path / "w.xlsx"), {"constant_memory": True})
    try:
        sheet = workbook.add_worksheet("Timeline")
        assert timeline_xlsx._knows(sheet, workbook.add_format({"text_wrap": True}))
        assert not timeline_xlsx._knows(object(), object())
    finally:
        workbook.close()


def test_fast_rows_read_back_as_the_events(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    timeline = _timeline()
    path = timeline_export.write_xlsx(timeline, tmp_path / "t.xlsx")
    sheet = openpyxl.load_workbook(path, read_only=True)["Timeline"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(timeline.events)
    for row, event in zip(rows, timeline.events, strict=True):
        if len(event.title) <= 16000 and not re.search("[\x00-\x08\x0b-\x1f\ufffe\uffff]|_x", event.title):
            # (openpyxl reads xlsxwriter's _xHHHH_ escapes back as they stand.)
            assert row[4] == event.title
        assert row[8] is event.restricted and row[10] is event.shareable
        assert row[1] == event.at.replace(microsecond=0, tzinfo=None)
        assert row[2] == event.local_time.replace(microsecond=0, tzinfo=None)
    assert rows[0][4] == "plain" and rows[7][4] == TEXTS[7] and rows[12][4] == TEXTS[12]


def test_white_space_is_what_xlsxwriter_calls_white_space():
    # The fast writer asks str.isspace(); xlsxwriter a regular expression's \s.
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert bool(utility.RE_LEADING_WHITESPACE.search(char)) == char.isspace(), hex(code)
    assert re.compile(r"\s$").search("a ") and "a "[-1].isspace()


def _pdf_text_only(data: bytes) -> bytes:
    """A PDF without what reportlab varies from run to run (its dates and document id)."""
    data = re.sub(rb"/(CreationDate|ModDate) \(D:[^)]*\)", b"", data)
    return re.sub(rb"/ID\s*\[<[0-9a-fA-F]+><[0-9a-fA-F]+>\]", b"", data)


def test_pdf_split_lines_are_reportlabs():
    from reportlab.lib.utils import simpleSplit

    from consular.reports import fonts, timeline_pdf

    fonts.register_fonts()
    texts = [t for t in TEXTS if "\x00" not in t] + ["a b\nc d e f " * 30, "", "   ", "word " * 200]
    for text in texts:
        for width in (40.0, 123.4, 480.0, 10_000.0):
            for font, size in ((fonts.SANS, 8.5), (fonts.SANS_BOLD, 9), (fonts.SANS, 7.5)):
                assert timeline_pdf._split(text, font, size, width) == simpleSplit(text, font, size, width)


def test_pdf_is_the_same_with_and_without_the_quick_text_path(tmp_path, monkeypatch):
    """The quick encoding of drawn lines (timeline_pdf._QuickSplit) gives reportlab's PDF."""
    import contextlib

    from consular.reports import timeline_pdf

    # The huge texts shortened (still thousands of characters without a break, split across lines
    # and pages): 50 pages instead of 150, written twice (7 times the CPU time otherwise).
    shortened = [t[:3000] if len(t) >= 17000 and t[0] != "y" else t[:12000] for t in TEXTS]
    timeline = _timeline(n_extra=120, texts=shortened)
    quick = timeline_export.write_pdf(timeline, tmp_path / "quick.pdf").read_bytes()
    monkeypatch.setattr(timeline_pdf, "_quick_text", lambda names: contextlib.nullcontext())
    plain = timeline_export.write_pdf(timeline, tmp_path / "plain.pdf").read_bytes()
    assert _pdf_text_only(quick) == _pdf_text_only(plain)
    assert len(quick) > 10_000
    assert quick.count(b"/Type /Page\n") > 40
