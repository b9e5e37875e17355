"""What the family may be told: entries marked *shareable with family*.

A contact, a milestone or a hostage status change can be marked shareable with family, with
an optional wording for the family (what may be said, in plain words; without one the
entry's own title or summary is said). The markings are what a family update letter is made
of (:mod:`consular.services.family_letter`).

Rules kept here:

- only the case's team (its lead, supervisor and members) and supervisors mark and unmark,
  and only with a role that may change records (the role matrix);
- a restricted entry can never be marked (:class:`RestrictedContentError`); restricting a
  marked entry removes its marking in the same transaction (:func:`clear_in_session`, called
  by the contact and milestone edits);
- a voided entry keeps its marking in its history but drops out of every listing;
- every mark, change of wording and unmark is audited as the record ``family_share``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from consular.db.family_models import FamilyShare
from consular.db.models import Case, CaseParticipant, ContactEntry, HostageStatusEvent, Milestone
from consular.domain import validation as v
from consular.domain.errors import NotFoundError, PermissionDeniedError, RestrictedContentError, ValidationError
from consular.domain.timeutil import require_aware
from consular.i18n import translate
from consular.repositories import family_shares as repo
from consular.services import need_to_know
from consular.services.audit import expect_version
from consular.services.cases import load_case, lock_case
from consular.services.context import ServiceContext
from consular.services.permissions import action
from consular.services.views import FamilyShareView, SharedEntryView
from consular.services.voiding import ensure_not_voided

KINDS = tuple(repo.COLUMNS)
_LABELS = {"contact": "contact entry", "milestone": "milestone", "status": "hostage status entry"}
WORDING_MAX = 2000


def _kind(kind: str) -> str:
    value = (kind or "").strip().lower()
    if value not in repo.COLUMNS:
        raise ValidationError(
            "kind",
            translate(
                "services.family_share", "'{kind}' cannot be shared with family: say contact, milestone or status."
            ).format(kind=kind),
        )
    return value


def _entry(session: Session, kind: str, entry_id: int):
    """The entry and its case; NotFoundError for an unknown id."""
    model = {"contact": ContactEntry, "milestone": Milestone, "status": HostageStatusEvent}[kind]
    entry = session.get(model, entry_id)
    if entry is None:
        raise NotFoundError(
            translate("services.family_share", "There is no {labels} #{entry_id}.").format(
                labels=_LABELS[kind], entry_id=entry_id
            )
        )
    case_id = session.get(CaseParticipant, entry.participant_id).case_id if kind == "status" else entry.case_id
    return entry, session.get(Case, case_id)


def _restricted(kind: str, entry) -> bool:
    # Hostage status changes have no restricted flag: a status is what the family is told first.
    return kind != "status" and bool(entry.restricted)


def _require_team(ctx: ServiceContext, session: Session, case: Case) -> None:
    if not need_to_know.may_see(ctx, session, case.id):
        raise PermissionDeniedError(
            translate(
                "services.family_share",
                "{display_name} is not on the team of case {reference}: only its team (and "
                "supervisors) decide what the family is told. Ask the case's supervisor to add "
                "you: consular cases team {reference} add {username}",
            ).format(display_name=ctx.actor.display_name, reference=case.reference, username=ctx.actor.username)
        )


def share_view(share: FamilyShare) -> FamilyShareView:
    kind, entry_id = repo.kind_of(share)
    return FamilyShareView(
        id=share.id,
        case_id=share.case_id,
        kind=kind,
        entry_id=entry_id,
        wording=share.wording,
        marked_by=share.marked_by.display_name,
        marked_at=share.marked_at,
        version=share.version,
    )


def _state(share: FamilyShare) -> dict:
    kind, entry_id = repo.kind_of(share)
    return {"kind": kind, "entry_id": entry_id, "wording": share.wording}


@action("family_share.mark")
def mark(
    ctx: ServiceContext,
    kind: str,
    entry_id: int,
    *,
    wording: str | None = None,
    expected_version: int | None = None,
) -> FamilyShareView:
    """Mark an entry (``kind`` contact, milestone or status) shareable with family, or change
    the wording of its marking. ``wording``: what may be said, in plain words; empty means
    the entry's own title or summary.

    ``expected_version`` is the :attr:`FamilyShareView.version` loaded when changing a
    marking; a stale save raises ConflictError. Raises RestrictedContentError for a
    restricted entry, ConflictError for a voided one, NotFoundError for an unknown id,
    PermissionDeniedError outside the case's team, ValidationError for a bad wording.
    """
    kind = _kind(kind)
    text = v.clean_text(wording, "wording", max_length=WORDING_MAX, multiline=True, label="wording for the family")
    with ctx.writing() as session:
        entry, case = _entry(session, kind, entry_id)
        _require_team(ctx, session, case)
        lock_case(session, case)
        session.refresh(entry)
        ensure_not_voided(entry, _LABELS[kind])
        if _restricted(kind, entry):
            raise RestrictedContentError(
                translate(
                    "services.family_share",
                    "This {labels} is restricted, so it can never be shared with the family. If the "
                    "family may be told something of it, log what may be said as an entry that is "
                    "not restricted.",
                ).format(labels=_LABELS[kind])
            )
        share = repo.share_for(session, kind, entry_id)
        if share is None:
            share = FamilyShare(case_id=case.id, wording=text, marked_at=ctx.now(), marked_by_id=ctx.actor.user_id)
            setattr(share, repo.COLUMNS[kind], entry_id)
            session.add(share)
            session.flush()
            ctx.audit(session, "family_share.mark", "family_share", share.id, case_id=case.id, after=_state(share))
        else:
            expect_version(
                session, share, expected_version, "family_share", f"The family marking of this {_LABELS[kind]}"
            )
            if share.wording != text:
                before = {"wording": share.wording}
                share.wording = text
                share.marked_at = ctx.now()
                share.marked_by_id = ctx.actor.user_id
                session.flush()
                ctx.audit(
                    session,
                    "family_share.edit",
                    "family_share",
                    share.id,
                    case_id=case.id,
                    before=before,
                    after={"wording": text},
                )
        session.flush()
        session.refresh(share)
        return share_view(share)


@action("family_share.unmark")
def unmark(ctx: ServiceContext, kind: str, entry_id: int, *, expected_version: int | None = None) -> bool:
    """Take an entry's *shareable with family* marking off. Returns False when it had none.

    Raises NotFoundError for an unknown entry, PermissionDeniedError outside the case's team,
    ConflictError when ``expected_version`` is stale."""
    kind = _kind(kind)
    with ctx.writing() as session:
        _entry_row, case = _entry(session, kind, entry_id)
        _require_team(ctx, session, case)
        share = repo.share_for(session, kind, entry_id)
        if share is None:
            return False
        expect_version(session, share, expected_version, "family_share", f"The family marking of this {_LABELS[kind]}")
        _remove(ctx, session, share, "family_share.unmark", None)
        return True


def _remove(ctx: ServiceContext, session: Session, share: FamilyShare, audit_action: str, reason: str | None) -> None:
    before = _state(share)
    share_id, case_id = share.id, share.case_id
    session.delete(share)
    session.flush()
    after = {"reason": reason} if reason else None
    ctx.audit(session, audit_action, "family_share", share_id, case_id=case_id, before=before, after=after)


@action("family_share.clear_in_session")
def clear_in_session(ctx: ServiceContext, session: Session, kind: str, entry_id: int, reason: str) -> bool:
    """Inside another change (an entry being restricted): remove the entry's marking in the
    same transaction and audit it (``family_share.clear``). Returns whether there was one."""
    share = repo.share_for(session, _kind(kind), entry_id)
    if share is None:
        return False
    _remove(ctx, session, share, "family_share.clear", reason)
    return True


@action("family_share.get_share")
def get_share(ctx: ServiceContext, kind: str, entry_id: int) -> FamilyShareView | None:
    """The entry's marking, or None when it is not shareable with family."""
    kind = _kind(kind)
    with ctx.transaction() as session:
        share = repo.share_for(session, kind, entry_id)
        return share_view(share) if share is not None else None


@action("family_share.case_shares")
def case_shares(ctx: ServiceContext, reference: str) -> list[FamilyShareView]:
    """Every marking of a case (voided entries' included: their rows show the marker struck
    through), for the marker on the rows of the contact log, milestones and status history."""
    with ctx.transaction() as session:
        case = load_case(session, reference)
        return [share_view(s) for s in repo.shares_of_case(session, case.id)]


def _bound(value: datetime | None, field: str) -> datetime | None:
    return None if value is None else require_aware(value, field)


@action("family_share.shareable_entries")
def shareable_entries(
    ctx: ServiceContext,
    reference: str,
    *,
    hostage_person_id: int | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[SharedEntryView]:
    """The entries of a case the family may be told of, oldest first, in [start, end).

    With ``hostage_person_id``: what concerns that hostage's family: the case's contacts, its
    milestones about the whole case or about this hostage, and this hostage's status changes.
    Voided and restricted entries are never listed (a marking left on a restricted entry by
    raw SQL is ignored here too). Status changes without a wording say the new status.
    """
    start, end = _bound(start, "start"), _bound(end, "end")
    with ctx.transaction() as session:
        case = load_case(session, reference)
        found: list[SharedEntryView] = []
        for share, contact in repo.shared_contacts(session, case.id, start, end):
            found.append(_shared("contact", share, contact.id, case.id, contact.occurred_at, contact.subject, None))
        for share, milestone in repo.shared_milestones(session, case.id, start, end):
            if hostage_person_id is not None and milestone.hostage_person_id not in (None, hostage_person_id):
                continue
            found.append(
                _shared(
                    "milestone",
                    share,
                    milestone.id,
                    case.id,
                    milestone.occurred_at,
                    milestone.title,
                    milestone.hostage_person_id,
                )
            )
        for share, event, person_id in repo.shared_statuses(session, case.id, start, end):
            if hostage_person_id is not None and person_id != hostage_person_id:
                continue
            found.append(
                _shared(
                    "status", share, event.id, case.id, event.effective_at, event.status.label, person_id, event.status
                )
            )
        found.sort(key=lambda e: (e.at, e.kind, e.entry_id))
        return found


def _shared(kind, share, entry_id, case_id, at, own_text, person_id, status=None) -> SharedEntryView:
    return SharedEntryView(
        kind=kind,
        entry_id=entry_id,
        case_id=case_id,
        at=at,
        said=share.wording or own_text,
        wording=share.wording,
        hostage_person_id=person_id,
        status=status,
        marked_by=share.marked_by.display_name,
        marked_at=share.marked_at,
    )
