"""The Timeline tab: the chronology above the list and the detail of the selected event,
the type toggles, restricted switch and text filter, and the exports."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from consular.domain.enums import CaseKind
from consular.domain.timeline import DETENTION_TYPES, TYPE_COLOURS, EventType, Timeline, TimelineEvent
from consular.domain.timeutil import in_zone
from consular.gui import ops
from consular.gui.heap import release_free_memory
from consular.gui.icons import icon
from consular.gui.ops import alive
from consular.gui.text import number_text
from consular.gui.timeline.chronology import ChronologyView
from consular.gui.timeline.detail import event_html
from consular.gui.timeline.event_types import TYPE_ICONS
from consular.gui.timeline.export_dialog import ExportDialog
from consular.gui.timeline.export_progress import ExportProgress
from consular.gui.timeline.model import TimelineSortProxy, TimelineTableModel
from consular.services import timeline as timeline_service

log = logging.getLogger(__name__)

_SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect
    | QItemSelectionModel.SelectionFlag.Rows
    | QItemSelectionModel.SelectionFlag.Current
)


def source_target(event: TimelineEvent) -> tuple[str, int]:
    """Which record double-clicking an event opens: for a hostage status change, the person."""
    if event.source.entity == "hostage_status" and event.person_ids:
        return "person", event.person_ids[0]
    return event.source.entity, event.source.id


#: Types shown as icon-only toggles (the rarer ones): the row of toggles fits 1280 pixels.
COMPACT_TYPES = DETENTION_TYPES | {
    EventType.REPATRIATION,
    EventType.FAMILY_UPDATE,
    EventType.CASE_LINK,
    EventType.OFFICER_CHANGE,
}


class TimelineTab(QWidget):
    """The Timeline tab: chronology, list, detail, filters and export."""

    open_source = Signal(str, int)
    loaded = Signal(int)  # number of events loaded
    export_finished = Signal(object)  # the Timeline written, or None when it failed/cancelled

    def __init__(self, ctx, reference: str, parent: QWidget | None = None, *, autoload: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        self.reference = reference
        self.timeline: Timeline | None = None
        self.events: list[TimelineEvent] = []  # what is shown, after the filters
        self._user_zone: str | None = None  # set: times in the user's zone ("my time")
        self._syncing = False
        self._export_op: ops.Op | None = None
        self._export_progress: ExportProgress | None = None
        self._export_settled = False
        self._requested = False  # refresh() has been called: the tab holds (or loads) the timeline
        self._load_pending = False  # load_when_shown(): load at the first show
        self._build()
        if autoload:
            self.refresh()

    # --- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        types_row = self._build_type_buttons()
        tools = self._build_tools()
        self._build_chronology()
        self._build_table()
        self._build_detail()
        self._build_splitter()
        layout = QVBoxLayout(self)
        layout.addLayout(types_row)
        layout.addLayout(tools)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

    def _build_type_buttons(self) -> QHBoxLayout:
        """One toggle per event type, underlined in the type's colour while shown."""
        self.type_buttons: dict[EventType, QToolButton] = {}
        types_row = QHBoxLayout()
        types_row.setSpacing(2)
        for event_type in EventType:
            button = QToolButton()
            button.setCheckable(True)
            button.setChecked(True)
            button.setIcon(icon(TYPE_ICONS[event_type]))
            button.setText(event_type.label)
            button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
            button.setAccessibleName(self.tr("Show {type}").format(type=event_type.label.lower()))
            button.setToolTip(self.tr("Show or hide {type} events").format(type=event_type.label.lower()))
            button.setStyleSheet(f"QToolButton:checked {{ border-bottom: 3px solid {TYPE_COLOURS[event_type]}; }}")
            button.toggled.connect(self.apply_filters)
            self.type_buttons[event_type] = button
            types_row.addWidget(button)
            if event_type in COMPACT_TYPES:
                # As icons with their names in the tooltip, so the row still fits a
                # 1280-pixel screen; the detention ones only for a wrongful-detention case.
                button.setToolButtonStyle(Qt.ToolButtonIconOnly)
                button.setToolTip(self.tr("{type}: show or hide these events").format(type=event_type.label))
                if event_type in DETENTION_TYPES:
                    # Hidden until set_timeline knows the case's kind. Never setVisible(True)
                    # here: the button has no parent yet and would open as a window of its own.
                    button.setVisible(False)
        types_row.addStretch(1)
        return types_row

    def _build_tools(self) -> QHBoxLayout:
        """The filter row (restricted switch, text filter), zoom, export and its progress; and
        the status line (laid out under the splitter)."""
        self.show_restricted = QCheckBox(self.tr("Restricted"))
        self.show_restricted.setChecked(True)
        self.show_restricted.setToolTip(self.tr("Show restricted entries (marked in red)"))
        self.show_restricted.toggled.connect(self.apply_filters)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name or text…"))
        self.search.setAccessibleName(self.tr("Filter events"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filters)
        self.zoom_out_button = self._tool("−", self.tr("Zoom out (−, Ctrl+wheel)"))
        self.zoom_in_button = self._tool("+", self.tr("Zoom in (+, Ctrl+wheel)"))
        self.fit_button = self._tool(self.tr("Whole case"), self.tr("Show the whole case"))
        self.today_button = self._tool(self.tr("Today"), self.tr("Go to today"))
        self.zoom_label = QLabel()
        self.zoom_label.setProperty("role", "hint")
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.tr("000 months shown")) + 8)
        self.export_button = QPushButton(icon("export"), self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export timeline"))
        self.export_button.clicked.connect(self.choose_export)
        self.refresh_button = self._tool("", self.tr("Reload the timeline"))
        self.refresh_button.setIcon(icon("refresh"))
        self.refresh_button.setAccessibleName(self.tr("Reload timeline"))
        self.refresh_button.clicked.connect(self.refresh)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel export"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_export)
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)

        tools = QHBoxLayout()
        tools.addWidget(self.show_restricted)
        tools.addWidget(self.search, 1)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.today_button, self.zoom_label):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.progress)
        tools.addWidget(self.cancel_button)
        tools.addWidget(self.refresh_button)
        tools.addWidget(self.export_button)
        return tools

    def _build_chronology(self) -> None:
        self.chronology = ChronologyView()
        self.chronology.current_changed.connect(self._chronology_selected)
        self.chronology.activated.connect(self._chronology_activated)
        self.chronology.zoom_changed.connect(self._zoom_changed)
        self.zoom_out_button.clicked.connect(lambda: self.chronology.zoom_out())
        self.zoom_in_button.clicked.connect(lambda: self.chronology.zoom_in())
        self.fit_button.clicked.connect(self.chronology.fit)
        self.today_button.clicked.connect(self.chronology.go_today)

    def _build_table(self) -> None:
        self.model = TimelineTableModel(self)
        self.proxy = TimelineSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Timeline events"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(TimelineTableModel.COL_WHEN, Qt.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        for col, width in ((0, 130), (1, 140), (2, 420), (3, 200), (4, 130), (5, 80)):
            # At least the header's own width: "Date (heure du dossier)" is longer than "When (case time)".
            self.table.setColumnWidth(col, max(width, header.sectionSizeHint(col)))
        header.setSectionResizeMode(TimelineTableModel.COL_TITLE, QHeaderView.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._table_selected)
        self.table.doubleClicked.connect(self._table_activated)
        self.table.installEventFilter(self)

    def _build_detail(self) -> None:
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Event detail"))
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(lambda _url: self.open_current())
        self.detail.setPlaceholderText(self.tr("Select an event to read it here."))

    def _build_splitter(self) -> None:
        """The chronology above, the list and the detail side by side below."""
        lower = QSplitter(Qt.Horizontal)
        lower.addWidget(self.table)
        lower.addWidget(self.detail)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 1)
        lower.setSizes([900, 380])
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.addWidget(self.chronology)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

    def _tool(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        return button

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.table
            and event.type() == event.Type.KeyPress
            and event.key() in (Qt.Key_Return, Qt.Key_Enter)
        ):
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    # --- loading and filtering -------------------------------------------------------

    def load_when_shown(self) -> None:
        """Load now if the tab is shown, else the first time it is: a long case's timeline
        (20,000 events, ~45 MB resident) costs nothing while nobody opens the tab."""
        if self._requested:
            return
        self._load_pending = True
        if self.isVisible():
            self.refresh()

    def refresh_if_loaded(self) -> None:
        """Reload if the timeline was loaded (or asked for); a tab never shown stays unloaded."""
        if self._requested:
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._load_pending and not self._requested:
            self.refresh()

    def refresh(self) -> None:
        """Reload from the database in the background (restricted included where the reader may
        see it, else as placeholders; filtered here)."""
        self._requested = True
        self._load_pending = False
        self.status.setText(self.tr("Loading the timeline…"))
        ctx, reference = self.ctx, self.reference
        flt = timeline_service.TimelineFilter(include_restricted=True)

        def loaded(timeline: Timeline) -> None:
            if alive(self):
                self.set_timeline(timeline)
                # What building it freed (rows, intermediate strings) back to the system.
                QTimer.singleShot(0, release_free_memory)

        def failed(exc: BaseException) -> None:
            if not alive(self):
                return
            self.status.setText(self.tr("The timeline could not be loaded."))
            from consular.gui.errors import show_error

            show_error(self, exc)

        ops.query(
            self,
            lambda: timeline_service.case_timeline(ctx, reference, flt, restricted_if_allowed=True),
            on_done=loaded,
            on_error=failed,
        )

    def set_timeline(self, timeline: Timeline) -> None:
        first = self.timeline is None
        self.timeline = timeline
        # The case's kind as the service gives it: its label (in the language of the day, or
        # English for stored text) or its value.
        kind = CaseKind.WRONGFUL_DETENTION
        detained = timeline.case.kind in {kind.value, kind.label, getattr(kind, "english_label", kind.label)}
        for event_type in DETENTION_TYPES:
            self.type_buttons[event_type].setVisible(detained)
        self.apply_filters()
        if first:
            # Give the chronology the height its lanes need, the list the rest.
            wanted = self.chronology.sizeHint().height()
            total = sum(self.splitter.sizes()) or self.height()
            self.splitter.setSizes([min(wanted, max(200, total * 3 // 5)), max(150, total - wanted)])
        self.loaded.emit(len(timeline.events))

    def set_time_mode(self, mode: str, user_zone: str | None = None) -> None:
        """Show times in case time (``"case"``) or in ``user_zone`` (``"user"``): the list, the
        chronology's axis and the detail follow; the selection stays where it is."""
        if mode not in ("case", "user"):
            raise ValueError(f"Unknown time mode {mode!r}; use 'case' or 'user'")
        wanted = (user_zone or "UTC") if mode == "user" else None
        if wanted == self._user_zone:
            return
        self._user_zone = wanted
        self.model.set_zone(wanted, self.time_caption)
        self.apply_filters()

    @property
    def time_caption(self) -> str:
        return self.tr("my time") if self._user_zone else self.tr("case time")

    def shown_zone(self) -> str:
        """The zone times are shown in now."""
        if self._user_zone:
            return self._user_zone
        return self.timeline.case.timezone if self.timeline is not None else "UTC"

    def shown_types(self) -> list[EventType]:
        return [t for t, button in self.type_buttons.items() if button.isChecked()]

    def apply_filters(self) -> None:
        if self.timeline is None:
            return
        current = self.current_event()
        types = set(self.shown_types())
        restricted = self.show_restricted.isChecked()
        needle = self.search.text().strip().lower()

        def keep(event: TimelineEvent) -> bool:
            if event.type not in types or (event.restricted and not restricted):
                return False
            if needle:
                haystack = " ".join((event.title, event.detail, " ".join(event.people), event.recorded_by or ""))
                return needle in haystack.lower()
            return True

        self.events = [e for e in self.timeline.events if keep(e)]
        self._syncing = True
        try:
            self.model.set_events(self.events)
            self.chronology.set_events(
                self.events, [t for t in EventType if t in types], self.shown_zone(), self.timeline.case.captivity
            )
        finally:
            self._syncing = False
        total = len(self.timeline.events)
        shown = len(self.events)
        hidden = sum(1 for e in self.timeline.events if e.restricted)
        if shown != total:
            text = self.tr("{shown} of {count} event(s)", "", total)
        else:
            text = self.tr("{count} event(s)", "", total)
        text = text.format(shown=number_text(shown), count=number_text(total))
        if hidden:
            text = self.tr("{events} ({count} restricted)").format(events=text, count=number_text(hidden))
        self.status.setText(
            self.tr("{events}. Times in {caption}, {zone}.").format(
                events=text, caption=self.time_caption, zone=self.shown_zone()
            )
        )
        if current is not None:
            self.select_event(current.id)
        else:
            self._show_detail(None)

    # --- selection -------------------------------------------------------------------

    def current_event(self) -> TimelineEvent | None:
        return self.chronology.event_at(self.chronology.current)

    def select_event(self, event_id: str) -> bool:
        """Select an event in both views (False if it is not shown)."""
        row = self.model.row_of(event_id)
        if row < 0:
            self._show_detail(None)
            return False
        self._select_row(row, from_table=False)
        return True

    def _select_row(self, row: int, *, from_table: bool) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            if not from_table:
                self.model.ensure_fetched(row)
                proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectionModel().setCurrentIndex(proxy_index, _SELECT_ROW)
                self.table.scrollTo(proxy_index, QAbstractItemView.EnsureVisible)
            self.chronology.set_current(row, ensure_visible=True)
            self._show_detail(self.model.event_at(row))
        finally:
            self._syncing = False

    def _chronology_selected(self, index: int) -> None:
        self._select_row(index, from_table=False)

    def _table_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.proxy.mapToSource(current).row()
        self._select_row(row, from_table=True)

    def _chronology_activated(self, index: int) -> None:
        self._select_row(index, from_table=False)
        self.open_current()

    def _table_activated(self, index: QModelIndex) -> None:
        self.open_current()

    def open_current(self) -> None:
        event = self.current_event()
        if event is not None:
            entity, record_id = source_target(event)
            self.open_source.emit(entity, record_id)

    def _show_detail(self, event: TimelineEvent | None) -> None:
        if event is None:
            self.detail.clear()
            return
        self.detail.setHtml(event_html(event, self.model.shown_time(event), self.time_caption))

    def _zoom_changed(self, _spp: float) -> None:
        self.zoom_label.setText(self.chronology.span_text())
        self.zoom_in_button.setEnabled(self.chronology.seconds_per_pixel > ChronologyView.MIN_SPP)
        self.zoom_out_button.setEnabled(self.chronology.seconds_per_pixel < ChronologyView.MAX_SPP)

    # --- export ----------------------------------------------------------------------

    def choose_export(self) -> ExportDialog:
        """Open the export dialog (non-blocking); accepting it starts the export."""
        # Dates are whole days in the case's zone; "today" is the service clock's (demo, --as-of).
        case_zone = self.timeline.case.timezone if self.timeline is not None else "UTC"
        today = in_zone(self.ctx.now(), case_zone).date()
        dialog = ExportDialog(self.reference, Path.home(), self.shown_types(), self, today=today)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.export(**dialog.values()))
        dialog.open()
        return dialog

    def export(
        self,
        fmt: str,
        path: Path,
        *,
        include_restricted: bool = False,
        redact: bool = False,
        start: date | None = None,
        end: date | None = None,
        types: list[EventType] | None = None,
        mask_names: bool = False,
    ) -> ops.Op:
        """Write the timeline in the background, with the progress bar and Cancel."""
        flt = timeline_service.TimelineFilter(
            start=start,
            end=end,
            include_restricted=include_restricted,
            redact=redact,
            mask_names=mask_names,
            types=frozenset(types) if types and len(types) < len(EventType) else frozenset(),
        )
        ctx, reference = self.ctx, self.reference
        self._export_progress = reporter = ExportProgress(fmt)

        def work(progress: ops.Progress):
            # The reporter raises Cancelled within an event or two of Cancel.
            return timeline_service.export_timeline(ctx, reference, fmt, path, flt, progress=reporter.attach(progress))

        def done(timeline: Timeline) -> None:
            if not alive(self):
                return
            self._export_settled = True
            self._export_ended()
            count = len(timeline.events)
            self.status.setText(
                self.tr("Exported {count} event(s) to {path}.", "", count).format(count=number_text(count), path=path)
            )
            self.export_finished.emit(timeline)

        def failed(exc: BaseException) -> None:
            if not alive(self):
                return
            self._export_settled = True
            self._export_ended()
            self.status.setText(self.tr("The export failed; nothing was written."))
            self.export_finished.emit(None)
            from consular.gui.errors import show_error

            show_error(self, exc)

        self.progress.setRange(0, 0)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting to {path}…").format(path=path))
        self._export_settled = False
        self._export_op = ops.write(
            self,
            work,
            on_done=done,
            on_error=failed,
            with_progress=True,
            on_progress=self._export_progressed,
            on_finished=self._op_finished,
        )
        return self._export_op

    def _op_finished(self) -> None:
        # A cancelled op reports neither success nor failure; its callbacks run right after
        # this signal, so look once they have had their turn.
        op = self._export_op
        QTimer.singleShot(0, lambda: self._settle(op))

    def _settle(self, op) -> None:
        if not alive(self) or op is not self._export_op:
            return
        self._export_op = None
        if not self._export_settled:
            self._export_settled = True
            self._export_ended()
            self.status.setText(self.tr("Export cancelled; nothing was written."))
            self.export_finished.emit(None)

    def cancel_export(self) -> None:
        if self._export_op is not None:
            self._export_op.cancel()
            self.cancel_button.setEnabled(False)

    def _export_progressed(self, done: int, total: int) -> None:
        # A report can reach the GUI thread after the export has settled: it must not write
        # "Writing events: 79 of 79" over "Exported 79 events".
        if total > 0 and not self._export_settled:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            if self._export_progress is not None and self._export_op is not None:
                self.status.setText(self._export_progress.text(done, total))

    def _export_ended(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        self.export_button.setEnabled(True)
