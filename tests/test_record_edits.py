"""Editing a milestone, a counterpart and a document's description: the Qt-free forms the
edit dialogs show (what an edit sends, how a stale save is moved onto the stored version),
and the services' refusal to let someone outside a case's team rewrite restricted entries
they can only see as "restricted"."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from consular.domain.enums import CounterpartCategory, MilestoneKind
from consular.domain.errors import PermissionDeniedError
from consular.gui.forms.record_forms import CounterpartForm, DocumentForm, MilestoneForm
from consular.services import counterparts, documents, milestones
from consular.services.context import ServiceContext, actor_for
from consular.services.views import CounterpartView, DocumentView, MilestoneView
from tests.demo_data import CASEWORKER, KAYES, OTHER_CASEWORKER, SUPERVISOR

WHEN = datetime(2025, 7, 3, 9, 30, 41, tzinfo=UTC)


def milestone(**changes) -> MilestoneView:
    return dataclasses.replace(
        MilestoneView(
            id=7,
            case_id=1,
            kind=MilestoneKind.CLAIM,
            occurred_at=WHEN,
            title="Claim on local radio",
            description=None,
            source="Radio Kayes",
            hostage_person_id=None,
            hostage_name=None,
            restricted=False,
            recorded_by="Anjali Sharma",
            recorded_at=WHEN,
            version=3,
        ),
        **changes,
    )


def test_a_milestone_form_sends_only_what_changed_and_ignores_the_seconds_it_cannot_show():
    loaded = milestone()
    form = MilestoneForm.from_view(loaded)
    assert form.occurred_at == WHEN.replace(second=0)  # the field shows minutes
    assert form.changes(loaded) == {}  # opening and saving changes nothing
    typed = MilestoneForm(**{**form.__dict__, "description": "  Read out twice  ", "source": ""})
    assert typed.changes(loaded) == {"description": "Read out twice", "source": None}


def test_a_milestone_rebase_takes_their_fields_and_keeps_mine():
    loaded = milestone()
    stored = milestone(title="Claim confirmed by the governor", source="Governor's office", version=4)
    mine = MilestoneForm(**{**MilestoneForm.from_view(loaded).__dict__, "source": "My source", "restricted": True})
    merged, both = mine.rebase(loaded, stored)
    assert merged.title == "Claim confirmed by the governor"  # only they changed it
    assert merged.source == "My source" and merged.restricted  # mine
    assert both == {"source"}  # both changed it: said in the panel
    assert merged.changes(stored) == {"source": "My source", "restricted": True}


def test_a_proof_of_life_form_needs_a_national_and_no_future_time():
    form = MilestoneForm(kind=MilestoneKind.PROOF_OF_LIFE, occurred_at=WHEN, title="Video", hostage_person_id=None)
    fields = [e.field for e in form.validate(now=datetime(2025, 7, 1, tzinfo=UTC))]
    assert fields == ["occurred_at", "hostage_person_id"]
    assert [e.field for e in MilestoneForm(occurred_at=WHEN, title="  ").validate(now=WHEN)] == ["title"]


def test_a_counterpart_form_checks_phone_and_email_like_the_service():
    view = CounterpartView(
        id=3,
        name="Commissaire Diarra",
        category=CounterpartCategory.POLICE,
        role=None,
        organisation="Gendarmerie",
        phone=None,
        email=None,
        address=None,
        reliability_note=None,
        version=2,
    )
    form = CounterpartForm.from_view(view)
    assert form.changes(view) == {}
    bad = CounterpartForm(**{**form.__dict__, "phone": "call him", "email": "not an address", "name": " "})
    assert sorted(e.field for e in bad.validate()) == ["email", "name", "phone"]
    cleared = CounterpartForm(**{**form.__dict__, "organisation": ""})
    assert cleared.changes(view) == {"organisation": None}


def test_a_cleared_document_description_is_sent_as_empty_text():
    view = DocumentView(
        id=1,
        case_id=1,
        file_name="scan.pdf",
        media_type="application/pdf",
        size_bytes=10,
        sha256="0" * 64,
        description="Scan",
        restricted=False,
        added_at=WHEN,
        added_by="Anjali Sharma",
    )
    assert DocumentForm(description="", restricted=False).changes(view) == {"description": ""}


def test_outsiders_may_not_rewrite_restricted_entries_they_cannot_read(demo_db):
    """A caseworker outside the Kayes team sees its restricted milestones and documents as
    "restricted" only, and may not edit them; the team may."""
    lead = ServiceContext(demo_db, actor_for(demo_db, CASEWORKER))
    outsider = ServiceContext(demo_db, actor_for(demo_db, OTHER_CASEWORKER))
    restricted = next(m for m in milestones.list_milestones(lead, KAYES) if m.restricted)
    with pytest.raises(PermissionDeniedError, match="not on the team"):
        milestones.edit_milestone(outsider, restricted.id, expected_version=restricted.version, title="Overwritten")
    assert milestones.get_milestone(lead, restricted.id).title == restricted.title
    edited = milestones.edit_milestone(lead, restricted.id, expected_version=restricted.version, source="Checked")
    assert edited.source == "Checked"

    doc = documents.attach_document(lead, KAYES, file_name="pol.txt", data=b"proof", restricted=True)
    with pytest.raises(PermissionDeniedError, match="not on the team"):
        documents.edit_document(outsider, doc.id, expected_version=doc.version, description="Overwritten")
    supervisor = ServiceContext(demo_db, actor_for(demo_db, SUPERVISOR))
    assert documents.edit_document(supervisor, doc.id, expected_version=doc.version, description="Video").version > (
        doc.version
    )
    # An unrestricted one is anyone's on the staff to correct, as before.
    open_one = next(m for m in milestones.list_milestones(lead, KAYES) if not m.restricted)
    assert milestones.edit_milestone(outsider, open_one.id, expected_version=open_one.version, source="Radio").source


def test_get_counterpart_returns_the_stored_version(demo_db):
    lead = ServiceContext(demo_db, actor_for(demo_db, CASEWORKER))
    counterpart = counterparts.case_counterparts(lead, KAYES)[0]
    counterparts.edit_counterpart(lead, counterpart.id, expected_version=counterpart.version, role="Prefect")
    stored = counterparts.get_counterpart(lead, counterpart.id)
    assert stored.role == "Prefect" and stored.version == counterpart.version + 1
