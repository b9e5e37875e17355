"""``consular`` with no command: the desktop app.

Qt is imported inside :func:`launch_gui` only, so the rest of the CLI (and every test that
imports it) runs where PySide6 is absent.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sys
import tempfile
from pathlib import Path

from consular.cli.common import DB_ENV, CommandError, database_target

DEMO_FILE_NAME = "consular-demo.db"


def create_demo_database(folder: Path | None = None) -> Path:
    """A fresh database in a new temporary folder (or ``folder``), seeded with the demo cases.

    Returns the database file. Raises whatever the seed loader raises (a UserError for bad
    seed files).
    """
    from consular.seeding.demo import load_demo
    from consular.services import database as database_service

    made = folder is None
    target_dir = Path(tempfile.mkdtemp(prefix="consular-demo-")) if made else Path(folder)
    target_dir.mkdir(parents=True, exist_ok=True)
    path = target_dir / DEMO_FILE_NAME
    try:
        opened = database_service.open_database(path, mode="create", sign_in=False)
        try:
            database_service.run_whole_database_job(opened, load_demo)
        finally:
            opened.dispose()
    except BaseException:
        if made:  # interrupted or failed: leave no half-made demo behind
            shutil.rmtree(target_dir, ignore_errors=True)
        raise
    return path


def launch_gui(args: argparse.Namespace) -> int:
    """Open the main window on ``--db``/``CONSULAR_DB``, the last database used, or the
    default one; with ``--demo``, on a fresh demo database that is deleted on exit."""
    if importlib.util.find_spec("PySide6") is None:
        raise CommandError(
            "The desktop app needs PySide6, which is not installed; install consular with "
            "`pip install -e .` or use a command (see `consular --help`)."
        )
    from consular.gui.app import run

    user = getattr(args, "user", None)
    if getattr(args, "demo", False):
        if args.db:
            raise CommandError("--demo makes its own database; leave out --db.")
        print("Creating a demo database (fictional names; deleted when the window closes)…", file=sys.stderr)
        path = create_demo_database()
        try:
            return run(
                str(path),
                user=user,
                remember=False,
                note="Demo database: fictional data, deleted when consular closes.",
            )
        finally:
            shutil.rmtree(path.parent, ignore_errors=True)
    explicit = args.db or os.environ.get(DB_ENV)
    # No explicit target: the window reopens the last database, else the default file.
    return run(database_target(args) if explicit else None, user=user)
