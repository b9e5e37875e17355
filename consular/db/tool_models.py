"""ORM models of the record-keeping tools that work across cases: the duplicate finder's
match keys and the merges it led to (undoable), and the import batches (undoable as one).

Kept apart from :mod:`consular.db.models` (which it builds on) so that module stays readable;
``consular.db`` imports this one, so the tables are in ``Base.metadata`` whatever imports it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consular.db.models import Base, User
from consular.db.types import UTCDateTime


class MatchKey(Base):
    """Keys the duplicate finder joins on, kept by consular.services.match_keys whenever a
    person's or counterpart's name, date of birth, passport or phone is written: a phonetic
    key of the name (consular.domain.name_match), a normalised passport number, a phone's
    last digits. Candidate pairs are rows sharing (entity, kind, key): one indexed self-join
    instead of comparing every pair. Derived data, not case data: not audited."""

    __tablename__ = "match_keys"
    __table_args__ = (
        Index("ix_match_keys_entity_kind_key", "entity", "kind", "key", "entity_id"),
        Index("ix_match_keys_entity_entity_id", "entity", "entity_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "person" or "counterpart".
    entity: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int] = mapped_column(Integer)
    #: "name", "passport" or "phone".
    kind: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(120))


class MergeRecord(Base):
    """One merge of two people or two counterparts: which record was kept, which became a
    tombstone, and every link row that was moved or removed, so that undo restores them
    exactly. ``undone_at`` is set when it was undone."""

    __tablename__ = "merge_records"
    __table_args__ = (Index("ix_merge_records_entity_loser_id", "entity", "loser_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(16))
    winner_id: Mapped[int] = mapped_column(Integer)
    loser_id: Mapped[int] = mapped_column(Integer)
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime)
    merged_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    #: JSON: both records' before state and each link row changed (table, key, column, old value).
    changes: Mapped[str] = mapped_column(Text)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ImportBatch(Base):
    """One file imported (``consular import``, the import wizard): who, when, what file, and
    whether it was undone. Its records say which rows it created, so it can be undone as one."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(String(300))
    file_sha256: Mapped[str] = mapped_column(String(64))
    rows: Mapped[int] = mapped_column(Integer)
    created: Mapped[int] = mapped_column(Integer)
    matched: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    undo_reason: Mapped[str | None] = mapped_column(Text)

    imported_by: Mapped[User] = relationship(foreign_keys=[imported_by_id])
    undone_by: Mapped[User | None] = relationship(foreign_keys=[undone_by_id])
    records: Mapped[list[ImportBatchRecord]] = relationship(
        back_populates="batch", order_by="ImportBatchRecord.id", cascade="all, delete-orphan"
    )


class ImportBatchRecord(Base):
    """A record an import created (entity as in the audit trail: case, person, contact,
    counterpart), with the file row it came from."""

    __tablename__ = "import_batch_records"
    __table_args__ = (Index("ix_import_batch_records_entity_entity_id", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id"), index=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(Integer)
    row_number: Mapped[int] = mapped_column(Integer)

    batch: Mapped[ImportBatch] = relationship(back_populates="records")
