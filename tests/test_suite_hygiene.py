"""The test suite's own house rules: GUI tests live in tests/gui/ and carry the gui mark, and
`pytest -m "not gui"` (the run for machines without a display or without Qt) loads no Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

_COLLECT = textwrap.dedent(
    """
    import json, sys
    import pytest

    class Names:
        def __init__(self):
            self.ids = []

        def pytest_collection_finish(self, session):
            self.ids = [item.nodeid for item in session.items]

    names = Names()
    rc = pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", "-m", sys.argv[1], "tests"], plugins=[names])
    qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
    print(json.dumps({"rc": int(rc), "ids": names.ids, "qt": qt}))
    """
)


@pytest.fixture(scope="module")
def collected() -> dict[str, dict]:
    """Both collections, each in a fresh interpreter; run at once (the suite runs on one core
    of two, and each collection imports every test module: about 10 s)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONSTARTUP"}
    runs = {
        markexpr: subprocess.Popen(
            [sys.executable, "-c", _COLLECT, markexpr],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for markexpr in ("not gui", "gui")
    }
    reports = {}
    for markexpr, run in runs.items():
        try:
            out, err = run.communicate(timeout=300)
        finally:
            run.kill()
        assert run.returncode == 0, out[-2000:] + err[-2000:]
        reports[markexpr] = json.loads(out.strip().splitlines()[-1])
    return reports


def test_collecting_the_non_gui_tests_loads_no_qt(collected):
    report = collected["not gui"]
    assert report["rc"] == 0
    assert report["ids"], "no tests collected"
    assert not [i for i in report["ids"] if i.startswith("tests/gui/")]
    assert report["qt"] == [], f"Qt was imported while collecting -m 'not gui': {report['qt'][:5]}"


def test_every_gui_test_lives_in_tests_gui_and_is_marked(collected):
    report = collected["gui"]
    assert report["rc"] == 0
    assert report["ids"]
    assert [i for i in report["ids"] if not i.startswith("tests/gui/")] == []
    on_disk = {p.relative_to(ROOT).as_posix() for p in (ROOT / "tests" / "gui").glob("test_*.py")}
    assert {i.split("::")[0] for i in report["ids"]} == on_disk
