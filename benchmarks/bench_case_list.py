"""The case list on a big database: is the window still smooth?

Measures, on the database named by ``--db`` (or ``CONSULAR_BENCH_DB``; without either, a
throwaway one with ``--cases`` synthetic cases):

- the services behind the list: count, the first page in every sort order, a deep page,
  and a few searches as the list runs them (``matching_cases``, then ``explain_cases`` for the
  first screenful; these run in worker threads);
- the GUI thread: the longest gap between event-loop ticks while the real ``CaseListView``
  loads, is scrolled to the end page after page, is re-sorted, and is searched while
  "typing" one character every 120 ms. A gap is time the window could not repaint or take
  a key; under ~50 ms feels instant.

    consular --db /tmp/big.db db upgrade                         # once: creates the file
    consular --db /tmp/big.db seed synthetic --cases 100000      # once, ~25 min
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_case_list.py --db /tmp/big.db

Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

WHY_FIRST = 50  # consular.gui.case_table.WHY_FIRST (not imported here: services() runs without Qt)


def _timed(fn, repeat: int = 3) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best * 1000, result


def services(ctx) -> None:
    from consular.domain.filters import SORT_KEYS, CaseFilter
    from consular.services import cases, search

    ms, total = _timed(lambda: cases.count_cases(ctx))
    print(f"count_cases: {total:,} cases in {ms:.1f} ms")
    for key in SORT_KEYS:
        for descending in (False, True):
            ms, rows = _timed(lambda k=key, d=descending: cases.list_cases(ctx, sort=k, descending=d, limit=200))
            print(f"  first page by {key:<16} {'desc' if descending else 'asc ':<4}: {ms:7.1f} ms ({len(rows)} rows)")
    ms, _ = _timed(lambda: cases.list_cases(ctx, offset=max(0, total - 400), limit=200))
    print(f"  page at offset {max(0, total - 400):,} (default order): {ms:.1f} ms")
    ms, _ = _timed(lambda: cases.count_cases(ctx, CaseFilter(statuses=["active"])))
    print(f"  count with a status filter: {ms:.1f} ms")
    for text in ("kayes", "hostage", "gendarmerie", "sha", "zzyzx"):
        # As the case list runs it: the matching cases, then the "why" of the first screenful only.
        ms, found = _timed(lambda t=text: search.matching_cases(ctx, t), repeat=2)
        why_ms, _ = _timed(
            lambda t=text, f=found: search.explain_cases(ctx, t, f.pending(f.case_ids[:WHY_FIRST])), repeat=2
        )
        page_ms, _ = _timed(
            lambda f=found: cases.list_cases(ctx, CaseFilter(case_ids=f.case_ids), limit=200) if f.case_ids else [],
            repeat=2,
        )
        print(
            f"  search {text!r:<14}: {ms:7.1f} ms, {len(found.case_ids):,} cases; why of the first {WHY_FIRST} "
            f"{why_ms:.1f} ms; first page of them {page_ms:.1f} ms"
        )


class StallMeter:
    """Longest gaps between ticks of a 5 ms timer on the GUI thread."""

    def __init__(self, app):
        from PySide6.QtCore import QTimer

        self.app = app
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> str:
        self.timer.stop()
        if not self.gaps:
            return "no ticks"
        worst = sorted(self.gaps)[-3:]
        return (
            f"max gap {max(self.gaps):.0f} ms (next {', '.join(f'{g:.0f}' for g in worst[-2::-1])}), "
            f"median {statistics.median(self.gaps):.0f} ms over {len(self.gaps)} ticks"
        )


def gui(ctx) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from consular.gui import app as gui_app
    from consular.gui import errors, ops
    from consular.gui.case_list import CaseListView
    from consular.gui.case_table import COL_LAST_CONTACT, COL_NEXT_TASK, COL_TITLE

    app = gui_app.create_application()
    errors.non_blocking = True
    meter = StallMeter(app)

    def pump(condition, timeout=120.0) -> float:
        started = time.perf_counter()
        while time.perf_counter() - started < timeout:
            app.processEvents()
            if condition():
                break
            time.sleep(0.001)
        return (time.perf_counter() - started) * 1000

    view = CaseListView()
    view.resize(1366, 700)
    view.show()
    meter.start()
    ms = pump(lambda: False, 0.05) and pump(lambda: view.set_context(ctx) or True)
    ms = pump(lambda: view.model.rowCount() > 0 and ops.running() == 0)
    print(f"GUI: first page shown {ms:.0f} ms after opening; {meter.stop()}")

    meter.start()
    bar = view.table.verticalScrollBar()
    started = time.perf_counter()
    for _ in range(10):
        rows = view.model.rowCount()
        if not view.model.canFetchMore(view.model.index(-1, -1)) and not view.model.loading:
            break
        # The scroll range grows a moment after rows arrive; wait for it, then go to the end.
        pump(lambda: bar.maximum() > bar.value(), 5)
        bar.setValue(bar.maximum())
        pump(lambda r=rows: view.model.rowCount() > r and ops.running() == 0, 30)
    print(
        f"GUI: scrolled to the end page after page → {view.model.rowCount():,} rows loaded in "
        f"{(time.perf_counter() - started) * 1000:.0f} ms; {meter.stop()}"
    )

    for column in (COL_TITLE, COL_LAST_CONTACT, COL_NEXT_TASK):
        meter.start()
        view.table.sortByColumn(column, Qt.DescendingOrder)
        ms = pump(lambda: view.model.rowCount() > 0 and ops.running() == 0)
        print(
            f"GUI: sort by {view.model.headerData(column, Qt.Horizontal)!r}: rows back in {ms:.0f} ms; {meter.stop()}"
        )

    for word in ("gendarmerie", "kayes"):
        view.search_box.clear()
        pump(lambda: not view.search_pending() and ops.running() == 0)
        meter.start()
        started = time.perf_counter()
        for ch in word:
            view.search_box.insert(ch)
            pump(lambda: False, 0.12)  # a fast typist: 120 ms a key
        ms = pump(lambda: not view.search_pending() and ops.running() == 0)
        print(
            f"GUI: typed {word!r}: results {ms:.0f} ms after the last key ({view.count_label.text()}); {meter.stop()}"
        )
    view.close()
    QApplication.processEvents()


def ensure_bench_admin(database) -> None:
    """Benchmarks act as 'bench', the administrator of their throwaway database."""
    import secrets

    from consular.services import accounts

    if not accounts.has_admin(database):
        accounts.init_database(database, "bench", secrets.token_urlsafe(24))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=os.environ.get("CONSULAR_BENCH_DB"))
    parser.add_argument("--cases", type=int, default=2000, help="cases to generate when no --db is given")
    parser.add_argument("--no-gui", action="store_true")
    args = parser.parse_args(argv)

    from consular.db.engine import open_database
    from consular.db.migrate import ensure_schema
    from consular.services.context import ServiceContext, actor_for

    if args.db:
        path = args.db if "://" in args.db else Path(args.db)  # a PostgreSQL URL, or a file
    else:
        from consular.seeding.synthetic import generate

        path = Path(tempfile.mkdtemp(prefix="consular-bench-")) / "bench.db"
        database = open_database(path)
        ensure_schema(database)
        ensure_bench_admin(database)
        generate(database, cases=args.cases, progress=False)
        database.dispose()
    database = open_database(path)
    ensure_schema(database)
    ensure_bench_admin(database)
    ctx = ServiceContext(database, actor_for(database, "bench"))
    size = "a server" if isinstance(path, str) else f"{path.stat().st_size / 1e6:,.0f} MB"
    print(f"Database: {database.describe()} ({size})")
    services(ctx)
    if not args.no_gui:
        gui(ctx)
    database.dispose()
    return 0


def test_case_list_figures(tmp_path):
    """Under pytest: a small database, figures printed (-s to see them)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    assert main(["--cases", "300"]) == 0


if __name__ == "__main__":
    sys.exit(main())
