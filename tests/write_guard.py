"""Finds transactions that read and then write without having started as a write (SQLite).

Such a transaction fails as busy, without waiting, whenever another connection commits between
its first read and its first write (see consular.db.dialect's "begin" listener).

Installed for every test session (tests/conftest.py). By default it is strict about the app's
own code: an offending transaction with a ``consular/`` frame on its stack is kept in
:data:`OFFENDERS`, and the test during which it happened fails (conftest's autouse fixture).
A test's own SQL (a test that tampers with a table directly) is not the app's and is let be.
``CONSULAR_TEST_WRITE_GUARD``: ``off`` leaves it out; ``record`` also appends every offender's
stack, the tests' own included, to the file named by ``CONSULAR_TEST_WRITE_GUARD_LOG``.
"""

from __future__ import annotations

import os
import re
import threading
import traceback
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

from consular.db.dialect import WRITE_OPTION

_WRITE = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|ALTER|DROP)\b", re.IGNORECASE)
_READ = re.compile(r"\s*(SELECT|WITH)\b", re.IGNORECASE)
_APP = str(Path(__file__).resolve().parents[1] / "consular") + os.sep

OFFENDERS: list[str] = []  # the app's offending transactions since the last take()
_lock = threading.Lock()


def take() -> list[str]:
    """The app's offenders seen since the last call (and forget them)."""
    with _lock:
        found = OFFENDERS[:]
        OFFENDERS.clear()
    return found


def install(mode: str = "strict") -> None:
    log_path = os.environ.get("CONSULAR_TEST_WRITE_GUARD_LOG", "write-guard.log")

    @event.listens_for(Engine, "begin")
    def _begin(conn):
        if conn.dialect.name == "sqlite":
            conn.info["guard"] = {"write": bool(conn.get_execution_options().get(WRITE_OPTION)), "read": False}

    @event.listens_for(Engine, "before_cursor_execute")
    def _statement(conn, _cursor, statement, _parameters, _context, _executemany):
        state = conn.info.get("guard")
        if state is None or state["write"] or not conn.in_transaction():
            return
        if _READ.match(statement):
            state["read"] = True
        elif _WRITE.match(statement):
            state["write"] = True  # it holds the write lock from now on (or fails here, once)
            if not state["read"]:
                return  # a first statement that writes waits for the lock like BEGIN IMMEDIATE
            frames = traceback.extract_stack(limit=60)
            stack = "".join(traceback.format_list(frames))
            where = f"=== {os.environ.get('PYTEST_CURRENT_TEST', '?')}\n{statement[:100]}\n{stack}\n"
            if any(frame.filename.startswith(_APP) for frame in frames):
                with _lock:
                    OFFENDERS.append(where)
            if mode == "record":
                with open(log_path, "a", encoding="utf-8") as out:
                    out.write(where)
