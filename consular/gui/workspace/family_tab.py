"""The Family tab: who must be told what ("tell the family" items), what each family was told
(the family update log), and each next of kin's liaison officer.

Top: the open items, earliest due first, red once past due, with "Close item…" for one the
family heard of outside the log. Below: the log, newest first, with "Record family update…"
(which closes the items it covers) and "Void…". The officers line says who each family deals
with and since when; "Change liaison officer…" records a change with its reason. Items and
updates about restricted developments (a proof of life, a demand) are for the case team: an
outsider sees no such item, and a log row with its date and "Restricted".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consular.domain.enums import Channel
from consular.domain.errors import ValidationError
from consular.gui import ops
from consular.gui.form_rows import bar_button, enum_combo
from consular.gui.forms.family_forms import FamilyUpdateForm, OfficerChangeForm
from consular.gui.icons import icon
from consular.gui.table_models import OBJECT_ROLE, Column, RawSortProxy, RecordTableModel, use_sort_header
from consular.gui.text import html_escape
from consular.gui.theme import muted_colour, overdue_colour, restricted_colour
from consular.gui.times import TimeDisplay, ZonedDateTimeEdit, day_text
from consular.gui.workspace.forms import FormDialog, VoidDialog, users_combo
from consular.i18n import QT_TRANSLATE_NOOP
from consular.services import family_updates, liaison_officers, reference_data, voiding
from consular.services.family_updates import FamilyUpdateView, TellItemView
from consular.services.liaison_officers import OfficerView


def _due(item: TellItemView, model) -> str:
    if item.done_at is not None:
        return QCoreApplication.translate("family_tab", "done")
    when = model.times.fmt(item.due_at)
    if item.overdue(model.now):
        return QCoreApplication.translate("family_tab", "OVERDUE — {due}").format(due=when)
    return when


class TellItemTableModel(RecordTableModel):
    TR_CONTEXT = "family_tab"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("family_tab", "Due"),
            _due,
            lambda i, _: i.due_at,
            foreground=lambda i, m: overdue_colour() if i.overdue(m.now) else None,
        ),
        Column(QT_TRANSLATE_NOOP("family_tab", "Family of"), lambda i, _: i.hostage_name, lambda i, _: i.hostage_name),
        Column(
            QT_TRANSLATE_NOOP("family_tab", "Development"),
            lambda i, _: i.kind.label,
            lambda i, _: i.kind.value,
            decoration=lambda i, _: icon("restricted") if i.restricted else None,
        ),
        Column(
            QT_TRANSLATE_NOOP("family_tab", "What happened"),
            lambda i, _: i.what,
            lambda i, _: i.what,
            tooltip=lambda i, _: i.what,
        ),
    )
    COL_DUE, COL_HOSTAGE, COL_KIND, COL_WHAT = range(len(COLUMNS))

    def __init__(self, times: TimeDisplay, now, parent=None):
        super().__init__(times, parent)
        self._now = now

    @property
    def now(self):
        return self._now()


class FamilyLogTableModel(RecordTableModel):
    TR_CONTEXT = "family_tab"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("family_tab", "Told"),
            lambda u, m: m.times.fmt(u.told_at),
            lambda u, _: u.told_at,
            is_time=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("family_tab", "Next of kin"),
            lambda u, _: f"{u.kin_name} ({u.relationship})",
            lambda u, _: u.kin_name,
        ),
        Column(
            QT_TRANSLATE_NOOP("family_tab", "Channel"),
            lambda u, _: u.channel.label if u.channel else "",
            lambda u, _: u.channel or "",
        ),
        Column(
            QT_TRANSLATE_NOOP("family_tab", "By"), lambda u, _: "" if u.withheld else u.told_by, lambda u, _: u.told_by
        ),
        Column(
            QT_TRANSLATE_NOOP("family_tab", "What was told"),
            lambda u, _: (
                QCoreApplication.translate("family_tab", "Restricted")
                if u.withheld
                else QCoreApplication.translate("family_tab", "VOID — {text}").format(text=u.what_told)
                if u.voided_at
                else u.what_told
            ),
            lambda u, _: u.what_told,
            decoration=lambda u, _: icon("restricted") if u.restricted else None,
            foreground=lambda u, _: restricted_colour() if u.withheld else (muted_colour() if u.voided_at else None),
            tooltip=lambda u, _: "" if u.withheld else u.what_told,
        ),
    )
    COL_TOLD, COL_KIN, COL_CHANNEL, COL_BY, COL_WHAT = range(len(COLUMNS))


def _table(model, proxy, name: str) -> QTableView:
    proxy.setSourceModel(model)
    table = QTableView()
    table.setAccessibleName(name)
    table.setModel(proxy)
    use_sort_header(table)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(len(model.COLUMNS) - 1, QHeaderView.Stretch)
    return table


class FamilyTab(QWidget):
    changed = Signal()
    loaded = Signal()

    def __init__(self, ctx, reference: str, times: TimeDisplay, parent=None):
        super().__init__(parent)
        self.ctx, self.reference, self.times = ctx, reference, times
        self.items: list[TellItemView] = []
        self.log_rows: list[FamilyUpdateView] = []
        self.officers: list[OfficerView] = []
        self._wanted: int | None = None
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.tell_button = bar_button(
            bar, self.tr("Record family update…"), self.tr("Record what a family was told"), self.record
        )
        self.officer_button = bar_button(
            bar,
            self.tr("Change liaison officer…"),
            self.tr("Change a next of kin's family liaison officer"),
            self.change_officer,
        )
        self.close_button = bar_button(
            bar, self.tr("Close item…"), self.tr("Close the selected item by hand"), self.close_item
        )
        self.void_button = bar_button(bar, self.tr("Void…"), self.tr("Void the selected family update"), self.void)
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Family summary"))
        self.summary.setProperty("role", "muted")
        bar.addWidget(self.summary)
        layout.addLayout(bar)

        self.officers_label = QLabel()
        self.officers_label.setAccessibleName(self.tr("Family liaison officers"))
        self.officers_label.setWordWrap(True)
        self.officers_label.setTextFormat(Qt.RichText)
        layout.addWidget(self.officers_label)

        self.item_model = TellItemTableModel(times, ctx.now, self)
        self.item_proxy = RawSortProxy(self)
        self.item_table = _table(self.item_model, self.item_proxy, self.tr("Tell the family: open items"))
        self.item_table.sortByColumn(TellItemTableModel.COL_DUE, Qt.AscendingOrder)
        self.log_model = FamilyLogTableModel(times, self)
        self.log_proxy = RawSortProxy(self)
        self.log_table = _table(self.log_model, self.log_proxy, self.tr("Family update log"))
        self.log_table.sortByColumn(FamilyLogTableModel.COL_TOLD, Qt.DescendingOrder)
        for col, width in ((0, 170), (1, 220), (2, 90), (3, 140)):
            self.log_table.horizontalHeader().resizeSection(col, width)
        for col, width in ((0, 190), (1, 170), (2, 170)):
            self.item_table.horizontalHeader().resizeSection(col, width)
        items_box, self.items_heading = self._titled(self.tr("Tell the family"), self.item_table)
        log_box, _ = self._titled(self.tr("Family update log"), self.log_table)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(items_box)
        splitter.addWidget(log_box)
        splitter.setSizes([180, 320])
        layout.addWidget(splitter, 1)
        self.item_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.log_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    @staticmethod
    def _titled(title: str, table: QTableView) -> tuple[QWidget, QLabel]:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 0)
        heading = QLabel(title)
        heading.setProperty("role", "subheading")
        column.addWidget(heading)
        column.addWidget(table, 1)
        return box, heading

    # --- data ---------------------------------------------------------------------------

    def reload(self) -> None:
        ctx, ref = self.ctx, self.reference

        def load():
            return (
                family_updates.tell_items(ctx, ref),
                family_updates.family_log(ctx, ref, include_voided=True),
                liaison_officers.officers(ctx, ref),
            )

        ops.query(self, load, self._loaded)

    def _loaded(self, result) -> None:
        self.items, self.log_rows, self.officers = result
        self.item_model.set_rows(self.items)
        self.log_model.set_rows(self.log_rows)
        now = self.ctx.now()
        overdue = sum(1 for i in self.items if i.overdue(now))
        if not self.items:
            heading = self.tr("Tell the family — nothing waiting")
        elif overdue:
            heading = self.tr("Tell the family — %n open, {overdue} overdue", "", len(self.items))
        else:
            heading = self.tr("Tell the family — %n open", "", len(self.items))
        self.items_heading.setText(heading.format(overdue=overdue))
        standing = [u for u in self.log_rows if u.voided_at is None]
        self.summary.setText(self.tr("%n family update(s)", "", len(standing)))
        self.officers_label.setText(self._officers_html())
        if self._wanted is not None:
            self.select_item(self._wanted)
        self._update_buttons()
        self.loaded.emit()

    def _officers_html(self) -> str:
        if not self.officers:
            return self.tr("<i>No next of kin recorded: add them on the People tab.</i>")
        parts = []
        for o in self.officers:
            who = html_escape(o.officer or self.tr("no officer"))
            if o.since and o.officer:
                who = self.tr("{officer} since {day}").format(officer=who, day=day_text(o.since))
            earlier = "".join(
                self.tr("; changed on {day} from {officer}: {reason}").format(
                    day=day_text(c.changed_at), officer=html_escape(c.from_officer), reason=html_escape(c.reason)
                )
                for c in o.earlier
            )
            parts.append(f"<b>{html_escape(o.kin_name)}</b> ({html_escape(o.relationship)}): {who}{earlier}")
        return self.tr("Liaison officers — {officers}").format(officers=" · ".join(parts))

    def current_item(self) -> TellItemView | None:
        index = self.item_table.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def current_update(self) -> FamilyUpdateView | None:
        index = self.log_table.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def select_item(self, item_id: int) -> bool:
        """Select an item; one not loaded yet is selected when the items arrive."""
        row = self.item_model.row_of(item_id)
        if row < 0:
            self._wanted = item_id
            return False
        self._wanted = None
        self.item_table.selectRow(self.item_proxy.mapFromSource(self.item_model.index(row, 0)).row())
        return True

    def times_changed(self) -> None:
        self.item_model.layoutChanged.emit()
        self.log_model.layoutChanged.emit()

    def _update_buttons(self) -> None:
        writer = self.ctx.actor.can_write
        self.tell_button.setEnabled(writer and bool(self.officers))
        self.officer_button.setEnabled(writer and bool(self.officers))
        item = self.current_item()
        self.close_button.setEnabled(writer and item is not None and item.done_at is None)
        update = self.current_update()
        self.void_button.setEnabled(
            writer
            and update is not None
            and not update.withheld
            and update.voided_at is None
            and voiding.can_void(self.ctx, update.recorded_by_id)
        )

    # --- actions ------------------------------------------------------------------------

    def _open(self, dialog: FormDialog) -> FormDialog:
        dialog.saved.connect(lambda _result: (self.reload(), self.changed.emit()))
        dialog.open()
        return dialog

    def record(self) -> FormDialog | None:
        if not self.tell_button.isEnabled():
            return None
        return self._open(
            FamilyUpdateDialog(self.ctx, self.reference, self.officers, self.items, times=self.times, parent=self)
        )

    def change_officer(self) -> FormDialog | None:
        if not self.officer_button.isEnabled():
            return None
        return self._open(OfficerDialog(self.ctx, self.reference, self.officers, parent=self))

    def close_item(self) -> FormDialog | None:
        item = self.current_item()
        if item is None or not self.close_button.isEnabled():
            return None
        return self._open(CloseItemDialog(self.ctx, item, parent=self))

    def void(self) -> FormDialog | None:
        u = self.current_update()
        if u is None or not self.void_button.isEnabled():
            return None
        label = f"{self.times.fmt(u.told_at)} — {u.kin_name}"
        return self._open(
            VoidDialog(self.ctx, "family_update", [(u.id, label)], what=self.tr("family update"), parent=self)
        )


class FamilyUpdateDialog(FormDialog):
    """What was told to which next of kin, when, how; ticks the open items it covers (those of
    the kin's hostage are ticked when the kin is chosen)."""

    def __init__(self, ctx, reference: str, officers: list[OfficerView], items, *, times: TimeDisplay, parent=None):
        super().__init__(
            self.tr("Record family update"), parent, icon_name="family", save_text=self.tr("Record update")
        )
        self.ctx, self.reference, self.items = ctx, reference, list(items)
        self.hostage_of = {o.liaison_id: o.hostage_name for o in officers}
        self.kin = self.add_field(self.tr("Next of kin"), QComboBox(), "kin", accessible=self.tr("Next of kin"))
        for o in officers:
            text = self.tr("{kin} ({relationship} of {hostage})").format(
                kin=o.kin_name, relationship=o.relationship, hostage=o.hostage_name
            )
            self.kin.addItem(text, o.liaison_id)
        self.channel = self.add_field(self.tr("Channel"), enum_combo(Channel, self.tr("Channel")), "channel")
        self.told = ZonedDateTimeEdit(times.case_zone, times.mode, self.tr("Told at"), field="told_at")
        self.told.set_value(ctx.now().replace(second=0, microsecond=0))
        self.add_field(self.tr("Told at"), self.told, "told_at")
        self.what = self.add_field(
            self.tr("What was told"), QPlainTextEdit(), "what_told", accessible=self.tr("What was told")
        )
        self.what.setMinimumHeight(90)
        self.covers = QListWidget()
        self.covers.setAccessibleName(self.tr("Items this update covers"))
        self.covers.setMaximumHeight(110)
        self.add_field(self.tr("Covers"), self.covers, "covers")
        self.restricted = QCheckBox(self.tr("Restricted (case team only; automatic when it covers a restricted item)"))
        self.add_field("", self.restricted)
        self.kin.currentIndexChanged.connect(self._kin_changed)
        self._kin_changed()
        self.what.setFocus()

    def _kin_changed(self) -> None:
        hostage = self.hostage_of.get(self.kin.currentData())
        self.covers.clear()
        for item in self.items:
            if item.hostage_name != hostage:
                continue
            row = QListWidgetItem(f"{item.kind.label}: {item.what}")
            row.setData(Qt.UserRole, item.id)
            row.setFlags(row.flags() | Qt.ItemIsUserCheckable)
            row.setCheckState(Qt.Checked)
            self.covers.addItem(row)
        if not self.covers.count():
            placeholder = QListWidgetItem(
                self.tr("No open item for the family of {hostage}").format(hostage=hostage or "—")
            )
            placeholder.setFlags(Qt.NoItemFlags)
            self.covers.addItem(placeholder)

    def typed(self) -> FamilyUpdateForm:
        ticked = tuple(
            self.covers.item(i).data(Qt.UserRole)
            for i in range(self.covers.count())
            if self.covers.item(i).data(Qt.UserRole) is not None and self.covers.item(i).checkState() == Qt.Checked
        )
        return FamilyUpdateForm(
            kin_id=self.kin.currentData(),
            channel=Channel(self.channel.currentData()) if self.channel.currentData() else None,
            told_at=None if self.told.problem() else self.told.value(),
            what_told=self.what.toPlainText(),
            covers=ticked,
            restricted=self.restricted.isChecked(),
            told_at_problem=self.told.problem(),
            open_item_ids=tuple(i.id for i in self.items),
        )

    def validate(self) -> list[ValidationError]:
        return self.typed().validate()

    def prepare(self):
        ctx, ref, values = self.ctx, self.reference, self.typed().arguments()
        return lambda: family_updates.record_family_update(ctx, ref, **values)


class OfficerDialog(FormDialog):
    """Change a next of kin's family liaison officer, with the reason (shown on the brief)."""

    def __init__(self, ctx, reference: str, officers: list[OfficerView], parent=None):
        super().__init__(
            self.tr("Change liaison officer"),
            parent,
            icon_name="family",
            save_text=self.tr("Change officer"),
            intro=self.tr(
                "A family should deal with the same caseworker throughout: a change is recorded with "
                "its reason and shown on the brief."
            ),
        )
        self.ctx, self.reference, self.officers = ctx, reference, {o.liaison_id: o for o in officers}
        self.kin = self.add_field(self.tr("Next of kin"), QComboBox(), "kin", accessible=self.tr("Next of kin"))
        for o in officers:
            text = self.tr("{kin} ({relationship}) — now {officer}").format(
                kin=o.kin_name, relationship=o.relationship, officer=o.officer or self.tr("no officer")
            )
            self.kin.addItem(text, o.liaison_id)
        self.to_user = self.add_field(self.tr("New officer"), users_combo(self.tr("New officer"), []), "to_user")
        self.reason = self.add_field(
            self.tr("Reason"), QLineEdit(), "reason", accessible=self.tr("Reason for the change")
        )
        self.reason.setPlaceholderText(self.tr("Required, e.g. 'Kiran Reddy on leave for three weeks'"))
        self.reason.setFocus()
        ops.query(self, lambda: reference_data.list_users(ctx), self._users)

    def _users(self, users) -> None:
        for user in users:
            self.to_user.addItem(f"{user.display_name} ({user.username})", user.username)

    def typed(self) -> OfficerChangeForm:
        o = self.officers.get(self.kin.currentData())
        return OfficerChangeForm(
            liaison_id=o.liaison_id if o else None,
            current=o.officer_username if o else None,
            version=o.version if o else 0,
            to_user=self.to_user.currentData(),
            reason=self.reason.text(),
        )

    def validate(self) -> list[ValidationError]:
        return self.typed().validate()

    def prepare(self):
        ctx, ref, values = self.ctx, self.reference, self.typed().arguments()
        return lambda: liaison_officers.change_liaison_officer(ctx, ref, **values)


class CloseItemDialog(FormDialog):
    """Close a "tell the family" item by hand: the family heard outside the log, or there is
    nobody to tell. The reason is required."""

    def __init__(self, ctx, item: TellItemView, parent=None):
        super().__init__(
            self.tr("Close 'tell the family' item"),
            parent,
            save_text=self.tr("Close item"),
            intro=f"{item.headline}: {item.what}",
            enter_saves=True,
        )
        self.ctx, self.item = ctx, item
        self.reason = self.add_field(self.tr("Reason"), QLineEdit(), "reason", accessible=self.tr("Reason for closing"))
        self.reason.setPlaceholderText(self.tr("Required, e.g. 'Told in person at the embassy on 26 July'"))
        self.reason.setFocus()

    def validate(self) -> list[ValidationError]:
        if not self.reason.text().strip():
            return [ValidationError("reason", self.tr("Say why the item is closed without a family update."))]
        return []

    def prepare(self):
        ctx, item, reason = self.ctx, self.item, self.reason.text().strip()
        return lambda: family_updates.close_item(ctx, item.id, reason=reason, expected_version=item.version)


__all__ = ["FamilyTab", "FamilyUpdateDialog", "OfficerDialog"]
