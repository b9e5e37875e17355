"""The status bar says truthfully whether the open file is encrypted; a damaged file opens
read-only under a red banner that says what is wrong and offers the latest backup."""

from __future__ import annotations

import pytest
from gui_helpers import wait_for_ops

from consular.db import cipher, engine
from consular.services import at_rest, backup
from consular.services import database as database_service
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import ADMIN

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path, monkeypatch):
    """Backups and viewer copies of this test only: other tests look for the latest backup."""
    monkeypatch.setenv("CONSULAR_DATA_DIR", str(tmp_path / "data"))


def test_a_plaintext_file_says_not_encrypted(window, qtbot):
    qtbot.waitUntil(lambda: window.encryption_label.text() == "Not encrypted", timeout=10_000)
    assert window.encryption_label.isVisible()
    assert window.encryption_label.property("overdue") is True
    assert not window.damage_banner.isVisible()


def test_an_encrypted_file_says_encrypted(window, qtbot, demo_path, tmp_path):
    encrypted = tmp_path / "enc.db"
    key = at_rest.new_database_key(encrypted)
    cipher.export(demo_path, None, encrypted, key)
    database = engine.open_database(encrypted, key=key)
    try:
        window.set_context(ServiceContext(database, window.ctx.actor))
        qtbot.waitUntil(lambda: window.encryption_label.text() == "Encrypted", timeout=10_000)
        assert not window.encryption_label.property("overdue")
        wait_for_ops(qtbot)
    finally:
        window.set_context(None)
        wait_for_ops(qtbot)
        database.dispose()


def test_a_damaged_file_opens_read_only_under_a_red_banner_offering_the_backup(window, qtbot, tmp_path):
    good = tmp_path / "cases.db"
    admin = actor_for(window.ctx.database, ADMIN)  # backing up to a file and restoring are an administrator's
    backup.backup(window.ctx.with_actor(admin), good)
    kept = backup.backup(window.ctx.with_actor(admin), tmp_path / "cases.db.20260101T000000Z.bak").path
    data = bytearray(good.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 16 * 4096] = b"\xa5" * (16 * 4096)
    good.write_bytes(bytes(data))
    opened = database_service.open_database(str(good), sign_in=False)
    try:
        assert opened.damage is not None
        window.set_context(ServiceContext(opened.database, admin))
        qtbot.waitUntil(window.damage_banner.isVisible, timeout=10_000)
        text = window.damage_text.text()
        assert "read-only" in text and "damaged" in text and str(kept) in text
        assert window.damage_banner.property("role") == "danger-banner"
        assert window.damage_restore.isVisible()
        window.damage_restore.click()
        qtbot.waitUntil(lambda: window.last_restore_report is not None, timeout=20_000)
        assert window.last_restore_report.ok
        wait_for_ops(qtbot)
    finally:
        window.set_context(None)
        wait_for_ops(qtbot)
        opened.database.dispose()
