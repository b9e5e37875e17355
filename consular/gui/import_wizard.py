"""File › Import…: pick a file → preview → map columns (saved) → dry run (created / matched /
refused, with reasons) → import in the background with progress → summary, with undo.

The state lives in :class:`consular.gui.forms.import_form.ImportForm`; the services do the
work (reading the file, the dry run, the run, the undo), off the GUI thread through ops."""

from __future__ import annotations

import collections

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from consular.gui import ops
from consular.gui.forms.import_form import NOT_MAPPED, ImportForm
from consular.gui.table_models import Column, RawSortProxy, RecordTableModel
from consular.i18n import QT_TRANSLATE_NOOP
from consular.services import importing
from consular.services.importing import mapping as maps
from consular.services.importing.reading import read_table

KIND_LABELS = {
    "cases": QT_TRANSLATE_NOOP("import_wizard", "Cases"),
    "people": QT_TRANSLATE_NOOP("import_wizard", "People in cases"),
    "contacts": QT_TRANSLATE_NOOP("import_wizard", "Contacts (the contact log)"),
}
STATUS_LABELS = {
    "created": QT_TRANSLATE_NOOP("import_wizard", "created"),
    "matched": QT_TRANSLATE_NOOP("import_wizard", "matched"),
    "refused": QT_TRANSLATE_NOOP("import_wizard", "refused"),
}
translate = QCoreApplication.translate


def _status(status: str) -> str:
    label = STATUS_LABELS.get(status)
    return translate("import_wizard", label) if label else status


class OutcomeTableModel(RecordTableModel):
    """The dry run's (or the import's) report, one row of the file per row."""

    TR_CONTEXT = "OutcomeTableModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("OutcomeTableModel", "Row"),
            lambda o, _: str(o.row_number),
            lambda o, _: o.row_number,
            width_em=4,
        ),
        Column(
            QT_TRANSLATE_NOOP("OutcomeTableModel", "Result"),
            lambda o, _: _status(o.status),
            lambda o, _: o.status,
            width_em=7,
        ),
        Column(
            QT_TRANSLATE_NOOP("OutcomeTableModel", "Record"), lambda o, _: o.record, lambda o, _: o.record, width_em=22
        ),
        Column(
            QT_TRANSLATE_NOOP("OutcomeTableModel", "Detail"),
            lambda o, _: _detail(o),
            lambda o, _: _detail(o),
            tooltip=lambda o, _: _detail(o),
            stretch=True,
        ),
    )
    COL_ROW, COL_RESULT, COL_RECORD, COL_DETAIL = range(len(COLUMNS))


def _detail(outcome) -> str:
    text = f"{outcome.field}: {outcome.detail}" if outcome.status == "refused" and outcome.field else outcome.detail
    assumed = [translate("import_wizard", "assumed {what}").format(what=a) for a in outcome.assumed]
    return "; ".join(filter(None, [text, *assumed]))


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "A .csv (any separator, UTF-8 or Windows-1252) or .xlsx file; title rows above the header are skipped."
            )
        )
        self.kind = QComboBox(objectName="import_kind")
        for key, label in KIND_LABELS.items():
            self.kind.addItem(translate("import_wizard", label), key)
        self.kind.setCurrentIndex(list(KIND_LABELS).index(wizard.form.kind))
        self.path = QLineEdit(objectName="import_path")
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("Browse…"), objectName="import_browse")
        browse.clicked.connect(self.browse)
        self.status = QLabel(objectName="import_file_status")
        self.status.setWordWrap(True)
        self.preview = QTableWidget(objectName="import_preview")
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Import"), self.kind)
        form.addRow(self.tr("File"), row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import from"), "", self.tr("Spreadsheets (*.csv *.xlsx *.txt *.tsv)")
        )
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        """Read ``path`` in the background and show its first rows."""
        self.wizard_.form.path = path
        self.path.setText(path)
        self.status.setText(self.tr("Reading…"))
        ops.query(self, lambda: read_table(path), self._read, on_error=self._failed, label=self.tr("Reading the file…"))

    def _read(self, table) -> None:
        form = self.wizard_.form
        form.use_table(table)
        notes = " ".join(table.notes)
        self.status.setText(
            self.tr("%n row(s); read as {how}. {notes}", "", len(table.rows))
            .format(how=table.described, notes=notes)
            .strip()
        )
        rows = form.preview()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setHorizontalHeaderLabels(table.headers)
        self.preview.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.completeChanged.emit()

    def _failed(self, exc) -> None:
        self.wizard_.form.table = None
        self.status.setText(str(exc))
        self.preview.setRowCount(0)
        self.completeChanged.emit()

    def _kind_changed(self) -> None:
        form = self.wizard_.form
        form.kind = self.kind.currentData()
        if form.table is not None:
            form.use_table(form.table)

    def isComplete(self) -> bool:
        return self.wizard_.form.table is not None


class MapPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Match the columns to fields"))
        self.setSubTitle(
            self.tr("Suggested from the header names (or the mapping you used last time); saved for next time.")
        )
        self.body = QWidget()
        self.grid = QFormLayout(self.body)
        self.boxes: dict[str, QComboBox] = {}
        self.date_order = QComboBox(objectName="import_date_order")
        for label, value in (
            (self.tr("Refuse dates like 03/04/2025"), None),
            (self.tr("day/month/year"), "dmy"),
            (self.tr("month/day/year"), "mdy"),
        ):
            self.date_order.addItem(label, value)
        self.country = QLineEdit(objectName="import_default_country")
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(self.tr("the case's country"))
        self.problem = QLabel(objectName="import_map_problem")
        self.problem.setWordWrap(True)
        options = QFormLayout()
        options.addRow(self.tr("Dates like 03/04/2025"), self.date_order)
        options.addRow(self.tr("Phones without +CC are from"), self.country)
        # Up to twenty fields: they scroll, so the page fits a 1280×720 screen.
        scroll = QScrollArea(objectName="import_map_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll, 2)
        right = QVBoxLayout()
        right.addLayout(options)
        right.addWidget(self.problem)
        right.addStretch(1)
        layout.addLayout(right, 1)
        self.date_order.currentIndexChanged.connect(self._options_changed)
        self.country.textChanged.connect(self._options_changed)

    def initializePage(self) -> None:
        form = self.wizard_.form
        while self.grid.rowCount():
            self.grid.removeRow(0)
        self.boxes = {}
        for spec in form.fields():
            box = QComboBox(objectName=f"map_{spec.name}")
            box.addItem(self.tr("(not in the file)"), NOT_MAPPED)
            for header in form.headers:
                box.addItem(header, header)
            box.setCurrentIndex(max(0, box.findData(form.columns.get(spec.name, NOT_MAPPED))))
            box.currentIndexChanged.connect(lambda _i, name=spec.name, b=box: self._column_changed(name, b))
            self.grid.addRow(spec.label + (" *" if spec.required else ""), box)
            self.boxes[spec.name] = box
        self.date_order.setCurrentIndex(max(0, self.date_order.findData(form.date_order)))
        self.country.setText(form.default_country or "")
        self._refresh()

    def _column_changed(self, name: str, box: QComboBox) -> None:
        self.wizard_.form.set_column(name, box.currentData())
        for other, other_box in self.boxes.items():
            wanted = self.wizard_.form.columns.get(other, NOT_MAPPED)
            if other_box.currentData() != wanted:
                other_box.blockSignals(True)
                other_box.setCurrentIndex(max(0, other_box.findData(wanted)))
                other_box.blockSignals(False)
        self._refresh()

    def _options_changed(self) -> None:
        self.wizard_.form.date_order = self.date_order.currentData()
        self.wizard_.form.default_country = self.country.text()
        self._refresh()

    def _refresh(self) -> None:
        self.problem.setText(self.wizard_.form.problem() or "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wizard_.form.problem() is None

    def validatePage(self) -> bool:
        self.wizard_.form.save_mapping()
        return True


class ReportPage(QWizardPage):
    """The dry run (``real=False``) or the import itself, with its report."""

    def __init__(self, wizard: ImportWizard, *, real: bool):
        super().__init__()
        self.wizard_, self.real = wizard, real
        self.setTitle(self.tr("Import") if real else self.tr("Dry run"))
        self.setSubTitle(
            self.tr("The file is imported as one action; undo it below if it was the wrong file.")
            if real
            else self.tr("What importing would do, row by row. Nothing has been written.")
        )
        self.summary = QLabel(objectName="import_summary" if real else "dry_run_summary")
        self.summary.setWordWrap(True)
        self.model = OutcomeTableModel(None, self)
        proxy = RawSortProxy(self)
        proxy.setSourceModel(self.model)
        self.view = QTableView(objectName="import_report" if real else "dry_run_report")
        self.view.setModel(proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(OutcomeTableModel.COL_ROW, Qt.SortOrder.AscendingOrder)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.report = None
        self._phases: collections.deque[str] = collections.deque()
        self.undo_reason = QLineEdit(objectName="undo_reason")
        self.undo_reason.setPlaceholderText(self.tr("Why undo (required)"))
        self.undo_button = QPushButton(self.tr("Undo this import"), objectName="undo_import")
        self.undo_button.clicked.connect(self.undo)
        if real:
            row = QHBoxLayout()
            row.addWidget(self.undo_reason, 1)
            row.addWidget(self.undo_button)
            layout.addLayout(row)
            self.undo_reason.setEnabled(False)
            self.undo_button.setEnabled(False)

    def initializePage(self) -> None:
        form, ctx = self.wizard_.form, self.wizard_.ctx
        self.report = None
        self.model.set_rows([])
        self.summary.setText(self.tr("Importing…") if self.real else self.tr("Checking every row…"))
        mapping, path = form.mapping(), form.path
        run = importing.run_import if self.real else importing.dry_run
        call = ops.write if self.real else ops.query
        # Each report's text ("Checking row 5 of 80…"), in order: every report reaches
        # _progressed as one queued signal, so the GUI shows each text with its own report
        # (not the worker's latest, which may already be the next phase). deque: thread-safe.
        phases = self._phases = collections.deque()

        def work(progress):
            def report(done: int, total: int, text: str = "") -> None:
                phases.append(text)
                progress(done, total, text)

            return run(ctx, path, mapping, progress=report)

        call(
            self,
            work,
            self._done,
            on_error=self._failed,
            label=self.tr("Importing…") if self.real else self.tr("Checking the rows…"),
            with_progress=True,
            on_progress=self._progressed,
        )

    def _progressed(self, _done: int, _total: int) -> None:
        """The summary says which phase the work is in (the rows checked, then written) until
        the report replaces it."""
        text = self._phases.popleft() if self._phases else ""
        if self.report is None and text:
            self.summary.setText(text)

    def _done(self, report) -> None:
        self.report = report
        self.model.set_rows(report.outcomes)
        for column in (OutcomeTableModel.COL_ROW, OutcomeTableModel.COL_RESULT, OutcomeTableModel.COL_RECORD):
            self.view.resizeColumnToContents(column)
        self.view.resizeRowsToContents()  # the detail wraps: a refusal's reason is read whole
        text = report.summary()
        if report.notes:
            text += " " + " ".join(report.notes)
        if not self.real and report.refused:
            text += " " + self.tr("Correct the file or the mapping (Back) before importing.")
        if self.real:
            text += " " + self.tr("Recorded as import #{batch}.").format(batch=report.batch_id)
            self.wizard_.changed.emit()
            self.undo_reason.setEnabled(True)
            self.undo_button.setEnabled(True)
        self.summary.setText(text)
        self.completeChanged.emit()

    def _failed(self, exc) -> None:
        report = getattr(exc, "report", None)
        if report is not None:
            self.model.set_rows(report.outcomes)
        self.summary.setText(str(exc))
        self.completeChanged.emit()

    def undo(self) -> None:
        if self.report is None or self.report.batch_id is None:
            return
        ctx, batch, reason = self.wizard_.ctx, self.report.batch_id, self.undo_reason.text()
        ops.write(
            self,
            lambda: importing.undo_import(ctx, batch, reason=reason),
            self._undone,
            on_error=lambda exc: self.summary.setText(str(exc)),
            label=self.tr("Undoing the import…"),
        )

    def _undone(self, result) -> None:
        self.summary.setText(result.summary())
        self.wizard_.changed.emit()
        self.undo_button.setEnabled(False)
        self.undo_reason.setEnabled(False)

    def isComplete(self) -> bool:
        return self.report is not None and (self.real or not self.report.refused)


class ImportWizard(QWizard):
    #: Records were imported or an import undone: open lists should reload.
    changed = Signal()

    def __init__(self, ctx, parent=None, *, kind: str = "people"):
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import"))
        self.ctx = ctx
        self.form = ImportForm(kind=maps.check_kind(kind))
        self.file_page = FilePage(self)
        self.map_page = MapPage(self)
        self.dry_page = ReportPage(self, real=False)
        self.run_page = ReportPage(self, real=True)
        for page in (self.file_page, self.map_page, self.dry_page, self.run_page):
            self.addPage(page)
        # Once imported there is no going back to re-run it: undo is on the last page.
        self.dry_page.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        # As big as useful, never bigger than the screen it opens on (1280×720 included).
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1100, int(screen.width() * 0.9)), min(720, int(screen.height() * 0.88)))


def open_import_wizard(window) -> None:
    """File › Import… on the main window."""
    if window.ctx is None:
        return
    wizard = ImportWizard(window.ctx, window)
    wizard.changed.connect(window.refresh)
    wizard.show()
