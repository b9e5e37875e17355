"""The open-time quick check stops at its time limit.

SQLite calls a progress handler between virtual-machine steps and ``PRAGMA quick_check`` is
one long step, so a handler-based limit of 2 s let the check read a whole 11 GB file (326 s
at 100,000 cases). The limit is now a thread that interrupts the connection."""

from __future__ import annotations

import sqlite3

import pytest

from consular.db.engine import open_database
from consular.domain.errors import NotConsularDatabaseError, ValidationError
from consular.services import backup as backup_service
from consular.services import database as database_service
from consular.services.context import Settings


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


def test_opening_a_changed_file_checks_it_for_as_long_as_the_setting_says(tmp_path, monkeypatch):
    path = tmp_path / "small.db"
    _big_file(path, 1)
    limits = []
    real = backup_service.quick_check

    def counted(database, *args, **kwargs):
        limits.append(args[0] if args else kwargs.get("seconds"))
        return real(database, *args, **kwargs)

    monkeypatch.setattr(backup_service, "quick_check", counted)
    monkeypatch.setenv("CONSULAR_QUICK_CHECK_SECONDS", "7.5")
    with pytest.raises(NotConsularDatabaseError):  # checked first, then found not to be ours
        database_service.open_database(path, mode="open", sign_in=False)
    assert limits == [7.5]
    monkeypatch.delenv("CONSULAR_QUICK_CHECK_SECONDS")
    assert Settings.from_environment().quick_check_seconds == 2.0


@pytest.mark.parametrize("raw", ["0", "-1", "soon", "nan", "inf"])
def test_a_quick_check_limit_that_is_not_a_positive_number_of_seconds_is_refused(raw, monkeypatch):
    monkeypatch.setenv("CONSULAR_QUICK_CHECK_SECONDS", raw)
    with pytest.raises(ValidationError, match="CONSULAR_QUICK_CHECK_SECONDS"):
        Settings.from_environment()
