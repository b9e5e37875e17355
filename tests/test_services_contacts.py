"""Counterparts and the contact log: time zones, history on edit, follow-ups, name matching."""

from __future__ import annotations

from datetime import timedelta

import pytest

from consular.domain.enums import Channel, CounterpartCategory, TaskStatus
from consular.domain.errors import ConflictError, NotFoundError, PermissionDeniedError
from consular.domain.timeutil import utcnow
from consular.services import audit, cases, contacts, counterparts, tasks
from tests.demo_data import CASEWORKER, OTHER_CASEWORKER, SUPERVISOR, VIEWER
from tests.service_helpers import audit_count, audited, aware, open_case, refused, someone


@pytest.fixture
def ref(ctx):
    reference = open_case(ctx).reference
    someone(ctx, reference)  # the "With" of contacts the tests log: added before any audit count
    return reference


@pytest.fixture
def police(ctx, ref):
    return counterparts.add_counterpart(
        ctx,
        ref,
        name="Company Commander, Gendarmerie Kayes",
        category="police",
        organisation="Gendarmerie nationale, Kayes",
        phone="+22321523196",
    )


def log(ctx, ref, **overrides):
    values = {
        "occurred_at": "2025-07-01T09:20:00+00:00",
        "channel": "phone",
        "subject": "Gendarmerie confirms abduction",
        "notes": "The commander confirmed that three foreign employees were missing.",
    }
    values.update(overrides)
    if "counterpart_ids" not in values:  # a contact is with somebody
        values["counterpart_ids"] = someone(ctx, ref)
    return contacts.log_contact(ctx, ref, **values)


def test_a_contact_with_nobody_is_refused(ctx, ref):
    """A contact logged with nobody in "With" was accepted."""
    for nobody in (None, []):
        with refused(ctx, "counterpart_ids", "at least one counterpart"):
            log(ctx, ref, counterpart_ids=nobody)
    entry = log(ctx, ref)
    with refused(ctx, "counterpart_ids", "at least one counterpart"):
        contacts.edit_contact(ctx, entry.id, expected_revision=entry.revision, counterpart_ids=[])


def test_add_and_edit_counterpart(ctx, ref):
    with audited(ctx, "counterpart.add"):
        cp = counterparts.add_counterpart(
            ctx, ref, name="Mamadou S.", category="intermediary", reliability_note="Unverified. Never pay."
        )
    assert cp.category == CounterpartCategory.INTERMEDIARY
    assert cp.id in [c.id for c in counterparts.case_counterparts(ctx, ref)]
    with audited(ctx, "counterpart.edit"):
        edited = counterparts.edit_counterpart(ctx, cp.id, role="Go-between", email="m.s@example.org")
    assert (edited.role, edited.email, edited.name) == ("Go-between", "m.s@example.org", "Mamadou S.")
    assert [c.name for c in counterparts.find_counterparts(ctx, "mamadou")] == ["Mamadou S."]


@pytest.mark.parametrize(
    "field, value, match",
    [
        ("name", " ", "required"),
        ("category", "spy", "not a known counterpart category"),
        ("email", "nope", "not an e-mail"),
        ("phone", "12", "phone number"),
    ],
)
def test_counterpart_refusals(ctx, ref, field, value, match):
    values = {"name": "Someone", "category": "police", field: value}
    with refused(ctx, field, match):
        counterparts.add_counterpart(ctx, ref, **values)


def test_log_contact_links_counterparts_and_updates_the_case(ctx, ref, police):
    with audited(ctx, "contact.log"):
        entry = log(ctx, ref, counterpart_ids=[police.id], staff_present=[CASEWORKER, SUPERVISOR], duration_minutes=9)
    assert entry.counterpart_names == "Company Commander, Gendarmerie Kayes"
    assert entry.staff_present == ["Anjali Sharma", "Vikram Iyer"]
    assert entry.channel == Channel.PHONE and entry.revision == 1
    assert cases.get_case(ctx, ref).last_contact_at == aware(2025, 7, 1, 9, 20)
    # An earlier contact logged later does not move the last contact back.
    log(ctx, ref, occurred_at="2025-07-01T08:00:00+00:00")
    assert cases.case_summary(ctx, ref).last_contact_at == aware(2025, 7, 1, 9, 20)
    assert cases.get_case(ctx, ref).contact_count == 2


def test_times_without_offset_are_read_in_the_case_zone(ctx):
    ref = open_case(ctx, timezone="Asia/Kathmandu").reference
    entry = log(ctx, ref, occurred_at="2025-07-02T10:00")
    assert entry.occurred_at.isoformat() == "2025-07-02T04:15:00+00:00"
    explicit = log(ctx, ref, occurred_at="2025-07-02T10:00+05:30")
    assert explicit.occurred_at.isoformat() == "2025-07-02T04:30:00+00:00"


@pytest.mark.parametrize(
    "field, overrides, match",
    [
        ("occurred_at", {"occurred_at": "yesterday"}, "not a date and time"),
        ("occurred_at", {"occurred_at": (utcnow() + timedelta(hours=2)).isoformat()}, "future"),
        ("occurred_at", {"occurred_at": "2020-01-01T00:00:00+00:00"}, "more than a year before"),
        ("channel", {"channel": "telepathy"}, "not a known contact channel"),
        ("direction", {"direction": "sideways"}, "not a known contact direction"),
        ("subject", {"subject": ""}, "summary is required"),
        ("duration_minutes", {"duration_minutes": -5}, "outside"),
        ("counterparts", {"counterpart_ids": [9999]}, "no counterpart #9999"),
        ("staff_present", {"staff_present": ["ghost"]}, "no user 'ghost'"),
        ("notes", {"notes": "x" * 200_001}, "limit is 200,000"),
    ],
)
def test_log_contact_refusals(ctx, ref, field, overrides, match):
    with refused(ctx, field, match):
        log(ctx, ref, **overrides)
    assert cases.get_case(ctx, ref).contact_count == 0


def test_aware_datetime_objects_are_accepted_and_naive_ones_refused(ctx, ref):
    entry = log(ctx, ref, occurred_at=aware(2025, 7, 3, 12, 0))
    assert entry.occurred_at == aware(2025, 7, 3, 12, 0)
    with refused(ctx, "occurred_at", "no time zone"):
        log(ctx, ref, occurred_at=aware(2025, 7, 3, 12, 0).replace(tzinfo=None))


def test_follow_up_task_is_created_with_the_contact(ctx, ref, police):
    before = audit_count(ctx)
    entry = log(
        ctx,
        ref,
        counterpart_ids=[police.id],
        follow_up=contacts.FollowUp("Ask for the investigation reference", CASEWORKER, "2025-07-03T12:00"),
    )
    assert audit_count(ctx) - before == 2  # contact.log and task.add
    assert entry.follow_up_needed
    [task] = tasks.list_tasks(ctx, ref)
    assert (task.title, task.contact_id, task.assignee_username) == (
        "Ask for the investigation reference",
        entry.id,
        CASEWORKER,
    )
    with refused(ctx, "follow_up.title", "follow-up task is required"):
        log(ctx, ref, follow_up=contacts.FollowUp(""))


def test_edit_contact_keeps_the_earlier_text_as_a_revision(ctx, ref, police, make_ctx):
    entry = log(ctx, ref, counterpart_ids=[police.id])
    editor = make_ctx(OTHER_CASEWORKER)
    with audited(ctx, "contact.edit"):
        edited = contacts.edit_contact(
            editor,
            entry.id,
            expected_revision=1,
            notes="Corrected: four employees were missing, one found later.",
            restricted=True,
        )
    assert edited.revision == 2 and edited.restricted
    [old] = contacts.contact_history(ctx, entry.id)
    assert old.revision == 1 and old.notes == entry.notes and not old.restricted
    assert (old.written_by, old.replaced_by) == ("Test Administrator", "Kiran Reddy")
    assert contacts.get_contact(ctx, entry.id).notes.startswith("Corrected")
    # A second editor who loaded revision 1 is told, and nothing changes.
    before = audit_count(ctx)
    with pytest.raises(ConflictError, match="was changed by Kiran Reddy at"):
        contacts.edit_contact(ctx, entry.id, expected_revision=1, notes="Mine")
    assert audit_count(ctx) == before
    # No change, no revision.
    same = contacts.edit_contact(ctx, entry.id, notes=edited.notes)
    assert same.revision == 2 and audit_count(ctx) == before


def test_contact_view_names_staff_as_accounts_so_an_edit_can_change_them(ctx, ref):
    entry = log(ctx, ref, staff_present=[CASEWORKER, SUPERVISOR])
    assert entry.staff_present == ["Anjali Sharma", "Vikram Iyer"]
    assert entry.staff_usernames == [CASEWORKER, SUPERVISOR]  # the same people, in the same order
    assert contacts.get_contact(ctx, entry.id).staff_usernames == [CASEWORKER, SUPERVISOR]
    assert contacts.list_contacts(ctx, ref)[0].staff_usernames == [CASEWORKER, SUPERVISOR]
    # The usernames round-trip through an edit: the same people in another order is no change.
    before = audit_count(ctx)
    same = contacts.edit_contact(ctx, entry.id, staff_present=list(reversed(entry.staff_usernames)))
    assert same.revision == 1 and audit_count(ctx) == before
    with audited(ctx, "contact.edit"):
        edited = contacts.edit_contact(
            ctx, entry.id, expected_revision=1, staff_present=[*entry.staff_usernames[:1], OTHER_CASEWORKER]
        )
    assert (edited.staff_usernames, edited.revision) == ([CASEWORKER, OTHER_CASEWORKER], 2)
    assert edited.staff_present == ["Anjali Sharma", "Kiran Reddy"]
    [trail] = [a for a in audit.audit_trail(ctx, ref) if a.action == "contact.edit"]
    assert trail.before["staff_present"] == [CASEWORKER, SUPERVISOR]
    assert trail.after["staff_present"] == [CASEWORKER, OTHER_CASEWORKER]


def test_edit_contact_refusals(ctx, ref):
    entry = log(ctx, ref)
    with refused(ctx, "case_id", "cannot be edited on a contact"):
        contacts.edit_contact(ctx, entry.id, case_id=2)
    with refused(ctx, "channel", "not a known contact channel"):
        contacts.edit_contact(ctx, entry.id, channel="fax")
    with pytest.raises(NotFoundError, match="no contact entry #999"):
        contacts.edit_contact(ctx, 999, notes="x")


def test_edit_moving_the_latest_contact_back_updates_the_case(ctx, ref):
    entry = log(ctx, ref, occurred_at="2025-07-05T10:00:00+00:00")
    log(ctx, ref, occurred_at="2025-07-02T10:00:00+00:00")
    contacts.edit_contact(ctx, entry.id, occurred_at="2025-07-01T10:00:00+00:00")
    assert cases.case_summary(ctx, ref).last_contact_at == aware(2025, 7, 2, 10, 0)


def test_resolve_counterparts_matches_exactly_then_by_unique_part_and_creates_the_rest(ctx, ref, police):
    counterparts.add_counterpart(ctx, ref, name="Awa Diarra", category="employer")
    counterparts.add_counterpart(ctx, ref, name="Awa Keita", category="ngo")
    matched, created = contacts.resolve_counterparts(ctx, ref, ["gendarmerie", "awa diarra", "Nandini Rao"])
    assert [c.name for c in matched] == ["Company Commander, Gendarmerie Kayes", "Awa Diarra"]
    assert [(c.name, c.category) for c in created] == [("Nandini Rao", CounterpartCategory.OTHER)]
    with refused(ctx, "with", "matches several"):
        contacts.resolve_counterparts(ctx, ref, ["Awa"])


def test_list_contacts_filters(ctx, ref, police):
    log(ctx, ref, counterpart_ids=[police.id])
    log(
        ctx,
        ref,
        occurred_at="2025-07-02T10:00:00+00:00",
        channel="email",
        subject="Note to MFA",
        restricted=True,
        notes="Note verbale sent.",
    )
    from consular.domain.filters import ContactFilter

    assert [c.subject for c in contacts.list_contacts(ctx, ref)] == ["Note to MFA", "Gendarmerie confirms abduction"]
    assert len(contacts.list_contacts(ctx, ref, ContactFilter(include_restricted=False))) == 1
    assert len(contacts.list_contacts(ctx, ref, ContactFilter(categories=[CounterpartCategory.POLICE]))) == 1
    assert len(contacts.list_contacts(ctx, ref, ContactFilter(text="three foreign"))) == 1


def test_viewer_cannot_log_or_edit(ctx, make_ctx, ref):
    entry = log(ctx, ref)
    viewer = make_ctx(VIEWER)
    before = audit_count(ctx)
    with pytest.raises(PermissionDeniedError):
        log(viewer, ref)
    with pytest.raises(PermissionDeniedError):
        contacts.edit_contact(viewer, entry.id, notes="x")
    with pytest.raises(PermissionDeniedError):
        counterparts.add_counterpart(viewer, ref, name="X", category="other")
    assert audit_count(ctx) == before
    assert tasks.list_tasks(viewer, ref) == [] and TaskStatus.OPEN.is_open


def test_a_case_whose_incident_fell_on_29_february_takes_contacts(ctx):
    """Logging a contact on such a case raised ValueError (no 29 February a year before)."""
    ref = open_case(ctx, incident_at="2024-02-29T06:00:00+00:00").reference
    entry = log(ctx, ref, occurred_at="2024-03-01T09:00:00+00:00")
    assert entry.occurred_at == aware(2024, 3, 1, 9, 0)
    log(ctx, ref, occurred_at="2023-02-28T07:00:00+00:00")  # a year before, to the day
    with refused(ctx, "occurred_at", "more than a year before"):
        log(ctx, ref, occurred_at="2023-02-27T23:00:00+00:00")
