"""Has a SQLite file been touched since the app last closed it cleanly?

Opening a database runs SQLite's ``quick_check`` (bounded to a couple of seconds) so that a
damaged or tampered file opens read-only with a warning instead of being written to. On a
big file that check costs its whole bound at every start, and every command, while the file
has usually not changed since this app closed it a minute earlier.

So a clean close leaves a marker: when the app disposes a database that was checked (or
vouched for by the previous marker) on open, and SQLite, closing its last connection, has
folded the write-ahead log back into the file and removed it, the file's identity and
state (device, inode, size, modification and change times in nanoseconds) are written to a
small private file in the user's data folder. The next open skips the check only when the
file still has exactly that state and no write-ahead log is waiting.

Anything that writes the file afterwards changes its change time (``st_ctime``), which no
program can set back: another program, a restore, a copy over it, a byte edited by hand, a
crash in the middle of a write (which also leaves the log behind). Then the check runs as
before. A plain copy of the file elsewhere has no marker. ``consular db check`` still reads
every page; on an encrypted file every page read is authenticated anyway.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path

from consular import paths

MARKER_FOLDER = "clean-close"


def _marker(path: str | os.PathLike) -> Path:
    real = os.path.realpath(os.fspath(path))
    name = hashlib.sha256(real.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return paths.data_dir() / MARKER_FOLDER / f"{name}.json"


def _state(path: str | os.PathLike) -> dict | None:
    """The file's identity and state, or None when it cannot be vouched for: missing, or a
    write-ahead log with content beside it (open elsewhere, or left by a crash)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    with contextlib.suppress(FileNotFoundError):
        if os.stat(f"{os.fspath(path)}-wal").st_size > 0:
            return None
    return {
        "path": os.path.realpath(os.fspath(path)),
        "device": info.st_dev,
        "inode": info.st_ino,
        "size": info.st_size,
        "mtime_ns": info.st_mtime_ns,
        "ctime_ns": info.st_ctime_ns,
    }


def record(path: str | os.PathLike) -> bool:
    """After the last connection to ``path`` closed: remember its state as cleanly closed.
    False (and any old marker removed) when there is nothing to vouch for."""
    marker = _marker(path)
    state = _state(path)
    try:
        if state is None:
            marker.unlink(missing_ok=True)
            return False
        paths.private_dir(marker.parent)
        temporary = marker.with_suffix(f".{os.getpid()}.tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, paths.FILE_MODE)
        with os.fdopen(descriptor, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(state))
        os.replace(temporary, marker)
    except OSError:
        return False  # no marker: the next open checks, as it always did
    return True


def unchanged(path: str | os.PathLike) -> bool:
    """True when ``path`` is exactly as this app last closed it cleanly (see the module
    docstring); False when it may have changed, or nothing is known."""
    try:
        remembered = json.loads(_marker(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    state = _state(path)
    return state is not None and remembered == state


def forget(path: str | os.PathLike) -> None:
    """Drop the marker of ``path``: its next open runs the check."""
    with contextlib.suppress(OSError):
        _marker(path).unlink(missing_ok=True)
