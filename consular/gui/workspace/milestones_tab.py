"""Milestones: the key developments of a case in the order they happened."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from consular.domain.enums import MilestoneKind
from consular.domain.errors import ValidationError
from consular.gui import ops, row_menu, settings
from consular.gui.conflicts import diff_records
from consular.gui.form_rows import enum_combo
from consular.gui.forms.record_forms import MilestoneForm
from consular.gui.icons import icon
from consular.gui.table_models import (
    OBJECT_ROLE,
    Column,
    RecordTableModel,
    VoidedFilterProxy,
    show_voided_box,
    use_sort_header,
    void_note,
    voidable,
)
from consular.gui.text import html_escape, multiline_html
from consular.gui.theme import restricted_colour
from consular.gui.times import TimeDisplay, ZonedDateTimeEdit
from consular.gui.workspace import family_share_box
from consular.gui.workspace.forms import FormDialog, text_or_none
from consular.gui.workspace.more_rows import MoreRows, fill_view
from consular.gui.workspace.void_dialog import void_action
from consular.i18n import QT_TRANSLATE_NOOP
from consular.services import milestones
from consular.services.convert import WITHHELD
from consular.services.milestones import PERSONAL_KINDS
from consular.services.views import FamilyShareView, MilestoneView, ParticipantView

log = logging.getLogger(__name__)


# What the conflict panel compares: the national by name, not by id.
DIFF_FIELDS = ("kind", "occurred_at", "title", "description", "source", "hostage_name", "restricted")


def withheld(m: MilestoneView) -> bool:
    """A restricted milestone shown to someone outside the case's team: date and "restricted" only."""
    return m.restricted and m.recorded_by == WITHHELD


def edit_refused(m: MilestoneView | None) -> str | None:
    """Why this milestone cannot be edited here, or None when it can."""
    if m is None:
        return QCoreApplication.translate("milestones_tab", "Select a milestone to edit.")
    if m.voided:
        return QCoreApplication.translate("milestones_tab", "A voided milestone stays as it was recorded.")
    if withheld(m):
        return QCoreApplication.translate(
            "milestones_tab", "Restricted: only the case's team, supervisors and administrators may see or edit it."
        )
    return None


def _milestone_tip(m: MilestoneView, _model) -> str:
    return (m.description or m.title)[:600]


def _kind_icon(m: MilestoneView, _model):
    return icon("hostage" if m.kind in (MilestoneKind.PROOF_OF_LIFE, MilestoneKind.WELFARE_REPORT) else "milestone")


MAX_CHASE_PAGES = 50  # how far select_milestone reads on to find a milestone not loaded yet


def _not_loaded(exc: BaseException) -> None:
    log.info("The milestones with the voided ones could not be read: %s", exc)


class MilestoneTableModel(MoreRows, RecordTableModel):
    TR_CONTEXT = "MilestoneTableModel"
    # Voided milestones stay in the list, struck through (voidable).
    COLUMNS = tuple(
        voidable(c)
        for c in (
            Column(
                QT_TRANSLATE_NOOP("MilestoneTableModel", "When"),
                lambda m, model: model.times.fmt(m.occurred_at),
                lambda m, model: m.occurred_at,
                tooltip=lambda m, model: model.times.fmt_both(m.occurred_at),
                is_time=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("MilestoneTableModel", "Kind"),
                lambda m, _: m.kind.label,
                lambda m, _: m.kind.label,
                tooltip=_milestone_tip,
                decoration=_kind_icon,
            ),
            Column(
                QT_TRANSLATE_NOOP("MilestoneTableModel", "Title"),
                lambda m, _: m.title,
                lambda m, _: m.title.lower(),
                tooltip=_milestone_tip,
            ),
            Column(
                QT_TRANSLATE_NOOP("MilestoneTableModel", "Concerning"),
                lambda m, _: m.hostage_name or "",
                lambda m, _: m.hostage_name or "",
                tooltip=_milestone_tip,
            ),
            Column(
                QT_TRANSLATE_NOOP("MilestoneTableModel", "Source"),
                lambda m, _: m.source or "",
                lambda m, _: m.source or "",
                tooltip=_milestone_tip,
            ),
            Column(
                QT_TRANSLATE_NOOP("MilestoneTableModel", "Access"),
                lambda m, model: (
                    QCoreApplication.translate("MilestoneTableModel", "Restricted")
                    if m.restricted
                    else (QCoreApplication.translate("MilestoneTableModel", "Family") if model.shares.get(m.id) else "")
                ),
                lambda m, model: (m.restricted, m.id in model.shares),
                tooltip=lambda m, model: (
                    QCoreApplication.translate(
                        "MilestoneTableModel", "Restricted: kept out of family-facing and redacted outputs"
                    )
                    if m.restricted
                    else family_share_box.marker_text(model.shares.get(m.id)) or _milestone_tip(m, model)
                ),
                decoration=lambda m, model: (
                    icon("restricted") if m.restricted else icon("family") if m.id in model.shares else None
                ),
                foreground=lambda m, _: restricted_colour() if m.restricted else None,
            ),
        )
    )
    COL_WHEN, COL_KIND, COL_TITLE, COL_CONCERNING, COL_SOURCE, COL_ACCESS = range(len(COLUMNS))
    #: The case's milestones marked shareable with family, by id (the "Family" marker).
    shares: dict[int, FamilyShareView] = {}  # noqa: RUF012 - replaced whole, never mutated

    def set_shares(self, shares: dict[int, FamilyShareView]) -> None:
        self.shares = shares
        self.repaint_all()

    def order(self, rows: list[MilestoneView]) -> list[MilestoneView]:
        return sorted(rows, key=lambda m: (m.occurred_at, m.id))


class MilestoneDialog(FormDialog):
    """Add a milestone, or correct one (``milestone=``): an edit sends the version it loaded,
    and a stale save is met with the conflict panel (Reload shows what the other person
    changed, the typing kept on top of their version)."""

    def __init__(
        self,
        ctx,
        reference: str,
        *,
        case_zone: str,
        times_mode: str,
        hostages: list[ParticipantView],
        kind: MilestoneKind | None = None,
        hostage_person_id: int | None = None,
        milestone: MilestoneView | None = None,
        share: FamilyShareView | None = None,
        parent=None,
    ):
        editing = milestone is not None
        super().__init__(
            self.tr("Edit milestone") if editing else self.tr("Add milestone"),
            parent,
            icon_name="milestone",
            save_text=self.tr("Save") if editing else self.tr("Add milestone"),
        )
        self.ctx, self.reference, self.milestone = ctx, reference, milestone
        self.kind = self.add_field(self.tr("Kind"), enum_combo(MilestoneKind, self.tr("Milestone kind")), "kind")
        if kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self.when = ZonedDateTimeEdit(case_zone, times_mode, self.tr("When"), field="occurred_at")  # errors beside it
        # Now by the service clock: the wall clock is "in the future" for the demo and --as-of.
        self.when.set_value(ctx.now().replace(second=0, microsecond=0))
        self.add_field(self.tr("When"), self.when, "occurred_at")
        self.title = self.add_field(self.tr("Title"), QLineEdit(), "title", accessible=self.tr("Milestone title"))
        self.description = self.add_field(
            self.tr("What happened"), QPlainTextEdit(), "description", accessible=self.tr("Description")
        )
        self.description.setMinimumHeight(110)
        self.source = self.add_field(self.tr("Source"), QLineEdit(), "source", accessible=self.tr("Source"))
        self.source.setPlaceholderText(self.tr("Who or what reported it"))
        self.hostage = QComboBox()
        self.hostage.setAccessibleName(self.tr("Concerning national"))
        self.hostage.addItem(self.tr("— the case as a whole —"), None)
        for p in hostages:
            name = p.name + (f" ({p.person.name_native})" if p.person.name_native else "")
            self.hostage.addItem(name, p.person.id)
        if hostage_person_id is not None:
            self.hostage.setCurrentIndex(max(0, self.hostage.findData(hostage_person_id)))
        self.add_field(self.tr("Concerning"), self.hostage, "hostage_person_id")
        self.restricted = QCheckBox(self.tr("Restricted — keep out of family-facing and redacted outputs"))
        self.restricted.setAccessibleName(self.tr("Restricted"))
        self.add_field("", self.restricted, "restricted", accessible=self.tr("Restricted"))
        self.family = family_share_box.FamilyShareBox(share)
        self.add_field("", self.family, "wording", accessible=self.tr("Shareable with family"))
        self.restricted.toggled.connect(self.family.set_restricted)
        if editing:
            self.show_form(MilestoneForm.from_view(milestone))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if not editing:
            self._kind_changed()
        self.kind.setFocus()

    def _kind_changed(self) -> None:
        personal = self.kind.currentData() in PERSONAL_KINDS
        if personal:
            # How proof of life reached us is usually sensitive.
            self.restricted.setChecked(True)

    def show_form(self, form: MilestoneForm) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(form.kind)))
        if form.occurred_at is not None:
            self.when.set_value(form.occurred_at)
        self.title.setText(form.title)
        self.description.setPlainText(form.description)
        self.source.setText(form.source)
        index = self.hostage.findData(form.hostage_person_id)
        if index < 0 and form.hostage_person_id is not None:
            # A national no longer among the hostages shown: kept, so nothing changes by itself.
            self.hostage.addItem(
                self.tr("Person #{number}").format(number=form.hostage_person_id), form.hostage_person_id
            )
            index = self.hostage.count() - 1
        self.hostage.setCurrentIndex(max(0, index))
        self.restricted.setChecked(form.restricted)

    def current_form(self) -> MilestoneForm:
        """What the widgets hold, as a Qt-free form (the time as typed; an impossible one raises
        the field's ValidationError)."""
        return MilestoneForm(
            kind=self.kind.currentData(),
            occurred_at=self.when.value(),
            title=self.title.text(),
            description=self.description.toPlainText(),
            source=self.source.text(),
            hostage_person_id=self.hostage.currentData(),
            restricted=self.restricted.isChecked(),
        )

    def validate(self):
        try:
            form = self.current_form()
        except ValidationError as exc:
            return [exc]
        return form.validate(now=self.ctx.now())

    def prepare(self):
        work = self._prepare_milestone()
        share = self.family.apply(self.ctx)

        def saved():
            view = work()
            share("milestone", view.id)
            return view

        return saved

    def _prepare_milestone(self):
        ctx, ref = self.ctx, self.reference
        form = self.current_form()
        if self.milestone is None:
            values = {
                "kind": form.kind,
                "occurred_at": form.occurred_at,
                "title": form.title,
                "description": text_or_none(form.description),
                "source": text_or_none(form.source),
                "hostage_person_id": form.hostage_person_id,
                "restricted": form.restricted,
            }
            return lambda: milestones.add_milestone(ctx, ref, **values)
        loaded = self.milestone
        changes = form.changes(loaded)

        def work():
            if not changes:
                return loaded
            return milestones.edit_milestone(ctx, loaded.id, expected_version=loaded.version, **changes)

        return work

    def reload_stored(self, show_changes) -> None:
        """After a stale save (the panel's Reload): the milestone as stored now, the typing
        kept on top of it, and what the other person changed."""
        ctx, loaded = self.ctx, self.milestone

        def reloaded(stored: MilestoneView) -> None:
            try:
                mine = self.current_form()
            except ValidationError:
                mine = MilestoneForm.from_view(loaded)  # an impossible time typed: theirs shown
            merged, both = mine.rebase(loaded, stored)
            self.milestone = stored
            self.show_form(merged)
            show_changes(diff_records(loaded, stored, DIFF_FIELDS), kept=both)

        ops.query(self, lambda: milestones.get_milestone(ctx, loaded.id), reloaded)


class MilestonesTab(QWidget):
    changed = Signal()
    log_requested = Signal()

    def __init__(self, ctx, reference: str, times: TimeDisplay, parent=None):
        super().__init__(parent)
        self.ctx, self.reference, self.times = ctx, reference, times
        self.hostages: list[ParticipantView] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(icon("milestone"), self.tr("Add milestone…"))
        self.add_button.setAccessibleName(self.tr("Add milestone"))
        self.add_button.clicked.connect(lambda: self.add_milestone())
        bar.addWidget(self.add_button)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected milestone"))
        self.edit_button.clicked.connect(lambda: self.edit_milestone())
        self.edit_button.setEnabled(False)
        bar.addWidget(self.edit_button)
        bar.addStretch(1)
        self.show_voided = show_voided_box(settings.SHOW_VOIDED_MILESTONES, self._show_voided_changed)
        bar.addWidget(self.show_voided)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Milestone count"))
        self.count.setProperty("role", "muted")
        bar.addWidget(self.count)
        layout.addLayout(bar)

        self._generation = 0  # of the last set_milestones: a slower, older fetch must not win
        self._counts: tuple[int, int] | None = None  # (standing, voided) of a paged case detail
        self._pending_select: int | None = None
        self._chase_pages = 0
        self.model = MilestoneTableModel(times, self)
        self.model.set_fetch(
            lambda offset, limit: milestones.list_milestones(
                ctx, reference, include_voided=True, offset=offset, limit=limit
            )
        )
        self.model.on_more = self._more_arrived
        self.proxy = VoidedFilterProxy(self, show_voided=self.show_voided.isChecked())
        self.proxy.setSourceModel(self.model)
        splitter = QSplitter(Qt.Vertical)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Milestones"))
        self.table.setModel(self.proxy)
        use_sort_header(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MilestoneTableModel.COL_WHEN, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MilestoneTableModel.COL_TITLE, QHeaderView.Stretch)
        header.resizeSection(MilestoneTableModel.COL_WHEN, 160)
        header.resizeSection(MilestoneTableModel.COL_KIND, 190)
        header.resizeSection(MilestoneTableModel.COL_CONCERNING, 160)
        header.resizeSection(MilestoneTableModel.COL_SOURCE, 180)
        header.resizeSection(MilestoneTableModel.COL_ACCESS, 100)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        row_menu.attach(self.table, self._row_actions)
        splitter.addWidget(self.table)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Milestone in full"))
        splitter.addWidget(self.detail)
        splitter.setSizes([420, 200])
        layout.addWidget(splitter, 1)

    def set_hostages(self, hostages: list[ParticipantView]) -> None:
        self.hostages = list(hostages)

    def set_milestones(self, rows: list[MilestoneView], counts: tuple[int, int] | None = None) -> None:
        """Show the case's milestones (the case detail's, which leave voided ones out) at once,
        then the full list with the voided ones, struck through, once it has been read.

        ``counts`` given ((standing, voided) of the whole case): ``rows`` are the first page,
        voided ones included, of a paged case detail; the rest is read as the user scrolls."""
        self._generation += 1
        generation = self._generation
        ctx, ref = self.ctx, self.reference
        if counts is not None:
            self._counts = counts
            self._show_rows(rows, total=sum(counts), keep=self.model.rowCount())
            family_share_box.load_shares(self, ctx, ref, "milestone", self.model.set_shares)
            return
        self._counts = None
        self._show_rows(rows)

        def arrived(all_rows: list[MilestoneView]) -> None:
            if generation == self._generation:
                self._show_rows(all_rows)

        ops.query(self, lambda: milestones.list_milestones(ctx, ref, include_voided=True), arrived, _not_loaded)
        family_share_box.load_shares(self, ctx, ref, "milestone", self.model.set_shares)

    def _show_rows(self, rows: list[MilestoneView], *, total: int | None = None, keep: int = 0) -> None:
        current = self.current_milestone()
        self.model.set_page(rows, total, keep=keep)
        self._show_count()
        if current is None or not self.select_milestone(current.id):
            self._current_changed(self.table.currentIndex(), None)

    def _show_count(self) -> None:
        if self._counts is not None:
            counted, voided = self._counts
        else:
            counted = sum(1 for m in self.model._rows if not m.voided)  # a voided milestone counts for nothing
            voided = self.model.rowCount() - counted
        loaded = self.model.rowCount()
        text = self.tr("%n milestone(s), oldest first", "", counted)
        if voided:
            text += " " + self.tr("(%n voided, not counted)", "", voided)
        if self.model.has_more():
            locale = QLocale()
            text += self.tr("; {loaded} of {total} loaded, more as you scroll").format(
                loaded=locale.toString(loaded), total=locale.toString(counted + voided)
            )
        self.count.setText(text)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        fill_view(self.table, self.model)  # rows read while hidden may not fill the table

    def _more_arrived(self, _rows: int) -> None:
        self._show_count()
        pending = self._pending_select
        if pending is None:
            fill_view(self.table, self.model)
        else:
            if self.select_milestone(pending, chase=False):
                self._pending_select = None
            elif self.model.has_more() and self._chase_pages < MAX_CHASE_PAGES:
                self._chase_pages += 1
                self.model.fetchMore()
            else:
                self._pending_select = None

    def _show_voided_changed(self, show: bool) -> None:
        self.proxy.set_show_voided(show)
        self._current_changed(self.table.currentIndex(), None)

    def _row_actions(self, index) -> row_menu.RowActions | None:
        milestone = index.data(OBJECT_ROLE)
        if milestone is None:
            return None
        extra = [] if edit_refused(milestone) else [(self.tr("Edit…"), None, lambda: self.edit_milestone(milestone))]
        extra += family_share_box.mark_action(
            self.ctx, self, "milestone", milestone, self.tr("Milestone “{title}”").format(title=milestone.title),
            self.model.shares.get(milestone.id), self._voided,
        )  # fmt: skip
        return row_menu.RowActions(
            subject=self.tr("Milestone #{number} of {reference}").format(number=milestone.id, reference=self.reference),
            open=lambda: self.detail.setFocus(Qt.OtherFocusReason),  # shown in full below the list
            reference=self.reference,
            log_contact=self.log_requested.emit,
            extra=extra,
            **void_action(
                self.ctx,
                self,
                "milestone",
                milestone,
                self.tr("milestone #{number}").format(number=milestone.id),
                self._voided,
            ),
        )

    def _voided(self, _result) -> None:
        self.changed.emit()

    def current_milestone(self) -> MilestoneView | None:
        index = self.table.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def select_milestone(self, milestone_id: int, *, chase: bool = True) -> bool:
        """Select the milestone; one not loaded yet (a paged case) is looked for in the next
        pages (``chase``), and selected when its page arrives."""
        row = self.model.row_of(milestone_id)
        if row < 0:
            if chase and self.model.has_more():
                self._pending_select, self._chase_pages = milestone_id, 1
                self.model.fetchMore()
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # a voided one, hidden
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _current_changed(self, current, _previous) -> None:
        m = current.data(OBJECT_ROLE) if current.isValid() else None
        refused = edit_refused(m)
        self.edit_button.setEnabled(refused is None)
        self.edit_button.setToolTip(refused or self.tr("Correct the selected milestone (Ctrl+Enter saves)"))
        if m is None:
            self.detail.clear()
            return
        t = self.times
        note = void_note(m, t)
        parts = [
            f"<h3>{'<s>' if note else ''}{html_escape(m.title)}{'</s>' if note else ''}</h3>",
            "<p>" + self.tr("<b>VOIDED</b> — {note}").format(note=html_escape(note)) + "</p>" if note else "",
            f"<p><b>{html_escape(m.kind.label)}</b> — {html_escape(t.fmt_both(m.occurred_at))}</p>",
        ]
        if m.restricted:
            parts.append(
                "<p>"
                + self.tr(
                    "<b style='color:{colour}'>RESTRICTED</b> — kept out of family-facing and redacted outputs"
                ).format(colour=restricted_colour().name())
                + "</p>"
            )
        share = self.model.shares.get(m.id)
        if share is not None and not m.restricted:
            parts.append(f"<p>{html_escape(family_share_box.marker_text(share))}</p>")
        if m.hostage_name:
            parts.append("<p>" + self.tr("Concerning: {name}").format(name=html_escape(m.hostage_name)) + "</p>")
        if m.source:
            parts.append("<p>" + self.tr("Source: {source}").format(source=html_escape(m.source)) + "</p>")
        parts.append(f"<p>{multiline_html(m.description) or '<i>' + self.tr('No description.') + '</i>'}</p>")
        recorded = self.tr("Recorded by {name}, {when}").format(
            name=html_escape(m.recorded_by), when=html_escape(t.fmt(m.recorded_at))
        )
        parts.append(f"<p><i>{recorded}</i></p>")
        self.detail.setHtml("".join(parts))

    def add_milestone(self, kind: MilestoneKind | None = None, hostage_person_id: int | None = None) -> MilestoneDialog:
        dialog = MilestoneDialog(
            self.ctx,
            self.reference,
            case_zone=self.times.case_zone,
            times_mode=self.times.mode,
            hostages=self.hostages,
            kind=kind,
            hostage_person_id=hostage_person_id,
            parent=self,
        )
        dialog.saved.connect(lambda _m: self.changed.emit())
        dialog.open()
        return dialog

    def edit_milestone(self, milestone: MilestoneView | None = None) -> MilestoneDialog | None:
        """Correct ``milestone`` (default: the selected one) in a dialog that sends the version
        it loaded; None when it may not be edited here (voided, or restricted and withheld)."""
        milestone = milestone or self.current_milestone()
        if edit_refused(milestone):
            return None
        dialog = MilestoneDialog(
            self.ctx,
            self.reference,
            case_zone=self.times.case_zone,
            times_mode=self.times.mode,
            hostages=self.hostages,
            milestone=milestone,
            share=self.model.shares.get(milestone.id),
            parent=self,
        )
        dialog.saved.connect(lambda _m: self.changed.emit())
        dialog.open()
        return dialog

    def times_changed(self) -> None:
        self.model.times_changed()
        self._current_changed(self.table.currentIndex(), None)
