"""The synthetic generator's rows stay exactly what they were: a digest of every value the
row-making worker hands to the writer (``synthetic._batches``: ids, text, dates, enums as
the driver gets them, the audit rows) for a fixed plan, seed and ``now``, on both engines'
bind conversions, compared with digests recorded from the code before it was made faster.

Refreshing them is for a change that *means* to change the generated data (a new column, a
new draw): run ``python -m tests.test_synthetic_rows`` from the repository root and paste
what it prints over :data:`EXPECTED`, and say in the commit message why the data changed.
A speed-up must leave them alone.
"""

from __future__ import annotations

import gc
import hashlib
import pickle
import random
import sys
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

from consular.domain.enums import Channel, UserRole
from consular.seeding import vocabulary as voc
from consular.seeding.bulk import ID_TABLES, PreparedBatch, RowBatch, T, prepare
from consular.seeding.synthetic import STAFF_PER_POST, _batches, _incident_plan
from consular.seeding.synthetic_case import CaseMaker
from consular.seeding.synthetic_random import CaseRandom, _FastRandom, weighted

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
SEED = 7
CASES = 60
BATCH_SIZE = 16
LONG_EVENTS = 1500
ACTOR_ID = 1

# Recorded from main at 8410ff9 (before the row-making was made cheaper), then again when the
# rows came to carry the maintained columns the generator had set by an UPDATE after the load
# (cases.hostages_held and next_task_due, family_liaisons.last_contact_at, appended to each row):
# without those three columns the batches gave 8410ff9's digests (0cc7f0e7…, 5698047b…).
EXPECTED = {
    "postgresql": "d7446fd9f5e0c27b5590c0a43f869c0555ceb7993a20d959bcc4594ce8677184",
    "sqlite": "63c2b91e74db187d66e5c016cec4576e560ac8e678161cf63276cdc02a273776",
}
DIALECTS = {"sqlite": SQLiteDialect_pysqlite, "postgresql": PGDialect_psycopg}


def posts_and_staff() -> tuple[list[dict], dict[str, list[tuple[int, str, UserRole]]]]:
    """Posts and staff in the shapes ``synthetic._reference_data`` gives them (ids as a fresh
    database numbers them: posts in vocabulary order, four staff per post)."""
    posts, staff = [], {}
    for index, (code, _name, _kind, country, _city, tz, calling, police, towns) in enumerate(voc.POSTS):
        posts.append(
            {
                "id": index + 1,
                "code": code,
                "country": country,
                "timezone": tz,
                "calling": calling,
                "police": police,
                "towns": towns,
            }
        )
        staff[code] = [
            (
                2 + index * STAFF_PER_POST + n,
                f"syn.{code.lower()}{n + 1}",
                UserRole.SUPERVISOR if n == STAFF_PER_POST - 1 else UserRole.CASEWORKER,
            )
            for n in range(STAFF_PER_POST)
        ]
    return posts, staff


def batches_digest(
    dialect_name: str, *, seed: int = SEED, cases: int = CASES, long_events: int = LONG_EVENTS
) -> tuple[str, int]:
    """SHA-256 over every prepared batch ``_batches`` yields, and how many rows it saw."""
    posts, staff = posts_and_staff()
    maker = CaseMaker(posts, staff, NOW, ACTOR_ID, seed)
    plan = _incident_plan(random.Random(seed), posts, NOW, cases)
    next_ids = dict.fromkeys(ID_TABLES, 100)  # as if the tables held rows already
    digest, rows = hashlib.sha256(), 0
    for prepared in _batches(maker, plan, seed, BATCH_SIZE, next_ids, DIALECTS[dialect_name], long_events):
        digest.update(repr((prepared.references, prepared.cases, prepared.long_case)).encode())
        for name, columns, values in prepared.tables:
            digest.update(repr((name, columns)).encode())
            for row in values:
                digest.update(repr(row).encode())
            rows += len(values)
        for entry in prepared.audit:
            digest.update(repr(sorted(entry.items())).encode())
        rows += len(prepared.audit)
    return digest.hexdigest(), rows


@pytest.mark.parametrize("dialect_name", sorted(DIALECTS))
def test_the_rows_a_seed_makes_are_the_recorded_ones(dialect_name):
    digest, rows = batches_digest(dialect_name)
    assert rows > CASES * 100  # the digest covers ordinary cases and the long one
    assert digest == EXPECTED[dialect_name]


def test_a_different_seed_gives_a_different_digest():
    """The digest sees the data: another seed, other draws, another digest."""
    assert batches_digest("sqlite", cases=8, long_events=0) != batches_digest(
        "sqlite", seed=SEED + 1, cases=8, long_events=0
    )


if __name__ == "__main__":
    for name in sorted(DIALECTS):
        sys.stdout.write(f'    "{name}": "{batches_digest(name)[0]}",\n')


def test_case_random_draws_what_the_standard_library_draws():
    """Every written-out draw against ``random.Random`` from the same seed, over the sizes the
    generator uses and beyond (both of ``sample``'s ways), and the state left behind."""
    assert CaseRandom is _FastRandom  # on this Python the written-out draws are the ones used
    fast, stdlib = CaseRandom("compare"), random.Random("compare")
    table = weighted(["a", "b", "c", "d", "e"], [58, 22, 12, 5, 3])
    shapes = random.Random(3)
    for _ in range(3000):
        n = shapes.choice([1, 2, 3, 6, 7, 16, 36, 37, 45, 90, 300, 5000])
        k = shapes.randint(0, min(n, 40))
        population = range(n) if shapes.random() < 0.5 else [f"item {i}" for i in range(n)]
        a, b = shapes.randint(-5, 100), shapes.randint(100, 10**6)
        assert fast.sample(population, k) == stdlib.sample(population, k)
        assert fast.choice(population) == stdlib.choice(population)
        assert fast.randint(a, b) == stdlib.randint(a, b)
        assert fast.pick(table) == stdlib.choices(["a", "b", "c", "d", "e"], [58, 22, 12, 5, 3])[0]
        assert fast.random() == stdlib.random()
    assert fast.getstate() == stdlib.getstate()
    with pytest.raises(IndexError):
        fast.choice([])
    with pytest.raises(ValueError):
        fast.sample([1, 2], 3)
    with pytest.raises(ValueError):
        fast.randint(5, 4)


def test_the_rows_hold_no_reference_cycles():
    """The worker process makes rows with the cyclic garbage collector off
    (``synthetic._worker_main``): that is only safe while making them leaves no cycles behind.
    A run leaves the same few (its SQLAlchemy dialect's) whether it makes 2 cases or 60 and
    the long case."""
    batches_digest("sqlite", cases=5, long_events=100)  # first-use caches, imports
    left = []
    for cases, long_events in ((2, 0), (60, 800)):
        gc.collect()
        gc.disable()
        try:
            batches_digest("sqlite", cases=cases, long_events=long_events)
            left.append(gc.collect())
        finally:
            gc.enable()
    assert left[1] == left[0] < 100


@pytest.mark.parametrize("dialect_name", sorted(DIALECTS))
def test_prepare_converts_as_the_columns_bind_processors_do(dialect_name):
    """Values the generator does not make go the slow way and come out as the processors make
    them: a missing date, another zone, an enum given by its value, a boolean given as 0/1."""
    dialect = DIALECTS[dialect_name]()
    kathmandu = ZoneInfo("Asia/Kathmandu")
    batch = RowBatch(dict.fromkeys(ID_TABLES, 0))
    for at, channel, follow in (
        (datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC), Channel.PHONE, True),
        (datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=kathmandu), "email", 0),
        (datetime(2026, 7, 1, 23, 59, tzinfo=UTC), Channel.LETTER, False),
    ):
        batch.add(
            "contact_entries",
            case_id=1,
            occurred_at=at,
            channel=channel,
            follow_up_needed=follow,
            recorded_at=at if follow else None,
            updated_at=datetime(2026, 1, 1, tzinfo=UTC),
        )
    batch.add("tasks", case_id=1, title="t", due_at=datetime(2026, 1, 1, tzinfo=kathmandu), completed_at=None)
    prepared = prepare(batch, dialect, 0)
    for name, columns, values in prepared.tables:
        processors = [T[name].c[c].type.bind_processor(dialect) for c in columns]
        expected = [
            tuple(p(row[c]) if p else row[c] for c, p in zip(columns, processors, strict=True))
            for row in batch.rows[name]
        ]
        assert values == expected
        assert [[type(v) for v in row] for row in values] == [[type(v) for v in row] for row in expected]
    assert prepared.tables[0][2][1][1] == (
        datetime(2026, 1, 1, 21, 19, 5, 6)
        if dialect_name == "sqlite"
        else datetime(2026, 1, 1, 21, 19, 5, 6, tzinfo=UTC)
    )


@pytest.mark.parametrize("dialect_name", sorted(DIALECTS))
def test_a_prepared_batch_comes_out_of_pickle_as_it_went_in(dialect_name):
    """Batches travel pickled from the worker, packed by columns: the writer gets the same
    values of the same types (datetimes with and without a zone, a column mixing them)."""
    kathmandu = ZoneInfo("Asia/Kathmandu")
    posts, staff = posts_and_staff()
    maker = CaseMaker(posts, staff, NOW, ACTOR_ID, SEED)
    plan = _incident_plan(random.Random(SEED), posts, NOW, 6)
    batches = list(_batches(maker, plan, SEED, 4, dict.fromkeys(ID_TABLES, 0), DIALECTS[dialect_name], 50))
    odd = RowBatch(dict.fromkeys(ID_TABLES, 0))
    for at in (datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC), datetime(2026, 1, 2, 3, 4, tzinfo=kathmandu), None):
        odd.add(
            "tasks", case_id=1, title="t", due_at=at, created_at=datetime(2020, 2, 29, 23, 59, 59, 999999, tzinfo=UTC)
        )
    batches.append(prepare(odd, DIALECTS[dialect_name](), 0))
    batches.append(PreparedBatch([("tasks", ["title"], [])], [], [], 0))
    for prepared in batches:
        back = pickle.loads(pickle.dumps(prepared, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == prepared
        for (_name, _columns, rows), (_same, _names, rows_back) in zip(prepared.tables, back.tables, strict=True):
            assert [[(type(v), getattr(v, "tzinfo", None)) for v in row] for row in rows_back] == [
                [(type(v), getattr(v, "tzinfo", None)) for v in row] for row in rows
            ]
    assert len(pickle.dumps(batches[0])) < len(pickle.dumps(batches[0].__dict__))  # packed, not as it was
