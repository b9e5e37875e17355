"""A server connection handed out again by the pool is pinged only when it has been idle: a
ping before every service call was one round trip of every write. One idle longer than
``PING_AFTER_IDLE_SECONDS`` is checked, and replaced unseen when the server dropped it."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from consular.db import engine as engine_module
from consular.db.engine import open_database

pytestmark = pytest.mark.postgres


def count_pings(monkeypatch, database) -> list[int]:
    pings: list[int] = []
    real = database.engine.dialect.do_ping

    def counted(dbapi_connection):
        pings.append(1)
        return real(dbapi_connection)

    monkeypatch.setattr(database.engine.dialect, "do_ping", counted)
    return pings


def backend_pid(database) -> int:
    with database.session() as session:
        return session.execute(text("SELECT pg_backend_pid()")).scalar_one()


def test_a_connection_used_a_moment_ago_is_not_pinged(pg_url, monkeypatch):
    database = open_database(pg_url)
    try:
        pings = count_pings(monkeypatch, database)
        first = backend_pid(database)
        for _ in range(3):
            assert backend_pid(database) == first
        assert pings == []
    finally:
        database.dispose()


def test_an_idle_connection_the_server_dropped_is_replaced_unseen(pg_url, monkeypatch):
    database = open_database(pg_url)
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        pings = count_pings(monkeypatch, database)
        dropped = backend_pid(database)
        with admin.connect() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": dropped}).scalar_one()
        monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_SECONDS", 0.0)  # "idle for long"
        replaced = backend_pid(database)  # no error: the ping found it gone
        assert replaced != dropped
        assert pings  # the idle connection was checked
    finally:
        admin.dispose()
        database.dispose()
