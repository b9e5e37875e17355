"""Who is acting, on which database, with which settings: passed to every service call."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from consular.db.engine import Database
from consular.db.models import AuditEntry, User
from consular.domain.clock import Clock, SystemClock
from consular.domain.enums import UserRole
from consular.domain.errors import (
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from consular.services import audit_chain
from consular.services.audit_encoding import encode
from consular.services.errors import translated

DEFAULT_MAX_DOCUMENT_BYTES = 25 * 1024 * 1024


@dataclass(frozen=True)
class Actor:
    """The signed-in user on whose behalf a service acts."""

    user_id: int
    username: str
    display_name: str
    role: UserRole

    @property
    def can_write(self) -> bool:
        return self.role != UserRole.VIEWER

    @property
    def is_supervisor(self) -> bool:
        return self.role in (UserRole.SUPERVISOR, UserRole.ADMIN)


@dataclass(frozen=True)
class Settings:
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES

    @classmethod
    def from_environment(cls) -> Settings:
        raw = os.environ.get("CONSULAR_MAX_DOCUMENT_MB")
        if not raw:
            return cls()
        try:
            megabytes = float(raw)
        except ValueError:
            raise ValidationError(
                "CONSULAR_MAX_DOCUMENT_MB", f"CONSULAR_MAX_DOCUMENT_MB='{raw}' is not a number of megabytes."
            ) from None
        return cls(max_document_bytes=int(megabytes * 1024 * 1024))


@dataclass
class ServiceContext:
    database: Database
    actor: Actor
    settings: Settings = field(default_factory=Settings)
    clock: Clock = field(default_factory=SystemClock)

    def now(self) -> datetime:
        """What "now" is for this context: the real time, or the moment ``--as-of``/the demo shows."""
        return self.clock.now()

    @property
    def as_of(self) -> date | None:
        """The day the data is shown as of (``--as-of``, the demo), or None for the real time."""
        return self.clock.as_of

    @property
    def as_of_label(self) -> str | None:
        """What the faces show when the clock is not the real one: "Demo as of 25 July 2025"."""
        return self.clock.label

    def with_actor(self, actor: Actor) -> ServiceContext:
        """The same database, settings and clock, acting as someone else."""
        return ServiceContext(self.database, actor, self.settings, self.clock)

    @contextlib.contextmanager
    def transaction(self, *, write: bool = False) -> Iterator[Session]:
        """One atomic unit of work. Driver and concurrency errors come out as UserErrors.

        ``write``: the work may write (an audited read counts), so the transaction takes the
        write lock when it starts (SQLite) and waits its turn behind another writer. Plain
        reads leave it False and are never blocked by writers.
        """
        with translated(self.database.describe()), self.database.session(write=write) as session:
            session.info[audit_chain.ACTOR_KEY] = self.actor.user_id
            yield session

    @contextlib.contextmanager
    def writing(self) -> Iterator[Session]:
        """A transaction for a change: refuses read-only users first."""
        if self.clock.read_only:
            raise PermissionDeniedError(
                f"Records are shown as of {self.clock.as_of:%Y-%m-%d} (--as-of); changes are refused so that "
                "nothing is back-dated. Leave out --as-of to make changes."
            )
        if not self.actor.can_write:
            raise PermissionDeniedError(f"{self.actor.display_name} has read-only access and cannot change records.")
        with self.transaction(write=True) as session:
            yield session

    def audit(
        self,
        session: Session,
        action: str,
        entity: str,
        entity_id: int | None,
        *,
        case_id: int | None = None,
        before: dict | None = None,
        after: dict | None = None,
    ) -> None:
        """Record a change in ``session``'s transaction. At commit the entry is chained and
        signed, with a digest of the record's state then (see :mod:`audit_chain`)."""
        session.add(
            AuditEntry(
                at=self.clock.stamp(),
                actor_id=self.actor.user_id,
                action=action,
                entity=entity,
                entity_id=entity_id,
                case_id=case_id,
                before=encode(before),
                after=encode(after),
            )
        )


def actor_for(
    database: Database, username: str | None = None, *, register: bool = True, clock: Clock | None = None
) -> Actor:
    """The actor for ``username`` (default: CONSULAR_USER, else the OS login name).

    Until sign-in exists, an unknown name is registered as a caseworker on first use (and
    audited), so every change is still attributed to a named person.
    """
    name = (username or os.environ.get("CONSULAR_USER") or _os_user()).strip().lower()
    if not name:
        raise ValidationError("user", "No user name: set CONSULAR_USER or pass --user.")
    # Driver errors are translated by the caller's boundary: consular.services.database
    # signs in inside it.
    return _actor(database, name, register, (clock or SystemClock()).stamp())


def _actor(database: Database, name: str, register: bool, now: datetime) -> Actor:
    with database.session() as session:
        user = session.scalar(select(User).where(User.username == name))
        if user is None:
            if not register:
                raise NotFoundError(f"There is no user '{name}' in this database.")
            user = User(
                username=name[:64],
                display_name=name[:200],
                role=UserRole.CASEWORKER,
                active=True,
                created_at=now,
            )
            session.add(user)
            session.flush()
            session.add(
                AuditEntry(
                    at=now,
                    actor_id=user.id,
                    action="user.register",
                    entity="user",
                    entity_id=user.id,
                    after=json.dumps({"username": user.username}, ensure_ascii=False),
                )
            )
        if not user.active:
            raise PermissionDeniedError(f"The account '{name}' is disabled.")
        return Actor(user.id, user.username, user.display_name, user.role)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers
        return "consular"
