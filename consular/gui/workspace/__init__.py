"""The case workspace: one case in tabs, and the Log contact dialog.

``CaseWorkspace(ctx, reference)`` is what the main window puts in a tab per open case.
"""

from consular.gui.workspace.workspace import SECTIONS, CaseWorkspace

__all__ = ["SECTIONS", "CaseWorkspace"]
