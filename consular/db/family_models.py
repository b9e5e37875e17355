"""ORM models of the family update log (issue 12): what was told to which next of kin, the
"tell the family" items significant developments open, and changes of liaison officer.

Kept apart from :mod:`consular.db.models` (which it builds on) so that module stays readable;
``consular.db`` imports this one, so the tables are in ``Base.metadata`` whatever imports it.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import Boolean, ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consular.db.models import Base, FamilyLiaison, Person, User, Voidable
from consular.db.types import StrEnum, UTCDateTime
from consular.domain.enums import Channel, TellKind


class FamilyUpdate(Voidable, Base):
    """What was told to one next of kin (a family liaison), when, by whom, through which channel."""

    __tablename__ = "family_updates"
    __table_args__ = (
        Index("ix_family_updates_case_id_told_at", "case_id", "told_at"),
        Index("ix_family_updates_liaison_id_told_at", "liaison_id", "told_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    liaison_id: Mapped[int] = mapped_column(ForeignKey("family_liaisons.id"))
    told_at: Mapped[datetime] = mapped_column(UTCDateTime)
    told_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    channel: Mapped[Channel] = mapped_column(StrEnum(Channel))
    what_told: Mapped[str] = mapped_column(Text)
    #: Covers restricted developments (a proof of life, a demand): case team only.
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    liaison: Mapped[FamilyLiaison] = relationship(lazy="joined")
    told_by: Mapped[User] = relationship(foreign_keys=[told_by_id], lazy="joined")
    recorded_by: Mapped[User] = relationship(foreign_keys=[recorded_by_id])

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class FamilyUpdateLink(Base):
    """A development a family update covered: (kind, record id), as on a tell-the-family item."""

    __tablename__ = "family_update_links"
    __table_args__ = (Index("ix_family_update_links_family_update_id", "family_update_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    family_update_id: Mapped[int] = mapped_column(ForeignKey("family_updates.id"))
    kind: Mapped[TellKind] = mapped_column(StrEnum(TellKind))
    record_id: Mapped[int] = mapped_column(Integer)
    tell_item_id: Mapped[int | None] = mapped_column(ForeignKey("tell_family_items.id"))


class TellFamilyItem(Base):
    """A significant development a hostage's family must be told of, by ``due_at``."""

    __tablename__ = "tell_family_items"
    __table_args__ = (
        # The dashboard: open items (done_at NULL) by due time, one index range.
        Index("ix_tell_family_items_done_at_due_at", "done_at", "due_at"),
        Index("ix_tell_family_items_case_id_done_at", "case_id", "done_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    hostage_person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    #: The development that opened it: proof_of_life (milestone), status_change (hostage status
    #: event), public_statement (milestone), family_demand (demand).
    kind: Mapped[TellKind] = mapped_column(StrEnum(TellKind))
    record_id: Mapped[int] = mapped_column(Integer)
    #: The development is restricted (proof of life, demand): outside the case team the item is not shown.
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: Closed by hand: why (else the family update that closed it).
    done_reason: Mapped[str | None] = mapped_column(Text)
    family_update_id: Mapped[int | None] = mapped_column(ForeignKey("family_updates.id"))
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    hostage: Mapped[Person] = relationship(lazy="joined")
    done_by: Mapped[User | None] = relationship(foreign_keys=[done_by_id])

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class LiaisonOfficerChange(Base):
    """A change of a next of kin's family liaison officer (the caseworker they deal with)."""

    __tablename__ = "liaison_officer_changes"
    __table_args__ = (Index("ix_liaison_officer_changes_liaison_id_changed_at", "liaison_id", "changed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    liaison_id: Mapped[int] = mapped_column(ForeignKey("family_liaisons.id"))
    from_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    to_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    changed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text)

    from_user: Mapped[User | None] = relationship(foreign_keys=[from_user_id], lazy="joined")
    to_user: Mapped[User | None] = relationship(foreign_keys=[to_user_id], lazy="joined")
    changed_by: Mapped[User] = relationship(foreign_keys=[changed_by_id], lazy="joined")


class FamilyShare(Base):
    """An entry marked *shareable with family*: a contact, a milestone or a hostage status
    change (exactly one of the three ids), with what may be said of it in plain words.

    A row of its own rather than columns on the entries: marking is no correction of the
    entry (a contact's text revision stays as it was), and the audit chain keeps the marking
    as its own record. Restricted entries are never marked (consular.services.family_share);
    unmarking deletes the row.
    """

    __tablename__ = "family_shares"
    __table_args__ = (Index("ix_family_shares_case_id", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact_entries.id"), unique=True)
    milestone_id: Mapped[int | None] = mapped_column(ForeignKey("milestones.id"), unique=True)
    status_event_id: Mapped[int | None] = mapped_column(ForeignKey("hostage_status_events.id"), unique=True)
    #: What may be said to the family, in plain words; None: the entry's title or summary.
    wording: Mapped[str | None] = mapped_column(Text)
    marked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    marked_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    marked_by: Mapped[User] = relationship(foreign_keys=[marked_by_id], lazy="joined")

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}
