"""Drafts of contact entries being typed: one JSON file per case (and per contact being edited)
in the config folder, written atomically so a crash mid-write never leaves half a file.

Qt-free on purpose: the dialog decides when to save; this module only reads and writes.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import tempfile
from datetime import datetime
from pathlib import Path

from consular import paths

log = logging.getLogger(__name__)

DRAFT_VERSION = 1


def drafts_dir() -> Path:
    folder = paths.config_dir() / "drafts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", text.strip().upper()) or "_"


def draft_path(reference: str, contact_id: int | None = None) -> Path:
    """``<REFERENCE>.json`` for a new contact; ``<REFERENCE>-contact-<id>.json`` for an edit."""
    name = _safe(reference)
    if contact_id is not None:
        name = f"{name}-contact-{int(contact_id)}"
    return drafts_dir() / f"{name}.json"


def write_draft(path: Path, data: dict) -> None:
    """Write ``data`` as JSON via a temporary file and os.replace (atomic on one filesystem)."""
    payload = dict(data)
    payload["draft_version"] = DRAFT_VERSION
    payload.setdefault("saved_at", datetime.now().astimezone().isoformat())
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def read_draft(path: Path) -> dict | None:
    """The draft at ``path``, or None if there is none. A damaged file is moved aside, not lost."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("Cannot read draft %s: %s", path, exc)
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError as exc:  # also a UnicodeDecodeError
        data, problem = None, str(exc)
    else:
        problem = None if isinstance(data, dict) else "not a JSON object"
    if problem is not None:
        aside = path.with_suffix(f".damaged-{datetime.now():%Y%m%d%H%M%S}.json")
        log.warning("Draft %s is damaged (%s); kept as %s", path, problem, aside.name)
        with contextlib.suppress(OSError):
            os.replace(path, aside)
        return None
    return data


def delete_draft(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def saved_at(data: dict) -> datetime | None:
    try:
        return datetime.fromisoformat(data.get("saved_at", ""))
    except (TypeError, ValueError):
        return None
