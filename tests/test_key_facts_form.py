"""The Overview's key-facts form without widgets: what counts as a change and what is sent.

No qtbot and no Qt. The edits are saved through the real cases service and read back.
"""

from __future__ import annotations

from datetime import timedelta

from consular.gui.forms.key_facts import KeyFactsForm, minute, values_from
from consular.services import cases
from tests.service_helpers import open_case


def edited(form: KeyFactsForm, **values) -> KeyFactsForm:
    return KeyFactsForm(form.values | values, form.incident_at)


def test_a_case_just_loaded_has_no_changes(ctx):
    detail = open_case(ctx)
    form = KeyFactsForm.from_detail(detail)
    baseline = values_from(detail)
    assert form.changes(baseline) == {} and form.change_count(baseline) == 0
    # Nothing loaded yet: nothing to save.
    assert edited(form, title="Other").changes(None) == {}


def test_blank_and_none_are_the_same_and_seconds_do_not_count(ctx):
    detail = open_case(ctx)
    baseline = values_from(detail)
    form = KeyFactsForm.from_detail(detail)
    assert baseline["incident_site"] in ("", None)
    assert edited(form, incident_site=None).changes(baseline) == {}
    # The field shows minutes: an instant with seconds, read as the dialog reads it, is no change.
    with_seconds = detail.incident_at.replace(second=42)
    assert KeyFactsForm(form.values | {"incident_at": minute(with_seconds)}, with_seconds).changes(baseline) == {}
    next_minute = minute(with_seconds + timedelta(minutes=1))
    assert KeyFactsForm(form.values | {"incident_at": next_minute}, next_minute).changes(baseline) == {
        "incident_at": next_minute
    }


def test_a_moved_point_is_one_change_sent_as_both_coordinates(ctx):
    detail = open_case(ctx)
    baseline = values_from(detail)
    form = edited(KeyFactsForm.from_detail(detail), latitude="14.45", longitude="-11.44", title="Kayes: 3 held")
    changes = form.changes(baseline)
    assert changes == {"latitude": "14.45", "longitude": "-11.44", "title": "Kayes: 3 held"}
    assert form.change_count(baseline) == 2
    saved = cases.edit_case(ctx, detail.reference, expected_version=detail.version, **form.payload(changes))
    assert (saved.latitude, saved.longitude, saved.title) == (14.45, -11.44, "Kayes: 3 held")

    # Changing one coordinate still sends the pair; clearing them sends None.
    baseline = values_from(saved)
    one = edited(KeyFactsForm.from_detail(saved), latitude="14.5")
    assert one.changes(baseline) == {"latitude": "14.5", "longitude": "-11.44"}
    assert one.change_count(baseline) == 1
    cleared = edited(KeyFactsForm.from_detail(saved), latitude="", longitude="")
    assert cleared.payload(cleared.changes(baseline)) == {"latitude": None, "longitude": None}


def test_the_incident_time_is_sent_as_the_exact_instant_entered(ctx):
    detail = open_case(ctx)
    baseline = values_from(detail)
    instant = detail.incident_at - timedelta(hours=2)
    form = KeyFactsForm(KeyFactsForm.from_detail(detail).values | {"incident_at": instant}, instant)
    changes = form.changes(baseline)
    assert changes == {"incident_at": instant}
    saved = cases.edit_case(ctx, detail.reference, expected_version=detail.version, **form.payload(changes))
    assert saved.incident_at == instant
    assert KeyFactsForm.from_detail(saved).changes(values_from(saved)) == {}
