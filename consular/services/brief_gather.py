"""What a status brief says, gathered from the database: the period, the redactor, the
nationals held, the demands, the developments and the contacts (used by
:func:`consular.services.briefs.brief_data`, which owns the transaction, the permissions and the
audit). Queries and plain data only; nothing here opens a transaction or checks a role.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from consular import reports
from consular.db.models import BriefRecord
from consular.domain.captivity import situation_label
from consular.domain.enums import (
    CounterpartCategory,
    DemandResponse,
    HostageStatus,
    MilestoneKind,
    ParticipantRole,
    PolAssessment,
)
from consular.domain.errors import NotFoundError, ValidationError
from consular.domain.masking import KnownIdentifiers, Redactor
from consular.domain.medical import has_medical_needs
from consular.domain.timeutil import (
    UTC,
    as_utc,
    parse_datetime,
    require_aware,
    whole_days,
    zone,
)
from consular.i18n import format_number, translate
from consular.reports.brief_data import (
    BriefContactGroup,
    BriefContactLine,
    BriefDemand,
    BriefDevelopment,
    BriefHostage,
    BriefLinkedCase,
)
from consular.repositories import briefs as brief_repo
from consular.repositories import records
from consular.services import case_links, vetting
from consular.services.convert import captivity_start, person_view

#: Without ``since`` and without an earlier brief, a brief covers this long.
DEFAULT_PERIOD = timedelta(days=7)
#: A period since the previous brief shorter than this is refused: it prints as "17:27 to 17:27".
MIN_PERIOD = timedelta(minutes=1)
#: Newest contacts listed per counterpart category; the rest are counted ("and 12 more").
MAX_LINES_PER_CATEGORY = 8
AUTHORITY_CATEGORIES = (
    CounterpartCategory.HOST_GOVERNMENT,
    CounterpartCategory.POLICE,
    CounterpartCategory.MILITARY,
)
FREED = (HostageStatus.RELEASED, HostageStatus.RESCUED, HostageStatus.ESCAPED)


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
                    field,
                    translate(
                        "services.brief_gather", "'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2025-07-18."
                    ).format(value=raw),
                ) from None
            return _moment(day, field, tz)
        return parse_datetime(raw, field, default_zone=tz)
    raise ValidationError(field, translate("services.brief_gather", "Give a date (YYYY-MM-DD) or a date and time."))


# --- gathering ------------------------------------------------------------------------------


def _redactor(session, case, participants, liaisons, enabled: bool, *, mask_names: bool = False) -> Redactor:
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
                names=tuple(x for x in [person.full_name, person.name_native] if x),
            )
        )
    for liaison in liaisons:
        kin = liaison.kin
        known.append(
            KnownIdentifiers(
                names=tuple(x for x in [kin.full_name, kin.name_native] if x) if kin else (),
                passport_numbers=tuple(x for x in [kin.passport_number] if x) if kin else (),
                other_ids=tuple(i.value for i in kin.identifiers) if kin else (),
                dates_of_birth=tuple(x for x in [kin.date_of_birth] if x) if kin else (),
                phones=tuple(x for x in [liaison.phone, kin.phone if kin else None] if x),
                emails=tuple(x for x in [liaison.email, kin.email if kin else None] if x),
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
    return Redactor(known, mask_names=mask_names)


def _period(session, case, since, until, as_of: datetime) -> tuple[datetime, datetime, str]:
    end = as_of if until is None else _moment(until, "until", case.timezone)
    if end > as_of:
        raise ValidationError(
            "until", translate("services.brief_gather", "The end of the period is after the time of the brief.")
        )
    if since is not None:
        start = _moment(since, "since", case.timezone)
        if start > as_of:
            raise ValidationError(
                "since",
                translate(
                    "services.brief_gather", "The start of the period is in the future; give a date on or before today."
                ),
            )
        if start >= end:
            raise ValidationError(
                "since", translate("services.brief_gather", "The start of the period is not before its end.")
            )
        return start, end, reports.words.tr("From the date requested")
    previous = brief_repo.previous_brief(session, case.id, until=end)
    if previous is not None:
        who = previous.issued_by.display_name if previous.issued_by else "?"
        issued = as_utc(previous.issued_at)
        start = as_utc(previous.period_end)
        if end - start < MIN_PERIOD:
            # "Generate again" right after a brief gave a brief of 17:27 to 17:27 with nothing
            # in it, recorded as if it had been sent.
            raise ValidationError(
                "since",
                translate(
                    "services.brief_gather",
                    "The previous brief of this case (#{id}, issued {when} by {name}) already "
                    "covers the time up to now. To issue it again with other options, generate it again in its "
                    "place (same period), or give the start of the period.",
                ).format(id=previous.id, when=_stamp(issued), name=who),
            )
        basis = reports.words.tr("Since the previous brief (issued {when} by {name})")
        return start, end, basis.format(when=_stamp(issued), name=who)
    return end - DEFAULT_PERIOD, end, reports.words.tr("Last 7 days (no earlier brief of this case)")


def _replaced(session, case, replaces: int) -> BriefRecord:
    record = brief_repo.brief_record(session, replaces)
    if record is None or record.case_id != case.id:
        raise NotFoundError(
            translate("services.brief_gather", "There is no brief #{id} of {reference}.").format(
                id=replaces, reference=case.reference
            )
        )
    return record


def _stamp(at: datetime) -> str:
    """'25 Jul 2025 14:05 UTC', month in the current language."""
    return reports.words.stamp(as_utc(at), "%d %b %Y %H:%M UTC")


def _demands(session, case, start: datetime, as_of: datetime, shown: bool, clean) -> tuple[list[BriefDemand], int]:
    """(the demands the brief lists, how many stand on record). Listed: received in the
    period, or earlier and still without a response; only when restricted content is shown."""
    rows = [d for d in records.demands(session, case.id) if as_utc(d.received_at) <= as_of]
    if not shown:
        return [], len(rows)
    listed = [d for d in rows if as_utc(d.received_at) >= start or d.response == DemandResponse.NONE]
    status = vetting.status_at
    result = []
    for d in listed:
        flag = (
            status(session, [d.via_counterpart_id], d.received_at)[d.via_counterpart_id]
            if d.via_counterpart_id
            else None
        )
        what = f"{d.kind.label}: {format_number(d.amount)} {d.currency}" if d.amount is not None else d.kind.label
        result.append(
            BriefDemand(
                received_at=as_utc(d.received_at),
                what=what,
                made_by=clean(d.made_by),
                via=clean(d.via.name) if d.via else None,
                via_not_vetted=flag.label.lower() if flag is not None and not flag.trusted else None,
                deadline_at=as_utc(d.deadline_at) if d.deadline_at else None,
                response=d.response.label,
                response_note=clean(d.response_note),
            )
        )
    return result, len(rows)


def _linked_cases(ctx, session, case, as_of: datetime, redact: bool, clean) -> list[BriefLinkedCase]:
    """The cases linked with ``case`` at ``as_of`` (linked by then, not yet unlinked). A case the
    reader may not see in full: its reference and post only. A redacted brief has no notes."""
    result = []
    for link in case_links.links_in_session(ctx, session, case, include_unlinked=True):
        if as_utc(link.linked_at) > as_of or (link.unlinked_at is not None and as_utc(link.unlinked_at) <= as_of):
            continue
        result.append(
            BriefLinkedCase(
                reference=link.other_reference,
                post=link.other_post,
                kind=link.kind.label,
                title=None if link.withheld else clean(link.other_title),
                status=None if link.withheld or link.other_status is None else link.other_status.label,
                note=None if redact or not link.note else clean(link.note),
                withheld=link.withheld,
            )
        )
    return result


def _hostages(
    session,
    case,
    participants,
    milestones,
    as_of,
    visible,
    alert_days: int,
    *,
    names=None,
    clean=None,
    welfare_days: int = 14,
) -> list[tuple[BriefHostage, HostageStatus | None]]:
    """Each hostage as of ``as_of`` (status history after it ignored), with the status itself.
    ``names`` masks the names (a Redactor with ``mask_names``); ``clean`` redacts free text.

    The last *verified* proof of life (assessed genuine) and the overdue flag are worked out
    only from the proofs shown: whether a proof was believed is restricted content."""
    names = names or _as_is
    clean = clean or _as_is
    verdicts = records.pol_assessments(
        session, [m.id for m in milestones if m.kind == MilestoneKind.PROOF_OF_LIFE and visible(m)]
    )
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
        missing = status == HostageStatus.UNACCOUNTED
        days = None
        if start is not None:
            days = whole_days(start, as_of if in_captivity or since is None else since)
        pid = participant.person_id
        all_pols = [m for m in milestones if m.kind == MilestoneKind.PROOF_OF_LIFE and m.hostage_person_id == pid]
        pols = [m for m in all_pols if visible(m)]
        verified = [m for m in pols if verdicts.get(m.id) == PolAssessment.GENUINE]
        last_verified = as_utc(verified[-1].occurred_at) if verified else None
        shown_all = len(pols) == len(all_pols)
        overdue = bool(
            shown_all and in_captivity and start is not None and whole_days(last_verified or start, as_of) > alert_days
        )
        all_welfare = [
            m for m in milestones if m.kind == MilestoneKind.WELFARE_REPORT and m.hostage_person_id in (pid, None)
        ]
        welfare = [m for m in all_welfare if visible(m)]
        last_welfare = welfare[-1] if welfare else None
        # When the last report came is not restricted (only what it says): every reader is told.
        news = as_utc(all_welfare[-1].occurred_at) if all_welfare else start
        medical_watch = bool(
            has_medical_needs(participant.person.medical_needs)
            and in_captivity
            and news is not None
            and whole_days(news, as_of) > welfare_days
        )
        result.append(
            (
                BriefHostage(
                    name=names(participant.person.full_name),
                    name_native=names(participant.person.name_native),
                    age=person_view(participant.person).age_on(local_day),
                    status=status.label if status else reports.words.tr("Not recorded"),
                    status_since=since,
                    in_captivity=in_captivity,
                    days_in_captivity=None if missing else days,
                    last_proof_of_life=as_utc(pols[-1].occurred_at) if pols else None,
                    welfare_note=clean(last_welfare.title) if last_welfare else None,
                    welfare_at=as_utc(last_welfare.occurred_at) if last_welfare else None,
                    proof_of_life_withheld=_later_withheld(all_pols, pols),
                    welfare_withheld=_later_withheld(all_welfare, welfare),
                    missing=missing,
                    days_missing=days if missing else None,
                    situation=situation_label(status, start, since, as_of) if status is not None else "",
                    last_verified_proof_of_life=last_verified,
                    proof_of_life_overdue=overdue,
                    proof_of_life_alert_days=alert_days,
                    medical_watch_overdue=medical_watch,
                    welfare_alert_days=welfare_days,
                ),
                status,
            )
        )
    return result


def _later_withheld(every: list, shown: list) -> bool:
    """Whether the latest of ``every`` (in time order) is not among ``shown``: a brief that
    prints the latest shown one, or "none", would then say something false."""
    return bool(every) and (not shown or every[-1] is not shown[-1])


def _as_is(text):
    return text


def _development(m, clean, names=_as_is) -> BriefDevelopment:
    return BriefDevelopment(
        at=as_utc(m.occurred_at),
        kind=m.kind.label,
        title=clean(m.title),
        description=clean(m.description),
        source=clean(m.source),
        hostage_name=names(m.hostage.full_name) if m.hostage else None,
        restricted=bool(m.restricted),
    )


def _withheld_development(m) -> BriefDevelopment:
    """A restricted milestone as a reader who may not see it reads it: when, and "Restricted"."""
    return BriefDevelopment(
        at=as_utc(m.occurred_at),
        kind=reports.words.tr("Milestone"),
        title=reports.words.tr("Restricted"),
        description=None,
        source=None,
        hostage_name=None,
        restricted=True,
        withheld=True,
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
                category=stat.category.label if stat.category else reports.words.tr("No counterpart recorded"),
                count=stat.count,
                restricted_count=stat.restricted_count if show_restricted else 0,
                last_at=as_utc(stat.last_at),
                lines=lines,
                more=max(0, stat.count - len(lines)),
            )
        )
    return groups
