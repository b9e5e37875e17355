"""The Demands tab: the case's demands register, and the vetting of the intermediaries they
come through.

Each row is a demand: when, what (money with amount and currency ...), who made it, through
whom (flagged when that intermediary was not vetted at the time), the deadline and the
response. Demands are restricted: someone outside the case team sees one row per demand with
its date and "Restricted" and can do nothing here.
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
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from consular.domain.enums import Channel, DemandKind, DemandResponse, VettingStatus
from consular.domain.errors import ValidationError
from consular.gui import ops
from consular.gui.form_rows import bar_button, enum_combo, select_data
from consular.gui.icons import icon
from consular.gui.table_models import OBJECT_ROLE, Column, RawSortProxy, RecordTableModel, use_sort_header
from consular.gui.text import html_escape, multiline_html
from consular.gui.theme import restricted_colour, warning_colour
from consular.gui.times import TimeDisplay, ZonedDateTimeEdit
from consular.gui.workspace.forms import FormDialog, VoidDialog, day_text, text_or_none
from consular.i18n import QT_TRANSLATE_NOOP
from consular.services import counterparts, demands, vetting, voiding
from consular.services.demands import DemandView


def _via(d: DemandView) -> str:
    if d.withheld:
        return ""
    if d.via is None:
        return "—"
    if not d.flagged:
        return d.via
    return QCoreApplication.translate("demands_tab", "{name} ({status} then)").format(
        name=d.via, status=d.via_vetting.label.lower()
    )


class DemandTableModel(RecordTableModel):
    TR_CONTEXT = "DemandTableModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("DemandTableModel", "Received"),
            lambda d, m: m.times.fmt(d.received_at),
            lambda d, _: d.received_at,
            is_time=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("DemandTableModel", "Demand"),
            lambda d, _: QCoreApplication.translate("DemandTableModel", "Restricted") if d.withheld else d.what(),
            lambda d, _: d.what(),
            decoration=lambda d, _: icon("restricted") if d.withheld else None,
            foreground=lambda d, _: restricted_colour() if d.withheld else None,
        ),
        Column(
            QT_TRANSLATE_NOOP("DemandTableModel", "Made by"),
            lambda d, _: "" if d.withheld else d.made_by,
            lambda d, _: d.made_by,
        ),
        Column(
            QT_TRANSLATE_NOOP("DemandTableModel", "Via"),
            lambda d, _: _via(d),
            lambda d, _: _via(d),
            decoration=lambda d, _: icon("warning") if d.flagged else None,
            foreground=lambda d, _: warning_colour() if d.flagged else None,
            tooltip=lambda d, _: (
                QCoreApplication.translate(
                    "DemandTableModel", "Came through an intermediary who was not vetted at the time"
                )
                if d.flagged
                else ""
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("DemandTableModel", "Deadline"),
            lambda d, m: m.times.fmt(d.deadline_at) if d.deadline_at else "",
            lambda d, _: d.deadline_at.timestamp() if d.deadline_at else 0,
        ),
        Column(
            QT_TRANSLATE_NOOP("DemandTableModel", "Response"),
            lambda d, _: "" if d.withheld else (d.response.label if d.response else ""),
            lambda d, _: d.response.value if d.response else "",
        ),
    )
    COL_RECEIVED, COL_DEMAND, COL_BY, COL_VIA, COL_DEADLINE, COL_RESPONSE = range(len(COLUMNS))


class DemandsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx, reference: str, times: TimeDisplay, parent=None):
        super().__init__(parent)
        self.ctx, self.reference, self.times = ctx, reference, times
        self.hostages: list = []
        self.rows: list[DemandView] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = bar_button(bar, self.tr("Record demand…"), self.tr("Record a demand"), self.add_demand)
        self.respond_button = bar_button(
            bar, self.tr("Response…"), self.tr("Record the response to the selected demand"), self.respond
        )
        self.vet_button = bar_button(
            bar, self.tr("Vetting…"), self.tr("Record the vetting of the selected demand's intermediary"), self.vet
        )
        self.void_button = bar_button(bar, self.tr("Void…"), self.tr("Void the selected demand"), self.void)
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Demands summary"))
        self.summary.setProperty("role", "muted")
        bar.addWidget(self.summary)
        layout.addLayout(bar)

        self.model = DemandTableModel(times, self)
        self.proxy = RawSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Demands"))
        self.table.setModel(self.proxy)
        use_sort_header(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DemandTableModel.COL_RECEIVED, Qt.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DemandTableModel.COL_BY, QHeaderView.Stretch)
        for col, width in ((0, 150), (1, 170), (3, 220), (4, 150), (5, 120)):
            header.resizeSection(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Selected demand in full"))
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([300, 200])
        layout.addWidget(splitter, 1)
        self._update_buttons()

    # --- data ---------------------------------------------------------------------------

    def set_detail(self, detail) -> None:
        self.hostages = list(detail.hostages)

    def reload(self) -> None:
        ctx, ref = self.ctx, self.reference
        ops.query(self, lambda: demands.list_demands(ctx, ref, include_voided=True), self._loaded)

    def _loaded(self, rows: list[DemandView]) -> None:
        selected = self.current()
        self.rows = rows
        self.model.set_rows(rows)
        standing = [d for d in rows if d.voided_at is None]
        count = self.tr("%n demand(s)", "", len(standing))
        if not standing:
            text = self.tr("No demands recorded.")
        elif any(d.withheld for d in standing):
            text = self.tr("{count} (restricted: you are not on this case's team)").format(count=count)
        else:
            unanswered = sum(1 for d in standing if d.response == DemandResponse.NONE)
            flagged = sum(d.flagged for d in standing)
            text = self.tr(
                "{count}; {unanswered} without a response; {flagged} via an intermediary not vetted then"
            ).format(count=count, unanswered=unanswered, flagged=flagged)
        self.summary.setText(text)
        if selected is not None:
            self.select_demand(selected.id)
        self._selected()

    def current(self) -> DemandView | None:
        index = self.table.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def select_demand(self, demand_id: int) -> bool:
        row = self.model.row_of(demand_id)
        if row < 0:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def times_changed(self) -> None:
        self.model.layoutChanged.emit()
        self._selected()

    def _selected(self) -> None:
        self._update_buttons()
        d = self.current()
        self.detail.setHtml(self._html(d) if d else "")

    def _html(self, d: DemandView) -> str:
        t = self.times
        if d.withheld:
            restricted = self.tr("<b style='color:{colour}'>Restricted</b>: a demand was recorded.").format(
                colour=restricted_colour().name()
            )
            return (
                f"<p><b>{html_escape(t.fmt(d.received_at))}</b> — {restricted} "
                + self.tr("Only the case team reads demands.")
                + "</p>"
            )
        via = _via(d)
        if d.channel:
            via = self.tr("{via}, by {channel}").format(via=via, channel=d.channel.label.lower())
        concerns = d.hostage_name or "—"
        if d.about_family:
            concerns = self.tr("{name} — about the family").format(name=concerns)
        rows = [
            (self.tr("Received"), t.fmt(d.received_at)),
            (self.tr("Demand"), d.what()),
            (self.tr("Made by"), d.made_by),
            (self.tr("Via"), via),
            (self.tr("Concerns"), concerns),
            (self.tr("Deadline"), t.fmt(d.deadline_at) if d.deadline_at else "—"),
            (
                self.tr("Response"),
                (d.response.label if d.response else "—")
                + (f" ({t.fmt(d.responded_at)})" if d.responded_at else "")
                + (f": {d.response_note}" if d.response_note else ""),
            ),
            (self.tr("Recorded by"), f"{d.recorded_by}, {t.fmt(d.recorded_at)}"),
        ]
        cells = "".join(
            f"<tr><td style='padding-right:14px'><b>{html_escape(k)}</b></td><td>{html_escape(v)}</td></tr>"
            for k, v in rows
        )
        flag = (
            f"<p style='color:{warning_colour().name()}'><b>"
            + self.tr("Came through an intermediary who was {status} at the time.").format(
                status=html_escape(d.via_vetting.label.lower())
            )
            + "</b></p>"
            if d.flagged
            else ""
        )
        void = (
            f"<p style='color:{restricted_colour().name()}'>"
            + self.tr("VOID: {reason}").format(reason=html_escape(d.void_reason or ""))
            + "</p>"
            if d.voided_at
            else ""
        )
        return f"{void}{flag}<table cellspacing='2'>{cells}</table><p>{multiline_html(d.details)}</p>"

    def _update_buttons(self) -> None:
        d = self.current()
        team = not any(r.withheld for r in self.rows)
        writer = self.ctx.actor.can_write and team
        self.add_button.setEnabled(writer)
        usable = writer and d is not None and d.voided_at is None
        self.respond_button.setEnabled(usable)
        self.vet_button.setEnabled(usable and d.via_counterpart_id is not None)
        self.void_button.setEnabled(usable and voiding.can_void(self.ctx, d.recorded_by_id))

    # --- actions ------------------------------------------------------------------------

    def _open(self, dialog: FormDialog) -> FormDialog:
        dialog.saved.connect(lambda _result: (self.reload(), self.changed.emit()))
        dialog.open()
        return dialog

    def add_demand(self) -> FormDialog | None:
        if not self.add_button.isEnabled():
            return None
        return self._open(DemandDialog(self.ctx, self.reference, self.hostages, times=self.times, parent=self))

    def respond(self) -> FormDialog | None:
        d = self.current()
        if d is None or not self.respond_button.isEnabled():
            return None
        return self._open(RespondDialog(self.ctx, d, parent=self))

    def vet(self) -> FormDialog | None:
        d = self.current()
        if d is None or not self.vet_button.isEnabled():
            return None
        return self._open(VettingDialog(self.ctx, d.via_counterpart_id, d.via or "", parent=self))

    def void(self) -> FormDialog | None:
        d = self.current()
        if d is None or not self.void_button.isEnabled():
            return None
        label = f"{self.times.fmt(d.received_at)} — {d.what()}"
        return self._open(VoidDialog(self.ctx, "demand", [(d.id, label)], what=self.tr("demand"), parent=self))


class DemandDialog(FormDialog):
    """Record a demand: when, who, what, through whom, the deadline; always restricted."""

    def __init__(self, ctx, reference: str, hostages, *, times: TimeDisplay, parent=None):
        super().__init__(self.tr("Record a demand"), parent, icon_name="restricted", save_text=self.tr("Record demand"))
        self.ctx, self.reference = ctx, reference
        self.received = ZonedDateTimeEdit(times.case_zone, times.mode, self.tr("Received"), field="received_at")
        self.received.set_value(ctx.now().replace(second=0, microsecond=0))
        self.add_field(self.tr("Received"), self.received, "received_at")
        self.made_by = self.add_field(self.tr("Made by"), QLineEdit(), "made_by", accessible=self.tr("Made by"))
        self.made_by.setPlaceholderText(self.tr("As they present themselves: 'a man speaking for the group'"))
        self.kind = self.add_field(self.tr("Demand"), enum_combo(DemandKind, self.tr("Demand")), "kind")
        money = QWidget()
        row = QHBoxLayout(money)
        row.setContentsMargins(0, 0, 0, 0)
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount.setPlaceholderText("500000")
        self.currency = QLineEdit()
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setPlaceholderText("EUR")  # i18n: an ISO 4217 code
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(70)
        row.addWidget(self.amount, 1)
        row.addWidget(self.currency)
        self.add_field(self.tr("Amount"), money, "amount", "currency", accessible=self.tr("Amount and currency"))
        self.via = self.add_field(self.tr("Via"), QComboBox(), "via_counterpart_id", accessible=self.tr("Via"))
        self.via.addItem(self.tr("— not through an intermediary —"), None)
        self.channel = self.add_field(self.tr("Channel"), enum_combo(Channel, self.tr("Channel"), blank="—"), "channel")
        self.hostage = self.add_field(
            self.tr("Concerns"), QComboBox(), "hostage_person_id", accessible=self.tr("Concerns")
        )
        self.hostage.addItem(self.tr("— all / not named —"), None)
        for h in hostages:
            self.hostage.addItem(h.name, h.person.id)
        self.deadline = ZonedDateTimeEdit(times.case_zone, times.mode, self.tr("Deadline"), field="deadline_at")
        self.add_field(self.tr("Deadline"), self.deadline, "deadline_at")
        self.details = self.add_field(self.tr("Details"), QPlainTextEdit(), "details", accessible=self.tr("Details"))
        self.details.setMinimumHeight(80)
        self.about_family = QCheckBox(self.tr("About the family: a threat to them or a demand made on them"))
        self.about_family.setToolTip(
            self.tr("Opens a 'tell the family' item for the hostage it concerns (or each hostage)")
        )
        self.add_field("", self.about_family, "about_family")
        note = QLabel(self.tr("Always restricted: only the case team reads demands."))
        note.setWordWrap(True)
        self.add_field("", note)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.made_by.setFocus()
        ops.query(self, lambda: counterparts.case_counterparts(ctx, reference), self._counterparts)

    def _counterparts(self, rows) -> None:
        for c in rows:
            self.via.addItem(
                self.tr("{name} ({category})").format(name=c.name, category=c.category.label.lower()), c.id
            )

    def _kind_changed(self) -> None:
        money = self.kind.currentData() == DemandKind.MONEY.value
        self.amount.setEnabled(money)
        self.currency.setEnabled(money)

    def validate(self):
        problems = []
        for field, optional in ((self.received, False), (self.deadline, True)):
            if optional and not field.edit.text().strip():
                continue
            problem = field.problem()
            if problem:
                problems.append(ValidationError(field.field, problem))
        return problems

    def prepare(self):
        ctx, ref = self.ctx, self.reference
        money = self.kind.currentData() == DemandKind.MONEY.value
        values = {
            "received_at": self.received.value(),
            "made_by": self.made_by.text(),
            "kind": self.kind.currentData(),
            "details": self.details.toPlainText(),
            "amount": text_or_none(self.amount.text()) if money else None,
            "currency": text_or_none(self.currency.text()) if money else None,
            "via_counterpart_id": self.via.currentData(),
            "channel": self.channel.currentData(),
            "hostage_person_id": self.hostage.currentData(),
            "deadline_at": self.deadline.value() if self.deadline.edit.text().strip() else None,
            "about_family": self.about_family.isChecked(),
        }
        return lambda: demands.record_demand(ctx, ref, **values)


class RespondDialog(FormDialog):
    """Record the response to a demand."""

    def __init__(self, ctx, demand: DemandView, parent=None):
        super().__init__(
            self.tr("Response to the demand: {demand}").format(demand=demand.what()),
            parent,
            save_text=self.tr("Save response"),
        )
        self.ctx, self.demand = ctx, demand
        members = [r for r in DemandResponse if r != DemandResponse.NONE]
        self.response = self.add_field(
            self.tr("Response"), enum_combo(DemandResponse, self.tr("Response"), members=members), "response"
        )
        if demand.response and demand.response != DemandResponse.NONE:
            select_data(self.response, demand.response.value)
        self.note = self.add_field(
            self.tr("What was said"), QPlainTextEdit(), "note", accessible=self.tr("What was said")
        )
        self.note.setPlainText(demand.response_note or "")
        self.note.setPlaceholderText(self.tr("What was answered, or to whom it was referred"))
        self.note.setFocus()

    def prepare(self):
        ctx, d = self.ctx, self.demand
        values = {"response": self.response.currentData(), "note": self.note.toPlainText()}
        return lambda: demands.respond(ctx, d.id, expected_version=d.version, **values)


class VettingDialog(FormDialog):
    """Record a vetting decision about an intermediary: under vetting (anyone), vetted or
    rejected (supervisors)."""

    def __init__(self, ctx, counterpart_id: int, name: str, parent=None):
        super().__init__(self.tr("Vetting: {name}").format(name=name), parent, save_text=self.tr("Save decision"))
        self.ctx, self.counterpart_id = ctx, counterpart_id
        members = [s for s in VettingStatus if s != VettingStatus.UNVETTED]
        if not ctx.actor.is_supervisor:
            members = [VettingStatus.UNDER_VETTING]
        self.status = self.add_field(
            self.tr("Status"), enum_combo(VettingStatus, self.tr("Status"), members=members), "status"
        )
        self.vetted_by = self.add_field(self.tr("Vetted by"), QLineEdit(), "vetted_by", accessible=self.tr("Vetted by"))
        self.vetted_by.setPlaceholderText(self.tr("e.g. the MFA crisis cell, the gendarmerie"))
        self.basis = self.add_field(self.tr("Basis"), QPlainTextEdit(), "basis", accessible=self.tr("Basis"))
        self.basis.setMinimumHeight(80)
        self.history = QLabel(self.tr("Loading the history…"))
        self.history.setWordWrap(True)
        self.history.setAccessibleName(self.tr("Vetting history"))
        self.add_field(self.tr("History"), self.history)
        self.basis.setFocus()
        ops.query(self, lambda: vetting.vetting_history(ctx, counterpart_id), self._history)

    def _history(self, rows) -> None:
        if not rows:
            self.history.setText(self.tr("Never vetted: unvetted."))
            return
        self.history.setText(
            "\n".join(f"{day_text(r.decided_at)}: {r.status.label} ({r.decided_by}) — {r.basis}" for r in rows)
        )

    def prepare(self):
        ctx, cid = self.ctx, self.counterpart_id
        values = {
            "status": self.status.currentData(),
            "basis": self.basis.toPlainText(),
            "vetted_by": text_or_none(self.vetted_by.text()),
        }
        return lambda: vetting.set_vetting(ctx, cid, **values)
