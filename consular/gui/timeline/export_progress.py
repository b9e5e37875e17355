"""How far a timeline export has gone, in words, and how soon it stops when cancelled.

The writers (:mod:`consular.reports.timeline_export`) call ``progress(done, total)`` for
every event or so, and the PDF also ``progress.page(number)`` for every page it finishes.
:class:`ExportProgress` stands between them and the operation's
:class:`~consular.gui.ops.Progress`: it looks at the Cancel flag on *every* call, so an
export stops within milliseconds of Cancel, but passes a report on to the GUI thread at
most every :data:`REPORT_EVERY` seconds (each report is a queued signal).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication

from consular.gui import ops
from consular.gui.text import number_text

translate = QCoreApplication.translate

#: Seconds between two reports to the GUI thread (the first and the last always go).
REPORT_EVERY = 0.05


class ExportProgress:
    """The progress callback an export's worker hands to the service (thread-safe enough:
    the worker writes, the GUI thread only reads plain attributes)."""

    def __init__(self, fmt: str):
        self.fmt = fmt.lower()
        self.page_count = 0
        self.done = 0
        self.total = 0
        self._progress: ops.Progress | None = None
        self._last = 0.0

    def attach(self, progress: ops.Progress) -> ExportProgress:
        self._progress = progress
        return self

    def __call__(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        progress = self._progress
        if progress is None:
            return
        now = time.monotonic()
        if done <= 0 or done >= total or now - self._last >= REPORT_EVERY:
            self._last = now
            progress(done, total)  # raises Cancelled once the user cancelled
        elif progress.cancelled:
            raise ops.Cancelled()

    def page(self, number: int) -> None:
        """A PDF page is finished (called from the worker)."""
        self.page_count = number
        if self._progress is not None and self._progress.cancelled:
            raise ops.Cancelled()

    def text(self, done: int, total: int) -> str:
        """What the progress row says: events written, or the PDF's pages laid out."""
        if self.fmt != "pdf":
            return translate("ExportProgress", "Writing events: {done} of {total}…").format(
                done=number_text(min(done, total)), total=number_text(total)
            )
        events = total // 2
        if done <= events:
            return translate("ExportProgress", "Preparing the PDF: {done} of {total} events…").format(
                done=number_text(done), total=number_text(events)
            )
        values = {"done": number_text(done - events), "total": number_text(events)}
        if self.page_count:
            return translate("ExportProgress", "Laying out the PDF: page {page} ({done} of {total} events)…").format(
                page=number_text(self.page_count), **values
            )
        return translate("ExportProgress", "Laying out the PDF: the first page ({done} of {total} events)…").format(
            **values
        )
