"""Take the README screenshots from the real app on a fresh demo database.

Run it under a display; on a machine without one, under Xvfb:

    xvfb-run -s '-screen 0 1600x1000x24' .venv/bin/python scripts/screenshots.py

It writes docs/screenshots/{case-list,home,case,log-contact,duplicates,detention}.png at
1366×768 (the smallest screen the app is designed for). ``--lang fr`` or ``--lang hi`` takes
Home, a case and the Log contact dialog in French or Hindi (home-fr.png, case-hi.png,
log-contact-hi.png...; with ``--all``, every picture). ``--size 2560x1440 --out /tmp/shots``
checks readability on a large screen; ``--theme dark`` the dark palette; ``--import-wizard``
adds the import wizard's pages (import-file, import-map, import-dry-run, import-done;
docs/screenshots/import-dry-run.png is one). Settings and data go to a temporary folder, so
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
LOME = "LFW-2025-0001"  # fictional: the demo's wrongful detention, linked with the fictional Delta case
DELTA = "ABJ-2024-0001"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT (default 1366x768)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"), help="folder for the PNG files")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument(
        "--lang",
        choices=("en", "fr", "hi"),
        default="en",
        help="the app's language (default en); fr and hi name the files NAME-fr.png, NAME-hi.png",
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help="also People, the date fields, the brief and export dialogs, the family letter, search, Return, "
        "the Family tab, New case and About (for checking)",
    )
    parser.add_argument(
        "--reports", action="store_true", help="also the Reports window, one picture per report (reports-NAME.png)"
    )
    parser.add_argument(
        "--import-wizard",
        action="store_true",
        help="also the import wizard's pages (file, mapping, dry run, done) on a small register (with --all too)",
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
    app = gui_app.create_application(sys.argv[:1], language=args.lang)
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
    suffix = ("" if args.theme == "light" else f"-{args.theme}") + ("" if args.lang == "en" else f"-{args.lang}")
    # In French or Hindi the README shows Home, a case and Log contact; --all takes everything.
    readme_only = args.lang != "en" and not args.all

    def shoot(name: str, widget=None) -> None:
        path = out / f"{name}{suffix}.png"
        (widget or window).grab().save(str(path))
        print(path)

    if not readme_only:
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
    contact = window.case_tabs()[KAYES].log_contact()
    settle(lambda: contact is not None and contact.isVisible())
    shoot("log-contact", contact)
    contact.reject()
    settle()
    if readme_only:
        return finish(window, demo_dir, scratch, errors)

    # Tools > Find duplicates, as a supervisor sees it (merging is theirs): the demo's fictional
    # cases carry near-duplicates on purpose.
    from consular.gui.duplicates_dialog import DuplicatesDialog
    from consular.services.context import actor_for

    supervisor = window.ctx.with_actor(actor_for(window.ctx.database, "v.iyer"))
    finder = DuplicatesDialog(supervisor, window)
    finder.resize(min(width, 1200), min(height - 40, 720))
    finder.show()
    settle(lambda: finder.model.rowCount() > 0)
    finder.table.selectRow(0)
    settle()
    shoot("duplicates", finder)
    if args.all:
        merging = finder.merge_selected()
        settle(lambda: merging.choices is not None)
        shoot("merge", merging)
        merging.reject()
    finder.close()
    settle()
    # The Lomé detention: facts, consular visits with the overdue request marked.
    window.open_case(LOME)
    settle(lambda: LOME in window.case_tabs())
    detained = window.case_tabs()[LOME]
    detained.show_section("detention")
    settle(lambda: detained.detention.file is not None)
    pending = next((v for v in detained.detention.file.visits if v.overdue), None)
    if pending is not None:
        detained.detention.select_record(f"visit:{pending.id}")
    settle()
    shoot("detention")
    if args.all:
        visit = detained.detention.edit_visit()
        settle()
        shoot("detention-visit", visit)
        visit.reject()
        detained.detention.inner.setCurrentWidget(detained.detention.notes)
        settle()
        shoot("detention-notes")
        settle()

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
        family_letter_shots(workspace, settle, shoot, out)
        window.find()
        window.case_list.search_box.setText("Gaddam")
        settle(lambda: not window.case_list.search_pending())
        shoot("search")
        window.open_case(DELTA)  # the fictional Delta case: released, its checklist done
        settle(lambda: DELTA in window.case_tabs())
        delta = window.case_tabs()[DELTA]
        delta.show_section("return")
        settle(lambda: delta.returns.model.rowCount() > 0)
        delta.returns.table.selectRow(5)
        settle()
        shoot("return")
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
        # The supervisor's view: "My escalations" on Home, and a case's linked cases (the demo
        # links the fictional Lomé and Delta cases; a supervisor reads both in full).
        from consular.services.context import actor_for

        window.set_context(window.ctx.with_actor(actor_for(window.ctx.database, "v.iyer")))
        window.show_home()
        settle(lambda: window.escalations.queue is not None and window.dashboard.data is not None)
        shoot("home-escalations")
        window.open_case(LOME)
        settle(lambda: LOME in window.case_tabs() and window.case_tabs()[LOME].overview.linked.links is not None)
        shoot("case-linked")

    if args.all or args.reports:
        window.show_reports()
        settle(lambda: getattr(window, "reports_screen", None) is not None)
        screen = window.reports_screen
        screen.resize(width, height)
        for name in ("held", "monthly", "workload", "compliance"):
            screen.select(name)
            screen.run()
            settle(lambda n=name: screen.report is not None and screen.report.name == n)
            shoot(f"reports-{name}", screen)
        screen.close()
    if args.all or args.import_wizard:
        shoot_import_wizard(window, scratch, settle, shoot)

    return finish(window, demo_dir, scratch, errors)


def finish(window, demo_dir: Path, scratch: Path, errors) -> int:
    from PySide6.QtWidgets import QApplication

    window.close()
    for _ in range(20):
        QApplication.processEvents()
    window.ctx.database.dispose()
    shutil.rmtree(demo_dir, ignore_errors=True)
    shutil.rmtree(scratch, ignore_errors=True)
    if errors.shown_messages:
        print(f"Messages shown while taking screenshots: {errors.shown_messages}", file=sys.stderr)
    return 0


def family_letter_shots(workspace, settle, shoot, out: Path) -> None:
    """The milestones with their Family marker, the Family update letter dialog for Sunita
    Verma (Hindi), and the letter's first page (through pdftoppm, when it is installed)."""
    import subprocess

    workspace.show_section("milestones")
    settle(lambda: bool(workspace.milestones.model.shares))
    shoot("milestones-family")
    sunita = next(k for k in workspace.detail.next_of_kin if k.kin.full_name == "Sunita Verma")
    workspace.show_section("people")
    dialog = workspace.people.family_letter(sunita.id)
    settle(lambda: dialog.save_button.isEnabled())
    shoot("family-letter-dialog", dialog)
    written: list[Path] = []
    dialog.open_file = written.append  # no PDF viewer here: keep the path
    dialog.submit()
    settle(lambda: bool(written))
    if written and shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-singlefile", str(written[0]), str(out / "family-letter")], check=True
        )
        print(out / "family-letter.png")


def shoot_import_wizard(window, scratch: Path, settle, shoot) -> None:
    """File › Import… on a people register as kept at a post: a title line, semicolons, names in
    Devanagari and Arabic script, a date as text, phones without the country code."""
    from consular.gui.import_wizard import ImportWizard

    register = scratch / "nationals-register.csv"
    register.write_text(
        "\ufeffKayes incident - register of nationals;;;;;;\n"
        "Case ref;Role;Full name;Name (native);DOB;Passport no;Mobile\n"
        "BAM-2025-0001;witness;Imran Qureshi;عمران قریشی;1 July 1979;;98200 54321\n"
        "BAM-2025-0001;colleague;Suresh Patil;सुरेश पाटील;2-Feb-85;Y7654321;98100 12345\n"
        "BAM-2025-0001;colleague;Ama Owusu;;03/04/1990;;\n",
        encoding="utf-8",
    )
    window.import_action.trigger()
    settle(lambda: window.findChild(ImportWizard) is not None)
    wizard = window.findChild(ImportWizard)
    wizard.file_page.load(str(register))
    settle(lambda: wizard.file_page.isComplete())
    shoot("import-file", wizard)
    wizard.next()
    settle()
    shoot("import-map", wizard)
    wizard.next()
    settle(lambda: wizard.dry_page.report is not None)
    shoot("import-dry-run", wizard)
    wizard.back()
    wizard.map_page.country.setText("IN")
    wizard.map_page.date_order.setCurrentIndex(wizard.map_page.date_order.findData("dmy"))
    wizard.next()
    settle(lambda: wizard.dry_page.report is not None)
    wizard.next()
    settle(lambda: wizard.run_page.report is not None)
    shoot("import-done", wizard)
    wizard.close()
    settle()


if __name__ == "__main__":
    sys.exit(main())
