"""Queries of the duplicate finder: keeping match_keys in step, and the candidate pairs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import delete, func, insert, select

from consular.db.chunks import chunks
from consular.db.models import Case, CaseParticipant, Counterpart, Person
from consular.db.tool_models import MatchKey
from consular.domain.name_match import counterpart_keys, person_keys

#: A key shared by more records than this says little ("Kumar" in a big database): its pairs
#: are left out, which keeps the self-join's output linear in the number of records.
MAX_BLOCK = 50


def refresh(conn, entity: str, ids: Iterable[int] | None = None) -> int:
    """Recompute the keys of ``ids`` (None: every record) of ``entity`` ("person" or
    "counterpart") on ``conn`` (a Session or Connection). Tombstones (merged records) get
    none. Returns the number of keys written."""
    wanted = None if ids is None else sorted(set(ids))
    batches = [None] if wanted is None else list(chunks(wanted))
    written = 0
    for batch in batches:
        remove = delete(MatchKey).where(MatchKey.entity == entity)
        if batch is not None:
            remove = remove.where(MatchKey.entity_id.in_(batch))
        conn.execute(remove)
        rows = [dict(zip(KEY_COLUMNS, row, strict=True)) for row in key_rows(conn, entity, batch)]
        if rows:
            conn.execute(insert(MatchKey), rows)
        written += len(rows)
    return written


#: The columns of :func:`key_rows`' tuples.
KEY_COLUMNS = ("entity", "entity_id", "kind", "key")


def key_rows(conn, entity: str, ids: list[int] | None = None) -> list[tuple]:
    """The keys ``entity``'s records ``ids`` (None: every record) should have, as
    :data:`KEY_COLUMNS` tuples in the order they are written: records by id, each record's keys
    sorted, so that the keys' own ids follow from the data alone (a set's order changes with
    every process's string hashing) and a synthetic database is the same for the same seed.
    Tombstones (merged records) have none."""
    if entity == "person":
        model, keys_of = Person, person_keys
        columns = (Person.id, Person.full_name, Person.name_native, Person.passport_number)
    else:
        model, keys_of = Counterpart, counterpart_keys
        columns = (Counterpart.id, Counterpart.name, Counterpart.phone)
    query = select(*columns).where(model.merged_into_id.is_(None)).order_by(model.id)
    if ids is not None:
        query = query.where(model.id.in_(ids))
    return [
        (entity, record_id, kind, key)
        for record_id, *values in conn.execute(query)
        for kind, key in sorted(keys_of(*values))
    ]


def count_keys(session, entity: str) -> int:
    """How many keys ``entity`` has (the finder's progress total): a count over the index."""
    return session.scalar(select(func.count()).select_from(MatchKey).where(MatchKey.entity == entity)) or 0


def key_blocks(session, entity: str, columns) -> Iterator[tuple[str, int, list[tuple]]]:
    """The blocks of records of ``entity`` sharing a key: ``(kind, keys read so far, members)``,
    members ``(id, *columns)`` sorted by id, for every key held by 2 to :data:`MAX_BLOCK`
    records.

    One streamed walk of the (entity, kind, key) index with each key's record joined by its
    primary key: no GROUP BY to materialise, no sort, no second query per batch of ids, so the
    first blocks arrive at once and a caller can stop between any two (the GUI's Cancel). The
    work is linear in the number of keys; pairs are formed by the caller, block by block,
    bounded by MAX_BLOCK squared, never N squared."""
    model = Person if entity == "person" else Counterpart
    stmt = (
        select(MatchKey.kind, MatchKey.key, model.id, *columns)
        .join(model, model.id == MatchKey.entity_id)
        .where(MatchKey.entity == entity)
        .order_by(MatchKey.entity, MatchKey.kind, MatchKey.key)
        .execution_options(yield_per=5000)
    )
    current, members, read = None, [], 0
    # Core rows on the session's connection: no ORM result layer for rows that are plain values.
    for kind, key, *record in session.connection().execute(stmt):
        read += 1
        if (kind, key) != current:
            if 2 <= len(members) <= MAX_BLOCK:
                yield current[0], read - 1, sorted(members)
            current, members = (kind, key), []
        members.append(tuple(record))
    if 2 <= len(members) <= MAX_BLOCK:
        yield current[0], read, sorted(members)


def keys_of(session, entity: str, record_id: int) -> set[tuple[str, str]]:
    return set(
        session.execute(
            select(MatchKey.kind, MatchKey.key).where(MatchKey.entity == entity, MatchKey.entity_id == record_id)
        ).all()
    )


def same_name_key(session, entity: str, name_key: str, *, limit: int = 20) -> list[int]:
    """Ids of ``entity`` records whose name key is ``name_key``."""
    return list(
        session.scalars(
            select(MatchKey.entity_id)
            .where(MatchKey.entity == entity, MatchKey.kind == "name", MatchKey.key == name_key)
            .order_by(MatchKey.entity_id)
            .limit(limit)
        )
    )


def person_case_references(session, person_ids: list[int]) -> dict[int, list[str]]:
    """For each person, the references of the cases they take part in (sorted)."""
    found: dict[int, set[str]] = {}
    for batch in chunks(sorted(set(person_ids))):
        rows = session.execute(
            select(CaseParticipant.person_id, Case.reference)
            .join(Case, Case.id == CaseParticipant.case_id)
            .where(CaseParticipant.person_id.in_(batch))
        )
        for person_id, reference in rows:
            found.setdefault(person_id, set()).add(reference)
    return {k: sorted(v) for k, v in found.items()}


def rows_by_id(session, columns, id_column, ids: list[int]) -> dict[int, tuple]:
    """``columns`` of the records with ``ids`` (first column the id), by id."""
    out: dict[int, tuple] = {}
    for batch in chunks(sorted(set(ids))):
        for row in session.execute(select(id_column, *columns).where(id_column.in_(batch))):
            out[row[0]] = tuple(row[1:])
    return out
