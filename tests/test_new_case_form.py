"""The New case form without widgets: defaults from the post, the hints, what open_case gets.

No qtbot and no Qt. The case is opened through the real cases service and read back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from consular.domain.enums import AttributionLevel
from consular.domain.errors import ValidationError
from consular.gui.forms.new_case import (
    NewCaseForm,
    country_label,
    country_value,
    group_placeholder,
    wall_clock_now,
    zone_hint,
)
from consular.services import cases, reference_data

NOW = datetime(2025, 7, 1, 9, 20, 37, tzinfo=UTC)


@pytest.fixture
def bamako(ctx):
    return next(p for p in reference_data.list_posts(ctx) if p.code == "BAM")


def test_a_new_case_takes_its_zone_country_and_time_from_the_post(bamako):
    form = NewCaseForm.new("a.sharma", bamako, now=NOW)
    assert (form.post_code, form.timezone, form.incident_country) == ("BAM", bamako.timezone, bamako.country)
    assert (form.kind, form.priority, form.classification) == ("abduction", "high", "restricted")
    assert (form.lead_caseworker, form.supervisor, form.attribution_level) == ("a.sharma", None, "unknown")
    assert form.incident_at == wall_clock_now(bamako.timezone, now=NOW)
    # Without a post nothing about place or time is chosen.
    bare = NewCaseForm.new("a.sharma")
    assert (bare.timezone, bare.incident_at, bare.post_code) == ("", None, "")


def test_now_is_the_wall_clock_of_the_incidents_zone():
    assert wall_clock_now("Asia/Kolkata", now=NOW) == datetime(2025, 7, 1, 14, 50)
    assert wall_clock_now("Africa/Bamako", now=NOW) == datetime(2025, 7, 1, 9, 20)
    assert wall_clock_now("Not/AZone", now=NOW) == datetime(2025, 7, 1, 9, 20)  # UTC while the name is unfinished


def test_the_hints_beside_the_fields():
    assert zone_hint("Asia/Kolkata", at=NOW) == "local time, UTC+05:30"
    assert zone_hint("America/New_York", at=NOW) == "local time, UTC-04:00"
    assert zone_hint("Asia/Kolk", at=NOW) == "unknown zone"
    assert group_placeholder(AttributionLevel.CLAIMED) == "Required: the group that claimed it"
    assert group_placeholder(AttributionLevel.CONFIRMED) == "Required: the group that claimed it"
    assert group_placeholder(AttributionLevel.UNKNOWN) == "Optional: suspected or named group"


def test_a_country_picked_from_the_list_is_sent_as_its_code_and_typed_text_as_typed():
    assert country_value(country_label("ML")) == "ML"
    assert country_value("  " + country_label("ML").upper() + " ") == "ML"
    assert country_value("Mali") == "Mali"  # the service reads a name too
    assert country_value("") == ""


def test_the_form_opens_the_case_at_the_wall_clock_in_its_zone(ctx, bamako):
    form = replace(
        NewCaseForm.new("a.sharma", bamako, now=NOW),
        title="Three nationals taken at a cement factory",
        incident_at=datetime(2025, 6, 30, 23, 45),
        timezone=" Asia/Kolkata ",
        incident_town="Kayes",
        supervisor="v.iyer",
    )
    kwargs = form.open_case_kwargs()
    assert kwargs["incident_at"] == "2025-06-30T23:45" and kwargs["timezone"] == "Asia/Kolkata"
    detail = cases.open_case(ctx, **kwargs)
    assert detail.incident_at == datetime(2025, 6, 30, 18, 15, tzinfo=UTC)
    assert (detail.timezone, detail.incident_town, detail.incident_country) == ("Asia/Kolkata", "Kayes", "ML")
    assert detail.lead_caseworker.username == "a.sharma" and detail.supervisor.username == "v.iyer"


def test_a_claimed_attack_without_a_group_is_refused_at_the_group(ctx, bamako):
    form = replace(NewCaseForm.new("a.sharma", bamako, now=NOW), title="Claimed", attribution_level="claimed")
    with pytest.raises(ValidationError) as refused:
        cases.open_case(ctx, **form.open_case_kwargs())
    assert refused.value.field == "attribution_group"
