"""Overview of a case: key facts editable in place, the status with its required reason, each
national's status with a live days-in-captivity count, last contact and the families' plans.

Editing: only the fields changed are sent, with the version the form was loaded from. A
refused value shows its message under the field and the form keeps what was typed. If someone
else changed the case meanwhile, a banner says so and offers to load their version while
keeping the edits typed here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from consular.domain.enums import (
    AttributionLevel,
    CaseKind,
    CaseStatus,
    Classification,
    Priority,
)
from consular.domain.errors import ConflictError, UserError, ValidationError
from consular.domain.timeutil import all_zone_names, humanize_ago
from consular.domain.workflow import allowed_transitions
from consular.gui import ops
from consular.gui.errors import show_error
from consular.gui.form_rows import FieldErrors, enum_combo, error_label, field_with_error, select_data
from consular.gui.forms.key_facts import KeyFactsForm, minute, values_from
from consular.gui.icons import icon
from consular.gui.labels import warning_banner
from consular.gui.text import html_escape
from consular.gui.theme import muted_colour, set_flag, warning_colour
from consular.gui.times import TimeDisplay, ZonedDateTimeEdit
from consular.gui.workspace.forms import FormDialog, users_combo
from consular.gui.workspace.linked_cases import LinkedCasesBox
from consular.gui.workspace.more_rows import CASE_PAGE
from consular.gui.workspace.people_dialogs import country_combo
from consular.services import cases
from consular.services.views import CaseDetail, ParticipantView


class StatusDialog(FormDialog):
    """Move the case along the workflow; only the allowed next statuses are offered, and a
    reason is required."""

    def __init__(self, ctx, detail: CaseDetail, parent=None):
        super().__init__(
            self.tr("Change status — {ref}").format(ref=detail.reference),
            parent,
            icon_name="status",
            save_text=self.tr("Change status"),
            intro=self.tr("The case is {status}. Every change is recorded with who, when and why.").format(
                status=detail.status.label.lower()
            ),
            enter_saves=True,
        )
        self.ctx, self.reference = ctx, detail.reference
        self.status = self.add_field(
            self.tr("New status"),
            enum_combo(CaseStatus, self.tr("New status"), members=allowed_transitions(detail.status)),
            "status",
        )
        self.reason = self.add_field(
            self.tr("Reason"), QPlainTextEdit(), "reason", accessible=self.tr("Reason for the change")
        )
        self.reason.setPlaceholderText(self.tr("Why (required), e.g. 'Hostages confirmed held; case active'"))
        self.reason.setMinimumHeight(90)
        self.status.setFocus()

    def validate(self):
        if not self.reason.toPlainText().strip():
            return [
                ValidationError("reason", self.tr("Give the reason for the change; it is kept in the case history."))
            ]
        return []

    def prepare(self):
        reason = self.reason.toPlainText().strip()
        ctx, ref, status = self.ctx, self.reference, self.status.currentData()
        return lambda: cases.change_status(ctx, ref, status, reason)


class OverviewTab(QWidget):
    changed = Signal()
    saved = Signal(object)  # CaseDetail after an edit
    open_case_requested = Signal(str)  # a linked case's reference

    def __init__(self, ctx, reference: str, times: TimeDisplay, parent=None):
        super().__init__(parent)
        self.ctx, self.reference, self.times = ctx, reference, times
        self.detail: CaseDetail | None = None
        self._baseline: dict | None = None
        self._loaded_version: int | None = None
        self._loading_form = False
        self._saving = False
        self.users: list = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Case overview"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        columns = QHBoxLayout(body)
        columns.setSpacing(14)

        # --- left: key facts -----------------------------------------------------------
        left = QVBoxLayout()
        columns.addLayout(left, 3)
        self.conflict, self.conflict_text, conflict_row = warning_banner(self.tr("Edit conflict"))
        self.reload_keep = QPushButton(self.tr("Load their version, keep my edits"))
        self.reload_keep.setAccessibleName(self.tr("Load the other change and keep my edits"))
        self.reload_keep.clicked.connect(self.reload_keeping_edits)
        conflict_row.addWidget(self.reload_keep)
        left.addWidget(self.conflict)

        left.addWidget(self._build_facts(reference, times))
        left.addWidget(self.general_error)
        buttons = QHBoxLayout()
        self.dirty_label = QLabel()
        self.dirty_label.setAccessibleName(self.tr("Edit state"))
        self.dirty_label.setProperty("role", "muted")
        buttons.addWidget(self.dirty_label, 1)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setAccessibleName(self.tr("Save changes to the key facts"))
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.discard_button.setAccessibleName(self.tr("Discard changes to the key facts"))
        self.discard_button.clicked.connect(self.discard)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.discard_button)
        left.addLayout(buttons)
        left.addStretch(1)

        # --- right: people held, contact, status history -------------------------------
        right = QVBoxLayout()
        columns.addLayout(right, 2)
        self._build_side(right)
        right.addStretch(1)

        for widget in self.inputs.values():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._edited)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._edited)
        self.circumstances.textChanged.connect(self._edited)
        self.incident.edit.dateTimeChanged.connect(self._edited)

        self._update_dirty()

    # --- layout -------------------------------------------------------------------------

    def _build_facts(self, reference: str, times: TimeDisplay) -> QGroupBox:
        facts = QGroupBox(self.tr("Key facts"))
        facts.setAccessibleName(self.tr("Key facts"))
        form = QFormLayout(facts)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.general_error = error_label(self.tr("Error"))
        self.errors = FieldErrors(self.general_error)
        self.inputs: dict[str, QWidget] = {}

        def row(label: str, widget: QWidget, field: str | None, *aliases: str, accessible: str | None = None):
            if not widget.accessibleName():
                widget.setAccessibleName(accessible or label)
            form.addRow(label, field_with_error(label, widget, self.errors, field, *aliases))
            return widget

        self.reference_label = QLabel(reference)
        self.reference_label.setAccessibleName(self.tr("Reference"))
        self.reference_label.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        form.addRow(self.tr("Reference"), self.reference_label)

        status_box = QWidget()
        status_row = QHBoxLayout(status_box)
        status_row.setContentsMargins(0, 0, 0, 0)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Status"))
        status_row.addWidget(self.status_label)
        self.status_button = QPushButton(icon("status"), self.tr("Change status…"))
        self.status_button.setAccessibleName(self.tr("Change status"))
        self.status_button.clicked.connect(lambda: self.change_status())
        status_row.addWidget(self.status_button)
        status_row.addStretch(1)
        form.addRow(self.tr("Status"), status_box)

        self.inputs["title"] = row(self.tr("Title"), QLineEdit(), "title")
        self.inputs["kind"] = row(self.tr("Kind"), enum_combo(CaseKind, self.tr("Kind")), "kind")
        self.inputs["priority"] = row(self.tr("Priority"), enum_combo(Priority, self.tr("Priority")), "priority")
        self.incident = ZonedDateTimeEdit(
            "UTC", times.mode, self.tr("Incident date and time"), switchable=False, field="incident_at"
        )
        row(self.tr("Incident"), self.incident, "incident_at")
        self.inputs["incident_site"] = row(
            self.tr("Site"), QLineEdit(), "incident_site", accessible=self.tr("Incident site")
        )
        self.inputs["incident_town"] = row(
            self.tr("Town"), QLineEdit(), "incident_town", accessible=self.tr("Incident town")
        )
        self.inputs["incident_region"] = row(
            self.tr("Region"), QLineEdit(), "incident_region", accessible=self.tr("Incident region")
        )
        self.inputs["incident_country"] = row(
            self.tr("Country"), country_combo(self.tr("Incident country")), "incident_country"
        )
        coords = QWidget()
        coords_row = QHBoxLayout(coords)
        coords_row.setContentsMargins(0, 0, 0, 0)
        self.inputs["latitude"] = QLineEdit()
        self.inputs["latitude"].setAccessibleName(self.tr("Latitude"))
        self.inputs["latitude"].setPlaceholderText(self.tr("latitude, e.g. 14.45"))
        self.inputs["longitude"] = QLineEdit()
        self.inputs["longitude"].setAccessibleName(self.tr("Longitude"))
        self.inputs["longitude"].setPlaceholderText(self.tr("longitude, e.g. -11.44"))
        coords_row.addWidget(self.inputs["latitude"])
        coords_row.addWidget(self.inputs["longitude"])
        row(self.tr("Coordinates"), coords, "latitude", "longitude", accessible=self.tr("Coordinates"))
        self.errors.add("longitude", self.inputs["longitude"], self.errors.label_for("latitude"))
        zone_edit = QLineEdit()
        zone_completer = QCompleter(all_zone_names(), zone_edit)
        zone_completer.setCaseSensitivity(Qt.CaseInsensitive)
        zone_completer.setFilterMode(Qt.MatchContains)
        zone_edit.setCompleter(zone_completer)
        self.inputs["timezone"] = row(self.tr("Case time zone"), zone_edit, "timezone")
        self.circumstances = row(self.tr("Circumstances"), QPlainTextEdit(), "circumstances")
        self.circumstances.setTabChangesFocus(True)
        self.circumstances.setMinimumHeight(150)
        self.inputs["attribution_level"] = row(
            self.tr("Attribution"), enum_combo(AttributionLevel, self.tr("Attribution level")), "attribution_level"
        )
        self.inputs["attribution_group"] = row(
            self.tr("Group"), QLineEdit(), "attribution_group", accessible=self.tr("Attributed group")
        )
        self.inputs["attribution_source"] = row(self.tr("Attribution source"), QLineEdit(), "attribution_source")
        self.inputs["classification"] = row(
            self.tr("Classification"), enum_combo(Classification, self.tr("Classification")), "classification"
        )
        self.inputs["lead_caseworker"] = row(
            self.tr("Lead caseworker"), users_combo(self.tr("Lead caseworker"), []), "lead_caseworker"
        )
        self.inputs["supervisor"] = row(self.tr("Supervisor"), users_combo(self.tr("Supervisor"), []), "supervisor")
        return facts

    def _build_side(self, right: QVBoxLayout) -> None:
        """People held, contact and status history, in the right-hand column."""
        held = QGroupBox(self.tr("Nationals concerned"))
        held.setAccessibleName(self.tr("Nationals concerned"))
        self.held_grid = QGridLayout(held)
        self.held_grid.setColumnStretch(1, 1)
        right.addWidget(held)
        self.held_labels: list[tuple[ParticipantView, QLabel]] = []

        contact = QGroupBox(self.tr("Contact"))
        contact.setAccessibleName(self.tr("Contact"))
        contact_layout = QVBoxLayout(contact)
        self.last_contact = QLabel()
        self.last_contact.setAccessibleName(self.tr("Last contact"))
        self.last_contact.setWordWrap(True)
        self.last_contact.setTextFormat(Qt.RichText)
        contact_layout.addWidget(self.last_contact)
        self.family_box = QVBoxLayout()
        contact_layout.addLayout(self.family_box)
        right.addWidget(contact)

        self.linked = LinkedCasesBox(self.ctx, self.reference)
        self.linked.open_requested.connect(self.open_case_requested)
        self.linked.changed.connect(self.changed)
        right.addWidget(self.linked)

        history = QGroupBox(self.tr("Status history"))
        history.setAccessibleName(self.tr("Status history"))
        history_layout = QVBoxLayout(history)
        self.history = QLabel()
        self.history.setAccessibleName(self.tr("Status history"))
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.RichText)
        self.history.setTextInteractionFlags(Qt.TextSelectableByMouse)
        history_layout.addWidget(self.history)
        right.addWidget(history)

    # --- loading ------------------------------------------------------------------------

    def set_users(self, users) -> None:
        self.users = list(users)
        for field in ("lead_caseworker", "supervisor"):
            combo: QComboBox = self.inputs[field]
            current = combo.currentData()
            self._loading_form = True
            combo.clear()
            combo.addItem(self.tr("— nobody —"), None)
            for user in self.users:
                combo.addItem(f"{user.display_name} ({user.username})", user.username)
            if current is not None and combo.findData(current) < 0:
                combo.addItem(current, current)
            select_data(combo, current)
            self._loading_form = False

    def set_detail(self, detail: CaseDetail) -> None:
        """Show a freshly loaded case. Edits in progress are kept (see module docstring)."""
        previous = self.detail
        self.detail = detail
        self.incident.set_case_zone(detail.timezone)
        fresh = values_from(detail)
        if self._baseline is None or not self.is_dirty():
            self._fill_form(detail)
            self._loaded_version = detail.version
            self.conflict.hide()
        elif fresh == self._baseline:
            # The bump came from something that left the key facts alone (a contact logged,
            # a task added): nobody else's edit is at stake, carry on editing.
            self._loaded_version = detail.version
        elif previous is not None:
            self._show_conflict()
        self._show_status(detail)
        self._show_people(detail)
        self._show_contact(detail)
        self.linked.load()
        self._update_dirty()

    def current_form(self) -> KeyFactsForm:
        """What the widgets hold, as a Qt-free form."""
        values = {}
        for name, widget in self.inputs.items():
            values[name] = widget.text().strip() if isinstance(widget, QLineEdit) else widget.currentData()
        values["circumstances"] = self.circumstances.toPlainText().strip()
        incident_at = self.incident.value_or_none()
        values["incident_at"] = minute(incident_at)
        return KeyFactsForm(values, incident_at, self.incident.problem() or "")

    def form_values(self) -> dict:
        return self.current_form().values

    def _fill_form(self, d: CaseDetail, values: dict | None = None) -> None:
        self._loading_form = True
        try:
            base = values_from(d)
            shown = values or base
            for name, widget in self.inputs.items():
                if isinstance(widget, QLineEdit):
                    widget.setText(shown[name] or "")
                    widget.setCursorPosition(0)
                else:
                    if widget.findData(shown[name]) < 0 and shown[name] is not None:
                        widget.addItem(str(shown[name]), shown[name])
                    select_data(widget, shown[name])
            self.circumstances.setPlainText(shown["circumstances"])
            if shown["incident_at"] is not None:  # None: an unreadable date typed here, kept as typed
                self.incident.set_value(shown["incident_at"])
            self._baseline = base
        finally:
            self._loading_form = False
        self.errors.clear()

    # --- editing ------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._baseline is not None and bool(self.changes())

    def changes(self) -> dict:
        return self.current_form().changes(self._baseline)

    def _edited(self, *_args) -> None:
        if not self._loading_form:
            self._update_dirty()

    def _update_dirty(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty and not self._saving)
        self.discard_button.setEnabled(dirty and not self._saving)
        count = self.current_form().change_count(self._baseline) if dirty else 0
        self.dirty_label.setText(self.tr("%n unsaved change(s)", "", count) if dirty else "")

    def save(self) -> None:
        if self._saving or self.detail is None:
            return
        form = self.current_form()
        changes = form.changes(self._baseline)
        if not changes:
            return
        self.errors.clear()
        problems = form.validate(self._baseline, now=self.ctx.now())
        if problems:
            self.errors.show_all(problems)
            self.dirty_label.setText(self.tr("Not saved: %n problem(s) to fix", "", len(problems)))
            return
        payload = form.payload(changes)
        ctx, ref, version = self.ctx, self.reference, self._loaded_version
        self._saving = True
        self._update_dirty()
        self.dirty_label.setText(self.tr("Saving…"))
        ops.write(
            self, lambda: cases.edit_case(ctx, ref, expected_version=version, **payload), self._saved, self._save_failed
        )

    def save_now(self) -> bool:
        """Save the edits before this tab goes away; True once nothing is left unsaved.

        Runs on the GUI thread on purpose: the caller is about to close the case, so there is
        no later moment to report a refused value or a conflict. On failure the form keeps the
        edits and shows why, exactly as the Save button does, and False is returned.
        """
        if self._saving:
            return False
        form = self.current_form()
        changes = form.changes(self._baseline)
        if not changes:
            return True
        if self.detail is None:
            return False
        self.errors.clear()
        problems = form.validate(self._baseline, now=self.ctx.now())
        if problems:
            self.errors.show_all(problems)
            return False
        try:
            detail = cases.edit_case(
                self.ctx, self.reference, expected_version=self._loaded_version, **form.payload(changes)
            )
        except Exception as exc:  # noqa: BLE001 - every failure is shown in the form, as for Save
            self._save_failed(exc)
            return False
        self._saved(detail)
        return True

    def _saved(self, detail: CaseDetail) -> None:
        self._saving = False
        self._baseline = None
        self.conflict.hide()
        self.set_detail(detail)
        self.dirty_label.setText(self.tr("Saved."))
        self.saved.emit(detail)
        self.changed.emit()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._update_dirty()
        if isinstance(exc, ValidationError):
            self.errors.show(exc)
        elif isinstance(exc, ConflictError):
            self._show_conflict(exc.message)
        elif isinstance(exc, UserError):
            self.errors.show_message(exc.message)
        else:
            self.errors.show_message(self.tr("Not saved: an unexpected error. Your edits are still in the form."))
            show_error(self, exc)

    def _show_conflict(self, message: str | None = None) -> None:
        text = self.tr(
            "<b>Someone else changed this case since you opened it.</b> {message} Your edits are still in the "
            "form; load their version to review both, then save again."
        )
        self.conflict_text.setText(text.format(message=html_escape(message or "")))
        self.conflict.show()
        self.reload_keep.setFocus()

    def reload_keeping_edits(self) -> None:
        """Load the stored case, then put this form's edits back on top of it."""
        mine = self.changes()
        ctx, ref = self.ctx, self.reference

        def loaded(detail: CaseDetail) -> None:
            self.detail = detail
            merged = values_from(detail) | mine
            self._fill_form(detail, merged)
            self._loaded_version = detail.version
            self.conflict.hide()
            self._show_status(detail)
            self._show_people(detail)
            self._show_contact(detail)
            self._update_dirty()
            self.changed.emit()

        ops.query(self, lambda: cases.get_case(ctx, ref, page=CASE_PAGE), loaded)

    def discard(self) -> None:
        if self.detail is not None:
            self._fill_form(self.detail)
            self._loaded_version = self.detail.version
        self.conflict.hide()
        self._update_dirty()

    def change_status(self) -> StatusDialog | None:
        if self.detail is None:
            return None
        dialog = StatusDialog(self.ctx, self.detail, parent=self)
        dialog.saved.connect(lambda _d: self.changed.emit())
        dialog.open()
        return dialog

    # --- right-hand column --------------------------------------------------------------

    def _show_status(self, d: CaseDetail) -> None:
        self.status_label.setText(f"<b>{html_escape(d.status.label)}</b>")  # i18n: markup around a label
        self.status_button.setEnabled(bool(allowed_transitions(d.status)))
        lines = []
        for change in reversed(d.status_history[-6:]):
            frm = f"{change.from_status.label} → " if change.from_status else ""
            lines.append(
                f"<b>{html_escape(self.times.fmt(change.changed_at))}</b> {html_escape(frm)}"
                f"<b>{html_escape(change.to_status.label)}</b> — {html_escape(change.changed_by)}<br>"
                f"<span style='color:{muted_colour().name()}'>{html_escape(change.reason)}</span>"
            )
        self.history.setText("<br>".join(lines) or "—")

    def _show_people(self, d: CaseDetail) -> None:
        while self.held_grid.count():
            item = self.held_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.held_labels = []
        if not d.hostages:
            self.held_grid.addWidget(
                QLabel(self.tr("No nationals recorded yet (People tab → Add person).")), 0, 0, 1, 3
            )
            return
        for row, p in enumerate(d.hostages):
            pic = QLabel()
            pic.setPixmap(icon("hostage").pixmap(20, 20))
            self.held_grid.addWidget(pic, row, 0, Qt.AlignTop)
            native = f"<br>{html_escape(p.person.name_native)}" if p.person.name_native else ""
            name = QLabel(f"<b>{html_escape(p.name)}</b>{native}")  # i18n: markup around names
            name.setAccessibleName(p.name)
            self.held_grid.addWidget(name, row, 1)
            counter = QLabel()
            counter.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
            counter.setTextFormat(Qt.RichText)
            self.held_grid.addWidget(counter, row, 2)
            self.held_labels.append((p, counter))
        self.tick()

    def tick(self) -> None:
        """Recount the days in captivity (the workspace's minute timer calls this). Someone
        unaccounted for is "missing for N days", not "in captivity"."""
        big = "<span style='font-size:15pt; font-weight:600'>{n}</span>"
        for p, label in self.held_labels:
            days = p.days_in_captivity()
            status = p.hostage_status.label if p.hostage_status else "—"
            muted = muted_colour().name()
            if p.is_missing:
                missing = p.days_missing()
                since = self.times.fmt_date(p.missing_since or p.hostage_status_since)
                if missing is not None:
                    # %n stays in the text for the plural; the number shown big replaces it.
                    count = html_escape(self.tr("missing for %n day(s)", "", missing)).replace(
                        str(missing), big.format(n=missing), 1
                    )
                    spoken = self.tr("{name}: {status}, missing for %n day(s)", "", missing)
                else:
                    count = html_escape(self.tr("missing"))
                    spoken = self.tr("{name}: {status}, missing")
                sub = html_escape(self.tr("{status} since {day}").format(status=status, day=since))
                text = f"{count}<br><span style='color:{muted}'>{sub}</span>"
            elif p.hostage_status and p.hostage_status.in_captivity and days is not None:
                count = html_escape(self.tr("%n day(s) in captivity", "", days)).replace(
                    str(days), big.format(n=days), 1
                )
                since = self.times.fmt_date(p.captivity_start)
                sub = html_escape(self.tr("{status} since {day}").format(status=status, day=since))
                text = f"{count}<br><span style='color:{muted}'>{sub}</span>"
                spoken = self.tr("{name}: {status}, %n day(s) in captivity", "", days)
            else:
                since = self.times.fmt_date(p.hostage_status_since)
                if days is not None:
                    sub = self.tr("since {day}, after %n day(s) held", "", days)
                    spoken = self.tr("{name}: {status}, after %n day(s) held", "", days)
                else:
                    sub = self.tr("since {day}")
                    spoken = self.tr("{name}: {status}")
                sub = html_escape(sub.format(day=since))
                text = f"<b>{html_escape(status)}</b><br><span style='color:{muted}'>{sub}</span>"
            label.setText(text)
            label.setAccessibleName(spoken.format(name=p.name, status=status))

    def _show_contact(self, d: CaseDetail) -> None:
        if d.last_contact_at:
            text = self.tr("Last contact: <b>{ago}</b> ({when}) — %n entry(ies) in the log", "", d.contact_count)
            self.last_contact.setText(
                text.format(
                    ago=html_escape(humanize_ago(d.last_contact_at, self.ctx.now())),
                    when=html_escape(self.times.fmt(d.last_contact_at)),
                )
            )
            self.last_contact.setToolTip(self.times.fmt_both(d.last_contact_at))
        else:
            self.last_contact.setText(self.tr("Last contact: <b>none logged yet</b>"))
        while self.family_box.count():
            item = self.family_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        # From all the case's tasks (the detail's list may be its first page only).
        nxt = d.next_task
        if nxt is not None:
            due, title = html_escape(self.times.fmt(nxt.due_at)), html_escape(nxt.title)
            label = QLabel(self.tr("Next task due: <b>{due}</b> — {title}").format(due=due, title=title))
            label.setWordWrap(True)
            label.setAccessibleName(self.tr("Next task due"))
            if nxt.is_overdue():
                set_flag(label, "overdue", True)
                label.setText(self.tr("Overdue task: <b>{title}</b> (due {due})").format(title=title, due=due))
            self.family_box.addWidget(label)
        if d.next_of_kin:
            head = QLabel(self.tr("<b>Families (agreed contact)</b>"))
            self.family_box.addWidget(head)
        for k in d.next_of_kin:
            overdue = k.is_overdue()
            last = humanize_ago(k.last_contact_at, self.ctx.now()) if k.last_contact_at else self.tr("never")
            text = self.tr("Family of {hostage}: <b>{kin}</b> ({relationship}) — {plan}; last contact {last}").format(
                hostage=html_escape(k.hostage_name),
                kin=html_escape(k.kin.full_name),
                relationship=html_escape(k.relationship.lower()),
                plan=html_escape(_lower_first(k.plan_text())),
                last=html_escape(last),
            )
            if overdue:
                text = self.tr("{family} — <b>overdue</b>").format(family=text)
            elif k.next_contact_due:
                due = html_escape(self.times.fmt(k.next_contact_due))
                text = self.tr("{family}; next due {due}").format(family=text, due=due)
            label = QLabel(text)
            label.setWordWrap(True)
            if overdue:
                spoken = self.tr("Family of {hostage}: {kin}, overdue")
            else:
                spoken = self.tr("Family of {hostage}: {kin}")
            label.setAccessibleName(spoken.format(hostage=k.hostage_name, kin=k.kin.full_name))
            if overdue:
                label.setStyleSheet(f"color: {warning_colour().name()};")
            self.family_box.addWidget(label)

    def times_changed(self) -> None:
        dirty = self.is_dirty()
        values = self.form_values() if dirty else None
        self.incident.set_mode(self.times.mode)
        if self.detail is not None:
            if values is not None:
                self._fill_form(self.detail, values)
            self._show_status(self.detail)
            self._show_contact(self.detail)
            self.tick()
        self._update_dirty()


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
