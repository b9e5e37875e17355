"""The open-time quick check stops at its time limit.

SQLite calls a progress handler between virtual-machine steps and ``PRAGMA quick_check`` is
one long step, so a handler-based limit of 2 s let the check read a whole 11 GB file (326 s
at 100,000 cases). The limit is now a thread that interrupts the connection."""

from __future__ import annotations

import sqlite3

from consular.db.engine import open_database
from consular.services import backup as backup_service


def _big_file(path, megabytes: int) -> None:
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB)")
    raw.execute("CREATE INDEX ix_filler_body ON filler (body)")
    raw.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "INSERT INTO filler (body) SELECT randomblob(900) FROM n",
        (megabytes * 1024 * 1024 // 2000,),
    )
    raw.commit()
    raw.close()


def test_a_check_past_its_limit_is_stopped_and_the_connection_stays_usable(tmp_path):
    path = tmp_path / "big.db"
    _big_file(path, 64)
    raw = sqlite3.connect(path)
    try:
        assert backup_service.quick_check_rows(raw, 600) == ["ok"]
        assert backup_service.quick_check_rows(raw, 0) is None, "not stopped at its limit"
        # No interrupt is left over for the connection's next statement.
        assert raw.execute("SELECT count(*) FROM filler").fetchone()[0] > 0
        assert backup_service.quick_check_rows(raw, 600) == ["ok"]
    finally:
        raw.close()


def test_the_open_time_check_reports_a_sound_file_and_an_unfinished_one_alike(tmp_path):
    path = tmp_path / "big.db"
    _big_file(path, 8)
    database = open_database(path)
    try:
        assert backup_service.quick_check(database, seconds=600) is None
        assert backup_service.quick_check(database, seconds=0) is None
    finally:
        database.dispose()
