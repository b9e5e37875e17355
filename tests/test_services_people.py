"""People in a case: hostages (status history, days in captivity, proof of life), other
people, next of kin with contact plans, and the text rules every name goes through."""

from __future__ import annotations

import unicodedata
from datetime import timedelta

import pytest

from consular.domain.enums import HostageStatus, ParticipantRole
from consular.domain.errors import PermissionDeniedError
from consular.domain.repatriation import ITEM_ORDER
from consular.domain.timeutil import utcnow
from consular.services import cases, contacts, milestones, people, proof_of_life, search
from tests.demo_data import CASEWORKER, VIEWER
from tests.service_helpers import (
    add_hostage,
    audit_count,
    audited,
    aware,
    open_case,
    refused,
)


@pytest.fixture
def ref(ctx):
    return open_case(ctx).reference


def test_add_hostage_with_native_script_name_and_identifiers(ctx, ref):
    with audited(ctx, "person.add"):
        hostage = people.add_person(
            ctx,
            ref,
            role="hostage",
            full_name="Ravi Kumar Verma",
            name_native="रवि कुमार वर्मा",
            date_of_birth="1993-01-09",
            nationality="in",
            passport_number="x 1618033",
            phone="+223 66 31 87 40",
            languages=["Hindi", "English", "Hindi"],
            identifiers=[{"kind": "Employee ID", "value": "DCF-KYS-0688"}],
        )
    person = hostage.person
    assert person.name_native == "रवि कुमार वर्मा"
    assert (person.nationality, person.passport_number, person.phone) == ("IN", "X1618033", "+22366318740")
    assert person.languages == "Hindi, English"
    assert [(i.kind, i.value) for i in person.identifiers] == [("Employee ID", "DCF-KYS-0688")]
    assert hostage.role == ParticipantRole.HOSTAGE and hostage.hostage_status == HostageStatus.HELD
    assert hostage.hostage_status_since == cases.get_case(ctx, ref).incident_at
    # The person is found by the name in Devanagari, and by passport number.
    assert [h.entity for h in search.search(ctx, "वर्मा")] == ["person"]
    assert [h.entity for h in search.search(ctx, "कुमा")] == ["person"]  # prefix of a whole word
    assert search.search(ctx, "मार") == []  # the middle of "कुमार" is not a word of its own
    assert search.search(ctx, "X1618033")[0].reference == ref


def test_names_are_normalised_and_control_characters_dropped(ctx, ref):
    decomposed = "Jose\u0301 Mari\u0301a\u0007 Pe\u0301rez\u0000"
    hostage = add_hostage(ctx, ref, name=decomposed, notes="Line one\r\nLine two\x1b[31m")
    assert hostage.person.full_name == "José María Pérez"
    assert unicodedata.is_normalized("NFC", hostage.person.full_name)
    assert hostage.person.notes == "Line one\nLine two[31m"
    # Zero-width joiners are part of some names and are kept.
    joined = add_hostage(ctx, ref, name="Test Name", name_native="क्\u200dष", passport_number="Z1234567")
    assert joined.person.name_native == "क्\u200dष"


@pytest.mark.parametrize(
    "field, value, match",
    [
        ("full_name", "", "name is required"),
        ("full_name", "N" * 301, "limit is 300"),
        ("medical_needs", "x" * 20_001, "20,001 characters long; the limit is 20,000"),
        ("passport_number", "AB-12", "not a passport number"),
        ("date_of_birth", "02/11/1979", "YYYY-MM-DD"),
        ("date_of_birth", "2999-01-01", "future"),
        ("nationality", "Indian-ish", "ISO 3166"),
        ("phone", "call me", "not a phone number"),
        ("email", "not-an-address", "not an e-mail"),
        ("shoe_size", "44", "Unknown person field"),
    ],
)
def test_add_person_refusals_name_the_field(ctx, ref, field, value, match):
    values = {"role": "hostage", "full_name": "Ravi Verma", field: value}
    with refused(ctx, field, match):
        people.add_person(ctx, ref, **values)


def test_add_person_other_refusals(ctx, ref):
    with refused(ctx, "role", "not a known role"):
        people.add_person(ctx, ref, role="captor", full_name="X")
    with refused(ctx, "initial_status", "held or unaccounted"):
        people.add_person(ctx, ref, role="hostage", full_name="X", initial_status="released")
    hostage = add_hostage(ctx, ref)
    with refused(ctx, "person_id", "already in"):
        people.add_person(ctx, ref, role="witness", person_id=hostage.person.id)


def test_witness_has_no_hostage_status(ctx, ref):
    witness = people.add_person(ctx, ref, role="witness", full_name="Anil Yadav")
    assert witness.hostage_status is None and witness.days_in_captivity() is None
    assert cases.case_summary(ctx, ref).hostages_total == 0


def test_hostage_status_history_and_derived_days_in_captivity(ctx, ref):
    hostage = add_hostage(ctx, ref)
    pid = hostage.person.id
    assert hostage.days_in_captivity(now=aware(2025, 7, 11, 6, 0)) == 10
    # The release also opens the repatriation checklist (tests/test_repatriation.py) and a
    # "tell the family" item: their entries too.
    with audited(ctx, "hostage.status", count=3 + 2 * len(ITEM_ORDER)):
        released = people.change_hostage_status(
            ctx,
            ref,
            pid,
            "released",
            effective_at="2025-07-20T18:00:00+00:00",
            note="Handed over to the gendarmerie",
            source="Gendarmerie Kayes",
            confirm_name=hostage.person.full_name,
        )
    assert released.hostage_status == HostageStatus.RELEASED
    assert [e.status for e in released.status_history] == [HostageStatus.HELD, HostageStatus.RELEASED]
    # Captivity ended on release: the count stops there however late we look.
    assert released.days_in_captivity(now=aware(2030, 1, 1)) == 19
    summary = cases.case_summary(ctx, ref)
    assert (summary.hostages_held, summary.hostages_total) == (0, 1)


def test_hostage_status_refusals(ctx, ref):
    pid = add_hostage(ctx, ref).person.id
    witness = people.add_person(ctx, ref, role="witness", full_name="Anil Yadav").person.id
    name = cases.get_case(ctx, ref).hostages[0].name
    confirmed = {"source": "Gendarmerie", "confirm_name": name}
    with refused(ctx, "effective_at", "before the incident"):
        people.change_hostage_status(ctx, ref, pid, "released", effective_at="2025-06-01T00:00:00+00:00", **confirmed)
    with refused(ctx, "effective_at", "future"):
        people.change_hostage_status(ctx, ref, pid, "released", effective_at=utcnow() + timedelta(days=1), **confirmed)
    with refused(ctx, "status", "already recorded as held"):
        people.change_hostage_status(ctx, ref, pid, "held", effective_at="2025-07-02T00:00:00+00:00")
    with refused(ctx, "status", "not a known hostage status"):
        people.change_hostage_status(ctx, ref, pid, "on holiday")
    with refused(ctx, "person_id", "not a national held"):
        people.change_hostage_status(ctx, ref, witness, "released", **confirmed)


def test_missing_person_starts_unaccounted_for(ctx, ref):
    missing = people.add_person(
        ctx,
        ref,
        role="hostage",
        full_name="Aditya Deshpande",
        initial_status="unaccounted",
        held_since="2025-07-01T09:00",
        held_note="Last seen on the ridge",
    )
    assert missing.hostage_status == HostageStatus.UNACCOUNTED
    assert missing.status_history[0].note == "Last seen on the ridge"
    # Missing is not held: the faces say "missing for N days", never "N days in captivity".
    assert missing.days_in_captivity(now=aware(2025, 7, 3, 9, 0)) is None
    assert missing.days_missing(now=aware(2025, 7, 3, 9, 0)) == 2
    assert missing.missing_since == missing.status_history[0].effective_at
    assert missing.situation_label(now=aware(2025, 7, 3, 9, 0)) == "missing for 2 days"


def test_proof_of_life_is_a_restricted_milestone_tied_to_the_hostage(ctx, ref):
    pid = add_hostage(ctx, ref).person.id
    # the milestone, its "tell the family" item and its check, in one transaction
    with audited(ctx, "pol_check.add", count=3):
        pol = proof_of_life.record_proof_of_life(
            ctx, ref, pid, occurred_at="2025-07-24T18:20", description="38-second audio; answered the family's question"
        )
    milestone = milestones.get_milestone(ctx, pol.id)
    assert milestone.kind.value == "proof_of_life" and milestone.restricted and pol.hostage_person_id == pid
    assert pol.title == "Proof of life: Ravi Kumar Verma"
    hostage = cases.get_case(ctx, ref).hostages[0]
    assert hostage.last_proof_of_life == aware(2025, 7, 24, 18, 20)
    witness = people.add_person(ctx, ref, role="witness", full_name="Anil Yadav").person.id
    with refused(ctx, "person_id", "not a national held"):
        proof_of_life.record_proof_of_life(ctx, ref, witness, occurred_at="2025-07-24T18:20", description="x")


def test_next_of_kin_with_contact_plan_and_overdue_derivation(ctx, ref):
    pid = add_hostage(ctx, ref).person.id
    with audited(ctx, "kin.add", count=2):  # and the first liaison officer's assignment
        kin = people.add_next_of_kin(
            ctx,
            ref,
            hostage_person_id=pid,
            full_name="Sunita Verma",
            name_native="सुनीता वर्मा",
            relationship="spouse",
            phone="+919829416058",
            preferred_language="Hindi",
            preferred_channel="phone",
            contact_every_days=3,
            plan_channel="phone",
            plan_owner=CASEWORKER,
            may_share="Confirmed facts only",
        )
    assert kin.plan_text() == "Agreed every 3 days by phone (Anjali Sharma)"
    assert kin.is_overdue()  # nothing logged yet
    # The relative is a person in the case and a family counterpart contacts can name.
    detail = cases.get_case(ctx, ref)
    assert [p.role for p in detail.participants] == [ParticipantRole.HOSTAGE, ParticipantRole.NEXT_OF_KIN]
    assert [(c.name, c.category.value) for c in detail.counterparts] == [("Sunita Verma", "family")]
    called = utcnow() - timedelta(days=1)
    contacts.log_contact(
        ctx,
        ref,
        occurred_at=called,
        channel="phone",
        subject="Scheduled family call",
        counterpart_ids=[kin.counterpart_id],
    )
    kin = people.list_next_of_kin(ctx, ref)[0]
    assert kin.last_contact_at == called
    assert not kin.is_overdue()
    assert kin.is_overdue(now=called + timedelta(days=3, minutes=1))
    assert kin.next_contact_due == called + timedelta(days=3)
    with audited(ctx, "kin.plan"):
        changed = people.set_contact_plan(ctx, kin.id, contact_every_days=7, plan_channel="message")
    assert changed.plan_text() == "Agreed every 7 days by message (Anjali Sharma)"


def test_next_of_kin_refusals(ctx, ref):
    pid = add_hostage(ctx, ref).person.id
    base = {"hostage_person_id": pid, "full_name": "Sunita Verma", "relationship": "spouse"}
    with refused(ctx, "contact_every_days", "outside 1…365"):
        people.add_next_of_kin(ctx, ref, **base, contact_every_days=0)
    with refused(ctx, "preferred_channel", "not a known contact channel"):
        people.add_next_of_kin(ctx, ref, **base, preferred_channel="carrier pigeon")
    with refused(ctx, "relationship", "required"):
        people.add_next_of_kin(ctx, ref, **{**base, "relationship": " "})
    with refused(ctx, "plan_owner", "no user"):
        people.add_next_of_kin(ctx, ref, **base, plan_owner="nobody")
    witness = people.add_person(ctx, ref, role="witness", full_name="Anil Yadav").person.id
    with refused(ctx, "person_id", "not a national held"):
        people.add_next_of_kin(ctx, ref, **{**base, "hostage_person_id": witness})


def test_edit_person_updates_every_case_and_the_index(ctx, ref):
    hostage = add_hostage(ctx, ref)
    with audited(ctx, "person.edit"):
        people.edit_person(ctx, hostage.person.id, full_name="Ravi K. Verma", occupation="Electrician")
    assert cases.get_case(ctx, ref).hostages[0].person.occupation == "Electrician"
    assert search.search(ctx, "electrician")[0].entity == "person"


def test_viewer_cannot_add_people(ctx, make_ctx, ref):
    before = audit_count(ctx)
    with pytest.raises(PermissionDeniedError):
        add_hostage(make_ctx(VIEWER), ref)
    assert audit_count(ctx) == before


def test_dashboard_lists_families_whose_contact_plan_is_overdue(ctx, ref):
    from consular.services import dashboard

    pid = add_hostage(ctx, ref).person.id
    cases.change_status(ctx, ref, "active", "confirmed")
    due = people.add_next_of_kin(
        ctx, ref, hostage_person_id=pid, full_name="Sunita Verma", relationship="spouse", contact_every_days=3
    )
    fine = people.add_next_of_kin(
        ctx, ref, hostage_person_id=pid, full_name="Mahesh Verma", relationship="brother", contact_every_days=7
    )
    contacts.log_contact(
        ctx,
        ref,
        occurred_at=utcnow() - timedelta(days=1),
        channel="message",
        subject="Update",
        counterpart_ids=[fine.counterpart_id],
    )
    board = dashboard.dashboard(ctx)
    assert [(f.reference, f.liaison.id) for f in board.family_overdue] == [(ref, due.id)]
    assert [h.name for h in board.held] == ["Ravi Kumar Verma"]
