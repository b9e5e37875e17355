"""The throwaway demo database (``consular --demo``): a private temporary folder holding a
fresh copy of the demo cases, owned by the process that made it (the launcher sweeps folders
whose owner is gone)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from consular.seeding.demo import DEMO_PASSWORD, demo_clock, load_demo
from consular.services import database as database_service

DEMO_FILE_NAME = "consular-demo.db"
DEMO_PREFIX = "consular-demo-"
OWNER_FILE = "owner.pid"


def create_demo_database(folder: Path | None = None) -> Path:
    """A fresh database in a new temporary folder (or ``folder``), seeded with the demo cases;
    every staff account's password is DEMO_PASSWORD (it is a throwaway database).

    Returns the database file. Raises whatever the seed loader raises (a UserError for bad
    seed files).
    """
    made = folder is None
    target_dir = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX)) if made else Path(folder)
    target_dir.mkdir(parents=True, exist_ok=True)
    # A demo names (fictional) hostages: as private as a real database, and swept by owner.
    target_dir.chmod(0o700)
    (target_dir / OWNER_FILE).write_text(f"{os.getpid()}\n")
    path = target_dir / DEMO_FILE_NAME
    try:
        # Loaded as of the demo's own day (the day it opens as of), so its records and audit
        # entries read as entered then, not years after the events they describe.
        clock = demo_clock()
        opened = database_service.open_database(path, mode="create", sign_in=False)
        try:
            database_service.run_whole_database_job(
                opened, lambda database: load_demo(database, staff_password=DEMO_PASSWORD, clock=clock)
            )
        finally:
            opened.dispose()
    except BaseException:
        if made:  # interrupted or failed: leave no half-made demo behind
            shutil.rmtree(target_dir, ignore_errors=True)
        raise
    return path
