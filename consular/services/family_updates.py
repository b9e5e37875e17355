"""The family update log: what was told to which next of kin, when, by whom, through which channel.

Recording an update for a next of kin closes that hostage's open "tell the family" items
(:mod:`consular.services.tell_family`) in the same transaction: every open item of the hostage
by default, or exactly those the caller names (``covers``; an empty list closes none). The
developments the closed items stood for are linked to the update.

An update that covered a restricted development (a proof of life, a demand) is restricted:
outside the case team the log shows that the family was told something on that date, never
what; recording one, or closing a restricted item, needs the case team. Updates are audited,
indexed for search and voidable like other entries (voiding one opens the items it closed).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from consular.db.family_models import FamilyUpdate, FamilyUpdateLink, TellFamilyItem
from consular.db.models import Case, Demand, FamilyLiaison, HostageStatusEvent, Milestone, User
from consular.domain import validation as v
from consular.domain.enums import Channel, TellKind
from consular.domain.errors import NotFoundError, ValidationError
from consular.domain.timeutil import parse_datetime, require_aware
from consular.i18n import format_date, translate
from consular.services import need_to_know, search_index
from consular.services.audit import expect_version, snapshot
from consular.services.cases import load_case
from consular.services.context import ServiceContext
from consular.services.convert import WITHHELD
from consular.services.permissions import action
from consular.services.reference_data import user_id_for
from consular.services.tell_family import mark_done
from consular.services.views import JsonMixin

UPDATE_FIELDS = ["case_id", "liaison_id", "told_at", "told_by_id", "channel", "what_told", "restricted"]


@dataclass(frozen=True)
class FamilyUpdateView(JsonMixin):
    """One family update. Restricted, outside the case team: its date and the next of kin only
    (``withheld``; ``what_told`` reads "restricted")."""

    id: int
    case_id: int
    liaison_id: int
    kin_name: str
    relationship: str
    hostage_person_id: int
    hostage_name: str
    told_at: datetime
    told_by: str
    channel: Channel | None
    what_told: str
    restricted: bool
    recorded_by_id: int | None
    covered: list[str]  # "Proof of life #12", ...
    closed_item_ids: list[int]
    version: int = 1
    voided_at: datetime | None = None
    void_reason: str | None = None
    withheld: bool = False


@dataclass(frozen=True)
class TellItemView(JsonMixin):
    """An open (or done) "tell the family" item. Items of restricted developments are never
    made into a view for someone outside the case team."""

    id: int
    case_id: int
    reference: str
    hostage_person_id: int
    hostage_name: str
    kind: TellKind
    record_id: int
    what: str  # what happened, in the words of the development's record
    restricted: bool
    opened_at: datetime
    due_at: datetime
    done_at: datetime | None
    done_by: str | None
    done_reason: str | None
    family_update_id: int | None
    version: int = 1

    def overdue(self, now: datetime) -> bool:
        return self.done_at is None and self.due_at < now

    @property
    def headline(self) -> str:
        return translate("services.dashboard", "Tell the family of {name}: {kind}").format(
            name=self.hostage_name, kind=self.kind.label.lower()
        )


def development_text(session: Session, kind: TellKind, record_id: int) -> str:
    """A line saying what the development was, from its record (case team or unrestricted only)."""
    if kind in (TellKind.PROOF_OF_LIFE, TellKind.PUBLIC_STATEMENT):
        m = session.get(Milestone, record_id)
        if m is None:
            return translate("services.family_updates", "{kind} #{id}").format(kind=kind.label, id=record_id)
        return translate("services.family_updates", "{title} ({day})").format(
            title=m.title, day=format_date(m.occurred_at, "dd MMM y")
        )
    if kind == TellKind.STATUS_CHANGE:
        event = session.get(HostageStatusEvent, record_id)
        if event is None:
            return translate("services.family_updates", "{kind} #{id}").format(kind=kind.label, id=record_id)
        status, day = event.status.label.lower(), format_date(event.effective_at, "dd MMM y")
        if event.note:
            return translate("services.family_updates", "Now {status} since {day}: {note}").format(
                status=status, day=day, note=event.note
            )
        return translate("services.family_updates", "Now {status} since {day}").format(status=status, day=day)
    demand = session.get(Demand, record_id)
    if demand is None:
        return translate("services.family_updates", "{kind} #{id}").format(kind=kind.label, id=record_id)
    return translate("services.family_updates", "Demand about the family received {day}: {details}").format(
        day=format_date(demand.received_at, "dd MMM y"), details=_one_line(demand.details, 160)
    )


def development_time(session: Session, kind: TellKind, record_id: int) -> datetime | None:
    """When the development happened (not when it was recorded): None if its record is gone."""
    if kind in (TellKind.PROOF_OF_LIFE, TellKind.PUBLIC_STATEMENT):
        m = session.get(Milestone, record_id)
        return m.occurred_at if m else None
    if kind == TellKind.STATUS_CHANGE:
        event = session.get(HostageStatusEvent, record_id)
        return event.effective_at if event else None
    demand = session.get(Demand, record_id)
    return demand.received_at if demand else None


def _one_line(text: str | None, limit: int) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def item_view(session: Session, item: TellFamilyItem, reference: str) -> TellItemView:
    return TellItemView(
        id=item.id,
        case_id=item.case_id,
        reference=reference,
        hostage_person_id=item.hostage_person_id,
        hostage_name=item.hostage.full_name,
        kind=item.kind,
        record_id=item.record_id,
        what=development_text(session, item.kind, item.record_id),
        restricted=item.restricted,
        opened_at=item.opened_at,
        due_at=item.due_at,
        done_at=item.done_at,
        done_by=item.done_by.display_name if item.done_by else None,
        done_reason=item.done_reason,
        family_update_id=item.family_update_id,
        version=item.version,
    )


def update_view(session: Session, update: FamilyUpdate, *, withheld: bool) -> FamilyUpdateView:
    liaison = update.liaison
    links = (
        []
        if withheld
        else list(
            session.scalars(
                select(FamilyUpdateLink)
                .where(FamilyUpdateLink.family_update_id == update.id)
                .order_by(FamilyUpdateLink.id)
            )
        )
    )
    return FamilyUpdateView(
        id=update.id,
        case_id=update.case_id,
        liaison_id=liaison.id,
        kin_name=liaison.kin.full_name,
        relationship=liaison.relationship_to_hostage,
        hostage_person_id=liaison.hostage_person_id,
        hostage_name=liaison.hostage.full_name,
        told_at=update.told_at,
        told_by=WITHHELD if withheld else update.told_by.display_name,
        channel=None if withheld else update.channel,
        what_told=WITHHELD if withheld else update.what_told,
        restricted=update.restricted,
        recorded_by_id=None if withheld else update.recorded_by_id,
        covered=[
            translate("services.family_updates", "{kind} #{id}").format(kind=link.kind.label, id=link.record_id)
            for link in links
        ],
        closed_item_ids=[link.tell_item_id for link in links if link.tell_item_id],
        version=update.version,
        voided_at=update.voided_at,
        void_reason=None if withheld else update.void_reason,
        withheld=withheld,
    )


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


def find_liaison(session: Session, case: Case, kin: int | str) -> FamilyLiaison:
    """A next of kin of ``case`` by family-liaison id or by name (whole name, or a unique part)."""
    liaisons = list(
        session.scalars(
            select(FamilyLiaison).where(FamilyLiaison.case_id == case.id).order_by(FamilyLiaison.id)
        ).unique()
    )
    if isinstance(kin, int) or (isinstance(kin, str) and kin.strip().isdigit()):
        wanted = int(kin)
        found = next((liaison for liaison in liaisons if liaison.id == wanted), None)
        if found is None:
            raise NotFoundError(
                translate("services.family_updates", "{reference} has no next of kin #{wanted}.").format(
                    reference=case.reference, wanted=wanted
                )
            )
        return found
    name = _norm(kin)
    if not name:
        raise ValidationError("kin", translate("services.family_updates", "Say which next of kin (their name)."))
    exact = [liaison for liaison in liaisons if _norm(liaison.kin.full_name) == name]
    partial = exact or [liaison for liaison in liaisons if name in _norm(liaison.kin.full_name)]
    if len(partial) == 1:
        return partial[0]
    names = ", ".join(f"{liaison.kin.full_name} (#{liaison.id})" for liaison in liaisons) or "none recorded"
    if not partial:
        raise NotFoundError(
            translate(
                "services.family_updates", "{reference} has no next of kin called '{kin}'. Its next of kin: {names}."
            ).format(reference=case.reference, kin=kin, names=names)
        )
    raise ValidationError(
        "kin",
        translate(
            "services.family_updates",
            "'{kin}' matches several next of kin of {reference}: {names}. Give more of the name.",
        ).format(kin=kin, reference=case.reference, names=names),
    )


def _when(value, case: Case, ctx: ServiceContext) -> datetime:
    if value in (None, ""):
        return ctx.now()
    at = parse_datetime(value, "told_at", default_zone=case.timezone) if isinstance(value, str) else value
    at = require_aware(at, "told_at")
    if (at - ctx.now()).total_seconds() > 15 * 60:
        raise ValidationError(
            "told_at", translate("services.family_updates", "The family update is in the future; check the date.")
        )
    if at < case.incident_at:
        raise ValidationError(
            "told_at",
            translate("services.family_updates", "The family update is dated before the incident; check the date."),
        )
    return at


def _items_covered(
    ctx: ServiceContext, session: Session, case: Case, liaison: FamilyLiaison, covers, allowed: bool, told_at: datetime
) -> list[TellFamilyItem]:
    open_items = list(
        session.scalars(
            select(TellFamilyItem)
            .where(
                TellFamilyItem.case_id == case.id,
                TellFamilyItem.hostage_person_id == liaison.hostage_person_id,
                TellFamilyItem.done_at.is_(None),
            )
            .order_by(TellFamilyItem.id)
        ).unique()
    )
    if covers is None:
        # Outside the team the restricted items are not theirs to see, so not theirs to close; and
        # a family cannot have been told of what happened after they were told.
        return [
            item
            for item in open_items
            if (allowed or not item.restricted)
            and (development_time(session, item.kind, item.record_id) or told_at) <= told_at
        ]
    by_id = {item.id: item for item in open_items}
    chosen = []
    for item_id in dict.fromkeys(int(i) for i in covers):
        item = by_id.get(item_id)
        if item is None or (item.restricted and not allowed):
            raise ValidationError(
                "covers",
                translate(
                    "services.family_updates",
                    "Item #{item_id} is not an open 'tell the family' item of {full_name} in "
                    "{reference}; see the open ones with: consular family items {reference}",
                ).format(item_id=item_id, full_name=liaison.hostage.full_name, reference=case.reference),
            )
        chosen.append(item)
    return chosen


@action("family_updates.record_family_update")
def record_family_update(
    ctx: ServiceContext,
    reference: str,
    *,
    kin: int | str,
    channel: str | Channel,
    what_told: str,
    told_at: datetime | str | None = None,
    told_by: str | None = None,
    covers: list[int] | tuple[int, ...] | None = None,
    restricted: bool = False,
) -> FamilyUpdateView:
    """Record what was told to a next of kin (``kin``: family-liaison id or name), when
    (default now), by whom (``told_by`` username, default the actor) and through which channel.

    Closes the hostage's open "tell the family" items: those of developments that happened by
    ``told_at`` (``covers`` None), or those listed (ids; ``[]`` closes none). The update is
    restricted when asked or when it covers a restricted item. Raises ValidationError (bad
    field, an item that is not open for that hostage), NotFoundError (no such case or next of
    kin), PermissionDeniedError (a viewer, or a restricted update by someone outside the case
    team)."""
    channel_value = channel if isinstance(channel, Channel) else Channel.parse(channel, "channel")
    text = v.clean_text(
        what_told, "what_told", required=True, max_length=v.LONG_TEXT_MAX, multiline=True, label="what was told"
    )
    with ctx.writing() as session:
        case = load_case(session, reference)
        liaison = find_liaison(session, case, kin)
        at = _when(told_at, case, ctx)
        teller = user_id_for(session, told_by, "told_by") if told_by else ctx.actor.user_id
        allowed = need_to_know.may_see(ctx, session, case.id)
        items = _items_covered(ctx, session, case, liaison, covers, allowed, at)
        is_restricted = bool(restricted) or any(item.restricted for item in items)
        if is_restricted and not allowed:
            need_to_know.require_for(ctx, session, case.id, case.reference)
        update = FamilyUpdate(
            case_id=case.id,
            liaison_id=liaison.id,
            told_at=at,
            told_by_id=teller,
            channel=channel_value,
            what_told=text,
            restricted=is_restricted,
            recorded_at=ctx.now(),
            recorded_by_id=ctx.actor.user_id,
        )
        session.add(update)
        session.flush()
        for item in items:
            session.add(
                FamilyUpdateLink(
                    family_update_id=update.id, kind=item.kind, record_id=item.record_id, tell_item_id=item.id
                )
            )
        case.updated_at = ctx.now()
        session.flush()
        index_family_update(session, update)
        ctx.audit(
            session,
            "family_update.add",
            "family_update",
            update.id,
            case_id=case.id,
            after=snapshot(update, UPDATE_FIELDS) | {"covers": [item.id for item in items]},
        )
        for item in items:
            mark_done(ctx, session, item, reason=None, family_update_id=update.id)
        session.refresh(update)
        return update_view(session, update, withheld=False)


def index_family_update(session: Session, update: FamilyUpdate) -> None:
    """The update in the search index: restricted like the update."""
    liaison = session.get(FamilyLiaison, update.liaison_id)
    title = f"Family update: {liaison.kin.full_name} ({liaison.relationship_to_hostage} of {liaison.hostage.full_name})"
    search_index.upsert(
        session, "family_update", update.id, update.case_id, title, update.what_told, restricted=update.restricted
    )


@action("family_updates.family_log")
def family_log(
    ctx: ServiceContext, reference: str, *, kin: int | str | None = None, include_voided: bool = False
) -> list[FamilyUpdateView]:
    """A case's family updates, newest first (one next of kin's with ``kin``). Restricted ones
    show only their date and next of kin outside the case team; the team's read is audited."""
    with ctx.transaction() as session:
        case = load_case(session, reference)
        allowed = need_to_know.may_see(ctx, session, case.id)
        stmt = select(FamilyUpdate).where(FamilyUpdate.case_id == case.id)
        if kin is not None:
            stmt = stmt.where(FamilyUpdate.liaison_id == find_liaison(session, case, kin).id)
        if not include_voided:
            stmt = stmt.where(FamilyUpdate.voided_at.is_(None))
        rows = list(session.scalars(stmt.order_by(FamilyUpdate.told_at.desc(), FamilyUpdate.id.desc())).unique())
        shown = [u.id for u in rows if u.restricted and allowed]
        if shown:
            ctx.record_read("restricted", "case", case.id, case_id=case.id, family_updates=shown)
        return [update_view(session, u, withheld=u.restricted and not allowed) for u in rows]


@action("family_updates.tell_items")
def tell_items(ctx: ServiceContext, reference: str | None = None, *, include_done: bool = False) -> list[TellItemView]:
    """Open "tell the family" items, the earliest due first: of one case, or of every case.
    ``include_done`` (one case only) adds the done ones, newest first after the open ones.
    Items of restricted developments are left out for anyone outside the case's team; showing
    them to the team is audited."""
    with ctx.transaction() as session:
        stmt = select(TellFamilyItem, Case.reference).join(Case, Case.id == TellFamilyItem.case_id)
        if reference is not None:
            case = load_case(session, reference)
            stmt = stmt.where(TellFamilyItem.case_id == case.id)
        if not (include_done and reference is not None):
            stmt = stmt.where(TellFamilyItem.done_at.is_(None))
        visible = need_to_know.visible_cases(ctx, session)
        rows = [
            (item, ref)
            for item, ref in session.execute(
                stmt.order_by(TellFamilyItem.done_at.is_not(None), TellFamilyItem.due_at, TellFamilyItem.id)
            ).unique()
            if not item.restricted or visible is None or item.case_id in visible
        ]
        shown = sorted({item.case_id for item, _ in rows if item.restricted})
        if shown:
            ctx.record_read("restricted", "tell_items", None, cases=shown)
        return [item_view(session, item, ref) for item, ref in rows]


@action("family_updates.close_item")
def close_item(ctx: ServiceContext, item_id: int, *, reason: str, expected_version: int | None = None) -> TellItemView:
    """Close an open item by hand, with a reason (the family was told outside the log, or there
    is no family to tell). ValidationError without a reason or for an item already done,
    NotFoundError for an unknown item (or a restricted one outside the case team),
    ConflictError for a stale ``expected_version``."""
    why = v.clean_text(reason, "reason", required=True, max_length=2_000, multiline=True, label="reason")
    with ctx.writing() as session:
        item = session.get(TellFamilyItem, item_id)
        case = session.get(Case, item.case_id) if item is not None else None
        if item is None or (item.restricted and not need_to_know.may_see(ctx, session, case.id)):
            raise NotFoundError(
                translate(
                    "services.family_updates", "There is no 'tell the family' item #{item_id} you may see."
                ).format(item_id=item_id)
            )
        expect_version(session, item, expected_version, "tell_item", f"Item #{item_id}")
        if item.done_at is not None:
            who = session.get(User, item.done_by_id)
            raise ValidationError(
                "item",
                (
                    translate("services.family_updates", "Item #{item_id} was already done on {when} UTC by {name}.")
                    if who
                    else translate("services.family_updates", "Item #{item_id} was already done on {when} UTC.")
                ).format(item_id=item_id, when=f"{item.done_at:%Y-%m-%d %H:%M}", name=who.display_name if who else ""),
            )
        mark_done(ctx, session, item, reason=why, family_update_id=None)
        case.updated_at = ctx.now()
        session.flush()
        session.refresh(item)
        return item_view(session, item, case.reference)


@action("family_updates.close_open_items")
def close_open_items(ctx: ServiceContext, reference: str, *, reason: str, keep=()) -> int:
    """Close by hand, with one reason, every open item of the case except those of the
    developments in ``keep`` ((TellKind, record id) pairs); items of restricted developments
    only for the case team. Returns how many were closed. (The demo load: the families were
    told at the time of what happened before the log starts.) Nothing is read back."""
    why = v.clean_text(reason, "reason", required=True, max_length=2_000, multiline=True, label="reason")
    kept = {(TellKind(kind), int(record_id)) for kind, record_id in keep}
    with ctx.writing() as session:
        case = load_case(session, reference)
        allowed = need_to_know.may_see(ctx, session, case.id)
        items = [
            item
            for item in session.scalars(
                select(TellFamilyItem)
                .where(TellFamilyItem.case_id == case.id, TellFamilyItem.done_at.is_(None))
                .order_by(TellFamilyItem.id)
            ).unique()
            if (item.kind, item.record_id) not in kept and (allowed or not item.restricted)
        ]
        for item in items:
            mark_done(ctx, session, item, reason=why, family_update_id=None)
        if items:
            case.updated_at = ctx.now()
        return len(items)


def last_updates(session: Session, case_id: int) -> dict[int, FamilyUpdate]:
    """The latest unvoided family update per next of kin (family-liaison id) of a case."""
    latest: dict[int, FamilyUpdate] = {}
    for update in session.scalars(
        select(FamilyUpdate)
        .where(FamilyUpdate.case_id == case_id, FamilyUpdate.voided_at.is_(None))
        .order_by(FamilyUpdate.told_at, FamilyUpdate.id)
    ).unique():
        latest[update.liaison_id] = update
    return latest


__all__ = [
    "FamilyUpdateView",
    "TellItemView",
    "close_item",
    "close_open_items",
    "family_log",
    "find_liaison",
    "last_updates",
    "record_family_update",
    "tell_items",
]
