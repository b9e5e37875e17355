"""Helpers for the GUI tests (importable from test modules; fixtures live in conftest.py)."""

from __future__ import annotations

OPS_TIMEOUT_MS = 20_000


def wait_for_ops(qtbot, timeout: int = OPS_TIMEOUT_MS) -> None:
    """Until every background operation has delivered its result."""
    from consular.gui import ops

    qtbot.waitUntil(lambda: ops.running() == 0, timeout=timeout)
