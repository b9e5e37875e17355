"""An output (brief, export) and its audit entry go together.

:func:`deliver` is the one mechanism every file that leaves the system goes through:

1. the content is written to a private temporary file (0600) in the target's folder and
   flushed to disk, so a full disk is found here (:mod:`consular.reports.output_file`);
2. the transaction that authorises the output runs: it records the output (the audit entry,
   and for a brief its record) with the SHA-256 of the exact bytes, and commits;
3. only after the commit is the temporary file renamed over the target.

So there is no output without its audit row: if the write, the transaction (a busy or full
database) or the rename fails, the temporary file is removed, nothing is left at the target,
an earlier file of that name is untouched, and the error is a one-line UserError. A failure
is recorded too, as a ``<action>.failed`` audit entry naming the file and the reason (when the
database can still be written); a failure after the commit also marks the output's own record
through ``on_failure``. An output the person cancelled while it was written
(:class:`~consular.domain.errors.Cancelled`, raised by the progress callback) is not a failure:
its temporary file goes and nothing is recorded.

Every output also carries an **anchor**: the audit chain head (``seq:hash``, e.g.
``1042:9f3a1c07b2e4``) read by :func:`read_anchor` in the service's transaction that read the
output's content, so it is the head *before* the output's own audit entry. A copy of the
output kept elsewhere pins the history up to that entry: ``consular audit verify --anchor
SEQ:HASH`` fails if anything at or before it was changed since. The service puts the anchor
in the output and in its audit entry (``chain_head``); :func:`deliver` also keeps it in this
machine's anchors file once the file is in place.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from consular.domain.errors import Cancelled, UserError
from consular.reports import output_file
from consular.services import audit_chain
from consular.services.audit_chain import ChainHead
from consular.services.context import ServiceContext

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The anchor printed before the chain has any entry (never, once a case exists).
NO_ANCHOR = "0:none"


def read_anchor(session: Session) -> ChainHead | None:
    """The audit chain head as the calling transaction sees it (None before any entry).

    Read in the transaction that reads an output's content, it is the head before the
    output's own audit entry, which is chained at that entry's commit."""
    head = audit_chain.head_in(session)
    return head if head is not None and head.seq else None


def anchor_text(head: ChainHead | None) -> str:
    """What an output prints: ``seq:first 12 hex digits`` (:attr:`ChainHead.short`)."""
    return head.short if head is not None else NO_ANCHOR


@dataclass(frozen=True)
class Delivered(Generic[T]):
    """What :func:`deliver` returns: the authorising transaction's result, the file and its hash."""

    value: T
    path: Path
    sha256: str
    size: int


@dataclass(frozen=True)
class Failure:
    """Why an output was not delivered; ``committed`` when it had already been recorded."""

    action: str
    target: Path
    reason: str
    committed: bool


def deliver(
    ctx: ServiceContext,
    target: str | os.PathLike,
    write: Callable[[Path], str | None],
    authorise: Callable[[Session, str, int], T],
    *,
    action: str,
    entity: str,
    entity_id: int | None,
    case_id: int | None,
    on_failure: Callable[[Session, Failure, T | None], None] | None = None,
    field: str = "output",
    anchor: ChainHead | None = None,
) -> Delivered[T]:
    """Write ``target`` through a private temporary file, authorised by ``authorise``.

    ``write(temp)`` fills the temporary file (empty when it is called); it may return the
    SHA-256 (hex) of the bytes it wrote, hashed as it wrote them, which saves reading the file
    back to hash it (returning anything else than the bytes' hash would record a wrong one in the
    audit trail). ``authorise(session, sha256, size)`` runs in
    the transaction that records the output (it writes the audit entry) and returns what the
    caller needs. ``action``/``entity``/``entity_id``/``case_id`` describe the ``<action>.failed``
    audit entry written if the output fails. ``anchor``: the chain head the output carries
    (:func:`read_anchor`), kept in this machine's anchors file once the file is in place.
    Raises ValidationError for a bad target, DiskFullError or UserError when the file cannot
    be written, what ``authorise`` raises, and DatabaseLockedError and the like when the
    database cannot record the output; in every case nothing is left at ``target``.
    """
    path = output_file.check_target(target, field)
    temp: Path | None = None
    value: T | None = None
    committed = False
    try:
        temp = output_file.private_temp(path)
        try:
            digest = write(temp)
            output_file.sync(temp)
        except UserError:
            raise
        except Exception as exc:
            if not output_file.is_os_failure(exc):
                raise
            raise output_file.os_error(exc, path) from None
        if not isinstance(digest, str):
            digest = output_file.sha256_file(temp)
        size = temp.stat().st_size
        with ctx.transaction() as session:
            value = authorise(session, digest, size)
        committed = True
        try:
            output_file.publish(temp, path)
        except OSError as exc:
            raise output_file.os_error(exc, path) from None
        temp = None
        _keep_anchor(anchor)
        return Delivered(value, path, digest, size)
    except Cancelled:
        # The person stopped it while the file was being written: no output, so nothing to
        # record (the temporary file goes below).
        raise
    except BaseException as exc:
        reason = exc.message if isinstance(exc, UserError) else type(exc).__name__
        _record_failure(
            ctx,
            Failure(action, path, reason, committed),
            value,
            entity=entity,
            entity_id=entity_id,
            case_id=case_id,
            on_failure=on_failure,
        )
        raise
    finally:
        output_file.discard(temp)


def _keep_anchor(anchor: ChainHead | None) -> None:
    """Best effort: the output and its record are in place; a data folder that cannot be
    written must not turn that into a failure."""
    if anchor is None:
        return
    try:
        audit_chain.record_anchor(anchor)
    except OSError:
        log.warning("Could not keep the anchor %s in %s", anchor.short, audit_chain.anchors_file(), exc_info=True)


def _record_failure(ctx, failure: Failure, value, *, entity, entity_id, case_id, on_failure) -> None:
    """Best effort: the database may be the reason the output failed."""
    try:
        with ctx.transaction(write=True) as session:
            if on_failure is not None and failure.committed:
                on_failure(session, failure, value)
            ctx.audit(
                session,
                f"{failure.action}.failed",
                entity,
                entity_id,
                case_id=case_id,
                after={"file": str(failure.target), "reason": failure.reason, "after_commit": failure.committed},
            )
    except Exception:  # the original error is the one to report
        log.warning("Could not record the failed %s of %s", failure.action, failure.target, exc_info=True)


__all__ = ["NO_ANCHOR", "Delivered", "Failure", "anchor_text", "deliver", "read_anchor"]
