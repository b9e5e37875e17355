"""The duplicate finder's keys are written in an order that follows from the data alone.

Each record's keys come from a set, whose order changes with the process's string hashing
(``PYTHONHASHSEED``): written in that order, the keys' ids differed between two generations of
the same synthetic seed (issue 13: generation must be deterministic for a given seed)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.fixtures_db import copy_database

SCRIPT = """
import sys
from consular.db.engine import open_database
from consular.services import match_keys
database = open_database(sys.argv[1])
with database.engine.begin() as conn:
    written = match_keys.refresh_all(conn)
    rows = conn.exec_driver_sql(
        "SELECT id, entity, entity_id, kind, key FROM match_keys ORDER BY id"
    ).fetchall()
database.dispose()
print(written)
for row in rows:
    print(*row, sep="|")
"""


def _keys_written(path, hash_seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(path)], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_recomputed_keys_get_the_same_ids_whatever_the_string_hashing(demo_template, tmp_path):
    first = _keys_written(copy_database(demo_template, tmp_path / "a.db"), "1")
    second = _keys_written(copy_database(demo_template, tmp_path / "b.db"), "2")
    assert int(first.split("\n", 1)[0]) > 50  # people and counterparts with several keys each
    assert first == second
