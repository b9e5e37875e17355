"""Proof of life in depth: the question bank agreed with a family, the check of each proof,
"last verified", need-to-know and the audit trail."""

from __future__ import annotations

import sqlite3

import pytest

from consular.domain.enums import PolAssessment, PolQuestionState
from consular.domain.errors import ConflictError, PermissionDeniedError
from consular.services import audit_chain, cases, people, proof_of_life, voiding
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import CASEWORKER, DELTA, KAYES, OTHER_CASEWORKER, SUPERVISOR, VIEWER
from tests.service_helpers import add_hostage, audit_actions, audited, aware, open_case, refused


@pytest.fixture
def case(ctx):
    ref = open_case(ctx).reference
    pid = add_hostage(ctx, ref).person.id
    kin = people.add_next_of_kin(
        ctx,
        ref,
        hostage_person_id=pid,
        full_name="Sunita Verma",
        relationship="spouse",
        phone="+919829416058",
        preferred_channel="phone",
        contact_every_days=3,
        plan_channel="phone",
        plan_owner=CASEWORKER,
    )
    return {"ref": ref, "pid": pid, "kin": kin.kin.id}


def agreed_question(ctx, case, text="What did the family call its first scooter?", answer="Bijli"):
    return proof_of_life.add_question(
        ctx, case["ref"], case["pid"], question=text, expected_answer=answer, agreed_with_person_id=case["kin"]
    )


def test_a_question_moves_from_drafted_to_agreed_to_used_and_a_compromised_one_stays_so(ctx, case):
    ref, pid = case["ref"], case["pid"]
    with audited(ctx, "pol_question.add"):
        drafted = proof_of_life.add_question(ctx, ref, pid, question="First school's headmaster?", expected_answer="?")
    assert drafted.state == PolQuestionState.DRAFTED and drafted.agreed_with is None
    with refused(ctx, "agreed_with_person_id", "which next of kin"):
        proof_of_life.update_question(ctx, drafted.id, state="agreed", expected_version=drafted.version)
    agreed = proof_of_life.update_question(
        ctx,
        drafted.id,
        state="agreed",
        agreed_with_person_id=case["kin"],
        expected_answer="Mr Panda",
        expected_version=drafted.version,
    )
    assert agreed.state == PolQuestionState.AGREED and agreed.agreed_with == "Sunita Verma"
    assert agreed.expected_answer == "Mr Panda" and agreed.agreed_at is not None
    assert agreed.version == drafted.version + 1

    # milestone, its "tell the family" item, its check, and the question now used
    with audited(ctx, "pol_question.edit", count=4):
        proof = proof_of_life.record_proof_of_life(
            ctx,
            ref,
            pid,
            occurred_at="2025-07-24T18:20",
            description="38-second audio",
            medium="audio",
            question_id=agreed.id,
            answer_received="Mr Panda",
            answer_matched=True,
        )
    assert audit_actions(ctx)[-4:] == ["milestone.add", "tell_item.open", "pol_check.add", "pol_question.edit"]
    assert proof.question == "First school's headmaster?" and proof.answer_matched is True
    [used] = proof_of_life.list_questions(ctx, ref, pid)
    assert used.state == PolQuestionState.USED
    with refused(ctx, "question_id", "only a question agreed with the family"):
        proof_of_life.record_proof_of_life(
            ctx, ref, pid, occurred_at="2025-07-25T10:00", description="again", medium="audio", question_id=used.id
        )
    with refused(ctx, "question", "part of the record"):
        proof_of_life.update_question(ctx, used.id, question="Changed", expected_version=used.version)
    gone = proof_of_life.update_question(ctx, used.id, state="compromised", expected_version=used.version)
    with refused(ctx, "state", "stays compromised"):
        proof_of_life.update_question(ctx, gone.id, state="agreed", expected_version=gone.version)


def test_an_answer_needs_its_question_and_a_verdict_needs_its_basis(ctx, case):
    ref, pid = case["ref"], case["pid"]
    q = agreed_question(ctx, case)
    with refused(ctx, "question_id", "Say which agreed question"):
        proof_of_life.record_proof_of_life(
            ctx, ref, pid, occurred_at="2025-07-24T18:20", description="x", answer_received="Bijli"
        )
    with refused(ctx, "answer_matched", "matched"):
        proof_of_life.record_proof_of_life(
            ctx, ref, pid, occurred_at="2025-07-24T18:20", description="x", question_id=q.id, answer_received="B"
        )
    with refused(ctx, "assessment_basis", "rests on"):
        proof_of_life.record_proof_of_life(
            ctx, ref, pid, occurred_at="2025-07-24T18:20", description="x", assessment="genuine"
        )
    with refused(ctx, "medium", "not a known"):
        proof_of_life.record_proof_of_life(ctx, ref, pid, occurred_at="2025-07-24T18:20", description="x", medium="fax")
    another_hostage = add_hostage(ctx, ref, "Srinivas Gaddam").person.id
    with refused(ctx, "question_id", "not in this national's question bank"):
        proof_of_life.record_proof_of_life(
            ctx, ref, another_hostage, occurred_at="2025-07-24T18:20", description="x", question_id=q.id
        )


def test_only_a_proof_assessed_genuine_is_the_last_verified_one(ctx, case):
    ref, pid = case["ref"], case["pid"]
    first = proof_of_life.record_proof_of_life(
        ctx, ref, pid, occurred_at="2025-07-10T09:00", description="Photo with a newspaper", medium="photo"
    )
    hostage = cases.get_case(ctx, ref).hostages[0]
    assert hostage.last_proof_of_life == aware(2025, 7, 10, 9, 0)
    assert hostage.last_verified_proof_of_life is None  # pending proves nothing yet

    assessed = proof_of_life.assess(
        ctx, first.id, assessment="genuine", basis="Newspaper of 9 July legible", expected_version=first.check_version
    )
    assert assessed.verified and assessed.assessed_by == ctx.actor.display_name
    assert cases.get_case(ctx, ref).hostages[0].last_verified_proof_of_life == aware(2025, 7, 10, 9, 0)

    later = proof_of_life.record_proof_of_life(
        ctx,
        ref,
        pid,
        occurred_at="2025-07-20T09:00",
        description="Video",
        medium="video",
        claimed_at="2025-07-19T12:00",
        assessment="doubtful",
        assessment_basis="Voice unclear",
    )
    hostage = cases.get_case(ctx, ref).hostages[0]
    assert hostage.last_proof_of_life == aware(2025, 7, 20, 9, 0)
    assert hostage.last_verified_proof_of_life == aware(2025, 7, 10, 9, 0)
    assert later.claimed_at == aware(2025, 7, 19, 12, 0)

    with pytest.raises(ConflictError, match="changed"):
        proof_of_life.assess(ctx, first.id, assessment="false", basis="x", expected_version=first.check_version)
    voiding.void_entry(ctx, "milestone", first.id, reason="The photo was from 2023")
    assert cases.get_case(ctx, ref).hostages[0].last_verified_proof_of_life is None
    assert [p.id for p in proof_of_life.history(ctx, ref, pid)] == [later.id]
    assert [p.id for p in proof_of_life.history(ctx, ref, pid, include_voided=True)] == [later.id, first.id]


def test_outside_the_team_the_bank_and_the_checks_show_only_that_they_exist(ctx, case, make_ctx):
    ref, pid = case["ref"], case["pid"]
    q = agreed_question(ctx, case, answer="Bijli-the-secret")
    proof_of_life.record_proof_of_life(
        ctx,
        ref,
        pid,
        occurred_at="2025-07-24T18:20",
        description="Audio naming the scooter",
        medium="audio",
        question_id=q.id,
        answer_received="Bijli-the-secret",
        answer_matched=True,
    )
    for outsider in (make_ctx(VIEWER), make_ctx(OTHER_CASEWORKER)):
        [bank] = proof_of_life.list_questions(outsider, ref)
        assert bank.withheld and "Bijli" not in repr(bank) and "scooter" not in repr(bank)
        [seen] = proof_of_life.history(outsider, ref)
        assert seen.withheld and seen.occurred_at == aware(2025, 7, 24, 18, 20)
        assert "Bijli" not in repr(seen) and "scooter" not in repr(seen)
    with pytest.raises(PermissionDeniedError, match="not on the team"):
        proof_of_life.add_question(make_ctx(OTHER_CASEWORKER), ref, pid, question="q", expected_answer="a")
    with pytest.raises(PermissionDeniedError, match=r"read-only|not on the team|may not"):
        proof_of_life.add_question(make_ctx(VIEWER), ref, pid, question="q", expected_answer="a")
    # The team reads it, and the read is audited.
    lead = make_ctx(CASEWORKER)
    assert proof_of_life.list_questions(lead, ref)[0].expected_answer == "Bijli-the-secret"
    assert audit_actions(ctx)[-1] == "read.restricted"


def test_the_audit_chain_covers_questions_and_checks_and_notices_a_quiet_edit(ctx, case):
    q = agreed_question(ctx, case)
    proof = proof_of_life.record_proof_of_life(
        ctx,
        case["ref"],
        case["pid"],
        occurred_at="2025-07-24T18:20",
        description="Audio",
        medium="audio",
        question_id=q.id,
        answer_received="Bijli",
        answer_matched=True,
        assessment="genuine",
        assessment_basis="Answer right; voice matches",
    )
    assert audit_chain.verify(ctx.database).ok
    connection = sqlite3.connect(ctx.database.path)
    with connection:
        connection.execute("UPDATE proof_of_life_checks SET assessment = 'false' WHERE milestone_id = ?", (proof.id,))
        connection.execute("UPDATE pol_questions SET expected_answer = 'Chetak' WHERE id = ?", (q.id,))
    connection.close()
    report = audit_chain.verify(ctx.database)
    assert not report.ok
    named = {(p.entity, p.entity_id) for p in report.problems}
    assert ("pol_question", q.id) in named and any(entity == "pol_check" for entity, _ in named)


@pytest.fixture
def demo_ctx(demo_db) -> ServiceContext:
    return ServiceContext(demo_db, actor_for(demo_db, SUPERVISOR))


@pytest.fixture
def make_demo(demo_db):
    return lambda username: ServiceContext(demo_db, actor_for(demo_db, username))


def test_the_demo_seeds_the_kayes_question_bank_and_an_assessed_delta_proof(demo_ctx):
    bank = proof_of_life.list_questions(demo_ctx, KAYES)
    states = sorted(q.state.value for q in bank)
    assert states == ["agreed", "agreed", "drafted", "used"]
    [kayes_proof] = proof_of_life.history(demo_ctx, KAYES)
    assert kayes_proof.assessment == PolAssessment.PENDING and kayes_proof.answer_matched is True
    verma = next(h for h in cases.get_case(demo_ctx, KAYES).hostages if "Verma" in h.name)
    assert verma.last_proof_of_life is not None and verma.last_verified_proof_of_life is None
    [mathew] = cases.get_case(demo_ctx, DELTA).hostages
    assert mathew.last_verified_proof_of_life is not None
    assert mathew.last_verified_proof_of_life == mathew.last_proof_of_life


def test_the_brief_shows_verification_and_the_overdue_flag_only_to_those_who_see_the_proofs(
    demo_ctx, tmp_path, make_demo
):
    from pypdf import PdfReader

    from consular.services import briefs

    def text(path):
        return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)

    team = briefs.issue_brief(demo_ctx, KAYES, tmp_path / "team.pdf", since="2025-07-01", include_restricted=True)
    shown = text(team.path)
    assert "(not verified)" in shown and "NONE VERIFIED FOR OVER 14 DAYS" in shown
    full = briefs.brief_data(demo_ctx, KAYES, since="2025-07-01", include_restricted=True)
    verma = next(h for h in full.hostages if "Verma" in h.name)
    assert verma.last_proof_of_life is not None and verma.last_verified_proof_of_life is None
    assert verma.proof_of_life_overdue

    outsider = make_demo(VIEWER)
    plain = briefs.issue_brief(outsider, KAYES, tmp_path / "viewer.pdf", since="2025-07-01")
    assert "Verified:" not in text(plain.path)
    data = {h.name: h for h in briefs.brief_data(outsider, KAYES, since="2025-07-01").hostages}
    # Verma's proof is restricted: whether it was believed is not worked out for an outsider.
    verma = data["Ravi Kumar Verma"]
    assert verma.proof_of_life_withheld and not verma.proof_of_life_overdue
    assert verma.last_verified_proof_of_life is None and verma.last_proof_of_life is None
    # Gaddam has no proof of life at all, which anyone may know: he is flagged for everyone.
    assert data["Srinivas Gaddam"].proof_of_life_overdue
