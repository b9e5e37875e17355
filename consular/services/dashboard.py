"""The home dashboard: what needs attention this morning."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import joinedload, lazyload

from consular.db.home_counts import CaseStatusCount
from consular.db.models import AuditEntry, Case, FamilyLiaison, Person, Task, User
from consular.domain.captivity import situation_label
from consular.domain.enums import CaseStatus, HostageStatus, TellKind
from consular.domain.medical import has_medical_needs
from consular.domain.timeutil import humanize_ago, whole_days
from consular.i18n import translate
from consular.repositories import dashboard as dashboard_repo
from consular.repositories import family as family_repo
from consular.repositories import records
from consular.services import need_to_know
from consular.services.context import ServiceContext
from consular.services.convert import captivity_start, liaison_view, task_view
from consular.services.detention_overdue import OverdueRequest, overdue_requests
from consular.services.permissions import action
from consular.services.views import LiaisonView, TaskView, view_now

ACTIVE_STATUSES = (CaseStatus.OPEN, CaseStatus.ACTIVE)


@dataclass(frozen=True)
class FamilyDue:
    reference: str
    liaison: LiaisonView

    @property
    def text(self) -> str:
        plan = self.liaison
        every = translate("services.dashboard", "every %n day(s)", "", plan.contact_every_days)
        last = (
            translate("services.dashboard", "no contact logged yet")
            if plan.last_contact_at is None
            else translate("services.dashboard", "last contact {ago}").format(
                ago=humanize_ago(plan.last_contact_at, view_now(plan))
            )
        )
        return translate(
            "services.dashboard", "Family of {hostage} ({kin}, {relationship}): agreed {every}, {last}"
        ).format(
            hostage=plan.hostage_name, kin=plan.kin.full_name, relationship=plan.relationship, every=every, last=last
        )


@dataclass(frozen=True)
class TellFamilyDue:
    """An open "tell the family" item: whose family, of what kind of development, due when.
    Never its content: the dashboard is read by people outside the case team."""

    item_id: int
    reference: str
    hostage_person_id: int
    hostage_name: str
    kind: TellKind
    opened_at: datetime
    due_at: datetime

    def overdue(self, now: datetime) -> bool:
        return self.due_at < now

    @property
    def text(self) -> str:
        return translate("services.dashboard", "Tell the family of {name}: {kind}").format(
            name=self.hostage_name, kind=self.kind.label.lower()
        )


@dataclass(frozen=True)
class HeldNational:
    reference: str
    person_id: int
    name: str
    status: HostageStatus
    since: datetime  # start of the captivity (or of being missing)
    days_in_captivity: int  # whole days since ``since``, whatever the status
    label: str = ""  # "held for 416 days" or "missing for 12 days": what the faces show
    last_verified_proof_of_life: datetime | None = None
    #: No verified proof of life for longer than the setting (Settings.proof_of_life_alert_days),
    #: counted from the captivity's start when there is none.
    proof_of_life_overdue: bool = False
    #: Has medical needs, and no welfare report for longer than Settings.welfare_alert_days.
    medical_watch_overdue: bool = False
    #: Whole days since the last verified proof of life, else since the captivity began.
    days_without_proof: int = 0
    #: Whole days since the last welfare report about them, else since the captivity began.
    days_without_welfare: int = 0

    @property
    def is_missing(self) -> bool:
        return self.status == HostageStatus.UNACCOUNTED

    @property
    def flagged(self) -> bool:
        return self.proof_of_life_overdue or self.medical_watch_overdue

    def flags_text(self) -> str:
        """The flags in words ("" when there is none to show)."""
        parts = []
        if self.proof_of_life_overdue:
            parts.append(
                translate("services.dashboard", "no verified proof of life for %n day(s)", "", self.days_without_proof)
                if self.last_verified_proof_of_life
                else translate("services.dashboard", "no verified proof of life yet")
            )
        if self.medical_watch_overdue:
            parts.append(
                translate(
                    "services.dashboard", "medical needs, no welfare news for %n day(s)", "", self.days_without_welfare
                )
            )
        return "; ".join(parts)


@dataclass(frozen=True)
class Activity:
    at: datetime
    actor: str
    action: str
    reference: str | None
    description: str


@dataclass
class Dashboard:
    generated_at: datetime
    cases_by_status: dict[CaseStatus, int]
    overdue_tasks: list[TaskView] = field(default_factory=list)
    family_overdue: list[FamilyDue] = field(default_factory=list)
    held: list[HeldNational] = field(default_factory=list)
    recent: list[Activity] = field(default_factory=list)
    # The lists stop at ``list_limit`` items; these say how many there are in all, so that a
    # screen never shows the limit as the count. Tasks are not counted: ``overdue_more``
    # says whether more exist than are listed ("50+").
    family_total: int = 0
    held_total: int = 0
    overdue_more: bool = False
    #: Wrongful detention: visit requests and notes verbales unanswered, hearings without an
    #: outcome (services.detention_overdue), the longest waiting first; ``detention_more``:
    #: more than listed.
    detention_overdue: list[OverdueRequest] = field(default_factory=list)
    detention_more: bool = False
    # Open "tell the family" items, earliest due first, and how many in all.
    tell_family: list[TellFamilyDue] = field(default_factory=list)
    tell_total: int = 0


_ACTION_TEXT = {
    "case.open": "opened the case",
    "case.edit": "edited the case",
    "case.status": "changed the status",
    "case.reopen": "reopened the case",
    "person.add": "added a person",
    "person.edit": "edited a person",
    "hostage.status": "recorded a hostage status",
    "kin.add": "added a next of kin",
    "kin.plan": "changed a contact plan",
    "counterpart.add": "added a counterpart",
    "counterpart.edit": "edited a counterpart",
    "contact.log": "logged a contact",
    "contact.edit": "corrected a contact",
    "milestone.add": "recorded a milestone",
    "task.add": "added a task",
    "task.complete": "completed a task",
    "task.update": "updated a task",
    "document.attach": "attached a document",
    "family_update.add": "recorded a family update",
    "tell_item.done": "closed a 'tell the family' item",
    "liaison_officer.change": "changed a family liaison officer",
    "kin.officer": "changed a family liaison officer",
    "tell_item.open": "opened a 'tell the family' item",
    "tell_item.reopen": "reopened a 'tell the family' item",
    "brief.issue": "issued a status brief",
    "detention.set": "set a detention's facts",
    "charge.add": "recorded a charge",
    "hearing.add": "recorded a hearing",
    "visit.add": "recorded a consular visit request",
    "visit.edit": "updated a consular visit",
    "note_verbale.add": "recorded a note verbale",
    "note_verbale.edit": "updated a note verbale",
    "case_link.add": "linked two cases",
    "case_link.remove": "unlinked two cases",
    "seed.start": "started loading a demo case",
    "seed.done": "loaded a demo case",
    "synthetic.case": "generated a synthetic case",
    "synthetic.generate": "generated synthetic data",
}


@action("dashboard.dashboard")
def dashboard(ctx: ServiceContext, *, recent_limit: int = 15, list_limit: int = 50) -> Dashboard:
    """Counts by status, overdue tasks, families not contacted within their plan, open "tell
    the family" items, nationals held with days in captivity, overdue detention requests, and
    recent activity. Each item
    names its case."""
    now = ctx.now()
    with ctx.transaction() as session:
        by_status = _status_counts(session)

        family, family_total = _families_due(ctx, session, now, list_limit)
        held, held_total = _held_nationals(ctx, session, now, list_limit)
        recent = _recent_activity(session, recent_limit)
        overdue = _overdue_tasks(ctx, session, now, list_limit + 1)  # one more: are there more?
        # Items of restricted developments (a proof of life, a demand) only for their case teams.
        tell_rows, tell_total = family_repo.open_tell_items(session, _tell_visible(ctx), list_limit)
    detention, detention_more = overdue_requests(ctx, limit=list_limit)
    return Dashboard(
        now,
        by_status,
        overdue[:list_limit],
        family,
        held,
        recent,
        family_total=family_total,
        held_total=held_total,
        overdue_more=len(overdue) > list_limit,
        detention_overdue=detention,
        detention_more=detention_more,
        tell_family=[TellFamilyDue(*row) for row in tell_rows],
        tell_total=tell_total,
    )


def _tell_visible(ctx: ServiceContext):
    """Need-to-know for the open "tell the family" items: None (every case) or, for a reader
    outside some teams, the SQL condition asked of each item's case (never the list of every
    case of their teams: a busy caseworker's is thousands of ids, sent as parameters)."""
    if need_to_know.sees_all(ctx):
        return None
    return lambda case_id: need_to_know.on_team(ctx, case_id)


def _status_counts(session) -> dict[CaseStatus, int]:
    """Every case counted, whoever reads: from the counts the database keeps (revision 0027's
    triggers on ``cases``), four rows instead of an entry per case."""
    counts = dict(session.execute(select(CaseStatusCount.status, CaseStatusCount.cases)).all())
    return {s: counts.get(s.value, 0) for s in CaseStatus}


#: Home's panels one by one, each ``fn(ctx, session, now, limit)``, for benchmarks and plan
#: checks (benchmarks/bench_dashboard.py, tests/test_dashboard_scale.py): the same calls
#: :func:`dashboard` makes.
PANELS = {
    "cases by status": lambda ctx, session, now, limit: _status_counts(session),
    "family liaison due": lambda ctx, session, now, limit: _families_due(ctx, session, now, limit),
    "held nationals": lambda ctx, session, now, limit: _held_nationals(ctx, session, now, limit),
    "recent activity": lambda ctx, session, now, limit: _recent_activity(session, 15),
    "overdue tasks": lambda ctx, session, now, limit: _overdue_tasks(ctx, session, now, limit + 1),
    "tell the family": lambda ctx, session, now, limit: family_repo.open_tell_items(session, _tell_visible(ctx), limit),
    "overdue detention requests": lambda ctx, session, now, limit: overdue_requests(ctx, limit=limit),
}


@action("dashboard.run_panel")
def run_panel(ctx: ServiceContext, panel, list_limit: int = 50):
    """One of :data:`PANELS` in a read transaction of its own."""
    with ctx.transaction() as session:
        return panel(ctx, session, ctx.now(), list_limit)


def _families_due(ctx: ServiceContext, session, now: datetime, list_limit: int) -> tuple[list[FamilyDue], int]:
    """Relatives of active cases not contacted within their plan, longest waiting first (at
    most ``list_limit``), and how many there are in all. Only the listed relatives are loaded."""
    due, total = dashboard_repo.families_due(session, now, list_limit)
    if not due:
        return [], total
    # One statement for the relatives with their kin, hostage, plan owner and case reference
    # (joined), one for the kin's identifiers; the counterpart, which the view names by id only,
    # is not loaded (lazily, never asked for).
    found = {
        liaison.id: (liaison, reference)
        for liaison, reference in session.execute(
            select(FamilyLiaison, Case.reference)
            .join(Case, Case.id == FamilyLiaison.case_id)
            .where(FamilyLiaison.id.in_([liaison_id for liaison_id, _ in due]))
            .options(
                joinedload(FamilyLiaison.kin).selectinload(Person.identifiers), lazyload(FamilyLiaison.counterpart)
            )
        ).unique()
    }
    family = [
        FamilyDue(found[liaison_id][1], liaison_view(found[liaison_id][0], last, clock=ctx.clock))
        for liaison_id, last in due
    ]
    # The families' phones are on screen: one read entry for this view, naming their cases.
    ctx.record_read("identifiers", "dashboard", None, next_of_kin=sorted({f.reference for f in family}))
    return family, total


def _overdue_tasks(ctx: ServiceContext, session, now: datetime, limit: int) -> list[TaskView]:
    """Open tasks past their due time, the longest overdue first: one indexed query for the
    page, then its tasks with their cases' references, and the people they name, in two more
    (no query per task)."""
    ids = dashboard_repo.overdue_task_ids(session, now, limit)
    if not ids:
        return []
    found = {
        task.id: (task, reference)
        for task, reference in session.execute(
            select(Task, Case.reference).join(Case, Case.id == Task.case_id).where(Task.id.in_(ids))
        ).unique()
    }
    tasks = [task for task, _ in found.values()]
    people = {t.created_by_id for t in tasks} | {t.completed_by_id for t in tasks if t.completed_by_id}
    # Into the identity map, where task_view's session.get finds them. Held in a name until
    # the views are made: the identity map keeps objects only while something refers to them.
    users = list(session.scalars(select(User).where(User.id.in_(people))))
    views = [task_view(found[i][0], found[i][1], session, clock=ctx.clock) for i in ids]
    del users
    return views


def _held_nationals(ctx: ServiceContext, session, now: datetime, list_limit: int) -> tuple[list[HeldNational], int]:
    """Nationals still held or unaccounted for in active cases, longest held first (at most
    ``list_limit``), and how many there are in all; each with its proof-of-life and medical
    flags (dates only: the proofs' and reports' content stays with the case team)."""
    held_rows, held_total = dashboard_repo.held_page(session, list_limit)
    held = []
    events_by: dict[int, list] = {}
    for event in dashboard_repo.standing_status_events(session, [row.id for row in held_rows]):
        events_by.setdefault(event.participant_id, []).append(event)
    case_ids = list({row.case_id for row in held_rows})
    proofs, welfare = records.hostage_milestone_dates(session, case_ids)
    settings = ctx.settings
    # Proofs of life are restricted: whether one was verified, and when, is the case team's.
    # That a national has none at all anyone may know (as on the brief), and is flagged.
    team = need_to_know.on_team(ctx, Case.id)
    team_of = None
    if team is not None:  # which of the listed cases the reader's teams hold, not all of them
        team_of = set(session.scalars(select(Case.id).where(Case.id.in_(case_ids), team))) if case_ids else set()
    for participant in held_rows:
        last_proof, proof = proofs.get((participant.case_id, participant.person_id), (None, None))
        told = team_of is None or participant.case_id in team_of or last_proof is None
        start = captivity_start(events_by.get(participant.id, [])) or participant.hostage_status_since
        report = records.latest_welfare(welfare.get(participant.case_id, {}), participant.person_id)
        without_proof = whole_days(proof or start, now)
        without_welfare = whole_days(report or start, now)
        held.append(
            HeldNational(
                participant.reference,
                participant.person_id,
                participant.full_name,
                participant.hostage_status,
                start,
                whole_days(start, now),
                situation_label(participant.hostage_status, start, participant.hostage_status_since, now),
                last_verified_proof_of_life=proof if told else None,
                proof_of_life_overdue=told and without_proof > settings.proof_of_life_alert_days,
                medical_watch_overdue=has_medical_needs(participant.medical_needs)
                and without_welfare > settings.welfare_alert_days,
                days_without_proof=without_proof if told else 0,
                days_without_welfare=without_welfare,
            )
        )
    return held, held_total or 0


def _recent_activity(session, recent_limit: int) -> list[Activity]:
    """The latest changes (not reads or sign-ins), newest first."""
    return [
        Activity(a.at, name, a.action, ref, _ACTION_TEXT.get(a.action, a.action))
        for a, name, ref in session.execute(
            select(AuditEntry, User.display_name, Case.reference)
            .join(User, User.id == AuditEntry.actor_id)
            .outerjoin(Case, Case.id == AuditEntry.case_id)
            # Changes, not who looked at what or signed in (those are in the audit trail).
            .where(~AuditEntry.action.like("read.%"), ~AuditEntry.action.like("auth.%"))
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .limit(recent_limit)
        )
    ]
