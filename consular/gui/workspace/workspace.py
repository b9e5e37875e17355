"""The case workspace: one case in tabs (overview, people, contact log, tasks, milestones,
documents, timeline) under a header with the case's identity and the time-zone switch.

The main window creates one per open case and listens to ``case_changed`` (refresh the list
and dashboard) and ``title_changed``. Everything is loaded through the services off the GUI
thread; every write made here ends in :meth:`refresh` and ``case_changed``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consular.domain.enums import CaseKind, Classification
from consular.domain.timeutil import humanize_ago
from consular.gui import errors, ops, settings
from consular.gui.heap import release_free_memory
from consular.gui.icons import icon
from consular.gui.theme import muted_colour, set_flag
from consular.gui.timeline import TimelineTab
from consular.gui.times import TimeDisplay, user_zone_name, zone_caption
from consular.gui.workspace.contact_log import ContactLogTab
from consular.gui.workspace.demands_tab import DemandsTab
from consular.gui.workspace.detention_tab import DetentionTab
from consular.gui.workspace.documents_tab import DocumentsTab
from consular.gui.workspace.family_tab import FamilyTab
from consular.gui.workspace.history_tab import HistoryTab
from consular.gui.workspace.log_contact_dialog import LogContactDialog
from consular.gui.workspace.milestones_tab import MilestonesTab
from consular.gui.workspace.more_rows import CASE_PAGE
from consular.gui.workspace.overview_tab import OverviewTab
from consular.gui.workspace.people_tab import PeopleTab
from consular.gui.workspace.return_tab import ReturnTab
from consular.gui.workspace.tasks_tab import TasksTab
from consular.services import cases, reference_data
from consular.services.views import CaseDetail, ContactView

log = logging.getLogger(__name__)

SECTIONS = (
    "overview",
    "people",
    "contacts",
    "tasks",
    "milestones",
    "demands",
    "detention",
    "documents",
    "return",
    "family",
    "timeline",
)
TICK_MS = 60_000

# Timeline entities → the section that shows them.
_ENTITY_SECTIONS = {
    "case": "overview",
    "status_change": "overview",
    "status": "overview",
    "person": "people",
    "hostage": "people",
    "hostage_status": "people",
    "participant": "people",
    "kin": "people",
    "family_liaison": "people",
    "contact": "contacts",
    "task": "tasks",
    "milestone": "milestones",
    "demand": "demands",
    "pol_question": "people",
    "pol_check": "people",
    "detention": "detention",
    "charge": "detention",
    "hearing": "detention",
    "visit": "detention",
    "note_verbale": "detention",
    "document": "documents",
    "repatriation_item": "return",
    "family_update": "family",
}


UNSAVED_CHOICES = ("save", "discard", "cancel")


def ask_unsaved_changes(parent: QWidget | None, reference: str, count: int) -> str:
    """ "save", "discard" or "cancel" for a case closed with unsaved Overview edits.

    Tests replace this function. While dialogs must not block (``errors.non_blocking``) the
    question is only recorded and the answer is "cancel": nothing is lost that way.
    """
    text = QCoreApplication.translate(
        "workspace", "The overview of {ref} has %n unsaved change(s). Save before closing?", "", count
    ).format(ref=reference)
    errors.shown_messages.append(("question", text))
    if errors.non_blocking:
        return "cancel"
    box = QMessageBox(
        QMessageBox.Warning,
        QCoreApplication.translate("workspace", "Unsaved changes"),
        text,
        QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
        parent,
    )
    box.setAccessibleName(QCoreApplication.translate("workspace", "Unsaved changes"))
    box.setDefaultButton(QMessageBox.Save)
    box.setEscapeButton(QMessageBox.Cancel)
    # The caller (closing a tab or the window) needs the answer before it can go on.
    answer = box.exec()
    return {QMessageBox.Save: "save", QMessageBox.Discard: "discard"}.get(answer, "cancel")


class CaseWorkspace(QWidget):
    case_changed = Signal(str)
    title_changed = Signal(str)
    loaded = Signal(object)  # CaseDetail, each time the case has been (re)loaded
    open_case_requested = Signal(str)  # another case to open (a linked case on the overview)

    def __init__(self, ctx, reference: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.reference = cases.normalise_reference(reference)
        self.detail: CaseDetail | None = None
        self.times = TimeDisplay("UTC")
        self.users: list = []
        self._pending_section: tuple[str, int | None] | None = None
        self._contact_dialog: LogContactDialog | None = None
        self._open_log_when_loaded = False
        self._generation = 0
        self._refreshed_once = False
        self.setAccessibleName(self.tr("Case {ref}").format(ref=self.reference))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)

        header = QHBoxLayout()
        pic = QLabel()
        pic.setPixmap(icon("case").pixmap(32, 32))
        header.addWidget(pic, 0, Qt.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title_label = QLabel(self.reference)
        self.title_label.setProperty("role", "heading")
        self.title_label.setAccessibleName(self.tr("Case title"))
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        titles.addWidget(self.title_label)
        self.subtitle = QLabel(self.tr("Loading…"))
        self.subtitle.setTextFormat(Qt.PlainText)  # data (a town, a title) shown as typed
        self.subtitle.setAccessibleName(self.tr("Case summary"))
        self.subtitle.setWordWrap(True)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        side = QVBoxLayout()
        buttons = QHBoxLayout()
        self.classification = QLabel()
        self.classification.setAccessibleName(self.tr("Classification"))
        buttons.addWidget(self.classification, 0, Qt.AlignVCenter)
        self.log_button = QPushButton(icon("log-contact"), self.tr("Log contact…"))
        self.log_button.setAccessibleName(self.tr("Log contact"))
        self.log_button.setToolTip(self.tr("Log a call, meeting or message (Ctrl+L)"))
        self.log_button.clicked.connect(lambda: self.log_contact())
        buttons.addWidget(self.log_button)
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Reload"))
        self.refresh_button.setAccessibleName(self.tr("Reload this case"))
        self.refresh_button.clicked.connect(self.refresh)
        buttons.addWidget(self.refresh_button)
        side.addLayout(buttons)
        zone_row = QHBoxLayout()
        zone_row.addWidget(QLabel(self.tr("Times in")))
        self.zone_combo = QComboBox()
        self.zone_combo.setAccessibleName(self.tr("Show times in"))
        self.zone_combo.addItem(self.tr("case time"), "case")
        self.zone_combo.addItem(self.tr("my time"), "user")
        self.zone_combo.setCurrentIndex(0 if self.times.mode == "case" else 1)
        self.zone_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.zone_combo.setToolTip(self.tr("Show every time in this case in the case's own zone or in yours"))
        self.zone_combo.currentIndexChanged.connect(self._zone_changed)
        zone_row.addWidget(self.zone_combo, 1)
        side.addLayout(zone_row)
        header.addLayout(side)
        layout.addLayout(header)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Case sections"))
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(ctx, self.reference, self.times)
        self.people = PeopleTab(ctx, self.reference, self.times)
        self.contacts = ContactLogTab(ctx, self.reference, self.times)
        self.tasks = TasksTab(ctx, self.reference, self.times)
        self.milestones = MilestonesTab(ctx, self.reference, self.times)
        self.documents = DocumentsTab(ctx, self.reference, self.times)
        self.demands = DemandsTab(ctx, self.reference, self.times)
        # Shown for a wrongful-detention case only (see _apply).
        self.detention = DetentionTab(ctx, self.reference, self.times)
        self.returns = ReturnTab(ctx, self.reference, self.times)
        self._section_widgets: dict[str, QWidget] = {
            "overview": self.overview,
            "people": self.people,
            "contacts": self.contacts,
            "tasks": self.tasks,
            "milestones": self.milestones,
            "demands": self.demands,
            "detention": self.detention,
            "documents": self.documents,
            "return": self.returns,
        }
        self.tabs.addTab(self.overview, icon("case"), self.tr("Overview"))
        self.tabs.addTab(self.people, icon("people"), self.tr("People"))
        self.tabs.addTab(self.contacts, icon("contact"), self.tr("Contact log"))
        self.tabs.addTab(self.tasks, icon("task"), self.tr("Tasks"))
        self.tabs.addTab(self.milestones, icon("milestone"), self.tr("Milestones"))
        self.tabs.addTab(self.demands, icon("restricted"), self.tr("Demands"))
        self.tabs.addTab(self.detention, icon("calendar"), self.tr("Detention"))
        self.tabs.setTabVisible(self.tabs.indexOf(self.detention), False)
        self.tabs.addTab(self.documents, icon("document"), self.tr("Documents"))
        self.tabs.addTab(self.returns, icon("task-done"), self.tr("Return"))
        self.family = FamilyTab(ctx, self.reference, self.times)
        self.tabs.addTab(self.family, icon("family"), self.tr("Family"))
        self._section_widgets["family"] = self.family
        self.family.changed.connect(self._after_write)
        # Loaded once the case is shown (_apply) and the tab first shown: building a long case's
        # timeline while the case itself loads slowed both (one interpreter lock for every
        # worker thread), and a 20,000-event timeline holds ~45 MB that a case opened for its
        # overview or contact log never needs.
        self.timeline = TimelineTab(ctx, self.reference, autoload=False)
        self.tabs.addTab(self.timeline, icon("timeline"), self.tr("Timeline"))
        self._section_widgets["timeline"] = self.timeline
        self.history = HistoryTab(ctx, self.reference, self.times)
        self.tabs.addTab(self.history, icon("status"), self.tr("History"))
        self._section_widgets["history"] = self.history
        self.timeline.open_source.connect(self.open_source)
        self._timeline_times()
        layout.addWidget(self.tabs, 1)

        for tab in (
            self.overview,
            self.people,
            self.contacts,
            self.tasks,
            self.milestones,
            self.demands,
            self.detention,
            self.documents,
            self.returns,
        ):
            tab.changed.connect(self._after_write)
        for tab in (self.contacts, self.tasks, self.milestones, self.documents):
            tab.log_requested.connect(lambda: self.log_contact())  # from their row menus
        self.contacts.edit_requested.connect(self.edit_contact)
        self.overview.open_case_requested.connect(self.open_case_requested)

        self.minute_timer = QTimer(self)
        self.minute_timer.setInterval(TICK_MS)
        self.minute_timer.timeout.connect(self.tick)
        self.minute_timer.start()

        ops.query(
            self,
            lambda: reference_data.list_users(ctx),
            self._set_users,
            on_error=lambda exc: log.warning("Cannot list users: %s", exc),
        )
        self.refresh()

    # --- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the case and every tab from the database."""
        self._generation += 1
        generation = self._generation
        ctx, ref = self.ctx, self.reference

        def loaded(detail: CaseDetail) -> None:
            if generation == self._generation:
                self._apply(detail)

        self.refresh_button.setEnabled(False)
        ops.query(self, lambda: cases.get_case(ctx, ref, page=CASE_PAGE), loaded, self._load_failed)
        select = self._pending_section[1] if self._pending_section and self._pending_section[0] == "contacts" else None
        self.contacts.reload(select_id=select)
        select_doc = (
            self._pending_section[1] if self._pending_section and self._pending_section[0] == "documents" else None
        )
        self.documents.reload(select_id=select_doc)
        self.demands.reload()
        self.returns.reload()
        self.family.reload()
        if self._refreshed_once:
            # (The first time, the timeline loads once the case is shown: see _apply.)
            self.timeline.refresh_if_loaded()
            self.history.refresh()
        self._refreshed_once = True

    def _load_failed(self, exc: BaseException) -> None:
        from consular.gui.errors import show_error

        self.refresh_button.setEnabled(True)
        self.subtitle.setText(self.tr("Could not load the case: {error}").format(error=exc))
        show_error(self, exc)

    def _apply(self, detail: CaseDetail) -> None:
        first = self.detail is None
        zone_moved = self.detail is not None and self.detail.timezone != detail.timezone
        self.detail = detail
        self.times.case_zone = detail.timezone
        self.refresh_button.setEnabled(True)
        self._show_header(detail)
        self.overview.set_detail(detail)
        self.people.set_detail(detail)
        self.demands.set_detail(detail)
        detained = detail.kind == CaseKind.WRONGFUL_DETENTION
        self.tabs.setTabVisible(self.tabs.indexOf(self.detention), detained)
        if detained:
            self.detention.set_detail(detail)
            self.detention.reload()
        self.returns.set_detail(detail)
        self.tasks.set_tasks(detail.tasks, detail.task_counts)
        self.milestones.set_hostages(detail.hostages)
        paged = detail.milestone_counts is not None  # the first page, voided ones included
        self.milestones.set_milestones(
            detail.milestone_history if paged else detail.milestones, detail.milestone_counts
        )
        if zone_moved:
            self._times_changed()
        self.title_changed.emit(detail.title)
        if self._pending_section is not None:
            section, record = self._pending_section
            self._pending_section = None
            self.show_section(section, record)
        if first:
            self.timeline.load_when_shown()  # (each later refresh reloads it, once loaded)
            # Every module a case needs is imported by now: the source lines PySide6's import
            # hook read for them (~24 MB) and what the first load freed go back to the system.
            QTimer.singleShot(0, release_free_memory)
        if first and self._open_log_when_loaded:
            self._open_log_when_loaded = False
            self.log_contact()
        self.loaded.emit(detail)

    def _set_users(self, users) -> None:
        self.users = list(users)
        self.overview.set_users(users)
        self.people.set_users(users)
        self.tasks.set_users(users)
        self.returns.set_users(users)

    def _show_header(self, d: CaseDetail) -> None:
        self.title_label.setText(f"{d.reference} — {d.title}")
        held = d.hostages_held
        total = len(d.hostages)
        bits = [
            d.kind.label,
            d.status.label,
            self.tr("{priority} priority").format(priority=d.priority.label),
            ", ".join(x for x in (d.incident_town or d.incident_site, d.incident_country) if x),
            self.tr("day {day} since the incident").format(day=d.days_since_incident()),
        ]
        if total:
            missing = sum(1 for p in d.hostages if p.is_missing)
            # An unaccounted-for national is missing, not known to be held.
            if missing:
                text = self.tr("{held} of {total} held, {missing} missing")
            else:
                text = self.tr("{held} of {total} held")
            bits.append(text.format(held=held - missing, total=total, missing=missing))
        ago = humanize_ago(d.last_contact_at, self.ctx.now())
        bits.append(self.tr("last contact {ago}").format(ago=ago))
        self.subtitle.setText(" · ".join(b for b in bits if b))
        self.subtitle.setStyleSheet(f"color: {muted_colour().name()};")
        self.classification.setText(d.classification.label)
        set_flag(
            self.classification,
            "role",
            "restricted" if d.classification != Classification.UNCLASSIFIED else "subheading",
        )
        self.zone_combo.setItemText(0, self.tr("case time, {zone}").format(zone=zone_caption(d.timezone)))
        self.zone_combo.setItemText(1, self.tr("my time, {zone}").format(zone=zone_caption(user_zone_name())))

    def tick(self) -> None:
        """Once a minute: the days-in-captivity counters and 'x ago' texts move on."""
        self.overview.tick()
        self.people.tick()
        if self.detail is not None:
            self._show_header(self.detail)

    # --- writes -------------------------------------------------------------------------

    def _after_write(self, *_args) -> None:
        self.refresh()
        self.case_changed.emit(self.reference)

    def log_contact(self) -> LogContactDialog | None:
        """Open the Log contact dialog (or bring the open one forward)."""
        if self._contact_dialog is not None and self._contact_dialog.isVisible():
            self._contact_dialog.raise_()
            self._contact_dialog.activateWindow()
            return self._contact_dialog
        if self.detail is None:
            self._open_log_when_loaded = True
            return None
        dialog = LogContactDialog(
            self.ctx,
            self.reference,
            case_zone=self.detail.timezone,
            case_counterparts=self.detail.counterparts,
            parent=self,
        )
        dialog.saved.connect(self._contact_saved)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self._contact_dialog = dialog
        dialog.open()
        return dialog

    def edit_contact(self, contact: ContactView) -> LogContactDialog:
        dialog = LogContactDialog(
            self.ctx,
            self.reference,
            case_zone=self.times.case_zone,
            case_counterparts=self.detail.counterparts if self.detail else None,
            contact=contact,
            parent=self,
        )
        dialog.saved.connect(self._contact_edited)
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: LogContactDialog) -> None:
        if self._contact_dialog is dialog:
            self._contact_dialog = None
        dialog.deleteLater()

    def _contact_saved(self, view: ContactView) -> None:
        self._pending_section = None
        self._generation += 1
        generation = self._generation
        ctx, ref = self.ctx, self.reference
        ops.query(
            self,
            lambda: cases.get_case(ctx, ref, page=CASE_PAGE),
            lambda d: self._apply(d) if generation == self._generation else None,
            self._load_failed,
        )
        self.contacts.reload(select_id=view.id, clear_filters=True)
        self.timeline.refresh_if_loaded()
        self.case_changed.emit(self.reference)

    def _contact_edited(self, view: ContactView) -> None:
        if self.contacts.model.replace(view) >= 0:
            self.contacts.show_detail(view)
        self._generation += 1
        generation = self._generation
        ctx, ref = self.ctx, self.reference
        ops.query(
            self,
            lambda: cases.get_case(ctx, ref, page=CASE_PAGE),
            lambda d: self._apply(d) if generation == self._generation else None,
            self._load_failed,
        )
        self.timeline.refresh_if_loaded()
        self.case_changed.emit(self.reference)

    # --- navigation ---------------------------------------------------------------------

    def show_section(self, section: str, record_id: int | None = None) -> None:
        """Bring a section forward and, with ``record_id``, select that record in it."""
        section = (section or "overview").lower()
        if section not in SECTIONS:
            raise ValueError(f"Unknown section {section!r}; use one of {', '.join(SECTIONS)}")
        widget = self._section_widgets[section]
        self.tabs.setCurrentWidget(widget)
        if record_id is None:
            return
        if section == "contacts":
            self.contacts.select_contact(record_id)
            return
        if section == "documents":
            if not self.documents.select_document(record_id):
                self._pending_section = (section, record_id)
                self.documents.reload(select_id=record_id)
            return
        if self.detail is None:
            self._pending_section = (section, record_id)
            return
        if section == "people":
            self.people.select_person(record_id)
        elif section == "tasks":
            self.tasks.select_task(record_id)
        elif section == "milestones":
            self.milestones.select_milestone(record_id)
        elif section == "demands":
            self.demands.select_demand(record_id)
        elif section == "detention":
            self.detention.select_record(record_id)  # "visit:12": the kind and the id
        elif section == "return":
            self.returns.select_item(record_id)
        elif section == "family":
            self.family.select_item(record_id)

    def open_source(self, entity: str, record_id: int) -> None:
        """Route a timeline entry to the section holding its source record."""
        section = _ENTITY_SECTIONS.get((entity or "").lower(), "overview")
        if section == "detention":
            record_id = f"{entity.lower()}:{record_id}"
        self.show_section(section, None if section == "overview" else record_id)

    # --- times --------------------------------------------------------------------------

    def _zone_changed(self) -> None:
        mode = self.zone_combo.currentData()
        if mode == self.times.mode:
            return
        self.times.mode = mode
        settings.put(settings.TIME_DISPLAY, mode)
        self._times_changed()

    def _times_changed(self) -> None:
        for tab in (
            self.overview,
            self.people,
            self.contacts,
            self.tasks,
            self.milestones,
            self.demands,
            self.detention,
            self.documents,
            self.returns,
            self.history,
            self.family,
        ):
            tab.times_changed()
        self._timeline_times()

    def _timeline_times(self) -> None:
        self.timeline.set_time_mode(self.times.mode, self.times.zone if self.times.mode == "user" else None)

    def set_time_mode(self, mode: str) -> None:
        index = self.zone_combo.findData(mode)
        if index >= 0:
            self.zone_combo.setCurrentIndex(index)

    # --- closing ------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.overview.is_dirty()

    def can_close(self) -> bool:
        """Whether this case may close now; asks Save / Discard / Cancel over unsaved edits.

        Save stores the edits first and keeps the case open (showing why) if they are refused.
        """
        if not self.has_unsaved_changes():
            return True
        count = len(self.overview.changes())
        if "latitude" in self.overview.changes() and "longitude" in self.overview.changes():
            count -= 1  # one position, as the Overview counts it
        answer = ask_unsaved_changes(self, self.reference, count)
        if answer == "discard":
            self.overview.discard()
            return True
        if answer == "save":
            if self.overview.save_now():
                return True
            self.tabs.setCurrentWidget(self.overview)
            return False
        self.tabs.setCurrentWidget(self.overview)
        return False

    def closeEvent(self, event) -> None:
        if self._contact_dialog is not None:
            self._contact_dialog.write_draft()
        super().closeEvent(event)
