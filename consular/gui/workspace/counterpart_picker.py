"""Counterparts of a contact as removable chips, with a type-ahead field and inline creation.

Typing part of a name and pressing Enter adds the one counterpart it matches (the case's
counterparts and anyone in the database found as you type); a name matching nobody opens a
one-line "new counterpart" row. Backspace in an empty field removes the last chip.

A counterpart found elsewhere is labelled with the case(s) it belongs to ("from
BAM-2024-0003"), in the list and on its chip, so nobody picks another case's police chief
by mistake.

A chip's context menu (right-click, or the menu key) offers *Edit details…*: the
:class:`CounterpartDialog`, which edits the counterpart everywhere it is linked, sends the
version it loaded and meets a stale save with the conflict panel. The contact log's row menu
opens the same dialog (:func:`edit_counterpart`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consular.domain.enums import CounterpartCategory
from consular.domain.errors import UserError
from consular.gui import ops
from consular.gui.conflicts import diff_records
from consular.gui.errors import show_error
from consular.gui.form_rows import enum_combo, error_label, select_data
from consular.gui.forms.contact_form import counterpart_entry, counterpart_text
from consular.gui.forms.record_forms import CounterpartForm
from consular.gui.table_models import ID_ROLE, OBJECT_ROLE
from consular.gui.workspace.forms import FormDialog
from consular.i18n import QT_TRANSLATE_NOOP
from consular.services import counterparts
from consular.services.views import CounterpartView

log = logging.getLogger(__name__)

MAX_CHIPS = 16
SEARCH_DELAY_MS = 200


def elsewhere_text(references: list[str], this_case: str) -> str:
    """How a counterpart found anywhere is labelled: empty when it is this case's."""
    if this_case in references:
        return ""
    if not references:
        return QCoreApplication.translate("counterpart_picker", "in no case yet")
    shown = ", ".join(references[:2])
    if len(references) > 2:
        return QCoreApplication.translate(
            "counterpart_picker", "from {cases} and %n more (not this case)", "", len(references) - 2
        ).format(cases=shown)
    return QCoreApplication.translate("counterpart_picker", "from {cases} (not this case)").format(cases=shown)


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


# The counterpart's text fields in the order the dialog shows them: field, label, placeholder.
# Marked here, translated where the dialog shows them.
COUNTERPART_ROWS = (
    (
        "role",
        QT_TRANSLATE_NOOP("CounterpartDialog", "Role"),
        QT_TRANSLATE_NOOP("CounterpartDialog", "e.g. Commissaire, Chief of Staff"),
    ),
    (
        "organisation",
        QT_TRANSLATE_NOOP("CounterpartDialog", "Organisation"),
        QT_TRANSLATE_NOOP("CounterpartDialog", "e.g. Gendarmerie, Kayes"),
    ),
    ("phone", QT_TRANSLATE_NOOP("CounterpartDialog", "Phone"), "+223 …"),
    ("email", QT_TRANSLATE_NOOP("CounterpartDialog", "E-mail"), ""),
    ("address", QT_TRANSLATE_NOOP("CounterpartDialog", "Address"), ""),
)


class CounterpartDialog(FormDialog):
    """Edit a counterpart's details. A counterpart is shared by every case it is linked to, so
    the change shows in all of them; the version loaded goes with the save, and a stale save
    is met with the conflict panel (Reload: their version, the typing kept on top)."""

    def __init__(self, ctx, counterpart: CounterpartView, parent: QWidget | None = None):
        super().__init__(
            self.tr("Edit {name}").format(name=counterpart.name),
            parent,
            icon_name="people",
            save_text=self.tr("Save"),
            intro=self.tr("A counterpart is shared by every case it is linked to: a change here shows in all of them."),
        )
        self.ctx, self.counterpart = ctx, counterpart
        self.name = self.add_field(self.tr("Name"), QLineEdit(), "name", accessible=self.tr("Counterpart name"))
        self.category = self.add_field(
            self.tr("Category"), enum_combo(CounterpartCategory, self.tr("Category")), "category"
        )
        self.inputs: dict[str, QLineEdit] = {}
        for field, label, placeholder in COUNTERPART_ROWS:
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr(placeholder) if placeholder else "")
            self.inputs[field] = self.add_field(self.tr(label), edit, field)
        self.reliability = self.add_field(
            self.tr("Reliability"), QPlainTextEdit(), "reliability_note", accessible=self.tr("Reliability note")
        )
        self.reliability.setPlaceholderText(self.tr("How far what they say has held up, and why"))
        self.reliability.setMinimumHeight(90)
        self.show_form(CounterpartForm.from_view(counterpart))
        self.name.setFocus()

    def show_form(self, form: CounterpartForm) -> None:
        self.name.setText(form.name)
        select_data(self.category, form.category)
        for field, edit in self.inputs.items():
            edit.setText(getattr(form, field))
        self.reliability.setPlainText(form.reliability_note)

    def current_form(self) -> CounterpartForm:
        return CounterpartForm(
            name=self.name.text(),
            category=self.category.currentData() or CounterpartCategory.OTHER,
            reliability_note=self.reliability.toPlainText(),
            **{field: edit.text() for field, edit in self.inputs.items()},
        )

    def validate(self):
        return self.current_form().validate()

    def prepare(self):
        ctx, loaded = self.ctx, self.counterpart
        changes = self.current_form().changes(loaded)

        def work():
            if not changes:
                return loaded
            return counterparts.edit_counterpart(ctx, loaded.id, expected_version=loaded.version, **changes)

        return work

    def reload_stored(self, show_changes) -> None:
        """After a stale save: the counterpart as stored now, the typing kept on top of it."""
        ctx, loaded = self.ctx, self.counterpart

        def reloaded(stored: CounterpartView) -> None:
            merged, both = self.current_form().rebase(loaded, stored)
            self.counterpart = stored
            self.show_form(merged)
            show_changes(diff_records(loaded, stored, CounterpartForm.FIELDS), kept=both)

        ops.query(self, lambda: counterparts.get_counterpart(ctx, loaded.id), reloaded)


def edit_counterpart(ctx, counterpart: CounterpartView, parent: QWidget, on_saved=None) -> CounterpartDialog:
    """Open the edit dialog for ``counterpart`` (as the caller loaded it); ``on_saved(view)``
    after a save."""
    dialog = CounterpartDialog(ctx, counterpart, parent)
    if on_saved is not None:
        dialog.saved.connect(on_saved)
    dialog.open()
    return dialog


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
        self.chips.setAccessibleName(self.tr("Counterparts chosen"))
        self.chip_layout = FlowLayout(self.chips)
        # A fixed set of chip buttons made before the field, so they sit just before it in
        # the tab order (Shift+Tab reaches them; Tab from the field goes on to the channel).
        self._chips: list[QPushButton] = []
        for _ in range(MAX_CHIPS):
            chip = QPushButton(self.chips)
            chip.setProperty("role", "chip")
            chip.setAutoDefault(False)
            chip.clicked.connect(lambda _checked=False, c=chip: self._chip_clicked(c))
            chip.setContextMenuPolicy(Qt.CustomContextMenu)
            chip.customContextMenuRequested.connect(lambda pos, c=chip: self._chip_menu(c, pos))
            self.chip_layout.addWidget(chip)
            chip.hide()
            self._chips.append(chip)
        self.more = QLabel(self.chips)
        self.more.setAccessibleName(self.tr("More counterparts"))
        self.chip_layout.addWidget(self.more)
        self.more.hide()
        layout.addWidget(self.chips)
        self.chips.hide()

        self.line = QLineEdit()
        self.line.setAccessibleName(self.tr("With: counterpart name"))
        self.line.setPlaceholderText(self.tr("Type a name or organisation, Enter to add (several allowed)"))
        self.line.setClearButtonEnabled(True)
        layout.addWidget(self.line)

        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchContains)
        self.completer.setCompletionMode(QCompleter.PopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.completer.popup().setAccessibleName(self.tr("Matching counterparts"))
        self.line.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._activated)
        self.line.returnPressed.connect(self._return_pressed)
        self.line.textEdited.connect(self._text_edited)
        self.line.installEventFilter(self)

        self._build_create_row(layout)

        self.error = error_label(self.tr("Counterpart error"))
        layout.addWidget(self.error)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        self.setFocusProxy(self.line)

    def _build_create_row(self, layout: QVBoxLayout) -> None:
        """The one-line "new counterpart" row, shown when a typed name matches nobody."""
        self.create_row = QFrame()
        self.create_row.setAccessibleName(self.tr("New counterpart"))
        row = QHBoxLayout(self.create_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("New counterpart:")))
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("New counterpart name"))
        row.addWidget(self.new_name, 2)
        self.new_category = enum_combo(CounterpartCategory, self.tr("New counterpart category"))
        row.addWidget(self.new_category, 1)
        self.create_button = QPushButton(self.tr("Add"))
        self.create_button.setAccessibleName(self.tr("Create this counterpart"))
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self.create_counterpart)
        row.addWidget(self.create_button)
        self.cancel_create = QPushButton(self.tr("Cancel"))
        self.cancel_create.setAccessibleName(self.tr("Do not create a counterpart"))
        self.cancel_create.setAutoDefault(False)
        self.cancel_create.clicked.connect(self.hide_create)
        row.addWidget(self.cancel_create)
        for widget in (self.new_name, self.new_category):
            widget.installEventFilter(self)
        layout.addWidget(self.create_row)
        self.create_row.hide()
        self.create_hint = QLabel(self.tr("Enter creates it; Esc goes back."))
        self.create_hint.setProperty("role", "muted")
        layout.addWidget(self.create_hint)
        self.create_hint.hide()

    # --- data ---------------------------------------------------------------------------

    def add_known(self, items: list[CounterpartView], cases: dict[int, list[str]] | None = None) -> None:
        """Offer ``items``: this case's counterparts (``cases`` None), or ones found anywhere
        with the references of the cases each belongs to."""
        for c in items:
            if c.id in self._known:
                continue
            data = counterpart_entry(c)
            if cases is not None:
                data["elsewhere"] = elsewhere_text(cases.get(c.id, []), self.reference)
            self._known[c.id] = data
            suffix = f" — {data['elsewhere']}" if data.get("elsewhere") else ""
            item = QStandardItem(f"{c.label} — {c.category.label}{suffix}")
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
                chip.setText(f"{counterpart_text(data)}  ✕")
                chip.setAccessibleName(self.tr("Remove {name}").format(name=data["name"]))
                name = data.get("label") or data["name"]
                if data.get("elsewhere"):
                    tip = self.tr("{name} ({where}) — Space or click removes it").format(
                        name=name, where=data["elsewhere"]
                    )
                else:
                    tip = self.tr("{name} — Space or click removes it").format(name=name)
                chip.setToolTip(tip)
                chip.setProperty("counterpart_id", data["id"])
                chip.show()
            else:
                chip.hide()
        extra = len(self._selected) - len(self._chips)
        self.more.setText(self.tr("+%n more (Backspace in the field removes the last)", "", extra) if extra > 0 else "")
        self.more.setVisible(extra > 0)
        self.chips.setVisible(bool(self._selected))
        self.chip_layout.invalidate()
        self.chips.updateGeometry()

    def _chip_clicked(self, chip: QPushButton) -> None:
        counterpart_id = chip.property("counterpart_id")
        if counterpart_id is not None:
            self.remove(int(counterpart_id))

    def _chip_menu(self, chip: QPushButton, pos: QPoint) -> QMenu | None:
        counterpart_id = chip.property("counterpart_id")
        if counterpart_id is None:
            return None
        counterpart_id = int(counterpart_id)
        menu = QMenu(chip)
        menu.setAccessibleName(self.tr("Counterpart actions"))
        menu.addAction(self.tr("Edit details…"), lambda: self.edit_counterpart(counterpart_id))
        menu.addAction(self.tr("Remove from this contact"), lambda: self.remove(counterpart_id))
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(chip.mapToGlobal(pos))
        self.chip_menu = menu
        return menu

    def edit_counterpart(self, counterpart_id: int) -> None:
        """Load the counterpart as stored and open its edit dialog; the chip follows a rename."""
        ctx = self.ctx

        def loaded(view: CounterpartView) -> None:
            self.editor = edit_counterpart(ctx, view, self.window(), self._counterpart_saved)

        ops.query(self, lambda: counterparts.get_counterpart(ctx, counterpart_id), loaded)

    def _counterpart_saved(self, view: CounterpartView) -> None:
        entry = counterpart_entry(view)
        old = self._known.get(view.id)
        if old is not None and old.get("elsewhere"):
            entry["elsewhere"] = old["elsewhere"]
        self._known[view.id] = entry
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(ID_ROLE) == view.id:
                suffix = f" — {entry['elsewhere']}" if entry.get("elsewhere") else ""
                item.setText(f"{view.label} — {view.category.label}{suffix}")
                item.setData(entry, OBJECT_ROLE)
        self._selected = [entry if x["id"] == view.id else x for x in self._selected]
        self._rebuild_chips()
        self.changed.emit()

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

        def work():
            found = counterparts.find_counterparts(ctx, text, limit=20)
            return found, counterparts.counterpart_cases(ctx, [c.id for c in found])

        ops.query(
            self,
            work,
            lambda result: self._found(text, result),
            on_error=lambda exc: log.warning("Counterpart search failed: %s", exc),
        )

    def _found(self, query: str, result: tuple[list[CounterpartView], dict[int, list[str]]]) -> None:
        items, cases = result
        before = self.model.rowCount()
        self.add_known(items, cases)
        # Offer the late matches only for the text they were searched for. Once the person
        # picked a match (Enter writes it into the line, then clears it), reopening the popup
        # would take the focus back to this line when it closes, away from wherever they
        # went next (a focus test failed about 1 run in 35 that way).
        if self.model.rowCount() != before and self.line.hasFocus() and self.line.text().strip() == query:
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
                self.tr(
                    "'{text}' matches %n counterpart(s) ({names}); type more of the name "
                    "or pick one from the list with the arrow keys.",
                    "",
                    len(hits),
                ).format(text=text, names=names)
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
            self.error.setText(self.tr("Give the new counterpart's name."))
            self.error.show()
            self.new_name.setFocus()
            return
        self.create_button.setEnabled(False)
        ctx, ref = self.ctx, self.reference

        def done(view: CounterpartView) -> None:
            self.create_button.setEnabled(True)
            self.add_known([view])
            self.add(counterpart_entry(view))
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
