"""Take the README screenshots from the real app on a fresh demo database.

Run it under a display; on a machine without one, under Xvfb:

    xvfb-run -s '-screen 0 1600x1000x24' .venv/bin/python scripts/screenshots.py

It writes docs/screenshots/{case-list,home,case}.png at 1366×768 (the smallest screen the
app is designed for). ``--size 2560x1440 --out /tmp/shots`` checks readability on a large
screen; ``--theme dark`` the dark palette. Settings and data go to a temporary folder, so
your own profile is neither read nor changed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KAYES = "BAM-2025-0001"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT (default 1366x768)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"), help="folder for the PNG files")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument(
        "--all",
        action="store_true",
        help="also People, the date fields, the brief and export dialogs, search, the Family tab, New case and "
        "About (for checking)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="consular-shots-"))
    # A fixed, plain path for the demo file: it shows in the status bar of every screenshot.
    demo_dir = Path(tempfile.gettempdir()) / "consular-demo"
    shutil.rmtree(demo_dir, ignore_errors=True)
    # Before consular.paths or Qt read them: nothing of the user's profile is used.
    os.environ["CONSULAR_DATA_DIR"] = str(scratch / "data")
    os.environ["CONSULAR_CONFIG_DIR"] = str(scratch / "config")
    os.environ.setdefault("CONSULAR_USER", "a.sharma")  # the demo's lead caseworker in Bamako

    from consular.cli.launch import create_demo_database
    from consular.gui import app as gui_app
    from consular.gui import errors, ops, settings, theme
    from consular.services import database as database_service

    database = create_demo_database(demo_dir)
    # As `consular --demo` opens it: as of the last day of its data, which the title and the
    # banner say, so the pictures show what a new user sees (not years of overdue plans).
    database_service.use_clock_for(database, database_service.demo_clock_for(database))
    app = gui_app.create_application(sys.argv[:1])
    settings.put(settings.THEME, args.theme)
    theme.apply_theme(app, args.theme)
    errors.non_blocking = True
    from consular.gui.main_window import MainWindow

    def settle(condition=lambda: True, timeout: float = 20.0) -> None:
        """Process events until ``condition`` holds and no background work is left."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            app.processEvents()
            if condition() and ops.running() == 0:
                break
            time.sleep(0.02)
        for _ in range(20):  # let layouts and repaints finish
            app.processEvents()
            time.sleep(0.01)

    window = MainWindow()
    window.resize(width, height)
    window.show()
    window.open_target(str(database), remember=False)
    settle(lambda: window.ctx is not None)
    if window.ctx is None:
        print(f"The demo database did not open: {errors.shown_messages}", file=sys.stderr)
        return 1
    suffix = "" if args.theme == "light" else f"-{args.theme}"

    def shoot(name: str, widget=None) -> None:
        path = out / f"{name}{suffix}.png"
        (widget or window).grab().save(str(path))
        print(path)

    window.show_cases()
    settle(lambda: window.case_list.model.rowCount() > 0)
    window.case_list.select_reference(KAYES)
    settle()
    shoot("case-list")

    window.show_home()
    settle(lambda: window.dashboard.data is not None)
    shoot("home")

    window.open_case(KAYES)
    settle(lambda: KAYES in window.case_tabs())
    settle()
    shoot("case")

    if args.all:
        from consular.gui.brief_dialog import open_brief_dialog

        workspace = window.case_tabs()[KAYES]
        ravi = next(p for p in workspace.detail.hostages if p.name == "Ravi Kumar Verma")
        workspace.show_section("people", ravi.person.id)
        settle(lambda: bool(workspace.people.proofs))
        shoot("people")
        pol = workspace.people.record_proof_of_life()
        settle(lambda: pol.question.isEnabled())
        shoot("proof-of-life", pol)
        pol.reject()
        bank = workspace.people.question_bank()
        settle(lambda: bank.table.rowCount() > 0)
        shoot("question-bank", bank)
        bank.reject()
        settle()
        workspace.show_section("contacts")
        workspace.contacts.since.setText("2025-07-32")  # refused with a message, not moved
        settle()
        shoot("contact-log-date")
        workspace.contacts.clear_filters()
        dialog = open_brief_dialog(window, window.ctx, KAYES)
        dialog.since_date_option.setChecked(True)
        dialog.since_date.setText("2025-06-31")
        dialog.generate()
        settle()
        shoot("brief-dialog", dialog)
        dialog.reject()
        export = workspace.timeline.choose_export()
        settle()
        shoot("timeline-export", export)
        export.reject()
        settle()
        window.find()
        window.case_list.search_box.setText("Gaddam")
        settle(lambda: not window.case_list.search_pending())
        shoot("search")
        window.show_home()
        window.new_case()
        settle(lambda: window.new_case_dialog is not None)
        shoot("new-case", window.new_case_dialog)
        window.new_case_dialog.reject()
        window.open_case(KAYES, "family")
        settle(lambda: workspace.family.log_model.rowCount() > 0)
        shoot("family")
        update = workspace.family.record()
        settle()
        shoot("family-update", update)
        update.reject()
        officer = workspace.family.change_officer()
        settle(lambda: officer.to_user.count() > 1)
        shoot("family-officer", officer)
        officer.reject()
        settle()
        window.show_about()
        settle(lambda: window.about_dialog is not None)
        shoot("about", window.about_dialog)
        window.about_dialog.reject()
        settle()

    window.close()
    settle()
    window.ctx.database.dispose()
    shutil.rmtree(demo_dir, ignore_errors=True)
    shutil.rmtree(scratch, ignore_errors=True)
    if errors.shown_messages:
        print(f"Messages shown while taking screenshots: {errors.shown_messages}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
