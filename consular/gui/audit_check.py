"""The audit check at start: ``audit_chain.verify`` runs in the background when a database is
opened (``ops.query`` with progress; the GUI thread never waits), and a red banner across the
window says what is wrong if the trail was tampered with. When it passes, a status-bar note
says how many entries were verified, and nothing else is shown."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton

from consular.gui import ops
from consular.gui.icons import icon
from consular.gui.theme import set_flag

log = logging.getLogger(__name__)


class AuditCheckBanner(QFrame):
    """Hidden until a check fails. :meth:`start` checks ``ctx``'s database; a newer start (another
    database opened) cancels the running one and its result is dropped."""

    checked = Signal(object)  # the VerifyReport, on the GUI thread
    progressed = Signal(int, int)
    note = Signal(str)  # a line for the status bar

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("audit_banner")
        self.setProperty("role", "danger-banner")
        self.setAccessibleName(self.tr("Audit trail warning"))
        self.setFrameShape(QFrame.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        sign = QLabel()
        sign.setPixmap(icon("warning").pixmap(20, 20))
        row.addWidget(sign)
        self.text = QLabel()
        self.text.setObjectName("audit_banner_text")
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("What the audit check found"))
        row.addWidget(self.text, 1)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setAccessibleName(self.tr("Every problem the audit check found"))
        self.details_button.clicked.connect(self.show_details)
        row.addWidget(self.details_button)
        self.report = None
        self._op: ops.Op | None = None
        self._details: QMessageBox | None = None
        self.hide()

    @property
    def running(self) -> bool:
        return self._op is not None and not self._op.finished

    def start(self, ctx) -> None:
        self.stop()
        self.hide()
        self._set_role("danger-banner")
        self.report = None
        if ctx is None:
            return
        from consular.services import audit_chain

        database = ctx.database

        def work(progress: ops.Progress):
            return audit_chain.verify(database, progress=progress, cancelled=lambda: progress.cancelled)

        op: ops.Op | None = None

        def done(report) -> None:
            if op is self._op:
                self._show(report)

        def failed(exc: BaseException) -> None:
            if op is not self._op:
                return
            message = getattr(exc, "message", None) or str(exc)
            log.warning("The audit check could not run: %s", message)
            self._set_role("banner")
            self.text.setText(self.tr("The audit trail could not be verified: {reason}").format(reason=message))
            self.details_button.hide()
            self.show()

        self.note.emit(self.tr("Verifying the audit trail…"))
        op = ops.query(
            self,
            work,
            on_done=done,
            on_error=failed,
            with_progress=True,
            on_progress=lambda d, t: self._progress(op, d, t),
        )
        self._op = op

    def _progress(self, op, done: int, total: int) -> None:
        if op is self._op:
            self.progressed.emit(done, total)
            if total:
                self.note.emit(self.tr("Verifying the audit trail… {percent}%").format(percent=done * 100 // total))

    def stop(self) -> None:
        if self._op is not None and not self._op.finished:
            self._op.cancel()
        self._op = None

    def _show(self, report) -> None:
        from consular.services import audit_chain

        self.report = report
        if report.ok:
            self.hide()
            self.note.emit(self.tr("Audit trail verified (%Ln entries).", "", report.entries))
        elif all(p.kind == "unverifiable" for p in report.problems):
            # Signatures made by another installation's key: the links were checked, the
            # signatures could not be. A caution, not an alarm.
            self._set_role("banner")
            self.text.setText(
                self.tr("The audit trail could not be fully checked on this machine: {problems}").format(
                    problems="; ".join(p.message for p in report.problems)
                )
            )
            self.details_button.show()
            self.note.emit(self.tr("Audit trail only partly verified: see the banner."))
            self.show()
        else:
            self._set_role("danger-banner")
            self.text.setText(audit_chain.summary(report))
            self.details_button.show()
            self.note.emit(self.tr("The audit trail was tampered with: see the red banner."))
            self.show()
        self.checked.emit(report)

    def _set_role(self, role: str) -> None:
        set_flag(self, "role", role)

    def show_details(self) -> None:
        from consular.services import audit_chain

        if self.report is None:
            return
        box = QMessageBox(
            QMessageBox.Warning, self.tr("Audit trail problems"), audit_chain.summary(self.report), parent=self
        )
        box.setDetailedText("\n".join(f"{p.kind}: {p.message}" for p in self.report.problems))
        box.setInformativeText(
            self.tr(
                "%n problem(s). The command `consular audit verify` gives the full report.",
                "",
                len(self.report.problems),
            )
        )
        self._details = box
        box.open()


__all__ = ["AuditCheckBanner"]
