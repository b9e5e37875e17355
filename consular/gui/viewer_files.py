"""Decrypted copies of documents handed to the system viewer.

They live in one private folder (0700, files 0600) under the data folder, one subfolder per
opened document. The folder is wiped when the case's Documents tab closes (its copies), when
the app quits, and again at the next start (a crash or a power cut leaves nothing behind for
long). Wiping overwrites each file with zeros before removing it: best effort on SSDs and
copy-on-write file systems, where only the removal is certain.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from consular import paths

log = logging.getLogger(__name__)

FOLDER_NAME = "viewing"
_at_exit = False


def root() -> Path:
    """The private folder for viewer copies (not created)."""
    return paths.data_dir() / FOLDER_NAME


def write_copy(document_id: int, file_name: str, data: bytes) -> Path:
    """Write ``data`` as ``file_name`` in the document's own 0700 subfolder, as a 0600 file."""
    global _at_exit
    if not _at_exit:  # also when the app is not left through run() (a script, a crash of Qt)
        atexit.register(wipe)
        _at_exit = True
    folder = paths.private_dir(root() / str(int(document_id)))
    paths.private_dir(root())  # tighten the parent too, if it was made before
    target = folder / Path(file_name).name
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, paths.FILE_MODE)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    target.chmod(paths.FILE_MODE)
    return target


def _scrub(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with contextlib.suppress(OSError):
                size = path.stat().st_size
                with open(path, "r+b") as handle:
                    handle.write(b"\0" * size)
                    handle.flush()
                    os.fsync(handle.fileno())
    shutil.rmtree(folder, ignore_errors=True)


def wipe(folders: Iterable[Path] | None = None) -> int:
    """Wipe ``folders`` (subfolders given out by :func:`write_copy`), or the whole viewer folder;
    returns how many folders were removed."""
    targets = [root()] if folders is None else [Path(f) for f in folders]
    removed = 0
    for folder in targets:
        if folder.exists():
            _scrub(folder)
            removed += 1
    if removed:
        log.info("Wiped %d viewer folder(s)", removed)
    return removed


__all__ = ["root", "wipe", "write_copy"]
