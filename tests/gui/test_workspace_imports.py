"""Opening a case does not load what only an output needs (issue 13: peak RSS < 250 MB).

reportlab's page layout (``reportlab.platypus``, about 5 MB resident with its fonts and
styles) is what the family letter writes with; a case opened to be read never makes one.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_case_workspace_imports_no_pdf_layout():
    code = (
        "import sys\n"
        "import consular.gui.workspace.workspace\n"
        "print(sorted(m for m in sys.modules if m.startswith(('reportlab.platypus', 'consular.reports.family'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_family_letter_dialog_still_opens_its_writer():
    code = (
        "import sys\n"
        "from consular.gui.workspace.family_letter_dialog import FamilyLetterDialog\n"
        "print('reportlab.platypus' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "True"


def test_a_case_shown_lets_go_of_the_source_lines_read_at_import(gui_ctx, qtbot, private_config):
    """PySide6's import hook reads the whole source of every module imported after it (to see
    whether it uses PySide6): ~24 MB of lines in ``linecache`` by the time a case is open."""
    import linecache

    from gui_helpers import wait_for_ops

    from consular.gui.workspace import CaseWorkspace
    from tests.demo_data import KAYES

    assert linecache.getlines(__file__)  # as the hook leaves a module it checked
    ws = CaseWorkspace(gui_ctx, KAYES)
    qtbot.addWidget(ws)
    ws.show()
    qtbot.waitUntil(lambda: ws.detail is not None, timeout=20_000)
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: __file__ not in linecache.cache, timeout=5_000)
