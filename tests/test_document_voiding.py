"""A document can be voided like any other entry: with a reason, by its author or a supervisor;
it then stays listed (marked) but counts for nothing: not in the case's count, the timeline or
search, and it can no longer be edited."""

from __future__ import annotations

import pytest

from consular.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from consular.domain.timeline import EventType
from consular.services import audit_chain, cases, documents, search, timeline, voiding
from tests.demo_data import OTHER_CASEWORKER, SUPERVISOR
from tests.service_helpers import audited, open_case


def documents_on_timeline(ctx, ref) -> list[int]:
    return [e.source.id for e in timeline.case_timeline(ctx, ref).events if e.type == EventType.DOCUMENT]


@pytest.fixture
def doc(ctx, make_ctx):
    ref = open_case(ctx).reference
    author = make_ctx("a.sharma")
    return ref, documents.attach_document(
        author, ref, file_name="ransom-note.jpg", data=b"\xff\xd8 not really a jpeg", description="Photo of the note"
    )


def test_a_voided_document_counts_for_nothing_but_stays_listed(ctx, make_ctx, doc):
    ref, attached = doc
    assert cases.get_case(ctx, ref).document_count == 1
    assert [h.entity for h in search.search(ctx, "ransom")] == ["document"]
    assert documents_on_timeline(ctx, ref) == [attached.id]
    with pytest.raises(ValidationError):
        voiding.void_entry(ctx, "document", attached.id, reason="  ")
    with pytest.raises(PermissionDeniedError, match="or a supervisor"):
        voiding.void_entry(make_ctx(OTHER_CASEWORKER), "document", attached.id, reason="Wrong case")
    with audited(ctx, "entry.void"):
        done = voiding.void_entry(make_ctx("a.sharma"), "document", attached.id, reason="Attached to the wrong case")
    assert done.kind == voiding.VoidableKind.DOCUMENT and done.voided_by == "Anjali Sharma"

    listed = documents.list_documents(ctx, ref)
    assert [(d.id, d.voided, d.void_reason) for d in listed] == [(attached.id, True, "Attached to the wrong case")]
    assert documents.list_documents(ctx, ref, include_voided=False) == []
    assert cases.get_case(ctx, ref).document_count == 0
    assert search.search(ctx, "ransom") == []
    assert not documents_on_timeline(ctx, ref)
    with pytest.raises(ConflictError, match="voided"):
        documents.edit_document(ctx, attached.id, description="x")
    with pytest.raises(ConflictError, match="already voided"):
        voiding.void_entry(make_ctx(SUPERVISOR), "document", attached.id, reason="again")
    assert audit_chain.verify(ctx.database).ok
