"""Every form's validate() returns all its errors at once (not the first one per Save), each
naming the field the service names; the hostage status form chooses nothing and asks a
source and the person's name for an outcome. No Qt."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from consular.domain.enums import AttributionLevel, HostageStatus
from consular.domain.errors import ValidationError
from consular.gui.forms.key_facts import KeyFactsForm, values_from
from consular.gui.forms.new_case import NewCaseForm
from consular.gui.forms.people_forms import HostageStatusForm, KinForm, PersonForm
from consular.services import cases, reference_data
from tests.service_helpers import open_case

NOW = datetime(2025, 7, 20, 9, 0, tzinfo=UTC)
RAVI = "Ravi Kumar Verma"


def fields(errors: list[ValidationError]) -> list[str]:
    return [e.field for e in errors]


# --- hostage status ---------------------------------------------------------------------------


def test_a_new_status_starts_with_nothing_chosen_and_is_refused_so():
    form = HostageStatusForm(RAVI, effective_at=NOW - timedelta(hours=1))
    assert form.status is None
    assert fields(form.validate(now=NOW)) == ["status"]


@pytest.mark.parametrize(
    "status", [HostageStatus.RELEASED, HostageStatus.RESCUED, HostageStatus.ESCAPED, HostageStatus.DECEASED]
)
def test_an_outcome_needs_a_source_and_the_persons_name(status):
    form = HostageStatusForm(RAVI, status=status, effective_at=NOW - timedelta(hours=1))
    assert form.needs_confirmation
    assert RAVI in form.confirmation_prompt() and status.label.lower() in form.confirmation_prompt()
    errors = form.validate(now=NOW)
    assert fields(errors) == ["source", "confirm_name"]  # both at once
    assert all(RAVI in e.message for e in errors)
    wrong = replace(form, source="Governor", confirm_name="Ravi Verma").validate(now=NOW)
    assert fields(wrong) == ["confirm_name"] and "does not match" in wrong[0].message
    assert replace(form, source="Governor", confirm_name="  ravi KUMAR verma ").validate(now=NOW) == []


@pytest.mark.parametrize("status", [HostageStatus.HELD, HostageStatus.UNACCOUNTED])
def test_held_or_unaccounted_needs_no_confirmation(status):
    form = HostageStatusForm(RAVI, status=status, effective_at=NOW - timedelta(hours=1))
    assert not form.needs_confirmation and form.validate(now=NOW) == []


def test_an_impossible_or_future_date_is_named_with_the_others():
    form = HostageStatusForm(RAVI, status=HostageStatus.RELEASED, effective_at_problem="2026-02-30 is not a date")
    assert fields(form.validate(now=NOW)) == ["effective_at", "source", "confirm_name"]
    later = HostageStatusForm(RAVI, status=HostageStatus.HELD, effective_at=NOW + timedelta(days=1))
    assert fields(later.validate(now=NOW)) == ["effective_at"]


# --- person and next of kin -------------------------------------------------------------------


def test_a_person_form_returns_every_error():
    form = PersonForm(text={"date_of_birth": "1990-02-30", "email": "not-an-address", "phone": "call me"})
    assert fields(form.validate(today=NOW.date())) == ["full_name", "date_of_birth", "email", "phone"]
    ok = PersonForm(text={"full_name": "Vikas Rao", "date_of_birth": "1990-02-28"})
    assert ok.validate(today=NOW.date()) == []


def test_a_kin_form_returns_every_error():
    errors = KinForm(email="x").validate(adding=True)
    assert fields(errors) == ["hostage_person_id", "full_name", "relationship", "email"]
    assert KinForm(relationship="Wife").validate(adding=False) == []


# --- key facts and new case -------------------------------------------------------------------


def test_key_facts_return_every_error_in_what_changed(ctx):
    detail = open_case(ctx)
    baseline = values_from(detail)
    form = KeyFactsForm(
        baseline
        | {
            "title": " ",
            "latitude": "north",
            "longitude": "-11",
            "timezone": "Mars/Olympus",
            "attribution_level": AttributionLevel.CLAIMED.value,
            "attribution_group": "",
            "incident_at": None,
        },
        None,
        "2025-02-30 is not a date: February 2025 has 28 days. Nothing was changed.",
    )
    errors = form.validate(baseline)
    assert fields(errors) == ["title", "incident_at", "latitude", "timezone", "attribution_group"]
    # Each is what the service says for the same value.
    for error in errors:
        if error.field in ("title", "latitude", "timezone", "attribution_group"):
            payload = form.payload({k: v for k, v in form.changes(baseline).items() if k != "incident_at"})
            with pytest.raises(ValidationError):
                cases.edit_case(ctx, detail.reference, expected_version=detail.version, **payload)


def test_a_new_case_form_returns_every_error(ctx):
    bamako = next(p for p in reference_data.list_posts(ctx) if p.code == "BAM")
    form = replace(
        NewCaseForm.new("a.sharma", bamako, now=NOW),
        title="",
        timezone="Africa/Bamak",
        incident_country="Atlantis",
        attribution_level=AttributionLevel.CONFIRMED.value,
        incident_at=None,
        incident_problem="2025-02-30 is not a date",
    )
    assert fields(form.validate(now=NOW)) == [
        "title",
        "incident_at",
        "timezone",
        "incident_country",
        "attribution_group",
    ]
    good = replace(NewCaseForm.new("a.sharma", bamako, now=NOW), title="Abduction near Kayes")
    assert good.validate(now=NOW) == []
