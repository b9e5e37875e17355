"""The contact log of a case: newest first, filtered, paged in lazily, with a detail pane that
shows the full notes and every earlier version of an edited entry."""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
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
from consular.gui.workspace import family_share_box
from consular.gui.workspace.contact_log_saved import SavedContactsMixin, combo_values
from consular.gui.workspace.counterpart_picker import edit_counterpart
from consular.gui.workspace.void_dialog import void_action
from consular.i18n import QT_TRANSLATE_NOOP
from consular.services import contacts
from consular.services.views import ContactRevisionView, ContactView, FamilyShareView

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
            QT_TRANSLATE_NOOP("contact_log", "When"),
            lambda c, m: m.times.fmt(c.occurred_at),
            sort_value=lambda c, m: c.occurred_at,
            tooltip=lambda c, m: f"{m.times.fmt_both(c.occurred_at)} — {humanize_ago(c.occurred_at, m.ctx.now())}",
            width_px=148,
            is_time=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("contact_log", "With"),
            lambda c, m: c.counterpart_names or "—",
            sort_value=lambda c, m: c.counterpart_names.lower(),
            tooltip=lambda c, m: (
                (
                    "\n".join(f"{x.label} — {x.category.label}" for x in c.counterparts)
                    + (
                        "\n\n"
                        + QCoreApplication.translate("contact_log", "Not vetted at the time: {names}").format(
                            names=", ".join(c.unvetted_intermediaries)
                        )
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
            QT_TRANSLATE_NOOP("contact_log", "Channel"),
            lambda c, m: f"{c.channel.label} · {c.direction.label.lower()}",
            sort_value=lambda c, m: c.channel.value,
            width_px=130,
        ),
        Column(
            QT_TRANSLATE_NOOP("contact_log", "Summary"),
            lambda c, m: (
                QCoreApplication.translate("contact_log", "{subject}  (edited ×{count})").format(
                    subject=c.subject, count=c.revision - 1
                )
                if c.revision > 1
                else c.subject
            ),
            sort_value=lambda c, m: c.subject.lower(),
            tooltip=lambda c, m: (
                QCoreApplication.translate("contact_log", "{subject}\n\nLogged by {user}").format(
                    subject=c.subject, user=c.recorded_by
                )
                + (f"\n\n{c.notes[:500]}" if c.notes else "")
            ),
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("contact_log", "Access"),
            lambda c, m: (
                QCoreApplication.translate("contact_log", "Restricted")
                if c.restricted
                else (QCoreApplication.translate("contact_log", "Family") if c.id in m.shares else "")
            ),
            sort_value=_restricted,
            tooltip=lambda c, m: (
                QCoreApplication.translate("contact_log", "Restricted: kept out of family-facing and redacted outputs")
                if c.restricted
                else family_share_box.marker_text(m.shares.get(c.id)) or None
            ),
            decoration=lambda c, m: (
                icon("restricted") if c.restricted else icon("family") if c.id in m.shares else None
            ),
            foreground=lambda c, m: restricted_colour() if c.restricted else None,
            accessible=lambda c, m: (
                QCoreApplication.translate("contact_log", "Restricted")
                if c.restricted
                else QCoreApplication.translate("contact_log", "Shareable with family")
                if c.id in m.shares
                else QCoreApplication.translate("contact_log", "Not restricted")
            ),
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
    TR_CONTEXT = "contact_log"
    COL_WHEN, COL_WITH, COL_CHANNEL, COL_SUBJECT, COL_ACCESS = range(len(COLUMNS))
    HEADERS = tuple(c.header for c in COLUMNS)
    #: The case's contacts marked shareable with family, by id (the "Family" marker).
    shares: dict[int, FamilyShareView] = {}  # noqa: RUF012 - replaced whole, never mutated

    def set_shares(self, shares: dict[int, FamilyShareView]) -> None:
        self.shares = shares
        self.repaint_all()

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
        self.table.setAccessibleName(self.tr("Contact log"))
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
        self.status.setAccessibleName(self.tr("Contact log status"))
        self.status.setProperty("role", "muted")
        self.export_button = QPushButton(icon("export"), self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export the contact log as shown"))
        self.export_button.setToolTip(self.tr("Write the entries shown, with these filters, to XLSX or CSV"))
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
        self.log_button = QPushButton(icon("log-contact"), self.tr("Log contact…"))
        self.log_button.setAccessibleName(self.tr("Log contact"))
        self.log_button.setToolTip(self.tr("Log a call, meeting or message (Ctrl+L)"))
        self.log_button.clicked.connect(self.log_requested)
        bar.addWidget(self.log_button)
        self.edit_button = QPushButton(self.tr("Edit entry…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected contact entry"))
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self._edit_current)
        bar.addWidget(self.edit_button)
        bar.addSpacing(16)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Filter by counterpart category"))
        self.category.addItem(self.tr("All counterparts"), None)
        for member in CounterpartCategory:
            self.category.addItem(member.label, member)
        bar.addWidget(self.category)
        self.channel = enum_combo(Channel, self.tr("Filter by channel"), blank=self.tr("All channels"))
        bar.addWidget(self.channel)
        bar.addWidget(QLabel(self.tr("From")))
        self.since = self._date_edit(self.tr("Filter from date"))
        bar.addWidget(self.since)
        bar.addWidget(QLabel(self.tr("to", "From … to …")))
        self.until = self._date_edit(self.tr("Filter to date"))
        bar.addWidget(self.until)
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("Search the contact notes"))
        self.text.setPlaceholderText(self.tr("Search summary, notes, outcome…"))
        self.text.setClearButtonEnabled(True)
        bar.addWidget(self.text, 1)
        self.show_voided = show_voided_box(settings.SHOW_VOIDED_CONTACTS, lambda _show: self.reload())
        bar.addWidget(self.show_voided)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
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
        self.detail_title = QLabel(self.tr("Select an entry to read it in full"))
        self.detail_title.setProperty("role", "subheading")
        self.detail_title.setWordWrap(True)
        self.detail_title.setAccessibleName(self.tr("Selected contact"))
        head.addWidget(self.detail_title, 1)
        self.detail_restricted = restricted_badge()
        self.detail_restricted.hide()
        head.addWidget(self.detail_restricted, 0, Qt.AlignTop)
        detail_layout.addLayout(head)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Contact entry in full"))
        self.detail.setOpenLinks(False)
        detail_layout.addWidget(self.detail, 1)
        return detail

    def _date_edit(self, name: str) -> DateField:
        """A day typed as YYYY-MM-DD (or picked); empty means any day. A day that does not
        exist is refused with a message below the list, never moved to another day."""
        edit = DateField(name, optional=True, placeholder=self.tr("any day"))
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
        for text, edit in ((self.tr("From: {problem}"), self.since), (self.tr("To: {problem}"), self.until)):
            problem = edit.problem()
            if problem:
                return text.format(problem=problem)
        return None

    def apply_filters(self) -> None:
        """Filter the log as the widgets say; a From or To that is not a date is refused with
        its reason (the list stays as it was filtered), never read as another day."""
        self._text_timer.stop()
        problem = self.date_problem()
        if problem:
            problem = problem.replace(" Nothing was changed.", "")  # the English date message's ending
            self.status.setText(self.tr("{problem} The filter was not changed.").format(problem=problem))
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
        family_share_box.load_shares(self, self.ctx, self.reference, "contact", self.model.set_shares)

    def _loading_changed(self, loading: bool) -> None:
        if loading:
            self.status.setText(self.tr("Loading…"))

    def _page_loaded(self, count: int) -> None:
        voided = sum(1 for row in range(count) if self.model.contact_at(row).voided)
        counted = count - voided  # a voided entry counts for nothing
        if self.is_filtered():
            text = self.tr("%n contact entry(ies) matching the filters", "", counted)
        else:
            text = self.tr("%n contact entry(ies) in this case", "", counted)
        if voided:
            text = self.tr("{entries}, and %n voided, not counted", "", voided).format(entries=text)
        if not self.model.is_exhausted():
            text = self.tr("{entries} (more load as you scroll)").format(entries=text)
        self.status.setText(self.tr("{status}.", "end of the status sentence").format(status=text))
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

        self.status.setText(self.tr("The contact log could not be loaded."))
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
            (
                self.tr("Edit counterpart {name}…").format(name=c.name),
                None,
                lambda c=c: edit_counterpart(self.ctx, c, self, self._voided),
            )
            for c in contact.counterparts
        ]
        what = self.tr("Contact “{subject}”").format(subject=contact.subject)
        extra += family_share_box.mark_action(
            self.ctx, self, "contact", contact, what, self.model.shares.get(contact.id), self._voided
        )
        return row_menu.RowActions(
            subject=self.tr("Contact #{id} of {ref}").format(id=contact.id, ref=self.reference),
            open=None if contact.voided else self._edit_current,  # a voided entry is not edited
            open_text=self.tr("Open…"),
            reference=self.reference,
            log_contact=self.log_requested.emit,
            extra=extra,
            **void_action(
                self.ctx, self, "contact", contact, self.tr("contact #{id}").format(id=contact.id), self._voided
            ),
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
        if c.duration_minutes:
            how = self.tr("{channel}, {direction}, %n min", "", c.duration_minutes)
        else:
            how = self.tr("{channel}, {direction}")
        how = how.format(channel=c.channel.label, direction=c.direction.label.lower())
        rows = [
            (self.tr("When"), f"{html_escape(t.fmt_both(c.occurred_at))} — {html_escape(ago)}"),
            (self.tr("How"), html_escape(how)),
            (
                self.tr("With"),
                "<br>".join(f"{html_escape(x.label)} <i>({html_escape(x.category.label)})</i>" for x in c.counterparts)
                or "—",
            ),
            (self.tr("Staff present"), html_escape(", ".join(c.staff_present)) or "—"),
            (
                self.tr("Logged"),
                html_escape(self.tr("by {user}, {when}").format(user=c.recorded_by, when=t.fmt(c.recorded_at))),
            ),
        ]
        if c.follow_up_needed:
            rows.append((self.tr("Follow-up"), self.tr("needed")))
        if c.unvetted_intermediaries:
            warn = warning_colour().name()
            names = html_escape(", ".join(c.unvetted_intermediaries))
            label = html_escape(self.tr("Not vetted at the time:"))
            rows.insert(0, (self.tr("Intermediary"), f"<b style='color:{warn}'>{label}</b> {names}"))
        if c.restricted:
            colour = restricted_colour().name()
            marking = html_escape(self.tr("RESTRICTED"))
            rest = html_escape(self.tr("kept out of family-facing and redacted outputs"))
            rows.insert(0, (self.tr("Access"), f"<b style='color:{colour}'>{marking}</b> — {rest}"))
        elif c.id in self.model.shares:
            rows.append((self.tr("Family"), html_escape(family_share_box.marker_text(self.model.shares[c.id]))))
        note = void_note(c, t)
        if note:
            rows.insert(0, (self.tr("VOIDED"), html_escape(note)))
        table = "".join(
            f"<tr><td style='padding-right:12px'><b>{html_escape(k)}</b></td><td>{v}</td></tr>" for k, v in rows
        )
        no_notes = html_escape(self.tr("No notes."))
        notes_heading = html_escape(self.tr("Notes"))
        html = [
            f"<table cellspacing='2'>{table}</table>",
            f"<h4>{notes_heading}</h4>",
            f"<p>{multiline_html(c.notes) or f'<i>{no_notes}</i>'}</p>",
        ]
        if c.outcome:
            outcome_heading = html_escape(self.tr("Outcome"))
            html += [f"<h4>{outcome_heading}</h4>", f"<p>{multiline_html(c.outcome)}</p>"]
        if c.revision > 1:
            heading = self.tr("Edit history (%n earlier version(s))", "", c.revision - 1)
            html.append(f"<h4>{html_escape(heading)}</h4>")
            if revisions is None:
                loading = html_escape(self.tr("Loading…"))
                html.append(f"<p><i>{loading}</i></p>")
            else:
                outcome_label = html_escape(self.tr("Outcome:"))
                for r in reversed(revisions):
                    head = self.tr("Version {number}, written by {writer} {written}; replaced by {replacer} {replaced}")
                    head = html_escape(head).format(
                        number=f"<b>{r.revision}</b>",
                        writer=html_escape(r.written_by),
                        written=html_escape(t.fmt(r.written_at)),
                        replacer=html_escape(r.replaced_by or "?"),
                        replaced=html_escape(t.fmt(r.replaced_at)),
                    )
                    marks = [t.fmt(r.occurred_at), r.channel.label]
                    if r.restricted:
                        marks.append(self.tr("restricted"))
                    html.append(
                        f"<p>{head}<br>"
                        f"<i>{html_escape(' · '.join(marks))} · </i>{html_escape(r.subject)}<br>"
                        f"{multiline_html(r.notes)}"
                        + (f"<br><i>{outcome_label}</i> {multiline_html(r.outcome)}" if r.outcome else "")
                        + "</p>"
                    )
        return "".join(html)

    def times_changed(self) -> None:
        self.model.times_changed()
        shown = getattr(self, "_shown", None)
        if shown is not None:
            self.show_detail(shown)
