"""No lost update: two people open the same record; the second save is refused, not applied.

For every editable record type, on SQLite and on PostgreSQL: both load version v, the first
saves, the second (still holding v) gets ConflictError "changed by <first> at <time>" and
the first one's text survives. Before version checks, "Type 1 diabetic: needs insulin every
12 h" was silently replaced by "Mild asthma".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from consular.domain.errors import ConflictError
from consular.services import cases, contacts, counterparts, documents, milestones, people, tasks
from consular.services.context import ServiceContext, actor_for
from tests.fixtures_db import add_reference_data
from tests.service_helpers import add_hostage, open_case, someone


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def two_users(request):
    if request.param == "sqlite":
        ctx = request.getfixturevalue("ctx")
    else:
        ctx = add_reference_data(request.getfixturevalue("pg_database"))
    first = ServiceContext(ctx.database, actor_for(ctx.database, "a.sharma"))
    second = ServiceContext(ctx.database, actor_for(ctx.database, "k.reddy"))
    return ctx, first, second


@dataclass
class Kind:
    """How to make one record, read it (its view) and save a text into it."""

    make: Callable  # (ctx, ref) -> id
    load: Callable  # (ctx, ref, id) -> view with .version
    save: Callable  # (ctx, id, version, text) -> None
    text: Callable  # view -> the saved text


def _hostage(ctx, ref):
    return add_hostage(ctx, ref).person.id


def _person(ctx, ref, person_id):
    return next(p.person for p in cases.get_case(ctx, ref).participants if p.person.id == person_id)


def _kin(ctx, ref):
    hostage = add_hostage(ctx, ref, name="Arjun Nair", passport_number="Z7777777")
    return people.add_next_of_kin(
        ctx, ref, hostage_person_id=hostage.person.id, full_name="Meera Nair", relationship="mother"
    ).id


def _liaison(ctx, ref, liaison_id):
    return next(k for k in people.list_next_of_kin(ctx, ref) if k.id == liaison_id)


KINDS = {
    "person": Kind(
        _hostage,
        _person,
        lambda ctx, pid, v, text: people.edit_person(ctx, pid, expected_version=v, medical_needs=text),
        lambda view: view.medical_needs,
    ),
    "next_of_kin_person": Kind(
        lambda ctx, ref: _liaison(ctx, ref, _kin(ctx, ref)).kin.id,
        _person,
        lambda ctx, pid, v, text: people.edit_person(ctx, pid, expected_version=v, notes=text),
        lambda view: view.notes,
    ),
    "contact_plan": Kind(
        _kin,
        _liaison,
        lambda ctx, lid, v, text: people.set_contact_plan(ctx, lid, expected_version=v, may_share=text),
        lambda view: view.may_share,
    ),
    "task": Kind(
        lambda ctx, ref: tasks.add_task(ctx, ref, title="Call the employer").id,
        lambda ctx, ref, tid: next(t for t in tasks.list_tasks(ctx, ref) if t.id == tid),
        lambda ctx, tid, v, text: tasks.update_task(ctx, tid, expected_version=v, description=text),
        lambda view: view.description,
    ),
    "counterpart": Kind(
        lambda ctx, ref: counterparts.add_counterpart(ctx, ref, name="Commissaire Diarra", category="police").id,
        lambda ctx, ref, cid: next(c for c in counterparts.case_counterparts(ctx, ref) if c.id == cid),
        lambda ctx, cid, v, text: counterparts.edit_counterpart(ctx, cid, expected_version=v, reliability_note=text),
        lambda view: view.reliability_note,
    ),
    "milestone": Kind(
        lambda ctx, ref: (
            milestones.add_milestone(
                ctx, ref, kind="claim", occurred_at="2025-07-02T10:00", title="Claim by the group"
            ).id
        ),
        lambda ctx, ref, mid: milestones.get_milestone(ctx, mid),
        lambda ctx, mid, v, text: milestones.edit_milestone(ctx, mid, expected_version=v, description=text),
        lambda view: view.description,
    ),
    "document": Kind(
        lambda ctx, ref: documents.attach_document(ctx, ref, file_name="note.txt", data=b"scan").id,
        lambda ctx, ref, did: next(d for d in documents.list_documents(ctx, ref) if d.id == did),
        lambda ctx, did, v, text: documents.edit_document(ctx, did, expected_version=v, description=text),
        lambda view: view.description,
    ),
    "case": Kind(
        lambda ctx, ref: ref,
        lambda ctx, ref, _id: cases.get_case(ctx, ref),
        lambda ctx, ref, v, text: cases.edit_case(ctx, ref, expected_version=v, circumstances=text),
        lambda view: view.circumstances,
    ),
    "contact": Kind(
        lambda ctx, ref: (
            contacts.log_contact(
                ctx,
                ref,
                counterpart_ids=someone(ctx, ref),
                occurred_at="2025-07-02T10:00",
                channel="phone",
                subject="Police update",
            ).id
        ),
        lambda ctx, ref, eid: contacts.get_contact(ctx, eid),
        lambda ctx, eid, v, text: contacts.edit_contact(ctx, eid, expected_revision=v, notes=text),
        lambda view: view.notes,
    ),
}


def _version(view) -> int:
    return view.version if hasattr(view, "version") else view.revision


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_second_stale_save_is_refused_and_the_first_kept(two_users, kind):
    admin, first, second = two_users
    k = KINDS[kind]
    ref = open_case(admin).reference
    record_id = k.make(admin, ref)
    seen_by_first = k.load(first, ref, record_id)
    seen_by_second = k.load(second, ref, record_id)
    assert _version(seen_by_first) == _version(seen_by_second)

    k.save(first, record_id, _version(seen_by_first), "Type 1 diabetic: needs insulin every 12 h")
    with pytest.raises(ConflictError, match=r"was changed by Anjali Sharma at \d{4}-\d\d-\d\d \d\d:\d\d UTC"):
        k.save(second, record_id, _version(seen_by_second), "Mild asthma")

    now = k.load(admin, ref, record_id)
    assert k.text(now) == "Type 1 diabetic: needs insulin every 12 h"
    assert _version(now) == _version(seen_by_first) + 1
    # Reloaded, the second user's save goes through.
    k.save(second, record_id, _version(now), "Mild asthma")
    assert k.text(k.load(admin, ref, record_id)) == "Mild asthma"
