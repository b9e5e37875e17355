"""The case list's sort ranks as SQL: an enum's own order as a number, written once for the
ORDER BY (:mod:`consular.repositories.cases`) and the expression indexes on ``cases``
(:mod:`consular.db.models`), which must be the same expression for the index to serve."""

from __future__ import annotations

from consular.domain.enums import CaseStatus, Priority


def _rank_sql(column: str, members) -> str:
    """The enum's own order as a number (``CASE priority WHEN 'low' THEN 0 ... ELSE -1 END``),
    written as literals so that the case list's ORDER BY and the index are the same expression."""
    whens = " ".join(f"WHEN '{m.value}' THEN {i}" for i, m in enumerate(members))
    return f"(CASE {column} {whens} ELSE -1 END)"


PRIORITY_RANK_SQL = _rank_sql("priority", Priority)  # low → critical
STATUS_RANK_SQL = _rank_sql("status", CaseStatus)  # open → closed
#: Indexes on an expression: alembic cannot compare them (SQLite does not reflect them,
#: PostgreSQL reflects them as text), so autogenerate leaves them to their migration (0023).
EXPRESSION_INDEXES = frozenset({"ix_cases_priority_rank", "ix_cases_status_rank"})
