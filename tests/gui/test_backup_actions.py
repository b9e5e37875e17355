"""File › Back up now…, File › Restore… and the daily backup, driven through the main window;
the files they write are read back with sqlite3 (SQLCipher for an encrypted one)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from gui_helpers import wait_for_ops
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from consular.db import cipher, keyslots
from consular.db.engine import open_database
from consular.db.migrate import ensure_schema
from consular.gui import backup_actions, settings
from consular.services import at_rest, backup
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import ADMIN, KAYES

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path, monkeypatch):
    """Backups and viewer copies of this test only: other tests look for the latest backup."""
    monkeypatch.setenv("CONSULAR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv(keyslots.PROFILE_ENV, "test")  # cheap Argon2 for the backups' key slots


@pytest.fixture
def admin_window(demo_path, qtbot, private_config):
    """The main window on a copy of the demo, signed in as its administrator."""
    from consular.gui.main_window import MainWindow

    database = open_database(demo_path)
    ensure_schema(database)
    win = MainWindow(ServiceContext(database, actor_for(database, ADMIN)))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    wait_for_ops(qtbot)
    yield win
    wait_for_ops(qtbot)
    for dialog in list(win._dialogs):
        dialog.close()
    if win.ctx is not None:
        win.ctx.database.dispose()
    database.dispose()


def _references(path: Path, key: bytes | None = None) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True) if key is None else cipher.connect(path, key)
    try:
        return [r[0] for r in conn.execute("SELECT reference FROM cases ORDER BY reference")]
    finally:
        conn.close()


def _settled_bytes(window, qtbot, path: Path) -> bytes:
    """The database file's bytes once nothing is left to move into it: the window's work done
    and its write-ahead log checkpointed, so the background checkpointer cannot change the
    file later by folding in writes made before this point."""
    wait_for_ops(qtbot)
    with window.ctx.database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return path.read_bytes()


def _audit(path: Path, key: bytes | None, action: str) -> list[dict]:
    conn = cipher.connect(path, key)
    try:
        rows = conn.execute(
            "SELECT a.after, u.username FROM audit_entries a JOIN users u ON u.id = a.actor_id WHERE a.action = ?",
            (action,),
        ).fetchall()
    finally:
        conn.close()
    return [{**json.loads(after), "by": who} for after, who in rows]


def test_back_up_now_writes_a_copy_that_reads_back(admin_window, qtbot, tmp_path, non_blocking_dialogs):
    window = admin_window
    assert window.backup_action in window.menus["file"].actions()
    assert window.restore_action in window.menus["file"].actions()
    out = tmp_path / "manual.bak"
    backup_actions.back_up_now(window, out)
    qtbot.waitUntil(lambda: out.exists() and any("Backed up to" in t for _k, t in non_blocking_dialogs), timeout=20_000)
    assert KAYES in _references(out)
    assert _references(out) == _references(window.ctx.database.path)
    [entry] = _audit(window.ctx.database.path, None, "database.backup")
    assert entry["by"] == ADMIN and entry["file"] == str(out) and entry["size"] == out.stat().st_size


def test_a_caseworker_is_told_backups_to_a_file_are_for_supervisors(window, tmp_path, non_blocking_dialogs):
    out = tmp_path / "manual.bak"
    assert backup_actions.back_up_now(window, out) is None
    assert not out.exists()
    assert any("Only supervisors and administrators" in t for _k, t in non_blocking_dialogs)
    assert backup_actions.restore(window, out) is None
    assert any("Only an administrator may restore" in t for _k, t in non_blocking_dialogs)


def test_daily_backup_keeps_the_newest_n(window, qtbot, monkeypatch):
    settings.put(settings.DAILY_BACKUPS_KEPT, 2)
    folder = backup.backups_dir()
    stem = window.ctx.database.path.stem
    for day in ("20200101", "20200102", "20200103"):
        (folder / f"{stem}-{day}.db").write_bytes(b"old")
    backup_actions.run_daily_backup(window)
    wait_for_ops(qtbot)
    today = folder / f"{stem}-{datetime.now(UTC).strftime('%Y%m%d')}.db"
    assert window.last_daily_backup is not None and window.last_daily_backup.path == today
    assert KAYES in _references(today)
    assert sorted(p.name for p in folder.glob(f"{stem}-*.db")) == [f"{stem}-20200103.db", today.name]
    # Made as the caseworker who signed in first, and audited as the daily backup.
    [entry] = _audit(window.ctx.database.path, None, "database.daily_backup")
    assert entry["by"] == window.ctx.actor.username and entry["file"] == str(today)
    # The second start of the day makes none.
    backup_actions.run_daily_backup(window)
    wait_for_ops(qtbot)
    assert window.last_daily_backup is None


def test_a_damaged_backup_is_refused_and_says_why(admin_window, qtbot, tmp_path, non_blocking_dialogs):
    window = admin_window
    bad = tmp_path / "bad.bak"
    good = tmp_path / "good.bak"
    backup.backup(window.ctx, good)
    data = bytearray(good.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 16 * 4096] = b"\xa5" * (16 * 4096)  # trample sixteen pages
    bad.write_bytes(bytes(data))
    target = window.ctx.database.path
    before = _settled_bytes(window, qtbot, target)
    backup_actions.restore(window, bad)
    qtbot.waitUntil(lambda: window.last_restore_report is not None, timeout=20_000)
    assert not window.last_restore_report.ok
    assert any("did not verify" in t for _k, t in non_blocking_dialogs)
    assert window.ctx is not None  # still open, untouched
    assert target.read_bytes() == before


def test_restore_verifies_then_puts_the_backup_back(admin_window, qtbot, tmp_path, non_blocking_dialogs):
    window = admin_window
    good = tmp_path / "good.bak"
    backup.backup(window.ctx, good)
    target = window.ctx.database.path
    backup_actions.restore(window, good, confirm=False)
    qtbot.waitUntil(
        lambda: any("Backup restored" in k or "Restored" in t for k, t in non_blocking_dialogs), timeout=20_000
    )
    assert window.last_restore_report.ok
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=20_000)
    wait_for_ops(qtbot)
    assert KAYES in _references(target)
    assert list(target.parent.glob(f"{target.name}.replaced-*"))
    [entry] = _audit(target, None, "database.restore")
    assert entry["by"] == ADMIN and entry["from"] == str(good)


def _click_unlock(dialog, qtbot, password: str) -> None:
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)


def test_a_backup_made_under_another_key_asks_for_its_password_verifies_and_says_what_happens(
    admin_window, qtbot, demo_path, tmp_path, non_blocking_dialogs
):
    window = admin_window
    target = window.ctx.database.path
    # Another database, encrypted under its own key, with its own slots (the admin's password then).
    other = tmp_path / "elsewhere" / "other.db"
    other.parent.mkdir()
    shutil.copyfile(demo_path, other)
    at_rest.encrypt_database(other, ADMIN, "the password back then")
    other_key = keyslots.unlock(other, ADMIN, "the password back then")
    database = open_database(other, key=other_key)
    try:
        other_ctx = ServiceContext(database, actor_for(database, ADMIN))
        # A first backup's audit entry is signed with this machine's audit key: the demo template's
        # entries were signed with another installation's, which this machine cannot check.
        backup.backup(other_ctx, tmp_path / "first.bak")
        made = backup.backup(other_ctx, tmp_path / "other.bak")
    finally:
        database.dispose()
    before = _settled_bytes(window, qtbot, target)

    backup_actions.restore(window, made.path)
    qtbot.waitUntil(lambda: window.backup_password_dialog is not None and window.backup_password_dialog.isVisible())
    dialog = window.backup_password_dialog
    # A wrong password unlocks nothing and replaces nothing; the dialog says why and stays.
    _click_unlock(dialog, qtbot, "today's password")
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=20_000)
    assert "Wrong user name or password" in dialog.message.text()
    assert window.last_restore_report is None
    assert target.read_bytes() == before
    # The password the backup's slots were made with opens it; it is verified before anything else.
    _click_unlock(dialog, qtbot, "the password back then")
    qtbot.waitUntil(lambda: window.last_restore_report is not None, timeout=20_000)
    assert window.last_restore_report.ok, (window.last_restore_report.problems, non_blocking_dialogs)
    qtbot.waitUntil(lambda: window.restore_question is not None, timeout=20_000)
    question = window.restore_question.text()
    assert "check out" in question and "Audit trail intact" in question
    assert f"'{target.name}' is closed and replaced" in question and ".replaced-" in question
    assert "passwords it had then" in question
    assert target.read_bytes() == before  # asked, not done
    yes = window.restore_question.button(QMessageBox.Yes)
    qtbot.mouseClick(yes, Qt.LeftButton)
    qtbot.waitUntil(
        lambda: any("Backup restored" in k or "Restored" in t for k, t in non_blocking_dialogs), timeout=20_000
    )
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=20_000)
    wait_for_ops(qtbot)
    # The database is now the backup, under the backup's key; the plaintext file it replaced is kept.
    assert cipher.file_kind(target) == "encrypted"
    assert keyslots.unlock(target, ADMIN, "the password back then") == other_key
    assert KAYES in _references(target, other_key)
    [replaced] = target.parent.glob(f"{target.name}.replaced-*")
    assert cipher.file_kind(replaced) == "plaintext" and KAYES in _references(replaced)
    [entry] = _audit(target, other_key, "database.restore")
    assert entry["by"] == ADMIN and entry["from"] == str(made.path) and entry["backup_head"] == made.head
    assert window.ctx.database.key == other_key
