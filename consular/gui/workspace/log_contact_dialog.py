"""The Log contact dialog: a phone call logged in half a minute without touching the mouse.

Keyboard path: the dialog opens with the cursor in *With*; type part of a name and press
Enter (the case's counterparts and anyone in the database match as you type; a name that
matches nobody opens a one-line "new counterpart" row: pick the category, Enter). Tab through
channel, direction, duration, summary, notes (Tab leaves the notes, it does not indent),
outcome, restricted, follow-up; Ctrl+Enter saves from anywhere; Esc closes and keeps a draft.

Nothing typed is lost: every edit is written (debounced) to a draft file in the config folder,
also right before saving and on close; the next time the dialog opens for the case it offers
the draft back. Only a successful save deletes it. A refused value shows its message next to
the field and the form stays as typed.

The same dialog edits an existing entry (``contact=``), without the follow-up section, with
the saved staff present ticked; the service keeps the earlier text as a revision.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime, timedelta
from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from consular.domain.enums import Channel, CounterpartCategory, Direction, Priority
from consular.domain.errors import UserError, ValidationError
from consular.domain.timeutil import utcnow
from consular.gui import ops, settings
from consular.gui.errors import show_error
from consular.gui.form_rows import FieldErrors, enum_combo, error_label, field_with_error, select_data
from consular.gui.icons import icon
from consular.gui.labels import warning_banner
from consular.gui.ops import alive
from consular.gui.table_models import ID_ROLE, OBJECT_ROLE
from consular.gui.times import ZonedDateTimeEdit
from consular.gui.workspace import drafts
from consular.services import contacts, counterparts, reference_data
from consular.services.contacts import FollowUp
from consular.services.views import ContactView, CounterpartView, UserView

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 400
MAX_CHIPS = 16
SEARCH_DELAY_MS = 200


class FlowLayout(QLayout):
    """Lays children out left to right, wrapping like words (for counterpart chips)."""

    def __init__(self, parent=None, spacing: int = 4):
        super().__init__(parent)
        self._items: list = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), test_only=True)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, test_only=False)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size

    def _do_layout(self, rect: QRect, *, test_only: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            if item.isEmpty():  # hidden chips take no room
                continue
            hint = item.sizeHint()
            next_x = x + hint.width() + self._spacing
            if next_x - self._spacing > rect.right() and line_height > 0:
                x, y = rect.x(), y + line_height + self._spacing
                next_x = x + hint.width() + self._spacing
                line_height = 0
            if not test_only:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x = next_x
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


def _cp_dict(c: CounterpartView) -> dict:
    return {"id": c.id, "name": c.name, "category": c.category.value, "label": c.label}


def _cp_text(c: dict) -> str:
    category = CounterpartCategory(c["category"]).label if c.get("category") else ""
    return f"{c['name']} · {category}" if category else c["name"]


class CounterpartPicker(QWidget):
    """Several counterparts as removable chips, a type-ahead field, and inline creation."""

    changed = Signal()

    def __init__(self, ctx, reference: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.reference = ctx, reference
        self._known: dict[int, dict] = {}
        self._selected: list[dict] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        self.chips = QWidget()
        self.chips.setAccessibleName("Counterparts chosen")
        self.chip_layout = FlowLayout(self.chips)
        # A fixed set of chip buttons made before the field, so they sit just before it in
        # the tab order (Shift+Tab reaches them; Tab from the field goes on to the channel).
        self._chips: list[QPushButton] = []
        for _ in range(MAX_CHIPS):
            chip = QPushButton(self.chips)
            chip.setProperty("role", "chip")
            chip.setAutoDefault(False)
            chip.clicked.connect(lambda _checked=False, c=chip: self._chip_clicked(c))
            self.chip_layout.addWidget(chip)
            chip.hide()
            self._chips.append(chip)
        self.more = QLabel(self.chips)
        self.more.setAccessibleName("More counterparts")
        self.chip_layout.addWidget(self.more)
        self.more.hide()
        layout.addWidget(self.chips)
        self.chips.hide()

        self.line = QLineEdit()
        self.line.setAccessibleName("With: counterpart name")
        self.line.setPlaceholderText("Type a name or organisation, Enter to add (several allowed)")
        self.line.setClearButtonEnabled(True)
        layout.addWidget(self.line)

        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchContains)
        self.completer.setCompletionMode(QCompleter.PopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.completer.popup().setAccessibleName("Matching counterparts")
        self.line.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._activated)
        self.line.returnPressed.connect(self._return_pressed)
        self.line.textEdited.connect(self._text_edited)
        self.line.installEventFilter(self)

        self.create_row = QFrame()
        self.create_row.setAccessibleName("New counterpart")
        row = QHBoxLayout(self.create_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel("New counterpart:"))
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName("New counterpart name")
        row.addWidget(self.new_name, 2)
        self.new_category = enum_combo(CounterpartCategory, "New counterpart category")
        row.addWidget(self.new_category, 1)
        self.create_button = QPushButton("Add")
        self.create_button.setAccessibleName("Create this counterpart")
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self.create_counterpart)
        row.addWidget(self.create_button)
        self.cancel_create = QPushButton("Cancel")
        self.cancel_create.setAccessibleName("Do not create a counterpart")
        self.cancel_create.setAutoDefault(False)
        self.cancel_create.clicked.connect(self.hide_create)
        row.addWidget(self.cancel_create)
        for widget in (self.new_name, self.new_category):
            widget.installEventFilter(self)
        layout.addWidget(self.create_row)
        self.create_row.hide()
        self.create_hint = QLabel("Enter creates it; Esc goes back.")
        self.create_hint.setProperty("role", "muted")
        layout.addWidget(self.create_hint)
        self.create_hint.hide()

        self.error = error_label("Counterpart error")
        layout.addWidget(self.error)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        self.setFocusProxy(self.line)

    # --- data ---------------------------------------------------------------------------

    def add_known(self, items: list[CounterpartView]) -> None:
        for c in items:
            if c.id in self._known:
                continue
            data = _cp_dict(c)
            self._known[c.id] = data
            item = QStandardItem(f"{c.label} — {c.category.label}")
            item.setData(c.id, ID_ROLE)
            item.setData(data, OBJECT_ROLE)
            self.model.appendRow(item)

    def selected(self) -> list[dict]:
        return list(self._selected)

    def selected_ids(self) -> list[int]:
        return [c["id"] for c in self._selected]

    def set_selected(self, items: list[dict]) -> None:
        self._selected = []
        for c in items:
            if c.get("id") is not None and all(x["id"] != c["id"] for x in self._selected):
                self._selected.append(dict(c))
        self._rebuild_chips()
        self.changed.emit()

    def add(self, data: dict) -> None:
        if any(x["id"] == data["id"] for x in self._selected):
            return
        self._selected.append(dict(data))
        self._rebuild_chips()
        self.changed.emit()

    def remove(self, counterpart_id: int) -> None:
        self._selected = [x for x in self._selected if x["id"] != counterpart_id]
        self._rebuild_chips()
        self.line.setFocus()
        self.changed.emit()

    def _rebuild_chips(self) -> None:
        for index, chip in enumerate(self._chips):
            if index < len(self._selected):
                data = self._selected[index]
                chip.setText(f"{_cp_text(data)}  ✕")
                chip.setAccessibleName(f"Remove {data['name']}")
                chip.setToolTip(f"{data.get('label') or data['name']} — Space or click removes it")
                chip.setProperty("counterpart_id", data["id"])
                chip.show()
            else:
                chip.hide()
        extra = len(self._selected) - len(self._chips)
        self.more.setText(f"+{extra} more (Backspace in the field removes the last)" if extra > 0 else "")
        self.more.setVisible(extra > 0)
        self.chips.setVisible(bool(self._selected))
        self.chip_layout.invalidate()
        self.chips.updateGeometry()

    def _chip_clicked(self, chip: QPushButton) -> None:
        counterpart_id = chip.property("counterpart_id")
        if counterpart_id is not None:
            self.remove(int(counterpart_id))

    # --- typing -------------------------------------------------------------------------

    def _text_edited(self, text: str) -> None:
        self.error.hide()
        if len(text.strip()) >= 2:
            self._search_timer.start()

    def _search(self) -> None:
        text = self.line.text().strip()
        if len(text) < 2:
            return
        ctx = self.ctx
        ops.query(
            self,
            lambda: counterparts.find_counterparts(ctx, text, limit=20),
            self._found,
            on_error=lambda exc: log.warning("Counterpart search failed: %s", exc),
        )

    def _found(self, items: list[CounterpartView]) -> None:
        before = self.model.rowCount()
        self.add_known(items)
        if self.model.rowCount() != before and self.line.hasFocus() and self.line.text().strip():
            self.completer.setCompletionPrefix(self.line.text())
            self.completer.complete()

    def _activated(self, index: QModelIndex) -> None:
        data = index.data(OBJECT_ROLE)
        if data:
            self.add(data)
            QTimer.singleShot(0, self.line.clear)

    def matches(self, text: str) -> list[dict]:
        needle = text.strip().lower()
        if not needle:
            return []
        items = list(self._known.values())
        exact = [
            c
            for c in items
            if needle
            in (
                c["name"].lower(),
                c["label"].lower(),
                f"{c['label']} — {CounterpartCategory(c['category']).label}".lower(),
            )
        ]
        if exact:
            return exact[:1]
        return [c for c in items if needle in c["label"].lower() or needle in c["name"].lower()]

    def _return_pressed(self) -> None:
        text = self.line.text().strip()
        if not text:
            return
        self.completer.popup().hide()
        hits = self.matches(text)
        if len(hits) == 1:
            self.add(hits[0])
            self.line.clear()
        elif len(hits) > 1:
            names = "; ".join(h["name"] for h in hits[:5])
            self.error.setText(
                f"'{text}' matches {len(hits)} counterparts ({names}); type more of the name "
                "or pick one from the list with the arrow keys."
            )
            self.error.show()
            self.completer.setCompletionPrefix(text)
            self.completer.complete()
        else:
            self.show_create(text)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.KeyPress:
            key = event.key()
            if watched is self.line and key == Qt.Key_Backspace and not self.line.text() and self._selected:
                self.remove(self._selected[-1]["id"])
                return True
            if watched in (self.new_name, self.new_category) and event.modifiers() == Qt.NoModifier:
                if key in (Qt.Key_Return, Qt.Key_Enter):
                    self.create_counterpart()
                    return True
                if key == Qt.Key_Escape:
                    self.hide_create()
                    return True
        return super().eventFilter(watched, event)

    # --- inline creation ----------------------------------------------------------------

    def show_create(self, name: str) -> None:
        self.new_name.setText(name)
        self.create_row.show()
        self.create_hint.show()
        self.new_category.setFocus()
        # Enter may have closed the completer's popup, which hands the focus back to the
        # field once the key has been handled: take it again after that.
        QTimer.singleShot(0, self._focus_category)

    def _focus_category(self) -> None:
        if self.create_row.isVisible():
            self.new_category.setFocus(Qt.OtherFocusReason)

    def hide_create(self) -> None:
        self.create_row.hide()
        self.create_hint.hide()
        self.line.setFocus()

    def create_counterpart(self) -> None:
        name = self.new_name.text().strip()
        category = self.new_category.currentData()
        if not name:
            self.error.setText("Give the new counterpart's name.")
            self.error.show()
            self.new_name.setFocus()
            return
        self.create_button.setEnabled(False)
        ctx, ref = self.ctx, self.reference

        def done(view: CounterpartView) -> None:
            self.create_button.setEnabled(True)
            self.add_known([view])
            self.add(_cp_dict(view))
            self.line.clear()
            self.hide_create()

        def failed(exc: BaseException) -> None:
            self.create_button.setEnabled(True)
            if isinstance(exc, UserError):
                self.error.setText(exc.message)
                self.error.show()
            else:
                show_error(self, exc)

        ops.write(self, lambda: counterparts.add_counterpart(ctx, ref, name=name, category=category), done, failed)


class StaffPresentPicker(QWidget):
    """Who of our staff took part: a short checkable list of users, the signed-in one ticked.

    Typing a name's first letters moves to it (the list's own type-ahead); Space ticks or
    unticks. The ticked names are repeated beside the list, so the choice is readable when
    they have scrolled out of view.
    """

    changed = Signal()
    ROWS = 3

    def __init__(self, actor, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName("Staff present")
        self.list.setAccessibleDescription("Type a name to find it; Space ticks or unticks it")
        self.list.setToolTip("Our staff who took part. Type a name to find it; Space ticks or unticks it")
        self.list.setUniformItemSizes(True)
        row.addWidget(self.list, 3)
        self.summary = QLabel()
        self.summary.setAccessibleName("Staff present, ticked")
        self.summary.setProperty("role", "muted")
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 2)
        self._add_item(actor.username, actor.display_name)
        self.list.itemChanged.connect(self._item_changed)
        self._fit_height()

    def _add_item(self, username: str, display_name: str | None, checked: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(f"{display_name} ({username})" if display_name else username)
        item.setData(Qt.UserRole, username)
        item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable)
        item.setCheckState(Qt.Checked if checked else Qt.Unchecked)
        self.list.addItem(item)
        return item

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _fit_height(self) -> None:
        rows = max(1, min(self.ROWS, self.list.count()))
        height = self.list.sizeHintForRow(0) if self.list.count() else self.fontMetrics().height() + 4
        self.list.setFixedHeight(height * rows + 2 * self.list.frameWidth() + 2)

    def selected(self) -> list[str]:
        """Usernames ticked, sorted (a draft or a comparison must not depend on list order)."""
        return sorted(i.data(Qt.UserRole) for i in self._items() if i.checkState() == Qt.Checked)

    def set_selected(self, usernames: list[str]) -> None:
        wanted = set(usernames or [])
        self.list.blockSignals(True)
        try:
            known = set()
            for item in self._items():
                known.add(item.data(Qt.UserRole))
                item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in wanted else Qt.Unchecked)
            for username in sorted(wanted - known):  # e.g. someone no longer active
                self._add_item(username, None, checked=True)
        finally:
            self.list.blockSignals(False)
        self._after_change()

    def set_users(self, users: list[UserView]) -> None:
        ticked = self.selected()
        self.list.blockSignals(True)
        try:
            self.list.clear()
            listed = set()
            for user in users:
                self._add_item(user.username, user.display_name, user.username in ticked)
                listed.add(user.username)
            for username in ticked:
                if username not in listed:
                    self._add_item(username, None, checked=True)
        finally:
            self.list.blockSignals(False)
        self._fit_height()
        self._after_change(emit=False)

    def _item_changed(self, _item) -> None:
        self._after_change()

    def _after_change(self, emit: bool = True) -> None:
        names = [i.text() for i in self._items() if i.checkState() == Qt.Checked]
        self.summary.setText(", ".join(names) if names else "Nobody ticked")
        first = next((i for i in self._items() if i.checkState() == Qt.Checked), None)
        if first is not None and self.list.currentItem() is None:
            self.list.setCurrentItem(first)
        if emit:
            self.changed.emit()


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
        self.draft_file = drafts.draft_path(reference, contact.id if contact else None)
        self.setWindowTitle(f"Edit contact — {reference}" if self.editing else f"Log contact — {reference}")
        self.setWindowIcon(icon("log-contact"))
        self.setAccessibleName("Edit contact" if self.editing else "Log contact")
        self.setMinimumWidth(720)
        self.setSizeGripEnabled(True)
        mode = settings.get(settings.TIME_DISPLAY) or "case"

        outer = QVBoxLayout(self)

        # Draft offer: the form stays disabled until the user answers, so the old draft is
        # never overwritten by new typing before they decided.
        self.offer, self.offer_label, offer_row = warning_banner("Unsaved draft")
        self.restore_button = QPushButton("&Restore")
        self.restore_button.setAccessibleName("Restore the unsaved draft")
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_draft)
        offer_row.addWidget(self.restore_button)
        self.discard_button = QPushButton("&Discard draft")
        self.discard_button.setAccessibleName("Discard the unsaved draft")
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self.discard_draft)
        offer_row.addWidget(self.discard_button)
        outer.addWidget(self.offer)

        self.form_widget = QWidget()
        form = QFormLayout(self.form_widget)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        general = error_label("Error")
        self.errors = FieldErrors(general)

        def add_row(label: str, widget: QWidget, field: str | None, *aliases: str) -> None:
            form.addRow(label, field_with_error(label, widget, self.errors, field, *aliases))

        self.when = ZonedDateTimeEdit(case_zone, mode, "When")
        add_row("When", self.when, "occurred_at")

        self.picker = CounterpartPicker(ctx, reference)
        add_row("With", self.picker, "counterparts", "counterpart_ids", "with")

        how = QWidget()
        how_row = QHBoxLayout(how)
        how_row.setContentsMargins(0, 0, 0, 0)
        self.channel = enum_combo(Channel, "Channel")
        self.direction = enum_combo(Direction, "Direction")
        self.duration = QSpinBox()
        self.duration.setAccessibleName("Duration in minutes")
        self.duration.setRange(0, 24 * 60)
        self.duration.setSpecialValueText("—")
        self.duration.setSuffix(" min")
        how_row.addWidget(self.channel, 2)
        how_row.addWidget(self.direction, 2)
        how_row.addWidget(QLabel("Duration"))
        how_row.addWidget(self.duration, 1)
        add_row("How", how, "channel")
        self.errors.add("direction", self.direction, self.errors.label_for("channel"))
        self.errors.add("duration_minutes", self.duration, self.errors.label_for("channel"))

        self.subject = QLineEdit()
        self.subject.setAccessibleName("Summary")
        self.subject.setPlaceholderText("One line: what the contact was about")
        self.subject.setMaxLength(300)
        add_row("Summary", self.subject, "subject")

        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName("Notes")
        self.notes.setPlaceholderText("What was said, in full")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(170)
        add_row("Notes", self.notes, "notes")

        self.outcome = QPlainTextEdit()
        self.outcome.setAccessibleName("Outcome")
        self.outcome.setPlaceholderText("Agreed, decided or learnt")
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(64)
        add_row("Outcome", self.outcome, "outcome")

        self.staff = StaffPresentPicker(ctx.actor)
        add_row("Staff present", self.staff, "staff_present")

        self.restricted = QCheckBox("Restricted — keep out of family-facing and redacted outputs")
        self.restricted.setAccessibleName("Restricted")
        self.restricted.setIcon(icon("restricted"))
        add_row("", self.restricted, "restricted")

        self.follow_up = QGroupBox("Create a follow-up task")
        self.follow_up.setAccessibleName("Create a follow-up task")
        self.follow_up.setCheckable(True)
        self.follow_up.setChecked(False)
        fu_form = QFormLayout(self.follow_up)
        fu_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fu_title = QLineEdit()
        self.fu_title.setAccessibleName("Follow-up task title")
        self.fu_title.setPlaceholderText("e.g. Call the police commissioner again")
        self.fu_assignee = QComboBox()
        self.fu_assignee.setAccessibleName("Follow-up assignee")
        self.fu_assignee.addItem(ctx.actor.display_name, ctx.actor.username)
        self.fu_due = ZonedDateTimeEdit(case_zone, mode, "Follow-up due", switchable=False)
        self.fu_priority = enum_combo(Priority, "Follow-up priority")
        select_data(self.fu_priority, Priority.NORMAL)
        for label, widget, field in (
            ("Task", self.fu_title, "follow_up.title"),
            ("Assignee", self.fu_assignee, "assignee"),
            ("Due", self.fu_due, "due_at"),
            ("Priority", self.fu_priority, "priority"),
        ):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            err = error_label(f"Follow-up {label.lower()} error")
            column.addWidget(err)
            self.errors.add(field, widget, err)
            fu_form.addRow(label, box)
        # The follow-up task is created in the same transaction; its fields come back named
        # as the task service names them.
        self.errors.add("title", self.fu_title, self.errors.label_for("follow_up.title"))
        self.errors.add("description", self.fu_title, self.errors.label_for("follow_up.title"))
        form.addRow("", self.follow_up)
        if self.editing:
            self.follow_up.hide()

        outer.addWidget(self.form_widget, 1)
        outer.addWidget(general)

        buttons = QHBoxLayout()
        self.draft_status = QLabel()
        self.draft_status.setProperty("role", "muted")
        self.draft_status.setAccessibleName("Draft status")
        buttons.addWidget(self.draft_status, 1)
        self.save_button = QPushButton(icon("log-contact"), "Save  (Ctrl+Enter)")
        self.save_button.setAccessibleName("Save contact")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton("Close  (Esc)")
        self.cancel_button.setAccessibleName("Close, keeping a draft")
        self.cancel_button.setToolTip("Close; what you typed is kept as a draft and offered next time")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        outer.addLayout(buttons)

        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.WindowShortcut)
            shortcut.activated.connect(self.save)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.write_draft)
        self._unwritten: dict = {"pending": False, "state": None}
        self.destroyed.connect(partial(_write_if_pending, self.draft_file, self._unwritten))

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
        self._offer_draft()
        if self._offer is None:
            self.picker.line.setFocus()

    # --- state --------------------------------------------------------------------------

    def _fill_initial(self) -> None:
        self._restoring = True
        try:
            if self.contact is not None:
                c = self.contact
                self.when.set_value(c.occurred_at)
                self.picker.set_selected([_cp_dict(x) for x in c.counterparts])
                select_data(self.channel, c.channel)
                select_data(self.direction, c.direction)
                self.duration.setValue(c.duration_minutes or 0)
                self.subject.setText(c.subject)
                self.notes.setPlainText(c.notes or "")
                self.outcome.setPlainText(c.outcome or "")
                self.restricted.setChecked(c.restricted)
                self.staff.set_selected(c.staff_usernames)
            else:
                self.staff.set_selected([self.ctx.actor.username])
                now = utcnow().replace(second=0, microsecond=0)
                self.when.set_value(now)
                select_data(self.channel, Channel.PHONE)
                select_data(self.direction, Direction.OUTGOING)
                due = (now + timedelta(days=1)).replace(minute=0)
                self.fu_due.set_value(due)
        finally:
            self._restoring = False
        self._baseline = self.state()

    def _set_users(self, users) -> None:
        self.staff.set_users(users)
        current = self.fu_assignee.currentData()
        self.fu_assignee.blockSignals(True)
        self.fu_assignee.clear()
        self.fu_assignee.addItem("— nobody yet —", None)
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

    def state(self) -> dict:
        """The form as plain JSON-able data (what a draft holds)."""
        return {
            "reference": self.reference,
            "contact_id": self.contact.id if self.contact else None,
            "occurred_at": self.when.value().isoformat(),
            "zone_mode": self.when.mode,
            "counterparts": self.picker.selected(),
            "channel": str(self.channel.currentData()),
            "direction": str(self.direction.currentData()),
            "duration_minutes": self.duration.value() or None,
            "subject": self.subject.text(),
            "notes": self.notes.toPlainText(),
            "outcome": self.outcome.toPlainText(),
            "staff_present": self.staff.selected(),
            # Edit drafts written before staff could be edited hold an empty, meaningless list;
            # this marks the ones whose list is what the caseworker ticked.
            "staff_editable": True,
            "restricted": self.restricted.isChecked(),
            "follow_up": {
                "enabled": self.follow_up.isChecked(),
                "title": self.fu_title.text(),
                "assignee": self.fu_assignee.currentData(),
                "due_at": self.fu_due.value().isoformat(),
                "priority": str(self.fu_priority.currentData()),
            },
        }

    def apply_state(self, data: dict) -> None:
        self._restoring = True
        try:
            mode = data.get("zone_mode") or self.when.mode
            self.when.set_mode(mode)
            self.fu_due.set_mode(mode)
            if data.get("occurred_at"):
                self.when.set_value(datetime.fromisoformat(data["occurred_at"]))
            self.picker.set_selected(data.get("counterparts") or [])
            for combo, key, enum_cls in ((self.channel, "channel", Channel), (self.direction, "direction", Direction)):
                with contextlib.suppress(ValueError):
                    select_data(combo, enum_cls(data.get(key)))
            self.duration.setValue(int(data.get("duration_minutes") or 0))
            self.subject.setText(data.get("subject") or "")
            self.notes.setPlainText(data.get("notes") or "")
            self.outcome.setPlainText(data.get("outcome") or "")
            # Drafts from before the field (or, for an edit, before it was editable) keep the
            # default: the signed-in user for a new contact, the saved staff for an edit.
            if "staff_present" in data and (not self.editing or data.get("staff_editable")):
                self.staff.set_selected(data.get("staff_present") or [])
            self.restricted.setChecked(bool(data.get("restricted")))
            fu = data.get("follow_up") or {}
            self.follow_up.setChecked(bool(fu.get("enabled")))
            self.fu_title.setText(fu.get("title") or "")
            self._pending_assignee = fu.get("assignee")
            index = self.fu_assignee.findData(fu.get("assignee"))
            if index < 0 and fu.get("assignee"):
                self.fu_assignee.addItem(fu["assignee"], fu["assignee"])
                index = self.fu_assignee.count() - 1
            if index >= 0:
                self.fu_assignee.setCurrentIndex(index)
            if fu.get("due_at"):
                self.fu_due.set_value(datetime.fromisoformat(fu["due_at"]))
            with contextlib.suppress(ValueError):
                select_data(self.fu_priority, Priority(fu.get("priority") or "normal"))
        finally:
            self._restoring = False

    def has_content(self) -> bool:
        """Whether there is anything worth keeping (typed text, a counterpart, a change)."""
        now = self.state()
        if self.editing:
            return _comparable(now) != _comparable(self._baseline)
        fu = now["follow_up"]
        return bool(
            now["subject"].strip()
            or now["notes"].strip()
            or now["outcome"].strip()
            or now["counterparts"]
            or (fu["enabled"] and fu["title"].strip())
            or now["duration_minutes"]
            or now["restricted"]
            or now["staff_present"] != self._baseline["staff_present"]
        )

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
        """Save the form to the draft file now (or remove the file when the form is empty)."""
        self._draft_timer.stop()
        if self._offer is not None:
            return
        self._unwritten["pending"] = False
        try:
            if self.has_content():
                state = self.state()
                state["saved_at"] = datetime.now().astimezone().isoformat()
                drafts.write_draft(self.draft_file, state)
                self.draft_status.setText(f"Draft kept {datetime.now():%H:%M:%S}")
            else:
                drafts.delete_draft(self.draft_file)
                self.draft_status.clear()
        except OSError as exc:
            log.error("Cannot write the draft %s: %s", self.draft_file, exc)
            self.draft_status.setText(f"Could not keep a draft: {exc.strerror or exc}")

    def _offer_draft(self) -> None:
        data = drafts.read_draft(self.draft_file)
        if not data:
            return
        when = drafts.saved_at(data)
        if when is None:
            moment = "earlier"
        elif when.date() == datetime.now().astimezone().date():
            moment = f"from {when:%H:%M}"
        else:
            moment = f"from {when:%Y-%m-%d %H:%M}"
        summary = (data.get("subject") or "").strip() or (data.get("notes") or "").strip()[:60]
        what = "contact" if not self.editing else "changes to this contact"
        text = f"Restore the unsaved {what} {moment}?"
        if summary:
            text += f"  “{summary[:80]}”"
        self._offer = data
        self.offer_label.setText(text)
        self.offer.show()
        self.form_widget.setEnabled(False)
        self.save_button.setEnabled(False)
        self.restore_button.setFocus()

    def restore_draft(self) -> None:
        data, self._offer = self._offer, None
        self.offer.hide()
        self.form_widget.setEnabled(True)
        self.save_button.setEnabled(True)
        if data:
            self.apply_state(data)
            self.draft_status.setText("Draft restored")
        self.picker.line.setFocus()

    def discard_draft(self) -> None:
        self._offer = None
        self._unwritten["pending"] = False
        drafts.delete_draft(self.draft_file)
        self.offer.hide()
        self.form_widget.setEnabled(True)
        self.save_button.setEnabled(True)
        self.draft_status.setText("Draft discarded")
        self.picker.line.setFocus()

    def has_offer(self) -> bool:
        return self._offer is not None

    # --- saving -------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving or self._offer is not None:
            return
        self.errors.clear()
        self.write_draft()
        state = self.state()
        ctx, ref = self.ctx, self.reference
        if self.picker.line.text().strip():
            # A name typed but not added is most likely meant: say so rather than drop it.
            self.errors.show(
                ValidationError(
                    "counterparts",
                    f"'{self.picker.line.text().strip()}' is typed but not added: press Enter "
                    "in the field to add it, or clear it.",
                )
            )
            return
        if self.editing:
            changes = self._changes(state)
            if not changes:
                drafts.delete_draft(self.draft_file)
                self.accept()
                return
            contact_id, revision = self.contact.id, self.contact.revision

            def work():
                return contacts.edit_contact(ctx, contact_id, expected_revision=revision, **changes)
        else:
            fu = state["follow_up"]
            follow = None
            if fu["enabled"]:
                follow = FollowUp(
                    title=fu["title"], assignee=fu["assignee"], due_at=self.fu_due.value(), priority=fu["priority"]
                )
            kwargs = {
                "occurred_at": self.when.value(),
                "channel": state["channel"],
                "direction": state["direction"],
                "subject": state["subject"],
                "counterpart_ids": self.picker.selected_ids(),
                "notes": state["notes"],
                "outcome": state["outcome"],
                "duration_minutes": state["duration_minutes"],
                "restricted": state["restricted"],
                "staff_present": state["staff_present"],
                "follow_up": follow,
            }

            def work():
                return contacts.log_contact(ctx, ref, **kwargs)

        self._saving = True
        self.save_button.setEnabled(False)
        self.save_button.setText("Saving…")
        ops.write(self, work, self._saved, self._failed)

    def _changes(self, state: dict) -> dict:
        c = self.contact
        changes: dict = {}
        when = self.when.value()
        if abs((when - c.occurred_at).total_seconds()) >= 60:
            changes["occurred_at"] = when
        if state["channel"] != c.channel.value:
            changes["channel"] = state["channel"]
        if state["direction"] != c.direction.value:
            changes["direction"] = state["direction"]
        if state["duration_minutes"] != c.duration_minutes:
            changes["duration_minutes"] = state["duration_minutes"]
        for key in ("subject", "notes", "outcome"):
            if (state[key] or "") != (getattr(c, key) or ""):
                changes[key] = state[key]
        if state["restricted"] != c.restricted:
            changes["restricted"] = state["restricted"]
        if self.picker.selected_ids() != [x.id for x in c.counterparts]:
            changes["counterpart_ids"] = self.picker.selected_ids()
        if state["staff_present"] != sorted(c.staff_usernames):  # selected() is sorted
            changes["staff_present"] = state["staff_present"]
        return changes

    def _saved(self, view: ContactView) -> None:
        self._saving = False
        self._unwritten["pending"] = False
        drafts.delete_draft(self.draft_file)
        self._draft_timer.stop()
        self.saved.emit(view)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.save_button.setText("Save  (Ctrl+Enter)")
        if isinstance(exc, ValidationError):
            self.errors.show(exc)
        elif isinstance(exc, UserError):
            self.errors.show_message(exc.message)
        else:
            self.errors.show_message("Not saved: an unexpected error. Your text is kept as a draft.")
            show_error(self, exc)

    # --- closing ------------------------------------------------------------------------

    def reject(self) -> None:
        if self._saving:
            # Closing now would drop the answer: a save that succeeds must still remove the
            # draft, and one that fails must still show why.
            self.draft_status.setText("Saving… the window closes when it is done.")
            return
        super().reject()

    def done(self, result: int) -> None:
        if result != QDialog.Accepted and self._offer is None:
            self.write_draft()
        self._draft_timer.stop()
        super().done(result)

    def closeEvent(self, event) -> None:
        if self._offer is None and not self._saving:
            self.write_draft()
        super().closeEvent(event)


def _write_if_pending(path, unwritten: dict, *_args) -> None:
    if not unwritten.get("pending"):
        return
    try:
        if unwritten.get("state"):
            state = dict(unwritten["state"])
            state["saved_at"] = datetime.now().astimezone().isoformat()
            drafts.write_draft(path, state)
        else:
            drafts.delete_draft(path)
    except OSError as exc:
        log.error("Cannot write the draft %s: %s", path, exc)


def _comparable(state: dict) -> dict:
    data = dict(state)
    data.pop("zone_mode", None)
    data.pop("follow_up", None)
    if data.get("occurred_at"):
        # The same instant written in another zone is no change.
        data["occurred_at"] = datetime.fromisoformat(data["occurred_at"]).timestamp() // 60
    return data


__all__ = ["CounterpartPicker", "LogContactDialog", "StaffPresentPicker", "alive"]
