"""The Log contact dialog: a phone call logged in half a minute without touching the mouse.

Keyboard path: the dialog opens with the cursor in *With*; type part of a name and press
Enter (the case's counterparts and anyone in the database match as you type; a name that
matches nobody opens a one-line "new counterpart" row: pick the category, Enter). Tab through
channel, direction, duration, summary, notes (Tab leaves the notes, it does not indent),
outcome, restricted, follow-up; Ctrl+Enter saves from anywhere; Esc closes and keeps a draft.

Nothing typed is lost: every edit is kept (debounced) as a draft in the database, for the
signed-in account only, also right before saving and on close; the next time the dialog opens
for the case it offers the draft back. Only a successful save deletes it. Drafts are read and
written off the GUI thread, in order (``forms.drafts.DraftSaver``); until the look-up of an
earlier draft has answered (milliseconds), typing is kept but not yet written, so it can never
overwrite a draft that was not offered. Every refused value shows its message next
to its field at once (the form scrolls to the first) and the form stays as typed. A contact
must be with somebody: *With* may not be left empty.

The form sits in a scroll area and the dialog never grows past the screen's free area, so
Save and Close stay on screen at 1280x720.

The same dialog edits an existing entry (``contact=``), without the follow-up section, with
the saved staff present ticked; the service keeps the earlier text as a revision.
"""

from __future__ import annotations

import logging
import weakref
from datetime import datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from consular.domain.enums import Channel, Direction, Priority
from consular.domain.errors import ConflictError, UserError, ValidationError
from consular.gui import ops, settings
from consular.gui.conflicts import ConflictPanel, diff_records
from consular.gui.errors import show_error
from consular.gui.form_rows import (
    FieldErrors,
    FormScroll,
    enum_combo,
    error_label,
    field_with_error,
    fit_on_screen,
    select_data,
)
from consular.gui.forms import drafts
from consular.gui.forms.contact_form import ContactForm, FollowUpForm, draft_summary
from consular.gui.icons import icon
from consular.gui.labels import warning_banner
from consular.gui.ops import alive
from consular.gui.times import ZonedDateTimeEdit
from consular.gui.workspace.counterpart_picker import CounterpartPicker
from consular.gui.workspace.family_share_box import FamilyShareBox
from consular.gui.workspace.staff_picker import StaffPresentPicker
from consular.services import contacts, counterparts, family_share, reference_data
from consular.services.views import ContactView, CounterpartView

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 400


class LogContactDialog(QDialog):
    """Log a new contact (or edit one with ``contact=``). Emits ``saved(ContactView)``."""

    saved = Signal(object)

    def __init__(
        self,
        ctx,
        reference: str,
        *,
        case_zone: str,
        case_counterparts: list[CounterpartView] | None = None,
        contact: ContactView | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx, self.reference, self.case_zone = ctx, reference, case_zone
        self.contact = contact
        self.editing = contact is not None
        self._saving = False
        self._restoring = False
        self._offer: dict | None = None
        self.draft_key = drafts.draft_key(reference, contact.id if contact else None)
        # Until the look-up of an earlier draft answers, nothing is written over it.
        self._checking = True
        self._draft_stored = False  # whether the database may hold a draft of this entry
        self._saver = drafts.DraftSaver(ctx, self.draft_key, partial(_start_draft_write, weakref.ref(self)))
        self.setWindowTitle(
            (self.tr("Edit contact — {ref}") if self.editing else self.tr("Log contact — {ref}")).format(ref=reference)
        )
        self.setWindowIcon(icon("log-contact"))
        self.setAccessibleName(self.tr("Edit contact") if self.editing else self.tr("Log contact"))
        self.setMinimumWidth(720)
        self.setSizeGripEnabled(True)
        mode = settings.get(settings.TIME_DISPLAY) or "case"

        outer = QVBoxLayout(self)

        outer.addWidget(self._build_offer())
        self.conflict = ConflictPanel(self)
        outer.addWidget(self.conflict)
        form, general = self._build_form(ctx, reference, case_zone, mode)
        form.addRow("", self._build_follow_up(ctx, case_zone, mode))
        if self.editing:
            self.follow_up.hide()

        self.scroll = FormScroll(self.form_widget)
        self.scroll.setAccessibleName(self.tr("Contact details"))
        outer.addWidget(self.scroll, 1)
        outer.addWidget(general)

        outer.addLayout(self._build_buttons())

        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.WindowShortcut)
            shortcut.activated.connect(self.save)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.write_draft)
        self._unwritten: dict = {"pending": False, "state": None, "expected": 0}
        self.destroyed.connect(partial(_write_if_pending, self._saver, self._unwritten))

        if case_counterparts is not None:
            self.picker.add_known(case_counterparts)
        else:
            ops.query(self, lambda: counterparts.case_counterparts(ctx, reference), self.picker.add_known)
        ops.query(
            self,
            lambda: reference_data.list_users(ctx),
            self._set_users,
            on_error=lambda exc: log.warning("Cannot list users: %s", exc),
        )

        self._fill_initial()
        self._connect_edits()
        self.picker.line.setFocus()
        self._look_for_draft()

    # --- layout -------------------------------------------------------------------------

    def _build_offer(self) -> QWidget:
        """The draft offer: the form stays disabled until the user answers, so the old draft is
        never overwritten by new typing before they decided."""
        self.offer, self.offer_label, offer_row = warning_banner(self.tr("Unsaved draft"))
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the unsaved draft"))
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_draft)
        offer_row.addWidget(self.restore_button)
        self.discard_button = QPushButton(self.tr("&Discard draft"))
        self.discard_button.setAccessibleName(self.tr("Discard the unsaved draft"))
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self.discard_draft)
        offer_row.addWidget(self.discard_button)
        return self.offer

    def _build_form(self, ctx, reference: str, case_zone: str, mode: str) -> tuple[QFormLayout, QLabel]:
        self.form_widget = QWidget()
        form = QFormLayout(self.form_widget)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        general = error_label(self.tr("Error"))
        self.errors = FieldErrors(general)

        def add_row(label: str, widget: QWidget, field: str | None, *aliases: str) -> None:
            form.addRow(label, field_with_error(label, widget, self.errors, field, *aliases))

        self.when = ZonedDateTimeEdit(case_zone, mode, self.tr("When"))
        add_row(self.tr("When"), self.when, "occurred_at")

        self.picker = CounterpartPicker(ctx, reference)
        add_row(self.tr("With"), self.picker, "counterparts", "counterpart_ids", "with")

        how = QWidget()
        how_row = QHBoxLayout(how)
        how_row.setContentsMargins(0, 0, 0, 0)
        self.channel = enum_combo(Channel, self.tr("Channel"))
        self.direction = enum_combo(Direction, self.tr("Direction"))
        self.duration = QSpinBox()
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.duration.setRange(0, 24 * 60)
        self.duration.setSpecialValueText("—")
        self.duration.setSuffix(self.tr(" min", "minutes, after the duration"))
        how_row.addWidget(self.channel, 2)
        how_row.addWidget(self.direction, 2)
        how_row.addWidget(QLabel(self.tr("Duration")))
        how_row.addWidget(self.duration, 1)
        add_row(self.tr("How"), how, "channel")
        self.errors.add("direction", self.direction, self.errors.label_for("channel"))
        self.errors.add("duration_minutes", self.duration, self.errors.label_for("channel"))

        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Summary"))
        self.subject.setPlaceholderText(self.tr("One line: what the contact was about"))
        self.subject.setMaxLength(300)
        add_row(self.tr("Summary"), self.subject, "subject")

        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("What was said, in full"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(110)
        add_row(self.tr("Notes"), self.notes, "notes")

        self.outcome = QPlainTextEdit()
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.setPlaceholderText(self.tr("Agreed, decided or learnt"))
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(64)
        add_row(self.tr("Outcome"), self.outcome, "outcome")

        self.staff = StaffPresentPicker(ctx.actor)
        add_row(self.tr("Staff present"), self.staff, "staff_present")

        self.restricted = QCheckBox(self.tr("Restricted — keep out of family-facing and redacted outputs"))
        self.restricted.setAccessibleName(self.tr("Restricted"))
        self.restricted.setIcon(icon("restricted"))
        add_row("", self.restricted, "restricted")
        # Not part of the draft: the marking is the entry's, set when it is saved.
        self.family = FamilyShareBox()
        add_row("", self.family, "wording")
        self.restricted.toggled.connect(self.family.set_restricted)
        if self.editing:
            contact_id = self.contact.id

            def loaded(share) -> None:
                self.family.loaded = share
                self.family.set_value(share)
                self.family.set_restricted(self.restricted.isChecked())

            ops.query(self, lambda: family_share.get_share(ctx, "contact", contact_id), loaded)
        return form, general

    def _build_follow_up(self, ctx, case_zone: str, mode: str) -> QGroupBox:
        self.follow_up = QGroupBox(self.tr("Create a follow-up task"))
        self.follow_up.setAccessibleName(self.tr("Create a follow-up task"))
        self.follow_up.setCheckable(True)
        self.follow_up.setChecked(False)
        fu_form = QFormLayout(self.follow_up)
        fu_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fu_title = QLineEdit()
        self.fu_title.setAccessibleName(self.tr("Follow-up task title"))
        self.fu_title.setPlaceholderText(self.tr("e.g. Call the police commissioner again"))
        self.fu_assignee = QComboBox()
        self.fu_assignee.setAccessibleName(self.tr("Follow-up assignee"))
        self.fu_assignee.addItem(ctx.actor.display_name, ctx.actor.username)
        self.fu_due = ZonedDateTimeEdit(case_zone, mode, self.tr("Follow-up due"), switchable=False)
        self.fu_priority = enum_combo(Priority, self.tr("Follow-up priority"))
        select_data(self.fu_priority, Priority.NORMAL)
        for label, err_name, widget, field in (
            (self.tr("Task"), self.tr("Follow-up task error"), self.fu_title, "follow_up.title"),
            (self.tr("Assignee"), self.tr("Follow-up assignee error"), self.fu_assignee, "assignee"),
            (self.tr("Due"), self.tr("Follow-up due error"), self.fu_due, "due_at"),
            (self.tr("Priority"), self.tr("Follow-up priority error"), self.fu_priority, "priority"),
        ):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            err = error_label(err_name)
            column.addWidget(err)
            self.errors.add(field, widget, err)
            fu_form.addRow(label, box)
        # The follow-up task is created in the same transaction; its fields come back named
        # as the task service names them.
        self.errors.add("title", self.fu_title, self.errors.label_for("follow_up.title"))
        self.errors.add("description", self.fu_title, self.errors.label_for("follow_up.title"))
        return self.follow_up

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.draft_status = QLabel()
        self.draft_status.setProperty("role", "muted")
        self.draft_status.setAccessibleName(self.tr("Draft status"))
        buttons.addWidget(self.draft_status, 1)
        self.save_button = QPushButton(icon("log-contact"), self.tr("Save  (Ctrl+Enter)"))
        self.save_button.setAccessibleName(self.tr("Save contact"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Close  (Esc)"))
        self.cancel_button.setAccessibleName(self.tr("Close, keeping a draft"))
        self.cancel_button.setToolTip(self.tr("Close; what you typed is kept as a draft and offered next time"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        return buttons

    # --- state --------------------------------------------------------------------------

    def _fill_initial(self) -> None:
        mode = self.when.mode
        if self.contact is not None:
            form = ContactForm.for_contact(self.contact, zone_mode=mode)
        else:
            form = ContactForm.new(self.reference, self.ctx.actor.username, now=self.ctx.now(), zone_mode=mode)
        self.show_form(form)
        self._baseline = self.current_form()

    def _set_users(self, users) -> None:
        self.staff.set_users(users)
        current = self.fu_assignee.currentData()
        self.fu_assignee.blockSignals(True)
        self.fu_assignee.clear()
        self.fu_assignee.addItem(self.tr("— nobody yet —"), None)
        for user in users:
            self.fu_assignee.addItem(f"{user.display_name} ({user.username})", user.username)
        wanted = getattr(self, "_pending_assignee", current)
        index = self.fu_assignee.findData(wanted)
        self.fu_assignee.setCurrentIndex(max(index, 0))
        self.fu_assignee.blockSignals(False)

    def _connect_edits(self) -> None:
        edits = [
            self.when.edit.dateTimeChanged,
            self.picker.changed,
            self.channel.currentIndexChanged,
            self.direction.currentIndexChanged,
            self.duration.valueChanged,
            self.subject.textChanged,
            self.notes.textChanged,
            self.outcome.textChanged,
            self.staff.changed,
            self.restricted.toggled,
            self.follow_up.toggled,
            self.fu_title.textChanged,
            self.fu_assignee.currentIndexChanged,
            self.fu_due.edit.dateTimeChanged,
            self.fu_priority.currentIndexChanged,
        ]
        for signal in edits:
            signal.connect(self._edited)

    def current_form(self) -> ContactForm:
        """What the widgets hold, as a Qt-free form."""
        unreadable = {
            name: problem
            for name, edit in (("occurred_at", self.when), ("due_at", self.fu_due))
            if (problem := edit.problem())
        }
        return ContactForm(
            reference=self.reference,
            contact_id=self.contact.id if self.contact else None,
            occurred_at=self.when.value_or_none(),
            unreadable=unreadable,
            zone_mode=self.when.mode,
            counterparts=self.picker.selected(),
            channel=str(self.channel.currentData()),
            direction=str(self.direction.currentData()),
            duration_minutes=self.duration.value() or None,
            subject=self.subject.text(),
            notes=self.notes.toPlainText(),
            outcome=self.outcome.toPlainText(),
            staff_present=self.staff.selected(),
            restricted=self.restricted.isChecked(),
            follow_up=FollowUpForm(
                enabled=self.follow_up.isChecked(),
                title=self.fu_title.text(),
                assignee=self.fu_assignee.currentData(),
                due_at=self.fu_due.value_or_none(),
                priority=str(self.fu_priority.currentData()),
            ),
            pending_counterpart=self.picker.line.text().strip(),
        )

    def show_form(self, form: ContactForm, *, from_draft: bool = False) -> None:
        """Put ``form`` into the widgets (no draft is written for it)."""
        self._restoring = True
        try:
            self.when.set_mode(form.zone_mode)
            self.fu_due.set_mode(form.zone_mode)
            if form.occurred_at is not None:
                self.when.set_value(form.occurred_at)
            self.picker.set_selected(form.counterparts)
            select_data(self.channel, Channel(form.channel))
            select_data(self.direction, Direction(form.direction))
            self.duration.setValue(form.duration_minutes or 0)
            self.subject.setText(form.subject)
            self.notes.setPlainText(form.notes)
            self.outcome.setPlainText(form.outcome)
            self.staff.set_selected(form.staff_present)
            self.restricted.setChecked(form.restricted)
            self._show_follow_up(form.follow_up, from_draft=from_draft)
        finally:
            self._restoring = False

    def _show_follow_up(self, fu: FollowUpForm, *, from_draft: bool) -> None:
        self.follow_up.setChecked(fu.enabled)
        self.fu_title.setText(fu.title)
        if from_draft:
            # The users may not be listed yet: pick the draft's assignee once they are.
            self._pending_assignee = fu.assignee
        index = self.fu_assignee.findData(fu.assignee)
        if index < 0 and fu.assignee:
            self.fu_assignee.addItem(fu.assignee, fu.assignee)
            index = self.fu_assignee.count() - 1
        if index >= 0:
            self.fu_assignee.setCurrentIndex(index)
        if fu.due_at is not None:
            self.fu_due.set_value(fu.due_at)
        select_data(self.fu_priority, Priority(fu.priority))

    def state(self) -> dict:
        """The form as plain JSON-able data (what a draft holds)."""
        return self.current_form().to_draft()

    def apply_state(self, data: dict) -> None:
        self.show_form(self.current_form().apply_draft(data, editing=self.editing), from_draft=True)

    def has_content(self) -> bool:
        """Whether there is anything worth keeping (typed text, a counterpart, a change)."""
        return self.current_form().has_content(self._baseline, editing=self.editing)

    # --- drafts -------------------------------------------------------------------------

    def _edited(self, *_args) -> None:
        if self._restoring or self._offer is not None:
            return
        # Kept as plain data so it can still be written if the window is destroyed before
        # the timer fires (the case tab closed with the dialog open).
        self._unwritten["state"] = self.state() if self.has_content() else None
        self._unwritten["pending"] = True
        self._draft_timer.start()

    def write_draft(self) -> None:
        """Keep the form as the draft now, in the background (or delete the draft when the
        form holds nothing worth keeping)."""
        self._draft_timer.stop()
        if self._offer is not None or self._checking:
            return  # the typing stays pending; written once the earlier draft is settled
        self._unwritten["pending"] = False
        if self.has_content():
            self._saver.put(self.state())
            self._draft_stored = True
        elif self._draft_stored:
            self._saver.put(None)
            self._draft_stored = False
            self.draft_status.clear()

    def _forget_draft(self) -> None:
        """The entry was saved (or nothing changed): the draft goes."""
        self._unwritten["pending"] = False
        self._draft_timer.stop()
        if self._draft_stored or self._saver.busy:
            self._saver.put(None)
            self._draft_stored = False

    def draft_written(self, outcome: drafts.SaverOutcome) -> None:
        """A background write of the draft ended (on the GUI thread)."""
        if outcome.error is not None:
            if outcome.state is not None:
                text = self.tr("Could not keep a draft: {error}")
            else:
                text = self.tr("The draft was not discarded: {error}")
            self.draft_status.setText(text.format(error=outcome.error.message))
        elif outcome.state is not None:
            self.draft_status.setText(self.tr("Draft kept {time}").format(time=_clock_now()))

    def _look_for_draft(self) -> None:
        ctx, key = self.ctx, self.draft_key
        ops.query(self, lambda: drafts.read_draft(ctx, key), self._draft_found, on_error=self._draft_lookup_failed)

    def _draft_found(self, data: dict | None) -> None:
        if not self._checking:
            return  # closed before the answer came
        self._checking = False
        self._unwritten["expected"] = None
        if not data:
            if self._unwritten["pending"]:
                self.write_draft()
            return
        self._draft_stored = True
        text = draft_summary(data, editing=self.editing, today=datetime.now().astimezone().date())
        self._offer = data
        self.offer_label.setText(text)
        self.offer.show()
        self.form_widget.setEnabled(False)
        self.save_button.setEnabled(False)
        self.restore_button.setFocus()

    def _draft_lookup_failed(self, exc: BaseException) -> None:
        # Typing goes on being kept; an earlier draft that could not be read may be replaced.
        log.warning("Could not look for the %s: %s", self.draft_key.describe(), type(exc).__name__)
        self._draft_found(None)

    def restore_draft(self) -> None:
        data, self._offer = self._offer, None
        self.offer.hide()
        self.form_widget.setEnabled(True)
        self.save_button.setEnabled(True)
        if data:
            self.apply_state(data)
            self.draft_status.setText(self.tr("Draft restored"))
        self.picker.line.setFocus()

    def discard_draft(self) -> None:
        offered, self._offer = self._offer, None
        self._unwritten["pending"] = False
        # Only the draft that was offered: one kept meanwhile elsewhere is not thrown away unseen.
        self._saver.put(None, expected_version=(offered or {}).get("draft_version"))
        self._draft_stored = False
        self.offer.hide()
        self.form_widget.setEnabled(True)
        self.save_button.setEnabled(True)
        self.draft_status.setText(self.tr("Draft discarded"))
        self.picker.line.setFocus()

    def has_offer(self) -> bool:
        return self._offer is not None

    # --- saving -------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving or self._offer is not None:
            return
        self.errors.clear()
        self.write_draft()
        form = self.current_form()
        problems = form.validate(self.contact, now=self.ctx.now())
        if problems:
            self.errors.show_all(problems)
            if self.isVisible():  # grow, within the screen, for the error lines
                self.layout().activate()
                fit_on_screen(self)
            return
        ctx, ref = self.ctx, self.reference
        share = self.family.apply(ctx)
        if self.editing:
            changes = form.changes(self.contact)
            if not changes and not self.family.changed():
                self._forget_draft()
                self.accept()
                return
            contact_id, revision, loaded = self.contact.id, self.contact.revision, self.contact

            def work():
                view = loaded
                if changes:
                    view = contacts.edit_contact(ctx, contact_id, expected_revision=revision, **changes)
                share("contact", contact_id)
                return view
        else:
            kwargs = form.log_kwargs()

            def work():
                view = contacts.log_contact(ctx, ref, **kwargs)
                share("contact", view.id)
                return view

        self._saving = True
        self.save_button.setEnabled(False)
        self.save_button.setText(self.tr("Saving…"))
        ops.write(self, work, self._saved, self._failed)

    def _saved(self, view: ContactView) -> None:
        self._saving = False
        self._forget_draft()
        self.saved.emit(view)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.save_button.setText(self.tr("Save  (Ctrl+Enter)"))
        if isinstance(exc, ValidationError):
            self.errors.show(exc)
        elif isinstance(exc, ConflictError) and self.editing:
            self.conflict.offer(exc, self._reload_stored)
        elif isinstance(exc, UserError):
            self.errors.show_message(exc.message)
        else:
            self.errors.show_message(self.tr("Not saved: an unexpected error. Your text is kept as a draft."))
            show_error(self, exc)

    def _reload_stored(self, show_changes) -> None:
        """After a stale save: load the stored entry, keep the typing on top of it, and show
        what the other person changed."""
        ctx, contact_id, loaded = self.ctx, self.contact.id, self.contact

        def reloaded(stored: ContactView) -> None:
            merged, both = self.current_form().rebase(loaded, stored)
            self.contact = stored
            self.show_form(merged)
            self._edited()
            show_changes(diff_records(loaded, stored), kept=both)

        ops.query(self, lambda: contacts.get_contact(ctx, contact_id), reloaded)

    # --- closing ------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_fitted", False):
            self._fitted = True
            fit_on_screen(self)

    def reject(self) -> None:
        if self._saving:
            # Closing now would drop the answer: a save that succeeds must still remove the
            # draft, and one that fails must still show why.
            self.draft_status.setText(self.tr("Saving… the window closes when it is done."))
            return
        super().reject()

    def done(self, result: int) -> None:
        if result != QDialog.Accepted and self._offer is None:
            if self._checking and self.has_content():
                # Closed before the look-up answered: kept only if no earlier draft is there.
                self._unwritten["pending"] = False
                self._saver.put(self.state(), expected_version=0)
            else:
                self.write_draft()
        self._checking = False  # an answer arriving now finds the dialog closed
        self._draft_timer.stop()
        super().done(result)

    def closeEvent(self, event) -> None:
        if self._offer is None and not self._saving:
            self.write_draft()
        super().closeEvent(event)


def _clock_now() -> str:
    """The time now as the user's language writes it, to the second."""
    pattern = QLocale().timeFormat(QLocale.FormatType.LongFormat).replace("t", "").strip()
    return QLocale().toString(QTime.currentTime(), pattern)


def _start_draft_write(dialog_ref, fn) -> None:
    """Run a DraftSaver's writes with ops.write. No receiver: the writes finish even when the
    dialog is gone; the dialog hears of the outcome only while it exists."""

    def done(outcome) -> None:
        dialog = dialog_ref()
        if alive(dialog):
            dialog.draft_written(outcome)

    def failed(exc: BaseException) -> None:
        dialog = dialog_ref()
        if alive(dialog):
            dialog.draft_status.setText(
                QCoreApplication.translate(
                    "LogContactDialog", "Could not keep a draft: an unexpected error (see the log)."
                )
            )

    ops.write(None, fn, done, failed)


def _write_if_pending(saver: drafts.DraftSaver, unwritten: dict, *_args) -> None:
    """The dialog was deleted (its case tab closed) before its debounce fired: keep the typing."""
    if not unwritten.get("pending"):
        return
    unwritten["pending"] = False
    if unwritten.get("state"):
        saver.put(unwritten["state"], expected_version=unwritten.get("expected"))
    elif unwritten.get("expected") is None:
        saver.put(None)


def import_legacy_drafts(window: QWidget, ctx) -> None:
    """Move the draft files older versions left in the config folder into the database, in
    the background, for the account just signed in (``forms.drafts.import_legacy_drafts``).
    ``window``'s status bar says how many moved; a failure is logged and the files stay for
    the next start."""
    if not drafts.legacy_drafts_dir().is_dir():
        return

    def done(found: drafts.LegacyImport) -> None:
        moved = len(found.imported) + len(found.superseded)
        if moved and hasattr(window, "statusBar"):
            text = QCoreApplication.translate(
                "LogContactDialog", "%n unsaved Log contact draft(s) moved into the database", "", moved
            )
            window.statusBar().showMessage(text, 8000)

    def failed(exc: BaseException) -> None:
        # Only the kind of failure: the message of an unexpected one could quote a file's text.
        text = exc.message if isinstance(exc, UserError) else type(exc).__name__
        log.warning("Old draft files not imported (they stay for the next start): %s", text)

    ops.write(window, lambda: drafts.import_legacy_drafts(ctx), done, failed)


__all__ = ["CounterpartPicker", "LogContactDialog", "StaffPresentPicker", "alive", "import_legacy_drafts"]
