"""The inner walk of ``consular audit verify``: one stretch of the chain, in seq order.

Every link is checked against the *stored* link before it, so stretches of the chain can be
walked independently (each in its own process, over its own read connection) and their
findings joined in chain order: the result is the same as one walk from the start. The only
link a stretch cannot check alone is its first one when the stored link before it is junk
(NULL or not hex: then one walk from the start substitutes the recomputed value); the
stretch says so and the caller walks the whole chain in one go instead.

Light on purpose (sqlite3, hashlib, no SQLAlchemy): a worker process imports only this.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
from dataclasses import dataclass, field

from consular.db import audit_hash
from consular.i18n import translate, using_language

COLUMNS = "seq, at, actor_id, action, entity, entity_id, case_id, before, after, state, key_id, chain"
WALK_SQL = f"SELECT {COLUMNS} FROM audit_entries WHERE seq IS NOT NULL ORDER BY seq"
BATCH = 20_000


@dataclass
class Stretch:
    """What one walk over a stretch found. ``problems`` are (kind, message, seq) in seq order."""

    problems: list[tuple[str, str, int]] = field(default_factory=list)
    last_state: dict[tuple[str, int], tuple[str, int]] = field(default_factory=dict)
    last_signed: tuple[int, bytes, str] | None = None  # (seq, chain, key id)
    after_signed: dict[str, int] = field(default_factory=dict)  # key id -> entries signed after last_signed
    legacy: int = 0
    links_ok: bool = True
    anchors_checked: int = 0
    done: int = 0
    last_seq: int = 0
    last_chain: bytes | None = None
    unsure_start: bool = False  # the stored link before this stretch is junk: walk from the start


def walk(batches, previous: bytes, expected: int, legacy_seq: int, held: frozenset[str], wanted: dict, on_batch=None):
    """Walk rows (``COLUMNS``, batches in seq order) after the link ``previous``; the first seq
    expected is ``expected``. ``on_batch(done)`` returning True stops the walk."""
    out = Stretch()
    problems, last_state, after_signed, anchors = out.problems, out.last_state, out.after_signed, wanted
    entry_bytes = audit_hash.entry_bytes
    sha256 = hashlib.sha256
    fromhex = bytes.fromhex
    legacy = anchors_checked = done = 0
    links_ok = True
    last_signed = None
    seq = 0
    chain = previous
    for rows in batches:
        for seq, at, actor_id, action, entity, entity_id, case_id, before, after, state, kid, chain_hex in rows:
            gap = seq != expected
            if gap:
                links_ok = False
                problems.append(
                    (
                        "deleted",
                        translate(
                            "services.audit_walk",
                            "Audit entries #{first}–#{last} are missing: deleted from the database.",
                        ).format(first=expected, last=seq - 1)
                        if seq - 1 > expected
                        else translate(
                            "services.audit_walk", "Audit entry #{seq} is missing: deleted from the database."
                        ).format(seq=expected),
                        expected,
                    )
                )
            try:
                computed = sha256(
                    previous
                    + entry_bytes(seq, at, actor_id, action, entity, entity_id, case_id, before, after, state, kid)
                ).digest()
                chain = fromhex(chain_hex)
            except (TypeError, ValueError):  # NULL or junk put where consular never writes one
                computed, chain = b"", b"?"
            if computed != chain:
                links_ok = False
                if not gap:
                    problems.append(
                        (
                            "edited",
                            translate(
                                "services.audit_walk",
                                "Audit entry #{seq} ({action} on {entity} {entity_id}) no longer matches its hash: "
                                "it was edited, or put in place of another.",
                            ).format(seq=seq, action=action, entity=entity, entity_id=entity_id or ""),
                            seq,
                        )
                    )
                if chain == b"?":
                    chain = computed
            previous = chain
            if kid is None:
                if seq > legacy_seq:
                    problems.append(
                        (
                            "inserted",
                            translate(
                                "services.audit_walk",
                                "Audit entry #{seq} ({action}) carries no signature: it was not written by consular.",
                            ).format(seq=seq, action=action),
                            seq,
                        )
                    )
                else:
                    legacy += 1
            elif kid in held:
                last_signed = (seq, chain, kid)
                after_signed.clear()
            else:
                after_signed[kid] = after_signed.get(kid, 0) + 1
            if state is not None and entity_id is not None:
                last_state[(entity, entity_id)] = (state, seq)
            if seq in anchors:
                if chain_hex.startswith(anchors[seq]):
                    anchors_checked += 1
                else:
                    problems.append(
                        (
                            "anchor",
                            translate(
                                "services.audit_walk",
                                "Anchor {seq}:{anchor} does not match entry #{seq} ({chain}): the history up to "
                                "entry #{seq} was rewritten.",
                            ).format(seq=seq, anchor=anchors[seq][:12], chain=chain_hex[:12]),
                            seq,
                        )
                    )
            expected = seq + 1
        done += len(rows)
        if on_batch is not None and on_batch(done):
            break
    out.legacy, out.anchors_checked, out.done, out.links_ok, out.last_signed = (
        legacy,
        anchors_checked,
        done,
        links_ok,
        last_signed,
    )
    out.last_seq, out.last_chain = (seq, chain) if done else (0, None)
    return out


def walk_sqlite_range(
    path: str,
    low: int | None,
    high: int | None,
    genesis: bytes,
    legacy_seq: int,
    held: frozenset[str],
    wanted: dict,
    language: str = "en",
) -> Stretch:
    """A worker: walk entries with ``low <= seq < high`` (None: unbounded) of the SQLite file
    at ``path`` over its own read-only connection. ``language``: the caller's, for the problems
    found (a spawned worker starts in English)."""
    with using_language(language):
        return _walk_range(path, low, high, genesis, legacy_seq, held, wanted)


def _walk_range(path, low, high, genesis, legacy_seq, held, wanted) -> Stretch:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        connection.execute("SELECT 1 FROM audit_entries LIMIT 1")
    except sqlite3.DatabaseError:  # not readable here (encrypted?): let one walk do it
        connection.close()
        return Stretch(unsure_start=True)
    try:
        previous, expected = genesis, 1
        if low is not None:
            before = connection.execute(
                "SELECT seq, chain FROM audit_entries WHERE seq IS NOT NULL AND seq < ? ORDER BY seq DESC LIMIT 1",
                (low,),
            ).fetchone()
            if before is not None:
                try:
                    previous, expected = bytes.fromhex(before[1]), before[0] + 1
                except (TypeError, ValueError):
                    return Stretch(unsure_start=True)
        where = []
        params: list[int] = []
        if low is not None:
            where.append("seq >= ?")
            params.append(low)
        if high is not None:
            where.append("seq < ?")
            params.append(high)
        sql = WALK_SQL.replace("WHERE seq IS NOT NULL", "WHERE seq IS NOT NULL" + "".join(f" AND {w}" for w in where))
        cursor = connection.execute(sql, params)

        def batches():
            while rows := cursor.fetchmany(BATCH):
                yield rows

        mine = {s: prefix for s, prefix in wanted.items() if (low is None or s >= low) and (high is None or s < high)}
        return walk(batches(), previous, expected, legacy_seq, held, mine)
    finally:
        connection.close()


def join(stretches: list[Stretch]) -> Stretch:
    """The stretches' findings as one walk from the start would have them (stretches in order)."""
    out = Stretch()
    for part in stretches:
        out.problems.extend(part.problems)
        out.last_state.update(part.last_state)
        if part.last_signed is not None:
            out.last_signed = part.last_signed
            out.after_signed = dict(part.after_signed)
        else:
            for kid, count in part.after_signed.items():
                out.after_signed[kid] = out.after_signed.get(kid, 0) + count
        out.legacy += part.legacy
        out.links_ok = out.links_ok and part.links_ok
        out.anchors_checked += part.anchors_checked
        out.done += part.done
        if part.done:
            out.last_seq, out.last_chain = part.last_seq, part.last_chain
    return out


def driver_batches(conn, sql: str):
    """Rows straight from the driver, a batch at a time (a million SQLAlchemy Row objects cost
    seconds). On PostgreSQL a named (server-side) cursor, so the rows are not all held in memory."""
    driver = conn.connection.driver_connection
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SELECT 1")  # make sure the connection is in a transaction
        cursor = driver.cursor(name=f"consular_verify_{secrets.token_hex(4)}")
    else:
        cursor = driver.cursor()
    try:
        cursor.execute(sql)
        while rows := cursor.fetchmany(BATCH):
            yield rows
    finally:
        cursor.close()
