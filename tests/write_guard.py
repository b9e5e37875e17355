"""Finds transactions that read and then write without having started as a write (SQLite).

Such a transaction fails as busy, without waiting, whenever another connection commits between
its first read and its first write (see consular.db.dialect's "begin" listener). Installed for
the test session when CONSULAR_TEST_WRITE_GUARD is set: "record" appends each offender's stack
to the file named by CONSULAR_TEST_WRITE_GUARD_LOG.
"""

from __future__ import annotations

import os
import re
import traceback

from sqlalchemy import event
from sqlalchemy.engine import Engine

from consular.db.dialect import WRITE_OPTION

_WRITE = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|ALTER|DROP)\b", re.IGNORECASE)
_READ = re.compile(r"\s*(SELECT|WITH)\b", re.IGNORECASE)


def install() -> None:
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
            stack = "".join(traceback.format_stack(limit=40))
            with open(log_path, "a", encoding="utf-8") as out:
                out.write(f"=== {os.environ.get('PYTEST_CURRENT_TEST', '?')}\n{statement[:100]}\n{stack}\n")
