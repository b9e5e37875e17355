"""The family update log on PostgreSQL: a proof of life opens its item, the dashboard's one
query lists it (and only for the case team), a family update closes it and is found by search,
and an officer change is recorded. Needs CONSULAR_TEST_PG_URL (.ci/pg-start)."""

from __future__ import annotations

import pytest

from consular.domain.enums import TellKind
from consular.services import dashboard, family_updates, liaison_officers, people, proof_of_life, search
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import CASEWORKER, OTHER_CASEWORKER
from tests.fixtures_db import add_reference_data
from tests.service_helpers import add_hostage, open_case

pytestmark = pytest.mark.postgres


def test_family_log_on_postgres(pg_database):
    ctx = add_reference_data(pg_database)
    ref = open_case(ctx).reference
    ravi = add_hostage(ctx, ref).person.id
    people.add_next_of_kin(
        ctx, ref, hostage_person_id=ravi, full_name="Sunita Verma", relationship="wife", plan_owner=CASEWORKER
    )
    proof_of_life.record_proof_of_life(
        ctx, ref, ravi, occurred_at="2025-07-20T10:00", description="Video", medium="video"
    )
    [due] = dashboard.dashboard(ctx).tell_family
    assert due.kind == TellKind.PROOF_OF_LIFE and due.hostage_name == "Ravi Kumar Verma"
    outsider = ServiceContext(pg_database, actor_for(pg_database, OTHER_CASEWORKER))
    assert dashboard.dashboard(outsider).tell_family == []
    update = family_updates.record_family_update(
        ctx, ref, kin="Sunita", channel="phone", what_told="Told her of the Marigold video"
    )
    assert update.closed_item_ids == [due.item_id] and dashboard.dashboard(ctx).tell_total == 0
    assert [h.entity for h in search.search(ctx, "marigold")] == ["family_update"]
    assert search.search(outsider, "marigold") == []
    changed = liaison_officers.change_liaison_officer(ctx, ref, kin="Sunita", to_user=OTHER_CASEWORKER, reason="Leave")
    assert changed.officer == "Kiran Reddy" and [c.from_officer for c in changed.earlier] == ["Anjali Sharma"]
