"""While a write holds the audit chain's head row (from its ``SELECT ... FOR UPDATE`` until the
commit), every other writer waits for it. Only the chain's own work is done in that stretch:
the sort keys, the relatives' last contact and the duplicate finder's keys are written before,
the states of records the transaction made are read before, and on PostgreSQL the new links
and the head are written by one statement. The chain stays exactly as verifiable.
"""

from __future__ import annotations

import json
import threading
import time

import psycopg
import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from consular.db import chain_links
from consular.db.models import AuditEntry, Case, ContactEntry
from consular.services import audit_chain, contacts, people
from tests.fixtures_db import add_reference_data
from tests.service_helpers import add_hostage, open_case, someone


def statements_of(database, call) -> list[str]:
    seen: list[str] = []

    def note(_conn, _cursor, statement, _parameters, _context, _executemany):
        seen.append(" ".join(statement.split()))

    event.listen(database.engine, "before_cursor_execute", note)
    try:
        call()
    finally:
        event.remove(database.engine, "before_cursor_execute", note)
    return seen


def after_head_locked(seen: list[str]) -> list[str]:
    """The statements sent after the one reading (and, on a server, locking) the chain head."""
    locks = [i for i, sql in enumerate(seen) if sql.startswith("SELECT") and "FROM audit_chain_head" in sql]
    assert len(locks) == 1, seen
    return seen[locks[0] + 1 :]


def log_one(ctx, reference: str, with_ids: list[int], subject: str):
    return contacts.log_contact(
        ctx,
        reference,
        counterpart_ids=with_ids,
        occurred_at="2025-07-02T10:00",
        channel="phone",
        subject=subject,
        notes="The family asked to be called back.",
    )


CHAIN_WRITES = ("UPDATE audit_chain_head", "UPDATE audit_entries", "INSERT INTO audit_entries", "WITH new_head")


def chain_writes_only(statements: list[str]) -> bool:
    return all(sql.startswith(CHAIN_WRITES) for sql in statements)


def test_nothing_but_the_chain_is_written_while_its_head_is_held(ctx):
    reference = open_case(ctx).reference
    with_ids = someone(ctx, reference)
    seen = statements_of(ctx.database, lambda: log_one(ctx, reference, with_ids, "Police update"))
    # The relatives' last contact is moved on in the same transaction, before the head is locked.
    assert any(sql.startswith("UPDATE family_liaisons") for sql in seen)
    held = after_head_locked(seen)
    assert held and chain_writes_only(held), held
    # The new contact's state was read before the head: nothing is read while holding it.
    assert not any(sql.startswith("SELECT") for sql in held)
    assert audit_chain.verify(ctx.database).ok


def written_after_the_head_seen(seen: list[str]) -> bool:
    """On a server: the head read (unlocked) with the new records' states, then one statement
    that locks it, if it is still that head, and writes the links; no locking read of the head,
    nothing after it but the COMMIT."""
    return (
        not [sql for sql in seen if "FROM audit_chain_head" in sql]
        and len([sql for sql in seen if "LEFT OUTER JOIN audit_chain_head" in sql]) == 1
        and seen[-1].startswith("WITH new_head AS (UPDATE audit_chain_head")
        and "seq = %(was_seq)s" in seen[-1]
    )


@pytest.mark.postgres
def test_on_postgresql_the_links_are_one_statement_and_the_chain_verifies(pg_database):
    ctx = add_reference_data(pg_database)
    reference = open_case(ctx).reference
    with_ids = someone(ctx, reference)
    seen = statements_of(pg_database, lambda: log_one(ctx, reference, with_ids, "Police update"))
    assert written_after_the_head_seen(seen)
    # Log contact's entry is inserted, linked, by that statement: no INSERT before the lock.
    assert [sql for sql in seen if "INSERT INTO audit_entries" in sql] == seen[-1:]

    # Several entries in one commit (a next of kin: the relative's person and counterpart are
    # chained as sync entries with the add), an edit (its state read under the lock), and a
    # contact again: every entry's link, signature and state as verify recomputes them.
    hostage = add_hostage(ctx, reference)
    seen = statements_of(
        pg_database,
        lambda: people.add_next_of_kin(
            ctx, reference, hostage_person_id=hostage.person.id, full_name="Sunita Verma", relationship="spouse"
        ),
    )
    assert written_after_the_head_seen(seen)
    entry = log_one(ctx, reference, with_ids, "Called the family")
    contacts.edit_contact(ctx, entry.id, notes="The family was told.")
    with pg_database.session() as session:
        rows = session.execute(
            select(AuditEntry.seq, AuditEntry.action, AuditEntry.state, AuditEntry.chain, AuditEntry.mac).order_by(
                AuditEntry.seq
            )
        ).all()
    assert [seq for seq, *_ in rows] == list(range(1, len(rows) + 1))
    assert all(chain and mac for *_, chain, mac in rows)
    actions = [action for _, action, *_ in rows]
    assert {"person.sync", "contact.log", "contact.edit"} <= set(actions)
    report = audit_chain.verify(pg_database)
    assert report.ok, report.problems[:3]
    head = audit_chain.current_head(ctx)
    assert (head.seq, head.chain) == (rows[-1][0], rows[-1][3])


@pytest.mark.postgres
@pytest.mark.parametrize("count", [chain_links.AT_ONCE, chain_links.AT_ONCE + 1])
def test_many_entries_in_one_commit_are_chained_in_order(pg_database, count):
    """Up to AT_ONCE entries are written by the one statement; more (an import's) by the flush."""
    ctx = add_reference_data(pg_database)
    reference = open_case(ctx).reference
    with_ids = someone(ctx, reference)
    with ctx.writing() as session:
        case_id = session.scalar(select(Case.id).where(Case.reference == reference))
        for n in range(count):
            ctx.audit(session, "case.note", "case", case_id, case_id=case_id, after={"n": n})
    with pg_database.session() as session:
        rows = session.execute(
            select(AuditEntry.seq, AuditEntry.after).where(AuditEntry.action == "case.note").order_by(AuditEntry.seq)
        ).all()
    assert [json.loads(after)["n"] for _, after in rows] == list(range(count))
    assert [seq for seq, _ in rows] == list(range(rows[0][0], rows[0][0] + count))
    log_one(ctx, reference, with_ids, "After the batch")
    report = audit_chain.verify(pg_database)
    assert report.ok, report.problems[:3]


@pytest.mark.postgres
def test_on_postgresql_the_commit_finds_nothing_left_to_flush(pg_database):
    """The one statement's values are given to the objects as already written: after it (the
    head still locked) no flush has changed objects to compare column by column before the
    commit goes out. Before, the head and the entries were marked changed and flushed again."""
    ctx = add_reference_data(pg_database)
    reference = open_case(ctx).reference
    with_ids = someone(ctx, reference)
    written = []
    flushed_after: list[list[str]] = []

    def note(_conn, _cursor, statement, _parameters, _context, _executemany):
        if statement.startswith("WITH new_head"):
            written.append(statement)

    def before_flush(session, _context, _instances):
        if written:
            flushed_after.append(sorted(type(o).__name__ for o in session.dirty))

    event.listen(pg_database.engine, "after_cursor_execute", note)
    try:
        with ctx.writing() as session:
            event.listen(session, "before_flush", before_flush)
            case_id = session.scalar(select(Case.id).where(Case.reference == reference))
            ctx.audit(session, "case.note", "case", case_id, case_id=case_id, after={"n": 1})
    finally:
        event.remove(pg_database.engine, "after_cursor_execute", note)
    assert len(written) == 1
    assert flushed_after == [], flushed_after
    log_one(ctx, reference, with_ids, "After the note")
    report = audit_chain.verify(pg_database)
    assert report.ok, report.problems[:3]


def test_log_contact_reads_its_recorder_with_the_case(ctx):
    """The view names who recorded the contact; the account comes with the case's locking read,
    not from a statement of its own (one round trip fewer on a server)."""
    reference = open_case(ctx).reference
    with_ids = someone(ctx, reference)
    seen = statements_of(ctx.database, lambda: log_one(ctx, reference, with_ids, "Police update"))
    assert not [sql for sql in seen if sql.startswith("SELECT users.")], seen
    view = contacts.get_contact(ctx, log_one(ctx, reference, with_ids, "Called back").id)
    assert view.recorded_by == ctx.actor.display_name and view.recorded_by_id == ctx.actor.user_id


@pytest.mark.postgres
def test_a_head_moved_on_since_it_was_seen_is_chained_after(pg_database):
    """Another writer commits between the read of the head (with the new contact's state) and
    the statement writing this contact's links: that statement writes no link but locks the
    head and returns it, the links are chained after it, and both contacts are in the chain,
    in commit order, verifiably."""
    ctx = add_reference_data(pg_database)
    reference, elsewhere = open_case(ctx).reference, open_case(ctx).reference
    with_ids, elsewhere_ids = someone(ctx, reference), someone(ctx, elsewhere)
    other = []

    def meanwhile(_conn, _cursor, statement, _parameters, _context, _executemany):
        if "was_seq" in statement and not other:  # the guarded write: before it locks the head
            other.append("started")  # the other writer's own write comes through here too
            other.append(log_one(ctx, elsewhere, elsewhere_ids, "Another writer, first"))

    event.listen(pg_database.engine, "before_cursor_execute", meanwhile)
    try:
        seen = statements_of(pg_database, lambda: log_one(ctx, reference, with_ids, "Police update"))
    finally:
        event.remove(pg_database.engine, "before_cursor_execute", meanwhile)
    assert len(other) == 2
    # (the other writer's statements were sent, and noted, before this one's guarded write)
    tried, wrote = seen[-2:]  # the second after the head the first found (and locked)
    assert tried.startswith("WITH new_head") and "seq = %(was_seq)s" in tried
    assert wrote.startswith("WITH new_head") and "INSERT INTO audit_entries" in wrote
    assert not [sql for sql in seen if "FROM audit_chain_head" in sql]  # the guarded write locked it
    with pg_database.session() as session:
        rows = session.execute(
            select(AuditEntry.seq, AuditEntry.after).where(AuditEntry.action == "contact.log").order_by(AuditEntry.seq)
        ).all()
    subjects = [json.loads(after)["subject"] for _, after in rows]
    assert subjects[-2:] == ["Another writer, first", "Police update"]
    assert rows[-1][0] == rows[-2][0] + 1
    report = audit_chain.verify(pg_database)
    assert report.ok, report.problems[:3]


@pytest.mark.postgres
def test_a_write_waiting_for_another_writers_commit_chains_after_it(pg_database):
    """Another writer holds the head (its links written, its commit not yet sent) when this
    write's guarded statement arrives: the statement waits for that commit, then finds the head
    moved on, and this contact is chained after the other's."""
    ctx = add_reference_data(pg_database)
    reference, elsewhere = open_case(ctx).reference, open_case(ctx).reference
    with_ids, elsewhere_ids = someone(ctx, reference), someone(ctx, elsewhere)
    holding, other = (
        threading.Event(),
        threading.Thread(target=lambda: log_one(ctx, elsewhere, elsewhere_ids, "Another writer, holding the head")),
    )
    started = []

    def meanwhile(_conn, _cursor, statement, _parameters, _context, _executemany):
        if "was_seq" in statement and not started:  # this write, about to lock the head
            started.append(True)
            other.start()
            assert holding.wait(10)

    def hold(_conn, _cursor, statement, _parameters, _context, _executemany):
        if "was_seq" in statement and threading.current_thread() is other:
            holding.set()
            time.sleep(0.5)  # the head locked, the commit not yet sent

    event.listen(pg_database.engine, "before_cursor_execute", meanwhile)
    event.listen(pg_database.engine, "after_cursor_execute", hold)
    try:
        began = time.perf_counter()
        seen = statements_of(pg_database, lambda: log_one(ctx, reference, with_ids, "Police update"))
        waited = time.perf_counter() - began
    finally:
        event.remove(pg_database.engine, "before_cursor_execute", meanwhile)
        event.remove(pg_database.engine, "after_cursor_execute", hold)
        other.join(10)
    assert waited > 0.3  # it did wait for the other writer's commit
    tried, wrote = [sql for sql in seen if sql.startswith("WITH new_head")][-2:]
    assert "seq = %(was_seq)s" in tried and "INSERT INTO audit_entries" in wrote
    with pg_database.session() as session:
        rows = session.execute(
            select(AuditEntry.seq, AuditEntry.after).where(AuditEntry.action == "contact.log").order_by(AuditEntry.seq)
        ).all()
    assert [json.loads(after)["subject"] for _, after in rows[-2:]] == [
        "Another writer, holding the head",
        "Police update",
    ]
    assert rows[-1][0] == rows[-2][0] + 1
    report = audit_chain.verify(pg_database)
    assert report.ok, report.problems[:3]


@pytest.mark.postgres
def test_a_contact_with_its_follow_up_task_is_inserted_linked_in_one_statement(pg_database):
    """Log contact's entries (the contact's and its follow-up task's) are held back from the
    flush and inserted, linked, by the statement that locks the head; the entries of a write
    that reads audit entries back (any other service) are flushed and updated as before."""
    ctx = add_reference_data(pg_database)
    reference = open_case(ctx).reference
    with_ids = someone(ctx, reference)
    seen = statements_of(
        pg_database,
        lambda: contacts.log_contact(
            ctx,
            reference,
            counterpart_ids=with_ids,
            occurred_at="2025-07-02T10:00",
            channel="phone",
            subject="Police update",
            follow_up=contacts.FollowUp(title="Call the police back"),
        ),
    )
    assert [sql for sql in seen if "INSERT INTO audit_entries" in sql] == seen[-1:]
    entry = log_one(ctx, reference, with_ids, "Called the family")
    seen = statements_of(pg_database, lambda: contacts.edit_contact(ctx, entry.id, notes="The family was told."))
    assert any(sql.startswith("INSERT INTO audit_entries") for sql in seen)
    with pg_database.session() as session:
        rows = session.execute(select(AuditEntry.seq, AuditEntry.action).order_by(AuditEntry.seq)).all()
    assert [seq for seq, _ in rows] == list(range(1, len(rows) + 1))
    assert {"contact.log", "task.add", "contact.edit"} <= {action for _, action in rows}
    report = audit_chain.verify(pg_database)
    assert report.ok, report.problems[:3]


@pytest.mark.postgres
def test_a_log_contact_failing_at_its_guarded_write_leaves_nothing_and_the_next_one_chains(pg_database):
    """Log contact's audit entry is held back from the flush until the statement that locks the
    head; if that statement fails, the whole write is rolled back (no contact, no entry, no
    half-written link), nothing held is left in the session, and the next write chains as usual."""
    ctx = add_reference_data(pg_database)
    reference = open_case(ctx).reference
    with_ids = someone(ctx, reference)
    with pg_database.session() as session:
        before = session.execute(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1)).scalar()
    sessions = []

    def note_session(session, _transaction, _connection):
        sessions.append(session)

    def fail(_conn, _cursor, statement, _parameters, _context, _executemany):
        if "was_seq" in statement:
            raise RuntimeError("the connection dropped at the guarded write")

    event.listen(pg_database.engine, "before_cursor_execute", fail)
    event.listen(Session, "after_begin", note_session)
    try:
        with pytest.raises(Exception, match="guarded write"):
            log_one(ctx, reference, with_ids, "Lost with its entry")
    finally:
        event.remove(pg_database.engine, "before_cursor_execute", fail)
        event.remove(Session, "after_begin", note_session)
    assert sessions and all(chain_links.HOLD not in s.info and "consular.audit.held" not in s.info for s in sessions)
    with pg_database.session() as session:
        lost = select(ContactEntry.subject).where(ContactEntry.subject == "Lost with its entry")
        subjects = list(session.scalars(lost))
        latest = session.execute(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1)).scalar()
        unlinked = session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.seq.is_(None)))
    assert subjects == [] and latest == before and unlinked == 0
    log_one(ctx, reference, with_ids, "Logged after the failure")
    with pg_database.session() as session:
        rows = session.execute(
            select(AuditEntry.seq, AuditEntry.after).where(AuditEntry.action == "contact.log").order_by(AuditEntry.seq)
        ).all()
    assert json.loads(rows[-1][1])["subject"] == "Logged after the failure" and rows[-1][0] == before + 1
    report = audit_chain.verify(pg_database)
    assert report.ok, report.problems[:3]


def head_and_top(database) -> tuple[int, int]:
    with database.engine.connect() as conn:
        head = conn.exec_driver_sql("SELECT seq FROM audit_chain_head").scalar()
        top = conn.exec_driver_sql("SELECT max(seq) FROM audit_entries").scalar()
    return head, top


@pytest.mark.postgres
def test_the_links_statement_run_again_later_leaves_the_chain_alone(pg_database):
    """What broke bench100k's chain (session 11): a benchmark replayed, on a connection of its
    own in autocommit, every statement starting with WITH that Home's audited read had sent,
    the links' statement among them, after an export had chained its entry: the head went back
    to the read's entry, and every later append failed on a duplicate seq. Run again (as it was
    sent, through the raw driver), the statement must write nothing: the head it was worked
    out from is gone."""
    ctx = add_reference_data(pg_database)
    reference = open_case(ctx).reference
    sent: list[tuple[str, object]] = []

    def note(_conn, _cursor, statement, parameters, _context, _executemany):
        if statement.startswith("WITH new_head"):
            sent.append((statement, parameters))

    with ctx.writing() as session:
        case_id = session.scalar(select(Case.id).where(Case.reference == reference))
    event.listen(pg_database.engine, "before_cursor_execute", note)
    try:
        with ctx.writing() as session:
            ctx.audit(session, "case.note", "case", case_id, case_id=case_id, after={"n": 1})
    finally:
        event.remove(pg_database.engine, "before_cursor_execute", note)
    assert len(sent) == 1
    with ctx.writing() as session:  # another writer chains after it
        ctx.audit(session, "case.note", "case", case_id, case_id=case_id, after={"n": 2})
    before = head_and_top(pg_database)
    assert before[0] == before[1]
    url = pg_database.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url, autocommit=True) as raw:
        for _ in range(3):
            raw.execute(*sent[0])
    assert head_and_top(pg_database) == before
    with ctx.writing() as session:  # and the chain goes on
        ctx.audit(session, "case.note", "case", case_id, case_id=case_id, after={"n": 3})
    head, top = head_and_top(pg_database)
    assert head == top == before[0] + 1
    report = audit_chain.verify(pg_database)
    assert report.ok, report.problems[:3]


@pytest.mark.postgres
@pytest.mark.parametrize("count", [1, chain_links.AT_ONCE + 1])
def test_a_head_moved_on_since_it_was_read_is_not_written_over(pg_database, count):
    """The write checks that the head row is still the one read (under the lock, in the
    append): given a head another writer has moved on since, it writes nothing and raises, so
    the transaction rolls back, instead of putting the head back behind the other's entry.
    Up to AT_ONCE entries by the one statement (RuntimeError), more by the flush, whose update
    names the seq read (the head's version column: StaleDataError)."""
    ctx = add_reference_data(pg_database)
    reference = open_case(ctx).reference
    with ctx.writing() as session:
        case_id = session.scalar(select(Case.id).where(Case.reference == reference))
    expected = RuntimeError if count <= chain_links.AT_ONCE else StaleDataError
    with pytest.raises(expected), pg_database.session(write=True) as session:
        stale = session.get(audit_chain.AuditChainHead, 1)  # read without the lock
        with ctx.writing() as other:  # meanwhile another writer appends
            ctx.audit(other, "case.note", "case", case_id, case_id=case_id, after={"n": 1})
        entries = [
            AuditEntry(at=stale.updated_at, actor_id=ctx.actor.user_id, action="case.note", entity="case")
            for _ in range(count)
        ]
        session.add_all(entries)
        session.flush()
        links = [(stale.seq + 1 + i, None, "k", "00" * 32, "00" * 32) for i in range(count)]
        new_head = (stale.seq + count, "11" * 32, "k", "00" * 32, stale.updated_at)
        chain_links.write(session, stale, new_head, entries, links)
    head, top = head_and_top(pg_database)
    assert head == top
    report = audit_chain.verify(pg_database)
    assert report.ok, report.problems[:3]
