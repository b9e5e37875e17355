"""Status briefs: the PDF a supervisor hands to senior officials, and the record of each one.

:func:`brief_data` gathers what a brief says as plain data (``consular.reports.brief_data``),
already filtered for its audience; :func:`issue_brief` renders it to PDF, writes the file
atomically and records who issued which brief, for which period, with which content hash;
:func:`list_briefs` answers "what was sent".

Visibility rule: a restricted contact or milestone appears only when the caller asks for
restricted entries, and never in a redacted brief. Everything derived from them follows
the same rule (a restricted proof of life does not set "last proof of life"; a restricted
meeting does not set "last contact with the military"), so a brief never hints at what it
leaves out beyond saying how many restricted entries were withheld.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from consular import paths
from consular.db.models import BriefRecord
from consular.domain.enums import (
    CounterpartCategory,
    HostageStatus,
    MilestoneKind,
    ParticipantRole,
)
from consular.domain.errors import DiskFullError, ValidationError
from consular.domain.masking import KnownIdentifiers, Redactor
from consular.domain.timeutil import (
    UTC,
    as_utc,
    parse_datetime,
    require_aware,
    utcnow,
    whole_days,
    zone,
)
from consular.reports.brief_data import (
    BriefContactGroup,
    BriefContactLine,
    BriefData,
    BriefDevelopment,
    BriefFamilyLiaison,
    BriefHostage,
    BriefSummary,
    BriefTask,
    LastContact,
    short_hash,
)
from consular.repositories import briefs as brief_repo
from consular.repositories import records
from consular.services import need_to_know
from consular.services.cases import load_case
from consular.services.context import ServiceContext
from consular.services.convert import captivity_start, liaison_view, person_view
from consular.services.permissions import action
from consular.services.views import JsonMixin

#: Without ``since`` and without an earlier brief, a brief covers this long.
DEFAULT_PERIOD = timedelta(days=7)
#: Newest contacts listed per counterpart category; the rest are counted ("and 12 more").
MAX_LINES_PER_CATEGORY = 8
AUTHORITY_CATEGORIES = (
    CounterpartCategory.HOST_GOVERNMENT,
    CounterpartCategory.POLICE,
    CounterpartCategory.MILITARY,
)
FREED = (HostageStatus.RELEASED, HostageStatus.RESCUED, HostageStatus.ESCAPED)
PAGE_SIZES = ("A4", "Letter")
NO_COUNTERPART = "No counterpart recorded"


@dataclass(frozen=True)
class BriefResult:
    """What :func:`issue_brief` wrote."""

    path: Path
    page_count: int
    sha256: str
    record_id: int
    period_start: datetime
    period_end: datetime
    redacted: bool
    include_restricted: bool
    draft: bool
    page_size: str

    @property
    def short_hash(self) -> str:
        return short_hash(self.sha256)


@dataclass(frozen=True)
class BriefRecordView(JsonMixin):
    """One brief issued: who, when, which period, which content hash."""

    id: int
    reference: str
    issued_at: datetime
    issued_by: str
    period_start: datetime
    period_end: datetime
    sha256: str
    redacted: bool
    include_restricted: bool
    draft: bool
    page_count: int
    file_name: str | None

    @property
    def short_hash(self) -> str:
        return short_hash(self.sha256)


# --- options --------------------------------------------------------------------------------


def _check_options(redact: bool, include_restricted: bool) -> None:
    if redact and include_restricted:
        raise ValidationError(
            "include_restricted",
            "A redacted brief never includes restricted entries: redaction is for copies that are "
            "handed on, and restricted entries must not leave the case team. Choose one of the two.",
        )


def _moment(value, field: str, tz: str) -> datetime:
    """A period bound: an aware datetime, a date (midnight in the case's zone) or ISO text."""
    if isinstance(value, datetime):
        return require_aware(value, field)
    if isinstance(value, date):
        return datetime.combine(value, time(0, 0), tzinfo=zone(tz)).astimezone(UTC)
    if isinstance(value, str):
        raw = value.strip()
        if len(raw) == 10 and raw[4:5] == "-":
            try:
                day = date.fromisoformat(raw)
            except ValueError:
                raise ValidationError(
                    field, f"'{raw}' is not a date; write it as YYYY-MM-DD, e.g. 2025-07-18."
                ) from None
            return _moment(day, field, tz)
        return parse_datetime(raw, field, default_zone=tz)
    raise ValidationError(field, "Give a date (YYYY-MM-DD) or a date and time.")


def _page_size(value: str) -> str:
    for name in PAGE_SIZES:
        if (value or "").strip().lower() == name.lower():
            return name
    raise ValidationError("page_size", f"'{value}' is not a page size; use A4 or Letter.")


# --- gathering ------------------------------------------------------------------------------


def _redactor(session, case, participants, liaisons, enabled: bool) -> Redactor:
    if not enabled:
        return Redactor.off()
    known: list[KnownIdentifiers] = []
    for participant in participants:
        person = participant.person
        known.append(
            KnownIdentifiers(
                passport_numbers=tuple(x for x in [person.passport_number] if x),
                other_ids=tuple(i.value for i in person.identifiers),
                phones=tuple(x for x in [person.phone] if x),
                emails=tuple(x for x in [person.email] if x),
                dates_of_birth=tuple(x for x in [person.date_of_birth] if x),
            )
        )
    for liaison in liaisons:
        known.append(
            KnownIdentifiers(
                phones=tuple(x for x in [liaison.phone] if x),
                emails=tuple(x for x in [liaison.email] if x),
                addresses=tuple(x for x in [liaison.address] if x),
            )
        )
    for counterpart in records.case_counterparts(session, case.id):
        known.append(
            KnownIdentifiers(
                phones=tuple(x for x in [counterpart.phone] if x),
                emails=tuple(x for x in [counterpart.email] if x),
                addresses=tuple(x for x in [counterpart.address] if x),
            )
        )
    return Redactor(known)


def _period(session, case, since, until, as_of: datetime) -> tuple[datetime, datetime, str]:
    end = as_of if until is None else _moment(until, "until", case.timezone)
    if end > as_of:
        raise ValidationError("until", "The end of the period is after the time of the brief.")
    if since is not None:
        start = _moment(since, "since", case.timezone)
        if start > as_of:
            raise ValidationError("since", "The start of the period is in the future; give a date on or before today.")
        if start >= end:
            raise ValidationError("since", "The start of the period is not before its end.")
        return start, end, "From the date requested"
    previous = brief_repo.previous_brief(session, case.id, until=end)
    if previous is not None and as_utc(previous.period_end) < end:
        who = previous.issued_by.display_name if previous.issued_by else "?"
        issued = as_utc(previous.issued_at)
        return as_utc(previous.period_end), end, f"Since the previous brief (issued {_stamp(issued)} by {who})"
    return end - DEFAULT_PERIOD, end, "Last 7 days (no earlier brief of this case)"


def _stamp(at: datetime) -> str:
    return as_utc(at).strftime("%d %b %Y %H:%M UTC")


def _hostages(
    session, case, participants, milestones, as_of, visible
) -> list[tuple[BriefHostage, HostageStatus | None]]:
    """Each hostage as of ``as_of`` (status history after it ignored), with the status itself."""
    hostages = [p for p in participants if p.role == ParticipantRole.HOSTAGE]
    events_by: dict[int, list] = {}
    for event in records.status_events(session, [p.id for p in hostages]):
        if as_utc(event.effective_at) <= as_of:
            events_by.setdefault(event.participant_id, []).append(event)
    local_day = as_of.astimezone(zone(case.timezone)).date()
    result = []
    for participant in hostages:
        events = events_by.get(participant.id, [])
        latest = events[-1] if events else None
        status = latest.status if latest else None
        since = as_utc(latest.effective_at) if latest else None
        start = captivity_start(events) if events else None
        in_captivity = status is not None and status.in_captivity
        days = None
        if start is not None:
            days = whole_days(start, as_of if in_captivity or since is None else since)
        pid = participant.person_id
        pols = [
            m for m in milestones if m.kind == MilestoneKind.PROOF_OF_LIFE and m.hostage_person_id == pid and visible(m)
        ]
        welfare = [
            m
            for m in milestones
            if m.kind == MilestoneKind.WELFARE_REPORT and m.hostage_person_id in (pid, None) and visible(m)
        ]
        last_welfare = welfare[-1] if welfare else None
        result.append(
            (
                BriefHostage(
                    name=participant.person.full_name,
                    name_native=participant.person.name_native,
                    age=person_view(participant.person).age_on(local_day),
                    status=status.label if status else "Not recorded",
                    status_since=since,
                    in_captivity=in_captivity,
                    days_in_captivity=days,
                    last_proof_of_life=as_utc(pols[-1].occurred_at) if pols else None,
                    welfare_note=last_welfare.title if last_welfare else None,
                    welfare_at=as_utc(last_welfare.occurred_at) if last_welfare else None,
                ),
                status,
            )
        )
    return result


def _development(m, clean) -> BriefDevelopment:
    return BriefDevelopment(
        at=as_utc(m.occurred_at),
        kind=m.kind.label,
        title=clean(m.title),
        description=clean(m.description),
        source=clean(m.source),
        hostage_name=m.hostage.full_name if m.hostage else None,
        restricted=bool(m.restricted),
    )


def _contact_groups(session, case, start, end, show_restricted, clean) -> list[BriefContactGroup]:
    stats = brief_repo.category_stats(session, case.id, start, end, include_restricted=show_restricted)
    order = {c: i for i, c in enumerate(CounterpartCategory)}
    stats.sort(key=lambda s: order.get(s.category, len(order)))
    groups = []
    for stat in stats:
        entries = brief_repo.recent_contacts(
            session,
            case.id,
            stat.category,
            start,
            end,
            include_restricted=show_restricted,
            limit=MAX_LINES_PER_CATEGORY,
        )
        lines = [
            BriefContactLine(
                at=as_utc(e.occurred_at),
                channel=e.channel.label,
                direction=e.direction.label,
                counterparts=clean(", ".join(c.name for c in e.counterparts)) or "—",
                subject=clean(e.subject),
                restricted=bool(e.restricted),
                follow_up_needed=bool(e.follow_up_needed),
            )
            for e in entries
        ]
        groups.append(
            BriefContactGroup(
                category=stat.category.label if stat.category else NO_COUNTERPART,
                count=stat.count,
                restricted_count=stat.restricted_count if show_restricted else 0,
                last_at=as_utc(stat.last_at),
                lines=lines,
                more=max(0, stat.count - len(lines)),
            )
        )
    return groups


@action("briefs.brief_data")
def brief_data(
    ctx: ServiceContext,
    reference: str,
    *,
    since: datetime | date | str | None = None,
    until: datetime | date | str | None = None,
    redact: bool = False,
    include_restricted: bool = False,
    as_of: datetime | None = None,
    draft: bool = False,
) -> BriefData:
    """What a status brief of case ``reference`` says, as plain data.

    The period runs from ``since`` (a date is midnight in the case's zone; default: the end
    of the previous non-draft brief of this case, else seven days back) to ``until``
    (default: ``as_of``). ``as_of`` (default: now) is the moment the brief describes; it
    exists so tests and re-issues are reproducible.

    Raises NotFoundError for an unknown case and ValidationError for a period that starts
    in the future or does not start before it ends, for bad dates, and for ``redact``
    together with ``include_restricted``; PermissionDeniedError for ``include_restricted``
    asked by someone outside the case's team (need-to-know).
    """
    _check_options(redact, include_restricted)
    now = require_aware(as_of, "as_of") if as_of is not None else utcnow()
    show_restricted = include_restricted and not redact

    def visible(item) -> bool:
        return show_restricted or not item.restricted

    with ctx.transaction() as session:
        case = load_case(session, reference)
        if show_restricted:
            need_to_know.require_for(ctx, session, case.id, case.reference)
        start, end, basis = _period(session, case, since, until, now)
        participants = records.participants(session, case.id)
        liaisons = records.liaisons(session, case.id)
        clean = _redactor(session, case, participants, liaisons, redact)
        milestones = [m for m in records.milestones(session, case.id) if as_utc(m.occurred_at) <= now]

        hostage_rows = _hostages(session, case, participants, milestones, now, visible)
        hostages = [h for h, _status in hostage_rows]
        statuses = [status for _h, status in hostage_rows]
        in_period = [m for m in milestones if visible(m) and start <= as_utc(m.occurred_at) < end]
        developments = [_development(m, clean) for m in reversed(in_period)]
        before = [m for m in milestones if visible(m) and as_utc(m.occurred_at) < start]
        latest_before = _development(before[-1], clean) if before and not developments else None

        total, restricted_total = brief_repo.contact_totals(session, case.id, start, end)
        groups = _contact_groups(session, case, start, end, show_restricted, clean)

        authority = brief_repo.last_contact_by_category(
            session, case.id, list(AUTHORITY_CATEGORIES), until=end, include_restricted=show_restricted
        )
        family_last = brief_repo.last_contact_with(
            session,
            case.id,
            [liaison.counterpart_id for liaison in liaisons],
            until=end,
            include_restricted=show_restricted,
        )
        family = []
        family_contacts = []
        for liaison in liaisons:
            view = liaison_view(liaison, as_utc(family_last.get(liaison.counterpart_id)))
            family.append(
                BriefFamilyLiaison(
                    name=clean(view.kin.full_name),
                    name_native=view.kin.name_native,
                    relationship=clean(view.relationship),
                    hostage_name=view.hostage_name,
                    plan=clean(view.plan_text()),
                    last_contact_at=view.last_contact_at,
                    next_due_at=view.next_contact_due,
                    overdue=view.is_overdue(now=now),
                )
            )
            family_contacts.append(
                LastContact(
                    label=f"{view.kin.full_name} ({view.relationship} of {view.hostage_name})",
                    at=view.last_contact_at,
                )
            )

        tasks = []
        for task in records.tasks(session, case.id, open_only=True):
            due = as_utc(task.due_at)
            tasks.append(
                BriefTask(
                    title=clean(task.title),
                    owner=task.assignee.display_name if task.assignee else None,
                    due_at=due,
                    priority=task.priority.label,
                    status=task.status.label,
                    overdue=due is not None and due < now,
                )
            )
        rank = {p: i for i, p in enumerate(["Critical", "High", "Normal", "Low"])}
        tasks.sort(key=lambda t: (not t.overdue, t.due_at is None, t.due_at or now, rank.get(t.priority, 9)))

        attribution = case.attribution_level.label
        if case.attribution_group:
            attribution += f": {case.attribution_group}"
        summary = BriefSummary(
            kind=case.kind.label,
            status=case.status.label,
            priority=case.priority.label,
            incident_at=as_utc(case.incident_at),
            place=clean(", ".join(x for x in (case.incident_site, case.incident_town, case.incident_region) if x)),
            country=case.incident_country,
            days_since_incident=whole_days(case.incident_at, now),
            attribution=clean(attribution),
            hostages_total=len(statuses),
            hostages_held=sum(1 for s in statuses if s is not None and s.in_captivity),
            hostages_released=sum(1 for s in statuses if s in FREED),
            hostages_other=sum(1 for s in statuses if s is None or (not s.in_captivity and s not in FREED)),
            last_contact_authorities=[
                LastContact(
                    label=c.label,
                    at=as_utc(authority[c][0]) if c in authority else None,
                    counterpart=clean(authority[c][1]) if c in authority else None,
                )
                for c in AUTHORITY_CATEGORIES
            ],
            last_contact_families=[LastContact(clean(f.label), f.at) for f in family_contacts],
        )

        notices = []
        if redact:
            notices.append(
                "REDACTED COPY. Passport numbers, other identity document numbers, phone "
                "numbers, e-mail addresses, addresses and dates of birth are masked, and "
                "restricted entries are left out. It may be handed on within government."
            )
        elif show_restricted:
            notices.append(
                "This brief INCLUDES RESTRICTED ENTRIES (marked RESTRICTED). Do not pass it "
                "to families, employers or anyone outside the case team."
            )
        elif restricted_total:
            notices.append(
                f"{restricted_total} restricted contact "
                f"{'entry is' if restricted_total == 1 else 'entries are'} not included "
                "(issue with 'include restricted' for the case team only)."
            )
        if draft:
            notices.append("DRAFT: not for issue.")

        return BriefData(
            reference=case.reference,
            title=clean(case.title),
            classification=case.classification.label,
            post=case.post.name,
            timezone=case.timezone,
            as_of=now,
            prepared_by=ctx.actor.display_name,
            period_start=start,
            period_end=end,
            period_basis=basis,
            redacted=bool(redact),
            include_restricted=bool(show_restricted),
            draft=bool(draft),
            summary=summary,
            hostages=hostages,
            developments=developments,
            latest_development_before=latest_before,
            contacts_total=total if show_restricted else total - restricted_total,
            contact_groups=groups,
            restricted_withheld=0 if (show_restricted or redact) else restricted_total,
            family=family,
            tasks=tasks,
            notices=notices,
        )


# --- issuing --------------------------------------------------------------------------------


def default_brief_path(reference: str, at: datetime | None = None) -> Path:
    """Where the app keeps a brief it generates: the user's data folder, beside the database
    (a brief names people and must be as protected as the database)."""
    stamp = as_utc(at or utcnow()).strftime("%Y%m%d-%H%M%S")
    folder = paths.data_dir() / "briefs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{reference.strip().upper()}-brief-{stamp}.pdf"


def _target(path: str | os.PathLike) -> Path:
    target = Path(path).expanduser()
    if target.is_dir():
        raise ValidationError("path", f"'{target}' is a folder; give the name of the PDF file to write.")
    if not target.parent.is_dir():
        raise ValidationError("path", f"The folder '{target.parent}' does not exist.")
    return target.resolve()


def _write_error(exc: OSError, target: Path) -> Exception:
    if exc.errno == errno.ENOSPC:
        return DiskFullError(f"The disk is full; the brief was not written to {target}.")
    reason = exc.strerror or str(exc)
    return ValidationError("path", f"Cannot write the brief to {target}: {reason}.")


@action("briefs.issue_brief")
def issue_brief(
    ctx: ServiceContext,
    reference: str,
    path: str | os.PathLike,
    *,
    since: datetime | date | str | None = None,
    until: datetime | date | str | None = None,
    redact: bool = False,
    include_restricted: bool = False,
    draft: bool = False,
    page_size: str = "A4",
    as_of: datetime | None = None,
) -> BriefResult:
    """Render the brief of ``reference`` to the PDF file ``path`` and record it.

    The file appears whole or not at all: the PDF is written to a temporary file in the same
    folder and renamed over ``path`` only once the brief's record (and its audit entry
    ``brief.issue``) is in the database; if anything fails nothing is left behind and no
    record is kept. The record's hash is :func:`consular.reports.brief_data.content_hash`,
    whose first 12 characters are printed in every page's footer.

    Any signed-in user may issue a brief, a read-only viewer included: issuing changes no
    case record, and the record of it says who printed what.

    Raises what :func:`brief_data` raises, ValidationError for a bad path or page size, and
    DiskFullError when the disk is full.
    """
    from consular.reports.brief_pdf import render_brief

    size = _page_size(page_size)
    target = _target(path)
    data = brief_data(
        ctx,
        reference,
        since=since,
        until=until,
        redact=redact,
        include_restricted=include_restricted,
        as_of=as_of,
        draft=draft,
    )
    rendered = render_brief(data, page_size=size)
    digest = data.content_hash()
    # A hidden name beside the target (so the rename cannot cross file systems), created
    # exclusively, with the permissions the user's umask gives any new file.
    temp = target.parent / f".{target.name}.{secrets.token_hex(6)}.part"
    try:
        handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as exc:
        raise _write_error(exc, target) from None
    try:
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(rendered.pdf)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            raise _write_error(exc, target) from None
        with ctx.transaction() as session:
            case = load_case(session, reference)
            record = BriefRecord(
                case_id=case.id,
                issued_at=utcnow(),
                issued_by_id=ctx.actor.user_id,
                period_start=data.period_start,
                period_end=data.period_end,
                sha256=digest,
                redacted=data.redacted,
                include_restricted=data.include_restricted,
                draft=data.draft,
                page_count=rendered.page_count,
                file_name=str(target)[:500],
            )
            session.add(record)
            session.flush()
            ctx.audit(
                session,
                "brief.issue",
                "brief",
                record.id,
                case_id=case.id,
                after={
                    "file": str(target),
                    "sha256": digest,
                    "pages": rendered.page_count,
                    "period_start": data.period_start,
                    "period_end": data.period_end,
                    "redacted": data.redacted,
                    "include_restricted": data.include_restricted,
                    "draft": data.draft,
                    "page_size": size,
                },
            )
            record_id = record.id
            # Last step inside the transaction: if the rename fails, the record is rolled back.
            try:
                os.replace(temp, target)
            except OSError as exc:
                raise _write_error(exc, target) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return BriefResult(
        path=target,
        page_count=rendered.page_count,
        sha256=digest,
        record_id=record_id,
        period_start=data.period_start,
        period_end=data.period_end,
        redacted=data.redacted,
        include_restricted=data.include_restricted,
        draft=data.draft,
        page_size=size,
    )


@action("briefs.list_briefs")
def list_briefs(ctx: ServiceContext, reference: str, *, limit: int | None = None) -> list[BriefRecordView]:
    """Briefs issued for a case, newest first (drafts included, marked as such)."""
    with ctx.transaction() as session:
        case = load_case(session, reference)
        return [
            BriefRecordView(
                id=r.id,
                reference=case.reference,
                issued_at=as_utc(r.issued_at),
                issued_by=r.issued_by.display_name if r.issued_by else "?",
                period_start=as_utc(r.period_start),
                period_end=as_utc(r.period_end),
                sha256=r.sha256,
                redacted=r.redacted,
                include_restricted=r.include_restricted,
                draft=r.draft,
                page_count=r.page_count,
                file_name=r.file_name,
            )
            for r in brief_repo.brief_records(session, case.id, limit=limit)
        ]


__all__ = [
    "DEFAULT_PERIOD",
    "MAX_LINES_PER_CATEGORY",
    "BriefRecordView",
    "BriefResult",
    "brief_data",
    "default_brief_path",
    "issue_brief",
    "list_briefs",
]
