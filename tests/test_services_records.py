"""Milestones, tasks, documents, full-text search and the audit trail."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import update

from consular.db.models import DocumentBlob
from consular.domain.enums import MilestoneKind, TaskStatus
from consular.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from consular.domain.timeutil import utcnow
from consular.services import (
    audit,
    cases,
    contacts,
    counterparts,
    documents,
    milestones,
    proof_of_life,
    reference_data,
    search,
    tasks,
)
from consular.services.context import ServiceContext, Settings
from tests.demo_data import CASEWORKER, KAYES, OTHER_CASEWORKER, SUPERVISOR, VIEWER
from tests.service_helpers import (
    add_hostage,
    audit_count,
    audited,
    aware,
    open_case,
    refused,
    someone,
)


@pytest.fixture
def ref(ctx):
    return open_case(ctx).reference


# --- milestones -----------------------------------------------------------------------------


def test_add_milestone(ctx, ref):
    with audited(ctx, "milestone.add"):
        m = milestones.add_milestone(
            ctx,
            ref,
            kind="public_statement",
            occurred_at="2025-07-02T15:00+05:30",
            title="MEA condemns the abduction",
            source="MEA press release",
        )
    assert m.kind == MilestoneKind.PUBLIC_STATEMENT and m.occurred_at == aware(2025, 7, 2, 9, 30)
    assert not m.restricted
    assert [x.title for x in milestones.list_milestones(ctx, ref)] == ["MEA condemns the abduction"]
    assert milestones.get_milestone(ctx, m.id).source == "MEA press release"


def test_milestone_refusals(ctx, ref):
    with refused(ctx, "kind", "not a known milestone kind"):
        milestones.add_milestone(ctx, ref, kind="rumour", occurred_at="2025-07-02T10:00", title="x")
    with refused(ctx, "title", "required"):
        milestones.add_milestone(ctx, ref, kind="other", occurred_at="2025-07-02T10:00", title="")
    with refused(ctx, "occurred_at", "future"):
        milestones.add_milestone(ctx, ref, kind="other", occurred_at=utcnow() + timedelta(days=3), title="x")
    with refused(ctx, "hostage_person_id"):
        milestones.add_milestone(ctx, ref, kind="proof_of_life", occurred_at="2025-07-02T10:00", title="x")
    with refused(ctx, "hostage_person_id", "not a national held"):
        milestones.add_milestone(
            ctx, ref, kind="welfare_report", occurred_at="2025-07-02T10:00", title="x", hostage_person_id=424242
        )
    with pytest.raises(NotFoundError):
        milestones.get_milestone(ctx, 424242)


# --- tasks ----------------------------------------------------------------------------------


def test_task_lifecycle_and_overdue(ctx, ref):
    with audited(ctx, "task.add"):
        late = tasks.add_task(
            ctx, ref, title="Send note verbale", assignee=CASEWORKER, due_at="2025-07-02T12:00", priority="critical"
        )
    soon = tasks.add_task(ctx, ref, title="Call the family", due_at=utcnow() + timedelta(days=1))
    undated = tasks.add_task(ctx, ref, title="Collect prescriptions")
    assert late.due_at == aware(2025, 7, 2, 12, 0)  # Bamako is UTC
    assert late.is_overdue() and not soon.is_overdue() and not undated.is_overdue()
    assert [t.id for t in tasks.list_tasks(ctx, overdue_only=True)] == [late.id]
    assert [t.id for t in tasks.list_tasks(ctx, ref)] == [late.id, soon.id, undated.id]  # by due, undated last
    assert cases.case_summary(ctx, ref).next_task_overdue()
    with audited(ctx, "task.complete"):
        done = tasks.complete_task(ctx, late.id, note="Delivered by hand", at=aware(2025, 7, 2, 9, 45))
    assert (done.status, done.completed_at, done.completion_note) == (
        TaskStatus.DONE,
        aware(2025, 7, 2, 9, 45),
        "Delivered by hand",
    )
    assert not done.is_overdue()
    assert tasks.list_tasks(ctx, overdue_only=True) == []
    with refused(ctx, "status", "already done"):
        tasks.complete_task(ctx, late.id)
    with audited(ctx, "task.update"):
        started = tasks.update_task(ctx, soon.id, status="in_progress", assignee=OTHER_CASEWORKER)
    assert (started.status, started.assignee_username) == (TaskStatus.IN_PROGRESS, OTHER_CASEWORKER)
    cancelled = tasks.update_task(ctx, undated.id, status="cancelled")
    assert cancelled.status == TaskStatus.CANCELLED and not cancelled.status.is_open


def test_task_refusals(ctx, ref):
    with refused(ctx, "title", "task title is required"):
        tasks.add_task(ctx, ref, title=" ")
    with refused(ctx, "assignee", "no user 'ghost'"):
        tasks.add_task(ctx, ref, title="x", assignee="ghost")
    with refused(ctx, "priority", "not a known priority"):
        tasks.add_task(ctx, ref, title="x", priority="asap")
    with refused(ctx, "due_at", "not a date and time"):
        tasks.add_task(ctx, ref, title="x", due_at="tomorrow")
    with pytest.raises(NotFoundError, match="no task #77"):
        tasks.complete_task(ctx, 77)


def test_a_task_entered_after_the_fact_keeps_when_it_was_set(ctx, ref):
    from consular.services.timeline import case_timeline

    with audited(ctx, "task.add"):
        task = tasks.add_task(
            ctx,
            ref,
            title="Send note verbale",
            due_at="2025-07-02T12:00",
            created_at=datetime(2025, 7, 1, 10, 15, tzinfo=timezone(timedelta(hours=2))),
        )
    assert task.created_at == aware(2025, 7, 1, 8, 15)  # stored in UTC
    tasks.complete_task(ctx, task.id, at=aware(2025, 7, 2, 9, 45))
    events = {e.id: e for e in case_timeline(ctx, ref).events}
    # The timeline shows it set on 1 July and done on 2 July, not "created today".
    assert events[f"task:{task.id}"].at == aware(2025, 7, 1, 8, 15)
    assert events[f"task-done:{task.id}"].at == aware(2025, 7, 2, 9, 45)
    # Without created_at a task is created now.
    before = utcnow()
    assert before <= tasks.add_task(ctx, ref, title="Call the family").created_at <= utcnow()


def test_a_follow_up_task_can_be_dated_to_its_contact(ctx, ref):
    entry = contacts.log_contact(
        ctx,
        ref,
        counterpart_ids=someone(ctx, ref),
        occurred_at="2025-07-04T11:00",
        channel="phone",
        subject="Call",
        follow_up=contacts.FollowUp("Buy medicine", created_at=aware(2025, 7, 4, 11, 0)),
    )
    task = next(t for t in tasks.list_tasks(ctx, ref) if t.contact_id == entry.id)
    assert task.created_at == aware(2025, 7, 4, 11, 0)


def test_task_creation_time_refusals(ctx, ref):
    with_whom = someone(ctx, ref)
    with refused(ctx, "created_at", "no time zone"):
        tasks.add_task(ctx, ref, title="x", created_at=datetime(2025, 7, 1, 10, 0))
    with refused(ctx, "created_at", "future"):
        tasks.add_task(ctx, ref, title="x", created_at=utcnow() + timedelta(hours=1))
    with refused(ctx, "created_at", "more than a year before the incident"):
        tasks.add_task(ctx, ref, title="x", created_at=aware(2024, 6, 1, 10, 0))  # incident 1 July 2025
    with refused(ctx, "created_at", "future"):
        contacts.log_contact(
            ctx,
            ref,
            counterpart_ids=with_whom,
            occurred_at="2025-07-04T11:00",
            channel="phone",
            subject="Call",
            follow_up=contacts.FollowUp("x", created_at=utcnow() + timedelta(days=1)),
        )
    assert tasks.list_tasks(ctx, ref) == []
    # A task may be dated before the incident within the year (planning for a known risk).
    assert tasks.add_task(ctx, ref, title="x", created_at=aware(2025, 6, 1, 10, 0)).created_at == aware(2025, 6, 1, 10)


# --- documents ------------------------------------------------------------------------------


def test_attach_document_stores_hash_and_size_and_reads_back(ctx, ref):
    data = "Note verbale No. BAM/CONS/2025/117 — रवि कुमार वर्मा".encode()
    with audited(ctx, "document.attach"):
        doc = documents.attach_document(
            ctx, ref, file_name="../../etc/note-verbale.txt", data=data, description="Copy of the note verbale"
        )
    assert doc.file_name == "note-verbale.txt"  # no directories from the caller's path
    assert (doc.size_bytes, doc.sha256, doc.media_type) == (len(data), hashlib.sha256(data).hexdigest(), "text/plain")
    view, back = documents.document_data(ctx, doc.id)
    assert back == data and view.id == doc.id
    assert [d.id for d in documents.list_documents(ctx, ref)] == [doc.id]
    assert search.search(ctx, "verbale")[0].entity == "document"


def test_document_size_limit_and_empty_file(ctx, ref, tmp_path):
    small = ServiceContext(ctx.database, ctx.actor, Settings(max_document_bytes=1024))
    with refused(ctx, "data", r"2\.0 KB; the limit is 1\.0 KB"):
        documents.attach_document(small, ref, file_name="scan.pdf", data=b"x" * 2048)
    with refused(ctx, "data", "empty"):
        documents.attach_document(ctx, ref, file_name="empty.txt", data=b"")
    big = tmp_path / "big.bin"
    big.write_bytes(b"y" * 4096)
    with refused(ctx, "data", "limit"):
        documents.attach_file(small, ref, big)
    with refused(ctx, "file_name", "not a file"):
        documents.attach_file(ctx, ref, tmp_path / "missing.pdf")
    assert documents.list_documents(ctx, ref) == []


def test_size_limit_from_the_environment(monkeypatch):
    monkeypatch.setenv("CONSULAR_MAX_DOCUMENT_MB", "0.5")
    assert Settings.from_environment().max_document_bytes == 512 * 1024
    monkeypatch.setenv("CONSULAR_MAX_DOCUMENT_MB", "lots")
    with pytest.raises(ValidationError, match="not a number"):
        Settings.from_environment()


def test_damaged_document_is_detected(ctx, ref):
    doc = documents.attach_document(ctx, ref, file_name="a.txt", data=b"original content")
    with ctx.database.session() as session:
        session.execute(update(DocumentBlob).where(DocumentBlob.document_id == doc.id).values(data=b"tampered"))
    with refused(ctx, "data", "damaged"):
        documents.document_data(ctx, doc.id)


# --- search ---------------------------------------------------------------------------------


def test_search_index_follows_edits(ctx, ref):
    entry = contacts.log_contact(
        ctx,
        ref,
        counterpart_ids=someone(ctx, ref),
        occurred_at="2025-07-03T10:00",
        channel="phone",
        subject="Call with the GM",
        notes="The convoy was seen heading towards Nioro du Sahel.",
    )
    assert [h.entity_id for h in search.search(ctx, "nioro")] == [entry.id]
    contacts.edit_contact(ctx, entry.id, notes="The convoy was seen heading towards Diboli.")
    assert search.search(ctx, "nioro") == []
    hits = search.search(ctx, "diboli")
    assert [(h.reference, h.entity, h.entity_id) for h in hits] == [(ref, "contact", entry.id)]
    assert "[Diboli]" in hits[0].snippet
    cases.edit_case(ctx, ref, title="Abduction at the Diamond Cement Factory")
    assert search.search(ctx, "cement factory")[0].entity == "case"
    assert search.search(ctx, "three nationals") == []


def test_search_prefix_ranking_restricted_and_case_scope(ctx, ref):
    other = open_case(ctx, title="Seafarer detained at Lomé", kind="wrongful_detention").reference
    cp = counterparts.add_counterpart(ctx, ref, name="Commissaire Diarra", category="police")
    contacts.log_contact(
        ctx,
        ref,
        occurred_at="2025-07-03T10:00",
        channel="in_person",
        subject="Security briefing",
        notes="Operation planned near Diboli.",
        restricted=True,
        counterpart_ids=[cp.id],
    )
    contacts.log_contact(
        ctx,
        other,
        counterpart_ids=someone(ctx, other),
        occurred_at="2025-07-03T11:00",
        channel="phone",
        subject="Port authority",
        notes="Detention order mentions Diboli transit.",
    )
    assert {h.reference for h in search.search(ctx, "dibo")} == {ref, other}  # prefix of the last word
    assert [h.reference for h in search.search(ctx, "dibo", include_restricted=False)] == [other]
    assert [h.reference for h in search.search(ctx, "diboli", reference=other)] == [other]
    # A counterpart hit names the case it belongs to.
    assert next((h.entity, h.reference) for h in search.search(ctx, "commissaire")) == ("counterpart", ref)
    with refused(ctx, "text", "keep it under"):
        search.search(ctx, "x" * 201)


@pytest.mark.parametrize("query", ['"', "*", "AND", "NEAR(", "kayes OR", "(((", "'", "-", "title:x", "^", "\x00", "  "])
def test_search_odd_input_does_not_crash(ctx, ref, query):
    assert isinstance(search.search(ctx, query), list)


# --- audit ----------------------------------------------------------------------------------


def test_audit_trail_records_actor_action_and_change(ctx, ref, make_ctx):
    cases.edit_case(make_ctx(CASEWORKER), ref, priority="critical")
    trail = audit.audit_trail(ctx, ref)
    assert [a.action for a in trail][:2] == ["case.edit", "case.open"]
    latest = trail[0]
    assert latest.actor == "Anjali Sharma" and latest.case_reference == ref
    assert (latest.before, latest.after) == ({"priority": "high"}, {"priority": "critical"})


def test_every_write_action_writes_one_audit_entry(ctx):
    """One pass through every user action, counting audit rows around each."""
    from consular.services import people, reference_data

    steps = [
        ("user.create", lambda: reference_data.save_user(ctx, username="new.user", display_name="New User")),
        (
            "post.create",
            lambda: reference_data.save_post(
                ctx,
                code="ABJ",
                name="HC Abuja",
                kind="high_commission",
                country="NG",
                city="Abuja",
                timezone="Africa/Lagos",
            ),
        ),
        ("case.open", lambda: open_case(ctx)),
        ("case.edit", lambda: cases.edit_case(ctx, KAYES, priority="critical")),
        ("case.status", lambda: cases.change_status(ctx, KAYES, "active", "confirmed")),
        ("person.add", lambda: add_hostage(ctx, KAYES)),
        (
            "hostage.status",
            lambda: people.change_hostage_status(ctx, KAYES, 1, "unaccounted", effective_at="2025-07-05T00:00+00:00"),
            2,  # and its "tell the family" item
        ),
        (  # the proof of life's milestone, its "tell the family" item and its check
            "pol_check.add",
            lambda: proof_of_life.record_proof_of_life(
                ctx, KAYES, 1, occurred_at="2025-07-20T10:00", description="Audio"
            ),
            3,
        ),
        (
            "kin.add",
            lambda: people.add_next_of_kin(
                ctx,
                KAYES,
                hostage_person_id=1,
                full_name="Sunita",
                relationship="spouse",
                contact_every_days=3,
            ),
        ),
        ("kin.plan", lambda: people.set_contact_plan(ctx, 1, contact_every_days=2)),
        ("counterpart.add", lambda: counterparts.add_counterpart(ctx, KAYES, name="GM", category="employer")),
        (
            "contact.log",
            lambda: contacts.log_contact(
                ctx,
                KAYES,
                counterpart_ids=someone(ctx, KAYES),
                occurred_at="2025-07-02T10:00",
                channel="phone",
                subject="Call",
            ),
        ),
        ("contact.edit", lambda: contacts.edit_contact(ctx, 1, subject="Call with the GM")),
        (
            "milestone.add",
            lambda: milestones.add_milestone(ctx, KAYES, kind="other", occurred_at="2025-07-02T10:00", title="Note"),
        ),
        ("task.add", lambda: tasks.add_task(ctx, KAYES, title="Do it")),
        ("task.update", lambda: tasks.update_task(ctx, 1, priority="high")),
        ("task.complete", lambda: tasks.complete_task(ctx, 1)),
        ("document.attach", lambda: documents.attach_document(ctx, KAYES, file_name="a.txt", data=b"a")),
    ]
    for action, step, *count in steps:
        with audited(ctx, action, *count):
            step()


def test_viewer_cannot_write_records(ctx, make_ctx, ref):
    viewer = make_ctx(VIEWER)
    before = audit_count(ctx)
    for attempt in (
        lambda: milestones.add_milestone(viewer, ref, kind="other", occurred_at="2025-07-02T10:00", title="x"),
        lambda: tasks.add_task(viewer, ref, title="x"),
        lambda: documents.attach_document(viewer, ref, file_name="a.txt", data=b"a"),
    ):
        with pytest.raises(PermissionDeniedError):
            attempt()
    assert audit_count(ctx) == before
    assert search.search(viewer, "nationals")[0].reference == ref  # reading is fine


def test_search_within_a_case_is_not_cut_to_the_global_top_hits(ctx, ref):
    busy = open_case(ctx, title="Busy case").reference
    for n in range(55):
        contacts.log_contact(
            ctx,
            busy,
            counterpart_ids=someone(ctx, busy),
            occurred_at="2025-07-03T10:00",
            channel="phone",
            subject=f"Convoy {n}",
        )
    quiet = contacts.log_contact(
        ctx,
        ref,
        counterpart_ids=someone(ctx, ref),
        occurred_at="2025-07-03T10:00",
        channel="phone",
        subject="Weekly call",
        notes="Long notes. " * 200 + "A convoy was mentioned once.",
    )
    assert quiet.id not in [h.entity_id for h in search.search(ctx, "convoy", limit=50)]
    assert [h.entity_id for h in search.search(ctx, "convoy", limit=50, reference=ref)] == [quiet.id]


def test_only_an_administrator_creates_privileged_accounts_or_changes_roles(ctx, make_ctx):
    caseworker, supervisor = make_ctx(CASEWORKER), make_ctx(SUPERVISOR)
    before = audit_count(ctx)
    with pytest.raises(PermissionDeniedError, match="only administrators may"):
        reference_data.save_user(caseworker, username="new.sup", display_name="New Sup", role="supervisor")
    with pytest.raises(PermissionDeniedError, match="only administrators may"):
        reference_data.save_user(supervisor, username=OTHER_CASEWORKER, display_name="Kiran Reddy", role="admin")
    with pytest.raises(PermissionDeniedError, match="only administrators may"):
        reference_data.save_user(caseworker, username="new.cw", display_name="New Caseworker")
    assert audit_count(ctx) == before
    made = reference_data.save_user(ctx, username="new.cw", display_name="New Caseworker")
    assert made.role.value == "caseworker"
    promoted = reference_data.save_user(ctx, username="new.cw", display_name="New Caseworker", role="supervisor")
    assert promoted.role.value == "supervisor"
