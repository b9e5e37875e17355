"""The case workspace counts "ago" by the service clock (the demo's day, --as-of), as Home
does: the demo's Kayes case said "last contact 492 days ago" under a banner saying it is
shown as of 21 October 2025."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from gui_helpers import wait_for_ops

from consular.domain.clock import FixedClock
from consular.domain.timeutil import humanize_ago
from consular.services.context import ServiceContext
from tests.demo_data import KAYES

pytestmark = pytest.mark.gui

DEMO_DAY = datetime(2025, 7, 26, 10, 0, tzinfo=UTC)  # a day after the case's last contact


def test_the_workspace_says_ago_by_the_service_clock(gui_ctx, qtbot, private_config):
    from consular.gui.workspace import CaseWorkspace

    ctx = ServiceContext(gui_ctx.database, gui_ctx.actor, gui_ctx.settings, FixedClock(DEMO_DAY, read_only=False))
    ws = CaseWorkspace(ctx, KAYES)
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    qtbot.waitUntil(lambda: ws.detail is not None, timeout=20_000)
    wait_for_ops(qtbot)
    last = ws.detail.last_contact_at
    by_clock, by_wall = humanize_ago(last, DEMO_DAY), humanize_ago(last)
    assert by_clock != by_wall
    assert f"last contact {by_clock}" in ws.subtitle.text()
    assert by_wall not in ws.subtitle.text()
    assert by_clock in ws.overview.last_contact.text()
    ws.show_section("contacts")
    ws.contacts.table.selectRow(0)
    qtbot.waitUntil(lambda: "When" in ws.contacts.detail.toPlainText(), timeout=10_000)
    first = ws.contacts.current_contact()
    assert humanize_ago(first.occurred_at, DEMO_DAY) in ws.contacts.detail.toPlainText()
    wait_for_ops(qtbot)
