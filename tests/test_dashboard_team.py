"""Need-to-know on Home, asked of the listed cases only (services/dashboard.py with
need_to_know.on_team): a restricted "tell the family" item and whether a held national's proof
of life was verified are shown to the case's lead, its supervisor, a member added to its team
and those who see every case, and to nobody else; on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import timedelta

import pytest

from consular.domain.enums import TellKind
from consular.services import dashboard, people, proof_of_life, teams, welfare
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


def test_held_nationals_in_full_for_the_team_its_supervisor_and_outsiders(admin):
    """Every field of the case's held nationals as each reader sees them, from one statement
    for the page (with its total), one for the captivities' starts, one for the proofs' and
    welfare reports' dates, and for a reader outside some teams one for which listed cases are
    theirs."""
    from tests.test_dashboard_scale import Recorder

    ref = open_case(admin).reference  # lead CASEWORKER, supervisor SUPERVISOR
    ravi = add_hostage(admin, ref, medical_needs="Asthma; needs an inhaler").person.id
    team = _as(admin, CASEWORKER)
    now = team.now()

    def ago(days):
        return (now - timedelta(days=days)).isoformat(timespec="minutes")

    asha = add_hostage(
        admin, ref, "Asha Verma", passport_number="Z7777778", medical_needs="None known.", held_since=ago(40)
    ).person.id

    proof = proof_of_life.record_proof_of_life(
        team, ref, ravi, occurred_at=ago(10), description="Video", medium="video"
    )
    proof_of_life.assess(team, proof.id, assessment="genuine", basis="Recognised by his sister")
    welfare.record_welfare(team, ref, ravi, occurred_at=ago(20), summary="Seen by a visitor, short of breath")
    welfare.record_welfare(team, ref, None, occurred_at=ago(16), summary="All seen from afar")
    people.change_hostage_status(admin, ref, asha, "unaccounted", effective_at=ago(30)[:10])

    def board(reader):
        return {
            h.name: (
                h.status.value,
                h.is_missing,
                h.last_verified_proof_of_life,
                h.proof_of_life_overdue,
                h.medical_watch_overdue,
                h.days_without_proof,
                h.days_without_welfare,
                h.flags_text(),
            )
            for h in dashboard.dashboard(reader).held
            if h.reference == ref
        }

    told = {
        "Ravi Kumar Verma": (
            "held",
            False,
            proof.occurred_at,
            False,
            True,
            10,
            16,
            "medical needs, no welfare news for 16 days",
        ),
        "Asha Verma": ("unaccounted", True, None, True, False, 40, 16, "no verified proof of life yet"),
    }
    # Outside the team: no date of Ravi's proof and no flag from it; the rest is anyone's to know.
    untold = dict(told, **{"Ravi Kumar Verma": ("held", False, None, False, True, 0, 16, told["Ravi Kumar Verma"][-1])})
    for reader in (admin, team, _as(admin, SUPERVISOR)):
        assert board(reader) == told, reader.actor.username
    for outsider in (_as(admin, OTHER_CASEWORKER), _as(admin, VIEWER)):
        assert board(outsider) == untold, outsider.actor.username

    recorder = Recorder(admin.database.engine)
    try:
        panel = dashboard.PANELS["held nationals"]
        for reader, reads in ((admin, 3), (_as(admin, OTHER_CASEWORKER), 4)):
            assert len(recorder(lambda r=reader: dashboard.run_panel(r, panel))) == reads, reader.actor.username
    finally:
        recorder.close()


def test_families_due_in_full_and_in_few_statements(admin):
    """The relatives whose plan has passed, with what Home shows of them (their case, the
    hostage, the kin, the plan and its owner, the phone), the same for every reader; read in
    one statement for the relatives with their kin, hostage, owner and case, and one for the
    kin's identifiers, after the page (and the read's audit entry)."""
    from tests.test_dashboard_scale import Recorder

    ref = open_case(admin).reference
    ravi = add_hostage(admin, ref).person.id
    sunita = people.add_next_of_kin(
        admin,
        ref,
        hostage_person_id=ravi,
        full_name="Sunita Verma",
        relationship="wife",
        phone="+91 98100 00001",
        contact_every_days=3,
        plan_owner=SUPERVISOR,
        officer_since=(admin.now() - timedelta(days=10)).isoformat(timespec="minutes"),
    )

    def families(reader):
        return [
            (
                f.reference,
                f.liaison.id,
                f.liaison.hostage_name,
                f.liaison.kin.full_name,
                f.liaison.relationship,
                f.liaison.phone,
                f.liaison.plan_owner,
                f.liaison.counterpart_id,
                f.text,
            )
            for f in dashboard.dashboard(reader).family_overdue
            if f.reference == ref
        ]

    expected = [
        (
            ref,
            sunita.id,
            "Ravi Kumar Verma",
            "Sunita Verma",
            "wife",
            "+919810000001",  # as stored: normalised
            sunita.plan_owner,
            sunita.counterpart_id,
            "Family of Ravi Kumar Verma (Sunita Verma, wife): agreed every 3 days, no contact logged yet",
        )
    ]
    assert sunita.plan_owner is not None
    for reader in (admin, _as(admin, CASEWORKER), _as(admin, SUPERVISOR), _as(admin, OTHER_CASEWORKER)):
        assert families(reader) == expected, reader.actor.username
    recorder = Recorder(admin.database.engine)
    try:
        seen = recorder(lambda: dashboard.run_panel(admin, dashboard.PANELS["family liaison due"]))
    finally:
        recorder.close()
    reads = [sql for sql, _ in seen if "audit" not in sql and sql.lstrip().startswith("SELECT")]
    # The count, the page (the never contacted, then the others), the relatives, the identifiers.
    assert len(reads) == 5, "\n".join(reads)


def test_overdue_tasks_with_their_cases_in_three_statements(admin):
    """The overdue tasks as added, the longest overdue first, each naming its case: the page's
    ids, its tasks with their cases' references, the people they name."""
    from consular.services import tasks
    from tests.test_dashboard_scale import Recorder

    refs = [open_case(admin).reference, open_case(admin, title="Second case").reference]
    added = [
        tasks.add_task(admin, ref, title=f"Call back {n}", assignee=CASEWORKER, due_at=admin.now() - timedelta(days=d))
        for n, (ref, d) in enumerate([(refs[0], 2), (refs[1], 5), (refs[0], 9)])
    ]
    board = dashboard.dashboard(_as(admin, OTHER_CASEWORKER)).overdue_tasks
    assert board == sorted(added, key=lambda t: t.due_at)
    assert [(t.case_reference, t.title, t.assignee) for t in board] == [
        (refs[0], "Call back 2", "Anjali Sharma"),
        (refs[1], "Call back 1", "Anjali Sharma"),
        (refs[0], "Call back 0", "Anjali Sharma"),
    ]
    recorder = Recorder(admin.database.engine)
    try:
        assert len(recorder(lambda: dashboard.run_panel(admin, dashboard.PANELS["overdue tasks"]))) == 3
    finally:
        recorder.close()
