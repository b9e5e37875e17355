"""Queries behind the case timeline.

One query per source table, each selecting plain columns (no ORM objects: a busy case has
tens of thousands of rows and the timeline only reads them), each restricted to the case
and, where asked, to a time window and to unrestricted rows. The names a contact involves
come from one further query over the whole window, never one per contact.

Results are streamed in batches (``fetchmany``) so that building a 20,000-event timeline
does not first materialise every row of every source twice; on PostgreSQL, whose results
arrive whole, the contacts (the bulk of a long case, with their notes) come in slices of plain
statements, for an export read ahead on a second connection under the same snapshot (:func:`_read_beside`)
while the first reads the rest. Columns of our own types (UTC datetimes, enums) are read as the driver gives them
and converted a batch at a time (:meth:`consular.db.types.UTCDateTime.column_results`): the
same values as the types' own per-value conversion, for a fraction of its cost on a case's
20,000 contacts.
"""

from __future__ import annotations

import itertools
import queue
import re
import threading
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Connection, Select, and_, any_, false, func, or_, select, text, type_coerce
from sqlalchemy import case as case_fn
from sqlalchemy.orm import Session, aliased

from consular.db.family_models import LiaisonOfficerChange
from consular.db.models import (
    Case,
    CaseCounterpart,
    CaseLink,
    CaseParticipant,
    CaseStatusChange,
    ContactCounterpart,
    ContactEntry,
    ContactStaff,
    Counterpart,
    Demand,
    Document,
    FamilyLiaison,
    HostageStatusEvent,
    Milestone,
    Person,
    PersonIdentifier,
    PolQuestion,
    Post,
    ProofOfLifeCheck,
    Task,
    User,
)
from consular.domain.enums import ParticipantRole

BATCH = 2000


@dataclass(frozen=True)
class Window:
    """Which rows to read: a half-open UTC interval and whether restricted rows count."""

    start: datetime | None = None
    end: datetime | None = None
    include_restricted: bool = True

    def on(self, stmt: Select, column) -> Select:
        if self.start is not None:
            stmt = stmt.where(column >= self.start)
        if self.end is not None:
            stmt = stmt.where(column < self.end)
        return stmt


def _stream(source: Session | Connection, stmt: Select) -> Iterator[tuple]:
    """The rows of ``stmt`` as tuples, in batches, columns of our types converted per batch
    (on the session's connection, or on ``source`` itself when it is a connection)."""
    # Core rows on the session's connection (same transaction): the ORM's loading layer
    # cost more than the database's work for a 20,000-event case, and every caller only
    # unpacks plain tuples. Batches by fetchmany, never yield_per: on PostgreSQL that means a
    # server-side cursor, a round trip per batch on a plan chosen for a fast start, which took
    # a 21,000-event case's timeline from 0.6 s to 2.7 s (the same CPU: the client waited);
    # on SQLite its buffer hands rows over one by one, and sqlite3's own cursor already steps
    # through the statement a batch at a time.
    connection = source.connection() if isinstance(source, Session) else source
    dialect = connection.dialect
    columns, converters = [], []
    for index, column in enumerate(stmt.selected_columns):
        results = getattr(column.type, "column_results", None)
        if results is None:
            columns.append(column)
            continue
        read_as, convert = results(dialect)
        columns.append(type_coerce(column, read_as))
        converters.append((index, convert))
    if converters:
        stmt = stmt.with_only_columns(*columns)
    for batch in connection.execute(stmt).partitions(BATCH):
        if not converters:
            yield from batch
            continue
        values = list(zip(*batch, strict=True))
        for index, convert in converters:
            values[index] = convert(values[index])
        yield from zip(*values, strict=True)


def one_view(session: Session) -> None:
    """The session's transaction, not begun yet, reads one state of the database throughout:
    REPEATABLE READ on PostgreSQL, whose default gives each statement the state as it begins
    (a SQLite read transaction already sees one state). For an export, whose rows, their
    contacts read ahead beside (:func:`_read_beside`) and the audit chain head it carries
    must all be of the same moment. Only for a transaction that reads: one that writes could
    fail on a row another changed meanwhile."""
    if session.get_bind().dialect.name != "sqlite":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def status_changes(session: Session, case_id: int, window: Window) -> Iterator:
    """(id, from_status, to_status, changed_at, reason, changed_by)."""
    stmt = (
        select(
            CaseStatusChange.id,
            CaseStatusChange.from_status,
            CaseStatusChange.to_status,
            CaseStatusChange.changed_at,
            CaseStatusChange.reason,
            User.display_name,
        )
        .join(User, User.id == CaseStatusChange.changed_by_id)
        .where(CaseStatusChange.case_id == case_id)
    )
    return _stream(session, window.on(stmt, CaseStatusChange.changed_at))


def opened_by(session: Session, case_id: int) -> str | None:
    """Who recorded the case's opening (its first status change)."""
    return session.scalar(
        select(User.display_name)
        .join(CaseStatusChange, CaseStatusChange.changed_by_id == User.id)
        .where(CaseStatusChange.case_id == case_id)
        .order_by(CaseStatusChange.changed_at, CaseStatusChange.id)
        .limit(1)
    )


def hostage_status_events(session: Session, case_id: int, window: Window | None = None) -> Iterator:
    """(id, status, effective_at, note, source, recorded_by, person_id, full_name, name_native),
    ordered by person then effective time (what captivity spans need)."""
    stmt = (
        select(
            HostageStatusEvent.id,
            HostageStatusEvent.status,
            HostageStatusEvent.effective_at,
            HostageStatusEvent.note,
            HostageStatusEvent.source,
            User.display_name,
            Person.id,
            Person.full_name,
            Person.name_native,
        )
        .join(CaseParticipant, CaseParticipant.id == HostageStatusEvent.participant_id)
        .join(Person, Person.id == CaseParticipant.person_id)
        .join(User, User.id == HostageStatusEvent.recorded_by_id)
        # Voided entries are history only: a timeline and its exports leave them out.
        .where(CaseParticipant.case_id == case_id, HostageStatusEvent.voided_at.is_(None))
        .order_by(Person.id, HostageStatusEvent.effective_at, HostageStatusEvent.id)
    )
    if window is not None:
        stmt = window.on(stmt, HostageStatusEvent.effective_at)
    return _stream(session, stmt)


def hostages(session: Session, case_id: int) -> list:
    """(person_id, full_name, name_native, hostage_status) of the nationals concerned."""
    return session.execute(
        select(Person.id, Person.full_name, Person.name_native, CaseParticipant.hostage_status)
        .join(CaseParticipant, CaseParticipant.person_id == Person.id)
        .where(CaseParticipant.case_id == case_id, CaseParticipant.role == ParticipantRole.HOSTAGE)
        .order_by(CaseParticipant.id)
    ).all()


def _contacts_in(case_id: int, window: Window) -> Select:
    """The case's contacts in the window, voided and restricted ones too: read from the index on
    (case_id, occurred_at) alone. Asking for the two flags read every contact's row, its notes
    and all, once more for each query; the callers look up only the contacts they show."""
    return window.on(select(ContactEntry.id).where(ContactEntry.case_id == case_id), ContactEntry.occurred_at)


def _of_contacts(session: Session, column, case_id: int, window: Window) -> ColumnElement[bool]:
    """``column`` (a contact id) is one of the case's contacts in the window.

    On PostgreSQL as ``column = ANY(ARRAY(subquery))``, not ``IN (subquery)``: the planner
    joined ``IN`` by hashing the case's ~20,000 contact ids against a sequential scan of the
    whole ``contact_staff`` table (2.7 million rows at 100,000 cases: 0.1 s on a quiet
    machine, 0.6 s under load, the largest part of a long case's CSV export), and reached
    the counterparts through a nested loop over every contact of the case. The array is
    read once (an InitPlan) and probed on the link table's primary key, already in contact
    order: ~45 ms each, whatever the table's size. SQLite plans ``IN`` well as it is."""
    contact_ids = _contacts_in(case_id, window)
    if session.connection().dialect.name == "sqlite":
        return column.in_(contact_ids)
    return column == any_(func.array(contact_ids.scalar_subquery()))


def contacts(session: Session, case_id: int, window: Window) -> Iterator:
    """(id, occurred_at, duration_minutes, channel, direction, subject, notes, outcome,
    follow_up_needed, restricted, recorded_by)."""
    stmt = _contacts_statement(case_id, window)
    if session.connection().dialect.name == "sqlite":
        return _stream(session, stmt)
    return _flat(_read_beside(session, lambda beside: _slices(beside, stmt, ContactEntry.occurred_at, ContactEntry.id)))


def contacts_ahead(
    session: Session, case_id: int, window: Window, *, beside: bool = False
) -> tuple[Iterator, Iterator, Iterator]:
    """(:func:`contact_counterparts`, :func:`contact_staff`, :func:`contacts`), to be read in
    that order, each to its end.

    ``beside`` (an export, on PostgreSQL): all three are read beside this connection
    (:func:`_read_beside`) from the moment this is called, under this transaction's snapshot:
    the staff on a connection of their own, the counterparts then the contacts on another, so
    that the server looks up the staff and the counterparts at once while this connection
    reads the case's other records (a timeline asks for this before them, and assembles the
    contacts last). Otherwise they are read on this connection when read (on PostgreSQL the
    contacts in slices, :func:`_slices`): the screen's timeline keeps no reader thread, no
    second connection and no slice read ahead (a few MB of the GUI's peak)."""
    stmt = _contacts_statement(case_id, window)
    links = _counterparts_statement(session, case_id, window)
    staff = _staff_statement(session, case_id, window)
    if session.connection().dialect.name == "sqlite":
        return _stream(session, links), _stream(session, staff), _stream(session, stmt)
    if not beside:
        rows = _flat(_slices(session, stmt, ContactEntry.occurred_at, ContactEntry.id))
        return _stream(session, links), _stream(session, staff), rows

    def read(beside: Connection) -> Iterator[list]:
        yield list(_stream(beside, links))
        yield from _slices(beside, stmt, ContactEntry.occurred_at, ContactEntry.id)

    snapshot = _snapshot(session)
    # Handed over a slice at a time, not as one list beside the caller's.
    staff_rows = _read_beside(session, lambda beside: _lists(_stream(beside, staff)), snapshot)
    lists = _read_beside(session, read, snapshot)
    return _flat(itertools.islice(lists, 1)), _flat(staff_rows), _flat(lists)


def _lists(rows: Iterator[tuple]) -> Iterator[list]:
    """``rows`` in lists of :data:`SLICE`."""
    while chunk := list(itertools.islice(rows, SLICE)):
        yield chunk


def _flat(lists: Iterator[list]) -> Iterator[tuple]:
    for rows in lists:
        yield from rows


def _contacts_statement(case_id: int, window: Window) -> Select:
    stmt = (
        select(
            ContactEntry.id,
            ContactEntry.occurred_at,
            ContactEntry.duration_minutes,
            ContactEntry.channel,
            ContactEntry.direction,
            ContactEntry.subject,
            ContactEntry.notes,
            ContactEntry.outcome,
            ContactEntry.follow_up_needed,
            ContactEntry.restricted,
            User.display_name,
        )
        .join(User, User.id == ContactEntry.recorded_by_id)
        .where(ContactEntry.case_id == case_id, ContactEntry.voided_at.is_(None))
    )
    if not window.include_restricted:
        stmt = stmt.where(ContactEntry.restricted.is_(False))
    return window.on(stmt, ContactEntry.occurred_at)


#: Rows per statement where a result arrives whole (PostgreSQL's client-side results).
SLICE = 4000


def _slices(source: Session | Connection, stmt: Select, at, key) -> Iterator[list]:
    """``stmt``'s rows in statements of :data:`SLICE` rows, in (``at``, ``key``) order, each
    one starting where the last ended (on the ``(case_id, at)`` index): a list per statement.

    A client-side result holds every row until the last is read: a 21,000-contact case's
    notes (~20 MB) sat in the driver's result beside the events built from them, and the
    GUI's peak on PostgreSQL was ~27 MB above SQLite's (whose rows come in batches). A
    server-side cursor streams as well but costs a round trip per batch on a plan chosen for
    a fast start (see :func:`_stream`); these are plain statements on the usual plan."""
    last = None
    while True:
        page = stmt
        if last is not None:
            page = page.where(at >= last[0], or_(at > last[0], key > last[1]))
        rows = list(_stream(source, page.order_by(at, key).limit(SLICE)))
        if rows:
            yield rows
        if len(rows) < SLICE:
            return
        last = (rows[-1][1], rows[-1][0])
        del rows


_SNAPSHOT_ID = re.compile(r"[0-9A-F]+(-[0-9A-F]+)+")
_DONE = object()


def _snapshot(session: Session) -> str:
    """The id of ``session``'s snapshot, exported for other connections to import."""
    snapshot = session.scalar(text("SELECT pg_export_snapshot()"))
    if not _SNAPSHOT_ID.fullmatch(snapshot or ""):  # it is spelt into SET TRANSACTION below
        raise ValueError(f"unexpected snapshot id {snapshot!r}")
    return snapshot


def _read_beside(
    session: Session, read: Callable[[Connection], Iterator[list]], snapshot: str | None = None
) -> Iterator[list]:
    """The lists of rows ``read(connection)`` yields, read ahead in a thread on a second
    connection that sees what ``session``'s transaction sees (PostgreSQL only).

    A long case's contacts (~20 MB of notes at 20,000 contacts) took the server ~0.1 s to
    send, in which the client only waited; read beside, they arrive while this thread fetches
    the contacts' staff and counterparts and builds the events of the slice before. The
    second connection imports the transaction's snapshot (``pg_export_snapshot``, at
    REPEATABLE READ), so both read one state of the database: a contact committed meanwhile
    is in neither or, when the transaction is itself REPEATABLE READ (an export), in both.
    One slice at most waits read ahead. The reader stops, and its connection goes back, once
    the rows are read, when reading them fails, and when the caller drops the iterator."""
    snapshot = snapshot or _snapshot(session)  # (``snapshot``: one exported already)
    engine = session.get_bind()
    ahead: queue.Queue = queue.Queue(maxsize=1)
    stop = threading.Event()

    def hand_over(item) -> bool:
        while not stop.is_set():
            try:
                ahead.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        outcome: object = RuntimeError("the timeline's read-ahead stopped")
        try:
            with engine.connect().execution_options(isolation_level="REPEATABLE READ") as connection:
                # No bound parameter: a utility statement takes none.
                connection.exec_driver_sql(f"SET TRANSACTION SNAPSHOT '{snapshot}'")
                for rows in read(connection):
                    if not hand_over(rows):
                        return
            outcome = _DONE
        except Exception as exc:  # noqa: BLE001 - handed to the reader, who raises it
            outcome = exc
        finally:
            hand_over(outcome)

    thread = threading.Thread(target=produce, name="timeline-read-ahead", daemon=True)

    def lists() -> Iterator[list]:
        try:
            while (item := ahead.get()) is not _DONE:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            stop.set()
            thread.join()

    result = lists()
    # A caller that fails before reading (or stops half way) drops the iterator: the reader stops.
    weakref.finalize(result, stop.set)
    thread.start()
    return result


def contact_counterparts(session: Session, case_id: int, window: Window) -> Iterator:
    """(contact_id, counterpart_id, name, person_id) for every contact in the window (voided and
    restricted ones too), ordered by contact, then by name."""
    return _stream(session, _counterparts_statement(session, case_id, window))


def _counterparts_statement(session: Session, case_id: int, window: Window) -> Select:
    return (
        select(ContactCounterpart.contact_id, Counterpart.id, Counterpart.name, Counterpart.person_id)
        .join(Counterpart, Counterpart.id == ContactCounterpart.counterpart_id)
        .where(_of_contacts(session, ContactCounterpart.contact_id, case_id, window))
        .order_by(ContactCounterpart.contact_id, Counterpart.name, Counterpart.id)
    )


def contact_staff(session: Session, case_id: int, window: Window) -> Iterator:
    """(contact_id, display_name) of staff present at each contact in the window (voided and
    restricted ones too), ordered by contact, then by name."""
    return _stream(session, _staff_statement(session, case_id, window))


def _staff_statement(session: Session, case_id: int, window: Window) -> Select:
    return (
        select(ContactStaff.contact_id, User.display_name)
        .join(User, User.id == ContactStaff.user_id)
        .where(_of_contacts(session, ContactStaff.contact_id, case_id, window))
        .order_by(ContactStaff.contact_id, User.display_name)
    )


def milestones(session: Session, case_id: int, window: Window) -> Iterator:
    """(id, kind, occurred_at, title, description, source, restricted, recorded_by,
    hostage_person_id, hostage_name)."""
    stmt = (
        select(
            Milestone.id,
            Milestone.kind,
            Milestone.occurred_at,
            Milestone.title,
            Milestone.description,
            Milestone.source,
            Milestone.restricted,
            User.display_name,
            Person.id,
            Person.full_name,
        )
        .join(User, User.id == Milestone.recorded_by_id)
        .outerjoin(Person, Person.id == Milestone.hostage_person_id)
        .where(Milestone.case_id == case_id, Milestone.voided_at.is_(None))
    )
    if not window.include_restricted:
        stmt = stmt.where(Milestone.restricted.is_(False))
    return _stream(session, window.on(stmt, Milestone.occurred_at))


def demands(session: Session, case_id: int, window: Window) -> Iterator:
    """(id, received_at, kind, amount, currency, made_by, details, via name, via id,
    deadline_at, response, response_note, recorded_by, hostage_person_id, hostage_name).
    Demands are always restricted: none without ``window.include_restricted``."""
    stmt = (
        select(
            Demand.id,
            Demand.received_at,
            Demand.kind,
            Demand.amount,
            Demand.currency,
            Demand.made_by,
            Demand.details,
            Counterpart.name,
            Demand.via_counterpart_id,
            Demand.deadline_at,
            Demand.response,
            Demand.response_note,
            User.display_name,
            Person.id,
            Person.full_name,
        )
        .join(User, User.id == Demand.recorded_by_id)
        .outerjoin(Counterpart, Counterpart.id == Demand.via_counterpart_id)
        .outerjoin(Person, Person.id == Demand.hostage_person_id)
        .where(Demand.case_id == case_id, Demand.voided_at.is_(None))
    )
    if not window.include_restricted:
        stmt = stmt.where(false())
    return _stream(session, window.on(stmt, Demand.received_at))


def pol_checks(session: Session, case_id: int) -> dict[int, tuple]:
    """Per proof-of-life milestone id: (medium, answer_matched, assessment, question)."""
    stmt = (
        select(
            ProofOfLifeCheck.milestone_id,
            ProofOfLifeCheck.medium,
            ProofOfLifeCheck.answer_matched,
            ProofOfLifeCheck.assessment,
            PolQuestion.question,
        )
        .join(Milestone, Milestone.id == ProofOfLifeCheck.milestone_id)
        .outerjoin(PolQuestion, PolQuestion.id == ProofOfLifeCheck.question_id)
        .where(Milestone.case_id == case_id)
    )
    return {mid: rest for mid, *rest in session.execute(stmt)}


def _tasks(case_id: int, window: Window, at_column) -> Select:
    creator, assignee, completer = aliased(User), aliased(User), aliased(User)
    stmt = (
        select(
            Task.id,
            Task.title,
            Task.description,
            Task.due_at,
            Task.priority,
            Task.status,
            Task.contact_id,
            Task.created_at,
            creator.display_name,
            assignee.display_name,
            Task.completed_at,
            completer.display_name,
            Task.completion_note,
            # A task raised by a restricted contact can repeat what the contact said.
            ContactEntry.restricted,
        )
        .join(creator, creator.id == Task.created_by_id)
        .outerjoin(assignee, assignee.id == Task.assignee_id)
        .outerjoin(completer, completer.id == Task.completed_by_id)
        .outerjoin(ContactEntry, ContactEntry.id == Task.contact_id)
        .where(Task.case_id == case_id, Task.voided_at.is_(None))
    )
    if not window.include_restricted:
        stmt = stmt.where(and_(Task.contact_id.is_(None) | ContactEntry.restricted.is_(False)))
    return window.on(stmt, at_column)


def tasks_created(session: Session, case_id: int, window: Window) -> Iterator:
    """(id, title, description, due_at, priority, status, contact_id, created_at, created_by,
    assignee, completed_at, completed_by, completion_note, contact_restricted)."""
    return _stream(session, _tasks(case_id, window, Task.created_at))


def tasks_completed(session: Session, case_id: int, window: Window) -> Iterator:
    """Same columns as :func:`tasks_created`, for tasks with a completion time in the window."""
    stmt = _tasks(case_id, window, Task.completed_at).where(Task.completed_at.is_not(None))
    return _stream(session, stmt)


def documents(session: Session, case_id: int, window: Window) -> Iterator:
    """(id, file_name, media_type, size_bytes, description, restricted, added_at, added_by)."""
    stmt = (
        select(
            Document.id,
            Document.file_name,
            Document.media_type,
            Document.size_bytes,
            Document.description,
            Document.restricted,
            Document.added_at,
            User.display_name,
        )
        .join(User, User.id == Document.added_by_id)
        .where(Document.case_id == case_id, Document.voided_at.is_(None))
    )
    if not window.include_restricted:
        stmt = stmt.where(Document.restricted.is_(False))
    return _stream(session, window.on(stmt, Document.added_at))


def sensitive_values(session: Session, case_id: int) -> dict[str, list]:
    """Every recorded passport number, other identifier, phone, e-mail, date of birth and
    address of the people, next of kin and counterparts of a case (what a redacted output
    must not show), by kind: ``passports``, ``ids``, ``phones``, ``emails``, ``dobs``,
    ``addresses``; and ``names``, the full and native-script names of the people and next of kin."""
    people = select(CaseParticipant.person_id).where(CaseParticipant.case_id == case_id)
    kin = select(FamilyLiaison.kin_person_id).where(FamilyLiaison.case_id == case_id)
    found: dict[str, list] = {k: [] for k in ("passports", "ids", "phones", "emails", "dobs", "addresses", "names")}
    for passport, phone, email, dob, name, native in session.execute(
        select(
            Person.passport_number,
            Person.phone,
            Person.email,
            Person.date_of_birth,
            Person.full_name,
            Person.name_native,
        ).where(Person.id.in_(people) | Person.id.in_(kin))
    ):
        found["names"] += [name, native]
        found["passports"].append(passport)
        found["phones"].append(phone)
        found["emails"].append(email)
        found["dobs"].append(dob)
    found["ids"].extend(
        session.scalars(
            select(PersonIdentifier.value).where(
                PersonIdentifier.person_id.in_(people) | PersonIdentifier.person_id.in_(kin)
            )
        )
    )
    for phone, email, address in session.execute(
        select(FamilyLiaison.phone, FamilyLiaison.email, FamilyLiaison.address).where(FamilyLiaison.case_id == case_id)
    ):
        found["phones"].append(phone)
        found["emails"].append(email)
        found["addresses"].append(address)
    for phone, email, address in session.execute(
        select(Counterpart.phone, Counterpart.email, Counterpart.address)
        .join(CaseCounterpart, CaseCounterpart.counterpart_id == Counterpart.id)
        .where(CaseCounterpart.case_id == case_id)
    ):
        found["phones"].append(phone)
        found["emails"].append(email)
        found["addresses"].append(address)
    return {kind: list(dict.fromkeys(v for v in values if v)) for kind, values in found.items()}


def case_links(session: Session, case_id: int) -> Iterator:
    """Links of the case with others, unlinked ones too: (id, kind, linked_at, linked_by,
    unlinked_at, unlinked_by, other reference, other post code). The window is applied per
    event by the caller (a link and its unlinking fall on two different days)."""
    other = aliased(Case)
    linker, unlinker = aliased(User), aliased(User)
    other_id = case_fn((CaseLink.case_a_id == case_id, CaseLink.case_b_id), else_=CaseLink.case_a_id)
    stmt = (
        select(
            CaseLink.id,
            CaseLink.kind,
            CaseLink.linked_at,
            linker.display_name,
            CaseLink.unlinked_at,
            unlinker.display_name,
            other.reference,
            Post.code,
        )
        .join(other, other.id == other_id)
        .join(Post, Post.id == other.post_id)
        .join(linker, linker.id == CaseLink.linked_by_id)
        .outerjoin(unlinker, unlinker.id == CaseLink.unlinked_by_id)
        .where((CaseLink.case_a_id == case_id) | (CaseLink.case_b_id == case_id))
        .order_by(CaseLink.linked_at, CaseLink.id)
    )
    return _stream(session, stmt)


def officer_changes(session: Session, case_id: int, window: Window) -> Iterator:
    """(id, changed_at, kin name, relationship, kin person id, from, to, by, reason): each
    next of kin's liaison officer, the first and every change."""
    kin = aliased(Person)
    before, after, by = aliased(User), aliased(User), aliased(User)
    stmt = (
        select(
            LiaisonOfficerChange.id,
            LiaisonOfficerChange.changed_at,
            kin.full_name,
            FamilyLiaison.relationship_to_hostage,
            kin.id,
            before.display_name,
            after.display_name,
            by.display_name,
            LiaisonOfficerChange.reason,
        )
        .join(FamilyLiaison, FamilyLiaison.id == LiaisonOfficerChange.liaison_id)
        .join(kin, kin.id == FamilyLiaison.kin_person_id)
        .outerjoin(before, before.id == LiaisonOfficerChange.from_user_id)
        .outerjoin(after, after.id == LiaisonOfficerChange.to_user_id)
        .join(by, by.id == LiaisonOfficerChange.changed_by_id)
        .where(FamilyLiaison.case_id == case_id)
        .order_by(LiaisonOfficerChange.changed_at, LiaisonOfficerChange.id)
    )
    return _stream(session, window.on(stmt, LiaisonOfficerChange.changed_at))
