"""The audit chain's head as outputs print it, and the anchors that pin its history: parsed,
recorded on this machine, and sorted against the restores (forks) the history records. See
"Restores fork the history" in :mod:`consular.services.audit_chain`."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from consular import paths
from consular.db.engine import Database
from consular.db.models import AuditChainHead, AuditEntry
from consular.domain.clock import wall_now
from consular.domain.errors import UserError
from consular.i18n import translate
from consular.services.audit_checks import Problem

ANCHORS_FILE = "audit-anchors.tsv"
RESTORE_ACTION = "database.restore"


class HasDatabase(Protocol):
    database: Database


@dataclass(frozen=True)
class ChainHead:
    chain_id: str
    seq: int
    chain: str
    fork: str = ""  # the fork id of the latest restore in this history ("" before any)

    @property
    def short(self) -> str:
        """What outputs print: ``seq:first 12 hex digits`` (e.g. ``1042:9f3a1c07b2e4``), and
        ``@FORK`` once the history was restored from a backup (``1043:5b0e…@a1b2c3d4e5f6``)."""
        tag = f"@{self.fork}" if self.fork else ""
        return f"{self.seq}:{self.chain[:12]}{tag}"


@dataclass(frozen=True)
class Fork:
    """A restore recorded in the chain: entries after ``forked_at`` are the restored history's own."""

    seq: int  # the database.restore entry
    forked_at: int  # the backup's head: the last entry shared with the history it replaced
    fork: str
    at: object  # when (datetime)
    source: str  # the backup file
    # The forks of the history this restore replaced (and those it had replaced): their anchors
    # belong to a history rolled back by this restore.
    replaced: tuple[str, ...] = ()


def forks_in(conn) -> list[Fork]:
    """The restores this history records, oldest first (``conn``: a Connection or Session)."""
    found = []
    rows = conn.execute(
        select(AuditEntry.seq, AuditEntry.at, AuditEntry.after)
        .where(AuditEntry.entity == "database", AuditEntry.action == RESTORE_ACTION, AuditEntry.seq.is_not(None))
        .order_by(AuditEntry.seq)
    ).all()
    for seq, at, after in rows:
        try:
            data = json.loads(after or "{}")
            replaced = tuple(str(f) for f in data.get("replaced_forks") or ())
            found.append(
                Fork(int(seq), int(data["forked_at"]), str(data["fork"]), at, str(data.get("from", "")), replaced)
            )
        except (ValueError, KeyError, TypeError):
            continue  # not one consular wrote; the chain check names an edited entry
    return found


def head_in(session: Session) -> ChainHead | None:
    """The chain head as this session sees it (inside a service's own transaction)."""
    row = session.execute(select(AuditChainHead.chain_id, AuditChainHead.seq, AuditChainHead.chain)).first()
    if not row:
        return None
    forks = forks_in(session)
    return ChainHead(*row, fork=forks[-1].fork if forks else "")


def current_head(ctx: HasDatabase) -> ChainHead | None:
    with ctx.database.session() as session:
        return head_in(session)


def head(ctx: HasDatabase, *, record: bool = True) -> str:
    """The short chain head to print on a brief or export (``"1042:9f3a1c07b2e4"``).

    With ``record`` the full head is also appended to the anchors file in the user's data
    folder, so this machine keeps an anchor outside the database. ``"0:none"`` before any
    entry.
    """
    value = current_head(ctx)
    if value is None or value.seq == 0:
        return "0:none"
    if record:
        record_anchor(value)
    return value.short


def anchors_file() -> Path:
    return paths.data_dir() / ANCHORS_FILE


def record_anchor(value: ChainHead) -> None:
    """Append the head to this machine's anchors file: chain id, seq, hash, when, fork."""
    with anchors_file().open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter="\t").writerow(
            [value.chain_id, value.seq, value.chain, wall_now().isoformat(timespec="seconds"), value.fork]
        )


def recorded_anchors(chain_id: str) -> list[tuple[int, str, str]]:
    """The anchors this machine recorded for ``chain_id``: (seq, hash, fork); fork "" for one
    recorded before any restore (or by a version that did not record forks)."""
    path = anchors_file()
    if not path.exists():
        return []
    found = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if len(row) >= 3 and row[0] == chain_id and row[1].isdigit():
                found.append((int(row[1]), row[2], row[4] if len(row) >= 5 else ""))
    return found


def _is_hex(value: str) -> bool:
    return all(c in "0123456789abcdef" for c in value)


def parse_anchor(text: str) -> tuple[int, str]:
    """``"1042:9f3a1c07b2e4"`` -> (1042, "9f3a1c07b2e4"); UserError if malformed. The fork
    tag of ``SEQ:HEX@FORK`` is dropped here: :func:`parse_anchor_fork` keeps it."""
    seq, prefix, _fork = parse_anchor_fork(text)
    return seq, prefix


def parse_anchor_fork(text: str) -> tuple[int, str, str]:
    """``"1043:5b0e1c07b2e4@a1b2c3d4e5f6"`` -> (1043, "5b0e1c07b2e4", "a1b2c3d4e5f6"); the fork is
    "" for an anchor printed before any restore. UserError if malformed."""
    seq, _, rest = text.strip().partition(":")
    prefix, _, fork = rest.lower().partition("@")
    if not seq.isdigit() or len(prefix) < 8 or not _is_hex(prefix) or not _is_hex(fork):
        raise UserError(
            translate(
                "services.audit_chain",
                "'{text}' is not an audit anchor (expected SEQ:HEX as printed on briefs, e.g. "
                "1042:9f3a1c07b2e4, or SEQ:HEX@FORK after a restore).",
            ).format(text=text)
        )
    return int(seq), prefix, fork


def sort_anchors(
    anchors: Iterable[tuple[int, str, str]], forks: list[Fork], *, snapshot_end: int | None = None
) -> tuple[dict, list[Problem], list[str]]:
    """Split anchors (seq, hash prefix, fork) into those to check against this history
    (``{seq: prefix}``), problems (a fork this history does not record) and notes (anchors of
    a history a later restore rolled back). See "Restores fork the history" above.

    ``snapshot_end``: the last entry of a copy taken at some moment (a backup being verified):
    an anchor beyond it was printed after the copy was taken, so it is noted, not checked; so
    is an anchor of a fork the copy does not know (printed on a history restored elsewhere)."""
    epoch = {"": 0} | {f.fork: i + 1 for i, f in enumerate(forks)}
    replaced_by = {old: f for f in forks for old in f.replaced}
    wanted: dict[int, str] = {}
    problems: list[Problem] = []
    notes: list[str] = []
    later_than_copy = other_history = 0
    for seq, prefix, fork in anchors:
        shown = f"{seq}:{prefix[:12]}" + (f"@{fork}" if fork else "")
        if snapshot_end is not None and seq > snapshot_end:
            later_than_copy += 1
            continue
        if fork not in epoch and fork in replaced_by:
            notes.append(_rolled_back(shown, replaced_by[fork]))
            continue
        if fork not in epoch and snapshot_end is not None:
            other_history += 1
            continue
        if fork not in epoch:
            problems.append(
                Problem(
                    "anchor",
                    translate(
                        "services.audit_chain",
                        "Anchor {anchor} was printed on a copy restored from a backup (fork {fork}) whose restore "
                        "this database does not record: it is another copy (an older one, or the file a restore "
                        "replaced), or the record of that restore was removed.",
                    ).format(anchor=shown, fork=fork),
                    seq=seq,
                )
            )
            continue
        later = [f for f in forks[epoch[fork] :] if f.forked_at < seq]
        if later:
            notes.append(_rolled_back(shown, later[0]))
            continue
        wanted.setdefault(seq, prefix)
    if later_than_copy:
        notes.append(
            translate(
                "services.audit_chain",
                "%n anchor(s) lie beyond this copy's last entry (#{last}): printed after it was taken, they pin "
                "later history, not this copy's.",
                "",
                later_than_copy,
            ).format(last=snapshot_end)
        )
    if other_history:
        notes.append(
            translate(
                "services.audit_chain",
                "%n anchor(s) were printed on a history restored from another backup, which this copy does not "
                "contain: not checked.",
                "",
                other_history,
            )
        )
    return wanted, problems, notes


class RolledBack(str):
    """A note on an anchor of a history a restore rolled back (counted in the report)."""


def _rolled_back(shown: str, restore: Fork) -> str:
    when = restore.at.strftime("%Y-%m-%d %H:%M UTC")
    source = Path(restore.source).name or translate("services.audit_chain", "a backup")
    return RolledBack(
        translate(
            "services.audit_chain",
            "Anchor {anchor} belongs to a history that was rolled back by a restore on {when} (from {source}, "
            "entry #{seq}): that restore went back to entry #{forked_at}, so entries after it as this anchor knew "
            "them are gone on purpose. Not a rewrite.",
        ).format(anchor=shown, when=when, source=source, seq=restore.seq, forked_at=restore.forked_at)
    )
