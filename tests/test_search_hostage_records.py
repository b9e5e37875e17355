"""Demands, proof-of-life questions and checks, and welfare reports are found by search, as
the records they are: restricted ones only by the case team (an outsider gets nothing, not
even a placeholder), never by a proof-of-life answer, and no longer once voided."""

from __future__ import annotations

import pytest

from consular.services import counterparts, demands, people, proof_of_life, search, voiding, welfare
from tests.demo_data import CASEWORKER, OTHER_CASEWORKER, VIEWER
from tests.fixtures_db import sqlite_rows
from tests.service_helpers import add_hostage, open_case


@pytest.fixture
def case(ctx):
    ref = open_case(ctx).reference
    pid = add_hostage(ctx, ref).person.id
    broker = counterparts.add_counterpart(ctx, ref, name="Mamadou Sissoko", category="intermediary")
    kin = people.add_next_of_kin(
        ctx, ref, hostage_person_id=pid, full_name="Sunita Verma", relationship="spouse", phone="+919829416058"
    )
    return {"ref": ref, "pid": pid, "broker": broker.id, "kin": kin.kin.id}


def found(ctx, words: str) -> list[tuple[str, int]]:
    return [(h.entity, h.entity_id) for h in search.search(ctx, words)]


def test_a_demand_is_found_by_its_words_and_intermediary_by_the_team_only(ctx, case, make_ctx):
    team = make_ctx(CASEWORKER)
    demand = demands.record_demand(
        team,
        case["ref"],
        received_at="2025-07-20T10:00",
        made_by="A man speaking for the group",
        kind="money",
        amount="500000",
        currency="EUR",
        details="Half a million euros for the three, within ten days.",
        via_counterpart_id=case["broker"],
        channel="phone",
    )
    assert found(team, "euros") == [("demand", demand.id)]
    [hit] = search.search(team, "Sissoko half")
    assert hit.entity == "demand" and hit.restricted and hit.why.startswith("Demand:")
    for outsider in (make_ctx(VIEWER), make_ctx(OTHER_CASEWORKER)):
        assert found(outsider, "euros") == []
        assert found(outsider, "speaking group") == []

    demands.respond(team, demand.id, response="referred", note="Passed to the crisis cell in Delhi")
    assert found(team, "crisis cell") == [("demand", demand.id)]
    voiding.void_entry(team, "demand", demand.id, reason="Entered on the wrong case")
    assert found(team, "euros") == []


def test_a_question_is_found_but_never_by_its_answer_and_a_check_goes_with_its_proof(ctx, case, make_ctx):
    team = make_ctx(CASEWORKER)
    question = proof_of_life.add_question(
        team,
        case["ref"],
        case["pid"],
        question="What was the name of the family's first dog?",
        expected_answer="Moti",
        agreed_with_person_id=case["kin"],
    )
    assert found(team, "first dog") == [("pol_question", question.id)]
    proof = proof_of_life.record_proof_of_life(
        team,
        case["ref"],
        case["pid"],
        occurred_at="2025-07-24T18:20",
        description="Audio message through the intermediary",
        medium="audio",
        question_id=question.id,
        answer_received="Moti",
        answer_matched=True,
        assessment="genuine",
        assessment_basis="Voice matched by the brother; answer correct",
    )
    assert found(team, "Moti") == []
    [(check_id,)] = sqlite_rows(
        ctx.database.path, "SELECT id FROM proof_of_life_checks WHERE milestone_id = ?", (proof.id,)
    )
    assert ("pol_check", check_id) in found(team, "voice matched brother")
    # The question became "used": its document says so.
    assert sqlite_rows(
        ctx.database.path,
        "SELECT body FROM search_documents WHERE entity = 'pol_question' AND entity_id = ?",
        (question.id,),
    ) == [("Used",)]
    assert found(make_ctx(OTHER_CASEWORKER), "first dog") == []
    assert found(make_ctx(OTHER_CASEWORKER), "voice matched") == []

    proof_of_life.assess(team, proof.id, assessment="doubtful", basis="Background noise suggests a recording")
    assert found(team, "voice matched brother") == []
    assert ("pol_check", check_id) in found(team, "background noise recording")
    voiding.void_entry(team, "milestone", proof.id, reason="Recorded twice")
    assert found(team, "background noise recording") == []


def test_a_welfare_report_is_found_by_its_medication_needs_as_restricted_as_it_is(ctx, case, make_ctx):
    team = make_ctx(CASEWORKER)
    report = welfare.record_welfare(
        team,
        case["ref"],
        case["pid"],
        occurred_at="2025-08-02T09:00",
        summary="Employer relays news of his health",
        condition="poor",
        medication_needs="Insulin, twice daily",
        supply_arranged=False,
    )
    assert found(team, "insulin") == [("milestone", report.id)]
    assert found(make_ctx(VIEWER), "insulin") == [("milestone", report.id)]
    hidden = welfare.record_welfare(
        team,
        case["ref"],
        case["pid"],
        occurred_at="2025-08-09T09:00",
        summary="Second report",
        condition="critical",
        medication_needs="Antimalarial course",
        restricted=True,
    )
    assert found(team, "antimalarial") == [("milestone", hidden.id)]
    assert found(make_ctx(VIEWER), "antimalarial") == []
