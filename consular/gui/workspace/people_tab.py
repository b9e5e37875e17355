"""People in a case: the nationals held (status history, proof of life, welfare, medical
needs), their next of kin with the agreed contact plan, and anyone else on the case.

A national who is unaccounted for is "missing for N days", never "in captivity". A status
entry recorded by mistake is voided with a reason (Void status entry…, for its author or a
supervisor): it stays in the history, struck through, with who voided it and why."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consular.domain.enums import MilestoneKind, ParticipantRole, PolAssessment
from consular.domain.timeutil import humanize_ago
from consular.domain.validation import COUNTRIES, format_phone
from consular.gui import ops, row_menu
from consular.gui.clipboard import SensitiveTextBrowser
from consular.gui.icons import icon
from consular.gui.text import html_escape, multiline_html
from consular.gui.theme import restricted_colour, warning_colour
from consular.gui.times import TimeDisplay
from consular.gui.workspace import family_share_box
from consular.gui.workspace.forms import FormDialog, VoidDialog
from consular.gui.workspace.people_dialogs import (
    HostageStatusDialog,
    NextOfKinDialog,
    PersonDialog,
    ProofOfLifeDialog,
    WelfareDialog,
    display_name,
)
from consular.gui.workspace.pol_dialogs import AssessProofDialog, QuestionBankDialog
from consular.services import proof_of_life, voiding, welfare
from consular.services.permissions import can
from consular.services.views import (
    CaseDetail,
    LiaisonView,
    MilestoneView,
    ParticipantView,
    PersonView,
    ProofOfLifeView,
    view_now,
)
from consular.services.welfare import WelfareView

if TYPE_CHECKING:
    from consular.gui.workspace.family_letter_dialog import FamilyLetterDialog

KIND_HOSTAGE, KIND_KIN, KIND_PERSON = "hostage", "kin", "person"


def situation_text(p: ParticipantView, times: TimeDisplay, *, dates: bool = True) -> str:
    """How long a national's situation has lasted, in words that do not claim more than is
    known: 'held for 416 days' is said only of someone held; an unaccounted-for national is
    'missing for 12 days'."""
    days = p.days_in_captivity()
    if p.is_missing:
        missing = p.days_missing()
        if missing is None:
            return QCoreApplication.translate("people_tab", "missing")
        return QCoreApplication.translate("people_tab", "missing for %n day(s)", "", missing)
    if p.hostage_status is not None and p.hostage_status.in_captivity:
        if days is None:
            return QCoreApplication.translate("people_tab", "held")
        return QCoreApplication.translate("people_tab", "%n day(s) in captivity", "", days)
    since = times.fmt_date(p.hostage_status_since)
    if days is None:
        return QCoreApplication.translate("people_tab", "since {day}").format(day=since) if dates else ""
    if dates:
        return QCoreApplication.translate("people_tab", "since {day}, after %n day(s) held", "", days).format(day=since)
    return QCoreApplication.translate("people_tab", "after %n day(s) held", "", days)


# --- the tab -----------------------------------------------------------------------------


class PeopleTab(QWidget):
    changed = Signal()
    proofs_loaded = Signal()  # the checks of the case's proofs of life arrived

    def __init__(self, ctx, reference: str, times: TimeDisplay, parent=None):
        super().__init__(parent)
        self.ctx, self.reference, self.times = ctx, reference, times
        self.detail_data: CaseDetail | None = None
        self.proofs: dict[int, ProofOfLifeView] = {}  # milestone id -> how it was checked
        self.welfare: dict[int, WelfareView] = {}  # milestone id -> what the report says of health
        self.users: list = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()

        def button(text: str, name: str, icon_name: str | None, slot) -> QPushButton:
            b = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
            b.setAccessibleName(name)
            b.clicked.connect(lambda _checked=False: slot())
            bar.addWidget(b)
            return b

        self.add_button = button(self.tr("Add person…"), self.tr("Add person"), "people", self.add_person)
        self.edit_button = button(
            self.tr("Edit details…"), self.tr("Edit the selected person's details"), None, self.edit_person
        )
        self.status_button = button(
            self.tr("Change status…"), self.tr("Change the selected national's status"), "hostage", self.change_status
        )
        # Proof of life: record one, assess one, or keep the question bank agreed with the family.
        self.pol_button = QPushButton(self.tr("Proof of life"))
        self.pol_button.setAccessibleName(self.tr("Proof of life"))
        self.pol_menu = QMenu(self.pol_button)
        self.pol_record_action = self.pol_menu.addAction(self.tr("Record a proof of life…"), self.record_proof_of_life)
        self.pol_assess_action = self.pol_menu.addAction(self.tr("Assess a proof of life…"), self.assess_proof_of_life)
        self.pol_bank_action = self.pol_menu.addAction(self.tr("Question bank…"), self.question_bank)
        self.pol_button.setMenu(self.pol_menu)
        bar.addWidget(self.pol_button)
        self.welfare_button = button(
            self.tr("Welfare report…"), self.tr("Record a welfare report"), None, self.record_welfare
        )
        self.kin_button = button(
            self.tr("Add next of kin…"), self.tr("Add next of kin"), "family", self.add_next_of_kin
        )
        self.plan_button = button(
            self.tr("Contact plan…"),
            self.tr("Change the contact plan of the selected next of kin"),
            None,
            self.edit_plan,
        )
        self.void_button = button(
            self.tr("Void status entry…"),
            self.tr("Void a status entry of the selected national"),
            None,
            self.void_status,
        )
        self.void_button.setToolTip(self.tr("Mark a status entry recorded by mistake as void, with a reason"))
        bar.addStretch(1)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("People in this case"))
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Status")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.currentItemChanged.connect(self._current_changed)
        row_menu.attach(self.tree, self._row_actions)
        self.status_shares: dict = {}  # status entry id -> its shareable-with-family marking
        splitter.addWidget(self.tree)
        self.detail = SensitiveTextBrowser()  # a copied passport or phone number is cleared later
        self.detail.setAccessibleName(self.tr("Selected person in full"))
        self.detail.setOpenLinks(False)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 640])
        layout.addWidget(splitter, 1)
        self._update_buttons()

    # --- data ---------------------------------------------------------------------------

    def set_users(self, users) -> None:
        self.users = list(users)

    def set_detail(self, detail: CaseDetail) -> None:
        selected = self.selected()
        self.detail_data = detail
        ctx, ref = self.ctx, self.reference
        ops.query(self, lambda: proof_of_life.history(ctx, ref, include_voided=True), self._proofs_loaded)
        ops.query(self, lambda: welfare.welfare_log(ctx, ref, include_voided=True), self._welfare_loaded)
        family_share_box.load_shares(self, ctx, ref, "status", self._status_shares_loaded)
        self.tree.clear()
        bold = QFont()
        bold.setBold(True)
        groups = []
        hostages = detail.hostages
        group = QTreeWidgetItem([self.tr("Nationals concerned ({count})").format(count=len(hostages)), ""])
        group.setIcon(0, icon("hostage"))
        groups.append(group)
        for p in hostages:
            item = QTreeWidgetItem([display_name(p.person), self._status_text(p)])
            item.setData(0, Qt.UserRole, (KIND_HOSTAGE, p.person.id))
            item.setIcon(0, icon("hostage"))
            if p.hostage_status and p.hostage_status.in_captivity:
                item.setFont(1, bold)
            if p.person.medical_needs:
                item.setToolTip(0, self.tr("Medical needs: {needs}").format(needs=p.person.medical_needs))
            alert_days = self.ctx.settings.proof_of_life_alert_days
            if p.proof_of_life_overdue(alert_days):
                item.setIcon(1, icon("warning"))
                item.setToolTip(1, self.tr("No verified proof of life for over %n day(s)", "", alert_days))
            group.addChild(item)
        kin_group = QTreeWidgetItem([self.tr("Next of kin ({count})").format(count=len(detail.next_of_kin)), ""])
        kin_group.setIcon(0, icon("family"))
        groups.append(kin_group)
        for k in detail.next_of_kin:
            overdue = k.is_overdue()
            ago = humanize_ago(k.last_contact_at, view_now(k)) if k.last_contact_at else None
            relation = self.tr("{relationship} of {hostage}").format(
                relationship=k.relationship, hostage=k.hostage_name
            )
            if overdue:
                status = self.tr("{relation} — contact overdue")
            elif ago:
                status = self.tr("{relation} — last contact {ago}")
            else:
                status = self.tr("{relation} — no contact yet")
            item = QTreeWidgetItem([display_name(k.kin), status.format(relation=relation, ago=ago)])
            item.setToolTip(0, relation)
            item.setData(0, Qt.UserRole, (KIND_KIN, k.id))
            item.setIcon(0, icon("family"))
            if overdue:
                item.setIcon(1, icon("warning"))
                item.setForeground(1, warning_colour())
                item.setFont(1, bold)
            item.setToolTip(1, k.plan_text())
            kin_group.addChild(item)
        others = [
            p for p in detail.participants if p.role not in (ParticipantRole.HOSTAGE, ParticipantRole.NEXT_OF_KIN)
        ]
        if others:
            other_group = QTreeWidgetItem([self.tr("Others ({count})").format(count=len(others)), ""])
            other_group.setIcon(0, icon("people"))
            groups.append(other_group)
            for p in others:
                item = QTreeWidgetItem([display_name(p.person), p.role.label])
                item.setData(0, Qt.UserRole, (KIND_PERSON, p.person.id))
                item.setIcon(0, icon("people"))
                other_group.addChild(item)
        for g in groups:
            g.setFont(0, bold)
            g.setFlags(g.flags() & ~Qt.ItemIsSelectable)
        self.tree.addTopLevelItems(groups)
        self.tree.expandAll()
        if (selected is None or not self.select(*selected)) and hostages:
            self.tree.setCurrentItem(group.child(0))
        self._update_buttons()

    def _proofs_loaded(self, proofs: list[ProofOfLifeView]) -> None:
        self.proofs = {proof.id: proof for proof in proofs}
        self.proofs_loaded.emit()
        current = self.tree.currentItem()
        if current is not None:
            self._current_changed(current, None)

    def _status_shares_loaded(self, shares: dict) -> None:
        self.status_shares = shares
        current = self.tree.currentItem()
        if current is not None:
            self._current_changed(current, None)

    def _welfare_loaded(self, reports: list[WelfareView]) -> None:
        self.welfare = {r.id: r for r in reports}
        current = self.tree.currentItem()
        if current is not None:
            self._current_changed(current, None)

    def _status_text(self, p: ParticipantView) -> str:
        """'Held — 416 days in captivity', 'Unaccounted for — missing for 12 days',
        'Released since 2025-11-02, after 120 days'."""
        if p.hostage_status is None:
            return ""
        return self.tr("{status} — {situation}").format(
            status=p.hostage_status.label, situation=situation_text(p, self.times)
        )

    def tick(self) -> None:
        """Refresh the days-in-captivity text (called by the workspace's minute timer)."""
        if self.detail_data is None:
            return
        by_person = {p.person.id: p for p in self.detail_data.hostages}
        root = self.tree.invisibleRootItem()
        for i in range(root.childCount()):
            group = root.child(i)
            for j in range(group.childCount()):
                item = group.child(j)
                kind, ident = item.data(0, Qt.UserRole)
                if kind == KIND_HOSTAGE and ident in by_person:
                    item.setText(1, self._status_text(by_person[ident]))

    def selected(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        data = item.data(0, Qt.UserRole) if item else None
        return tuple(data) if data else None

    def select(self, kind: str, ident: int) -> bool:
        root = self.tree.invisibleRootItem()
        for i in range(root.childCount()):
            group = root.child(i)
            for j in range(group.childCount()):
                item = group.child(j)
                data = item.data(0, Qt.UserRole)
                if data and data[0] == kind and data[1] == ident:
                    self.tree.setCurrentItem(item)
                    self.tree.scrollToItem(item)
                    return True
        return False

    def select_person(self, person_id: int) -> bool:
        if self.select(KIND_HOSTAGE, person_id) or self.select(KIND_PERSON, person_id):
            return True
        if self.detail_data is not None:
            for k in self.detail_data.next_of_kin:
                if k.kin.id == person_id:
                    return self.select(KIND_KIN, k.id)
        return False

    def hostage(self, person_id: int) -> ParticipantView | None:
        if self.detail_data is None:
            return None
        return next((p for p in self.detail_data.hostages if p.person.id == person_id), None)

    def liaison(self, liaison_id: int) -> LiaisonView | None:
        if self.detail_data is None:
            return None
        return next((k for k in self.detail_data.next_of_kin if k.id == liaison_id), None)

    def participant(self, person_id: int) -> ParticipantView | None:
        if self.detail_data is None:
            return None
        return next((p for p in self.detail_data.participants if p.person.id == person_id), None)

    # --- detail -------------------------------------------------------------------------

    def _current_changed(self, current, _previous) -> None:
        self._update_buttons()
        data = current.data(0, Qt.UserRole) if current else None
        if not data or self.detail_data is None:
            self.detail.clear()
            return
        kind, ident = data
        if kind == KIND_HOSTAGE:
            self.detail.setHtml(self._hostage_html(self.hostage(ident)))
        elif kind == KIND_KIN:
            self.detail.setHtml(self._kin_html(self.liaison(ident)))
        else:
            p = self.participant(ident)
            self.detail.setHtml(self._person_html(p.person, p.role.label, p.notes) if p else "")

    def _person_rows(self, person: PersonView) -> list[tuple[str, str]]:
        rows = []
        if person.date_of_birth:
            age = person.age_on(date.today())
            born = QLocale().toString(person.date_of_birth, "d MMM yyyy")
            if age is not None:
                born = self.tr("{day} (age {age})").format(day=born, age=age)
            rows.append((self.tr("Born"), born))
        if person.nationality:
            rows.append((self.tr("Nationality"), COUNTRIES.get(person.nationality, person.nationality)))
        if person.passport_number:
            rows.append((self.tr("Passport"), person.passport_number))
        for ident in person.identifiers:
            rows.append((ident.kind, ident.value + (f" ({ident.issuing_country})" if ident.issuing_country else "")))
        home = ", ".join(x for x in (person.home_district, person.home_state) if x)
        if home:
            rows.append((self.tr("Home"), home))
        work = ", ".join(x for x in (person.occupation, person.employer) if x)
        if work:
            rows.append((self.tr("Work"), work))
        if person.languages:
            rows.append((self.tr("Languages"), person.languages))
        if person.phone:
            rows.append((self.tr("Phone"), format_phone(person.phone)))
        if person.email:
            rows.append((self.tr("E-mail"), person.email))
        return rows

    @staticmethod
    def _table(rows: list[tuple[str, str]], escape: bool = True) -> str:
        cells = "".join(
            f"<tr><td style='padding-right:14px'><b>{html_escape(k)}</b></td>"
            f"<td>{html_escape(v) if escape else v}</td></tr>"
            for k, v in rows
        )
        return f"<table cellspacing='2'>{cells}</table>"

    def _heading(self, person: PersonView, subtitle: str) -> str:
        native = f"<div style='font-size:15pt'>{html_escape(person.name_native)}</div>" if person.name_native else ""
        return (
            f"<div style='font-size:15pt; font-weight:600'>{html_escape(person.full_name)}</div>{native}"
            f"<p style='color:{self._muted()}'>{html_escape(subtitle)}</p>"
        )

    @staticmethod
    def _muted() -> str:
        from consular.gui.theme import muted_colour

        return muted_colour().name()

    def _void_line(self, who: str | None, when, reason: str | None) -> str:
        """ "VOID — voided by X on D: reason", escaped, for a struck-through entry."""
        text = self.tr("VOID — voided by {user} on {when}: {reason}").format(
            user=who or "?", when=self.times.fmt(when), reason=reason or ""
        )
        return f"<span style='color:{self._muted()}'>{html_escape(text)}</span>"

    def _hostage_html(self, p: ParticipantView | None) -> str:
        if p is None:
            return ""
        t = self.times
        parts = [self._heading(p.person, self.tr("National concerned"))]
        status = p.hostage_status.label if p.hostage_status else "—"
        status_line = self.tr("<b>{status}</b> since {when}").format(
            status=html_escape(status), when=html_escape(t.fmt(p.hostage_status_since))
        )
        if p.hostage_status is not None:
            status_line += f" — <b>{html_escape(situation_text(p, t, dates=False))}</b>"
        parts.append(f"<p>{status_line}</p>")
        if p.person.medical_needs:
            needs = html_escape(self.tr("Medical needs:"))
            parts.append(
                f"<p style='color:{warning_colour().name()}'><b>{needs}</b> "
                f"{multiline_html(p.person.medical_needs)}</p>"
            )
        parts.append(self._table(self._person_rows(p.person)))
        if p.notes:
            parts.append(f"<p>{multiline_html(p.notes)}</p>")
        heading = html_escape(self.tr("Status history"))
        parts.append(f"<h4>{heading}</h4><table cellspacing='2'>")
        for event in reversed(p.status_history):
            source = self.tr("source: {source}").format(source=event.source) if event.source else None
            extra = " — ".join(x for x in (event.note, source) if x)
            if event.id in self.status_shares and not getattr(event, "voided", False):
                extra = self.tr("{text} — shareable with family").format(text=extra)
            recorded = html_escape(self.tr("(recorded by {user})").format(user=event.recorded_by))
            row = (
                f"<td style='padding-right:12px'>{html_escape(t.fmt(event.effective_at))}</td>"
                f"<td><b>{html_escape(event.status.label)}</b></td>"
                f"<td>{html_escape(extra)} <i>{recorded}</i></td>"
            )
            if getattr(event, "voided", False):
                # Struck through, and why: a voided entry counts for nothing but is not hidden.
                row = (
                    f"<td style='padding-right:12px'><s>{html_escape(t.fmt(event.effective_at))}</s></td>"
                    f"<td><s>{html_escape(event.status.label)}</s></td>"
                    f"<td><s>{html_escape(extra)} {recorded}</s><br>"
                    f"{self._void_line(event.voided_by, event.voided_at, event.void_reason)}</td>"
                )
            parts.append(f"<tr>{row}</tr>")
        parts.append("</table>")
        heading = html_escape(self.tr("Proof of life and welfare"))
        parts.append(f"<h4>{heading}</h4>")
        entries = self._welfare(p.person.id)
        parts.append(self._proof_summary_html(p))
        days = self.ctx.settings.welfare_alert_days
        if p.medical_watch_overdue(days):
            text = html_escape(self.tr("Medical needs, and no welfare report for over %n day(s).", "", days))
            parts.append(f"<p><b style='color:{warning_colour().name()}'>{text}</b></p>")
        for m in entries:
            parts.append(self._welfare_html(m))
        family = [
            k for k in (self.detail_data.next_of_kin if self.detail_data else []) if k.hostage_person_id == p.person.id
        ]
        if family:
            heading = html_escape(self.tr("Family"))
            parts.append(f"<h4>{heading}</h4>")
            for k in family:
                parts.append(f"<p>{self._kin_line(k)}</p>")
        return "".join(parts)

    def _proof_summary_html(self, p: ParticipantView) -> str:
        """The last *verified* proof of life and its age, flagged past the alert threshold, and
        the last one received when it is not (yet) the verified one."""
        if p.proof_of_life_withheld:
            text = html_escape(self.tr("Proofs of life are restricted to the case team."))
            return f"<p><i>{text}</i></p>"
        t = self.times
        alert_days = self.ctx.settings.proof_of_life_alert_days
        warn = warning_colour().name()
        overdue = p.proof_of_life_overdue(alert_days)
        flag = ""
        if overdue:
            text = html_escape(self.tr("no verified proof of life for over %n day(s)", "", alert_days))
            flag = f" — <b style='color:{warn}'>{text}</b>"
        if p.last_verified_proof_of_life:
            line = self.tr("Last verified proof of life: <b>{when}</b> ({ago})").format(
                when=html_escape(t.fmt(p.last_verified_proof_of_life)),
                ago=html_escape(humanize_ago(p.last_verified_proof_of_life, view_now(p))),
            )
            line += flag
        else:
            line = self.tr("<b>No verified proof of life</b>") + flag
        if p.last_proof_of_life and p.last_proof_of_life != p.last_verified_proof_of_life:
            line += "<br>" + self.tr("Last received: {when} ({ago}), not verified").format(
                when=html_escape(t.fmt(p.last_proof_of_life)),
                ago=html_escape(humanize_ago(p.last_proof_of_life, view_now(p))),
            )
        elif not p.last_proof_of_life:
            text = html_escape(self.tr("No proof of life recorded yet."))
            line += f"<br><i>{text}</i>"
        return f"<p>{line}</p>"

    def _welfare_detail_html(self, m: MilestoneView) -> str:
        """What a welfare report says of health (loaded with the case's log; nothing when withheld)."""
        report = self.welfare.get(m.id)
        if m.kind != MilestoneKind.WELFARE_REPORT or report is None or report.withheld:
            return ""
        bits = [html_escape(self.tr("Condition: {condition}").format(condition=report.condition.label.lower()))]
        if report.medication_needs:
            supply = report.supply_text()
            if report.supply_arranged is False:
                supply = f"<b style='color:{warning_colour().name()}'>{html_escape(supply)}</b>"
            else:
                supply = html_escape(supply)
            bits.append(
                self.tr("medication: {needs} — {supply}").format(
                    needs=html_escape(report.medication_needs), supply=supply
                )
            )
        return "<br>" + " · ".join(bits)

    def _check_html(self, m: MilestoneView) -> str:
        """How a proof of life was checked (loaded with the case's proofs; nothing when withheld)."""
        proof = self.proofs.get(m.id)
        if m.kind != MilestoneKind.PROOF_OF_LIFE or proof is None or proof.withheld:
            return ""
        t = self.times
        bits = [html_escape(proof.medium.label if proof.medium else self.tr("Medium not recorded"))]
        if proof.question:
            matched = {
                True: self.tr("question put: “{question}” — answer “{answer}” matched"),
                False: self.tr("question put: “{question}” — answer “{answer}” did NOT match"),
                None: self.tr("question put: “{question}” — answer “{answer}” match not stated"),
            }[proof.answer_matched]
            bits.append(
                matched.format(question=html_escape(proof.question), answer=html_escape(proof.answer_received or ""))
            )
        if proof.claimed_at:
            bits.append(self.tr("claims to be from {when}").format(when=html_escape(t.fmt(proof.claimed_at))))
        if proof.established_at:
            bits.append(self.tr("established as {when}").format(when=html_escape(t.fmt(proof.established_at))))
        colour = {PolAssessment.GENUINE: "", PolAssessment.PENDING: warning_colour().name()}.get(
            proof.assessment, restricted_colour().name()
        )
        verdict = (
            f"<b style='color:{colour}'>{html_escape(proof.assessment.label)}</b>"
            if colour
            else (f"<b>{html_escape(proof.assessment.label)}</b>")
        )
        basis = f" ({html_escape(proof.assessment_basis)})" if proof.assessment_basis else ""
        by = f" — {html_escape(proof.assessed_by)}" if proof.assessed_by else ""
        assessment = self.tr("Assessment: {verdict}").format(verdict=verdict)
        return f"<br>{' · '.join(bits)}<br>{assessment}{basis}{by}"

    def _welfare_html(self, m: MilestoneView) -> str:
        """One proof of life or welfare report; a voided one struck through, with who voided
        it, when and why (it counts for nothing, but a supervisor sees it was there)."""
        t = self.times
        restricted = ""
        if m.restricted:
            marking = html_escape(self.tr("RESTRICTED"))
            restricted = f" <b style='color:{restricted_colour().name()}'>{marking}</b>"
        source = ""
        if m.source:
            said = html_escape(self.tr("Source: {source}").format(source=m.source))
            source = f"<br><i>{said}</i>"
        body = (
            f"<b>{html_escape(t.fmt(m.occurred_at))} — {html_escape(m.kind.label)}</b>{restricted}: "
            f"{html_escape(m.title)}<br>{multiline_html(m.description)}"
            + source
            + self._check_html(m)
            + self._welfare_detail_html(m)
        )
        if not m.voided:
            return f"<p>{body}</p>"
        return f"<p><s>{body}</s><br>{self._void_line(m.voided_by, m.voided_at, m.void_reason)}</p>"

    def _welfare(self, person_id: int) -> list[MilestoneView]:
        """Proofs of life and welfare reports about the person, newest first, voided ones
        included (struck through by :meth:`_welfare_html`)."""
        if self.detail_data is None:
            return []
        kinds = (MilestoneKind.PROOF_OF_LIFE, MilestoneKind.WELFARE_REPORT)
        rows = [
            m
            for m in self.detail_data.welfare_milestones  # all of them, also when the milestones are paged
            if m.kind in kinds
            and (
                m.hostage_person_id == person_id
                or (m.kind == MilestoneKind.WELFARE_REPORT and m.hostage_person_id is None)
            )
        ]
        return sorted(rows, key=lambda m: m.occurred_at, reverse=True)

    def _kin_line(self, k: LiaisonView) -> str:
        if k.last_contact_at:
            last = self.tr("last contact {when} ({ago})").format(
                when=html_escape(self.times.fmt(k.last_contact_at)),
                ago=html_escape(humanize_ago(k.last_contact_at, view_now(k))),
            )
        else:
            last = html_escape(self.tr("no contact logged yet"))
        line = (
            f"<b>{html_escape(k.kin.full_name)}</b> ({html_escape(k.relationship)}): "
            f"{html_escape(k.plan_text())}; {last}"
        )
        if k.is_overdue():
            overdue = html_escape(self.tr("contact overdue"))
            line += f" — <b style='color:{warning_colour().name()}'>{overdue}</b>"
        elif k.next_contact_due:
            line += html_escape(self.tr("; next due {when}").format(when=self.times.fmt(k.next_contact_due)))
        return line

    def _kin_html(self, k: LiaisonView | None) -> str:
        if k is None:
            return ""
        t = self.times
        relation = self.tr("{relationship} of {hostage}").format(relationship=k.relationship, hostage=k.hostage_name)
        parts = [self._heading(k.kin, relation)]
        overdue = k.is_overdue()
        plan = html_escape(k.plan_text())
        if overdue:
            flag = html_escape(self.tr("CONTACT OVERDUE"))
            plan += f" — <b style='color:{warning_colour().name()}'>{flag}</b>"
        rows = [(self.tr("Contact plan"), plan)]
        rows.append(
            (
                self.tr("Last contact"),
                html_escape(
                    f"{t.fmt(k.last_contact_at)} ({humanize_ago(k.last_contact_at, view_now(k))})"
                    if k.last_contact_at
                    else self.tr("none logged yet")
                ),
            )
        )
        if k.next_contact_due:
            rows.append((self.tr("Next contact due"), html_escape(t.fmt(k.next_contact_due))))
        for label, value in (
            (self.tr("Phone"), format_phone(k.phone)),
            (self.tr("E-mail"), k.email),
            (self.tr("Address"), k.address),
            (self.tr("Preferred language"), k.preferred_language),
            (self.tr("Preferred channel"), k.preferred_channel.label if k.preferred_channel else None),
        ):
            if value:
                rows.append((label, html_escape(value)))
        parts.append(self._table(rows, escape=False))
        if k.may_share:
            heading = html_escape(self.tr("What may be shared"))
            parts.append(f"<h4>{heading}</h4><p>{multiline_html(k.may_share)}</p>")
        if k.notes:
            heading = html_escape(self.tr("Notes"))
            parts.append(f"<h4>{heading}</h4><p>{multiline_html(k.notes)}</p>")
        return "".join(parts)

    def _person_html(self, person: PersonView, role: str, notes: str | None) -> str:
        parts = [self._heading(person, role), self._table(self._person_rows(person))]
        if person.medical_needs:
            label = html_escape(self.tr("Medical needs:"))
            parts.append(f"<p><b>{label}</b> {multiline_html(person.medical_needs)}</p>")
        for text in (person.notes, notes):
            if text:
                parts.append(f"<p>{multiline_html(text)}</p>")
        return "".join(parts)

    # --- actions ------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        sel = self.selected()
        kind = sel[0] if sel else None
        hostage = self.hostage(sel[1]) if kind == KIND_HOSTAGE else None
        self.edit_button.setEnabled(sel is not None)
        self.status_button.setEnabled(hostage is not None)
        self.pol_button.setEnabled(hostage is not None)
        self.pol_assess_action.setEnabled(bool(hostage and self._assessable(hostage.person.id)))
        self.welfare_button.setEnabled(hostage is not None)
        self.plan_button.setEnabled(kind == KIND_KIN)
        voidable = self._voidable(hostage) if hostage is not None else []
        self.void_button.setEnabled(bool(voidable))
        if hostage is not None and not voidable:
            self.void_button.setToolTip(
                self.tr(
                    "Nothing to void here: only the author of an entry or a supervisor may, and the only "
                    "entry left cannot be voided (record the right status first)."
                )
            )
        else:
            self.void_button.setToolTip(self.tr("Mark a status entry recorded by mistake as void, with a reason"))
        self.kin_button.setEnabled(bool(self.detail_data and self.detail_data.hostages))

    def _open(self, dialog: FormDialog) -> FormDialog:
        dialog.saved.connect(lambda _r: self.changed.emit())
        dialog.open()
        return dialog

    def add_person(self) -> FormDialog:
        return self._open(PersonDialog(self.ctx, self.reference, parent=self))

    def edit_person(self) -> FormDialog | None:
        sel = self.selected()
        if sel is None:
            return None
        kind, ident = sel
        if kind == KIND_KIN:
            k = self.liaison(ident)
            person = k.kin if k else None
        else:
            p = self.participant(ident)
            person = p.person if p else None
        if person is None:
            return None
        return self._open(PersonDialog(self.ctx, self.reference, person=person, parent=self))

    def _current_hostage(self) -> ParticipantView | None:
        sel = self.selected()
        return self.hostage(sel[1]) if sel and sel[0] == KIND_HOSTAGE else None

    def change_status(self) -> FormDialog | None:
        p = self._current_hostage()
        if p is None:
            return None
        return self._open(
            HostageStatusDialog(
                self.ctx, self.reference, p, case_zone=self.times.case_zone, times_mode=self.times.mode, parent=self
            )
        )

    def _voidable(self, p: ParticipantView) -> list:
        """The status entries this user may void (the only entry left is never voidable)."""
        live = [e for e in p.status_history if not getattr(e, "voided", False)]
        if len(live) < 2:
            return []
        return [e for e in live if voiding.can_void(self.ctx, e.recorded_by_id)]

    def void_status(self) -> FormDialog | None:
        p = self._current_hostage()
        entries = self._voidable(p) if p is not None else []
        if not entries:
            return None
        choices = [
            (
                e.id,
                self.tr("{when} — {status} (recorded by {user})").format(
                    when=self.times.fmt(e.effective_at), status=e.status.label, user=e.recorded_by
                ),
            )
            for e in reversed(entries)
        ]
        what = self.tr("status entry of {name}").format(name=p.name)
        return self._open(VoidDialog(self.ctx, "status", choices, what=what, selected=choices[0][0], parent=self))

    def record_proof_of_life(self) -> FormDialog | None:
        p = self._current_hostage()
        if p is None:
            return None
        return self._open(
            ProofOfLifeDialog(
                self.ctx, self.reference, p, case_zone=self.times.case_zone, times_mode=self.times.mode, parent=self
            )
        )

    def _assessable(self, person_id: int) -> list[ProofOfLifeView]:
        """The national's proofs of life that stand and whose check the actor may read."""
        return [
            p
            for p in self.proofs.values()
            if p.hostage_person_id == person_id and p.voided_at is None and not p.withheld
        ]

    def assess_proof_of_life(self) -> FormDialog | None:
        p = self._current_hostage()
        proofs = self._assessable(p.person.id) if p else []
        if not proofs:
            return None
        return self._open(AssessProofDialog(self.ctx, proofs, times=self.times, parent=self))

    def question_bank(self) -> QuestionBankDialog | None:
        p = self._current_hostage()
        if p is None or self.detail_data is None:
            return None
        family = [k for k in self.detail_data.next_of_kin if k.hostage_person_id == p.person.id]
        dialog = QuestionBankDialog(self.ctx, self.reference, p, family, parent=self)
        dialog.changed.connect(self.changed.emit)
        dialog.open()
        return dialog

    def record_welfare(self) -> FormDialog | None:
        p = self._current_hostage()
        if p is None:
            return None
        return self._open(
            WelfareDialog(
                self.ctx, self.reference, p, case_zone=self.times.case_zone, times_mode=self.times.mode, parent=self
            )
        )

    def add_next_of_kin(self) -> FormDialog | None:
        if self.detail_data is None or not self.detail_data.hostages:
            return None
        p = self._current_hostage()
        return self._open(
            NextOfKinDialog(
                self.ctx,
                self.reference,
                hostages=self.detail_data.hostages,
                users=self.users,
                hostage_person_id=p.person.id if p else None,
                parent=self,
            )
        )

    def edit_plan(self) -> FormDialog | None:
        sel = self.selected()
        k = self.liaison(sel[1]) if sel and sel[0] == KIND_KIN else None
        if k is None:
            return None
        return self._open(
            NextOfKinDialog(self.ctx, self.reference, hostages=[], users=self.users, liaison=k, parent=self)
        )

    def _row_actions(self, index) -> row_menu.RowActions | None:
        item = self.tree.itemFromIndex(index)
        data = item.data(0, Qt.UserRole) if item is not None else None
        if not data:
            return None
        kind, ident = data
        if kind == KIND_HOSTAGE and can(self.ctx, "family_share.mark"):
            extra = [(self.tr("Status shareable with family…"), "family", lambda: self.share_status(ident))]
        elif kind == KIND_KIN and can(self.ctx, "family_letter.issue_letter"):
            extra = [(self.tr("Family update letter…"), "family", lambda: self.family_letter(ident))]
        else:
            return None
        subject = self.tr("{name} in {ref}").format(name=item.text(0), ref=self.reference)
        return row_menu.RowActions(subject=subject, reference=self.reference, extra=extra)

    def share_status(self, person_id: int) -> FormDialog | None:
        """Mark one of a national's status changes shareable with family (or change its wording)."""
        p = self.hostage(person_id)
        live = [e for e in (p.status_history if p else []) if not getattr(e, "voided", False)]
        if not live:
            return None
        choices = [(e.id, f"{self.times.fmt(e.effective_at)} — {e.status.label}") for e in reversed(live)]
        return self._open(family_share_box.StatusShareDialog(self.ctx, p.name, choices, self.status_shares, self))

    def family_letter(self, liaison_id: int) -> FamilyLetterDialog | None:
        """The family update letter to a next of kin, written in the background, then opened."""
        # Imported when first asked for: the letter's PDF writer pulls in reportlab's page
        # layout (~5 MB resident), which a case opened only to read never needs.
        from consular.gui.workspace.family_letter_dialog import FamilyLetterDialog

        k = self.liaison(liaison_id)
        if k is None:
            return None
        dialog = FamilyLetterDialog(self.ctx, self.reference, liaison_id, k.kin.full_name, parent=self)
        dialog.open()
        return dialog

    def times_changed(self) -> None:
        if self.tree.currentItem() is not None:
            self._current_changed(self.tree.currentItem(), None)
