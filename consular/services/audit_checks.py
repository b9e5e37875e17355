"""What ``audit verify`` reports, and the checks it runs after walking the chain: signatures,
the head, rows outside the chain, records that no longer match their last audited state,
purged cases, and who the actors were (see :func:`consular.services.audit_chain.verify`)."""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass, field

from sqlalchemy import select, text

from consular.db import audit_hash
from consular.db.chunks import chunks
from consular.db.models import (
    AuditEntry,
    User,
)
from consular.i18n import format_number, translate

KEY_FILE_ENV = "CONSULAR_AUDIT_KEY_FILE"


@dataclass(frozen=True)
class Problem:
    """One thing verification found wrong. ``kind``: edited, deleted, inserted, forged,
    unverifiable, head, anchor, record_changed, record_deleted."""

    kind: str
    message: str
    seq: int | None = None
    entry_id: int | None = None
    entity: str | None = None
    entity_id: int | None = None


@dataclass
class VerifyReport:
    entries: int = 0
    head: object | None = None  # the ChainHead found (consular.services.audit_chain)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    signatures_checked: int = 0
    records_checked: int = 0
    anchors_checked: int = 0
    rolled_back_anchors: int = 0  # anchors of a history a restore rolled back (see "Restores fork")
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first_problem(self) -> Problem | None:
        return self.problems[0] if self.problems else None


def _mac_ok(by_id, kid, chain: bytes, mac) -> bool:
    return hmac.compare_digest(audit_hash.entry_mac(by_id[kid], chain), mac or "")


def _check_signatures(conn, report, by_id, last_signed, after_signed, links_ok) -> None:
    if last_signed is not None:
        seq, chain, kid = last_signed
        mac = conn.exec_driver_sql(f"SELECT mac FROM audit_entries WHERE seq = {int(seq)}").scalar()
        if _mac_ok(by_id, kid, chain, mac):
            report.signatures_checked = seq  # every entry up to it is bound by the links to this MAC
            if not links_ok:
                # With a broken link the MAC above vouches only for the entries after the break.
                report.notes.append(
                    translate(
                        "services.audit_checks",
                        "The chain is broken (see the problems), so signatures vouch only for its unbroken end.",
                    )
                )
        else:
            first = _first_bad_signature(conn, by_id, seq)
            report.problems.append(
                Problem(
                    "forged",
                    translate(
                        "services.audit_checks",
                        "Audit entry #{seq} has a signature that does not match: the chain was rewritten from here "
                        "by someone without the key (an entry edited, inserted or removed, and the hashes recomputed).",
                    ).format(seq=first),
                    seq=first,
                )
            )
    for kid, count in sorted(after_signed.items()):
        report.problems.append(
            Problem(
                "unverifiable",
                translate(
                    "services.audit_checks",
                    "The newest %n entries signed with key {kid} come after the last entry signed with a key this "
                    "machine holds, and cannot be checked here: copy that installation's key file here (see "
                    "{variable}) or verify with --no-key to check the hashes and anchors only.",
                    "",
                    count,
                ).format(kid=kid, variable=KEY_FILE_ENV),
            )
        )
    if last_signed is None and not after_signed and report.entries and by_id:
        report.notes.append(translate("services.audit_checks", "No entry is signed with a key this machine holds."))


def _first_bad_signature(conn, by_id, last_bad: int) -> int:
    """Binary search for the first entry, signed with a held key, whose MAC fails: entries
    before a rewrite keep valid MACs, and every held-key entry from it on fails."""
    kids = sorted(by_id)
    placeholders = ", ".join(f"'{k}'" for k in kids if all(c in "0123456789abcdef" for c in k))

    def signed_at_or_after(low: int, high: int):
        return conn.exec_driver_sql(
            f"SELECT seq, chain, mac, key_id FROM audit_entries WHERE seq >= {int(low)} AND seq <= {int(high)} "
            f"AND key_id IN ({placeholders}) ORDER BY seq LIMIT 1"
        ).first()

    def fails(row) -> bool:
        try:
            return not _mac_ok(by_id, row[3], bytes.fromhex(row[1]), row[2])
        except (TypeError, ValueError):
            return True

    # P(s): the first held-key entry at or after s fails. P is false then true along the chain.
    low, high = 1, last_bad
    while low < high:
        mid = (low + high) // 2
        row = signed_at_or_after(mid, last_bad)
        if fails(row):
            high = mid
        else:
            low = row[0] + 1
    return signed_at_or_after(low, last_bad)[0]


def _check_head(report, chain_id, head_seq, head_chain, legacy_seq, head_kid, head_mac, last_seq, last_chain, by_id):
    if head_seq > last_seq:
        report.problems.append(
            Problem(
                "deleted",
                translate(
                    "services.audit_checks",
                    "The chain head says #{head} but the last entry is #{last}: entries #{first}–#{head} were deleted.",
                ).format(head=head_seq, last=last_seq, first=last_seq + 1),
                seq=last_seq + 1,
            )
        )
    elif head_seq < last_seq:
        report.problems.append(
            Problem(
                "inserted",
                translate(
                    "services.audit_checks",
                    "Entries #{first}–#{last} lie beyond the chain head: inserted outside consular.",
                ).format(first=head_seq + 1, last=last_seq),
                seq=head_seq + 1,
            )
        )
    elif head_chain != last_chain:
        report.problems.append(
            Problem(
                "head",
                translate("services.audit_checks", "The chain head does not match the last entry."),
                seq=head_seq,
            )
        )
    if head_kid is None:
        if head_seq > legacy_seq:
            report.problems.append(
                Problem(
                    "head", translate("services.audit_checks", "The chain head carries no signature."), seq=head_seq
                )
            )
    elif (
        head_kid in by_id
        and audit_hash.head_mac(by_id[head_kid], chain_id, head_seq, head_chain, legacy_seq) != head_mac
    ):
        report.problems.append(
            Problem(
                "head",
                translate(
                    "services.audit_checks",
                    "The chain head's signature does not match: it was rewritten (entries cut off the end?).",
                ),
                seq=head_seq,
            )
        )


def _fill_entry_ids(conn, report) -> None:
    """Name the row id of each audit-row problem (the walk reads positions only)."""
    for i, p in enumerate(report.problems[:1000]):
        if p.seq is not None and p.entry_id is None and p.kind in ("edited", "inserted", "anchor", "forged"):
            entry_id = conn.exec_driver_sql(f"SELECT id FROM audit_entries WHERE seq = {int(p.seq)}").scalar()
            report.problems[i] = Problem(p.kind, p.message, p.seq, entry_id, p.entity, p.entity_id)


def _check_unchained(conn, report) -> None:
    rows = conn.exec_driver_sql(
        "SELECT id, action, entity, entity_id FROM audit_entries WHERE seq IS NULL ORDER BY id LIMIT 100"
    ).all()
    for entry_id, action, entity, entity_id in rows:
        report.problems.append(
            Problem(
                "inserted",
                translate(
                    "services.audit_checks",
                    "Audit row id {row} ({action} on {entity} {entity_id}) is not in the chain: "
                    "inserted outside consular.",
                ).format(row=entry_id, action=action, entity=entity, entity_id=entity_id or ""),
                entry_id=entry_id,
            )
        )


def _entry(seq: int) -> str:
    """How a record problem names its audit entry; :func:`_name_actors` puts who and when in it."""
    return translate("services.audit_checks", "(entry #{seq})").format(seq=seq)


def _check_records(conn, report, last_state, tracked_kinds: dict) -> None:
    by_entity: dict[str, dict[int, tuple[str, int]]] = {}
    for (entity, entity_id), value in last_state.items():
        by_entity.setdefault(entity, {})[entity_id] = value
    for entity, audited in by_entity.items():
        tracked = tracked_kinds.get(entity)
        if tracked is None:
            continue
        model, columns = tracked
        id_col = model.__table__.c.id
        late = len(audit_hash.LATE_COLUMNS.get(model.__tablename__, ()))
        seen = set()
        for rows in _audited_rows(conn, id_col, columns, audited):
            for row in rows:
                record_id = row[0]
                expected = audited.get(record_id)
                if expected is None:
                    continue
                seen.add(record_id)
                report.records_checked += 1
                state, seq = expected
                if state == audit_hash.ABSENT or audit_hash.state_digest(row[1:], late) != state:
                    report.problems.append(
                        Problem(
                            "record_changed",
                            translate(
                                "services.audit_checks",
                                "{entity} #{record} no longer matches its last audited state {entry}: "
                                "changed outside consular.",
                            ).format(entity=entity, record=record_id, entry=_entry(seq)),
                            seq=seq,
                            entity=entity,
                            entity_id=record_id,
                        )
                    )
        for record_id, (state, seq) in audited.items():
            if record_id not in seen and state != audit_hash.ABSENT:
                report.problems.append(
                    Problem(
                        "record_deleted",
                        translate(
                            "services.audit_checks",
                            "{entity} #{record} is gone, but its last audited state {entry} has it: "
                            "deleted outside consular.",
                        ).format(entity=entity, record=record_id, entry=_entry(seq)),
                        seq=seq,
                        entity=entity,
                        entity_id=record_id,
                    )
                )


# Ids looked up per statement when the records the chain audited are read back (well under
# SQLite's limit of bound parameters).
RECORD_IDS_PER_STATEMENT = 500


def _audited_rows(conn, id_col, columns, audited: dict):
    """The rows of the records the chain audited, in batches, and no others: looked up by id.

    Reading the whole table and keeping the audited rows cost the sign-in's check 2.4 s CPU
    on a 10,000-case file after 20 Log contacts (all 195,000 contact entries, their notes
    included, to check 20 of them): the cost followed the table, not the audited records."""
    ids = sorted(audited)
    for chunk in chunks(ids, RECORD_IDS_PER_STATEMENT):
        yield conn.execute(select(id_col, *columns).where(id_col.in_(chunk))).all()


def _accept_purged(conn, report) -> None:
    """Entries emptied by ``consular cases purge`` (retention) are not tampering: each is listed,
    with its link, in the ``case.purge`` entry that emptied it, which is itself chained and
    signed. Accepted only if that purge entry verified, the link is the one listed, and the
    entry holds no content any more."""
    edited = {p.seq: p for p in report.problems if p.kind == "edited" and p.seq is not None}
    if not edited:
        return
    bad = {p.seq for p in report.problems}
    listed: dict[int, tuple[str, str]] = {}
    rows = conn.execute(
        text("SELECT seq, after FROM audit_entries WHERE action = 'case.purge' AND seq IS NOT NULL ORDER BY seq")
    ).all()
    for seq, after in rows:
        if seq in bad or not after:
            continue
        try:
            data = json.loads(after)
        except ValueError:
            continue
        for item in data.get("emptied_entries") or []:
            if isinstance(item, list) and len(item) == 2 and item[0] is not None and item[0] < seq:
                listed[int(item[0])] = (str(item[1]), str(data.get("reference", "")))
    accepted: dict[str, int] = {}
    for seq, problem in edited.items():
        if seq not in listed:
            continue
        row = conn.execute(
            text("SELECT chain, before, after, case_id FROM audit_entries WHERE seq = :seq"), {"seq": seq}
        ).first()
        if row is None or row[0] != listed[seq][0] or row[1] is not None or row[2] is not None or row[3] is not None:
            continue
        report.problems.remove(problem)
        accepted[listed[seq][1]] = accepted.get(listed[seq][1], 0) + 1
    for reference, count in sorted(accepted.items()):
        report.notes.append(f"{count} entries were emptied when case {reference} was purged (retention); accepted.")


def _name_actors(conn, report) -> None:
    """Put who and when on record problems (from their last audited entry)."""
    wanted = {p.seq for p in report.problems if p.kind.startswith("record_") and p.seq}
    if not wanted:
        return
    rows = conn.execute(
        select(AuditEntry.seq, AuditEntry.at, User.username)
        .join(User, User.id == AuditEntry.actor_id)
        .where(AuditEntry.seq.in_(sorted(wanted)))
    ).all()
    who = {seq: (at, name) for seq, at, name in rows}
    for i, p in enumerate(report.problems):
        if p.seq in who and p.kind.startswith("record_"):
            at, name = who[p.seq]
            by = translate("services.audit_checks", "(entry #{seq}, by {name} at {when} UTC)").format(
                seq=p.seq, name=name, when=at.strftime("%Y-%m-%d %H:%M")
            )
            message = p.message.replace(_entry(p.seq), by)
            report.problems[i] = Problem(p.kind, message, p.seq, p.entry_id, p.entity, p.entity_id)


def summary(report: VerifyReport) -> str:
    """One line for a status bar or the red banner: what was checked, or the first problem."""
    if report.ok:
        head = report.head.short if report.head else translate("services.audit_checks", "none")
        return translate("services.audit_checks", "Audit trail intact: {entries} entries, chain head {head}.").format(
            entries=format_number(report.entries), head=head
        )
    more = len(report.problems) - 1
    if more:
        return translate(
            "services.audit_checks",
            "The audit trail was tampered with: {problem} (%n more problem(s): run `consular audit verify`.)",
            "",
            more,
        ).format(problem=report.first_problem.message)
    return translate("services.audit_checks", "The audit trail was tampered with: {problem}").format(
        problem=report.first_problem.message
    )
