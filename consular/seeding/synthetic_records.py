"""Synthetic records around the people: official counterparts, contacts, milestones and tasks.
Every function draws from the case's ``rng`` in a fixed order; keep it, or a seed no longer
gives the same rows."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from consular.domain.enums import (
    CaseKind,
    CaseStatus,
    Channel,
    CounterpartCategory,
    Direction,
    MilestoneKind,
    Priority,
    TaskStatus,
)
from consular.domain.validation import country_name
from consular.seeding import vocabulary as voc
from consular.seeding.bulk import join_words
from consular.seeding.synthetic_draft import CaseDraft, between
from consular.seeding.synthetic_people import email_for, phone_in
from consular.seeding.synthetic_random import weighted

CHANNELS = weighted(Channel, [55, 15, 12, 8, 3, 7])
OPEN_TASK_STATUSES = weighted([TaskStatus.OPEN, TaskStatus.IN_PROGRESS, TaskStatus.DONE], [50, 30, 20])
PRIORITIES = list(Priority)


def official_profile(category: CounterpartCategory, rng: random.Random, draft: CaseDraft) -> tuple:
    """(role, organisation, reliability note) of an official counterpart.

    Four draws for every counterpart, whatever its category, as when the whole table was
    built each time: the seed's later draws depend on them."""
    police_role = rng.choice(_POLICE_ROLES)
    employer_role = rng.choice(_EMPLOYER_ROLES)
    outlet = rng.choice(voc.OUTLETS)
    ngo = rng.choice(voc.NGOS)
    if category == CounterpartCategory.HOST_GOVERNMENT:
        return (
            "Director of Consular Affairs",
            f"Ministry of Foreign Affairs, {country_name(draft.post['country'])}",
            "Official channel; answers after internal clearance.",
        )
    if category == CounterpartCategory.POLICE:
        return police_role, f"{draft.post['police']}, {draft.town}", "Official; factual."
    if category == CounterpartCategory.EMPLOYER:
        return employer_role, draft.company, "Reliable on facts about the site and staff."
    if category == CounterpartCategory.MILITARY:
        return (
            "Liaison officer",
            f"Armed Forces General Staff, {country_name(draft.post['country'])}",
            "Briefs in person only; record as restricted.",
        )
    if category == CounterpartCategory.MEDIA:
        return "Correspondent", outlet, "Has respected embargoes so far."
    return {
        CounterpartCategory.NGO: ("Programme director", ngo, None),
        CounterpartCategory.OTHER_GOVERNMENT: ("Duty officer", "Ministry of External Affairs, New Delhi", None),
        CounterpartCategory.INTERMEDIARY: (
            "Self-described go-between",
            None,
            "Unverified. Never pay; never pass family details.",
        ),
    }[category]


_POLICE_ROLES = ["Investigating officer", "Commander", "Duty officer"]
_EMPLOYER_ROLES = ["General Manager", "HR Manager", "Security Manager"]


def add_officials(draft: CaseDraft) -> None:
    """The host government and police, the employer when there is one, and one or two others."""
    batch, rng, post = draft.batch, draft.rng, draft.post
    local_first, local_last = voc.LOCAL_NAMES[voc.COUNTRY_NAMES.get(post["country"], "francophone")]
    categories = [CounterpartCategory.HOST_GOVERNMENT, CounterpartCategory.POLICE]
    if draft.workplace:
        categories.append(CounterpartCategory.EMPLOYER)
    categories += rng.sample(
        [
            CounterpartCategory.MILITARY,
            CounterpartCategory.MEDIA,
            CounterpartCategory.NGO,
            CounterpartCategory.OTHER_GOVERNMENT,
            CounterpartCategory.INTERMEDIARY,
        ],
        rng.randint(1, 2),
    )
    for category in categories:
        name = f"{rng.choice(local_first)} {rng.choice(local_last)}"
        role, org, note = official_profile(category, rng, draft)
        if category == CounterpartCategory.OTHER_GOVERNMENT:
            name = "MEA Special Control Room"
        phone = phone_in(rng, "91" if category == CounterpartCategory.OTHER_GOVERNMENT else post["calling"])
        cp_id = batch.add(
            "counterparts",
            name=name,
            category=category,
            role=role,
            organisation=org,
            phone=phone,
            email=email_for(name, rng, "example.org") if rng.random() < 0.5 else None,
            address=None,
            reliability_note=note,
            person_id=None,
            created_at=draft.life.opened_at,
        )
        batch.add("case_counterparts", case_id=draft.case_id, counterpart_id=cp_id, added_at=draft.life.opened_at)
        batch.search("counterpart", cp_id, None, name, join_words(category.english_label, role, org))
        draft.counterparts.append((cp_id, category, name, role, org, None))


def add_contacts(draft: CaseDraft) -> None:
    """About twenty contacts, front-loaded (the first days are the busiest), each with its
    counterparts, staff present and search entry; sets the case's last contact."""
    rng, life = draft.rng, draft.life
    contact_n = max(4, int(rng.gauss(20, 6)))
    span = (life.end_of_activity - life.opened_at).total_seconds()
    times = sorted(
        (life.opened_at + timedelta(seconds=span * rng.random() ** 1.8)).replace(second=0, microsecond=0)
        for _ in range(contact_n)
    )
    # The phrase book with this case's town and plural filled in once; names per contact.
    phrases = [s.replace("{town}", draft.town).replace("{nationals}", draft.nationals) for s in voc.NOTE_SENTENCES]
    for at in times:
        add_contact(draft, at, phrases)
    if times:
        draft.batch.rows["cases"][-1]["last_contact_at"] = times[-1]


def add_contact(
    draft: CaseDraft,
    at: datetime,
    phrases: list[str],
    *,
    subject: str | None = None,
    channel: Channel | None = None,
    counterparts: list | None = None,
) -> int:
    """One contact with the case's counterparts (``subject`` and ``channel`` drawn unless given;
    a given one takes no draw, so the ordinary cases' streams are unchanged). Returns its id."""
    batch, rng, case_id = draft.batch, draft.rng, draft.case_id
    staff_ids = draft.staff_ids
    counterparts = counterparts or draft.counterparts
    chosen = rng.sample(counterparts, 2 if rng.random() < 0.3 and len(counterparts) > 1 else 1)
    _cp_id, category, cp_name, cp_role, cp_org, relationship = chosen[0]
    subject = subject or rng.choice(voc.CONTACT_SUBJECTS[category.value]).format(
        role=cp_role or "official",
        org=cp_org or "the ministry",
        town=draft.town,
        name=cp_name,
        relationship=relationship or "family",
    )
    sizes = [2 + int(rng.random() * 3) for _ in range(2 + int(rng.random() * 3))]
    # The phrases themselves drawn: the same draws as drawing their indices (sample's draws
    # depend on the sizes only).
    picked = rng.sample(phrases, min(sum(sizes), len(phrases)))
    paragraphs, at_index = [], 0
    for size in sizes:
        paragraph = " ".join(picked[at_index : at_index + size])
        if paragraph:
            paragraphs.append(paragraph)
        at_index += size
    notes = "\n\n".join(paragraphs).replace(
        "{name}", cp_name if category != CounterpartCategory.FAMILY else rng.choice(draft.hostage_names)
    )
    outcome = rng.choice(voc.OUTCOMES)
    restricted = category in _RESTRICTED_CATEGORIES or rng.random() < 0.04
    channel = channel or (Channel.IN_PERSON if category == CounterpartCategory.MILITARY else rng.pick(CHANNELS))
    direction = Direction.MEETING if channel == Channel.IN_PERSON else rng.choice(_DIRECTIONS)
    recorder = rng.choice(staff_ids)
    recorded_at = min(at + _MINUTES[rng.randint(5, 240)], draft.now)
    follow = rng.random() < 0.2
    contact_id = batch.add(
        "contact_entries",
        case_id=case_id,
        occurred_at=at,
        duration_minutes=rng.randint(3, 90) if channel in _TIMED_CHANNELS else None,
        channel=channel,
        direction=direction,
        subject=subject,
        notes=notes,
        outcome=outcome,
        follow_up_needed=follow,
        restricted=restricted,
        recorded_at=recorded_at,
        recorded_by_id=recorder,
        updated_at=recorded_at,
        revision=1,
    )
    draft.contact_ids.append((contact_id, at, follow))
    add = batch.add
    for c in chosen:
        add("contact_counterparts", contact_id=contact_id, counterpart_id=c[0])
    for user_id in {recorder, *rng.sample(staff_ids, rng.randint(0, 1))}:
        add("contact_staff", contact_id=contact_id, user_id=user_id)
    names = sorted([chosen[0][2], chosen[1][2]]) if len(chosen) == 2 else [cp_name]
    batch.search("contact", contact_id, case_id, subject, join_words(notes, outcome, *names), restricted=restricted)
    return contact_id


_RESTRICTED_CATEGORIES = (CounterpartCategory.MILITARY, CounterpartCategory.INTERMEDIARY)
_MINUTES = [timedelta(minutes=n) for n in range(241)]
_DIRECTIONS = (Direction.OUTGOING, Direction.OUTGOING, Direction.INCOMING)
_TIMED_CHANNELS = (Channel.PHONE, Channel.IN_PERSON, Channel.VIDEO_CALL)


def add_milestones(draft: CaseDraft) -> None:
    """The incident, one to three of the milestones the kind of case has, the release and
    repatriation of a resolved case."""
    batch, rng, case_id, kind, hostages = draft.batch, draft.rng, draft.case_id, draft.kind, draft.hostages
    incident_at, opened_at, resolved_at = draft.incident_at, draft.life.opened_at, draft.life.resolved_at
    end, town, plural, recorder = draft.life.end_of_activity, draft.town, draft.plural, draft.lead[0]
    verb = {
        CaseKind.ABDUCTION: "were abducted" if plural else "was abducted",
        CaseKind.HOSTAGE_TAKING: "were taken hostage" if plural else "was taken hostage",
        CaseKind.WRONGFUL_DETENTION: "were detained" if plural else "was detained",
        CaseKind.MISSING_PERSON: "went missing",
    }.get(kind, "were reported in distress")
    fill = {
        "town": town,
        "nationals": voc.NATIONAL[1] if plural else voc.NATIONAL[0],
        "verb": verb,
        "were": "were" if plural else "was",
    }
    items = [(MilestoneKind.INCIDENT, incident_at, None)]
    optional = [MilestoneKind.PUBLIC_STATEMENT, MilestoneKind.TRAVEL_ADVISORY, MilestoneKind.WELFARE_REPORT]
    if kind in (CaseKind.ABDUCTION, CaseKind.HOSTAGE_TAKING):
        optional += [
            MilestoneKind.CLAIM,
            MilestoneKind.DEMAND,
            MilestoneKind.PROOF_OF_LIFE,
            MilestoneKind.PROOF_OF_LIFE,
        ]
    for mk in rng.sample(optional, min(len(optional), rng.randint(1, 3))):
        items.append(
            (mk, between(rng, opened_at, end), rng.choice(hostages) if mk == MilestoneKind.PROOF_OF_LIFE else None)
        )
    if resolved_at is not None and kind != CaseKind.MISSING_PERSON:
        items.append((MilestoneKind.RELEASE, resolved_at - timedelta(hours=2), None))
        if end > resolved_at:
            items.append((MilestoneKind.REPATRIATION, between(rng, resolved_at, end), None))
    for mk, at, hostage in sorted(items, key=lambda i: i[1]):
        title, description = voc.MILESTONE_TEXT[mk.value]
        name = hostage[2]["full_name"] if hostage else ""
        title, description = title.format(name=name, **fill), description.format(name=name, **fill)
        restricted = mk in (MilestoneKind.PROOF_OF_LIFE, MilestoneKind.DEMAND)
        source = "Host authorities" if mk != MilestoneKind.PUBLIC_STATEMENT else "Ministry press release"
        mid = batch.add(
            "milestones",
            case_id=case_id,
            kind=mk,
            occurred_at=at,
            title=title,
            description=description,
            source=source,
            hostage_person_id=hostage[0] if hostage else None,
            restricted=restricted,
            recorded_at=max(at, opened_at),
            recorded_by_id=recorder,
        )
        batch.search(
            "milestone", mid, case_id, title, join_words(mk.english_label, description, source), restricted=restricted
        )


def add_tasks(draft: CaseDraft) -> None:
    """Two or more tasks, follow-ups of the contacts that asked for one first; done or
    cancelled in a finished case, mostly done when long overdue."""
    batch, rng, case_id, caseworkers, lead = draft.batch, draft.rng, draft.case_id, draft.caseworkers, draft.lead
    opened_at, end, status, contact_ids = (
        draft.life.opened_at,
        draft.life.end_of_activity,
        draft.life.status,
        draft.contact_ids,
    )
    now = draft.now
    finished = status in (CaseStatus.RESOLVED, CaseStatus.CLOSED)
    follow_ups = [c for c in contact_ids if c[2]]
    for i in range(max(2, int(rng.gauss(6, 2)))):
        title = rng.choice(voc.TASK_TITLES)
        link = follow_ups[i] if i < len(follow_ups) else None
        created = link[1] if link else between(rng, opened_at, end)
        due = created + timedelta(hours=rng.choice([4, 12, 24, 48, 72, 168]))
        assignee = rng.choice(caseworkers)
        if finished or (due < now - timedelta(days=7) and rng.random() < 0.9):
            task_status = TaskStatus.CANCELLED if rng.random() < 0.07 else TaskStatus.DONE
        else:
            task_status = rng.pick(OPEN_TASK_STATUSES)
        completed_at = None
        if task_status == TaskStatus.DONE:
            completed_at = min(between(rng, created, due + timedelta(hours=24)), now)
        tid = batch.add(
            "tasks",
            case_id=case_id,
            title=title,
            description=f"{title}. Record the outcome on the case.",
            assignee_id=assignee[0],
            due_at=due,
            priority=rng.choice(PRIORITIES),
            status=task_status,
            contact_id=link[0] if link else None,
            created_at=created,
            created_by_id=lead[0],
            completed_at=completed_at,
            completed_by_id=assignee[0] if completed_at else None,
            completion_note=rng.choice(voc.TASK_NOTES) if completed_at else None,
        )
        batch.search("task", tid, case_id, title, f"{title}. Record the outcome on the case.")
