"""ORM models of a wrongful detention by a state (issue 12): for each detained national, the
detaining authority, the place of detention and its transfers, the lawyer; the charges, the
court hearings, the requests for consular visits and the notes verbales.

Kept apart from :mod:`consular.db.models` (which it builds on) so that module stays readable;
``consular.db`` imports this one, so the tables are in ``Base.metadata`` whatever imports it.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consular.db.models import Base, Person, User, Voidable
from consular.db.types import StrEnum, UTCDateTime
from consular.domain.enums import ChargeStatus, VisitDecision


class Detention(Base):
    """A national of a wrongful-detention case as the detaining state holds them: by whom,
    where (the current place; transfers in :class:`DetentionPlace`), and their lawyer."""

    __tablename__ = "detentions"
    __table_args__ = (UniqueConstraint("case_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    authority: Mapped[str | None] = mapped_column(String(300))
    place: Mapped[str | None] = mapped_column(String(300))
    place_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    lawyer_name: Mapped[str | None] = mapped_column(String(200))
    lawyer_firm: Mapped[str | None] = mapped_column(String(200))
    lawyer_phone: Mapped[str | None] = mapped_column(String(60))
    lawyer_appointed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    person: Mapped[Person] = relationship(lazy="joined")

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class DetentionPlace(Base):
    """Where a detained national was held from when (append-only: each transfer adds a row)."""

    __tablename__ = "detention_places"
    __table_args__ = (Index("ix_detention_places_detention_id", "detention_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    detention_id: Mapped[int] = mapped_column(ForeignKey("detentions.id"))
    place: Mapped[str] = mapped_column(String(300))
    since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class DetentionCharge(Voidable, Base):
    """A charge against a detained national, with its status and the date of that status."""

    __tablename__ = "detention_charges"
    __table_args__ = (Index("ix_detention_charges_case_id", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    detention_id: Mapped[int] = mapped_column(ForeignKey("detentions.id"))
    text: Mapped[str] = mapped_column(Text)
    filed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[ChargeStatus] = mapped_column(StrEnum(ChargeStatus), default=ChargeStatus.PENDING)
    status_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    recorded_by: Mapped[User] = relationship(foreign_keys=[recorded_by_id])

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class DetentionHearing(Voidable, Base):
    """A court hearing: when, which court, its outcome and the next date set."""

    __tablename__ = "detention_hearings"
    __table_args__ = (
        Index("ix_detention_hearings_case_id", "case_id"),
        # The dashboard's "hearing passed, no outcome": outcome_recorded_at IS NULL, held_at < now.
        Index("ix_detention_hearings_outcome_recorded_at_held_at", "outcome_recorded_at", "held_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    detention_id: Mapped[int] = mapped_column(ForeignKey("detentions.id"))
    held_at: Mapped[datetime] = mapped_column(UTCDateTime)
    court: Mapped[str] = mapped_column(String(300))
    outcome: Mapped[str | None] = mapped_column(Text)
    #: When the outcome was recorded (None: no outcome yet).
    outcome_recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    recorded_by: Mapped[User] = relationship(foreign_keys=[recorded_by_id])

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class NoteVerbale(Voidable, Base):
    """A note verbale sent to the detaining state's authorities, and its answer."""

    __tablename__ = "notes_verbales"
    __table_args__ = (
        Index("ix_notes_verbales_case_id", "case_id"),
        # The dashboard's "unanswered note": answered_at IS NULL, sent_at < now - N days.
        Index("ix_notes_verbales_answered_at_sent_at", "answered_at", "sent_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    detention_id: Mapped[int] = mapped_column(ForeignKey("detentions.id"))
    reference: Mapped[str] = mapped_column(String(80))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    addressed_to: Mapped[str] = mapped_column(String(300))
    subject: Mapped[str] = mapped_column(String(500))
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answer_summary: Mapped[str | None] = mapped_column(Text)
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    recorded_by: Mapped[User] = relationship(foreign_keys=[recorded_by_id])

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class ConsularVisit(Voidable, Base):
    """A request for consular access to a detained national, its decision and the visit made."""

    __tablename__ = "consular_visits"
    __table_args__ = (
        Index("ix_consular_visits_case_id", "case_id"),
        # The dashboard's "request unanswered": decision = pending, requested_at < now - N days.
        Index("ix_consular_visits_decision_requested_at", "decision", "requested_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    detention_id: Mapped[int] = mapped_column(ForeignKey("detentions.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    #: The note verbale the request went by, if it went by one.
    note_id: Mapped[int | None] = mapped_column(ForeignKey("notes_verbales.id"))
    decision: Mapped[VisitDecision] = mapped_column(StrEnum(VisitDecision), default=VisitDecision.PENDING)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    visit_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    visited_by: Mapped[str | None] = mapped_column(String(300))
    findings: Mapped[str | None] = mapped_column(Text)
    welfare_observed: Mapped[str | None] = mapped_column(Text)
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    note: Mapped[NoteVerbale | None] = relationship(lazy="joined")
    recorded_by: Mapped[User] = relationship(foreign_keys=[recorded_by_id])

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}
