"""Log contact on PostgreSQL writes the contact, its counterparts, its search document, the case's
and the relatives' last contact in one statement (``repositories.contact_writes``), which also
returns the contact's state and the chain head for the audit chain: three statements per call
(the case is locked with the counterparts read beside it) where there were nine. The rows are the ones the flush wrote.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from consular.db.models import ContactEntry
from consular.domain.clock import FixedClock
from consular.domain.errors import NotFoundError, ValidationError
from consular.services import audit_chain, contacts, people
from consular.services.cases import LEAN_CASE, LEAN_USER, lock_case_with_user
from consular.services.context import ServiceContext
from tests.fixtures_db import add_reference_data
from tests.service_helpers import add_hostage, open_case, someone
from tests.test_chain_head_lock import statements_of

NOW = datetime(2025, 7, 3, 9, 30, tzinfo=UTC)
CALL = {
    "occurred_at": "2025-07-02T10:00",
    "channel": "phone",
    "subject": "Called the family",
    "notes": "The family asked to be called back.",
    "outcome": "Call back on Friday.",
    "duration_minutes": 12,
}


def _case_with_relative(ctx) -> tuple[str, int, list[int]]:
    """A case with a hostage and his next of kin: (reference, case id, the ids for "With": the
    relative's counterpart and another)."""
    reference = open_case(ctx).reference
    duty_officer = someone(ctx, reference)
    hostage = add_hostage(ctx, reference)
    people.add_next_of_kin(
        ctx, reference, hostage_person_id=hostage.person.id, full_name="Sunita Verma", relationship="spouse"
    )
    with ctx.database.engine.connect() as conn:
        case_id, relative = conn.execute(
            text(
                "SELECT c.id, f.counterpart_id FROM cases c JOIN family_liaisons f ON f.case_id = c.id "
                "WHERE c.reference = :r"
            ),
            {"r": reference},
        ).one()
    return reference, case_id, [relative, *duty_officer]


def _through_the_flush(ctx, reference: str, with_ids: list[int]):
    """Log contact as it was written before: the ORM's flush and the commit's listeners."""
    with ctx.writing() as session:
        case, _ = lock_case_with_user(session, reference, ctx.actor.user_id)
        entry = contacts.log_contact_in_session(ctx, session, case, counterpart_ids=with_ids, **CALL)
        return entry.id


def _rows(conn, case_id: int, contact_id: int) -> dict:
    """What a Log contact wrote, with the ids that differ from case to case left out."""
    one = {"c": case_id, "e": contact_id}
    # Every column of the contact (one added later is compared too), but its own id and its case's.
    columns = [c.name for c in ContactEntry.__table__.columns if c.name not in ("id", "case_id")]
    contact = conn.execute(text(f"SELECT {', '.join(columns)} FROM contact_entries WHERE id = :e"), one).one()
    document = conn.execute(
        text(
            "SELECT entity, case_id = :c, title, body, restricted, search_vector::text FROM search_documents "
            "WHERE entity = 'contact' AND entity_id = :e"
        ),
        one,
    ).all()
    links = conn.execute(
        text(
            "SELECT cp.name FROM contact_counterparts cc JOIN counterparts cp ON cp.id = cc.counterpart_id "
            "WHERE cc.contact_id = :e ORDER BY cp.name"
        ),
        one,
    ).all()
    case = conn.execute(text("SELECT updated_at, last_contact_at, version FROM cases WHERE id = :c"), one).one()
    relatives = conn.execute(
        text("SELECT last_contact_at, plan_due_at, plan_due_active FROM family_liaisons WHERE case_id = :c"), one
    ).all()
    audit = conn.execute(
        text(
            "SELECT at, actor_id, action, entity, entity_id = :e, before, after, key_id, state IS NOT NULL "
            "FROM audit_entries WHERE case_id = :c AND action = 'contact.log'"
        ),
        one,
    ).all()
    [(*head, after)] = [(*row[:6], json.loads(row[6])) for row in audit]
    after["counterparts"] = len(after["counterparts"])
    return {
        "contact": tuple(contact),
        "document": [tuple(r) for r in document],
        "links": [tuple(r) for r in links],
        "case": tuple(case),
        "relatives": [tuple(r) for r in relatives],
        "audit": (tuple(head), after, [tuple(r[7:]) for r in audit]),
    }


@pytest.mark.postgres
def test_log_contact_writes_in_one_statement_the_rows_the_flush_wrote(pg_database):
    ctx = add_reference_data(pg_database)
    ctx = ServiceContext(ctx.database, ctx.actor, ctx.settings, FixedClock(NOW, read_only=False))
    at_once_ref, at_once_case, at_once_with = _case_with_relative(ctx)
    flushed_ref, flushed_case, flushed_with = _case_with_relative(ctx)
    with pg_database.engine.connect() as conn:
        versions = dict(conn.execute(text("SELECT id, version FROM cases")).all())

    seen = statements_of(
        pg_database, lambda: contacts.log_contact(ctx, at_once_ref, counterpart_ids=at_once_with, **CALL)
    )
    flushed_id = _through_the_flush(ctx, flushed_ref, flushed_with)

    # The case locked (with the recorder and the counterparts), the writes, the chain's links.
    expected = [["SELECT", "cases.id,"], ["WITH", "contact"], ["WITH", "new_head"]]
    assert [sql.split(" ")[0:2] for sql in seen] == expected, seen
    # The case's locked row narrowed to what a contact needs, with the recorder's name.
    columns = seen[0].split(" FROM ")[0]
    assert (columns.count(" cases."), columns.count(" users.")) == (len(LEAN_CASE), len(LEAN_USER)), seen[0]
    with pg_database.engine.connect() as conn:
        [at_once_id] = conn.execute(
            text("SELECT id FROM contact_entries WHERE case_id = :c"), {"c": at_once_case}
        ).scalars()
        at_once = _rows(conn, at_once_case, at_once_id)
        flushed = _rows(conn, flushed_case, flushed_id)
        after = dict(conn.execute(text("SELECT id, version FROM cases")).all())
    assert at_once == flushed
    assert at_once["relatives"][0][0] is not None  # the relative's last contact moved up
    assert at_once["links"] == [("Duty officer",), ("Sunita Verma",)]
    assert after[at_once_case] - versions[at_once_case] == after[flushed_case] - versions[flushed_case] == 1
    report = audit_chain.verify(pg_database)
    assert report.ok, report.problems[:3]


@pytest.mark.postgres
def test_the_contact_logged_at_once_reads_back_as_returned(pg_database):
    """The view built from the objects given the written values, without reading them back, is the
    contact as read afterwards; a correction and another contact then chain and verify."""
    ctx = add_reference_data(pg_database)
    reference, _case_id, with_ids = _case_with_relative(ctx)
    logged = contacts.log_contact(ctx, reference, counterpart_ids=with_ids, **CALL)
    read = contacts.get_contact(ctx, logged.id)
    # (in the order given, as before; read back, by name)
    assert dataclasses.replace(logged, counterparts=sorted(logged.counterparts, key=lambda c: c.name)) == read
    assert [c.name for c in read.counterparts] == ["Duty officer", "Sunita Verma"]
    contacts.edit_contact(ctx, logged.id, expected_revision=logged.revision, outcome="Called back.")
    contacts.log_contact(ctx, reference, counterpart_ids=with_ids[:1], **CALL | {"staff_present": ["admin"]})
    report = audit_chain.verify(pg_database)
    assert report.ok, report.problems[:3]


@pytest.mark.postgres
def test_a_contact_refused_writes_nothing(pg_database):
    """The case not found, a counterpart not found: refused as before, nothing written."""
    ctx = add_reference_data(pg_database)
    reference, case_id, with_ids = _case_with_relative(ctx)
    with pytest.raises(NotFoundError):
        contacts.log_contact(ctx, "BAM-1999-0999", counterpart_ids=with_ids, **CALL)
    with pytest.raises(ValidationError, match="no counterpart #9999"):
        contacts.log_contact(ctx, reference, counterpart_ids=[with_ids[0], 9999], **CALL)
    with pg_database.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM contact_entries")).scalar() == 0
        assert conn.execute(text("SELECT last_contact_at FROM cases WHERE id = :c"), {"c": case_id}).scalar() is None
    # An unlinked counterpart is linked to the case with the contact, as before.
    other = open_case(ctx).reference
    logged = contacts.log_contact(ctx, other, counterpart_ids=with_ids[:1], **CALL)
    assert [c.id for c in logged.counterparts] == with_ids[:1]
    with pg_database.engine.connect() as conn:
        linked = conn.execute(
            text("SELECT count(*) FROM case_counterparts WHERE case_id = :c AND counterpart_id = :p"),
            {"c": logged.case_id, "p": with_ids[0]},
        ).scalar()
    assert linked == 1
    report = audit_chain.verify(pg_database)
    assert report.ok, report.problems[:3]
