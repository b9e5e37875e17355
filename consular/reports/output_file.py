"""Output files (briefs, exports): a private temporary file beside the target, renamed into place.

Every byte a report writes goes through :func:`open_output`, the one place where output
reaches the operating system. The file is created by :func:`private_temp` in the target's
folder (so the rename cannot cross file systems), readable by its owner only (0600: it holds
case data, like the database), under a hidden name. :func:`publish` renames it over the
target; until then nothing exists at the target, and a failed output leaves nothing there.

The transaction that authorises an output and records its audit entry happens between the
two, in the service (:mod:`consular.services.outputs`).

No ORM, no Qt.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
from pathlib import Path
from typing import BinaryIO

from consular.domain.errors import DiskFullError, UserError, ValidationError
from consular.i18n import translate

PRIVATE_MODE = 0o600


def check_target(path: str | os.PathLike, field: str = "output") -> Path:
    """``path`` as an absolute path whose folder exists; ValidationError otherwise."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise ValidationError(
            field,
            translate("reports.output_file", "'{path}' is a folder; give a file name inside it.").format(path=target),
        )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(
            field, translate("reports.output_file", "The folder '{folder}' does not exist.").format(folder=folder)
        )
    return target.resolve()


def private_temp(target: Path) -> Path:
    """A new empty file beside ``target``, mode 0600, created exclusively."""
    for _attempt in range(5):
        temp = target.parent / f".{target.name}.{secrets.token_hex(6)}.part"
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_MODE)
        except FileExistsError:
            continue
        except OSError as exc:
            raise os_error(exc, target) from None
        os.close(fd)
        return temp
    raise UserError(
        translate("reports.output_file", "Cannot create a temporary file beside '{path}'.").format(path=target)
    )


def open_output(path: Path) -> BinaryIO:
    """Open a temporary output file for writing bytes: the seam where output meets the OS
    (tests wrap it to make the disk fill up)."""
    return open(path, "r+b")  # the caller closes it


def write_bytes(path: Path, data: bytes) -> None:
    with open_output(path) as handle:
        handle.truncate(0)
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def sync(path: Path) -> None:
    """Flush a written file to the disk, so a full disk is found before the output is
    authorised rather than after."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def publish(temp: Path, target: Path) -> None:
    """Move the finished temporary file over ``target``."""
    os.replace(temp, target)
    with contextlib.suppress(OSError):  # not every file system can sync a folder
        fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def discard(temp: Path | None) -> None:
    if temp is not None:
        with contextlib.suppress(OSError):
            temp.unlink()


def os_error(exc: BaseException, target: Path) -> UserError:
    """An OS error while writing ``target`` as a one-line message (also when a library
    wrapped the OSError in its own exception)."""
    cause = exc
    while not isinstance(cause, OSError) and (cause.__cause__ or cause.__context__) is not None:
        cause = cause.__cause__ or cause.__context__
    code = cause.errno if isinstance(cause, OSError) else None
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFullError(
            translate(
                "reports.output_file", "The disk is full; '{file}' was not written. Free some space and try again."
            ).format(file=target.name)
        )
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(
            translate("reports.output_file", "Cannot write '{path}': permission denied. Choose another folder.").format(
                path=target
            )
        )
    reason = (cause.strerror if isinstance(cause, OSError) else None) or str(cause)
    return UserError(
        translate("reports.output_file", "Cannot write '{path}': {reason}.").format(path=target, reason=reason)
    )


def is_os_failure(exc: BaseException) -> bool:
    """Whether ``exc`` is an OSError, or a library's error raised while handling one."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, OSError):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False
