"""The contact log of a case: newest first, filtered, paged in lazily, with a detail pane that
shows the full notes and every earlier version of an edited entry."""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from consular.domain.enums import Channel, CounterpartCategory
from consular.domain.filters import ContactFilter
from consular.domain.timeutil import humanize_ago
from consular.gui import ops, row_menu, settings
from consular.gui.form_rows import enum_combo
from consular.gui.icons import icon
from consular.gui.labels import restricted_badge
from consular.gui.ops import alive
from consular.gui.saved_filters_panel import SavedFiltersPanel
from consular.gui.table_models import (
    Column,
    PagedTableModel,
    apply_column_sizes,
    show_voided_box,
    void_note,
    voidable,
)
from consular.gui.text import html_escape, multiline_html
from consular.gui.theme import restricted_colour, warning_colour
from consular.gui.times import DateField, TimeDisplay
from consular.gui.workspace.contact_log_saved import SavedContactsMixin, combo_values
from consular.gui.workspace.counterpart_picker import edit_counterpart
from consular.gui.workspace.void_dialog import void_action
from consular.services import contacts
from consular.services.views import ContactRevisionView, ContactView

log = logging.getLogger(__name__)

_ROOT = QModelIndex()

PAGE_SIZE = 100
MAX_CHASE_PAGES = 20  # how far show_section pages on to find an entry before showing it alone


def _restricted(c: ContactView, _m) -> bool:
    return c.restricted


# The contact log's columns, in order; voided entries struck through (voidable).
COLUMNS: tuple[Column, ...] = tuple(
    voidable(c)
    for c in (
        Column(
            "When",
            lambda c, m: m.times.fmt(c.occurred_at),
            sort_value=lambda c, m: c.occurred_at,
            tooltip=lambda c, m: f"{m.times.fmt_both(c.occurred_at)} — {humanize_ago(c.occurred_at, m.ctx.now())}",
            width_px=148,
            is_time=True,
        ),
        Column(
            "With",
            lambda c, m: c.counterpart_names or "—",
            sort_value=lambda c, m: c.counterpart_names.lower(),
            tooltip=lambda c, m: (
                (
                    "\n".join(f"{x.label} — {x.category.label}" for x in c.counterparts)
                    + (
                        "\n\nNot vetted at the time: " + ", ".join(c.unvetted_intermediaries)
                        if c.unvetted_intermediaries
                        else ""
                    )
                )
                or None
            ),
            decoration=lambda c, m: icon("warning") if c.unvetted_intermediaries else None,
            width_px=170,
        ),
        Column(
            "Channel",
            lambda c, m: f"{c.channel.label} · {c.direction.label.lower()}",
            sort_value=lambda c, m: c.channel.value,
            width_px=130,
        ),
        Column(
            "Summary",
            lambda c, m: c.subject + (f"  (edited ×{c.revision - 1})" if c.revision > 1 else ""),
            sort_value=lambda c, m: c.subject.lower(),
            tooltip=lambda c, m: (
                f"{c.subject}\n\nLogged by {c.recorded_by}" + (f"\n\n{c.notes[:500]}" if c.notes else "")
            ),
            stretch=True,
        ),
        Column(
            "Access",
            lambda c, m: "Restricted" if c.restricted else "",
            sort_value=_restricted,
            tooltip=lambda c, m: "Restricted: kept out of family-facing and redacted outputs" if c.restricted else None,
            decoration=lambda c, m: icon("restricted") if c.restricted else None,
            foreground=lambda c, m: restricted_colour() if c.restricted else None,
            accessible=lambda c, m: "Restricted" if c.restricted else "Not restricted",
            width_px=100,
        ),
    )
)


class ContactTableModel(PagedTableModel):
    """Contacts of one case, newest first, fetched a page at a time as the view scrolls.

    The order is the database's (newest first); the table is not re-sorted on the client,
    which would only sort the pages loaded so far.
    """

    COLUMNS = COLUMNS
    COL_WHEN, COL_WITH, COL_CHANNEL, COL_SUBJECT, COL_ACCESS = range(len(COLUMNS))
    HEADERS = tuple(c.header for c in COLUMNS)

    def __init__(
        self, ctx, reference: str, times: TimeDisplay, parent=None, *, page_size: int = PAGE_SIZE, autoload: bool = True
    ):
        super().__init__(parent, page_size=page_size)
        self.ctx, self.reference, self.times = ctx, reference, times
        self.filter = ContactFilter()
        self._more = True  # nothing loaded yet: the first fetchMore loads the first page
        if autoload:
            self.fetchMore(QModelIndex())

    def page_source(self):
        ctx, ref, flt = self.ctx, self.reference, self.filter
        return lambda offset, limit: (None, contacts.list_contacts(ctx, ref, flt, offset=offset, limit=limit))

    def set_filter(self, flt: ContactFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.clear_and_fetch()

    def replace(self, view: ContactView) -> int:
        """Put an edited entry in place (same row); returns its row or -1."""
        row = self.row_of(view.id)
        if row >= 0:
            self._rows[row] = view
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return row

    def row_of(self, contact_id: int) -> int:
        for row, view in enumerate(self._rows):
            if view.id == contact_id:
                return row
        return -1

    def contact_at(self, row: int) -> ContactView | None:
        return self.record_at(row)


class ContactLogTab(SavedContactsMixin, QWidget):
    """Filters, the lazily paged table, and the detail pane of the selected entry."""

    log_requested = Signal()
    edit_requested = Signal(object)  # ContactView
    changed = Signal()  # an entry was voided

    def __init__(self, ctx, reference: str, times: TimeDisplay, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.reference, self.times = ctx, reference, times
        self._pending_select: int | None = None
        self._chase_pages = 0
        layout = QVBoxLayout(self)

        layout.addLayout(self._build_bar())

        self.model = ContactTableModel(ctx, reference, times, self, autoload=False)
        self.model.loading_changed.connect(self._loading_changed)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.load_failed.connect(self._load_failed)

        splitter = QSplitter(Qt.Horizontal)
        # Saved filters in a sidebar the user can drag shut.
        self.saved_panel = SavedFiltersPanel("contacts", self.current_definition, self)
        self.saved_panel.apply_requested.connect(self.apply_saved)
        splitter.addWidget(self.saved_panel)
        self.table = QTableView()
        self.table.setAccessibleName("Contact log")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        apply_column_sizes(self.table, COLUMNS)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda _index: self._edit_current())
        row_menu.attach(self.table, self._row_actions)
        splitter.addWidget(self.table)

        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([180, 760, 420])
        layout.addWidget(splitter, 1)

        self.status = QLabel()
        self.status.setAccessibleName("Contact log status")
        self.status.setProperty("role", "muted")
        self.export_button = QPushButton(icon("export"), "Export…")
        self.export_button.setAccessibleName("Export the contact log as shown")
        self.export_button.setToolTip("Write the entries shown, with these filters, to XLSX or CSV")
        self.export_button.clicked.connect(self.export_list)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.export_button)
        layout.addLayout(footer)
        self.saved_panel.set_context(ctx)
        # The filters, then the log; the sidebar after the entry shown in full.
        QWidget.setTabOrder(self.clear_button, self.table)
        QWidget.setTabOrder(self.table, self.detail)
        QWidget.setTabOrder(self.detail, self.saved_panel.list)
        QWidget.setTabOrder(self.saved_panel.list, self.saved_panel.save_button)
        QWidget.setTabOrder(self.saved_panel.save_button, self.export_button)

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(300)
        self._text_timer.timeout.connect(self.apply_filters)
        self.text.textChanged.connect(lambda _t: self._text_timer.start())
        for combo in (self.category, self.channel):
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.apply_filters)

    def _build_bar(self) -> QHBoxLayout:
        """The buttons and the filters above the table."""
        bar = QHBoxLayout()
        self.log_button = QPushButton(icon("log-contact"), "Log contact…")
        self.log_button.setAccessibleName("Log contact")
        self.log_button.setToolTip("Log a call, meeting or message (Ctrl+L)")
        self.log_button.clicked.connect(self.log_requested)
        bar.addWidget(self.log_button)
        self.edit_button = QPushButton("Edit entry…")
        self.edit_button.setAccessibleName("Edit the selected contact entry")
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self._edit_current)
        bar.addWidget(self.edit_button)
        bar.addSpacing(16)
        self.category = QComboBox()
        self.category.setAccessibleName("Filter by counterpart category")
        self.category.addItem("All counterparts", None)
        for member in CounterpartCategory:
            self.category.addItem(member.label, member)
        bar.addWidget(self.category)
        self.channel = enum_combo(Channel, "Filter by channel", blank="All channels")
        bar.addWidget(self.channel)
        bar.addWidget(QLabel("From"))
        self.since = self._date_edit("Filter from date")
        bar.addWidget(self.since)
        bar.addWidget(QLabel("to"))
        self.until = self._date_edit("Filter to date")
        bar.addWidget(self.until)
        self.text = QLineEdit()
        self.text.setAccessibleName("Search the contact notes")
        self.text.setPlaceholderText("Search summary, notes, outcome…")
        self.text.setClearButtonEnabled(True)
        bar.addWidget(self.text, 1)
        self.show_voided = show_voided_box(settings.SHOW_VOIDED_CONTACTS, lambda _show: self.reload())
        bar.addWidget(self.show_voided)
        self.clear_button = QPushButton("Clear filters")
        self.clear_button.setAccessibleName("Clear filters")
        self.clear_button.clicked.connect(self.clear_filters)
        bar.addWidget(self.clear_button)
        return bar

    def _build_detail(self) -> QWidget:
        """The pane that shows the selected entry in full."""
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(6, 0, 0, 0)
        head = QHBoxLayout()
        self.detail_icon = QLabel()
        self.detail_icon.setPixmap(icon("contact").pixmap(22, 22))
        head.addWidget(self.detail_icon)
        self.detail_title = QLabel("Select an entry to read it in full")
        self.detail_title.setProperty("role", "subheading")
        self.detail_title.setWordWrap(True)
        self.detail_title.setAccessibleName("Selected contact")
        head.addWidget(self.detail_title, 1)
        self.detail_restricted = restricted_badge()
        self.detail_restricted.hide()
        head.addWidget(self.detail_restricted, 0, Qt.AlignTop)
        detail_layout.addLayout(head)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName("Contact entry in full")
        self.detail.setOpenLinks(False)
        detail_layout.addWidget(self.detail, 1)
        return detail

    def _date_edit(self, name: str) -> DateField:
        """A day typed as YYYY-MM-DD (or picked); empty means any day. A day that does not
        exist is refused with a message below the list, never moved to another day."""
        edit = DateField(name, optional=True, placeholder="any day")
        edit.setAccessibleName(name)
        return edit

    # --- filters ------------------------------------------------------------------------

    def current_filter(self) -> ContactFilter:
        """The filter the widgets describe; a date field whose text is not a date counts as
        empty here (:meth:`apply_filters` refuses it first)."""
        zone = ZoneInfo(self.times.zone)

        def start_of(day: date) -> datetime:
            return datetime.combine(day, time(0, 0), tzinfo=zone)

        since_day, until_day = self.since.value_or_none(), self.until.value_or_none()
        since = start_of(since_day) if since_day is not None else None
        until = start_of(until_day) + timedelta(days=1) if until_day is not None else None
        return ContactFilter(
            categories=combo_values(self.category, CounterpartCategory),
            channels=combo_values(self.channel, Channel),
            since=since,
            until=until,
            text=self.text.text().strip() or None,
            include_voided=self.show_voided.isChecked(),
        )

    def date_problem(self) -> str | None:
        """Why the From or To text is not a date (None when both are dates or empty)."""
        for label, edit in (("From", self.since), ("To", self.until)):
            problem = edit.problem()
            if problem:
                return f"{label}: {problem}"
        return None

    def apply_filters(self) -> None:
        """Filter the log as the widgets say; a From or To that is not a date is refused with
        its reason (the list stays as it was filtered), never read as another day."""
        self._text_timer.stop()
        problem = self.date_problem()
        if problem:
            self.status.setText(problem.replace(" Nothing was changed.", "") + " The filter was not changed.")
            return
        self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        self._reset_filter_widgets()
        self.apply_filters()

    def _reset_filter_widgets(self) -> None:
        widgets = (self.category, self.channel, self.since, self.until, self.text)
        for widget in widgets:
            widget.blockSignals(True)
        self.category.setCurrentIndex(0)
        self.channel.setCurrentIndex(0)
        self.since.set_value(None)
        self.until.set_value(None)
        self.text.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self._text_timer.stop()

    def is_filtered(self) -> bool:
        f = self.current_filter()
        return bool(f.categories or f.channels or f.since or f.until or f.text)

    # --- loading ------------------------------------------------------------------------

    def reload(self, select_id: int | None = None, *, clear_filters: bool = False) -> None:
        """Load the log again from the top; ``select_id`` is selected once it has arrived
        (``clear_filters`` first, so a new entry is not hidden by an old filter)."""
        if clear_filters:
            self._reset_filter_widgets()
        if select_id is None and self.current_contact() is not None:
            select_id = self.current_contact().id  # keep the reader's place
        self._pending_select = select_id
        self._chase_pages = 0
        self.model.set_filter(self.current_filter())

    def _loading_changed(self, loading: bool) -> None:
        if loading:
            self.status.setText("Loading…")

    def _page_loaded(self, count: int) -> None:
        more = "" if self.model.is_exhausted() else " (more load as you scroll)"
        what = "matching the filters" if self.is_filtered() else "in this case"
        voided = sum(1 for row in range(count) if self.model.contact_at(row).voided)
        counted = count - voided  # a voided entry counts for nothing
        also = f", and {voided} voided, not counted" if voided else ""
        self.status.setText(f"{counted} contact entr{'y' if counted == 1 else 'ies'} {what}{also}{more}.")
        if self._pending_select is not None:
            if self.select_contact(self._pending_select, fetch=False):
                self._pending_select = None
            elif self.model.canFetchMore() and self._chase_pages < MAX_CHASE_PAGES:
                # Page on towards the entry asked for, but not through a whole huge log.
                self._chase_pages += 1
                self.model.fetchMore()
            else:
                wanted, self._pending_select = self._pending_select, None
                self._show_by_id(wanted)
        elif not self.table.currentIndex().isValid() and count:
            self.table.selectRow(0)

    def _load_failed(self, exc: BaseException) -> None:
        from consular.gui.errors import show_error

        self.status.setText("The contact log could not be loaded.")
        show_error(self, exc)

    def select_contact(self, contact_id: int, *, fetch: bool = True) -> bool:
        row = self.model.row_of(contact_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            return True
        if fetch:
            self._pending_select = contact_id
            self._chase_pages = 0
            if self.model.canFetchMore():
                self.model.fetchMore()
            elif not self.model.is_loading():
                self._pending_select = None
                self._show_by_id(contact_id)
        return False

    def _show_by_id(self, contact_id: int) -> None:
        """An entry not in the list (filtered out): show it in the detail pane anyway."""
        ctx = self.ctx
        ops.query(self, lambda: contacts.get_contact(ctx, contact_id), self.show_detail)

    # --- detail -------------------------------------------------------------------------

    def _row_actions(self, index) -> row_menu.RowActions | None:
        contact = self.model.contact_at(index.row())
        if contact is None:
            return None
        # Each counterpart of the entry can be corrected from here (shared by every case it is in).
        extra = [
            (f"Edit counterpart {c.name}…", None, lambda c=c: edit_counterpart(self.ctx, c, self, self._voided))
            for c in contact.counterparts
        ]
        return row_menu.RowActions(
            subject=f"Contact #{contact.id} of {self.reference}",
            open=None if contact.voided else self._edit_current,  # a voided entry is not edited
            open_text="Open…",
            reference=self.reference,
            log_contact=self.log_requested.emit,
            extra=extra,
            **void_action(self.ctx, self, "contact", contact, f"contact #{contact.id}", self._voided),
        )

    def _voided(self, _result) -> None:
        self.changed.emit()  # the workspace reloads every tab and the header

    def current_contact(self) -> ContactView | None:
        index = self.table.currentIndex()
        return self.model.contact_at(index.row()) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        view = self.model.contact_at(current.row()) if current.isValid() else None
        self.edit_button.setEnabled(view is not None and not view.voided)
        if view is not None:
            self.show_detail(view)

    def _edit_current(self) -> None:
        view = self.current_contact()
        if view is not None and not view.voided:
            self.edit_requested.emit(view)

    def show_detail(self, c: ContactView) -> None:
        self._shown = c
        self.detail_title.setTextFormat(Qt.PlainText)
        self.detail_title.setText(c.subject)
        font = self.detail_title.font()
        font.setStrikeOut(c.voided)
        self.detail_title.setFont(font)
        self.detail_restricted.setVisible(c.restricted)
        self.detail_icon.setPixmap(icon("restricted" if c.restricted else "contact").pixmap(22, 22))
        self.detail.setHtml(self._detail_html(c, None))
        ctx = self.ctx
        if c.revision > 1:
            ops.query(self, lambda: contacts.contact_history(ctx, c.id), lambda revs: self._history_loaded(c, revs))

    def _history_loaded(self, c: ContactView, revisions: list[ContactRevisionView]) -> None:
        if getattr(self, "_shown", None) is not None and self._shown.id == c.id and alive(self.detail):
            self.detail.setHtml(self._detail_html(c, revisions))

    def _detail_html(self, c: ContactView, revisions: list[ContactRevisionView] | None) -> str:
        t = self.times
        ago = humanize_ago(c.occurred_at, self.ctx.now())  # by the case's clock (the demo, --as-of)
        rows = [
            ("When", f"{html_escape(t.fmt_both(c.occurred_at))} — {html_escape(ago)}"),
            (
                "How",
                html_escape(
                    f"{c.channel.label}, {c.direction.label.lower()}"
                    + (f", {c.duration_minutes} min" if c.duration_minutes else "")
                ),
            ),
            (
                "With",
                "<br>".join(f"{html_escape(x.label)} <i>({html_escape(x.category.label)})</i>" for x in c.counterparts)
                or "—",
            ),
            ("Staff present", html_escape(", ".join(c.staff_present)) or "—"),
            ("Logged", html_escape(f"by {c.recorded_by}, {t.fmt(c.recorded_at)}")),
        ]
        if c.follow_up_needed:
            rows.append(("Follow-up", "needed"))
        if c.unvetted_intermediaries:
            warn = warning_colour().name()
            names = html_escape(", ".join(c.unvetted_intermediaries))
            rows.insert(0, ("Intermediary", f"<b style='color:{warn}'>Not vetted at the time:</b> {names}"))
        if c.restricted:
            colour = restricted_colour().name()
            access = f"<b style='color:{colour}'>RESTRICTED</b> — kept out of family-facing and redacted outputs"
            rows.insert(0, ("Access", access))
        note = void_note(c, t)
        if note:
            rows.insert(0, ("VOIDED", html_escape(note)))
        table = "".join(f"<tr><td style='padding-right:12px'><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
        html = [
            f"<table cellspacing='2'>{table}</table>",
            "<h4>Notes</h4>",
            f"<p>{multiline_html(c.notes) or '<i>No notes.</i>'}</p>",
        ]
        if c.outcome:
            html += ["<h4>Outcome</h4>", f"<p>{multiline_html(c.outcome)}</p>"]
        if c.revision > 1:
            html.append(f"<h4>Edit history ({c.revision - 1} earlier version{'s' if c.revision > 2 else ''})</h4>")
            if revisions is None:
                html.append("<p><i>Loading…</i></p>")
            else:
                for r in reversed(revisions):
                    html.append(
                        f"<p><b>Version {r.revision}</b>, written by {html_escape(r.written_by)} "
                        f"{html_escape(t.fmt(r.written_at))}; replaced by {html_escape(r.replaced_by or '?')} "
                        f"{html_escape(t.fmt(r.replaced_at))}<br>"
                        f"<i>{html_escape(t.fmt(r.occurred_at))} · {html_escape(r.channel.label)} · "
                        f"{'restricted · ' if r.restricted else ''}</i>{html_escape(r.subject)}<br>"
                        f"{multiline_html(r.notes)}"
                        + (f"<br><i>Outcome:</i> {multiline_html(r.outcome)}" if r.outcome else "")
                        + "</p>"
                    )
        return "".join(html)

    def times_changed(self) -> None:
        self.model.times_changed()
        shown = getattr(self, "_shown", None)
        if shown is not None:
            self.show_detail(shown)
