"""Need-to-know on Home, asked of the listed cases only (services/dashboard.py with
need_to_know.on_team): a restricted "tell the family" item and whether a held national's proof
of life was verified are shown to the case's lead, its supervisor, a member added to its team
and those who see every case, and to nobody else; on SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest

from consular.domain.enums import TellKind
from consular.services import dashboard, people, proof_of_life, teams
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import CASEWORKER, OTHER_CASEWORKER, SUPERVISOR, VIEWER
from tests.fixtures_db import add_reference_data
from tests.service_helpers import add_hostage, open_case


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def admin(request):
    if request.param == "sqlite":
        return request.getfixturevalue("ctx")
    return add_reference_data(request.getfixturevalue("pg_database"))


def _as(admin: ServiceContext, username: str) -> ServiceContext:
    return ServiceContext(admin.database, actor_for(admin.database, username), admin.settings)


def _seen(ctx: ServiceContext, ref: str) -> tuple[set, int, bool]:
    """(kinds of the case's tell items listed, their total, whether Ravi's proof of life is told)."""
    board = dashboard.dashboard(ctx)
    kinds = {t.kind for t in board.tell_family if t.reference == ref}
    [ravi] = [h for h in board.held if h.reference == ref and h.name == "Ravi Kumar Verma"]
    # Told: the days without a proof count from the proof (the team's) and may raise the flag;
    # not told, both stay empty, as if nothing were known.
    return kinds, board.tell_total, ravi.days_without_proof > 0


def test_home_shows_restricted_items_to_the_case_team_only(admin):
    ref = open_case(admin).reference  # lead CASEWORKER, supervisor SUPERVISOR
    ravi = add_hostage(admin, ref).person.id
    arjun = add_hostage(admin, ref, "Arjun Singh", passport_number="Z7777777").person.id
    proof_of_life.record_proof_of_life(
        admin, ref, ravi, occurred_at="2025-07-20T10:00", description="Video", medium="video"
    )
    people.change_hostage_status(admin, ref, arjun, "unaccounted", effective_at="2025-07-22")
    both = {TellKind.PROOF_OF_LIFE, TellKind.STATUS_CHANGE}
    for reader in (admin, _as(admin, CASEWORKER), _as(admin, SUPERVISOR)):
        assert _seen(reader, ref) == (both, 2, True), reader.actor.username
    for outsider in (_as(admin, OTHER_CASEWORKER), _as(admin, VIEWER)):
        assert _seen(outsider, ref) == ({TellKind.STATUS_CHANGE}, 1, False), outsider.actor.username
    teams.add_member(_as(admin, SUPERVISOR), ref, OTHER_CASEWORKER)
    assert _seen(_as(admin, OTHER_CASEWORKER), ref) == (both, 2, True)
    assert _seen(_as(admin, VIEWER), ref) == ({TellKind.STATUS_CHANGE}, 1, False)
