"""Every shipped script, at the start, in the middle and at the end of every text field of
the timeline PDF and of the status brief, prints in its own font: no boxes, no crash, and
the markers beside it ([RESTRICTED], the type label) print in Noto Sans.

Built from the plain data objects the services hand to the writers, so each field is set
exactly; read back with pypdf (tests/pdf_helpers.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from consular.domain.timeline import (
    EventSource,
    EventType,
    Timeline,
    TimelineCase,
    TimelineEvent,
    TimelineScope,
)
from consular.reports import brief_data as bd
from consular.reports import fonts, timeline_export
from consular.reports.brief_pdf import render_brief
from tests.pdf_helpers import has_joined_forms, letters, missing_glyphs, text_by_font

# One word of each shipped script (names as our cases hold them), with its font.
SAMPLES = {
    "Devanagari": ("सुनीता", "NotoSansDevanagari"),
    "Gurmukhi": ("ਗੁਰਪ੍ਰੀਤ", "NotoSansGurmukhi"),
    "Odia": ("ସୁବ୍ରତ", "NotoSansOriya"),
    "Telugu": ("లక్ష్మి", "NotoSansTelugu"),
    "Malayalam": ("മേരി", "NotoSansMalayalam"),
    "Arabic": ("شبنم شیخ", "NotoNaskhArabic"),  # two words: set as one right-to-left run
}
assert set(SAMPLES) == {f.script for f in fonts.SCRIPT_FONTS}, "a shipped script has no sample here"
POSITIONS = ("start", "middle", "end")
AT = datetime(2025, 7, 24, 9, 0, tzinfo=UTC)


def placed(word: str, position: str, what: str) -> str:
    return {"start": f"{word} {what}", "middle": f"{what} {word} said", "end": f"{what} {word}"}[position]


def drawn_by_font(path) -> tuple[str, dict[str, str], list]:
    reader = PdfReader(str(path))
    drawn: dict[str, str] = {}
    for page in reader.pages:
        for font, chunk in text_by_font(page).items():
            drawn[font] = drawn.get(font, "") + chunk
    text = " ".join(page.extract_text() for page in reader.pages)
    return text, drawn, [missing_glyphs(page) for page in reader.pages]


def assert_script_drawn(word: str, font: str, drawn: dict[str, str], where: str) -> None:
    """The word is drawn in its script's regular face (plain fields) and bold face (titles),
    with glyphs that map back to its letters: a word shaped with another font's tables
    comes out as glyphs with no character (U+FFFF) or as boxes."""
    for face in (f"{font}-Regular", f"{font}-Bold"):
        chunk = drawn.get(face, "")
        assert chunk, f"{where}: nothing drawn in {face}"
        if font == "NotoNaskhArabic":
            assert has_joined_forms(chunk), f"{where}: {face} drew unjoined Arabic {chunk!r}"
        else:
            assert letters(chunk) and letters(chunk) <= letters(word), f"{where}: {face} drew {chunk!r}"
    for face, chunk in drawn.items():
        assert "\uffff" not in chunk, f"{where}: {face} drew glyphs that are no character"
        if face.startswith("NotoSans-"):
            assert not letters(chunk) & letters(word), f"{where}: script letters drawn in {face}"


# --- timeline ------------------------------------------------------------------------------------


def timeline_with(word: str, position: str, restricted: bool) -> Timeline:
    case = TimelineCase(
        id=1,
        reference="BAM-2025-0001",
        title=placed(word, position, "Kayes case"),
        kind="Hostage taking",
        status="Active",
        classification="CONFIDENTIAL",
        timezone="Africa/Bamako",
        incident_at=AT - timedelta(days=20),
        place=placed(word, position, "Kayes"),
        post="Embassy of India, Bamako",
    )
    events = []
    for n, event_type in enumerate((EventType.CONTACT, EventType.MILESTONE, EventType.TASK), 1):
        events.append(
            TimelineEvent(
                id=f"{event_type.value}:{n}",
                at=AT + timedelta(hours=n),
                local_time=AT + timedelta(hours=n),
                type=event_type,
                title=placed(word, position, "Call with the family"),
                detail=placed(word, position, "Notes of the call") + "\n" + placed(word, position, "Second line"),
                people=(placed(word, position, "Kin"), "Lt. Ann Doyle"),
                recorded_by=placed(word, position, "Consul"),
                restricted=restricted,
                source=EventSource(event_type.value, n),
            )
        )
    return Timeline(
        case=case,
        scope=TimelineScope(include_restricted=restricted),
        generated_at=AT + timedelta(days=1),
        generated_by=placed(word, position, "Supervisor"),
        events=events,
    )


@pytest.mark.parametrize("position", POSITIONS)
@pytest.mark.parametrize("script", list(SAMPLES))
def test_timeline_pdf_prints_every_script_anywhere_in_every_field(tmp_path, script, position):
    word, font = SAMPLES[script]
    path = tmp_path / "t.pdf"
    timeline_export.write_pdf(timeline_with(word, position, restricted=True), path)
    text, drawn, missing = drawn_by_font(path)
    assert missing == [{} for _ in missing], missing
    assert_script_drawn(word, font, drawn, f"{script} at the {position}")
    latin = drawn.get("NotoSans-Bold", "") + drawn.get("NotoSans-Regular", "")
    # The type label and the restricted marker print whole, in Noto Sans, beside the script.
    assert latin.count("[RESTRICTED]") >= 3 and "CONTACT" in latin and "MILESTONE" in latin
    assert "Call with the family" in text and "Notes of the call" in text and "Lt. Ann Doyle" in text
    assert f"[{script} script]" not in text


# --- status brief --------------------------------------------------------------------------------


def brief_with(word: str, position: str) -> bd.BriefData:
    def p(what: str) -> str:
        return placed(word, position, what)

    summary = bd.BriefSummary(
        kind="Hostage taking",
        status="Active",
        priority="High",
        incident_at=AT - timedelta(days=20),
        place=p("Kayes"),
        country="ML",
        days_since_incident=20,
        attribution=p("Suspected group"),
        hostages_total=1,
        hostages_held=1,
        hostages_released=0,
        hostages_other=0,
        last_contact_authorities=[bd.LastContact("Police", AT, p("Commander"))],
        last_contact_families=[bd.LastContact(p("Kin of the national"), AT)],
    )
    return bd.BriefData(
        reference="BAM-2025-0001",
        title=p("Kayes case"),
        classification="CONFIDENTIAL",
        post=p("Embassy"),
        timezone="Africa/Bamako",
        as_of=AT + timedelta(days=1),
        prepared_by=p("Supervisor"),
        period_start=AT - timedelta(days=7),
        period_end=AT + timedelta(days=1),
        period_basis="From the date requested",
        redacted=False,
        include_restricted=True,
        draft=False,
        summary=summary,
        hostages=[
            bd.BriefHostage(
                name=p("Ravi Verma"),
                name_native=word,
                age=40,
                status="Held",
                status_since=AT - timedelta(days=20),
                in_captivity=True,
                days_in_captivity=20,
                last_proof_of_life=AT,
                welfare_note=p("Reported well"),
                welfare_at=AT,
            )
        ],
        developments=[
            bd.BriefDevelopment(
                at=AT,
                kind="Proof of life",
                title=p("Audio message"),
                description=p("Heard on the call"),
                source=p("Employer"),
                hostage_name=p("Ravi Verma"),
                restricted=True,
            )
        ],
        contacts_total=1,
        contact_groups=[
            bd.BriefContactGroup(
                category="Family",
                count=1,
                restricted_count=1,
                last_at=AT,
                lines=[
                    bd.BriefContactLine(
                        at=AT,
                        channel="Phone",
                        direction="Outgoing",
                        counterparts=p("Kin"),
                        subject=p("Call with the family"),
                        restricted=True,
                        follow_up_needed=True,
                    )
                ],
            )
        ],
        family=[
            bd.BriefFamilyLiaison(
                name=p("Kin"),
                name_native=word,
                relationship=p("Spouse"),
                hostage_name=p("Ravi Verma"),
                plan=p("Weekly call"),
                last_contact_at=AT,
                next_due_at=AT + timedelta(days=7),
                overdue=False,
            )
        ],
        tasks=[bd.BriefTask(p("Call back"), p("Consul"), AT + timedelta(days=2), "High", "Open", False)],
    )


@pytest.mark.parametrize("position", POSITIONS)
@pytest.mark.parametrize("script", list(SAMPLES))
def test_brief_prints_every_script_anywhere_in_every_field(tmp_path, script, position):
    word, font = SAMPLES[script]
    path = tmp_path / "b.pdf"
    path.write_bytes(render_brief(brief_with(word, position)).pdf)
    text, drawn, missing = drawn_by_font(path)
    assert missing == [{} for _ in missing], missing
    assert_script_drawn(word, font, drawn, f"{script} at the {position}")
    latin = drawn.get("NotoSans-Bold", "") + drawn.get("NotoSans-Regular", "")
    assert "RESTRICTED" in latin
    assert "Audio message" in text and "Call with the family" in text
    assert f"[{script} script]" not in text


# --- Latin ligatures -----------------------------------------------------------------------------

# A field with a Devanagari word is shaped whole; HarfBuzz then set "ffi", "fi" as ligature
# glyphs, which pypdf (and a PDF reader's search and copy) gave back as U+FB03 or U+FFFF.
LIGATURE_WORDS = ("office", "affidavit", "fifth", "official", "flight")
MIXED = "वर्मा " + " ".join(LIGATURE_WORDS)


def assert_latin_intact_and_devanagari_shaped(path) -> None:
    text, drawn, missing = drawn_by_font(path)
    assert missing == [{} for _ in missing], missing
    latin = drawn.get("NotoSans-Regular", "") + drawn.get("NotoSans-Bold", "")
    for word in LIGATURE_WORDS:
        assert word in text and word in latin, word
    for ligature in "\ufb00\ufb01\ufb02\ufb03\ufb04\uffff":
        assert ligature not in text, f"U+{ord(ligature):04X} extracted"
    # Devanagari is still shaped: the reph of वर्मा is a glyph with no character of its own
    # (a private-use code point), which only shaping makes; unshaped it would come out as typed.
    devanagari = drawn.get("NotoSansDevanagari-Regular", "") + drawn.get("NotoSansDevanagari-Bold", "")
    assert "वर्मा" not in devanagari
    assert any(0xE000 <= ord(ch) <= 0xF8FF for ch in devanagari), repr(devanagari)


def test_timeline_pdf_sets_latin_without_ligatures_beside_shaped_devanagari(tmp_path):
    path = tmp_path / "t.pdf"
    timeline_export.write_pdf(timeline_with(MIXED, "middle", restricted=True), path)
    assert_latin_intact_and_devanagari_shaped(path)


def test_brief_sets_latin_without_ligatures_beside_shaped_devanagari(tmp_path):
    path = tmp_path / "b.pdf"
    path.write_bytes(render_brief(brief_with(MIXED, "middle")).pdf)
    assert_latin_intact_and_devanagari_shaped(path)
