"""The Log contact form without widgets: defaults, checks, the diff against a saved entry, drafts.

No qtbot and no Qt: ``ContactForm`` is plain data. Where the form repeats a check of the
contacts service, the test runs both on the same input and asserts the same field and message,
so the dialog names a refused value exactly as the service would.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import text

from consular.domain.errors import ValidationError
from consular.domain.timeutil import utcnow
from consular.gui.forms import drafts
from consular.gui.forms.contact_form import ContactForm, FollowUpForm, counterpart_entry, draft_summary
from consular.services import contacts, counterparts
from tests.service_helpers import aware, open_case, someone


@pytest.fixture
def ref(ctx):
    return open_case(ctx).reference


@pytest.fixture
def police(ctx, ref):
    return counterparts.add_counterpart(ctx, ref, name="Gendarmerie Kayes", category="police")


@pytest.fixture
def family(ctx, ref):
    return counterparts.add_counterpart(ctx, ref, name="Ravi's brother", category="family")


def filled(ref, **overrides) -> ContactForm:
    form = ContactForm.new(ref, "v.iyer", now=aware(2025, 7, 1, 9, 20, 37))
    values = {"subject": "Gendarmerie confirms abduction", "notes": "Three employees missing."}
    values.update(overrides)
    return replace(form, **values)


# --- defaults ---------------------------------------------------------------------------


def test_a_new_contact_defaults_to_a_phone_call_made_now_by_the_signed_in_user():
    now = aware(2025, 7, 1, 9, 20, 37)
    form = ContactForm.new("KAY-1", "v.iyer", now=now, zone_mode="user")
    assert form.occurred_at == aware(2025, 7, 1, 9, 20)  # to the minute: the field shows no seconds
    assert (form.channel, form.direction) == ("phone", "outgoing")
    assert form.staff_present == ["v.iyer"]
    assert (form.subject, form.notes, form.outcome, form.counterparts) == ("", "", "", [])
    assert form.duration_minutes is None and not form.restricted
    assert form.zone_mode == "user" and form.contact_id is None
    assert form.follow_up == FollowUpForm(
        enabled=False, title="", assignee="v.iyer", due_at=aware(2025, 7, 2, 9, 0), priority="normal"
    )
    # Nothing typed yet: no draft is worth keeping.
    assert not form.has_content(form, editing=False)


def test_an_edit_starts_from_the_saved_entry(ctx, ref, police, family):
    saved = contacts.log_contact(
        ctx,
        ref,
        occurred_at=aware(2025, 7, 1, 9, 20),
        channel="in_person",
        direction="incoming",
        subject="Met the family",
        outcome="Agreed to call daily",
        duration_minutes=40,
        counterpart_ids=[family.id, police.id],
        staff_present=["v.iyer", "a.sharma"],
        restricted=True,
    )
    form = ContactForm.for_contact(saved)
    assert form.contact_id == saved.id and form.reference == ref
    assert form.occurred_at == aware(2025, 7, 1, 9, 20)
    assert (form.channel, form.direction, form.duration_minutes) == ("in_person", "incoming", 40)
    assert (form.subject, form.notes, form.outcome) == ("Met the family", "", "Agreed to call daily")
    assert form.counterpart_ids == [family.id, police.id]
    assert form.staff_present == ["a.sharma", "v.iyer"]
    assert form.restricted
    assert form.changes(saved) == {}
    assert not form.has_content(form, editing=True)


# --- checks -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"subject": "   "}, "subject", "The summary is required."),
        ({"subject": "x" * 301}, "subject", "The summary is 301 characters long; the limit is 300."),
        ({"notes": "n" * 200_001}, "notes", "The notes is 200,001 characters long; the limit is 200,000."),
        ({"outcome": "o" * 20_001}, "outcome", "The outcome is 20,001 characters long; the limit is 20,000."),
        ({"duration_minutes": 24 * 60 + 1}, "duration_minutes", "1441 is outside 0…1440."),
        (
            {"follow_up": FollowUpForm(enabled=True, title=" ", assignee="v.iyer", due_at=aware(2025, 7, 2, 9))},
            "follow_up.title",
            "The follow-up task is required.",
        ),
        ({"occurred_at": "FUTURE"}, "occurred_at", "The contact time is in the future; check the date and time zone."),
    ],
)
def test_each_refused_field_is_named_with_the_message_the_service_gives(ctx, ref, police, overrides, field, message):
    if overrides.get("occurred_at") == "FUTURE":
        overrides = {"occurred_at": utcnow() + timedelta(hours=2)}
    form = filled(ref, counterparts=[counterpart_entry(police)], **overrides)
    by_form = form.validate()
    assert [e.field for e in by_form] == [field]
    assert by_form[0].message.startswith(message)
    with pytest.raises(ValidationError) as by_service:
        contacts.log_contact(ctx, ref, **form.log_kwargs())
    assert (by_service.value.field, by_service.value.message) == (by_form[0].field, by_form[0].message)


def test_every_error_is_returned_at_once_in_the_order_of_the_fields(ref):
    """One error per Save made a caseworker save five times to learn five problems."""
    form = filled(
        ref,
        subject=" ",
        outcome="o" * 20_001,
        duration_minutes=24 * 60 + 1,
        occurred_at=None,
        unreadable={"occurred_at": "2026-02-30 is not a date: February 2026 has 28 days."},
        follow_up=FollowUpForm(enabled=True, title=" ", assignee="v.iyer", due_at=aware(2025, 7, 2, 9)),
    )
    fields = [e.field for e in form.validate()]
    assert fields == ["occurred_at", "counterpart_ids", "duration_minutes", "subject", "outcome", "follow_up.title"]


def test_a_contact_with_nobody_is_refused_by_the_form_and_the_service(ctx, ref):
    form = filled(ref)
    errors = form.validate()
    assert [(e.field, e.message) for e in errors] == [
        ("counterpart_ids", "Say who the contact was with: add at least one counterpart in “With”.")
    ]
    with pytest.raises(ValidationError) as by_service:
        contacts.log_contact(ctx, ref, **form.log_kwargs())
    assert (by_service.value.field, by_service.value.message) == (errors[0].field, errors[0].message)


def test_a_name_typed_but_not_added_is_refused_before_anything_else(ref):
    form = filled(ref, subject="", pending_counterpart="  Gendarmerie  ")
    refused = form.validate()[0]
    assert refused.field == "counterparts"
    assert refused.message == ("'Gendarmerie' is typed but not added: press Enter in the field to add it, or clear it.")


def test_a_complete_form_passes_and_logs_what_it_holds(ctx, ref, police):
    due = aware(2025, 7, 2, 9)
    form = filled(
        ref,
        counterparts=[counterpart_entry(police)],
        duration_minutes=12,
        outcome="Will call back",
        staff_present=["v.iyer", "a.sharma"],
        follow_up=FollowUpForm(enabled=True, title="Call the commander again", assignee="a.sharma", due_at=due),
    )
    assert form.validate() == []
    entry = contacts.log_contact(ctx, ref, **form.log_kwargs())
    assert entry.subject == "Gendarmerie confirms abduction"
    assert [c.id for c in entry.counterparts] == [police.id]
    assert entry.duration_minutes == 12 and entry.follow_up_needed
    assert sorted(entry.staff_usernames) == ["a.sharma", "v.iyer"]


def test_an_edit_checks_only_what_it_changes(ctx, ref, police):
    saved = contacts.log_contact(
        ctx, ref, occurred_at=aware(2025, 7, 1, 9), channel="phone", subject="Call", counterpart_ids=[police.id]
    )
    # The follow-up is not part of an edit, so a blank title there refuses nothing.
    form = replace(ContactForm.for_contact(saved), follow_up=FollowUpForm(enabled=True, title=""))
    assert form.validate(saved) == []
    refused = replace(form, subject=" ").validate(saved)
    assert [(e.field, e.message) for e in refused] == [("subject", "The summary is required.")]


# --- diff against the saved entry -------------------------------------------------------


def test_an_edit_that_only_reorders_the_staff_writes_no_revision(ctx, ref):
    saved = contacts.log_contact(
        ctx,
        ref,
        counterpart_ids=someone(ctx, ref),
        occurred_at=aware(2025, 7, 1, 9),
        channel="phone",
        subject="Call",
        staff_present=["v.iyer", "a.sharma"],
    )
    reordered = replace(ContactForm.for_contact(saved), staff_present=["v.iyer", "a.sharma"])
    assert reordered.staff_present == ["a.sharma", "v.iyer"]
    assert reordered.changes(saved) == {}
    # Sent anyway, the service agrees: the revision stays where it was.
    after = contacts.edit_contact(ctx, saved.id, expected_revision=saved.revision, staff_present=["v.iyer", "a.sharma"])
    assert after.revision == saved.revision
    assert contacts.contact_history(ctx, saved.id) == []


def test_an_edit_sends_only_the_fields_that_differ(ctx, ref, police, family):
    saved = contacts.log_contact(
        ctx, ref, occurred_at=aware(2025, 7, 1, 9), channel="phone", subject="Call", counterpart_ids=[police.id]
    )
    form = ContactForm.for_contact(saved)
    # Seconds and the zone it is written in are no change: the field shows minutes.
    same_minute = saved.occurred_at.astimezone(aware(2025, 1, 1).tzinfo) + timedelta(seconds=30)
    assert replace(form, occurred_at=same_minute).changes(saved) == {}
    edited = replace(
        form,
        occurred_at=saved.occurred_at + timedelta(minutes=5),
        channel="email",
        subject="Call, confirmed",
        counterparts=[counterpart_entry(family), counterpart_entry(police)],
        staff_present=["a.sharma"],
    )
    changes = edited.changes(saved)
    assert changes == {
        "occurred_at": saved.occurred_at + timedelta(minutes=5),
        "channel": "email",
        "subject": "Call, confirmed",
        "counterpart_ids": [family.id, police.id],
        "staff_present": ["a.sharma"],
    }
    after = contacts.edit_contact(ctx, saved.id, expected_revision=saved.revision, **changes)
    assert after.revision == saved.revision + 1
    assert after.subject == "Call, confirmed"
    assert edited.has_content(form, editing=True)


# --- drafts -----------------------------------------------------------------------------


def test_a_draft_round_trips_through_the_database(ctx, ref, police):
    form = filled(
        ref,
        zone_mode="user",
        counterparts=[counterpart_entry(police)],
        channel="video_call",
        direction="incoming",
        duration_minutes=7,
        outcome="Agreed — कल फिर",
        staff_present=["v.iyer", "a.sharma"],
        restricted=True,
        follow_up=FollowUpForm(enabled=True, title="Ring back", assignee="a.sharma", due_at=aware(2025, 7, 3, 10)),
    )
    key = drafts.draft_key(ref)
    drafts.write_draft(ctx, key, form.to_draft())
    with ctx.database.session() as session:  # the row itself, read apart from the service
        [(payload,)] = session.execute(text("SELECT payload FROM drafts")).all()
    kept = json.loads(payload)
    assert kept["staff_present"] == ["a.sharma", "v.iyer"] and kept["staff_editable"] is True
    back = ContactForm.new(ref, "v.iyer", now=aware(2025, 8, 1, 12)).apply_draft(
        drafts.read_draft(ctx, key), editing=False
    )
    assert back == form
    assert back.has_content(ContactForm.new(ref, "v.iyer"), editing=False)


def test_an_old_or_damaged_draft_keeps_the_forms_values_where_it_has_none(ref):
    base = ContactForm.new(ref, "v.iyer", now=aware(2025, 7, 1, 9))
    back = base.apply_draft(
        {"subject": "Old text", "channel": "carrier pigeon", "follow_up": {"priority": "??"}}, editing=False
    )
    assert back.subject == "Old text"
    assert back.channel == "phone"  # unknown value: the default stays
    assert back.occurred_at == base.occurred_at and back.staff_present == ["v.iyer"]
    assert back.follow_up.priority == "normal" and back.follow_up.due_at == base.follow_up.due_at


def test_an_edit_draft_from_before_staff_was_editable_keeps_the_saved_staff(ctx, ref):
    saved = contacts.log_contact(
        ctx,
        ref,
        counterpart_ids=someone(ctx, ref),
        occurred_at=aware(2025, 7, 1, 9),
        channel="phone",
        subject="Call",
        staff_present=["a.sharma"],
    )
    form = ContactForm.for_contact(saved)
    old = {"subject": "Call, corrected", "staff_present": []}  # no "staff_editable": written by an older version
    assert form.apply_draft(old, editing=True).staff_present == ["a.sharma"]
    new = dict(old, staff_editable=True)
    assert form.apply_draft(new, editing=True).staff_present == []
    # For a new contact the list is always what was ticked.
    assert filled(ref).apply_draft(old, editing=False).staff_present == []


def test_a_new_contact_is_worth_a_draft_as_soon_as_anything_is_typed_or_ticked(ref):
    base = ContactForm.new(ref, "v.iyer", now=aware(2025, 7, 1, 9))
    assert not replace(base, follow_up=replace(base.follow_up, enabled=True)).has_content(base, editing=False)
    for change in (
        {"subject": "x"},
        {"notes": "x"},
        {"outcome": "x"},
        {"duration_minutes": 3},
        {"restricted": True},
        {"staff_present": ["v.iyer", "a.sharma"]},
        {"counterparts": [{"id": 1, "name": "A", "category": "police", "label": "A"}]},
        {"follow_up": replace(base.follow_up, enabled=True, title="Ring")},
    ):
        assert replace(base, **change).has_content(base, editing=False), change
    # Whitespace alone is nothing to keep.
    assert not replace(base, subject="  ", notes="\n").has_content(base, editing=False)


def test_the_draft_offer_says_when_and_what(ref):
    data = filled(ref, subject="Gendarmerie confirms").to_draft()
    data["saved_at"] = "2025-07-01T09:20:00+00:00"
    today = aware(2025, 7, 1).date()
    assert (
        draft_summary(data, editing=False, today=today)
        == "Restore the unsaved contact from 09:20?  “Gendarmerie confirms”"
    )
    assert draft_summary(data, editing=True, today=today + timedelta(days=1)).startswith(
        "Restore the unsaved changes to this contact from 2025-07-01 09:20?"
    )
    assert draft_summary({"notes": ""}, editing=False, today=today) == "Restore the unsaved contact earlier?"
