"""A document opened for viewing is a decrypted copy in a private folder (0700, file 0600)
that is wiped when its case closes, when the app quits and at the next start."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from gui_helpers import wait_for_ops

from consular.gui import viewer_files
from consular.services import documents
from tests.demo_data import KAYES

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path, monkeypatch):
    """Backups and viewer copies of this test only: other tests look for the latest backup."""
    monkeypatch.setenv("CONSULAR_DATA_DIR", str(tmp_path / "data"))


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_opened_document_is_private_and_wiped_when_its_tab_goes(qtbot, case_workspace, gui_ctx, monkeypatch, tmp_path):
    ws = case_workspace
    source = tmp_path / "note-verbale.txt"
    source.write_bytes(b"Note verbale: passport P7654321")
    doc = documents.attach_file(gui_ctx, KAYES, source)
    tab = ws.documents
    tab.reload(select_id=doc.id)
    wait_for_ops(qtbot)
    opened = []
    monkeypatch.setattr(
        "consular.gui.workspace.documents_tab.QDesktopServices.openUrl",
        lambda url: opened.append(Path(url.toLocalFile())) or True,
    )
    assert tab.select_document(doc.id)
    tab.open_current()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20_000)
    copy = opened[0]
    assert copy.read_bytes() == source.read_bytes()
    assert copy.is_relative_to(viewer_files.root())
    assert _mode(copy) == 0o600
    assert _mode(copy.parent) == 0o700
    assert _mode(viewer_files.root()) == 0o700

    tab.deleteLater()  # its case closes
    qtbot.waitUntil(lambda: not copy.exists(), timeout=5_000)
    assert not copy.parent.exists()


def test_a_left_over_folder_is_wiped_at_start(qtbot):
    left = viewer_files.write_copy(991, "scan.pdf", b"%PDF-1.4 decrypted")
    (left.parent / "stray").write_bytes(b"x")
    assert left.exists()
    assert viewer_files.wipe() == 1  # what run() does before the window shows
    assert not viewer_files.root().exists()
    assert not left.exists()
