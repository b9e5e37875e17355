"""The family update log and "tell the family" items: each trigger opens its items in the
development's own transaction, the deadline comes from the setting, a family update closes the
hostage's items (all, or those chosen), closing by hand needs a reason, voiding undoes, and
nothing of a restricted development reaches anyone outside the case team (lists, dashboard,
search, audit trail)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from consular.db.family_models import FamilyUpdateLink, TellFamilyItem
from consular.domain.enums import TellKind
from consular.domain.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from consular.services import (
    audit,
    counterparts,
    dashboard,
    demands,
    family_updates,
    milestones,
    people,
    proof_of_life,
    search,
    voiding,
)
from consular.services.context import ServiceContext, Settings
from tests.demo_data import CASEWORKER, OTHER_CASEWORKER, SUPERVISOR, VIEWER
from tests.service_helpers import add_hostage, audit_actions, open_case, refused


@pytest.fixture
def case(ctx):
    ref = open_case(ctx).reference
    ravi = add_hostage(ctx, ref).person.id
    arjun = add_hostage(ctx, ref, "Arjun Singh", passport_number="Z7777777").person.id
    sunita = people.add_next_of_kin(
        ctx, ref, hostage_person_id=ravi, full_name="Sunita Verma", relationship="wife", phone="+91 98100 00001"
    )
    broker = counterparts.add_counterpart(ctx, ref, name="Mamadou S.", category="intermediary")
    return {"ref": ref, "ravi": ravi, "arjun": arjun, "sunita": sunita.id, "broker": broker.id}


def items_of(ctx, ref=None, **kw):
    return family_updates.tell_items(ctx, ref, **kw)


def pol(ctx, case, **kw):
    values = {
        "occurred_at": "2025-07-20T10:00",
        "description": "Video of Ravi holding Le Républicain of 18 July; says he is unhurt.",
        "medium": "video",
    }
    return proof_of_life.record_proof_of_life(ctx, case["ref"], case["ravi"], **(values | kw))


def rows(ctx):
    with ctx.database.session() as session:
        return list(session.scalars(select(TellFamilyItem).order_by(TellFamilyItem.id)))


# --- triggers -----------------------------------------------------------------------------


def test_a_proof_of_life_opens_a_restricted_item_for_its_hostage_due_in_24_hours(ctx, case):
    proof = pol(ctx, case)
    assert audit_actions(ctx)[-3:] == ["milestone.add", "tell_item.open", "pol_check.add"]
    [item] = items_of(ctx, case["ref"])
    assert audit_actions(ctx)[-1] == "read.restricted"  # the team's sight of it is on record
    assert (item.kind, item.record_id, item.hostage_person_id) == (TellKind.PROOF_OF_LIFE, proof.id, case["ravi"])
    assert item.restricted and item.done_at is None
    assert item.due_at - item.opened_at == timedelta(hours=24)
    assert "Proof of life" in item.what and "Tell the family of Ravi Kumar Verma" in item.headline


def test_the_item_and_its_development_commit_or_fail_together(ctx, case):
    # A deadline that cannot be computed fails the item: the proof of life is not recorded either.
    broken = ServiceContext(ctx.database, ctx.actor, replace(ctx.settings, tell_family_hours=10**12), ctx.clock)
    with pytest.raises(OverflowError):
        pol(broken, case)
    assert proof_of_life.history(ctx, case["ref"], case["ravi"]) == []
    assert rows(ctx) == []
    with pytest.raises(OverflowError):
        people.change_hostage_status(broken, case["ref"], case["arjun"], "unaccounted", effective_at="2025-07-02")
    assert [p.hostage_status.value for p in people_of(ctx, case) if p.person.id == case["arjun"]] == ["held"]


def people_of(ctx, case):
    from consular.services import cases

    return cases.get_case(ctx, case["ref"]).participants


def test_a_status_change_opens_an_unrestricted_item_naming_the_new_status(ctx, case):
    people.change_hostage_status(ctx, case["ref"], case["arjun"], "unaccounted", effective_at="2025-07-02T08:00")
    [item] = items_of(ctx, case["ref"])
    assert (item.kind, item.hostage_person_id, item.restricted) == (TellKind.STATUS_CHANGE, case["arjun"], False)
    assert item.what.startswith("Now unaccounted for since 02 Jul 2025") or item.what.startswith("Now unaccounted")


def test_a_public_statement_about_the_case_opens_one_item_per_hostage(ctx, case):
    milestones.add_milestone(
        ctx, case["ref"], kind="public_statement", occurred_at="2025-07-03T12:00", title="Ministry statement on Kayes"
    )
    found = items_of(ctx, case["ref"])
    assert sorted(i.hostage_person_id for i in found) == sorted([case["ravi"], case["arjun"]])
    assert {i.kind for i in found} == {TellKind.PUBLIC_STATEMENT}
    # Other milestones open nothing.
    milestones.add_milestone(ctx, case["ref"], kind="claim", occurred_at="2025-07-04T12:00", title="A claim")
    assert len(items_of(ctx, case["ref"])) == 2


def test_only_a_demand_about_the_family_opens_an_item(ctx, case):
    values = {"received_at": "2025-07-21T09:00", "made_by": "A caller", "kind": "other", "details": "Pay or else"}
    demands.record_demand(ctx, case["ref"], **values)
    assert items_of(ctx, case["ref"]) == []
    demand = demands.record_demand(
        ctx,
        case["ref"],
        **values | {"details": "They know where his wife lives"},
        about_family=True,
        hostage_person_id=case["ravi"],
    )
    assert demand.about_family
    [item] = items_of(ctx, case["ref"])
    assert (item.kind, item.record_id, item.restricted) == (TellKind.FAMILY_DEMAND, demand.id, True)
    assert "They know where his wife lives" in item.what


def test_the_deadline_comes_from_the_setting_and_its_environment_variable(ctx, case, monkeypatch):
    six = ServiceContext(ctx.database, ctx.actor, replace(ctx.settings, tell_family_hours=6), ctx.clock)
    pol(six, case)
    [item] = items_of(ctx, case["ref"])
    assert item.due_at - item.opened_at == timedelta(hours=6)
    monkeypatch.setenv("CONSULAR_TELL_FAMILY_HOURS", "12")
    assert Settings.from_environment().tell_family_hours == 12
    monkeypatch.delenv("CONSULAR_TELL_FAMILY_HOURS")
    assert Settings.from_environment().tell_family_hours == 24
    for bad in ("0", "1.5", "soon"):
        monkeypatch.setenv("CONSULAR_TELL_FAMILY_HOURS", bad)
        with pytest.raises(ValidationError, match="CONSULAR_TELL_FAMILY_HOURS"):
            Settings.from_environment()


# --- family updates -----------------------------------------------------------------------


def test_telling_a_kin_closes_that_hostages_items_and_links_what_it_covered(ctx, case):
    proof = pol(ctx, case)
    milestones.add_milestone(ctx, case["ref"], kind="public_statement", occurred_at="2025-07-21", title="Statement")
    before = len(audit_actions(ctx))
    update = family_updates.record_family_update(
        ctx, case["ref"], kin="sunita", channel="phone", what_told="Told her of the video and the statement."
    )
    assert update.kin_name == "Sunita Verma" and update.hostage_name == "Ravi Kumar Verma"
    assert update.restricted  # it covered a proof of life
    assert update.covered[0] == f"Proof of life #{proof.id}" and len(update.closed_item_ids) == 2
    actions = audit_actions(ctx)[before:]
    assert actions == ["family_update.add", "tell_item.done", "tell_item.done"]
    # Arjun's family still has to hear of the statement.
    [left] = items_of(ctx, case["ref"])
    assert left.hostage_person_id == case["arjun"]
    done = [i for i in items_of(ctx, case["ref"], include_done=True) if i.done_at]
    assert {i.family_update_id for i in done} == {update.id}
    [logged] = family_updates.family_log(ctx, case["ref"])
    assert logged.what_told.startswith("Told her") and logged.channel.value == "phone"


def test_the_caller_chooses_which_items_an_update_covers(ctx, case):
    pol(ctx, case)
    people.change_hostage_status(ctx, case["ref"], case["ravi"], "unaccounted", effective_at="2025-07-22")
    first, second = items_of(ctx, case["ref"])
    family_updates.record_family_update(
        ctx, case["ref"], kin=case["sunita"], channel="in_person", what_told="Visited.", covers=[second.id]
    )
    assert [i.id for i in items_of(ctx, case["ref"])] == [first.id]
    family_updates.record_family_update(
        ctx, case["ref"], kin="Sunita Verma", channel="phone", what_told="Hi", covers=[]
    )
    assert [i.id for i in items_of(ctx, case["ref"])] == [first.id]
    with refused(ctx, "covers", "not an open 'tell the family' item"):
        family_updates.record_family_update(
            ctx, case["ref"], kin="Sunita", channel="phone", what_told="x", covers=[second.id]
        )
    with pytest.raises(NotFoundError, match="no next of kin called 'Nobody'"):
        family_updates.record_family_update(ctx, case["ref"], kin="Nobody", channel="phone", what_told="x")
    with refused(ctx, "told_at", "future"):
        family_updates.record_family_update(
            ctx, case["ref"], kin="Sunita", channel="phone", what_told="x", told_at="2099-01-01T10:00"
        )


def test_closing_by_hand_needs_a_reason_and_a_fresh_version(ctx, case):
    pol(ctx, case)
    [item] = items_of(ctx, case["ref"])
    with refused(ctx, "reason"):
        family_updates.close_item(ctx, item.id, reason="  ")
    done = family_updates.close_item(
        ctx, item.id, reason="Told in person at the embassy", expected_version=item.version
    )
    assert done.done_at is not None and done.done_reason == "Told in person at the embassy"
    assert done.done_by == ctx.actor.display_name and audit_actions(ctx)[-1] == "tell_item.done"
    assert items_of(ctx, case["ref"]) == []
    with pytest.raises(ConflictError, match="changed"):
        family_updates.close_item(ctx, item.id, reason="again", expected_version=item.version)
    with refused(ctx, "item", "already done"):
        family_updates.close_item(ctx, item.id, reason="again")


def test_voiding_the_development_closes_its_items_and_voiding_the_update_reopens_them(ctx, case):
    proof = pol(ctx, case)
    voiding.void_entry(ctx, "milestone", proof.id, reason="Entered on the wrong case")
    assert items_of(ctx, case["ref"]) == []
    [closed] = items_of(ctx, case["ref"], include_done=True)
    assert "voided" in closed.done_reason
    people.change_hostage_status(ctx, case["ref"], case["ravi"], "unaccounted", effective_at="2025-07-22")
    update = family_updates.record_family_update(ctx, case["ref"], kin="Sunita", channel="phone", what_told="x")
    assert items_of(ctx, case["ref"]) == []
    voiding.void_entry(ctx, "family_update", update.id, reason="Logged against the wrong relative")
    [reopened] = items_of(ctx, case["ref"])
    assert reopened.kind == TellKind.STATUS_CHANGE and reopened.family_update_id is None
    assert family_updates.family_log(ctx, case["ref"]) == []
    assert family_updates.family_log(ctx, case["ref"], include_voided=True)[0].voided_at is not None


# --- permissions and need-to-know -----------------------------------------------------------


def test_viewers_cannot_record_or_close(ctx, case, make_ctx):
    pol(ctx, case)
    [item] = items_of(ctx, case["ref"])
    viewer = make_ctx(VIEWER)
    with pytest.raises(PermissionDeniedError):
        family_updates.record_family_update(viewer, case["ref"], kin="Sunita", channel="phone", what_told="x")
    with pytest.raises(PermissionDeniedError):
        family_updates.close_item(viewer, item.id, reason="x")


def test_outsiders_see_nothing_of_a_restricted_item_anywhere(ctx, case, make_ctx):
    pol(ctx, case, description="Video: Ravi holds the Zebrafish newspaper")
    people.change_hostage_status(ctx, case["ref"], case["arjun"], "unaccounted", effective_at="2025-07-22")
    family_updates.record_family_update(
        ctx, case["ref"], kin="Sunita", channel="phone", what_told="Told her of the Zebrafish video", covers=None
    )
    pol(ctx, case, occurred_at="2025-07-23T10:00")  # open again for Ravi
    for outsider in (make_ctx(VIEWER), make_ctx(OTHER_CASEWORKER)):
        seen = items_of(outsider, case["ref"])
        assert [i.kind for i in seen] == [TellKind.STATUS_CHANGE]
        board = dashboard.dashboard(outsider)
        assert [(t.kind, t.hostage_name) for t in board.tell_family] == [(TellKind.STATUS_CHANGE, "Arjun Singh")]
        assert board.tell_total == 1
        assert search.search(outsider, "Zebrafish") == []
        [logged] = family_updates.family_log(outsider, case["ref"])
        assert logged.withheld and "Zebrafish" not in repr(logged)
        trail = audit.case_history(outsider, case["ref"], limit=None)
        assert all("Zebrafish" not in repr(e.after) for e in trail)
        assert all(
            e.after in (None, {"restricted": True})
            for e in trail
            if e.entity == "tell_item" and e.entity_id != seen[0].id
        )
        [proof] = [i for i in items_of(ctx, case["ref"]) if i.kind == TellKind.PROOF_OF_LIFE]
        with pytest.raises((NotFoundError, PermissionDeniedError)):
            family_updates.close_item(outsider, proof.id, reason="x")
    # The team sees both, on the dashboard too, overdue first.
    team = dashboard.dashboard(ctx)
    assert {t.kind for t in team.tell_family} == {TellKind.STATUS_CHANGE, TellKind.PROOF_OF_LIFE}
    assert [h.entity for h in search.search(ctx, "Zebrafish")].count("family_update") == 1
    # An outsider's update covers only what they can see, and cannot be made restricted.
    other = make_ctx(OTHER_CASEWORKER)
    update = family_updates.record_family_update(other, case["ref"], kin="Sunita", channel="phone", what_told="Hello")
    assert not update.restricted and update.closed_item_ids == []
    with pytest.raises(PermissionDeniedError, match="not on the team"):
        family_updates.record_family_update(
            other, case["ref"], kin="Sunita", channel="phone", what_told="x", restricted=True
        )


def test_the_dashboard_lists_overdue_items_first_and_counts_them_all(ctx, case, make_ctx):
    short = ServiceContext(ctx.database, ctx.actor, replace(ctx.settings, tell_family_hours=1), ctx.clock)
    people.change_hostage_status(ctx, case["ref"], case["arjun"], "unaccounted", effective_at="2025-07-22")
    people.change_hostage_status(short, case["ref"], case["ravi"], "unaccounted", effective_at="2025-07-22")
    with ctx.database.session(write=True) as session:
        item = session.scalars(select(TellFamilyItem).where(TellFamilyItem.hostage_person_id == case["ravi"])).one()
        item.due_at = item.opened_at - timedelta(hours=2)  # as if opened long ago
    board = dashboard.dashboard(make_ctx(SUPERVISOR), list_limit=1)
    assert board.tell_total == 2 and len(board.tell_family) == 1
    [first] = board.tell_family
    assert first.hostage_name == "Ravi Kumar Verma" and first.overdue(board.generated_at)


# --- officers --------------------------------------------------------------------------------


def test_a_change_of_officer_is_recorded_with_its_reason_and_goes_only_through_the_officer_service(ctx, case):
    from consular.services import liaison_officers

    kin = people.add_next_of_kin(
        ctx,
        case["ref"],
        hostage_person_id=case["arjun"],
        full_name="Meera Singh",
        relationship="mother",
        plan_owner=CASEWORKER,
    )
    [_, meera] = liaison_officers.officers(ctx, case["ref"])
    assert meera.officer == "Anjali Sharma" and len(meera.changes) == 1 and meera.earlier == []
    with refused(ctx, "plan_owner", "Change liaison officer"):
        people.set_contact_plan(ctx, kin.id, plan_owner=OTHER_CASEWORKER)
    people.set_contact_plan(ctx, kin.id, plan_owner=CASEWORKER, contact_every_days=3)  # the same: fine
    with refused(ctx, "reason"):
        liaison_officers.change_liaison_officer(ctx, case["ref"], kin="Meera", to_user=OTHER_CASEWORKER, reason="")
    changed = liaison_officers.change_liaison_officer(
        ctx,
        case["ref"],
        kin="Meera",
        to_user=OTHER_CASEWORKER,
        reason="Anjali posted to Delhi",
        expected_version=meera.version + 1,
    )
    assert changed.officer == "Kiran Reddy" and changed.since == changed.changes[-1].changed_at
    [earlier] = changed.earlier
    assert (earlier.from_officer, earlier.to_officer, earlier.reason) == (
        "Anjali Sharma",
        "Kiran Reddy",
        "Anjali posted to Delhi",
    )
    assert audit_actions(ctx)[-2:] == ["liaison_officer.change", "kin.officer"]
    with refused(ctx, "to_user", "already"):
        liaison_officers.change_liaison_officer(ctx, case["ref"], kin="Meera", to_user=OTHER_CASEWORKER, reason="x")
    with pytest.raises(ConflictError):
        liaison_officers.change_liaison_officer(
            ctx, case["ref"], kin="Meera", to_user=CASEWORKER, reason="x", expected_version=meera.version
        )
    with ctx.database.session() as session:
        assert session.scalars(select(FamilyUpdateLink)).all() == []


def test_family_updates_are_timeline_events_restricted_ones_placeholders_outside_the_team(ctx, case, make_ctx):
    from consular.domain.timeline import RESTRICTED_TITLE, EventType
    from consular.services.timeline import TimelineFilter, case_timeline

    pol(ctx, case)
    secret = family_updates.record_family_update(
        ctx,
        case["ref"],
        kin="Sunita",
        channel="phone",
        what_told="Told her of the Zebrafish video",
        told_at="2025-07-21T10:00",
    )
    plain = family_updates.record_family_update(
        ctx,
        case["ref"],
        kin="Sunita",
        channel="letter",
        what_told="Sent the ministry's letter",
        covers=[],
        told_at="2025-07-22T10:00",
    )
    team = case_timeline(ctx, case["ref"], TimelineFilter(include_restricted=True))
    mine = {e.id: e for e in team.events if e.type is EventType.FAMILY_UPDATE}
    assert set(mine) == {f"family-update:{secret.id}", f"family-update:{plain.id}"}
    event = mine[f"family-update:{secret.id}"]
    assert event.title == "Family update — Sunita Verma (wife of Ravi Kumar Verma), by phone"
    assert event.detail == "Told her of the Zebrafish video" and event.restricted
    assert event.source.entity == "family_update" and "Sunita Verma" in event.people
    outsider = case_timeline(make_ctx(OTHER_CASEWORKER), case["ref"])
    theirs = {e.id: e for e in outsider.events if e.type is EventType.FAMILY_UPDATE}
    assert theirs[f"family-update:{secret.id}"].title == RESTRICTED_TITLE
    assert "Zebrafish" not in repr(outsider.events)
    assert theirs[f"family-update:{plain.id}"].detail == "Sent the ministry's letter"


def test_closing_every_open_item_of_a_case_keeps_those_asked_and_what_an_outsider_cannot_see(ctx, case, make_ctx):
    proof = pol(ctx, case)
    people.change_hostage_status(ctx, case["ref"], case["arjun"], "unaccounted", effective_at="2025-07-22")
    milestones.add_milestone(ctx, case["ref"], kind="public_statement", occurred_at="2025-07-23", title="Statement")
    outsider = make_ctx(OTHER_CASEWORKER)
    [statement] = {i.record_id for i in items_of(ctx, case["ref"]) if i.kind == TellKind.PUBLIC_STATEMENT}
    keep = [(TellKind.PUBLIC_STATEMENT, statement)]  # a development: its items for every hostage stay
    # The outsider closes what they can see and was not kept: the status change only.
    assert family_updates.close_open_items(outsider, case["ref"], reason="Told at the time", keep=keep) == 1
    left = items_of(ctx, case["ref"])
    assert sorted((i.kind.value, i.hostage_person_id) for i in left) == sorted(
        [("proof_of_life", case["ravi"]), ("public_statement", case["ravi"]), ("public_statement", case["arjun"])]
    )
    assert proof.id in [i.record_id for i in left]
    with refused(ctx, "reason"):
        family_updates.close_open_items(ctx, case["ref"], reason="")
    assert family_updates.close_open_items(ctx, case["ref"], reason="Told at the time") == 3
    assert items_of(ctx, case["ref"]) == []
