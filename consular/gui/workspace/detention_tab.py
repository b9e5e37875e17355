"""The Detention tab, shown for a wrongful-detention case: the detention facts of each detained
national at the top (detaining authority, place and earlier places, lawyer), then one section
per kind of record: consular visits, notes verbales, hearings and charges.

Overdue rows are marked (a visit request without a decision, a note verbale unanswered, past
the days set in the settings; a hearing whose date passed without an outcome). A restricted
record read by someone outside the case team shows its date and "Restricted" only. Loading
and saving run off the GUI thread; a stale save is offered Reload in its dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from consular.domain.timeutil import in_zone
from consular.gui import ops
from consular.gui.icons import icon
from consular.gui.table_models import OBJECT_ROLE, Column, RawSortProxy, RecordTableModel, use_sort_header
from consular.gui.text import html_escape, multiline_html
from consular.gui.theme import restricted_colour, warning_colour
from consular.gui.times import TimeDisplay
from consular.gui.workspace.detention_dialogs import ChargeDialog, FactsDialog, HearingDialog, NoteDialog, VisitDialog
from consular.gui.workspace.forms import VoidDialog, day_text
from consular.i18n import QT_TRANSLATE_NOOP
from consular.services import detention, voiding
from consular.services.detention_views import DetentionFile

RESTRICTED = QT_TRANSLATE_NOOP("detention_tab", "Restricted")
# What a voided record is called, and the Void button's description, by kind.
_KIND_NAMES = {
    "visit": QT_TRANSLATE_NOOP("detention_tab", "visit"),
    "note_verbale": QT_TRANSLATE_NOOP("detention_tab", "note verbale"),
    "hearing": QT_TRANSLATE_NOOP("detention_tab", "hearing"),
    "charge": QT_TRANSLATE_NOOP("detention_tab", "charge"),
}
_VOID_SELECTED = {
    "visit": QT_TRANSLATE_NOOP("detention_tab", "Void the selected visit"),
    "note_verbale": QT_TRANSLATE_NOOP("detention_tab", "Void the selected note verbale"),
    "hearing": QT_TRANSLATE_NOOP("detention_tab", "Void the selected hearing"),
    "charge": QT_TRANSLATE_NOOP("detention_tab", "Void the selected charge"),
}


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("detention_tab", text, disambiguation, n)


def day(value, times: TimeDisplay) -> str:
    """A date as the lists show it (the day in the zone shown, in the language), or "—"."""
    return day_text(in_zone(value, times.zone)) if value is not None else "—"


def _stamp(value) -> float:
    return value.timestamp() if value is not None else 0.0


def _hidden(text_of):
    """A cell that reads "Restricted" (and nothing else) for a withheld record."""
    return lambda r, m: _tr(RESTRICTED) if r.withheld else text_of(r, m)


def _flag(r, _m):
    if r.withheld:
        return restricted_colour()
    return warning_colour() if getattr(r, "overdue", False) else None


def _flag_icon(r, _m):
    if r.withheld:
        return icon("restricted")
    return icon("warning") if getattr(r, "overdue", False) else None


def _waiting(r) -> str:
    days = r.days_waiting
    if days is None:
        return ""
    if r.overdue:
        return QCoreApplication.translate("detention_tab", "OVERDUE (%n day(s))", "", days)
    return QCoreApplication.translate("detention_tab", "waiting %n day(s)", "", days)


def _national():
    return Column(
        QT_TRANSLATE_NOOP("detention_tab", "National"), lambda r, _: r.person_name, lambda r, _: r.person_name
    )


class _DetentionModel(RecordTableModel):
    TR_CONTEXT = "detention_tab"


class VisitTableModel(_DetentionModel):
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("detention_tab", "Requested"),
            lambda r, m: day(r.requested_at, m.times),
            lambda r, _: _stamp(r.requested_at),
        ),
        _national(),
        Column(
            QT_TRANSLATE_NOOP("detention_tab", "Decision"),
            lambda r, _: (r.decision.label if r.decision else "") + (f" — {_waiting(r)}" if _waiting(r) else ""),
            lambda r, _: r.days_waiting if r.days_waiting is not None else -1,
            foreground=_flag,
            decoration=_flag_icon,
            tooltip=lambda r, m: (
                QCoreApplication.translate("detention_tab", "Decided {day}").format(day=day(r.decided_at, m.times))
                if r.decided_at
                else _waiting(r)
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("detention_tab", "Visit"),
            lambda r, m: "" if r.withheld else day(r.visit_at, m.times),
            lambda r, _: _stamp(r.visit_at),
        ),
        Column(
            QT_TRANSLATE_NOOP("detention_tab", "Visited by"),
            _hidden(lambda r, _: r.visited_by or ""),
            lambda r, _: r.visited_by or "",
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("detention_tab", "Note verbale"),
            lambda r, _: r.note_reference or "",
            lambda r, _: r.note_reference or "",
        ),
    )


class NoteTableModel(_DetentionModel):
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("detention_tab", "Sent"),
            lambda r, m: day(r.sent_at, m.times),
            lambda r, _: _stamp(r.sent_at),
        ),
        Column(
            QT_TRANSLATE_NOOP("detention_tab", "Reference"),
            _hidden(lambda r, _: r.reference),
            lambda r, _: r.reference,
            decoration=_flag_icon,
        ),
        Column(
            QT_TRANSLATE_NOOP("detention_tab", "To"), _hidden(lambda r, _: r.addressed_to), lambda r, _: r.addressed_to
        ),
        Column(
            QT_TRANSLATE_NOOP("detention_tab", "Subject"),
            _hidden(lambda r, _: r.subject),
            lambda r, _: r.subject,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("detention_tab", "Answered"),
            lambda r, m: day(r.answered_at, m.times) if r.answered_at else _waiting(r),
            lambda r, _: _stamp(r.answered_at) or -(r.days_waiting or 0),
            foreground=_flag,
        ),
    )


class HearingTableModel(_DetentionModel):
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("detention_tab", "Date"),
            lambda r, m: day(r.held_at, m.times),
            lambda r, _: _stamp(r.held_at),
            decoration=_flag_icon,
        ),
        _national(),
        Column(QT_TRANSLATE_NOOP("detention_tab", "Court"), _hidden(lambda r, _: r.court), lambda r, _: r.court),
        Column(
            QT_TRANSLATE_NOOP("detention_tab", "Outcome"),
            _hidden(
                lambda r, _: (
                    r.outcome
                    or (
                        QCoreApplication.translate("detention_tab", "OVERDUE — no outcome recorded")
                        if r.overdue
                        else ""
                    )
                )
            ),
            lambda r, _: r.outcome or "",
            foreground=_flag,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("detention_tab", "Next date"),
            lambda r, m: "" if r.withheld else day(r.next_at, m.times),
            lambda r, _: _stamp(r.next_at),
        ),
    )


class ChargeTableModel(_DetentionModel):
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("detention_tab", "Filed"),
            lambda r, m: day(r.filed_at, m.times),
            lambda r, _: _stamp(r.filed_at),
            decoration=_flag_icon,
        ),
        _national(),
        Column(
            QT_TRANSLATE_NOOP("detention_tab", "Charge"),
            _hidden(lambda r, _: r.text),
            lambda r, _: r.text,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("detention_tab", "Status"),
            _hidden(lambda r, m: r.status.label + (f" ({day(r.status_at, m.times)})" if r.status_at else "")),
            lambda r, _: r.status.value if r.status else "",
        ),
    )


class RecordSection(QWidget):
    """One kind of record: its buttons over its table."""

    def __init__(
        self,
        name: str,
        model: RecordTableModel,
        buttons: list[tuple[str, str, object]],
        widths: dict[int, int] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in buttons:
            b = QPushButton(text)
            b.setAccessibleName(text.rstrip("…"))
            b.clicked.connect(lambda _checked=False, s=slot: s())
            bar.addWidget(b)
            self.buttons[key] = b
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setProperty("role", "muted")
        self.summary.setAccessibleName(self.tr("{name}: summary").format(name=name))
        bar.addWidget(self.summary)
        layout.addLayout(bar)
        self.proxy = RawSortProxy(self)
        self.proxy.setSourceModel(model)
        self.table = QTableView()
        self.table.setAccessibleName(name)
        self.table.setModel(self.proxy)
        use_sort_header(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for col, column in enumerate(model.COLUMNS):
            if column.stretch:
                header.setSectionResizeMode(col, QHeaderView.Stretch)
            else:
                header.resizeSection(col, (widths or {}).get(col, 140))
        layout.addWidget(self.table, 1)

    def current(self):
        index = self.table.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def select(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True


class DetentionTab(QWidget):
    changed = Signal()
    loaded = Signal()

    def __init__(self, ctx, reference: str, times: TimeDisplay, parent=None):
        super().__init__(parent)
        self.ctx, self.reference, self.times = ctx, reference, times
        self.file: DetentionFile | None = None
        self.nationals: list[tuple[int, str]] = []
        self._pending: tuple[str, int] | None = None
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.facts = QLabel(self.tr("Loading…"))
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.RichText)
        self.facts.setAccessibleName(self.tr("Detention facts"))
        self.facts.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        top.addWidget(self.facts, 1)
        self.facts_button = QPushButton(self.tr("Detention facts…"))
        self.facts_button.setAccessibleName(self.tr("Set the detention facts"))
        self.facts_button.setToolTip(
            self.tr("The detaining authority, the place of detention (a transfer), the lawyer")
        )
        self.facts_button.clicked.connect(lambda _checked=False: self.edit_facts())
        top.addWidget(self.facts_button, 0, Qt.AlignTop)
        layout.addLayout(top)

        self.visits = RecordSection(
            self.tr("Consular visits"),
            VisitTableModel(times, self),
            [
                ("add", self.tr("Request visit…"), self.add_visit),
                ("edit", self.tr("Decision / visit…"), self.edit_visit),
            ],
            {1: 200, 2: 330, 3: 120, 5: 230},
        )
        self.notes = RecordSection(
            self.tr("Notes verbales"),
            NoteTableModel(times, self),
            [("add", self.tr("Note verbale…"), self.add_note), ("edit", self.tr("Answer / edit…"), self.edit_note)],
            {1: 240, 2: 240, 4: 230},
        )
        self.hearings = RecordSection(
            self.tr("Hearings"),
            HearingTableModel(times, self),
            [("add", self.tr("Hearing…"), self.add_hearing), ("edit", self.tr("Outcome / edit…"), self.edit_hearing)],
            {1: 200, 2: 300, 4: 120},
        )
        self.charges = RecordSection(
            self.tr("Charges"),
            ChargeTableModel(times, self),
            [("add", self.tr("Charge…"), self.add_charge), ("edit", self.tr("Edit charge…"), self.edit_charge)],
            {1: 200, 3: 200},
        )
        self.sections = {
            "visit": self.visits,
            "note_verbale": self.notes,
            "hearing": self.hearings,
            "charge": self.charges,
        }
        for kind, section in self.sections.items():
            void = QPushButton(self.tr("Void…"))
            void.setAccessibleName(_tr(_VOID_SELECTED[kind]))
            void.clicked.connect(lambda _checked=False, k=kind: self.void(k))
            section.layout().itemAt(0).layout().insertWidget(2, void)
            section.buttons["void"] = void
            section.table.selectionModel().currentRowChanged.connect(lambda *_a, s=section: self._selected(s))
            section.table.doubleClicked.connect(lambda _i, k=kind: self._edit(k))
        self.inner = QTabWidget()
        self.inner.setAccessibleName(self.tr("Detention records"))
        for section, title in (
            (self.visits, self.tr("Consular visits")),
            (self.notes, self.tr("Notes verbales")),
            (self.hearings, self.tr("Hearings")),
            (self.charges, self.tr("Charges")),
        ):
            self.inner.addTab(section, title)
        self.inner.currentChanged.connect(lambda _i: self._selected(self.inner.currentWidget()))
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Selected detention record in full"))
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.inner)
        splitter.addWidget(self.detail)
        splitter.setSizes([320, 150])
        layout.addWidget(splitter, 1)
        self._update_buttons()

    # --- data ---------------------------------------------------------------------------

    def set_detail(self, detail) -> None:
        self.nationals = [(h.person.id, h.name) for h in detail.hostages]

    def reload(self) -> None:
        ctx, ref = self.ctx, self.reference
        ops.query(self, lambda: detention.detention_file(ctx, ref), self._loaded)

    def _loaded(self, file: DetentionFile) -> None:
        self.file = file
        selected = {kind: s.current() for kind, s in self.sections.items()}
        self.visits.model.set_rows(file.visits)
        self.notes.model.set_rows(file.notes)
        self.hearings.model.set_rows(file.hearings)
        self.charges.model.set_rows(file.charges)
        for kind, record in selected.items():
            if record is not None:
                self.sections[kind].select(record.id)
        self._show_facts(file)
        self._summaries(file)
        if self._pending is not None:
            kind, record_id = self._pending
            self._pending = None
            self.select_record(f"{kind}:{record_id}")
        self._selected(self.inner.currentWidget())
        self.loaded.emit()

    def _summaries(self, f: DetentionFile) -> None:
        late_visits = sum(v.overdue for v in f.visits)
        late_notes = sum(n.overdue for n in f.notes)
        late_hearings = sum(h.overdue for h in f.hearings)
        requests, made, notes = len(f.visits), sum(v.visited for v in f.visits), len(f.notes)
        hearings, charges = len(f.hearings), len(f.charges)
        self.visits.summary.setText(
            self.tr("{requests}; {visits} made; {late} without a decision after {days}").format(
                requests=self.tr("%n request(s)", "", requests),
                visits=self.tr("%n visit(s)", "", made),
                late=late_visits,
                days=self.tr("%n day(s)", "", f.visit_answer_days),
            )
        )
        self.notes.summary.setText(
            self.tr("{notes}; {unanswered} unanswered; {late} past {days}").format(
                notes=self.tr("%n note(s)", "", notes),
                unanswered=sum(n.answered_at is None for n in f.notes),
                late=late_notes,
                days=self.tr("%n day(s)", "", f.note_answer_days),
            )
        )
        self.hearings.summary.setText(
            self.tr("{hearings}; {late} past without an outcome").format(
                hearings=self.tr("%n hearing(s)", "", hearings), late=late_hearings
            )
        )
        self.charges.summary.setText(
            self.tr("No charge recorded") if not charges else self.tr("%n charge(s)", "", charges)
        )
        for index, (section, late, title) in enumerate(
            (
                (self.visits, late_visits, self.tr("Consular visits")),
                (self.notes, late_notes, self.tr("Notes verbales")),
                (self.hearings, late_hearings, self.tr("Hearings")),
                (self.charges, 0, self.tr("Charges")),
            )
        ):
            count = section.model.rowCount()
            self.inner.setTabText(
                index,
                self.tr("{title} ({count}) — {late} overdue").format(title=title, count=count, late=late)
                if late
                else self.tr("{title} ({count})").format(title=title, count=count),
            )
            self.inner.setTabIcon(index, icon("warning") if late else icon("calendar"))

    def _show_facts(self, f: DetentionFile) -> None:
        if not f.detentions:
            self.facts.setText(
                self.tr(
                    "<b>No detention facts recorded.</b> Press <i>Detention facts…</i> to record the detaining "
                    "authority, the place of detention and the lawyer."
                )
            )
            return
        blocks = []
        for d in f.detentions:
            earlier = [p for p in d.places[:-1]]
            moves = "; ".join(
                self.tr("{place} (from {day})").format(place=html_escape(p.place), day=day(p.since, self.times))
                for p in earlier
            )
            place = html_escape(d.place or self.tr("not recorded"))
            if d.place_since:
                place = self.tr("{place} since {day}").format(place=place, day=day(d.place_since, self.times))
            authority = html_escape(d.authority or self.tr("authority not recorded"))
            blocks.append(
                self.tr("<b>{name}</b> — held by <b>{authority}</b>").format(
                    name=html_escape(d.person_name), authority=authority
                )
                + "<br>"
                + self.tr("Place: {place}").format(place=place)
                + (
                    "<br><span style='color:gray'>" + self.tr("Before: {places}").format(places=moves) + "</span>"
                    if moves
                    else ""
                )
                + "<br>"
                + self.tr("Lawyer: {lawyer}").format(lawyer=html_escape(d.lawyer_text()))
            )
        self.facts.setText("<br>".join(blocks))

    def select_record(self, target) -> bool:
        """Select ``"visit:12"`` (kind and id), as the dashboard and the timeline name records."""
        kind, _, raw = str(target).partition(":")
        if kind not in self.sections or not raw.isdigit():
            return False
        section = self.sections[kind]
        self.inner.setCurrentWidget(section)
        if self.file is None or not section.select(int(raw)):
            self._pending = (kind, int(raw))
            return False
        section.table.setFocus(Qt.OtherFocusReason)
        return True

    def times_changed(self) -> None:
        for section in self.sections.values():
            section.model.layoutChanged.emit()
        if self.file is not None:
            self._show_facts(self.file)
        self._selected(self.inner.currentWidget())

    def _selected(self, section) -> None:
        self._update_buttons()
        record = section.current() if isinstance(section, RecordSection) else None
        self.detail.setHtml(self._html(record) if record is not None else "")

    def _html(self, r) -> str:
        if r.withheld:
            return (
                "<p>"
                + self.tr(
                    "<b style='color:{colour}'>Restricted</b>: recorded {day}. Only the case team reads it."
                ).format(colour=restricted_colour().name(), day=html_escape(day(r.recorded_at, self.times)))
                + "</p>"
            )
        t = self.times
        rows = [(QCoreApplication.translate("detention_tab", "National"), r.person_name)]
        if hasattr(r, "requested_at"):
            requested = day(r.requested_at, t)
            if r.note_reference:
                requested = self.tr("{day} by note verbale {reference}").format(
                    day=requested, reference=r.note_reference
                )
            if r.decided_at:
                decision = self.tr("{decision} on {day}").format(decision=r.decision.label, day=day(r.decided_at, t))
            else:
                decision = f"{r.decision.label} — {_waiting(r)}"
            visit = day(r.visit_at, t)
            if r.visited_by:
                visit = self.tr("{day}, by {name}").format(day=visit, name=r.visited_by)
            rows += [
                (QCoreApplication.translate("detention_tab", "Requested"), requested),
                (QCoreApplication.translate("detention_tab", "Decision"), decision),
                (QCoreApplication.translate("detention_tab", "Visit"), visit),
            ]
            text = [(self.tr("Findings"), r.findings), (self.tr("Welfare observed"), r.welfare_observed)]
        elif hasattr(r, "sent_at"):
            rows += [
                (QCoreApplication.translate("detention_tab", "Reference"), r.reference),
                (QCoreApplication.translate("detention_tab", "Sent"), day(r.sent_at, t)),
                (QCoreApplication.translate("detention_tab", "To"), r.addressed_to),
                (QCoreApplication.translate("detention_tab", "Subject"), r.subject),
                (
                    QCoreApplication.translate("detention_tab", "Answered"),
                    day(r.answered_at, t) if r.answered_at else _waiting(r),
                ),
            ]
            text = [(self.tr("Answer"), r.answer_summary)]
        elif hasattr(r, "held_at"):
            rows += [
                (QCoreApplication.translate("detention_tab", "Date"), day(r.held_at, t)),
                (QCoreApplication.translate("detention_tab", "Court"), r.court),
                (QCoreApplication.translate("detention_tab", "Next date"), day(r.next_at, t)),
            ]
            text = [
                (
                    QCoreApplication.translate("detention_tab", "Outcome"),
                    r.outcome or (self.tr("No outcome recorded yet") if r.overdue else ""),
                )
            ]
        else:
            status = r.status.label
            if r.status_at:
                status = self.tr("{status} since {day}").format(status=status, day=day(r.status_at, t))
            rows += [
                (QCoreApplication.translate("detention_tab", "Filed"), day(r.filed_at, t)),
                (QCoreApplication.translate("detention_tab", "Status"), status),
            ]
            text = [(QCoreApplication.translate("detention_tab", "Charge"), r.text)]
        rows.append((self.tr("Recorded by"), f"{r.recorded_by}, {t.fmt(r.recorded_at)}"))
        cells = "".join(
            f"<tr><td style='padding-right:14px'><b>{html_escape(k)}</b></td><td>{html_escape(v)}</td></tr>"
            for k, v in rows
        )
        flag = (
            f"<p style='color:{warning_colour().name()}'><b>" + self.tr("Overdue.") + "</b></p>"
            if getattr(r, "overdue", False)
            else ""
        )
        mark = " <i>" + self.tr("(restricted)") + "</i>" if r.restricted else ""
        body = "".join(f"<p><b>{html_escape(k)}</b>{mark}<br>{multiline_html(v)}</p>" for k, v in text if v)
        return f"{flag}<table cellspacing='2'>{cells}</table>{body}"

    def _update_buttons(self) -> None:
        writer = self.ctx.actor.can_write
        self.facts_button.setEnabled(writer)
        for section in self.sections.values():
            r = section.current()
            section.buttons["add"].setEnabled(writer)
            usable = writer and r is not None and not r.withheld and r.voided_at is None
            section.buttons["edit"].setEnabled(usable)
            section.buttons["void"].setEnabled(usable and voiding.can_void(self.ctx, r.recorded_by_id))

    # --- actions ------------------------------------------------------------------------

    def _open(self, dialog):
        dialog.saved.connect(lambda _result: (self.reload(), self.changed.emit()))
        dialog.open()
        return dialog

    def _facts_of(self, person_id=None):
        if self.file is None or not self.file.detentions:
            return None
        if person_id is None:
            return self.file.detentions[0]
        return next((d for d in self.file.detentions if d.person_id == person_id), None)

    def edit_facts(self):
        if not self.facts_button.isEnabled():
            return None
        return self._open(FactsDialog(self.ctx, self.reference, self._facts_of(), nationals=self.nationals,
                                      times=self.times, parent=self))  # fmt: skip

    def _kw(self):
        return {"nationals": self.nationals, "times": self.times, "parent": self}

    def add_visit(self):
        notes = self.file.notes if self.file else []
        return self._open(VisitDialog(self.ctx, self.reference, None, notes=notes, **self._kw()))

    def edit_visit(self):
        r = self.visits.current()
        if r is None or not self.visits.buttons["edit"].isEnabled():
            return None
        return self._open(VisitDialog(self.ctx, self.reference, r, notes=self.file.notes, **self._kw()))

    def add_note(self):
        return self._open(NoteDialog(self.ctx, self.reference, None, **self._kw()))

    def edit_note(self):
        r = self.notes.current()
        if r is None or not self.notes.buttons["edit"].isEnabled():
            return None
        return self._open(NoteDialog(self.ctx, self.reference, r, **self._kw()))

    def add_hearing(self):
        return self._open(HearingDialog(self.ctx, self.reference, None, **self._kw()))

    def edit_hearing(self):
        r = self.hearings.current()
        if r is None or not self.hearings.buttons["edit"].isEnabled():
            return None
        return self._open(HearingDialog(self.ctx, self.reference, r, **self._kw()))

    def add_charge(self):
        return self._open(ChargeDialog(self.ctx, self.reference, None, **self._kw()))

    def edit_charge(self):
        r = self.charges.current()
        if r is None or not self.charges.buttons["edit"].isEnabled():
            return None
        return self._open(ChargeDialog(self.ctx, self.reference, r, **self._kw()))

    def _edit(self, kind: str):
        return {
            "visit": self.edit_visit,
            "note_verbale": self.edit_note,
            "hearing": self.edit_hearing,
            "charge": self.edit_charge,
        }[kind]()

    def void(self, kind: str):
        section = self.sections[kind]
        r = section.current()
        if r is None or not section.buttons["void"].isEnabled():
            return None
        what = _tr(_KIND_NAMES[kind])
        label = self.tr("{what} #{number} of {name}").format(what=what, number=r.id, name=r.person_name)
        label = label[:1].upper() + label[1:]
        return self._open(VoidDialog(self.ctx, kind, [(r.id, label)], what=what, parent=self))


__all__ = ["DetentionTab", "day"]
