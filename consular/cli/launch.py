"""``consular`` with no command: the desktop app.

Qt is imported inside :func:`launch_gui` only, so the rest of the CLI (and every test that
imports it) runs where PySide6 is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes.util
import importlib.util
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from consular.cli.common import DB_ENV, DEMO_USER, CommandError, database_target
from consular.domain.clock import wall_now
from consular.i18n import translate
from consular.seeding.demo import DEMO_PASSWORD
from consular.seeding.demo_database import (  # noqa: F401
    DEMO_FILE_NAME,
    DEMO_PREFIX,
    OWNER_FILE,
    create_demo_database,
)
from consular.services import database as database_service

# The demo database is made by consular.seeding.demo (the CLI's --demo makes one too).

#: What Qt's xcb platform plugin loads (Qt 6.5+), as ctypes.util.find_library names, with
#: the Debian package that has each. The README lists the same packages.
XCB_LIBRARIES = {
    "xcb": "libxcb1",
    "X11-xcb": "libx11-xcb1",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "EGL": "libegl1",
    "fontconfig": "libfontconfig1",
}
#: Platforms that need no display server.
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")


def display_problem(environ=None, find_library=ctypes.util.find_library, platform: str | None = None) -> str | None:
    """Why Qt could not open a window here, in one line with the fix; None when it can.

    Checked before a QApplication exists, because Qt aborts the process (exit 134) with a
    hint that names the wrong cause when the display or the xcb libraries are missing.
    """
    env = os.environ if environ is None else environ
    if (platform or sys.platform) != "linux":
        return None
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if qpa in HEADLESS_PLATFORMS:
        return None
    if qpa.startswith("wayland"):
        if not env.get("WAYLAND_DISPLAY"):
            return translate(
                "cli.launch",
                "QT_QPA_PLATFORM asks for Wayland but WAYLAND_DISPLAY is not set: start consular inside "
                "the desktop session, or use a command (consular --help).",
            )
        return None
    if not env.get("DISPLAY"):
        if env.get("WAYLAND_DISPLAY") and not qpa:
            return None  # Qt picks its Wayland plugin
        return translate(
            "cli.launch",
            "No display: the desktop app needs a graphical session (DISPLAY is not set). Run it from the "
            "desktop, under a virtual display (xvfb-run consular), or use a command (consular --help).",
        )
    missing = [package for name, package in XCB_LIBRARIES.items() if find_library(name) is None]
    if missing:
        return translate(
            "cli.launch",
            "The desktop app cannot open a window: Qt's X11 (xcb) libraries are missing. On Debian or "
            "Ubuntu install them with: sudo apt-get install {packages}",
        ).format(packages=" ".join(missing))
    return None


def _owner_alive(folder: Path) -> bool:
    try:
        pid = int((folder / OWNER_FILE).read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


def sweep_stale_demo_folders(base: Path | None = None) -> list[Path]:
    """Remove demo folders left behind by a demo that was killed (its owning process is gone).

    Only this user's folders are touched; a folder without an owner file is left alone for
    an hour (it may be being created). Returns the folders removed."""
    root = Path(base or tempfile.gettempdir())
    removed = []
    for folder in root.glob(f"{DEMO_PREFIX}*"):
        try:
            info = folder.lstat()
        except OSError:
            continue
        if not folder.is_dir() or folder.is_symlink() or info.st_uid != os.getuid():
            continue
        if (folder / OWNER_FILE).exists():
            if _owner_alive(folder):
                continue
        elif wall_now().timestamp() - info.st_mtime < 3600:
            continue
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed.append(folder)
    return removed


@contextlib.contextmanager
def terminate_cleanly() -> Iterator[None]:
    """SIGTERM closes the app like Ctrl+C does (so ``finally`` blocks remove the demo folder).

    Before the window exists Ctrl+C raises KeyboardInterrupt; once the GUI has put its own
    SIGINT handler (which closes the window), SIGTERM asks the same handler."""

    def on_term(signum, frame):
        handler = signal.getsignal(signal.SIGINT)
        if callable(handler) and handler is not signal.default_int_handler:
            handler(signum, frame)
        else:
            raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def launch_gui(args: argparse.Namespace) -> int:
    """Open the main window on ``--db``/``CONSULAR_DB``, the last database used, or the
    default one; with ``--demo``, on a fresh demo database that is deleted on exit."""
    if importlib.util.find_spec("PySide6") is None:
        raise CommandError(
            translate(
                "cli.launch",
                "The desktop app needs PySide6, which is not installed; install consular with `pip "
                "install -e .` or use a command (see `consular --help`).",
            )
        )
    problem = display_problem()
    if problem:
        raise CommandError(problem)
    from consular.gui.app import run

    user = getattr(args, "user", None)
    if getattr(args, "demo", False):
        if args.db:
            raise CommandError(translate("cli.launch", "--demo makes its own database; leave out --db."))
        sweep_stale_demo_folders()
        print(
            translate("cli.launch", "Creating a demo database (fictional names; deleted when the window closes)…"),
            file=sys.stderr,
        )
        with terminate_cleanly():
            path = create_demo_database()
            try:
                clock = database_service.demo_clock_for(path)
                database_service.use_clock_for(path, clock)
                return run(
                    str(path),
                    user=DEMO_USER,
                    password=DEMO_PASSWORD,  # the window signs the demo account in without asking
                    remember=False,
                    language=getattr(args, "lang", None),
                    note=translate("cli.launch", "{label}: fictional data, deleted when consular closes.").format(
                        label=clock.label or translate("cli.launch", "Demo database")
                    ),
                )
            finally:
                database_service.use_clock_for(path, None)
                shutil.rmtree(path.parent, ignore_errors=True)
    explicit = args.db or os.environ.get(DB_ENV)
    # No explicit target: the window reopens the last database, else the default file.
    return run(database_target(args) if explicit else None, user=user, language=getattr(args, "lang", None))
