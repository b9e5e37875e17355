"""The case list's table: its columns, declared once, and the model that pages cases in from
``services.cases.list_cases`` in the database's order.

The model holds only the rows fetched so far, a page at a time, and asks for the next page
in the background when the view scrolls near the end; sorting is done by the database.
With 100,000 cases the GUI thread only ever handles one page of plain ``CaseSummary``
objects.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from consular.domain.enums import CaseKind, CaseStatus
from consular.domain.filters import CaseFilter
from consular.domain.timeutil import utcnow
from consular.gui import ops, theme
from consular.gui.table_models import OBJECT_ROLE, RIGHT, SORT_ROLE, Column, PagedTableModel
from consular.gui.times import ago_text, due_text, local_datetime_text
from consular.i18n import QT_TRANSLATE_NOOP
from consular.services.views import CaseSummary

if TYPE_CHECKING:
    from consular.services.context import ServiceContext

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

_STATUS_RANK = {status: rank for rank, status in enumerate(CaseStatus)}
SHORT_KIND = {
    CaseKind.ABDUCTION: QT_TRANSLATE_NOOP("case_table", "Abduction"),
    CaseKind.HOSTAGE_TAKING: QT_TRANSLATE_NOOP("case_table", "Hostage-taking"),
    CaseKind.WRONGFUL_DETENTION: QT_TRANSLATE_NOOP("case_table", "Wrongful detention"),
    CaseKind.MISSING_PERSON: QT_TRANSLATE_NOOP("case_table", "Missing person"),
    CaseKind.OTHER: QT_TRANSLATE_NOOP("case_table", "Other"),
}
PAGE_SIZE = 200
# Explaining a case (its matching entry's text and snippet) costs more than finding it, so a
# search's "why" is read only for rows shown: the first WHY_FIRST rows when rows arrive (a
# screenful), then whatever the view paints, in batches read in the background.
WHY_FIRST = 50
RELEVANCE = "relevance"  # sorting by "Why it matched": the search's own ranking
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


def short_kind(kind: CaseKind) -> str:
    """The kind as the list's narrow column and filter say it, in the user's language."""
    short = SHORT_KIND.get(kind)
    return translate("case_table", short) if short else kind.label


def format_local(when: datetime | None, zone_name: str) -> str:
    """'Tue 8 Jul 2025, 14:30 (Africa/Bamako)', in the user's language."""
    return local_datetime_text(when, zone_name)


_MARK = re.compile(r"\[([^\[\]]+)\]")


def marked_runs(text: str) -> list[tuple[str, bool]]:
    """Split a search snippet into (text, is_match) runs; matches come as [word]."""
    runs, at = [], 0
    for match in _MARK.finditer(text):
        if match.start() > at:
            runs.append((text[at : match.start()], False))
        runs.append((match.group(1), True))
        at = match.end()
    if at < len(text):
        runs.append((text[at:], False))
    return runs


class SnippetDelegate(QStyledItemDelegate):
    """Draws "Why it matched" with the matched words in bold (and without the brackets)."""

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SE_ItemViewItemText, opt, opt.widget).adjusted(2, 0, -2, 0)
        normal = QFont(opt.font)
        bold = QFont(opt.font)
        bold.setWeight(QFont.Bold)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        x, right = rect.left(), rect.right()
        for run, hit in marked_runs(text):
            font = bold if hit else normal
            metrics = QFontMetrics(font)
            width = metrics.horizontalAdvance(run)
            painter.setFont(font)
            if x + width > right:
                run = metrics.elidedText(run, Qt.ElideRight, max(0, right - x))
                painter.drawText(QRect(x, rect.top(), right - x, rect.height()), Qt.AlignVCenter, run)
                break
            painter.drawText(QRect(x, rect.top(), width + 1, rect.height()), Qt.AlignVCenter, run)
            x += width
        painter.restore()


def _place(row: CaseSummary, _m) -> str:
    # Rows come after the sign-in: validation (and phonenumbers under it) is not needed to paint the window.
    from consular.domain.validation import country_name

    country = country_name(row.country)
    return f"{row.place} ({country})" if row.place else country


def _last_contact_tip(row: CaseSummary, _m) -> str:
    if row.last_contact_at is None:
        return translate("case_table", "No contact logged yet")
    return translate("case_table", "Last contact: {when}").format(when=format_local(row.last_contact_at, row.timezone))


def _next_task_tip(row: CaseSummary, m: CaseTableModel) -> str | None:
    if row.next_task_due is None:
        return None
    when = format_local(row.next_task_due, row.timezone)
    if row.next_task_overdue(m.now):
        return translate("case_table", "Overdue: {when}").format(when=when)
    return translate("case_table", "Due: {when}").format(when=when)


def _why_tip(row: CaseSummary, m: CaseTableModel) -> str | None:
    why = m.why.get(row.id)
    return why.replace("[", "").replace("]", "") if why else None


def _why_rank(row: CaseSummary, m: CaseTableModel) -> int | None:
    ids = m.search_ids
    return ids.index(row.id) if ids and row.id in ids else None


def _accessible(header: str, display):
    def text(row, m) -> str:
        shown = display(row, m).replace("[", "").replace("]", "")
        return translate("case_table", "{column}: {value}").format(
            column=translate("case_table", header), value=shown or translate("case_table", "none")
        )

    return text


def _column(header: str, value, **kw) -> Column:
    return Column(header, value, accessible=_accessible(header, value), **kw)


def _overdue(row: CaseSummary, m: CaseTableModel) -> bool:
    return row.next_task_overdue(m.now)


# The case list's columns, in order. sort_key is the services' sort key; sort_inverted says
# the key runs opposite to the column's values.
COLUMNS: tuple[Column, ...] = (
    _column(
        QT_TRANSLATE_NOOP("case_table", "Reference"),
        lambda r, m: r.reference,
        sort_value=lambda r, m: r.reference,
        sort_key="reference",
        font=lambda r, m: m.bold,
        width_em=8,
    ),
    _column(
        QT_TRANSLATE_NOOP("case_table", "Title"),
        lambda r, m: r.title,
        sort_value=lambda r, m: r.title,
        sort_key="title",
        tooltip=lambda r, m: translate(
            "case_table", "{title}\nLead: {lead} · Post: {post} · Priority: {priority}"
        ).format(
            title=r.title,
            lead=r.lead_caseworker or translate("case_table", "none"),
            post=r.post_code,
            priority=r.priority.label,
        ),
        width_em=24,
        stretch=True,
    ),
    _column(
        QT_TRANSLATE_NOOP("case_table", "Kind"),
        lambda r, m: short_kind(r.kind),
        sort_value=lambda r, m: r.kind.value,
        sort_key="kind",
        tooltip=lambda r, m: r.kind.label,
        width_em=9,
    ),
    _column(
        QT_TRANSLATE_NOOP("case_table", "Status"),
        lambda r, m: r.status.label,
        sort_value=lambda r, m: _STATUS_RANK[r.status],  # workflow order, as the database sorts it
        sort_key="status",
        width_em=4.5,
    ),
    _column(
        QT_TRANSLATE_NOOP("case_table", "Place"),
        _place,
        sort_value=lambda r, m: (r.country, r.place),
        sort_key="place",
        width_em=16,
    ),
    _column(
        QT_TRANSLATE_NOOP("case_table", "Days"),
        lambda r, m: str(r.days_since_incident(m.now)),
        sort_value=lambda r, m: r.days_since_incident(m.now),
        sort_key="incident_at",
        sort_inverted=True,  # more days since the incident = earlier incident
        tooltip=lambda r, m: translate("case_table", "Incident: {when}").format(
            when=format_local(r.incident_at, r.timezone)
        ),
        header_tip=QT_TRANSLATE_NOOP("case_table", "Days since the incident"),
        alignment=RIGHT,
        width_em=3.2,
    ),
    _column(
        QT_TRANSLATE_NOOP("case_table", "Held"),
        lambda r, m: f"{r.hostages_held} / {r.hostages_total}" if r.hostages_total else "–",
        sort_value=lambda r, m: r.hostages_held,
        sort_key="hostages_held",
        tooltip=lambda r, m: translate("case_table", "{held} held of {total} nationals concerned").format(
            held=r.hostages_held, total=r.hostages_total
        ),
        header_tip=QT_TRANSLATE_NOOP("case_table", "Nationals still held (or unaccounted for) / nationals concerned"),
        alignment=RIGHT,
        width_em=3,
    ),
    _column(
        QT_TRANSLATE_NOOP("case_table", "Last contact"),
        lambda r, m: ago_text(r.last_contact_at, m.now),
        sort_value=lambda r, m: r.last_contact_at,
        sort_key="last_contact_at",
        tooltip=_last_contact_tip,
        header_tip=QT_TRANSLATE_NOOP("case_table", "Time since the last logged contact"),
        foreground=lambda r, m: m.muted if r.last_contact_at is None else None,
        width_em=6.5,
    ),
    _column(
        QT_TRANSLATE_NOOP("case_table", "Next task due"),
        lambda r, m: due_text(r.next_task_due, m.now),
        sort_value=lambda r, m: r.next_task_due,
        sort_key="next_task_due",
        tooltip=_next_task_tip,
        header_tip=QT_TRANSLATE_NOOP("case_table", "The earliest open task; overdue ones in orange"),
        foreground=lambda r, m: m.warning if _overdue(r, m) else None,
        font=lambda r, m: m.bold if _overdue(r, m) else None,
        width_em=10,
    ),
    _column(
        QT_TRANSLATE_NOOP("case_table", "Why it matched"),
        lambda r, m: m.why_text(r.id),
        sort_value=_why_rank,
        tooltip=_why_tip,
        header_tip=QT_TRANSLATE_NOOP("case_table", "What the search found in this case"),
        width_em=24,
    ),
)
(
    COL_REFERENCE,
    COL_TITLE,
    COL_KIND,
    COL_STATUS,
    COL_PLACE,
    COL_DAYS,
    COL_HOSTAGES,
    COL_LAST_CONTACT,
    COL_NEXT_TASK,
    COL_WHY,
) = range(len(COLUMNS))
COLUMN_COUNT = len(COLUMNS)
HEADERS = {i: c.header for i, c in enumerate(COLUMNS)}
# Column → (services sort key, whether the key runs opposite to the column's values).
SORT_KEY = {i: (c.sort_key, c.sort_inverted) for i, c in enumerate(COLUMNS) if c.sort_key}
_TIME_COLUMNS = (COL_DAYS, COL_LAST_CONTACT, COL_NEXT_TASK)  # change as the clock runs


class CaseTableModel(PagedTableModel):
    """Cases matching a filter, in the database's sort order, fetched a page at a time.

    ``rowCount`` is the number fetched so far; ``total`` the number that match. Pages are
    loaded in the background: ``fetchMore`` returns at once and rows are inserted when
    the page arrives. Results of a superseded query (filter, sort or search changed
    meanwhile) are dropped.
    """

    COLUMNS = COLUMNS
    TR_CONTEXT = "case_table"

    query_changed = Signal()  # a new filter, sort or search: the list starts again from its top

    def __init__(self, ctx: ServiceContext | None = None, parent=None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent, page_size=page_size)
        self._ctx = ctx
        self._filter = CaseFilter()
        self.search_ids: list[int] | None = None
        self.why: dict[int, str] = {}
        self._explain: Callable[[list[int]], dict[int, str]] | None = None
        self._why_asked: set[int] = set()  # asked for, or being asked for (this search)
        self._why_wanted: list[int] = []  # to ask for in the next batch
        self._why_running = False
        self._why_search = 0  # which search the answers belong to
        self._why_timer = QTimer(self)
        self._why_timer.setSingleShot(True)
        self._why_timer.setInterval(0)  # every row one paint asks for, in one batch
        self._why_timer.timeout.connect(self._ask_why)
        self.page_loaded.connect(self._explain_first)
        self._sort_column = COL_DAYS
        self._sort_order = Qt.AscendingOrder  # fewest days first: the newest incident on top
        self.now = self._clock_now()
        self.warning = theme.warning_colour()
        self.muted = theme.muted_colour()
        self.bold = QFont()
        self.bold.setWeight(QFont.Weight.DemiBold)
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        if ctx is not None:
            self.reload()

    # --- state --------------------------------------------------------------------------

    def _clock_now(self):
        """ "Now" by the database's clock: the demo and ``--as-of`` show their own day."""
        return self._ctx.now() if self._ctx is not None else utcnow()

    @property
    def ctx(self) -> ServiceContext | None:
        return self._ctx

    @property
    def searching(self) -> bool:
        return self.search_ids is not None

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def set_context(self, ctx: ServiceContext | None) -> None:
        self._ctx = ctx
        self.search_ids, self.why = None, {}
        self._forget_why(None)
        self._filter = CaseFilter()
        self.reload()

    def set_filter(self, flt: CaseFilter) -> None:
        self._filter = flt
        self.reload()

    def current_filter(self) -> CaseFilter:
        return self._filter

    def set_search(
        self,
        case_ids: list[int] | None,
        why: dict[int, str] | None = None,
        *,
        explain: Callable[[list[int]], dict[int, str]] | None = None,
    ) -> None:
        """Restrict to ``case_ids`` (best match first), explaining each with ``why``, or, for
        the rows shown, with what ``explain(case ids)`` returns (run in the background); None
        lifts it."""
        self.search_ids = list(case_ids) if case_ids is not None else None
        self.why = dict(why or {})
        self._forget_why(explain if case_ids is not None else None)
        if self.search_ids is None and self._sort_column == COL_WHY:
            self._sort_column, self._sort_order = COL_DAYS, Qt.AscendingOrder
        self.reload()

    # --- why it matched, for the rows shown ----------------------------------------------

    def _forget_why(self, explain: Callable[[list[int]], dict[int, str]] | None) -> None:
        self._explain = explain
        self._why_asked, self._why_wanted = set(self.why), []
        self._why_search += 1
        self._why_timer.stop()

    def why_text(self, case_id: int) -> str:
        """The search's "why" of a case; asked for in the background (and "" until it comes)
        the first time a row wants it."""
        text = self.why.get(case_id)
        if text is None:
            self._want_why([case_id])
        return text or ""

    def _want_why(self, case_ids: list[int]) -> None:
        if self._explain is None:
            return
        new = [cid for cid in case_ids if cid not in self._why_asked]
        if not new:
            return
        self._why_asked.update(new)
        self._why_wanted.extend(new)
        if not self._why_running:
            self._why_timer.start()

    def _explain_first(self, _count: int = 0) -> None:
        """Rows arrived: ask now for the top screenful's why, before the view paints it."""
        if self._explain is not None:
            self._want_why([row.id for row in self._rows[:WHY_FIRST]])
            if self._why_wanted and not self._why_running:
                self._why_timer.stop()
                self._ask_why()

    def _ask_why(self) -> None:
        if self._why_running or not self._why_wanted or self._explain is None:
            return
        wanted, self._why_wanted = self._why_wanted, []
        explain, search = self._explain, self._why_search
        self._why_running = True

        def done(found: dict[int, str]) -> None:
            self._why_running = False
            if search != self._why_search:
                self._ask_why()  # a newer search's rows may be waiting
                return
            for cid in wanted:
                self.why[cid] = found.get(cid, "")
            if self._rows:
                self.dataChanged.emit(self.index(0, COL_WHY), self.index(len(self._rows) - 1, COL_WHY))
            self._ask_why()

        def failed(exc: BaseException) -> None:
            self._why_running = False
            log.info("Why it matched: %s", exc)  # the column stays empty; the list is still right
            if search == self._why_search:
                self._ask_why()

        ops.query(self, lambda: explain(wanted), on_done=done, on_error=failed)

    def row_of(self, reference: str) -> int:
        for i, row in enumerate(self._rows):
            if row.reference == reference:
                return i
        return -1

    def summary(self, row: int) -> CaseSummary | None:
        return self.record_at(row)

    # --- loading ------------------------------------------------------------------------

    def _effective_filter(self) -> CaseFilter:
        if self.search_ids is None:
            return self._filter
        return replace(self._filter, case_ids=self.search_ids)

    def _sort_args(self) -> tuple[str, bool]:
        if self._sort_column == COL_WHY:
            return RELEVANCE, False
        key, inverted = SORT_KEY.get(self._sort_column, ("incident_at", True))
        descending = self._sort_order == Qt.DescendingOrder
        return key, descending != inverted

    def export_args(self) -> tuple[CaseFilter, str, bool, list[int] | None]:
        """What "Export list…" writes: the filter in force (a search's cases included), the
        database sort and direction, and a search's order when the list is sorted by it."""
        sort, descending = self._sort_args()
        if sort == RELEVANCE:
            return self._effective_filter(), "incident_at", True, list(self.search_ids or [])
        return self._effective_filter(), sort, descending, None

    def sort_for(self, key: str, descending: bool) -> tuple[int, Qt.SortOrder] | None:
        """The column and header order that sort the database by ``key`` (a saved filter's)."""
        for column, (column_key, inverted) in SORT_KEY.items():
            if column_key == key:
                return column, Qt.DescendingOrder if descending != inverted else Qt.AscendingOrder
        return None

    def page_source(self):
        ctx = self._ctx
        if ctx is None:
            return None
        flt = self._effective_filter()
        sort, descending = self._sort_args()
        ids = list(self.search_ids or [])

        def fetch(offset: int, limit: int):
            from consular.services import cases as case_service  # in the worker: not before the first paint

            if sort == RELEVANCE:
                # The search ranked at most SEARCH_LIMIT ids: fetch them all at once (other
                # filters applied) and keep the search's order.
                if offset:
                    return None, []
                found = {s.id: s for s in case_service.list_cases(ctx, flt, limit=max(1, len(ids)))}
                rows = [found[i] for i in ids if i in found]
                return len(rows), rows
            rows = []
            remaining, at = limit, offset
            while remaining > 0:
                chunk = case_service.list_cases(
                    ctx, flt, sort=sort, descending=descending, offset=at, limit=min(remaining, 5000)
                )
                rows.extend(chunk)
                if len(chunk) < min(remaining, 5000):
                    break
                remaining -= len(chunk)
                at += len(chunk)
            # Counted with the first page (and on refresh), not with every page.
            total = case_service.count_cases(ctx, flt) if offset == 0 else None
            return total, rows

        return fetch

    def reload(self) -> None:
        """Count and fetch the first page again (new filter, sort or search).

        The rows on screen stay until the new ones arrive, so the list does not flash empty
        while the database works; results of an older query are dropped."""
        self.now = self._clock_now()
        self.query_changed.emit()
        self.replace_and_fetch(self.page_size, reset=True)

    def fetch_rest(self) -> bool:
        """Fetch every row not loaded yet, in one background query (Ctrl+End goes to the real
        last case). False when there is nothing to fetch now (all loaded, or still counting)."""
        if not self.canFetchMore() or self.total is None:
            return False
        self._start_fetch(len(self._rows), max(self.page_size, self.total - len(self._rows)))
        return True

    def refresh(self) -> None:
        """Fetch the rows shown so far again (after changes), keeping the scroll position
        when the number of rows is unchanged."""
        if self._ctx is None:
            return
        self.now = self._clock_now()
        self.replace_and_fetch(max(self.page_size, len(self._rows)), reset=False)

    def update_case(self, reference: str) -> None:
        """Re-read one case (after it was changed in its tab) without reordering the list."""
        from consular.services import cases as case_service

        if self._ctx is None or self.row_of(reference) < 0:
            return
        ctx, generation = self._ctx, self._generation

        def done(summary: CaseSummary) -> None:
            row = self.row_of(summary.reference)
            if generation != self._generation or row < 0:
                return
            self._rows[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

        ops.query(
            self,
            lambda: case_service.case_summary(ctx, reference),
            done,
            on_error=lambda exc: log.info("Case refresh: %s", exc),
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        """Sorting is the database's job: reset and fetch the first page in the new order."""
        if column == COL_WHY and self.search_ids is None:
            return
        if column not in SORT_KEY and column != COL_WHY:
            return
        if (column, order) == (self._sort_column, self._sort_order) and (self._rows or self._loading):
            return
        self._sort_column, self._sort_order = column, order
        self.reload()

    def _tick(self) -> None:
        self.now = self._clock_now()
        if self._rows:
            for column in _TIME_COLUMNS:
                self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def flags(self, index):
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):
        if role == Qt.ToolTipRole and orientation == Qt.Horizontal and 0 <= section < COLUMN_COUNT:
            return translate("case_table", COLUMNS[section].header_tip or COLUMNS[section].header)
        return super().headerData(section, orientation, role)

    def refresh_colours(self) -> None:
        """Pick the warning and muted colours again (after the palette changed)."""
        self.warning = theme.warning_colour()
        self.muted = theme.muted_colour()
        self.repaint_all()


__all__ = ["COLUMNS", "OBJECT_ROLE", "SORT_ROLE", "CaseTableModel", "due_text", "short_kind"]
