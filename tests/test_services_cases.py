"""Case actions: open, edit (with version conflicts), the status workflow, permissions."""

from __future__ import annotations

from datetime import timedelta

import pytest

from consular.domain.enums import CaseKind, CaseStatus
from consular.domain.errors import ConflictError, NotFoundError, PermissionDeniedError
from consular.domain.filters import CaseFilter
from consular.domain.timeutil import utcnow
from consular.services import cases
from tests.demo_data import CASEWORKER, KAYES, SUPERVISOR, VIEWER
from tests.service_helpers import INCIDENT, audit_count, audited, open_case, refused


def test_open_case_allocates_references_per_post_and_year(ctx):
    with audited(ctx, "case.open"):
        first = open_case(ctx)
    second = open_case(ctx, title="Second case", incident_at="2025-08-03T10:00:00+00:00")
    older = open_case(ctx, title="Older case", incident_at="2024-02-01T10:00:00+00:00")
    assert (first.reference, second.reference, older.reference) == (KAYES, "BAM-2025-0002", "BAM-2024-0001")
    assert first.status == CaseStatus.OPEN and first.version == 1
    assert [(h.from_status, h.to_status) for h in first.status_history] == [(None, CaseStatus.OPEN)]
    assert first.lead_caseworker.username == CASEWORKER and first.supervisor.username == SUPERVISOR


def test_reference_year_is_the_incident_year_in_the_case_zone(ctx):
    # 20:00 UTC on New Year's Eve is already 1 January in Kathmandu (+05:45).
    detail = open_case(ctx, incident_at="2025-12-31T20:00:00+00:00", timezone="Asia/Kathmandu")
    assert detail.reference == "BAM-2026-0001"
    assert detail.to_json()["incident_at"] == "2026-01-01T01:45:00+05:45"


def test_naive_incident_text_is_read_in_the_case_zone(ctx):
    detail = open_case(ctx, incident_at="2025-07-01T06:00", timezone="Asia/Kolkata")
    assert detail.incident_at.isoformat() == "2025-07-01T00:30:00+00:00"


def test_opened_at_dates_the_first_status_change(ctx):
    opened = utcnow().replace(year=2025, month=7, day=1, hour=7, minute=35, second=0, microsecond=0)
    detail = open_case(ctx, opened_at=opened)
    assert detail.status_history[0].changed_at == opened


@pytest.mark.parametrize(
    "field, value, match",
    [
        ("title", "   ", "required"),
        ("title", "x" * 301, "limit is 300"),
        ("kind", "kidnap-ish", "not a known kind of case"),
        ("priority", "urgent!", "priority"),
        ("incident_at", "1st of July", "ISO 8601"),
        ("incident_at", (utcnow() + timedelta(days=2)).isoformat(), "future"),
        ("incident_country", "Narnia", "ISO 3166"),
        ("timezone", "Mars/Olympus", "IANA"),
        ("latitude", 95, "outside"),
        ("classification", "top secret-ish", "classification"),
        ("lead_caseworker", "nobody", "no user 'nobody'"),
    ],
)
def test_open_case_refuses_bad_input_naming_the_field(ctx, field, value, match):
    with refused(ctx, field, match):
        open_case(ctx, **{field: value} if field != "latitude" else {"latitude": value, "longitude": 1.0})


def test_open_case_other_refusals(ctx):
    with refused(ctx, "attribution_group", "Name the group"):
        open_case(ctx, attribution_level="claimed")
    with refused(ctx, "longitude", "both"):
        open_case(ctx, latitude=14.4)
    with refused(ctx, "opened_at", "future"):
        open_case(ctx, opened_at=utcnow() + timedelta(days=1))
    with pytest.raises(NotFoundError, match="no post with code 'XYZ'"):
        open_case(ctx, post_code="XYZ")
    assert cases.count_cases(ctx) == 0


def test_edit_case_changes_only_what_is_given_and_bumps_the_version(ctx):
    detail = open_case(ctx)
    with audited(ctx, "case.edit"):
        edited = cases.edit_case(
            ctx,
            detail.reference,
            expected_version=detail.version,
            title="Three Indian nationals abducted, Kayes",
            priority="critical",
        )
    assert edited.title == "Three Indian nationals abducted, Kayes"
    assert edited.priority.value == "critical"
    assert edited.incident_town == "Kayes"
    assert edited.version == detail.version + 1


def test_edit_with_a_stale_version_is_a_conflict_and_changes_nothing(ctx, make_ctx):
    detail = open_case(ctx)
    cases.edit_case(make_ctx(CASEWORKER), detail.reference, expected_version=detail.version, priority="low")
    before = audit_count(ctx)
    with pytest.raises(ConflictError, match="was changed by Anjali Sharma at"):
        cases.edit_case(ctx, detail.reference, expected_version=detail.version, title="Mine")
    assert audit_count(ctx) == before
    assert cases.get_case(ctx, detail.reference).title == detail.title


def test_edit_case_without_a_change_writes_nothing(ctx):
    detail = open_case(ctx)
    before = audit_count(ctx)
    again = cases.edit_case(ctx, detail.reference, title=detail.title)
    assert again.version == detail.version and audit_count(ctx) == before


def test_edit_case_refusals(ctx):
    detail = open_case(ctx)
    with refused(ctx, "status", "cannot be edited here"):
        cases.edit_case(ctx, detail.reference, status="closed")
    with refused(ctx, "incident_country", "ISO 3166"):
        cases.edit_case(ctx, detail.reference, incident_country="XX")
    with pytest.raises(NotFoundError, match="no case 'BAM-2025-0099'"):
        cases.edit_case(ctx, "bam-2025-0099", title="x")


def test_status_workflow_records_who_when_why(ctx, make_ctx):
    ref = open_case(ctx).reference
    caseworker = make_ctx(CASEWORKER)
    with audited(ctx, "case.status"):
        active = cases.change_status(caseworker, ref, "active", "Hostages confirmed by the gendarmerie")
    assert active.status == CaseStatus.ACTIVE
    last = active.status_history[-1]
    assert (last.from_status, last.to_status, last.changed_by) == (CaseStatus.OPEN, CaseStatus.ACTIVE, "Anjali Sharma")
    assert last.reason == "Hostages confirmed by the gendarmerie"
    cases.change_status(caseworker, ref, "resolved", "All three released")
    with pytest.raises(PermissionDeniedError, match="supervisor"):
        cases.change_status(caseworker, ref, "closed", "Done")
    closed = cases.change_status(make_ctx(SUPERVISOR), ref, "closed", "Repatriated; family content")
    assert closed.status == CaseStatus.CLOSED
    with audited(ctx, "case.reopen"):
        reopened = cases.change_status(caseworker, ref, "active", "New information from the family")
    assert [h.to_status.value for h in reopened.status_history] == ["open", "active", "resolved", "closed", "active"]


def test_status_changes_that_are_refused(ctx):
    ref = open_case(ctx).reference
    with refused(ctx, "reason", "required"):
        cases.change_status(ctx, ref, "active", "  ")
    with refused(ctx, "status", "already open"):
        cases.change_status(ctx, ref, "open", "again")
    cases.change_status(ctx, ref, "active", "confirmed")
    with refused(ctx, "status", "cannot go from active to open"):
        cases.change_status(ctx, ref, "open", "back")
    with refused(ctx, "status", "not a known case status"):
        cases.change_status(ctx, ref, "paused", "why not")
    with refused(ctx, "at", "time zone"):
        cases.change_status(ctx, ref, "resolved", "released", at=utcnow().replace(tzinfo=None))


def test_viewer_cannot_write(ctx, make_ctx):
    ref = open_case(ctx).reference
    viewer = make_ctx(VIEWER)
    before = audit_count(ctx)
    with pytest.raises(PermissionDeniedError, match=r"\(viewer\) may not open a case"):
        open_case(viewer)
    with pytest.raises(PermissionDeniedError):
        cases.edit_case(viewer, ref, title="Changed")
    with pytest.raises(PermissionDeniedError):
        cases.change_status(viewer, ref, "active", "x")
    assert audit_count(ctx) == before
    # Reading is allowed.
    assert cases.get_case(viewer, ref).reference == ref


def test_list_cases_filters_and_summary_counts(ctx):
    from tests.service_helpers import add_hostage

    a = open_case(ctx).reference
    b = open_case(
        ctx, title="Detained seafarer", kind="wrongful_detention", incident_at="2025-03-01T10:00+00:00"
    ).reference
    add_hostage(ctx, a)
    add_hostage(ctx, a, name="Srinivas Gaddam", passport_number="Z3141592")
    cases.change_status(ctx, b, "active", "confirmed")
    rows = cases.list_cases(ctx)
    assert [r.reference for r in rows] == [a, b]  # newest incident first
    assert (rows[0].hostages_held, rows[0].hostages_total) == (2, 2)
    assert [r.reference for r in cases.list_cases(ctx, CaseFilter(statuses=[CaseStatus.ACTIVE]))] == [b]
    assert cases.count_cases(ctx, CaseFilter(kinds=[CaseKind.WRONGFUL_DETENTION])) == 1
    assert cases.list_cases(ctx, sort="incident_at", descending=False)[0].reference == b
    with refused(ctx, "sort"):
        cases.list_cases(ctx, sort="colour")
    # Priority and status sort in their own order, not alphabetically.
    cases.edit_case(ctx, b, priority="low")
    cases.edit_case(ctx, a, priority="critical")
    assert [r.reference for r in cases.list_cases(ctx, sort="priority")] == [a, b]
    assert [r.reference for r in cases.list_cases(ctx, sort="status", descending=False)] == [a, b]  # open, active
    summary = cases.case_summary(ctx, a).to_json()
    assert summary["incident_at"] == INCIDENT and summary["country"] == "ML"
