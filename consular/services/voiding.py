"""Voiding an entry recorded by mistake: a hostage status event, a milestone, a contact, a task, a demand,
a document, or a detention record (charge, hearing, consular visit request, note verbale).

A voided entry is never deleted. It stays in the history (shown struck through) with who
voided it, when and why, and the voiding is audited. From then on it counts for nothing: the
repository queries that feed counts, the dashboard, briefs, the timeline and exports leave it
out. Voiding a hostage status event recomputes the person's current status from the entries
that remain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from consular.db.detention_models import ConsularVisit, DetentionCharge, DetentionHearing, NoteVerbale
from consular.db.family_models import FamilyUpdate
from consular.db.models import (
    Case,
    CaseParticipant,
    ContactEntry,
    Demand,
    Document,
    HostageStatusEvent,
    Milestone,
    ProofOfLifeCheck,
    Task,
    User,
)
from consular.domain import validation as v
from consular.domain.enums import LabelledEnum, MilestoneKind, TellKind
from consular.domain.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from consular.i18n import QT_TRANSLATE_NOOP, translate
from consular.repositories import records
from consular.services import search_index, tell_family
from consular.services.context import ServiceContext
from consular.services.permissions import action
from consular.services.views import JsonMixin


class VoidableKind(LabelledEnum):
    STATUS = ("status", QT_TRANSLATE_NOOP("VoidableKind", "Hostage status entry"))
    MILESTONE = ("milestone", QT_TRANSLATE_NOOP("VoidableKind", "Milestone"))
    CONTACT = ("contact", QT_TRANSLATE_NOOP("VoidableKind", "Contact"))
    TASK = ("task", QT_TRANSLATE_NOOP("VoidableKind", "Task"))
    DEMAND = ("demand", QT_TRANSLATE_NOOP("VoidableKind", "Demand"))
    DOCUMENT = ("document", QT_TRANSLATE_NOOP("VoidableKind", "Document"))
    CHARGE = ("charge", QT_TRANSLATE_NOOP("VoidableKind", "Charge"))
    HEARING = ("hearing", QT_TRANSLATE_NOOP("VoidableKind", "Hearing"))
    VISIT = ("visit", QT_TRANSLATE_NOOP("VoidableKind", "Consular visit request"))
    NOTE_VERBALE = ("note_verbale", QT_TRANSLATE_NOOP("VoidableKind", "Note verbale"))
    FAMILY_UPDATE = ("family_update", QT_TRANSLATE_NOOP("VoidableKind", "Family update"))


_MODELS = {
    VoidableKind.STATUS: HostageStatusEvent,
    VoidableKind.MILESTONE: Milestone,
    VoidableKind.CONTACT: ContactEntry,
    VoidableKind.TASK: Task,
    VoidableKind.DEMAND: Demand,
    VoidableKind.DOCUMENT: Document,
    VoidableKind.CHARGE: DetentionCharge,
    VoidableKind.HEARING: DetentionHearing,
    VoidableKind.VISIT: ConsularVisit,
    VoidableKind.NOTE_VERBALE: NoteVerbale,
    VoidableKind.FAMILY_UPDATE: FamilyUpdate,
}


@dataclass(frozen=True)
class VoidedEntry(JsonMixin):
    """What was voided, by whom, when and why."""

    kind: VoidableKind
    entry_id: int
    case_reference: str
    voided_at: datetime
    voided_by: str
    void_reason: str
    #: For a status entry: the person's status now that the entry no longer counts.
    current_status: str | None = None


def _author_id(kind: VoidableKind, entry) -> int:
    if kind == VoidableKind.TASK:
        return entry.created_by_id
    if kind == VoidableKind.DOCUMENT:
        return entry.added_by_id
    return entry.recorded_by_id


def _case_id(session, kind: VoidableKind, entry) -> int:
    if kind == VoidableKind.STATUS:
        return session.get(CaseParticipant, entry.participant_id).case_id
    return entry.case_id


def _tell_family_after_void(ctx: ServiceContext, session, what: VoidableKind, entry) -> None:
    """A voided development has nothing to tell: its open "tell the family" items close. A
    voided family update told nobody: the items it closed open again."""
    if what == VoidableKind.FAMILY_UPDATE:
        tell_family.update_voided_in_session(ctx, session, entry.id)
        return
    kind = None
    if what == VoidableKind.STATUS:
        kind = TellKind.STATUS_CHANGE
    elif what == VoidableKind.DEMAND:
        kind = TellKind.FAMILY_DEMAND
    elif what == VoidableKind.MILESTONE:
        kind = {
            MilestoneKind.PROOF_OF_LIFE: TellKind.PROOF_OF_LIFE,
            MilestoneKind.PUBLIC_STATEMENT: TellKind.PUBLIC_STATEMENT,
        }.get(entry.kind)
    if kind is not None:
        tell_family.development_voided_in_session(ctx, session, kind, entry.id)


@action("voiding.can_void")
def can_void(ctx: ServiceContext, author_id: int | None) -> bool:
    """True when the acting user may void an entry written by ``author_id`` (for menus)."""
    return ctx.actor.can_write and (ctx.actor.is_supervisor or author_id == ctx.actor.user_id)


@action("voiding.void_entry")
def void_entry(ctx: ServiceContext, kind: str | VoidableKind, entry_id: int, *, reason: str) -> VoidedEntry:
    """Void one entry with a reason. Only its author or a supervisor may.

    Raises ValidationError (field ``reason``) without a reason, NotFoundError for an unknown
    entry, PermissionDeniedError for anyone else (and for read-only users or ``--as-of``),
    ConflictError when the entry is already voided, and ValidationError (field ``entry_id``)
    for the only entry of a status history (record the right status first, then void).
    """
    what = kind if isinstance(kind, VoidableKind) else VoidableKind.parse(kind, "kind")
    why = v.clean_text(reason, "reason", required=True, max_length=2000, multiline=True, label="reason")
    with ctx.writing() as session:
        return void_entry_in_session(ctx, session, what, entry_id, reason=why)


@action("voiding.void_entry_in_session")
def void_entry_in_session(
    ctx: ServiceContext, session, kind: str | VoidableKind, entry_id: int, *, reason: str
) -> VoidedEntry:
    """Shared by void_entry and undoing an import (every contact it logged, in one
    transaction): the same checks, the same audit entry, in ``session``; see void_entry."""
    what = kind if isinstance(kind, VoidableKind) else VoidableKind.parse(kind, "kind")
    why = v.clean_text(reason, "reason", required=True, max_length=2000, multiline=True, label="reason")
    entry = session.get(_MODELS[what], entry_id)
    if entry is None:
        raise NotFoundError(
            translate("services.voiding", "There is no {what} #{entry_id}.").format(
                what=what.label.lower(), entry_id=entry_id
            )
        )
    case = session.get(Case, _case_id(session, what, entry))
    label = f"{what.label} #{entry_id} of {case.reference}"
    if entry.voided_at is not None:
        raise ConflictError(
            translate("services.voiding", "{label} was already voided on {voided_at:%Y-%m-%d %H:%M} UTC.").format(
                label=label, voided_at=entry.voided_at
            )
        )
    author_id = _author_id(what, entry)
    if not can_void(ctx, author_id):
        author = session.get(User, author_id)
        raise PermissionDeniedError(
            translate("services.voiding", "Only {value} or a supervisor can void {label}.").format(
                value=author.display_name if author else "its author", label=label
            )
        )
    now = ctx.now()
    current = None
    if what == VoidableKind.STATUS:
        participant = session.get(CaseParticipant, entry.participant_id)
        remaining = [e for e in records.status_events(session, [participant.id]) if e.id != entry.id]
        if not remaining:
            raise ValidationError(
                "entry_id",
                translate(
                    "services.voiding",
                    "{label} is the only entry of {full_name}'s status history; record the correct "
                    "status first, then void this one.",
                ).format(label=label, full_name=participant.person.full_name),
            )
    entry.voided_at, entry.voided_by_id, entry.void_reason = now, ctx.actor.user_id, why
    session.flush()
    if what == VoidableKind.STATUS:
        latest = records.status_events(session, [participant.id])[-1]
        participant.hostage_status, participant.hostage_status_since = latest.status, latest.effective_at
        current = latest.status.value
    elif what == VoidableKind.CONTACT:
        case.last_contact_at = records.latest_contact_at(session, case.id)
    _tell_family_after_void(ctx, session, what, entry)
    # Voided entries are not found by search: they must not be taken for facts.
    search_index.remove(session, what.value if what != VoidableKind.STATUS else "hostage_status", entry_id)
    if what == VoidableKind.MILESTONE:
        # A proof of life's check goes with it.
        check_id = session.scalar(select(ProofOfLifeCheck.id).where(ProofOfLifeCheck.milestone_id == entry_id))
        if check_id is not None:
            search_index.remove(session, "pol_check", check_id)
    case.updated_at = now
    session.flush()
    ctx.audit(
        session,
        "entry.void",
        what.value,
        entry_id,
        case_id=case.id,
        before={"voided": False},
        after={"voided": True, "reason": why, "current_status": current},
    )
    return VoidedEntry(what, entry_id, case.reference, now, ctx.actor.display_name, why, current)


def ensure_not_voided(entry, what: str) -> None:
    """Refuse changes to a voided entry (it is history now)."""
    if entry.voided_at is not None:
        raise ConflictError(
            translate(
                "services.voiding", "This {what} was voided ({void_reason}); it can no longer be changed."
            ).format(what=what, void_reason=entry.void_reason)
        )
