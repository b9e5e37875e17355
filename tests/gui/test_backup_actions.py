"""File › Back up now…, File › Restore… and the daily backup, driven through the main window;
the files they write are read back with sqlite3."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from gui_helpers import wait_for_ops

from consular.gui import backup_actions, settings
from consular.services import backup
from tests.demo_data import KAYES

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path, monkeypatch):
    """Backups and viewer copies of this test only: other tests look for the latest backup."""
    monkeypatch.setenv("CONSULAR_DATA_DIR", str(tmp_path / "data"))


def _references(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT reference FROM cases ORDER BY reference")]
    finally:
        conn.close()


def test_back_up_now_writes_a_copy_that_reads_back(window, qtbot, tmp_path, non_blocking_dialogs):
    assert window.backup_action in window.menus["file"].actions()
    assert window.restore_action in window.menus["file"].actions()
    out = tmp_path / "manual.bak"
    backup_actions.back_up_now(window, out)
    qtbot.waitUntil(lambda: out.exists() and any("Backed up to" in t for _k, t in non_blocking_dialogs), timeout=20_000)
    assert KAYES in _references(out)
    assert _references(out) == _references(window.ctx.database.path)


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
    # The second start of the day makes none.
    backup_actions.run_daily_backup(window)
    wait_for_ops(qtbot)
    assert window.last_daily_backup is None


def test_a_damaged_backup_is_refused_and_says_why(window, qtbot, tmp_path, non_blocking_dialogs):
    bad = tmp_path / "bad.bak"
    good = tmp_path / "good.bak"
    backup.backup(window.ctx.database, good)
    data = bytearray(good.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 16 * 4096] = b"\xa5" * (16 * 4096)  # trample sixteen pages
    bad.write_bytes(bytes(data))
    target = window.ctx.database.path
    before = target.read_bytes()
    backup_actions.restore(window, bad)
    qtbot.waitUntil(lambda: window.last_restore_report is not None, timeout=20_000)
    assert not window.last_restore_report.ok
    assert any("did not verify" in t for _k, t in non_blocking_dialogs)
    assert window.ctx is not None  # still open, untouched
    assert target.read_bytes() == before


def test_restore_verifies_then_puts_the_backup_back(window, qtbot, tmp_path, non_blocking_dialogs):
    good = tmp_path / "good.bak"
    backup.backup(window.ctx.database, good)
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
