"""The duplicate finder at scale: the block-by-block finder lists exactly what weighing every
pair that shares a key lists (keys read back with sqlite3, every such pair scored), reports
its progress, and stops when the progress callback raises (the GUI's Cancel)."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert

from consular.db.models import Counterpart, Person
from consular.services import duplicates
from consular.services import match_keys as keys_service

GIVEN = ["Ramesh", "Suresh", "Sunita", "Anita", "Mohan", "Priya", "Vikram", "Kavita"]
FAMILY = ["Mohanty", "Mohanti", "Sharma", "Sarma", "Verma", "Varma", "Chowdhury", "Choudhary", "Reddy", "Reddi"]


def load_people(database, n: int, seed: int = 7) -> None:
    """``n`` people from few names (many share a key), some without a date of birth or a
    passport, some sharing either by chance; counterparts with shared phones and agencies."""
    rng = random.Random(seed)
    now = datetime(2025, 7, 1, tzinfo=UTC)
    people = []
    for pid in range(1, n + 1):
        people.append(
            {
                "id": pid,
                "full_name": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
                "date_of_birth": None if rng.random() < 0.3 else date(1980, 1, 1) + timedelta(days=rng.randrange(40)),
                "passport_number": None if rng.random() < 0.4 else f"Z{rng.randrange(60):07d}",
                "nationality": "IN",
                "created_at": now,
                "updated_at": now,
            }
        )
    counterparts = [
        {
            "id": cid,
            "name": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
            "category": "other",
            "organisation": None if rng.random() < 0.3 else f"Agency {rng.randrange(3)}",
            "phone": None if rng.random() < 0.3 else f"+9198{rng.randrange(20):08d}",
            "created_at": now,
        }
        for cid in range(1, n // 3 + 1)
    ]
    with database.engine.begin() as conn:
        conn.execute(insert(Person), people)
        conn.execute(insert(Counterpart), counterparts)
        keys_service.refresh_all(conn)


def every_pair_weighed(path, entity: str) -> list[tuple]:
    """The reference: every pair sharing a key of at most MAX_BLOCK records (read with
    sqlite3), scored by the finder's own scoring function, kept when it reaches MIN_SCORE."""
    from consular.repositories.match_keys import MAX_BLOCK

    with sqlite3.connect(path) as conn:
        keys: dict[tuple[str, str], list[int]] = {}
        for kind, key, record_id in conn.execute(
            "SELECT kind, key, entity_id FROM match_keys WHERE entity = ?", (entity,)
        ):
            keys.setdefault((kind, key), []).append(record_id)
        if entity == "person":
            sql = "SELECT id, full_name, name_native, date_of_birth, passport_number FROM persons"
        else:
            sql = "SELECT id, name, organisation, phone FROM counterparts"
        rows = {}
        for record_id, *values in conn.execute(sql):
            if entity == "person" and values[2]:
                values[2] = date.fromisoformat(values[2])
            rows[record_id] = tuple(values)
    shared: dict[tuple[int, int], set[str]] = {}
    for (kind, _key), ids in keys.items():
        if 2 <= len(ids) <= MAX_BLOCK:
            ids = sorted(ids)
            for i, left in enumerate(ids):
                for right in ids[i + 1 :]:
                    shared.setdefault((left, right), set()).add(kind)
    score = duplicates._score_people if entity == "person" else duplicates._score_counterparts
    out = []
    for (a, b), kinds in shared.items():
        scored = score(rows[a], rows[b], kinds, duplicates.MIN_SCORE)
        if scored is not None and scored[0] >= duplicates.MIN_SCORE:
            out.append((a, b, scored[0], tuple(scored[1])))
    return sorted(out)


@pytest.mark.parametrize("entity", ["person", "counterpart"])
def test_the_finder_lists_what_weighing_every_sharing_pair_lists(ctx, entity):
    load_people(ctx.database, 600)
    found = duplicates.find_duplicates(ctx, entity)
    expected = every_pair_weighed(ctx.database.path, entity)
    assert len(expected) > 20  # the data really has candidates, and dismissed pairs too
    assert sorted((c.a_id, c.b_id, c.score, c.reasons) for c in found) == expected
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)


def test_progress_is_reported_and_raising_from_it_stops_the_finder(ctx):
    load_people(ctx.database, 3000)
    calls = []
    found = duplicates.find_duplicates(ctx, "people", progress=lambda done, total, text: calls.append((done, total)))
    assert found and len(calls) >= 3
    keys_total = calls[0][1]
    reading = [c for c in calls if c[1] == keys_total]
    assert all(0 <= done <= total for done, total in calls)
    assert [d for d, _ in reading] == sorted(d for d, _ in reading)

    class Stop(Exception):
        pass

    seen = []

    def stop_at_the_second(done, total, text):
        seen.append(done)
        if len(seen) == 2:
            raise Stop()

    with pytest.raises(Stop):
        duplicates.find_duplicates(ctx, "people", progress=stop_at_the_second)
    assert len(seen) == 2  # nothing ran on after the stop


def test_0025_keeps_the_keys_and_the_finder_walks_the_index_alone(tmp_path):
    """Revision 0025 rebuilds the key index with the record id: keys written before it are
    still found, and SQLite's plan for the finder's walk reads match_keys from the index only."""
    from sqlalchemy import text

    from consular.db import migrate
    from consular.repositories import match_keys as repo
    from tests.fixtures_db import sqlite_rows
    from tests.migration_helpers import STAMP, old_case_database

    database = old_case_database(tmp_path / "old.db", "0025")
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO persons (id, full_name, created_at, updated_at) VALUES "
                f"(1, 'Ravi Mohanty', {STAMP}, {STAMP}), (2, 'Ravi Mohanti', {STAMP}, {STAMP}), "
                f"(3, 'Sunita Rao', {STAMP}, {STAMP})"
            )
        )
        conn.execute(
            text(
                "INSERT INTO match_keys (entity, entity_id, kind, key) VALUES "
                "('person', 1, 'name', 'RFMNT'), ('person', 2, 'name', 'RFMNT'), ('person', 3, 'name', 'SNTR')"
            )
        )
    path = database.path
    migrate.upgrade(database, "0025")
    assert sqlite_rows(path, "SELECT version_num FROM alembic_version") == [("0025",)]
    columns = [r[2] for r in sqlite_rows(path, "PRAGMA index_info('ix_match_keys_entity_kind_key')")]
    assert columns == ["entity", "kind", "key", "entity_id"]
    with database.session() as session:
        blocks = list(repo.key_blocks(session, "person", (Person.full_name,)))
        assert [(kind, members) for kind, _read, members in blocks] == [
            ("name", [(1, "Ravi Mohanty"), (2, "Ravi Mohanti")])
        ]
    walk = (
        "EXPLAIN QUERY PLAN SELECT m.kind, m.key, p.id FROM match_keys m JOIN persons p ON p.id = m.entity_id "
        "WHERE m.entity = 'person' ORDER BY m.entity, m.kind, m.key"
    )
    plan = " ".join(str(r[-1]) for r in sqlite_rows(path, walk))
    assert "COVERING INDEX ix_match_keys_entity_kind_key" in plan, plan
    assert "TEMP B-TREE" not in plan, plan
    database.dispose()
