"""The demands register: every demand made by the captors or on their behalf.

A demand says when it came, who made it, through which intermediary or channel, what it asks
(money with amount and currency, a prisoner release, a political demand, something else),
which hostage it concerns if it names one, its deadline, and the response (none,
acknowledged, refused, referred). Contacts and documents can be linked to it. A demand that
came through an intermediary who was not *vetted* at the time is flagged (see
:mod:`consular.services.vetting`).

Demands are always restricted: only the case team and supervisors read them; everyone else
sees that a demand exists and when, never what. Reading them is audited; every change is
audited and chained. A demand recorded by mistake is voided, like any entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from consular.db.models import Case, CaseCounterpart, ContactEntry, Demand, DemandLink, Document
from consular.domain import validation as v
from consular.domain.enums import Channel, DemandKind, DemandResponse, ParticipantRole, TellKind, VettingStatus
from consular.domain.errors import NotFoundError, ValidationError
from consular.domain.timeutil import parse_datetime, require_aware
from consular.i18n import format_number, translate
from consular.repositories import records
from consular.services import need_to_know, search_index, tell_family, vetting
from consular.services.audit import expect_version, snapshot
from consular.services.cases import load_case
from consular.services.context import ServiceContext
from consular.services.convert import WITHHELD
from consular.services.permissions import action
from consular.services.views import JsonMixin
from consular.services.voiding import ensure_not_voided

FIELDS = (
    "received_at",
    "made_by",
    "via_counterpart_id",
    "channel",
    "kind",
    "amount",
    "currency",
    "details",
    "hostage_person_id",
    "deadline_at",
    "response",
    "response_note",
    "responded_at",
    "about_family",
)
_CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class DemandView(JsonMixin):
    """A demand. Outside the case team only ``id``, ``case_id``, ``received_at`` and the
    voided state are real; the rest reads "restricted" or is empty (``withheld``)."""

    id: int
    case_id: int
    received_at: datetime
    made_by: str
    via_counterpart_id: int | None
    via: str | None
    #: The intermediary's vetting status when the demand came (None: no intermediary named).
    via_vetting: VettingStatus | None
    channel: Channel | None
    kind: DemandKind | None
    amount: int | None
    currency: str | None
    details: str
    hostage_person_id: int | None
    hostage_name: str | None
    deadline_at: datetime | None
    response: DemandResponse | None
    response_note: str | None
    responded_at: datetime | None
    recorded_by: str
    recorded_at: datetime
    version: int = 1
    recorded_by_id: int | None = None
    contact_ids: list[int] = field(default_factory=list)
    document_ids: list[int] = field(default_factory=list)
    voided_at: datetime | None = None
    void_reason: str | None = None
    withheld: bool = False
    #: Threatens the family or is made on them (opened a "tell the family" item).
    about_family: bool = False

    @property
    def flagged(self) -> bool:
        """Came through an intermediary who was not vetted at the time."""
        return self.via_vetting is not None and not self.via_vetting.trusted

    def what(self) -> str:
        """'Money: 500,000 EUR', 'Prisoner release', ...; "restricted" when withheld."""
        if self.withheld or self.kind is None:
            return WITHHELD
        if self.kind == DemandKind.MONEY and self.amount is not None:
            return translate("services.demands", "{kind}: {amount} {currency}").format(
                kind=self.kind.label, amount=format_number(self.amount), currency=self.currency
            )
        return self.kind.label


def _view(session, d: Demand, *, withheld: bool) -> DemandView:
    if withheld:
        return DemandView(
            id=d.id,
            case_id=d.case_id,
            received_at=d.received_at,
            made_by=WITHHELD,
            via_counterpart_id=None,
            via=None,
            via_vetting=None,
            channel=None,
            kind=None,
            amount=None,
            currency=None,
            details=WITHHELD,
            hostage_person_id=None,
            hostage_name=None,
            deadline_at=None,
            response=None,
            response_note=None,
            responded_at=None,
            recorded_by=WITHHELD,
            recorded_at=d.recorded_at,
            version=d.version,
            voided_at=d.voided_at,
            withheld=True,
        )
    links = list(session.scalars(select(DemandLink).where(DemandLink.demand_id == d.id).order_by(DemandLink.id)))
    via_vetting = (
        vetting.status_at(session, [d.via_counterpart_id], d.received_at)[d.via_counterpart_id]
        if d.via_counterpart_id
        else None
    )
    return DemandView(
        id=d.id,
        case_id=d.case_id,
        received_at=d.received_at,
        made_by=d.made_by,
        via_counterpart_id=d.via_counterpart_id,
        via=d.via.name if d.via else None,
        via_vetting=via_vetting,
        channel=d.channel,
        kind=d.kind,
        amount=d.amount,
        currency=d.currency,
        details=d.details,
        hostage_person_id=d.hostage_person_id,
        hostage_name=d.hostage.full_name if d.hostage else None,
        deadline_at=d.deadline_at,
        response=d.response,
        response_note=d.response_note,
        responded_at=d.responded_at,
        recorded_by=d.recorded_by.display_name,
        recorded_at=d.recorded_at,
        version=d.version,
        recorded_by_id=d.recorded_by_id,
        contact_ids=[link.contact_id for link in links if link.contact_id],
        document_ids=[link.document_id for link in links if link.document_id],
        voided_at=d.voided_at,
        void_reason=d.void_reason,
        about_family=bool(d.about_family),
    )


def _when(value, case, name: str, *, optional: bool = True) -> datetime | None:
    if value is None or value == "":
        if optional:
            return None
        raise ValidationError(name, translate("services.demands", "Say when."))
    if isinstance(value, str):
        return parse_datetime(value, name, default_zone=case.timezone)
    return require_aware(value, name)


def _money(kind: DemandKind, amount, currency) -> tuple[int | None, str | None]:
    if kind != DemandKind.MONEY:
        if amount not in (None, "") or currency not in (None, ""):
            raise ValidationError(
                "amount", translate("services.demands", "Only a money demand has an amount and a currency.")
            )
        return None, None
    if amount in (None, ""):
        raise ValidationError(
            "amount", translate("services.demands", "A money demand needs its amount (a whole number, e.g. 500000).")
        )
    try:
        value = int(str(amount).replace(",", "").replace(" ", "").replace("\u202f", ""))
    except ValueError:
        raise ValidationError(
            "amount",
            translate("services.demands", "'{amount}' is not a whole number; write e.g. 500000.").format(amount=amount),
        ) from None
    if value <= 0:
        raise ValidationError("amount", translate("services.demands", "The amount must be more than zero."))
    code = (currency or "").strip().upper()
    if not _CURRENCY.match(code):
        raise ValidationError(
            "currency",
            translate("services.demands", "Give the currency as its three-letter code (EUR, USD, XOF, INR)."),
        )
    return value, code


def _check_links(session, case, contact_ids, document_ids) -> None:
    for cid in contact_ids:
        entry = session.get(ContactEntry, cid)
        if entry is None or entry.case_id != case.id:
            raise ValidationError(
                "contact_ids",
                translate("services.demands", "Contact #{cid} is not in {reference}.").format(
                    cid=cid, reference=case.reference
                ),
            )
    for did in document_ids:
        document = session.get(Document, did)
        if document is None or document.case_id != case.id:
            raise ValidationError(
                "document_ids",
                translate("services.demands", "Document #{did} is not in {reference}.").format(
                    did=did, reference=case.reference
                ),
            )


@action("demands.record_demand")
def record_demand(
    ctx: ServiceContext,
    reference: str,
    *,
    received_at: datetime | str,
    made_by: str,
    kind: str | DemandKind,
    details: str,
    via_counterpart_id: int | None = None,
    channel: str | Channel | None = None,
    amount: int | str | None = None,
    currency: str | None = None,
    hostage_person_id: int | None = None,
    deadline_at: datetime | str | None = None,
    contact_ids: list[int] | tuple[int, ...] = (),
    document_ids: list[int] | tuple[int, ...] = (),
    about_family: bool = False,
) -> DemandView:
    """Record a demand (always restricted; case team only). The intermediary must be a
    counterpart of the case; linked contacts and documents must be the case's. A demand
    ``about_family`` (a threat to the family, a demand made on them) opens a "tell the family"
    item for the hostage it names, or for each of the case's hostages, in the same transaction."""
    kind_value = kind if isinstance(kind, DemandKind) else DemandKind.parse(kind, "kind")
    channel_value = (
        None
        if channel in (None, "")
        else (channel if isinstance(channel, Channel) else Channel.parse(channel, "channel"))
    )
    amount_value, currency_value = _money(kind_value, amount, currency)
    made_by_text = v.clean_text(made_by, "made_by", required=True, max_length=300, label="who made it")
    details_text = v.clean_text(details, "details", required=True, max_length=v.LONG_TEXT_MAX, multiline=True)
    with ctx.writing() as session:
        case = load_case(session, reference)
        need_to_know.require_for(ctx, session, case.id, case.reference)
        received = _when(received_at, case, "received_at", optional=False)
        if (received - ctx.now()).total_seconds() > 15 * 60:
            raise ValidationError(
                "received_at", translate("services.demands", "The demand is in the future; check the date.")
            )
        deadline = _when(deadline_at, case, "deadline_at")
        if deadline is not None and deadline < received:
            raise ValidationError(
                "deadline_at", translate("services.demands", "The deadline is before the demand was received.")
            )
        if via_counterpart_id is not None:
            link = session.get(CaseCounterpart, (case.id, via_counterpart_id))
            if link is None:
                raise ValidationError(
                    "via_counterpart_id",
                    translate(
                        "services.demands", "Counterpart #{via_counterpart_id} is not a counterpart of {reference}."
                    ).format(via_counterpart_id=via_counterpart_id, reference=case.reference),
                )
        if hostage_person_id is not None:
            participant = records.participant(session, case.id, hostage_person_id)
            if participant is None or participant.role != ParticipantRole.HOSTAGE:
                raise ValidationError(
                    "hostage_person_id",
                    translate(
                        "services.demands", "Person #{hostage_person_id} is not a national held in {reference}."
                    ).format(hostage_person_id=hostage_person_id, reference=case.reference),
                )
        _check_links(session, case, contact_ids, document_ids)
        demand = Demand(
            case_id=case.id,
            received_at=received,
            made_by=made_by_text,
            via_counterpart_id=via_counterpart_id,
            channel=channel_value,
            kind=kind_value,
            amount=amount_value,
            currency=currency_value,
            details=details_text,
            hostage_person_id=hostage_person_id,
            deadline_at=deadline,
            response=DemandResponse.NONE,
            recorded_at=ctx.now(),
            recorded_by_id=ctx.actor.user_id,
            about_family=bool(about_family),
        )
        session.add(demand)
        session.flush()
        for cid in dict.fromkeys(contact_ids):
            session.add(DemandLink(demand_id=demand.id, contact_id=cid))
        for did in dict.fromkeys(document_ids):
            session.add(DemandLink(demand_id=demand.id, document_id=did))
        case.updated_at = ctx.now()
        session.flush()
        search_index.index_demand(session, demand)
        ctx.audit(
            session,
            "demand.add",
            "demand",
            demand.id,
            case_id=case.id,
            after=snapshot(demand, list(FIELDS))
            | {"contact_ids": list(contact_ids), "document_ids": list(document_ids)},
        )
        if demand.about_family:
            tell_family.open_items_in_session(
                ctx,
                session,
                case,
                TellKind.FAMILY_DEMAND,
                demand.id,
                hostage_person_id=hostage_person_id,
                restricted=True,
            )
        session.refresh(demand)
        return _view(session, demand, withheld=False)


@action("demands.respond")
def respond(
    ctx: ServiceContext,
    demand_id: int,
    *,
    response: str | DemandResponse,
    note: str | None = None,
    responded_at: datetime | str | None = None,
    expected_version: int | None = None,
) -> DemandView:
    """Record the response to a demand (acknowledged, refused, referred; or back to none).
    ``expected_version``: a stale save raises ConflictError and writes nothing."""
    value = response if isinstance(response, DemandResponse) else DemandResponse.parse(response, "response")
    note_text = v.clean_text(note, "note", max_length=20_000, multiline=True)
    if value != DemandResponse.NONE and not note_text:
        raise ValidationError(
            "note", translate("services.demands", "Say what was answered, or to whom it was referred.")
        )
    with ctx.writing() as session:
        demand = session.get(Demand, demand_id)
        if demand is None:
            raise NotFoundError(
                translate("services.demands", "There is no demand #{demand_id}.").format(demand_id=demand_id)
            )
        case = session.get(Case, demand.case_id)
        need_to_know.require_for(ctx, session, case.id, case.reference)
        ensure_not_voided(demand, "demand")
        expect_version(session, demand, expected_version, "demand", "This demand")
        before = snapshot(demand, ["response", "response_note", "responded_at"])
        when = _when(responded_at, case, "responded_at") or ctx.now()
        if when < demand.received_at:
            raise ValidationError(
                "responded_at", translate("services.demands", "The response is dated before the demand was received.")
            )
        demand.response = value
        demand.response_note = note_text
        demand.responded_at = None if value == DemandResponse.NONE else when
        case.updated_at = ctx.now()
        session.flush()
        search_index.index_demand(session, demand)
        ctx.audit(
            session,
            "demand.respond",
            "demand",
            demand.id,
            case_id=case.id,
            before=before,
            after=snapshot(demand, ["response", "response_note", "responded_at"]),
        )
        session.refresh(demand)
        return _view(session, demand, withheld=False)


@action("demands.list_demands")
def list_demands(ctx: ServiceContext, reference: str, *, include_voided: bool = False) -> list[DemandView]:
    """A case's demands, newest first. Outside the case team each shows only its date
    (``withheld``); the team's read is audited."""
    with ctx.transaction() as session:
        case = load_case(session, reference)
        allowed = need_to_know.may_see(ctx, session, case.id)
        stmt = select(Demand).where(Demand.case_id == case.id)
        if not include_voided:
            stmt = stmt.where(Demand.voided_at.is_(None))
        rows = list(session.scalars(stmt.order_by(Demand.received_at.desc(), Demand.id.desc())).unique())
        if rows and allowed:
            ctx.record_read("restricted", "case", case.id, case_id=case.id, demands=[d.id for d in rows])
        return [_view(session, d, withheld=not allowed) for d in rows]


__all__ = ["DemandView", "list_demands", "record_demand", "respond"]
