"""Intermediary vetting: may the people who say they can reach the captors be trusted?

Each counterpart has a dated vetting history: unvetted (the default: no decision yet), under
vetting, vetted, rejected, each decision with who recorded it, who did the vetting (often a
service outside the app) and on what basis. The history is append-only; the latest decision
stands, and :func:`status_at` answers "was this intermediary vetted when they approached us?",
so a demand or contact through an intermediary not vetted at the time is flagged.

Anyone may see a status (a caseworker must know whom not to trust); the basis is
intermediaries' dealings, so it is need-to-know: the teams of the cases the counterpart is
linked to, and supervisors. Deciding *vetted* or *rejected* is a supervisor's call.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from consular.db.models import CaseCounterpart, Counterpart, CounterpartVetting
from consular.domain import validation as v
from consular.domain.enums import CounterpartCategory, VettingStatus
from consular.domain.errors import NotFoundError, ValidationError
from consular.domain.timeutil import as_utc, parse_datetime, require_aware
from consular.i18n import translate
from consular.services import need_to_know
from consular.services.context import ServiceContext
from consular.services.convert import WITHHELD
from consular.services.permissions import action, require
from consular.services.views import JsonMixin

DECISIONS = frozenset({VettingStatus.VETTED, VettingStatus.REJECTED})


@dataclass(frozen=True)
class VettingView(JsonMixin):
    id: int
    counterpart_id: int
    counterpart_name: str
    status: VettingStatus
    decided_at: datetime
    decided_by: str
    vetted_by: str | None
    basis: str  # "restricted" outside the teams of the counterpart's cases


def status_at(session, counterpart_ids, at: datetime | None = None) -> dict[int, VettingStatus]:
    """Each counterpart's vetting status at ``at`` (default now): the latest decision made by
    then, or unvetted. One query for all of them."""
    ids = sorted(set(counterpart_ids))
    if not ids:
        return {}
    stmt = select(CounterpartVetting.counterpart_id, CounterpartVetting.status, CounterpartVetting.decided_at).where(
        CounterpartVetting.counterpart_id.in_(ids)
    )
    found: dict[int, tuple[datetime, VettingStatus]] = {}
    for cid, status, decided in session.execute(stmt.order_by(CounterpartVetting.decided_at, CounterpartVetting.id)):
        if at is None or as_utc(decided) <= as_utc(at):
            found[cid] = (decided, status)
    return {cid: found[cid][1] if cid in found else VettingStatus.UNVETTED for cid in ids}


def unvetted_in_contacts(session, entries) -> dict[int, list[str]]:
    """Per contact entry (ORM rows), the intermediaries in it who were not vetted at the time
    of the contact, as "Name (status)": an approach the log flags."""
    flagged: dict[int, list[str]] = {}
    for entry in entries:
        middlemen = [c for c in entry.counterparts if c.category == CounterpartCategory.INTERMEDIARY]
        if not middlemen:
            continue
        then = status_at(session, [c.id for c in middlemen], entry.occurred_at)
        names = [
            translate("services.vetting", "{name} ({status})").format(name=c.name, status=then[c.id].label.lower())
            for c in middlemen
            if not then[c.id].trusted
        ]
        if names:
            flagged[entry.id] = names
    return flagged


def _may_read_basis(ctx: ServiceContext, session, counterpart_id: int) -> bool:
    if need_to_know.sees_all(ctx):
        return True
    linked = set(
        session.scalars(select(CaseCounterpart.case_id).where(CaseCounterpart.counterpart_id == counterpart_id))
    )
    return bool(linked & need_to_know.team_case_ids(ctx, session))


def _view(row: CounterpartVetting, name: str, *, withheld: bool) -> VettingView:
    return VettingView(
        id=row.id,
        counterpart_id=row.counterpart_id,
        counterpart_name=name,
        status=row.status,
        decided_at=row.decided_at,
        decided_by=row.decided_by.display_name,
        vetted_by=None if withheld else row.vetted_by,
        basis=WITHHELD if withheld else row.basis,
    )


@action("vetting.set_vetting")
def set_vetting(
    ctx: ServiceContext,
    counterpart_id: int,
    *,
    status: str | VettingStatus,
    basis: str,
    vetted_by: str | None = None,
    decided_at: datetime | str | None = None,
) -> VettingView:
    """Record a vetting decision about a counterpart (normally an intermediary): under
    vetting (any staff), vetted or rejected (supervisors: action ``vetting.decide``). The
    basis is required. ``decided_at`` back-dates a decision taken earlier (default now)."""
    target = status if isinstance(status, VettingStatus) else VettingStatus.parse(status, "status")
    if target == VettingStatus.UNVETTED:
        raise ValidationError(
            "status", translate("services.vetting", "A vetting decision says under vetting, vetted or rejected.")
        )
    if target in DECISIONS:
        require(ctx, "vetting.decide")
    basis_text = v.clean_text(basis, "basis", required=True, max_length=20_000, multiline=True)
    by_text = v.clean_text(vetted_by, "vetted_by", max_length=300)
    with ctx.writing() as session:
        counterpart = session.get(Counterpart, counterpart_id)
        if counterpart is None:
            raise NotFoundError(
                translate("services.vetting", "There is no counterpart #{counterpart_id}.").format(
                    counterpart_id=counterpart_id
                )
            )
        if decided_at is None or decided_at == "":
            when = ctx.now()
        elif isinstance(decided_at, str):
            when = parse_datetime(decided_at, "decided_at")
        else:
            when = require_aware(decided_at, "decided_at")
        if (when - ctx.now()).total_seconds() > 15 * 60:
            raise ValidationError(
                "decided_at", translate("services.vetting", "The decision is in the future; check the date.")
            )
        previous = status_at(session, [counterpart.id])[counterpart.id]
        row = CounterpartVetting(
            counterpart_id=counterpart.id,
            status=target,
            decided_at=when,
            decided_by_id=ctx.actor.user_id,
            vetted_by=by_text,
            basis=basis_text,
        )
        session.add(row)
        session.flush()
        ctx.audit(
            session,
            "vetting.set",
            "vetting",
            row.id,
            after={
                "counterpart_id": counterpart.id,
                "from": previous,
                "status": target,
                "decided_at": when,
                "vetted_by": by_text,
                "basis": basis_text,
            },
        )
        session.refresh(row)
        return _view(row, counterpart.name, withheld=False)


@action("vetting.vetting_history")
def vetting_history(ctx: ServiceContext, counterpart_id: int) -> list[VettingView]:
    """A counterpart's vetting decisions, oldest first. The basis and who vetted are
    withheld from anyone outside the teams of the counterpart's cases (and not a supervisor)."""
    with ctx.transaction() as session:
        counterpart = session.get(Counterpart, counterpart_id)
        if counterpart is None:
            raise NotFoundError(
                translate("services.vetting", "There is no counterpart #{counterpart_id}.").format(
                    counterpart_id=counterpart_id
                )
            )
        rows = list(
            session.scalars(
                select(CounterpartVetting)
                .where(CounterpartVetting.counterpart_id == counterpart_id)
                .order_by(CounterpartVetting.decided_at, CounterpartVetting.id)
            )
        )
        readable = _may_read_basis(ctx, session, counterpart_id)
        if rows and readable:
            ctx.record_read("restricted", "counterpart", counterpart_id, vetting=[r.id for r in rows])
        return [_view(r, counterpart.name, withheld=not readable) for r in rows]


@action("vetting.current_status")
def current_status(ctx: ServiceContext, counterpart_ids: list[int]) -> dict[int, VettingStatus]:
    """Each counterpart's vetting status now (unvetted when never decided)."""
    with ctx.transaction() as session:
        return status_at(session, counterpart_ids)


__all__ = ["VettingView", "current_status", "set_vetting", "status_at", "vetting_history"]
