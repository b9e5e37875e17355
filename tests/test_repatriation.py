"""The repatriation checklist: opened in the same transaction as a release, exactly once and
never for a status set back; its items are tasks (owner, due date, overdue on the dashboard
and in the task list, voiding) with their own facts; assign, done, not applicable; the role
matrix, typed errors and the audit trail; search finds an item by its facts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import event, select

from consular.db.repatriation_models import RepatriationItem
from consular.domain.clock import FixedClock
from consular.domain.enums import HostageStatus, TaskStatus
from consular.domain.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from consular.domain.repatriation import DEFAULT_DUE, ITEM_ORDER, PsychosocialSupport, ReturnItemKind
from consular.services import briefs, cases, dashboard, people, repatriation, search, tasks, voiding
from consular.services.context import ServiceContext
from consular.services.repatriation import DONE, NOT_APPLICABLE, OPEN, OVERDUE
from tests.demo_data import CASEWORKER, OTHER_CASEWORKER, VIEWER
from tests.service_helpers import add_hostage, audit_actions, aware, open_case, refused

RELEASE = aware(2025, 7, 20, 18, 0)


@pytest.fixture
def case(ctx):
    ref = open_case(ctx).reference
    pid = add_hostage(ctx, ref).person.id
    return {"ref": ref, "pid": pid, "name": "Ravi Kumar Verma"}


def release(ctx, case, status="released", at=RELEASE):
    return people.change_hostage_status(
        ctx, case["ref"], case["pid"], status, effective_at=at, source="Police", confirm_name=case["name"]
    )


def only_checklist(ctx, case):
    [checklist] = repatriation.checklists(ctx, case["ref"])
    return checklist


def item(checklist, kind):
    return next(i for i in checklist.items if i.kind == kind)


def at(ctx, when) -> ServiceContext:
    """The same user and database with "now" at ``when`` (writable)."""
    return ServiceContext(ctx.database, ctx.actor, ctx.settings, FixedClock(when, read_only=False))


def test_a_release_opens_the_checklist_in_the_same_transaction(ctx, case):
    assert repatriation.checklists(ctx, case["ref"]) == []
    release(ctx, case)
    checklist = only_checklist(ctx, case)
    assert checklist.person_name == case["name"] and checklist.released_at == RELEASE
    assert [i.kind for i in checklist.items] == list(ITEM_ORDER)
    for i in checklist.items:
        assert i.owner_username == CASEWORKER  # the case's lead caseworker
        assert i.due_at == RELEASE + DEFAULT_DUE[i.kind]
        assert i.status == TaskStatus.OPEN
    assert item(checklist, ReturnItemKind.FOLLOW_UP_30).due_at == RELEASE + timedelta(days=30)
    assert item(checklist, ReturnItemKind.FOLLOW_UP_90).due_at == RELEASE + timedelta(days=90)
    actions = audit_actions(ctx)
    assert actions.count("repatriation.open") == 1 and actions.count("repatriation.item") == len(ITEM_ORDER)
    assert actions[-1] == "hostage.status"  # the status change closes its transaction's entries


def test_the_release_and_its_checklist_stand_or_fall_together(ctx, case):
    """A failure while opening the checklist (here a refused insert of an item) leaves the
    release unrecorded too: one transaction."""

    def fail(*_args):
        raise RuntimeError("disk went away")

    event.listen(RepatriationItem, "before_insert", fail)
    try:
        with pytest.raises(RuntimeError):
            release(ctx, case)
    finally:
        event.remove(RepatriationItem, "before_insert", fail)
    [hostage] = cases.get_case(ctx, case["ref"]).hostages
    assert hostage.hostage_status == HostageStatus.HELD
    assert repatriation.checklists(ctx, case["ref"]) == [] and tasks.list_tasks(ctx, case["ref"]) == []


def test_a_failed_release_opens_nothing(ctx, case):
    with pytest.raises(ValidationError):
        people.change_hostage_status(ctx, case["ref"], case["pid"], "released", effective_at=RELEASE, source="Police")
    assert repatriation.checklists(ctx, case["ref"]) == []


def test_opened_exactly_once_and_never_for_a_status_set_back(ctx, case):
    release(ctx, case)
    people.change_hostage_status(ctx, case["ref"], case["pid"], "held", effective_at=RELEASE + timedelta(hours=2))
    release(ctx, case, "rescued", RELEASE + timedelta(days=1))
    checklist = only_checklist(ctx, case)
    assert checklist.released_at == RELEASE and len(checklist.items) == len(ITEM_ORDER)
    with ctx.database.session() as session:
        assert len(session.scalars(select(RepatriationItem)).all()) == len(ITEM_ORDER)
    with pytest.raises(ConflictError, match="already has a repatriation checklist"):
        repatriation.open_checklist(ctx, case["ref"], case["pid"])


def test_a_backdated_release_that_is_not_the_current_status_opens_nothing(ctx, case):
    people.change_hostage_status(ctx, case["ref"], case["pid"], "unaccounted", effective_at=RELEASE)
    # A release entered with an earlier time than the latest entry is history, not the current status.
    release(ctx, case, at=RELEASE - timedelta(days=1))
    assert repatriation.checklists(ctx, case["ref"]) == []


def test_death_opens_nothing(ctx, case):
    release(ctx, case, "deceased")
    assert repatriation.checklists(ctx, case["ref"]) == []


def test_open_by_hand(ctx, case):
    with refused(ctx, "person_id", "record their release first"):
        repatriation.open_checklist(ctx, case["ref"], case["pid"])
    # A release recorded in a database where the hook did not run (older version): open by hand.
    with ctx.database.session() as session:
        session.execute(RepatriationItem.__table__.delete())
    release(ctx, case)
    with ctx.database.session() as session:
        session.execute(RepatriationItem.__table__.delete())
        session.execute(repatriation.RepatriationChecklist.__table__.delete())
    checklist = repatriation.open_checklist(ctx, case["ref"], case["pid"])
    assert checklist.released_at == RELEASE  # from the current status
    assert len(checklist.items) == len(ITEM_ORDER)


def test_items_are_tasks_overdue_on_the_dashboard_and_in_the_task_list(ctx, case):
    release(ctx, case)
    later = at(ctx, RELEASE + timedelta(days=2, hours=1))  # medical (1 day) and travel document (2) are late
    checklist = only_checklist(later, case)
    states = {i.kind: i.state for i in checklist.items}
    assert states[ReturnItemKind.MEDICAL_ASSESSMENT] == OVERDUE and states[ReturnItemKind.TRAVEL_DOCUMENT] == OVERDUE
    assert states[ReturnItemKind.FLIGHT_ESCORT] == OPEN
    assert checklist.summary() == "0 done, 9 open (2 overdue)"
    overdue = tasks.list_tasks(later, case["ref"], overdue_only=True)
    assert sorted(t.title for t in overdue) == [
        f"Return: medical assessment — {case['name']}",
        f"Return: travel document — {case['name']}",
    ]
    board = dashboard.dashboard(later)
    assert {t.id for t in board.overdue_tasks} >= {t.id for t in overdue}


def test_done_with_facts_assign_and_not_applicable(ctx, case, make_ctx):
    release(ctx, case)
    checklist = only_checklist(ctx, case)
    debrief = item(checklist, ReturnItemKind.DEBRIEF)
    with refused(ctx, "debrief_by", "who held the debrief"):
        repatriation.complete_item(ctx, debrief.id)
    with refused(ctx, "psychosocial", "belongs to psychosocial support"):
        repatriation.complete_item(ctx, debrief.id, debrief_by="IB", psychosocial="offered")
    done = repatriation.complete_item(
        ctx, debrief.id, debrief_by="Intelligence Bureau, Kochi", at=RELEASE + timedelta(days=5), note="Two hours"
    )
    assert done.state == DONE and done.debrief_by == "Intelligence Bureau, Kochi"
    assert done.completed_at == RELEASE + timedelta(days=5) and "by Intelligence Bureau" in done.facts()
    with refused(ctx, "item", "already done"):
        repatriation.complete_item(ctx, debrief.id, debrief_by="again")

    support = item(checklist, ReturnItemKind.PSYCHOSOCIAL)
    with refused(ctx, "psychosocial", "offered, accepted or declined"):
        repatriation.complete_item(ctx, support.id)
    with refused(ctx, "psychosocial", "not a known psychosocial support"):
        repatriation.complete_item(ctx, support.id, psychosocial="maybe")
    assert repatriation.complete_item(ctx, support.id, psychosocial="accepted").psychosocial == (
        PsychosocialSupport.ACCEPTED
    )

    travel = item(checklist, ReturnItemKind.TRAVEL_DOCUMENT)
    with refused(ctx, "reason"):
        repatriation.mark_not_applicable(ctx, travel.id, "  ")
    na = repatriation.mark_not_applicable(ctx, travel.id, "Passport found intact")
    assert na.state == NOT_APPLICABLE and na.status == TaskStatus.CANCELLED and na.na_reason == "Passport found intact"
    with refused(ctx, "item", "not applicable"):
        repatriation.assign_item(ctx, travel.id, owner=OTHER_CASEWORKER)

    flight = item(checklist, ReturnItemKind.FLIGHT_ESCORT)
    with refused(ctx, "owner", "no user"):
        repatriation.assign_item(ctx, flight.id, owner="nobody")
    with refused(ctx, "owner", "owner"):
        repatriation.assign_item(ctx, flight.id)
    moved = repatriation.assign_item(ctx, flight.id, owner=OTHER_CASEWORKER, due_at="2025-07-25 09:00")
    assert moved.owner_username == OTHER_CASEWORKER
    assert moved.due_at == aware(2025, 7, 25, 9, 0)  # Bamako is UTC
    with pytest.raises(ConflictError):
        repatriation.assign_item(ctx, flight.id, owner=CASEWORKER, expected_version=flight.version)

    after = only_checklist(at(ctx, RELEASE + timedelta(hours=1)), case)
    assert after.summary() == "2 done, 6 open, 1 not applicable"
    actions = audit_actions(ctx)
    for name in ("repatriation.done", "repatriation.facts", "repatriation.na", "repatriation.assign"):
        assert name in actions
    with pytest.raises(NotFoundError):
        repatriation.complete_item(ctx, 99_999)


def test_an_item_ticked_in_the_tasks_tab_takes_its_facts_afterwards(ctx, case):
    release(ctx, case)
    debrief = item(only_checklist(ctx, case), ReturnItemKind.DEBRIEF)
    tasks.complete_task(ctx, debrief.task_id)
    ticked = item(only_checklist(ctx, case), ReturnItemKind.DEBRIEF)
    assert ticked.state == DONE and "facts not recorded" in ticked.facts()
    fixed = repatriation.complete_item(ctx, debrief.id, debrief_by="State police")
    assert fixed.debrief_by == "State police" and fixed.completed_at == ticked.completed_at
    assert "facts not recorded" not in fixed.facts()


def test_a_voided_item_leaves_the_checklist(ctx, case):
    release(ctx, case)
    reunion = item(only_checklist(ctx, case), ReturnItemKind.FAMILY_REUNION)
    voiding.void_entry(ctx, "task", reunion.task_id, reason="Entered twice")
    assert ReturnItemKind.FAMILY_REUNION not in {i.kind for i in only_checklist(ctx, case).items}
    [kept] = repatriation.checklists(ctx, case["ref"], include_voided=True)
    assert item(kept, ReturnItemKind.FAMILY_REUNION).state == "voided"
    with refused(ctx, "item", "voided"):
        repatriation.complete_item(ctx, reunion.id)


def test_the_role_matrix(ctx, case, make_ctx):
    release(ctx, case)
    first = only_checklist(ctx, case).items[0]
    viewer = make_ctx(VIEWER)
    assert len(only_checklist(viewer, case).items) == len(ITEM_ORDER)  # everyone reads
    for call in (
        lambda: repatriation.complete_item(viewer, first.id),
        lambda: repatriation.assign_item(viewer, first.id, owner=CASEWORKER),
        lambda: repatriation.mark_not_applicable(viewer, first.id, "x"),
        lambda: repatriation.open_checklist(viewer, case["ref"], case["pid"]),
    ):
        with pytest.raises(PermissionDeniedError, match="may not"):
            call()
    worker = make_ctx(OTHER_CASEWORKER)
    assert repatriation.complete_item(worker, first.id).completed_by == "Kiran Reddy"


def test_search_finds_an_item_by_its_facts(ctx, case):
    release(ctx, case)
    debrief = item(only_checklist(ctx, case), ReturnItemKind.DEBRIEF)
    repatriation.complete_item(ctx, debrief.id, debrief_by="Marivaux Directorate")
    hits = search.search(ctx, "Marivaux")
    assert [h.entity_id for h in hits if h.entity == "task"] == [debrief.task_id]


def _pdf_text(path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)


def test_the_brief_shows_each_checklist_as_of_its_time(ctx, case, tmp_path):
    release(ctx, case)
    checklist = only_checklist(ctx, case)
    repatriation.complete_item(
        ctx,
        item(checklist, ReturnItemKind.DEBRIEF).id,
        debrief_by="Sûreté liaison officer",
        at=RELEASE + timedelta(days=2),
    )
    repatriation.mark_not_applicable(
        ctx, item(checklist, ReturnItemKind.TRAVEL_DOCUMENT).id, "Passport intact", at=RELEASE + timedelta(hours=3)
    )
    # As of 1 day 2 hours after the release: the medical assessment is overdue, the debrief (done a day
    # later) still open, the travel document already not applicable.
    early = RELEASE + timedelta(days=1, hours=2)
    data = briefs.brief_data(ctx, case["ref"], since="2025-07-01", as_of=early)
    [brief] = data.repatriation
    assert (brief.name, brief.done, brief.open, brief.overdue, brief.not_applicable) == (case["name"], 0, 8, 1, 1)
    states = {i.item: i.state for i in brief.items}
    assert states["Medical assessment"] == OVERDUE and states["Debrief"] == OPEN
    assert states["Travel document"] == NOT_APPLICABLE

    path = briefs.issue_brief(ctx, case["ref"], tmp_path / "brief.pdf", since="2025-07-01").path
    text = _pdf_text(path)
    assert "Repatriation" in text and f"{case['name']}, released 20 Jul 2025 18:00" in text
    assert "1 done, 7 open (7 overdue), 1 not applicable" in text  # as of now: everything else is late
    assert "by Sûreté liaison officer" in text and "Passport intact" in text and "OVERDUE" in text
    assert "Follow-up contact at 90 days" in text and "Anjali Sharma" in text


def test_a_brief_before_the_release_has_no_repatriation_section(ctx, case, tmp_path):
    release(ctx, case)
    data = briefs.brief_data(ctx, case["ref"], since="2025-07-01", as_of=RELEASE - timedelta(hours=1))
    assert data.repatriation == []
    path = briefs.issue_brief(ctx, case["ref"], tmp_path / "before.pdf", as_of=RELEASE - timedelta(hours=1)).path
    assert "Repatriation" not in _pdf_text(path)


def test_items_closed_are_timeline_events_with_their_facts(ctx, case, tmp_path):
    import json

    import jsonschema

    from consular import paths
    from consular.domain.timeline import EventType
    from consular.services.timeline import TimelineFilter, case_timeline, export_timeline

    release(ctx, case)
    checklist = only_checklist(ctx, case)
    debrief = item(checklist, ReturnItemKind.DEBRIEF)
    repatriation.complete_item(ctx, debrief.id, debrief_by="Sûreté liaison", at=RELEASE + timedelta(days=2))
    travel = item(checklist, ReturnItemKind.TRAVEL_DOCUMENT)
    repatriation.mark_not_applicable(ctx, travel.id, "Passport intact", at=RELEASE + timedelta(hours=3))
    timeline = case_timeline(ctx, case["ref"], TimelineFilter())
    returns = [e for e in timeline.events if e.type is EventType.REPATRIATION]
    assert [(e.id, e.title) for e in returns] == [
        (f"repatriation:{travel.id}", f"Return: travel document — {case['name']} (not applicable)"),
        (f"repatriation:{debrief.id}", f"Return: debrief — {case['name']}"),
    ]
    assert returns[1].detail.startswith("Debrief by Sûreté liaison") and returns[1].at == RELEASE + timedelta(days=2)
    assert "Not applicable: Passport intact" in returns[0].detail and returns[0].people == (case["name"],)
    # Not a second time as a plain "task done".
    assert not [e for e in timeline.events if e.type is EventType.TASK_DONE and e.source.id == debrief.task_id]

    export_timeline(ctx, case["ref"], "json", tmp_path / "t.json")
    document = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    schema = json.loads((paths.resources_dir() / "schemas" / "timeline.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
    sources = [e["source"] for e in document["events"] if e["type"] == "repatriation"]
    assert sources == [
        {"entity": "repatriation_item", "id": travel.id},
        {"entity": "repatriation_item", "id": debrief.id},
    ]


@pytest.mark.postgres
def test_the_checklist_on_postgres(pg_database, tmp_path):
    from tests.fixtures_db import add_reference_data

    ctx = add_reference_data(pg_database)
    case = {"ref": open_case(ctx).reference, "name": "Ravi Kumar Verma"}
    case["pid"] = add_hostage(ctx, case["ref"]).person.id
    release(ctx, case)
    release(ctx, case, "rescued", RELEASE + timedelta(days=1))  # already open: nothing more
    checklist = only_checklist(ctx, case)
    assert len(checklist.items) == len(ITEM_ORDER)
    debrief = item(checklist, ReturnItemKind.DEBRIEF)
    repatriation.complete_item(ctx, debrief.id, debrief_by="Sûreté liaison", at=RELEASE + timedelta(days=2))
    assert {h.entity_id for h in search.search(ctx, "Sûreté") if h.entity == "task"} == {debrief.task_id}
    data = briefs.brief_data(ctx, case["ref"], since="2025-07-01")
    assert data.repatriation[0].done == 1 and data.repatriation[0].open == 8
    overdue = tasks.list_tasks(ctx, case["ref"], overdue_only=True)
    assert len(overdue) == 8  # every open item is long past due by the real clock
