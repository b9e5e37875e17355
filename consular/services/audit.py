"""Reading the audit trail: per case, per record, the whole database filtered; exporting it.

Entries are written by :meth:`ServiceContext.audit` and chained at commit by
:mod:`consular.services.audit_chain`. Every view carries ``before`` and ``after`` as dicts
(and :attr:`AuditView.changes` side by side), the chain position ``seq`` and the link hash.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consular.db.chunks import chunks
from consular.db.family_models import FamilyUpdate, TellFamilyItem
from consular.db.models import AuditEntry, Case, ContactEntry, Document, Milestone, User
from consular.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from consular.i18n import translate
from consular.services import audit_chain, need_to_know
from consular.services.audit_encoding import encode
from consular.services.context import ServiceContext
from consular.services.permissions import action, require
from consular.services.views import AuditView

__all__ = [
    "AuditFilter",
    "ExportResult",
    "audit_trail",
    "case_history",
    "count_entries",
    "encode",
    "expect_version",
    "export_entries",
    "last_change",
    "list_entries",
    "record_history",
    "snapshot",
]


def snapshot(obj, fields: list[str]) -> dict:
    """The named attributes of ``obj``, for an entry's before/after."""
    return {name: getattr(obj, name) for name in fields}


@dataclass(frozen=True)
class AuditFilter:
    """What to list. ``action`` matches exactly, or a family when it ends with a dot or has
    none (``case`` and ``case.`` both give case.open, case.edit, case.status ...)."""

    case_reference: str | None = None
    username: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    entity: str | None = None
    entity_id: int | None = None


def _statement(session: Session, flt: AuditFilter):
    stmt = (
        select(AuditEntry, User.username, User.display_name, Case.reference)
        .join(User, User.id == AuditEntry.actor_id)
        .outerjoin(Case, Case.id == AuditEntry.case_id)
    )
    if flt.case_reference:
        ref = flt.case_reference.strip().upper()
        case_id = session.scalar(select(Case.id).where(Case.reference == ref))
        if case_id is None:
            raise ValidationError("case", translate("services.audit", "There is no case {ref}.").format(ref=ref))
        stmt = stmt.where(AuditEntry.case_id == case_id)
    if flt.username:
        stmt = stmt.where(User.username == flt.username.strip().lower())
    if flt.action:
        action = flt.action.strip().lower()
        if action.endswith(".") or "." not in action:
            family = action.rstrip(".")
            stmt = stmt.where(
                (AuditEntry.action == family) | AuditEntry.action.startswith(family + ".", autoescape=True)
            )
        else:
            stmt = stmt.where(AuditEntry.action == action)
    if flt.since is not None:
        stmt = stmt.where(AuditEntry.at >= flt.since)
    if flt.until is not None:
        stmt = stmt.where(AuditEntry.at < flt.until)
    if flt.entity:
        stmt = stmt.where(AuditEntry.entity == flt.entity)
    if flt.entity_id is not None:
        stmt = stmt.where(AuditEntry.entity_id == flt.entity_id)
    return stmt


def _view(entry: AuditEntry, username: str, display_name: str, reference: str | None) -> AuditView:
    return AuditView(
        id=entry.id,
        at=entry.at,
        actor=display_name,
        action=entry.action,
        entity=entry.entity,
        entity_id=entry.entity_id,
        case_reference=reference,
        before=json.loads(entry.before) if entry.before else None,
        after=json.loads(entry.after) if entry.after else None,
        seq=entry.seq,
        username=username,
        chain=entry.chain,
    )


# Records that can be restricted (need-to-know), by the entity name their entries carry.
RESTRICTABLE = {
    "contact": ContactEntry,
    "milestone": Milestone,
    "document": Document,
    "family_update": FamilyUpdate,
    "tell_item": TellFamilyItem,
}
# Records restricted as a whole, whatever they say: the proof-of-life question bank and checks,
# demands, and intermediaries' vetting.
ALWAYS_RESTRICTED = frozenset({"pol_question", "pol_check", "demand", "vetting"})
# What someone outside the case team sees of such an entry's before and after.
HIDDEN = {"restricted": True}


def _says_restricted(state: dict | None) -> bool:
    return bool(state) and state.get("restricted") is True


def _need_to_know(ctx: ServiceContext, session: Session, rows) -> list[AuditView]:
    """Views of ``rows`` (entry, username, display name, reference), with the before/after of
    entries about restricted records replaced by :data:`HIDDEN` for an actor who may not read
    that case's restricted content. Action, who and when stay.

    A record counts as restricted when its current flag says so, or when any entry about it
    recorded it restricted (so an entry written while it was restricted stays hidden after the
    flag is cleared): the stricter of the two.
    """
    rows = list(rows)
    visible = need_to_know.visible_cases(ctx, session)
    if visible is None:
        return [_view(*row) for row in rows]
    suspects: dict[str, set[int]] = {}
    for entry, *_ in rows:
        if entry.entity in RESTRICTABLE and entry.entity_id is not None and entry.case_id not in visible:
            suspects.setdefault(entry.entity, set()).add(entry.entity_id)
    restricted: set[tuple[str, int]] = set()
    for entity, ids in suspects.items():
        model = RESTRICTABLE[entity]
        for chunk in chunks(sorted(ids)):
            now = select(model.id).where(model.id.in_(chunk), model.restricted.is_(True))
            restricted.update((entity, rid) for rid in session.scalars(now))
            ever = select(AuditEntry.entity_id, AuditEntry.before, AuditEntry.after).where(
                AuditEntry.entity == entity, AuditEntry.entity_id.in_(chunk)
            )
            for rid, before, after in session.execute(ever):
                if (before and '"restricted"' in before and _says_restricted(json.loads(before))) or (
                    after and '"restricted"' in after and _says_restricted(json.loads(after))
                ):
                    restricted.add((entity, rid))
    views = []
    for row in rows:
        entry, view = row[0], _view(*row)
        hidden = (entry.entity, entry.entity_id) in restricted or entry.entity in ALWAYS_RESTRICTED
        if hidden and entry.case_id not in visible:
            view = replace(
                view,
                before=dict(HIDDEN) if view.before is not None else None,
                after=dict(HIDDEN) if view.after is not None else None,
            )
        views.append(view)
    return views


def _check_scope(ctx: ServiceContext, flt: AuditFilter) -> None:
    if not flt.case_reference:
        require(ctx, "audit.whole_database")


@action("audit.list_entries")
def list_entries(
    ctx: ServiceContext,
    flt: AuditFilter | None = None,
    *,
    offset: int = 0,
    limit: int | None = 200,
    newest_first: bool = True,
) -> list[AuditView]:
    """Audit entries matching ``flt``, newest first by default, one page at a time.

    Without a case, only supervisors and administrators may list (PermissionDeniedError);
    an unknown case reference raises ValidationError.
    """
    flt = flt or AuditFilter()
    _check_scope(ctx, flt)
    with ctx.transaction() as session:
        order = (AuditEntry.at.desc(), AuditEntry.id.desc()) if newest_first else (AuditEntry.at, AuditEntry.id)
        stmt = _statement(session, flt).order_by(*order).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        return _need_to_know(ctx, session, session.execute(stmt))


@action("audit.count_entries")
def count_entries(ctx: ServiceContext, flt: AuditFilter | None = None) -> int:
    """How many entries match ``flt`` (for a paged view's scroll bar)."""
    flt = flt or AuditFilter()
    _check_scope(ctx, flt)
    with ctx.transaction() as session:
        return session.scalar(select(func.count()).select_from(_statement(session, flt).subquery()))


@action("audit.case_history")
def case_history(ctx: ServiceContext, reference: str, *, offset: int = 0, limit: int | None = 200) -> list[AuditView]:
    """A case's History tab: every entry on the case and its records, newest first."""
    return list_entries(ctx, AuditFilter(case_reference=reference), offset=offset, limit=limit)


@action("audit.record_history")
def record_history(ctx: ServiceContext, entity: str, entity_id: int) -> list[AuditView]:
    """Every entry about one record (``"contact"``, 12), oldest first: its versions."""
    with ctx.transaction() as session:
        stmt = _statement(session, AuditFilter(entity=entity, entity_id=entity_id)).order_by(AuditEntry.id)
        rows = _need_to_know(ctx, session, session.execute(stmt))
    if rows and not ctx.actor.is_supervisor and all(r.case_reference is None for r in rows):
        raise PermissionDeniedError(
            translate("services.audit", "Only a supervisor or administrator can read this record's history.")
        )
    return rows


@action("audit.audit_trail")
def audit_trail(ctx: ServiceContext, reference: str | None = None, *, limit: int = 200) -> list[AuditView]:
    """Newest first; for one case when ``reference`` is given (kept for existing callers)."""
    with ctx.transaction() as session:
        flt = AuditFilter(case_reference=reference)
        stmt = _statement(session, flt).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
        return _need_to_know(ctx, session, session.execute(stmt))


# --- export -----------------------------------------------------------------------------

EXPORT_COLUMNS = ["seq", "id", "at", "username", "actor", "action", "entity", "entity_id", "case_reference"]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    chain_head: str


@action("audit.export_entries")
def export_entries(
    ctx: ServiceContext, path: str | Path, *, fmt: str = "csv", flt: AuditFilter | None = None
) -> ExportResult:
    """Write the matching entries (oldest first) to ``path`` as CSV or JSON, with the chain head.

    The CSV starts with a ``# chain head: SEQ:HASH`` comment line; the JSON is an object with
    ``chain_head`` and ``entries``. The export is audited (``audit.export``) in the same
    transaction as the read; the file is written to a temporary name and renamed only after
    that commit. Raises PermissionDeniedError (see :func:`list_entries`), ValidationError
    for an unknown format.
    """
    fmt = fmt.lower()
    if fmt not in ("csv", "json"):
        raise ValidationError(
            "format", translate("services.audit", "Unknown export format '{fmt}': use csv or json.").format(fmt=fmt)
        )
    flt = flt or AuditFilter()
    _check_scope(ctx, flt)
    path = Path(path)
    target_dir = path.resolve().parent
    if not target_dir.is_dir():
        raise ValidationError(
            "output",
            translate("services.audit", "The folder {target_dir} does not exist; nothing was written.").format(
                target_dir=target_dir
            ),
        )
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=target_dir)
    temp = Path(temp_name)
    try:
        with ctx.transaction(write=True) as session:
            rows = _need_to_know(
                ctx, session, session.execute(_statement(session, flt).order_by(AuditEntry.seq, AuditEntry.id))
            )
            head = audit_chain.head_in(session)
            short = head.short if head and head.seq else "0:none"
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                if fmt == "json":
                    json.dump(
                        {"chain_head": short, "entries": [r.to_json() for r in rows]},
                        handle,
                        ensure_ascii=False,
                        indent=1,
                    )
                else:
                    handle.write(f"# chain head: {short}\n")
                    writer = csv.writer(handle)
                    writer.writerow([*EXPORT_COLUMNS, "before", "after", "chain"])
                    for r in rows:
                        writer.writerow(
                            [
                                r.seq,
                                r.id,
                                r.at.isoformat(),
                                r.username,
                                r.actor,
                                r.action,
                                r.entity,
                                r.entity_id if r.entity_id is not None else "",
                                r.case_reference or "",
                                json.dumps(r.before, ensure_ascii=False) if r.before is not None else "",
                                json.dumps(r.after, ensure_ascii=False) if r.after is not None else "",
                                r.chain or "",
                            ]
                        )
            ctx.audit(
                session,
                "audit.export",
                "database",
                None,
                after={"file": path.name, "format": fmt, "rows": len(rows), "chain_head": short},
            )
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if head is not None and head.seq:
        audit_chain.record_anchor(head)
    return ExportResult(path, len(rows), short)


# --- optimistic version checks ----------------------------------------------------------


def last_change(session: Session, entity: str, entity_id: int) -> tuple[str, datetime] | None:
    """Who last changed a record and when, from the audit trail: (display name, at)."""
    row = session.execute(
        select(User.display_name, AuditEntry.at)
        .join(User, User.id == AuditEntry.actor_id)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        # Reads and sign-ins are audited too, but they change nothing.
        .where(~AuditEntry.action.like("read.%"), ~AuditEntry.action.like("auth.%"))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else None


def expect_version(
    session: Session, record, expected: int | None, entity: str, label: str, *, current: int | None = None
) -> None:
    """Refuse a stale save: ConflictError "<label> was changed by X at T" when the record's
    version (``current``, default ``record.version``) is no longer ``expected`` (None: the
    caller did not load one, nothing checked)."""
    current = record.version if current is None else current
    if expected is None or current == expected:
        return
    who = last_change(session, entity, record.id)
    if who:
        text = translate(
            "services.audit",
            "{label} was changed by {name} at {when} UTC since you opened it (version {current}, yours "
            "{expected}). Reload to see their change, then apply yours again.",
        )
    else:
        text = translate(
            "services.audit",
            "{label} was changed since you opened it (version {current}, yours "
            "{expected}). Reload to see their change, then apply yours again.",
        )
    raise ConflictError(
        text.format(
            label=label,
            name=who[0] if who else "",
            when=who[1].strftime("%Y-%m-%d %H:%M") if who else "",
            current=current,
            expected=expected,
        )
    )
