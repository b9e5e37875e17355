"""One long wrongful-detention case, for measuring a timeline of tens of thousands of events.

The ordinary synthetic cases have at most a few dozen events. A national held by a state for
years piles up many more, and in a pattern: a consular visit to the prison about once a
month, a court hearing every six weeks or so (adjourned, mostly), a note verbale to the
foreign ministry every month and its answer some weeks later, a welfare report after each
visit, a task to prepare each visit and hearing; and in between, the daily traffic: calls
with the family, with the defence lawyer, sitreps to the ministry, the occasional NGO or
journalist. :func:`make_long_case` builds such a case with about ``events`` timeline events
(contacts, milestones, tasks and status changes) spread over up to nine years, from the
case's own ``random.Random``, so a seed gives the same case.
"""

from __future__ import annotations

import random
from datetime import timedelta

from consular.domain.enums import (
    CaseKind,
    CaseStatus,
    Channel,
    CounterpartCategory,
    MilestoneKind,
    Priority,
    TaskStatus,
)
from consular.seeding import vocabulary as voc
from consular.seeding.bulk import RowBatch, join_words
from consular.seeding.synthetic_draft import CaseLife
from consular.seeding.synthetic_keys import fill_case_keys
from consular.seeding.synthetic_people import add_hostages, add_next_of_kin, add_others, phone_in
from consular.seeding.synthetic_random import weighted
from consular.seeding.synthetic_records import add_contact, add_officials

EVENTS_PER_YEAR = 2500  # a busy detention case: about seven entries a day
HEARING_OUTCOMES = [
    "Hearing adjourned: the prosecution asked for more time.",
    "Hearing adjourned: the judge did not sit.",
    "Bail refused; next hearing set.",
    "Defence motion to dismiss heard; ruling reserved.",
    "Hearing adjourned: the interpreter was not present.",
    "Witness for the prosecution did not appear; hearing adjourned.",
]


def make_long_case(maker, batch: RowBatch, rng: random.Random, events: int) -> str:
    """Add the long case to ``batch``; returns its reference."""
    now = maker.now
    years = min(9.0, max(1.0, events / EVENTS_PER_YEAR))
    incident_at = (now - timedelta(days=years * 365 + 10)).replace(second=0, microsecond=0)
    detention_posts = [code for code in maker.posts if maker.staff.get(code)]
    code = rng.choice(sorted(detention_posts))
    draft = maker._cast(batch, rng, incident_at, code)
    draft.kind, draft.hostages_n = CaseKind.WRONGFUL_DETENTION, 1
    opened_at = incident_at + timedelta(hours=rng.uniform(4, 30))
    active_at = opened_at + timedelta(hours=rng.uniform(2, 24))
    draft.life = CaseLife(opened_at, active_at, None, None, CaseStatus.ACTIVE, now - timedelta(minutes=1))
    maker._case_row(draft)
    case_row = batch.rows["cases"][-1]
    case_row["priority"] = Priority.HIGH
    maker._status_history(draft)
    add_hostages(draft)
    add_others(draft)
    add_next_of_kin(draft)
    add_officials(draft)
    _add_detention_counterparts(draft)

    by_category: dict[CounterpartCategory, list] = {}
    for cp in draft.counterparts:
        by_category.setdefault(cp[1], []).append(cp)
    lawyer, prison, court = draft.counterparts[-3:]
    ministry = by_category[CounterpartCategory.HOST_GOVERNMENT][0]
    family = by_category.get(CounterpartCategory.FAMILY) or [ministry]
    desk = by_category.get(CounterpartCategory.OTHER_GOVERNMENT) or [ministry]
    others = by_category.get(CounterpartCategory.NGO, []) + by_category.get(CounterpartCategory.MEDIA, []) or [lawyer]
    phrases = [s.replace("{town}", draft.town).replace("{nationals}", draft.nationals) for s in voc.NOTE_SENTENCES]
    name = draft.hostages[0][2]["full_name"]
    start, end = active_at, now - timedelta(hours=2)
    span_days = (end - start).total_seconds() / 86400

    def periodic(days: float, jitter: float) -> list:
        times, at = [], start + timedelta(days=rng.uniform(1, days))
        while at < end:
            times.append(at.replace(second=0, microsecond=0))
            at += timedelta(days=max(1.0, rng.gauss(days, jitter)))
        return times

    visits, hearings, notes = periodic(30, 6), periodic(42, 10), periodic(30, 5)
    for at in visits:
        visit = add_contact(
            draft,
            at,
            phrases,
            subject=f"Consular visit to {name} at {prison[4]}",
            channel=Channel.IN_PERSON,
            counterparts=[prison],
        )
        _milestone(draft, MilestoneKind.WELFARE_REPORT, at + timedelta(hours=rng.uniform(3, 30)), name)
        _task(draft, f"Prepare consular visit to {name}", at - timedelta(days=rng.uniform(3, 10)), at, visit)
    for number, at in enumerate(hearings, 1):
        _milestone(
            draft, MilestoneKind.OTHER, at, name, title=f"Court hearing {number}", text=rng.choice(HEARING_OUTCOMES)
        )
        add_contact(
            draft,
            min(end, at + timedelta(hours=rng.uniform(2, 8))),
            phrases,
            subject=f"Lawyer's report on hearing {number}",
            channel=Channel.PHONE,
            counterparts=[lawyer],
        )
        _task(draft, f"Attend court hearing {number}", at - timedelta(days=rng.uniform(5, 14)), at, None)
    for number, at in enumerate(notes, 1):
        add_contact(
            draft,
            at,
            phrases,
            subject=f"Note verbale No. {number}/{at.year} requesting consular access and a fair trial",
            channel=Channel.LETTER,
            counterparts=[ministry],
        )
        if rng.random() < 0.5:
            add_contact(
                draft,
                min(end, at + timedelta(days=rng.uniform(7, 60))),
                phrases,
                subject=f"Reply to note verbale No. {number}/{at.year}",
                channel=Channel.LETTER,
                counterparts=[ministry],
            )
        made = sum(len(batch.rows[t]) for t in ("contact_entries", "milestones", "tasks", "case_status_changes"))
    rest = max(0, events - made)
    streams = [(family, 40), (desk, 20), ([lawyer], 20), ([prison, court], 8), (others, 12)]
    times = sorted(start + timedelta(days=span_days * rng.random()) for _ in range(rest))
    groups = weighted([s[0] for s in streams], [s[1] for s in streams])
    for at in times:
        group = rng.pick(groups)
        add_contact(draft, at.replace(second=0, microsecond=0), phrases, counterparts=[rng.choice(group)])
    last = max(r["occurred_at"] for r in batch.rows["contact_entries"] if r["case_id"] == draft.case_id)
    case_row["last_contact_at"] = last
    case_row["updated_at"] = max(case_row["updated_at"], last)
    fill_case_keys(batch)
    batch.seal()
    return case_row["reference"]


def _add_detention_counterparts(draft) -> None:
    """The defence lawyer, the prison and the court: the people a detention case lives with."""
    batch, rng, post = draft.batch, draft.rng, draft.post
    local_first, local_last = voc.LOCAL_NAMES[voc.COUNTRY_NAMES.get(post["country"], "francophone")]
    for category, role, org in (
        (CounterpartCategory.OTHER, "Defence lawyer", f"Chambers of Maître {rng.choice(local_last)}"),
        (CounterpartCategory.HOST_GOVERNMENT, "Prison director", f"Central Prison, {draft.town}"),
        (CounterpartCategory.HOST_GOVERNMENT, "Court registrar", f"High Court, {draft.town}"),
    ):
        name = f"{rng.choice(local_first)} {rng.choice(local_last)}"
        cp_id = batch.add(
            "counterparts",
            name=name,
            category=category,
            role=role,
            organisation=org,
            phone=phone_in(rng, post["calling"]),
            email=None,
            address=None,
            reliability_note=None,
            person_id=None,
            created_at=draft.life.opened_at,
        )
        batch.add("case_counterparts", case_id=draft.case_id, counterpart_id=cp_id, added_at=draft.life.opened_at)
        batch.search("counterpart", cp_id, None, name, join_words(category.english_label, role, org))
        draft.counterparts.append((cp_id, category, name, role, org, None))


def _milestone(draft, kind: MilestoneKind, at, name: str, *, title: str | None = None, text: str | None = None):
    at = min(at, draft.now - timedelta(minutes=1))
    if title is None:
        title, text = voc.MILESTONE_TEXT[kind.value]
        fill = {"name": name, "town": draft.town, "nationals": draft.nationals, "verb": "was detained", "were": "was"}
        title, text = title.format(**fill), text.format(**fill)
    mid = draft.batch.add(
        "milestones",
        case_id=draft.case_id,
        kind=kind,
        occurred_at=at,
        title=title,
        description=text,
        source="Consular section",
        hostage_person_id=draft.hostages[0][0] if kind == MilestoneKind.WELFARE_REPORT else None,
        restricted=False,
        recorded_at=at,
        recorded_by_id=draft.lead[0],
    )
    draft.batch.search("milestone", mid, draft.case_id, title, join_words(kind.english_label, text, "Consular section"))


def _task(draft, title: str, created, due, contact_id: int | None) -> None:
    rng, now = draft.rng, draft.now
    created = max(created, draft.life.opened_at)
    done = due < now - timedelta(days=1)
    assignee = rng.choice(draft.caseworkers)
    completed_at = min(due, now) if done else None
    tid = draft.batch.add(
        "tasks",
        case_id=draft.case_id,
        title=title,
        description=f"{title}. Record the outcome on the case.",
        assignee_id=assignee[0],
        due_at=due,
        priority=Priority.HIGH,
        status=TaskStatus.DONE if done else TaskStatus.OPEN,
        contact_id=contact_id,
        created_at=created,
        created_by_id=draft.lead[0],
        completed_at=completed_at,
        completed_by_id=assignee[0] if done else None,
        completion_note=rng.choice(voc.TASK_NOTES) if done else None,
    )
    draft.batch.search("task", tid, draft.case_id, title, f"{title}. Record the outcome on the case.")
