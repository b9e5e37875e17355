"""Void… (from a row's right-click menu): mark an entry recorded by mistake, with a reason.

The entry is not deleted: ``services.voiding.void_entry`` keeps it in the history, struck
through, with who voided it and why, audits it, and leaves it out of every count, brief,
timeline and export. Only its author or a supervisor may; the menu offers Void… only to them
(:func:`void_refusal`), and the service checks again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from consular.gui.workspace.forms import FormDialog
from consular.services import voiding
from consular.services.context import ServiceContext


def void_refusal(ctx: ServiceContext, entry) -> str | None:
    """Why ``entry`` (a contact, task, milestone or status view) cannot be voided by the user
    now, or None when it can."""
    if getattr(entry, "voided_at", None) is not None:
        return f"Already voided by {entry.voided_by}: {entry.void_reason}"
    author = getattr(entry, "recorded_by_id", None)
    if author is None:
        author = getattr(entry, "created_by_id", None)
    if not voiding.can_void(ctx, author):
        if not ctx.actor.can_write:
            return "Your access is read-only"
        return "Only its author or a supervisor can void it"
    return None


class VoidDialog(FormDialog):
    """Asks why; Void calls the service in the background and closes on success."""

    def __init__(self, ctx: ServiceContext, kind: str, entry_id: int, description: str, parent=None):
        super().__init__(
            f"Void {description}",
            parent,
            save_text="Void",
            intro=(
                f"Voiding marks {description} as a mistake. It stays in the history, struck through, "
                "with your name and the reason, and no longer counts anywhere: not in days held, "
                "briefs, the timeline or exports."
            ),
        )
        self.setObjectName("void_dialog")
        self.ctx, self.kind, self.entry_id = ctx, kind, entry_id
        self.reason = self.add_field("Reason", QPlainTextEdit(), "reason", accessible="Why this entry is void")
        self.reason.setPlaceholderText("e.g. Recorded in the wrong case; the release was not confirmed")
        self.reason.setFixedHeight(90)
        self.reason.setFocus()

    def prepare(self):
        ctx, kind, entry_id, reason = self.ctx, self.kind, self.entry_id, self.reason.toPlainText()
        return lambda: voiding.void_entry(ctx, kind, entry_id, reason=reason)


def void_action(ctx: ServiceContext, parent, kind: str, entry, description: str, after) -> dict:
    """The row menu's Void… for ``entry``: ``RowActions`` keywords (the action, or why it is
    greyed out). ``after(result)`` runs once the entry is voided."""
    refused = void_refusal(ctx, entry)
    if refused:
        return {"void_refused": refused}

    def open_dialog() -> VoidDialog:
        dialog = VoidDialog(ctx, kind, entry.id, description, parent)
        dialog.saved.connect(after)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    return {"void": open_dialog}


__all__ = ["VoidDialog", "void_action", "void_refusal"]
