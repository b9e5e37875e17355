"""Queries behind the reports across cases (consular.services.reports).

Every figure is an aggregate computed by the database: rows come back grouped (by month,
kind, country, post, channel, caseworker, case), never one per case to be counted in Python.
The only per-person rows are the held nationals' list, which *is* the report.

Portable: month bucketing and day arithmetic come from :mod:`consular.db.dialect`
(``strftime``/``julianday`` on SQLite, ``to_char``/``extract(epoch)`` on PostgreSQL); the
median is ``percentile_cont`` on PostgreSQL and a window-function median on SQLite
(:func:`grouped_median`). Comparisons with "now" or "N days ago" bind the instants as
parameters, so the stored timestamps are compared as they are, on both engines.

Voided entries (contacts, milestones, status events, tasks) are never counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, case, cast, exists, func, literal, or_, select, text, true
from sqlalchemy.orm import Session
from sqlalchemy.types import Float, Integer

from consular.db import dialect
from consular.db.models import (
    Case,
    CaseParticipant,
    CaseStatusChange,
    CaseTeamMember,
    ContactCounterpart,
    ContactEntry,
    FamilyLiaison,
    HostageStatusEvent,
    Milestone,
    Person,
    Post,
    Task,
    User,
)
from consular.db.types import UTCDateTime
from consular.domain.enums import CaseStatus, HostageStatus, MilestoneKind, ParticipantRole, TaskStatus
from consular.i18n import QT_TRANSLATE_NOOP

ACTIVE_STATUSES = (CaseStatus.OPEN, CaseStatus.ACTIVE)
RESOLVED_STATUSES = (CaseStatus.RESOLVED, CaseStatus.CLOSED)
IN_CAPTIVITY = (HostageStatus.HELD, HostageStatus.UNACCOUNTED)
OPEN_TASK = (TaskStatus.OPEN, TaskStatus.IN_PROGRESS)
#: Days-held buckets of the distribution: (label, lowest day, first day of the next bucket);
#: the labels are translated where they are shown (services/reports.py).
DAYS_HELD_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    (QT_TRANSLATE_NOOP("services.reports", "< 30 days"), 0, 30),
    ("30–89", 30, 90),
    ("90–179", 90, 180),
    ("180–364", 180, 365),
    (QT_TRANSLATE_NOOP("services.reports", "1–2 years"), 365, 730),
    (QT_TRANSLATE_NOOP("services.reports", "2 years +"), 730, None),
)


@dataclass(frozen=True)
class Where:
    """What a report covers: the period [start, end) in UTC, a post id and an incident
    country (None: all), and the moment "now" is. ``team_of``: the user whose case teams
    bound restricted content (None: the reader sees every case's restricted content)."""

    start: datetime
    end: datetime
    now: datetime
    post_id: int | None = None
    country: str | None = None
    team_of: int | None = None

    def case_filters(self) -> list:
        out = []
        if self.post_id is not None:
            out.append(Case.post_id == self.post_id)
        if self.country:
            out.append(Case.incident_country == self.country)
        return out


def _at(value: datetime):
    return literal(value, UTCDateTime())


def on_team(user_id: int | None):
    """A SQL condition on ``cases``: the user is on the case's team (lead, supervisor, member);
    always true when ``user_id`` is None (the reader sees every case's restricted content)."""
    if user_id is None:
        return true()
    member = exists(
        select(CaseTeamMember.id).where(CaseTeamMember.case_id == Case.id, CaseTeamMember.user_id == user_id)
    )
    return or_(Case.lead_caseworker_id == user_id, Case.supervisor_id == user_id, member)


def _isum(expr):
    """sum() as an integer on both engines (PostgreSQL sums integers as numeric), 0 for none."""
    return cast(func.coalesce(func.sum(expr), 0), Integer)


def _engine(session: Session) -> str:
    return session.get_bind().dialect.name


def for_reports(session: Session) -> None:
    """Set up the transaction for report queries: on PostgreSQL, without JIT compilation.

    A report's statements cost more than PostgreSQL's JIT threshold, and compiling them took
    0.5-0.7 s of the compliance report's time at 100,000 cases, more than JIT saved
    (docs/performance.md). ``SET LOCAL`` ends with the transaction."""
    if _engine(session) == "postgresql":
        session.execute(text("SET LOCAL jit = off"))


def whole_days(engine: str, days):
    """Whole days of a (positive) fractional day count: SQLite's integer cast truncates;
    PostgreSQL's rounds, so it is floored first."""
    return cast(func.floor(days) if engine == "postgresql" else days, Integer)


def user_names(session: Session) -> list[tuple[int, str]]:
    return list(session.execute(select(User.id, User.display_name)))


# --- median -------------------------------------------------------------------------------


def grouped_median(session: Session, values) -> dict[object, float]:
    """The median of ``values.c.v`` per ``values.c.g`` (a subquery with columns g and v).

    PostgreSQL: ``percentile_cont(0.5) WITHIN GROUP (ORDER BY v)``. SQLite has no ordered-set
    aggregates: each group's values are numbered in order with ``row_number()`` beside their
    ``count()``, and the median is the average of the middle one (odd count) or two (even)."""
    if _engine(session) == "postgresql":
        stmt = select(values.c.g, func.percentile_cont(0.5).within_group(values.c.v)).group_by(values.c.g)
        return {g: float(m) for g, m in session.execute(stmt) if m is not None}
    numbered = select(
        values.c.g.label("g"),
        values.c.v.label("v"),
        func.row_number().over(partition_by=values.c.g, order_by=values.c.v).label("rn"),
        func.count().over(partition_by=values.c.g).label("n"),
    ).subquery("numbered")
    middle = or_(
        numbered.c.rn == (numbered.c.n + 1) // 2,  # floor division on both engines
        numbered.c.rn == (numbered.c.n + 2) // 2,
    )
    stmt = select(numbered.c.g, func.avg(numbered.c.v)).where(middle).group_by(numbered.c.g)
    return {g: float(m) for g, m in session.execute(stmt) if m is not None}


# --- nationals held now ---------------------------------------------------------------------


def _captivity_start():
    """First standing in-captivity status entry of the participant (as the case screen
    computes it), else the time of their current status."""
    first = (
        select(func.min(HostageStatusEvent.effective_at))
        .where(
            HostageStatusEvent.participant_id == CaseParticipant.id,
            HostageStatusEvent.status.in_(IN_CAPTIVITY),
            HostageStatusEvent.voided_at.is_(None),
        )
        .correlate(CaseParticipant)
        .scalar_subquery()
    )
    return func.coalesce(first, CaseParticipant.hostage_status_since)


def _held_where(where: Where) -> list:
    return [
        CaseParticipant.role == ParticipantRole.HOSTAGE,
        CaseParticipant.hostage_status.in_(IN_CAPTIVITY),
        Case.status.in_(ACTIVE_STATUSES),
        # The maintained count (consular.services.sort_keys): the planner starts from the few
        # cases with someone held (ix_cases_hostages_held) instead of every participant.
        Case.hostages_held > 0,
        *where.case_filters(),
    ]


def held_nationals(session: Session, where: Where) -> list:
    """One row per national held or unaccounted for in an open or active case: case id,
    reference, post code, country, name, status, captivity start, the last standing proof of
    life (None when there is none, or when the reader is not on the case's team: proofs of
    life are always restricted) and whether the reader may see it; longest held first."""
    last_pol = (
        select(func.max(Milestone.occurred_at))
        .where(
            Milestone.case_id == CaseParticipant.case_id,
            Milestone.hostage_person_id == CaseParticipant.person_id,
            Milestone.kind == MilestoneKind.PROOF_OF_LIFE,
            Milestone.voided_at.is_(None),
        )
        .correlate(CaseParticipant)
        .scalar_subquery()
    )
    team = on_team(where.team_of)
    engine = _engine(session)
    start = _captivity_start().label("start")
    days = whole_days(engine, dialect.days_between(engine, _captivity_start(), _at(where.now)))
    pol_days = whole_days(engine, dialect.days_between(engine, last_pol, _at(where.now)))
    stmt = (
        select(
            Case.id,
            Case.reference,
            Post.code,
            Case.incident_country,
            Person.full_name,
            CaseParticipant.hostage_status,
            start,
            case((team, last_pol), else_=None).label("last_pol"),
            case((team, True), else_=False).label("pol_visible"),
            days.label("days"),
            case((team, pol_days), else_=None).label("pol_days"),
        )
        .select_from(CaseParticipant)
        .join(Case, Case.id == CaseParticipant.case_id)
        .join(Post, Post.id == Case.post_id)
        .join(Person, Person.id == CaseParticipant.person_id)
        .where(*_held_where(where))
        .order_by(start, Case.reference, Person.full_name)
    )
    return list(session.execute(stmt))


def held_by_place(session: Session, where: Where) -> list:
    """(country, post code, held, unaccounted for, earliest captivity start) per country and post."""
    start = _captivity_start()
    stmt = (
        select(
            Case.incident_country,
            Post.code,
            func.count().label("held"),
            _isum(case((CaseParticipant.hostage_status == HostageStatus.UNACCOUNTED, 1), else_=0)),
            func.min(start),
        )
        .select_from(CaseParticipant)
        .join(Case, Case.id == CaseParticipant.case_id)
        .join(Post, Post.id == Case.post_id)
        .where(*_held_where(where))
        .group_by(Case.incident_country, Post.code)
        .order_by(func.count().desc(), Case.incident_country, Post.code)
    )
    return list(session.execute(stmt))


def held_median_days(session: Session, where: Where) -> dict[tuple[str, str] | str, float]:
    """Median of the whole days held per (country, post) and overall (key "all")."""
    engine = _engine(session)
    days = whole_days(engine, dialect.days_between(engine, _captivity_start(), _at(where.now)))
    base = (
        select(Case.incident_country.label("country"), Post.code.label("post"), days.label("v"))
        .select_from(CaseParticipant)
        .join(Case, Case.id == CaseParticipant.case_id)
        .join(Post, Post.id == Case.post_id)
        .where(*_held_where(where))
        .subquery("held_days")
    )
    per_place = select((base.c.country + "/" + base.c.post).label("g"), base.c.v).subquery("per_place")
    overall = select(literal("all").label("g"), base.c.v).subquery("overall")
    out: dict = {}
    for key, value in grouped_median(session, per_place).items():
        country, post = key.split("/", 1)
        out[(country, post)] = value
    out.update(grouped_median(session, overall))
    return out


def days_held_distribution(session: Session, where: Where) -> list[int]:
    """How many held nationals fall in each of :data:`DAYS_HELD_BUCKETS` (in that order),
    bucketed by comparing the captivity start with bound cutoffs (now minus N days)."""
    start = _captivity_start()
    columns = []
    for _label, low, high in DAYS_HELD_BUCKETS:
        # held at least ``low`` days: start <= now - low; fewer than ``high``: start > now - high
        cond = [start <= _at(where.now - timedelta(days=low))]
        if high is not None:
            cond.append(start > _at(where.now - timedelta(days=high)))
        columns.append(_isum(case((and_(*cond), 1), else_=0)))
    stmt = (
        select(*columns)
        .select_from(CaseParticipant)
        .join(Case, Case.id == CaseParticipant.case_id)
        .where(*_held_where(where))
    )
    return [int(v) for v in session.execute(stmt).one()]


# --- monthly statistics ---------------------------------------------------------------------


def _openings():
    """(case id, opened at): when the post opened the case, its first status entry (the case's
    ``created_at`` is when the record was typed in, which for a case entered late differs)."""
    return (
        select(CaseStatusChange.case_id.label("case_id"), func.min(CaseStatusChange.changed_at).label("opened_at"))
        .where(CaseStatusChange.from_status.is_(None))
        .group_by(CaseStatusChange.case_id)
        .subquery("openings")
    )


def _resolutions():
    """(case id, resolved at): a case's first change to resolved or closed."""
    return (
        select(CaseStatusChange.case_id.label("case_id"), func.min(CaseStatusChange.changed_at).label("resolved_at"))
        .where(CaseStatusChange.to_status.in_(RESOLVED_STATUSES))
        .group_by(CaseStatusChange.case_id)
        .subquery("resolutions")
    )


def _opening_of(case_id):
    """The opening time of the case ``case_id`` (a correlated scalar subquery, one index probe)."""
    return (
        select(func.min(CaseStatusChange.changed_at))
        .where(CaseStatusChange.case_id == case_id, CaseStatusChange.from_status.is_(None))
        .scalar_subquery()
    )


def opened_by(session: Session, where: Where) -> list:
    """(month, kind, country, post code, cases) for the cases opened in the period."""
    opened = _openings()
    month = dialect.month_of(_engine(session), opened.c.opened_at).label("month")
    stmt = (
        select(month, Case.kind, Case.incident_country, Post.code, func.count())
        .select_from(opened)
        .join(Case, Case.id == opened.c.case_id)
        .join(Post, Post.id == Case.post_id)
        .where(opened.c.opened_at >= _at(where.start), opened.c.opened_at < _at(where.end), *where.case_filters())
        .group_by(month, Case.kind, Case.incident_country, Post.code)
    )
    return list(session.execute(stmt))


def closed_by(session: Session, where: Where) -> list:
    """(month, kind, country, post code, cases) for the cases resolved (first change to
    resolved or closed) in the period."""
    res = _resolutions()
    month = dialect.month_of(_engine(session), res.c.resolved_at).label("month")
    stmt = (
        select(month, Case.kind, Case.incident_country, Post.code, func.count())
        .select_from(res)
        .join(Case, Case.id == res.c.case_id)
        .join(Post, Post.id == Case.post_id)
        .where(res.c.resolved_at >= _at(where.start), res.c.resolved_at < _at(where.end), *where.case_filters())
        .group_by(month, Case.kind, Case.incident_country, Post.code)
    )
    return list(session.execute(stmt))


def resolution_medians(session: Session, where: Where) -> dict[str, float]:
    """Median days from opening to resolution of the cases resolved in the period, per month
    of resolution ('YYYY-MM') and overall ('all')."""
    engine = _engine(session)
    res = _resolutions()
    days = dialect.days_between(engine, _opening_of(res.c.case_id), res.c.resolved_at)
    base = (
        select(dialect.month_of(engine, res.c.resolved_at).label("month"), days.label("v"))
        .select_from(res)
        .join(Case, Case.id == res.c.case_id)
        .where(res.c.resolved_at >= _at(where.start), res.c.resolved_at < _at(where.end), *where.case_filters())
        .subquery("resolved_days")
    )
    out = grouped_median(session, select(base.c.month.label("g"), base.c.v).subquery("by_month"))
    out.update(grouped_median(session, select(literal("all").label("g"), base.c.v).subquery("overall")))
    return out


def contacts_by_channel(session: Session, where: Where) -> list:
    """(month, channel, contacts) of the unvoided contacts in the period. Restricted contacts
    are counted: a count says nothing of their content."""
    month = dialect.month_of(_engine(session), ContactEntry.occurred_at).label("month")
    stmt = select(month, ContactEntry.channel, func.count()).where(
        ContactEntry.occurred_at >= where.start,
        ContactEntry.occurred_at < where.end,
        ContactEntry.voided_at.is_(None),
    )
    filters = where.case_filters()
    if filters:
        stmt = stmt.join(Case, Case.id == ContactEntry.case_id).where(*filters)
    return list(session.execute(stmt.group_by(month, ContactEntry.channel)))


def _family_contacts(session: Session, where: Where, lookback_days: int):
    """Each unvoided contact with a relative who has a contact plan, from ``lookback_days``
    before the period to its end, with the time of the contact before it with the same
    relative (LAG over the relative's contacts), or the case's opening for the first."""
    fam = (
        select(
            FamilyLiaison.id.label("liaison_id"),
            FamilyLiaison.contact_every_days.label("every"),
            ContactEntry.case_id.label("case_id"),
            ContactEntry.occurred_at.label("at"),
        )
        .select_from(ContactEntry)
        .join(ContactCounterpart, ContactCounterpart.contact_id == ContactEntry.id)
        .join(
            FamilyLiaison,
            and_(
                FamilyLiaison.counterpart_id == ContactCounterpart.counterpart_id,
                FamilyLiaison.case_id == ContactEntry.case_id,
            ),
        )
        .where(
            ContactEntry.occurred_at >= where.start - timedelta(days=lookback_days),
            ContactEntry.occurred_at < where.end,
            ContactEntry.voided_at.is_(None),
            FamilyLiaison.contact_every_days > 0,
        )
    )
    filters = where.case_filters()
    if filters:
        fam = fam.join(Case, Case.id == ContactEntry.case_id).where(*filters)
    fam = fam.subquery("family_contacts")
    previous = func.lag(fam.c.at).over(partition_by=fam.c.liaison_id, order_by=fam.c.at)
    listed = select(fam.c.liaison_id, fam.c.every, fam.c.case_id, fam.c.at, previous.label("previous")).subquery(
        "listed"
    )
    # COALESCE evaluates the opening only for a relative's first contact.
    return select(
        listed.c.every,
        listed.c.at,
        func.coalesce(listed.c.previous, _opening_of(listed.c.case_id)).label("previous"),
    ).subquery("with_previous")


def family_contacts_on_time(session: Session, where: Where) -> list:
    """(month, family contacts, of which within plan) in the period. A contact with a relative
    is within plan when it came no later than the agreed interval after the one before it
    with that relative (or after the case was opened, for the first)."""
    engine = _engine(session)
    lookback = session.scalar(select(func.max(FamilyLiaison.contact_every_days))) or 0
    rows = _family_contacts(session, where, int(lookback))
    gap = dialect.days_between(engine, rows.c.previous, rows.c.at)
    month = dialect.month_of(engine, rows.c.at).label("month")
    stmt = (
        select(month, func.count(), _isum(case((gap <= cast(rows.c.every, Float), 1), else_=0)))
        .where(rows.c.at >= _at(where.start))
        .group_by(month)
    )
    return list(session.execute(stmt))


# --- workload -----------------------------------------------------------------------------


def workload(session: Session, where: Where) -> list:
    """(assignee id or None, display name or None, post code, open tasks, overdue) per
    caseworker and post: unvoided tasks open or in progress, overdue when due before now."""
    overdue = _isum(case((Task.due_at < where.now, 1), else_=0))
    stmt = (
        select(Task.assignee_id, User.display_name, Post.code, func.count(), overdue)
        .join(Case, Case.id == Task.case_id)
        .join(Post, Post.id == Case.post_id)
        .outerjoin(User, User.id == Task.assignee_id)
        .where(Task.status.in_(OPEN_TASK), Task.voided_at.is_(None), *where.case_filters())
        .group_by(Task.assignee_id, User.display_name, Post.code)
        .order_by(overdue.desc(), func.count().desc(), User.display_name, Post.code)
    )
    return list(session.execute(stmt))


def cases_led(session: Session, where: Where) -> dict[tuple[int | None, str], int]:
    """Open and active cases per lead caseworker and post."""
    stmt = (
        select(Case.lead_caseworker_id, Post.code, func.count())
        .join(Post, Post.id == Case.post_id)
        .where(Case.status.in_(ACTIVE_STATUSES), *where.case_filters())
        .group_by(Case.lead_caseworker_id, Post.code)
    )
    return {(lead, post): n for lead, post, n in session.execute(stmt)}


# --- family-contact compliance ------------------------------------------------------------


def compliance_by_case(session: Session, where: Where) -> list:
    """Per case with relatives on a contact plan, over the period: (case id, reference, post,
    country, relatives, contacts the plans called for, contacts made, contacts made counted up
    to what each plan called for, relatives overdue now).

    A relative's plan calls for ceil(days / interval) contacts, the days running from the
    later of the period's start and the case's opening, to the earlier of its end and now.
    Cases count when they were open at some time in the period (opened before its end,
    and not resolved before its start)."""
    engine = _engine(session)
    until = min(where.end, where.now)
    res = _resolutions()
    opened = _openings()
    from_ = case((opened.c.opened_at > _at(where.start), opened.c.opened_at), else_=_at(where.start))
    whole = whole_days(engine, cast(dialect.days_between(engine, from_, _at(until)), Float))
    expected = case(
        (whole <= 0, 0), else_=(whole + FamilyLiaison.contact_every_days - 1) // FamilyLiaison.contact_every_days
    )
    # Contacts with each (case, counterpart) in the period, counted in one pass over the
    # period's contacts (the covering index) rather than one probe per relative. Grouped on
    # the two keys, not joined to the plans here: joined on two columns, PostgreSQL estimated
    # one row, chose a nested loop over it for every relative and took 79 s at 100,000 cases.
    made = (
        select(
            ContactEntry.case_id.label("case_id"),
            ContactCounterpart.counterpart_id.label("counterpart_id"),
            func.count().label("n"),
        )
        .join(ContactCounterpart, ContactCounterpart.contact_id == ContactEntry.id)
        .where(
            ContactEntry.occurred_at >= where.start,
            ContactEntry.occurred_at < until,
            ContactEntry.voided_at.is_(None),
        )
        .group_by(ContactEntry.case_id, ContactCounterpart.counterpart_id)
        .subquery("made")
    )
    intervals = sorted(
        session.scalars(select(FamilyLiaison.contact_every_days).where(FamilyLiaison.contact_every_days > 0).distinct())
    )
    overdue_now = or_(
        FamilyLiaison.last_contact_at.is_(None),
        *[
            and_(FamilyLiaison.contact_every_days == n, FamilyLiaison.last_contact_at < where.now - timedelta(days=n))
            for n in intervals
        ],
    )
    per_liaison = (
        select(
            FamilyLiaison.case_id.label("case_id"),
            expected.label("expected"),
            func.coalesce(made.c.n, 0).label("made"),
            case((and_(Case.status.in_(ACTIVE_STATUSES), overdue_now), 1), else_=0).label("overdue"),
        )
        .join(Case, Case.id == FamilyLiaison.case_id)
        .join(opened, opened.c.case_id == Case.id)
        .outerjoin(res, res.c.case_id == Case.id)
        .outerjoin(
            made,
            and_(made.c.case_id == FamilyLiaison.case_id, made.c.counterpart_id == FamilyLiaison.counterpart_id),
        )
        .where(
            FamilyLiaison.contact_every_days > 0,
            opened.c.opened_at < _at(until),
            or_(res.c.resolved_at.is_(None), res.c.resolved_at >= _at(where.start)),
            *where.case_filters(),
        )
        .subquery("per_liaison")
    )
    counted = case((per_liaison.c.made < per_liaison.c.expected, per_liaison.c.made), else_=per_liaison.c.expected)
    stmt = (
        select(
            Case.id,
            Case.reference,
            Post.code,
            Case.incident_country,
            func.count(),
            _isum(per_liaison.c.expected),
            _isum(per_liaison.c.made),
            _isum(counted),
            _isum(per_liaison.c.overdue),
        )
        .select_from(per_liaison)
        .join(Case, Case.id == per_liaison.c.case_id)
        .join(Post, Post.id == Case.post_id)
        .group_by(Case.id, Case.reference, Post.code, Case.incident_country)
        .order_by(Case.reference)
    )
    return list(session.execute(stmt))


def post_id_for(session: Session, code: str) -> int | None:
    return session.scalar(select(Post.id).where(func.upper(Post.code) == code.upper()))


def post_codes(session: Session) -> list[str]:
    return list(session.scalars(select(Post.code).order_by(Post.code)))
