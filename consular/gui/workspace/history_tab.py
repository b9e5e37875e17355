"""A case's History tab: its audit trail, newest first, filtered by user, action and date,
with the selected entry's before and after side by side (the audit kit in ``gui/audit_view``)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from consular.gui.audit_view import AuditBrowser
from consular.gui.times import TimeDisplay


class HistoryTab(QWidget):
    """Loads on first show (the trail of a busy case is long), and again on :meth:`refresh`."""

    def __init__(self, ctx, reference: str, times: TimeDisplay, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("History of {reference}").format(reference=reference))
        self.reference = reference
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.browser = AuditBrowser(ctx, case_reference=reference, times=times, parent=self)
        layout.addWidget(self.browser)

    @property
    def model(self):
        return self.browser.model

    def refresh(self) -> None:
        if self.browser._loaded:
            self.browser.refresh()

    def times_changed(self) -> None:
        self.browser.model.times_changed()


__all__ = ["HistoryTab"]
