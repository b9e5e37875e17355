"""The case workspace: one case in tabs, and the Log contact dialog.

``CaseWorkspace(ctx, reference)`` is what the main window puts in a tab per open case.
It is imported on first use (``from consular.gui.workspace import CaseWorkspace``): the
workspace pulls in every tab (and reportlab, through the family letter), which the main
window does not need until a case is opened, while it imports the Log contact dialog's
module from this package at start-up.
"""

from __future__ import annotations

import importlib

__all__ = ["SECTIONS", "CaseWorkspace"]


def __getattr__(name: str):
    if name in __all__:
        return getattr(importlib.import_module("consular.gui.workspace.workspace"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
