"""What a report across cases holds, as plain data: built by :mod:`consular.services.reports`,
shown by the Reports screen and written by :mod:`consular.reports.report_pdf` and
:mod:`consular.reports.report_export` (CSV, JSON, XLSX). No ORM, no Qt.

A report is a few tables (each a list of typed columns and rows of plain values) and the
charts drawn from the same figures (:mod:`consular.reports.charts`), with what it covers
(:class:`ReportScope`), who made it and when, the classification marking and the audit chain
head it was read at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from consular import reports
from consular.i18n import format_number
from consular.reports.charts import Chart

#: Column kinds: how a value is shown (and typed in XLSX).
TEXT, INT, DAYS, PCT, DATE = "text", "int", "days", "pct", "date"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str = TEXT


@dataclass(frozen=True)
class ReportTable:
    key: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple, ...]
    note: str = ""

    def column(self, key: str) -> int:
        return [c.key for c in self.columns].index(key)

    def values(self, key: str) -> list:
        i = self.column(key)
        return [row[i] for row in self.rows]


@dataclass(frozen=True)
class ReportScope:
    """The period (``start`` to ``last_day`` inclusive, UTC days), post and country; a report
    that is a picture of now (``uses_period`` False) ignores the period."""

    start: date
    last_day: date
    post: str | None = None
    country: str | None = None
    uses_period: bool = True

    def describe(self) -> str:
        """The scope in words, in the current language: "2025-01-01 to 2025-06-30 (UTC), all posts, all countries"."""
        parts = []
        if self.uses_period:
            parts.append(
                reports.words.tr("{start} to {end} (UTC)").format(
                    start=self.start.isoformat(), end=self.last_day.isoformat()
                )
            )
        else:
            parts.append(reports.words.tr("as of now"))
        parts.append(
            reports.words.tr("post {post}").format(post=self.post) if self.post else reports.words.tr("all posts")
        )
        parts.append(
            reports.words.tr("country {country}").format(country=self.country)
            if self.country
            else reports.words.tr("all countries")
        )
        return reports.words.tr("{first}, {second}, {third}").format(first=parts[0], second=parts[1], third=parts[2])


@dataclass(frozen=True)
class Report:
    name: str
    title: str
    scope: ReportScope
    generated_at: datetime
    generated_by: str
    marking: str
    chain_head: str | None
    summary: tuple[tuple[str, str], ...]
    tables: tuple[ReportTable, ...]
    charts: tuple[Chart, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)

    def table(self, key: str) -> ReportTable:
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)


def cell_text(value, kind: str = TEXT) -> str:
    """A value as the screen, CSV and PDF show it."""
    if value is None:
        return "—"
    if kind == PCT:
        return f"{value:.0f}%" if isinstance(value, (int, float)) else str(value)
    if kind == DAYS and isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int) and kind in (INT, DAYS):
        return format_number(value)  # 1,234 · 1 234 · 1,234: grouped as the language writes it
    return str(value)


def json_value(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value
