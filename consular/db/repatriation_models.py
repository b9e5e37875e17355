"""ORM models of the return after a release (issue 12): one repatriation checklist per
released national, whose items are rows of ``tasks`` with the facts each item names.

Kept apart from :mod:`consular.db.models` (which it builds on) so that module stays readable;
``consular.db`` imports this one, so the tables are in ``Base.metadata`` whatever imports it.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consular.db.models import Base, Person, Task
from consular.db.types import StrEnum, UTCDateTime
from consular.domain.repatriation import PsychosocialSupport, ReturnItemKind


class RepatriationChecklist(Base):
    """The return of one released national: opened once per person and case, on release."""

    __tablename__ = "repatriation_checklists"
    __table_args__ = (UniqueConstraint("case_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    released_at: Mapped[datetime] = mapped_column(UTCDateTime)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    person: Mapped[Person] = relationship(lazy="joined")

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}


class RepatriationItem(Base):
    """One item of a checklist. Its owner, due time, done and voiding are its task's (a row
    of ``tasks``), so it is overdue on the dashboard and in the Tasks tab like any task; this
    row says which item it is and holds the facts the issue names for it."""

    __tablename__ = "repatriation_items"
    __table_args__ = (UniqueConstraint("checklist_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    checklist_id: Mapped[int] = mapped_column(ForeignKey("repatriation_checklists.id"))
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id"), unique=True)
    kind: Mapped[ReturnItemKind] = mapped_column(StrEnum(ReturnItemKind))
    #: Debrief: who held it (free text: an agency or a named officer).
    debrief_by: Mapped[str | None] = mapped_column(String(300))
    #: Psychosocial support: offered, accepted or declined.
    psychosocial: Mapped[PsychosocialSupport | None] = mapped_column(StrEnum(PsychosocialSupport))
    #: Why the item does not apply (its task is then cancelled).
    na_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    task: Mapped[Task] = relationship(lazy="joined")

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}
