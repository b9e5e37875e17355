"""A quick "which case?" picker: type a reference, a name or any word; Enter picks.

Used when Log contact (Ctrl+L) or Print brief (Ctrl+P) is pressed with no case tab in
front. Without text it offers the cases already open in tabs, then recently active ones.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from consular.domain.enums import CaseStatus
from consular.domain.filters import CaseFilter
from consular.gui import ops
from consular.gui.icons import icon
from consular.services import cases as case_service
from consular.services import search as search_service
from consular.services.context import ServiceContext

REFERENCE_ROLE = Qt.UserRole + 1
SUGGESTIONS = 30


def _suggestions(ctx: ServiceContext, text: str, open_refs: list[str]) -> list[tuple[str, str]]:
    """(reference, label) pairs; runs in a worker thread."""
    words = text.strip()
    if not words:
        rows = case_service.list_cases(
            ctx,
            CaseFilter(statuses=[CaseStatus.OPEN, CaseStatus.ACTIVE]),
            sort="last_contact_at",
            descending=True,
            limit=SUGGESTIONS,
        )
        seen = set(open_refs)
        in_tab = QCoreApplication.translate("case_picker", "{reference} — open in a tab")
        out = [(ref, in_tab.format(reference=ref)) for ref in open_refs]
        out += [(r.reference, f"{r.reference} — {r.title}") for r in rows if r.reference not in seen]
        return out[:SUGGESTIONS]
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    upper = words.upper()
    if "-" in upper and len(upper) >= 3:
        # A reference typed (partly): offer exact matches first.
        try:
            summary = case_service.case_summary(ctx, upper)
        except Exception:  # noqa: BLE001 - not a complete reference; the search still runs
            summary = None
        if summary is not None:
            out.append((summary.reference, f"{summary.reference} — {summary.title}"))
            seen.add(summary.reference)
    for hit in search_service.search(ctx, words, limit=80):
        if hit.reference and hit.reference not in seen:
            seen.add(hit.reference)
            out.append((hit.reference, f"{hit.reference} — {hit.case_title}\n    {hit.why}"))
        if len(out) >= SUGGESTIONS:
            break
    return out


class CasePickerDialog(QDialog):
    """Emits ``picked(reference)``; open it with ``open()`` so nothing blocks."""

    picked = Signal(str)

    def __init__(self, ctx: ServiceContext, purpose: str, open_refs: list[str] | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.open_refs = list(open_refs or [])
        self.setWindowTitle(self.tr("{purpose}: which case?").format(purpose=purpose))
        self.setAccessibleName(self.tr("Choose the case for {purpose}").format(purpose=purpose.lower()))
        self.setObjectName("case_picker")
        self._token = 0
        self._busy = False
        self._choose_when_ready = False
        prompt = QLabel(
            self.tr("{purpose} — type a reference, a name or a word, then press Enter.").format(purpose=purpose), self
        )
        prompt.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("picker_search")
        self.search.setAccessibleName(self.tr("Find the case"))
        self.search.setPlaceholderText(self.tr("e.g. BAM-2025-0001, Kayes, Gaddam"))
        self.search.addAction(icon("search"), QLineEdit.LeadingPosition)
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("picker_results")
        self.results.setAccessibleName(self.tr("Matching cases"))
        self.results.setMinimumSize(520, 300)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(self.tr("&Choose"))
        buttons.accepted.connect(self._choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._choose)
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self._choose())
        self.search.setFocus()
        self._refresh()

    def eventFilter(self, obj, event):
        if obj is self.search and event.type() == event.Type.KeyPress and event.key() in (Qt.Key_Down, Qt.Key_Up):
            step = 1 if event.key() == Qt.Key_Down else -1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return True
        return super().eventFilter(obj, event)

    def _refresh(self) -> None:
        self._timer.stop()
        self._token += 1
        self._busy = True
        token, ctx, text, refs = self._token, self.ctx, self.search.text(), self.open_refs

        def done(items) -> None:
            if token != self._token:
                return
            self._busy = False
            self.results.clear()
            for reference, label in items:
                item = QListWidgetItem(label)
                item.setData(REFERENCE_ROLE, reference)
                self.results.addItem(item)
            if items:
                self.results.setCurrentRow(0)
            self.ok_button.setEnabled(bool(items))
            if self._choose_when_ready:
                self._choose_when_ready = False
                self._choose()

        ops.query(self, lambda: _suggestions(ctx, text, refs), on_done=done, on_error=lambda exc: done([]))

    @property
    def busy(self) -> bool:
        return self._busy or self._timer.isActive()

    def current_reference(self) -> str | None:
        item = self.results.currentItem()
        return item.data(REFERENCE_ROLE) if item is not None else None

    def _choose(self) -> None:
        if self.busy:
            # Results for the latest text are still coming: pick the first when they arrive.
            self._choose_when_ready = True
            if self._timer.isActive():
                self._refresh()
            return
        reference = self.current_reference()
        if reference:
            self.accept()
            self.picked.emit(reference)
