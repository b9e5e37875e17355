"""The person and next-of-kin forms without widgets: defaults and what an edit sends.

No qtbot and no Qt. Each form is saved through the real people service and read back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from consular.domain.enums import Channel, ParticipantRole
from consular.domain.errors import ValidationError
from consular.gui.forms.people_forms import PERSON_TEXT_FIELDS, KinForm, PersonForm
from consular.services import cases, people
from tests.service_helpers import add_hostage, open_case


def person_form(**text) -> PersonForm:
    return PersonForm(text=text, role=ParticipantRole.HOSTAGE)


def test_a_new_person_is_a_hostage_of_indian_nationality_with_nothing_typed():
    form = PersonForm.new()
    assert form.role == ParticipantRole.HOSTAGE and form.nationality == "IN"
    assert set(form.text) == set(PERSON_TEXT_FIELDS) and not any(form.text.values())
    assert form.add_fields() == {"nationality": "IN"}
    assert PersonForm.new(ParticipantRole.WITNESS).role == ParticipantRole.WITNESS


def test_a_new_person_sends_only_what_was_typed_trimmed(ctx):
    ref = open_case(ctx).reference
    form = person_form(full_name="  Ravi Kumar Verma ", passport_number="X1618033", date_of_birth="1990-02-03")
    form = replace(form, medical_needs=" Insulin daily \n")
    assert form.add_fields() == {
        "full_name": "Ravi Kumar Verma",
        "passport_number": "X1618033",
        "date_of_birth": "1990-02-03",
        "nationality": "IN",
        "medical_needs": "Insulin daily",
    }
    added = people.add_person(ctx, ref, role=form.role, **form.add_fields())
    assert added.person.full_name == "Ravi Kumar Verma"
    assert added.person.date_of_birth == date(1990, 2, 3)


def test_an_unchanged_person_sends_nothing_and_one_change_sends_one_field(ctx):
    ref = open_case(ctx).reference
    hostage = add_hostage(ctx, ref, date_of_birth="1990-02-03", employer="Kayes Mining")
    saved = hostage.person
    form = PersonForm.from_person(saved)
    assert form.text["date_of_birth"] == "1990-02-03"
    assert form.changes(saved) == {}
    # Whitespace around what is saved is no change.
    assert replace(form, text=dict(form.text, employer=" Kayes Mining ")).changes(saved) == {}

    edited = replace(form, text=dict(form.text, employer="", phone="+91 98450 12345"), notes="Diabetic")
    changes = edited.changes(saved)
    assert changes == {"employer": None, "phone": "+91 98450 12345", "notes": "Diabetic"}
    people.edit_person(ctx, saved.id, **changes)
    after = next(p.person for p in cases.get_case(ctx, ref).participants if p.person.id == saved.id)
    assert after.employer is None and after.notes == "Diabetic"
    assert PersonForm.from_person(after).changes(after) == {}


def test_a_cleared_date_of_birth_is_sent_as_typed(ctx):
    ref = open_case(ctx).reference
    saved = add_hostage(ctx, ref, date_of_birth="1990-02-03").person
    form = PersonForm.from_person(saved)
    assert replace(form, text=dict(form.text, date_of_birth="")).changes(saved) == {"date_of_birth": ""}


def test_a_new_next_of_kin_is_called_every_three_days_by_phone_by_whoever_adds_them(ctx):
    ref = open_case(ctx).reference
    hostage = add_hostage(ctx, ref)
    form = KinForm.new("v.iyer", hostage.person.id)
    assert (form.contact_every_days, form.plan_channel, form.plan_owner) == (3, Channel.PHONE, "v.iyer")
    form = replace(form, full_name="Sunita Verma", relationship="Wife", phone=" ", name_native=" ")
    kwargs = form.add_kwargs()
    assert kwargs["phone"] is None and kwargs["name_native"] is None  # blanks are nothing
    liaison = people.add_next_of_kin(ctx, ref, **kwargs)
    assert liaison.kin.full_name == "Sunita Verma" and liaison.hostage_person_id == hostage.person.id
    assert (liaison.contact_every_days, liaison.plan_channel, liaison.plan_owner) == (3, Channel.PHONE, "Vikram Iyer")


def test_a_contact_plan_edit_sends_only_what_differs_and_names_the_owner_by_username(ctx):
    ref = open_case(ctx).reference
    hostage = add_hostage(ctx, ref)
    base = replace(KinForm.new("v.iyer", hostage.person.id), full_name="Sunita Verma", relationship="Wife")
    saved = people.add_next_of_kin(ctx, ref, **base.add_kwargs())

    # As the dialog reads it back: the owner chosen by username, shown by display name.
    shown = replace(KinForm.from_liaison(saved), plan_owner="v.iyer", plan_owner_name="Vikram Iyer")
    assert shown.changes(saved) == {}
    # A saved plan names no username; with the same display name it is still no change.
    assert KinForm.from_liaison(saved).changes(saved) == {}

    edited = replace(shown, contact_every_days=7, plan_owner="a.sharma", plan_owner_name="Anjali Sharma", email=" ")
    changes = edited.changes(saved)
    assert changes == {"contact_every_days": 7, "plan_owner": "a.sharma"}
    # A change of officer goes through Change liaison officer, with its reason (services/liaison_officers.py).
    with pytest.raises(ValidationError, match="Change liaison officer"):
        people.set_contact_plan(ctx, saved.id, **changes)
    after = people.set_contact_plan(ctx, saved.id, contact_every_days=7)
    assert (after.contact_every_days, after.plan_owner) == (7, "Vikram Iyer")

    no_owner = replace(KinForm.from_liaison(after), plan_owner=None, plan_owner_name=None)
    assert no_owner.changes(after) == {"plan_owner": None}
