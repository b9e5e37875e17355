"""Who is acting, on which database, with which settings: passed to every service call."""

from __future__ import annotations

import contextlib
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
from consular.i18n import translate
from consular.services import audit_chain
from consular.services import match_keys as _match_keys  # noqa: F401 - its session listeners keep the duplicate finder's keys
from consular.services import sort_keys as _sort_keys  # noqa: F401 - its session listeners keep the list's sort keys
from consular.services.audit_encoding import encode
from consular.services.errors import translated

DEFAULT_MAX_DOCUMENT_BYTES = 25 * 1024 * 1024
DEFAULT_LOCKOUT_ATTEMPTS = 5
DEFAULT_LOCKOUT_MINUTES = 5.0
# A hostage's last verified proof of life older than this many days is flagged.
DEFAULT_POL_ALERT_DAYS = 14
# A held national with medical needs and no welfare report for this many days is flagged.
DEFAULT_WELFARE_ALERT_DAYS = 14
# A consular visit request, or a note verbale, still unanswered after this many days is overdue.
DEFAULT_VISIT_ANSWER_DAYS = 7
DEFAULT_NOTE_ANSWER_DAYS = 14
# A family-contact plan or a task overdue by more than this many days goes to the case supervisor.
DEFAULT_ESCALATE_AFTER_DAYS = 3
# A family must be told of a significant development within this many hours.
DEFAULT_TELL_FAMILY_HOURS = 24
# The open-time check of a changed SQLite file stops after this many seconds (it reads every
# page: minutes on a 10 GB file).
DEFAULT_QUICK_CHECK_SECONDS = 2.0


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

    @property
    def is_admin(self) -> bool:
        return self.role == UserRole.ADMIN


@dataclass(frozen=True)
class Settings:
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES
    # Failed sign-ins in a row that lock an account, and for how long.
    lockout_attempts: int = DEFAULT_LOCKOUT_ATTEMPTS
    lockout_minutes: float = DEFAULT_LOCKOUT_MINUTES
    # Flag a hostage whose last verified proof of life is older than this (CONSULAR_POL_ALERT_DAYS).
    proof_of_life_alert_days: int = DEFAULT_POL_ALERT_DAYS
    # Flag a held national with medical needs and no welfare report for this long (CONSULAR_WELFARE_ALERT_DAYS).
    welfare_alert_days: int = DEFAULT_WELFARE_ALERT_DAYS
    # A consular visit request unanswered for this long is overdue (CONSULAR_VISIT_ANSWER_DAYS).
    visit_answer_days: int = DEFAULT_VISIT_ANSWER_DAYS
    # A note verbale unanswered for this long is overdue (CONSULAR_NOTE_ANSWER_DAYS).
    note_answer_days: int = DEFAULT_NOTE_ANSWER_DAYS
    # Escalate to the case supervisor what is overdue by more than this (CONSULAR_ESCALATE_AFTER_DAYS).
    escalate_after_days: int = DEFAULT_ESCALATE_AFTER_DAYS
    # Deadline of a "tell the family" item, in hours after it opens (CONSULAR_TELL_FAMILY_HOURS).
    tell_family_hours: int = DEFAULT_TELL_FAMILY_HOURS
    # How long the check of a SQLite file that changed since this app closed it may read before
    # the file opens anyway (CONSULAR_QUICK_CHECK_SECONDS).
    quick_check_seconds: float = DEFAULT_QUICK_CHECK_SECONDS

    @classmethod
    def from_environment(cls) -> Settings:
        values = {}
        raw = os.environ.get("CONSULAR_MAX_DOCUMENT_MB")
        if raw:
            values["max_document_bytes"] = int(_number("CONSULAR_MAX_DOCUMENT_MB", raw, "megabytes") * 1024 * 1024)
        raw = os.environ.get("CONSULAR_LOCKOUT_ATTEMPTS")
        if raw:
            attempts = _number("CONSULAR_LOCKOUT_ATTEMPTS", raw, "attempts")
            if attempts < 1 or attempts != int(attempts):
                raise ValidationError(
                    "CONSULAR_LOCKOUT_ATTEMPTS",
                    translate("services.context", "CONSULAR_LOCKOUT_ATTEMPTS must be a whole number >= 1."),
                )
            values["lockout_attempts"] = int(attempts)
        raw = os.environ.get("CONSULAR_LOCKOUT_MINUTES")
        if raw:
            minutes = _number("CONSULAR_LOCKOUT_MINUTES", raw, "minutes")
            if minutes < 0:
                raise ValidationError(
                    "CONSULAR_LOCKOUT_MINUTES",
                    translate("services.context", "CONSULAR_LOCKOUT_MINUTES cannot be negative."),
                )
            values["lockout_minutes"] = minutes
        for name, key in (
            ("CONSULAR_POL_ALERT_DAYS", "proof_of_life_alert_days"),
            ("CONSULAR_WELFARE_ALERT_DAYS", "welfare_alert_days"),
            ("CONSULAR_VISIT_ANSWER_DAYS", "visit_answer_days"),
            ("CONSULAR_NOTE_ANSWER_DAYS", "note_answer_days"),
            ("CONSULAR_ESCALATE_AFTER_DAYS", "escalate_after_days"),
        ):
            raw = os.environ.get(name)
            if raw:
                days = _number(name, raw, "days")
                if days < 1 or days != int(days):
                    raise ValidationError(
                        name,
                        translate("services.context", "{name} must be a whole number of days >= 1.").format(name=name),
                    )
                values[key] = int(days)
        raw = os.environ.get("CONSULAR_TELL_FAMILY_HOURS")
        if raw:
            hours = _number("CONSULAR_TELL_FAMILY_HOURS", raw, "hours")
            if hours < 1 or hours != int(hours):
                raise ValidationError(
                    "CONSULAR_TELL_FAMILY_HOURS",
                    translate("services.context", "CONSULAR_TELL_FAMILY_HOURS must be a whole number of hours >= 1."),
                )
            values["tell_family_hours"] = int(hours)
        raw = os.environ.get("CONSULAR_QUICK_CHECK_SECONDS")
        if raw:
            seconds = _number("CONSULAR_QUICK_CHECK_SECONDS", raw, "seconds")
            if not seconds > 0 or seconds == float("inf"):
                raise ValidationError(
                    "CONSULAR_QUICK_CHECK_SECONDS",
                    translate("services.context", "CONSULAR_QUICK_CHECK_SECONDS must be a number of seconds > 0."),
                )
            values["quick_check_seconds"] = seconds
        return cls(**values)


def _number(name: str, raw: str, unit: str) -> float:
    try:
        return float(raw)
    except ValueError:
        raise ValidationError(
            name,
            translate("services.context", "{name}='{raw}' is not a number of {unit}.").format(
                name=name, raw=raw, unit=unit
            ),
        ) from None


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

    def check_may_write(self) -> None:
        """What :meth:`writing` refuses before it takes the write lock (a dry run that takes
        none asks the same): records shown as of a past date, and read-only users."""
        if self.clock.read_only:
            raise PermissionDeniedError(
                translate(
                    "services.context",
                    "Records are shown as of {as_of:%Y-%m-%d} (--as-of); changes are refused so that "
                    "nothing is back-dated. Leave out --as-of to make changes.",
                ).format(as_of=self.clock.as_of)
            )
        if not self.actor.can_write:
            raise PermissionDeniedError(
                translate("services.context", "{display_name} has read-only access and cannot change records.").format(
                    display_name=self.actor.display_name
                )
            )

    @contextlib.contextmanager
    def writing(self) -> Iterator[Session]:
        """A transaction for a change: refuses read-only users first."""
        self.check_may_write()
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

    def record_read(
        self, what: str, entity: str, entity_id: int | None, *, case_id: int | None = None, **detail
    ) -> None:
        """One audit entry for one view call that showed restricted content or a person's
        identifiers: who saw what, when (``read.<what>``). Cheap on purpose: one row per call.

        Written in its own short transaction, not the caller's read: on SQLite a read that turns
        into a write cannot wait for another writer and fails as busy (several views load at
        once in the window). Called before the view is returned, so no view goes unrecorded.
        """
        with self.transaction() as audit_session:
            # Entity "view", not the record's own: a read is no state of the record, and the audit
            # chain keeps a digest of the record's state for each entry naming it.
            self.audit(
                audit_session, f"read.{what}", "view", entity_id, case_id=case_id, after={"of": entity, **detail}
            )


def _first_line(exc) -> str:
    return str(exc).splitlines()[0][:120] if exc else "integrity error"


def actor_for(database: Database, username: str) -> Actor:
    """The actor for an existing, active account, WITHOUT checking a password.

    Only for code that has authenticated the person by other means or acts as the system
    itself: the test fixtures, the seed loaders acting as the seed's own staff on a database
    they have just made, and a face right after :func:`consular.services.accounts.sign_in`.
    Nobody is registered here: an unknown name raises NotFoundError, a disabled account
    PermissionDeniedError. Faces that take a name from a person must use ``sign_in``.
    """
    name = (username or "").strip().lower()
    if not name:
        raise ValidationError(
            "user", translate("services.context", "No user name: pass --user NAME or set CONSULAR_USER.")
        )
    with translated(database.describe()), database.session() as session:
        user = session.scalar(select(User).where(User.username == name))
        if user is None:
            raise NotFoundError(
                translate("services.context", "There is no user '{name}' in this database.").format(name=name)
            )
        if not user.active:
            raise PermissionDeniedError(
                translate("services.context", "The account '{name}' is disabled.").format(name=name)
            )
        return actor_of(user)


def actor_of(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, user.role)
