"""*Shareable with family* in the workspace: the check and wording box of the Log contact
dialog and the milestone form, the row-menu action "Mark shareable with family…" of the
contact log, the milestones and the hostage status history, and the marker on shared rows.

The marking itself is :mod:`consular.services.family_share`; this module only shows it and
sends what was chosen, off the GUI thread with the entry's save (``ops.write``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from consular.gui import ops
from consular.gui.icons import icon
from consular.gui.workspace.forms import FormDialog, text_or_none
from consular.i18n import QT_TRANSLATE_NOOP
from consular.services import family_share
from consular.services.permissions import can
from consular.services.views import FamilyShareView

# Marked here, translated where they are shown.
RESTRICTED_NOTE = QT_TRANSLATE_NOOP(
    "FamilyShareBox", "Restricted entries are never shared with the family. Untick Restricted to share this entry."
)
WORDING_HINT = QT_TRANSLATE_NOOP(
    "FamilyShareBox", "What the family may be told, in plain words (empty: the entry's summary or title is said)"
)


class FamilyShareBox(QWidget):
    """The check "Shareable with family" and, when ticked, the wording for the family.
    Disabled with the reason shown while the entry is restricted."""

    def __init__(self, share: FamilyShareView | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.loaded = share
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self.tr("Shareable with family — the family update letter may tell it"))
        self.check.setAccessibleName(self.tr("Shareable with family"))
        self.check.setIcon(icon("family"))
        layout.addWidget(self.check)
        self.wording = QPlainTextEdit()
        self.wording.setAccessibleName(self.tr("Wording for the family"))
        self.wording.setPlaceholderText(self.tr(WORDING_HINT))
        self.wording.setToolTip(self.tr(WORDING_HINT))
        self.wording.setTabChangesFocus(True)
        self.wording.setFixedHeight(56)
        layout.addWidget(self.wording)
        self.note = QLabel(self.tr(RESTRICTED_NOTE))
        self.note.setAccessibleName(self.tr("Why it cannot be shared"))
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.check.toggled.connect(self._toggled)
        self.set_value(share)
        self.set_restricted(False)

    def set_value(self, share: FamilyShareView | None) -> None:
        self.check.setChecked(share is not None)
        self.wording.setPlainText(share.wording or "" if share is not None else "")
        self._toggled(self.check.isChecked())

    def _toggled(self, on: bool) -> None:
        self.wording.setVisible(on)

    def set_restricted(self, restricted: bool) -> None:
        """A restricted entry cannot be shared: the check is cleared and disabled, and says why."""
        if restricted:
            self.check.setChecked(False)
        self.check.setEnabled(not restricted)
        self.check.setToolTip(
            self.tr(RESTRICTED_NOTE) if restricted else self.tr("Tell the family of this entry in update letters")
        )
        self.note.setVisible(restricted)

    @property
    def shared(self) -> bool:
        return self.check.isEnabled() and self.check.isChecked()

    def wording_text(self) -> str | None:
        return text_or_none(self.wording.toPlainText()) if self.shared else None

    def changed(self) -> bool:
        """Whether saving would change the entry's marking."""
        if not self.shared:
            return self.loaded is not None
        return self.loaded is None or (self.loaded.wording or None) != self.wording_text()

    def apply(self, ctx) -> Callable[[str, int], None]:
        """What to run, off the GUI thread after the entry is saved, to bring its marking to
        what the box shows: ``apply(ctx)(kind, entry_id)``. Read on the GUI thread here."""
        shared, wording, loaded, changed = self.shared, self.wording_text(), self.loaded, self.changed()

        def run(kind: str, entry_id: int) -> None:
            if not changed:
                return
            version = loaded.version if loaded is not None else None
            if shared:
                family_share.mark(ctx, kind, entry_id, wording=wording, expected_version=version)
            else:
                family_share.unmark(ctx, kind, entry_id, expected_version=version)

        return run


class MarkShareDialog(FormDialog):
    """ "Mark shareable with family…" from a row menu: the check and the wording for one entry."""

    def __init__(self, ctx, kind: str, entry_id: int, what: str, share: FamilyShareView | None, parent=None):
        super().__init__(
            self.tr("Shareable with family"),
            parent,
            icon_name="family",
            save_text=self.tr("Save"),
            intro=self.tr("{what}: may the family be told of it in update letters, and in which words?").format(
                what=what
            ),
        )
        self.ctx, self.kind, self.entry_id = ctx, kind, entry_id
        self.box = FamilyShareBox(share)
        if share is None:
            self.box.check.setChecked(True)
        self.add_field("", self.box, "wording", "kind", accessible=self.tr("Shareable with family"))
        self.box.wording.setFocus()

    def prepare(self):
        run, kind, entry_id = self.box.apply(self.ctx), self.kind, self.entry_id
        shared = self.box.shared
        return lambda: (run(kind, entry_id), shared)[1]


class StatusShareDialog(FormDialog):
    """ "Hostage status shareable with family…" from a national's row in the People tab: pick
    one of their status entries (the latest first), then the check and the wording."""

    def __init__(self, ctx, name: str, entries: list[tuple[int, str]], shares: dict[int, FamilyShareView], parent=None):
        super().__init__(
            self.tr("Status shareable with family"),
            parent,
            icon_name="family",
            intro=self.tr(
                "Which change of {name}'s status may the family be told of, and in which words? "
                "Without a wording the letter says the new status in the family's language."
            ).format(name=name),
        )
        self.ctx, self.shares = ctx, shares
        self.entry = QComboBox()
        for entry_id, text in entries:
            self.entry.addItem(text, entry_id)
        self.add_field(self.tr("Status entry"), self.entry, "entry_id", accessible=self.tr("Status entry"))
        self.box = FamilyShareBox()
        self.add_field("", self.box, "wording", "kind", accessible=self.tr("Shareable with family"))
        self.entry.currentIndexChanged.connect(self._entry_changed)
        self._entry_changed()

    def _entry_changed(self, *_args) -> None:
        share = self.shares.get(self.entry.currentData())
        self.box.loaded = share
        self.box.set_value(share)
        if share is None:
            self.box.check.setChecked(True)

    def prepare(self):
        run, entry_id = self.box.apply(self.ctx), self.entry.currentData()
        return lambda: run("status", entry_id)


def mark_action(
    ctx, parent: QWidget, kind: str, entry, what: str, share: FamilyShareView | None, done: Callable
) -> list[tuple[str, str | None, Callable]]:
    """The row-menu entry "Mark shareable with family…" for ``entry`` (a view with ``id``,
    ``restricted`` and ``voided``); none for restricted or voided entries, or for someone whose
    role may not mark (a viewer)."""
    if getattr(entry, "restricted", False) or entry.voided or not can(ctx, "family_share.mark"):
        return []

    def open_dialog() -> MarkShareDialog:
        dialog = MarkShareDialog(ctx, kind, entry.id, what, share, parent)
        dialog.saved.connect(done)
        dialog.open()
        return dialog

    if share is not None:
        text = QCoreApplication.translate("family_share_box", "Shareable with family…")
    else:
        text = QCoreApplication.translate("family_share_box", "Mark shareable with family…")
    return [(text, "family", open_dialog)]


def load_shares(receiver: QWidget, ctx, reference: str, kind: str, shown: Callable[[dict], None]) -> None:
    """Read the case's markings of ``kind`` in the background; ``shown({entry_id: share})``."""

    def arrived(rows: list[FamilyShareView]) -> None:
        shown({s.entry_id: s for s in rows if s.kind == kind})

    ops.query(receiver, lambda: family_share.case_shares(ctx, reference), arrived)


def marker_text(share: FamilyShareView | None) -> str:
    if share is None:
        return ""
    if share.wording:
        text = QCoreApplication.translate(
            "family_share_box", "Shareable with family: the family is told “{wording}” (marked by {user})"
        )
    else:
        text = QCoreApplication.translate(
            "family_share_box", "Shareable with family: the family is told its own summary (marked by {user})"
        )
    return text.format(wording=share.wording, user=share.marked_by)
