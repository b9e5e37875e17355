"""Values Home reads instead of counting at 100,000 cases, kept by database triggers.

``case_status_counts``: how many cases there are of each status. Revision 0027 fills it from
the cases and adds triggers on ``cases`` (insert, delete, a change of status) on SQLite and
PostgreSQL, so every write path (the services, import, purge, restore, merge, the synthetic
generator, a hand-written statement) keeps it right without Python. Derived data, not case
data: not audited. Home's "cases by status" reads its four rows instead of counting every
case's index entry (consular.services.dashboard).
"""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from consular.db.models import Base


class CaseStatusCount(Base):
    """The number of cases of one status (a status no case has may have no row, or 0)."""

    __tablename__ = "case_status_counts"

    status: Mapped[str] = mapped_column(String(32), primary_key=True)
    cases: Mapped[int] = mapped_column(Integer, server_default="0")
