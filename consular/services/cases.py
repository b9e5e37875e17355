"""Case actions: open, edit, change status, read one, list many."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import and_, bindparam, event, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, lazyload, load_only

from consular.db.models import Case, CaseCounterpart, CaseStatusChange, Counterpart, Post, User
from consular.domain import validation as v
from consular.domain.enums import (
    AttributionLevel,
    CaseKind,
    CaseStatus,
    Classification,
    ParticipantRole,
    Priority,
)
from consular.domain.errors import ConflictError, NotFoundError, ValidationError
from consular.domain.filters import SORT_KEYS, CaseFilter
from consular.domain.timeutil import in_zone, parse_datetime, require_aware, zone
from consular.domain.workflow import check_transition, is_reopening
from consular.i18n import translate
from consular.repositories import case_pages as pages
from consular.repositories import cases as case_repo
from consular.repositories import records
from consular.services import need_to_know, search_index
from consular.services.audit import expect_version, snapshot
from consular.services.context import ServiceContext
from consular.services.convert import (
    counterpart_view,
    liaison_view,
    milestone_view,
    participant_view,
    post_view,
    task_view,
    user_view,
    withheld_milestone_view,
    withheld_task_view,
)
from consular.services.permissions import action, require
from consular.services.reference_data import post_for, user_id_for
from consular.services.views import CaseDetail, CaseSummary, StatusChangeView

# Fields a caseworker may edit after opening (status has its own action).
EDITABLE_FIELDS = (
    "title",
    "kind",
    "priority",
    "incident_at",
    "incident_site",
    "incident_town",
    "incident_region",
    "incident_country",
    "latitude",
    "longitude",
    "timezone",
    "circumstances",
    "attribution_level",
    "attribution_group",
    "attribution_source",
    "classification",
    "lead_caseworker",
    "supervisor",
)
AUDITED_FIELDS = [f for f in EDITABLE_FIELDS if f not in ("lead_caseworker", "supervisor")] + [
    "lead_caseworker_id",
    "supervisor_id",
    "status",
]


def normalise_reference(reference: str) -> str:
    ref = (reference or "").strip().upper()
    if not ref:
        raise ValidationError(
            "reference", translate("services.cases", "A case reference is required, e.g. BAM-2025-0001.")
        )
    return ref


_LOCKED = "consular.cases.locked"  # session.info: ids of the cases this transaction holds


def load_case(session, reference: str, *, lock: bool = False) -> Case:
    """The case of ``reference``. ``lock``: read it and hold its row until commit in the same
    statement (as :func:`lock_case` does, one round trip fewer)."""
    if lock:
        return lock_case_with_user(session, reference, None)[0]
    case = case_repo.by_reference(session, normalise_reference(reference))
    if case is None:
        raise _no_case(normalise_reference(reference))
    return case


# The case's columns a new contact needs (its zone, incident, last contact; the version the
# case's update names), and the account's a view names it by.
LEAN_CASE = (Case.id, Case.reference, Case.timezone, Case.incident_at, Case.last_contact_at, Case.version)
LEAN_USER = (User.id, User.display_name)


def lock_case_with_user(session, reference: str, user_id: int | None) -> tuple[Case, User | None]:
    """``load_case(lock=True)``, and the account ``user_id`` read by the same statement (None
    when there is none). While the caller holds the account, a view naming it (who recorded a
    change) needs no statement of its own: the session's identity map keeps objects only while
    they are referenced."""
    ref = normalise_reference(reference)
    # OF cases: the post joined to it (an outer join) is not locked, which PostgreSQL refuses.
    stmt = select(Case).where(Case.reference == ref).with_for_update(of=Case)
    if user_id is not None:
        stmt = stmt.add_columns(User).outerjoin(User, User.id == user_id)
    row = session.execute(stmt.execution_options(populate_existing=True)).first()
    if row is None:
        raise _no_case(ref)
    session.info.setdefault(_LOCKED, set()).add(row[0].id)
    return row[0], row[1] if user_id is not None else None


@functools.cache
def _contact_lock_statement():
    """Made once: building it (and its cache key) cost a third of a millisecond each call."""
    return (
        select(Case, User, Counterpart, CaseCounterpart.case_id)
        .select_from(
            Case.__table__.outerjoin(User, User.id == bindparam("user_id"))
            .outerjoin(Counterpart, Counterpart.id.in_(bindparam("counterpart_ids", expanding=True)))
            .outerjoin(
                CaseCounterpart,
                and_(CaseCounterpart.counterpart_id == Counterpart.id, CaseCounterpart.case_id == Case.id),
            )
        )
        .where(Case.reference == bindparam("reference"))
        .with_for_update(of=Case)
        .options(load_only(*LEAN_CASE), lazyload(Case.post), load_only(*LEAN_USER))
        .execution_options(populate_existing=True)
    )


def lock_case_for_contact(
    session, reference: str, user_id: int, counterpart_ids: list[int]
) -> tuple[Case, User | None, list[tuple[Counterpart, int | None]]]:
    """:func:`lock_case_with_user`, lean: only :data:`LEAN_CASE` and :data:`LEAN_USER` are read,
    without the case's post (a tenth of the wide rows' columns for the driver to describe and the
    ORM to load; any other attribute is read when first used, by a statement of its own), and,
    read by the same statement (one round trip fewer for Log contact), the counterparts
    ``counterpart_ids`` that exist, each with the case's id if it is linked to the case already
    (else None)."""
    ref = normalise_reference(reference)
    params = {"reference": ref, "user_id": user_id, "counterpart_ids": list(counterpart_ids)}
    rows = session.execute(_contact_lock_statement(), params).all()
    if not rows:
        raise _no_case(ref)
    case, user = rows[0][0], rows[0][1]
    session.info.setdefault(_LOCKED, set()).add(case.id)
    return case, user, [(counterpart, linked) for _, _, counterpart, linked in rows if counterpart is not None]


def _no_case(ref: str) -> NotFoundError:
    return NotFoundError(
        translate("services.cases", "There is no case '{ref}'. Check the reference (e.g. BAM-2025-0001).").format(
            ref=ref
        )
    )


@event.listens_for(Session, "after_transaction_end")
def _forget_locks(session: Session, _transaction) -> None:
    # Any transaction's end, a savepoint's too (a rolled-back savepoint releases its row locks
    # on PostgreSQL): the next lock_case locks again rather than trusting a stale note.
    session.info.pop(_LOCKED, None)


def lock_case(session, case: Case) -> None:
    """Hold the case row until commit and re-read it, for a change that updates the case's
    caches (last contact). On PostgreSQL a concurrent writer then waits here instead of
    failing the version check at commit; SQLite's BEGIN IMMEDIATE already serialises writers.
    Nothing to do for a case this transaction already locked (``load_case(lock=True)``)."""
    locked = session.info.setdefault(_LOCKED, set())
    if case.id in locked:
        return
    session.execute(select(Case.id).where(Case.id == case.id).with_for_update())
    session.refresh(case)
    locked.add(case.id)


def _incident_time(value, tz: str) -> datetime:
    if isinstance(value, str):
        return parse_datetime(value, "incident_at", default_zone=tz)
    return require_aware(value, "incident_at")


def _clean_case_fields(values: dict, tz_default: str, now: datetime) -> dict:
    """Validate the editable fields present in ``values``; returns column → value."""
    out: dict = {}
    tz = values.get("timezone") or tz_default
    if "timezone" in values:
        zone(tz)
        out["timezone"] = tz
    if "title" in values:
        out["title"] = v.clean_text(values["title"], "title", required=True, max_length=300)
    if "kind" in values:
        out["kind"] = values["kind"] if isinstance(values["kind"], CaseKind) else CaseKind.parse(values["kind"], "kind")
    if "priority" in values:
        p = values["priority"]
        out["priority"] = p if isinstance(p, Priority) else Priority.parse(p, "priority")
    if "incident_at" in values:
        at = _incident_time(values["incident_at"], tz)
        if at > now:
            raise ValidationError(
                "incident_at",
                translate("services.cases", "The incident time is in the future; check the date and zone."),
            )
        out["incident_at"] = at
    for name, limit in (
        ("incident_site", 300),
        ("incident_town", 120),
        ("incident_region", 120),
        ("attribution_group", 200),
        ("attribution_source", 500),
    ):
        if name in values:
            out[name] = v.clean_text(values[name], name, max_length=limit)
    if "incident_country" in values:
        out["incident_country"] = v.country_code(values["incident_country"], "incident_country")
    if "latitude" in values or "longitude" in values:
        out["latitude"], out["longitude"] = v.coordinates(values.get("latitude"), values.get("longitude"))
    if "circumstances" in values:
        out["circumstances"] = v.clean_text(
            values["circumstances"], "circumstances", max_length=v.LONG_TEXT_MAX, multiline=True
        )
    if "attribution_level" in values:
        a = values["attribution_level"]
        out["attribution_level"] = (
            a if isinstance(a, AttributionLevel) else AttributionLevel.parse(a, "attribution_level")
        )
    if "classification" in values:
        c = values["classification"]
        out["classification"] = c if isinstance(c, Classification) else Classification.parse(c, "classification")
    level = out.get("attribution_level")
    if level in (AttributionLevel.CLAIMED, AttributionLevel.CONFIRMED) and not (
        out.get("attribution_group") or values.get("_existing_group")
    ):
        raise ValidationError(
            "attribution_group",
            translate("services.cases", "Name the group when attribution is {level}.").format(
                level=level.label.lower()
            ),
        )
    return out


@action("cases.open_case")
def open_case(
    ctx: ServiceContext,
    *,
    post_code: str,
    title: str,
    kind: str | CaseKind,
    incident_at: datetime | str,
    incident_country: str,
    timezone: str | None = None,
    priority: str | Priority = Priority.HIGH,
    incident_site: str | None = None,
    incident_town: str | None = None,
    incident_region: str | None = None,
    latitude: float | None = None,
    longitude: float | None = None,
    circumstances: str | None = None,
    attribution_level: str | AttributionLevel = AttributionLevel.UNKNOWN,
    attribution_group: str | None = None,
    attribution_source: str | None = None,
    classification: str | Classification = Classification.RESTRICTED,
    lead_caseworker: str | None = None,
    supervisor: str | None = None,
    reason: str = "Case opened",
    opened_at: datetime | None = None,
) -> CaseDetail:
    """Open a case at a post and give it the next reference ``<POST>-<YEAR>-<NNNN>``.

    The year is the incident's year in the case's zone. The case starts in status *open*;
    the opening is recorded as the first status change, dated ``opened_at`` when the case
    is being entered after the fact (seed data, a case taken over from paper), else now.
    Raises ValidationError (field named) for bad input and NotFoundError for an unknown post.
    """
    with ctx.writing() as session:
        case = open_case_in_session(
            ctx,
            session,
            post_code=post_code,
            title=title,
            kind=kind,
            incident_at=incident_at,
            incident_country=incident_country,
            timezone=timezone,
            priority=priority,
            incident_site=incident_site,
            incident_town=incident_town,
            incident_region=incident_region,
            latitude=latitude,
            longitude=longitude,
            circumstances=circumstances,
            attribution_level=attribution_level,
            attribution_group=attribution_group,
            attribution_source=attribution_source,
            classification=classification,
            lead_caseworker=lead_caseworker,
            supervisor=supervisor,
            reason=reason,
            opened_at=opened_at,
        )
        reference = case.reference
    return _case_detail(ctx, reference)


@action("cases.open_case_in_session")
def open_case_in_session(
    ctx: ServiceContext,
    session,
    *,
    post_code: str,
    title: str,
    kind: str | CaseKind,
    incident_at: datetime | str,
    incident_country: str,
    timezone: str | None = None,
    priority: str | Priority = Priority.HIGH,
    incident_site: str | None = None,
    incident_town: str | None = None,
    incident_region: str | None = None,
    latitude: float | None = None,
    longitude: float | None = None,
    circumstances: str | None = None,
    attribution_level: str | AttributionLevel = AttributionLevel.UNKNOWN,
    attribution_group: str | None = None,
    attribution_source: str | None = None,
    classification: str | Classification = Classification.RESTRICTED,
    lead_caseworker: str | None = None,
    supervisor: str | None = None,
    reason: str = "Case opened",
    opened_at: datetime | None = None,
) -> Case:
    """Shared by open_case and the import (every row of a file in one transaction): validates,
    inserts, numbers, records the opening and audits the case in ``session``; see open_case."""
    opened = require_aware(opened_at, "opened_at") if opened_at is not None else None
    if opened is not None and opened > ctx.now():
        raise ValidationError(
            "opened_at", translate("services.cases", "The case cannot be opened in the future; check the date.")
        )
    post = post_for(session, post_code)
    tz = timezone or post.timezone
    fields = _clean_case_fields(
        {
            "title": title,
            "kind": kind,
            "priority": priority,
            "incident_at": incident_at,
            "incident_site": incident_site,
            "incident_town": incident_town,
            "incident_region": incident_region,
            "incident_country": incident_country,
            "latitude": latitude,
            "longitude": longitude,
            "timezone": tz,
            "circumstances": circumstances,
            "attribution_level": attribution_level,
            "attribution_group": attribution_group,
            "attribution_source": attribution_source,
            "classification": classification,
        },
        tz,
        ctx.now(),
    )
    lead_id = user_id_for(session, lead_caseworker, "lead_caseworker") or ctx.actor.user_id
    supervisor_id = user_id_for(session, supervisor, "supervisor")
    why = v.clean_text(reason, "reason", required=True, max_length=2000, multiline=True)
    now = ctx.now()
    case = _insert_numbered(
        session,
        post,
        in_zone(fields["incident_at"], tz).year,
        status=CaseStatus.OPEN,
        lead_caseworker_id=lead_id,
        supervisor_id=supervisor_id,
        created_at=now,
        updated_at=now,
        **fields,
    )
    _record_opening(ctx, session, case, opened or now, why)
    return case


def _insert_numbered(session, post, year: int, **columns) -> Case:
    """Insert a case with the post's next reference for ``year``, ``<POST>-<YEAR>-<NNNN>``."""
    for _attempt in range(5):
        seq = case_repo.max_sequence(session, post.id, year) + 1
        case = Case(reference=f"{post.code}-{year}-{seq:04d}", post_id=post.id, ref_year=year, ref_seq=seq, **columns)
        try:
            with session.begin_nested():
                session.add(case)
                session.flush()
            return case
        except IntegrityError:
            # Another user took the same number at the same moment: take the next one.
            continue
    raise ConflictError(translate("services.cases", "Could not allocate a case reference; try again."))


def _record_opening(ctx: ServiceContext, session, case: Case, opened_at: datetime, reason: str) -> None:
    """The opening as the case's first status change, its search entry and its audit entry."""
    session.add(
        CaseStatusChange(
            case_id=case.id,
            from_status=None,
            to_status=CaseStatus.OPEN,
            changed_at=opened_at,
            changed_by_id=ctx.actor.user_id,
            reason=reason,
        )
    )
    search_index.index_case(session, case)
    ctx.audit(
        session,
        "case.open",
        "case",
        case.id,
        case_id=case.id,
        after=snapshot(case, AUDITED_FIELDS) | {"reference": case.reference},
    )


@action("cases.edit_case")
def edit_case(ctx: ServiceContext, reference: str, *, expected_version: int | None = None, **changes) -> CaseDetail:
    """Change the case's key facts. Only fields given are touched.

    ``expected_version`` is the version the editor loaded; if someone saved in between,
    ConflictError is raised and nothing is written.
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(
            sorted(unknown)[0],
            translate("services.cases", "'{unknown}' cannot be edited here.").format(unknown=sorted(unknown)[0]),
        )
    with ctx.writing() as session:
        case = load_case(session, reference)
        expect_version(session, case, expected_version, "case", case.reference)
        before = snapshot(case, AUDITED_FIELDS)
        values = dict(changes)
        values["_existing_group"] = case.attribution_group
        fields = _clean_case_fields(values, case.timezone, ctx.now())
        if "lead_caseworker" in changes:
            fields["lead_caseworker_id"] = user_id_for(session, changes["lead_caseworker"], "lead_caseworker")
        if "supervisor" in changes:
            fields["supervisor_id"] = user_id_for(session, changes["supervisor"], "supervisor")
        changed = {k: val for k, val in fields.items() if getattr(case, k) != val}
        if not changed:
            return _case_detail(ctx, case.reference)
        for key, val in changed.items():
            setattr(case, key, val)
        case.updated_at = ctx.now()
        session.flush()
        search_index.index_case(session, case)
        ctx.audit(
            session,
            "case.edit",
            "case",
            case.id,
            case_id=case.id,
            before={k: before.get(k) for k in changed},
            after=changed,
        )
        ref = case.reference
    return _case_detail(ctx, ref)


@action("cases.change_status")
def change_status(
    ctx: ServiceContext,
    reference: str,
    new_status: str | CaseStatus,
    reason: str,
    *,
    expected_version: int | None = None,
    at: datetime | None = None,
) -> CaseDetail:
    """Move a case along the workflow (open → active → resolved → closed; reopen to active).

    A reason is required. Closing needs a supervisor or administrator.
    """
    target = new_status if isinstance(new_status, CaseStatus) else CaseStatus.parse(new_status, "status")
    why = v.clean_text(reason, "reason", required=True, max_length=2000, multiline=True)
    when = require_aware(at, "at") if at is not None else ctx.now()
    with ctx.writing() as session:
        case = load_case(session, reference)
        expect_version(session, case, expected_version, "case", case.reference)
        check_transition(case.status, target)
        if target == CaseStatus.CLOSED:
            require(ctx, "cases.close")
        previous = case.status
        case.status = target
        case.updated_at = ctx.now()
        session.add(
            CaseStatusChange(
                case_id=case.id,
                from_status=previous,
                to_status=target,
                changed_at=when,
                changed_by_id=ctx.actor.user_id,
                reason=why,
            )
        )
        session.flush()
        ctx.audit(
            session,
            "case.reopen" if is_reopening(previous, target) else "case.status",
            "case",
            case.id,
            case_id=case.id,
            before={"status": previous},
            after={"status": target, "reason": why},
        )
        ref = case.reference
    return _case_detail(ctx, ref)


@action("cases.get_case")
def get_case(ctx: ServiceContext, reference: str, *, page: int | None = None) -> CaseDetail:
    """Everything about one case (people, next of kin, counterparts, milestones, tasks).

    ``page``: only the first ``page`` milestones (oldest first) and tasks (by due time), voided
    ones included, with their totals in ``milestone_counts`` / ``task_counts``; the case window
    asks for the rest as the user scrolls (a 20,000-event case has hundreds of each). Without
    it, every milestone and task.

    Restricted milestones are placeholders for someone outside the case's team. Seeing the
    people's identifiers (passports, phones, dates of birth) or restricted milestones is
    audited as one read entry."""
    return _case_detail(ctx, reference, audit_read=True, page=page)


def _case_detail(
    ctx: ServiceContext, reference: str, *, audit_read: bool = False, page: int | None = None
) -> CaseDetail:
    """The detail returned by the writing services to the person who just wrote (no read entry:
    their change is audited)."""
    with ctx.transaction() as session:
        case = load_case(session, reference)
        allowed = need_to_know.may_see(ctx, session, case.id)
        participants = records.participants(session, case.id)
        hostage_ids = [p.id for p in participants if p.role == ParticipantRole.HOSTAGE]
        events_by = {}
        for event in records.status_events(session, hostage_ids, include_voided=True):
            events_by.setdefault(event.participant_id, []).append(event)
        pols = records.last_proofs_of_life(session, case.id)
        verified = records.last_verified_proofs_of_life(session, case.id)
        welfare = records.last_welfare_reports(session, case.id)
        paged = page is not None
        all_milestones = records.milestones(
            session, case.id, include_voided=True, limit=max(1, page) if paged else None
        )
        if paged:
            welfare_rows = pages.welfare_milestones(session, case.id)
        else:
            welfare_rows = [m for m in all_milestones if m.kind in pages.WELFARE_KINDS]
        liaisons = records.liaisons(session, case.id)
        last = records.last_contact_with(session, case.id, [liaison.counterpart_id for liaison in liaisons])
        history = session.scalars(
            select(CaseStatusChange)
            .where(CaseStatusChange.case_id == case.id)
            .order_by(CaseStatusChange.changed_at, CaseStatusChange.id)
        )
        milestones = [m for m in all_milestones if m.voided_at is None]
        if audit_read:
            # Voided ones too: the history views show them (struck through).
            restricted = sorted({m.id for m in (*all_milestones, *welfare_rows) if m.restricted and allowed})
            if participants or liaisons or restricted:
                ctx.record_read(
                    "case",
                    "case",
                    case.id,
                    case_id=case.id,
                    identifiers=bool(participants or liaisons),
                    milestones=restricted,
                )

        def shown(m):
            return milestone_view(m) if allowed or not m.restricted else withheld_milestone_view(m)

        return CaseDetail(
            id=case.id,
            reference=case.reference,
            title=case.title,
            kind=case.kind,
            status=case.status,
            priority=case.priority,
            post=post_view(case.post),
            incident_at=case.incident_at,
            incident_site=case.incident_site,
            incident_town=case.incident_town,
            incident_region=case.incident_region,
            incident_country=case.incident_country,
            latitude=case.latitude,
            longitude=case.longitude,
            timezone=case.timezone,
            circumstances=case.circumstances,
            attribution_level=case.attribution_level,
            attribution_group=case.attribution_group,
            attribution_source=case.attribution_source,
            classification=case.classification,
            lead_caseworker=user_view(case.lead_caseworker),
            supervisor=user_view(case.supervisor),
            created_at=case.created_at,
            updated_at=case.updated_at,
            last_contact_at=case.last_contact_at,
            version=case.version,
            status_history=[
                StatusChangeView(h.id, h.from_status, h.to_status, h.changed_at, h.changed_by.display_name, h.reason)
                for h in history
            ],
            participants=[
                participant_view(
                    p,
                    events_by.get(p.id, []),
                    pols.get(p.person_id),
                    last_verified_pol=verified.get(p.person_id),
                    last_welfare=records.latest_welfare(welfare, p.person_id),
                    clock=ctx.clock,
                    pol_withheld=not allowed and pols.get(p.person_id) is not None,
                )
                for p in participants
            ],
            next_of_kin=[
                liaison_view(liaison, last.get(liaison.counterpart_id), clock=ctx.clock) for liaison in liaisons
            ],
            counterparts=[counterpart_view(c) for c in records.case_counterparts(session, case.id)],
            milestones=[shown(m) for m in milestones],
            voided_milestones=[shown(m) for m in all_milestones if m.voided_at is not None],
            tasks=_task_views(ctx, session, case, page),
            contact_count=records.contact_count(session, case.id),
            document_count=records.document_count(session, case.id),
            clock=ctx.clock,
            welfare_milestones=[shown(m) for m in welfare_rows],
            next_task=_next_task(ctx, session, case),
            milestone_counts=pages.milestone_counts(session, case.id) if paged else None,
            task_counts=pages.task_counts(session, case.id, ctx.now()) if paged else None,
        )


def _check_filter(session, flt: CaseFilter | None) -> None:
    """Refuse a filter naming a post that does not exist, as an unknown status is refused:
    "No cases match" would hide a typo."""
    if flt is None or not flt.post_codes:
        return
    known = set(session.scalars(select(Post.code)))
    for code in flt.post_codes:
        if code.strip().upper() not in known:
            raise ValidationError(
                "post",
                translate("services.cases", "There is no post '{code}'; the posts are {value}.").format(
                    code=code, value=", ".join(sorted(known)) or "none yet"
                ),
            )


@action("cases.list_cases")
def list_cases(
    ctx: ServiceContext,
    flt: CaseFilter | None = None,
    *,
    sort: str = "incident_at",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[CaseSummary]:
    """One page of the case list. ``sort`` is one of ``domain.filters.SORT_KEYS``."""
    if sort not in SORT_KEYS:
        raise ValidationError(
            "sort",
            translate("services.cases", "Cannot sort by '{sort}'; use one of {sort_keys}.").format(
                sort=sort, sort_keys=", ".join(SORT_KEYS)
            ),
        )
    with ctx.transaction() as session:
        _check_filter(session, flt)
        rows = case_repo.summary_rows(
            session, flt, sort=sort, descending=descending, offset=max(0, offset), limit=max(1, min(limit, 5000))
        )
        return [_summary(row, ctx.clock) for row in rows]


@action("cases.iter_cases")
def iter_cases(
    ctx: ServiceContext,
    flt: CaseFilter | None = None,
    *,
    sort: str = "incident_at",
    descending: bool = True,
    limit: int | None = None,
) -> Iterator[CaseSummary]:
    """Every case of the list (or the first ``limit``) in ``sort`` order, from one query in one
    read transaction, yielded as they are fetched: for exports of the whole list
    (``consular cases list --json``) without paging or holding every row at once."""
    if sort not in SORT_KEYS:
        raise ValidationError(
            "sort",
            translate("services.cases", "Cannot sort by '{sort}'; use one of {sort_keys}.").format(
                sort=sort, sort_keys=", ".join(SORT_KEYS)
            ),
        )
    with ctx.transaction() as session:
        _check_filter(session, flt)
        for row in case_repo.stream_summary_rows(session, flt, sort=sort, descending=descending, limit=limit):
            yield _summary(row, ctx.clock)


def _summary(row, clock) -> CaseSummary:
    """A case-list row (see :func:`consular.repositories.cases.summary_statement`) as a view."""
    (case_id, reference, title, kind, status, priority, post_code, country, town, region, site, incident_at,
     timezone, held, total, last_contact, next_due, lead, version) = row  # fmt: skip
    return CaseSummary(
        id=case_id,
        reference=reference,
        title=title,
        kind=kind,
        status=status,
        priority=priority,
        post_code=post_code,
        country=country,
        place=", ".join(x for x in (town, region) if x) or (site or ""),
        incident_at=incident_at,
        timezone=timezone,
        hostages_held=held or 0,
        hostages_total=total or 0,
        last_contact_at=last_contact,
        next_task_due=next_due,
        lead_caseworker=lead,
        version=version,
        clock=clock,
    )


@action("cases.count_cases")
def count_cases(ctx: ServiceContext, flt: CaseFilter | None = None) -> int:
    with ctx.transaction() as session:
        _check_filter(session, flt)
        return case_repo.count(session, flt)


@action("cases.case_summary")
def case_summary(ctx: ServiceContext, reference: str) -> CaseSummary:
    with ctx.transaction() as session:
        case = load_case(session, reference)
        case_id = case.id
    page = list_cases(ctx, CaseFilter(case_ids=[case_id]), limit=1)
    return page[0]


__all__ = [
    "case_summary",
    "change_status",
    "count_cases",
    "edit_case",
    "get_case",
    "list_cases",
    "load_case",
    "normalise_reference",
    "open_case",
    "open_case_in_session",
]


def _task_views(ctx: ServiceContext, session, case, page: int | None = None) -> list:
    """The case's tasks (``page``: the first ``page``, voided ones included); follow-ups of
    restricted contacts as placeholders for outsiders."""
    if page is None:
        rows = records.tasks(session, case.id)
    else:
        rows = records.tasks(session, case.id, include_voided=True, limit=max(1, page))
    withheld = need_to_know.withheld_tasks(ctx, session, rows)
    return [
        (withheld_task_view if t.id in withheld else task_view)(t, case.reference, session, clock=ctx.clock)
        for t in rows
    ]


def _next_task(ctx: ServiceContext, session, case):
    task = pages.next_task(session, case.id)
    if task is None:
        return None
    make = withheld_task_view if need_to_know.withheld_tasks(ctx, session, [task]) else task_view
    return make(task, case.reference, session, clock=ctx.clock)
