"""The Reports screen: choose a report, a period, a post and a country; the figures are
computed in the background (``ops.query``, with progress) and shown as a summary line,
charts (:class:`consular.gui.chart_widget.ChartWidget`, the same drawing as the PDF) and one
table per part of the report; PDF, XLSX and CSV buttons export it (``ops.write``: audited,
0600, marking and audit chain head in the file).

A window of its own (View ▸ Reports, Alt+3, the toolbar), so a report stays beside the case
tabs while one works in them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consular.gui import ops
from consular.gui.chart_widget import ChartWidget
from consular.gui.icons import icon
from consular.gui.table_models import RIGHT, Column, ColumnsModel, RawSortProxy, SortHeader
from consular.gui.text import number_text
from consular.reports.charts import SparkTable
from consular.reports.report_data import DAYS, INT, PCT, Report, ReportTable, cell_text
from consular.services import reports
from consular.services.context import ServiceContext

_NUMERIC = (INT, DAYS, PCT)
EXPORTS = (("pdf", "PDF"), ("xlsx", "XLSX"), ("csv", "CSV"))


class ReportTableModel(ColumnsModel):
    """One table of a report: rows are tuples, columns declared from the report's columns."""

    def __init__(self, table: ReportTable, parent=None):
        super().__init__(parent)
        self.table = table
        self.COLUMNS = tuple(self._column(i, c) for i, c in enumerate(table.columns))
        self._rows = list(table.rows)

    @staticmethod
    def _column(i: int, column) -> Column:
        def sort_value(row, _model):
            value = row[i]
            return value if value is None or isinstance(value, (int, float)) else str(value)

        return Column(
            column.header,
            lambda row, _model: cell_text(row[i], column.kind),
            sort_value=sort_value,
            alignment=RIGHT if column.kind in _NUMERIC else None,
        )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportsScreen(QWidget):
    """Reports across cases; ``report_shown`` fires once a report's figures are on screen."""

    report_shown = Signal(str)
    exported = Signal(str)

    def __init__(self, ctx: ServiceContext, posts=(), parent=None):
        super().__init__(parent, Qt.Window)
        self.setObjectName("reports_screen")
        self.setWindowTitle(self.tr("Reports — consular"))
        self.setAccessibleName(self.tr("Reports"))
        self.ctx = ctx
        self.report: Report | None = None
        self.shown_selection: tuple[str, dict] | None = None  # what the report on screen was computed for
        self.loading = False
        self.path_chooser: Callable[[str, str], str | None] = self._ask_path
        self._build(posts)
        self.resize(1280, 800)

    # --- layout -------------------------------------------------------------------------

    def _build(self, posts) -> None:
        self.name_box = QComboBox()
        self.name_box.setObjectName("report_name")
        self.name_box.setAccessibleName(self.tr("Report"))
        self.name_box.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        for name, (title, what, _period) in reports.REPORTS.items():
            self.name_box.addItem(QCoreApplication.translate("services.reports", title), name)
            self.name_box.setItemData(self.name_box.count() - 1, what, Qt.ToolTipRole)
        today = self.ctx.now().astimezone(UTC).date()
        first, last = reports.default_period(today)
        self.start_edit = self._date_edit("report_from", self.tr("From"), first)
        self.end_edit = self._date_edit("report_to", self.tr("To"), last)
        self.post_box = QComboBox()
        self.post_box.setObjectName("report_post")
        self.post_box.setAccessibleName(self.tr("Post"))
        self.post_box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.post_box.setMinimumContentsLength(14)
        self.post_box.addItem(self.tr("All posts"), None)
        for post in posts:
            self.post_box.addItem(f"{post.code} — {post.name}", post.code)
        self.country_edit = QLineEdit()
        self.country_edit.setObjectName("report_country")
        self.country_edit.setAccessibleName(self.tr("Country"))
        self.country_edit.setPlaceholderText(self.tr("All (or ML, NG…)"))
        self.country_edit.setMaxLength(2)
        self.country_edit.setFixedWidth(110)
        self.run_button = QPushButton(icon("refresh"), self.tr("Show"))
        self.run_button.setObjectName("report_run")
        self.run_button.setDefault(True)
        self.run_button.setToolTip(self.tr("Compute the report for this selection"))
        self.run_button.clicked.connect(self.run)
        self.export_buttons: dict[str, QPushButton] = {}
        controls = QHBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("&Report"), self.name_box)
        controls.addLayout(form, 2)
        for label, widget in ((self.tr("&From"), self.start_edit), (self.tr("&To"), self.end_edit)):
            controls.addWidget(_buddy(label, widget))
            controls.addWidget(widget)
        controls.addWidget(_buddy(self.tr("&Post"), self.post_box))
        controls.addWidget(self.post_box, 1)
        controls.addWidget(_buddy(self.tr("C&ountry"), self.country_edit))
        controls.addWidget(self.country_edit)
        controls.addWidget(self.run_button)
        exports = QHBoxLayout()
        exports.addWidget(QLabel(self.tr("Export:")))
        for fmt, text in EXPORTS:
            button = QPushButton(icon("export"), text)
            button.setObjectName(f"report_export_{fmt}")
            button.setToolTip(
                self.tr("Export this report as {format} (recorded in the audit trail)").format(format=text)
            )
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, f=fmt: self.export(f))
            self.export_buttons[fmt] = button
            exports.addWidget(button)

        self.about = QLabel()
        self.about.setObjectName("report_about")
        self.about.setWordWrap(True)
        self.summary = QLabel(self.tr("Choose a report and press Show."))
        self.summary.setObjectName("report_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.chart_area = QWidget()
        self.chart_area.setObjectName("report_charts")
        self.chart_grid = QGridLayout(self.chart_area)
        self.chart_grid.setContentsMargins(0, 0, 0, 0)
        self.chart_grid.setColumnStretch(0, 1)
        self.chart_grid.setColumnStretch(1, 1)
        chart_scroll = QScrollArea()
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setWidget(self.chart_area)
        chart_scroll.setFrameShape(QScrollArea.NoFrame)
        chart_scroll.setMinimumHeight(240)  # a whole bar chart, whatever the window's height
        self.tables = QTabWidget()
        self.tables.setObjectName("report_tables")
        self.tables.setDocumentMode(True)
        split = QSplitter(Qt.Vertical)
        split.addWidget(chart_scroll)
        split.addWidget(self.tables)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.notes = QLabel()
        self.notes.setObjectName("report_notes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: palette(mid);")

        column = QVBoxLayout(self)
        column.addLayout(controls)
        about_row = QHBoxLayout()
        about_row.addWidget(self.about, 1)
        about_row.addLayout(exports)
        column.addLayout(about_row)
        column.addWidget(self.summary)
        column.addWidget(split, 1)
        column.addWidget(self.notes)
        self.name_box.currentIndexChanged.connect(self._name_changed)
        self._name_changed()

    def _date_edit(self, name: str, label: str, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _name_changed(self) -> None:
        name = self.name_box.currentData()
        title, what, uses_period = reports.REPORTS[name]
        self.start_edit.setEnabled(uses_period)
        self.end_edit.setEnabled(uses_period)
        if uses_period:
            about = self.tr("<b>{title}</b>: {what}.")
        else:
            about = self.tr("<b>{title}</b>: {what}. As of now: the period does not apply.")
        self.about.setText(
            about.format(
                title=QCoreApplication.translate("services.reports", title),
                what=QCoreApplication.translate("services.reports", what),
            )
        )

    # --- behaviour -----------------------------------------------------------------------

    def selection(self) -> dict:
        return {
            "start": _pydate(self.start_edit.date()),
            "end": _pydate(self.end_edit.date()),
            "post": self.post_box.currentData(),
            "country": self.country_edit.text().strip() or None,
        }

    def select(self, name: str, **values) -> None:
        """Choose report ``name`` and, optionally, start/end (dates), post, country."""
        self.name_box.setCurrentIndex(self.name_box.findData(name))
        if values.get("start"):
            self.start_edit.setDate(_qdate(values["start"]))
        if values.get("end"):
            self.end_edit.setDate(_qdate(values["end"]))
        if "post" in values:
            self.post_box.setCurrentIndex(max(0, self.post_box.findData(values["post"])))
        if "country" in values:
            self.country_edit.setText(values["country"] or "")

    def run(self) -> None:
        if self.loading:
            return
        ctx, name, chosen = self.ctx, self.name_box.currentData(), self.selection()
        self.loading = True
        self.run_button.setEnabled(False)
        self.summary.setText(self.tr("Computing…"))

        def work(progress):
            return reports.run_report(ctx, name, progress=progress, **chosen)

        def finished() -> None:
            self.loading = False
            self.run_button.setEnabled(True)

        def failed(exc: BaseException) -> None:
            from consular.domain.errors import UserError

            self.summary.setText(
                exc.message if isinstance(exc, UserError) else self.tr("The report could not be computed.")
            )
            if not isinstance(exc, UserError):
                from consular.gui.errors import show_error

                show_error(self, exc)

        def done(report: Report) -> None:
            self.shown_selection = (name, chosen)
            self.show_report(report)

        ops.query(
            self,
            work,
            on_done=done,
            on_error=failed,
            on_finished=finished,
            with_progress=True,
            label=self.tr("Computing the report…"),
        )

    def show_report(self, report: Report) -> None:
        self.report = report
        figures = " · ".join(f"{label}: <b>{value}</b>" for label, value in report.summary)
        marking = f'<span style="color:#b00020"><b>{report.marking}</b></span>'
        self.summary.setText(" · ".join((marking, report.scope.describe(), figures)))
        while self.chart_grid.count():
            item = self.chart_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        # Bar charts two to a row; a spark table (one row per country) across the width.
        row = col = 0
        for chart in report.charts:
            widget = ChartWidget(chart, self.chart_area)
            if isinstance(chart, SparkTable):
                row, col = (row + 1, 0) if col else (row, 0)
                self.chart_grid.addWidget(widget, row, 0, 1, 2)
                row += 1
                continue
            self.chart_grid.addWidget(widget, row, col)
            row, col = (row + 1, 0) if col else (row, 1)
        current = self.tables.currentIndex()
        self.tables.clear()
        for table in report.tables:
            self.tables.addTab(
                self._table_view(table),
                self.tr("{title} ({count})").format(title=table.title, count=number_text(len(table.rows))),
            )
        self.tables.setCurrentIndex(max(0, min(current, self.tables.count() - 1)))
        self.notes.setText(
            " ".join(report.notes) + "  " + self.tr("Audit chain head {head}.").format(head=report.chain_head)
        )
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self.report_shown.emit(report.name)

    def _table_view(self, table: ReportTable) -> QTableView:
        view = QTableView()
        view.setObjectName(f"report_table_{table.key}")
        view.setAccessibleName(table.title)
        model = ReportTableModel(table, view)
        proxy = RawSortProxy(view)
        proxy.setSourceModel(model)
        view.setHorizontalHeader(SortHeader(view))
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.resizeColumnsToContents()
        return view

    def charts(self) -> list[ChartWidget]:
        return [self.chart_grid.itemAt(i).widget() for i in range(self.chart_grid.count())]  # in the order added

    def table_views(self) -> list[QTableView]:
        return [self.tables.widget(i) for i in range(self.tables.count())]

    def _ask_path(self, fmt: str, suggested: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the report as {format}").format(format=fmt.upper()),
            suggested,
            f"{fmt.upper()} (*.{fmt})",  # i18n: a file type
        )
        return path or None

    def export(self, fmt: str) -> None:
        if self.report is None or self.shown_selection is None:
            return
        report = self.report
        suggested = f"{report.name}-{report.generated_at:%Y%m%d}.{fmt}"
        path = self.path_chooser(fmt, suggested)
        if not path:
            return
        # The export is of the report on screen: its selection, not what the fields say now.
        ctx, (name, chosen) = self.ctx, self.shown_selection

        def done(_written) -> None:
            self.notes.setText(self.tr("Exported to {path}.").format(path=path) + " " + self.notes.text())
            self.exported.emit(str(path))

        ops.write(
            self,
            lambda: reports.export_report(ctx, name, fmt, path, **chosen),
            on_done=done,
            label=self.tr("Writing the {format} file…").format(format=fmt.upper()),
        )


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


__all__ = ["ReportTableModel", "ReportsScreen"]
