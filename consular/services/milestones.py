"""Milestones: the key developments of a case (claims, demands, proofs of life, releases...)."""

from __future__ import annotations

from datetime import datetime

from consular.db.models import Case, Milestone
from consular.domain import validation as v
from consular.domain.enums import MilestoneKind, ParticipantRole, TellKind
from consular.domain.errors import NotFoundError, ValidationError
from consular.domain.timeutil import parse_datetime, require_aware
from consular.i18n import translate
from consular.repositories import records
from consular.services import family_share, need_to_know, search_index, tell_family
from consular.services.audit import expect_version
from consular.services.cases import load_case
from consular.services.context import ServiceContext
from consular.services.convert import milestone_view, withheld_milestone_view
from consular.services.permissions import action
from consular.services.views import MilestoneView
from consular.services.voiding import ensure_not_voided

# Kinds that are about one national and need to say which.
PERSONAL_KINDS = {MilestoneKind.PROOF_OF_LIFE}


@action("milestones.add_milestone")
def add_milestone(
    ctx: ServiceContext,
    reference: str,
    *,
    kind: str | MilestoneKind,
    occurred_at: datetime | str,
    title: str,
    description: str | None = None,
    source: str | None = None,
    hostage_person_id: int | None = None,
    restricted: bool = False,
) -> MilestoneView:
    """Record a key development. A proof of life must name the hostage it concerns.

    Demands and proofs of life are always restricted (need-to-know), whatever ``restricted`` says.
    """
    with ctx.writing() as session:
        case = load_case(session, reference)
        milestone = add_milestone_in_session(
            ctx,
            session,
            case,
            kind=kind,
            occurred_at=occurred_at,
            title=title,
            description=description,
            source=source,
            hostage_person_id=hostage_person_id,
            restricted=restricted,
        )
        session.refresh(milestone)
        return milestone_view(milestone)


@action("milestones.add_milestone_in_session")
def add_milestone_in_session(
    ctx: ServiceContext,
    session,
    case: Case,
    *,
    kind: str | MilestoneKind,
    occurred_at: datetime | str,
    title: str,
    description: str | None = None,
    source: str | None = None,
    hostage_person_id: int | None = None,
    restricted: bool = False,
) -> Milestone:
    """Shared by add_milestone and the proof-of-life record (its check row goes in the same
    transaction): validates, inserts, indexes and audits the milestone in ``session``. A public
    statement opens its "tell the family" items (:mod:`consular.services.tell_family`)."""
    kind_value = kind if isinstance(kind, MilestoneKind) else MilestoneKind.parse(kind, "kind")
    restricted = restricted or kind_value in need_to_know.ALWAYS_RESTRICTED_MILESTONES
    title_text = v.clean_text(title, "title", required=True, max_length=300)
    description_text = v.clean_text(description, "description", max_length=v.LONG_TEXT_MAX, multiline=True)
    source_text = v.clean_text(source, "source", max_length=500)
    if kind_value in PERSONAL_KINDS and hostage_person_id is None:
        raise ValidationError(
            "hostage_person_id", translate("services.milestones", "Say which national this proof of life concerns.")
        )
    if isinstance(occurred_at, str):
        at = parse_datetime(occurred_at, "occurred_at", default_zone=case.timezone)
    else:
        at = require_aware(occurred_at, "occurred_at")
    if (at - ctx.now()).total_seconds() > 15 * 60:
        raise ValidationError(
            "occurred_at", translate("services.milestones", "The milestone is in the future; check the date.")
        )
    if hostage_person_id is not None:
        participant = records.participant(session, case.id, hostage_person_id)
        if participant is None or participant.role != ParticipantRole.HOSTAGE:
            raise ValidationError(
                "hostage_person_id",
                translate(
                    "services.milestones", "Person #{hostage_person_id} is not a national held in {reference}."
                ).format(hostage_person_id=hostage_person_id, reference=case.reference),
            )
    milestone = Milestone(
        case_id=case.id,
        kind=kind_value,
        occurred_at=at,
        title=title_text,
        description=description_text,
        source=source_text,
        hostage_person_id=hostage_person_id,
        restricted=bool(restricted),
        recorded_at=ctx.now(),
        recorded_by_id=ctx.actor.user_id,
    )
    session.add(milestone)
    case.updated_at = ctx.now()
    session.flush()
    search_index.index_milestone(session, milestone)
    ctx.audit(
        session,
        "milestone.add",
        "milestone",
        milestone.id,
        case_id=case.id,
        after={
            "kind": kind_value,
            "occurred_at": at,
            "title": title_text,
            "description": description_text,
            "source": source_text,
            "hostage_person_id": hostage_person_id,
            "restricted": bool(restricted),
        },
    )
    if kind_value == MilestoneKind.PUBLIC_STATEMENT:
        # A public statement: the families hear of it from us first (one item per hostage concerned).
        tell_family.open_items_in_session(
            ctx,
            session,
            case,
            TellKind.PUBLIC_STATEMENT,
            milestone.id,
            hostage_person_id=hostage_person_id,
            restricted=milestone.restricted,
        )
    return milestone


EDITABLE = ("kind", "occurred_at", "title", "description", "source", "hostage_person_id", "restricted")


@action("milestones.edit_milestone")
def edit_milestone(
    ctx: ServiceContext, milestone_id: int, *, expected_version: int | None = None, **changes
) -> MilestoneView:
    """Correct a milestone (fields given only: kind, occurred_at, title, description, source,
    hostage_person_id, restricted).

    ``expected_version`` is the :attr:`MilestoneView.version` loaded; a stale save raises
    ConflictError ("changed by X at T") and writes nothing. NotFoundError for an unknown id,
    ValidationError for a bad value, PermissionDeniedError for a restricted milestone and
    someone outside the case's team (they see only its date and "restricted").
    """
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError(
            sorted(unknown)[0],
            translate("services.milestones", "'{unknown}' cannot be edited on a milestone.").format(
                unknown=sorted(unknown)[0]
            ),
        )
    with ctx.writing() as session:
        milestone = session.get(Milestone, milestone_id)
        if milestone is None:
            raise NotFoundError(
                translate("services.milestones", "There is no milestone #{milestone_id}.").format(
                    milestone_id=milestone_id
                )
            )
        ensure_not_voided(milestone, "milestone")
        case = session.get(Case, milestone.case_id)
        if milestone.restricted:
            need_to_know.require_for(ctx, session, case.id, case.reference)
        expect_version(session, milestone, expected_version, "milestone", f"The milestone '{milestone.title}'")
        fields: dict = {}
        if "kind" in changes:
            kind = changes["kind"]
            fields["kind"] = kind if isinstance(kind, MilestoneKind) else MilestoneKind.parse(kind, "kind")
        if "occurred_at" in changes:
            at = changes["occurred_at"]
            fields["occurred_at"] = (
                parse_datetime(at, "occurred_at", default_zone=case.timezone)
                if isinstance(at, str)
                else require_aware(at, "occurred_at")
            )
        if "title" in changes:
            fields["title"] = v.clean_text(changes["title"], "title", required=True, max_length=300)
        if "description" in changes:
            fields["description"] = v.clean_text(
                changes["description"], "description", max_length=v.LONG_TEXT_MAX, multiline=True
            )
        if "source" in changes:
            fields["source"] = v.clean_text(changes["source"], "source", max_length=500)
        if "restricted" in changes:
            fields["restricted"] = bool(changes["restricted"])
        if "hostage_person_id" in changes:
            person_id = changes["hostage_person_id"]
            if person_id is not None:
                participant = records.participant(session, case.id, person_id)
                if participant is None or participant.role != ParticipantRole.HOSTAGE:
                    raise ValidationError(
                        "hostage_person_id",
                        translate(
                            "services.milestones", "Person #{person_id} is not a national held in {reference}."
                        ).format(person_id=person_id, reference=case.reference),
                    )
            fields["hostage_person_id"] = person_id
        kind_after = fields.get("kind", milestone.kind)
        if kind_after in PERSONAL_KINDS and fields.get("hostage_person_id", milestone.hostage_person_id) is None:
            raise ValidationError(
                "hostage_person_id", translate("services.milestones", "Say which national this proof of life concerns.")
            )
        changed = {k: val for k, val in fields.items() if getattr(milestone, k) != val}
        if changed:
            before = {k: getattr(milestone, k) for k in changed}
            for key, val in changed.items():
                setattr(milestone, key, val)
            case.updated_at = ctx.now()
            session.flush()
            search_index.index_milestone(session, milestone)
            ctx.audit(
                session, "milestone.edit", "milestone", milestone.id, case_id=case.id, before=before, after=changed
            )
            if milestone.restricted:  # restricted content never reaches the family
                family_share.clear_in_session(ctx, session, "milestone", milestone.id, "restricted")
            session.flush()
            session.refresh(milestone)
        return milestone_view(milestone)


@action("milestones.list_milestones")
def list_milestones(
    ctx: ServiceContext,
    reference: str,
    *,
    include_restricted: bool = True,
    include_voided: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[MilestoneView]:
    """Chronological (oldest first). Voided milestones (``view.voided``) only with ``include_voided``.
    ``offset``/``limit``: one page of that order (the case window asks for the next as it scrolls).

    Someone outside the case's team gets restricted milestones (proofs of life, demands) as
    placeholders: date and "restricted". Showing restricted ones is audited as a read."""
    with ctx.transaction() as session:
        case = load_case(session, reference)
        allowed = need_to_know.may_see(ctx, session, case.id)
        rows = [
            m
            for m in records.milestones(
                session, case.id, include_voided=include_voided, offset=max(0, offset), limit=limit
            )
            if include_restricted or not m.restricted
        ]
        shown = [m.id for m in rows if m.restricted and allowed]
        if shown:
            ctx.record_read("restricted", "case", case.id, case_id=case.id, milestones=shown)
        return [milestone_view(m) if allowed or not m.restricted else withheld_milestone_view(m) for m in rows]


@action("milestones.get_milestone")
def get_milestone(ctx: ServiceContext, milestone_id: int) -> MilestoneView:
    with ctx.transaction() as session:
        milestone = session.get(Milestone, milestone_id)
        if milestone is None:
            raise NotFoundError(
                translate("services.milestones", "There is no milestone #{milestone_id}.").format(
                    milestone_id=milestone_id
                )
            )
        if milestone.restricted:
            if not need_to_know.may_see(ctx, session, milestone.case_id):
                return withheld_milestone_view(milestone)
            ctx.record_read("restricted", "milestone", milestone.id, case_id=milestone.case_id)
        return milestone_view(milestone)
