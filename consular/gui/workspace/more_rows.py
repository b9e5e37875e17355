"""The case window's milestones and tasks, a page at a time (like the contact log).

``cases.get_case(..., page=CASE_PAGE)`` brings the first page of each with their totals; a
table model with :class:`MoreRows` holds those rows and asks for the next page
(``fetch(offset, limit)`` in the background) when the view scrolls to the end, through Qt's
``canFetchMore``/``fetchMore`` (a sort proxy in between passes them on). A reload of the case
brings back as many rows as were loaded before it, so an edit does not throw away what the
user scrolled to.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QTimer

from consular.gui import ops

log = logging.getLogger(__name__)
CASE_PAGE = 50  # milestones and tasks the case window reads at once (a screenful is about 30)
_ROOT = QModelIndex()


class MoreRows:
    """For a ``RecordTableModel`` subclass (listed first among its bases): the rows it holds
    are the first of ``total`` in the service's order; ``fetch(offset, limit)`` reads more."""

    page_size = CASE_PAGE
    _fetch: Callable[[int, int], list] | None = None
    _total: int | None = None
    _fetching = False
    _page_generation = 0
    #: Called on the GUI thread with the number of rows held, after each page read here.
    on_more: Callable[[int], None] | None = None

    def set_fetch(self, fetch: Callable[[int, int], list] | None) -> None:
        self._fetch = fetch

    def set_page(self, rows: list, total: int | None, *, keep: int = 0) -> None:
        """Show ``rows``, the first of ``total`` (None: all there are); then, if ``keep`` is
        more than that, read up to ``keep`` rows at once (what the user had scrolled to)."""
        self._page_generation += 1
        self._fetching = False
        self.set_rows(rows)
        self._total = None if total is None else max(total, len(rows))
        if keep > len(rows) and self.has_more():
            self._read(keep - len(rows))

    @property
    def total(self) -> int:
        return len(self._rows) if self._total is None else self._total

    def has_more(self) -> bool:
        return self._total is not None and self._fetch is not None and len(self._rows) < self._total

    def canFetchMore(self, parent=_ROOT) -> bool:
        return not parent.isValid() and self.has_more() and not self._fetching

    def fetchMore(self, parent=_ROOT) -> None:
        if self.canFetchMore(parent):
            self._read(self.page_size)

    def _read(self, limit: int) -> None:
        fetch, offset, generation = self._fetch, len(self._rows), self._page_generation
        self._fetching = True

        def arrived(rows: list) -> None:
            if generation != self._page_generation:
                return  # the case was reloaded meanwhile: these rows belong to the old page
            self._fetching = False
            if len(self._rows) != offset:
                return
            if rows:
                self.beginInsertRows(_ROOT, offset, offset + len(rows) - 1)
                self._rows.extend(rows)  # the service's order is the model's (oldest first / by due time)
                self.endInsertRows()
            if len(rows) < limit:
                self._total = len(self._rows)  # fewer than asked: the list ends here
            if self.on_more is not None:
                self.on_more(len(self._rows))

        def failed(exc: BaseException) -> None:
            if generation == self._page_generation:
                self._fetching = False
                self._total = len(self._rows)
            log.warning("More rows could not be read: %s", exc)

        ops.query(self, lambda: fetch(offset, limit), arrived, failed)


def fill_view(view, model: MoreRows) -> None:
    """Read on while the rows shown do not fill ``view`` (a filter hides the rows read so
    far, so there is nothing to scroll that would ask for more), once the layout settled."""

    def check() -> None:
        if ops.alive(view) and view.isVisible() and view.verticalScrollBar().maximum() == 0:
            model.fetchMore()

    QTimer.singleShot(0, check)
