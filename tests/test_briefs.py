"""Status briefs: what the PDF says (read back with pypdf), redaction, the record of briefs
issued, the period logic, bad input, hostile text and a case with 5,000 contacts."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, insert, select

from consular.cli.main import main as cli_main
from consular.db.engine import open_database
from consular.db.models import BriefRecord, ContactCounterpart, ContactEntry, User
from consular.domain.errors import NotFoundError, ValidationError
from consular.domain.masking import Redactor
from consular.domain.validation import format_phone
from consular.reports.brief_data import short_hash
from consular.services import (
    audit,
    briefs,
    cases,
    contacts,
    counterparts,
    milestones,
    people,
)
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import KAYES, LOME, SUPERVISOR
from tests.fixtures_db import copy_database
from tests.pdf_helpers import has_joined_forms, letters, logical_arabic, text_by_font
from tests.service_helpers import someone

REF = KAYES
# The demo case's log runs to 25 July 2025; briefs "as of" that evening see all of it.
AS_OF = datetime(2025, 7, 25, 18, 0, tzinfo=UTC)
HOSTAGES = ["Srinivas Gaddam", "Debasish Mohanty", "Ravi Kumar Verma"]
RESTRICTED_SUBJECT = "Gendarmerie vetting of the intermediary's number"
RESTRICTED_NOTE_FRAGMENT = "registered to a man with a market stall"
LATEST_VISIBLE_MILESTONE = "Second-hand report via the employer that the three are alive (unverified)"
RESTRICTED_MILESTONE = "Audio message attributed to R. K. Verma, with correct answer to a family question"
MEDIA_SUMMARY = "Media enquiry (The Deccan Ledger) about reports of a ransom demand"
# Next of kin of the demo cases whose names are written in scripts other than Devanagari.
TELUGU_KIN = {"Lakshmi Gaddam": "గడ్డం లక్ష్మి"}
ODIA_KIN = {"Bijay Kumar Mohanty": "ବିଜୟ କୁମାର ମହାନ୍ତି", "Subrat Mohanty": "ସୁବ୍ରତ ମହାନ୍ତି"}
LOME_REF = LOME
URDU_NAMES = {
    "Mohammed Irfan Shaikh": "محمد عرفان شیخ",
    "Shabnam Shaikh": "شبنم شیخ",
    "Abdul Rashid Shaikh": "عبدالرشید شیخ",
}


# --- fixtures -------------------------------------------------------------------------------


@pytest.fixture
def demo_ctx(demo_db) -> ServiceContext:
    """The supervisor of the Kayes case, on a private copy of the demo database
    (``demo_db`` comes from tests/fixtures_db.py)."""
    return ServiceContext(demo_db, actor_for(demo_db, SUPERVISOR))


@pytest.fixture(scope="module")
def shared_ctx(demo_template, tmp_path_factory) -> ServiceContext:
    """The Kayes supervisor on a copy of the demo database shared by the tests that only
    read the briefs below (issuing each once saves seconds per test)."""
    folder = tmp_path_factory.mktemp("shared-briefs")
    database = open_database(copy_database(demo_template, folder / "demo.db"))
    yield ServiceContext(database, actor_for(database, SUPERVISOR))
    database.dispose()


@pytest.fixture(scope="module")
def demo_brief(shared_ctx, tmp_path_factory):
    """(result, pages) of the demo case's brief since 1 July, as of 25 July. Read only."""
    return issue(shared_ctx, tmp_path_factory.mktemp("demo-brief"), since="2025-07-01")


@pytest.fixture(scope="module")
def restricted_brief(shared_ctx, tmp_path_factory):
    """The same brief with restricted entries included. Read only."""
    return issue(shared_ctx, tmp_path_factory.mktemp("restricted-brief"), since="2025-07-01", include_restricted=True)


@pytest.fixture(scope="module")
def redacted_brief(shared_ctx, tmp_path_factory):
    """A redacted brief since 1 June. Read only."""
    return issue(shared_ctx, tmp_path_factory.mktemp("redacted-brief"), since="2025-06-01", redact=True)


def pdf_pages(path: Path) -> list[str]:
    """Each page's text with runs of whitespace folded to one space (lines wrap anywhere)."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages]


def issue(demo_ctx, tmp_path, name="brief.pdf", *, ref=REF, **options):
    options.setdefault("as_of", AS_OF)
    result = briefs.issue_brief(demo_ctx, ref, tmp_path / name, **options)
    return result, pdf_pages(result.path)


def case_identifiers(demo_ctx) -> dict[str, list[str]]:
    """Every sensitive value recorded on the demo case, in the forms it could be printed."""
    detail = cases.get_case(demo_ctx, REF)
    found: dict[str, list[str]] = {"passport": [], "id": [], "phone": [], "email": [], "dob": [], "address": []}
    for p in detail.participants:
        person = p.person
        found["passport"] += [person.passport_number] if person.passport_number else []
        found["id"] += [i.value for i in person.identifiers]
        found["phone"] += [person.phone] if person.phone else []
        found["email"] += [person.email] if person.email else []
        found["dob"] += [person.date_of_birth.isoformat()] if person.date_of_birth else []
    for kin in detail.next_of_kin:
        found["phone"] += [kin.phone] if kin.phone else []
        found["email"] += [kin.email] if kin.email else []
        found["address"] += [kin.address] if kin.address else []
    for c in detail.counterparts:
        found["phone"] += [c.phone] if c.phone else []
        found["email"] += [c.email] if c.email else []
    phones = []
    for number in found["phone"]:
        phones += [number, number.lstrip("+"), format_phone(number)]
    found["phone"] = phones
    return found


def assert_absent(text: str, values: list[str]) -> None:
    squashed = text.replace(" ", "")
    for value in values:
        assert value not in text, value
        assert value.replace(" ", "") not in squashed, value


# --- content ---------------------------------------------------------------------------------


def test_demo_brief_says_what_a_supervisor_needs(demo_brief):
    result, pages = demo_brief
    text = " ".join(pages)
    assert result.page_count == len(pages) >= 2
    assert REF in text and "Status brief" in text
    assert "Three Indian nationals taken hostage at Diamond Cement Factory, Kayes" in text
    for name in HOSTAGES:
        assert name in text
    assert "CONFIDENTIAL" in pages[0]
    # Key developments newest first: the latest visible milestone before the incident itself.
    assert LATEST_VISIBLE_MILESTONE in text
    assert text.index(LATEST_VISIBLE_MILESTONE) < text.index(
        "Armed attack on Diamond Cement Factory, Kayes; three Indian nationals taken hostage"
    )
    assert MEDIA_SUMMARY in text
    assert "3 held, 0 released" in text
    assert "Days since incident 24" in text
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert page.count("CONFIDENTIAL") >= 2  # marking at top and bottom
        assert result.short_hash in page
    # Family liaison and tasks, with overdue flags.
    assert "Lakshmi Gaddam" in text and "Agreed every 2 days by phone" in text
    assert "OVERDUE" in text
    assert "Send photographs and physical descriptions of the three to the MFA" in text
    # Restricted material is left out by default, and the brief says how much.
    assert RESTRICTED_SUBJECT not in text and RESTRICTED_MILESTONE not in text
    assert "restricted contact entries are not included" in text


def test_a_withheld_fact_is_never_printed_as_absent(shared_ctx, demo_brief, restricted_brief, redacted_brief):
    """Verma's only proof of life and the only contact with the military are restricted: a
    brief that leaves restricted entries out says they are on record, never "none"."""
    data = briefs.brief_data(shared_ctx, REF, since="2025-07-01", as_of=AS_OF)
    verma = next(h for h in data.hostages if h.name == "Ravi Kumar Verma")
    assert verma.last_proof_of_life is None and verma.proof_of_life_withheld
    military = next(c for c in data.summary.last_contact_authorities if c.label == "Military")
    assert military.at is None and military.withheld
    assert data.developments_withheld >= 1 and data.restricted_withheld >= 1
    for _result, pages in (demo_brief, redacted_brief):
        text = " ".join(pages)
        row = text[text.index("Ravi Kumar Verma") : text.index("Key developments")]
        assert "On record (restricted)" in row and "None recorded" not in row.split("Ravi Kumar Verma")[1][:200]
        assert "Military: on record (restricted)" in text and "Military: none recorded" not in text
        assert "restricted: date only" in text
    assert "Ravi Kumar Verma" in " ".join(redacted_brief[1])
    # With restricted entries included, the facts themselves are printed.
    full = briefs.brief_data(shared_ctx, REF, since="2025-07-01", as_of=AS_OF, include_restricted=True)
    verma = next(h for h in full.hostages if h.name == "Ravi Kumar Verma")
    assert verma.last_proof_of_life is not None and not verma.proof_of_life_withheld
    assert not any(c.withheld for c in full.summary.last_contact_authorities)
    assert "On record (restricted)" not in " ".join(restricted_brief[1])


def test_a_withheld_task_or_earlier_development_is_said_to_be_on_record(demo_ctx, tmp_path):
    from consular.services.contacts import FollowUp

    contacts.log_contact(
        demo_ctx,
        REF,
        counterpart_ids=someone(demo_ctx, REF),
        occurred_at="2025-07-25T08:00",
        channel="phone",
        subject="Intermediary call",
        restricted=True,
        follow_up=FollowUp("Check the intermediary's second number", None, "2025-07-26T10:00"),
    )
    # The audio proof of life (24 July 18:20, restricted) is the latest development before 25 July.
    data = briefs.brief_data(demo_ctx, REF, since="2025-07-25", as_of=AS_OF)
    assert not data.developments and data.latest_before_withheld
    assert data.latest_development_before.title != RESTRICTED_MILESTONE
    titles = [t.title for t in data.tasks]
    assert "On record (restricted)" in titles and "Check the intermediary's second number" not in titles
    full = briefs.brief_data(demo_ctx, REF, since="2025-07-25", as_of=AS_OF, include_restricted=True)
    assert "Check the intermediary's second number" in [t.title for t in full.tasks]
    assert not full.latest_before_withheld and len(full.tasks) == len(data.tasks)
    _, pages = issue(demo_ctx, tmp_path, since="2025-07-25")
    text = " ".join(pages)
    assert "Latest development before the period: on record (restricted)." in text
    assert "second number" not in text


def test_next_of_kin_names_print_in_their_own_scripts(demo_brief):
    result, pages = demo_brief
    reader = PdfReader(str(result.path))
    page = next(i for i, text in enumerate(pages) if "Family liaison" in text)
    text = pages[page]
    assert "script]" not in text  # no "[Telugu script]" stand-in
    # Shaped Telugu and Odia do not extract as typed (see tests/pdf_helpers.py), so check
    # that each name's own font drew letters of those names, and only those.
    drawn = text_by_font(reader.pages[page])
    for kin, fonts in ((TELUGU_KIN, "NotoSansTelugu"), (ODIA_KIN, "NotoSansOriya")):
        for latin in kin:
            assert latin in text
        in_font = letters(drawn.get(f"{fonts}-Regular", ""))
        typed = letters("".join(kin.values()))
        first_letters = {word[0] for name in kin.values() for word in name.split()}
        assert first_letters <= in_font <= typed, fonts
    # Devanagari names are still there, and extract as typed.
    assert "सुनीता" in text and "महेश" in text


def test_urdu_names_print_joined_and_right_to_left(shared_ctx, tmp_path):
    result, pages = issue(shared_ctx, tmp_path, ref=LOME_REF, since="2025-05-01")
    text = " ".join(pages)
    assert "[Arabic script]" not in text
    # pypdf gives the letters as drawn, in their joined forms (which only shaping makes),
    # in reading order when the words were drawn right to left; drawn left to right, the
    # words of each name would come out in the reverse order.
    assert has_joined_forms(text)
    for latin, urdu in URDU_NAMES.items():
        assert latin in text
        assert urdu in logical_arabic(text), latin
    reader = PdfReader(str(result.path))
    assert any("NotoNaskhArabic-Regular" in text_by_font(page) for page in reader.pages)


def test_accented_place_names_survive(demo_ctx, tmp_path):
    contacts.log_contact(
        demo_ctx,
        REF,
        counterpart_ids=someone(demo_ctx, REF),
        occurred_at="2025-07-24T09:00",
        channel="phone",
        subject="Call with the prefect of Ségou and Koulikoro about Kayes convoys",
    )
    _, pages = issue(demo_ctx, tmp_path)
    assert "Call with the prefect of Ségou and Koulikoro about Kayes convoys" in " ".join(pages)


def test_include_restricted_shows_restricted_entries_marked(restricted_brief):
    result, pages = restricted_brief
    text = " ".join(pages)
    assert RESTRICTED_SUBJECT in text
    assert RESTRICTED_MILESTONE in text
    assert "INCLUDES RESTRICTED ENTRIES" in text
    assert "RESTRICTED " + RESTRICTED_SUBJECT in text
    assert result.include_restricted


def test_redacted_brief_has_no_identifiers_or_restricted_text(shared_ctx, redacted_brief):
    result, pages = redacted_brief
    text = " ".join(pages)
    for page in pages:
        assert "REDACTED" in page
    ids = case_identifiers(shared_ctx)
    assert ids["passport"] and ids["phone"] and ids["email"] and ids["dob"]
    for values in ids.values():
        assert_absent(text, values)
    assert RESTRICTED_SUBJECT not in text
    assert RESTRICTED_NOTE_FRAGMENT not in text
    assert RESTRICTED_MILESTONE not in text
    # Still useful: the people and the facts are there.
    for name in HOSTAGES:
        assert name in text
    assert MEDIA_SUMMARY in text
    assert result.redacted


def test_redaction_scrubs_identifiers_typed_into_free_text(demo_ctx, tmp_path):
    detail = cases.get_case(demo_ctx, REF)
    gaddam = next(p.person for p in detail.participants if p.person.full_name == "Srinivas Gaddam")
    lakshmi = next(k for k in detail.next_of_kin if k.kin.full_name == "Lakshmi Gaddam")
    dob = gaddam.date_of_birth
    subject = (
        f"Passport {gaddam.passport_number}, born {dob.day:02d}/{dob.month:02d}/{dob.year}, "
        f"wife on {format_phone(lakshmi.phone)} or {lakshmi.email}; "
        f"unknown caller +44 20 7946 0958, passport K7654321, mail tip@example.net"
    )
    contacts.log_contact(
        demo_ctx,
        REF,
        counterpart_ids=someone(demo_ctx, REF),
        occurred_at="2025-07-24T09:00",
        channel="phone",
        subject=subject,
    )
    milestones.add_milestone(
        demo_ctx,
        REF,
        kind="other",
        occurred_at="2025-07-24T10:00",
        title=f"Employee ID {gaddam.identifiers[0].value} confirmed",
        description=f"Date of birth {dob.isoformat()}; call {lakshmi.phone}.",
    )
    first, plain = issue(demo_ctx, tmp_path, "plain.pdf")
    assert gaddam.passport_number in " ".join(plain)

    _, pages = issue(demo_ctx, tmp_path, "redacted.pdf", redact=True, replaces=first.record_id)
    text = " ".join(pages)
    assert_absent(
        text,
        [
            gaddam.passport_number,
            lakshmi.email,
            lakshmi.phone,
            format_phone(lakshmi.phone),
            "+44 20 7946 0958",
            "K7654321",
            "tip@example.net",
            dob.isoformat(),
            f"{dob.day:02d}/{dob.month:02d}/{dob.year}",
            gaddam.identifiers[0].value,
        ],
    )
    assert "[passport no. redacted]" in text and "[phone redacted]" in text
    assert "[e-mail redacted]" in text and "[date of birth redacted]" in text
    # Dates and times that are not identifiers stay readable.
    assert "24 Jul" in text


def test_redactor_keeps_ordinary_numbers():
    redact = Redactor()
    text = "Met on 2025-07-11 at 09:30; 150,000 FCFA asked; 14 nationals; ref BAM-2025-0001; 3 500 000 CFA"
    assert redact(text) == text
    assert redact("call +223 76 41 08 21 now") == "call [phone redacted] now"


def test_draft_watermark_and_letter_size(demo_ctx, tmp_path, demo_brief):
    result, pages = issue(demo_ctx, tmp_path, draft=True, page_size="Letter")
    assert all("DRAFT" in page for page in pages)
    width = float(PdfReader(str(result.path)).pages[0].mediabox.width)
    assert round(width) == 612  # US Letter
    plain, plain_pages = demo_brief
    assert not any("DRAFT" in page for page in plain_pages)
    assert round(float(PdfReader(str(plain.path)).pages[0].mediabox.width)) == 595  # A4


# --- record of briefs issued and the period ---------------------------------------------------


def test_issue_records_the_brief_with_the_footer_hash(demo_ctx, demo_db, tmp_path):
    result, pages = issue(demo_ctx, tmp_path, since="2025-07-18")
    with demo_db.session() as session:
        record = session.scalars(select(BriefRecord)).one()
        assert record.sha256 == result.sha256 and len(record.sha256) == 64
        assert record.page_count == result.page_count == len(pages)
        assert record.file_name == str(result.path)
        assert record.issued_by_id == demo_ctx.actor.user_id
    footer = re.search(r"Content SHA-256 ([0-9a-f]{12})", pages[-1]).group(1)
    assert footer == short_hash(record.sha256) == result.short_hash
    # The hash is of the content: the same brief data gives the same hash.
    again = briefs.brief_data(demo_ctx, REF, since="2025-07-18", as_of=AS_OF)
    assert again.content_hash() == record.sha256
    trail = audit.audit_trail(demo_ctx, REF, limit=5)
    assert trail[0].action == "brief.issue" and trail[0].after["sha256"] == result.sha256
    listed = briefs.list_briefs(demo_ctx, REF)
    assert [b.sha256 for b in listed] == [result.sha256]
    assert listed[0].issued_by == "Vikram Iyer"


def test_period_runs_from_the_previous_brief(demo_ctx, tmp_path):
    first_as_of = AS_OF - timedelta(days=3)
    first = briefs.brief_data(demo_ctx, REF, as_of=first_as_of)
    assert first.period_start == first_as_of - timedelta(days=7)
    assert first.period_basis.startswith("Last 7 days")
    briefs.issue_brief(demo_ctx, REF, tmp_path / "first.pdf", as_of=first_as_of)
    # A draft is not a brief that was sent: it does not move the start of the next period.
    briefs.issue_brief(demo_ctx, REF, tmp_path / "draft.pdf", as_of=AS_OF - timedelta(days=1), draft=True)

    second = briefs.brief_data(demo_ctx, REF, as_of=AS_OF)
    assert second.period_start == first_as_of and second.period_end == AS_OF
    assert second.period_basis.startswith("Since the previous brief")
    # Only what happened since the first brief is listed as new.
    subjects = [line.subject for g in second.contact_groups for line in g.lines]
    assert "Coordination with MEA after the item received on 24 July" in subjects
    assert "Media enquiry (The Deccan Ledger) about reports of a ransom demand" not in subjects
    # --since overrides.
    chosen = briefs.brief_data(demo_ctx, REF, as_of=AS_OF, since="2025-07-01")
    assert chosen.period_start == datetime(2025, 7, 1, tzinfo=UTC)
    assert len(briefs.list_briefs(demo_ctx, REF)) == 2


def test_bad_input_gives_typed_errors_and_writes_nothing(demo_ctx, demo_db, tmp_path):
    target = tmp_path / "x.pdf"
    with pytest.raises(NotFoundError):
        briefs.issue_brief(demo_ctx, "BAM-1999-0099", target)
    with pytest.raises(ValidationError) as exc:
        briefs.issue_brief(demo_ctx, REF, target, since=(datetime.now(UTC) + timedelta(days=2)).date().isoformat())
    assert exc.value.field == "since"
    with pytest.raises(ValidationError) as exc:
        briefs.issue_brief(demo_ctx, REF, target, redact=True, include_restricted=True)
    assert exc.value.field == "include_restricted" and "redacted brief never includes restricted" in str(exc.value)
    with pytest.raises(ValidationError):
        briefs.issue_brief(demo_ctx, REF, target, since="18/07/2025")
    with pytest.raises(ValidationError) as exc:
        briefs.issue_brief(demo_ctx, REF, target, page_size="A3")
    assert exc.value.field == "page_size"
    with pytest.raises(ValidationError) as exc:
        briefs.issue_brief(demo_ctx, REF, tmp_path / "missing" / "x.pdf")
    assert exc.value.field == "path"
    with pytest.raises(ValidationError):
        briefs.brief_data(demo_ctx, REF, as_of=datetime(2025, 7, 25, 18, 0))  # naive
    assert not target.exists()
    assert briefs.list_briefs(demo_ctx, REF) == []


def test_a_failed_rename_leaves_no_half_file_and_the_record_says_so(demo_ctx, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "brief.pdf"
    target.write_bytes(b"the brief issued yesterday")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(briefs.os, "replace", broken_replace)
    from consular.domain.errors import DiskFullError

    with pytest.raises(DiskFullError):
        briefs.issue_brief(demo_ctx, REF, target, as_of=AS_OF)
    assert target.read_bytes() == b"the brief issued yesterday"
    assert sorted(p.name for p in folder.iterdir()) == ["brief.pdf"]
    # The rename comes after the record is committed, so the record says the file never arrived.
    [record] = briefs.list_briefs(demo_ctx, REF)
    assert "disk is full" in record.delivery_error
    trail = audit.audit_trail(demo_ctx, REF, limit=2)
    assert [a.action for a in trail] == ["brief.issue.failed", "brief.issue"]


# --- hostile text and scale ---------------------------------------------------------------------


def test_hostile_text_renders_escaped_and_long_notes_split_across_pages(demo_ctx, tmp_path):
    hostile = '<b>not bold</b> & <font name="Nope">x</font> <br/> <script>alert(1)</script> &amp;'
    contacts.log_contact(
        demo_ctx,
        REF,
        counterpart_ids=someone(demo_ctx, REF),
        occurred_at="2025-07-24T08:00",
        channel="message",
        subject=hostile,
    )
    odd = (
        "Arabic مرحبا بالعالم, Hebrew שלום, Telugu గడ్డం లక్ష్మి, emoji 🙂🚨, "
        "RTL override \u202egnp.exe\u202c, zero\u200bwidth, combining e\u0301, CJK 北京, "
        "Devanagari रवि कुमार वर्मा, minus −3.5"
    )
    contacts.log_contact(
        demo_ctx,
        REF,
        counterpart_ids=someone(demo_ctx, REF),
        occurred_at="2025-07-24T08:30",
        channel="message",
        subject=odd[:300],
    )
    marker = "Welfare-paragraph-word"
    words = " ".join(f"{marker} {i} of the long note &<>" for i in range(9000))
    long_note = (words[:99_000] + " " + "X" * 1000)[:100_000]
    milestones.add_milestone(
        demo_ctx,
        REF,
        kind="welfare_report",
        occurred_at="2025-07-24T12:00",
        title="Very long welfare note <i>with markup</i>",
        description=long_note,
    )
    people.add_person(demo_ctx, REF, role="witness", full_name="O'Brien <Jr> & Sons 🙂")

    result, pages = issue(demo_ctx, tmp_path)
    text = " ".join(pages)
    assert '<b>not bold</b> & <font name="Nope">x</font>' in text
    assert "<script>alert(1)</script> &amp;" in text
    assert "Very long welfare note <i>with markup</i>" in text
    assert "Ségou" not in text  # nothing invented
    # Scripts a shipped font draws are printed (Arabic joined, right to left); the others
    # become a marker naming the script rather than empty boxes.
    assert "مرحبا بالعالم" in logical_arabic(text)
    assert "[Arabic script]" not in text and "[Telugu script]" not in text
    assert "[Hebrew script]" in text and "[Chinese/Japanese script]" in text
    assert "□" not in text
    on_pages = [i for i, page in enumerate(pages) if marker in page]
    assert len(on_pages) >= 2, "a long note must flow over the page end, not overflow or vanish"
    # ... up to about two pages: the brief says where the rest is rather than print 20 pages.
    assert "[cut; full text in the case record]" in text
    assert result.page_count <= 8


def _busy_case(demo_ctx, database, count: int, as_of: datetime) -> str:
    """A case with ``count`` contacts in the week before ``as_of`` (bulk-inserted)."""
    case = cases.open_case(
        demo_ctx,
        post_code="BAM",
        title="Synthetic busy case",
        kind="abduction",
        incident_at="2025-06-01T08:00+00:00",
        incident_country="ML",
        incident_town="Ségou",
    )
    people.add_person(
        demo_ctx, case.reference, role="hostage", full_name="Synthetic Hostage", date_of_birth="1980-01-01"
    )
    cats = [
        "host_government",
        "police",
        "military",
        "employer",
        "family",
        "media",
        "ngo",
        "other_government",
        "intermediary",
        "other",
    ]
    ids = [counterparts.add_counterpart(demo_ctx, case.reference, name=f"Counterpart {c}", category=c).id for c in cats]
    with database.session(write=True) as session:  # reads, then writes: begun as a write
        user_id = session.scalar(select(User.id).where(User.username == SUPERVISOR))
        start_id = (session.scalar(select(func.max(ContactEntry.id))) or 0) + 1
        rows, links = [], []
        for n in range(count):
            at = as_of - timedelta(minutes=2 * (n + 1))
            rows.append(
                {
                    "id": start_id + n,
                    "case_id": case.id,
                    "occurred_at": at,
                    "duration_minutes": 10,
                    "channel": "phone",
                    "direction": "outgoing",
                    "subject": f"Synthetic contact number {n} about the convoy and the family",
                    "notes": "Long notes " * 50,
                    "outcome": None,
                    "follow_up_needed": n % 7 == 0,
                    "restricted": n % 13 == 0,
                    "recorded_at": at,
                    "recorded_by_id": user_id,
                    "updated_at": at,
                    "revision": 1,
                }
            )
            links.append({"contact_id": start_id + n, "counterpart_id": ids[n % len(ids)]})
            if n % 3 == 0:
                links.append({"contact_id": start_id + n, "counterpart_id": ids[(n + 4) % len(ids)]})
        session.execute(insert(ContactEntry), rows)
        session.execute(insert(ContactCounterpart), links)
    return case.reference


@pytest.mark.slow
def test_five_thousand_contacts_give_a_short_readable_brief(demo_ctx, demo_db, tmp_path):
    reference = _busy_case(demo_ctx, demo_db, 5000, AS_OF)
    data = briefs.brief_data(demo_ctx, reference, as_of=AS_OF, since=AS_OF - timedelta(days=7))
    restricted = len(range(0, 5000, 13))
    assert data.contacts_total == 5000 - restricted
    assert data.restricted_withheld == restricted
    assert all(len(g.lines) <= briefs.MAX_LINES_PER_CATEGORY for g in data.contact_groups)
    assert sum(g.count for g in data.contact_groups) > 5000 - restricted  # some have two categories
    result = briefs.issue_brief(
        demo_ctx, reference, tmp_path / "busy.pdf", as_of=AS_OF, since=AS_OF - timedelta(days=7)
    )
    pages = pdf_pages(result.path)
    assert result.page_count < 15
    text = " ".join(pages)
    assert f"Contacts in the period ({5000 - restricted:,} shown, {restricted:,} restricted: date only)" in text
    assert re.search(r"and [\d,]+ more contacts in this category", text)
    assert "Synthetic contact number 1 about the convoy" in text  # the newest are listed
    assert "Synthetic contact number 4000 " not in text


# --- command line -----------------------------------------------------------------------------------


def test_cli_writes_a_brief_and_prints_path_pages_and_hash(demo_db, tmp_path, capsys, demo_password_file, monkeypatch):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))
    db = str(demo_db.path)
    out = tmp_path / "cli.pdf"
    code = cli_main(["--db", db, "--user", SUPERVISOR, "brief", REF, "-o", str(out), "--since", "2025-07-18"])
    printed = capsys.readouterr().out
    assert code == 0
    assert str(out) in printed
    record = briefs.list_briefs(ServiceContext(demo_db, actor_for(demo_db, SUPERVISOR)), REF)[0]
    assert f"content SHA-256 {record.short_hash}" in printed
    assert f"{record.page_count} pages" in printed
    assert REF in " ".join(pdf_pages(out))

    code = cli_main(
        [
            "--db",
            db,
            "--user",
            SUPERVISOR,
            "brief",
            REF,
            "-o",
            str(tmp_path / "b.pdf"),
            "--redact",
            "--include-restricted",
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and "redacted brief never includes restricted entries" in err
    assert "Traceback" not in err and not (tmp_path / "b.pdf").exists()

    code = cli_main(["--db", db, "--user", SUPERVISOR, "brief", REF, "--list"])
    assert code == 0 and record.short_hash in capsys.readouterr().out


def test_a_missing_national_is_missing_for_days_in_the_brief_and_cases_show(demo_ctx, demo_db, tmp_path, capsys):
    """A national unaccounted for is not known to be held: the brief and ``cases show`` say
    "missing for N days", never "N days in captivity", "held" or "unaccounted for, N days"."""
    ravi = next(p for p in cases.get_case(demo_ctx, REF).hostages if p.name == "Ravi Kumar Verma")
    people.change_hostage_status(
        demo_ctx, REF, ravi.person.id, "unaccounted", effective_at="2025-07-20T06:00+00:00", note="Not seen since"
    )
    data = briefs.brief_data(demo_ctx, REF, since="2025-07-01", as_of=AS_OF)
    row = next(h for h in data.hostages if h.name == "Ravi Kumar Verma")
    assert (row.missing, row.days_in_captivity, row.days_missing) == (True, None, 24)
    assert row.situation == "missing for 24 days"
    assert (data.summary.hostages_held, data.summary.hostages_missing) == (2, 1)

    _result, pages = issue(demo_ctx, tmp_path, since="2025-07-01")
    text = " ".join(pages)
    assert "missing for 24 days" in text
    assert "held for 24 days" in text  # the two still held
    assert "2 held, 1 missing, 0 released" in text
    assert "3 held" not in text and "in captivity" not in text and "Nationals held" not in text

    code = cli_main(["--db", str(demo_db.path), "--user", SUPERVISOR, "--as-of", "2025-07-25", "cases", "show", REF])
    shown = capsys.readouterr().out
    assert code == 0
    [line] = [ln for ln in shown.splitlines() if "Ravi Kumar Verma — " in ln]
    assert "missing for 24 days" in line
    assert "captivity" not in shown and "held for" not in line
