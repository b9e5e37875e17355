"""Guard against the PySide6 6.12.0 reference leak on None.

On Python 3.11, PySide6 6.12.0 drops one reference to None on every call of a void
method. None is not immortal before Python 3.12, so after a few hundred thousand
calls (an afternoon of table refreshes and label updates) its count reaches zero
and the interpreter aborts in none_dealloc, losing whatever the caseworker was
typing. pyproject.toml pins PySide6-Essentials below 6.12; these tests fail loudly
if an environment ends up with a broken build anyway.
"""

import os
import subprocess
import sys
import textwrap

import PySide6

CALLS = 400_000

_SCRIPT = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    label = QLabel()
    texts = ("Case CA-2024-0001", "Case CA-2024-0002")
    before = sys.getrefcount(None)
    for i in range({CALLS}):
        label.setText(texts[i & 1])  # a void method: returns None
    after = sys.getrefcount(None)
    # A healthy binding leaves None's count where it was, give or take the few
    # references the interpreter itself takes; the broken one loses one per call.
    if before - after > 1000:
        print(f"None lost {{before - after}} references over {CALLS} calls")
        sys.exit(3)
    print("ok")
    """
)


def test_many_void_method_calls_do_not_crash_the_interpreter():
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, (
        f"{CALLS} QLabel.setText calls ended with exit code {result.returncode} "
        f"(a negative code is a signal: -6 is the none_dealloc abort)\n"
        f"stdout: {result.stdout}\nstderr: {result.stderr[-2000:]}"
    )
    assert result.stdout.strip().splitlines()[-1] == "ok"


def test_installed_pyside6_is_older_than_6_12():
    assert tuple(PySide6.__version_info__[:2]) < (6, 12), (
        f"PySide6 {PySide6.__version__} is installed; 6.12.0 drops a reference to None "
        "on every void method call on Python 3.11 and the app aborts in none_dealloc "
        "after a few hundred thousand calls. Install PySide6-Essentials<6.12 as "
        "pyproject.toml asks (pip install -e .)."
    )
