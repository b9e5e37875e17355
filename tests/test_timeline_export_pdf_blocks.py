"""The PDF chronology drawn with one flowable per event (timeline_pdf.EventBlock) is the one
drawn with a flowable per line group: the same text at the same place on the same page.

Events of every shape are laid out many pages long, so that page ends fall inside a title,
inside a note, on a blank line between paragraphs of a note, just before the facts line, just
after a day heading and where the title alone would be left at the foot; events that still go
through Paragraph (a Devanagari title, a word too long for a line) sit among them.
"""

from __future__ import annotations

import dataclasses
import io
import random
import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from consular.domain.timeline import EventSource, EventType, Timeline, TimelineCase, TimelineEvent, TimelineScope
from consular.reports import timeline_export, timeline_pdf

SENTENCE = "the embassy asked police for news of the national and was told the search goes on north of town"
WORDS = SENTENCE.split()


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _timeline(events: int = 260, seed: int = 3) -> Timeline:
    rng = random.Random(seed)
    zone = ZoneInfo("Africa/Lagos")
    at = datetime(2024, 5, 1, 6, tzinfo=UTC)
    out = []
    for i in range(events):
        at += timedelta(hours=rng.choice((1, 2, 5, 13, 30)))
        shape = i % 9
        if shape == 0:
            title = _sentence(rng, 40)  # a title over two or three lines
        elif shape == 7:
            title = "रवि वर्मा से संपर्क"  # Devanagari: set as a Paragraph
        elif shape == 8:
            title = "A word too long for any line: " + "x" * 60
        else:
            title = _sentence(rng, rng.randint(2, 9))
        paragraphs = [_sentence(rng, rng.randint(3, 90)) for _ in range(rng.randint(0, 4))]
        detail = ("\n\n" if i % 4 == 1 else "\n").join(paragraphs)
        out.append(
            TimelineEvent(
                id=f"contact:{i}",
                at=at,
                local_time=at.astimezone(zone),
                type=EventType.CONTACT if i % 3 else EventType.MILESTONE,
                title=title,
                detail=detail,
                people=("Sunita Rao", "Counterpart 07") if i % 2 else (),
                recorded_by="Leela Krishnan (ABJ)" if i % 5 else None,
                restricted=i % 11 == 0,
                source=EventSource("contact", i),
            )
        )
    case = TimelineCase(1, "T-1", "A case", "Other", "Active", "RESTRICTED", "Africa/Lagos", out[0].at, "", "Post")
    return Timeline(case, TimelineScope(), datetime(2025, 1, 1, tzinfo=UTC), "Tester", out, chain_head="7:abc")


def _pages(data: bytes) -> list[list[tuple[float, float, str]]]:
    """Each page's drawn text runs with where they start, in reading order."""
    pages = []
    for page in PdfReader(io.BytesIO(data)).pages:
        runs: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, _font, _size, runs=runs):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                runs.append((round(x, 1), round(y, 1), text.strip()))

        page.extract_text(visitor_text=visit)
        pages.append(sorted(runs, key=lambda r: (-r[1], r[0])))
    return pages


def _build(timeline: Timeline, monkeypatch, blocks: bool) -> bytes:
    monkeypatch.setattr(timeline_pdf, "EVENT_BLOCKS", blocks)
    handle = io.BytesIO()
    timeline_pdf.build_pdf(timeline, handle)
    return handle.getvalue()


@pytest.mark.parametrize("seed", [3, 11])
def test_event_blocks_lay_out_the_pages_of_separate_flowables(monkeypatch, seed):
    timeline = _timeline(seed=seed)
    made = []
    original = timeline_pdf.EventBlock.__init__

    def counting(self, *args, **kwargs):
        made.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(timeline_pdf.EventBlock, "__init__", counting)
    blocks = _pages(_build(timeline, monkeypatch, True))
    assert len(made) >= 200  # the block path did draw most events
    separate = _pages(_build(timeline, monkeypatch, False))
    assert len(blocks) == len(separate) > 25
    for number, (got, want) in enumerate(zip(blocks, separate, strict=True), 1):
        assert got == want, f"page {number} differs"


def test_cancel_stops_inside_the_blocks_and_leaves_no_file(tmp_path):
    from consular.domain.errors import Cancelled

    timeline = _timeline(events=120)
    seen = []

    def progress(done, total):
        seen.append(done)
        if done > total // 2 + 30:  # well into the layout half
            raise Cancelled()

    with pytest.raises(Cancelled):
        timeline_export.write_pdf(timeline, tmp_path / "t.pdf", progress=progress)
    assert not (tmp_path / "t.pdf").exists()
    assert list(tmp_path.iterdir()) == []
    # The layout half reported event by event, in order.
    layout = [d for d in seen if d > len(timeline.events)]
    assert layout == sorted(layout) and len(layout) >= 30


# Letters of Latin, Greek and Cyrillic: more than the 256 codes of a font's first subset, so
# that lines drawn later use the second subset, and lines mix the two.
MANY_LETTERS = "".join(
    chr(c) for c in [*range(0xC0, 0x17F), *range(0x391, 0x3A1), *range(0x3A3, 0x3C9), *range(0x410, 0x44F)]
)


def _many_scripts(events: int = 160) -> Timeline:
    """The shaped timeline, with words of :data:`MANY_LETTERS` in titles and details, met a few
    at a time through the document (each first met on a line drawn the slow way)."""
    timeline = _timeline(events=events, seed=5)
    out = []
    for i, event in enumerate(timeline.events):
        start = (i * 7) % len(MANY_LETTERS)
        word = MANY_LETTERS[start : start + 9]
        extra = f"Name {word} and {word.lower()} again" if i % 2 else ""
        detail = "\n".join(p for p in (event.detail, extra, f"{word}, {word}") if p)
        out.append(dataclasses.replace(event, title=f"{event.title} {word}", detail=detail))
    return dataclasses.replace(timeline, events=out)


_PDF_STAMPS = re.compile(rb"/(CreationDate|ModDate) \(D:[^)]*\)|/ID\s*\[<[0-9a-fA-F]*><[0-9a-fA-F]*>\]")


@pytest.mark.parametrize("make", [lambda: _timeline(seed=3), lambda: _timeline(seed=11), _many_scripts])
def test_the_fast_lines_write_the_same_pdf(monkeypatch, make):
    """timeline_pdf.FAST_LINES (a short line taken whole, a line written without textLine)
    changes nothing in the file: the same bytes, but for reportlab's creation stamps."""
    timeline = make()
    made = {}
    for fast in (True, False):
        monkeypatch.setattr(timeline_pdf, "FAST_LINES", fast)
        handle = io.BytesIO()
        timeline_pdf.build_pdf(timeline, handle)
        made[fast] = _PDF_STAMPS.sub(b"", handle.getvalue())
    assert len(PdfReader(io.BytesIO(made[True])).pages) > 20
    assert made[True] == made[False]
