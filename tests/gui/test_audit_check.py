"""The audit check at start: verify runs in the background when the window opens a database,
a red banner names what was tampered with, a status-bar note says when all is well."""

from __future__ import annotations

import sqlite3

import pytest
from gui_helpers import wait_for_ops

from consular.gui import security_actions
from consular.services import audit_chain

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def own_anchors(tmp_path, monkeypatch):
    """Anchors recorded by other tests (copies of one template share its chain id) stay out;
    the key that signed the demo template is still used when a test has its own config folder."""
    monkeypatch.setenv(audit_chain.KEY_FILE_ENV, str(audit_chain.key_file()))
    monkeypatch.setenv("CONSULAR_DATA_DIR", str(tmp_path / "data"))


def test_an_intact_trail_gives_a_note_and_no_banner(qtbot, window, gui_ctx):
    banner = window.audit_banner
    qtbot.waitUntil(lambda: banner.report is not None, timeout=20_000)
    assert banner.report.ok, audit_chain.summary(banner.report)
    assert not banner.isVisible()
    assert window.statusBar().currentMessage() == f"Audit trail verified ({banner.report.entries:,} entries)."
    assert banner.report.entries > 0


def test_a_forged_entry_raises_the_red_banner(qtbot, gui_ctx, private_config):
    from consular.gui.main_window import MainWindow

    connection = sqlite3.connect(gui_ctx.database.path)
    with connection:
        seq = connection.execute("SELECT seq FROM audit_entries WHERE action = 'contact.log' ORDER BY seq").fetchone()[
            0
        ]
        connection.execute('UPDATE audit_entries SET after = \'{"notes": "forged"}\' WHERE seq = ?', (seq,))
    connection.close()
    win = MainWindow(gui_ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    banner = win.audit_banner
    with qtbot.waitSignal(banner.checked, timeout=20_000) as signal:
        pass
    report = signal.args[0]
    assert not report.ok
    assert banner.isVisible()
    assert banner.text.text() == audit_chain.summary(report)
    assert banner.text.text().startswith("The audit trail was tampered with")
    assert f"#{seq}" in banner.text.text()
    assert "tampered" in win.statusBar().currentMessage()
    banner.show_details()
    assert banner._details is not None and f"#{seq}" in banner._details.detailedText()
    banner._details.close()
    wait_for_ops(qtbot)


def test_the_audit_trail_menu_is_for_supervisors_only(qtbot, window, gui_ctx):
    from consular.services.context import ServiceContext, actor_for
    from tests.demo_data import SUPERVISOR

    assert not window.audit_action.isEnabled()  # the demo's caseworker
    assert security_actions.open_audit_window(window) is None
    wait_for_ops(qtbot)
    window.set_context(ServiceContext(gui_ctx.database, actor_for(gui_ctx.database, SUPERVISOR)))
    assert window.audit_action.isEnabled()
    assert window.audit_action in window.menus["view"].actions()
    window.audit_action.trigger()
    dialog = window.audit_window
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.browser.model.total is not None, timeout=20_000)
    wait_for_ops(qtbot)
    assert dialog.browser.model.rowCount() > 0
    dialog.close()


def test_entries_signed_elsewhere_give_a_caution_not_a_tampering_alarm(qtbot, window, monkeypatch, tmp_path):
    """Another installation's key is not here: the hashes are checked but not the signatures.
    That is said plainly in the (yellow) banner, without calling it tampering."""
    monkeypatch.setenv(audit_chain.KEY_FILE_ENV, str(tmp_path / "no-such.key"))
    banner = window.audit_banner
    with qtbot.waitSignal(banner.checked, timeout=20_000) as signal:
        banner.start(window.ctx)
    report = signal.args[0]
    assert {p.kind for p in report.problems} == {"unverifiable"}
    assert banner.isVisible()
    assert banner.property("role") == "banner"
    assert banner.text.text().startswith("The audit trail could not be fully checked on this machine")
    assert "tampered" not in banner.text.text()
