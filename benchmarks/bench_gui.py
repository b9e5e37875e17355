"""The GUI at size: launch, the case list's first rows, Home filled, the biggest case, peak RSS.

Each measurement is a fresh process (nothing imported or cached from a previous one, apart
from the modules' bytecode, which one untimed run of each kind writes first, as an installed
copy has it):

- **app**: what ``consular`` (no command) does, through :func:`consular.gui.app.run`. With
  ``--sign-in dialog`` (the default) it signs in the way a person does: the sign-in dialog
  comes first, and once it is painted the password is typed into it key by key (one key every
  ``--type-ms`` ms, through QTest, as a keyboard sends them) and Enter pressed. What follows
  is measured from that Enter: signed in, the main window painted, the case list's first
  rows, Home filled (the dashboard's ``loaded``). The time the password took to type is not
  the app's, so "launch to Home filled" is not a figure of this mode; "launch to the sign-in
  dialog painted" is. With ``--sign-in password`` the password is given to ``run()`` (the path
  ``--demo`` takes: the main window first, the sign-in in the background, no dialog) and
  everything is measured from the process's start. Then it opens the biggest
  case (the one with the most contacts: the long wrongful-detention case ``run.py`` builds),
  shows each of its tabs in turn, waits for their data, and prints the process's peak RSS
  (``ru_maxrss``) after the case list and after the case. The Timeline tab reads its events
  when it is first shown: "Timeline tab: shown and loaded" is that wait, and "Timeline tab
  filled" (from the click that opened the case) includes the walk through the tabs before it.
- **bare** (the baseline, in the same run): Python, ``import sqlalchemy.orm`` and a bare
  PySide6 ``QMainWindow`` shown, to its first paint.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py --db DB [--password PW] [--runs 3]
        [--sign-in dialog|password] [--type-ms 120] [--data-dir DIR]
    xvfb-run -s '-screen 0 1600x1000x24' python benchmarks/bench_gui.py --db DB

``--db`` is a SQLite file or a ``postgresql://`` URL whose administrator is ``bench`` (the
password of ``run.py``'s synthetic database unless ``--password``); it signs in, so it writes
audit entries: never point it at a database that must stay untouched. Without ``--db`` a
throwaway database of ``--cases`` synthetic cases is built first. Figures are printed (with
the bare baseline and the ratio), never asserted. ``--data-dir`` keeps the children's data
folder between invocations (else a scratch one): its clean-close marker then spares the next
invocation's first run SQLite's quick check of the whole file (minutes at 100,000 cases), as
long as nothing else wrote the file in between.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BENCH_USER = "bench"
BENCH_PASSWORD = "benchmark password 1"  # run.py's synthetic database administrator (throwaway data)
MARK = "@@bench-gui "
WAIT_S = 600.0
# The child gives up when it is not signed in by then (a wrong password shows a dialog that
# nobody answers offscreen): the parent then reports the failure instead of waiting WAIT_S.
# CONSULAR_BENCH_SIGN_IN_S sets it: opening a 100,000-case file on a loaded machine takes
# longer when SQLite's quick_check runs (no clean-close marker in the scratch data folder).
SIGN_IN_S = float(os.environ.get("CONSULAR_BENCH_SIGN_IN_S", "120"))
_STARTED = time.time()


# --- the child processes ------------------------------------------------------------------------


def _mark(name: str, **extra) -> None:
    """One measurement point: wall-clock time (the parent subtracts its own start time)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)  # every thread's CPU time: what load cannot inflate
    cpu = (usage.ru_utime + usage.ru_stime) * 1000
    fields = {
        "mark": name,
        "at": time.time(),
        "cpu_ms": cpu,
        "rss_now_mb": _rss_now_mb(),
        "peak_mb": _rss_mb(),
        **extra,
    }
    print(MARK + json.dumps(fields), flush=True)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_now_mb() -> float:
    """Resident now (the peak includes Argon2id's 64 MiB at sign-in, freed right after)."""
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) / 1024
    except (OSError, StopIteration):
        return float("nan")


def _first_paint_filter(window, name: str):
    """An event filter that marks ``name`` at the first paint of ``window`` or of a widget in it."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    class FirstPaint(QObject):
        def __init__(self):
            super().__init__()
            self.done = False

        def eventFilter(self, obj, event):
            if (
                not self.done
                and event.type() == QEvent.Type.Paint
                and isinstance(obj, QWidget)
                and obj.window() is window
            ):
                self.done = True
                _mark(name)
            return False

    return FirstPaint()


def _dialog_paint_filter():
    """An event filter that marks "sign-in painted" at the first paint of a sign-in dialog and
    keeps that dialog in ``.dialog``."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    from consular.gui.sign_in_dialog import SignInDialog

    class DialogPaint(QObject):
        dialog = None

        def eventFilter(self, obj, event):
            if (
                self.dialog is None
                and event.type() == QEvent.Type.Paint
                and isinstance(obj, QWidget)
                and isinstance(obj.window(), SignInDialog)
            ):
                self.dialog = obj.window()
                _mark("sign-in painted")
            return False

    return DialogPaint()


def child_bare() -> int:
    import sqlalchemy.orm  # noqa: F401 - the baseline imports what the app needs to talk to a database
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    watcher = _first_paint_filter(window, "painted")
    app.installEventFilter(watcher)
    window.show()
    from PySide6.QtCore import QTimer

    def check() -> None:
        if watcher.done:
            window.close()
            app.quit()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(1)
    app.exec()
    _mark("done", rss_mb=_rss_mb())
    return 0


def child_app(target: str, password: str, reference: str | None, sign_in: str = "dialog", type_ms: float = 120) -> int:
    """Run the real app on ``target``; a timer on the GUI thread watches the window fill in
    (and, with ``sign_in`` "dialog", types the password into the sign-in dialog)."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    _mark("qt imported")
    app = QApplication(sys.argv[:1])  # run() reuses it; the watcher needs it before run() builds the window
    from consular.gui import app as gui_app
    from consular.gui import errors

    _mark("app imported")
    errors.non_blocking = True
    state: dict = {"window": None, "step": "launch", "case": None, "tabs": [], "started": 0.0}
    painted: dict = {}

    def once(key: str, name: str, **extra) -> None:
        if key not in painted:
            painted[key] = True
            _mark(name, **extra)

    class Watch:
        """Finds the main window as soon as it exists and follows what it shows."""

        filter = None

    def find_window():
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "main_window":
                return widget
        return None

    typing: dict = {"dialog": None, "keys": list(password), "last": 0.0}
    dialog_painted = _dialog_paint_filter()
    app.installEventFilter(dialog_painted)

    def type_password() -> None:
        """The sign-in dialog: once painted, one key every ``type_ms``, then Enter."""
        dialog = dialog_painted.dialog
        if dialog is None or time.time() - typing["last"] < type_ms / 1000:
            return
        field = dialog.form.password
        if typing["keys"]:
            QTest.keyClicks(field, typing["keys"].pop(0))
            typing["last"] = time.time()
            return
        typing["dialog"] = False  # done: the dialog is accepted and deleted after this
        _mark("password entered")
        QTest.keyClick(field, Qt.Key_Return)

    def tick() -> None:
        from consular.gui import ops

        if sign_in == "dialog" and typing["dialog"] is None:
            type_password()
        window = state["window"]
        if window is None:
            window = find_window()
            if window is None:
                return
            state["window"] = window
            Watch.filter = _first_paint_filter(window, "painted")
            app.installEventFilter(Watch.filter)
            window.dashboard.loaded.connect(lambda: once("home", "home filled"))
            _mark("window created")
        step = state["step"]
        if step == "launch" and window.ctx is None and time.time() - _STARTED > SIGN_IN_S:
            _mark("not signed in", seconds=SIGN_IN_S)
            print(f"not signed in after {SIGN_IN_S:.0f} s: is --password right?", file=sys.stderr)
            os._exit(3)
        if step == "launch":
            if window.ctx is not None:
                once("signed", "signed in")
            if window.case_list.model.rowCount() > 0:
                once("rows", "case list rows", rows=window.case_list.model.rowCount())
            if {"home", "rows"} <= painted.keys() and Watch.filter.done and ops.running() == 0:
                window.show_cases()
                state["step"] = "list"
        elif step == "list":
            if ops.running() == 0:
                _mark("case list shown", rss_mb=_rss_mb(), rss_now_mb=_rss_now_mb())
                state["step"] = "open"
                state["started"] = time.time()
                state["case"] = workspace = window.open_case(reference)
                # From the call that opens the case (what a double-click in the list does) to the
                # case's header and overview shown, and to the Timeline tab filled.
                started = state["started"]
                workspace.loaded.connect(lambda _d: once("shown", "case shown", since=started))
                workspace.timeline.loaded.connect(lambda _n: once("timeline", "timeline filled", since=started))
        elif step == "open":
            workspace = state["case"]
            if getattr(workspace, "detail", None) is not None and ops.running() == 0:
                _mark("case opened", rss_mb=_rss_mb(), since=state["started"])
                tabs = workspace.tabs
                state["tabs"] = [i for i in range(tabs.count()) if tabs.isTabVisible(i)]
                state["step"] = "tabs"
                state["tab"] = None
        elif step == "tabs":
            workspace = state["case"]
            if state["tab"] is not None:
                if ops.running():
                    return
                name = workspace.tabs.tabText(state["tab"])
                _mark(f"tab {name}", since=state["started"], rss_mb=_rss_mb())
            if not state["tabs"]:
                state["step"] = "done"
                _mark("case and tabs", rss_mb=_rss_mb(), rss_now_mb=_rss_now_mb())
                window.close()
                return
            state["tab"] = state["tabs"].pop(0)
            state["started"] = time.time()
            workspace.tabs.setCurrentIndex(state["tab"])

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(2)
    code = gui_app.run(target, user=BENCH_USER, password=password if sign_in == "password" else None, remember=False)
    _mark("done", rss_mb=_rss_mb(), code=code)
    return 0


# --- the parent ---------------------------------------------------------------------------------


def _spawn(args: list[str], env: dict) -> dict[str, dict]:
    """Run one child; its marks, with ``ms`` since the child was started."""
    started = time.time()
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=WAIT_S,
    )
    marks: dict[str, dict] = {}
    for line in result.stdout.decode(errors="replace").splitlines():
        if line.startswith(MARK):
            item = json.loads(line[len(MARK) :])
            item["ms"] = (item["at"] - item.pop("since", started)) * 1000
            marks.setdefault(item["mark"], item)
    if result.returncode or "done" not in marks:
        tail = result.stderr.decode(errors="replace")[-3000:]
        raise SystemExit(f"the {args[1]} child failed (exit {result.returncode}):\n{tail}")
    return marks


def _biggest_case(target: str) -> str:
    """The case with the most contacts (read only)."""
    from sqlalchemy import create_engine, text

    url = target if "://" in target else f"sqlite:///file:{target}?mode=ro&uri=true"
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(
                text(
                    "SELECT c.reference FROM cases c JOIN (SELECT case_id, count(*) AS n FROM contact_entries "
                    "GROUP BY case_id ORDER BY n DESC LIMIT 1) big ON big.case_id = c.id"
                )
            ).scalar_one()
    finally:
        engine.dispose()


def _throwaway(cases: int, folder: Path) -> str:
    from consular.db.engine import open_database
    from consular.db.migrate import ensure_schema
    from consular.seeding.synthetic import generate
    from consular.services import accounts

    path = folder / "bench-gui.db"
    database = open_database(path)
    try:
        ensure_schema(database)
        accounts.init_database(database, BENCH_USER, BENCH_PASSWORD)
        generate(database, cases=cases, seed=1, username=BENCH_USER, long_case_events=max(500, 2 * cases))
    finally:
        database.dispose()
    return str(path)


def _figure(name: str, value: float, unit: str = "ms", baseline: float | None = None, cpu: float | None = None) -> None:
    ratio = f" ({value / baseline:.2f}x the bare {baseline:,.0f} {unit})" if baseline else ""
    spent = f" [CPU {cpu:,.0f} ms]" if cpu is not None else ""
    print(f"{name}: {value:,.1f} {unit}{ratio}{spent}")
    out = os.environ.get("CONSULAR_BENCH_FIGURES")
    if out:
        with open(out, "a") as f:
            f.write(json.dumps({"name": name, "value": round(value, 1), "unit": unit, "baseline": baseline}) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=os.environ.get("CONSULAR_BENCH_DB"), help="SQLite file or postgresql:// URL")
    parser.add_argument("--password", default=BENCH_PASSWORD, help="the password of 'bench'")
    parser.add_argument("--case", help="the case to open (default: the one with the most contacts)")
    parser.add_argument("--cases", type=int, default=300, help="cases to generate when no --db is given")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes of each kind (medians printed)")
    parser.add_argument(
        "--sign-in",
        choices=("dialog", "password"),
        default="dialog",
        help="type the password into the sign-in dialog (default), or give it to run() as --demo does",
    )
    parser.add_argument("--type-ms", type=float, default=120.0, help="ms between two keys typed into the dialog")
    parser.add_argument("--data-dir", help="the children's data folder, kept between invocations (default: scratch)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="consular-bench-gui-") as scratch:
        home = Path(scratch)
        target = args.db or _throwaway(args.cases, home)
        reference = args.case or _biggest_case(target)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen: offscreen (under xvfb-run: the X server)
        for name in ("data", "config", "xdg-config", "xdg-data", "xdg-cache", "xdg-state", "xdg-runtime"):
            (home / name).mkdir(mode=0o700)
        data = Path(args.data_dir).resolve() if args.data_dir else home / "data"
        data.mkdir(mode=0o700, parents=True, exist_ok=True)
        if "://" not in target:
            # The daily backup (a copy of the whole file at the day's first start: 11 GB at
            # 100,000 cases) is not what is measured: the measured runs found the one the
            # untimed run made. Marked as made, so that no run copies the file.
            from consular.domain.clock import wall_now

            (data / "backups").mkdir(mode=0o700, exist_ok=True)
            (data / "backups" / f"{Path(target).stem}-{wall_now():%Y%m%d}.db").touch()
        # The user's own settings, recent files and logs stay untouched; each run starts as a first launch.
        env |= {
            "CONSULAR_DATA_DIR": str(data),
            "CONSULAR_CONFIG_DIR": str(home / "config"),
            "XDG_CONFIG_HOME": str(home / "xdg-config"),
            "XDG_DATA_HOME": str(home / "xdg-data"),
            "XDG_CACHE_HOME": str(home / "xdg-cache"),
            "XDG_STATE_HOME": str(home / "xdg-state"),
            "XDG_RUNTIME_DIR": str(home / "xdg-runtime"),
        }
        # Bytecode as an installed copy has it: pip compiles a package when it installs it, but
        # a checkout run with PYTHONDONTWRITEBYTECODE (CI sets it) would compile every module
        # of consular at each start (about 0.3 s of a 1.2 s launch). Written to the scratch
        # folder by one untimed run of each kind, read by the measured ones.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
        print(
            f"Database: {target}; biggest case {reference}; {args.runs} fresh processes of each kind; "
            f"sign-in: {args.sign_in}" + (f", one key every {args.type_ms:.0f} ms" if args.sign_in == "dialog" else "")
        )
        app_args = ["--child", "app", "--db", target, "--password", args.password, "--case", reference]
        app_args += ["--sign-in", args.sign_in, "--type-ms", str(args.type_ms)]
        _spawn(["--child", "bare"], env)
        _spawn(app_args, env)
        bare, apps = [], []
        load = os.getloadavg()
        for _ in range(args.runs):  # interleaved, so a change of load hits both alike
            bare.append(_spawn(["--child", "bare"], env))
            apps.append(_spawn(app_args, env))

    def median(runs, mark, key="ms"):
        values = [r[mark][key] for r in runs if mark in r]
        return statistics.median(values) if values else float("nan")

    def cpu(runs, mark):
        return median(runs, mark, "cpu_ms")

    def since(runs, mark, before):  # CPU spent between two marks
        values = [r[mark]["cpu_ms"] - r[before]["cpu_ms"] for r in runs if mark in r and before in r]
        return statistics.median(values) if values else float("nan")

    def after(runs, mark, before):  # wall-clock between two marks
        values = [(r[mark]["at"] - r[before]["at"]) * 1000 for r in runs if mark in r and before in r]
        return statistics.median(values) if values else float("nan")

    bare_paint = median(bare, "painted")
    print()
    print(f"load average before the runs: {load[0]:.2f}, after: {os.getloadavg()[0]:.2f}")
    print("Wall-clock from the process's start; [CPU] is the process's own CPU time so far (all threads).")
    _figure("bare PySide6 window + SQLAlchemy: first paint", bare_paint, cpu=cpu(bare, "painted"))
    if args.sign_in == "dialog":
        _figure(
            "launch to the sign-in dialog painted",
            median(apps, "sign-in painted"),
            baseline=bare_paint,
            cpu=cpu(apps, "sign-in painted"),
        )
        _figure(
            "  typing the password (not the app's time)",
            after(apps, "password entered", "sign-in painted"),
            cpu=since(apps, "password entered", "sign-in painted"),
        )
        for mark in ("signed in", "painted", "case list rows", "home filled"):
            name = "main window painted" if mark == "painted" else mark
            _figure(
                f"Enter pressed to {name}",
                after(apps, mark, "password entered"),
                cpu=since(apps, mark, "password entered"),
            )
    else:
        _figure(
            "launch to a painted main window", median(apps, "painted"), baseline=bare_paint, cpu=cpu(apps, "painted")
        )
        for mark in ("app imported", "window created", "signed in", "case list rows", "home filled"):
            _figure(f"launch to {mark}", median(apps, mark), cpu=cpu(apps, mark))
    for mark, name in (("case shown", "header and overview shown"), ("timeline filled", "Timeline tab filled")):
        _figure(f"open the biggest case: {name}", median(apps, mark), cpu=since(apps, mark, "case list shown"))
    _figure(
        "open the biggest case: every load finished",
        median(apps, "case opened"),
        cpu=since(apps, "case opened", "case list shown"),
    )
    tab_marks = [m for m in apps[0] if m.startswith("tab ")]
    previous = "case opened"
    for mark in tab_marks:
        _figure(f"  {mark[4:]} tab: shown and loaded", median(apps, mark), cpu=since(apps, mark, previous))
        previous = mark
    _figure("peak RSS, bare window", median(bare, "done", "rss_mb"), "MB")
    _figure("peak RSS after the case list", median(apps, "case list shown", "rss_mb"), "MB")
    _figure("peak RSS after the biggest case and its tabs", median(apps, "case and tabs", "rss_mb"), "MB")
    _figure("RSS now, when signed in", median(apps, "signed in", "rss_now_mb"), "MB")
    _figure("RSS now, when Home is filled", median(apps, "home filled", "rss_now_mb"), "MB")
    _figure("RSS now, after the case list", median(apps, "case list shown", "rss_now_mb"), "MB")
    _figure("RSS now, after the biggest case and its tabs", median(apps, "case and tabs", "rss_now_mb"), "MB")
    return 0


if __name__ == "__main__":
    if sys.argv[1:3] == ["--child", "bare"]:
        sys.exit(child_bare())
    if sys.argv[1:3] == ["--child", "app"]:
        child = argparse.ArgumentParser()
        child.add_argument("--child")
        child.add_argument("--db")
        child.add_argument("--password")
        child.add_argument("--case")
        child.add_argument("--sign-in", default="dialog")
        child.add_argument("--type-ms", type=float, default=120.0)
        parsed = child.parse_args()
        sys.exit(child_app(parsed.db, parsed.password, parsed.case, parsed.sign_in, parsed.type_ms))
    sys.exit(main())
