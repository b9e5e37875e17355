"""The case list: the view around the case table (case_table.py): search as you type,
filters, count, the context menu."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consular.domain.enums import CaseKind, CaseStatus
from consular.domain.errors import ValidationError
from consular.domain.filters import CaseFilter
from consular.gui import ops, row_menu, settings
from consular.gui.case_list_saved import SavedListMixin
from consular.gui.case_table import (
    COL_PLACE,
    COL_REFERENCE,
    COL_TITLE,
    COL_WHY,
    COLUMNS,
    CaseTableModel,
    SnippetDelegate,
    short_kind,
)
from consular.gui.icons import icon
from consular.gui.saved_filters_panel import SavedFiltersPanel
from consular.gui.table_models import apply_column_sizes, use_sort_header
from consular.gui.text import number_text
from consular.services.views import PostView, UserView

if TYPE_CHECKING:
    from consular.services.context import ServiceContext

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 1000  # cases; "1,000+ match" asks for a narrower search


class CaseListView(SavedListMixin, QWidget):
    """Search box, filters, count and the case table. Emits what the user wants to open."""

    open_requested = Signal(str)
    log_contact_requested = Signal(str)
    brief_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ctx: ServiceContext | None = None
        self._search_token = 0
        self._search_running = False
        self._search_again = False
        self._search_text = ""
        self._search_capped = False
        self.model = CaseTableModel(None, self)

        self._build_filters()

        self.count_label = QLabel("", self)
        self.count_label.setObjectName("case_count")
        self.count_label.setAccessibleName(self.tr("Number of cases"))
        self.count_label.setProperty("role", "muted")
        self.search_message = QLabel("", self)
        self.search_message.setAccessibleName(self.tr("Search message"))
        self.search_message.setProperty("overdue", True)
        self.search_message.setWordWrap(True)
        self.search_message.hide()

        self._build_table()
        self._build_scope_bar()

        self.empty_label = QLabel("", self)
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty("role", "subheading")
        self.empty_label.setAccessibleName(self.tr("No cases"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.search_box, 3)
        # The combos say what they filter ("All statuses", "Anyone"): no separate labels, so
        # the list still fits a window tiled to half a 1366-pixel screen.
        for combo in (self.status_filter, self.kind_filter, self.post_filter, self.assignee_filter):
            bar.addWidget(combo, 1)
        self.export_button = QPushButton(icon("export"), self.tr("Export list…"), self)
        self.export_button.setObjectName("export_case_list")
        self.export_button.setAccessibleName(self.tr("Export the case list as shown"))
        self.export_button.setToolTip(
            self.tr("Write the cases shown, with these filters and this sort, to XLSX or CSV")
        )
        self.export_button.clicked.connect(self.export_list)
        footer = QHBoxLayout()
        footer.addWidget(self.search_message, 1)
        footer.addStretch(0)
        footer.addWidget(self.count_label)
        footer.addWidget(self.export_button)
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.scope_bar)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)
        # Saved filters in a sidebar the user can drag shut (the splitter keeps it collapsible).
        self.saved_panel = SavedFiltersPanel("cases", self.current_definition, self)
        self.saved_panel.apply_requested.connect(self.apply_saved)
        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.addWidget(self.saved_panel)
        self.splitter.addWidget(column)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 1000])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 10, 10, 6)
        outer.addWidget(self.splitter)
        self._me: str | None = None

        QWidget.setTabOrder(self.search_box, self.status_filter)
        QWidget.setTabOrder(self.status_filter, self.kind_filter)
        QWidget.setTabOrder(self.kind_filter, self.post_filter)
        QWidget.setTabOrder(self.post_filter, self.assignee_filter)
        QWidget.setTabOrder(self.assignee_filter, self.table)
        QWidget.setTabOrder(self.table, self.export_button)
        QWidget.setTabOrder(self.export_button, self.saved_panel.list)
        QWidget.setTabOrder(self.saved_panel.list, self.saved_panel.save_button)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_box.returnPressed.connect(self.focus_results)
        for combo in (self.status_filter, self.kind_filter, self.post_filter, self.assignee_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.model.count_changed.connect(self._update_count)
        self.model.loading_changed.connect(lambda _l: self._update_count())
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._first_rows_arrived)
        self.model.load_failed.connect(self._load_failed)
        self.model.query_changed.connect(self._query_changed)
        self.model.modelReset.connect(self._model_reset)
        self.model.page_loaded.connect(self._page_loaded)
        self.search_box.textChanged.connect(self._update_scope)
        self._to_top = False  # a new query: show its first rows once they arrive
        self._to_end = False  # Ctrl+End pressed: go to the last row once every row is loaded

        self._update_count()

    # --- construction helpers -----------------------------------------------------------

    def _build_filters(self) -> None:
        """The search box and the filter combos above the table."""
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("case_search")
        self.search_box.setPlaceholderText(self.tr("Search cases, people, counterparts and contact notes  (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Search cases"))
        self.search_box.setAccessibleDescription(
            self.tr(
                "Type to search titles, names, counterparts and contact notes; the list narrows as you type. "
                "Press Down or Enter to move to the results."
            )
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.addAction(icon("search"), QLineEdit.LeadingPosition)
        self.search_box.setMinimumWidth(160)
        self.search_box.installEventFilter(self)

        self.status_filter = self._combo(self.tr("Status filter"), "status", self.tr("Show cases in this status"))
        self.kind_filter = self._combo(self.tr("Kind filter"), "kind", self.tr("Show cases of this kind"))
        self.post_filter = self._combo(self.tr("Post filter"), "post", self.tr("Show cases handled by this post"))
        self.assignee_filter = self._combo(
            self.tr("Assigned to filter"), "assignee", self.tr("Show cases this person leads or supervises")
        )
        self._fill_static_filters()

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("case_table")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setAccessibleDescription(self.tr("Press Enter to open the selected case; the menu key for more."))
        self.table.setModel(self.model)
        use_sort_header(self.table)
        self.table.installEventFilter(self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        apply_column_sizes(self.table, COLUMNS)
        # Indicator first: enabling sorting sorts by whatever the header shows.
        column, order = self.model.sort_state()
        header.setSortIndicator(column, order)
        self.table.setSortingEnabled(True)
        self._show_why(False)
        self.table.setItemDelegateForColumn(COL_WHY, SnippetDelegate(self.table))
        row_menu.attach(self.table, self._row_actions)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)

    def _build_scope_bar(self) -> None:
        """Says which filters a search is narrowed by (they still apply while searching),
        with a button that lifts them: a caseworker looking a name up must not think a case
        is absent because a status filter from an hour ago still holds."""
        self.scope_bar = QWidget(self)
        self.scope_bar.setObjectName("search_scope")
        self.scope_label = QLabel("", self.scope_bar)
        self.scope_label.setObjectName("search_scope_text")
        self.scope_label.setAccessibleName(self.tr("Search filters"))
        self.scope_label.setProperty("role", "hint")
        self.scope_label.setWordWrap(True)
        self.clear_filters_button = QPushButton(self.tr("Clear filters"), self.scope_bar)
        self.clear_filters_button.setObjectName("clear_filters")
        self.clear_filters_button.setAccessibleName(self.tr("Clear the filters and search every case"))
        self.clear_filters_button.setToolTip(self.tr("Search every case, whatever its status, kind, post or assignee"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        row = QHBoxLayout(self.scope_bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.scope_label, 1)
        row.addWidget(self.clear_filters_button)
        self.scope_bar.hide()

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (self.status_filter, self.kind_filter, self.post_filter, self.assignee_filter)

    def filter_description(self) -> str:
        """The filters in force, in words ("Status = Active · Post = BAM"); '' for none."""
        names = (self.tr("Status"), self.tr("Kind"), self.tr("Post"), self.tr("Assigned to"))
        return " · ".join(
            f"{name} = {combo.currentText()}"
            for name, combo in zip(names, self._filter_combos(), strict=True)
            if combo.currentIndex() > 0
        )

    def _update_scope(self, *_args) -> None:
        described = self.filter_description() if self.search_box.text().strip() else ""
        if described:
            self.scope_label.setText(self.tr("Searching within: {filters}").format(filters=described))
        self.scope_bar.setVisible(bool(described))

    def clear_filters(self) -> None:
        """Every filter back to "All": one query for the lot, not one per combo."""
        for combo in self._filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._filters_changed()

    def _combo(self, accessible: str, name: str, tip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"filter_{name}")
        combo.setAccessibleName(accessible)
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        return combo

    def _fill_static_filters(self) -> None:
        self.status_filter.addItem(self.tr("All statuses"), [])
        self.status_filter.addItem(self.tr("Open or active"), [CaseStatus.OPEN, CaseStatus.ACTIVE])
        for status in CaseStatus:
            self.status_filter.addItem(status.label, [status])
        self.kind_filter.addItem(self.tr("All kinds"), [])
        for kind in CaseKind:
            self.kind_filter.addItem(short_kind(kind), [kind])
            self.kind_filter.setItemData(self.kind_filter.count() - 1, kind.label, Qt.ToolTipRole)
        self.post_filter.addItem(self.tr("All posts"), [])
        self.assignee_filter.addItem(self.tr("Anyone"), None)

    def _show_why(self, shown: bool) -> None:
        """Show or hide the "Why it matched" column."""
        header = self.table.horizontalHeader()
        self.table.setColumnHidden(COL_WHY, not shown)
        # Title and, while searching, "Why it matched" share the spare width.
        header.setSectionResizeMode(COL_WHY, QHeaderView.Stretch if shown else QHeaderView.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.Stretch)
        column, order = self.model.sort_state()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (column, order):
            header.setSortIndicator(column, order)

    # --- context ------------------------------------------------------------------------

    def set_context(self, ctx: ServiceContext | None) -> None:
        self._ctx = ctx
        self._search_token += 1
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.search_message.hide()
        for combo in (self.status_filter, self.kind_filter, self.post_filter, self.assignee_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.model.set_context(ctx)
        self._show_why(False)
        self._update_scope()
        self.saved_panel.set_context(ctx)

    def set_reference_data(self, posts: list[PostView], users: list[UserView], me: str | None) -> None:
        """Fill the post and assignee filters (kept selection when the same value exists)."""
        post_now = self.post_filter.currentData()
        user_now = self.assignee_filter.currentData()
        for combo in (self.post_filter, self.assignee_filter):
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
        for post in posts:
            self.post_filter.addItem(post.code, [post.code])
            self.post_filter.setItemData(self.post_filter.count() - 1, f"{post.name} ({post.city})", Qt.ToolTipRole)
        self._me = me
        if me:
            self.assignee_filter.addItem(self.tr("Mine"), me)
        for user in users:
            if user.username != me:
                self.assignee_filter.addItem(user.display_name, user.username)
        for combo, value in ((self.post_filter, post_now), (self.assignee_filter, user_now)):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def current_filter(self) -> CaseFilter:
        return CaseFilter(
            statuses=list(self.status_filter.currentData() or []),
            kinds=list(self.kind_filter.currentData() or []),
            post_codes=list(self.post_filter.currentData() or []),
            assignee_username=self.assignee_filter.currentData() or None,
        )

    def show_status(self, statuses: list[CaseStatus]) -> None:
        """Filter by these statuses (from a dashboard tile)."""
        index = self.status_filter.findData(list(statuses))
        if index >= 0:
            self.status_filter.setCurrentIndex(index)

    def _filters_changed(self, _index: int = 0) -> None:
        self._update_scope()
        self.model.set_filter(self.current_filter())

    # --- search -------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.ShortcutFocusReason)
        self.search_box.selectAll()

    def focus_results(self) -> None:
        """Move to the table, on the first row if nothing is selected."""
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.OtherFocusReason)
        if not self.table.currentIndex().isValid() or not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.model.index(0, COL_REFERENCE))

    def eventFilter(self, obj, event):
        if obj is self.search_box and event.type() == event.Type.KeyPress and event.key() == Qt.Key_Down:
            self.focus_results()
            return True
        if (
            obj is self.table
            and event.type() == event.Type.KeyPress
            and event.key() == Qt.Key_End
            and event.modifiers() & Qt.ControlModifier
        ):
            self.go_to_last()
            return True
        return super().eventFilter(obj, event)

    # --- moving -------------------------------------------------------------------------

    def go_to_last(self) -> None:
        """Ctrl+End: the last case of the whole list, not of the rows loaded so far (the rest
        is fetched first)."""
        self._to_end = True
        if not self.model.fetch_rest() and not self.model.loading:
            self._arrive_at_end()

    def _page_loaded(self, _count: int) -> None:
        if self._to_end and not self.model.fetch_rest() and not self.model.loading:
            self._arrive_at_end()

    def _arrive_at_end(self) -> None:
        self._to_end = False
        last = self.model.rowCount() - 1
        if last < 0:
            return
        index = self.model.index(last, max(self.table.currentIndex().column(), COL_REFERENCE))
        self.table.setCurrentIndex(index)
        self.table.selectRow(last)
        self.table.scrollTo(index, QAbstractItemView.PositionAtBottom)

    def _query_changed(self) -> None:
        self._to_top = True
        self._to_end = False

    def _model_reset(self) -> None:
        # A new sort, filter or search starts at its first row, not where the old one was.
        if self._to_top:
            self._to_top = False
            self.table.scrollToTop()

    def _run_search(self) -> None:
        from consular.services import search as search_service

        text = self.search_box.text().strip()
        if self._ctx is None:
            return
        if self._search_running:
            self._search_again = True  # one search at a time; the newest text runs next
            return
        self._search_token += 1
        token = self._search_token
        if not text:
            self._search_text = ""
            self.search_message.hide()
            if self.model.searching:
                self.model.set_search(None)
            self._show_why(False)
            return
        ctx = self._ctx
        self._search_running = True

        def work():
            return search_service.matching_cases(ctx, text, limit=SEARCH_LIMIT)

        def explain(found, case_ids: list[int]) -> dict[int, str]:
            # The "why" of the rows on screen only (CaseTableModel asks as they show).
            hits = search_service.explain_cases(ctx, text, found.pending(case_ids))
            return {case_id: hit.why for case_id, hit in hits.items()}

        def finished() -> None:
            self._search_running = False
            if self._search_again:
                self._search_again = False
                self._run_search()

        def done(result) -> None:
            stale = token != self._search_token or text != self.search_box.text().strip()
            if not stale:
                ids = result.case_ids
                self._search_text = text
                self._search_capped = len(ids) >= SEARCH_LIMIT
                self.search_message.hide()
                self.model.set_search(ids, explain=lambda case_ids: explain(result, case_ids))
                self._show_why(True)
            elif text != self.search_box.text().strip():
                self._search_again = True
            finished()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError) and token == self._search_token:
                self.search_message.setText(exc.message)
                self.search_message.show()
            elif token == self._search_token:
                from consular.gui.errors import show_error

                show_error(self, exc)
            finished()

        ops.query(self, work, on_done=done, on_error=failed)

    def search_pending(self) -> bool:
        return self._search_timer.isActive() or self._search_running

    # --- display ------------------------------------------------------------------------

    def _update_count(self, *_args) -> None:
        total = self.model.total
        if self._ctx is None:
            self.count_label.setText(self.tr("No database open"))
            self.empty_label.setText(self.tr("No database is open. Use File → Open database… (Ctrl+O)."))
            self.stack.setCurrentWidget(self.empty_label)
            return
        if total is None:
            self.count_label.setText(self.tr("Counting…"))
            return
        count = number_text(total)
        if self.model.searching and self._search_capped:
            text = self.tr("{count}+ cases match “{words}”").format(count=count, words=self._search_text)
        elif self.model.searching:
            text = self.tr("{count} case(s) match “{words}”", "", total).format(count=count, words=self._search_text)
        else:
            text = self.tr("{count} case(s)", "", total).format(count=count)
        shown = self.model.rowCount()
        if shown and shown < total:
            text = self.tr("{cases} · {count} loaded").format(cases=text, count=number_text(shown))
        self.count_label.setText(text)
        if total == 0 and not self.model.loading:
            if self.model.searching:
                self.empty_label.setText(
                    self.tr("No case matches “{words}”.\nTry fewer words, or clear the filters.").format(
                        words=self._search_text
                    )
                )
            elif self.current_filter() != CaseFilter():
                self.empty_label.setText(self.tr("No case matches these filters."))
            else:
                self.empty_label.setText(self.tr("There are no cases yet. Open one with Case → New case… (Ctrl+N)."))
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self.stack.setCurrentWidget(self.table)

    def _first_rows_arrived(self, _parent, first: int, _last: int) -> None:
        self._update_count()
        if first == 0 and self.table.hasFocus() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _load_failed(self, exc: BaseException) -> None:
        from consular.gui.errors import show_error

        self._update_count()
        show_error(self, exc)

    # --- actions ------------------------------------------------------------------------

    def selected_reference(self) -> str | None:
        index = self.table.currentIndex()
        summary = self.model.summary(index.row()) if index.isValid() else None
        return summary.reference if summary else None

    def select_reference(self, reference: str) -> bool:
        row = self.model.row_of(reference)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, COL_REFERENCE))
        self.table.scrollTo(self.model.index(row, COL_REFERENCE))
        return True

    def _activated(self, index) -> None:
        summary = self.model.summary(index.row()) if index.isValid() else None
        if summary is not None:
            self.open_requested.emit(summary.reference)

    def _row_actions(self, index) -> row_menu.RowActions | None:
        summary = self.model.summary(index.row())
        if summary is None:
            return None
        ref = summary.reference
        return row_menu.RowActions(
            subject=ref,
            open=lambda: self.open_requested.emit(ref),
            open_text=self.tr("Open {reference}").format(reference=ref),
            reference=ref,
            log_contact=lambda: self.log_contact_requested.emit(ref),
            extra=[(self.tr("Print brief…"), "brief", lambda: self.brief_requested.emit(ref))],
        )

    # --- state --------------------------------------------------------------------------

    def save_state(self) -> None:
        settings.put(settings.CASE_LIST_HEADER, self.table.horizontalHeader().saveState())

    def restore_state(self) -> None:
        state = settings.get(settings.CASE_LIST_HEADER)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.table.horizontalHeader().restoreState(state)
            self._show_why(self.model.searching)
            self._widths_set = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_widths_set", False):
            # First show without saved widths: on a wide screen the place gets some of the
            # room too, not only the title.
            self._widths_set = True
            em = self.fontMetrics().horizontalAdvance("M")
            width = self.table.viewport().width()
            self.table.setColumnWidth(COL_PLACE, max(int(16 * em) + 24, int(width * 0.16)))


__all__ = ["CaseListView"]
