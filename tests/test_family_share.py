"""Entries shareable with family: marking a contact, a milestone or a hostage status change,
the wording for the family, what can never be marked (restricted entries), what undoes a
marking (restricting the entry; voiding it drops it from every listing), who may mark, and the
audit rows and chain of every change."""

from __future__ import annotations

import pytest

from consular.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RestrictedContentError,
    ValidationError,
)
from consular.services import audit_chain, contacts, family_letter, family_share, milestones, people, voiding
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import CASEWORKER, OTHER_CASEWORKER, SUPERVISOR, VIEWER
from tests.fixtures_db import add_reference_data, sqlite_rows
from tests.service_helpers import add_hostage, audit_actions, audited, open_case, someone


@pytest.fixture
def case(ctx, make_ctx):
    ref = open_case(ctx).reference
    pid = add_hostage(ctx, ref).person.id
    other = add_hostage(ctx, ref, name="Debasish Mohanty", passport_number="Y2718281").person.id
    lead = make_ctx(CASEWORKER)
    with_whom = someone(ctx, ref)
    call = contacts.log_contact(
        lead,
        ref,
        occurred_at="2025-07-02 10:00",
        channel="phone",
        subject="Call with the factory manager",
        counterpart_ids=with_whom,
    )
    secret = contacts.log_contact(
        lead,
        ref,
        occurred_at="2025-07-03 10:00",
        channel="in_person",
        subject="Meeting with the go-between",
        notes="He says the group wants to talk through the imam of Diboli.",
        counterpart_ids=with_whom,
        restricted=True,
    )
    visit = milestones.add_milestone(
        lead,
        ref,
        kind="public_statement",
        occurred_at="2025-07-02 12:00",
        title="MEA statement condemning the abduction",
    )
    proof = milestones.add_milestone(
        lead,
        ref,
        kind="proof_of_life",
        occurred_at="2025-07-24 09:00",
        title="Video of the three",
        hostage_person_id=pid,
    )
    about_other = milestones.add_milestone(
        lead,
        ref,
        kind="other",
        occurred_at="2025-07-05 09:00",
        title="Mohanty's employer pays salary on",
        hostage_person_id=other,
    )
    status_id = sqlite_rows(
        ctx.database.path,
        "SELECT e.id FROM hostage_status_events e JOIN case_participants p ON p.id = e.participant_id "
        "WHERE p.person_id = ?",
        (pid,),
    )
    return {
        "ref": ref, "pid": pid, "other": other, "call": call, "secret": secret, "visit": visit,
        "proof": proof, "about_other": about_other, "lead": lead,
        "status_ids": [r[0] for r in status_id],
    }  # fmt: skip


def test_marking_an_entry_says_its_wording_and_is_audited_as_its_own_record(case):
    lead = case["lead"]
    with audited(lead, "family_share.mark"):
        share = family_share.mark(
            lead, "contact", case["call"].id, wording="  The factory manager told us the site is secure.  "
        )
    assert (share.kind, share.entry_id, share.wording) == (
        "contact",
        case["call"].id,
        "The factory manager told us the site is secure.",
    )
    assert share.marked_by == "Anjali Sharma" and share.version == 1
    # Marking is no correction of the contact: its text revision stays as it was.
    assert contacts.get_contact(lead, case["call"].id).revision == case["call"].revision

    with audited(lead, "family_share.mark"):
        family_share.mark(lead, "milestone", case["visit"].id)  # no wording: its title is said
    listed = family_share.shareable_entries(lead, case["ref"])
    assert [(e.kind, e.said) for e in listed] == [
        ("contact", "The factory manager told us the site is secure."),
        ("milestone", "MEA statement condemning the abduction"),
    ]
    assert listed[1].wording is None

    # A new wording is an edit of the marking, version-checked like other edits.
    with audited(lead, "family_share.edit"):
        changed = family_share.mark(lead, "contact", case["call"].id, wording="The site is secure.", expected_version=1)
    assert changed.version == 2 and changed.wording == "The site is secure."
    with pytest.raises(ConflictError, match="changed"):
        family_share.mark(lead, "contact", case["call"].id, wording="Stale", expected_version=1)
    assert family_share.get_share(lead, "contact", case["call"].id).wording == "The site is secure."

    with audited(lead, "family_share.unmark"):
        assert family_share.unmark(lead, "contact", case["call"].id, expected_version=2) is True
    assert family_share.get_share(lead, "contact", case["call"].id) is None
    assert family_share.unmark(lead, "contact", case["call"].id) is False
    assert [e.kind for e in family_share.shareable_entries(lead, case["ref"])] == ["milestone"]
    assert audit_chain.verify(lead.database).ok


def test_a_restricted_entry_can_never_be_marked(case):
    lead = case["lead"]
    before = audit_actions(lead)
    with pytest.raises(RestrictedContentError, match="restricted, so it can never be shared"):
        family_share.mark(lead, "contact", case["secret"].id, wording="We met someone")
    with pytest.raises(RestrictedContentError, match="restricted"):
        family_share.mark(lead, "milestone", case["proof"].id)  # proofs of life are always restricted
    assert audit_actions(lead) == before
    assert family_share.case_shares(lead, case["ref"]) == []
    with pytest.raises(ValidationError, match="contact, milestone or status"):
        family_share.mark(lead, "demand", 1)
    with pytest.raises(NotFoundError, match="no contact entry #9999"):
        family_share.mark(lead, "contact", 9999)


def test_restricting_a_marked_entry_takes_its_marking_off_in_the_same_change(case):
    lead = case["lead"]
    family_share.mark(lead, "contact", case["call"].id, wording="We spoke to the factory.")
    family_share.mark(lead, "milestone", case["visit"].id)
    entry = contacts.get_contact(lead, case["call"].id)
    contacts.edit_contact(lead, entry.id, expected_revision=entry.revision, restricted=True)
    assert family_share.get_share(lead, "contact", entry.id) is None
    actions = audit_actions(lead)
    assert actions[-2:] == ["contact.edit", "family_share.clear"]

    ms = milestones.get_milestone(lead, case["visit"].id)
    milestones.edit_milestone(lead, ms.id, expected_version=ms.version, restricted=True)
    assert family_share.get_share(lead, "milestone", ms.id) is None
    assert family_share.shareable_entries(lead, case["ref"]) == []
    # An edit that leaves it unrestricted keeps the marking.
    family_share.mark(lead, "milestone", case["about_other"].id)
    other = milestones.get_milestone(lead, case["about_other"].id)
    milestones.edit_milestone(lead, other.id, expected_version=other.version, title="Salary continues")
    assert [e.said for e in family_share.shareable_entries(lead, case["ref"])] == ["Salary continues"]
    assert audit_chain.verify(lead.database).ok


def test_a_voided_entry_drops_out_and_a_status_change_says_the_new_status(case):
    lead = case["lead"]
    status_id = case["status_ids"][0]
    family_share.mark(lead, "status", status_id)
    family_share.mark(lead, "milestone", case["about_other"].id, wording="His employer keeps paying his salary.")
    family_share.mark(lead, "contact", case["call"].id)
    # For one hostage's family: his status and the case's entries, not another hostage's.
    mine = family_share.shareable_entries(lead, case["ref"], hostage_person_id=case["pid"])
    assert [(e.kind, e.said) for e in mine] == [("status", "Held"), ("contact", "Call with the factory manager")]
    theirs = family_share.shareable_entries(lead, case["ref"], hostage_person_id=case["other"])
    assert [e.kind for e in theirs] == ["contact", "milestone"]

    voiding.void_entry(lead, "contact", case["call"].id, reason="Logged on the wrong case")
    assert [e.kind for e in family_share.shareable_entries(lead, case["ref"])] == ["status", "milestone"]
    with pytest.raises(ConflictError, match="voided"):
        family_share.mark(lead, "contact", case["call"].id, wording="again")
    # The marking stays in its history (the row's marker shows struck through).
    assert {s.kind for s in family_share.case_shares(lead, case["ref"])} == {"status", "milestone", "contact"}


def test_only_the_case_team_and_supervisors_mark(case, make_ctx):
    entry_id = case["call"].id
    with pytest.raises(PermissionDeniedError, match="viewer"):
        family_share.mark(make_ctx(VIEWER), "contact", entry_id)
    with pytest.raises(PermissionDeniedError, match="not on the team"):
        family_share.mark(make_ctx(OTHER_CASEWORKER), "contact", entry_id)
    with pytest.raises(PermissionDeniedError, match="not on the team"):
        family_share.unmark(make_ctx(OTHER_CASEWORKER), "contact", entry_id)
    assert family_share.mark(make_ctx(SUPERVISOR), "contact", entry_id).marked_by == "Vikram Iyer"
    # Reading the markings is open to everyone (they hold nothing restricted).
    assert len(family_share.case_shares(make_ctx(VIEWER), case["ref"])) == 1


def test_the_timeline_export_says_what_is_shareable_and_never_for_a_placeholder(case, tmp_path, make_ctx):
    import json

    import jsonschema

    from consular import paths
    from consular.services import timeline

    lead = case["lead"]
    family_share.mark(lead, "contact", case["call"].id)
    family_share.mark(lead, "status", case["status_ids"][0])
    target = tmp_path / "timeline.json"
    timeline.export_timeline(lead, case["ref"], "json", target)
    document = json.loads(target.read_text(encoding="utf-8"))
    schema = json.loads((paths.resources_dir() / "schemas" / "timeline.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
    shared = {e["id"] for e in document["events"] if e["shareable"]}
    assert shared == {f"contact:{case['call'].id}", f"hostage-status:{case['status_ids'][0]}"}
    # An outsider's export: the restricted entries are placeholders, and never shareable.
    outsider = make_ctx(OTHER_CASEWORKER)
    timeline.export_timeline(outsider, case["ref"], "json", tmp_path / "outside.json")
    events = json.loads((tmp_path / "outside.json").read_text(encoding="utf-8"))["events"]
    placeholders = [e for e in events if e["restricted"]]
    assert placeholders and not any(e["shareable"] for e in placeholders)


def test_check_seeds_refuses_family_on_restricted_and_personal_entries():
    import importlib.util

    from consular import paths

    spec = importlib.util.spec_from_file_location("check_seeds", paths.seeds_dir() / "check_seeds.py")
    check_seeds = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check_seeds)
    checker = check_seeds.Checker()
    assert checker.family("ok", {"family": "We spoke to the police."}) is True
    assert checker.family("own", {"family": True}) is True and checker.family("none", {}) is False
    assert checker.errors == []
    checker.family("secret", {"family": True, "restricted": True})
    checker.family("pol", {"family": True}, never="proofs of life are not shared")
    checker.family("bad", {"family": 3})
    assert [e.split(":")[0] for e in checker.errors] == ["secret", "pol", "bad"]


@pytest.mark.postgres
def test_marking_restricting_and_the_letter_on_postgres(pg_database, tmp_path):
    """The same rules on PostgreSQL: mark, change the wording, restricting clears the marking
    in the edit's transaction, and a letter in Hindi is written and audited; the chain verifies."""
    admin = add_reference_data(pg_database)
    ref = open_case(admin).reference
    pid = add_hostage(admin, ref, name_native="रवि कुमार वर्मा").person.id
    people.add_next_of_kin(
        admin, ref, hostage_person_id=pid, full_name="Sunita Verma", relationship="spouse", preferred_language="हिन्दी"
    )
    lead = ServiceContext(pg_database, actor_for(pg_database, CASEWORKER))
    call = contacts.log_contact(
        lead, ref, occurred_at="2025-07-02 10:00", channel="phone", subject="Call with the employer",
        counterpart_ids=someone(admin, ref),
    )  # fmt: skip
    share = family_share.mark(lead, "contact", call.id, wording="The employer called us.")
    family_share.mark(lead, "contact", call.id, wording="The employer keeps in touch.", expected_version=share.version)
    issued = family_letter.issue_letter(lead, ref, "sunita", tmp_path / "hi.pdf")
    assert issued.language == "hi" and issued.entries == 1 and (tmp_path / "hi.pdf").stat().st_mode & 0o777 == 0o600
    entry = contacts.get_contact(lead, call.id)
    contacts.edit_contact(lead, call.id, expected_revision=entry.revision, restricted=True)
    assert family_share.get_share(lead, "contact", call.id) is None
    assert family_share.shareable_entries(lead, ref) == []
    assert audit_chain.verify(pg_database).ok
