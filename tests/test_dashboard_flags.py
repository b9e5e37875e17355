"""The dashboard's held nationals carry the proof-of-life and medical flags: no verified proof
of life for longer than the setting, medical needs with no welfare news for longer than the
other setting. Proofs of life are restricted: outside the case team, a national who has any
is not flagged and no date is given (that one has none at all anyone may know, as on the
brief); the same rule holds for the case's own views."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consular.domain.medical import has_medical_needs
from consular.services import cases, dashboard, proof_of_life, welfare
from consular.services.context import ServiceContext
from tests.demo_data import CASEWORKER, OTHER_CASEWORKER, VIEWER
from tests.service_helpers import add_hostage, open_case


@pytest.fixture
def case(ctx):
    ref = open_case(ctx).reference
    ill = add_hostage(ctx, ref, medical_needs="Type 2 diabetes, on metformin twice daily").person.id
    well = add_hostage(ctx, ref, "Debasish Mohanty", passport_number="Z7306544", medical_needs="None known.").person.id
    return {"ref": ref, "ill": ill, "well": well}


def held(ctx, ref):
    return {h.person_id: h for h in dashboard.dashboard(ctx).held if h.reference == ref}


def test_flags_follow_verified_proofs_and_welfare_news(ctx, case, make_ctx):
    team = make_ctx(CASEWORKER)
    board = held(team, case["ref"])
    ill, well = board[case["ill"]], board[case["well"]]
    assert ill.proof_of_life_overdue and ill.medical_watch_overdue and ill.last_verified_proof_of_life is None
    assert ill.flags_text() == "no verified proof of life yet; medical needs, no welfare news for " + (
        f"{ill.days_without_welfare} days"
    )
    assert well.proof_of_life_overdue and not well.medical_watch_overdue  # "None known." is no need

    yesterday = (team.now() - timedelta(days=1)).isoformat(timespec="minutes")
    proof = proof_of_life.record_proof_of_life(
        team, case["ref"], case["ill"], occurred_at=yesterday, description="Video via the intermediary", medium="video"
    )
    assert held(team, case["ref"])[case["ill"]].proof_of_life_overdue  # received, not yet verified
    proof_of_life.assess(team, proof.id, assessment="genuine", basis="Recognised by his wife; date on a newspaper")
    ill = held(team, case["ref"])[case["ill"]]
    assert not ill.proof_of_life_overdue and ill.last_verified_proof_of_life == proof.occurred_at
    assert ill.days_without_proof == 1 and ill.medical_watch_overdue

    welfare.record_welfare(team, case["ref"], None, occurred_at=yesterday, summary="All three seen by a visitor")
    ill = held(team, case["ref"])[case["ill"]]
    assert not ill.medical_watch_overdue and not ill.flagged and ill.flags_text() == ""


def test_outside_the_team_a_national_with_proofs_is_not_flagged_and_no_date_is_given(ctx, case, make_ctx):
    team = make_ctx(CASEWORKER)
    long_ago = (team.now() - timedelta(days=40)).isoformat(timespec="minutes")
    proof = proof_of_life.record_proof_of_life(
        team, case["ref"], case["ill"], occurred_at=long_ago, description="Photo", medium="photo"
    )
    proof_of_life.assess(team, proof.id, assessment="genuine", basis="Metadata and background checked")
    assert held(team, case["ref"])[case["ill"]].proof_of_life_overdue  # 40 days > 14 for the team
    for name in (VIEWER, OTHER_CASEWORKER):
        outsider = make_ctx(name)
        board = held(outsider, case["ref"])
        ill, well = board[case["ill"]], board[case["well"]]
        assert not ill.proof_of_life_overdue and ill.last_verified_proof_of_life is None
        assert ill.days_without_proof == 0 and "proof of life" not in ill.flags_text()
        assert ill.medical_watch_overdue  # the date of the last welfare news is not restricted
        assert well.proof_of_life_overdue  # none at all: anyone may know
        views = {p.person.id: p for p in cases.get_case(outsider, case["ref"]).hostages}
        assert views[case["ill"]].proof_of_life_withheld and views[case["ill"]].last_proof_of_life is None
        assert views[case["ill"]].last_verified_proof_of_life is None
        assert not views[case["ill"]].proof_of_life_overdue(14) and views[case["ill"]].proof_of_life_age_days() is None
        assert not views[case["well"]].proof_of_life_withheld and views[case["well"]].proof_of_life_overdue(14)
    mine = {p.person.id: p for p in cases.get_case(team, case["ref"]).hostages}
    assert not mine[case["ill"]].proof_of_life_withheld
    assert mine[case["ill"]].last_verified_proof_of_life == proof.occurred_at


def test_the_alert_settings_move_the_flags(ctx, case, make_ctx):
    team = make_ctx(CASEWORKER)
    recent = (team.now() - timedelta(days=5)).isoformat(timespec="minutes")
    welfare.record_welfare(team, case["ref"], case["ill"], occurred_at=recent, summary="Reported weak")
    assert not held(team, case["ref"])[case["ill"]].medical_watch_overdue
    strict = ServiceContext(team.database, team.actor, replace(team.settings, welfare_alert_days=3), team.clock)
    assert held(strict, case["ref"])[case["ill"]].medical_watch_overdue


@pytest.mark.parametrize(
    "text",
    ["None", "none known.", "  N/A ", "Nil", "No known conditions", "no medical needs", "NONE KNOWN!", "n.a."],
)
def test_a_field_that_only_says_none_is_no_medical_need(text):
    assert not has_medical_needs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Type 2 diabetes",
        "None known before the incident. After release: dehydration",
        "Hypertension, on amlodipine 5 mg daily",
        "मधुमेह",
        "No insulin with him",
        "⼀",
    ],
)
def test_anything_more_is_a_need(text):
    assert has_medical_needs(text)


@given(st.text(max_size=200))
def test_empty_or_blank_is_no_need_and_the_check_never_fails(text):
    result = has_medical_needs(text)
    assert isinstance(result, bool)
    # Compatibility forms count as what they stand for: the Kangxi radical "⼀" is the CJK
    # character "一" once normalised, a word and so a need.
    if not any(c.isalnum() for c in unicodedata.normalize("NFKC", text)):
        assert not result
