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

from consular.cli.common import DB_ENV, DEMO_USER, CommandError, database_target
from consular.seeding.demo import DEMO_FILE_NAME, create_demo_database  # noqa: F401 - used by tests


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
                user=DEMO_USER,
                remember=False,
                note="Demo database: fictional data, deleted when consular closes.",
            )
        finally:
            shutil.rmtree(path.parent, ignore_errors=True)
    explicit = args.db or os.environ.get(DB_ENV)
    # No explicit target: the window reopens the last database, else the default file.
    return run(database_target(args) if explicit else None, user=user)
