"""The dialog that asks what to export: format, file, restricted entries, redaction, dates."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from consular.domain.timeline import EventType
from consular.gui.times import DateField
from consular.reports import timeline_export


class ExportDialog(QDialog):
    """Format, file, what to include. ``values()`` gives what :meth:`TimelineTab.export` takes."""

    def __init__(
        self, reference: str, start_folder: Path, types: list[EventType], parent=None, *, today: date | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the timeline of {reference}").format(reference=reference))
        self.reference = reference
        self.types = types
        # The service clock's day (the demo and --as-of have their own), not the machine's.
        self.today = today or date.today()
        form = QFormLayout()
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for fmt in timeline_export.FORMATS:
            self.format.addItem(timeline_export.describe(fmt), fmt)
        path_row = self._build_file_row(start_folder)
        self.include_restricted = QCheckBox(self.tr("Include restricted entries"))
        self.redact = QCheckBox(
            self.tr(
                "Redact personal identifiers (passport and ID numbers, phones, e-mails, "
                "dates of birth); leaves restricted entries out"
            )
        )
        self.redact.setAccessibleName(self.tr("Redact"))
        self.redact.toggled.connect(self._redact_toggled)
        self.mask_names = QCheckBox(
            self.tr("Mask names too (the case's people and their families, native script included)")
        )
        self.mask_names.setAccessibleName(self.tr("Mask names"))
        self.mask_names.setEnabled(False)
        dates = self._build_date_row()
        self.scope = QLabel()
        self.scope.setWordWrap(True)
        self.scope.setProperty("role", "hint")
        shown = ", ".join(t.label.lower() for t in types) if len(types) < len(EventType) else self.tr("every type")
        self.scope.setText(
            self.tr(
                "Exports the event types shown now ({types}). Dates are whole days in the case's time zone."
            ).format(types=shown)
        )
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("File"), path_row)
        form.addRow("", self.include_restricted)
        form.addRow("", self.redact)
        form.addRow("", self.mask_names)
        form.addRow(self.tr("Dates"), dates)
        form.addRow("", self.scope)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setProperty("role", "field-error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.format.setCurrentIndex(timeline_export.FORMATS.index("pdf"))
        self.resize(620, self.sizeHint().height())

    def _build_file_row(self, start_folder: Path) -> QHBoxLayout:
        self.path = QLineEdit(str(start_folder / f"{self.reference}-timeline.pdf"))
        self.path.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        return path_row

    def _build_date_row(self) -> QHBoxLayout:
        """From/To days, each used only while its box is ticked."""
        self.use_start = QCheckBox(self.tr("From"))
        self.start = DateField(self.tr("From date"), field="start")
        self.start.set_value(self.today - timedelta(days=30))
        self.use_end = QCheckBox(self.tr("To"))
        self.end = DateField(self.tr("To date"), field="end")
        self.end.set_value(self.today)
        for box, edit in ((self.use_start, self.start), (self.use_end, self.end)):
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(lambda _on: self._clear_error())
            edit.dateChanged.connect(lambda _day: self._clear_error())
        dates = QHBoxLayout()
        for widget in (self.use_start, self.start, self.use_end, self.end):
            dates.addWidget(widget)
        dates.addStretch(1)
        return dates

    def _format_changed(self) -> None:
        fmt = self.format.currentData()
        path = Path(self.path.text().strip() or f"{self.reference}-timeline")
        self.path.setText(str(path.with_suffix(timeline_export.SUFFIXES[fmt])))

    def _redact_toggled(self, on: bool) -> None:
        if on:
            self.include_restricted.setChecked(False)
        self.include_restricted.setEnabled(not on)
        self.mask_names.setEnabled(on)
        if not on:
            self.mask_names.setChecked(False)

    def _browse(self) -> None:
        fmt = self.format.currentData()
        suffix = timeline_export.SUFFIXES[fmt]
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export timeline as"), self.path.text(), f"{timeline_export.describe(fmt)} (*{suffix})"
        )
        if path:
            self.path.setText(path if path.endswith(suffix) else path + suffix)

    def _clear_error(self) -> None:
        if self.error.isVisible():
            self.error.hide()

    def problems(self) -> list[str]:
        """Every reason the dialog cannot export as filled in, at once (a date that is not a
        date is refused with its reason, never rewritten); outlines the dates concerned."""
        found = []
        if not self.path.text().strip():
            found.append(self.tr("Choose a file to write."))
        for box, edit, name in ((self.use_start, self.start, self.tr("From")), (self.use_end, self.end, self.tr("To"))):
            problem = edit.show_problem() if box.isChecked() else None
            if problem:
                found.append(self.tr("{field}: {problem}").format(field=name, problem=problem))
        start, end = self.values()["start"], self.values()["end"]
        if start is not None and end is not None and start > end:
            found.append(self.tr("The first day is after the last day."))
        return found

    def _accept(self) -> None:
        found = self.problems()
        if found:
            self.error.setText("\n".join(found))
            self.error.show()
            return
        self.accept()

    def values(self) -> dict:
        def day(box, edit) -> date | None:
            return edit.value_or_none() if box.isChecked() else None

        return {
            "fmt": self.format.currentData(),
            "path": Path(self.path.text().strip()).expanduser(),
            "include_restricted": self.include_restricted.isChecked() and not self.redact.isChecked(),
            "redact": self.redact.isChecked(),
            "mask_names": self.redact.isChecked() and self.mask_names.isChecked(),
            "start": day(self.use_start, self.start),
            "end": day(self.use_end, self.end),
            "types": list(self.types),
        }
