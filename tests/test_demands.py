"""The demands register and intermediary vetting: recording and answering a demand, money
rules, the flag on a demand through an intermediary not vetted at the time, need-to-know
(outsiders see dates only, everywhere including the audit trail), voiding, and the audit chain."""

from __future__ import annotations

import sqlite3

import pytest

from consular.domain.enums import DemandKind, DemandResponse, VettingStatus
from consular.domain.errors import ConflictError, PermissionDeniedError
from consular.services import audit, audit_chain, counterparts, demands, vetting, voiding
from tests.demo_data import CASEWORKER, OTHER_CASEWORKER, SUPERVISOR, VIEWER
from tests.service_helpers import add_hostage, audited, aware, open_case, refused


@pytest.fixture
def case(ctx):
    ref = open_case(ctx).reference
    pid = add_hostage(ctx, ref).person.id
    broker = counterparts.add_counterpart(ctx, ref, name="Mamadou S.", category="intermediary")
    return {"ref": ref, "pid": pid, "broker": broker.id}


def money(ctx, case, **overrides):
    values = {
        "received_at": "2025-07-20T10:00",
        "made_by": "A man speaking for the group",
        "kind": "money",
        "amount": "500,000",
        "currency": "eur",
        "details": "Half a million euros for the three, within ten days.",
        "via_counterpart_id": case["broker"],
        "channel": "phone",
        "hostage_person_id": case["pid"],
        "deadline_at": "2025-07-30T10:00",
    }
    return demands.record_demand(ctx, case["ref"], **(values | overrides))


def test_a_money_demand_is_recorded_answered_and_flagged_when_its_intermediary_was_not_vetted(ctx, case):
    with audited(ctx, "demand.add"):
        demand = money(ctx, case)
    assert (demand.kind, demand.amount, demand.currency) == (DemandKind.MONEY, 500_000, "EUR")
    assert demand.what() == "Money: 500,000 EUR"
    assert demand.via == "Mamadou S." and demand.via_vetting == VettingStatus.UNVETTED and demand.flagged
    assert demand.response == DemandResponse.NONE and demand.hostage_name == "Ravi Kumar Verma"

    with refused(ctx, "note", "Say what was answered"):
        demands.respond(ctx, demand.id, response="refused", expected_version=demand.version)
    answered = demands.respond(
        ctx, demand.id, response="refused", note="No payment; told in writing", expected_version=demand.version
    )
    assert answered.response == DemandResponse.REFUSED and answered.response_note == "No payment; told in writing"
    assert answered.responded_at is not None and answered.version == demand.version + 1
    with pytest.raises(ConflictError, match="changed"):
        demands.respond(ctx, demand.id, response="acknowledged", note="x", expected_version=demand.version)

    # Vetted later: the earlier demand stays flagged (it came when he was not vetted); a later one is not.
    vetting.set_vetting(
        ctx,
        case["broker"],
        status="vetted",
        basis="Known to the crisis cell since 2019",
        decided_at="2025-07-25T09:00+00:00",
    )
    assert [d.flagged for d in demands.list_demands(ctx, case["ref"])] == [True]
    later = money(ctx, case, received_at="2025-07-26T10:00", deadline_at=None)
    assert later.via_vetting == VettingStatus.VETTED and not later.flagged


def test_money_rules_and_links_are_checked(ctx, case):
    with refused(ctx, "amount", "needs its amount"):
        money(ctx, case, amount=None)
    with refused(ctx, "amount", "not a whole number"):
        money(ctx, case, amount="lots")
    with refused(ctx, "currency", "three-letter code"):
        money(ctx, case, currency="euros")
    with refused(ctx, "amount", "Only a money demand"):
        money(ctx, case, kind="prisoner_release")
    with refused(ctx, "deadline_at", "before the demand"):
        money(ctx, case, deadline_at="2025-07-19T10:00")
    with refused(ctx, "contact_ids", "is not in"):
        money(ctx, case, contact_ids=[999])
    other = open_case(ctx, title="Another case")
    stranger = counterparts.add_counterpart(ctx, other.reference, name="Someone else", category="intermediary")
    with refused(ctx, "via_counterpart_id", "not a counterpart of"):
        money(ctx, case, via_counterpart_id=stranger.id)
    political = money(ctx, case, kind="political", amount=None, currency=None, details="Withdraw the troops")
    assert political.what() == "Political demand" and political.amount is None


def test_outsiders_see_that_a_demand_exists_and_when_never_what(ctx, case, make_ctx):
    demand = money(ctx, case)
    for outsider in (make_ctx(VIEWER), make_ctx(OTHER_CASEWORKER)):
        [seen] = demands.list_demands(outsider, case["ref"])
        assert seen.withheld and seen.received_at == aware(2025, 7, 20, 10, 0)
        assert "500" not in repr(seen) and "Mamadou" not in repr(seen) and "euros" not in repr(seen)
        trail = audit.case_history(outsider, case["ref"], limit=None)
        assert all("euros" not in repr(e) and "Mamadou" not in repr(e.after) for e in trail if e.entity == "demand")
    with pytest.raises(PermissionDeniedError, match="not on the team"):
        money(make_ctx(OTHER_CASEWORKER), case)
    with pytest.raises(PermissionDeniedError, match="not on the team"):
        demands.respond(make_ctx(OTHER_CASEWORKER), demand.id, response="refused", note="x")
    [mine] = demands.list_demands(make_ctx(CASEWORKER), case["ref"])
    assert mine.details.startswith("Half a million")


def test_only_supervisors_decide_vetting_and_the_basis_is_need_to_know(ctx, case, make_ctx):
    caseworker = make_ctx(CASEWORKER)
    vetting.set_vetting(caseworker, case["broker"], status="under_vetting", basis="Asked the crisis cell")
    with pytest.raises(PermissionDeniedError, match="vetted or rejected"):
        vetting.set_vetting(caseworker, case["broker"], status="vetted", basis="Seems fine")
    vetting.set_vetting(make_ctx(SUPERVISOR), case["broker"], status="rejected", basis="Extortion attempts in 2024")
    assert vetting.current_status(caseworker, [case["broker"]]) == {case["broker"]: VettingStatus.REJECTED}
    history = vetting.vetting_history(caseworker, case["broker"])
    assert [h.status for h in history] == [VettingStatus.UNDER_VETTING, VettingStatus.REJECTED]
    assert history[-1].basis == "Extortion attempts in 2024"
    outsider = vetting.vetting_history(make_ctx(OTHER_CASEWORKER), case["broker"])
    assert [h.status for h in outsider] == [VettingStatus.UNDER_VETTING, VettingStatus.REJECTED]
    assert all(h.basis == "restricted" for h in outsider)


def test_a_demand_recorded_by_mistake_is_voided_and_the_chain_notices_a_quiet_edit(ctx, case):
    demand = money(ctx, case)
    keep = money(ctx, case, received_at="2025-07-21T10:00")
    voiding.void_entry(ctx, "demand", demand.id, reason="Logged twice")
    assert [d.id for d in demands.list_demands(ctx, case["ref"])] == [keep.id]
    assert [d.id for d in demands.list_demands(ctx, case["ref"], include_voided=True)] == [keep.id, demand.id]
    with pytest.raises(ConflictError, match="voided"):
        demands.respond(ctx, demand.id, response="refused", note="x")
    assert audit_chain.verify(ctx.database).ok
    connection = sqlite3.connect(ctx.database.path)
    with connection:
        connection.execute("UPDATE demands SET amount = 50000 WHERE id = ?", (keep.id,))
    connection.close()
    report = audit_chain.verify(ctx.database)
    assert not report.ok and any(p.entity == "demand" and p.entity_id == keep.id for p in report.problems)


def test_the_demo_logs_the_kayes_intermediary_s_demands_all_flagged(demo_db):
    from consular.services.context import ServiceContext, actor_for
    from tests.demo_data import KAYES

    lead = ServiceContext(demo_db, actor_for(demo_db, CASEWORKER))
    register = demands.list_demands(lead, KAYES)
    assert [d.what() for d in register] == ["Other", "Money: 300,000 XOF", "Money: 150,000 XOF"]
    # The first came before he was referred for vetting: unvetted then; the others under vetting.
    assert all(d.flagged for d in register)
    assert [d.via_vetting for d in register] == [
        VettingStatus.UNDER_VETTING,
        VettingStatus.UNDER_VETTING,
        VettingStatus.UNVETTED,
    ]
    assert [d.response for d in register] == [DemandResponse.NONE, DemandResponse.REFUSED, DemandResponse.REFUSED]
    assert audit_chain.verify(demo_db).ok


def test_demands_are_on_the_timeline_for_the_team_and_placeholders_in_every_export_for_others(
    ctx, case, make_ctx, tmp_path
):
    import csv
    import json

    from consular.domain.timeline import EventType
    from consular.services.timeline import TimelineFilter, case_timeline, export_timeline

    demand = money(ctx, case)
    lead = make_ctx(CASEWORKER)
    [event] = [
        e
        for e in case_timeline(lead, case["ref"], TimelineFilter(include_restricted=True)).events
        if e.type == EventType.DEMAND
    ]
    assert event.id == f"demand:{demand.id}" and event.title == "Demand — Money: 500,000 EUR"
    assert "Via an intermediary unvetted at the time." in event.detail and event.restricted

    outsider = make_ctx(VIEWER)
    [hidden] = [e for e in case_timeline(outsider, case["ref"]).events if e.type == EventType.DEMAND]
    assert hidden.title == "Restricted" and hidden.detail == "" and not hidden.people
    for fmt in ("csv", "json", "ics", "xlsx", "pdf"):
        out = tmp_path / f"t.{fmt}"
        export_timeline(outsider, case["ref"], fmt, out)
        data = out.read_bytes()
        assert b"500,000" not in data and b"Mamadou" not in data and b"Half a million" not in data, fmt
    with (tmp_path / "t.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["type"] == "demand"]
    assert len(rows) == 1 and rows[0]["title"] == "Restricted"
    events = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))["events"]
    assert [e["title"] for e in events if e["type"] == "demand"] == ["Restricted"]


def test_the_brief_lists_demands_for_the_team_and_only_their_number_for_others(demo_db, tmp_path):
    from pypdf import PdfReader

    from consular.services import briefs
    from consular.services.context import ServiceContext, actor_for
    from tests.demo_data import KAYES

    def text(path):
        return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)

    team = ServiceContext(demo_db, actor_for(demo_db, SUPERVISOR))
    data = briefs.brief_data(team, KAYES, since="2025-07-20", include_restricted=True)
    # Received in the period (21 and 24 July), and none earlier is unanswered.
    assert [d.what for d in data.demands] == ["Other", "Money: 300,000 XOF"]
    assert [d.via_not_vetted for d in data.demands] == ["under vetting", "under vetting"]
    assert data.demands_on_record == 3
    shown = text(
        briefs.issue_brief(team, KAYES, tmp_path / "team.pdf", since="2025-07-20", include_restricted=True).path
    )
    assert "Demands (3 on record)" in shown and "300,000 XOF" in shown and "INTERMEDIARY UNDER VETTING" in shown

    viewer = ServiceContext(demo_db, actor_for(demo_db, VIEWER))
    seen = text(briefs.issue_brief(viewer, KAYES, tmp_path / "viewer.pdf", since="2025-07-20").path)
    assert "Demands (3 on record)" in seen and "listed only in a brief for the case team" in seen
    assert "300,000" not in seen and "150,000" not in seen and "people who helped" not in seen


def test_the_contact_log_flags_an_approach_from_an_intermediary_not_vetted_then(ctx, case, make_ctx):
    from consular.services import contacts

    def log(at):
        return contacts.log_contact(
            ctx, case["ref"], counterpart_ids=[case["broker"]], occurred_at=at, channel="phone", subject="He calls"
        )

    before = log("2025-07-20T10:00")
    vetting.set_vetting(
        make_ctx(SUPERVISOR), case["broker"], status="vetted", basis="Known", decided_at="2025-07-22T00:00+00:00"
    )
    after = log("2025-07-23T10:00")
    flags = {c.id: c.unvetted_intermediaries for c in contacts.list_contacts(ctx, case["ref"])}
    assert flags[before.id] == ["Mamadou S. (unvetted)"] and flags[after.id] == []
    assert contacts.get_contact(ctx, before.id).unvetted_intermediaries == ["Mamadou S. (unvetted)"]
