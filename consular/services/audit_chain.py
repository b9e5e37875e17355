"""A tamper-evident audit trail: a hash chain, signed with a key kept outside the database.

Design
======

Every audit entry gets a position ``seq`` (1, 2, 3 ... with no gaps) and two values:

- ``chain`` = SHA-256(previous entry's ``chain`` ‖ canonical bytes of this entry), the first
  entry chained to a genesis value derived from the database's random ``chain_id``. The
  canonical bytes (:mod:`consular.db.audit_hash`) cover when, who, action, entity, case,
  before, after, the record's state digest and the signing key's id.
- ``mac`` = HMAC-SHA256(installation key, ``chain``). The key is 32 random bytes in a file
  outside the database (``audit.key`` in the user's config folder, mode 0600, or the file
  named by ``CONSULAR_AUDIT_KEY_FILE``). Only its public id (``key_id``) is stored.

``state`` is a SHA-256 digest of the audited record's columns (those a user edits, see
:data:`TRACKED`) as they stand when the transaction commits, or ``-`` when the record is
gone. If a transaction creates or changes a tracked record without an explicit audit entry
for it (the person and counterpart made with a next of kin, a counterpart renamed along
with its person), a ``<entity>.sync`` entry is chained for it, so every change the app
makes to a tracked record is in the chain.

The single ``audit_chain_head`` row holds the newest (seq, chain) and an HMAC over it.
Appending locks that row (``SELECT ... FOR UPDATE``; on SQLite the writer's ``BEGIN
IMMEDIATE`` already holds the database; on PostgreSQL usually the write of the new links
itself, guarded by the head as read just before, see :mod:`consular.db.chain_links`), at
commit time, after the transaction's own work, so the chain order is the commit order and the
lock is held for microseconds.

What someone holding the database file can and cannot do
--------------------------------------------------------

- Edit, delete or insert an audit row, or edit a tracked record with raw SQL, and leave the
  rest: ``verify`` names the row (hash mismatch, gap in ``seq``, row outside the chain) or
  the record (state differs from its last audited state). No key needed to see this.
- Rewrite the chain consistently (recompute every hash after the edit): the hashes agree
  again, but the MACs do not; without the key they cannot be recomputed. A machine holding
  the key names the first entry whose signature fails.
- Cut the newest entries off and rewrite the head row: caught by the head's MAC (with the
  key) and by any anchor beyond the new end.
- Verification without the key (a backup copied to another machine): the chain, the gaps,
  the head and the record states are still checked, and every anchor (``seq:hash`` printed on
  briefs and exports, kept in ``audit-anchors.tsv`` in the data folder, or given on the
  command line) pins the history up to that point: any change at or before an anchor's
  position is detected. What it cannot prove is that entries after the last anchor were not
  rewritten wholesale by someone who recomputed the hashes; ``verify`` says so.
- Someone who has the key as well as the file (the key file of an installation that writes)
  can forge anything after the last anchor held elsewhere. Protect the key like the
  database, and keep printed anchors.

Several users on PostgreSQL: each installation signs with its own key unless they share
one. Give every installation the same key file (``CONSULAR_AUDIT_KEY_FILE``) so that any of
them can check every entry; entries signed with a key a machine does not hold are reported
and fail verification unless ``check_signatures=False`` (``--no-key``) is chosen.

Restores fork the history
-------------------------

A backup and the database it was taken from share one ``chain_id``. Restore the backup and
write to it, and its entries after the backup's head differ from those the replaced file had
at the same positions: an anchor printed from the replaced file before the restore would look
like a rewrite. So a restore (:func:`consular.services.backup.restore`) writes into the
restored database a ``database.restore`` entry, chained and signed like any other, naming the
backup's head (the fork point ``forked_at``), when, from which file, and a new random ``fork``
id. From then on the printed head carries the fork: ``SEQ:HEX@FORK``, and the anchors file
keeps it. ``verify`` then sorts each anchor:

- an anchor of this history (no fork, or a fork this database records) at a position after
  which no later restore of this history forked is checked as always: a mismatch is a rewrite;
- an anchor of an earlier fork of this history (an untagged one: before the first restore)
  beyond the fork point of a later restore belongs to the history that restore rolled back:
  a note says so and when, and it is not held against this file;
- an anchor naming a fork this database does not record is a problem: it was printed on
  another copy (or the record of the restore was removed).

The excuse is only as good as the restore entry: it sits in the chain, so editing or
inserting one is caught like any other entry (with the key: by its signature).
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import secrets
import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import bindparam, event, inspect, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from consular import i18n, paths
from consular.db import audit_hash, chain_links
from consular.db.detention_models import (
    ConsularVisit,
    Detention,
    DetentionCharge,
    DetentionHearing,
    DetentionPlace,
    NoteVerbale,
)
from consular.db.engine import Database
from consular.db.family_models import FamilyShare, FamilyUpdate, LiaisonOfficerChange, TellFamilyItem
from consular.db.models import (
    AuditChainHead,
    AuditEntry,
    Case,
    CaseLink,
    ContactEntry,
    Counterpart,
    CounterpartVetting,
    Demand,
    Document,
    FamilyLiaison,
    Milestone,
    Person,
    PolQuestion,
    ProofOfLifeCheck,
    Task,
    WelfareDetail,
)
from consular.db.repatriation_models import RepatriationChecklist, RepatriationItem
from consular.domain.clock import wall_now
from consular.domain.errors import UserError
from consular.i18n import translate
from consular.services import audit_walk
from consular.services.audit_anchors import (  # noqa: F401 - part of this module's interface
    ANCHORS_FILE,
    RESTORE_ACTION,
    ChainHead,
    Fork,
    HasDatabase,
    RolledBack,
    anchors_file,
    current_head,
    forks_in,
    head,
    head_in,
    parse_anchor,
    parse_anchor_fork,
    record_anchor,
    recorded_anchors,
    sort_anchors,
)
from consular.services.audit_checks import (
    KEY_FILE_ENV,
    Problem,
    VerifyReport,
    _accept_purged,
    _check_head,
    _check_records,
    _check_signatures,
    _check_unchained,
    _fill_entry_ids,
    _name_actors,
    summary,  # noqa: F401 - part of this module's interface (audit_chain.summary)
)

# Columns that change on their own (caches, bookkeeping) are not part of a record's state.
_NOT_STATE = {"id", "version", "revision", "updated_at", "last_contact_at", "hostages_held", "next_task_due"}
_NOT_STATE |= {"plan_due_at", "plan_due_active"}  # family_liaisons', kept by triggers (revision 0027)
_CLASSES = {
    "case": Case,
    "contact": ContactEntry,
    "person": Person,
    "family_liaison": FamilyLiaison,
    "task": Task,
    "counterpart": Counterpart,
    "milestone": Milestone,
    "document": Document,
    "pol_question": PolQuestion,
    "pol_check": ProofOfLifeCheck,
    "demand": Demand,
    "vetting": CounterpartVetting,
    "welfare": WelfareDetail,
    "detention": Detention,
    "charge": DetentionCharge,
    "hearing": DetentionHearing,
    "visit": ConsularVisit,
    "note_verbale": NoteVerbale,
    "detention_place": DetentionPlace,
    "family_share": FamilyShare,
    "case_link": CaseLink,
    "repatriation_checklist": RepatriationChecklist,
    "repatriation_item": RepatriationItem,
    "family_update": FamilyUpdate,
    "tell_item": TellFamilyItem,
    "liaison_officer_change": LiaisonOfficerChange,
}
# entity name -> (model, the columns whose values make up its audited state)
# (late columns last: see audit_hash.LATE_COLUMNS)
TRACKED: dict[str, tuple[type, list]] = {
    name: (
        model,
        [
            c
            for c in model.__table__.columns
            if c.name not in _NOT_STATE and c.name not in audit_hash.LATE_COLUMNS.get(model.__tablename__, ())
        ]
        + [model.__table__.c[n] for n in audit_hash.LATE_COLUMNS.get(model.__tablename__, ())],
    )
    for name, model in _CLASSES.items()
}
_ENTITY_OF = {model: name for name, model in _CLASSES.items()}
_STATE_KEYS = {
    name: [model.__mapper__.get_property_by_column(c).key for c in cols] for name, (model, cols) in TRACKED.items()
}

_PENDING = "consular.audit.pending"
_TOUCHED = "consular.audit.touched"
_WRITTEN = "consular.audit.written"  # (entity, id) -> (state, head seen): see note_written
ACTOR_KEY = "consular.actor_id"


# --- the installation key ---------------------------------------------------------------

_key_cache: dict[str, bytes] = {}


def key_file() -> Path:
    """Where this installation's signing key lives (created on the first audited write)."""
    override = os.environ.get(KEY_FILE_ENV, "").strip()
    return Path(override).expanduser() if override else paths.config_dir() / "audit.key"


def _check_private(path: Path) -> None:
    if os.name != "posix":
        return
    info = path.stat()
    if info.st_uid != os.getuid():
        raise UserError(
            translate(
                "services.audit_chain", "The audit key file {path} belongs to another user; it must be yours alone."
            ).format(path=path)
        )
    if info.st_mode & 0o077:
        raise UserError(
            translate(
                "services.audit_chain",
                "The audit key file {path} can be read by other users (mode {value:o}); make it "
                "private with: chmod 600 '{path}'",
            ).format(path=path, value=info.st_mode & 0o777)
        )


def load_key(path: Path | None = None, *, create: bool = False) -> bytes | None:
    """The key in ``path`` (default :func:`key_file`); made (0600) when missing and ``create``.

    Raises UserError when the file is readable by others or is not a key.
    """
    path = path or key_file()
    cached = _key_cache.get(str(path))
    if cached is not None:
        return cached
    if not path.exists():
        if not create:
            return None
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32) + "\n")
        try:
            os.link(temp, path)  # atomic: of two processes creating it at once, one wins
        except FileExistsError:
            pass
        finally:
            temp.unlink()
    _check_private(path)
    text = path.read_text().strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) < 16:
        raise UserError(
            translate(
                "services.audit_chain", "{path} is not a consular audit key (64 hexadecimal digits expected)."
            ).format(path=path)
        )
    _key_cache[str(path)] = key
    return key


# --- writing: chain every audit entry at commit -----------------------------------------


@event.listens_for(Session, "after_flush")
def _collect(session: Session, _flush_context) -> None:
    """Note new audit entries and changes to tracked records (pre-flush lists still hold)."""
    info = session.info
    for obj in session.new:
        if isinstance(obj, AuditEntry) and obj.seq is None:
            info.setdefault(_PENDING, []).append(obj)
        elif type(obj) in _ENTITY_OF:
            info.setdefault(_TOUCHED, {})[(_ENTITY_OF[type(obj)], obj.id)] = (_case_of(obj), True)
    for obj in list(session.dirty) + list(session.deleted):
        name = _ENTITY_OF.get(type(obj))
        if name is None:
            continue
        state = inspect(obj)
        if obj in session.deleted or any(state.attrs[k].history.has_changes() for k in _STATE_KEYS[name]):
            touched = info.setdefault(_TOUCHED, {})
            touched[(name, obj.id)] = (_case_of(obj), touched.get((name, obj.id), (None, False))[1])
            info.get(_WRITTEN, {}).pop((name, obj.id), None)  # changed since: its state is read again


def _case_of(obj) -> int | None:
    return obj.id if isinstance(obj, Case) else getattr(obj, "case_id", None)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    if session.in_nested_transaction():
        # A savepoint released (after_commit fires for it too): its entries are still pending
        # for the outer commit. Entries of a savepoint rolled back are no longer persistent and
        # are left out there.
        return
    session.info.pop(_PENDING, None)
    session.info.pop(_TOUCHED, None)
    session.info.pop(_WRITTEN, None)


def state_columns(entity: str) -> tuple:
    """The columns whose values make up a tracked record's audited state, in digest order."""
    return tuple(TRACKED[entity][1])


def note_written(session: Session, entity: str, entity_id: int, case_id: int | None, row: tuple, seen_head) -> None:
    """A tracked record this transaction inserted with a statement of its own, not the flush
    (:mod:`consular.repositories.contact_writes`): noted as the flush would have noted it, with
    its state digest from ``row`` (its :func:`state_columns` as the database returned them) and
    the chain head read in the same statement (:data:`chain_links.SEEN_HEAD` values, or Nones), so
    the commit reads neither again. Changed again before the commit, its state is read then."""
    model, _ = TRACKED[entity]
    state = audit_hash.state_digest(row, len(audit_hash.LATE_COLUMNS.get(model.__tablename__, ())))
    session.info.setdefault(_TOUCHED, {})[(entity, entity_id)] = (case_id, True)
    seen = tuple(seen_head) if seen_head and seen_head[0] is not None else None
    session.info.setdefault(_WRITTEN, {})[(entity, entity_id)] = (state, seen)


@event.listens_for(Session, "before_commit")
def _append_to_chain(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint's release: the outer commit chains everything once
    session.flush()
    pending = [e for e in session.info.pop(_PENDING, []) if e.seq is None and inspect(e).persistent]
    pending += chain_links.held(session)  # (entries added from here, the sync ones, are flushed)
    touched = session.info.pop(_TOUCHED, {})
    if not pending and not touched:
        return
    covered = {(e.entity, e.entity_id) for e in pending}
    # Records this transaction inserted: nobody else sees them before the commit, so their
    # states are read now, before the head is locked (less work done holding it); on a server the
    # first read also brings the head as it stands (see chain_links: the lock without a read).
    early, seen = {}, None
    written = session.info.pop(_WRITTEN, {})
    for key, (_, is_new) in touched.items():
        if key in written:  # its state and the head were read when it was written
            early[key], head_then = written[key]
            seen = seen if seen is not None else head_then
        elif is_new and seen is None:
            early[key], seen = record_state(session, *key, with_head=True)
        elif is_new:
            early[key] = record_state(session, *key)
    actor_id = pending[0].actor_id if pending else session.info.get(ACTOR_KEY)
    if actor_id is not None:
        # A sync entry shares the time of the entries it accompanies.
        now = pending[0].at if pending else wall_now()
        for (entity, entity_id), (case_id, is_new) in touched.items():
            if (entity, entity_id) in covered:
                continue
            if is_new and early[(entity, entity_id)] == audit_hash.ABSENT:
                continue  # inserted in a savepoint that was rolled back: it never existed
            sync = AuditEntry(at=now, actor_id=actor_id, action=f"{entity}.sync", entity=entity, entity_id=entity_id)
            sync.case_id = case_id if case_id is not None and session.get(Case, case_id) is not None else None
            session.add(sync)
            pending.append(sync)
    append(session, pending, early, seen)
    session.flush()


def record_state(session: Session, entity: str, entity_id: int | None, *, with_head: bool = False):
    """The state digest of a tracked record as this session sees it (None if not tracked).

    ``with_head``: on PostgreSQL the same statement also reads the chain head (unlocked), and
    the result is ``(state, head)``, head being its :data:`chain_links.SEEN_HEAD` values (None
    elsewhere, or when the record or the head is missing)."""
    tracked = TRACKED.get(entity)
    if tracked is None or entity_id is None:
        return (None, None) if with_head else None
    model, columns = tracked
    peek = with_head and session.get_bind().dialect.name == "postgresql"
    row = session.execute(_state_query(entity, peek), {"record_id": entity_id}).first()
    late = len(audit_hash.LATE_COLUMNS.get(model.__tablename__, ()))
    state = audit_hash.ABSENT if row is None else audit_hash.state_digest(row[: len(columns)], late)
    if not with_head:
        return state
    return state, (tuple(row[len(columns) :]) if peek and row is not None and row[len(columns)] is not None else None)


@functools.lru_cache(maxsize=2 * len(TRACKED))
def _state_query(entity: str, with_head: bool):
    """The read of a record's audited columns (and the head's, left-joined), made once per
    entity rather than on every write."""
    model, columns = TRACKED[entity]
    query = select(*columns).where(model.__table__.c.id == bindparam("record_id"))
    if with_head:
        heads = AuditChainHead.__table__
        query = query.add_columns(*chain_links.SEEN_HEAD).select_from(model.__table__.outerjoin(heads, heads.c.id == 1))
    return query


def append(session: Session, entries: list[AuditEntry], early: dict | None = None, seen=None) -> None:
    """Chain ``entries`` after the current head, in order, and sign them. ``early``: states read
    before the lock (records only this transaction sees; an absent one is read again).
    ``seen``: the head as read with them (see :func:`record_state`): when every state is known
    before the lock, the entries are chained after it and written if it is still the head."""
    if not entries:
        return
    key = load_key(create=True)
    kid = audit_hash.key_id(key)
    early = {k: v for k, v in (early or {}).items() if v != audit_hash.ABSENT}
    known = [(e.entity, e.entity_id) in early or TRACKED.get(e.entity) is None or e.entity_id is None for e in entries]
    if seen is not None and all(known) and len(entries) <= chain_links.AT_ONCE:
        session.flush()  # sync entries just added get their ids (the lock's read would flush them)
        states = [early.get((e.entity, e.entity_id)) for e in entries]
        links, head_values = chain_links.link_entries(key, kid, seen, entries, states)
        now = chain_links.write_if_head(session, seen, head_values, entries, links)
        if now is not None and now[:2] != head_values[:2]:  # another writer moved the head on:
            links, head_values = chain_links.link_entries(key, kid, now, entries, states)  # locked now
            now = chain_links.write_if_head(session, now, head_values, entries, links)
            if now is None or now[:2] != head_values[:2]:
                raise RuntimeError("audit chain: the head moved on while locked")
        if now is not None:
            return
    if held := [e for e in entries if inspect(e).transient]:  # held back (HOLD), not written above
        session.add_all(held)
        session.flush()
    locked = chain_links.lock_head(session)
    # The records' states first, before any entry changes: their reads would otherwise flush
    # each entry's new seq as an UPDATE of its own (one round trip per entry on a server).
    states = [early.get((e.entity, e.entity_id)) or record_state(session, e.entity, e.entity_id) for e in entries]
    after = (locked.seq, locked.chain, locked.chain_id, locked.legacy_seq)
    links, head_values = chain_links.link_entries(key, kid, after, entries, states)
    chain_links.write(session, locked, head_values, entries, links)  # one round trip on PostgreSQL


def append_rows(conn: Connection, rows: list[dict]) -> None:
    """Chain audit rows about to be bulk-inserted (synthetic data): fills seq/state/key/chain/mac.

    The rows' records are assumed new, so no state digest is taken. Call inside the load's
    transaction, right before inserting them.
    """
    if not rows:
        return
    with Session(bind=conn) as session:
        head = chain_links.lock_head(session)
        key = load_key(create=True)
        kid = audit_hash.key_id(key)
        previous = bytes.fromhex(head.chain)
        seq = head.seq
        for row in rows:
            seq += 1
            row.update(seq=seq, state=None, key_id=kid)
            previous = audit_hash.link(
                previous,
                audit_hash.entry_bytes(
                    seq,
                    row["at"],
                    row["actor_id"],
                    row["action"],
                    row["entity"],
                    row["entity_id"],
                    row["case_id"],
                    row["before"],
                    row["after"],
                    None,
                    kid,
                ),
            )
            row["chain"] = previous.hex()
            row["mac"] = audit_hash.entry_mac(key, previous)
        head.seq = seq
        head.chain = previous.hex()
        head.key_id = kid
        head.mac = audit_hash.head_mac(key, head.chain_id, seq, head.chain, head.legacy_seq)
        head.updated_at = wall_now()
        session.flush()


# --- verification -----------------------------------------------------------------------


def verify(
    database: Database,
    *,
    keys: Iterable[bytes] | None = None,
    check_signatures: bool = True,
    anchors: Iterable[str] = (),
    use_recorded_anchors: bool = True,
    check_records: bool = True,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
    snapshot: bool = False,
) -> VerifyReport:
    """Walk the whole chain and check the tracked records against their last audited state.

    Safe to run on a worker thread (own connection, read-only). ``progress(done, total)`` is
    called every few thousand entries; ``cancelled()`` returning True stops the walk (the
    report then has a note saying so and ``ok`` means nothing). ``keys`` default to this
    installation's key. ``anchors`` are ``SEQ:HEX`` texts. ``workers``: processes walking the
    chain (default: one per CPU on a big SQLite chain, else 1). ``snapshot``: the database is a
    copy taken at some moment (a backup): anchors beyond its last entry were printed later and
    are only noted. Raises UserError on a bad anchor or key file.
    """
    started = time.perf_counter()
    report = VerifyReport()
    if keys is None:
        own = load_key()
        keys = [own] if own else []
    by_id = {audit_hash.key_id(k): k for k in keys}
    given = [parse_anchor_fork(a) for a in anchors]
    with database.engine.connect() as conn:
        head_row = conn.execute(
            select(
                AuditChainHead.chain_id,
                AuditChainHead.seq,
                AuditChainHead.chain,
                AuditChainHead.legacy_seq,
                AuditChainHead.key_id,
                AuditChainHead.mac,
            )
        ).first()
        if head_row is None:
            count = conn.exec_driver_sql("SELECT count(*) FROM audit_entries").scalar()
            if count:
                report.problems.append(
                    Problem(
                        "head",
                        translate(
                            "services.audit_chain",
                            "The audit chain head is missing but there are {count} audit entries.",
                        ).format(count=i18n.format_number(count)),
                    )
                )
            report.seconds = time.perf_counter() - started
            return report
        chain_id, head_seq, head_chain, legacy_seq, head_kid, head_mac = head_row
        forks = forks_in(conn)
        report.head = ChainHead(chain_id, head_seq, head_chain, fork=forks[-1].fork if forks else "")
        if use_recorded_anchors:
            given += recorded_anchors(chain_id)
        wanted, anchor_problems, anchor_notes = sort_anchors(given, forks, snapshot_end=head_seq if snapshot else None)
        report.problems += anchor_problems
        report.notes += anchor_notes
        report.rolled_back_anchors = sum(isinstance(n, RolledBack) for n in anchor_notes)
        last_state, last_seq, last_chain = _walk(
            conn, report, chain_id, head_seq, legacy_seq, by_id, check_signatures, wanted, progress, cancelled, workers
        )
        if cancelled and cancelled():
            report.notes.append(
                translate("services.audit_chain", "Verification was stopped before the end; nothing is proven.")
            )
            report.seconds = time.perf_counter() - started
            return report
        _check_head(report, chain_id, head_seq, head_chain, legacy_seq, head_kid, head_mac, last_seq, last_chain, by_id)
        for seq, prefix in sorted(wanted.items()):
            if seq > last_seq:
                report.problems.append(
                    Problem(
                        "anchor",
                        translate(
                            "services.audit_chain",
                            "Anchor {seq}:{anchor} is beyond the last entry (#{last}): entries recorded before that "
                            "anchor was printed were deleted.",
                        ).format(seq=seq, anchor=prefix[:12], last=last_seq),
                        seq=seq,
                    )
                )
        _fill_entry_ids(conn, report)
        _check_unchained(conn, report)
        if check_records:
            _check_records(conn, report, last_state, TRACKED)
        _accept_purged(conn, report)
        _name_actors(conn, report)
    if not wanted:
        report.notes.append(
            translate(
                "services.audit_chain",
                "No anchor held outside the database was checked: a wholesale rewrite by someone holding the "
                "signing key could not be detected.",
            )
            if by_id and check_signatures
            else translate("services.audit_chain", "No anchor held outside the database was checked.")
        )
    # The audit rows first (in chain order), then the records found changed.
    report.problems.sort(key=lambda p: (p.kind.startswith("record_"), p.seq is None, p.seq or 0))
    report.seconds = time.perf_counter() - started
    return report


def _walk(conn, report, chain_id, head_seq, legacy_seq, by_id, check_signatures, wanted, progress, cancelled, workers):
    """One pass in chain order: each link re-hashed against the stored one before it, gaps
    and unsigned rows named, the last audited state of every record noted. Signatures are
    checked afterwards (:func:`_check_signatures`): every link having been checked, one valid
    MAC on the newest entry a held key signed authenticates everything before it.

    On a SQLite file with many entries the chain is cut into stretches walked by worker
    processes (see :mod:`consular.services.audit_walk`); the joined findings are the same."""
    genesis = audit_hash.genesis(chain_id)
    held = frozenset(by_id)
    walked = _walk_in_parallel(conn, head_seq, genesis, legacy_seq, held, wanted, progress, cancelled, workers)
    if walked is None:

        def on_batch(done: int) -> bool:
            if progress:
                progress(done, max(head_seq, done))
            return bool(cancelled and cancelled())

        walked = audit_walk.walk(
            audit_walk.driver_batches(conn, audit_walk.WALK_SQL), genesis, 1, legacy_seq, held, wanted, on_batch
        )
    report.problems.extend(Problem(kind, message, seq=seq) for kind, message, seq in walked.problems)
    report.anchors_checked += walked.anchors_checked
    report.entries = walked.done
    if walked.legacy:
        report.notes.append(
            translate(
                "services.audit_chain",
                "%n entries written before the chain existed were chained at upgrade (revision 0005) and carry no "
                "signature.",
                "",
                walked.legacy,
            )
        )
    if check_signatures:
        _check_signatures(conn, report, by_id, walked.last_signed, walked.after_signed, walked.links_ok)
    else:
        report.notes.append(
            translate(
                "services.audit_chain",
                "Signatures were not checked (--no-key): edits are detected through the hashes and anchors only; "
                "entries after the last anchor could have been rewritten with recomputed hashes.",
            )
        )
    if not walked.done:
        return walked.last_state, 0, genesis.hex()
    return walked.last_state, walked.last_seq, walked.last_chain.hex()


# Below this many entries one walk is quicker than starting worker processes.
PARALLEL_FROM = 200_000


def _worker_count(workers: int | None) -> int:
    if workers is not None:
        return max(1, workers)
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return min(cpus, 8)


def _walk_in_parallel(conn, head_seq, genesis, legacy_seq, held, wanted, progress, cancelled, workers):
    """The joined walk of the chain cut into stretches, one worker process each over its own
    read-only connection; None when one walk should do it (not a SQLite file, few entries,
    one CPU, or a stretch that cannot be checked alone)."""
    path = conn.engine.url.database if conn.dialect.name == "sqlite" else None
    if not isinstance(conn.connection.driver_connection, sqlite3.Connection):
        path = None  # an encrypted (SQLCipher) file: the workers' plain sqlite3 cannot read it
    count = _worker_count(workers)
    if not path or path == ":memory:" or count < 2 or (workers is None and head_seq < PARALLEL_FROM):
        return None
    low, high = conn.exec_driver_sql("SELECT min(seq), max(seq) FROM audit_entries WHERE seq IS NOT NULL").first()
    if low is None or high - low < count:
        return None
    cuts = [low + (high - low) * i // count for i in range(1, count)]
    bounds = list(zip([None, *cuts], [*cuts, None], strict=True))
    # spawn, not fork: the GUI runs verify on a worker thread, and fork copies a threaded process.
    pool = multiprocessing.get_context("spawn").Pool(len(bounds))
    try:
        pending = [
            pool.apply_async(
                audit_walk.walk_sqlite_range, (path, a, b, genesis, legacy_seq, held, wanted, i18n.language())
            )
            for a, b in bounds
        ]
        while not all(p.ready() for p in pending):
            if cancelled and cancelled():
                return audit_walk.Stretch()
            if progress:
                done = sum(p.ready() for p in pending)
                progress(head_seq * done // len(pending), max(head_seq, 1))
            pending[next(i for i, p in enumerate(pending) if not p.ready())].wait(0.2)
        stretches = [p.get() for p in pending]
    finally:
        pool.terminate()
        pool.join()
    if any(s.unsure_start for s in stretches):
        return None
    joined = audit_walk.join(stretches)
    if progress:
        progress(joined.done, max(head_seq, joined.done))
    return joined
