"""Void… in a row's right-click menu: who may void an entry, and the menu action that opens
the one VoidDialog (gui/workspace/forms.py) for it.

The entry is not deleted: ``services.voiding.void_entry`` keeps it in the history, struck
through, with who voided it and why, audits it, and leaves it out of every count, brief,
timeline and export. Only its author or a supervisor may; the menu offers Void… only to them
(:func:`void_refusal`), and the service checks again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from consular.gui.workspace.forms import VoidDialog
from consular.services import voiding
from consular.services.context import ServiceContext


def void_refusal(ctx: ServiceContext, entry) -> str | None:
    """Why ``entry`` (a contact, task, milestone or status view) cannot be voided by the user
    now, or None when it can."""
    if getattr(entry, "voided_at", None) is not None:
        return QCoreApplication.translate("void_dialog", "Already voided by {name}: {reason}").format(
            name=entry.voided_by, reason=entry.void_reason
        )
    author = getattr(entry, "recorded_by_id", None)
    if author is None:
        author = getattr(entry, "created_by_id", None)
    if author is None:
        author = getattr(entry, "added_by_id", None)  # a document
    if not voiding.can_void(ctx, author):
        if not ctx.actor.can_write:
            return QCoreApplication.translate("void_dialog", "Your access is read-only")
        return QCoreApplication.translate("void_dialog", "Only its author or a supervisor can void it")
    return None


def void_action(ctx: ServiceContext, parent, kind: str, entry, description: str, after) -> dict:
    """The row menu's Void… for ``entry``: ``RowActions`` keywords (the action, or why it is
    greyed out). ``after(result)`` runs once the entry is voided. ``description`` names the
    entry in the dialog ("milestone #12"), already translated."""
    refused = void_refusal(ctx, entry)
    if refused:
        return {"void_refused": refused}

    def open_dialog() -> VoidDialog:
        dialog = VoidDialog(ctx, kind, [(entry.id, description)], what=description, parent=parent)
        dialog.saved.connect(after)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    return {"void": open_dialog}


__all__ = ["VoidDialog", "void_action", "void_refusal"]
