"""Drafts of contact entries being typed, kept in the database (encrypted with it) through
:mod:`consular.services.drafts`: one per case for a new contact, and one per contact being
edited, for the signed-in account only.

Qt-free on purpose: the dialog decides when to save and runs the calls off the GUI thread;
this module says what is written. :class:`DraftSaver` puts one draft's successive states in
order, one write at a time, the latest winning, so an autosave that finishes late never
overwrites a newer one, and nothing depends on the event loop to write the last state.

Older versions kept these drafts as plaintext JSON files in the config folder's ``drafts``
folder. :func:`import_legacy_drafts` moves them into the database for the account signed in,
then deletes the files (a plain unlink; see its docstring for why not an overwrite).
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from consular import paths
from consular.domain.errors import UserError
from consular.services import drafts as service
from consular.services import permissions

log = logging.getLogger(__name__)

CONTACT = service.CONTACT
# Keys about the draft rather than the form: set when read back, never stored in a payload.
ENVELOPE = ("saved_at", "draft_version")
LEGACY_FOLDER = "drafts"
# An old draft file: <REFERENCE>.json, or <REFERENCE>-contact-<id>.json for an edit.
_LEGACY_NAME = re.compile(r"^(?P<reference>.+?)(?:-contact-(?P<contact_id>\d+))?\.json$")
# Old files set aside as damaged (<name>.damaged-<time>.json) or a write cut short (.<name>.*.tmp).
_LEGACY_LEFTOVER = re.compile(r"(\.damaged-\d+\.json$)|(^\..+\.tmp$)")


@dataclass(frozen=True)
class DraftKey:
    """Which draft: the case, the form (``kind``) and the record edited ("" for a new one)."""

    reference: str
    kind: str = CONTACT
    target: str = ""

    def describe(self) -> str:
        """For messages and logs: the case and the entry, never the draft's content."""
        what = f"the edit of contact #{self.target}" if self.target else "a new contact"
        return f"draft of {what} on {self.reference}"


def draft_key(reference: str, contact_id: int | None = None) -> DraftKey:
    """The Log contact draft for a new contact on the case, or for editing ``contact_id``."""
    return DraftKey(reference.strip().upper(), CONTACT, "" if contact_id is None else str(int(contact_id)))


def _payload(data: dict) -> dict:
    return {k: v for k, v in data.items() if k not in ENVELOPE}


def write_draft(ctx, key: DraftKey, data: dict, *, expected_version: int | None = None) -> service.DraftView:
    """Keep ``data`` (the form's state) as the signed-in account's draft. Blocking: call it off
    the GUI thread. Raises what :func:`consular.services.drafts.save_draft` raises."""
    return service.save_draft(
        ctx, key.reference, key.kind, _payload(data), target=key.target, expected_version=expected_version
    )


def read_draft(ctx, key: DraftKey) -> dict | None:
    """The draft's form state, with ``saved_at`` (when it was last kept, local time) and
    ``draft_version`` added; None if there is none. Blocking: call it off the GUI thread."""
    view = service.load_draft(ctx, key.reference, key.kind, target=key.target)
    if view is None:
        return None
    data = dict(view.payload)
    data["saved_at"] = view.updated_at.astimezone().isoformat()
    data["draft_version"] = view.version
    return data


def delete_draft(ctx, key: DraftKey, *, expected_version: int | None = None) -> bool:
    """Throw the draft away (True if there was one). Blocking: call it off the GUI thread."""
    return service.discard_draft(ctx, key.reference, key.kind, target=key.target, expected_version=expected_version)


def saved_at(data: dict) -> datetime | None:
    try:
        return datetime.fromisoformat(data.get("saved_at", ""))
    except (TypeError, ValueError):
        return None


# --- writing in order ---------------------------------------------------------------------

_NOTHING = object()


@dataclass
class SaverOutcome:
    """What the last write of a run did: ``state`` written (None: the draft was deleted), or
    ``error`` (a UserError) when it failed."""

    state: dict | None
    view: service.DraftView | None = None
    error: UserError | None = None


class DraftSaver:
    """Writes one draft's states in the order given, one write at a time, newest wins.

    ``put(state)`` asks for ``state`` to be kept (``None``: delete the draft). If a write is
    running, the state waits; a later ``put`` replaces a waiting one. ``start(fn)`` runs
    ``fn`` in the background (the GUI passes ``ops.write``); ``fn`` writes every waiting
    state in turn before it returns, so the last state is written even if nobody is left on
    the GUI thread to hear about it (the dialog was closed and deleted). ``fn`` returns the
    :class:`SaverOutcome` of its last write; a UserError is caught there, anything else
    propagates (a bug) after the saver is ready again.
    """

    def __init__(self, ctx, key: DraftKey, start: Callable[[Callable[[], SaverOutcome]], Any]):
        self.ctx, self.key = ctx, key
        self._start = start
        self._lock = threading.Lock()
        self._waiting: Any = _NOTHING
        self._running = False

    def put(self, state: dict | None, *, expected_version: int | None = None) -> None:
        with self._lock:
            self._waiting = (None if state is None else dict(state), expected_version)
            if self._running:
                return
            self._running = True
        self._start(self._drain)

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._running

    def _drain(self) -> SaverOutcome:  # a worker thread
        outcome = SaverOutcome(None)
        try:
            while True:
                with self._lock:
                    if self._waiting is _NOTHING:
                        self._running = False
                        return outcome
                    (state, expected), self._waiting = self._waiting, _NOTHING
                try:
                    if state is None:
                        delete_draft(self.ctx, self.key, expected_version=expected)
                        outcome = SaverOutcome(None)
                    else:
                        outcome = SaverOutcome(state, write_draft(self.ctx, self.key, state, expected_version=expected))
                except UserError as exc:
                    log.warning("Could not keep the %s: %s", self.key.describe(), exc.message)
                    outcome = SaverOutcome(state, error=exc)
        except BaseException:
            with self._lock:
                self._running = False
            raise


# --- the old draft files ------------------------------------------------------------------


def legacy_drafts_dir() -> Path:
    """Where older versions kept draft files (not created here)."""
    return paths.config_dir() / LEGACY_FOLDER


@dataclass
class LegacyImport:
    """What :func:`import_legacy_drafts` did, by file name (never content)."""

    imported: list[str] = field(default_factory=list)
    superseded: list[str] = field(default_factory=list)  # the database already had a newer draft
    discarded: list[str] = field(default_factory=list)  # damaged: deleted unread
    kept: list[str] = field(default_factory=list)  # their case is not in this database
    skipped: str | None = None  # why nothing was done


def _may_import(ctx) -> str | None:
    if not permissions.can(ctx, "drafts.import_drafts"):
        return "the signed-in account keeps no drafts (read-only)"
    if ctx.clock.read_only or ctx.as_of is not None:
        # The demo's throwaway database, or --as-of: the files wait for a normal start.
        return f"the clock is not the real one ({ctx.as_of_label})"
    return None


def _discard(path: Path, found: LegacyImport) -> None:
    # The file's name only: its content is someone's notes, and a decode error would quote it.
    log.warning("Discarded a damaged Log contact draft: %s", path.name)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    found.discarded.append(path.name)


def _read_legacy(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except ValueError:  # also a UnicodeDecodeError
        return None
    return data if isinstance(data, dict) else None


def import_legacy_drafts(ctx, folder: Path | None = None) -> LegacyImport:
    """Move the old plaintext draft files into the database as the signed-in account's
    drafts, then delete them. Blocking: the desktop app runs it off the GUI thread once the
    database is open.

    - A file whose draft is now in the database (imported, or the database already had a
      newer draft for the same entry) is deleted.
    - A damaged file (not UTF-8 JSON holding an object, an older version's ``*.damaged-*``
      set-aside copy, a half-written temporary file) is deleted unread; the log names the
      file, never its content.
    - A file for a case this database does not hold is kept for the database that does.
    - Nothing happens for a read-only account, ``--as-of`` or the demo (its database is
      thrown away): the files wait for a normal start by someone who records.

    Deleting is a plain unlink, not an overwrite first: on journaling and copy-on-write file
    systems and on SSDs an overwrite does not reach the old blocks anyway. The files were 0600
    in a 0700 folder; what protects their freed blocks is the disk's own encryption.
    Raises what the service raises (the files then stay for the next start).
    """
    folder = legacy_drafts_dir() if folder is None else folder
    found = LegacyImport()
    if not folder.is_dir():
        return found
    found.skipped = _may_import(ctx)
    if found.skipped is not None:
        log.info("Old draft files in %s not imported: %s", folder, found.skipped)
        return found
    items: list[tuple[Path, service.DraftImport]] = []
    for path in sorted(folder.iterdir()):
        if not path.is_file():
            continue
        if _LEGACY_LEFTOVER.search(path.name):
            _discard(path, found)
            continue
        name = _LEGACY_NAME.match(path.name)
        if name is None:
            continue  # not a draft file: not ours to touch
        data = _read_legacy(path)
        if data is None:
            _discard(path, found)
            continue
        reference = name["reference"]
        # The file name was made from the reference (upper case, odd characters replaced):
        # prefer the reference the draft itself holds when it is the same one.
        stated = data.get("reference")
        if isinstance(stated, str) and re.sub(r"[^A-Za-z0-9._-]", "_", stated.strip().upper()) == reference:
            reference = stated.strip().upper()
        items.append((path, service.DraftImport(reference, CONTACT, name["contact_id"] or "", _payload(data))))
    if items:
        outcomes = service.import_drafts(ctx, [item for _path, item in items])
        for (path, _item), outcome in zip(items, outcomes, strict=True):
            if outcome == service.NO_SUCH_CASE:
                found.kept.append(path.name)
                continue
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            (found.imported if outcome == service.IMPORTED else found.superseded).append(path.name)
    if found.imported or found.superseded:
        log.info(
            "Moved %d old Log contact draft file(s) into the database for %s and deleted them (%d already there)",
            len(found.imported) + len(found.superseded),
            ctx.actor.username,
            len(found.superseded),
        )
    if found.kept:
        log.info("Kept %d old draft file(s) for cases not in this database: %s", len(found.kept), ", ".join(found.kept))
    with contextlib.suppress(OSError):
        folder.rmdir()  # only when empty
    return found
