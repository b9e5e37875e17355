"""Linked cases: linking and unlinking two cases (symmetrical, recorded not erased), the rules
(self-link, duplicate, unknown reference), who may link (both cases' teams), what a reader who
may not see the other case gets (reference and post only), the audit on both cases, and purge."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from consular.db.models import AuditEntry, CaseLink
from consular.domain.enums import CaseLinkKind, CaseStatus
from consular.domain.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from consular.services import audit_chain, case_links, cases
from consular.services.case_links import DuplicateLinkError, LinkNotFoundError, SelfLinkError
from tests.demo_data import CASEWORKER, OTHER_CASEWORKER, SUPERVISOR, VIEWER
from tests.service_helpers import audit_count, audited, open_case


@pytest.fixture
def pair(ctx):
    """Two cases of the same attack: ours (Anjali's) and one led by Kiran whose team Anjali is not on."""
    ours = open_case(ctx).reference
    theirs = open_case(
        ctx, title="Two engineers taken in the same attack, Kayes", lead_caseworker=OTHER_CASEWORKER
    ).reference
    return ours, theirs


def test_a_link_is_one_row_shown_from_both_cases_and_unlinking_keeps_it(ctx, make_ctx, pair):
    ours, theirs = pair
    sup = make_ctx(SUPERVISOR)
    with audited(ctx, "case_link.add", count=2):  # one entry on each case's history
        made = case_links.link_cases(sup, ours, theirs, kind="same incident", note="Same convoy, 1 July")
    assert made.kind == CaseLinkKind.SAME_INCIDENT and made.other_reference == theirs and not made.withheld
    [from_ours] = case_links.list_links(sup, ours)
    [from_theirs] = case_links.list_links(sup, theirs)
    assert from_ours.id == from_theirs.id
    assert (from_ours.other_reference, from_theirs.other_reference) == (theirs, ours)
    assert from_theirs.other_title.startswith("Three nationals") and from_theirs.other_status == CaseStatus.OPEN
    assert from_theirs.note == "Same convoy, 1 July" and from_theirs.linked_by == "Vikram Iyer"
    with ctx.database.session() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.action == "case_link.add")))
        assert len(session.scalars(select(CaseLink)).all()) == 1
    case_ids = {cases.get_case(sup, ours).id, cases.get_case(sup, theirs).id}
    assert {e.case_id for e in entries} == case_ids

    with pytest.raises(ValidationError, match="why they are unlinked"):
        case_links.unlink_cases(sup, theirs, ours, reason="  ")
    with audited(ctx, "case_link.remove", count=2):
        gone = case_links.unlink_cases(sup, theirs, ours, reason="Different incident after all")
    assert gone.unlinked_at is not None and gone.unlinked_by == "Vikram Iyer"
    assert case_links.list_links(sup, ours) == []
    [history] = case_links.list_links(sup, ours, include_unlinked=True)
    assert history.unlink_reason == "Different incident after all" and not history.live
    # Linked again later: a new row; the undone one stays on record.
    again = case_links.link_cases(sup, ours, theirs, kind="related")
    assert again.id != history.id
    assert [link.live for link in case_links.list_links(sup, ours, include_unlinked=True)] == [False, True]
    assert audit_chain.verify(ctx.database).ok


def test_self_links_duplicates_and_unknown_references_are_refused_with_a_way_out(ctx, pair):
    ours, theirs = pair
    before = audit_count(ctx)
    with pytest.raises(SelfLinkError, match="cannot be linked to itself") as info:
        case_links.link_cases(ctx, ours, ours.lower(), kind="related")
    assert isinstance(info.value, ValidationError) and info.value.field == "other"
    with pytest.raises(NotFoundError, match="There is no case 'BAM-2025-0099'"):
        case_links.link_cases(ctx, ours, "BAM-2025-0099", kind="related")
    with pytest.raises(ValidationError, match="same_incident, related"):
        case_links.link_cases(ctx, ours, theirs, kind="sibling")
    with pytest.raises(LinkNotFoundError, match="are not linked"):
        case_links.unlink_cases(ctx, ours, theirs, reason="tidy up")
    assert audit_count(ctx) == before

    case_links.link_cases(ctx, ours, theirs, kind="related")
    with pytest.raises(DuplicateLinkError, match=r"already linked .*unlink them and link them again") as dup:
        case_links.link_cases(ctx, theirs, ours, kind="same_incident")  # either order is the same pair
    assert isinstance(dup.value, ConflictError)


def test_only_staff_who_may_see_both_cases_may_link_them(ctx, make_ctx, pair):
    ours, theirs = pair
    anjali, kiran, viewer = make_ctx(CASEWORKER), make_ctx(OTHER_CASEWORKER), make_ctx(VIEWER)
    before = audit_count(ctx)
    with pytest.raises(PermissionDeniedError, match=f"not on the team of {theirs}.*cases team {theirs} add a.sharma"):
        case_links.link_cases(anjali, ours, theirs, kind="related")
    with pytest.raises(PermissionDeniedError, match=f"not on the team of {ours}"):
        case_links.link_cases(kiran, theirs, ours, kind="related")
    with pytest.raises(PermissionDeniedError, match="only caseworkers or supervisors or administrators may"):
        case_links.link_cases(viewer, ours, theirs, kind="related")
    assert audit_count(ctx) == before

    # On both teams: Anjali may link them.
    from consular.services import teams

    teams.add_member(make_ctx(SUPERVISOR), theirs, CASEWORKER)
    assert case_links.link_cases(anjali, ours, theirs, kind="related").other_reference == theirs
    with pytest.raises(PermissionDeniedError, match=f"not on the team of {ours}"):
        case_links.unlink_cases(kiran, theirs, ours, reason="no")


def test_a_reader_off_the_other_cases_team_sees_its_reference_and_post_only(ctx, make_ctx, pair):
    ours, theirs = pair
    case_links.link_cases(
        make_ctx(SUPERVISOR), ours, theirs, kind="same_incident", note="Kiran's source says one group"
    )
    [seen_by_kiran] = case_links.list_links(make_ctx(OTHER_CASEWORKER), theirs)
    assert seen_by_kiran.withheld and seen_by_kiran.other_reference == ours and seen_by_kiran.other_post == "BAM"
    assert seen_by_kiran.other_title == "restricted" and seen_by_kiran.other_status is None
    assert seen_by_kiran.note is None  # written by someone who saw both
    assert "details restricted to that case's team" in seen_by_kiran.describe()
    assert "Three nationals" not in str(seen_by_kiran.to_json())
    [seen_by_viewer] = case_links.list_links(make_ctx(VIEWER), ours)
    assert seen_by_viewer.withheld and seen_by_viewer.note is None
    [seen_by_anjali] = case_links.list_links(make_ctx(CASEWORKER), ours)
    assert seen_by_anjali.withheld  # Anjali leads ours, not theirs
    [full] = case_links.list_links(ctx, ours)  # an administrator reads every case
    assert not full.withheld and full.note == "Kiran's source says one group"


def test_purging_a_case_removes_its_links_and_the_chain_still_verifies(ctx, pair):
    ours, theirs = pair
    case_links.link_cases(ctx, ours, theirs, kind="related", note="same group claimed both")
    cases.change_status(ctx, theirs, "closed", reason="Both released")
    from consular.services import purge

    result = purge.purge_case(ctx, theirs, confirm=theirs)
    assert result.removed.get("case_links") == 1
    assert case_links.list_links(ctx, ours, include_unlinked=True) == []
    assert audit_chain.verify(ctx.database).ok
