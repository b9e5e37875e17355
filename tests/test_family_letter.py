"""The family update letter: made only of entries shareable with family, in the next of kin's
language (English and Hindi templates), read back with pdftotext and pypdf. The letter of the
demo case holds every family wording and none of the demo database's restricted text (read
from SQL here, not through the service's own query), nor any entry that was not shared."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from consular.domain.errors import PermissionDeniedError, RestrictedContentError
from consular.services import audit, audit_chain, contacts, family_letter, family_share, milestones
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import CASEWORKER, KAYES, OTHER_CASEWORKER
from tests.pdf_helpers import missing_glyphs, text_by_font

HINDI_WORDING = "रवि और उनके दो साथियों की रिहाई के लिए दूतावास माली सरकार के साथ लगातार संपर्क में है।"
CONTACT_WORDING = "The Embassy spoke to the factory management, who confirmed that Ravi and two colleagues were taken."
# The demo seed marks the MEA statement with this wording (seeds/demo/10-kayes-2025.toml).
STATEMENT_WORDING = (
    "The Ministry of External Affairs condemned the abduction and called on the Government of Mali to secure the "
    "release. The Embassy is in close and constant contact with the Malian officials, the local police, the factory "
    "management and the families."
)


def folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def pdftotext(path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def restricted_strings(path, case_reference: str) -> list[str]:
    """Every restricted text of the case, straight from SQL."""
    with sqlite3.connect(path) as conn:
        (case_id,) = conn.execute("SELECT id FROM cases WHERE reference = ?", (case_reference,)).fetchone()
        queries = [
            "SELECT subject, notes, outcome FROM contact_entries WHERE case_id = ? AND restricted",
            "SELECT r.subject, r.notes, r.outcome FROM contact_revisions r JOIN contact_entries c "
            "ON c.id = r.contact_id WHERE c.case_id = ? AND r.restricted",
            "SELECT title, description, source FROM milestones WHERE case_id = ? AND restricted",
            "SELECT made_by, details, response_note FROM demands WHERE case_id = ?",
            "SELECT question, expected_answer, note FROM pol_questions WHERE case_id = ?",
            "SELECT k.answer_received, k.assessment_basis, NULL FROM proof_of_life_checks k "
            "JOIN milestones m ON m.id = k.milestone_id WHERE m.case_id = ?",
            "SELECT v.basis, v.vetted_by, NULL FROM counterpart_vetting v JOIN case_counterparts cc "
            "ON cc.counterpart_id = v.counterpart_id WHERE cc.case_id = ?",
            "SELECT description, NULL, NULL FROM documents WHERE case_id = ? AND restricted",
        ]
        found = [value for sql in queries for row in conn.execute(sql, (case_id,)) for value in row if value]
    return found


def unshared_strings(path, case_reference: str) -> list[str]:
    """The text of the case's unrestricted entries that were not marked shareable."""
    with sqlite3.connect(path) as conn:
        (case_id,) = conn.execute("SELECT id FROM cases WHERE reference = ?", (case_reference,)).fetchone()
        rows = conn.execute(
            "SELECT subject, notes FROM contact_entries WHERE case_id = ? AND NOT restricted AND id NOT IN "
            "(SELECT contact_id FROM family_shares WHERE contact_id IS NOT NULL) "
            "UNION ALL SELECT title, description FROM milestones WHERE case_id = ? AND NOT restricted AND id NOT IN "
            "(SELECT milestone_id FROM family_shares WHERE milestone_id IS NOT NULL)",
            (case_id, case_id),
        ).fetchall()
    return [value for row in rows for value in row if value]


def sentences(text: str) -> list[str]:
    return [s for s in (folded(p) for p in re.split(r"[.!?;\n]+", text)) if len(s) >= 12]


def reword(ctx, kind: str, entry_id: int, wording: str | None) -> None:
    current = family_share.get_share(ctx, kind, entry_id)
    family_share.mark(ctx, kind, entry_id, wording=wording, expected_version=current.version if current else None)


@pytest.fixture
def kayes(demo_db):
    """The demo's Kayes case with its seeded markings (the incident, the MEA statement and
    advisory, the Embassy's contact with the Malian MFA, each hostage held), and: the factory's
    first call marked, the advisory reworded in Hindi, the incident said in its own title."""
    lead = ServiceContext(demo_db, actor_for(demo_db, CASEWORKER))
    entries = contacts.list_contacts(lead, KAYES, newest_first=False)
    factory = next(c for c in entries if c.subject.startswith("Factory GM reports"))
    plain: dict = {}
    for m in milestones.list_milestones(lead, KAYES):  # oldest first: the first of each kind
        if not m.restricted:
            plain.setdefault(m.kind.value, m)
    assert family_share.get_share(lead, "milestone", plain["public_statement"].id).wording == STATEMENT_WORDING
    reword(lead, "contact", factory.id, CONTACT_WORDING)
    reword(lead, "milestone", plain["travel_advisory"].id, HINDI_WORDING)
    reword(lead, "milestone", plain["incident"].id, None)  # said in its own title
    return {"lead": lead, "incident_title": plain["incident"].title, "path": demo_db.path}


def test_the_english_letter_holds_every_shared_wording_and_nothing_restricted_or_unshared(kayes, tmp_path):
    lead = kayes["lead"]
    target = tmp_path / "letter-en.pdf"
    issued = family_letter.issue_letter(lead, KAYES, "Subrat", target)  # preferred language: English
    # The incident, the two calls, the statement, the advisory, and his brother being held.
    assert issued.language == "en" and issued.entries == 6 and issued.kin_name == "Subrat Mohanty"
    assert target.stat().st_mode & 0o777 == 0o600
    text = pdftotext(target)
    flat = folded(text)
    for wording in (CONTACT_WORDING, STATEMENT_WORDING, kayes["incident_title"]):
        assert folded(wording) in flat, wording
    assert "dear subrat mohanty," in flat and "update on debasish mohanty" in flat
    assert "1 july 2025" in flat  # dates in words, the English way
    assert "debasish mohanty is being held." in flat  # his status, said by the template
    # No classification banner and no case reference: it is a letter to a family.
    assert "restricted" not in flat and "confidential" not in flat and KAYES.casefold() not in flat
    # The footer's reference is the audit chain head recorded with the letter.
    assert f"reference {issued.chain_head} · page 1" in flat
    entry = audit.list_entries(lead, audit.AuditFilter(case_reference=KAYES, action="family_letter.issue"), limit=1)[0]
    assert entry.after["chain_head"] == issued.chain_head and entry.after["sha256"] == issued.sha256
    assert entry.after["language"] == "en" and len(entry.after["entries"]) == 6

    restricted = restricted_strings(kayes["path"], KAYES)
    assert len(restricted) > 20  # the demo case has restricted contacts, demands, proofs of life, vetting
    pypdf_flat = folded(" ".join(p.extract_text() for p in PdfReader(str(target)).pages))
    for secret in restricted:
        assert folded(secret) not in flat and folded(secret) not in pypdf_flat, secret
        for sentence in sentences(secret):
            assert sentence not in flat, sentence
    for unshared in unshared_strings(kayes["path"], KAYES):
        assert folded(unshared) not in flat, unshared
    assert audit_chain.verify(lead.database).ok


def simple_words(text: str) -> list[str]:
    """The Devanagari words of ``text`` that a PDF gives back as typed: consonants,
    independent vowels and the vowel sign ा only. A conjunct, a vowel sign drawn before
    its consonant (ि) and signs that take another form next to some consonants (दू, की ...)
    are glyphs of their own, which come back as private-use code points (tests/pdf_helpers.py)."""
    plain = {"ा"} | {chr(c) for c in range(0x0905, 0x093A)}
    words = [w.strip("।,.") for w in text.split()]
    return [w for w in words if w and all(ch in plain for ch in w) and any("\u0900" <= ch <= "\u097f" for ch in w)]


def devanagari_letters(text: str) -> set[str]:
    return {ch for ch in text if "\u0905" <= ch <= "\u0939"}


def test_the_hindi_letter_is_in_devanagari_shaped_and_reads_back(kayes, tmp_path):
    lead = kayes["lead"]
    target = tmp_path / "letter-hi.pdf"
    issued = family_letter.issue_letter(lead, KAYES, "Sunita", target)  # preferred language: Hindi
    assert issued.language == "hi" and issued.entries == 6
    text = pdftotext(target)
    expected = [
        "हम आपको क्या बता सकते हैं",
        HINDI_WORDING,
        "आप किसी भी समय",
        "रवि कुमार वर्मा को बंधक बनाकर रखा गया है।",  # his status, said by the Hindi template
    ]
    words = {w.strip("।,.") for w in text.split()}
    for line in expected:
        checked = simple_words(line)
        assert checked, line
        for word in checked:
            assert word in words, (word, line)
    # Every letter of the dates (Hindi month names), her name and the subject is drawn.
    for line in ("1 जुलाई 2025", "आदरणीय सुनीता वर्मा जी,", "रवि कुमार वर्मा के बारे में जानकारी"):
        assert devanagari_letters(line) <= devanagari_letters(text), line
    flat = folded(text)
    assert folded(CONTACT_WORDING) in flat  # an English wording stays as written
    assert f"{issued.chain_head}" in flat
    reader = PdfReader(str(target))
    drawn = text_by_font(reader.pages[0])
    devanagari = drawn.get("NotoSansDevanagari-Regular", "") + drawn.get("NotoSansDevanagari-Bold", "")
    # Shaped: conjuncts and the reph of वर्मा are glyphs of their own (private use code points).
    assert any(unicodedata.category(ch) == "Co" for ch in devanagari)
    assert not any("\u0900" <= ch <= "\u097f" for ch in drawn.get("NotoSans-Regular", ""))
    assert missing_glyphs(reader.pages[0]) == {}
    for secret in restricted_strings(kayes["path"], KAYES):
        assert folded(secret) not in flat, secret


def test_no_template_for_the_preferred_language_says_so_and_offers_english(kayes, tmp_path):
    lead = kayes["lead"]
    options = family_letter.letter_options(lead, KAYES, "Lakshmi")
    assert options.preferred_language == "Telugu" and options.language is None
    assert options.languages == [("en", "English"), ("hi", "हिन्दी")]
    assert options.shareable == 6  # five about the whole case, and her husband being held
    with pytest.raises(family_letter.NoTemplateError, match=r"Telugu.*English \(--lang en\)"):
        family_letter.issue_letter(lead, KAYES, "Lakshmi", tmp_path / "te.pdf")
    assert not (tmp_path / "te.pdf").exists()
    issued = family_letter.issue_letter(lead, KAYES, "Lakshmi", tmp_path / "en.pdf", language="en")
    assert issued.language == "en"


def test_a_wording_that_repeats_restricted_text_is_refused_and_nothing_is_written(kayes, tmp_path):
    lead = kayes["lead"]
    secret = next(s for s in restricted_strings(kayes["path"], KAYES) if len(s) > 30)
    first_sentence = re.split(r"[.!?;\n]", secret)[0]
    ms = next(m for m in milestones.list_milestones(lead, KAYES) if m.kind.value == "public_statement")
    reword(lead, "milestone", ms.id, f"We can tell you: {first_sentence}.")
    with pytest.raises(RestrictedContentError, match="repeat restricted content"):
        family_letter.issue_letter(lead, KAYES, "Subrat", tmp_path / "leak.pdf")
    assert not (tmp_path / "leak.pdf").exists()


def test_the_period_and_the_team(kayes, make_ctx, tmp_path):
    lead = kayes["lead"]
    issued = family_letter.issue_letter(lead, KAYES, "Subrat", tmp_path / "a.pdf", start="2025-07-02", end="2025-07-02")
    assert issued.entries == 2  # the statement and the advisory of 2 July
    flat = folded(pdftotext(tmp_path / "a.pdf"))
    assert folded(STATEMENT_WORDING) in flat and folded(CONTACT_WORDING) not in flat
    outsider = ServiceContext(lead.database, actor_for(lead.database, OTHER_CASEWORKER))
    with pytest.raises(PermissionDeniedError, match="not on the team"):
        family_letter.issue_letter(outsider, KAYES, "Subrat", tmp_path / "b.pdf")


def test_every_template_holds_every_text_and_dates_are_written_its_way(tmp_path, monkeypatch):
    from datetime import date

    from consular.reports import letter_templates as lt

    found = lt.templates()
    assert list(found) == ["en", "hi"]
    for code, tmpl in found.items():
        assert set(tmpl.text) == set(lt.TEXT_KEYS) and set(tmpl.status) == set(lt.STATUS_KEYS), code
    assert lt.format_date(date(2025, 7, 1), found["hi"]) == "1 जुलाई 2025"
    assert lt.format_date(date(2025, 10, 22), found["en"]) == "22 October 2025"
    for said in ("Hindi", "hi", "HI-in", "हिन्दी", "हिंदी", "Marathi, Hindi"):
        assert lt.resolve(said) == "hi", said
    assert lt.resolve("English") == "en" and lt.resolve("Telugu") is None and lt.resolve("") is None
    # A template missing a text, or naming a placeholder the letter does not fill, is refused.
    broken = tmp_path / "letters"
    broken.mkdir()
    text = (lt.letters_dir() / "en.toml").read_text(encoding="utf-8")
    (broken / "en.toml").write_text(text.replace("{kin}", "{kin_name}"), encoding="utf-8")
    monkeypatch.setattr(lt, "letters_dir", lambda: broken)
    lt.templates.cache_clear()
    try:
        with pytest.raises(lt.TemplateError, match="salutation"):
            lt.templates()
    finally:
        lt.templates.cache_clear()
