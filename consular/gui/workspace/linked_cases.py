"""The "Linked cases" box of a case's overview: the cases taken in the same incident or
related, each opening that case; Link a case… and Unlink… for staff.

A linked case the reader may not see in full (not on its team) shows its reference and post
only, as :mod:`consular.services.case_links` gives it; it still opens (the case's own tabs
then apply need-to-know as everywhere).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consular.domain.enums import CaseLinkKind
from consular.domain.errors import ValidationError
from consular.gui import ops
from consular.gui.text import html_escape
from consular.gui.workspace.forms import FormDialog, day_text
from consular.services import case_links
from consular.services.case_links import CaseLinkView
from consular.services.permissions import can


class LinkCaseDialog(FormDialog):
    """Link this case with another, by reference."""

    def __init__(self, ctx, reference: str, parent=None):
        super().__init__(
            self.tr("Link a case — {reference}").format(reference=reference),
            parent,
            icon_name="case",
            save_text=self.tr("Link", "button: make the link"),
            intro=self.tr(
                "Link {reference} with another case: taken in the same incident, or related. You must be on "
                "both cases' teams (or a supervisor). Each case then shows the other."
            ).format(reference=reference),
            enter_saves=True,
        )
        self.ctx, self.reference = ctx, reference
        self.other = self.add_field(
            self.tr("Other case"), QLineEdit(), "other", accessible=self.tr("Other case's reference")
        )
        self.other.setPlaceholderText(self.tr("e.g. BAM-2025-0002"))
        self.kind = self.add_field(self.tr("Link", "field: the kind of link"), QComboBox(), "kind")
        for kind in CaseLinkKind:
            self.kind.addItem(kind.label, kind.value)
        self.note = self.add_field(
            self.tr("Why linked"), QPlainTextEdit(), "note", accessible=self.tr("Why they are linked")
        )
        self.note.setMinimumHeight(70)
        self.other.setFocus()

    def validate(self):
        if not self.other.text().strip():
            return [ValidationError("other", self.tr("Give the other case's reference, e.g. BAM-2025-0002."))]
        return []

    def prepare(self):
        ctx, ref = self.ctx, self.reference
        other, kind, note = self.other.text().strip(), self.kind.currentData(), self.note.toPlainText().strip()
        return lambda: case_links.link_cases(ctx, ref, other, kind=kind, note=note or None)


class UnlinkCaseDialog(FormDialog):
    """Undo a link, with the reason (the link stays on record)."""

    def __init__(self, ctx, link: CaseLinkView, parent=None):
        super().__init__(
            self.tr("Unlink {other} — {reference}").format(other=link.other_reference, reference=link.case_reference),
            parent,
            icon_name="close",
            save_text=self.tr("Unlink"),
            intro=self.tr(
                "{reference} and {other} will no longer show each other. The link "
                "stays on record with who undid it, when and why."
            ).format(reference=link.case_reference, other=link.other_reference),
        )
        self.ctx, self.link = ctx, link
        self.reason = self.add_field(
            self.tr("Reason"), QPlainTextEdit(), "reason", accessible=self.tr("Why they are unlinked")
        )
        self.reason.setMinimumHeight(70)
        self.reason.setFocus()

    def validate(self):
        if not self.reason.toPlainText().strip():
            return [ValidationError("reason", self.tr("Say why the cases are unlinked; it is kept with the link."))]
        return []

    def prepare(self):
        ctx, link, reason = self.ctx, self.link, self.reason.toPlainText().strip()
        return lambda: case_links.unlink_cases(ctx, link.case_reference, link.other_reference, reason=reason)


def link_html(link: CaseLinkView) -> str:
    head = (
        f'{html_escape(link.kind.label)}: <a href="{html_escape(link.other_reference)}">'
        f"<b>{html_escape(link.other_reference)}</b></a> ({html_escape(link.other_post)})"
    )
    if link.withheld:
        return head + QCoreApplication.translate("linked_cases", " — <i>details restricted to that case's team</i>")
    status = f" [{html_escape(link.other_status.label.lower())}]" if link.other_status else ""
    text = f"{head} {html_escape(link.other_title)}{status}"
    if link.note:
        text += f"<br/><span style='font-size: small'>{html_escape(link.note)}</span>"
    return text


class LinkedCasesBox(QGroupBox):
    open_requested = Signal(str)  # another case's reference
    changed = Signal()  # a link was made or undone
    loaded = Signal()

    def __init__(self, ctx, reference: str, parent: QWidget | None = None):
        super().__init__(self.tr("Linked cases"), parent)
        self.setObjectName("linked_cases")
        self.setAccessibleName(self.tr("Linked cases"))
        self.ctx, self.reference = ctx, reference
        self.links: list[CaseLinkView] | None = None
        self._generation = 0
        self.dialog: FormDialog | None = None
        self.rows = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.rows)
        buttons = QHBoxLayout()
        self.link_button = QPushButton(self.tr("Link a case…"))
        self.link_button.setAccessibleName(self.tr("Link a case"))
        self.link_button.clicked.connect(self.link_case)
        self.link_button.setEnabled(can(ctx, "case_links.link_cases") and not ctx.clock.read_only)
        buttons.addWidget(self.link_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def load(self) -> None:
        # Several loads may overlap (a save reloads the box and the whole case): only the
        # latest one's answer is shown, never an older one arriving after it.
        self._generation += 1
        generation, ctx, ref = self._generation, self.ctx, self.reference

        def done(links: list[CaseLinkView]) -> None:
            if generation == self._generation:
                self.show_links(links)

        ops.query(self, lambda: case_links.list_links(ctx, ref), done)

    def show_links(self, links: list[CaseLinkView]) -> None:
        self.links = links
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not links:
            empty = QLabel(self.tr("Not linked to another case."))
            empty.setProperty("role", "muted")
            self.rows.addWidget(empty)
        for link in links:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(link_html(link))
            label.setObjectName(f"link_{link.other_reference}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.RichText)
            label.setTextInteractionFlags(Qt.TextBrowserInteraction)
            label.setAccessibleName(
                self.tr("{kind}: {reference}; press to open it").format(
                    kind=link.kind.label, reference=link.other_reference
                )
            )
            label.setToolTip(
                self.tr("Linked by {name} on {day}. Open {reference}.").format(
                    name=link.linked_by, day=day_text(link.linked_at), reference=link.other_reference
                )
            )
            label.linkActivated.connect(self.open_requested.emit)
            line.addWidget(label, 1)
            unlink = QPushButton(self.tr("Unlink…"))
            unlink.setAccessibleName(self.tr("Unlink {reference}").format(reference=link.other_reference))
            unlink.setEnabled(self.link_button.isEnabled() and not link.withheld)
            unlink.clicked.connect(lambda _checked=False, lk=link: self.unlink(lk))
            line.addWidget(unlink)
            self.rows.addWidget(row)
        self.loaded.emit()

    def link_case(self) -> LinkCaseDialog:
        self.dialog = LinkCaseDialog(self.ctx, self.reference, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def unlink(self, link: CaseLinkView) -> UnlinkCaseDialog:
        self.dialog = UnlinkCaseDialog(self.ctx, link, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def _saved(self, _link) -> None:
        self.load()
        self.changed.emit()
