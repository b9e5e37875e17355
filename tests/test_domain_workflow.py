"""domain.workflow on its own: which status changes a case may make, and what is said when not."""

from __future__ import annotations

import itertools

import pytest

from consular.domain.enums import CaseStatus
from consular.domain.errors import ValidationError
from consular.domain.workflow import allowed_transitions, check_transition, is_reopening

OPEN, ACTIVE, RESOLVED, CLOSED = CaseStatus.OPEN, CaseStatus.ACTIVE, CaseStatus.RESOLVED, CaseStatus.CLOSED
# The workflow as a caseworker learns it: forward, and back to active to reopen.
EXPECTED = {
    (OPEN, ACTIVE),
    (OPEN, RESOLVED),
    (OPEN, CLOSED),
    (ACTIVE, RESOLVED),
    (ACTIVE, CLOSED),
    (RESOLVED, CLOSED),
    (RESOLVED, ACTIVE),
    (CLOSED, ACTIVE),
}


@pytest.mark.parametrize("current,new", list(itertools.product(CaseStatus, CaseStatus)))
def test_every_pair_of_statuses(current, new):
    if (current, new) in EXPECTED:
        check_transition(current, new)  # no error
        assert new in allowed_transitions(current)
    else:
        with pytest.raises(ValidationError) as raised:
            check_transition(current, new)
        assert raised.value.field == "status"
        assert new not in allowed_transitions(current)


def test_refusal_says_where_the_case_can_go():
    with pytest.raises(
        ValidationError, match="cannot go from active to open; from active it can go to: resolved, closed"
    ):
        check_transition(ACTIVE, OPEN)
    with pytest.raises(ValidationError, match="already closed"):
        check_transition(CLOSED, CLOSED)


def test_allowed_transitions_are_in_workflow_order():
    for status in CaseStatus:
        allowed = allowed_transitions(status)
        assert allowed == sorted(allowed, key=list(CaseStatus).index)
    assert allowed_transitions(OPEN) == [ACTIVE, RESOLVED, CLOSED]


def test_only_going_back_to_active_from_resolved_or_closed_is_reopening():
    reopenings = {(c, n) for c, n in itertools.product(CaseStatus, CaseStatus) if is_reopening(c, n)}
    assert reopenings == {(RESOLVED, ACTIVE), (CLOSED, ACTIVE)}
