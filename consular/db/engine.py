"""One place that turns a database target into an engine and sessions.

A target is either a SQLite file path or any SQLAlchemy URL
(``postgresql+psycopg://user@host/db``).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from consular.db import dialect
from consular.domain.errors import UserError


def url_for(target: str | os.PathLike) -> URL:
    """The SQLAlchemy URL for a SQLite path or URL text."""
    raw = os.fspath(target)
    if "://" in raw:
        try:
            return make_url(raw)
        except ArgumentError:
            raise UserError(f"'{raw}' is not a database URL or file path.") from None
    path = Path(raw).expanduser()
    if path.is_dir():
        raise UserError(f"'{raw}' is a folder; give the path of a database file inside it.")
    return URL.create("sqlite+pysqlite", database=str(path.resolve()))


@dataclass
class Database:
    """An engine plus its session factory. Services open one short session per call."""

    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The file of a SQLite database (None for an in-memory or server database)."""
        if self.is_sqlite and self.url.database not in (None, "", ":memory:"):
            return Path(self.url.database)
        return None

    def describe(self) -> str:
        """A display form of the target, without any password."""
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    @contextlib.contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """A session in a transaction: commit on success, roll back on any error.

        ``write``: the transaction may write, so on SQLite it starts with BEGIN IMMEDIATE and
        waits its turn behind another writer instead of failing later (see dialect).
        """
        with self.sessions.begin() as session:
            if write:
                session.connection(execution_options={dialect.WRITE_OPTION: True})
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(target: str | os.PathLike, *, echo: bool = False) -> Database:
    """Create the engine for ``target``. Does not create tables: see :mod:`consular.db.migrate`."""
    url = url_for(target)
    kwargs: dict = {"echo": echo, "future": True}
    if url.get_backend_name() == "sqlite":
        # Desktop use: one file, a handful of connections, no pool timeouts to tune.
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": dialect.BUSY_TIMEOUT_MS / 1000}
    else:
        kwargs["pool_pre_ping"] = True
    engine = create_engine(url, **kwargs)
    dialect.configure_engine(engine)
    return Database(engine, sessionmaker(engine, expire_on_commit=False))
